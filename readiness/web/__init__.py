"""The browser front end (`readiness serve`): open an initiative, flip what-ifs, see the verdict
change, take the changed file away.

One module per step, like the rest of the pipeline: ``controls`` (the inputs behind the rules, as
form controls, and the edits a submitted form asks for, as ``readiness.explore.whatif.Edit``),
``pages`` (assessments and readiness.explore.diff's comparison → plain view data), ``app`` (the
Flask application: routes, limits, errors). The edits are applied by readiness.explore.whatif, the
same round-trip core as `readiness whatif`. Templates only render.

The what-if state lives in each request (the form carries every control's value, an uploaded
file travels with it), never in the server: tabs and users are isolated by construction.
"""
