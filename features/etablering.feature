# language: no
Egenskap: Porten "operation": er etableringen ferdig, så teamet kan begynne å ta inn ungdommer?
  I etableringsfasen avklares det som idéfaseheftets tabell (1.5, høyre kolonne) lister: hvem
  som ansettes, hvor teamet holder til, hvem som leder det, og hvem som har personal- og
  fagansvaret. Den signerte samarbeidsavtalen (FOR-01) og begge tjenestenivåer i kjernen
  (IDE-01) gjelder fortsatt.

  Scenario: En ferdig etablering er klar til oppstart
    Gitt et initiativ som er klart for porten "operation"
    Når initiativet vurderes
    Så er porten "operation"
    Og er utfallet "klar"

  Scenario: Porten tar med seg de generelle reglene, begge nivåer og den signerte avtalen
    Gitt et initiativ som er klart for porten "operation"
    Når initiativet vurderes
    Så inneholder vurderingen reglene "GEN-01, GEN-02, GEN-03, GEN-04, IDE-01, FOR-01"
    Og inneholder vurderingen reglene "ETB-01, ETB-02, ETB-03, ETB-04, ETB-05, ETB-06, ETB-07, ETB-08"
    Og inneholder vurderingen reglene "FOR-15, FOR-16, FOR-18"

  Abstrakt Scenario: Regler fra tidligere porter som er avklart der, er ikke med
    Gitt et initiativ som er klart for porten "operation"
    Når initiativet vurderes
    Så inneholder vurderingen ikke regelen "<regel>"

    Eksempler:
      | regel  |
      | IDE-02 |
      | IDE-03 |
      | IDE-06 |
      | FOR-02 |
      | FOR-07 |
      | FOR-17 |

  Abstrakt Scenario: Hver regel i porten er oppfylt i en ferdig etablering
    Gitt et initiativ som er klart for porten "operation"
    Når initiativet vurderes
    Så er regelen "<regel>" oppfylt

    Eksempler:
      | regel  |
      | ETB-01 |
      | ETB-02 |
      | ETB-03 |
      | ETB-04 |
      | ETB-05 |
      | ETB-06 |
      | ETB-07 |
      | FOR-01 |
      | IDE-01 |

  Abstrakt Scenario: Et krav som ikke er oppfylt stopper oppstarten
    Gitt et initiativ som er klart for porten "operation"
    Og "<sti>" er satt til <verdi>
    Når initiativet vurderes
    Så er regelen "<regel>" ikke oppfylt
    Og er utfallet "ikke klar"
    Og mangler forutsetningene "<regel>"

    Eksempler:
      | regel  | sti                                | verdi   |
      | ETB-01 | establishment.staff_recruited      | false   |
      | ETB-02 | establishment.location             | "  "    |
      | ETB-03 | establishment.team_leader          | ""      |
      | FOR-01 | agreement.status                   | draft   |
      | FOR-01 | agreement.parties                  | [vvhf-bup] |
      | IDE-01 | parties[vvhf-bup].core              | false   |

  Abstrakt Scenario: Et krav som mangler i filen stopper oppstarten
    Gitt et initiativ som er klart for porten "operation"
    Og "<sti>" er fjernet
    Når initiativet vurderes
    Så er regelen "<regel>" ikke oppfylt
    Og er utfallet "ikke klar"
    Og mangler forutsetningene "<regel>"

    Eksempler:
      | regel  | sti                                        |
      | ETB-01 | establishment.staff_recruited              |
      | ETB-02 | establishment.location                     |
      | ETB-03 | establishment.team_leader                  |
      | ETB-04 | establishment.personnel_responsibility     |
      | ETB-05 | establishment.professional_responsibility  |

  Scenario: Uten planlagt troskapsmåling er teamet klart, men med en advarsel
    Gitt et initiativ som er klart for porten "operation"
    Og "establishment.fidelity_review" er fjernet
    Når initiativet vurderes
    Så er regelen "ETB-06" ikke oppfylt
    Og er utfallet "klar"

  Scenario: Uten brukerspesialist er teamet klart, men får et råd
    Gitt et initiativ som er klart for porten "operation"
    Og "establishment.peer_specialist" er satt til false
    Når initiativet vurderes
    Så er regelen "ETB-07" ikke oppfylt
    Og er utfallet "klar"

  Scenario: Personal- og fagansvaret kan ligge hos hvilken som helst part
    Gitt et initiativ som er klart for porten "operation"
    Og "establishment.personnel_responsibility" er satt til lier
    Og "establishment.professional_responsibility" er satt til drammen
    Når initiativet vurderes
    Så er regelen "ETB-04" oppfylt
    Og er regelen "ETB-05" oppfylt

  Scenario: Ansvar hos en part som ikke finnes avvises som en feil i filen
    Gitt et initiativ som er klart for porten "operation"
    Og "establishment.personnel_responsibility" er satt til sandefjord
    Når initiativet vurderes
    Så avvises filen med en feil som nevner "sandefjord"

  Scenario: En etablering der teamleder ikke er ansatt ennå
    Gitt initiativfilen "haugalandet-etablering-uten-teamleder.yaml"
    Når initiativet vurderes
    Så er porten "operation"
    Og mangler forutsetningene "ETB-01, ETB-03"
    Og er regelen "ETB-07" ikke oppfylt
    Og er utfallet "ikke klar"

  Scenario: En ferdig etablering vurdert mot den tidligere porten "establishment"
    Gitt et initiativ som er klart for porten "operation"
    Når initiativet vurderes mot porten "establishment"
    Så er porten "establishment"
    Og er regelen "FOR-07" oppfylt
    Og er utfallet "klar"

  Scenario: Et team i drift vurderes også mot porten "operation"
    Gitt et initiativ som er klart for porten "operation"
    Og "initiative.phase" er satt til operation
    Når initiativet vurderes
    Så er porten "operation"
    Og er utfallet "klar"

  Abstrakt Scenario: Bemanningen, journalen og avtalene med barnevern og skole er på plass før inntaket
    Gitt initiativfilen "drammen-lier-etablering-klar.yaml"
    Når initiativet vurderes
    Så er porten "operation"
    Og er regelen "<regel>" oppfylt
    Og er utfallet "klar"

    Eksempler:
      | regel  |
      | FOR-15 |
      | FOR-16 |
      | FOR-18 |
      | ETB-08 |

  Abstrakt Scenario: Bemanningen og journalen sjekkes igjen før teamet tar inn ungdommer
    Gitt initiativfilen "drammen-lier-etablering-klar.yaml"
    Og "<sti>" er satt til <verdi>
    Når initiativet vurderes
    Så er regelen "<regel>" ikke oppfylt
    Og er utfallet "klar"

    Eksempler:
      | regel  | sti                        | verdi                                                                          |
      | FOR-15 | pre_project.staffing_plan  | [{role: Psykolog, level: specialist, fte: 1, profession: psychologist}]        |
      | FOR-16 | pre_project.records        | ""                                                                             |
      | FOR-18 | pre_project.staffing_plan  | [{role: Sosionom, level: municipal, fte: 1}, {role: Sykepleier, level: specialist, fte: 1}] |

  Scenario: En avtale med barnevernet som bare er planlagt, er en advarsel før oppstart (ETB-08)
    Gitt initiativfilen "drammen-lier-etablering-klar.yaml"
    Og "pre_project.cooperation[child_welfare].agreement" er satt til planned
    Når initiativet vurderes
    Så er regelen "ETB-08" ikke oppfylt
    Og sier funnet for "ETB-08" «Samarbeidsavtalen med barnevernet er ikke signert.»
    Og sier ikke funnet for "ETB-08" «skolen»
    Og er utfallet "klar"

  Scenario: Uten noen avtale med barnevern eller skole nevner meldingen begge (ETB-08)
    Gitt initiativfilen "drammen-lier-etablering-klar.yaml"
    Og "pre_project.cooperation" er satt til [{with: nav, agreement: signed}]
    Når initiativet vurderes
    Så er regelen "ETB-08" ikke oppfylt
    Og sier funnet for "ETB-08" «Verken samarbeidsavtalen med barnevernet eller avtalen med skolen er signert.»
