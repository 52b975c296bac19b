# language: no
Egenskap: Hva endret seg i vurderingen mellom to versjoner av filen
  I en pull request vil den som ser over, vite hva endringen betyr: `readiness diff GAMMEL NY`
  viser utfallet før og etter, funnene som er løst og nye funn. Begge versjonene vurderes mot
  porten for den nye versjonens fase.

  Scenario: Avtalen er signert i den nye versjonen
    Gitt initiativfilen "vestfold-nord-forprosjekt-avtaleutkast.yaml"
    Og en ny versjon der "agreement.status" er satt til signed
    Når de to versjonene sammenlignes
    Så går utfallet fra "ikke klar" til "klar"
    Og er funnet for "FOR-01" løst
    Og er exit-koden 0

  Scenario: En endring som fjerner en forutsetning, er en forverring
    Gitt et initiativ som er klart for porten "preproject"
    Og en ny versjon der "services.gaps" er satt til ""
    Når de to versjonene sammenlignes
    Så går utfallet fra "klar" til "ikke klar"
    Og er funnet for "IDE-09" nytt
    Og er exit-koden 1
