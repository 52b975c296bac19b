"""Step 2: the initiative format (../shared/spec/initiative-format.md) as frozen dataclasses,
validated by pydantic v2.

Every key of the public contract is modelled; unknown keys are refused (``extra="forbid"``).
Descriptions are Norwegian: they become the JSON Schema's hover help in editors.
Service levels and "present" (non-blank text) are defined here, once.

Why standard-library dataclasses rather than pydantic models: pydantic validates them all the
same (``TypeAdapter``; readiness/format/validator.py builds the validator once and keeps it), but
this module imports nothing of pydantic. A cold ``readiness check`` then never imports
pydantic itself, only pydantic-core to run the kept validator: importing pydantic, its Field
machinery and building the model classes was ~55% of a cold check's instructions, more than
all of yamllint (bench/run.py, callgrind). pydantic reads each field's constraints, alias and
description from its ``metadata`` (the keyword arguments of ``pydantic.Field``), and the
format's configuration from ``__pydantic_config__``. ``keys_of`` is the format's own field
introspection, for error suggestions, ``readiness init`` and what-if paths.
"""

import dataclasses
import datetime as dt
import functools
import re
import types
import typing
from collections.abc import Callable
from typing import Annotated, Any, Literal, NamedTuple, TypeVar

if typing.TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:  # it only informs type checkers (typing has it from Python 3.11 on)

    def dataclass_transform(**_: Any) -> Any:
        return lambda decorated: decorated


class _Items:
    """``Annotated`` metadata describing a value in the JSON Schema wherever its type is used
    (a party id inside a list, for instance), as ``Field(description=...)`` would."""

    def __init__(self, description: str):
        self.description = description

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> Any:
        schema = handler(core_schema)
        schema["description"] = self.description
        return schema


PartyRef = Annotated[str, _Items("Id til en part i `parties`.")]

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _to_date(value: Any) -> Any:
    """A date written YYYY-MM-DD as the date (YAML 1.2 and JSON have no dates: the reader gives
    the text); a date-shaped text that is no day (2026-02-30) is refused as such, anything else
    is left to the date schema, which refuses what is no date."""
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            from pydantic_core import PydanticCustomError

            raise PydanticCustomError("no_such_date", "no such date", {"value": value}) from None
    return value


class _IsoDate:
    """``Annotated`` metadata of the format's dates: written YYYY-MM-DD (``_to_date``), or a
    date (plain data built in Python); never a number or another text."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(
            _to_date, core_schema.date_schema(strict=True)
        )


Date = Annotated[dt.date, _IsoDate()]
SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"

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
TargetIncludes = Literal["mental_health", "substance_use", "psychosis", "child_welfare"]
Profession = Literal[
    "psychologist",
    "psychiatrist",
    "nurse",
    "social_educator",
    "child_welfare_educator",
    "social_worker",
    "special_educator",
    "peer_specialist",
    "work_education_specialist",
    "other",
]
Referrer = Literal["bup", "child_welfare", "municipal_health", "school", "gp", "self", "other"]
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
    signature when it builds the validator, and for a builtin that compiles tokenize's regex."""
    return []


def _key(
    *,
    default: Any = dataclasses.MISSING,
    default_factory: Callable[[], Any] | Any = dataclasses.MISSING,
    description: str,
    **constraints: Any,
) -> Any:
    """One key of the format: its default, its description, and pydantic ``Field`` arguments
    (``alias`` for a key that is a Python keyword, ``ge``, ``le``, ``gt``, ``min_length``,
    ``pattern``), which pydantic reads from the dataclass field's metadata."""
    return dataclasses.field(
        default=default,
        default_factory=default_factory,
        metadata={"description": description, **constraints},
    )


# Values are typed as YAML 1.2 types them (readiness/read/document.py), and a scalar field takes
# only its own type (format 1.1): `yes` is no boolean, "70" no number, 70 no text, as the JSON
# Schema says. Sections (mappings) are strict through their fields: pydantic's strict mode would
# take only instances for them, not the mappings a file holds.
_CONFIG = {"extra": "forbid"}
_T = TypeVar("_T")


