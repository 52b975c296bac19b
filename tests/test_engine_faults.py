"""Engine faults end as exit 3 with a clear message, never as a verdict (complements
tests/test_engine.py). Faults are injected with monkeypatching and copies of the catalog; the
real catalog is never changed."""

from __future__ import annotations

import copy
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from click.testing import CliRunner

import readiness.assess.assessment
from readiness.catalog.load import default_catalog
from readiness.cli.main import main
from readiness.engine.durable import RuleEngine
from readiness.errors import EngineError
from tests.helpers import AS_OF, EXAMPLES, ROOT

READY = str(EXAMPLES / "vestfold-nord-klar.yaml")


def _check(*args: str) -> Any:
    return CliRunner().invoke(main, ["check", *args, "--as-of", AS_OF.isoformat()])


def _with_rule(rule_id: str, unmet_when: list[dict[str, Any]]) -> Any:
    """A copy of the catalog whose ``rule_id`` has another condition."""
    catalog = copy.copy(default_catalog())
    catalog.rules = [
        r._replace(unmet_when=tuple(unmet_when)) if r.id == rule_id else r for r in catalog.rules
    ]
    return catalog


def test_a_condition_durable_rules_refuses_names_the_rule() -> None:
    broken = _with_rule(
        "IDE-06", [{"all": [{"e": {"t": "evaluate"}}, {"x": {"$bogus": {"youth_count": 1}}}]}]
    )
    with pytest.raises(EngineError, match="IDE-06"):
        RuleEngine(broken).prepare()


def _engine_fault(monkeypatch: pytest.MonkeyPatch, fault: Any) -> Any:
    monkeypatch.setattr(readiness.assess.assessment, "engine_for", fault)
    return _check(READY)


def test_an_engine_error_is_exit_3_with_a_message_not_a_verdict(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = _with_rule(
        "IDE-06", [{"all": [{"e": {"t": "evaluate"}}, {"x": {"$bogus": {"youth_count": 1}}}]}]
    )
    result = _engine_fault(monkeypatch, lambda catalog: RuleEngine(broken))
    assert result.exit_code == 3
    assert "IDE-06" in result.output and "intern feil" in result.output
    assert "KLAR" not in result.output and "Traceback" not in result.output


def test_a_fact_durable_rules_cannot_take_is_exit_3(monkeypatch: pytest.MonkeyPatch) -> None:
    original = readiness.assess.assessment.build_facts

    def odd_facts(*args: Any) -> list[dict[str, Any]]:
        facts = original(*args)
        facts[1]["population"] = {1, 2}  # not JSON: durable_rules' json.dumps raises
        return facts

    monkeypatch.setattr(readiness.assess.assessment, "build_facts", odd_facts)
    result = _check(READY)
    assert result.exit_code == 3 and "intern feil" in result.output


def test_a_fact_no_rule_matches_is_exit_3_and_the_next_assessment_is_right(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = readiness.assess.assessment.build_facts
    with monkeypatch.context() as m:
        m.setattr(
            readiness.assess.assessment,
            "build_facts",
            lambda *a: [
                *original(*a)[:-1],
                {"t": "mystery", "id": "m"},
                {"t": "evaluate", "id": "e"},
            ],
        )
        assert _check(READY).exit_code == 3
    result = _check(READY, "--format", "json")  # the engine is still usable afterwards
    assert result.exit_code == 0 and '"verdict": "ready"' in result.output


def test_durable_rules_failing_inside_assert_is_exit_3(monkeypatch: pytest.MonkeyPatch) -> None:
    import durable_rules_engine

    def fail(*a: Any, **k: Any) -> None:
        raise RuntimeError("Could not assert facts, error code: 101")

    # the C core itself fails (what it does with a full node pool or a bad handle)
    monkeypatch.setattr(durable_rules_engine, "assert_facts", fail)
    result = _engine_fault(monkeypatch, lambda catalog: RuleEngine(catalog))
    assert result.exit_code == 3 and "101" in result.output


def test_durable_rules_failing_between_actions_is_exit_3(monkeypatch: pytest.MonkeyPatch) -> None:
    import durable_rules_engine

    def fail(*a: Any, **k: Any) -> None:
        raise RuntimeError("Could not complete and start action, error code: 102")

    monkeypatch.setattr(durable_rules_engine, "complete_and_start_action", fail)
    result = _engine_fault(monkeypatch, lambda catalog: RuleEngine(catalog))
    assert result.exit_code == 3 and "102" in result.output and "KLAR" not in result.output


def test_leaked_sessions_rebuild_the_host_before_the_session_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If sessions ever cannot be deleted, the engine must not run into durable_rules' limit of
    about 1,024 live sessions (past it the process crashed)."""
    from tests.test_engine import _facts

    engine = RuleEngine(default_catalog())
    original = engine._build_host

    def leaky_host() -> Any:
        host = original()
        host.delete_state = lambda *a, **k: (_ for _ in ()).throw(RuntimeError("cannot delete"))  # type: ignore[method-assign]
        return host

    engine._host = leaky_host()
    monkeypatch.setattr(engine, "_build_host", leaky_host)
    facts = _facts()
    for _ in range(1100):
        assert engine.evaluate("preproject", facts).unmet == {}
    assert engine._leaked < 1024


def test_thousands_of_ready_assessments_in_one_process_do_not_crash() -> None:
    """3,000 assessments of a ready file (no finding fires) in a child process: deleting a
    session in which no action ran crashed durable_rules (segfault), and skipping the delete
    leaks toward its session limit. A crash must fail this test, not the whole run."""
    script = textwrap.dedent(
        f"""
        import datetime as dt
        from readiness.catalog.load import default_catalog
        from readiness.format.load import load_file
        from readiness.assess.assessment import assess
        from readiness.engine.durable import engine_for
        catalog = default_catalog()
        loaded = load_file({READY!r}, catalog)
        for _ in range(3000):
            assert assess(loaded, catalog, as_of=dt.date(2026, 11, 22)).verdict == "ready"
        engine = engine_for(catalog)
        print("ok", engine._leaked)
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["ok", "0"]
