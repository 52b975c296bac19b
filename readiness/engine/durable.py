"""Step 5: the durable_rules adapter. The only module that imports durable_rules.

It drives durable_rules' C core (``durable_rules_engine``) itself, the calls durable_rules' own
``Host`` and ``Ruleset`` make, without that Python layer (``durable.engine``): its Host starts
two timer threads that ran actions on other threads (with application threads they crashed
the process), its dispatch loop swallows exceptions, and importing it (logging, traceback,
random) was ~5% of a cold `readiness check`.

What it guards against (../shared/notes/durable-rules.md, each seen on this machine):
- no background threads: every action runs on the caller's thread, inside ``evaluate``;
- one ruleset per gate, registered once per engine; one session per assessment with a fresh
  id, deleted in ``finally``; a closing rule that always fires on the trigger, so every session
  has run an action before ``delete_state`` (deleting a session without one crashes);
- a sentinel rule at the end of every ruleset's alternatives, so that durable_rules' C core
  cannot read past its node pool (see ``RuleEngine.definition``);
- a sink rule matching every fact (a join that never completes) and a unique ``id`` per fact, so
  "not handled" / "observed" exceptions never happen in normal operation, and are errors if
  they do;
- fired rules' actions are run by this module's own loop over the C core (``_dispatch``), not
  durable_rules' Python one, which swallows exceptions and re-encodes the session state for
  every fired rule; an exception in an action is raised to the caller as ``EngineError``, and
  so is a session whose closing rule never ran: never a silently wrong verdict;
- one lock around the host (the C core never releases the GIL; threads only need safety);
- if sessions ever leak (a delete that could not be done), the host is rebuilt long before
  durable_rules' limit of about 1,024 live sessions;
- on Python 3.13 and later, the C core is loaded with lazy symbol binding (``_load_core``).
"""

from __future__ import annotations

import copy
import importlib
import itertools
import json
import os
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, NamedTuple

from readiness.catalog.records import Catalog, Rule
from readiness.engine.facts import FACT_KINDS, Fact
from readiness.errors import EngineError

# A session's facts as JSON, for assert_facts: one encoder for the process (json.dumps with an
# option builds a new one per call).
_encode = json.JSONEncoder(ensure_ascii=False).encode
_CLOSE = "__close__"
_CONCLUDED = "__concluded__"  # the gate's concluded_when
# durable_rules_engine.assert_facts result codes (durable.engine.Ruleset._handle_result)
_NOT_HANDLED, _OBSERVED, _DEFERRED = 1, 2, 3
_LEAK_LIMIT = 512  # rebuild the host well before durable_rules' ~1,024-session limit
# A rule that never matches (no fact has this kind) and whose condition ends in an $and: see
# RuleEngine.definition for why every ruleset ends its alternatives with it.
_SENTINEL = {"all": [{"z": {"$and": [{"t": "__never__"}, {"never": True}]}}]}
# Every fact must match some rule or durable_rules raises "not handled": one join that never
# completes, whose first condition matches any fact.
_SINK = "__sink__"
_SINK_RULE = {"all": [{"a": {"$ex": {"t": 1}}}, {"b": {"t": "__never__"}}]}
_TRIGGER = {"e": {"t": "evaluate"}}
_FACT_KINDS = frozenset(FACT_KINDS)

# The C-API function durable_rules 2.0.28's extension calls and Python 3.13 removed, and the
# compile-time fix: durable_rules' setup.py overwrites CFLAGS but leaves CPPFLAGS alone.
_REMOVED_CALL = "PyEval_CallObject"
_REBUILD = (
    "CPPFLAGS='-DPyEval_CallObject(c,a)=PyObject_CallObject(c,a)' pip install"
    " --force-reinstall --no-cache-dir --no-binary durable-rules durable-rules==2.0.28"
)


