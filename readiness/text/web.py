"""Messages of the browser workspace (`readiness serve`)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- serve: what-if in the browser ---------------------------------------------------------
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
}
