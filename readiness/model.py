"""Step 2: the initiative format (../shared/spec/initiative-format.md) as pydantic v2 models.

Every key of the public contract is modelled; unknown keys are refused (``extra="forbid"``).
Descriptions are Norwegian: they become the JSON Schema's hover help in editors.
Service levels and "present" (non-blank text) are defined here, once.

Written for a fast cold start (every `readiness check` builds these models): no
``from __future__ import annotations`` (pydantic would compile each string annotation), models
built on first use (``defer_build``: validating an Initiative builds one validator, not one
per model), and list defaults from ``_no_items`` (see there).
"""

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
PartyRef = Annotated[str, Field(description="Id til en part i `parties`.")]
Text = Annotated[str, Field(description="Fritekst.")]

PartyKind = Literal[
    "municipality",
    "city_district",
    "specialist_health",
    "child_welfare",
    "school",
    "user_organisation",
    "other",
]
Level = Literal["specialist", "municipal"]
LeadershipLevel = Literal["none", "informed", "endorsed", "committed"]
LEADERSHIP_RANK: dict[str, int] = {"none": 0, "informed": 1, "endorsed": 2, "committed": 3}
Phase = Literal["idea", "pre_project", "establishment", "operation"]
GateId = Literal["preproject", "establishment"]


def level_of(kind: str) -> str | None:
    """A party's service level: specialist for specialist_health, municipal for municipality
    and city_district; other kinds have none."""
    if kind == "specialist_health":
        return "specialist"
    if kind in ("municipality", "city_district"):
        return "municipal"
    return None


def present(text: str | None) -> bool:
    """A text field counts as present when it holds a non-blank character."""
    return text is not None and bool(text.strip())


def _no_items() -> list[Any]:
    """The default of list fields. Not ``default_factory=list``: pydantic reads a factory's
    signature, and for a builtin that compiles tokenize's regex (~5 ms of a cold start)."""
    return []


class _Model(BaseModel):
    # coerce_numbers_to_str: `document: 2026-17` or `role: 1` are text fields; a number there is
    # what the user meant, not a type error.
    model_config = ConfigDict(
        extra="forbid", frozen=True, coerce_numbers_to_str=True, defer_build=True
    )


class InitiativeInfo(_Model):
    name: str = Field(description="Initiativets navn, f.eks. «FACT Ung Vestfold nord».")
    phase: Phase = Field(
        description="Fasen initiativet er i nå: idea (idéfase), pre_project (forprosjekt), "
        "establishment (etablering) eller operation (drift)."
    )
    updated: dt.date | None = Field(None, description="Når filen sist ble oppdatert.")


class Catchment(_Model):
    population: int | None = Field(None, ge=0, description="Innbyggere i hele opptaksområdet.")
    youth_population: int | None = Field(None, ge=0, description="Innbyggere 12–25 år.")
    max_travel_minutes: int | None = Field(
        None, ge=0, description="Lengste reisetid (minutter) fra teamets base til en ungdoms hjem."
    )


class Leadership(_Model):
    level: LeadershipLevel = Field(
        "none",
        description="Ledelsesforankring (idefase 1.9): informed = ledere er orientert, endorsed = "
        "ledere støtter videre arbeid, committed = ledere forplikter ressurser.",
    )
    by: str | None = Field(None, description="Lederens rolle (en rolle, ikke personopplysninger).")
    date: dt.date | None = Field(None, description="Dato for forankringen.")


# A party without a leadership entry has this one (frozen, so one instance serves them all).
# Built without validation: calling Leadership() while validating a file made pydantic build
# Leadership's own validator and load its plugin machinery (importlib.metadata), about 40 ms
# of a cold `readiness check` (python -X importtime).
_NO_LEADERSHIP = Leadership.model_construct()


def _no_leadership() -> Leadership:
    return _NO_LEADERSHIP


