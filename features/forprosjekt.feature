# language: no
Egenskap: Porten "establishment": er forprosjektet ferdig, så samarbeidet kan søke etableringsmidler?
  Ved slutten av forprosjektet skal de sentrale avklaringene i idéfaseheftets tabell (1.5,
  midterste kolonne) være gjort: hvem som eier og leder etableringen, organisering, lokal
  målgruppe, finansiering, kvalitetssikring, samarbeid og inntak. Høringssvaret fra 2023 legger
  til at en signert, forpliktende samarbeidsavtale er en forutsetning for etableringsmidler.

  Scenario: Et ferdig forprosjekt er klart til å søke etableringsmidler
    Gitt et initiativ som er klart for porten "establishment"
    Når initiativet vurderes
    Så er porten "establishment"
    Og er utfallet "klar"

  Scenario: Porten tar med seg de generelle reglene og tre regler fra idéfasen
    Gitt et initiativ som er klart for porten "establishment"
    Når initiativet vurderes
    Så inneholder vurderingen reglene "GEN-01, GEN-02, GEN-03, GEN-04, IDE-01, IDE-03, IDE-06"
    Og inneholder vurderingen reglene "FOR-01, FOR-09, FOR-17"

  Abstrakt Scenario: Idéfaseregler som ikke gjelder lenger er ikke med i porten
    Gitt et initiativ som er klart for porten "establishment"
    Når initiativet vurderes
    Så inneholder vurderingen ikke regelen "<regel>"

    Eksempler:
      | regel  |
      | IDE-02 |
      | IDE-04 |
      | IDE-05 |
      | IDE-11 |
      | IDE-18 |
      | ETB-01 |

  Abstrakt Scenario: Hver regel i porten er oppfylt i et ferdig forprosjekt
    Gitt et initiativ som er klart for porten "establishment"
    Når initiativet vurderes
    Så er regelen "<regel>" oppfylt

    Eksempler:
      | regel  |
      | FOR-01 |
      | FOR-02 |
      | FOR-03 |
      | FOR-04 |
      | FOR-05 |
      | FOR-06 |
      | FOR-07 |
      | FOR-08 |
      | FOR-09 |
      | FOR-10 |
      | FOR-11 |
      | FOR-12 |
      | FOR-13 |
      | FOR-14 |
      | FOR-15 |
      | FOR-16 |
      | FOR-17 |
      | IDE-01 |
      | IDE-03 |
      | IDE-06 |

  Abstrakt Scenario: Et krav som ikke er oppfylt gjør forprosjektet ikke klart
    Gitt et initiativ som er klart for porten "establishment"
    Og "<sti>" er satt til <verdi>
    Når initiativet vurderes
    Så er regelen "<regel>" ikke oppfylt
    Og er utfallet "ikke klar"
    Og mangler forutsetningene "<regel>"

    Eksempler:
      | regel  | sti                                                   | verdi                |
      | FOR-01 | agreement.status                                      | draft                |
      | FOR-01 | agreement.parties                                     | [drammen, lier]  |
      | FOR-02 | parties[lier].leadership.level                     | endorsed             |
      | FOR-03 | pre_project.establishment_owner                       | mhu-buskerud         |
      | FOR-04 | pre_project.establishment_lead                        | "  "                 |
      | FOR-05 | pre_project.organisation                              | ""                   |
      | FOR-07 | pre_project.financing.municipal_share                 | 30                   |
      | FOR-09 | pre_project.quality_assurance.fidelity_measurement    | false                |
      | FOR-10 | pre_project.cooperation                               | []                   |
      | IDE-06 | youth_involvement                                     | []                   |

  Abstrakt Scenario: Et krav som mangler i filen gjør forprosjektet ikke klart
    Gitt et initiativ som er klart for porten "establishment"
    Og "<sti>" er fjernet
    Når initiativet vurderes
    Så er regelen "<regel>" ikke oppfylt
    Og er utfallet "ikke klar"

    Eksempler:
      | regel  | sti                                    |
      | FOR-03 | pre_project.establishment_owner        |
      | FOR-04 | pre_project.establishment_lead         |
      | FOR-05 | pre_project.organisation               |
      | FOR-06 | pre_project.local_target_group         |
      | FOR-07 | pre_project.financing.after_grant      |
      | FOR-09 | pre_project.quality_assurance          |
      | FOR-10 | pre_project.cooperation                |
      | FOR-12 | pre_project.intake.procedure           |

  Abstrakt Scenario: En anbefaling som ikke er fulgt er en advarsel, ikke en manglende forutsetning
    Gitt et initiativ som er klart for porten "establishment"
    Og "<sti>" er satt til <verdi>
    Når initiativet vurderes
    Så er regelen "<regel>" ikke oppfylt
    Og er utfallet "klar"

    Eksempler:
      | regel  | sti                                              | verdi                           |
      | FOR-11 | pre_project.cooperation[school].agreement        | none                            |
      | FOR-13 | pre_project.intake.gradual                       | false                           |
      | FOR-14 | pre_project.governance.decision_rule             | single_party                    |
      | FOR-14 | pre_project.governance.steering_group            | [drammen, lier]             |
      | FOR-15 | pre_project.staffing_plan                        | [{role: Teamleder, level: municipal, fte: 1}] |
      | FOR-16 | pre_project.records                              | " "                             |
      | FOR-17 | pre_project.user_involvement                     | ""                              |

  Scenario: Hele finansieringen fra ett nivå oppfyller planen, men ikke likeverdigheten
    Gitt et initiativ som er klart for porten "establishment"
    Og "pre_project.financing.municipal_share" er satt til 100
    Og "pre_project.financing.specialist_share" er satt til 0
    Når initiativet vurderes
    Så er regelen "FOR-07" oppfylt
    Og er regelen "FOR-08" ikke oppfylt
    Og er utfallet "klar"
    Og sier funnet for "FOR-08" «Spesialisthelsetjenestens andel av finansieringen er ikke oppgitt, eller den er null.»
    Og sier ikke funnet for "FOR-08" «Kommunenes andel»

  Scenario: Én part som bestemmer alene i styringsgruppen er det meldingen sier (FOR-14)
    Gitt et initiativ som er klart for porten "establishment"
    Og "pre_project.governance.decision_rule" er satt til single_party
    Når initiativet vurderes
    Så er regelen "FOR-14" ikke oppfylt
    Og sier funnet for "FOR-14" «I styringsgruppen bestemmer én part alene.»
    Og sier ikke funnet for "FOR-14" «Styringsgruppen har ingen»
    Og råder funnet for "FOR-14" ««enighet» eller «flertall»»

  Scenario: En signert avtale uten spesialisthelsetjenesten sier hvilket nivå som mangler (FOR-01)
    Gitt et initiativ som er klart for porten "establishment"
    Og "agreement.parties" er satt til [drammen, lier]
    Når initiativet vurderes
    Så er regelen "FOR-01" ikke oppfylt
    Og sier funnet for "FOR-01" «Avtalen binder ingen part fra spesialisthelsetjenesten.»
    Og sier ikke funnet for "FOR-01" «ikke signert»
    Og råder funnet for "FOR-01" «Få helseforetaket eller BUP med i avtalen»
    Og råder ikke funnet for "FOR-01" «Ferdigforhandle»

  Scenario: Et avtaleutkast sier at avtalen ikke er signert (FOR-01)
    Gitt et initiativ som er klart for porten "establishment"
    Og "agreement.status" er satt til draft
    Når initiativet vurderes
    Så er regelen "FOR-01" ikke oppfylt
    Og sier funnet for "FOR-01" «Samarbeidsavtalen er ikke signert.»
    Og sier ikke funnet for "FOR-01" «Avtalen binder ingen»
    Og råder funnet for "FOR-01" «Ferdigforhandle samarbeidsavtalen»

  Scenario: Styringsgruppen kan beslutte ved flertall
    Gitt et initiativ som er klart for porten "establishment"
    Og "pre_project.governance.decision_rule" er satt til majority
    Når initiativet vurderes
    Så er regelen "FOR-14" oppfylt

  Scenario: En manglende beslutningsregel regnes ikke som at én part bestemmer
    Gitt et initiativ som er klart for porten "establishment"
    Og "pre_project.governance.decision_rule" er fjernet
    Når initiativet vurderes
    Så er regelen "FOR-14" oppfylt

  Scenario: Avtale med barnevern og skole kan være signert i stedet for planlagt
    Gitt et initiativ som er klart for porten "establishment"
    Og "pre_project.cooperation[child_welfare].agreement" er satt til signed
    Og "pre_project.cooperation[school].agreement" er satt til signed
    Når initiativet vurderes
    Så er regelen "FOR-11" oppfylt

  Scenario: Uten planlagt skoleavtale er samarbeidet beskrevet, men anbefalingen ikke fulgt
    Gitt et initiativ som er klart for porten "establishment"
    Og "pre_project.cooperation[school]" er fjernet
    Når initiativet vurderes
    Så er regelen "FOR-10" oppfylt
    Og er regelen "FOR-11" ikke oppfylt

  Scenario: Ledelsen som bare støtter arbeidet, nevnes part for part
    Gitt et initiativ som er klart for porten "establishment"
    Og "parties[drammen].leadership.level" er satt til endorsed
    Og "parties[lier].leadership.level" er satt til informed
    Når initiativet vurderes
    Så er regelen "FOR-02" ikke oppfylt
    Og nevner funnet for "FOR-02" partene "drammen, lier"
    Og peker funnet for "FOR-02" på "parties[0].leadership.level"
    Og er regelen "IDE-03" oppfylt

  Scenario: Ledelse som ikke engang er orientert bryter også idéfasens krav
    Gitt et initiativ som er klart for porten "establishment"
    Og "parties[vvhf-bup].leadership.level" er satt til none
    Når initiativet vurderes
    Så er regelen "IDE-03" ikke oppfylt
    Og mangler forutsetningene "IDE-03, FOR-02"

  Scenario: Den signerte avtalen kan ikke fravikes
    Gitt et initiativ som er klart for porten "establishment"
    Og "agreement.status" er satt til intent
    Og et avvik fra "FOR-01" begrunnet med "Avtalen signeres etter søknadsfristen" og akseptert av "Styringsgruppen"
    Når initiativet vurderes
    Så avvises filen med en feil som nevner "FOR-01"

  Scenario: En begrunnet anbefaling som er fraveket, er akseptert
    Gitt et initiativ som er klart for porten "establishment"
    Og "pre_project.intake.gradual" er satt til false
    Og et avvik fra "FOR-13" begrunnet med "Teamet overtar en ferdig venteliste fra BUP" og akseptert av "Styringsgruppen"
    Når initiativet vurderes
    Så er regelen "FOR-13" akseptert
    Og er utfallet "klar"

  Scenario: Et ferdig forprosjekt vurdert mot den senere porten "operation" er ikke klart
    Gitt et initiativ som er klart for porten "establishment"
    Når initiativet vurderes mot porten "operation"
    Så er porten "operation"
    Og er regelen "ETB-01" ikke oppfylt
    Og er utfallet "ikke klar"

  Scenario: Meldingen om finansieringen sier summen og at det mangler en plan etter tilskuddet (FOR-07)
    Gitt initiativfilen "glamdalen-forprosjekt-finansiering.yaml"
    Når initiativet vurderes
    Så er regelen "FOR-07" ikke oppfylt
    Og sier funnet for "FOR-07" «Andelene summerer til 90 prosent, ikke 100.»
    Og sier funnet for "FOR-07" «Det står ikke hvem som betaler etter tilskuddsperioden»

  Scenario: Med riktig sum nevner meldingen bare det som mangler (FOR-07)
    Gitt et initiativ som er klart for porten "establishment"
    Og "pre_project.financing.after_grant" er fjernet
    Når initiativet vurderes
    Så er regelen "FOR-07" ikke oppfylt
    Og sier funnet for "FOR-07" «Det står ikke hvem som betaler etter tilskuddsperioden»
    Og sier ikke funnet for "FOR-07" «summerer»

  Scenario: Troskapsmåling uten en plan for kvalitetssikringen er ikke nok (FOR-09)
    Gitt et initiativ som er klart for porten "establishment"
    Og "pre_project.quality_assurance.plan" er fjernet
    Når initiativet vurderes
    Så er regelen "FOR-09" ikke oppfylt
    Og sier funnet for "FOR-09" «Det mangler en beskrivelse av kvalitetssikringen»
    Og sier ikke funnet for "FOR-09" «Det er ikke planlagt troskapsmåling»
    Og er utfallet "ikke klar"

  Scenario: Meldingen om barnevern og skole nevner bare avtalen som mangler (FOR-11)
    Gitt et initiativ som er klart for porten "establishment"
    Og "pre_project.cooperation[child_welfare].agreement" er satt til none
    Når initiativet vurderes
    Så er regelen "FOR-11" ikke oppfylt
    Og sier funnet for "FOR-11" «Det er ikke planlagt en egen samarbeidsavtale med barnevernet.»
    Og sier ikke funnet for "FOR-11" «skolen»
    Og råder ikke funnet for "FOR-11" «skoleeier»

  Scenario: Mangler begge avtalene, sier meldingen det én gang (FOR-11)
    Gitt et initiativ som er klart for porten "establishment"
    Og "pre_project.cooperation" er satt til [{with: nav, agreement: planned}]
    Når initiativet vurderes
    Så er regelen "FOR-11" ikke oppfylt
    Og sier funnet for "FOR-11" «Det er verken planlagt en egen samarbeidsavtale med barnevernet eller med skolen.»
    Og sier ikke funnet for "FOR-11" «Det er ikke planlagt»
    Og råder funnet for "FOR-11" «fylkeskommunen for videregående skole»

  Abstrakt Scenario: Et forprosjekt som følger også de nye anbefalingene (FOR-18…FOR-22)
    Gitt initiativfilen "drammen-lier-forprosjekt-klar.yaml"
    Når initiativet vurderes
    Så er regelen "<regel>" oppfylt
    Og er utfallet "klar"

    Eksempler:
      | regel  |
      | FOR-18 |
      | FOR-19 |
      | FOR-20 |
      | FOR-21 |
      | FOR-22 |

  Abstrakt Scenario: En anbefaling fra Nasjonalt implementeringsteam som ikke er fulgt, er en advarsel (FOR-18…FOR-21)
    Gitt initiativfilen "drammen-lier-forprosjekt-klar.yaml"
    Og "<sti>" er satt til <verdi>
    Når initiativet vurderes
    Så er regelen "<regel>" ikke oppfylt
    Og er utfallet "klar"
    Og har funnet for "<regel>" grunnlaget «Anbefaling fra Nasjonalt implementeringsteam»

    Eksempler:
      | regel  | sti                                    | verdi                                                       |
      | FOR-18 | pre_project.staffing_plan              | [{role: Sosionom, level: municipal, fte: 1, profession: social_worker}, {role: Sykepleier, level: specialist, fte: 1, profession: nurse}] |
      | FOR-19 | target_group.includes                  | [mental_health, child_welfare]                              |
      | FOR-19 | target_group.includes                  | [mental_health, substance_use]                              |
      | FOR-20 | pre_project.intake.referrers           | [bup, school]                                               |
      | FOR-21 | pre_project.governance.steering_group  | [drammen, vvhf-bup]                                         |

  Scenario: Uten dato for når prosjektlederen begynte, gir idéfaseheftet et råd om å ansette tidlig (FOR-22)
    Gitt initiativfilen "drammen-lier-forprosjekt-klar.yaml"
    Og "pre_project.project_leader_hired" er fjernet
    Når initiativet vurderes
    Så er regelen "FOR-22" ikke oppfylt
    Og er utfallet "klar"
    Og har funnet for "FOR-22" grunnlaget «Idéfaseheftets sjekkliste og råd»

  Scenario: Målgruppen uten psykose får en melding som nevner bare psykose (FOR-19)
    Gitt initiativfilen "drammen-lier-forprosjekt-klar.yaml"
    Og "target_group.includes" er satt til [substance_use]
    Når initiativet vurderes
    Så sier funnet for "FOR-19" «Målgruppen nevner ikke ungdom med psykose»
    Og sier ikke funnet for "FOR-19" «rusproblemer (target_group.includes)»

  Scenario: Kjerneparter utenfor styringsgruppen nevnes ved navn (FOR-21)
    Gitt initiativfilen "drammen-lier-forprosjekt-klar.yaml"
    Og "pre_project.governance.steering_group" er satt til [vvhf-bup]
    Når initiativet vurderes
    Så er regelen "FOR-21" ikke oppfylt
    Og nevner funnet for "FOR-21" partene "drammen, lier"
    Og er regelen "FOR-14" ikke oppfylt
    Og sier funnet for "FOR-14" «Styringsgruppen har ingen kommune eller bydel.»
    Og sier ikke funnet for "FOR-14" «fra spesialisthelsetjenesten»
