# language: no
Egenskap: Hva om? Vurdere en endring før den er gjort
  En rådgiver spør: «Hvis avtalen var signert og ledelsen i Siljan hadde forpliktet seg, ville
  dere vært klare?» `readiness whatif` vurderer filen med endringene, uten å endre den, og viser
  utfallet før og etter, funnene som blir løst, nye funn og hvor mange åpne funn som står igjen.

  Scenario: En signert avtale gjør forprosjektet klart
    Gitt initiativfilen "vestfold-nord-forprosjekt-avtaleutkast.yaml"
    Når jeg spør hva om "agreement.status" var signed
    Så går utfallet fra "ikke klar" til "klar"
    Og er funnet for "FOR-01" løst
    Og er 4 åpne funn uendret
    Og er exit-koden 0

  Scenario: Flere endringer på en gang, med en part valgt etter id
    Gitt initiativfilen "grenland-uten-avtale.yaml"
    Når jeg spør hva om "agreement.status" var intent og "parties[siljan].stance" var committed
    Så er funnet for "IDE-12" løst
    Og går utfallet fra "ikke klar" til "ikke klar"
    Og er exit-koden 1

  Scenario: En endring som gjør det verre, gir et nytt funn
    Gitt et initiativ som er klart for porten "preproject"
    Når jeg spør hva om "checklist.grant_rules_read" var false
    Så går utfallet fra "klar" til "ikke klar"
    Og er funnet for "IDE-15" nytt

  Scenario: Den endrede filen skrives til en ny fil med kommentarene, og originalen er uendret
    Gitt en kopi av eksempelet "vestfold-nord-forprosjekt-avtaleutkast.yaml"
    Når jeg kjører hva om med "--set agreement.status=signed" og skriver til "signert.yaml"
    Så er exit-koden 0
    Og er inndatafilen uendret
    Og har den nye filen «status: signed» og kommentarene fra originalen

  Scenario: Ukjent nøkkel gir en feil som viser de gyldige nøklene
    Når jeg kjører "readiness whatif examples/vestfold-nord-klar.yaml --set agreement.stats=signed"
    Så er exit-koden 2
    Og skriver readiness "mente du «status»?"
    Og skriver readiness "Gyldige nøkler her: status, parties, date, document"

  Scenario: Ugyldig verdi gir en feil som viser valgene
    Når jeg kjører "readiness whatif examples/vestfold-nord-klar.yaml --set agreement.status=signert"
    Så er exit-koden 2
    Og skriver readiness "«signert» er ikke en gyldig verdi for agreement.status"
    Og skriver readiness "signed"