class Party(_Model):
    id: Slug = Field(description="Kort id som brukes i resten av filen, f.eks. «tonsberg».")
    name: str = Field(description="Organisasjonens navn, f.eks. «Tønsberg kommune».")
    kind: PartyKind = Field(
        description="Type part: municipality (kommune), city_district (bydel), specialist_health "
        "(spesialisthelsetjenesten: helseforetak, BUP, DPS), child_welfare (barnevern), school "
        "(skole), user_organisation (brukerorganisasjon), other (annet)."
    )
    core: bool = Field(
        False, description="Del av det forpliktende samarbeidet som skal eie teamet."
    )
    stance: Literal["committed", "interested", "undecided", "declined"] = Field(
        "undecided",
        description="Standpunkt til å gå videre i et forprosjekt (idefase 1.11).",
    )
    contact_established: dt.date | None = Field(
        None,
        description="Når kontakt mellom spesialisthelsetjenesten og denne parten ble etablert "
        "(sjekkliste punkt 2, idefase 1.13).",
    )
    leadership: Leadership = Field(
        default_factory=_no_leadership,
        description="Ledelsesforankring hos parten (idefase 1.9).",
    )

    @property
    def level(self) -> str | None:
        return level_of(self.kind)


class Agreement(_Model):
    status: Literal["none", "intent", "draft", "signed"] = Field(
        "none",
        description="Forpliktende samarbeid (idefase 1.8): intent = skriftlig intensjon, draft = "
        "avtaletekst under forhandling, signed = signert forpliktende samarbeidsavtale.",
    )
    parties: list[PartyRef] = Field(
        default_factory=_no_items, description="Partene avtalen binder (id-er fra parties)."
    )
    date: dt.date | None = Field(None, description="Avtalens dato.")
    document: str | None = Field(None, description="Hvor avtalen er arkivert.")


class YouthInvolvement(_Model):
    with_: str = Field(
        alias="with",
        description="Hvem: f.eks. «Mental Helse Ungdom Vestfold», «Ungdomsrådet i Tønsberg».",
    )
    kind: Literal["user_organisation", "youth_council", "young_people", "other"] = Field(
        description="Type: brukerorganisasjon, ungdomsråd, unge selv eller annet."
    )
    how: str | None = Field(None, description="Hva de var med på.")
    date: dt.date | None = Field(None, description="Dato.")

    model_config = ConfigDict(
        extra="forbid", frozen=True, populate_by_name=True, coerce_numbers_to_str=True
    )


class TargetGroup(_Model):
    age_min: int | None = Field(None, description="Laveste alder teamet skal gi tilbud til (12).")
    age_max: int | None = Field(None, description="Høyeste alder teamet skal gi tilbud til (25).")
    basis: Literal["function", "diagnosis", "mixed"] | None = Field(
        None,
        description="Hva inklusjonskriteriene bygger på (idefase 1.7: funksjon, ikke diagnose).",
    )
    estimated_size: int | None = Field(
        None, ge=0, description="Grovt anslag på antall ungdommer i målgruppen (idefase 1.10.1)."
    )
    sources: list[str] = Field(
        default_factory=_no_items,
        description="Tjenestene som er spurt om anslaget, f.eks. BUP, barnevernet, PPT, NAV.",
    )


class Services(_Model):
    gaps: str | None = Field(
        None,
        description="Mangler ved dagens tilbud: hvem faller utenfor, fanges ikke opp, får for "
        "lite hjelp (idefase 1.10.2).",
    )
    fit: str | None = Field(
        None,
        description="Hvordan et team vil passe inn blant eksisterende tilbud: hva det erstatter "
        "og ikke, og de sentrale samarbeidspartnerne (idefase 1.10.2).",
    )


class ProjectLeaderPlan(_Model):
    recruit_by: dt.date | None = Field(None, description="Når prosjektlederen skal være på plass.")
    funded_by: str | None = Field(None, description="Hvordan stillingen finansieres.")
    description: str | None = Field(None, description="Planen for ansettelse (idefase 1.12).")


class Checklist(_Model):
    model_studied: bool = Field(
        False, description="Modellbeskrivelsen for FACT Ung er lest (sjekkliste punkt 1)."
    )
    grant_rules_read: bool = Field(
        False, description="Regelverket for tilskuddsordningen er lest (sjekkliste punkt 9)."
    )


class Decision(_Model):
    outcome: Literal["proceed", "other_solution", "undecided"] = Field(
        "undecided",
        description="Idéfasens utfall: proceed (gå videre til forprosjekt), other_solution "
        "(annen løsning enn FACT Ung) eller undecided (ikke besluttet).",
    )
    date: dt.date | None = Field(None, description="Dato for beslutningen.")
    rationale: str | None = Field(None, description="Utfallet og begrunnelsene, skrevet kort.")
    document: str | None = Field(None, description="Hvor det skriftlige utfallet er arkivert.")