def _strict(annotation: Any) -> bool:
    """Does pydantic's strict mode fit a field of this type: a scalar (int, float, bool, str),
    a list of them, or one of them or None? A choice (``Literal``) takes its values only as
    written anyway; a section or a date is read by its own schema."""
    if typing.get_origin(annotation) is Literal:
        return False
    if annotation is dt.date or is_section(annotation):
        return False
    return all(_strict(a) for a in typing.get_args(annotation) if a is not type(None))


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(_key,))
def _section(cls: type[_T]) -> type[_T]:
    """A mapping of the format: a frozen, keyword-only dataclass that pydantic validates
    (readiness/format/validator.py); every scalar field strict (dates read by ``_IsoDate``);
    ``populate_by_name`` where a key has an alias."""
    config: dict[str, Any] = dict(_CONFIG)
    if any("alias" in getattr(f, "metadata", {}) for f in vars(cls).values()):
        config["populate_by_name"] = True
    setattr(cls, "__pydantic_config__", config)  # noqa: B010 - a dunder mypy does not know
    made = dataclasses.dataclass(frozen=True, kw_only=True)(cls)
    for f in dataclasses.fields(made):  # type: ignore[arg-type]
        if _strict(f.type):
            f.metadata = types.MappingProxyType({**f.metadata, "strict": True})
    return made


class Key(NamedTuple):
    """One key of a section, as the format defines it."""

    name: str  # the attribute
    key: str  # the key in the file (the alias, where the key is a Python keyword)
    annotation: Any
    description: str
    required: bool
    default: Any  # the default value (a factory's result); None for a required key


@functools.cache
def keys_of(section: type) -> tuple[Key, ...]:
    """The keys of a section of the format, in the file's order."""
    out = []
    for f in dataclasses.fields(section):
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        else:
            default = None if required else f.default
        key = f.metadata.get("alias", f.name)
        out.append(Key(f.name, key, f.type, f.metadata["description"], required, default))
    return tuple(out)


def key_named(section: type, key: str) -> Key | None:
    """The key of ``section`` written ``key`` in the file, if it has one."""
    return next((k for k in keys_of(section) if k.key == key), None)


def is_section(annotation: Any) -> bool:
    """Is ``annotation`` a section of the format (a mapping in the file)?"""
    return isinstance(annotation, type) and hasattr(annotation, "__pydantic_config__")


@_section
class InitiativeInfo:
    name: str = _key(description="Initiativets navn, f.eks. «FACT Ung Vestfold nord».")
    phase: Phase = _key(
        description="Fasen initiativet er i nå: idea (idéfase), pre_project (forprosjekt), "
        "establishment (etablering) eller operation (drift)."
    )
    updated: Date | None = _key(default=None, description="Når filen sist ble oppdatert.")


@_section
class Catchment:
    population: int | None = _key(
        default=None, ge=0, description="Innbyggere i hele opptaksområdet."
    )
    youth_population: int | None = _key(default=None, ge=0, description="Innbyggere 12–25 år.")
    max_travel_minutes: int | None = _key(
        default=None,
        ge=0,
        description="Lengste reisetid (minutter) fra teamets base til en ungdoms hjem.",
    )


@_section
class Leadership:
    level: LeadershipLevel = _key(
        default="none",
        description="Ledelsesforankring (idéfaseheftet, pkt. 1.9): informed = ledere er "
        "orientert, endorsed = ledere støtter videre arbeid, committed = ledere forplikter "
        "ressurser.",
    )
    by: str | None = _key(
        default=None, description="Lederens rolle (en rolle, ikke personopplysninger)."
    )
    date: Date | None = _key(default=None, description="Dato for forankringen.")


# A party without a leadership entry has this one (frozen, so one instance serves them all).
_NO_LEADERSHIP = Leadership()


def _no_leadership() -> Leadership:
    return _NO_LEADERSHIP


