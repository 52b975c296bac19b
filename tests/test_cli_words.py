"""The command line in plain words: help without a command, the template in the language
asked for, counts in their plural and zero forms, help that says what an option does, and
`explain` that says why a rule exists."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from readiness.catalog.load import default_catalog
from readiness.cli.main import main
from readiness.text import t


def run(*args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(main, list(args))
    return res.exit_code, res.stdout, res.stderr


def test_plain_readiness_prints_the_short_help_and_exits_0() -> None:
    code, out, err = run()
    assert code == 0
    assert "Feil" not in out + err and "Kommandoer:" in out and "check" in out
    res = CliRunner(env={"READINESS_LANG": "en"}).invoke(main, [])
    code, out, err = res.exit_code, res.stdout, res.stderr
    assert code == 0 and "Commands:" in out and "Error" not in out + err


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_rules_help_does_not_speak_of_a_file(lang: str) -> None:
    code, out, _ = run("rules", "--help", "--lang", lang)
    assert code == 0
    assert "initiative.phase" not in out and "phase" not in out.replace("--phase", "")
    code, out, _ = run("check", "--help", "--lang", lang)
    assert "initiative.phase" in out  # check does read a file


# -- counts --
def test_counts_take_their_plural_and_zero_forms() -> None:
    assert t("compare.unchanged", "nb", count=1) == "Uendret: 1 åpent funn"
    assert t("compare.unchanged", "nb", count=3) == "Uendret: 3 åpne funn"
    assert "0" not in t("compare.unchanged", "nb", count=0)
    assert "0" not in t("compare.unchanged", "en", count=0)
    assert t("compare.unchanged", "en", count=1) == "Unchanged: 1 open finding"
    assert t("rules.heading", "nb", version="x", count=1).endswith("1 regel")


# -- explain --
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_explain_says_when_a_rule_applies_and_why_it_exists(lang: str) -> None:
    rule = default_catalog().rule("IDE-05")
    code, out, _ = run("explain", "IDE-05", "--lang", lang)
    assert code == 0
    assert "alltid i portene over" not in out and "always in the gates above" not in out
    first = rule.message.get(lang).split(".")[0]  # type: ignore[arg-type]
    assert first not in out  # the failure message is not the reason
    assert rule.source.quote and rule.source.quote in " ".join(out.split())


# -- init in the language asked for --
# `readiness init --phase P` in Norwegian, as the coordinator gets it: the English template is
# made beside it without changing a byte of it (a change to the template is a change here).
NB_TEMPLATES = Path(__file__).parent / "data" / "init"


@pytest.mark.parametrize("phase", ["idea", "pre_project", "establishment"])
def test_the_norwegian_template_is_unchanged(phase: str) -> None:
    # run from the checkout's root, as the files were made (the schema's relative path)
    _, out, _ = run("init", "--phase", phase)
    assert out == (NB_TEMPLATES / f"{phase}.nb.yaml").read_text(encoding="utf-8")


def test_init_in_english_writes_an_english_template() -> None:
    _, nb, _ = run("init")
    code, en, _ = run("init", "--lang", "en")
    assert code == 0 and en != nb
    for norwegian in ("Navn på kommunen", "navn på området", "Verdier:", "Kreves av", "Fyll inn"):
        assert norwegian in nb and norwegian not in en
    for english in ("Name of the municipality", "Values:", "Required by", "Recommended by"):
        assert english in en


# -- text left from the template --
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_text_left_from_the_template_gives_a_warning_with_key_and_line(
    lang: str, tmp_path: Path
) -> None:
    from readiness.format.template import placeholder_texts

    _, template, _ = run("init", "--lang", lang)
    file = tmp_path / "ny.yaml"
    file.write_text(template, encoding="utf-8")
    _, out, _ = run("check", str(file), "--lang", lang)
    written = [text for text in placeholder_texts() if text in template]
    assert len(written) == 3  # the area's name and the two parties' names
    word = "advarsel" if lang == "nb" else "warning"
    for text in written:
        line = next(i for i, x in enumerate(template.splitlines(), 1) if text in x)
        [said] = [x for x in out.splitlines() if f"ny.yaml:{line}:" in x and text in x]
        assert word in said.lower()
        key = (
            "initiative.name"
            if "FACT Ung" in text
            else f"parties[{0 if 'ommun' in text or 'unicipal' in text else 1}].name"
        )
        assert key in said
