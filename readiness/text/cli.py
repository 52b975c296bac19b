"""click's own words in the user's language (readiness/cli/click_text.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- click's own words (readiness/cli/click_text.py) --------------------------------------
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
}
