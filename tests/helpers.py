"""Shared test helpers: load, edit and assess initiatives in memory."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from readiness.assess.assessment import Assessment, assess
from readiness.catalog.load import default_catalog
from readiness.format.load import load_text
from readiness.render.words import Said, said

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
AS_OF = dt.date(2026, 11, 22)  # tests never depend on today's date


def example_data(name: str) -> dict[str, Any]:
    path = EXAMPLES / name if not name.startswith("examples/") else ROOT / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def assess_data(
    data: dict[str, Any], gate: str | None = None, as_of: dt.date = AS_OF
) -> Assessment:
    text = yaml.safe_dump(copy.deepcopy(data), allow_unicode=True, sort_keys=False)
    catalog = default_catalog()
    loaded = load_text(text, "test.yaml", catalog)
    return assess(loaded, catalog, gate=gate, as_of=as_of)


def finding(a: Assessment, rule: str):  # noqa: ANN201
    return next(f for f in a.findings if f.rule == rule)


def words(a: Assessment, rule: str, lang: str = "nb") -> Said:
    """The title, message and remedy of ``rule``'s finding in ``a``, as a reader gets them."""
    return said(finding(a, rule), a, default_catalog(), lang)  # type: ignore[arg-type]


def cold_checks(cache_dir: Path, module: str, runs: int = 2) -> list[list[str]]:
    """``readiness check`` of an example in ``runs`` fresh processes sharing the cache
    ``cache_dir``: each run's exit code and whether ``module`` was imported."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "READINESS_CACHE_DIR": str(cache_dir)}
    env.pop("READINESS_NO_CACHE", None)
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    code = (
        "import sys\n"
        "from readiness.cli.main import main\n"
        "sys.argv = ['readiness', 'check', 'examples/vestfold-nord-klar.yaml', "
        "'--as-of', '2026-11-22', '-q']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        f"print(code, {module!r} in sys.modules)\n"
    )
    out = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert proc.stdout.strip(), proc.stderr[-2000:]
        out.append(proc.stdout.splitlines()[-1].split())
    return out


def run_process(
    args: list[str],
    cwd: Path,
    *,
    timeout: float = 20,
    stdin: Any = None,
    wrap: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
) -> Any:
    """``readiness ARGS`` in a process of its own, for what could hang or read without end:
    killed after ``timeout`` seconds (``subprocess.TimeoutExpired`` fails the test), with its
    address space capped at 1 GiB (a read without bound fails at once instead of filling the
    machine's memory); ``wrap``: a command to run it under (``unshare ...``)."""
    import os
    import subprocess
    import sys

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run(
        [*wrap, sys.executable, "-m", "readiness.cli.main", *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
    )


# -- a real browser (../shared/notes/browser-tests.md) ------------------------------------------
CHROMIUM = Path("/usr/bin/chromium")


def need_browser() -> None:
    """Skip without Debian's chromium or Playwright on a developer's machine; on CI (CI=true)
    their absence is a failure: .ci/run installs both."""
    import os

    import pytest

    def unavailable(reason: str) -> None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {reason}: .ci/run must install it")
        pytest.skip(reason)

    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is absent (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        unavailable("the playwright package is not installed (pip install -e '.[test]')")


def launch_browser(*args: str) -> Any:
    """A context manager giving a headless chromium (closed afterwards); ``args``: more
    command-line flags (such as --host-resolver-rules)."""
    import contextlib

    from readiness.render.report.pdf import CHROMIUM_FLAGS

    @contextlib.contextmanager
    def browser() -> Any:
        need_browser()
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=str(CHROMIUM), args=[*CHROMIUM_FLAGS, *args])
            try:
                yield b
            finally:
                b.close()

    return browser()


def external_tool(name: str) -> str:
    """The path of a real client the tests run (check-jsonschema, pre-commit, Sarif.Multitool,
    yaml-language-server): a console script beside the interpreter running the tests, one
    that .ci/run installed from npm into .ci/node_modules, or one on PATH. Missing, it skips
    the test with the reason on a developer's machine and fails it under CI=true, where
    .ci/run installs it (a skip there would hide a broken install)."""
    import os
    import shutil
    import sys

    import pytest

    for candidate in (
        Path(sys.executable).parent / name,
        ROOT / ".ci" / "node_modules" / ".bin" / name,
    ):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        reason = f"{name} is not installed (.ci/run installs it: see .ci/package.json)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return found