@_section
class Party:
    id: str = _key(
        pattern=SLUG_PATTERN, description="Kort id som brukes i resten av filen, f.eks. «tonsberg»."
    )
    name: str = _key(description="Organisasjonens navn, f.eks. «Tønsberg kommune».")
    kind: PartyKind = _key(
        description="Type part: municipality (kommune), city_district (bydel), specialist_health "
        "(spesialisthelsetjenesten: helseforetak, BUP, DPS), child_welfare (barnevern), school "
        "(skole), user_organisation (brukerorganisasjon), other (annet)."
    )
    core: bool = _key(
        default=False, description="Del av det forpliktende samarbeidet som skal eie teamet."
    )
    stance: Literal["committed", "interested", "undecided", "declined"] = _key(
        default="undecided",
        description="Standpunkt til å gå videre i et forprosjekt (idéfaseheftet, pkt. 1.11).",
    )
    contact_established: Date | None = _key(
        default=None,
        description="Når kontakt mellom spesialisthelsetjenesten og denne parten ble etablert "
        "(idéfaseheftet, pkt. 1.13, sjekklistepunkt 2).",
    )
    leadership: Leadership = _key(
        default_factory=_no_leadership,
        description="Ledelsesforankring hos parten (idéfaseheftet, pkt. 1.9).",
    )

    @property
    def level(self) -> str | None:
        return level_of(self.kind)


@_section
class Agreement:
    status: Literal["none", "intent", "draft", "signed"] = _key(
        default="none",
        description="Forpliktende samarbeid (idéfaseheftet, pkt. 1.8): intent = skriftlig "
        "intensjon, draft = avtaletekst under forhandling, signed = signert forpliktende "
        "samarbeidsavtale.",
    )
    parties: list[PartyRef] = _key(
        default_factory=_no_items, description="Partene avtalen binder (id-er fra parties)."
    )
    date: Date | None = _key(default=None, description="Avtalens dato.")
    document: str | None = _key(default=None, description="Hvor avtalen er arkivert.")


@_section
class YouthInvolvement:
    with_: str = _key(
        alias="with",
        description="Hvem: f.eks. «Mental Helse Ungdom Vestfold», «Ungdomsrådet i Tønsberg».",
    )
    kind: Literal["user_organisation", "youth_council", "young_people", "other"] = _key(
        description="Type: brukerorganisasjon, ungdomsråd, unge selv eller annet."
    )
    how: str | None = _key(default=None, description="Hva de var med på.")
    date: Date | None = _key(default=None, description="Dato.")


@_section
class TargetGroup:
    # An age is a person's age in whole years: 0 to 120 (the format says no more; whether the
    # range fits FACT Ung's 12-25 is the rule GEN-01's to say, not the format's).
    age_min: int | None = _key(
        default=None, ge=0, le=120, description="Laveste alder teamet skal gi tilbud til (12)."
    )
    age_max: int | None = _key(
        default=None, ge=0, le=120, description="Høyeste alder teamet skal gi tilbud til (25)."
    )
    basis: Literal["function", "diagnosis", "mixed"] | None = _key(
        default=None,
        description="Hva inklusjonskriteriene bygger på (idéfaseheftet, pkt. 1.7: funksjon, "
        "ikke diagnose).",
    )
    estimated_size: int | None = _key(
        default=None,
        ge=0,
        description="Grovt anslag på antall ungdommer i målgruppen (idéfaseheftet, pkt. 1.10.1).",
    )
    sources: list[str] = _key(
        default_factory=_no_items,
        description="Tjenestene som er spurt om anslaget, f.eks. BUP, barnevernet, PPT, NAV.",
    )
    includes: list[TargetIncludes] = _key(
        default_factory=_no_items,
        description="Grupper teamet uttrykkelig vil nå: mental_health (psykiske vansker), "
        "substance_use (rusproblemer), psychosis (psykose), child_welfare (ungdom som følges opp "
        "av barnevernet) (høringssvaret fra Nasjonalt implementeringsteam, pkt. 3.1 og 4).",
    )


