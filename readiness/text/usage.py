"""Messages about the command line and the files readiness writes: usage errors, output paths."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- usage ---------------------------------------------------------------------------------
    "usage.gate_no_rules": {
        "nb": "porten «{gate}» har ingen regler ennå; tilgjengelige porter: {gates}",
        "en": "the gate '{gate}' has no rules yet; available gates: {gates}",
    },
    "usage.no_files": {
        "nb": "fant ingen initiativfiler (*.yaml, *.yml, *.json) i {paths}",
        "en": "found no initiative files (*.yaml, *.yml, *.json) in {paths}",
    },
    "usage.no_files.excluded": {
        "nb": "fant ingen initiativfiler (*.yaml, *.yml, *.json) i {paths} som ikke er utelatt av exclude ({count:fil eller mappe|filer eller mapper} utelatt)",
        "en": "found no initiative files (*.yaml, *.yml, *.json) in {paths} that exclude does not leave out ({count} left out)",
    },
    # --- settings in the repository (readiness/cli/settings.py) ------------------------------
    "settings.unreadable": {
        "nb": "kan ikke lese innstillingene i {file}: {problem}",
        "en": "cannot read the settings in {file}: {problem}",
    },
    "settings.toml": {
        "nb": "{file}:{line}: ikke gyldig TOML ({detail})",
        "en": "{file}:{line}: not valid TOML ({detail})",
    },
    "settings.not_table": {
        "nb": "{file}:{line}: [tool.readiness] skal være en tabell med innstillinger",
        "en": "{file}:{line}: [tool.readiness] must be a table of settings",
    },
    "settings.unknown_key": {
        "nb": "{file}:{line}: ukjent innstilling «{setting}»; kjente innstillinger: {known}",
        "en": "{file}:{line}: unknown setting '{setting}'; known settings: {known}",
    },
    "settings.choice": {
        "nb": "{file}:{line}: {setting} = {value} er ikke et av valgene: {choices}",
        "en": "{file}:{line}: {setting} = {value} is not one of the choices: {choices}",
    },
    "settings.type": {
        "nb": "{file}:{line}: {setting} = {value} har feil type; skriv for eksempel {setting} = {expected}",
        "en": "{file}:{line}: {setting} = {value} has the wrong type; write for example {setting} = {expected}",
    },
    "settings.call_missing": {
        "nb": "{file}:{line}: {setting}: fant ikke utlysningsfilen «{path}» (stien er relativ til mappen innstillingsfilen ligger i)",
        "en": "{file}:{line}: {setting}: the call file '{path}' was not found (the path is relative to the folder of the settings file)",
    },
    # --- the JSON Schema beside a new initiative file (readiness/cli/commands/init.py) -------
    "init.schema_written": {
        "nb": "skrev også JSON Schema til {schema}: editoren (yaml-language-server) finner det fra linjen øverst i filen",
        "en": "also wrote the JSON Schema to {schema}: the editor (yaml-language-server) finds it from the file's first line",
    },
    "init.schema_used": {
        "nb": "linjen øverst i filen peker på JSON Schema i {schema}",
        "en": "the file's first line points at the JSON Schema in {schema}",
    },
    "init.schema_missing": {
        "nb": "linjen øverst peker på {schema} ved siden av filen; skriv det der med `readiness schema > {schema}`",
        "en": "the first line points at {schema} beside the file; write it there with `readiness schema > {schema}`",
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
}
