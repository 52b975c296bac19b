"""The durable_rules adapter: sessions, failure handling, never a silently wrong verdict."""

from __future__ import annotations

import threading

import pytest

from readiness.catalog.load import default_catalog
from readiness.engine.durable import RuleEngine, engine_for
from readiness.engine.facts import build_facts
from readiness.errors import EngineError
from tests.helpers import AS_OF, assess_data, example_data


def _facts(data=None, gate="preproject"):
    import yaml

    from readiness.format.load import load_text

    catalog = default_catalog()
    loaded = load_text(
        yaml.safe_dump(data or example_data("vestfold-nord-klar.yaml")), "t.yaml", catalog
    )
    return build_facts(loaded.initiative, catalog, gate, AS_OF)


def test_ready_file_has_no_unmet_rules() -> None:
    found = engine_for(default_catalog()).evaluate("preproject", _facts())
    assert (found.unmet, found.concluded, found.variants) == ({}, False, {})


def test_the_gates_concluded_when_is_evaluated_like_a_rule() -> None:
    """The `concluded` verdict comes from the gate's condition in rules/catalog.yaml."""
    data = example_data("indre-ostfold-annen-losning.yaml")
    engine = engine_for(default_catalog())
    assert engine.evaluate("preproject", _facts(data)).concluded
    data["decision"] = {**data["decision"], "outcome": "proceed"}
    assert not engine.evaluate("preproject", _facts(data)).concluded


def test_offending_parties_are_reported_per_rule() -> None:
    data = example_data("vestfold-nord-klar.yaml")
    for p in data["parties"][:2]:
        p["leadership"]["level"] = "none"
    unmet = engine_for(default_catalog()).evaluate("preproject", _facts(data)).unmet
    assert sorted(map(str, unmet["IDE-03"])) == ["faerder", "tonsberg"]
    assert sorted(map(str, unmet["IDE-04"])) == ["faerder", "tonsberg"]


def test_many_sessions_in_one_process_stay_within_the_session_limit() -> None:
    # durable_rules holds about 1,024 live sessions; every session must be deleted, including
    # those of ready files where no finding fires (deleting those crashed without the closing rule).
    engine = RuleEngine(default_catalog())
    ready, not_ready = (
        _facts(),
        _facts({**example_data("vestfold-nord-klar.yaml"), "youth_involvement": []}),
    )
    for i in range(1500):
        unmet = engine.evaluate("preproject", ready if i % 2 else not_ready).unmet
        assert (unmet == {}) == bool(i % 2)
    assert engine._leaked == 0


