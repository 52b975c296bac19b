"""Steps for what a finding says (its message, remedy and basis) and what the command line
writes, and that a file meets every rule of its gate: features/idefase.feature,
forprosjekt.feature, etablering.feature, utfall.feature, katalog.feature."""

from __future__ import annotations

from typing import Any

from pytest_bdd import parsers, then

from readiness.catalog.load import default_catalog
from tests.helpers import words


def _said(case: Any, rule: str) -> Any:
    assert case.error is None, f"unexpected input error: {case.error.lines()}"
    assert any(f.rule == rule for f in case.assessment.findings), (
        f"{rule} is not part of gate {case.assessment.gate}"
    )
    return words(case.assessment, rule)


@then(parsers.parse('sier ikke funnet for "{rule}" «{text}»'))
def finding_does_not_say(case: Any, rule: str, text: str) -> None:
    message = _said(case, rule).message
    assert text not in message, message


@then(parsers.parse('råder funnet for "{rule}" «{text}»'))
def remedy_says(case: Any, rule: str, text: str) -> None:
    remedy = _said(case, rule).remedy
    assert text in remedy, remedy


@then(parsers.parse('råder ikke funnet for "{rule}" «{text}»'))
def remedy_does_not_say(case: Any, rule: str, text: str) -> None:
    remedy = _said(case, rule).remedy
    assert text not in remedy, remedy


@then(parsers.parse('har funnet for "{rule}" grunnlaget «{label}»'))
def basis_is(case: Any, rule: str, label: str) -> None:
    assert _said(case, rule).basis == label


@then(parsers.parse('skriver readiness ikke "{text}"'))
def output_lacks(case: Any, text: str) -> None:
    assert " ".join(text.split()) not in " ".join(case.cli.output.split()), case.cli.output


@then("er hver regel i porten oppfylt")
def every_rule_met(case: Any) -> None:
    """Every rule of the assessed gate is a finding, and met (APP rules join the gate only
    with an application for it)."""
    assert case.error is None, f"unexpected input error: {case.error.lines()}"
    a = case.assessment
    with_app = any(f.rule.startswith("APP-") for f in a.findings)
    expected = [
        r.id
        for r in default_catalog().rules
        if a.gate in r.gates and (with_app or not r.id.startswith("APP-"))
    ]
    assert [f.rule for f in a.findings] == expected
    assert [f.rule for f in a.findings if f.status != "met"] == []