def _load_core() -> tuple[ModuleType, bool]:
    """Import durable_rules' C core, ``durable_rules_engine``; also say whether its symbols
    were bound lazily.

    durable_rules 2.0.28 (its last release, a source archive that pip compiles) calls
    ``PyEval_CallObject``, removed from the C API in Python 3.13, so there its import fails
    with "undefined symbol". The five calls are in the store/queue callbacks
    (``set_store_message_callback`` and the others in src/rulespy/rules.c), which the C core
    calls only once one is registered; this adapter never registers one. Loaded with lazy
    binding (RTLD_LAZY instead of Python's RTLD_NOW), a function symbol is looked up at its
    first call, so the missing one is never looked up. Any other import error, or another
    missing symbol, is raised as it is. tests/test_engine_python313.py holds that no callback
    is registered (the first call into one ends the process with "symbol lookup error") and
    that every other C-API function the extension calls exists.

    This is done here at run time rather than by building durable_rules with the
    compile-time fix (``_REBUILD``) because ``pip install readiness`` compiles it without
    that flag: the lazy import works for every install, and a build with the fix imports
    normally and never reaches it. Where the loader binds every symbol at load time anyway
    (LD_BIND_NOW set, or an extension linked with ``-z now``), the error names the rebuild.
    The dlopen flags are the interpreter's, so they are restored straight after."""
    try:
        return importlib.import_module("durable_rules_engine"), False
    except ImportError as exc:
        if f"undefined symbol: {_REMOVED_CALL}" not in str(exc):
            raise
        first = exc
    if not hasattr(sys, "setdlopenflags"):
        raise ImportError(_cannot_load(first)) from first
    flags = sys.getdlopenflags()
    sys.setdlopenflags((flags & ~os.RTLD_NOW) | os.RTLD_LAZY)
    try:
        return importlib.import_module("durable_rules_engine"), True
    except ImportError as exc:
        if f"undefined symbol: {_REMOVED_CALL}" not in str(exc):
            raise
        raise ImportError(_cannot_load(exc)) from exc
    finally:
        sys.setdlopenflags(flags)


def _cannot_load(exc: ImportError) -> str:
    return (
        f"durable_rules' C extension calls {_REMOVED_CALL}, which Python"
        f" {sys.version_info.major}.{sys.version_info.minor} does not have, and it could not be"
        f" loaded with lazy symbol binding ({exc}). Rebuild it with the call replaced: {_REBUILD}"
    )


# CORE_BOUND_LAZILY: whether the lazy import was needed (tests/test_engine_python313.py)
durable_rules_engine, CORE_BOUND_LAZILY = _load_core()


class _Host:
    """The calls durable_rules' ``Host`` and ``Ruleset`` make on its C core for an engine's
    rulesets, without timers or callbacks (``durable.engine``). Which gate has which handle
    is the engine's to remember (``RuleEngine._registered``)."""

    @staticmethod
    def register(name: str, definition: dict[str, Any]) -> int:
        """Compile a ruleset (durable_rules' JSON form; the rules' ``run`` entries are left
        out, as durable_rules' Ruleset does) and return its handle."""
        rules = {
            rule: {k: v for k, v in body.items() if k != "run"} for rule, body in definition.items()
        }
        return int(durable_rules_engine.create_ruleset(name, json.dumps(rules, ensure_ascii=False)))

    def delete_state(self, handle: int, sid: str) -> None:
        """Delete a session (``Ruleset.delete_state``)."""
        durable_rules_engine.delete_state(handle, sid)


@dataclass
class _Run:
    """What one session's actions found."""

    unmet: dict[str, list[str | None]] = field(default_factory=dict)
    variants: dict[str, set[str]] = field(default_factory=dict)
    concluded: bool = False
    errors: list[str] = field(default_factory=list)
    closed: bool = False
    acted: bool = False


class Evaluation(NamedTuple):
    """What the engine found for one assessment: the unmet rules, with the parties each one's
    ``x`` condition matched, each once (None where a rule has no subject), whether the gate's
    ``concluded_when`` holds, and the variants (rules/README.md) that fired alternatives name,
    by rule."""

    unmet: dict[str, list[str | None]]
    concluded: bool
    variants: dict[str, set[str]] = {}  # noqa: RUF012 - a record's default, never changed


Action = Callable[[_Run, Any], None]  # (the run, the fired rule's match)


@dataclass(frozen=True)
class _Registered:
    """A gate's registered ruleset: its handle in the C core, each rule name's action, and
    the fact kinds its rules look at."""

    handle: int
    actions: dict[str, Action]
    kinds: frozenset[str]


