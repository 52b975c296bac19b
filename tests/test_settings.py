"""readiness/cli/settings.py: settings in the repository, as ruff and pytest users have them.

``[tool.readiness]`` in pyproject.toml or a ``.readiness.toml``, found from the working
directory upward; the command line wins, then the environment, then the file; a wrong
setting is exit 2 naming the file and the line; ``exclude`` leaves out what walks and globs
find, never a file named on the command line.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from readiness.cli import settings
from readiness.cli.main import main
from tests.helpers import AS_OF, EXAMPLES

READY = EXAMPLES / "vestfold-nord-klar.yaml"  # ready for preproject
NOT_READY = EXAMPLES / "grenland-uten-avtale.yaml"  # not ready for preproject (IDE-05)


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    settings._load.cache_clear()  # a test writes a settings file and reads it in one process
    yield
    settings._load.cache_clear()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """initiatives/ with a ready file, a not-ready one in arkiv/, and a subfolder to run in."""
    (tmp_path / "initiatives" / "arkiv").mkdir(parents=True)
    (tmp_path / "sub").mkdir()
    shutil.copy(READY, tmp_path / "initiatives" / "klar.yaml")
    shutil.copy(NOT_READY, tmp_path / "initiatives" / "arkiv" / "gammel.yaml")
    return tmp_path


def run(cwd: Path, monkeypatch: pytest.MonkeyPatch, *args: str, **env: str) -> Result:
    monkeypatch.chdir(cwd)
    monkeypatch.delenv("READINESS_LANG", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_pyproject_table_is_found_from_a_subfolder(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.readiness]\nlang = "en"\nexclude = ["arkiv"]\n',
        encoding="utf-8",
    )
    res = run(repo / "sub", monkeypatch, "check", "../initiatives", "--as-of", AS_OF.isoformat())
    assert res.exit_code == 0, res.output  # arkiv/ (not ready) left out
    assert "READY" in res.output and "gammel" not in res.output


def test_pyproject_without_the_table_is_passed_over(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    (repo / ".readiness.toml").write_text('lang = "en"\n', encoding="utf-8")
    (repo / "sub" / "pyproject.toml").write_text("[tool.ruff]\nline-length = 1\n", "utf-8")
    res = run(
        repo / "sub", monkeypatch, "check", "../initiatives/klar.yaml", "--as-of", "2026-11-22"
    )
    assert res.exit_code == 0 and "READY" in res.output


def test_own_file_wins_over_pyproject_in_the_same_folder(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    (repo / "pyproject.toml").write_text('[tool.readiness]\nlang = "nb"\n', encoding="utf-8")
    (repo / ".readiness.toml").write_text('lang = "en"\n', encoding="utf-8")
    res = run(repo, monkeypatch, "check", "initiatives/klar.yaml", "--as-of", "2026-11-22")
    assert "READY" in res.output


@pytest.mark.parametrize(
    "args, env, expected",
    [
        ((), {}, "IKKE KLAR"),  # the settings' gate: establishment, not ready
        (("--gate", "preproject"), {}, "KLAR"),  # the command line wins
        ((), {"READINESS_LANG": "en"}, "NOT READY"),  # the environment beats the file's lang
        (("--lang", "nb"), {"READINESS_LANG": "en"}, "IKKE KLAR"),  # the command line wins
    ],
)
def test_precedence_command_line_environment_file(
    repo: Path,
    monkeypatch,
    args: tuple[str, ...],
    env: dict[str, str],
    expected: str,  # noqa: ANN001
) -> None:
    (repo / "pyproject.toml").write_text(
        '[tool.readiness]\ngate = "establishment"\nlang = "nb"\n', encoding="utf-8"
    )
    res = run(
        repo, monkeypatch, "check", "initiatives/klar.yaml", "--as-of", "2026-11-22", *args, **env
    )
    first = res.output.splitlines()[0]
    assert first.startswith(f"initiatives/klar.yaml: {expected}"), res.output


def test_format_strict_and_jobs_from_the_file(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    (repo / ".readiness.toml").write_text(
        'format = "json"\nstrict = true\njobs = 1\n', encoding="utf-8"
    )
    shutil.copy(EXAMPLES / "vestfold-nord-anbefalinger.yaml", repo / "initiatives" / "anb.yaml")
    res = run(repo, monkeypatch, "check", "initiatives/anb.yaml", "--as-of", "2026-11-22")
    assert res.output.lstrip().startswith("{") or res.output.lstrip().startswith("[")
    assert res.exit_code == 1  # strict: a recommendation not followed fails
    res = run(
        repo,
        monkeypatch,
        "check",
        "initiatives/anb.yaml",
        "--format",
        "text",
        "--as-of",
        "2026-11-22",
    )
    assert res.output.startswith("initiatives/anb.yaml")


def test_call_is_relative_to_the_settings_file(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    (repo / "pyproject.toml").write_text('[tool.readiness]\ncall = "utlysning.yaml"\n', "utf-8")
    res = run(repo / "sub", monkeypatch, "check", "../initiatives/klar.yaml")
    assert res.exit_code == 2
    assert "pyproject.toml:2:" in res.output and "utlysning.yaml" in res.output


@pytest.mark.parametrize(
    "text, line, words",
    [
        ('[project]\nname = "x"\n\n[tool.readiness]\ngate = "forprosjekt"\n', 5, "preproject"),
        ('[tool.readiness]\nlang = "nb"\nstrict = "yes"\n', 3, "strict = true"),
        ("[tool.readiness]\n\n# CI\njobs = -1\n", 4, "jobs"),
        ('[tool.readiness]\nformat = "xml"\n', 2, "sarif"),
        ('[tool.readiness]\ngates = "preproject"\n', 2, "ukjent innstilling «gates»"),
        ('[tool.readiness]\nexclude = "arkiv"\n', 2, "exclude"),
        ('[tool]\nreadiness.lang = "de"\n', 2, "nb, en"),
        ('tool.readiness.lang = "de"\n', 1, "nb, en"),
        ('[tool.readiness]\nlang = "nb"\nstrict = \n', 3, "TOML"),
    ],
)
def test_a_wrong_setting_is_exit_2_naming_file_and_line(
    repo: Path,
    monkeypatch,
    text: str,
    line: int,
    words: str,  # noqa: ANN001
) -> None:
    (repo / "pyproject.toml").write_text(text, encoding="utf-8")
    for command in (["check", "initiatives/klar.yaml"], ["plan", "initiatives/klar.yaml"]):
        res = run(repo, monkeypatch, *command)
        assert res.exit_code == 2, res.output
        assert f"readiness: pyproject.toml:{line}: " in res.output, res.output
        assert words in res.output
        settings._load.cache_clear()


def test_schema_and_help_do_not_read_settings(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    (repo / ".readiness.toml").write_text("gate = 3\n", encoding="utf-8")
    assert run(repo, monkeypatch, "schema").exit_code == 0
    assert run(repo, monkeypatch, "check", "--help").exit_code == 0


# -- exclude -----------------------------------------------------------------------------------
def _checked(res: Result) -> set[str]:
    return {
        line.split(":")[0] for line in res.output.splitlines() if line.startswith("initiatives")
    }


def test_exclude_never_applies_to_a_file_named(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    """As ruff: what is named is taken (pre-commit names files: its own exclude is for that)."""
    (repo / ".readiness.toml").write_text('exclude = ["arkiv", "*.yaml"]\n', encoding="utf-8")
    res = run(repo, monkeypatch, "check", "initiatives/arkiv/gammel.yaml")
    assert _checked(res) == {"initiatives/arkiv/gammel.yaml"}


@pytest.mark.parametrize(
    "patterns, args, left",
    [
        (["arkiv"], ["initiatives"], {"initiatives/klar.yaml"}),
        (["initiatives/arkiv"], ["initiatives"], {"initiatives/klar.yaml"}),
        (["initiatives/*/gammel.yaml"], ["initiatives"], {"initiatives/klar.yaml"}),
        (["**/gammel.yaml"], ["initiatives"], {"initiatives/klar.yaml"}),
        (["gam*.yaml"], ["initiatives/**/*.yaml"], {"initiatives/klar.yaml"}),
        (["arkiv"], ["initiatives/arkiv"], {"initiatives/arkiv/gammel.yaml"}),  # named: walked
        (
            ["sub/arkiv"],
            ["initiatives"],
            {"initiatives/klar.yaml", "initiatives/arkiv/gammel.yaml"},
        ),
        (["klar.yaml"], ["initiatives"], {"initiatives/arkiv/gammel.yaml"}),
    ],
)
def test_exclude_leaves_out_what_walks_and_globs_find(
    repo: Path,
    monkeypatch,
    patterns: list[str],
    args: list[str],
    left: set[str],  # noqa: ANN001
) -> None:
    quoted = ", ".join(f'"{p}"' for p in patterns)
    (repo / "pyproject.toml").write_text(f"[tool.readiness]\nexclude = [{quoted}]\n", "utf-8")
    res = run(repo, monkeypatch, "check", *args, "--as-of", "2026-11-22")
    assert _checked(res) == left, res.output


def test_exclude_patterns_with_a_slash_are_relative_to_the_settings_file(
    repo: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    (repo / "pyproject.toml").write_text(
        '[tool.readiness]\nexclude = ["initiatives/arkiv"]\n', "utf-8"
    )
    res = run(repo / "sub", monkeypatch, "check", "../initiatives", "--as-of", "2026-11-22")
    assert res.exit_code == 0 and "gammel" not in res.output


def test_command_line_exclude_replaces_the_settings(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    (repo / ".readiness.toml").write_text('exclude = ["arkiv"]\n', encoding="utf-8")
    res = run(repo, monkeypatch, "check", "initiatives", "--exclude", "klar.yaml")
    assert _checked(res) == {"initiatives/arkiv/gammel.yaml"}


def test_everything_excluded_is_said(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    res = run(repo, monkeypatch, "check", "initiatives", "--exclude", "*.yaml")
    assert res.exit_code == 2
    assert "utelatt av exclude (2 filer eller mapper utelatt)" in res.output


def test_settings_apply_to_the_pre_commit_entry(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    """pre-commit runs the hook at the repository's top with file names: the settings there
    are the hook's, so its `args` need not repeat them."""
    (repo / "pyproject.toml").write_text('[tool.readiness]\ngate = "establishment"\n', "utf-8")
    res = run(repo, monkeypatch, "check", "initiatives/klar.yaml")
    assert res.exit_code == 1 and "establishment" in res.output
