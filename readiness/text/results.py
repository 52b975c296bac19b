"""Messages of the results: verdicts, severities, statuses, headings, summaries, the formats for
CI (check over many files, rules, explain, schema) and the application rules' values."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- check over many files, rules, explain, schema ------------------------------------------
    "usage.unknown_rule": {
        "nb": "ukjent regel «{rule}». Kjente regler: {known}",
        "en": "unknown rule '{rule}'. Known rules: {known}",
    },
    "usage.unknown_rule.close": {
        "nb": "ukjent regel «{rule}» (mente du «{close}»?). Kjente regler: {known}",
        "en": "unknown rule '{rule}' (did you mean '{close}'?). Known rules: {known}",
    },
    "report.written": {
        "nb": "rapporten ({fmt}) er skrevet til {path}",
        "en": "the report ({fmt}) is written to {path}",
    },
    "sarif.input.short": {
        "nb": "Initiativfilen kan ikke vurderes",
        "en": "The initiative file cannot be assessed",
    },
    "sarif.input.full": {
        "nb": "Filen kan ikke leses eller følger ikke formatet (YAML/JSON, skjema, referanser, "
        "personopplysninger).",
        "en": "The file cannot be read or does not follow the format (YAML/JSON, schema, "
        "references, personal data).",
    },
    "sarif.input.help": {
        "nb": "Rett feilen på linjen som er oppgitt; `readiness schema` viser formatet.",
        "en": "Fix the problem on the line given; `readiness schema` shows the format.",
    },
    # --- GitHub Actions' job summary (readiness/cli/commands/check.py) ------------------------
    "summary.too_long": {
        "nb": "Oversikten er for stor for GitHubs sammendrag (høyst 1 MiB per steg); se loggen, eller last opp SARIF.",
        "en": "The overview is too large for GitHub's summary (at most 1 MiB per step); see the log, or upload SARIF.",
    },
    "md.file": {"nb": "Fil", "en": "File"},
    "md.initiative": {"nb": "Initiativ", "en": "Initiative"},
    "md.verdict": {"nb": "Utfall", "en": "Verdict"},
    "md.missing": {"nb": "Mangler", "en": "Missing"},
    "md.warnings": {"nb": "Anbefalinger", "en": "Recommendations"},
    "md.errors": {"nb": "Feil", "en": "Errors"},
    "md.rule": {"nb": "Regel", "en": "Rule"},
    "md.severity": {"nb": "Alvorlighet", "en": "Severity"},
    "md.what": {"nb": "Hva", "en": "What"},
    "md.problem": {"nb": "Problem", "en": "Problem"},
    "md.strict": {"nb": "streng (--strict)", "en": "strict (--strict)"},
    "rules.heading": {
        "nb": "Regelkatalogen, versjon {version}: {count:regel|regler}",
        "en": "The rule catalog, version {version}: {count:rule|rules}",
    },
    "rules.gate_heading": {
        "nb": "{count:regel|regler} for porten {gate} ({gate_name})",
        "en": "{count:rule|rules} for the gate {gate} ({gate_name})",
    },
    "label.id": {"nb": "Id", "en": "Id"},
    "label.name": {"nb": "Navn", "en": "Name"},
    "label.severity": {"nb": "Alvorlighet", "en": "Severity"},
    "label.gates": {"nb": "Porter", "en": "Gates"},
    "label.path": {"nb": "Sti i filen", "en": "Path in the file"},
    "label.waivable": {"nb": "Kan fravikes", "en": "Waivable"},
    "label.title": {"nb": "Krav", "en": "Requirement"},
    "label.condition": {"nb": "Oppfylt når", "en": "Met when"},
    "label.why": {"nb": "Hvorfor", "en": "Why"},
    "label.quote": {"nb": "Sitat", "en": "Quote"},
    "label.scope": {"nb": "Gjelder", "en": "Applies"},
    "label.call": {"nb": "Utlysningen", "en": "The call"},
    "label.amount_limits": {"nb": "Beløpsgrenser", "en": "Amount limits"},
    "label.deadline": {"nb": "Frist", "en": "Deadline"},
    "label.year": {"nb": "År", "en": "Year"},
    "yes": {"nb": "ja", "en": "yes"},
    "no": {"nb": "nei", "en": "no"},
    "waivable.yes": {
        "nb": "ja, med et avvik i deviations (begrunnelse og hvem som aksepterte det)",
        "en": "yes, with a deviation in deviations (reason and who accepted it)",
    },
    "waivable.no": {
        "nb": "nei, regelen er en grunnleggende forutsetning og kan ikke fravikes",
        "en": "no, the rule is a basic prerequisite and cannot be waived",
    },
    "scope.gate": {
        "nb": "i hver vurdering mot portene over, med eller uten søknad",
        "en": "in every assessment against the gates above, with or without an application",
    },
    "scope.application": {
        "nb": "bare når filen har en søknad (application) for porten som vurderes",
        "en": "only when the file has an application for the gate being assessed",
    },
    # --- explain: why a rule exists (its basis), not what its failure says -----------------
    "explain.why": {
        "nb": "Regelen bygger på {source}.",
        "en": "The rule rests on {source}.",
    },
    "explain.why.quote": {
        "nb": "Regelen bygger på {source}, som sier:",
        "en": "The rule rests on {source}, which says:",
    },
    "interrupted": {
        "nb": "readiness: avbrutt (Ctrl+C); ingen vurdering ble gitt",
        "en": "readiness: interrupted (Ctrl+C); no assessment was given",
    },
    "internal.error": {
        "nb": "intern feil i readiness: {detail}\nDette er en feil i verktøyet, ikke i filen din. "
        "Meld den i prosjektets issue-tracker med kommandoen og filen (uten personopplysninger).",
        "en": "internal error in readiness: {detail}\nThis is a bug in the tool, not in your file. "
        "Report it in the project's issue tracker with the command and the file (no personal data).",
    },
    "edit.bad_path": {
        "nb": "ugyldig sti «{path}»; skriv f.eks. agreement.status eller parties[tonsberg].leadership.level",
        "en": "invalid path '{path}'; write e.g. agreement.status or parties[tonsberg].leadership.level",
    },
    "edit.bad_value": {
        "nb": "ugyldig verdi «{value}»: {detail}",
        "en": "invalid value '{value}': {detail}",
    },
    "edit.number_too_long": {
        "nb": "ugyldig verdi: et heltall kan ha høyst {limit} siffer. Ingen verdi i en "
        "initiativfil trenger så store tall",
        "en": "invalid value: a whole number can have at most {limit} digits. No value in an "
        "initiative file needs numbers that large",
    },
    "edit.no_character": {
        "nb": "{option}: teksten har en tegnkode som ikke er et tegn (for eksempel \\ud800, en "
        "halv UTF-16-tegnkode, eller en byte som ikke er UTF-8). Skriv tegnet selv",
        "en": "{option}: the text has a character code that is no character (such as \\ud800, "
        "half of a UTF-16 code, or a byte that is not UTF-8). Write the character itself",
    },
    "edit.no_item": {
        "nb": "{path}: finner ikke elementet «{item}»; kjente: {known}",
        "en": "{path}: no item '{item}'; known: {known}",
    },
    "edit.no_key": {
        "nb": "{path}: nøkkelen «{name}» finnes ikke i filen",
        "en": "{path}: the key '{name}' is not in the file",
    },
    "edit.not_mapping": {
        "nb": "{path}: «{at}» kan ikke settes her (verdien over er ikke en samling nøkler)",
        "en": "{path}: '{at}' cannot be set here (the value above is not a mapping)",
    },
    "edit.not_list": {
        "nb": "{path}: verdien er ikke en liste, så [..] kan ikke brukes",
        "en": "{path}: the value is not a list, so [..] cannot be used",
    },
    # --- verdicts, severities, statuses --------------------------------------------------------
    "verdict.ready": {"nb": "KLAR", "en": "READY"},
    "verdict.not_ready": {"nb": "IKKE KLAR", "en": "NOT READY"},
    "verdict.concluded": {"nb": "AVSLUTTET", "en": "CONCLUDED"},
    "verdict.invalid": {"nb": "UGYLDIG", "en": "INVALID"},
    "verdict.ready.long": {
        "nb": "Alle forutsetninger for {gate_name} er oppfylt.",
        "en": "Every prerequisite for {gate_name} is met.",
    },
    "verdict.not_ready.long": {
        "nb": "{count:forutsetning|forutsetninger} for {gate_name} mangler.",
        "en": "Missing for {gate_name}: {count:prerequisite|prerequisites}.",
    },
    "verdict.concluded.long": {
        "nb": "Idéfasen er avsluttet med en annen løsning enn FACT Ung, og utfallet er skrevet ned. "
        "Det er en viktig og god avklaring (idéfaseheftet, pkt. 1.12); initiativet søker ikke "
        "midler.",
        "en": "The idea phase ended with another solution than FACT Ung, and the outcome is "
        "written down. That is an important and good clarification (idea-phase booklet, 1.12); "
        "the initiative is not applying for funds.",
    },
    "severity.required": {"nb": "påkrevd", "en": "required"},
    "severity.recommended": {"nb": "anbefalt", "en": "recommended"},
    "severity.advice": {"nb": "råd", "en": "advice"},
    "status.met": {"nb": "oppfylt", "en": "met"},
    "status.unmet": {"nb": "ikke oppfylt", "en": "unmet"},
    "status.accepted": {"nb": "akseptert avvik", "en": "accepted deviation"},
    "finding.met": {"nb": "Oppfylt.", "en": "Met."},
    "heading.missing": {"nb": "Manglende forutsetninger", "en": "Missing prerequisites"},
    "heading.warnings": {
        "nb": "Anbefalinger som ikke er fulgt",
        "en": "Recommendations not followed",
    },
    "heading.advice": {"nb": "Råd", "en": "Advice"},
    "heading.accepted": {"nb": "Aksepterte avvik", "en": "Accepted deviations"},
    "label.gate": {"nb": "Port", "en": "Gate"},
    "label.gate_used": {
        "nb": "vurdert mot porten {gate} ({gate_name}); initiativet er i fasen «{phase}»",
        "en": "assessed against the gate {gate} ({gate_name}); the initiative is in phase '{phase}'",
    },
    "label.as_of": {"nb": "vurderingsdato", "en": "assessment date"},
    "label.source": {"nb": "Kilde", "en": "Source"},
    "label.remedy": {"nb": "Gjør dette", "en": "Do this"},
    "label.line": {"nb": "linje", "en": "line"},
    "label.parties": {"nb": "Gjelder", "en": "Concerns"},
    "label.accepted_by": {"nb": "akseptert av", "en": "accepted by"},
    "label.reason": {"nb": "begrunnelse", "en": "reason"},
    # "{n:one|many}" writes n and the word that fits it (see _Count)
    "summary.line": {
        "nb": "{met} oppfylt, {unmet_required:manglende forutsetning|manglende forutsetninger}, "
        "{unmet_recommended:anbefaling ikke fulgt|anbefalinger ikke fulgt}, {unmet_advice} råd, "
        "{accepted:akseptert avvik|aksepterte avvik}",
        "en": "{met} met, {unmet_required:missing prerequisite|missing prerequisites}, "
        "{unmet_recommended:recommendation not followed|recommendations not followed}, "
        "{unmet_advice} advice, {accepted:accepted deviation|accepted deviations}",
    },
    "summary.files": {
        "nb": "{total:fil|filer}: {ready:klar|klare}, {not_ready:ikke klar|ikke klare}, "
        "{invalid:ugyldig|ugyldige}",
        "en": "{total:file|files}: {ready} ready, {not_ready} not ready, {invalid} invalid",
    },
    "summary.strict": {
        "nb": "Med --strict feiler kontrollen (exit 1): {count:anbefaling er|anbefalinger er} "
        "ikke fulgt.",
        "en": "With --strict the check fails (exit 1): {count:recommendation is|recommendations "
        "are} not followed.",
    },
    "summary.files.concluded": {"nb": ", {concluded} avsluttet", "en": ", {concluded} concluded"},
    # --- a rule's source and basis, as people read them ------------------------------------
    # readiness/render/words.py, cite: "Idéfaseheftet, pkt. 1.13, sjekklistepunkt 2"
    "source.section": {"nb": "{document}, pkt. {sections}", "en": "{document}, {sections}"},
    "source.item": {"nb": ", sjekklistepunkt {item}", "en": ", checklist item {item}"},
    "source.point": {"nb": "{document}: {point}", "en": "{document}: {point}"},
    "source.and": {"nb": "og", "en": "and"},
    "label.basis": {"nb": "Grunnlag", "en": "Basis"},
    # --- a concluded assessment: findings told as information ---------------------------------
    "heading.information": {
        "nb": "Til informasjon: regler som ikke er oppfylt",
        "en": "For information: rules not met",
    },
    "summary.line.concluded": {
        "nb": "{met} oppfylt, {unmet} ikke oppfylt (til informasjon), "
        "{accepted:akseptert avvik|aksepterte avvik}",
        "en": "{met} met, {unmet} not met (for information), "
        "{accepted:accepted deviation|accepted deviations}",
    },
    # --- the application: values its rules quote ----------------------------------------------
    "value.absent": {"nb": "ikke oppgitt", "en": "not given"},
    "call.invalid": {
        "nb": "utlysningsfilen (--call) kan ikke brukes: {detail}. Den skal ha samme nøkler som "
        "rules/call.yaml (year, name, amount_limits med en grense per port)",
        "en": "the call file (--call) cannot be used: {detail}. It needs the same keys as "
        "rules/call.yaml (year, name, amount_limits with a limit per gate)",
    },
}