class RuleEngine:
    """Evaluates the catalog's conditions over facts; returns which rules are unmet."""

    def __init__(self, catalog: Catalog):
        self._catalog = catalog
        self._lock = threading.Lock()
        self._counter = itertools.count(1)
        self._leaked = 0
        self._gates = catalog.gates_with_rules()
        # gate → its registered ruleset; a gate is here once its ruleset is registered
        self._registered: dict[str, _Registered] = {}
        self._host = self._build_host()

    # -- set-up -----------------------------------------------------------------------------
    @staticmethod
    def _action(rule_id: str, variant: str | None = None) -> Action:
        """What a fired rule does: note the rule as unmet, with the party its ``x`` condition
        matched (rules with no ``x`` have no subject) and the variant its alternative names;
        the closing rule marks the run done."""
        if rule_id == _CLOSE:

            def close(run: _Run, message: Any) -> None:
                run.closed = True

            return close
        if rule_id == _CONCLUDED:

            def conclude(run: _Run, message: Any) -> None:
                run.concluded = True

            return conclude

        def unmet(run: _Run, message: Any) -> None:
            subject = message.get("x") if isinstance(message, dict) else None
            pid = subject.get("pid") if isinstance(subject, dict) else None
            # once per subject: an alternative whose ``$or`` holds in several branches may
            # fire more than once for the same fact, as two alternatives may
            subjects = run.unmet.setdefault(rule_id, [])
            if pid not in subjects:
                subjects.append(pid)
            if variant is not None:
                run.variants.setdefault(rule_id, set()).add(variant)

        return unmet

    def definition(self, gate: str) -> dict[str, Any]:
        """The durable_rules JSON definition of one gate's ruleset (the ruleset is named after
        the gate; one session per assessment): its rules' alternatives (see ``_untriggered``),
        then the sentinel, the closing rule and the sink rule.

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
                    **copy.deepcopy(_untriggered(_condition(alternative))),
                    "run": self._action(rule.id, alternative.get("variant")),
                }
        for k, alternative in enumerate(self._catalog.gate(gate).concluded_when):
            rules[f"{_CONCLUDED}#{k}"] = {
                **copy.deepcopy(_untriggered(alternative)),
                "run": self._action(_CONCLUDED),
            }
        rules["__sentinel__"] = {**copy.deepcopy(_SENTINEL), "run": self._action(_CLOSE)}
        rules[_CLOSE] = {"all": [{"e": {"t": "evaluate"}}], "run": self._action(_CLOSE)}
        rules[_SINK] = {**copy.deepcopy(_SINK_RULE), "run": self._action(_CLOSE)}
        return rules

    def _build_host(self) -> _Host:
        """A fresh, empty host; each gate's ruleset is registered on first use, so a cold
        `readiness check` compiles only the gate it assesses."""
        self._registered = {}
        return _Host()

    def prepare(self, gate: str | None = None) -> None:
        """Compile ``gate``'s ruleset now (all gates when None): a long-running server does
        this at start-up, so a catalog durable_rules refuses fails before the first request."""
        with self._lock:
            for g in [gate] if gate else self._gates:
                self._register(g)

    def _register(self, gate: str) -> _Registered:
        """Register ``gate``'s ruleset (once); return what evaluating it needs."""
        registered = self._registered.get(gate)
        if registered is not None:
            return registered
        definition = self.definition(gate)
        actions = {name: rule["run"] for name, rule in definition.items()}
        kinds = frozenset(_fact_kinds(definition)) | {"evaluate"}
        try:
            handle = self._host.register(gate, definition)
        except Exception as exc:
            raise EngineError(
                f"durable_rules refused the catalog: {exc}; {self._culprit()}"
            ) from exc
        registered = self._registered[gate] = _Registered(handle, actions, kinds)
        return registered

    def _culprit(self) -> str:
        """Register each rule alone to name the one durable_rules refuses."""
        for rule in self._catalog.rules:
            if not check_rule(rule):
                return f"rule {rule.id} has a condition durable_rules cannot compile"
        return "no single rule is to blame"

    # -- evaluation -------------------------------------------------------------------------
    def evaluate(self, gate: str, facts: Sequence[Fact]) -> Evaluation:
        """Assert ``facts`` (trigger last) in a fresh session of ``gate``'s ruleset; return
        what it found (``Evaluation``)."""
        if gate not in self._gates:
            raise EngineError(f"no ruleset for gate {gate!r}")
        unknown = {f.get("t") for f in facts} - _FACT_KINDS
        if unknown:
            raise EngineError(f"facts of unknown kind {sorted(map(str, unknown))}")
        with self._lock:
            # assert only the kinds of fact the gate's rules look at (fewer JSON round trips);
            # the trigger is always last
            registered = self._register(gate)
            kinds = registered.kinds
            return self._evaluate_one(registered, [f for f in facts if f["t"] in kinds])

    def _evaluate_one(self, registered: _Registered, facts: Sequence[Fact]) -> Evaluation:
        sid = str(next(self._counter))
        run = _Run()
        try:
            text = _encode([{**f, "sid": sid} for f in facts])
            code, state = durable_rules_engine.assert_facts(registered.handle, text)
            # the C core has taken the whole batch whatever the code: run the session's
            # actions first, so that it ends cleanly and can be deleted
            _dispatch(registered, state if code != _DEFERRED else 0, run)
            if code == _NOT_HANDLED:
                raise EngineError(f"a fact matched no rule: {text[:500]}")
            if code == _OBSERVED:
                raise EngineError(f"a fact was asserted twice: {text[:500]}")
        except EngineError:
            raise
        except Exception as exc:  # the C core reports errors as plain exceptions
            raise EngineError(f"durable_rules failed: {exc}") from exc
        finally:
            self._finish(registered.handle, sid, run)
        if run.errors:
            raise EngineError("an action failed: " + "; ".join(run.errors))
        if not run.closed:
            raise EngineError("the assessment did not complete (the closing rule never ran)")
        return Evaluation(run.unmet, run.concluded, run.variants)

    def _finish(self, handle: int, sid: str, run: _Run) -> None:
        if run.acted:
            try:
                self._host.delete_state(handle, sid)
                return
            except Exception:  # noqa: BLE001 - counted as a leak below
                pass
        # durable_rules crashes when deleting a session in which no action ran: leave it, and
        # rebuild the host before the leaks approach the session limit.
        self._leaked += 1
        if self._leaked >= _LEAK_LIMIT:
            self._host = self._build_host()
            self._leaked = 0


