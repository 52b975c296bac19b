"""Edge cases of the pre-project (FOR) and establishment (ETB) rules, as data.

Each case is a small edit of a file that is ready for the rule's gate, and the status the rule
must then have: the boundary of every condition in rules/for.yaml and rules/etb.yaml, as the
catalog (shared/spec/rule-catalog.md) defines it.
"""

from __future__ import annotations

from typing import Any

import pytest

from readiness.catalog.load import default_catalog
from readiness.errors import InputError
from readiness.explore.edit import parse_value, set_value, unset_value
from tests.helpers import assess_data, example_data, finding, words

BASE = {
    "establishment": "drammen-lier-forprosjekt-klar.yaml",
    "operation": "drammen-lier-etablering-klar.yaml",
}
FIN = "pre_project.financing"
COOP = "pre_project.cooperation"
GOV = "pre_project.governance"
STAFF = "pre_project.staffing_plan"

# (rule, gate, edits, expected status). An edit is "path=value" (a YAML value, as in
# `readiness whatif --set` and the features) or "-path" (the key is removed).
CASES: list[tuple[str, str, list[str], str]] = [
    # FOR-01: signed, and both levels among the agreement's parties; not waivable
    ("FOR-01", "establishment", [], "met"),
    ("FOR-01", "establishment", ["agreement.status=draft"], "unmet"),
    ("FOR-01", "establishment", ["agreement.status=intent"], "unmet"),
    ("FOR-01", "establishment", ["agreement.status=none"], "unmet"),
    ("FOR-01", "establishment", ["-agreement"], "unmet"),
    ("FOR-01", "establishment", ["agreement.parties=[drammen, lier]"], "unmet"),
    ("FOR-01", "establishment", ["agreement.parties=[vvhf-bup, mhu-buskerud]"], "unmet"),
    ("FOR-01", "establishment", ["agreement.parties=[lier, vvhf-bup]"], "met"),
    ("FOR-01", "operation", ["agreement.status=draft"], "unmet"),
    ("FOR-01", "operation", ["agreement.parties=[drammen]"], "unmet"),
    # FOR-02: every core party committed; parties outside the core do not count
    ("FOR-02", "establishment", ["parties[vvhf-bup].leadership.level=endorsed"], "unmet"),
    ("FOR-02", "establishment", ["-parties[lier].leadership"], "unmet"),
    (
        "FOR-02",
        "establishment",
        ["parties[lier].core=false", "-parties[lier].leadership"],
        "met",
    ),
    ("FOR-02", "establishment", ["parties[mhu-buskerud].leadership={level: none}"], "met"),
    # FOR-03: the owner must be a core party
    ("FOR-03", "establishment", ["-pre_project.establishment_owner"], "unmet"),
    ("FOR-03", "establishment", ["pre_project.establishment_owner=mhu-buskerud"], "unmet"),
    ("FOR-03", "establishment", ["pre_project.establishment_owner=vvhf-bup"], "met"),
    # FOR-04/05/06: texts count only with a non-blank character
    ("FOR-04", "establishment", ["-pre_project.establishment_lead"], "unmet"),
    ("FOR-04", "establishment", ['pre_project.establishment_lead=" \n "'], "unmet"),
    ("FOR-04", "establishment", ["pre_project.establishment_lead=Prosjektleder"], "met"),
    ("FOR-05", "establishment", ["-pre_project.organisation"], "unmet"),
    ("FOR-05", "establishment", ['pre_project.organisation=""'], "unmet"),
    ("FOR-06", "establishment", ["-pre_project.local_target_group"], "unmet"),
    ("FOR-06", "establishment", ['pre_project.local_target_group="   "'], "unmet"),
    # FOR-07: shares add up to exactly 100, and after_grant is present
    ("FOR-07", "establishment", [f"{FIN}.municipal_share=30"], "unmet"),
    ("FOR-07", "establishment", [f"{FIN}.municipal_share=51"], "unmet"),
    ("FOR-07", "establishment", [f"{FIN}.municipal_share=100", f"{FIN}.specialist_share=0"], "met"),
    ("FOR-07", "establishment", [f"{FIN}.municipal_share=70", f"{FIN}.specialist_share=30"], "met"),
    ("FOR-07", "establishment", [f"-{FIN}.specialist_share"], "unmet"),
    ("FOR-07", "establishment", [f"-{FIN}.after_grant"], "unmet"),
    ("FOR-07", "establishment", [f'{FIN}.after_grant=" "'], "unmet"),
    ("FOR-07", "establishment", [f"-{FIN}"], "unmet"),
    # FOR-08: both shares > 0 (an absent share is not > 0)
    (
        "FOR-08",
        "establishment",
        [f"{FIN}.municipal_share=100", f"{FIN}.specialist_share=0"],
        "unmet",
    ),
    (
        "FOR-08",
        "establishment",
        [f"{FIN}.municipal_share=0", f"{FIN}.specialist_share=100"],
        "unmet",
    ),
    ("FOR-08", "establishment", [f"{FIN}.municipal_share=1", f"{FIN}.specialist_share=99"], "met"),
    ("FOR-08", "establishment", [f"{FIN}.municipal_share=30", f"{FIN}.specialist_share=30"], "met"),
    ("FOR-08", "establishment", [f"-{FIN}.specialist_share"], "unmet"),
    ("FOR-08", "establishment", [f"-{FIN}"], "unmet"),
    # FOR-09
    (
        "FOR-09",
        "establishment",
        ["pre_project.quality_assurance.fidelity_measurement=false"],
        "unmet",
    ),
    ("FOR-09", "establishment", ["-pre_project.quality_assurance.fidelity_measurement"], "unmet"),
    # FOR-09 (version 2): the measurement and a written quality plan
    (
        "FOR-09",
        "establishment",
        ["pre_project.quality_assurance={fidelity_measurement: true}"],
        "unmet",
    ),
    ("FOR-09", "establishment", ['pre_project.quality_assurance.plan=" "'], "unmet"),
    (
        "FOR-09",
        "establishment",
        ["pre_project.quality_assurance={fidelity_measurement: true, plan: Troskapsmåling}"],
        "met",
    ),
    # FOR-10: any one entry will do, whatever its agreement
    ("FOR-10", "establishment", [f"{COOP}=[]"], "unmet"),
    ("FOR-10", "establishment", [f"-{COOP}"], "unmet"),
    ("FOR-10", "establishment", [f"{COOP}=[{{with: nav}}]"], "met"),
    # FOR-11: child_welfare and school, each planned or signed
    ("FOR-11", "establishment", [f"{COOP}[child_welfare].agreement=none"], "unmet"),
    ("FOR-11", "establishment", [f"{COOP}[school].agreement=none"], "unmet"),
    ("FOR-11", "establishment", [f"-{COOP}[school]"], "unmet"),
    ("FOR-11", "establishment", [f"{COOP}=[{{with: nav, agreement: signed}}]"], "unmet"),
    ("FOR-11", "establishment", [f"{COOP}[school].agreement=signed"], "met"),
    (
        "FOR-11",
        "establishment",
        [f"{COOP}[school].agreement=signed", f"{COOP}[nav].agreement=planned"],
        "met",
    ),
    # a second, unplanned entry for the same service does not undo a planned one
    ("FOR-11", "establishment", [f"{COOP}[nav].with=school"], "met"),
    # FOR-12/13
    ("FOR-12", "establishment", ["-pre_project.intake.procedure"], "unmet"),
    ("FOR-12", "establishment", ["-pre_project.intake"], "unmet"),
    ("FOR-12", "establishment", ['pre_project.intake.procedure="  "'], "unmet"),
    ("FOR-13", "establishment", ["pre_project.intake.gradual=false"], "unmet"),
    ("FOR-13", "establishment", ["-pre_project.intake.gradual"], "unmet"),
    # FOR-14: a party of each level in the steering group, and no single party deciding
    ("FOR-14", "establishment", [f"{GOV}.decision_rule=single_party"], "unmet"),
    ("FOR-14", "establishment", [f"{GOV}.decision_rule=majority"], "met"),
    ("FOR-14", "establishment", [f"-{GOV}.decision_rule"], "met"),
    ("FOR-14", "establishment", [f"{GOV}.steering_group=[drammen, lier]"], "unmet"),
    ("FOR-14", "establishment", [f"{GOV}.steering_group=[vvhf-bup, mhu-buskerud]"], "unmet"),
    ("FOR-14", "establishment", [f"{GOV}.steering_group=[lier, vvhf-bup]"], "met"),
    ("FOR-14", "establishment", [f"-{GOV}"], "unmet"),
    # FOR-15: an entry of each level
    ("FOR-15", "establishment", [f"{STAFF}=[{{role: Leder, level: municipal, fte: 1}}]"], "unmet"),
    ("FOR-15", "establishment", [f"{STAFF}=[{{role: Lege, level: specialist, fte: 1}}]"], "unmet"),
    ("FOR-15", "establishment", [f"{STAFF}=[]"], "unmet"),
    ("FOR-15", "establishment", [f"{STAFF}[0].fte=0.2", f"{STAFF}[1].fte=0.1"], "met"),
    # FOR-16/17
    ("FOR-16", "establishment", ["-pre_project.records"], "unmet"),
    ("FOR-16", "establishment", ['pre_project.records="\t"'], "unmet"),
    ("FOR-17", "establishment", ["-pre_project.user_involvement"], "unmet"),
    ("FOR-17", "establishment", ["pre_project={user_involvement: Brukerråd}"], "met"),
    # FOR-15, FOR-16 and FOR-18 are checked again at operation
    ("FOR-15", "operation", [f"{STAFF}=[{{role: Leder, level: municipal, fte: 1}}]"], "unmet"),
    ("FOR-16", "operation", ["-pre_project.records"], "unmet"),
    ("FOR-18", "operation", [f"-{STAFF}[1].profession", f"-{STAFF}[2].profession"], "unmet"),
    # FOR-18: a psychologist or a psychiatrist; other professions do not count
    (
        "FOR-18",
        "establishment",
        [f"{STAFF}[1].profession=nurse", f"-{STAFF}[2].profession"],
        "unmet",
    ),
    ("FOR-18", "establishment", [f"-{STAFF}[1].profession"], "met"),
    ("FOR-18", "establishment", [f"{STAFF}=[]"], "unmet"),
    # FOR-19: both substance use and psychosis
    ("FOR-19", "establishment", ["target_group.includes=[substance_use]"], "unmet"),
    ("FOR-19", "establishment", ["target_group.includes=[psychosis, mental_health]"], "unmet"),
    ("FOR-19", "establishment", ["-target_group.includes"], "unmet"),
    ("FOR-19", "establishment", ["target_group.includes=[psychosis, substance_use]"], "met"),
    # FOR-20: child welfare among the referrers
    ("FOR-20", "establishment", ["pre_project.intake.referrers=[bup, school]"], "unmet"),
    ("FOR-20", "establishment", ["-pre_project.intake.referrers"], "unmet"),
    ("FOR-20", "establishment", ["pre_project.intake.referrers=[child_welfare]"], "met"),
    # FOR-21: every core party in the steering group; parties outside the core do not count
    ("FOR-21", "establishment", [f"{GOV}.steering_group=[drammen, vvhf-bup]"], "unmet"),
    ("FOR-21", "establishment", [f"-{GOV}"], "unmet"),
    ("FOR-21", "establishment", [f"{GOV}.steering_group=[lier, drammen, vvhf-bup]"], "met"),
    # FOR-22: the project leader's start date
    ("FOR-22", "establishment", ["-pre_project.project_leader_hired"], "unmet"),
    # ETB-01…03
    ("ETB-01", "operation", ["establishment.staff_recruited=false"], "unmet"),
    ("ETB-01", "operation", ["-establishment.staff_recruited"], "unmet"),
    ("ETB-02", "operation", ["-establishment.location"], "unmet"),
    ("ETB-02", "operation", ['establishment.location=" "'], "unmet"),
    ("ETB-03", "operation", ["-establishment.team_leader"], "unmet"),
    ("ETB-03", "operation", ['establishment.team_leader=""'], "unmet"),
    ("ETB-03", "operation", ["-establishment"], "unmet"),
    # ETB-04/05: any party of the file, core or not
    ("ETB-04", "operation", ["-establishment.personnel_responsibility"], "unmet"),
    ("ETB-04", "operation", ["establishment.personnel_responsibility=vvhf-bup"], "met"),
    ("ETB-04", "operation", ["establishment.personnel_responsibility=mhu-buskerud"], "met"),
    ("ETB-05", "operation", ["-establishment.professional_responsibility"], "unmet"),
    ("ETB-05", "operation", ["establishment.professional_responsibility=lier"], "met"),
    ("ETB-05", "operation", ["-establishment"], "unmet"),
    # ETB-06/07
    ("ETB-06", "operation", ["-establishment.fidelity_review"], "unmet"),
    ("ETB-06", "operation", ["establishment.fidelity_review=2027-01-01"], "met"),
    ("ETB-07", "operation", ["establishment.peer_specialist=false"], "unmet"),
    ("ETB-07", "operation", ["-establishment.peer_specialist"], "unmet"),
    # ETB-08: child welfare and school, each signed (planned is not enough)
    ("ETB-08", "operation", [f"{COOP}[school].agreement=planned"], "unmet"),
    ("ETB-08", "operation", [f"{COOP}[child_welfare].agreement=planned"], "unmet"),
    ("ETB-08", "operation", [f"-{COOP}[school]"], "unmet"),
    ("ETB-08", "operation", [f"{COOP}[nav].with=school"], "met"),
    # carried-over rules keep their own conditions in the later gates
    ("IDE-01", "operation", ["parties[vvhf-bup].core=false"], "unmet"),
    (
        "IDE-01",
        "establishment",
        ["parties[drammen].core=false", "parties[lier].core=false"],
        "unmet",
    ),
    ("IDE-03", "establishment", ["parties[drammen].leadership.level=none"], "unmet"),
    ("IDE-06", "establishment", ["youth_involvement=[]"], "unmet"),
]


