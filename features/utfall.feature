# language: no
Egenskap: Utfall, avvik og exit-koder
  Utfallet for en port er «avsluttet» når idéfasen endte med en annen løsning og utfallet er
  skrevet ned (idéfaseheftet, pkt. 1.12), «ikke klar» når en påkrevd regel ikke er oppfylt,
  ellers «klar». Et avsluttet utfall er lukket: reglene som ikke er oppfylt, vises til
  informasjon, uten tiltak og uten «manglende forutsetninger».

  Scenario: Idéfasen avsluttet med en annen løsning enn FACT Ung
    Gitt et initiativ som er klart for porten "preproject"
    Og "decision.outcome" er satt til other_solution
    Og "agreement.status" er satt til none
    Når initiativet vurderes
    Så er utfallet "avsluttet"
    Og er regelen "IDE-16" oppfylt
    Og er regelen "IDE-05" ikke oppfylt

  Scenario: En annen løsning uten skriftlig begrunnelse er ikke avsluttet
    Gitt et initiativ som er klart for porten "preproject"
    Og "decision.outcome" er satt til other_solution
    Og "decision" er satt til {outcome: other_solution}
    Når initiativet vurderes
    Så er utfallet "ikke klar"
    Og mangler forutsetningene "IDE-17"

  Scenario: Et akseptert avvik fra en anbefaling
    Gitt et initiativ som er klart for porten "preproject"
    Og "target_group.sources" er satt til [BUP]
    Og et avvik fra "IDE-08" begrunnet med "Bare BUP har oversikt i vår region" og akseptert av "Styringsgruppen"
    Når initiativet vurderes
    Så er regelen "IDE-08" akseptert
    Og er utfallet "klar"

  Scenario: Et akseptert avvik fra en påkrevd regel som kan fravikes
    Gitt et initiativ som er klart for porten "preproject"
    Og "checklist.grant_rules_read" er satt til false
    Og et avvik fra "IDE-15" begrunnet med "Regelverket gjennomgås med Statsforvalteren i møte" og akseptert av "Styringsgruppen"
    Når initiativet vurderes
    Så er regelen "IDE-15" akseptert
    Og er utfallet "klar"

  Scenario: Et avvik fra en regel som ikke kan fravikes avvises
    Gitt et initiativ som er klart for porten "preproject"
    Og et avvik fra "IDE-01" begrunnet med "Vi starter uten BUP" og akseptert av "Kommunalsjef"
    Når initiativet vurderes
    Så avvises filen med en feil som nevner "IDE-01"

  Scenario: Et avvik fra en ukjent regel avvises
    Gitt et initiativ som er klart for porten "preproject"
    Og et avvik fra "IDE-99" begrunnet med "Skrivefeil" og akseptert av "Kommunalsjef"
    Når initiativet vurderes
    Så avvises filen med en feil som nevner "IDE-99"

  Scenario: Et klart initiativ gir exit-kode 0
    Gitt et initiativ som er klart for porten "preproject"
    Når jeg kjører readiness check på initiativet
    Så er exit-koden 0
    Og skriver readiness "KLAR"

  Scenario: Et initiativ som ikke er klart gir exit-kode 1
    Gitt et initiativ som er klart for porten "preproject"
    Og "youth_involvement" er satt til []
    Når jeg kjører readiness check på initiativet
    Så er exit-koden 1
    Og skriver readiness "IKKE KLAR"
    Og skriver readiness "IDE-06"

  Scenario: En anbefaling som ikke er fulgt feiler bare med --strict
    Gitt et initiativ som er klart for porten "preproject"
    Når jeg kjører "readiness check examples/vestfold-nord-anbefalinger.yaml --strict"
    Så er exit-koden 1

  Scenario: En ugyldig fil gir exit-kode 2
    Gitt et initiativ som er klart for porten "preproject"
    Og "parties[tonsberg].kind" er satt til kommune
    Når jeg kjører readiness check på initiativet
    Så er exit-koden 2
    Og skriver readiness "kommune"
    Og skriver readiness "municipality"

  Scenario: Høyeste exit-kode gjelder når flere filer vurderes
    Gitt et initiativ som er klart for porten "preproject"
    Når jeg kjører "readiness check examples/vestfold-nord-klar.yaml examples/grenland-uten-avtale.yaml"
    Så er exit-koden 1

  Scenario: Et avsluttet utfall vises som lukket, uten tiltak
    Gitt et initiativ som er klart for porten "preproject"
    Når jeg kjører "readiness check examples/indre-ostfold-annen-losning.yaml"
    Så er exit-koden 0
    Og skriver readiness "AVSLUTTET"
    Og skriver readiness "Til informasjon: regler som ikke er oppfylt"
    Og skriver readiness ikke "Gjør dette"
    Og skriver readiness ikke "Manglende forutsetninger"
    Og skriver readiness ikke "manglende forutsetning"

  Scenario: Planen for et avsluttet utfall sier at idéfasen endte med en annen løsning
    Gitt et initiativ som er klart for porten "preproject"
    Når jeg kjører "readiness plan examples/indre-ostfold-annen-losning.yaml"
    Så er exit-koden 0
    Og skriver readiness "Idéfasen er avsluttet med en annen løsning enn FACT Ung"
    Og skriver readiness ikke "Gjør dette"
    Og skriver readiness ikke "utelatt fra planen"

  Scenario: Hver regel viser grunnlaget ved siden av alvorligheten
    Gitt et initiativ som er klart for porten "preproject"
    Når jeg kjører "readiness check examples/grenland-uten-avtale.yaml"
    Så skriver readiness "Påkrevd · Vilkår i tilskuddsordningen · Kilde: Idéfaseheftet, pkt. 1.8"
    Og skriver readiness "Påkrevd · Idéfaseheftets sjekkliste og råd · Kilde: Idéfaseheftet, pkt. 1.13, sjekklistepunkt 2"
