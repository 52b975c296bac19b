"""The examples of gates establishment and operation, through the CLI as a user runs them.

Each example's expected verdict is the one the README's examples table states, so the README
and the examples cannot drift apart. The JSON output of each gate must list exactly the gate's
rules in catalog order (the contract in shared/spec/rule-catalog.md), and both outputs must name
the gate used, also when --gate picks an earlier or later gate than the file's phase.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from click.testing import CliRunner

from readiness.catalog.load import default_catalog
from readiness.cli.main import main
from tests.helpers import AS_OF, ROOT

EXAMPLES = {
    "examples/vestfold-nord-forprosjekt-klar.yaml": "establishment",
    "examples/vestfold-nord-forprosjekt-avtaleutkast.yaml": "establishment",
    "examples/glamdalen-forprosjekt-finansiering.yaml": "establishment",
    "examples/vestfold-nord-etablering-klar.yaml": "operation",
    "examples/haugalandet-etablering-uten-teamleder.yaml": "operation",
}
README_VERDICTS = {"klar": ("ready", 0), "ikke klar": ("not_ready", 1)}


def _gate_rules(gate: str) -> list[str]:
    """The gate's rules in catalog order (tests/test_catalog.py holds them to the contract)."""
    return [r.id for r in default_catalog().rules_for(gate)]


def _readme_verdicts() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(examples/[^`]+)` \|.*\| ([^|]+?) \(exit \d\) \|$", text, re.M)
    return {file: verdict for file, verdict in rows}


def _check(*args: str) -> Any:
    return CliRunner().invoke(main, ["check", *args, "--as-of", AS_OF.isoformat()])


def _json(*args: str) -> tuple[int, dict[str, Any]]:
    result = _check(*args, "--format", "json")
    return result.exit_code, json.loads(result.output)["results"][0]


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_every_example_of_these_gates_is_in_the_readme() -> None:
    assert set(EXAMPLES) <= set(_readme_verdicts())


@pytest.mark.parametrize("file", sorted(EXAMPLES))
def test_example_gives_the_verdict_and_exit_code_the_readme_states(file: str) -> None:
    verdict, code = README_VERDICTS[_readme_verdicts()[file]]
    exit_code, result = _json(file)
    assert (result["verdict"], exit_code) == (verdict, code), result.get("missing_prerequisites")
    assert result["gate"] == EXAMPLES[file]  # the gate of the file's phase
    text = _check(file)
    assert text.exit_code == code
    assert f"vurdert mot porten {EXAMPLES[file]}" in text.output


@pytest.mark.parametrize("file", sorted(EXAMPLES))
def test_example_header_says_what_it_shows(file: str) -> None:
    lines = (ROOT / file).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# Viser: ")
    assert "# yaml-language-server: $schema=../schema/initiative.schema.json" in lines[:6]


@pytest.mark.parametrize("file", sorted(EXAMPLES))
def test_json_lists_exactly_the_gates_rules_in_catalog_order(file: str) -> None:
    _, result = _json(file)
    assert [f["rule"] for f in result["findings"]] == _gate_rules(EXAMPLES[file])
    missing = [
        f["rule"]
        for f in result["findings"]
        if f["status"] == "unmet" and f["severity"] == "required"
    ]
    assert result["missing_prerequisites"] == missing


@pytest.mark.parametrize(
    ("file", "missing"),
    [
        ("examples/vestfold-nord-forprosjekt-avtaleutkast.yaml", ["FOR-01"]),
        ("examples/glamdalen-forprosjekt-finansiering.yaml", ["FOR-07"]),
        ("examples/haugalandet-etablering-uten-teamleder.yaml", ["ETB-01", "ETB-03"]),
    ],
)
def test_not_ready_example_misses_exactly_its_reason(file: str, missing: list[str]) -> None:
    _, result = _json(file)
    assert result["missing_prerequisites"] == missing


def test_a_later_gate_than_the_phase_is_named_in_text_and_json() -> None:
    file = "examples/vestfold-nord-forprosjekt-klar.yaml"
    code, result = _json(file, "--gate", "operation")
    assert (code, result["gate"], result["verdict"]) == (1, "operation", "not_ready")
    assert result["missing_prerequisites"] == ["ETB-01", "ETB-02", "ETB-03", "ETB-04", "ETB-05"]
    assert [f["rule"] for f in result["findings"]] == _gate_rules("operation")
    text = _check(file, "--gate", "operation")
    assert "vurdert mot porten operation (Oppstart av teamet)" in text.output
    assert "fasen «pre_project»" in text.output


def test_an_earlier_gate_than_the_phase_is_named_in_text_and_json() -> None:
    file = "examples/vestfold-nord-etablering-klar.yaml"
    code, result = _json(file, "--gate", "establishment")
    assert (code, result["gate"], result["verdict"]) == (0, "establishment", "ready")
    assert [f["rule"] for f in result["findings"]] == _gate_rules("establishment")
    code, result = _json(file, "--gate", "preproject")
    assert (code, result["gate"], result["verdict"]) == (0, "preproject", "ready")
    assert "IDE-02" in [f["rule"] for f in result["findings"]]
    text = _check(file, "--gate", "establishment", "--lang", "en")
    assert (
        "assessed against the gate establishment (Application for establishment funds)"
        in text.output
    )
    assert "phase 'establishment'" in text.output


def test_an_idea_phase_file_against_the_establishment_gate_is_not_ready() -> None:
    code, result = _json("examples/vestfold-nord-klar.yaml", "--gate", "establishment")
    assert (code, result["gate"], result["verdict"]) == (1, "establishment", "not_ready")
    # the idea phase's intent is not the signed agreement, and no pre-project work is recorded
    assert {"FOR-01", "FOR-02", "FOR-03", "FOR-07"} <= set(result["missing_prerequisites"])


def test_several_files_of_different_phases_each_get_the_gate_of_their_phase() -> None:
    result = _check(*EXAMPLES, "examples/vestfold-nord-klar.yaml", "--format", "json")
    gates = {r["file"]: r["gate"] for r in json.loads(result.output)["results"]}
    assert gates == {**EXAMPLES, "examples/vestfold-nord-klar.yaml": "preproject"}
    assert result.exit_code == 1
