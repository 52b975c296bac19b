"""Messages about what the user gives: files, YAML and JSON, the format's keys and values,
references between parts of a file, personal numbers. Used by readiness/read, format and
catalog (the call file)."""

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
    # --- reading inputs: regular files only, bounded (readiness/read/files.py) -----------------
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
    # --- YAML syntax in words: one message for each of the parser's problems (the parser's own
    # text in English) ---------------------------------------------------------------------
    "yaml.syntax": {
        "nb": "ugyldig YAML på linje {line}: YAML-leseren forstår ikke teksten her. Sjekk denne "
        "linjen og linjene rett over: innrykk med mellomrom (ikke tabulator), kolon og mellomrom "
        "etter hver nøkkel, lukkede klammer og anførselstegn, og at datoer finnes (ÅÅÅÅ-MM-DD)",
        "en": "invalid YAML ({detail}). Check this line and the lines just above it: indentation "
        "with spaces (not tabs), a colon and a space after each key, closed brackets and quotes, "
        "and that dates exist (YYYY-MM-DD)",
    },
    "yaml.syntax.flow_list": {
        "nb": "ugyldig YAML på linje {line}: listen i hakeparentes som begynner på linje "
        "{start}, er ikke lukket riktig. Sjekk at den slutter med ] på samme linje, og at "
        "elementene er skilt med komma",
        "en": "invalid YAML ({detail}). Check this line and the lines just above it: indentation "
        "with spaces (not tabs), a colon and a space after each key, closed brackets and quotes, "
        "and that dates exist (YYYY-MM-DD)",
    },
    "yaml.syntax.flow_mapping": {
        "nb": "ugyldig YAML på linje {line}: samlingen i krøllparentes som begynner "
        "på linje {start}, er ikke lukket riktig. Sjekk at den slutter med }} på samme linje, og at "
        "nøklene er skilt med komma",
        "en": "invalid YAML ({detail}). Check this line and the lines just above it: indentation "
        "with spaces (not tabs), a colon and a space after each key, closed brackets and quotes, "
        "and that dates exist (YYYY-MM-DD)",
    },
    "yaml.syntax.list_indent": {
        "nb": "ugyldig YAML på linje {line}: innrykket stemmer ikke med listen som "
        "begynner på linje {start}. Sjekk at linjen har like mange mellomrom som nøklene over den, "
        "og at et nytt element i listen begynner med «- »",
        "en": "invalid YAML ({detail}). Check this line and the lines just above it: indentation "
        "with spaces (not tabs), a colon and a space after each key, closed brackets and quotes, "
        "and that dates exist (YYYY-MM-DD)",
    },
    "yaml.syntax.mapping_indent": {
        "nb": "ugyldig YAML på linje {line}: linjen passer ikke inn i blokken som "
        "begynner på linje {start}. Sjekk innrykket (like mange mellomrom som nøklene rundt), og at "
        "ingenting står etter en verdi i anførselstegn",
        "en": "invalid YAML ({detail}). Check this line and the lines just above it: indentation "
        "with spaces (not tabs), a colon and a space after each key, closed brackets and quotes, "
        "and that dates exist (YYYY-MM-DD)",
    },
    "yaml.syntax.colon": {
        "nb": "ugyldig YAML på linje {line}: et kolon står der det ikke kan begynne en ny "
        "nøkkel. Enten har linjen mer innrykk enn nøkkelen over, eller en verdi har «: » i seg. "
        "Sjekk innrykket, og sett en verdi med kolon i anførselstegn",
        "en": "invalid YAML ({detail}). Check this line and the lines just above it: indentation "
        "with spaces (not tabs), a colon and a space after each key, closed brackets and quotes, "
        "and that dates exist (YYYY-MM-DD)",
    },
    "yaml.syntax.character": {
        "nb": "ugyldig YAML på linje {line}: verdien begynner med et tegn YAML ikke "
        "tillater først (som @ eller `). Sett verdien i anførselstegn",
        "en": "invalid YAML ({detail}). Check this line and the lines just above it: indentation "
        "with spaces (not tabs), a colon and a space after each key, closed brackets and quotes, "
        "and that dates exist (YYYY-MM-DD)",
    },
    "yaml.syntax.alias": {
        "nb": "ugyldig YAML på linje {line}: stjernen (*) viser til et anker (&) som ikke "
        "finnes. Fjern stjernen, eller sett verdien i anførselstegn",
        "en": "invalid YAML ({detail}). Check this line and the lines just above it: indentation "
        "with spaces (not tabs), a colon and a space after each key, closed brackets and quotes, "
        "and that dates exist (YYYY-MM-DD)",
    },
    "yaml.syntax.escape": {
        "nb": "ugyldig YAML på linje {line}: en omvendt skråstrek (\\) i en tekst i doble "
        "anførselstegn er ingen kjent kode. Bruk enkle anførselstegn rundt teksten, eller skriv "
        "skråstreken to ganger",
        "en": "invalid YAML ({detail}). Check this line and the lines just above it: indentation "
        "with spaces (not tabs), a colon and a space after each key, closed brackets and quotes, "
        "and that dates exist (YYYY-MM-DD)",
    },
    "yaml.syntax.anchor": {
        "nb": "ugyldig YAML på linje {line}: ankeret (&) har samme navn som et på linje "
        "{start}. Gi det et annet navn, eller skriv verdien ut",
        "en": "invalid YAML ({detail}). Check this line and the lines just above it: indentation "
        "with spaces (not tabs), a colon and a space after each key, closed brackets and quotes, "
        "and that dates exist (YYYY-MM-DD)",
    },
    "yaml.syntax.block_text": {
        "nb": "ugyldig YAML på linje {line}: noe står etter | eller > som begynner en "
        "tekstblokk. La tegnet stå alene sist på linjen, og skriv teksten på linjene under",
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
        "nb": "«{value}» er ikke en gyldig verdi for {field}{suggestion}; velg en av: {choices}",
        "en": "'{value}' is not a valid value for {field}{suggestion}; choose one of: {choices}",
    },
    "schema.type": {
        "nb": "{field} skal være {expected}, men er {got}{hint}",
        "en": "{field} should be {expected}, but is {got}{hint}",
    },
    # --- text left from the template of `readiness init` ------------------------------------
    "template.leftover": {
        "nb": "advarsel: {field} har fortsatt teksten fra malen («{text}»); skriv inn den riktige",
        "en": "warning: {field} still has the template's text ('{text}'); write in the right one",
    },
    # --- suggestions: the choice meant, with what it means ---------------------------------
    "schema.did_you_mean_choice": {
        "nb": " (mente du «{name}» ({label})?)",
        "en": " (did you mean '{name}' ({label})?)",
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
        "nb": "{field} viser til parten «{id}»{suggestion}, som ikke finnes i parties. Kjente "
        "parter: {known}",
        "en": "{field} refers to the party '{id}'{suggestion}, which is not in parties. Known "
        "parties: {known}",
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
}
