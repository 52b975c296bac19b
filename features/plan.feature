# language: no
Egenskap: Neste steg mot porten
  En koordinator spør: «Hva gjør vi nå, og i hvilken rekkefølge?» `readiness plan` viser de
  påkrevde stegene først, i rekkefølgen fra sjekklisten i idéfaseheftet (1.13, punkt 1–11) og
  fasetabellen (1.5), så de anbefalte. Råd er utelatt. Hvert steg sier hva dere gjør, hvilke
  nøkler dere fyller inn og hvor kravet kommer fra.

  Scenario: En tidlig idéfase følger sjekklisten: modellen først, beslutningen sist
    Gitt initiativfilen "gamle-oslo-tidlig.yaml"
    Når jeg lager en plan for initiativet
    Så er steg 1 regelen "IDE-14"
    Og er steg 2 regelen "IDE-02"
    Og er steg 13 regelen "IDE-17"
    Og kommer de påkrevde stegene før de anbefalte
    Og er exit-koden 1

  Scenario: Et steg for en part navngir partens nøkler
    Gitt initiativfilen "grenland-uten-avtale.yaml"
    Når jeg lager en plan for initiativet
    Så ber steget for "IDE-12" om å fylle inn "parties[siljan].stance"
    Og ber steget for "IDE-05" om å fylle inn "agreement.status"

  Scenario: Forprosjektet følger fasetabellen
    Gitt et initiativ som er klart for porten "establishment"
    Og "pre_project.establishment_lead" er fjernet
    Og "pre_project.financing" er fjernet
    Og "agreement.status" er satt til draft
    Når jeg lager en plan for initiativet
    Så er steg 1 regelen "FOR-04"
    Og er steg 2 regelen "FOR-07"
    Og er steg 3 regelen "FOR-01"

  Scenario: Et klart initiativ uten åpne anbefalinger har ingen steg
    Gitt et initiativ som er klart for porten "operation"
    Når jeg lager en plan for initiativet
    Så er planen tom
    Og er exit-koden 0

  Scenario: Planen er etterprøvd: følger dere eksemplene, blir initiativet klart
    Gitt initiativfilen "gamle-oslo-tidlig.yaml"
    Når jeg lager en plan for initiativet
    Så blir initiativet klart når eksemplene i planen følges