def _edited(gate: str, edits: list[str]) -> dict[str, Any]:
    data = example_data(BASE[gate])
    for edit in edits:
        if edit.startswith("-"):
            unset_value(data, edit[1:])
        else:
            path, _, value = edit.partition("=")
            set_value(data, path, parse_value(value))
    return data


def _case_id(case: tuple[str, str, list[str], str]) -> str:
    rule, gate, edits, status = case
    return f"{rule}:{gate}:{';'.join(edits) or 'as-is'}:{status}"


@pytest.mark.parametrize(
    ("rule", "gate", "edits", "status"), CASES, ids=[_case_id(c) for c in CASES]
)
def test_rule_status_after_edit(rule: str, gate: str, edits: list[str], status: str) -> None:
    a = assess_data(_edited(gate, edits), gate=gate)
    f = finding(a, rule)
    assert f.status == status, f"{rule}: {f.status}: {words(a, rule).message}"


@pytest.mark.parametrize("gate", sorted(BASE))
def test_ready_bases_meet_every_rule_of_their_gate(gate: str) -> None:
    """The bases of the features: every rule met, so each edit above tests one condition."""
    a = assess_data(example_data(BASE[gate]))
    assert a.gate == gate
    assert a.verdict == "ready"
    assert [f.rule for f in a.findings if f.status != "met"] == []