class Financing(_Model):
    municipal_share: int | None = Field(
        None, ge=0, le=100, description="Kommunenes andel av driften, i prosent."
    )
    specialist_share: int | None = Field(
        None, ge=0, le=100, description="Spesialisthelsetjenestens andel, i prosent."
    )
    after_grant: str | None = Field(None, description="Hvem betaler etter tilskuddsperioden.")


class QualityAssurance(_Model):
    fidelity_measurement: bool | None = Field(
        None, description="Modelltroskapsmåling er planlagt (horingssvar-2023 3.4)."
    )
    plan: str | None = Field(None, description="Plan for kvalitetssikring.")


class Cooperation(_Model):
    with_: Literal["child_welfare", "school", "nav", "other"] = Field(
        alias="with", description="Samarbeidspart: barnevern, skole, NAV eller annet."
    )
    agreement: Literal["none", "planned", "signed"] = Field(
        "none", description="Samarbeidsavtale: ingen, planlagt eller signert."
    )
    description: str | None = Field(None, description="Hvordan samarbeidet skal fungere.")

    model_config = ConfigDict(
        extra="forbid", frozen=True, populate_by_name=True, coerce_numbers_to_str=True
    )


class Intake(_Model):
    procedure: str | None = Field(None, description="Hvordan ungdommer tas inn i teamet.")
    gradual: bool | None = Field(None, description="Inntaket skjer gradvis.")


class Governance(_Model):
    steering_group: list[PartyRef] = Field(
        default_factory=_no_items, description="Partene i styringsgruppen (id-er)."
    )
    decision_rule: Literal["consensus", "majority", "single_party"] | None = Field(
        None, description="Hvordan styringsgruppen beslutter."
    )


class StaffingEntry(_Model):
    role: str = Field(description="Rolle, f.eks. «psykologspesialist».")
    level: Level = Field(description="Tjenestenivået stillingen hører til.")
    fte: float = Field(gt=0, description="Årsverk.")


class PreProject(_Model):
    establishment_owner: PartyRef | None = Field(
        None, description="Parten som har ansvaret for etableringen av teamet (idefase 1.5)."
    )
    establishment_lead: str | None = Field(
        None, description="Hvem som leder etableringen (en rolle)."
    )
    organisation: str | None = Field(
        None, description="Hvordan teamet organiseres: arbeidsgivermodell, rapporteringslinjer."
    )
    local_target_group: str | None = Field(
        None, description="Målgruppen tilpasset lokale tjenester (idefase 1.7)."
    )
    financing: Financing | None = Field(None, description="Finansiering av teamet.")
    quality_assurance: QualityAssurance | None = Field(None, description="Kvalitetssikring.")
    cooperation: list[Cooperation] = Field(
        default_factory=_no_items, description="Samarbeid med andre tjenester."
    )
    intake: Intake | None = Field(None, description="Inntak av ungdommer.")
    governance: Governance | None = Field(None, description="Styring av teamet.")
    staffing_plan: list[StaffingEntry] = Field(
        default_factory=_no_items, description="Bemanningsplan."
    )
    records: str | None = Field(
        None, description="Journal og informasjonsdeling på tvers av nivåene (juridisk, teknisk)."
    )
    user_involvement: str | None = Field(
        None, description="Hvordan ungdom og brukerrepresentanter deltar i teamets arbeid."
    )


class Establishment(_Model):
    staff_recruited: bool | None = Field(None, description="Teamets ansatte er rekruttert.")
    location: str | None = Field(None, description="Hvor teamet holder til.")
    team_leader: str | None = Field(None, description="Hvem som leder teamet (en rolle).")
    personnel_responsibility: PartyRef | None = Field(
        None, description="Parten som har personalansvaret."
    )
    professional_responsibility: PartyRef | None = Field(
        None, description="Parten som har fagansvaret."
    )
    peer_specialist: bool | None = Field(
        None, description="En brukerspesialist er blant de ansatte."
    )
    intake_start: dt.date | None = Field(None, description="Når inntaket starter.")
    fidelity_review: dt.date | None = Field(
        None, description="Når den første modelltroskapsmålingen er planlagt."
    )


