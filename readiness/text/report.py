"""Messages of the readiness report (`readiness report`)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- the readiness report for the application ---------------------------------------------
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
    # --- the first part: the missing prerequisites in words ------------------------------------
    "report.l.missing_items_intro": {
        "nb": "Dette må på plass før søknaden kan sendes:",
        "en": "This must be in place before the application can be sent:",
    },
    "report.l.missing_items_intro_concluded": {
        "nb": "Ikke oppfylt (endrer ikke utfallet):",
        "en": "Not met (they do not change the verdict):",
    },
    "report.l.see_finding": {"nb": "se funnet", "en": "see the finding"},
    # --- the approval block: the core parties' leaders review and sign ---------------------------
    "report.l.approval": {"nb": "Gjennomgang og signatur", "en": "Review and signature"},
    "report.l.approval_intro": {
        "nb": "Lederen hos hver kjernepart bekrefter at rapporten er gjennomgått.",
        "en": "The leader of each core party confirms that the report has been reviewed.",
    },
    "report.l.reviewed_by": {"nb": "Gjennomgått av", "en": "Reviewed by"},
    "report.l.review_date": {"nb": "Dato", "en": "Date"},
    "report.l.signature": {"nb": "Signatur", "en": "Signature"},
    "report.l.leader_role": {"nb": "Leder i filen", "en": "Leader in the file"},
    # --- how binding a rule is, and a closed outcome ------------------------------------------
    "report.l.col_basis": {"nb": "Grunnlag", "en": "Basis"},
    # the table of all rules: the severity with its basis under it, in one column
    "report.l.col_binding": {"nb": "Hvor bindende", "en": "How binding"},
    "report.l.findings_concluded": {"nb": "Funn", "en": "Findings"},
    "report.status.information": {
        "nb": "ikke oppfylt (til informasjon)",
        "en": "not met (for information)",
    },
}
