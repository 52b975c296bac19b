"""The browser front end (`readiness serve`): open an initiative, flip what-ifs, see the verdict
change, take the changed file away.

One module per step, like the rest of the pipeline: ``controls`` (the inputs behind the rules,
as form controls, and the edits a submitted form asks for), ``variant`` (those edits applied to
the file's text, round-trip), ``pages`` (assessments → plain view data), ``app`` (the Flask
application: routes, limits, errors). Templates only render.

The what-if state lives in each request (the form carries every control's value, an uploaded
file travels with it), never in the server: tabs and users are isolated by construction.
"""
