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
