"""The grant application (issue 9): `readiness check` on applications, the call's parameters
(`--call`), the assessment date (`--as-of`) and the application's references."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from readiness.catalog.load import load_catalog
from readiness.cli.main import main
from readiness.errors import CatalogError, InputError
from tests.helpers import EXAMPLES, ROOT, assess_data, example_data, finding, words

READY = "examples/vestfold-nord-soknad-klar.yaml"
FAULTY = "examples/grenland-soknad-formfeil.yaml"


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def check_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = run("check", *args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def line_of(file: str, key: str) -> int:
    """1-based line of the first line that starts (after indentation) with ``key:``."""
    for n, line in enumerate((ROOT / file).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip().startswith(f"{key}:"):
            return n
    raise AssertionError(f"{key} not in {file}")


@pytest.fixture(autouse=True)
def _in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def app_findings(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["rule"]: f for f in doc["results"][0]["findings"] if f["rule"].startswith("APP-")}


# -- the two examples ----------------------------------------------------------------------------
def test_complete_application_is_ready() -> None:
    code, doc = check_json(READY, "--as-of", "2026-11-22")
    assert code == 0
    result = doc["results"][0]
    assert result["verdict"] == "ready"
    assert result["gate"] == "preproject"
    apps = app_findings(doc)
    assert sorted(apps) == [f"APP-{n:02d}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 10)]
    assert all(f["status"] == "met" for f in apps.values())


def test_application_with_formal_faults_is_not_ready_and_points_at_its_lines() -> None:
    code, doc = check_json(FAULTY, "--as-of", "2026-11-22")
    assert code == 1
    result = doc["results"][0]
    assert result["verdict"] == "not_ready"
    assert result["missing_prerequisites"] == ["APP-03", "APP-06", "APP-07"]
    apps = app_findings(doc)
    assert apps["APP-01"]["status"] == "unmet" and apps["APP-01"]["severity"] == "recommended"
    # each finding points at the key in the file; milestones are absent: the application key
    expected = {
        "APP-01": line_of(FAULTY, "main_applicant"),
        "APP-03": line_of(FAULTY, "signatures"),
        "APP-06": line_of(FAULTY, "amount_requested"),
        "APP-07": line_of(FAULTY, "application"),
    }
    for rule, line in expected.items():
        assert apps[rule]["location"]["line"] == line, rule
    assert apps["APP-06"]["source"] == {"document": "tilskudd", "section": "amounts"}


def test_text_output_names_line_amount_limit_and_date() -> None:
    result = run("check", FAULTY, "--as-of", "2026-11-22")
    assert result.exit_code == 1
    out = result.output
    assert f"{FAULTY}:{line_of(FAULTY, 'amount_requested')}:3" in out
    assert "1 400 000 kr" in out and "1 000 000 kr" in out and "2026" in out
    assert "vurderingsdato 2026-11-22" in out


def test_english_message_states_amount_and_limit() -> None:
    data = example_data("grenland-soknad-formfeil.yaml")
    f = words(assess_data(data), "APP-06", "en")
    assert "NOK 1,400,000" in f.message and "NOK 1,000,000" in f.message
    assert "NOK 1,000,000" in f.remedy


# -- the assessment date -------------------------------------------------------------------------
def test_deadline_depends_only_on_the_assessment_date() -> None:
    before, doc_before = check_json(READY, "--as-of", "2027-03-15")
    after, doc_after = check_json(READY, "--as-of", "2027-03-16")
    assert (before, after) == (0, 1)
    assert doc_before["as_of"] == "2027-03-15" and doc_after["as_of"] == "2027-03-16"
    assert app_findings(doc_before)["APP-10"]["status"] == "met"
    late = app_findings(doc_after)["APP-10"]
    assert late["status"] == "unmet"
    assert "2027-03-15" in late["message"] and "2027-03-16" in late["message"]
    assert late["location"]["line"] == line_of(READY, "deadline")
    text = run("check", READY, "--as-of", "2027-03-16").output
    assert "vurderingsdato 2027-03-16" in text


def test_bad_assessment_date_is_a_usage_error() -> None:
    result = run("check", READY, "--as-of", "15.03.2027")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# -- the call's parameters -----------------------------------------------------------------------
CALL = """\
year: 2027
name: {nb: Utlysning 2027, en: Call 2027}
amount_limits:
  preproject: %d
  establishment: 6000000