def test_every_for_and_etb_rule_has_an_unmet_case() -> None:
    """(Each is met in its ready base, see above.)"""
    ids = [r.id for r in default_catalog().rules if r.id[:3] in ("FOR", "ETB")]
    assert len(ids) == 30
    assert set(ids) <= {c[0] for c in CASES if c[3] == "unmet"}


def test_an_unmet_required_rule_is_a_missing_prerequisite_and_a_recommendation_is_not() -> None:
    a = assess_data(_edited("establishment", ["-pre_project.records", "-pre_project.organisation"]))
    assert a.verdict == "not_ready"
    assert a.missing_prerequisites == ["FOR-05"]
    assert a.summary["unmet_recommended"] == 1


def test_leadership_finding_names_each_offending_core_party_and_points_at_the_first() -> None:
    data = _edited(
        "establishment",
        [
            "parties[lier].leadership.level=endorsed",
            "parties[vvhf-bup].leadership.level=informed",
        ],
    )
    a = assess_data(data)
    f = finding(a, "FOR-02")
    assert f.parties == ("lier", "vvhf-bup")
    message = words(a, "FOR-02").message
    assert "Lier kommune (lier)" in message and "(vvhf-bup)" in message
    assert f.location.path == "parties[1].leadership.level"
    assert f.location.line > 1


