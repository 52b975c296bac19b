"""Steps for what a finding says (its message, remedy and basis) and what the command line
writes: features/idefase.feature, forprosjekt.feature, etablering.feature, utfall.feature."""

from __future__ import annotations

from typing import Any

from pytest_bdd import parsers, then

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
