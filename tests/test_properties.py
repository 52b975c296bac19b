"""Properties over generated valid initiatives (Hypothesis; the generator is bench/corpus.py).

What a coordinator and CI rely on: a valid file never crashes the engine; the verdict follows
from the findings; the JSON output has the catalog's shape; the output is deterministic; a
file is never changed by assessing it; and an independent plain-Python statement of a few
catalog conditions agrees with the durable_rules conditions (this is what catches a wrong
condition in rules/*.yaml).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from typing import Any, TypeVar

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.corpus import build_initiative, dump_yaml, write_corpus
from readiness.assess.assessment import Assessment, assess
from readiness.catalog.load import default_catalog
from readiness.cli.main import main
from readiness.format.load import load_text
from tests.helpers import AS_OF, ROOT

T = TypeVar("T")
CATALOG = default_catalog()
WAIVABLE = tuple(r.id for r in CATALOG.rules if r.waivable)
FINDING_KEYS = [
    "rule",
    "name",
    "severity",
    "basis",
    "status",
    "title",
    "message",
    "remedy",
    "source",
    "location",
]
RESULT_KEYS = [
    "file",
    "initiative",
    "gate",
    "verdict",
    "missing_prerequisites",
    "findings",
    "summary",
]
SUMMARY_KEYS = ["met", "unmet_required", "unmet_recommended", "unmet_advice", "accepted"]
EXAMPLES = int(os.environ.get("READINESS_PROPERTY_EXAMPLES", "60"))


class HypothesisDraw:
    """bench.corpus.Draw over Hypothesis' ``draw``: failing cases shrink."""

    def __init__(self, draw: Any):
        self.draw = draw

    def integer(self, lo: int, hi: int) -> int:
        return self.draw(st.integers(lo, hi))

    def choice(self, options: Sequence[T]) -> T:
        return self.draw(st.sampled_from(options))

    def boolean(self) -> bool:
        return self.draw(st.booleans())


@st.composite
def initiatives(draw: Any) -> dict[str, Any]:
    return build_initiative(HypothesisDraw(draw), WAIVABLE)


GATES = st.sampled_from([None, "preproject", "establishment", "operation"])
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _assess(data: dict[str, Any], gate: str | None) -> Assessment:
    loaded = load_text(dump_yaml(data), "generert.yaml", CATALOG)
    return assess(loaded, CATALOG, gate=gate, as_of=AS_OF)


# -- the oracle: a handful of catalog conditions, restated in plain Python -------------------
LEVEL = {
    "specialist_health": "specialist",
    "municipality": "municipal",
    "city_district": "municipal",
}
RANK = {"none": 0, "informed": 1, "endorsed": 2, "committed": 3}


def oracle(data: dict[str, Any]) -> dict[str, bool]:
    """rule id → met, straight from /work/shared/spec/rule-catalog.md's "met when" column."""
    parties = data["parties"]
    level = {p["id"]: LEVEL.get(p["kind"]) for p in parties}
    core = [p for p in parties if p.get("core", False)]
    tg = data.get("target_group") or {}
    lo, hi = tg.get("age_min"), tg.get("age_max")
    agreement = data.get("agreement") or {}
    in_agreement = {level[pid] for pid in agreement.get("parties", [])}
    municipal = [p for p in parties if level[p["id"]] == "municipal"]
    catchment = data.get("catchment") or {}
    pop, size = catchment.get("population"), tg.get("estimated_size")
    return {
        "GEN-01": lo is not None and hi is not None and 12 <= lo <= hi <= 25,
        "GEN-03": not ((pop is not None and pop < 15000) or (size is not None and size < 20)),
        "IDE-01": {"specialist", "municipal"} <= {level[p["id"]] for p in core},
        "IDE-03": all(RANK[(p.get("leadership") or {}).get("level", "none")] >= 1 for p in core),
        "IDE-05": agreement.get("status", "none") in ("intent", "draft", "signed")
        and {"specialist", "municipal"} <= in_agreement,
        "IDE-11": data.get("lead_body") in {p["id"] for p in core},
        "IDE-12": all(p.get("stance", "undecided") in ("committed", "declined") for p in municipal)
        and any(p.get("stance", "undecided") == "committed" for p in municipal),
    }


@SETTINGS
@given(initiatives())
def test_engine_agrees_with_a_plain_python_statement_of_the_catalog(data: dict[str, Any]) -> None:
    a = _assess(data, "preproject")
    status = {f.rule: f.status for f in a.findings}
    for rule, met in oracle(data).items():
        assert (status[rule] == "met") == met, (
            f"{rule}: engine says {status[rule]}, catalog says met={met}"
        )