@_section
class Services:
    gaps: str | None = _key(
        default=None,
        description="Mangler ved dagens tilbud: hvem faller utenfor, fanges ikke opp, får for "
        "lite hjelp (idéfaseheftet, pkt. 1.10.2).",
    )
    fit: str | None = _key(
        default=None,
        description="Hvordan et team vil passe inn blant eksisterende tilbud: hva det erstatter "
        "og ikke, og de sentrale samarbeidspartnerne (idéfaseheftet, pkt. 1.10.2).",
    )


@_section
class ProjectLeaderPlan:
    recruit_by: Date | None = _key(
        default=None, description="Når prosjektlederen skal være på plass."
    )
    funded_by: str | None = _key(default=None, description="Hvordan stillingen finansieres.")
    description: str | None = _key(
        default=None, description="Planen for ansettelse (idéfaseheftet, pkt. 1.12)."
    )


@_section
class Checklist:
    model_studied: bool = _key(
        default=False, description="Modellbeskrivelsen for FACT Ung er lest (sjekklistepunkt 1)."
    )
    grant_rules_read: bool = _key(
        default=False,
        description="Regelverket for tilskuddsordningen er lest (sjekklistepunkt 9).",
    )
    implementation_team_contacted: bool = _key(
        default=False,
        description="Nasjonalt implementeringsteam (NAPHA) er kontaktet for implementeringsstøtte "
        "(idéfaseheftet, pkt. 1.4).",
    )


@_section
class Decision:
    outcome: Literal["proceed", "other_solution", "undecided"] = _key(
        default="undecided",
        description="Idéfasens utfall: proceed (gå videre til forprosjekt), other_solution "
        "(annen løsning enn FACT Ung) eller undecided (ikke besluttet).",
    )
    date: Date | None = _key(default=None, description="Dato for beslutningen.")
    rationale: str | None = _key(
        default=None, description="Utfallet og begrunnelsene, skrevet kort."
    )
    document: str | None = _key(
        default=None, description="Hvor det skriftlige utfallet er arkivert."
    )


@_section
class Financing:
    municipal_share: int | None = _key(
        default=None, ge=0, le=100, description="Kommunenes andel av driften, i prosent."
    )
    specialist_share: int | None = _key(
        default=None, ge=0, le=100, description="Spesialisthelsetjenestens andel, i prosent."
    )
    after_grant: str | None = _key(
        default=None, description="Hvem betaler etter tilskuddsperioden."
    )


@_section
class QualityAssurance:
    fidelity_measurement: bool | None = _key(
        default=None,
        description="Modelltroskapsmåling er planlagt (høringssvaret fra Nasjonalt "
        "implementeringsteam, pkt. 3.4).",
    )
    plan: str | None = _key(default=None, description="Plan for kvalitetssikring.")


@_section
class Cooperation:
    with_: Literal["child_welfare", "school", "nav", "other"] = _key(
        alias="with", description="Samarbeidspart: barnevern, skole, NAV eller annet."
    )
    agreement: Literal["none", "planned", "signed"] = _key(
        default="none", description="Samarbeidsavtale: ingen, planlagt eller signert."
    )
    description: str | None = _key(default=None, description="Hvordan samarbeidet skal fungere.")


@_section
class Intake:
    procedure: str | None = _key(default=None, description="Hvordan ungdommer tas inn i teamet.")
    gradual: bool | None = _key(default=None, description="Inntaket skjer gradvis.")
    referrers: list[Referrer] = _key(
        default_factory=_no_items,
        description="Hvem som kan henvise til teamet: bup (BUP), child_welfare (barnevernet), "
        "municipal_health (kommunale helsetjenester), school (skole/PPT), gp (fastlege), self "
        "(ungdommen selv), other (andre).",
    )


@_section
class Governance:
    steering_group: list[PartyRef] = _key(
        default_factory=_no_items, description="Partene i styringsgruppen (id-er)."
    )
    decision_rule: Literal["consensus", "majority", "single_party"] | None = _key(
        default=None, description="Hvordan styringsgruppen beslutter."
    )