def _dispatch(registered: _Registered, state: int, run: _Run) -> None:
    """Run the session's fired rules' actions, one after the other, on this thread.

    durable_rules' own loop (``Ruleset._flush_actions``) does the same C calls and more in
    Python for each fired rule: it decodes the session state, builds a closure with two
    clock reads, and encodes the state back with ``update_state``. This adapter never reads
    or writes session state, so that work was half the engine's time (bench/run.py,
    cProfile); what is left is a JSON decode of the rule's match where it names a party.
    An action that raises is recorded and the session still completes (durable_rules
    would have swallowed it into the state)."""
    handle = registered.handle
    started = durable_rules_engine.start_action_for_state(handle, state)
    messages = started[1] if started else None
    actions = registered.actions
    while messages:
        # {"<rule name>": {<condition name>: <matched fact>, ...}}: only a party's id (its
        # "pid") is ever read from the match, so a match without one is not decoded
        name = messages[2 : messages.find('"', 2)]
        message = None
        if name not in actions or '"pid"' in messages:
            name, message = next(iter(json.loads(messages).items()))
        try:
            actions[name](run, message)
        except Exception as exc:  # noqa: BLE001 - the caller raises it as an EngineError
            run.errors.append(f"{name.partition('#')[0]}: {type(exc).__name__}: {exc}")
        # completing frees the action's context in the C core: from here on deleting the
        # session is safe (deleting one in which no action completed crashed the process)
        messages = durable_rules_engine.complete_and_start_action(handle, state)
        run.acted = True


def _condition(alternative: dict[str, Any]) -> dict[str, Any]:
    """An alternative of the catalog as durable_rules takes it: without the ``variant`` it
    names (which is the catalog's, for the words; the action remembers it)."""
    if "variant" not in alternative:
        return alternative
    return {k: v for k, v in alternative.items() if k != "variant"}


def _untriggered(alternative: dict[str, Any]) -> dict[str, Any]:
    """``alternative`` as registered: without the trigger when the trigger adds nothing.

    The catalog starts every alternative with the trigger fact (asserted last), which rules
    with "there is no such fact" (``name$not``) need. An alternative that is the trigger and
    one positive condition on one fact, with no reference to another fact, fires for the
    same facts without it, because the trigger is always in the session and actions run
    only after the whole batch is in. Registered alone it saves a join: durable_rules sets
    up 8 KiB of join state for every join of every session, which was half the engine's
    time (bench/run.py; callgrind: createStateNode's memset). tests/test_engine.py checks
    that both forms give the same unmet rules and parties over a corpus."""
    conditions = alternative.get("all")
    if set(alternative) != {"all"} or not isinstance(conditions, list) or len(conditions) != 2:
        return alternative
    trigger, condition = conditions
    if trigger != _TRIGGER or not isinstance(condition, dict) or len(condition) != 1:
        return alternative
    ((name, test),) = condition.items()
    if "$" in name or _mentions(test, "e"):
        return alternative  # a negation ("x$not"), or a comparison with the trigger
    return {"all": [condition]}


def _mentions(node: Any, name: str) -> bool:
    """Does a condition refer to the fact called ``name`` (``{"$lt": {"k": {"e": "k"}}}``)?"""
    if isinstance(node, dict):
        return name in node or any(_mentions(v, name) for v in node.values())
    if isinstance(node, list):
        return any(_mentions(v, name) for v in node)
    return False


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
    rules = {f"r{k}": _condition(alt) for k, alt in enumerate(rule.unmet_when)}
    try:
        handle = _Host.register(f"check_{rule.id.replace('-', '_')}", rules)
    except Exception:  # noqa: BLE001
        return False
    durable_rules_engine.delete_ruleset(handle)
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