@SETTINGS
@given(initiatives(), GATES)
def test_verdict_follows_from_the_findings(data: dict[str, Any], gate: str | None) -> None:
    a = _assess(data, gate)
    rules = CATALOG.rules_for(
        a.gate, with_application=bool(data.get("application", {}).get("for_gate") == a.gate)
    )
    assert [f.rule for f in a.findings] == [r.id for r in rules]  # every rule, catalog order
    blocking = [f.rule for f in a.findings if f.severity == "required" and f.status == "unmet"]
    assert a.missing_prerequisites == blocking
    deviated = {d["rule"] for d in data.get("deviations", [])}
    for f in a.findings:
        assert (f.status == "accepted") == (f.status != "met" and f.rule in deviated)
    decision = data.get("decision") or {}
    concluded = (
        a.gate == "preproject"
        and decision.get("outcome") == "other_solution"
        and next(f for f in a.findings if f.rule == "IDE-17").status == "met"
    )
    expected = "concluded" if concluded else "not_ready" if blocking else "ready"
    assert a.verdict == expected


def _check_json(path: str, gate: str | None) -> tuple[int, str]:
    args = ["check", path, "--format", "json", "--as-of", AS_OF.isoformat()]
    result = CliRunner().invoke(main, args + (["--gate", gate] if gate else []))
    return result.exit_code, result.stdout


@SETTINGS
@given(initiatives(), GATES)
def test_json_output_has_the_catalogs_shape_is_stable_and_leaves_the_file_alone(
    tmp_path_factory: pytest.TempPathFactory, data: dict[str, Any], gate: str | None
) -> None:
    path = tmp_path_factory.mktemp("prop") / "initiativ.yaml"
    path.write_text(dump_yaml(data), encoding="utf-8")
    os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)

    code, out = _check_json(str(path), gate)
    code2, out2 = _check_json(str(path), gate)
    assert (code, out) == (code2, out2)  # byte-identical runs
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before

    doc = json.loads(out)
    assert [k for k in doc if k != "as_of"] == ["version", "results"] and doc["version"] == 1
    (result,) = doc["results"]
    assert list(result) == RESULT_KEYS
    assert list(result["summary"]) == SUMMARY_KEYS
    for f in result["findings"]:
        assert list(f) == FINDING_KEYS
        assert list(f["source"]) == ["document", "section"]
        assert list(f["location"]) == ["path", "line", "column"]
        assert f["location"]["line"] >= 1 and f["location"]["column"] >= 1
    statuses = [(f["status"], f["severity"]) for f in result["findings"]]
    s = result["summary"]
    assert s["met"] == sum(st_ == "met" for st_, _ in statuses)
    assert s["accepted"] == sum(st_ == "accepted" for st_, _ in statuses)
    for sev in ("required", "recommended", "advice"):
        assert s[f"unmet_{sev}"] == statuses.count(("unmet", sev))
    assert code == (1 if result["verdict"] == "not_ready" else 0)


def test_a_corpus_of_generated_files_never_crashes_the_process(tmp_path: Any) -> None:
    """In a child process: a crash of durable_rules' C core (a segfault) would otherwise take
    the whole test run down instead of failing this test. Seed 1's 115th file crashed the
    engine once (durable_rules' overrun, see readiness/engine/durable.py RuleEngine.definition)."""
    files = write_corpus(tmp_path / "corpus", 150, seed=1)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "readiness.cli.main",
            "check",
            *files,
            "--format",
            "json",
            "--as-of",
            AS_OF.isoformat(),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode in (0, 1), (proc.returncode, proc.stderr[-2000:])
    assert "Traceback" not in proc.stderr and "Fatal Python error" not in proc.stderr
    doc = json.loads(proc.stdout)
    assert len(doc["results"]) == 150
    assert {r["verdict"] for r in doc["results"]} <= {"ready", "not_ready", "concluded"}


def test_generated_files_are_valid_and_cover_every_verdict() -> None:
    """The generator itself: valid files, all verdicts, every gate (else the properties above
    would test little)."""
    from bench.corpus import RandomDraw

    draw = RandomDraw(3)
    seen: set[str] = set()
    for _ in range(300):
        data = build_initiative(draw, WAIVABLE)
        assert yaml.safe_load(dump_yaml(data)) == data
        a = _assess(data, None)
        seen.add(a.verdict)
        seen.add(a.gate)
    assert seen >= {"ready", "not_ready", "concluded", "preproject", "establishment", "operation"}
