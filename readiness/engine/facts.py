"""Step 4: an initiative → the facts the rule conditions in rules/ match on.

The facts are a normalised, flat view of the file: durable_rules matches on flat properties and
cannot count or aggregate, so this module counts list lengths, turns "present" texts into
booleans, dates into ordinals and leadership levels into ranks. It decides nothing: every
judgement (what is met) is in the catalog's conditions. Absent optional values are left out of
a fact, so a comparison with them is false, as the catalog defines.

The fact vocabulary (each fact's kind ``t``, and its properties) is documented for rule
authors in one place: rules/README.md, "The facts". ``FACT_KINDS`` lists the kinds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from readiness.catalog.records import Catalog
from readiness.format.model import LEADERSHIP_RANK, Initiative, level_of, present

Fact = dict[str, Any]
FACT_KINDS = (
    "params",
    "initiative",
    "party",
    "cooperation",
    "staffing",
    "application",
    "applicant",
    "evaluate",
)


def _put(fact: Fact, key: str, value: Any) -> None:
    if value is not None:
        fact[key] = value.toordinal() if isinstance(value, dt.date) else value


def initiative_fact(ini: Initiative) -> Fact:
    f: Fact = {"t": "initiative", "phase": ini.initiative.phase}
    tg = ini.target_group
    if tg:
        _put(f, "age_min", tg.age_min)
        _put(f, "age_max", tg.age_max)
        _put(f, "basis", tg.basis)
        _put(f, "estimated_size", tg.estimated_size)
    f["sources_count"] = len(tg.sources) if tg else 0
    includes = set(tg.includes) if tg else set()
    f["includes_substance_use"] = "substance_use" in includes
    f["includes_psychosis"] = "psychosis" in includes
    if ini.catchment:
        _put(f, "population", ini.catchment.population)
        _put(f, "youth_population", ini.catchment.youth_population)
        _put(f, "max_travel_minutes", ini.catchment.max_travel_minutes)
    ag = ini.agreement
    f["agreement_status"] = ag.status if ag else "none"
    f["youth_count"] = len(ini.youth_involvement)
    f["gaps"] = bool(ini.services and present(ini.services.gaps))
    f["fit"] = bool(ini.services and present(ini.services.fit))
    _put(f, "lead_body", ini.lead_body)
    plp = ini.project_leader_plan
    f["project_leader_plan"] = bool(plp and (plp.recruit_by or present(plp.description)))
    cl = ini.checklist
    f["model_studied"] = bool(cl and cl.model_studied)
    f["grant_rules_read"] = bool(cl and cl.grant_rules_read)
    f["implementation_team_contacted"] = bool(cl and cl.implementation_team_contacted)
    municipal_core = [p for p in ini.parties if p.core and p.level == "municipal"]
    f["municipal_core_count"] = len(municipal_core)
    f["city_district_core_count"] = sum(p.kind == "city_district" for p in municipal_core)
    dec = ini.decision
    f["decision_outcome"] = dec.outcome if dec else "undecided"
    f["decision_documented"] = bool(dec and (present(dec.rationale) or present(dec.document)))

    pp = ini.pre_project
    _put(f, "establishment_owner", pp.establishment_owner if pp else None)
    f["establishment_lead"] = bool(pp and present(pp.establishment_lead))
    f["organisation"] = bool(pp and present(pp.organisation))
    f["local_target_group"] = bool(pp and present(pp.local_target_group))
    fin = pp.financing if pp else None
    if fin:
        _put(f, "municipal_share", fin.municipal_share)
        _put(f, "specialist_share", fin.specialist_share)
        if fin.municipal_share is not None and fin.specialist_share is not None:
            f["share_sum"] = fin.municipal_share + fin.specialist_share
    f["after_grant"] = bool(fin and present(fin.after_grant))
    qa = pp.quality_assurance if pp else None
    f["fidelity_measurement"] = bool(qa and qa.fidelity_measurement)
    f["quality_plan"] = bool(qa and present(qa.plan))
    f["cooperation_count"] = len(pp.cooperation) if pp else 0
    f["intake_procedure"] = bool(pp and pp.intake and present(pp.intake.procedure))
    f["intake_gradual"] = bool(pp and pp.intake and pp.intake.gradual)
    f["referrer_child_welfare"] = bool(pp and pp.intake and "child_welfare" in pp.intake.referrers)
    f["project_leader_hired"] = bool(pp and pp.project_leader_hired)
    gov = pp.governance if pp else None
    _put(f, "decision_rule", gov.decision_rule if gov else None)
    f["records"] = bool(pp and present(pp.records))
    f["user_involvement"] = bool(pp and present(pp.user_involvement))

    est = ini.establishment
    f["staff_recruited"] = bool(est and est.staff_recruited)
    f["location"] = bool(est and present(est.location))
    f["team_leader"] = bool(est and present(est.team_leader))
    _put(f, "personnel_responsibility", est.personnel_responsibility if est else None)
    _put(f, "professional_responsibility", est.professional_responsibility if est else None)
    f["peer_specialist"] = bool(est and est.peer_specialist)
    f["fidelity_review"] = bool(est and est.fidelity_review)
    return f


def build_facts(ini: Initiative, catalog: Catalog, gate: str, as_of: dt.date) -> list[Fact]:
    """Every fact of one assessment, trigger last (durable_rules' ``none`` needs that)."""
    params: Fact = {
        "t": "params",
        "gate": gate,
        "age_min": catalog.parameters.age_min,
        "age_max": catalog.parameters.age_max,
        "as_of": as_of.toordinal(),
    }
    _put(params, "amount_limit", catalog.call.amount_limits.get(gate))
    facts: list[Fact] = [params, initiative_fact(ini)]
    agreed = set(ini.agreement.parties) if ini.agreement else set()
    steering = (
        set(ini.pre_project.governance.steering_group)
        if ini.pre_project and ini.pre_project.governance
        else set()
    )
    for p in ini.parties:
        facts.append(
            {
                "t": "party",
                "pid": p.id,
                "kind": p.kind,
                "level": p.level or "none",
                "core": p.core,
                "stance": p.stance,
                "leadership": LEADERSHIP_RANK[p.leadership.level],
                "contact": p.contact_established is not None,
                "in_agreement": p.id in agreed,
                "in_steering": p.id in steering,
            }
        )
    if ini.pre_project:
        for c in ini.pre_project.cooperation:
            facts.append({"t": "cooperation", "with": c.with_, "agreement": c.agreement})
        for s in ini.pre_project.staffing_plan:
            staffing: Fact = {"t": "staffing", "level": s.level}
            _put(staffing, "profession", s.profession)
            facts.append(staffing)
    app = ini.application
    if app and app.for_gate == gate:
        a: Fact = {"t": "application", "for_gate": app.for_gate}
        _put(a, "main_applicant", app.main_applicant)
        _put(a, "amount_requested", app.amount_requested)
        _put(a, "own_funding", app.own_funding)
        a["budget"] = present(app.budget)
        a["goals"] = present(app.goals)
        a["milestones_count"] = len(app.milestones)
        a["risk_assessment"] = present(app.risk_assessment)
        a["lasting_operation"] = present(app.lasting_operation)
        _put(a, "deadline", app.deadline)
        _put(a, "submitted", app.submitted)
        # The call's limit and the assessment date again, so APP conditions compare within one
        # fact ({$m: ...}): joins comparing with {p: ...} in several rules of one ruleset made
        # durable_rules 2.0.28 crash the process at random (segfault; cf. jruizgit/rules#381).
        _put(a, "amount_limit", params.get("amount_limit"))
        a["as_of"] = params["as_of"]
        facts.append(a)
        signed = {s.party for s in app.signatures}
        applicants = ([app.main_applicant] if app.main_applicant else []) + [
            c for c in app.co_applicants if c != app.main_applicant
        ]
        for pid in dict.fromkeys(applicants):
            party = ini.party(pid)
            facts.append(
                {
                    "t": "applicant",
                    "pid": pid,
                    "level": (level_of(party.kind) if party else None) or "none",
                    "main": pid == app.main_applicant,
                    "signed": pid in signed,
                }
            )
    facts.append({"t": "evaluate"})
    for i, fact in enumerate(facts):
        fact["id"] = f"{fact['t']}-{i}"  # unique: identical parties must not collide
    return facts
