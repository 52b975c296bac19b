"""readiness/explore/diff.py and `readiness diff`: readiness between two versions of a file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from readiness.cli.main import main
from tests.helpers import AS_OF, EXAMPLES

OLD = EXAMPLES / "vestfold-nord-forprosjekt-avtaleutkast.yaml"


def _signed(tmp_path: Path) -> Path:
    new = tmp_path / "ny.yaml"
    new.write_text(
        OLD.read_text(encoding="utf-8").replace("status: draft", "status: signed"), encoding="utf-8"
    )
    assert new.read_text(encoding="utf-8") != OLD.read_text(encoding="utf-8")
    return new


def _diff(*args: str) -> object:
    return CliRunner().invoke(main, ["diff", *args, "--as-of", AS_OF.isoformat()])


def test_diff_json_resolved_and_verdict(tmp_path: Path) -> None:
    r = _diff(str(OLD), str(_signed(tmp_path)), "--format", "json")
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    doc = json.loads(r.output)  # type: ignore[attr-defined]
    assert doc["before"]["verdict"] == "not_ready" and doc["after"]["verdict"] == "ready"
    assert [f["rule"] for f in doc["resolved"]] == ["FOR-01"]
    assert doc["new"] == [] and doc["verdict_changed"] is True and doc["gate"] == "establishment"


def test_diff_the_other_way_is_a_regression(tmp_path: Path) -> None:
    r = _diff(str(_signed(tmp_path)), str(OLD))
    assert r.exit_code == 1  # type: ignore[attr-defined]
    assert "KLAR → IKKE KLAR" in r.output and "✗ FOR-01" in r.output  # type: ignore[attr-defined]


def test_diff_markdown_for_a_pull_request(tmp_path: Path) -> None:
    r = _diff(str(OLD), str(_signed(tmp_path)), "--format", "markdown")
    out = r.output  # type: ignore[attr-defined]
    assert out.startswith("### Endring:")
    assert "**Utfall:** IKKE KLAR → **KLAR**" in out
    assert "| FOR-01 |" in out and "|---|---|---|" in out


def test_diff_of_identical_files_changes_nothing() -> None:
    r = _diff(str(OLD), str(OLD), "--lang", "en")
    assert r.exit_code == 0  # type: ignore[attr-defined]
    assert "No finding is resolved or new." in r.output  # type: ignore[attr-defined]


def test_diff_with_an_invalid_file_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema_version: 1\ninitiative: {name: x, phase: idé}\nparties: []\n", encoding="utf-8"
    )
    r = _diff(str(OLD), str(bad))
    assert r.exit_code == 2 and "bad.yaml" in r.output  # type: ignore[attr-defined]


def test_a_concluded_idea_phase_is_not_called_not_ready() -> None:
    """An idea phase that ended in another solution is concluded: its open findings are listed,
    but the sentence about missing prerequisites (not ready) would contradict the verdict."""
    concluded = EXAMPLES / "indre-ostfold-annen-losning.yaml"
    r = _diff(str(concluded), str(concluded))
    out = r.output  # type: ignore[attr-defined]
    assert r.exit_code == 0 and "AVSLUTTET → AVSLUTTET" in out, out  # type: ignore[attr-defined]
    assert "Uendret: 7 åpne funn" in out
    assert "mangler" not in out
    still_open = _diff(str(OLD), str(OLD)).output  # type: ignore[attr-defined]
    assert "1 forutsetning for Søknad om etableringsmidler mangler." in still_open


def test_a_new_finding_shows_its_severity_basis_and_source() -> None:
    old, new = EXAMPLES / "vestfold-nord-klar.yaml", EXAMPLES / "grenland-uten-avtale.yaml"
    out = _diff(str(old), str(new)).output  # type: ignore[attr-defined]
    assert "(påkrevd · Vilkår i tilskuddsordningen)" in out  # IDE-05
    assert "Kilde: Idéfaseheftet, pkt. 1.13, sjekklistepunkt 2" in out  # IDE-02
    md = _diff(str(old), str(new), "--format", "markdown").output  # type: ignore[attr-defined]
    assert "| IDE-05 |" in md and "| påkrevd | Vilkår i tilskuddsordningen |" in md
