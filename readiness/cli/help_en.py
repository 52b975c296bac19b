"""The help pages in English (``--lang en`` or READINESS_LANG=en): each command's description,
by command, and each option's help, by its Norwegian text (shared options have one entry).
readiness/cli/click_text.py puts them in place before click writes a help page; imported only then.
tests/test_cli_text.py checks that every Norwegian text has its English one here."""

from __future__ import annotations

MAIN = """readiness: is the FACT Ung initiative ready for its next gate?

Assesses an initiative file (YAML/JSON) against the rule catalog and says what is missing, why,
where in the file, and what to do next. See `readiness COMMAND --help`.
"""

COMMANDS: dict[str, str] = {
    "check": """Assess initiative files against a gate. PATH is files, directories (read
recursively: *.yaml, *.yml, *.json; hidden directories are skipped), glob patterns, or - for
stdin.

Exit codes: 0 all ready/concluded, 1 some not ready (with --strict also recommendations),
2 invalid input, 3 internal error. The highest applies. Interrupted with Ctrl+C: 130.
""",
    "diff": """What changed in readiness from OLD to NEW (two versions of the same file): verdict
before → after, findings resolved, new findings. Both are assessed against the gate for NEW's
phase.

Exit codes: 0 no worse, 1 worse (a worse verdict or a new missing prerequisite), 2 invalid
input.
""",
    "explain": """Explain a rule: the requirement, when it is met, why (source and quotation),
what to do, whether it can be waived, gates, severity and path in the file.""",
    "init": """Create a new initiative file: every key for the phase, each with a short
explanation and the section of the idea-phase booklet that asks for it. Later phases are
commented out.""",
    "history": """Progress over time: the readiness of FILE at each commit that changed it
(under an earlier name too), read with git. Each point shows the commit, date, subject line,
gate, verdict, missing prerequisites and counts; never the author's name or e-mail address.

The chart (svg, or html with the chart in the page) shows the rules met over time per gate,
with changes of verdict and gate marked so that they read without colour. Exit codes: 0 the
history was made, 2 the file is not in a git repository, was never committed, or other
invalid use, 3 internal error.
""",
    "overview": """Overview of many initiative files: one row per file (phase, gate, verdict,
missing prerequisites, recommendations and advice, deadline and amount against the call's
limit) and one column per rule of the gates, grouped by the checklist (idefase 1.13) and the
clarifications (1.5). PATH is files, directories or glob patterns, as for check.

The HTML page is self-contained (no network), sorts, filters and prints. The CSV opens as
columns in Norwegian Excel (UTF-8 with BOM, semicolons). An invalid file is a row with its
error. Exit codes: 0 the overview was made, 2 invalid use, 3 internal error.
""",
    "plan": """Next steps: what is left before FILE is ready for the gate, in the order of the
idea-phase booklet (the checklist in 1.13, the phase table in 1.5). Required steps first, then
recommended ones; advice is left out.

Exit codes: 0 ready (or concluded), 1 not ready, 2 invalid input.
""",
    "report": """Create the readiness report for the application to Statsforvalteren (HTML,
Markdown or PDF).

The report shows the initiative, the verdict, the parties, the checklist (idea-phase booklet,
1.13) or the clarifications (1.5) with evidence from the file, missing prerequisites with what
to do, accepted deviations and the application; with --history also the progress over time.
Exit codes: 0 the report was made, 2 invalid input, 3 internal error.
""",
    "rules": """List the rule catalog: id, severity, name, gates and requirement (--gate: one
gate only).""",
    "schema": """Print the JSON Schema of the initiative file (the same as
schema/initiative.schema.json).

Gives completion and explanations in the editor: start the file with
`# yaml-language-server: $schema=<path to initiative.schema.json>`.
""",
    "serve": """Work on initiative files in the browser: see what is missing, fill it in, save.

Without an argument: the initiative files of the folder you are in. A FOLDER gives the files in
it (and new initiatives are saved there). The files are only changed when you press «Save»;
the previous version is kept beside the file as FILE.~1~, FILE.~2~ and so on. A file that was
changed on disk since you opened it is not saved.

The server only answers at its own address and only takes forms from its own pages. A
connection that is silent for 10 seconds is closed; at most 32 connections are served at a
time. A file with more than 500 parties (or entries in another list) is not opened in the
browser; use `readiness whatif` for it.
""",
    "whatif": """What if? Assess FILE with changes, without changing the file: verdict before →
after, findings resolved, new findings and unchanged findings.

Exit codes: 0 ready after the changes, 1 not ready, 2 invalid input or change.
""",
}

