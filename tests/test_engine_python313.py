"""durable_rules' C core on Python 3.13 and later (readiness/engine/durable.py, ``_load_core``).

durable_rules 2.0.28's C extension calls ``PyEval_CallObject``, which Python 3.13 removed, in
its five store/queue callbacks only (src/rulespy/rules.c). The adapter loads it with lazy
symbol binding where the normal import fails on that symbol; that is safe only while nothing
ever registers one of those callbacks: the first call into one would end the process with
"symbol lookup error". These tests hold that, and what happens where lazy binding is not
possible. The subprocess tests run only where the loaded extension lacks the symbol (3.13+
with durable_rules built as pip builds it); .ci/run runs the suite on 3.13 too."""

from __future__ import annotations

import ast
import ctypes
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from readiness.assess.assessment import assess
from readiness.catalog.load import default_catalog
from readiness.engine import durable
from readiness.format.load import load_file
from tests.helpers import AS_OF, EXAMPLES, ROOT

CORE = durable.durable_rules_engine
# durable_rules_engine's callback setters (rules.c, myModule_methods): each stores a Python
# callable that the C core calls through PyEval_CallObject.
CALLBACK_SETTERS = {
    "set_store_message_callback",
    "set_delete_message_callback",
    "set_queue_message_callback",
    "set_get_queued_messages_callback",
    "set_get_idle_state_callback",
}
REMOVED = "PyEval_CallObject"


lazily_loaded = pytest.mark.skipif(
    not durable.CORE_BOUND_LAZILY,
    reason=f"durable_rules' C core loaded normally (this Python has {REMOVED}, or it was built"
    " with the CPPFLAGS fix)",
)


def _python(script: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, **env},
    )


def test_the_callback_setters_are_the_ones_durable_rules_has() -> None:
    """A durable_rules with another callback would need a look at the C source first."""
    setters = {n for n in dir(CORE) if n.startswith("set_") and n.endswith("_callback")}
    assert setters == CALLBACK_SETTERS


def _names(tree: ast.AST) -> set[str]:
    """The names code can call something by: attributes, names, imported names, and strings
    (``getattr(core, "...")``); not prose in docstrings and comments."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.alias):
            names.add(node.name.rpartition(".")[2])
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names.add(node.value)
    return names


def test_readiness_never_calls_a_callback_setter() -> None:
    sources = sorted((ROOT / "readiness").rglob("*.py"))
    assert len(sources) > 20
    named = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in sources
        for name in _names(ast.parse(path.read_text(encoding="utf-8"))) & CALLBACK_SETTERS
    }
    assert not named


def test_assessing_every_example_at_every_gate_registers_no_callback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every gate's ruleset compiled and evaluated afresh, with the setters replaced by spies:
    whatever path registered a callback (this adapter or durable_rules' own Python layer, both
    call the module's functions) is seen here, on any Python."""
    calls: list[str] = []
    for name in CALLBACK_SETTERS:
        monkeypatch.setattr(CORE, name, lambda *a, _n=name: calls.append(_n))
    monkeypatch.setattr(durable, "_engines", {})  # fresh engines: every ruleset is registered
    catalog = default_catalog()
    assert all(durable.check_rule(rule) for rule in catalog.rules)
    durable.engine_for(catalog).prepare()
    verdicts = set()
    for path in sorted(EXAMPLES.glob("*.yaml")):
        loaded = load_file(str(path), catalog)
        for gate in catalog.gates_with_rules():
            verdicts.add(assess(loaded, catalog, gate=gate, as_of=AS_OF).verdict)
    assert calls == []
    assert {"ready", "not_ready"} <= verdicts  # the rules did fire


def test_importing_the_engine_leaves_the_dlopen_flags_as_they_were() -> None:
    proc = _python(
        """
        import sys
        before = sys.getdlopenflags()
        import readiness.engine.durable
        print(before, sys.getdlopenflags())
        """
    )
    assert proc.returncode == 0, proc.stderr
    before, after = proc.stdout.split()
    assert before == after


def test_every_other_python_function_the_core_calls_exists() -> None:
    """Lazy binding would defer a missing function to its first call, which ends the process:
    every other C-API symbol the extension needs must be in this Python."""
    nm = shutil.which("nm")
    if nm is None:
        pytest.skip("nm (binutils) is not installed")
    assert CORE.__file__
    undefined = subprocess.run(
        [nm, "-D", "--undefined-only", CORE.__file__], capture_output=True, text=True, check=True
    ).stdout.split()
    needed = {s for s in undefined if s.startswith(("Py", "_Py"))} - {REMOVED}
    assert needed, "nm found no Python symbols: the check would pass without looking"
    missing = {s for s in needed if not hasattr(ctypes.pythonapi, s)}
    assert not missing


@lazily_loaded
def test_a_registered_callback_would_end_the_process() -> None:
    """What the tests above guard against: the first call into a callback is fatal."""
    proc = _python(
        """
        import json
        from readiness.engine.durable import durable_rules_engine as core
        handle = core.create_ruleset("r", json.dumps({"a": {"all": [{"m": {"t": "x"}}]}}))
        core.set_store_message_callback(handle, lambda *a: 0)
        print("registered", flush=True)
        core.assert_facts(handle, json.dumps([{"t": "x", "sid": "1", "id": 1}]))
        print("survived", flush=True)
        """
    )
    assert proc.stdout.split() == ["registered"]
    assert proc.returncode != 0 and f"undefined symbol: {REMOVED}" in proc.stderr


@lazily_loaded
def test_where_symbols_are_bound_at_load_the_error_says_how_to_rebuild() -> None:
    proc = _python("import readiness.engine.durable", LD_BIND_NOW="1")
    assert proc.returncode == 1
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError: durable_rules' C extension")
    assert "CPPFLAGS='-DPyEval_CallObject(c,a)=PyObject_CallObject(c,a)'" in last
    assert "--no-cache-dir" in last