class Deviation(_Model):
    rule: str = Field(description="Regel-id, f.eks. «IDE-08».")
    reason: str = Field(description="Hvorfor samarbeidet har valgt å fravike regelen.")
    accepted_by: str = Field(description="Hvem som aksepterte avviket (en rolle eller et organ).")
    date: dt.date | None = Field(None, description="Dato.")


class Milestone(_Model):
    what: str = Field(description="Milepælen.")
    by: dt.date = Field(description="Når den skal være nådd.")


class Signature(_Model):
    party: PartyRef = Field(description="Parten som har signert (id).")
    role: str = Field(description="Rollen som signerte, f.eks. «Kommunedirektør».")
    date: dt.date | None = Field(None, description="Dato for signaturen.")


class Application(_Model):
    for_gate: GateId = Field(
        description="Hva det søkes om: preproject (forprosjektmidler) eller establishment "
        "(etableringsmidler)."
    )
    main_applicant: PartyRef | None = Field(None, description="Hovedsøker (id).")
    co_applicants: list[PartyRef] = Field(
        default_factory=_no_items, description="Medsøkere (id-er); søknaden er felles."
    )
    amount_requested: int | None = Field(None, ge=0, description="Omsøkt beløp i kroner.")
    own_funding: int | None = Field(None, ge=0, description="Egenfinansiering i kroner.")
    budget: str | None = Field(None, description="Budsjettet, eller hvor det ligger.")
    goals: str | None = Field(None, description="Prosjektets mål.")
    milestones: list[Milestone] = Field(default_factory=_no_items, description="Milepælsplan.")
    risk_assessment: str | None = Field(None, description="Risikovurdering.")
    lasting_operation: str | None = Field(
        None, description="Hvordan varig drift sikres etter tilskuddsperioden."
    )
    signatures: list[Signature] = Field(default_factory=_no_items, description="Signaturer.")
    deadline: dt.date | None = Field(None, description="Søknadsfristen i utlysningen.")
    submitted: dt.date | None = Field(None, description="Når søknaden ble sendt.")


class Initiative(_Model):
    """One initiative file (format version 1)."""

    schema_version: Literal[1] = Field(description="Formatversjon; alltid 1.")
    initiative: InitiativeInfo = Field(description="Om initiativet.")
    catchment: Catchment | None = Field(None, description="Området teamet skal dekke.")
    parties: list[Party] = Field(min_length=1, description="Alle organisasjoner som er involvert.")
    agreement: Agreement | None = Field(
        None, description="Det forpliktende samarbeidet mellom tjenestenivåene (idefase 1.8)."
    )
    youth_involvement: list[YouthInvolvement] = Field(
        default_factory=_no_items,
        description="Hvordan unge / brukerorganisasjoner har vært involvert (idefase 1.3).",
    )
    target_group: TargetGroup | None = Field(
        None, description="Hvem teamet er for, og hvor mange (idefase 1.7, 1.10.1)."
    )
    services: Services | None = Field(
        None, description="Dagens tjenester: mangler og tilpasning (idefase 1.10.2)."
    )
    lead_body: PartyRef | None = Field(
        None, description="Parten som holder i forprosjektet (idefase 1.12, sjekkliste punkt 6)."
    )
    project_leader_plan: ProjectLeaderPlan | None = Field(
        None, description="Plan for ansettelse av prosjektleder (idefase 1.12, punkt 8)."
    )
    checklist: Checklist | None = Field(
        None, description="Egenerklærte punkter fra sjekklisten (idefase 1.13)."
    )
    decision: Decision | None = Field(
        None, description="Idéfasens utfall (idefase 1.12, sjekkliste punkt 10–11)."
    )
    pre_project: PreProject | None = Field(
        None, description="Forprosjektets avklaringer (idefase 1.5, midtre kolonne)."
    )
    establishment: Establishment | None = Field(
        None, description="Etableringens avklaringer (idefase 1.5, høyre kolonne)."
    )
    deviations: list[Deviation] = Field(
        default_factory=_no_items,
        description="Aksepterte lokale avvik fra regler, med begrunnelse.",
    )
    application: Application | None = Field(
        None, description="Søknaden om tilskudd som skal sendes Statsforvalteren."
    )

    def party(self, party_id: str) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)