"""


def test_another_call_file_changes_the_amount_limit(tmp_path: Path) -> None:
    strict = tmp_path / "utlysning-2027.yaml"
    strict.write_text(CALL % 900000, encoding="utf-8")
    code, doc = check_json(READY, "--as-of", "2026-11-22", "--call", str(strict))
    assert code == 1
    app06 = app_findings(doc)["APP-06"]
    assert app06["status"] == "unmet"
    assert "900 000 kr" in app06["message"] and "2027" in app06["message"]
    generous = tmp_path / "utlysning-raus.yaml"
    generous.write_text(CALL % 950000, encoding="utf-8")  # the limit itself is allowed
    code, doc = check_json(READY, "--as-of", "2026-11-22", "--call", str(generous))
    assert code == 0
    assert app_findings(doc)["APP-06"]["status"] == "met"


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("year: 2027\namount_limits: [1, 2\n", 3, "YAML"),
        (CALL.replace("%d", "mye"), 4, "amount_limits.preproject"),
        (
            "year: 2027\nname: {nb: a, en: b}\namount_limits: {preproject: 1000000}\n",
            1,
            "establishment",
        ),
        (CALL.replace("preproject: %d", "forprosjekt: 1"), 4, "forprosjekt"),
        ("year: 2027\nyear: 2028\n", 2, "year"),
        ("", 1, "tom"),
    ],
    ids=["syntax", "type", "missing-limit", "unknown-gate", "duplicate-key", "empty"],
)
def test_malformed_call_file_is_an_input_error_naming_the_file(
    tmp_path: Path, text: str, line: int, says: str
) -> None:
    call = tmp_path / "utlysning.yaml"
    call.write_text(text, encoding="utf-8")
    result = run("check", READY, "--as-of", "2026-11-22", "--call", str(call))
    assert result.exit_code == 2, result.output
    assert f"{call}:{line}:" in result.stderr
    assert says in result.stderr
    assert "intern feil" not in result.stderr and "Traceback" not in result.output


def test_missing_call_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run("check", READY, "--call", str(tmp_path / "finnes-ikke.yaml"))
    assert result.exit_code == 2
    assert "finnes-ikke.yaml" in result.output


def test_broken_call_yaml_under_rules_stays_an_internal_error(tmp_path: Path) -> None:
    catalog_dir = tmp_path / "rules"
    catalog_dir.mkdir()
    source = ROOT / "rules"
    for f in source.glob("*.yaml"):
        (catalog_dir / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (catalog_dir / "call.yaml").write_text("year: 2027\namount_limits: {}\n", encoding="utf-8")
    with pytest.raises(CatalogError):
        load_catalog(catalog_dir)
    with pytest.raises(InputError):
        load_catalog(source, call_file=catalog_dir / "call.yaml")


# -- references -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("main_applicant", "ukjent"),
        ("co_applicants", ["siv-bup", "ukjent"]),
        ("signatures", [{"party": "ukjent", "role": "Kommunedirektør"}]),
    ],
)
def test_dangling_applicant_reference_is_an_input_error(path: str, value: Any) -> None:
    data = example_data("vestfold-nord-soknad-klar.yaml")
    data["application"][path] = value
    with pytest.raises(InputError) as err:
        assess_data(data)
    lines = err.value.lines()
    assert any("ukjent" in line and "tonsberg" in line for line in lines), lines


def test_application_without_applicants_does_not_crash() -> None:
    data = example_data("vestfold-nord-soknad-klar.yaml")
    data["application"] = {"for_gate": "preproject"}
    a = assess_data(data)
    assert a.verdict == "not_ready"
    assert {"APP-02", "APP-04", "APP-06", "APP-07"} <= set(a.missing_prerequisites)
    assert finding(a, "APP-03").status == "met"  # "every applicant has signed" holds for none


def test_complete_application_survives_fresh_processes() -> None:
    """durable_rules crashed some fresh processes (segfault) on this file while APP conditions
    joined the params fact; every run must end with the verdict."""
    for _ in range(4):
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "readiness.cli.main",
                "check",
                str(EXAMPLES / "vestfold-nord-soknad-klar.yaml"),
                "--as-of",
                "2026-11-22",
                "-q",
            ],
            capture_output=True,
            cwd=ROOT,
            timeout=60,
        )
        assert proc.returncode == 0, (proc.returncode, proc.stderr[-500:])
