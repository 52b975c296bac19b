"""Messages of what-if, plan, diff and init."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- whatif, plan, diff, init -------------------------------------------------------------
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
        "nb": "{count:Ingen funn står åpne|Uendret: # åpent funn|Uendret: # åpne funn}",
        "en": "{count:No finding is left open|Unchanged: # open finding|Unchanged: # open findings}",
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
        "nb": "{count} råd er utelatt fra planen; readiness check viser alle funnene.",
        "en": "{count:piece of advice is|pieces of advice are} left out of the plan; "
        "readiness check shows every finding.",
    },
    "plan.try": {
        "nb": "Prøv hva planen gir: readiness whatif {file} {sets}",
        "en": "See what the plan gives: readiness whatif {file} {sets}",
    },
    # --- init: the template's comments and the texts it fills in (readiness/format/template.py)
    "template.header": {
        "nb": "# Initiativfil for FACT Ung, formatversjon 1, fasen «{phase}» (laget med readiness "
        "init).\n# Fyll inn det dere vet; et tomt felt betyr «ikke gjort / ikke kjent». Kjør\n"
        "# `readiness check FIL` for å se hva som mangler, og `readiness plan FIL` for neste "
        "steg.\n# Seksjoner for senere faser står kommentert ut: fjern «# » når dere kommer dit.",
        "en": "# Initiative file for FACT Ung, format version 1, phase '{phase}' (made with "
        "readiness init).\n# Fill in what you know; an empty field means 'not done / not "
        "known'. Run\n# `readiness check FILE` to see what is missing, and `readiness plan "
        "FILE` for the next steps.\n# Sections for later phases are commented out: remove '# ' "
        "when you get there.",
    },
    "template.values": {"nb": " Verdier: {values}.", "en": " Values: {values}."},
    "template.asked_by.required": {"nb": " Kreves av {rules}.", "en": " Required by {rules}."},
    "template.asked_by.recommended": {
        "nb": " Anbefales av {rules}.",
        "en": " Recommended by {rules}.",
    },
    "template.asked_by.advice": {"nb": " Råd i {rules}.", "en": " Advice in {rules}."},
    "template.item_keys": {"nb": " Hvert element har nøklene:", "en": " Each item has the keys:"},
    "template.name": {"nb": "FACT Ung (navn på området)", "en": "FACT Ung (name of the area)"},
    "template.municipality.id": {"nb": "kommune", "en": "municipality"},
    "template.municipality.name": {"nb": "Navn på kommunen", "en": "Name of the municipality"},
    "template.specialist.id": {"nb": "spesialisthelsetjenesten", "en": "specialist-health"},
    "template.specialist.name": {
        "nb": "Navn på helseforetaket, BUP",
        "en": "Name of the health trust, BUP",
    },
    "init.written": {
        "nb": "Skrev en ny initiativfil til {out}. Fyll den ut, og kjør readiness check {out} og readiness plan {out}.",
        "en": "Wrote a new initiative file to {out}. Fill it in, then run readiness check {out} and readiness plan {out}.",
    },
    "init.ext": {
        "nb": "kan ikke skrive {out}: init lager YAML, så navnet må slutte på .yaml eller .yml",
        "en": "cannot write {out}: init writes YAML, so the name must end in .yaml or .yml",
    },
}