OPTIONS: dict[str, str] = {
    "Porten det vurderes mot (standard: porten for initiative.phase).": (
        "The gate to assess against (default: the gate for initiative.phase)."
    ),
    "Vis bare regler for denne porten (standard: alle regler).": (
        "Show only the rules of this gate (default: every rule)."
    ),
    "Utdataformat: text (standard; github i GitHub Actions), json, junit "
    "(CI-testrapport), sarif (kodeskanning), github (annotasjoner i GitHub Actions), gitlab "
    "(kodekvalitet i GitLab) eller markdown (kommentar på en pull request).": (
        "Output format: text (the default; github in GitHub Actions), json, junit (CI test "
        "report), sarif (code scanning), github (annotations in GitHub Actions), gitlab (code "
        "quality in GitLab) or markdown (a comment on a pull request)."
    ),
    "Utelat filer og mapper som en mappe eller et glob-mønster finner (et navn som "
    "arkiv, eller en sti som initiatives/maler/*.yaml); aldri en fil som er oppgitt ved navn. "
    "Erstatter exclude i innstillingene.": (
        "Leave out files and directories that a directory or a glob pattern finds (a name such "
        "as arkiv, or a path such as initiatives/maler/*.yaml); never a file given by name. "
        "Replaces exclude in the settings."
    ),
    "Mappen stiene i SARIF, GitLab-rapporten og GitHub-annotasjonene er relative til "
    "(standard: toppen av git-repositoryet, ellers arbeidsmappen).": (
        "The folder the paths in SARIF, the GitLab report and GitHub annotations are relative "
        "to (default: the top of the git repository, else the working directory)."
    ),
    "Farger i utdata: auto (når utdata er en terminal, og ikke med NO_COLOR; "
    "FORCE_COLOR slår dem på), always eller never.": (
        "Colours in the output: auto (when the output is a terminal, and not with NO_COLOR; "
        "FORCE_COLOR turns them on), always or never."
    ),
    "Skriv rapporten i valgt format til FILE; terminalen får fortsatt kortversjonen.": (
        "Write the report in the chosen format to FILE; the terminal still gets the summary."
    ),
    "Språk for utdata: nb (bokmål) eller en (English).": (
        "Language of the output: nb (Norwegian bokmål) or en (English)."
    ),
    "Vurderingsdato, ÅÅÅÅ-MM-DD (standard: i dag).": (
        "Assessment date, YYYY-MM-DD (default: today)."
    ),
    "Utlysningens parametre (beløpsgrenser, år) fra en annen fil enn rules/call.yaml.": (
        "The call's parameters (amount limits, year) from another file than rules/call.yaml."
    ),
    "Feil (exit 1) også når en anbefaling ikke er fulgt.": (
        "Fail (exit 1) also when a recommendation is not followed."
    ),
    "Vis bare filer som ikke er klare, og feil.": "Show only files that are not ready, and errors.",
    "Antall prosesser for store mengder filer (0 = automatisk, 1 = ingen parallellitet); høyst"
    " én per prosessorkjerne prosessen kan bruke, et større tall senkes til det.": (
        "Number of processes for many files (0 = automatic, 1 = no parallelism); at most one per"
        " CPU core the process may use, a larger number is lowered to that."
    ),
    "Utdataformat (markdown: for en kommentar i en pull request).": (
        "Output format (markdown: for a comment on a pull request)."
    ),
    "Utdataformat.": "Output format.",
    "Fasen initiativet er i: idea (idéfase), pre_project (forprosjekt), establishment "
    "(etablering).": ("The initiative's phase: idea, pre_project (pre-project) or establishment."),
    "Skriv til FIL (.yaml) i stedet for standard ut.": (
        "Write to FILE (.yaml) instead of standard output."
    ),
    "Skriv rapporten til FILE; filendelsen velger formatet: .html, .md eller .pdf (PDF krever "
    "Chromium).": (
        "Write the report to FILE; its extension chooses the format: .html, .md or .pdf (PDF "
        "needs Chromium)."
    ),
    "Format på standard ut når -o ikke er gitt (standard: html).": (
        "Format on standard output when -o is not given (default: html)."
    ),
    "Adressen serveren lytter på (standard: bare denne maskinen). Sidene svarer bare når "
    "de åpnes med denne adressen, 127.0.0.1, localhost eller [::1].": (
        "The address the server listens on (default: this machine only). The pages only answer "
        "when opened at this address, 127.0.0.1, localhost or [::1]."
    ),
    "Porten (0: en ledig port).": "The port (0: a free port).",
    "Sett en nøkkel, f.eks. agreement.status=signed eller "
    "parties[siljan].leadership.level=committed (verdien er YAML).": (
        "Set a key, e.g. agreement.status=signed or parties[siljan].leadership.level=committed "
        "(the value is YAML)."
    ),
    "Fjern en nøkkel.": "Remove a key.",
    "Skriv det endrede initiativet til en ny fil (kommentarer og rekkefølge beholdes).": (
        "Write the changed initiative to a new file (comments and order are kept)."
    ),
    "Skriv oversikten til FILE (formatet følger filendelsen: .html, .csv, .md, .json).": (
        "Write the overview to FILE (the format follows its extension: .html, .csv, .md, .json)."
    ),
    "Utdataformat: html (en side som sorterer, filtrerer og skrives ut), csv (for Excel), md "
    "(for en sak eller en pull request) eller json (standard: html, eller filendelsen til -o).": (
        "Output format: html (a page that sorts, filters and prints), csv (for Excel), md (for "
        "an issue or a pull request) or json (default: html, or the extension of -o)."
    ),
    "Utdataformat: text, json, svg (diagrammet) eller html (en side med diagrammet og tabellen).": (
        "Output format: text, json, svg (the chart) or html (a page with the chart and the table)."
    ),
    "Skriv historikken til FILE i stedet for standard ut.": (
        "Write the history to FILE instead of standard output."
    ),
    "Vurder hver versjon per denne datoen (standard: datoen til versjonens commit).": (
        "Assess every version as of this date (default: the date of the version's commit)."
    ),
    "Høyst så mange commits (de nyeste).": "At most this many commits (the newest).",
    "Ta med utviklingen over tid (readiness history) når filen er i et git-depot.": (
        "Include the progress over time (readiness history) when the file is in a git repository."
    ),
    "Skriv over en fil som finnes (aldri en av filene som leses).": (
        "Overwrite an existing file (never one of the files read)."
    ),
}

METAVARS: dict[str, str] = {
    "ÅÅÅÅ-MM-DD": "YYYY-MM-DD",
    "FIL": "FILE",
    "UTFIL": "OUTFILE",
    "STI": "PATH",
    "STI=VERDI": "PATH=VALUE",
    "MØNSTER": "PATTERN",
    "MAPPE": "DIR",
    "GAMMEL": "OLD",
    "NY": "NEW",
    "FILER": "FILES",
}
