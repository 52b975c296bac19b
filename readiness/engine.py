"""Step 5: the durable_rules adapter. The only module that imports durable_rules.

What it guards against (../shared/notes/durable-rules.md, each seen on this machine):
- an explicit ``Host`` with no background timer threads (``_run`` does nothing), so every
  action runs on the caller's thread and nothing runs after ``evaluate`` returns;
- one ruleset per gate, registered once per engine; one session per assessment with a fresh
  id, deleted in ``finally``; a closing rule that always fires on the trigger, so every session
  has run an action before ``delete_state`` (deleting a session without one crashes);
- a sentinel rule at the end of every ruleset's alternatives, so that durable_rules' C core
  cannot read past its node pool (see ``RuleEngine.definition``);
- a sink rule per fact kind (a join that never completes) and a unique ``id`` per fact, so
  "not handled" / "observed" exceptions never happen in normal operation, and are errors if
  they do;
- exceptions inside actions, which durable_rules swallows, are caught by the action itself and
  raised to the caller as ``EngineError``, and so is a session whose closing rule never ran:
  never a silently wrong verdict;
- one lock around the host (the C core never releases the GIL; threads only need safety);
- if sessions ever leak (a delete that could not be done), the host is rebuilt long before
  durable_rules' limit of about 1,024 live sessions.
"""

from __future__ import annotations

import copy
import itertools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import durable.engine as durable_engine

from readiness.catalog import Catalog, Rule
from readiness.errors import EngineError
from readiness.facts import FACT_KINDS, Fact

_CLOSE = "__close__"
_LEAK_LIMIT = 512  # rebuild the host well before durable_rules' ~1,024-session limit
# A rule that never matches (no fact has this kind) and whose condition ends in an $and: see
# RuleEngine.definition for why every ruleset ends its alternatives with it.
_SENTINEL = {"all": [{"z": {"$and": [{"t": "__never__"}, {"never": True}]}}]}


class _ThreadlessHost(durable_engine.Host):
    """durable_rules' Host without its two timer threads: actions run only on the caller's
    thread, inside ``assert_facts`` (the timers also ran other sessions' actions, and with
    application threads crashed the process)."""

    def _run(self) -> None:  # noqa: D401 - overriding the timer start-up
        return None


