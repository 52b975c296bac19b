# language: no
Egenskap: Søknaden om tilskudd sjekkes før den sendes til Statsforvalteren
  Når initiativfilen har en søknad (application) for porten som vurderes, kommer
  søknadsreglene APP-01 til APP-10 med i vurderingen: kommunen som hovedsøker, felles søknad
  fra begge tjenestenivåer, signaturer, budsjett og egenfinansiering, beløp innenfor
  utlysningens grense, mål og milepæler, risikovurdering, varig drift (bare for
  etableringsmidler) og fristen. Kilden er tilskuddsordningens regelverk og utlysninger
  (tilskudd); grensene står i rules/call.yaml. Vurderingsdatoen er fast i disse scenarioene.

  Bakgrunn:
    Gitt vurderingsdatoen er "2026-11-22"

  Scenario: En komplett og riktig søknad om forprosjektmidler er klar
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Når initiativet vurderes
    Så er porten "preproject"
    Og er utfallet "klar"
    Og mangler ingen forutsetninger

  Abstrakt Scenario: Hver søknadsregel er oppfylt i den komplette søknaden
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Når initiativet vurderes
    Så er regelen "<regel>" oppfylt

    Eksempler:
      | regel  |
      | APP-01 |
      | APP-02 |
      | APP-03 |
      | APP-04 |
      | APP-05 |
      | APP-06 |
      | APP-07 |
      | APP-08 |
      | APP-10 |

  Abstrakt Scenario: Uten søknad er søknadsreglene ikke med
    Gitt initiativfilen "vestfold-nord-klar.yaml"
    Når initiativet vurderes
    Så inneholder vurderingen ikke regelen "<regel>"

    Eksempler:
      | regel  |
      | APP-01 |
      | APP-03 |
      | APP-06 |
      | APP-10 |

  Scenario: En søknad for en annen port enn den som vurderes, er ikke med
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.for_gate" er satt til establishment
    Når initiativet vurderes
    Så er porten "preproject"
    Og inneholder vurderingen ikke regelen "APP-01"
    Og inneholder vurderingen ikke regelen "APP-06"
    Og er utfallet "klar"

  Scenario: Varig drift (APP-09) gjelder ikke søknad om forprosjektmidler
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Når initiativet vurderes
    Så inneholder vurderingen ikke regelen "APP-09"

  Scenario: En søknad om etableringsmidler må si hvordan varig drift sikres
    Gitt initiativfilen "vestfold-nord-forprosjekt-klar.yaml"
    Og søknaden fra "vestfold-nord-soknad-klar.yaml" er lagt til for porten "establishment"
    Når initiativet vurderes
    Så er porten "establishment"
    Og er regelen "APP-09" ikke oppfylt
    Og peker funnet for "APP-09" på "application.lasting_operation"
    Og er utfallet "ikke klar"
    Og mangler forutsetningene "APP-09"

  Scenario: Med varig drift beskrevet er søknaden om etableringsmidler klar
    Gitt initiativfilen "vestfold-nord-forprosjekt-klar.yaml"
    Og søknaden fra "vestfold-nord-soknad-klar.yaml" er lagt til for porten "establishment"
    Og "application.lasting_operation" er satt til "Driften deles 50/50 mellom kommunene og helseforetaket fra 2030."
    Og "application.amount_requested" er satt til 5500000
    Når initiativet vurderes
    Så er regelen "APP-09" oppfylt
    Og er regelen "APP-06" oppfylt
    Og er utfallet "klar"

  Scenario: Helseforetaket som hovedsøker er en advarsel, ikke en manglende forutsetning
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.main_applicant" er satt til siv-bup
    Og "application.co_applicants" er satt til [tonsberg]
    Når initiativet vurderes
    Så er regelen "APP-01" ikke oppfylt
    Og nevner funnet for "APP-01" partene "siv-bup"
    Og er regelen "APP-02" oppfylt
    Og er utfallet "klar"

  Scenario: Et begrunnet avvik fra kommunen som hovedsøker aksepteres
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.main_applicant" er satt til siv-bup
    Og "application.co_applicants" er satt til [tonsberg]
    Og et avvik fra "APP-01" begrunnet med "Helseforetaket er prosjekteier i forprosjektet" og akseptert av "Styringsgruppen"
    Når initiativet vurderes
    Så er regelen "APP-01" akseptert

  Scenario: Uten hovedsøker mangler både hovedsøker og felles søknad, og readiness sier hvorfor
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.main_applicant" er fjernet
    Når initiativet vurderes
    Så er regelen "APP-01" ikke oppfylt
    Og sier funnet for "APP-01" «ikke oppgitt»
    Og er regelen "APP-02" ikke oppfylt
    Og er regelen "APP-03" oppfylt
    Og er utfallet "ikke klar"
    Og mangler forutsetningene "APP-02"

  Scenario: En søknad fra bare kommunen er ikke en felles søknad
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.co_applicants" er satt til [faerder]
    Og "application.signatures[siv-bup].party" er satt til faerder
    Når initiativet vurderes
    Så er regelen "APP-02" ikke oppfylt
    Og peker funnet for "APP-02" på "application.co_applicants"
    Og er regelen "APP-03" oppfylt
    Og mangler forutsetningene "APP-02"

  Scenario: Felles søknad kan ikke fravikes
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og et avvik fra "APP-02" begrunnet med "Vi søker alene" og akseptert av "Kommunedirektøren"
    Når initiativet vurderes
    Så avvises filen med en feil som nevner "APP-02"

  Scenario: En søker som ikke har signert, nevnes i funnet
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.signatures[siv-bup]" er fjernet
    Når initiativet vurderes
    Så er regelen "APP-03" ikke oppfylt
    Og nevner funnet for "APP-03" partene "siv-bup"
    Og peker funnet for "APP-03" på "application.signatures"
    Og er utfallet "ikke klar"
    Og mangler forutsetningene "APP-03"

  Abstrakt Scenario: Budsjett og omsøkt beløp må være med
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "<nøkkel>" er fjernet
    Når initiativet vurderes
    Så er regelen "APP-04" ikke oppfylt
    Og mangler forutsetningene "<mangler>"

    Eksempler:
      | nøkkel                       | mangler        |
      | application.budget           | APP-04         |
      | application.amount_requested | APP-04, APP-06 |

  Scenario: Et budsjett med bare mellomrom regnes som tomt
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.budget" er satt til "   "
    Når initiativet vurderes
    Så er regelen "APP-04" ikke oppfylt

  Abstrakt Scenario: Egenfinansiering er anbefalt
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.own_funding" er satt til <beløp>
    Når initiativet vurderes
    Så er regelen "APP-05" <status>
    Og er utfallet "klar"

    Eksempler:
      | beløp | status       |
      | 0     | ikke oppfylt |
      | 1     | oppfylt      |

  Scenario: Uten oppgitt egenfinansiering er anbefalingen ikke fulgt
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.own_funding" er fjernet
    Når initiativet vurderes
    Så er regelen "APP-05" ikke oppfylt

  Abstrakt Scenario: Omsøkt beløp kan ikke være over utlysningens grense
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.amount_requested" er satt til <beløp>
    Når initiativet vurderes
    Så er regelen "APP-06" <status>

    Eksempler:
      | beløp   | status       |
      | 1000000 | oppfylt      |
      | 1000001 | ikke oppfylt |

  Scenario: Funnet for beløpet oppgir beløpet, grensen og utlysningens år
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.amount_requested" er satt til 1400000
    Når initiativet vurderes
    Så er regelen "APP-06" ikke oppfylt
    Og sier funnet for "APP-06" «1 400 000 kr»
    Og sier funnet for "APP-06" «1 000 000 kr»
    Og sier funnet for "APP-06" «2026»
    Og peker funnet for "APP-06" på "application.amount_requested"

  Abstrakt Scenario: Søknaden må ha mål og minst én milepæl
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "<nøkkel>" er fjernet
    Når initiativet vurderes
    Så er regelen "APP-07" ikke oppfylt
    Og mangler forutsetningene "APP-07"

    Eksempler:
      | nøkkel                 |
      | application.goals      |
      | application.milestones |

  Scenario: Uten risikovurdering er anbefalingen ikke fulgt
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.risk_assessment" er fjernet
    Når initiativet vurderes
    Så er regelen "APP-08" ikke oppfylt
    Og er utfallet "klar"

  Abstrakt Scenario: Fristen avhenger av vurderingsdatoen
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og vurderingsdatoen er "<dato>"
    Når initiativet vurderes
    Så er regelen "APP-10" <status>
    Og er utfallet "<utfall>"

    Eksempler:
      | dato       | status       | utfall    |
      | 2027-03-14 | oppfylt      | klar      |
      | 2027-03-15 | oppfylt      | klar      |
      | 2027-03-16 | ikke oppfylt | ikke klar |

  Scenario: Funnet for fristen oppgir fristen og vurderingsdatoen
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og vurderingsdatoen er "2027-04-02"
    Når initiativet vurderes
    Så sier funnet for "APP-10" «2027-03-15»
    Og sier funnet for "APP-10" «2027-04-02»
    Og mangler forutsetningene "APP-10"

  Scenario: En sendt søknad er ikke for sent ute
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.submitted" er satt til 2027-03-10
    Og vurderingsdatoen er "2027-06-01"
    Når initiativet vurderes
    Så er regelen "APP-10" oppfylt

  Scenario: Uten frist kan fristen ikke være passert
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "application.deadline" er fjernet
    Og vurderingsdatoen er "2030-01-01"
    Når initiativet vurderes
    Så er regelen "APP-10" oppfylt

  Scenario: Søknaden med formfeil er ikke klar
    Gitt initiativfilen "grenland-soknad-formfeil.yaml"
    Når initiativet vurderes
    Så er utfallet "ikke klar"
    Og mangler forutsetningene "APP-03, APP-06, APP-07"
    Og er regelen "APP-01" ikke oppfylt
    Og nevner funnet for "APP-03" partene "skien"
