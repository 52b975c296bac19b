# language: no
Egenskap: Generelle regler som gjelder ved alle porter
  FACT Ung er for ungdom 12–25 år med funksjonssvikt på flere livsområder (idefase 1.2, 1.7).
  Rådene om opptaksområdets størrelse og reiseavstander kommer fra høringssvaret (2023, pkt. 4).

  Bakgrunn:
    Gitt et initiativ som er klart for porten "preproject"

  Scenario: Aldersspennet 12–25 år er oppfylt
    Når initiativet vurderes
    Så er regelen "GEN-01" oppfylt

  Abstrakt Scenario: Aldersspenn utenfor 12–25 år er en manglende forutsetning (GEN-01)
    Gitt "target_group.<nøkkel>" er satt til <verdi>
    Når initiativet vurderes
    Så er regelen "GEN-01" ikke oppfylt
    Og er utfallet "ikke klar"
    Og sier funnet for "GEN-01" «<melding>»
    Og sier ikke funnet for "GEN-01" «ikke oppgitt»

    Eksempler:
      | nøkkel  | verdi | melding                                                   |
      | age_min | 10    | Laveste alder for målgruppen er under 12 år.              |
      | age_max | 26    | Høyeste alder for målgruppen er over 25 år.               |
      | age_max | 11    | Laveste alder for målgruppen er høyere enn høyeste alder. |

  Scenario: Uten aldersspenn mangler GEN-01
    Gitt "target_group.age_max" er fjernet
    Når initiativet vurderes
    Så er regelen "GEN-01" ikke oppfylt
    Og peker funnet for "GEN-01" på "target_group"
    Og sier funnet for "GEN-01" «Høyeste alder for målgruppen er ikke oppgitt.»
    Og sier ikke funnet for "GEN-01" «Laveste alder»

  Scenario: Målgruppe avgrenset etter diagnose er en advarsel, ikke en manglende forutsetning (GEN-02)
    Gitt "target_group.basis" er satt til diagnosis
    Når initiativet vurderes
    Så er regelen "GEN-02" ikke oppfylt
    Og er utfallet "klar"

  Scenario: Målgruppe avgrenset etter funksjon (GEN-02)
    Når initiativet vurderes
    Så er regelen "GEN-02" oppfylt

  Scenario: Lite opptaksområde med flere kommuner gir råd om tilpasninger, ikke om et interkommunalt team (GEN-03)
    Gitt "catchment.population" er satt til 9000
    Når initiativet vurderes
    Så er regelen "GEN-03" ikke oppfylt
    Og er utfallet "klar"
    Og sier funnet for "GEN-03" «katalogens tommelfingerregel»
    Og råder funnet for "GEN-03" «Samarbeidet har allerede flere kommuner eller bydeler»
    Og råder ikke funnet for "GEN-03" «interkommunalt»

  Scenario: Lite opptaksområde med én kommune gir råd om et interkommunalt team (GEN-03)
    Gitt "catchment.population" er satt til 9000
    Og "parties[faerder].core" er satt til false
    Når initiativet vurderes
    Så er regelen "GEN-03" ikke oppfylt
    Og råder funnet for "GEN-03" «interkommunalt team»

  Scenario: Lite opptaksområde i en bydel gir råd om et felles team med nabobydelene (GEN-03)
    Gitt "catchment.population" er satt til 9000
    Og "parties[faerder].core" er satt til false
    Og "parties[tonsberg].kind" er satt til city_district
    Når initiativet vurderes
    Så er regelen "GEN-03" ikke oppfylt
    Og råder funnet for "GEN-03" «nabobydelene»
    Og råder ikke funnet for "GEN-03" «interkommunalt»

  Scenario: Få ungdommer i målgruppen gir samme råd (GEN-03)
    Gitt "target_group.estimated_size" er satt til 12
    Når initiativet vurderes
    Så er regelen "GEN-03" ikke oppfylt

  Scenario: Uten tall for opptaksområdet gis ikke rådet (GEN-03)
    Gitt "catchment" er fjernet
    Når initiativet vurderes
    Så er regelen "GEN-03" oppfylt
    Og er regelen "GEN-04" oppfylt

  Scenario: Lange reiser gir råd om tilpasninger (GEN-04)
    Gitt "catchment.max_travel_minutes" er satt til 95
    Når initiativet vurderes
    Så er regelen "GEN-04" ikke oppfylt
    Og er utfallet "klar"

  Scenario: Reisetid på inntil en time (GEN-04)
    Gitt "catchment.max_travel_minutes" er satt til 60
    Når initiativet vurderes
    Så er regelen "GEN-04" oppfylt
