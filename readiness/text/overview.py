"""Messages of the pictures for people who decide: many files side by side (`readiness
overview`), one file's readiness over its commits (`readiness history`, `report --history`),
and reading a file's past from git."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- many files side by side (readiness overview) ------------------------------------------
    "overview.title": {"nb": "Klarhetsoversikt", "en": "Readiness overview"},
    "overview.intro": {
        "nb": "Én rad per initiativfil og én kolonne per regel i portene filene er vurdert mot, "
        "gruppert som idéfaseheftet grupperer det portene spør om (sjekklisten i 1.13, "
        "avklaringene i 1.5). Tegnet i hver rute sier det samme som fargen; en tom rute er en "
        "regel som ikke hører til filens port.",
        "en": "One row per initiative file and one column per rule of the gates the files are "
        "assessed against, grouped as the idea-phase booklet groups what the gates ask (the "
        "checklist in 1.13, the clarifications in 1.5). The sign in each cell says what its "
        "colour says; an empty cell is a rule that is not part of the file's gate.",
    },
    "overview.as_of": {"nb": "Vurderingsdato {as_of}", "en": "Assessment date {as_of}"},
    "overview.footer": {
        "nb": "Laget med readiness {version} etter regelkatalogen (versjon {catalog}), "
        "vurderingsdato {as_of}. Hver rad sier det samme som «readiness check» for filen.",
        "en": "Made with readiness {version} from the rule catalog (version {catalog}), "
        "assessment date {as_of}. Each row says the same as 'readiness check' for its file.",
    },
    "overview.written": {
        "nb": "oversikten ({fmt}) er skrevet til {path}",
        "en": "the overview ({fmt}) is written to {path}",
    },
    "overview.col.file": {"nb": "Fil", "en": "File"},
    "overview.col.initiative": {"nb": "Initiativ", "en": "Initiative"},
    "overview.col.phase": {"nb": "Fase", "en": "Phase"},
    "overview.col.gate": {"nb": "Port", "en": "Gate"},
    "overview.col.verdict": {"nb": "Utfall", "en": "Verdict"},
    "overview.col.missing": {"nb": "Manglende forutsetninger", "en": "Missing prerequisites"},
    "overview.col.missing_titles": {
        "nb": "Manglende forutsetninger (krav)",
        "en": "Missing prerequisites (requirements)",
    },
    "overview.col.warnings": {
        "nb": "Anbefalinger ikke fulgt",
        "en": "Recommendations not followed",
    },
    "overview.col.advice": {"nb": "Råd", "en": "Advice"},
    "overview.col.met": {"nb": "Oppfylt", "en": "Met"},
    "overview.col.rules": {"nb": "Regler", "en": "Rules"},
    "overview.col.application": {"nb": "Søknaden", "en": "The application"},
    "overview.col.app_gate": {"nb": "Søknad om", "en": "Applying for"},
    "overview.col.deadline": {"nb": "Søknadsfrist", "en": "Deadline"},
    "overview.col.submitted": {"nb": "Sendt", "en": "Submitted"},
    "overview.col.amount": {"nb": "Omsøkt beløp", "en": "Amount requested"},
    "overview.col.limit": {"nb": "Beløpsgrense", "en": "Amount limit"},
    "overview.col.within": {"nb": "Innenfor grensen", "en": "Within the limit"},
    "overview.col.errors": {"nb": "Feil i filen", "en": "Errors in the file"},
    "overview.section.shared": {"nb": "Felles for flere porter", "en": "Shared by several gates"},
    "overview.section.checklist": {
        "nb": "{gate}: punktene i sjekklisten ({source})",
        "en": "{gate}: the items of the checklist ({source})",
    },
    "overview.section.clarifications": {
        "nb": "{gate}: avklaringene ({source})",
        "en": "{gate}: the clarifications ({source})",
    },
    "overview.group.checklist": {"nb": "Punkt {number}", "en": "Item {number}"},
    "overview.group.clarifications": {"nb": "Avklaring {number}", "en": "Clarification {number}"},
    "overview.group.other": {"nb": "Andre regler", "en": "Other rules"},
    "overview.status.met": {"nb": "oppfylt", "en": "met"},
    "overview.status.missing": {"nb": "mangler", "en": "missing"},
    "overview.status.warning": {
        "nb": "anbefaling ikke fulgt",
        "en": "recommendation not followed",
    },
    "overview.status.advice": {"nb": "råd", "en": "advice"},
    "overview.status.accepted": {"nb": "akseptert avvik", "en": "accepted deviation"},
    "overview.status.none": {"nb": "ikke del av porten", "en": "not part of the gate"},
    "overview.cell": {"nb": "{rule}: {status} ({severity})", "en": "{rule}: {status} ({severity})"},
    "overview.amount.within": {"nb": "innenfor grensen", "en": "within the limit"},
    "overview.amount.over": {"nb": "{diff} over grensen", "en": "{diff} over the limit"},
    "overview.amount.of": {"nb": "{amount} av {limit}", "en": "{amount} of {limit}"},
    "overview.no_application": {"nb": "ingen søknad", "en": "no application"},
    "overview.filter.heading": {"nb": "Sorter og filtrer", "en": "Sort and filter"},
    "overview.filter.text": {"nb": "Søk i initiativ og fil", "en": "Search initiative and file"},
    "overview.filter.verdict": {"nb": "Utfall", "en": "Verdict"},
    "overview.filter.gate": {"nb": "Port", "en": "Gate"},
    "overview.filter.all": {"nb": "alle", "en": "all"},
    "overview.filter.help": {
        "nb": "Trykk på en kolonneoverskrift for å sortere; trykk igjen for motsatt rekkefølge.",
        "en": "Press a column heading to sort; press it again for the reverse order.",
    },
    # the page's script fills in {shown} and {total}
    "overview.shown": {
        "nb": "Viser {shown} av {total} filer.",
        "en": "Showing {shown} of {total} files.",
    },
    "overview.table": {"nb": "Initiativfilene", "en": "The initiative files"},
    "overview.key.heading": {"nb": "Kolonnene", "en": "The columns"},
    "overview.key.intro": {
        "nb": "Hver regelkolonne med kravet den stiller, under punktet i heftet den hører til.",
        "en": "Each rule column with the requirement it sets, under the booklet's item it "
        "belongs to.",
    },
    "overview.legend": {"nb": "Tegnforklaring", "en": "Legend"},
    "overview.legend.empty": {
        "nb": "tom rute: regelen hører ikke til filens port",
        "en": "empty cell: the rule is not part of the file's gate",
    },
    "overview.md.rules": {"nb": "Status per regel", "en": "Status per rule"},
    "overview.md.key": {"nb": "Reglene i kolonnene", "en": "The rules in the columns"},
    "overview.usage.extension": {
        "nb": "vet ikke hvilket format «{ext}» er; gi -o en fil som slutter på .html, .csv, "
        ".md eller .json, eller velg med --format",
        "en": "unknown format '{ext}'; give -o a file ending in .html, .csv, .md or .json, "
        "or choose with --format",
    },
    "overview.usage.format_conflict": {
        "nb": "--format {fmt} passer ikke med filendelsen til «{path}»; bruk én av dem",
        "en": "--format {fmt} does not fit the extension of '{path}'; use one of them",
    },
    # --- one file's readiness over its commits (readiness history) ----------------------------
    "history.title": {"nb": "Utviklingen over tid: {file}", "en": "Progress over time: {file}"},
    "history.intro": {
        "nb": "Klarheten ved hver commit som endret filen (også under et tidligere navn), "
        "vurdert etter dagens regelkatalog og hver versjon per datoen til sin commit.",
        "en": "The readiness at each commit that changed the file (under an earlier name too), "
        "assessed by today's rule catalog, each version as of its commit's date.",
    },
    "history.intro.as_of": {
        "nb": "Klarheten ved hver commit som endret filen (også under et tidligere navn), "
        "vurdert etter dagens regelkatalog per {as_of}.",
        "en": "The readiness at each commit that changed the file (under an earlier name too), "
        "assessed by today's rule catalog as of {as_of}.",
    },
    "history.count": {
        "nb": "{count:commit|commits} fra {first} til {last}.",
        "en": "{count:commit|commits} from {first} to {last}.",
    },
    "history.truncated": {
        "nb": "Bare de {count} nyeste commitene er med; eldre er utelatt (se --max-count).",
        "en": "Only the {count} newest commits are included; older ones are left out (see "
        "--max-count).",
    },
    "history.written": {
        "nb": "historikken ({fmt}) er skrevet til {path}",
        "en": "the history ({fmt}) is written to {path}",
    },
    "history.col.commit": {"nb": "Commit", "en": "Commit"},
    "history.col.date": {"nb": "Dato", "en": "Date"},
    "history.col.subject": {"nb": "Melding", "en": "Message"},
    "history.col.gate": {"nb": "Port", "en": "Gate"},
    "history.col.verdict": {"nb": "Utfall", "en": "Verdict"},
    "history.col.met": {"nb": "Oppfylt", "en": "Met"},
    "history.col.missing": {"nb": "Manglende forutsetninger", "en": "Missing prerequisites"},
    "history.col.counts": {"nb": "Anbefalinger / råd", "en": "Recommendations / advice"},
    "history.met_of": {"nb": "{met} av {total}", "en": "{met} of {total}"},
    "history.verdict.removed": {"nb": "FJERNET", "en": "REMOVED"},
    "history.removed": {
        "nb": "Filen ble fjernet i denne commiten.",
        "en": "The file was removed in this commit.",
    },
    "history.renamed": {"nb": "som {path}", "en": "as {path}"},
    "history.chart.title": {
        "nb": "Oppfylte regler over tid, per port",
        "en": "Rules met over time, per gate",
    },
    "history.chart.y": {"nb": "oppfylte regler", "en": "rules met"},
    "history.chart.now": {
        "nb": "Nå: {verdict}, {met} av {total} regler oppfylt.",
        "en": "Now: {verdict}, {met} of {total} rules met.",
    },
    "history.chart.now_invalid": {
        "nb": "Nå: {verdict}.",
        "en": "Now: {verdict}.",
    },
    "history.chart.changes": {
        "nb": "{verdicts:endring av utfall|endringer av utfall}, {gates:portskifte|portskifter}.",
        "en": "{verdicts:verdict change|verdict changes}, {gates:change of gate|changes of gate}.",
    },
    "history.chart.point": {
        "nb": "{date} {short}: {verdict}, {met} av {total} oppfylt. {subject}",
        "en": "{date} {short}: {verdict}, {met} of {total} met. {subject}",
    },
    "history.chart.point_invalid": {
        "nb": "{date} {short}: {verdict}. {subject}",
        "en": "{date} {short}: {verdict}. {subject}",
    },
    "history.chart.legend": {"nb": "Tegnforklaring", "en": "Legend"},
    "history.chart.filled": {"nb": "fylt punkt: klar", "en": "filled point: ready"},
    "history.chart.hollow": {"nb": "hult punkt: ikke klar", "en": "hollow point: not ready"},
    "history.chart.square": {"nb": "■ avsluttet", "en": "■ concluded"},
    "history.chart.invalid": {
        "nb": "⚠ på grunnlinjen: kunne ikke vurderes (eller fjernet)",
        "en": "⚠ on the base line: could not be assessed (or removed)",
    },
    "history.chart.verdict_change": {
        "nb": "stiplet strek: utfallet endret seg",
        "en": "dashed line: the verdict changed",
    },
    "history.chart.gate_change": {
        "nb": "heltrukket strek: ny port",
        "en": "solid line: a new gate",
    },
    "history.chart.new_gate": {"nb": "ny port: {gate}", "en": "new gate: {gate}"},
    "history.changes": {"nb": "Endringene", "en": "The changes"},
    "history.change.first": {"nb": "første versjon", "en": "first version"},
    "history.change.last": {"nb": "nå", "en": "now"},
    "history.change.verdict": {"nb": "utfallet endret seg", "en": "the verdict changed"},
    "history.change.gate": {"nb": "ny port", "en": "a new gate"},
    "history.col.change": {"nb": "Hva skjedde", "en": "What happened"},
    "history.report.heading": {"nb": "Utviklingen over tid", "en": "Progress over time"},
    "history.report.intro": {
        "nb": "Hvordan klarheten har utviklet seg, commit for commit (readiness history). "
        "Tabellen viser første versjon, hver endring av utfall eller port, og versjonen nå.",
        "en": "How the readiness has developed, commit by commit (readiness history). The "
        "table shows the first version, each change of verdict or gate, and the version now.",
    },
    "history.report.without": {
        "nb": "readiness: {reason}. Rapporten er laget uten utviklingen over tid.",
        "en": "readiness: {reason}. The report is made without the progress over time.",
    },
    # --- reading a file's past from git (readiness/read/git.py) -------------------------------
    "git.missing": {
        "nb": "fant ikke git-kommandoen; historikken til «{file}» leses med git. Installer git "
        "(for eksempel apt-get install git) og prøv igjen",
        "en": "the git command was not found; the history of '{file}' is read with git. "
        "Install git (for example apt-get install git) and try again",
    },
    "git.not_repository": {
        "nb": "«{file}» er ikke i et git-depot, så den har ingen historikk å vise. Legg filen i "
        "et depot (git init, git add, git commit), eller vurder den slik den er nå med "
        "readiness check",
        "en": "'{file}' is not in a git repository, so it has no history to show. Put the file "
        "in a repository (git init, git add, git commit), or assess it as it is now with "
        "readiness check",
    },
    "git.never_committed": {
        "nb": "«{file}» er i et git-depot, men har aldri vært committet, så den har ingen "
        "historikk ennå. Commit den først (git add og git commit)",
        "en": "'{file}' is in a git repository but has never been committed, so it has no "
        "history yet. Commit it first (git add and git commit)",
    },
    "git.not_found": {
        "nb": "fant ikke «{file}», verken som fil eller i git-historikken; sjekk stien",
        "en": "'{file}' was found neither as a file nor in the git history; check the path",
    },
    "git.directory": {
        "nb": "«{file}» er en mappe; readiness history viser historikken til én fil",
        "en": "'{file}' is a directory; readiness history shows the history of one file",
    },
    "git.stdin": {
        "nb": "kommandoen history leser historikken til en fil i et git-depot, ikke standard inn "
        "(-); gi stien til filen",
        "en": "the history command reads the history of a file in a git repository, not "
        "standard input (-); give the file's path",
    },
    "git.failed": {
        "nb": "git kunne ikke lese historikken til «{file}»: {detail}",
        "en": "git could not read the history of '{file}': {detail}",
    },
    "git.timeout": {
        "nb": "git brukte mer enn {seconds} sekunder på historikken til «{file}» og ble stoppet; "
        "prøv igjen, eller med færre commits (--max-count)",
        "en": "git took more than {seconds} seconds over the history of '{file}' and was "
        "stopped; try again, or with fewer commits (--max-count)",
    },
}
