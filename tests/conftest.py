"""Step definitions shared by every feature in features/ (pytest-bdd's way to reuse them).

The steps are Norwegian, like the features: they are the specification an advisor reads.
Initiatives are built from a bundled example and edited by path (the same path syntax as
`readiness whatif --set`), then assessed in memory with a fixed assessment date.
"""

from __future__ import annotations

import datetime as dt
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from pytest_bdd import given, parsers, then, when

from readiness.cli.main import main
from readiness.errors import InputError
from readiness.explore.edit import parse_value, set_value, unset_value
from tests.helpers import AS_OF, ROOT, assess_data, example_data, words

# Feature-specific step modules live in tests/steps/ and are loaded as plugins here, so that
# new features add steps without editing this file.
pytest_plugins = sorted(
    f"tests.steps.{p.stem}"
    for p in (Path(__file__).parent / "steps").glob("*.py")
    if p.stem != "__init__"
)

VERDICTS = {
    "klar": "ready",
    "ikke klar": "not_ready",
    "avsluttet": "concluded",
    "ugyldig": "invalid",
}
STATUSES = {"oppfylt": "met", "ikke oppfylt": "unmet", "akseptert": "accepted"}
BASE = {
    "preproject": "vestfold-nord-klar.yaml",
    "establishment": "drammen-lier-forprosjekt-klar.yaml",
    "operation": "drammen-lier-etablering-klar.yaml",
}


class Case:
    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.gate: str | None = None
        self.as_of: dt.date = AS_OF
        self.assessment: Any = None
        self.error: InputError | None = None
        self.cli: Any = None


@pytest.fixture
def case() -> Case:
    return Case()


# -- Gitt ------------------------------------------------------------------------------------
@given(parsers.parse('et initiativ som er klart for porten "{gate}"'))
def ready_for_gate(case: Case, gate: str) -> None:
    case.data = example_data(BASE[gate])


@given(parsers.parse('initiativfilen "{name}"'))
def initiative_file(case: Case, name: str) -> None:
    case.data = example_data(name)


@given(parsers.re(r'"(?P<path>[^"]+)" er satt til (?P<value>.+)$'))
def set_path(case: Case, path: str, value: str) -> None:
    set_value(case.data, path, parse_value(value))


@given(parsers.parse('"{path}" er fjernet'))
def unset_path(case: Case, path: str) -> None:
    unset_value(case.data, path)


@given(parsers.parse('et avvik fra "{rule}" begrunnet med "{reason}" og akseptert av "{by}"'))
def add_deviation(case: Case, rule: str, reason: str, by: str) -> None:
    case.data.setdefault("deviations", []).append(
        {"rule": rule, "reason": reason, "accepted_by": by}
    )


@given(parsers.parse('vurderingsdatoen er "{date}"'))
def assessment_date(case: Case, date: str) -> None:
    case.as_of = dt.date.fromisoformat(date)


# -- Når -------------------------------------------------------------------------------------
def _assess(case: Case) -> None:
    try:
        case.assessment = assess_data(case.data, gate=case.gate, as_of=case.as_of)
    except InputError as exc:
        case.error = exc


@when("initiativet vurderes")
def assess_default(case: Case) -> None:
    _assess(case)


@when(parsers.parse('initiativet vurderes mot porten "{gate}"'))
def assess_gate(case: Case, gate: str) -> None:
    case.gate = gate
    _assess(case)


@when(parsers.parse('jeg kjører "{command}"'))
def run_cli(case: Case, command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    args = shlex.split(command)
    assert args[0] == "readiness"
    case.cli = CliRunner().invoke(main, [*args[1:], "--as-of", case.as_of.isoformat()])


@when("jeg kjører readiness check på initiativet")
def run_cli_on_case(case: Case, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "initiativ.yaml"
    path.write_text(
        yaml.safe_dump(case.data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    case.cli = CliRunner().invoke(main, ["check", str(path), "--as-of", case.as_of.isoformat()])


# -- Så --------------------------------------------------------------------------------------
def _finding(case: Case, rule: str) -> Any:
    assert case.error is None, f"unexpected input error: {case.error.lines()}"
    matches = [f for f in case.assessment.findings if f.rule == rule]
    assert matches, f"{rule} is not part of gate {case.assessment.gate}"
    return matches[0]


@then(parsers.parse('er regelen "{rule}" {status}'))
def rule_status(case: Case, rule: str, status: str) -> None:
    f = _finding(case, rule)
    assert f.status == STATUSES[status], (
        f"{rule}: {f.status} ({words(case.assessment, rule).message})"
    )


@then(parsers.parse('er utfallet "{verdict}"'))
def verdict_is(case: Case, verdict: str) -> None:
    assert case.error is None, f"unexpected input error: {case.error.lines()}"
    assert case.assessment.verdict == VERDICTS[verdict], case.assessment.missing_prerequisites


@then(parsers.parse('mangler forutsetningene "{ids}"'))
def missing_are(case: Case, ids: str) -> None:
    expected = [x.strip() for x in ids.split(",") if x.strip()]
    assert case.assessment.missing_prerequisites == expected


@then("mangler ingen forutsetninger")
def nothing_missing(case: Case) -> None:
    assert case.assessment.missing_prerequisites == []


@then(parsers.parse('nevner funnet for "{rule}" partene "{ids}"'))
def finding_names_parties(case: Case, rule: str, ids: str) -> None:
    f = _finding(case, rule)
    expected = tuple(x.strip() for x in ids.split(","))
    assert f.parties == expected
    message = words(case.assessment, rule).message
    for pid in expected:
        assert pid in message


@then(parsers.parse('peker funnet for "{rule}" på "{path}"'))
def finding_points_at(case: Case, rule: str, path: str) -> None:
    assert _finding(case, rule).location.path == path


@then(parsers.parse('er porten "{gate}"'))
def gate_is(case: Case, gate: str) -> None:
    assert case.assessment.gate == gate


@then(parsers.parse('inneholder vurderingen reglene "{ids}"'))
def gate_has_rules(case: Case, ids: str) -> None:
    present = [f.rule for f in case.assessment.findings]
    for rule in ids.split(","):
        assert rule.strip() in present


@then(parsers.parse('inneholder vurderingen ikke regelen "{rule}"'))
def gate_lacks_rule(case: Case, rule: str) -> None:
    assert rule not in [f.rule for f in case.assessment.findings]


@then(parsers.parse('avvises filen med en feil som nevner "{text}"'))
def rejected(case: Case, text: str) -> None:
    assert case.error is not None, "the file was accepted"
    assert any(text in line for line in case.error.lines()), case.error.lines()


@then(parsers.parse("er exit-koden {code:d}"))
def exit_code_is(case: Case, code: int) -> None:
    assert case.cli.exit_code == code, case.cli.output


@then(parsers.parse('skriver readiness "{text}"'))
def output_contains(case: Case, text: str) -> None:
    # compared with runs of white space as one space: the text output wraps long lines
    assert " ".join(text.split()) in " ".join(case.cli.output.split()), case.cli.output
