"""User-facing strings in Norwegian bokmål (default) and English.

Rule texts live with the rules in rules/; this module holds everything else a user reads:
input errors, verdicts, headings. Code asks for a message by key, so no renderer or loader
carries language-specific text of its own.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["nb", "en"]
LANGS: tuple[Lang, ...] = ("nb", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # --- files and syntax -------------------------------------------------------------------
    "file.not_found": {
        "nb": "fant ikke filen; sjekk stien",
        "en": "file not found; check the path",
    },
    "file.unreadable": {
        "nb": "kan ikke lese filen ({detail})",
        "en": "cannot read the file ({detail})",
    },
    "file.too_large": {
        "nb": "filen er {size} byte; grensen er {limit} byte. En initiativfil er vanligvis under 20 kB: "
        "sjekk at det er riktig fil",
        "en": "the file is {size} bytes; the limit is {limit} bytes. An initiative file is usually "
        "under 20 kB: check that this is the right file",
    },
    "file.encoding": {
        "nb": "filen er ikke gyldig UTF-8 (byte {offset}); lagre den som UTF-8",
        "en": "the file is not valid UTF-8 (byte {offset}); save it as UTF-8",
    },
    "file.extension": {
        "nb": "ukjent filtype «{ext}»; bruk .yaml, .yml eller .json",
        "en": "unknown file type '{ext}'; use .yaml, .yml or .json",
    },
    "file.empty": {
        "nb": "filen er tom; start med `readiness init` for å lage en ny initiativfil",
        "en": "the file is empty; start with `readiness init` to create a new initiative file",
    },
    "yaml.syntax": {
        "nb": "ugyldig YAML: {detail}",
        "en": "invalid YAML: {detail}",
    },
    "json.syntax": {
        "nb": "ugyldig JSON: {detail}",
        "en": "invalid JSON: {detail}",
    },
    "yaml.duplicate_key": {
        "nb": "nøkkelen «{key}» står to ganger (første gang på linje {first_line}); "
        "bare én av dem ville blitt brukt. Slå dem sammen",
        "en": "the key '{key}' appears twice (first on line {first_line}); only one of them "
        "would be used. Merge them",
    },
    "yaml.alias_limit": {
        "nb": "filen ekspanderer til mer enn {limit} verdier via ankere/aliaser (&/*); "
        "skriv verdiene ut i stedet",
        "en": "the file expands to more than {limit} values through anchors/aliases (&/*); "
        "write the values out instead",
    },
    "yaml.too_deep": {
        "nb": "strukturen er nøstet dypere enn {limit} nivåer; formatet har høyst fem",
        "en": "the structure is nested deeper than {limit} levels; the format has at most five",
    },
    "yaml.merge_key": {
        "nb": "flettenøkkelen «<<» støttes ikke; skriv nøklene ut",
        "en": "the merge key '<<' is not supported; write the keys out",
    },
    "yaml.key_type": {
        "nb": "nøkler må være tekst, ikke {got}",
        "en": "keys must be text, not {got}",
    },
    "yaml.multiple_documents": {
        "nb": "filen har flere YAML-dokumenter (---); ett initiativ per fil",
        "en": "the file holds several YAML documents (---); one initiative per file",
    },
    "yaml.not_mapping": {
        "nb": "toppnivået må være en samling nøkler (schema_version, initiative, parties, …)",
        "en": "the top level must be a mapping of keys (schema_version, initiative, parties, …)",
    },
    "yaml.tag": {
        "nb": "YAML-taggen «{tag}» er ikke tillatt; fjern den",
        "en": "the YAML tag '{tag}' is not allowed; remove it",
    },
    # --- schema --------------------------------------------------------------------------------
    "schema.missing": {
        "nb": "«{field}» mangler, men er påkrevd{hint}",
        "en": "'{field}' is missing but required{hint}",
    },
    "schema.unknown_key": {
        "nb": "ukjent nøkkel «{key}»{suggestion}. Gyldige nøkler her: {valid}",
        "en": "unknown key '{key}'{suggestion}. Valid keys here: {valid}",
    },
    "schema.did_you_mean": {"nb": " (mente du «{name}»?)", "en": " (did you mean '{name}'?)"},
    "schema.choice": {
        "nb": "«{value}» er ikke en gyldig verdi for {field}; velg en av: {choices}",
        "en": "'{value}' is not a valid value for {field}; choose one of: {choices}",
    },
    "schema.type": {
        "nb": "{field} skal være {expected}, men er {got}",
        "en": "{field} should be {expected}, but is {got}",
    },
    "schema.ge": {
        "nb": "{field} må være minst {limit}",
        "en": "{field} must be at least {limit}",
    },
    "schema.le": {
        "nb": "{field} kan være høyst {limit}",
        "en": "{field} must be at most {limit}",
    },
    "schema.gt": {
        "nb": "{field} må være større enn {limit}",
        "en": "{field} must be greater than {limit}",
    },
    "schema.too_short": {
        "nb": "{field} må ha minst {limit} element",
        "en": "{field} must have at least {limit} item(s)",
    },
    "schema.slug": {
        "nb": "«{value}» er ikke en gyldig id; bruk små bokstaver, tall og bindestrek "
        "(f.eks. «tonsberg» eller «siv-bup»)",
        "en": "'{value}' is not a valid id; use lower-case letters, digits and hyphens "
        "(e.g. 'tonsberg' or 'siv-bup')",
    },
    "schema.schema_version": {
        "nb": "schema_version {value} støttes ikke; denne versjonen av readiness leser versjon 1",
        "en": "schema_version {value} is not supported; this version of readiness reads version 1",
    },
    "schema.other": {"nb": "{field}: {detail}", "en": "{field}: {detail}"},
    "type.int": {"nb": "et heltall", "en": "a whole number"},
    "type.number": {"nb": "et tall", "en": "a number"},
    "type.bool": {"nb": "true eller false", "en": "true or false"},
    "type.str": {"nb": "tekst", "en": "text"},
    "type.date": {"nb": "en dato (ÅÅÅÅ-MM-DD)", "en": "a date (YYYY-MM-DD)"},
    "type.list": {"nb": "en liste", "en": "a list"},
    "type.mapping": {"nb": "en samling nøkler", "en": "a mapping of keys"},
    "got.null": {"nb": "tom", "en": "empty"},
    # --- references ----------------------------------------------------------------------------
    "ref.dangling": {
        "nb": "{field} viser til parten «{id}», som ikke finnes i parties. Kjente parter: {known}",
        "en": "{field} refers to the party '{id}', which is not in parties. Known parties: {known}",
    },
    "ref.duplicate_party": {
        "nb": "part-id «{id}» er brukt før (linje {first_line}); hver part trenger en egen id",
        "en": "party id '{id}' is used before (line {first_line}); every party needs its own id",
    },
    "deviation.unknown_rule": {
        "nb": "avviket gjelder regelen «{rule}», som ikke finnes. Kjente regler: {known}",
        "en": "the deviation names the rule '{rule}', which does not exist. Known rules: {known}",
    },
    "deviation.not_waivable": {
        "nb": "regelen {rule} ({name}) kan ikke fravikes: den er en grunnleggende forutsetning. "
        "Fjern avviket og oppfyll regelen",
        "en": "rule {rule} ({name}) cannot be waived: it is a basic prerequisite. Remove the "
        "deviation and meet the rule",
    },
    "deviation.duplicate": {
        "nb": "regelen {rule} har allerede et avvik (linje {first_line}); slå dem sammen",
        "en": "rule {rule} already has a deviation (line {first_line}); merge them",
    },
    "personal.fnr": {
        "nb": "linjen ser ut til å inneholde et fødselsnummer (11 siffer med gyldige kontrollsiffer). "
        "En initiativfil skal beskrive organisasjoner, aldri personer: fjern tallet",
        "en": "the line seems to contain a national identity number (11 digits with valid check "
        "digits). An initiative file describes organisations, never persons: remove the number",
    },
    # --- usage ---------------------------------------------------------------------------------
    "usage.gate_no_rules": {
        "nb": "porten «{gate}» har ingen regler ennå; tilgjengelige porter: {gates}",
        "en": "the gate '{gate}' has no rules yet; available gates: {gates}",
    },
    "usage.no_files": {
        "nb": "fant ingen initiativfiler (*.yaml, *.yml, *.json) i {paths}",
        "en": "found no initiative files (*.yaml, *.yml, *.json) in {paths}",
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
    "edit.no_item": {
        "nb": "{path}: finner ikke elementet «{item}»; kjente: {known}",
        "en": "{path}: no item '{item}'; known: {known}",
    },
    "edit.no_key": {
        "nb": "{path}: nøkkelen «{key}» finnes ikke i filen",
        "en": "{path}: the key '{key}' is not in the file",
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
        "nb": "{count} forutsetning(er) for {gate_name} mangler.",
        "en": "{count} prerequisite(s) for {gate_name} are missing.",
    },
    "verdict.concluded.long": {
        "nb": "Idéfasen er avsluttet med en annen løsning enn FACT Ung, og utfallet er skrevet ned. "
        "Det er en viktig og god avklaring (idefase 1.12); initiativet søker ikke midler.",
        "en": "The idea phase ended with another solution than FACT Ung, and the outcome is "
        "written down. That is an important and good clarification (idefase 1.12); the "
        "initiative is not applying for funds.",
    },
    "severity.required": {"nb": "påkrevd", "en": "required"},
    "severity.recommended": {"nb": "anbefalt", "en": "recommended"},
    "severity.advice": {"nb": "råd", "en": "advice"},
    "status.met": {"nb": "oppfylt", "en": "met"},
    "status.unmet": {"nb": "ikke oppfylt", "en": "unmet"},
    "status.accepted": {"nb": "akseptert avvik", "en": "accepted deviation"},
    "finding.met": {"nb": "Oppfylt.", "en": "Met."},
    "heading.missing": {"nb": "Manglende forutsetninger", "en": "Missing prerequisites"},
    "heading.warnings": {"nb": "Anbefalinger som ikke er fulgt", "en": "Recommendations not followed"},
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
    "summary.line": {
        "nb": "{met} oppfylt, {unmet_required} manglende forutsetninger, {unmet_recommended} "
        "anbefalinger ikke fulgt, {unmet_advice} råd, {accepted} aksepterte avvik",
        "en": "{met} met, {unmet_required} missing prerequisites, {unmet_recommended} "
        "recommendations not followed, {unmet_advice} advice, {accepted} accepted deviations",
    },
    "summary.files": {
        "nb": "{total} filer: {ready} klare, {not_ready} ikke klare, {invalid} ugyldige",
        "en": "{total} files: {ready} ready, {not_ready} not ready, {invalid} invalid",
    },
    "summary.files.concluded": {"nb": ", {concluded} avsluttet", "en": ", {concluded} concluded"},
}


def t(key: str, lang: Lang = "nb", /, **params: object) -> str:
    """The message ``key`` in ``lang``, formatted with ``params``."""
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["nb"]
    return text.format(**params) if params else text


def join_names(names: list[str], lang: Lang = "nb") -> str:
    """'a, b og c' / 'a, b and c'."""
    if len(names) <= 1:
        return "".join(names)
    word = " og " if lang == "nb" else " and "
    return ", ".join(names[:-1]) + word + names[-1]