@_section
class StaffingEntry:
    role: str = _key(description="Rolle, f.eks. «psykologspesialist».")
    level: Level = _key(description="Tjenestenivået stillingen hører til.")
    fte: float = _key(gt=0, description="Årsverk.")
    profession: Profession | None = _key(
        default=None,
        description="Yrke: psychologist (psykolog), psychiatrist (psykiater), nurse (sykepleier), "
        "social_educator (vernepleier), child_welfare_educator (barnevernspedagog), "
        "social_worker (sosionom), special_educator (spesialpedagog), peer_specialist "
        "(brukerspesialist), work_education_specialist (arbeids- og utdanningsspesialist), "
        "other (annet).",
    )


@_section
class PreProject:
    establishment_owner: PartyRef | None = _key(
        default=None,
        description="Parten som har ansvaret for etableringen av teamet (idéfaseheftet, pkt. 1.5).",
    )
    establishment_lead: str | None = _key(
        default=None, description="Hvem som leder etableringen (en rolle)."
    )
    organisation: str | None = _key(
        default=None,
        description="Hvordan teamet organiseres: arbeidsgivermodell, rapporteringslinjer.",
    )
    local_target_group: str | None = _key(
        default=None, description="Målgruppen tilpasset lokale tjenester (idéfaseheftet, pkt. 1.7)."
    )
    financing: Financing | None = _key(default=None, description="Finansiering av teamet.")
    quality_assurance: QualityAssurance | None = _key(default=None, description="Kvalitetssikring.")
    cooperation: list[Cooperation] = _key(
        default_factory=_no_items, description="Samarbeid med andre tjenester."
    )
    intake: Intake | None = _key(default=None, description="Inntak av ungdommer.")
    governance: Governance | None = _key(default=None, description="Styring av teamet.")
    staffing_plan: list[StaffingEntry] = _key(
        default_factory=_no_items, description="Bemanningsplan."
    )
    records: str | None = _key(
        default=None,
        description="Journal og informasjonsdeling på tvers av nivåene (juridisk, teknisk).",
    )
    user_involvement: str | None = _key(
        default=None, description="Hvordan ungdom og brukerrepresentanter deltar i teamets arbeid."
    )
    project_leader_hired: Date | None = _key(
        default=None,
        description="Når prosjektlederen for forprosjektet begynte (idéfaseheftet, pkt. 1.12).",
    )


@_section
class Establishment:
    staff_recruited: bool | None = _key(default=None, description="Teamets ansatte er rekruttert.")
    location: str | None = _key(default=None, description="Hvor teamet holder til.")
    team_leader: str | None = _key(default=None, description="Hvem som leder teamet (en rolle).")
    personnel_responsibility: PartyRef | None = _key(
        default=None, description="Parten som har personalansvaret."
    )
    professional_responsibility: PartyRef | None = _key(
        default=None, description="Parten som har fagansvaret."
    )
    peer_specialist: bool | None = _key(
        default=None, description="En brukerspesialist er blant de ansatte."
    )
    intake_start: Date | None = _key(default=None, description="Når inntaket starter.")
    fidelity_review: Date | None = _key(
        default=None, description="Når den første modelltroskapsmålingen er planlagt."
    )


@_section
class Deviation:
    rule: str = _key(description="Regel-id, f.eks. «IDE-08».")
    reason: str = _key(description="Hvorfor samarbeidet har valgt å fravike regelen.")
    accepted_by: str = _key(description="Hvem som aksepterte avviket (en rolle eller et organ).")
    date: Date | None = _key(default=None, description="Dato.")


@_section
class Milestone:
    what: str = _key(description="Milepælen.")
    by: Date = _key(description="Når den skal være nådd.")


@_section
class Signature:
    party: PartyRef = _key(description="Parten som har signert (id).")
    role: str = _key(description="Rollen som signerte, f.eks. «Kommunedirektør».")
    date: Date | None = _key(default=None, description="Dato for signaturen.")


