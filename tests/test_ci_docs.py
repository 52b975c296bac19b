"""docs/ci.md's recipes are what the tool takes: the settings example is valid settings, and the
GitLab job uploads each report in the format GitLab reads for it (never SARIF, which GitLab
does not take)."""

from __future__ import annotations

import re
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from readiness.cli import settings
from tests.helpers import ROOT

DOC = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
# the format GitLab reads in each kind of report (artifacts:reports)
GITLAB_REPORTS = {"codequality": "gitlab", "junit": "junit"}


def _section(title: str) -> str:
    start = DOC.index(f"\n## {title}\n")
    end = DOC.find("\n## ", start + 1)
    return DOC[start : end if end != -1 else None]


def _blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.S)


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    settings._load.cache_clear()
    yield
    settings._load.cache_clear()


def test_the_settings_example_is_valid(tmp_path: Path) -> None:
    (block,) = _blocks(_section("Innstillinger i repositoryet"), "toml")
    (tmp_path / "pyproject.toml").write_text(block, encoding="utf-8")
    shutil.copy(ROOT / "rules" / "call.yaml", tmp_path / "utlysning-2027.yaml")
    found = settings.load(str(tmp_path))
    assert found is not None
    assert set(found.values) == set(settings.SETTINGS) - {"format"}  # format: commented out


def test_the_gitlab_job_uploads_what_gitlab_reads() -> None:
    section = _section("GitLab CI")
    (block,) = _blocks(section, "yaml")
    job = yaml.safe_load(block)["readiness"]
    written: dict[str, str] = {}
    for line in job["script"]:
        args = shlex.split(line.split("||")[0])
        assert args[:2] == ["readiness", "check"], line
        written[args[args.index("-o") + 1]] = args[args.index("--format") + 1]
    reports = job["artifacts"]["reports"]
    assert set(reports) == set(GITLAB_REPORTS)
    for kind, path in reports.items():
        assert written[path] == GITLAB_REPORTS[kind], (kind, path)
    assert job["artifacts"]["when"] == "always"
    assert "--format sarif" not in section
