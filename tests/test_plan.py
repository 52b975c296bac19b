"""readiness/explore/plan.py and `readiness plan`: ordered next steps, verified on every example."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from readiness.catalog.load import default_catalog
from readiness.cli.main import main
from readiness.explore.plan import build_plan
from readiness.explore.whatif import what_if
from readiness.format.load import load_file
from tests.helpers import AS_OF, EXAMPLES

EXAMPLE_FILES = sorted(p.name for p in EXAMPLES.glob("*.y*ml")) + sorted(
    p.name for p in EXAMPLES.glob("*.json")
)


def test_every_rule_has_an_example() -> None:
    missing = [r.id for r in default_catalog().rules if not r.example]
    assert missing == []


@pytest.mark.parametrize("gate", ["preproject", "establishment", "operation"])
def test_plan_order_names_every_rule_of_the_gate(gate: str) -> None:
    catalog = default_catalog()
    rules = {r.id for r in catalog.rules_for(gate, with_application=True)}
    assert set(catalog.gate(gate).plan_order) == rules


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_the_plan_applied_makes_every_example_ready(name: str) -> None:
    """The plan's promise: do every step (its example as a what-if) and the file is ready."""
    catalog = default_catalog()
    loaded = load_file(str(EXAMPLES / name), catalog)
    plan = build_plan(loaded, catalog, as_of=AS_OF)
    if plan.assessment.verdict == "concluded":
        assert plan.steps == ()  # the idea phase ended: nothing to plan
        return
    after = what_if(loaded, plan.edits, catalog, as_of=AS_OF).comparison.after
    assert after.verdict == "ready", after.missing_prerequisites
    assert not after.by_status("unmet", "recommended")


def test_required_steps_follow_the_checklist_then_recommended() -> None:
    catalog = default_catalog()
    plan = build_plan(
        load_file(str(EXAMPLES / "gamle-oslo-tidlig.yaml"), catalog), catalog, as_of=AS_OF
    )
    rules = [s.finding.rule for s in plan.steps]
    required = [s.finding.rule for s in plan.steps if s.finding.severity == "required"]
    assert required == plan.assessment.missing_prerequisites or sorted(required) == sorted(
        plan.assessment.missing_prerequisites
    )
    order = catalog.gate("preproject").plan_order
    assert required == sorted(required, key=order.index)
    assert rules[: len(required)] == required
    assert [s.number for s in plan.steps] == list(range(1, len(plan.steps) + 1))


def test_plan_text_names_remedy_keys_source_and_example() -> None:
    r = CliRunner().invoke(
        main, ["plan", "examples/grenland-uten-avtale.yaml", "--as-of", AS_OF.isoformat()]
    )
    assert r.exit_code == 1, r.output
    assert "Neste steg mot Søknad om forprosjektmidler" in r.output
    assert "Fyll inn: parties[siljan].stance" in r.output
    # the source as a person cites it, in Norwegian (the text output wraps long lines)
    assert "Kilde: Idéfaseheftet, pkt. 1.11 og 1.13, sjekklistepunkt 7" in " ".join(
        r.output.split()
    )
    assert "For eksempel: parties[siljan].stance=committed" in r.output
    assert r.output.index("IDE-12") < r.output.index("IDE-05")  # checklist item 7, then 1.8


def test_plan_json_and_english() -> None:
    r = CliRunner().invoke(
        main,
        [
            "plan",
            "examples/vestfold-nord-forprosjekt-avtaleutkast.yaml",
            "--format",
            "json",
            "--lang",
            "en",
            "--as-of",
            AS_OF.isoformat(),
        ],
    )
    doc = json.loads(r.output)
    assert doc["gate"] == "establishment" and doc["verdict"] == "not_ready"
    # the one missing prerequisite first, then the recommendations of version 2 it lacks
    step, *rest = doc["steps"]
    assert step["rule"] == "FOR-01" and step["step"] == 1
    assert {s["severity"] for s in rest} == {"recommended"}
    assert {"op": "set", "path": "agreement.status", "value": "signed"} in step["example"]
    assert step["source"]["document"] and step["remedy"]


def test_ready_and_concluded_plans_have_no_steps() -> None:
    ready = CliRunner().invoke(
        main, ["plan", "examples/vestfold-nord-klar.yaml", "--as-of", AS_OF.isoformat()]
    )
    assert ready.exit_code == 0 and "er klart for" in ready.output
    concluded = CliRunner().invoke(
        main, ["plan", "examples/indre-ostfold-annen-losning.yaml", "--as-of", AS_OF.isoformat()]
    )
    assert concluded.exit_code == 0 and "ingen steg" in concluded.output


def test_plan_of_a_missing_file_is_an_input_error() -> None:
    r = CliRunner().invoke(main, ["plan", "finnes-ikke.yaml"])
    assert r.exit_code == 2 and "finnes-ikke.yaml" in r.output and "Traceback" not in r.output


def test_a_section_written_empty_is_planned_as_an_absent_one(tmp_path) -> None:
    """``agreement:`` with nothing after it is null, which the format reads as not given: the
    plan's edits (and a --set) fill it in as they would fill in an absent section."""
    text = (EXAMPLES / "gamle-oslo-tidlig.yaml").read_text(encoding="utf-8")
    assert "\nagreement:" not in text
    path = tmp_path / "tom-avtale.yaml"
    path.write_text(text + "agreement:\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["plan", str(path), "--as-of", AS_OF.isoformat()])
    assert result.exit_code == 1, result.output
    assert "agreement.status" in result.output
    result = CliRunner().invoke(
        main, ["whatif", str(path), "--set", "agreement.status=signed", "--format", "json"]
    )
    assert result.exit_code in (0, 1), result.output


def test_a_plan_made_from_an_assessment_already_made_is_the_same_plan() -> None:
    from readiness.assess.assessment import assess
    from readiness.explore.plan import keys_to_fill

    catalog = default_catalog()
    loaded = load_file(str(EXAMPLES / "grenland-uten-avtale.yaml"), catalog)
    made = assess(loaded, catalog, as_of=AS_OF)
    plan = build_plan(loaded, catalog, as_of=AS_OF, assessment=made)
    assert plan.assessment is made
    assert plan == build_plan(loaded, catalog, as_of=AS_OF)
    step = next(s for s in plan.steps if s.finding.rule == "IDE-12")
    assert keys_to_fill(catalog.rule("IDE-12"), step.finding) == ("parties[siljan].stance",)
