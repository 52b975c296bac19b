"""Steps for features/soknad.feature: the grant application (APP rules)."""

from __future__ import annotations

import copy
from typing import Any

from pytest_bdd import given, parsers, then

from tests.helpers import example_data, words


@given(parsers.parse('søknaden fra "{name}" er lagt til for porten "{gate}"'))
def add_application(case: Any, name: str, gate: str) -> None:
    application = copy.deepcopy(example_data(name)["application"])
    application["for_gate"] = gate
    case.data["application"] = application


@then(parsers.parse('sier funnet for "{rule}" «{text}»'))
def finding_says(case: Any, rule: str, text: str) -> None:
    matches = [f for f in case.assessment.findings if f.rule == rule]
    assert matches, f"{rule} is not part of gate {case.assessment.gate}"
    message = words(case.assessment, rule).message
    assert text in message, message
