"""click's own words (usage errors, the help page's fixed parts) in the user's language:
bokmål by default, English with --lang en or READINESS_LANG=en (readiness/cli/click_text.py)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from readiness.cli.main import main
from tests.helpers import EXAMPLES

READY = str(EXAMPLES / "vestfold-nord-klar.yaml")
ENGLISH_CLICK = ("Usage:", "Error:", "Try '", "No such", "Invalid value", "Missing argument")


def _run(*args: str, env: dict[str, str] | None = None):  # noqa: ANN202
    env = {"READINESS_LANG": "", **(env or {})}
    return CliRunner().invoke(main, list(args), env=env, prog_name="readiness")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["check", "--fromat", "json", READY],
            "Feil: Ukjent valg «--fromat». Mente du «--format» eller «--sarif-root»?",
        ),
        (
            ["check", READY, "--format", "xml"],
            "Feil: Ugyldig verdi for --format: «xml». Velg en av: text, json, junit, sarif, "
            "github, gitlab, markdown.",
        ),
        (["check"], "Feil: Mangler argumentet PATHS."),
        (
            ["check", READY, "--as-of", "2026-02-30"],
            "Feil: Ugyldig dato for --as-of: «2026-02-30». Skriv en dato som finnes",
        ),
        (["chek", READY], "Feil: Ukjent kommando «chek». Mente du «check»"),
        (["check", READY, "--format"], "Feil: Valget --format trenger en verdi."),
        (["check", READY, "-j", "-1"], "Feil: Ugyldig verdi for --jobs: «-1». Skriv et helt tall"),
        (["check", READY, "--call", "finnes-ikke.yaml"], "Feil: Fant ikke «finnes-ikke.yaml»"),
        (["check", READY, "--call", str(EXAMPLES)], "er en mappe; --call skal være en fil."),
        (["whatif", READY, "ekstra", "ord"], "Feil: Uventet argument: ekstra ord."),
    ],
)
def test_usage_errors_are_norwegian_with_exit_2(args: list[str], expected: str) -> None:
    result = _run(*args)
    assert result.exit_code == 2
    assert expected in result.stderr, result.stderr
    assert not any(word in result.stderr for word in ENGLISH_CLICK), result.stderr
    assert "Traceback" not in result.output


def test_a_usage_error_shows_the_usage_line_and_where_to_get_help() -> None:
    lines = _run("check", "--fromat", "json", READY).stderr.splitlines()
    assert lines[:2] == [
        "Bruk: readiness check [VALG] PATHS...",
        "Se «readiness check --help» for hjelp.",
    ]


@pytest.mark.parametrize("how", ["option", "environment"])
def test_english_when_asked_for(how: str) -> None:
    if how == "option":
        result = _run("check", "--lang", "en", "--fromat", "json", READY)
    else:
        result = _run("check", "--fromat", "json", READY, env={"READINESS_LANG": "en"})
    assert result.exit_code == 2
    assert (
        "Error: No such option '--fromat'. Did you mean '--format' or '--sarif-root'?"
        in result.stderr
    )
    assert "Usage: readiness check [OPTIONS] PATHS..." in result.stderr


def test_the_help_page_is_norwegian() -> None:
    top = _run("--help").output
    assert top.startswith("Bruk: readiness [VALG]")
    assert "Valg:" in top and "Kommandoer:" in top and "Vis denne hjelpen og avslutt." in top
    check = _run("check", "--help").output
    assert "Valg:" in check and "[standard:" in check and "--as-of ÅÅÅÅ-MM-DD" in check
    for english in ("Usage:", "Options:", "Commands:", "Show this message", "[default:"):
        assert english not in top + check


def test_the_help_page_in_english() -> None:
    out = _run("check", "--help", "--lang", "en").output
    assert out.startswith("Usage: readiness check [OPTIONS]") and "Options:" in out
    assert "[default:" in out


def test_counts_agree_with_their_number() -> None:
    from readiness.text import t

    one = t(
        "summary.line",
        "nb",
        met=1,
        unmet_required=1,
        unmet_recommended=1,
        unmet_advice=1,
        accepted=1,
    )
    assert one == (
        "1 oppfylt, 1 manglende forutsetning, 1 anbefaling ikke fulgt, 1 råd, 1 akseptert avvik"
    )
    assert t("summary.files", "nb", total=1, ready=1, not_ready=0, invalid=2) == (
        "1 fil: 1 klar, 0 ikke klare, 2 ugyldige"
    )
    assert t("summary.files", "en", total=2, ready=2, not_ready=1, invalid=0) == (
        "2 files: 2 ready, 1 not ready, 0 invalid"
    )


def test_strict_says_why_a_ready_file_fails() -> None:
    path = str(EXAMPLES / "vestfold-nord-anbefalinger.yaml")
    plain = _run("check", path, "--as-of", "2026-11-22")
    strict = _run("check", path, "--as-of", "2026-11-22", "--strict")
    assert plain.exit_code == 0 and "--strict" not in plain.stdout
    assert strict.exit_code == 1 and "KLAR" in strict.stdout
    assert "Med --strict feiler kontrollen (exit 1): 2 anbefalinger er ikke fulgt." in strict.stdout


def test_every_help_text_has_its_english_one() -> None:
    """A command or an option added with only a Norwegian help text fails here: the English
    page would show it in Norwegian."""
    import click

    from readiness.cli import help_en as cli_help_en
    from readiness.cli.main import COMMANDS

    ctx = click.Context(main)
    for name in COMMANDS:
        command = main.get_command(ctx, name)
        assert command is not None
        assert name in cli_help_en.COMMANDS, name
        for param in command.params:
            text = getattr(param, "help", None)
            assert not text or text in cli_help_en.OPTIONS or text in cli_help_en.OPTIONS.values()
            assert (
                not param.metavar
                or param.metavar.isascii()
                or (param.metavar in cli_help_en.METAVARS)
            ), (name, param.metavar)


@pytest.mark.parametrize("command", ["check", "whatif", "report", "init"])
def test_the_whole_help_page_in_english_then_norwegian_again(command: str) -> None:
    english = _run(command, "--help", "--lang", "en").output
    for norwegian in ("Vurder", "Språk", "Vurderingsdato", "ÅÅÅÅ", "Skriv", "standard:"):
        assert norwegian not in english, (command, norwegian)
    assert "Language of the output: nb (Norwegian bokmål) or en (English)." in " ".join(
        english.split()
    )
    again = _run(command, "--help").output  # the same process, Norwegian again
    assert "Språk for utdata" in again and "Language of the output" not in again


def test_the_group_help_in_english() -> None:
    out = _run("--help", env={"READINESS_LANG": "en"}).output
    assert "is the FACT Ung initiative ready for its next gate?" in out
    # the column of names is as wide as the longest command's name
    assert "check Assess initiative files against a gate." in " ".join(out.split())