@dataclass
class _Run:
    unmet: dict[str, list[str | None]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    closed: bool = False
    acted: bool = False


class RuleEngine:
    """Evaluates the catalog's conditions over facts; returns which rules are unmet."""

    def __init__(self, catalog: Catalog):
        self._catalog = catalog
        self._lock = threading.Lock()
        self._runs: dict[str, _Run] = {}
        self._counter = itertools.count(1)
        self._leaked = 0
        self._gates = catalog.gates_with_rules()
        # gate → the fact kinds its ruleset matches; a gate is here once its ruleset is registered
        self._kinds: dict[str, frozenset[str]] = {}
        self._host = self._build_host()

    # -- set-up -----------------------------------------------------------------------------
    def _action(self, rule_id: str) -> Callable[[Any], None]:
        runs = self._runs

        def action(c: Any) -> None:
            run = runs.get(str(c.s.sid))
            if run is None:  # an action for a session we do not know: never expected
                return
            run.acted = True
            try:
                if rule_id == _CLOSE:
                    run.closed = True
                    return
                subject = c._m.get("x") if isinstance(c._m, dict) else None
                pid = subject.get("pid") if isinstance(subject, dict) else None
                run.unmet.setdefault(rule_id, []).append(pid)
            except BaseException as exc:  # durable_rules would swallow it: keep it
                run.errors.append(f"{rule_id}: {type(exc).__name__}: {exc}")

        return action

    def _guarded(self, rule_id: str, action: Callable[[Any], None]) -> Callable[[Any], None]:
        """Record any exception of ``action`` for the caller (durable_rules would swallow it)."""
        runs = self._runs

        def guarded(c: Any) -> None:
            try:
                action(c)
            except BaseException as exc:
                run = runs.get(str(c.s.sid))
                if run is not None:
                    run.errors.append(f"{rule_id}: {type(exc).__name__}: {exc}")

        return guarded

    def definition(self, gate: str) -> dict[str, Any]:
        """The durable_rules JSON definition of one gate's ruleset (the ruleset is named after
        the gate; one session per assessment): its rules' alternatives, then the sentinel, the
        closing rule and a sink rule per fact kind.

        The sentinel guards against a bug in durable_rules 2.0.28's C core
        (``reduceExpressionSequence`` in events.c): when an ``$and`` short-circuits on a false
        comparison with another fact's value (``{"p": ...}``), it steps over its own end
        marker and reads on through the following rules' nodes until it meets another; past
        the last one it read outside the node pool, and crashed (SIGSEGV) in 86 of 100 fresh
        processes with such a condition as the last alternative. A never-matching rule whose
        condition ends in a marker, after all alternatives, stops that walk inside the pool
        whatever order the rules come in (0 of 100). Found with gdb on a debug build of
        durable_rules; tests/test_engine.py keeps a fresh-process check with such a rule
        placed last. (Earlier versions split gates into rulesets of 12 alternatives against
        this crash: that only made it rarer, at the cost of 3-5 sessions per assessment.)"""
        rules: dict[str, Any] = {}
        for rule in self._catalog.rules:
            if gate not in rule.gates:
                continue
            for k, alternative in enumerate(rule.unmet_when):
                rules[f"{rule.id}#{k}"] = {
                    **copy.deepcopy(alternative),
                    "run": self._guarded(rule.id, self._action(rule.id)),
                }
        rules["__sentinel__"] = {**copy.deepcopy(_SENTINEL), "run": self._action(_CLOSE)}
        rules[_CLOSE] = {"all": [{"e": {"t": "evaluate"}}], "run": self._action(_CLOSE)}
        for kind in FACT_KINDS:
            rules[f"__sink_{kind}"] = {
                "all": [{"a": {"t": kind}}, {"b": {"t": "__never__"}}],
                "run": self._action(_CLOSE),
            }
        return rules

    def _build_host(self) -> _ThreadlessHost:
        """A fresh, empty host; each gate's ruleset is registered on first use, so a cold
        `readiness check` compiles only the gate it assesses."""
        self._kinds = {}
        return _ThreadlessHost()

    def prepare(self, gate: str | None = None) -> None:
        """Compile ``gate``'s ruleset now (all gates when None): a long-running server does
        this at start-up, so a catalog durable_rules refuses fails before the first request."""
        with self._lock:
            for g in [gate] if gate else self._gates:
                self._register(g)

    def _register(self, gate: str) -> frozenset[str]:
        """Register ``gate``'s ruleset (once); return the fact kinds it matches."""
        kinds = self._kinds.get(gate)
        if kinds is not None:
            return kinds
        definition = self.definition(gate)
        try:
            self._host.register_rulesets({gate: definition})
        except Exception as exc:
            raise EngineError(
                f"durable_rules refused the catalog: {exc}; {self._culprit()}"
            ) from exc
        kinds = self._kinds[gate] = frozenset(_fact_kinds(definition)) | {"evaluate"}
        return kinds

    def _culprit(self) -> str:
        """Register each rule alone to name the one durable_rules refuses."""
        for rule in self._catalog.rules:
            if not check_rule(rule):
                return f"rule {rule.id} has a condition durable_rules cannot compile"
        return "no single rule is to blame"

    # -- evaluation -------------------------------------------------------------------------
    def evaluate(self, gate: str, facts: Sequence[Fact]) -> dict[str, list[str | None]]:
        """Assert ``facts`` (trigger last) in a fresh session of ``gate``'s ruleset; return
        {rule id: offending party ids (None where the rule has no subject)} of unmet rules."""
        if gate not in self._gates:
            raise EngineError(f"no ruleset for gate {gate!r}")
        unknown = {f.get("t") for f in facts} - set(FACT_KINDS)
        if unknown:
            raise EngineError(f"facts of unknown kind {sorted(map(str, unknown))}")
        with self._lock:
            # assert only the kinds of fact the gate's rules look at (fewer JSON round trips);
            # the trigger is always last
            kinds = self._register(gate)
            return self._evaluate_one(gate, [f for f in facts if f["t"] in kinds])

    def _evaluate_one(self, ruleset: str, facts: Sequence[Fact]) -> dict[str, list[str | None]]:
        sid = str(next(self._counter))
        run = _Run()
        self._runs[sid] = run
        try:
            # assert_facts returns the session's state after its last action; an action that
            # raised left an "exception" there (durable_rules does not raise it)
            state = self._host.assert_facts(ruleset, [{**f, "sid": sid} for f in facts])
            if isinstance(state, dict) and "exception" in state:
                run.errors.append(str(state["exception"])[:500])
        except durable_engine.MessageNotHandledException as exc:
            raise EngineError(f"a fact matched no rule: {exc}") from exc
        except durable_engine.MessageObservedException as exc:
            raise EngineError(f"a fact was asserted twice: {exc}") from exc
        except Exception as exc:  # the C core reports errors as plain exceptions
            raise EngineError(f"durable_rules failed: {exc}") from exc
        finally:
            self._runs.pop(sid, None)
            self._finish(ruleset, sid, run)
        if run.errors:
            raise EngineError("an action failed: " + "; ".join(run.errors))
        if not run.closed:
            raise EngineError("the assessment did not complete (the closing rule never ran)")
        return run.unmet

    def _finish(self, ruleset: str, sid: str, run: _Run) -> None:
        if run.acted:
            try:
                self._host.delete_state(ruleset, sid)
                return
            except Exception:  # noqa: BLE001 - counted as a leak below
                pass
        # durable_rules crashes when deleting a session in which no action ran: leave it, and
        # rebuild the host before the leaks approach the session limit.
        self._leaked += 1
        if self._leaked >= _LEAK_LIMIT:
            self._host = self._build_host()
            self._leaked = 0


def _fact_kinds(node: Any) -> set[str]:
    """Every fact kind (``{"t": kind}``) a durable_rules definition mentions; sink rules
    (whose kind is matched only to keep durable_rules quiet) are not looked at."""
    kinds: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and key.startswith("__sink_"):
                continue
            if key == "t" and isinstance(value, str) and value != "__never__":
                kinds.add(value)
            else:
                kinds |= _fact_kinds(value)
    elif isinstance(node, list):
        for item in node:
            kinds |= _fact_kinds(item)
    return kinds


def check_rule(rule: Rule) -> bool:
    """True when durable_rules compiles every alternative of ``rule``."""
    defs = {
        f"check_{rule.id.replace('-', '_')}": {
            f"r{k}": {**copy.deepcopy(alt), "run": lambda c: None}
            for k, alt in enumerate(rule.unmet_when)
        }
    }
    try:
        _ThreadlessHost(defs)
    except Exception:  # noqa: BLE001
        return False
    return True


_engines: dict[int, RuleEngine] = {}
_engines_lock = threading.Lock()


def engine_for(catalog: Catalog) -> RuleEngine:
    """One engine per catalog object per process."""
    with _engines_lock:
        engine = _engines.get(id(catalog))
        if engine is None or engine._catalog is not catalog:
            engine = _engines[id(catalog)] = RuleEngine(catalog)
        return engine
