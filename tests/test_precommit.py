""".pre-commit-hooks.yaml: other repositories use `readiness check` as a pre-commit hook.

The manifest is checked with pre-commit's own loader, and its entry is run as pre-commit runs
it (the entry, then the staged file names). The slow test does what a user does: a second git
repository whose .pre-commit-config.yaml points at a committed copy of this one.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import AS_OF, EXAMPLES, ROOT

clientlib = pytest.importorskip("pre_commit.clientlib")
MANIFEST = ROOT / ".pre-commit-hooks.yaml"


def _hook() -> dict:
    hooks = clientlib.load_manifest(str(MANIFEST))
    assert [h["id"] for h in hooks] == ["readiness-check"]
    return hooks[0]


def test_manifest_is_valid_for_pre_commit() -> None:
    hook = _hook()
    assert hook["entry"] == "readiness check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True


@pytest.mark.parametrize(
    "path, matched",
    [
        ("initiatives/vestfold.yaml", True),
        ("initiatives/2026/grenland.yml", True),
        ("org/initiatives/a.json", True),
        (".pre-commit-config.yaml", False),
        (".github/workflows/ci.yml", False),
        ("initiatives/README.md", False),
    ],
)
def test_default_files_pattern(path: str, matched: bool) -> None:
    assert bool(re.search(_hook()["files"], path)) is matched


def _not_ready(tmp: Path) -> Path:
    text = (EXAMPLES / "vestfold-nord-klar.yaml").read_text(encoding="utf-8")
    path = tmp / "initiatives" / "ikke-klar.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.replace("status: intent", "status: none"), encoding="utf-8")
    return path


def _tool(name: str) -> str:
    """A console script of this environment (beside the interpreter running the tests, so
    `.venv/bin/python -m pytest` finds it without an activated venv), else from PATH. Missing
    under CI=true is a failure: .ci/run installs it, so a skip would hide a broken install."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is not installed (CI installs the test extra)")
        pytest.skip(f"{name} is not installed")
    return found


def test_entry_runs_with_file_names(tmp_path: Path) -> None:
    exe = _tool("readiness")
    argv = [exe, *shlex.split(_hook()["entry"])[1:], "--as-of", AS_OF.isoformat()]
    ready = str(EXAMPLES / "vestfold-nord-klar.yaml")
    ok = subprocess.run([*argv, ready], capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run(
        [*argv, ready, str(_not_ready(tmp_path))], capture_output=True, text=True, timeout=60
    )
    assert bad.returncode == 1
    assert "IDE-05" in bad.stdout and "2 filer: 1 klar, 1 ikke klar, 0 ugyldige" in bad.stdout


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    out = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


@pytest.mark.slow
def test_hook_from_a_second_repository(tmp_path: Path) -> None:
    """About a minute: pre-commit builds the hook's virtualenv (durable_rules compiles)."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    pre_commit = _tool("pre-commit")
    hook_repo = tmp_path / "readiness"
    skip = shutil.ignore_patterns(
        ".git", ".venv*", "node_modules", "*.egg-info", "__pycache__", ".*_cache", "build"
    )
    shutil.copytree(ROOT, hook_repo, ignore=skip)
    _git(hook_repo, "init", "-q")
    _git(hook_repo, "add", "-A")
    _git(hook_repo, "commit", "-qm", "snapshot")
    rev = _git(hook_repo, "rev-parse", "HEAD")

    user = tmp_path / "user"
    user.mkdir()
    _git(user, "init", "-q")
    shutil.copy(EXAMPLES / "vestfold-nord-klar.yaml", user / "initiatives-klar.yaml")
    (user / "initiatives").mkdir()
    shutil.copy(EXAMPLES / "vestfold-nord-klar.yaml", user / "initiatives" / "klar.yaml")
    (user / "ci.yaml").write_text("not: [an initiative\n", encoding="utf-8")  # not matched
    (user / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n"
        f"      - id: readiness-check\n        args: [--as-of, '{AS_OF.isoformat()}']\n",
        encoding="utf-8",
    )
    _git(user, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    run = [pre_commit, "run", "--all-files", "--color", "never"]
    ok = subprocess.run(run, cwd=user, env=env, capture_output=True, text=True, timeout=600)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Passed" in ok.stdout

    _not_ready(user)
    _git(user, "add", "-A")
    bad = subprocess.run(run, cwd=user, env=env, capture_output=True, text=True, timeout=600)
    assert bad.returncode == 1
    assert "exit code: 1" in bad.stdout and "IDE-05" in bad.stdout
    assert "IKKE KLAR" in bad.stdout

    # the repository's settings are the hook's: no args repeat them (docs/ci.md)
    (user / "pyproject.toml").write_text('[tool.readiness]\nlang = "en"\n', encoding="utf-8")
    _git(user, "add", "-A")
    english = subprocess.run(run, cwd=user, env=env, capture_output=True, text=True, timeout=600)
    assert english.returncode == 1
    assert "NOT READY" in english.stdout and "IKKE KLAR" not in english.stdout