@_section
class Application:
    for_gate: GateId = _key(
        description="Hva det søkes om: preproject (forprosjektmidler) eller establishment "
        "(etableringsmidler)."
    )
    main_applicant: PartyRef | None = _key(default=None, description="Hovedsøker (id).")
    co_applicants: list[PartyRef] = _key(
        default_factory=_no_items, description="Medsøkere (id-er); søknaden er felles."
    )
    amount_requested: int | None = _key(default=None, ge=0, description="Omsøkt beløp i kroner.")
    own_funding: int | None = _key(default=None, ge=0, description="Egenfinansiering i kroner.")
    budget: str | None = _key(default=None, description="Budsjettet, eller hvor det ligger.")
    goals: str | None = _key(default=None, description="Prosjektets mål.")
    milestones: list[Milestone] = _key(default_factory=_no_items, description="Milepælsplan.")
    risk_assessment: str | None = _key(default=None, description="Risikovurdering.")
    lasting_operation: str | None = _key(
        default=None, description="Hvordan varig drift sikres etter tilskuddsperioden."
    )
    signatures: list[Signature] = _key(default_factory=_no_items, description="Signaturer.")
    deadline: Date | None = _key(default=None, description="Søknadsfristen i utlysningen.")
    submitted: Date | None = _key(default=None, description="Når søknaden ble sendt.")


@_section
class Initiative:
    """One initiative file (format version 1)."""

    schema_version: Literal[1] = _key(description="Formatversjon; alltid 1.")
    initiative: InitiativeInfo = _key(description="Om initiativet.")
    catchment: Catchment | None = _key(default=None, description="Området teamet skal dekke.")
    parties: list[Party] = _key(min_length=1, description="Alle organisasjoner som er involvert.")
    agreement: Agreement | None = _key(
        default=None,
        description="Det forpliktende samarbeidet mellom tjenestenivåene "
        "(idéfaseheftet, pkt. 1.8).",
    )
    youth_involvement: list[YouthInvolvement] = _key(
        default_factory=_no_items,
        description="Hvordan unge / brukerorganisasjoner har vært involvert (idéfaseheftet, "
        "pkt. 1.3).",
    )
    target_group: TargetGroup | None = _key(
        default=None,
        description="Hvem teamet er for, og hvor mange (idéfaseheftet, pkt. 1.7 og 1.10.1).",
    )
    services: Services | None = _key(
        default=None,
        description="Dagens tjenester: mangler og tilpasning (idéfaseheftet, pkt. 1.10.2).",
    )
    lead_body: PartyRef | None = _key(
        default=None,
        description="Parten som holder i forprosjektet (idéfaseheftet, pkt. 1.12, "
        "sjekklistepunkt 6).",
    )
    project_leader_plan: ProjectLeaderPlan | None = _key(
        default=None,
        description="Plan for ansettelse av prosjektleder (idéfaseheftet, pkt. 1.12, "
        "sjekklistepunkt 8).",
    )
    checklist: Checklist | None = _key(
        default=None, description="Egenerklærte punkter fra sjekklisten (idéfaseheftet, pkt. 1.13)."
    )
    decision: Decision | None = _key(
        default=None,
        description="Idéfasens utfall (idéfaseheftet, pkt. 1.12, sjekklistepunkt 10–11).",
    )
    pre_project: PreProject | None = _key(
        default=None,
        description="Forprosjektets avklaringer (idéfaseheftet, pkt. 1.5, midtre kolonne).",
    )
    establishment: Establishment | None = _key(
        default=None,
        description="Etableringens avklaringer (idéfaseheftet, pkt. 1.5, høyre kolonne).",
    )
    deviations: list[Deviation] = _key(
        default_factory=_no_items,
        description="Aksepterte lokale avvik fra regler, med begrunnelse.",
    )
    application: Application | None = _key(
        default=None, description="Søknaden om tilskudd som skal sendes Statsforvalteren."
    )

    def party(self, party_id: str) -> Party | None:
        return self._parties_by_id.get(party_id)

    @functools.cached_property
    def _parties_by_id(self) -> dict[str, Party]:
        """The parties by id, made once (the record is frozen): the facts and the report look
        up every party a rule names, and a scan for each would cost parties x names. The first
        of two parties with one id wins, as a scan would find it (the loader refuses that)."""
        index: dict[str, Party] = {}
        for p in self.parties:
            index.setdefault(p.id, p)
        return index