def test_an_action_that_raises_is_an_engine_error_not_a_verdict(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = RuleEngine(default_catalog())
    original = engine._action

    def broken(rule_id: str, variant: str | None = None):
        if rule_id != "IDE-06":
            return original(rule_id, variant)

        def action(run, message):  # raises before recording, as a bug in an action would
            raise RuntimeError("boom")

        return action

    monkeypatch.setattr(engine, "_action", broken)
    engine._host = engine._build_host()
    data = {**example_data("vestfold-nord-klar.yaml"), "youth_involvement": []}
    with pytest.raises(EngineError):
        # durable_rules' own loop would swallow the exception into the session state; the
        # adapter must not drop the rule (the closing rule ran, but IDE-06's action failed)
        result = engine.evaluate("preproject", _facts(data)).unmet
        assert "IDE-06" in result, "a failed action silently dropped an unmet rule"


def test_a_fact_of_unknown_kind_is_an_engine_error() -> None:
    engine = RuleEngine(default_catalog())
    with pytest.raises(EngineError):
        engine.evaluate(
            "preproject",
            [*_facts()[:-1], {"t": "mystery", "id": "m"}, {"t": "evaluate", "id": "e"}],
        )


def test_an_unknown_gate_is_an_engine_error() -> None:
    with pytest.raises(EngineError):
        RuleEngine(default_catalog()).evaluate("nowhere", _facts())


def test_concurrent_assessments_are_isolated() -> None:
    ready = example_data("vestfold-nord-klar.yaml")
    broken = {**ready, "youth_involvement": []}
    errors: list[str] = []

    def work(data, expected) -> None:
        for _ in range(100):
            a = assess_data(data)
            if a.verdict != expected:
                errors.append(a.verdict)

    threads = [
        threading.Thread(target=work, args=(d, v))
        for d, v in [(ready, "ready"), (broken, "not_ready")] * 2
    ]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []


# Two application rules in the form that made durable_rules 2.0.28 read past its node pool: an
# inequality against another fact's value ({"p": ...}), as the last alternatives of the gate.
# Same values as the catalog's own form (facts.py copies them into the application fact), so
# the results must not change; without the engine's sentinel rule 86 of 100 fresh processes
# crashed (SIGSEGV) on them.
_CROSS_FACT = """
import copy
from readiness.engine import durable as engine
CROSS = {
    "APP-06#1": [
        {"e": {"t": "evaluate"}},
        {"p": {"t": "params"}},
        {"x": {"$and": [{"t": "application"},
                        {"$gt": {"amount_requested": {"p": "amount_limit"}}}]}},
    ],
    "APP-10#0": [
        {"e": {"t": "evaluate"}},
        {"p": {"t": "params"}},
        {"x": {"$and": [{"t": "application"}, {"$nex": {"submitted": 1}},
                        {"$lt": {"deadline": {"p": "as_of"}}}]}},
    ],
}
plain = engine.RuleEngine.definition
def crossed(self, gate):
    rules = plain(self, gate)
    for name in CROSS:
        if name in rules:
            rules[name] = {**rules[name], "all": copy.deepcopy(CROSS[name])}
    return rules
engine.RuleEngine.definition = crossed
"""

_ASSESS_ALL = """
import datetime, json, sys
from readiness.catalog.load import default_catalog
from readiness.assess.results import check_file
from readiness.render.json_out import result_dict
c = default_catalog()
out = []
for f in sys.argv[1:]:
    for g in c.gates_with_rules():
        r = check_file(f, c, gate=g, as_of=datetime.date(2026, 11, 22))
        out.append([f, g, result_dict(r, c, "en")])
print(json.dumps(out, default=str))
"""


@pytest.mark.parametrize("cross_fact", [False, True], ids=["catalog", "cross-fact-last"])
def test_fresh_processes_do_not_crash(cross_fact: bool, tmp_path) -> None:
    # A crash in durable_rules' C core depends on the memory layout, so it only shows across
    # fresh processes: run several over every example, a generated corpus and every gate.
    import subprocess
    import sys

    from bench.corpus import write_corpus
    from tests.helpers import EXAMPLES

    write_corpus(tmp_path, 40, seed=3)
    files = sorted(str(p) for p in EXAMPLES.glob("*.yaml"))
    files += sorted(str(p) for p in tmp_path.glob("*.yaml"))
    script = (_CROSS_FACT if cross_fact else "") + _ASSESS_ALL
    outputs = set()
    for _ in range(6):
        proc = subprocess.run(
            [sys.executable, "-c", script, *files], capture_output=True, text=True
        )
        assert proc.returncode == 0, (proc.returncode, proc.stderr[-2000:])
        outputs.add(proc.stdout)
    assert len(outputs) == 1  # every process gave the same results


def test_alternatives_registered_without_the_trigger_find_the_same(tmp_path, monkeypatch) -> None:
    """The adapter registers a trigger-plus-one-fact alternative without the trigger (a join
    less per session, readiness/engine/durable.py ``_untriggered``): over a generated corpus and the
    examples, at every gate, both forms find the same unmet rules and parties."""
    import readiness.engine.durable as engine_module
    from bench.corpus import write_corpus
    from readiness.format.load import load_file
    from tests.helpers import EXAMPLES

    catalog = default_catalog()
    fast = RuleEngine(catalog)
    fast.prepare()
    # the alternatives as the engine registers them: without the variant they name
    alternatives = [engine_module._condition(a) for r in catalog.rules for a in r.unmet_when]
    untriggered = [a for a in alternatives if engine_module._untriggered(a) is not a]
    kept = [a for a in alternatives if engine_module._untriggered(a) is a]
    assert len(untriggered) > 20 and kept  # both kinds are exercised
    assert all(
        any("$not" in name for c in a["all"] for name in c)
        or len(a["all"]) != 2
        or any("p" in c for c in a["all"])
        for a in kept
    )
    monkeypatch.setattr(engine_module, "_untriggered", lambda alternative: alternative)
    slow = RuleEngine(catalog)
    slow.prepare()

    files = write_corpus(tmp_path, 80, seed=9) + sorted(map(str, EXAMPLES.glob("*.yaml")))
    compared = 0
    for file in files:
        try:
            loaded = load_file(file, catalog)
        except Exception:  # an invalid generated file: nothing to assess
            continue
        for gate in catalog.gates_with_rules():
            facts = build_facts(loaded.initiative, catalog, gate, AS_OF)
            assert fast.evaluate(gate, facts) == slow.evaluate(gate, facts), (file, gate)
            compared += 1
    assert compared > 200
