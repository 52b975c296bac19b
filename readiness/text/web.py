"""Messages of the browser workspace (`readiness serve`)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- serve: the command and the pages' frame ------------------------------------------------
    "web.title": {"nb": "Er initiativet klart?", "en": "Is the initiative ready?"},
    "web.listening": {
        "nb": "readiness serve: åpne {url} i nettleseren (Ctrl+C avslutter). Filene endres bare "
        "når du trykker «Lagre».",
        "en": "readiness serve: open {url} in the browser (Ctrl+C stops). The files are only "
        "changed when you press «Save».",
    },
    "web.exposed": {
        "nb": "Advarsel: serveren lytter på {host}, ikke bare på denne maskinen. Alle som når "
        "adressen kan åpne og lagre filene; det finnes ingen innlogging.",
        "en": "Warning: the server listens on {host}, not only on this machine. Anyone who can "
        "reach the address can open and save the files; there is no login.",
    },
    "web.cannot_listen": {
        "nb": "kan ikke lytte på {host}:{port} ({detail}); velg en annen port med --port",
        "en": "cannot listen on {host}:{port} ({detail}); choose another port with --port",
    },
    "web.lang_switch": {"nb": "English", "en": "Norsk"},
    "web.skip": {"nb": "Gå til vurderingen", "en": "Go to the assessment"},
    "web.back": {"nb": "Til forsiden", "en": "Back to the front page"},
    # --- serve: the start page ------------------------------------------------------------------
    "web.files": {"nb": "Initiativfiler", "en": "Initiative files"},
    "web.files.hint": {
        "nb": "Velg en fil for å se hva som mangler og fylle det inn.",
        "en": "Choose a file to see what is missing and fill it in.",
    },
    "web.files.file": {"nb": "Fil", "en": "File"},
    "web.files.initiative": {"nb": "Initiativ", "en": "Initiative"},
    "web.files.phase": {"nb": "Fase", "en": "Phase"},
    "web.files.verdict": {"nb": "Vurdering", "en": "Assessment"},
    "web.files.missing": {"nb": "{count:mangel|mangler}", "en": "{count:gap|gaps}"},
    "web.no_files": {
        "nb": "Det er ingen initiativfiler her ennå. Start et nytt initiativ, eller åpne en fil "
        "fra maskinen din.",
        "en": "There are no initiative files here yet. Start a new initiative, or open a file "
        "from your computer.",
    },
    "web.new": {"nb": "Nytt initiativ", "en": "New initiative"},
    "web.new.hint": {
        "nb": "Du får et skjema med alt filen kan inneholde. Ingenting lagres før du trykker "
        "«Lagre som ny fil». Nye filer lagres i {folder}.",
        "en": "You get a form with everything the file can hold. Nothing is saved until you "
        "press «Save as a new file». New files are saved in {folder}.",
    },
    "web.new.folder_here": {"nb": "mappen du startet fra", "en": "the folder you started in"},
    "web.new.phase": {"nb": "Hvor langt har dere kommet?", "en": "How far have you come?"},
    "web.new.button": {"nb": "Start nytt initiativ", "en": "Start a new initiative"},
    "web.new.name": {"nb": "nytt-initiativ.yaml", "en": "new-initiative.yaml"},
    "web.upload": {"nb": "Åpne en fil fra maskinen din", "en": "Open a file from your computer"},
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
    # --- serve: the workspace: the form ---------------------------------------------------------
    "web.form": {"nb": "Innholdet i filen", "en": "What the file says"},
    "web.form.hint": {
        "nb": "Endre et felt, så vurderes initiativet på nytt. Filen endres ikke før du trykker "
        "«Lagre».",
        "en": "Change a field and the initiative is assessed again. The file is not changed "
        "until you press «Save».",
    },
    "web.gate": {"nb": "Vurder mot", "en": "Assess against"},
    "web.gate.auto": {
        "nb": "porten for fasen ({gate_name})",
        "en": "the phase's gate ({gate_name})",
    },
    "web.reassess": {"nb": "Vurder på nytt", "en": "Assess again"},
    "web.reset": {"nb": "Forkast endringene", "en": "Discard the changes"},
    "web.add": {"nb": "Legg til", "en": "Add"},
    "web.add.label": {"nb": "Legg til i «{list}»", "en": "Add to «{list}»"},
    "web.remove": {"nb": "Fjern", "en": "Remove"},
    "web.remove.label": {"nb": "Fjern {item} fra «{list}»", "en": "Remove {item} from «{list}»"},
    "web.list.empty": {"nb": "Ingen ennå.", "en": "None yet."},
    "web.list.full": {
        "nb": "Listen har {limit} oppføringer, så mange som nettsiden tar.",
        "en": "The list has {limit} entries, as many as the web page takes.",
    },
    "web.item.new": {"nb": "ny", "en": "new"},
    "web.item.is_new": {"nb": "ny i denne økten", "en": "new in this session"},
    "web.changed": {"nb": "endret", "en": "changed"},
    "web.required": {"nb": "må fylles ut", "en": "required"},
    "web.lines.hint": {"nb": "Én per linje.", "en": "One per line."},
    "web.choose": {"nb": "(velg)", "en": "(choose)"},
    "web.none_chosen": {"nb": "(ikke valgt)", "en": "(not chosen)"},
    "web.not_given": {"nb": "ikke oppgitt", "en": "not given"},
    "web.no_parties": {
        "nb": "Legg til parter under «Parter» først.",
        "en": "Add parties under «Parties» first.",
    },
    "web.yes": {"nb": "ja", "en": "yes"},
    "web.no": {"nb": "nei", "en": "no"},
    "web.unset": {"nb": "(ikke satt)", "en": "(not set)"},
    "web.unknown_party": {"nb": "ukjent part: {id}", "en": "unknown party: {id}"},
    "web.list_limit": {
        "nb": "«{list}» har {limit} oppføringer, så mange som nettsiden tar.",
        "en": "«{list}» has {limit} entries, as many as the web page takes.",
    },
    # --- serve: the workspace: the assessment ---------------------------------------------------
    "web.assessment": {"nb": "Vurdering", "en": "Assessment"},
    "web.next": {"nb": "Neste steg", "en": "Next step"},
    "web.step.apply": {"nb": "Fyll inn forslag", "en": "Fill in a suggestion"},
    "web.step.apply_label": {
        "nb": "Fyll inn forslag til {rule}: {title}",
        "en": "Fill in a suggestion for {rule}: {title}",
    },
    "web.step.none": {
        "nb": "Ikke noe forslag her; fyll inn selv.",
        "en": "No suggestion here; fill it in yourself.",
    },
    "web.step.applied": {
        "nb": "Forslaget til {rule} er fylt inn: {changes}. Sjekk at det stemmer for dere, og "
        "rett det som ikke gjør det.",
        "en": "The suggestion for {rule} is filled in: {changes}. Check that it holds for you, "
        "and correct what does not.",
    },
    "web.step.gone": {
        "nb": "{rule} er ikke lenger et steg i planen; ingenting er fylt inn.",
        "en": "{rule} is no longer a step of the plan; nothing was filled in.",
    },
    "web.fix_here": {"nb": "Rett her", "en": "Fix it here"},
    "web.more_links": {"nb": "og {count} til", "en": "and {count} more"},
    "web.all_met": {
        "nb": "Alle regler for porten er oppfylt.",
        "en": "Every rule of the gate is met.",
    },
    "web.changed_invalid": {
        "nb": "Filen slik du har endret den kan ikke vurderes ennå. Rett dette:",
        "en": "The file as you changed it cannot be assessed yet. Put this right:",
    },
    "web.invalid": {"nb": "Filen kan ikke vurderes:", "en": "The file cannot be assessed:"},
    "web.location": {"nb": "linje {line}, kolonne {column}", "en": "line {line}, column {column}"},
    "web.change": {
        "nb": "Endringer siden filen ble åpnet",
        "en": "Changes since the file was opened",
    },
    "web.no_change": {
        "nb": "Ingen endringer ennå: dette er filen slik den ble åpnet.",
        "en": "No changes yet: this is the file as it was opened.",
    },
    "web.verdict_change": {"nb": "Vurdering", "en": "Assessment"},
    "web.resolved": {"nb": "Løst", "en": "Resolved"},
    "web.new_findings": {"nb": "Nye funn", "en": "New findings"},
    "web.edits": {"nb": "Dine endringer", "en": "Your changes"},
    "web.added": {"nb": "lagt til", "en": "added"},
    "web.removed": {
        "nb": "{count:oppføring|oppføringer} fjernet",
        "en": "{count:entry|entries} removed",
    },
    # --- serve: the workspace: saving and downloads ---------------------------------------------
    "web.save": {"nb": "Lagre", "en": "Save"},
    "web.save.hint": {
        "nb": "Lagre skriver filen på disken. Forrige versjon blir liggende ved siden av, som "
        "{backup}.",
        "en": "Save writes the file on disk. The previous version is kept beside it, as {backup}.",
    },
    "web.save_as": {"nb": "Lagre som ny fil", "en": "Save as a new file"},
    "web.save_as.name": {"nb": "Filnavn", "en": "File name"},
    "web.save_as.hint": {
        "nb": "Filen lagres i {folder}. En fil som finnes fra før, blir aldri skrevet over.",
        "en": "The file is saved in {folder}. A file that is there already is never overwritten.",
    },
    "web.saved": {"nb": "Lagret.", "en": "Saved."},
    "web.saved.backup": {
        "nb": "Lagret. Forrige versjon ligger i {backup}.",
        "en": "Saved. The previous version is in {backup}.",
    },
    "web.saved.new": {"nb": "Lagret som {name}.", "en": "Saved as {name}."},
    "web.save.invalid": {
        "nb": "Ikke lagret: filen har feil. Rett dem først (se vurderingen).",
        "en": "Not saved: the file has errors. Put them right first (see the assessment).",
    },
    "web.save.bad_name": {
        "nb": "Ikke lagret: «{name}» kan ikke brukes som filnavn. Bruk et navn uten mappe, "
        "som «grenland.yaml».",
        "en": "Not saved: «{name}» cannot be used as a file name. Use a name without a folder, "
        "such as «grenland.yaml».",
    },
    "web.save.no_name": {
        "nb": "Ikke lagret: skriv et filnavn først.",
        "en": "Not saved: write a file name first.",
    },
    "web.save.exists": {
        "nb": "Ikke lagret: det finnes alt en fil som heter {name}. Velg et annet navn.",
        "en": "Not saved: there is a file called {name} already. Choose another name.",
    },
    "web.save.failed": {"nb": "Ikke lagret: {detail}", "en": "Not saved: {detail}"},
    "web.conflict": {
        "nb": "Ikke lagret: filen er endret på disken siden du åpnet den (av et annet program "
        "eller en annen fane). Begge versjonene står under. Last ned din versjon, eller åpne "
        "filen på nytt og gjør endringene der.",
        "en": "Not saved: the file was changed on disk since you opened it (by another program "
        "or another tab). Both versions are below. Download your version, or open the file "
        "again and make the changes there.",
    },
    "web.conflict.disk": {"nb": "Filen på disken nå", "en": "The file on disk now"},
    "web.conflict.yours": {"nb": "Din versjon", "en": "Your version"},
    "web.conflict.reopen": {"nb": "Åpne filen på nytt", "en": "Open the file again"},
    "web.stale": {
        "nb": "Filen er endret på disken siden du åpnet den. Lagre blir avvist; åpne filen på "
        "nytt for å se endringene.",
        "en": "The file was changed on disk since you opened it. Save will be refused; open the "
        "file again to see the changes.",
    },
    "web.download": {"nb": "Last ned (YAML)", "en": "Download (YAML)"},
    "web.download.json": {"nb": "Last ned (JSON)", "en": "Download (JSON)"},
    "web.download.report_html": {"nb": "Rapport (HTML)", "en": "Report (HTML)"},
    "web.download.report_md": {"nb": "Rapport (Markdown)", "en": "Report (Markdown)"},
    "web.download.report_pdf": {"nb": "Rapport (PDF)", "en": "Report (PDF)"},
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
    "web.bad_state": {
        "nb": "Skjemaet kunne ikke leses ({detail}). Åpne filen på nytt fra forsiden.",
        "en": "The form could not be read ({detail}). Open the file again from the front page.",
    },
    "web.too_many.parties": {
        "nb": "filen har {count} parter; nettsiden tar høyst {limit}, så hver endring kan "
        "vurderes med en gang. Et FACT Ung-initiativ har vanligvis 2–15 parter: sjekk at det er "
        "riktig fil, eller bruk `readiness check` og `readiness whatif` i terminalen",
        "en": "the file has {count} parties; the web page takes at most {limit}, so that each "
        "change can be assessed at once. A FACT Ung initiative usually has 2–15 parties: check "
        "that this is the right file, or use `readiness check` and `readiness whatif` in the "
        "terminal",
    },
    "web.too_many.entries": {
        "nb": "filen har {count} oppføringer under {key}; nettsiden tar høyst {limit}, så hver "
        "endring kan vurderes med en gang. Sjekk at det er riktig fil, eller bruk "
        "`readiness check` og `readiness whatif` i terminalen",
        "en": "the file has {count} entries under {key}; the web page takes at most {limit}, so "
        "that each change can be assessed at once. Check that this is the right file, or use "
        "`readiness check` and `readiness whatif` in the terminal",
    },
}

# The format's keys explained in English, for the workspace's help texts with --lang en. The
# Norwegian help is each key's description in readiness/format/model.py (the JSON Schema's),
# so only the English is kept here; tests/test_web_controls.py holds every key of the format
# to one. Keys of format 1.1 are here before the model has them (catalog version 2).
HELP_EN: dict[str, str] = {
    "initiative": "About the initiative.",
    "initiative.name": "The initiative's name, e.g. «FACT Ung Vestfold nord».",
    "initiative.phase": "The phase the initiative is in now.",
    "initiative.updated": "When the file was last brought up to date.",
    "catchment": "The area the team is to serve.",
    "catchment.population": "Inhabitants of the whole catchment area.",
    "catchment.youth_population": "Inhabitants aged 12–25.",
    "catchment.max_travel_minutes": "Longest travel time (minutes) from the team's base to a "
    "youth's home.",
    "parties": "Every organisation involved.",
    "parties.id": "A short id used in the rest of the file, e.g. «tonsberg».",
    "parties.name": "The organisation's name, e.g. «Tønsberg kommune».",
    "parties.kind": "The kind of party: the specialist health service is the health trust, "
    "BUP or DPS; a city district is a bydel.",
    "parties.core": "Part of the committed collaboration that will own the team.",
    "parties.stance": "Its stance on going on into a pre-project (idefase 1.11).",
    "parties.contact_established": "When contact between the specialist health service and "
    "this party was established (checklist item 2, idefase 1.13).",
    "parties.leadership": "Leadership anchoring at this party (idefase 1.9).",
    "parties.leadership.level": "Informed: leaders are told; backs further work: leaders "
    "endorse the next step; commits resources: leaders commit resources.",
    "parties.leadership.by": "The leader's role (a role, not a person's details).",
    "parties.leadership.date": "The date of the anchoring.",
    "agreement": "The binding collaboration between the service levels (idefase 1.8).",
    "agreement.status": "Written intent: a declared, written intention to collaborate "
    "bindingly; draft: an agreement text under negotiation; signed: a signed binding "
    "collaboration agreement.",
    "agreement.parties": "The parties the agreement binds.",
    "agreement.date": "The agreement's date.",
    "agreement.document": "Where the agreement is kept.",
    "youth_involvement": "How young people or user organisations took part (idefase 1.3).",
    "youth_involvement.with": "Who: e.g. «Mental Helse Ungdom Vestfold», «Ungdomsrådet i "
    "Tønsberg».",
    "youth_involvement.kind": "User organisation, youth council, young people themselves or other.",
    "youth_involvement.how": "What they took part in.",
    "youth_involvement.date": "The date.",
    "target_group": "Who the team is for, and how many (idefase 1.7, 1.10.1).",
    "target_group.age_min": "The lowest age the team will serve (12).",
    "target_group.age_max": "The highest age the team will serve (25).",
    "target_group.basis": "What the inclusion criteria rest on (idefase 1.7: function, not "
    "diagnosis).",
    "target_group.estimated_size": "A rough number of youths in the target group (idefase 1.10.1).",
    "target_group.sources": "The services asked for the estimate, e.g. BUP, child welfare, "
    "PPT, NAV.",
    "target_group.includes": "The groups the team explicitly sets out to reach.",
    "services": "Today's services: gaps and fit (idefase 1.10.2).",
    "services.gaps": "What is missing today: who falls outside, who is not caught, who gets "
    "too little help (idefase 1.10.2).",
    "services.fit": "How a team would fit among existing services: what it replaces and not, "
    "and the key partners (idefase 1.10.2).",
    "lead_body": "The party that holds the pre-project (idefase 1.12, checklist item 6).",
    "project_leader_plan": "The plan for hiring a project leader (idefase 1.12, item 8).",
    "project_leader_plan.recruit_by": "When the project leader is to be in place.",
    "project_leader_plan.funded_by": "How the position is funded.",
    "project_leader_plan.description": "The plan for the hiring (idefase 1.12).",
    "checklist": "Self-declared items of the checklist (idefase 1.13).",
    "checklist.model_studied": "The model description for FACT Ung has been read (checklist "
    "item 1).",
    "checklist.grant_rules_read": "The rules of the grant scheme have been read (checklist "
    "item 9).",
    "checklist.implementation_team_contacted": "The national implementation team (NAPHA) has "
    "been contacted for implementation support (idefase 1.4).",
    "decision": "The idea phase's outcome (idefase 1.12, checklist items 10–11).",
    "decision.outcome": "Go on to a pre-project, choose another solution than FACT Ung, or not "
    "yet decided.",
    "decision.date": "The date of the decision.",
    "decision.rationale": "The outcome and its reasons, written briefly.",
    "decision.document": "Where the written outcome is kept.",
    "pre_project": "The pre-project's clarifications (idefase 1.5, middle column).",
    "pre_project.establishment_owner": "The party responsible for establishing the team "
    "(idefase 1.5).",
    "pre_project.establishment_lead": "Who leads the establishment (a role).",
    "pre_project.organisation": "How the team is organised: employer model, reporting lines.",
    "pre_project.local_target_group": "The target group adapted to local services (idefase 1.7).",
    "pre_project.financing": "How the team is financed.",
    "pre_project.financing.municipal_share": "The municipalities' share of the running costs, "
    "in per cent.",
    "pre_project.financing.specialist_share": "The specialist health service's share, in per cent.",
    "pre_project.financing.after_grant": "Who pays after the grant period.",
    "pre_project.quality_assurance": "Quality assurance.",
    "pre_project.quality_assurance.fidelity_measurement": "Fidelity measurement is planned "
    "(horingssvar-2023 3.4).",
    "pre_project.quality_assurance.plan": "The plan for quality assurance.",
    "pre_project.cooperation": "Cooperation with other services.",
    "pre_project.cooperation.with": "The partner: child welfare, school, NAV or other.",
    "pre_project.cooperation.agreement": "A cooperation agreement: none, planned or signed.",
    "pre_project.cooperation.description": "How the cooperation is to work.",
    "pre_project.intake": "How youths are taken in.",
    "pre_project.intake.procedure": "How youths are taken into the team.",
    "pre_project.intake.gradual": "The intake is gradual.",
    "pre_project.intake.referrers": "Who may refer youths to the team.",
    "pre_project.governance": "How the team is governed.",
    "pre_project.governance.steering_group": "The parties of the steering group.",
    "pre_project.governance.decision_rule": "How the steering group decides.",
    "pre_project.staffing_plan": "The staffing plan.",
    "pre_project.staffing_plan.role": "The role, e.g. «psykologspesialist».",
    "pre_project.staffing_plan.level": "The service level the position belongs to.",
    "pre_project.staffing_plan.fte": "Full-time equivalents.",
    "pre_project.staffing_plan.profession": "The position's profession.",
    "pre_project.records": "Records and information sharing across the service levels (legal, "
    "technical).",
    "pre_project.user_involvement": "How youths and user representatives take part in the "
    "team's work.",
    "pre_project.project_leader_hired": "When the pre-project leader started (idefase 1.12).",
    "establishment": "The establishment's clarifications (idefase 1.5, right column).",
    "establishment.staff_recruited": "The team's staff are hired.",
    "establishment.location": "Where the team is based.",
    "establishment.team_leader": "Who leads the team (a role).",
    "establishment.personnel_responsibility": "The party that holds personnel responsibility.",
    "establishment.professional_responsibility": "The party that holds professional "
    "responsibility.",
    "establishment.peer_specialist": "A peer specialist (brukerspesialist) is among the staff.",
    "establishment.intake_start": "When the intake starts.",
    "establishment.fidelity_review": "When the first fidelity measurement is planned.",
    "deviations": "Accepted local deviations from rules, each with its reason.",
    "deviations.rule": "The rule's id, e.g. «IDE-08».",
    "deviations.reason": "Why the collaboration has chosen to depart from the rule.",
    "deviations.accepted_by": "Who accepted the deviation (a role or a body).",
    "deviations.date": "The date.",
    "application": "The grant application to be sent to Statsforvalteren.",
    "application.for_gate": "What is applied for: pre-project funds or establishment funds.",
    "application.main_applicant": "The main applicant.",
    "application.co_applicants": "The co-applicants; the application is joint.",
    "application.amount_requested": "The amount applied for, in NOK.",
    "application.own_funding": "The collaboration's own funding, in NOK.",
    "application.budget": "The budget, or where it is kept.",
    "application.goals": "The project's goals.",
    "application.milestones": "The milestones.",
    "application.milestones.what": "The milestone.",
    "application.milestones.by": "When it is to be reached.",
    "application.risk_assessment": "The risk assessment.",
    "application.lasting_operation": "How lasting operation is secured after the grant period.",
    "application.signatures": "The signatures.",
    "application.signatures.party": "The party that signed.",
    "application.signatures.role": "The role that signed, e.g. «Kommunedirektør».",
    "application.signatures.date": "The date of the signature.",
    "application.deadline": "The call's deadline.",
    "application.submitted": "When the application was sent.",
}
