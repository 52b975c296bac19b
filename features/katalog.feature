# language: no
Egenskap: Hver regel i katalogen kan oppfylles
  Et initiativ som har gjort alt katalogen ber om, oppfyller hver regel i porten det vurderes
  mot, også anbefalingene og rådene i versjon 2 av katalogen: kontakt med
  implementeringsstøtten (IDE-19), psykolog eller psykiater i bemanningen (FOR-18), rus og
  psykose i målgruppen (FOR-19), barnevernet som henviser (FOR-20), alle kjerneparter i
  styringsgruppen (FOR-21), prosjektleder ansatt (FOR-22) og signerte samarbeidsavtaler med
  barnevern og skole (ETB-08). Hver regel er også vist ikke oppfylt i de andre egenskapene.

  Bakgrunn:
    Gitt vurderingsdatoen er "2026-11-22"

  Scenario: Idéfasen: et initiativ som også har kontaktet implementeringsstøtten, oppfyller hver regel
    Gitt et initiativ som er klart for porten "preproject"
    Når initiativet vurderes
    Så er hver regel i porten oppfylt

  Scenario: Søknaden om forprosjektmidler: en komplett søknad oppfyller også hver søknadsregel
    Gitt initiativfilen "vestfold-nord-soknad-klar.yaml"
    Og "checklist.implementation_team_contacted" er satt til true
    Når initiativet vurderes
    Så er porten "preproject"
    Og er hver regel i porten oppfylt

  Scenario: Forprosjektet: et forprosjekt som følger anbefalingene fra Nasjonalt implementeringsteam, oppfyller hver regel
    Gitt initiativfilen "drammen-lier-forprosjekt-klar.yaml"
    Når initiativet vurderes
    Så er porten "establishment"
    Og er hver regel i porten oppfylt

  Scenario: Etableringen: et team med signerte avtaler med barnevern og skole oppfyller hver regel
    Gitt initiativfilen "drammen-lier-etablering-klar.yaml"
    Når initiativet vurderes
    Så er porten "operation"
    Og er hver regel i porten oppfylt
