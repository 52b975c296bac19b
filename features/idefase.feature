# language: no
Egenskap: Porten «Søknad om forprosjektmidler» (slutten av idéfasen)
  Før samarbeidet søker Statsforvalteren om forprosjektmidler, skal idéfasens avklaringer
  være på plass (idefase 1.1–1.13). Hver regel er her vist både oppfylt og ikke oppfylt.

  Bakgrunn:
    Gitt et initiativ som er klart for porten "preproject"

  Scenario: Et komplett initiativ er klart
    Når initiativet vurderes
    Så er utfallet "klar"
    Og er porten "preproject"
    Og mangler ingen forutsetninger

  Abstrakt Scenario: Hver forutsetning er oppfylt i et komplett initiativ
    Når initiativet vurderes
    Så er regelen "<regel>" oppfylt

    Eksempler:
      | regel  |
      | IDE-01 |
      | IDE-02 |
      | IDE-03 |
      | IDE-04 |
      | IDE-05 |
      | IDE-06 |
      | IDE-07 |
      | IDE-08 |
      | IDE-09 |
      | IDE-10 |
      | IDE-11 |
      | IDE-12 |
      | IDE-13 |
      | IDE-14 |
      | IDE-15 |
      | IDE-16 |
      | IDE-17 |
      | IDE-18 |

  Scenario: Uten kontakt med implementeringsstøtten får initiativet et råd (IDE-19)
    Gitt "checklist.implementation_team_contacted" er satt til false
    Når initiativet vurderes
    Så er regelen "IDE-19" ikke oppfylt
    Og er utfallet "klar"
    Og har funnet for "IDE-19" grunnlaget «Idéfaseheftets sjekkliste og råd»

  Scenario: Implementeringsstøtten er kontaktet (IDE-19)
    Gitt "checklist.implementation_team_contacted" er satt til true
    Når initiativet vurderes
    Så er regelen "IDE-19" oppfylt

  Scenario: Når ingen kommune har sagt ja, sier meldingen det og nevner dem som ikke har svart (IDE-12)
    Gitt "parties[tonsberg].stance" er satt til undecided
    Og "parties[faerder].stance" er satt til interested
    Når initiativet vurderes
    Så er regelen "IDE-12" ikke oppfylt
    Og sier funnet for "IDE-12" «Ingen kommune eller bydel har ennå sagt ja»
    Og nevner funnet for "IDE-12" partene "tonsberg, faerder"

  Scenario: Når noen har sagt ja, nevner meldingen bare dem som ikke har svart (IDE-12)
    Gitt "parties[faerder].stance" er satt til undecided
    Når initiativet vurderes
    Så er regelen "IDE-12" ikke oppfylt
    Og sier funnet for "IDE-12" «Disse har ikke svart ennå: Færder kommune (faerder)»
    Og sier ikke funnet for "IDE-12" «Ingen kommune eller bydel»
    Og råder funnet for "IDE-12" «Spør Færder kommune (faerder)»

  Scenario: Når alle har sagt nei, nevnes ingen som ikke har svart (IDE-12)
    Gitt "parties[tonsberg].stance" er satt til declined
    Og "parties[faerder].stance" er satt til declined
    Når initiativet vurderes
    Så er regelen "IDE-12" ikke oppfylt
    Og sier funnet for "IDE-12" «Ingen kommune eller bydel har ennå sagt ja»
    Og sier ikke funnet for "IDE-12" «Disse har ikke svart»
    Og råder funnet for "IDE-12" «beslutningen «annen løsning enn FACT Ung»»

  Scenario: En bydel får tiltak som nevner bydelen, ikke kommunen (IDE-02, IDE-12)
    Gitt initiativfilen "gamle-oslo-tidlig.yaml"
    Når initiativet vurderes
    Så råder funnet for "IDE-02" «Bydel Gamle Oslo»
    Og råder ikke funnet for "IDE-02" «kommunen»
    Og råder funnet for "IDE-12" «Spør Bydel Gamle Oslo»

  Scenario: Uten noen avtale sier meldingen at den skriftlige intensjonen mangler (IDE-05)
    Gitt "agreement.status" er satt til none
    Når initiativet vurderes
    Så er regelen "IDE-05" ikke oppfylt
    Og sier funnet for "IDE-05" «Det er ikke registrert noen skriftlig intensjon eller avtale»
    Og sier ikke funnet for "IDE-05" «Avtalen binder ingen»
    Og råder funnet for "IDE-05" «Lag en kort intensjonserklæring»
    Og råder funnet for "IDE-05" «avtalens status som «skriftlig intensjon»»

  Scenario: En signert avtale uten spesialisthelsetjenesten sier hvilket nivå som mangler (IDE-05)
    Gitt "agreement.status" er satt til signed
    Og "agreement.parties" er satt til [tonsberg, faerder]
    Når initiativet vurderes
    Så er regelen "IDE-05" ikke oppfylt
    Og sier funnet for "IDE-05" «Avtalen binder ingen part fra spesialisthelsetjenesten»
    Og sier ikke funnet for "IDE-05" «ikke registrert noen skriftlig intensjon»
    Og sier ikke funnet for "IDE-05" «kommune eller bydel.»
    Og råder funnet for "IDE-05" «Få helseforetaket eller BUP til å slutte seg til avtalen»
    Og råder ikke funnet for "IDE-05" «intensjonserklæring»

  Scenario: Et avtaleutkast uten kommune eller bydel sier hvilket nivå som mangler (IDE-05)
    Gitt "agreement.status" er satt til draft
    Og "agreement.parties" er satt til [siv-bup]
    Når initiativet vurderes
    Så er regelen "IDE-05" ikke oppfylt
    Og sier funnet for "IDE-05" «Avtalen binder ingen kommune eller bydel»
    Og sier ikke funnet for "IDE-05" «spesialisthelsetjenesten.»
    Og sier ikke funnet for "IDE-05" «ikke registrert noen skriftlig intensjon»
    Og råder funnet for "IDE-05" «Få kommunen eller bydelen til å slutte seg til avtalen»

  Scenario: En avtale som binder ingen parter sier at begge nivåene mangler (IDE-05)
    Gitt "agreement.parties" er satt til []
    Når initiativet vurderes
    Så er regelen "IDE-05" ikke oppfylt
    Og sier funnet for "IDE-05" «Avtalen binder ingen part fra spesialisthelsetjenesten»
    Og sier funnet for "IDE-05" «Avtalen binder ingen kommune eller bydel»

  Scenario: Forpliktende samarbeid er et vilkår i tilskuddsordningen, sjekklisten er idéfaseheftets (IDE-05, IDE-15)
    Gitt "agreement.status" er satt til none
    Og "checklist.grant_rules_read" er satt til false
    Når initiativet vurderes
    Så har funnet for "IDE-05" grunnlaget «Vilkår i tilskuddsordningen»
    Og har funnet for "IDE-15" grunnlaget «Idéfaseheftets sjekkliste og råd»
    Og sier ikke funnet for "IDE-15" «sendt tilbake»

  Abstrakt Scenario: En manglende avklaring gjør initiativet ikke klart
    Gitt "<sti>" er satt til <verdi>
    Når initiativet vurderes
    Så er regelen "<regel>" ikke oppfylt
    Og er utfallet "ikke klar"
    Og mangler forutsetningene "<regel>"

    Eksempler:
      | regel  | sti                              | verdi        |
      | IDE-05 | agreement.status                 | none         |
      | IDE-05 | agreement.parties                | [tonsberg]   |
      | IDE-06 | youth_involvement                | []           |
      | IDE-09 | services.gaps                    | "   "        |
      | IDE-11 | lead_body                        | mhu-vestfold |
      | IDE-12 | parties[faerder].stance          | interested   |
      | IDE-14 | checklist.model_studied          | false        |
      | IDE-15 | checklist.grant_rules_read       | false        |
      | IDE-16 | decision.outcome                 | undecided    |

  Abstrakt Scenario: En manglende nøkkel er en manglende forutsetning
    Gitt "<sti>" er fjernet
    Når initiativet vurderes
    Så er regelen "<regel>" ikke oppfylt
    Og er utfallet "ikke klar"
    Og peker funnet for "<regel>" på "<peker>"

    Eksempler:
      | regel  | sti                          | peker                       |
      | IDE-07 | target_group.estimated_size  | target_group.estimated_size |
      | IDE-10 | services.fit                 | services.fit                |
      | IDE-13 | project_leader_plan          | project_leader_plan         |

  Scenario: Uten spesialisthelsetjenesten i kjernen er begge nivåer ikke med (IDE-01)
    Gitt "parties[siv-bup].core" er satt til false
    Og "lead_body" er satt til tonsberg
    Når initiativet vurderes
    Så er regelen "IDE-01" ikke oppfylt
    Og mangler forutsetningene "IDE-01"
    Og peker funnet for "IDE-01" på "parties"
    Og sier funnet for "IDE-01" «Samarbeidet har ingen kjernepart fra spesialisthelsetjenesten.»
    Og sier ikke funnet for "IDE-01" «ingen kommune eller bydel»
    Og råder funnet for "IDE-01" «Ta kontakt med BUP eller helseforetaket»

  Scenario: Instansen som holder i forprosjektet må være en kjernepart (IDE-01 og IDE-11)
    Gitt "parties[siv-bup].core" er satt til false
    Når initiativet vurderes
    Så mangler forutsetningene "IDE-01, IDE-11"

  Scenario: Uten skriftlig utfall mangler IDE-17
    Gitt "decision.rationale" er fjernet
    Og "decision.document" er fjernet
    Når initiativet vurderes
    Så er regelen "IDE-17" ikke oppfylt
    Og peker funnet for "IDE-17" på "decision"
    Og er utfallet "ikke klar"

  Scenario: Kontakt med spesialisthelsetjenesten mangler for én kommune (IDE-02)
    Gitt "parties[faerder].contact_established" er fjernet
    Når initiativet vurderes
    Så er regelen "IDE-02" ikke oppfylt
    Og nevner funnet for "IDE-02" partene "faerder"
    Og peker funnet for "IDE-02" på "parties[1].contact_established"

  Scenario: Skriftlig utfall kan også være et dokument (IDE-17)
    Gitt "decision.rationale" er fjernet
    Og "decision.document" er satt til referater/styringsgruppe.pdf
    Når initiativet vurderes
    Så er regelen "IDE-17" oppfylt

  Scenario: Ledelsen er ikke orientert hos to kjerneparter (IDE-03)
    Gitt "parties[tonsberg].leadership.level" er satt til none
    Og "parties[siv-bup].leadership" er fjernet
    Når initiativet vurderes
    Så er regelen "IDE-03" ikke oppfylt
    Og nevner funnet for "IDE-03" partene "tonsberg, siv-bup"
    Og peker funnet for "IDE-03" på "parties[0].leadership"
    Og er utfallet "ikke klar"

  Scenario: Orientert ledelse holder for porten, men støtte anbefales (IDE-04)
    Gitt "parties[faerder].leadership.level" er satt til informed
    Når initiativet vurderes
    Så er regelen "IDE-03" oppfylt
    Og er regelen "IDE-04" ikke oppfylt
    Og nevner funnet for "IDE-04" partene "faerder"
    Og er utfallet "klar"

  Scenario: Ledelsen hos en part som ikke er kjernepart teller ikke (IDE-03)
    Gitt "parties[mhu-vestfold].leadership" er satt til {level: none}
    Når initiativet vurderes
    Så er regelen "IDE-03" oppfylt

  Scenario: Anslaget bygger bare på én tjeneste (IDE-08)
    Gitt "target_group.sources" er satt til [BUP]
    Når initiativet vurderes
    Så er regelen "IDE-08" ikke oppfylt
    Og er utfallet "klar"

  Scenario: En kommune som har takket nei, er avklart (IDE-12)
    Gitt "parties[faerder].stance" er satt til declined
    Når initiativet vurderes
    Så er regelen "IDE-12" oppfylt

  Scenario: Ingen kommune har sagt ja (IDE-12)
    Gitt "parties[faerder].stance" er satt til declined
    Og "parties[tonsberg].stance" er satt til declined
    Når initiativet vurderes
    Så er regelen "IDE-12" ikke oppfylt

  Scenario: Planen for prosjektleder kan være bare en dato (IDE-13)
    Gitt "project_leader_plan" er satt til {recruit_by: 2027-02-01}
    Når initiativet vurderes
    Så er regelen "IDE-13" oppfylt

  Scenario: En kjernepart står utenfor avtalen (IDE-18)
    Gitt "agreement.parties" er satt til [tonsberg, siv-bup]
    Når initiativet vurderes
    Så er regelen "IDE-18" ikke oppfylt
    Og nevner funnet for "IDE-18" partene "faerder"
    Og er regelen "IDE-05" oppfylt
    Og er utfallet "klar"