@pytest.mark.parametrize(
    ("rule", "gate", "path", "edits"),
    [
        ("FOR-07", "establishment", FIN, [f"{FIN}.municipal_share=10"]),
        ("FOR-11", "establishment", COOP, [f"-{COOP}[school]"]),
        ("ETB-03", "operation", "establishment.team_leader", ["-establishment.team_leader"]),
    ],
)
def test_finding_points_at_the_catalog_path(
    rule: str, gate: str, path: str, edits: list[str]
) -> None:
    f = finding(assess_data(_edited(gate, edits)), rule)
    assert f.location.path == path
    assert f.location.line > 1  # the nearest enclosing key that exists, not the top of the file


@pytest.mark.parametrize(
    ("rule", "gate"),
    [("FOR-01", "establishment"), ("FOR-01", "operation")],
)
def test_the_signed_agreement_cannot_be_waived(rule: str, gate: str) -> None:
    data = _edited(gate, ["agreement.status=draft"])
    data["deviations"] = [{"rule": rule, "reason": "Signeres senere", "accepted_by": "Rådmann"}]
    with pytest.raises(InputError) as exc:
        assess_data(data, gate=gate)
    assert any(rule in line for line in exc.value.lines())


def test_a_waivable_required_rule_can_be_accepted_and_the_file_is_ready() -> None:
    data = _edited("operation", ["-establishment.team_leader"])
    reason = "Konstituert leder fra BUP til stillingen er besatt"
    data["deviations"] = [{"rule": "ETB-03", "reason": reason, "accepted_by": "Styringsgruppen"}]
    a = assess_data(data)
    assert finding(a, "ETB-03").status == "accepted"
    assert a.verdict == "ready"
