"""User-facing strings in Norwegian bokmål (default) and English.

Rule texts live with the rules in rules/; this module holds everything else a user reads:
input errors, verdicts, headings. Code asks for a message by key, so no renderer or loader
carries language-specific text of its own.
"""

from __future__ import annotations

from typing import Literal

from readiness import personal_data

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
        "nb": "filen er {size} byte; grensen er {limit} byte. En initiativfil eller utlysningsfil er "
        "vanligvis under 20 kB: sjekk at det er riktig fil",
        "en": "the file is {size} bytes; the limit is {limit} bytes. An initiative or call file is "
        "usually under 20 kB: check that this is the right file",
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
    # --- reading inputs: regular files only, bounded (readiness/reader.py) ---------------------
    "file.directory": {
        "nb": "dette er en mappe, ikke en fil; gi stien til en fil i den",
        "en": "this is a directory, not a file; give the path of a file in it",
    },
    "file.fifo": {
        "nb": "dette er en FIFO (navngitt rør), ikke en vanlig fil; readiness leser bare vanlige "
        "filer (fra en FIFO kunne den ventet for alltid). Lagre innholdet i en fil og gi stien til den",
        "en": "this is a FIFO (named pipe), not a regular file; readiness reads regular files "
        "only (on a FIFO it could wait for ever). Save the content to a file and give its path",
    },
    "file.device": {
        "nb": "dette er en enhet (som /dev/zero), ikke en vanlig fil; readiness leser bare vanlige "
        "filer. Gi stien til en vanlig fil",
        "en": "this is a device (such as /dev/zero), not a regular file; readiness reads regular "
        "files only. Give the path of a regular file",
    },
    "file.special": {
        "nb": "dette er verken en vanlig fil eller en mappe (kanskje en socket); readiness leser "
        "bare vanlige filer. Gi stien til en vanlig fil",
        "en": "this is neither a regular file nor a directory (perhaps a socket); readiness reads "
        "regular files only. Give the path of a regular file",
    },
    "file.too_large.stream": {
        "nb": "inndataene er over grensen på {limit} byte. En initiativfil er vanligvis under "
        "20 kB: sjekk at det er riktig fil",
        "en": "the input is over the limit of {limit} bytes. An initiative file is usually under "
        "20 kB: check that this is the right file",
    },
    "file.dir_unreadable": {
        "nb": "kan ikke lese mappen «{path}» ({detail}), så filene i den kan ikke sjekkes. Gi "
        "lesetilgang til mappen, eller ta den ut av stiene som sjekkes",
        "en": "cannot read the directory '{path}' ({detail}), so the files in it cannot be "
        "checked. Give read access to it, or leave it out of the paths checked",
    },
    "yaml.syntax": {
        "nb": "ugyldig YAML ({detail}). Sjekk denne linjen og linjene rett over: innrykk med "
        "mellomrom (ikke tabulator), kolon og mellomrom etter hver nøkkel, lukkede klammer og "
        "anførselstegn, og at datoer finnes (ÅÅÅÅ-MM-DD)",
        "en": "invalid YAML ({detail}). Check this line and the lines just above it: indentation "
        "with spaces (not tabs), a colon and a space after each key, closed brackets and quotes, "
        "and that dates exist (YYYY-MM-DD)",
    },
    "yaml.unclosed_quote": {
        "nb": "anførselstegnet som begynner her, lukkes aldri; legg til det avsluttende "
        "anførselstegnet (\" eller ') på samme linje",
        "en": "the quote that starts here is never closed; add the closing quote (\" or ') on "
        "the same line",
    },
    "yaml.tab": {
        "nb": "innrykk med tabulator; YAML krever mellomrom. Bytt tabulatoren med mellomrom (to "
        "per nivå)",
        "en": "indentation with a tab; YAML needs spaces. Replace the tab with spaces (two per "
        "level)",
    },
    "date.no_such_day": {
        "nb": "«{value}» er ikke en dato som finnes; skriv en gyldig dato som ÅÅÅÅ-MM-DD",
        "en": "'{value}' is not a date that exists; write a valid date as YYYY-MM-DD",
    },
    "json.syntax": {
        "nb": "ugyldig JSON ({detail}). Sjekk denne linjen og rett før: komma mellom elementene "
        "(men ikke etter det siste), doble anførselstegn rundt nøkler og tekst, lukkede klammer",
        "en": "invalid JSON ({detail}). Check this line and just before it: a comma between "
        "items (but not after the last), double quotes around keys and text, closed brackets",
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
    # --- files and syntax: the value budget without aliases (yaml.alias_limit with them) ---
    "yaml.too_many_values": {
        "nb": "filen har mer enn {limit} verdier, grensen for én fil. En initiativfil har "
        "vanligvis noen hundre: sjekk at det er riktig fil",
        "en": "the file holds more than {limit} values, the limit for one file. An initiative "
        "file usually holds a few hundred: check that this is the right file",
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
    "yaml.bad_value": {
        "nb": "«{value}» er ingen verdi av typen YAML-taggen !!{tag} sier; fjern taggen eller "
        "rett verdien",
        "en": "'{value}' is no value of the type the YAML tag !!{tag} names; remove the tag or "
        "correct the value",
    },
    "yaml.tag": {
        "nb": "YAML-taggen «{tag}» er ikke tillatt; fjern den",
        "en": "the YAML tag '{tag}' is not allowed; remove it",
    },
    # --- values no reader can give: numbers too long, characters that are none ---------------
    "number.too_long": {
        "nb": "tallet er skrevet med {length} tegn; et heltall kan ha høyst {limit} siffer. Ingen "
        "verdi i en initiativfil trenger så store tall: sjekk verdien",
        "en": "the number is written with {length} characters; a whole number can have at most "
        "{limit} digits. No value in an initiative file needs numbers that large: check the value",
    },
    "text.no_character": {
        "nb": "teksten har en tegnkode som ikke er et tegn (for eksempel \\ud800, en halv "
        "UTF-16-tegnkode). Skriv tegnet selv i stedet for tegnkoden",
        "en": "the text has a character code that is no character (such as \\ud800, half of a "
        "UTF-16 code). Write the character itself instead of its code",
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
        "nb": "{field} skal være {expected}, men er {got}{hint}",
        "en": "{field} should be {expected}, but is {got}{hint}",
    },
    # --- schema: what to do about a type that YAML 1.2 reads otherwise than the writer meant --
    "hint.yaml_boolean": {
        "nb": ". YAML leser yes/no/on/off som tekst; skriv true eller false",
        "en": ". YAML reads yes/no/on/off as text; write true or false",
    },
    "hint.quoted_number": {
        "nb": ". Tallet står i anførselstegn og leses derfor som tekst; fjern anførselstegnene",
        "en": ". The number is in quotes, so it is read as text; remove the quotes",
    },
    "hint.number_as_text": {
        "nb": ". Skal verdien være tekst, sett den i anførselstegn",
        "en": ". If the value is meant as text, put it in quotes",
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
        "nb": "{field} må ha minst {limit:element|elementer}",
        "en": "{field} must have at least {limit:item|items}",
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
    "got.number": {"nb": "tallet {number}", "en": "the number {number}"},
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
    # --- personal numbers outside a file's lines ------------------------------------------------
    # what every message shows in place of a number (i18n.t), and the refusals of a name,
    # a --set and a web form field that hold one
    "personal.redacted": {"nb": "[fødselsnummer fjernet]", "en": "[identity number removed]"},
    "personal.fnr_name": {
        "nb": "filnavnet ser ut til å inneholde et fødselsnummer (11 siffer med gyldige "
        "kontrollsiffer). Gi filen et navn uten personopplysninger",
        "en": "the file name seems to contain a national identity number (11 digits with valid "
        "check digits). Give the file a name without personal data",
    },
    "personal.fnr_set": {
        "nb": "{option} «{edit}» ser ut til å inneholde et fødselsnummer (11 siffer med gyldige "
        "kontrollsiffer). En initiativfil skal beskrive organisasjoner, aldri personer: fjern "
        "tallet",
        "en": "{option} '{edit}' seems to contain a national identity number (11 digits with "
        "valid check digits). An initiative file describes organisations, never persons: remove "
        "the number",
    },
    "web.personal_field": {
        "nb": "Feltet «{field}» ser ut til å inneholde et fødselsnummer (11 siffer med gyldige "
        "kontrollsiffer), så endringen er ikke brukt. En initiativfil skal beskrive "
        "organisasjoner, aldri personer: fjern tallet",
        "en": "The field '{field}' seems to contain a national identity number (11 digits with "
        "valid check digits), so the change is not used. An initiative file describes "
        "organisations, never persons: remove the number",
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
    # --- output files: one writer, one policy (readiness/output.py) ---------------------------
    "output.exists": {
        "nb": "«{path}» ({option}) finnes allerede; velg et annet navn, eller bruk --force for å "
        "skrive over den",
        "en": "'{path}' ({option}) already exists; choose another name, or use --force to "
        "overwrite it",
    },
    "output.is_input": {
        "nb": "skriver ikke til «{path}» ({option}): denne kjøringen leser den filen. Velg et "
        "filnavn utenfor filene og mappene som leses",
        "en": "will not write to '{path}' ({option}): this run reads that file. Choose a name "
        "outside the files and directories it reads",
    },
    "output.is_input.via": {
        "nb": "skriver ikke til «{path}» ({option}): den er samme fil som «{input}», som denne "
        "kjøringen leser. Velg et annet filnavn",
        "en": "will not write to '{path}' ({option}): it is the same file as '{input}', which "
        "this run reads. Choose another name",
    },
    "output.directory": {
        "nb": "«{path}» ({option}) er en mappe; gi navnet på en fil",
        "en": "'{path}' ({option}) is a directory; give the name of a file",
    },
    "output.block_device": {
        "nb": "«{path}» ({option}) er en blokkenhet (en disk); readiness skriver aldri til en. "
        "Velg en fil",
        "en": "'{path}' ({option}) is a block device (a disk); readiness never writes to one. "
        "Choose a file",
    },
    "output.special": {
        "nb": "«{path}» ({option}) er verken en fil, en FIFO eller en tegnenhet (kanskje en "
        "socket); velg en fil",
        "en": "'{path}' ({option}) is neither a file, a FIFO nor a character device (perhaps a "
        "socket); choose a file",
    },
    "output.fifo_unread": {
        "nb": "ingen leser fra FIFO-en «{path}» ({option}); start det som skal lese fra den "
        "først, eller velg en vanlig fil",
        "en": "nothing reads from the FIFO '{path}' ({option}); start its reader first, or "
        "choose a regular file",
    },
    "output.unwritable": {
        "nb": "kan ikke skrive til «{path}» ({option}: {detail})",
        "en": "cannot write to '{path}' ({option}: {detail})",
    },
    # --- ci: check over many files, rules, explain, schema (issue 4) ---------------------------
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
        "nb": "Regelkatalogen, versjon {version}: {count} regler",
        "en": "The rule catalog, version {version}: {count} rules",
    },
    "rules.gate_heading": {
        "nb": "{count} regler for porten {gate} ({gate_name})",
        "en": "{count} rules for the gate {gate} ({gate_name})",
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
    "scope.gate": {"nb": "alltid i portene over", "en": "always in the gates above"},
    "scope.application": {
        "nb": "bare når filen har en søknad (application) for porten som vurderes",
        "en": "only when the file has an application for the gate being assessed",
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
    # --- whatif, plan, diff, init (issue 5) -----------------------------------------------
    "whatif.bad_set": {
        "nb": "ugyldig --set «{text}»; skriv STI=VERDI, f.eks. agreement.status=signed",
        "en": "invalid --set '{text}'; write PATH=VALUE, e.g. agreement.status=signed",
    },
    "whatif.no_edits": {
        "nb": "oppgi minst én endring: --set STI=VERDI eller --unset STI",
        "en": "give at least one change: --set PATH=VALUE or --unset PATH",
    },
    "whatif.not_mapping": {
        "nb": "{path}: «{at}» har ingen undernøkler, så «{name}» finnes ikke der",
        "en": "{path}: '{at}' has no keys below it, so there is no '{name}'",
    },
    "whatif.list_item": {
        "nb": "{path}: «{at}» er en liste; velg et element med id eller nummer, f.eks. {at}[0].{name}",
        "en": "{path}: '{at}' is a list; pick an item by id or number, e.g. {at}[0].{name}",
    },
    "whatif.unknown_key": {
        "nb": "{path}: ukjent nøkkel «{name}». Gyldige nøkler her: {valid}",
        "en": "{path}: unknown key '{name}'. Valid keys here: {valid}",
    },
    "whatif.unknown_key_close": {
        "nb": "{path}: ukjent nøkkel «{name}» (mente du «{close}»?). Gyldige nøkler her: {valid}",
        "en": "{path}: unknown key '{name}' (did you mean '{close}'?). Valid keys here: {valid}",
    },
    "whatif.invalid": {
        "nb": "endringene ({edits}) gir ikke en gyldig initiativfil:",
        "en": "the changes ({edits}) do not give a valid initiative file:",
    },
    "whatif.not_editable": {
        "nb": "endringene kan ikke skrives inn i filen: linje {line}, kolonne {column} kan ikke "
        "leses av YAML-leseren som tar vare på kommentarene ({detail}). Rett linjen, eller fjern "
        "tegnet der, og prøv igjen",
        "en": "the changes cannot be written into the file: line {line}, column {column} cannot "
        "be read by the YAML reader that keeps the comments ({detail}). Fix the line, or remove "
        "the character there, and try again",
    },
    "whatif.write_ext": {
        "nb": "kan ikke skrive {out}: navnet må slutte på {valid}, samme format som inndatafilen",
        "en": "cannot write {out}: the name must end in {valid}, the input file's format",
    },
    "whatif.written": {
        "nb": "Skrev det endrede initiativet til {out} ({file} er uendret).",
        "en": "Wrote the changed initiative to {out} ({file} is unchanged).",
    },
    "whatif.heading": {"nb": "Hva om", "en": "What if"},
    "diff.heading": {"nb": "Endring", "en": "Change"},
    "compare.verdict": {"nb": "Utfall", "en": "Verdict"},
    "compare.resolved": {"nb": "Løst", "en": "Resolved"},
    "compare.new": {"nb": "Nye funn", "en": "New findings"},
    "compare.unchanged": {
        "nb": "Uendret: {count} åpne funn",
        "en": "Unchanged: {count:open finding|open findings}",
    },
    "compare.nothing": {
        "nb": "Ingen funn er løst eller nye.",
        "en": "No finding is resolved or new.",
    },
    "compare.rule": {"nb": "Regel", "en": "Rule"},
    "compare.title": {"nb": "Krav", "en": "Requirement"},
    "compare.severity": {"nb": "Alvorlighet", "en": "Severity"},
    "plan.heading": {"nb": "Neste steg mot {gate_name}", "en": "Next steps towards {gate_name}"},
    "plan.ready": {
        "nb": "Ingen forutsetninger eller anbefalinger gjenstår: initiativet er klart for {gate_name}.",
        "en": "No prerequisite or recommendation is left: the initiative is ready for {gate_name}.",
    },
    "plan.concluded": {
        "nb": "Idéfasen er avsluttet med en annen løsning enn FACT Ung; det er ingen steg å planlegge.",
        "en": "The idea phase ended with another solution than FACT Ung; there are no steps to plan.",
    },
    "plan.required": {"nb": "Påkrevde steg", "en": "Required steps"},
    "plan.recommended": {"nb": "Anbefalte steg", "en": "Recommended steps"},
    "plan.keys": {"nb": "Fyll inn", "en": "Fill in"},
    "plan.example": {"nb": "For eksempel", "en": "For example"},
    "plan.advice_left_out": {
        "nb": "{count} råd er utelatt fra planen; se dem med readiness check.",
        "en": "{count:piece of advice is|pieces of advice are} left out of the plan; see them "
        "with readiness check.",
    },
    "plan.try": {
        "nb": "Prøv hva planen gir: readiness whatif {file} {sets}",
        "en": "See what the plan gives: readiness whatif {file} {sets}",
    },
    "init.written": {
        "nb": "Skrev en ny initiativfil til {out}. Fyll den ut, og kjør readiness check {out} og readiness plan {out}.",
        "en": "Wrote a new initiative file to {out}. Fill it in, then run readiness check {out} and readiness plan {out}.",
    },
    "init.ext": {
        "nb": "kan ikke skrive {out}: init lager YAML, så navnet må slutte på .yaml eller .yml",
        "en": "cannot write {out}: init writes YAML, so the name must end in .yaml or .yml",
    },
    # --- report: the readiness report for the application (issue 6) ----------------------------
    "report.title": {"nb": "Klarhetsrapport: {name}", "en": "Readiness report: {name}"},
    "report.catalog_version": {"nb": "versjon {version}", "en": "version {version}"},
    "report.footer": {
        "nb": "Laget med readiness {version} etter regelkatalogen, vurderingsdato {as_of}. "
        "Rapporten sier det samme som «readiness check» for samme fil, port og dato.",
        "en": "Made with readiness {version} from the rule catalog, assessment date {as_of}. "
        "The report says the same as 'readiness check' for the same file, gate and date.",
    },
    "report.l.initiative": {"nb": "Initiativ", "en": "Initiative"},
    "report.l.phase": {"nb": "Fase", "en": "Phase"},
    "report.l.gate": {"nb": "Port", "en": "Gate"},
    "report.l.as_of": {"nb": "Vurderingsdato", "en": "Assessment date"},
    "report.l.catalog": {"nb": "Regelkatalog", "en": "Rule catalog"},
    "report.l.call": {"nb": "Utlysning", "en": "Call"},
    "report.l.file": {"nb": "Fil", "en": "File"},
    "report.l.updated": {"nb": "Filen sist oppdatert", "en": "File last updated"},
    "report.l.contents": {"nb": "Innhold", "en": "Contents"},
    "report.l.verdict": {"nb": "Utfall", "en": "Verdict"},
    "report.l.missing_ids": {"nb": "Manglende forutsetninger", "en": "Missing prerequisites"},
    "report.l.missing_ids_concluded": {
        "nb": "Forutsetninger som ikke er oppfylt (endrer ikke utfallet)",
        "en": "Prerequisites not met (they do not change the verdict)",
    },
    "report.l.overview": {"nb": "Status per regel", "en": "Status per rule"},
    "report.l.overview_intro": {
        "nb": "Hver rute er én regel i porten, gruppert etter regelgruppe; tegnet i ruten sier "
        "det samme som fargen. Hele listen står i tabellen «Alle regler i porten».",
        "en": "Each square is one rule of the gate, grouped by rule group; the sign in the square "
        "says what its colour says. The full list is the table 'All rules of the gate'.",
    },
    "report.l.legend": {"nb": "Tegnforklaring", "en": "Legend"},
    "report.l.parties": {"nb": "Partene", "en": "The parties"},
    "report.l.agreement": {"nb": "Samarbeidsavtalen", "en": "The collaboration agreement"},
    "report.l.col_name": {"nb": "Part", "en": "Party"},
    "report.l.col_kind": {"nb": "Type", "en": "Kind"},
    "report.l.col_level": {"nb": "Tjenestenivå", "en": "Service level"},
    "report.l.col_core": {"nb": "Kjernepart", "en": "Core party"},
    "report.l.col_stance": {"nb": "Holdning", "en": "Stance"},
    "report.l.col_leadership": {"nb": "Ledelsesforankring", "en": "Leadership anchoring"},
    "report.l.col_leadership_by": {"nb": "Forankret av", "en": "Anchored by"},
    "report.l.col_in_agreement": {"nb": "I avtalen", "en": "In the agreement"},
    "report.l.col_item": {"nb": "Punkt", "en": "Item"},
    "report.l.col_status": {"nb": "Status", "en": "Status"},
    "report.l.col_rules": {"nb": "Regler", "en": "Rules"},
    "report.l.col_evidence": {"nb": "Fra filen", "en": "From the file"},
    "report.l.col_rule": {"nb": "Regel", "en": "Rule"},
    "report.l.col_requirement": {"nb": "Krav", "en": "Requirement"},
    "report.l.col_severity": {"nb": "Alvorlighet", "en": "Severity"},
    "report.l.col_where": {"nb": "Hvor i filen", "en": "Where in the file"},
    "report.l.findings": {"nb": "Funn og neste steg", "en": "Findings and next steps"},
    "report.l.none": {"nb": "Ingen.", "en": "None."},
    "report.l.application": {"nb": "Søknaden", "en": "The application"},
    "report.l.applicants": {"nb": "Søkere og signaturer", "en": "Applicants and signatures"},
    "report.l.col_applicant_role": {"nb": "Rolle i søknaden", "en": "Role in the application"},
    "report.l.col_signed": {"nb": "Signert", "en": "Signed"},
    "report.l.col_signed_by": {"nb": "Signert av", "en": "Signed by"},
    "report.l.col_date": {"nb": "Dato", "en": "Date"},
    "report.l.amount": {"nb": "Beløp", "en": "Amount"},
    "report.l.milestones": {"nb": "Milepæler", "en": "Milestones"},
    "report.l.col_milestone": {"nb": "Milepæl", "en": "Milestone"},
    "report.l.col_by": {"nb": "Innen", "en": "By"},
    "report.l.app_findings": {"nb": "Søknadsreglene (APP)", "en": "The application rules (APP)"},
    "report.l.all_rules": {"nb": "Alle regler i porten", "en": "All rules of the gate"},
    "report.l.sources": {"nb": "Kilder", "en": "Sources"},
    "report.l.line": {"nb": "linje", "en": "line"},
    "report.l.legend_md": {"nb": "Tegn", "en": "Signs"},
    "report.status.met": {"nb": "oppfylt", "en": "met"},
    "report.status.missing": {"nb": "mangler", "en": "missing"},
    "report.status.warning": {"nb": "anbefaling ikke fulgt", "en": "recommendation not followed"},
    "report.status.advice": {"nb": "råd", "en": "advice"},
    "report.status.accepted": {"nb": "akseptert avvik", "en": "accepted deviation"},
    "report.status.not_assessed": {"nb": "ikke vurdert", "en": "not assessed"},
    "report.status.not_yet": {"nb": "ikke ennå", "en": "not yet"},
    "report.item.no_application": {
        "nb": "Filen har ingen søknad for denne porten ennå (application). Legg den inn når "
        "søknaden skrives, så vurderes den også.",
        "en": "The file has no application for this gate yet (application). Add it when the "
        "application is written, and it is assessed too.",
    },
    "report.item.no_app_rules": {
        "nb": "Regelkatalogen har ingen søknadsregler (APP) ennå; søknaden vises, men vurderes ikke.",
        "en": "The rule catalog has no application rules (APP) yet; the application is shown "
        "but not assessed.",
    },
    "report.item.submitted": {
        "nb": "Søknaden ble sendt {date}.",
        "en": "The application was sent on {date}.",
    },
    "report.item.no_rule": {
        "nb": "Ingen regel vurderer dette spørsmålet; svaret hører hjemme i søknaden.",
        "en": "No rule assesses this question; the answer belongs in the application.",
    },
    "report.item.rules_absent": {
        "nb": "Regelkatalogen har ikke reglene for dette punktet ennå.",
        "en": "The rule catalog does not hold the rules for this item yet.",
    },
    "report.agreement.status": {"nb": "Status", "en": "Status"},
    "report.agreement.date": {"nb": "Dato", "en": "Date"},
    "report.agreement.document": {"nb": "Dokument", "en": "Document"},
    "report.app.main": {"nb": "hovedsøker", "en": "main applicant"},
    "report.app.co": {"nb": "medsøker", "en": "co-applicant"},
    "report.app.signer_only": {"nb": "signerer (ikke søker)", "en": "signs (not an applicant)"},
    "report.app.for_gate": {"nb": "Søker om", "en": "Applies for"},
    "report.app.amount": {"nb": "Omsøkt beløp", "en": "Amount requested"},
    "report.app.limit": {"nb": "Utlysningens grense ({year})", "en": "The call's limit ({year})"},
    "report.app.own_funding": {"nb": "Egenfinansiering", "en": "Own funding"},
    "report.app.deadline": {"nb": "Søknadsfrist", "en": "Deadline"},
    "report.app.submitted": {"nb": "Sendt", "en": "Sent"},
    "report.app.not_submitted": {"nb": "ikke sendt ennå", "en": "not sent yet"},
    "report.app.budget": {"nb": "Budsjett", "en": "Budget"},
    "report.app.goals": {"nb": "Mål", "en": "Goals"},
    "report.app.risk_assessment": {"nb": "Risikovurdering", "en": "Risk assessment"},
    "report.app.lasting_operation": {
        "nb": "Varig drift etter tilskuddet",
        "en": "Lasting operation after the grant",
    },
    "report.app.within": {
        "nb": "{amount} er innenfor grensen på {limit} i utlysningen for {year}.",
        "en": "{amount} is within the limit of {limit} in the {year} call.",
    },
    "report.app.over": {
        "nb": "{amount} er {diff} over grensen på {limit} i utlysningen for {year}.",
        "en": "{amount} is {diff} over the limit of {limit} in the {year} call.",
    },
    "report.app.amount_unknown": {
        "nb": "Omsøkt beløp er ikke oppgitt, så det kan ikke holdes opp mot grensen.",
        "en": "No amount is given, so it cannot be held against the limit.",
    },
    "report.app.other_gate": {
        "nb": "Søknaden gjelder porten {gate} ({gate_name}); søknadsreglene vurderes når "
        "rapporten lages for den porten (--gate {gate}).",
        "en": "The application is for the gate {gate} ({gate_name}); its rules are assessed when "
        "the report is made for that gate (--gate {gate}).",
    },
    "report.value.phase.idea": {"nb": "idéfase", "en": "idea phase"},
    "report.value.phase.pre_project": {"nb": "forprosjekt", "en": "pre-project"},
    "report.value.phase.establishment": {"nb": "etablering", "en": "establishment"},
    "report.value.phase.operation": {"nb": "drift", "en": "operation"},
    "report.value.kind.municipality": {"nb": "kommune", "en": "municipality"},
    "report.value.kind.city_district": {"nb": "bydel", "en": "city district"},
    "report.value.kind.specialist_health": {
        "nb": "spesialisthelsetjenesten",
        "en": "specialist health service",
    },
    "report.value.kind.child_welfare": {"nb": "barnevern", "en": "child welfare"},
    "report.value.kind.school": {"nb": "skole", "en": "school"},
    "report.value.kind.user_organisation": {"nb": "brukerorganisasjon", "en": "user organisation"},
    "report.value.kind.other": {"nb": "annet", "en": "other"},
    "report.value.level.specialist": {"nb": "spesialist", "en": "specialist"},
    "report.value.level.municipal": {"nb": "kommunalt", "en": "municipal"},
    "report.value.level.none": {"nb": "ingen", "en": "none"},
    "report.value.level.informed": {"nb": "orientert", "en": "informed"},
    "report.value.level.endorsed": {"nb": "støtter videre arbeid", "en": "endorsed"},
    "report.value.level.committed": {"nb": "forpliktet", "en": "committed"},
    "report.value.stance.committed": {"nb": "vil gå videre", "en": "committed"},
    "report.value.stance.interested": {"nb": "interessert", "en": "interested"},
    "report.value.stance.undecided": {"nb": "ikke avklart", "en": "undecided"},
    "report.value.stance.declined": {"nb": "takket nei", "en": "declined"},
    "report.value.status.none": {"nb": "ingen avtale", "en": "no agreement"},
    "report.value.status.intent": {"nb": "skriftlig intensjon", "en": "written intent"},
    "report.value.status.draft": {"nb": "avtaleutkast", "en": "draft agreement"},
    "report.value.status.signed": {"nb": "signert avtale", "en": "signed agreement"},
    "report.value.outcome.proceed": {
        "nb": "gå videre til forprosjekt",
        "en": "proceed to a pre-project",
    },
    "report.value.outcome.other_solution": {
        "nb": "annen løsning enn FACT Ung",
        "en": "another solution than FACT Ung",
    },
    "report.value.outcome.undecided": {"nb": "ikke besluttet", "en": "undecided"},
    "report.value.basis.function": {"nb": "funksjon", "en": "function"},
    "report.value.basis.diagnosis": {"nb": "diagnose", "en": "diagnosis"},
    "report.value.basis.mixed": {"nb": "blandet", "en": "mixed"},
    "report.value.with.child_welfare": {"nb": "barnevernet", "en": "child welfare"},
    "report.value.with.school": {"nb": "skolen", "en": "school"},
    "report.value.with.nav": {"nb": "NAV", "en": "NAV"},
    "report.value.with.other": {"nb": "annet", "en": "other"},
    "report.usage.extension": {
        "nb": "ukjent filtype «{ext}» for -o; bruk .html, .md eller .pdf",
        "en": "unknown file type '{ext}' for -o; use .html, .md or .pdf",
    },
    "report.usage.format_conflict": {
        "nb": "--format {fmt} passer ikke med -o {path}: filendelsen bestemmer formatet. Dropp --format",
        "en": "--format {fmt} does not fit -o {path}: the extension decides the format. Drop --format",
    },
    "report.pdf.no_backend": {
        "nb": "PDF lages med Chromium i hodeløs modus, og fant ingen Chromium (chromium, "
        "chromium-browser, google-chrome; eller sett READINESS_CHROMIUM til stien). Installer "
        "den (Debian: apt-get install chromium), eller lag HTML og skriv den ut: readiness report "
        "FIL -o rapport.html, åpne rapport.html i nettleseren, velg Skriv ut → Lagre som PDF, A4",
        "en": "PDF is made with headless Chromium, and no Chromium was found (chromium, "
        "chromium-browser, google-chrome; or set READINESS_CHROMIUM to its path). Install it "
        "(Debian: apt-get install chromium), or make HTML and print it: readiness report FILE -o "
        "report.html, open report.html in a browser, choose Print → Save as PDF, A4",
    },
    "report.pdf.failed": {
        "nb": "Chromium klarte ikke å lage PDF-en ({detail}). Lag HTML i stedet (-o rapport.html) "
        "og skriv den ut til PDF fra nettleseren (Skriv ut → Lagre som PDF, A4)",
        "en": "Chromium could not make the PDF ({detail}). Make HTML instead (-o report.html) "
        "and print it to PDF from a browser (Print → Save as PDF, A4)",
    },
    # --- serve: what-if in the browser (issue 8) -------------------------------------------------
    "web.title": {"nb": "Er initiativet klart?", "en": "Is the initiative ready?"},
    "web.listening": {
        "nb": "readiness serve: åpne {url} i nettleseren (Ctrl+C avslutter). Filene på disken "
        "endres ikke.",
        "en": "readiness serve: open {url} in the browser (Ctrl+C stops). The files on disk are "
        "not changed.",
    },
    "web.exposed": {
        "nb": "Advarsel: serveren lytter på {host}, ikke bare på denne maskinen. Alle som når "
        "adressen kan åpne filene; det finnes ingen innlogging.",
        "en": "Warning: the server listens on {host}, not only on this machine. Anyone who can "
        "reach the address can open the files; there is no login.",
    },
    "web.cannot_listen": {
        "nb": "kan ikke lytte på {host}:{port} ({detail}); velg en annen port med --port",
        "en": "cannot listen on {host}:{port} ({detail}); choose another port with --port",
    },
    "web.lang_switch": {"nb": "English", "en": "Norsk"},
    "web.files": {"nb": "Initiativfiler", "en": "Initiative files"},
    "web.no_files": {
        "nb": "Ingen filer ble gitt på kommandolinjen. Last opp en initiativfil.",
        "en": "No files were given on the command line. Upload an initiative file.",
    },
    "web.upload": {"nb": "Åpne en annen initiativfil", "en": "Open another initiative file"},
    "web.upload.button": {"nb": "Last opp og vurder", "en": "Upload and assess"},
    "web.upload.hint": {
        "nb": "YAML eller JSON, høyst 1 MiB. Filen lagres ikke på serveren; den følger bare "
        "med denne fanen.",
        "en": "YAML or JSON, at most 1 MiB. The file is not stored on the server; it only "
        "travels with this tab.",
    },
    "web.upload.missing": {"nb": "Velg en fil å laste opp.", "en": "Choose a file to upload."},
    "web.not_found": {
        "nb": "Finnes ikke. Filene er nummerert i listen på forsiden.",
        "en": "Not found. The files are numbered in the list on the front page.",
    },
    "web.too_large": {
        "nb": "Filen er for stor: grensen er {limit} byte (1 MiB). En initiativfil er vanligvis "
        "under 20 kB; sjekk at det er riktig fil.",
        "en": "The file is too large: the limit is {limit} bytes (1 MiB). An initiative file is "
        "usually under 20 kB; check that this is the right file.",
    },
    "web.bad_request": {"nb": "Ugyldig forespørsel.", "en": "Invalid request."},
    "web.back": {"nb": "Til forsiden", "en": "Back to the front page"},
    "web.whatif": {"nb": "Hva om …?", "en": "What if …?"},
    "web.whatif.hint": {
        "nb": "Endre et felt, så vurderes initiativet på nytt. Filen på disken endres aldri; "
        "last ned den endrede filen når du er fornøyd.",
        "en": "Change a field and the initiative is assessed again. The file on disk is never "
        "changed; download the changed file when you are done.",
    },
    "web.reassess": {"nb": "Vurder på nytt", "en": "Assess again"},
    "web.reset": {"nb": "Tilbakestill", "en": "Reset"},
    "web.download": {"nb": "Last ned endret fil (YAML)", "en": "Download the changed file (YAML)"},
    "web.download.json": {
        "nb": "Last ned endret fil (JSON)",
        "en": "Download the changed file (JSON)",
    },
    "web.change": {
        "nb": "Endring mot filen slik den ble lastet",
        "en": "Change against the file as loaded",
    },
    "web.no_change": {
        "nb": "Ingen endringer ennå: dette er filen slik den ble lastet.",
        "en": "No changes yet: this is the file as loaded.",
    },
    "web.verdict_change": {"nb": "Utfall", "en": "Verdict"},
    "web.resolved": {"nb": "Løst", "en": "Resolved"},
    "web.new": {"nb": "Nye funn", "en": "New findings"},
    "web.edits": {"nb": "Dine endringer", "en": "Your changes"},
    "web.unset": {"nb": "(ikke satt)", "en": "(not set)"},
    "web.changed_invalid": {
        "nb": "Den endrede filen kan ikke vurderes:",
        "en": "The changed file cannot be assessed:",
    },
    "web.invalid": {"nb": "Filen kan ikke vurderes:", "en": "The file cannot be assessed:"},
    "web.location": {"nb": "linje {line}, kolonne {column}", "en": "line {line}, column {column}"},
    "web.all_met": {
        "nb": "Alle regler for porten er oppfylt.",
        "en": "Every rule of the gate is met.",
    },
    "web.group.agreement": {"nb": "Samarbeidsavtale", "en": "Collaboration agreement"},
    "web.group.youth": {"nb": "Ungdomsmedvirkning", "en": "Youth involvement"},
    "web.group.idea": {
        "nb": "Eier, sjekkliste og beslutning",
        "en": "Lead body, checklist and decision",
    },
    "web.group.pre_project": {"nb": "Forprosjektet", "en": "The pre-project"},
    "web.group.establishment": {"nb": "Etableringen", "en": "The establishment"},
    "web.field.agreement.status": {"nb": "Avtalens status", "en": "Agreement status"},
    "web.field.core": {"nb": "Kjernepart", "en": "Core party"},
    "web.level.municipal": {"nb": "kommunalt nivå", "en": "municipal level"},
    "web.level.specialist": {"nb": "spesialisthelsetjenesten", "en": "specialist health service"},
    "web.download.report_html": {"nb": "Last ned rapport (HTML)", "en": "Download report (HTML)"},
    "web.download.report_md": {"nb": "Rapport som Markdown", "en": "Report as Markdown"},
    "web.field.stance": {"nb": "Holdning til forprosjekt", "en": "Stance on a pre-project"},
    "web.field.leadership": {"nb": "Ledelsesforankring", "en": "Leadership anchoring"},
    "web.field.youth_keep": {"nb": "Med i filen", "en": "In the file"},
    "web.field.youth_new": {"nb": "Ny medvirkning: hvem", "en": "New involvement: who"},
    "web.field.youth_new_kind": {"nb": "Type", "en": "Kind"},
    "web.field.lead_body": {"nb": "Prosjekteier (lead_body)", "en": "Lead body"},
    "web.field.model_studied": {
        "nb": "Modellbeskrivelsen er studert",
        "en": "The model description is studied",
    },
    "web.field.grant_rules_read": {
        "nb": "Tilskuddsregelverket er lest",
        "en": "The grant rules are read",
    },
    "web.field.decision.outcome": {"nb": "Idéfasens utfall", "en": "Outcome of the idea phase"},
    "web.field.decision.documented": {
        "nb": "Utfallet er skrevet ned (begrunnelse)",
        "en": "The outcome is written down (rationale)",
    },
    "web.field.gate": {"nb": "Port", "en": "Gate"},
    "web.option.none_chosen": {"nb": "(ingen)", "en": "(none)"},
    "web.option.agreement.none": {"nb": "ingen avtale", "en": "no agreement"},
    "web.option.agreement.intent": {"nb": "intensjonserklæring", "en": "declared intent"},
    "web.option.agreement.draft": {"nb": "utkast til avtale", "en": "draft agreement"},
    "web.option.agreement.signed": {"nb": "signert avtale", "en": "signed agreement"},
    "web.option.stance.committed": {"nb": "forpliktet", "en": "committed"},
    "web.option.stance.interested": {"nb": "interessert", "en": "interested"},
    "web.option.stance.undecided": {"nb": "ikke avklart", "en": "undecided"},
    "web.option.stance.declined": {"nb": "takket nei", "en": "declined"},
    "web.option.leadership.none": {"nb": "ingen", "en": "none"},
    "web.option.leadership.informed": {"nb": "orientert", "en": "informed"},
    "web.option.leadership.endorsed": {
        "nb": "støtter videre arbeid",
        "en": "endorses further work",
    },
    "web.option.leadership.committed": {"nb": "forplikter ressurser", "en": "commits resources"},
    "web.option.outcome.proceed": {
        "nb": "gå videre til forprosjekt",
        "en": "proceed to a pre-project",
    },
    "web.option.outcome.other_solution": {
        "nb": "annen løsning enn FACT Ung",
        "en": "another solution than FACT Ung",
    },
    "web.option.outcome.undecided": {"nb": "ikke avgjort", "en": "undecided"},
    "web.option.youth.user_organisation": {"nb": "brukerorganisasjon", "en": "user organisation"},
    "web.option.youth.youth_council": {"nb": "ungdomsråd", "en": "youth council"},
    "web.option.youth.young_people": {"nb": "unge selv", "en": "young people"},
    "web.option.youth.other": {"nb": "annet", "en": "other"},
    "web.option.decision_rule.consensus": {"nb": "konsensus", "en": "consensus"},
    "web.option.decision_rule.majority": {"nb": "flertall", "en": "majority"},
    "web.option.decision_rule.single_party": {"nb": "én part bestemmer", "en": "one party decides"},
    "web.option.cooperation.none": {"nb": "ingen avtale", "en": "no agreement"},
    "web.option.cooperation.planned": {"nb": "planlagt", "en": "planned"},
    "web.option.cooperation.signed": {"nb": "signert", "en": "signed"},
    "web.field.pp.establishment_owner": {
        "nb": "Ansvarlig for etableringen",
        "en": "Responsible for the establishment",
    },
    "web.field.pp.establishment_lead": {
        "nb": "Leder etableringen (rolle)",
        "en": "Leads the establishment (role)",
    },
    "web.field.pp.organisation": {
        "nb": "Organisering av teamet",
        "en": "How the team is organised",
    },
    "web.field.pp.local_target_group": {"nb": "Lokal målgruppe", "en": "Local target group"},
    "web.field.pp.municipal_share": {
        "nb": "Kommunal andel av finansieringen (%)",
        "en": "Municipal share of funding (%)",
    },
    "web.field.pp.specialist_share": {
        "nb": "Spesialisthelsetjenestens andel (%)",
        "en": "Specialist share of funding (%)",
    },
    "web.field.pp.after_grant": {
        "nb": "Finansiering etter tilskuddet",
        "en": "Funding after the grant",
    },
    "web.field.pp.fidelity_measurement": {
        "nb": "Modelltroskapsmåling er planlagt",
        "en": "Fidelity measurement is planned",
    },
    "web.field.pp.intake_procedure": {"nb": "Inntaksprosedyre", "en": "Intake procedure"},
    "web.field.pp.intake_gradual": {"nb": "Gradvis inntak", "en": "Gradual intake"},
    "web.field.pp.decision_rule": {
        "nb": "Beslutningsregel i styringsgruppen",
        "en": "Steering group decision rule",
    },
    "web.field.pp.cooperation": {
        "nb": "Samarbeidsavtale med {with_}",
        "en": "Cooperation agreement with {with_}",
    },
    "web.field.pp.records": {
        "nb": "Journal og informasjonsdeling",
        "en": "Records and information sharing",
    },
    "web.field.pp.user_involvement": {
        "nb": "Brukermedvirkning i teamet",
        "en": "User involvement in the team",
    },
    "web.field.est.staff_recruited": {"nb": "Personalet er ansatt", "en": "The staff are hired"},
    "web.field.est.location": {"nb": "Lokalisering", "en": "Location"},
    "web.field.est.team_leader": {"nb": "Teamleder (rolle)", "en": "Team leader (role)"},
    "web.field.est.personnel_responsibility": {
        "nb": "Personalansvar",
        "en": "Personnel responsibility",
    },
    "web.field.est.professional_responsibility": {
        "nb": "Faglig ansvar",
        "en": "Professional responsibility",
    },
    "web.field.est.peer_specialist": {
        "nb": "Brukerspesialist i teamet",
        "en": "Peer specialist on the team",
    },
    "web.field.est.intake_start": {"nb": "Inntaket starter", "en": "Intake starts"},
    "web.field.est.fidelity_review": {
        "nb": "Første modelltroskapsmåling",
        "en": "First fidelity review",
    },
    # --- serve: own address and pages only, slow connections, files too large to try ----------
    "web.foreign_host": {
        "nb": "Denne serveren svarer bare på adressen den ble startet på. Åpne siden med "
        "adressen som `readiness serve` skrev ut i terminalen.",
        "en": "This server only answers at the address it was started on. Open the page at the "
        "address that `readiness serve` printed in the terminal.",
    },
    "web.foreign_origin": {
        "nb": "Skjemaet ble sendt fra en annen nettside ({origin}) og er avvist: serveren tar "
        "bare imot skjemaer fra sine egne sider. Åpne siden med adressen som `readiness serve` "
        "skrev ut, og prøv igjen.",
        "en": "The form was sent from another site ({origin}) and is refused: the server only "
        "takes forms from its own pages. Open the page at the address that `readiness serve` "
        "printed, and try again.",
    },
    "web.busy": {
        "nb": "Serveren har for mange åpne forbindelser (høyst {limit} om gangen). Vent litt og "
        "last inn siden på nytt.",
        "en": "The server has too many open connections (at most {limit} at a time). Wait a "
        "moment and reload the page.",
    },
    "web.too_many.parties": {
        "nb": "filen har {count} parter; nettsiden prøver «hva om» på høyst {limit}, så hver "
        "endring kan vurderes med en gang. Et FACT Ung-initiativ har vanligvis 2–15 parter: "
        "sjekk at det er riktig fil, eller bruk `readiness check` og `readiness whatif` i "
        "terminalen",
        "en": 'the file has {count} parties; the web page tries "what if" on at most {limit}, '
        "so that each change can be assessed at once. A FACT Ung initiative usually has 2–15 "
        "parties: check that this is the right file, or use `readiness check` and "
        "`readiness whatif` in the terminal",
    },
    "web.too_many.entries": {
        "nb": "filen har {count} oppføringer under {key}; nettsiden prøver «hva om» på høyst "
        "{limit}, så hver endring kan vurderes med en gang. Sjekk at det er riktig fil, eller "
        "bruk `readiness check` og `readiness whatif` i terminalen",
        "en": 'the file has {count} entries under {key}; the web page tries "what if" on at '
        "most {limit}, so that each change can be assessed at once. Check that this is the "
        "right file, or use `readiness check` and `readiness whatif` in the terminal",
    },
    # --- click's own words (readiness/cli_text.py) ---------------------------------------------
    "cli.usage": {"nb": "Bruk: ", "en": "Usage: "},
    "cli.options_metavar": {"nb": "[VALG]", "en": "[OPTIONS]"},
    "cli.try_help": {"nb": "Se «{command}» for hjelp.", "en": "Try '{command}' for help."},
    "cli.error": {"nb": "Feil: {message}", "en": "Error: {message}"},
    "cli.no_such_option": {"nb": "Ukjent valg «{name}».", "en": "No such option '{name}'."},
    "cli.did_you_mean": {"nb": "Mente du {names}?", "en": "Did you mean {names}?"},
    "cli.no_such_command": {
        "nb": "Ukjent kommando «{name}».",
        "en": "No such command '{name}'.",
    },
    "cli.commands": {"nb": "Kommandoene er: {names}.", "en": "The commands are: {names}."},
    "cli.missing_argument": {
        "nb": "Mangler argumentet {name}.",
        "en": "Missing argument {name}.",
    },
    "cli.missing_option": {"nb": "Mangler valget {name}.", "en": "Missing option {name}."},
    "cli.bad_choice": {
        "nb": "Ugyldig verdi for {name}: «{value}». Velg en av: {choices}.",
        "en": "Invalid value for {name}: '{value}'. Choose one of: {choices}.",
    },
    "cli.bad_date": {
        "nb": "Ugyldig dato for {name}: «{value}». Skriv en dato som finnes, som ÅÅÅÅ-MM-DD "
        "(for eksempel 2026-11-22).",
        "en": "Invalid date for {name}: '{value}'. Give a date that exists, as YYYY-MM-DD "
        "(for example 2026-11-22).",
    },
    "cli.int_from": {
        "nb": "Ugyldig verdi for {name}: «{value}». Skriv et helt tall fra {low} og oppover.",
        "en": "Invalid value for {name}: '{value}'. Give a whole number from {low} up.",
    },
    "cli.int_from_to": {
        "nb": "Ugyldig verdi for {name}: «{value}». Skriv et helt tall fra {low} til {high}.",
        "en": "Invalid value for {name}: '{value}'. Give a whole number from {low} to {high}.",
    },
    "cli.path_missing": {
        "nb": "Fant ikke «{value}» ({name}); sjekk stien.",
        "en": "'{value}' not found ({name}); check the path.",
    },
    "cli.path_is_dir": {
        "nb": "«{value}» er en mappe; {name} skal være en fil.",
        "en": "'{value}' is a directory; {name} takes a file.",
    },
    "cli.bad_value": {
        "nb": "Ugyldig verdi for {name}: {detail}",
        "en": "Invalid value for {name}: {detail}",
    },
    "cli.needs_value": {
        "nb": "Valget {name} trenger en verdi.",
        "en": "Option {name} needs a value.",
    },
    "cli.extra_arguments": {
        "nb": "Uventet argument: {args}. Står det mellomrom i en verdi, sett anførselstegn rundt "
        "den.",
        "en": "Unexpected argument: {args}. If a value holds a space, put quotes around it.",
    },
    "cli.heading.options": {"nb": "Valg", "en": "Options"},
    "cli.heading.commands": {"nb": "Kommandoer", "en": "Commands"},
    "cli.help_option": {"nb": "Vis denne hjelpen og avslutt.", "en": "Show this message and exit."},
    "cli.version_option": {"nb": "Vis versjonen og avslutt.", "en": "Show the version and exit."},
    "cli.extra.default": {"nb": "standard", "en": "default"},
    "cli.extra.required": {"nb": "påkrevd", "en": "required"},
    # --- application (issue 9) ------------------------------------------------------------------
    "value.absent": {"nb": "ikke oppgitt", "en": "not given"},
    "call.invalid": {
        "nb": "utlysningsfilen (--call) kan ikke brukes: {detail}. Den skal ha samme nøkler som "
        "rules/call.yaml (year, name, amount_limits med en grense per port)",
        "en": "the call file (--call) cannot be used: {detail}. It needs the same keys as "
        "rules/call.yaml (year, name, amount_limits with a limit per gate)",
    },
}


class _Count(int):
    """A count in a message: ``{n:fil|filer}`` writes "1 fil", "2 filer" (any other format
    spec is int's)."""

    def __format__(self, spec: str) -> str:
        if "|" in spec:
            one, _, many = spec.partition("|")
            return f"{int(self)} {one if self == 1 else many}"
        return format(int(self), spec)


def t(key: str, lang: Lang = "nb", /, **params: object) -> str:
    """The message ``key`` in ``lang``, formatted with ``params``. A parameter comes from the
    user's input, so a likely identity number in the message is redacted: this is where every
    message is made, so no message shows one (readiness/personal_data.py). A parameter with a
    ``render(lang)`` method (a message fragment, a problem) is written in the same language."""
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["nb"]
    if not params:
        return text
    values = {
        k: _Count(v) if type(v) is int else (v.render(lang) if hasattr(v, "render") else v)
        for k, v in params.items()
    }
    return redacted(text.format(**values), lang)


def redacted(text: str, lang: Lang = "nb") -> str:
    """``text`` with every likely identity number replaced by «[fødselsnummer fjernet]»: for
    messages, and for what is shown that is not a message (a file's name)."""
    entry = MESSAGES["personal.redacted"]
    return personal_data.redact(text, entry.get(lang) or entry["nb"])


def join_names(names: list[str], lang: Lang = "nb") -> str:
    """'a, b og c' / 'a, b and c'."""
    if len(names) <= 1:
        return "".join(names)
    word = " og " if lang == "nb" else " and "
    return ", ".join(names[:-1]) + word + names[-1]


def money(amount: int, lang: Lang = "nb") -> str:
    """'1 000 000 kr' / 'NOK 1,000,000'."""
    if lang == "en":
        return f"NOK {amount:,}"
    return f"{amount:,}".replace(",", " ") + " kr"
