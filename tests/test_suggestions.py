"""Mistakes in a file get a suggestion in the user's words: a misspelt choice or party id is
answered with the value meant, a Norwegian word for a choice with the choice it names, a YAML
syntax error in Norwegian, and a missing key is placed where it belongs."""

from __future__ import annotations

import re

import pytest

from readiness.assess.assessment import assess
from readiness.catalog.load import default_catalog
from readiness.errors import InputError
from readiness.format.load import _check_references, load_text
from readiness.format.validator import initiative_validator
from readiness.read.document import Document
from tests.helpers import EXAMPLES, example_data

GOOD = (EXAMPLES / "vestfold-nord-klar.yaml").read_text(encoding="utf-8")
NUMBER = "15076500565"  # synthetic identity number, passes both check digits


def problems(text: str, lang: str = "nb") -> list[str]:
    with pytest.raises(InputError) as info:
        load_text(text, "f.yaml", default_catalog())
    return info.value.lines(lang)  # type: ignore[arg-type]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


# -- values of choices --
def test_a_misspelt_choice_gets_the_choice_meant() -> None:
    text = GOOD.replace("{level: endorsed, by: Kommunalsjef", "{level: endorsd, by: Kommunalsjef")
    [msg] = problems(text)
    assert "«endorsd»" in msg and "mente du «endorsed»" in msg
    [msg] = problems(text, "en")
    assert "did you mean 'endorsed'" in msg


def test_a_norwegian_word_for_a_choice_is_understood_as_a_hint() -> None:
    text = GOOD.replace("    kind: municipality", "    kind: kommune", 1)
    [msg] = problems(text)
    assert "mente du «municipality» (kommune)?" in msg
    text = GOOD.replace("    kind: youth_council", "    kind: ungdomsråd")
    [msg] = problems(text)
    assert "mente du «youth_council» (ungdomsråd)?" in msg
    [msg] = problems(text, "en")
    assert "did you mean 'youth_council' (youth council)?" in msg


def test_an_invalid_choice_lists_every_value_with_its_meaning() -> None:
    text = GOOD.replace("    kind: municipality", "    kind: fylke", 1)
    [msg] = problems(text)
    assert "mente du" not in msg
    for value, meaning in [
        ("municipality", "kommune"),
        ("city_district", "bydel"),
        ("child_welfare", "barnevern"),
        ("school", "skole"),
        ("other", "annet"),
    ]:
        assert f"{value} ({meaning})" in msg
    [msg] = problems(text, "en")
    assert "city_district (city district)" in msg and "kommune" not in msg


# -- party ids in references --
def test_a_misspelt_party_id_gets_the_id_meant() -> None:
    text = GOOD.replace("lead_body: siv-bup", "lead_body: sivbup")
    [msg] = problems(text)
    assert "«sivbup»" in msg and "mente du «siv-bup»" in msg
    assert msg.startswith(f"f.yaml:{line_of(text, 'lead_body')}:")


def test_a_suggestion_never_repeats_an_identity_number() -> None:
    # A file with one is refused before its references are looked at (personal.fnr); the
    # browser's workspace and any later caller still go through the one formatter, t().
    data = example_data("vestfold-nord-klar.yaml")
    data["parties"][2]["id"] = NUMBER
    data["lead_body"] = NUMBER[:-1] + "9"  # one digit off: a close match of the party id
    data["agreement"]["parties"] = ["tonsberg"]
    data["pre_project"] = None
    ini = initiative_validator().validate_python(data)
    [problem] = [p for p in _check_references(ini, Document(data)) if p.key == "ref.dangling"]
    for lang in ("nb", "en"):
        msg = problem.message(lang)
        assert "mente du" in msg or "did you mean" in msg
        assert NUMBER not in msg


# -- YAML syntax in Norwegian --
SYNTAX = [
    # (a slip, where it is written, a Norwegian word the message must hold)
    ("  status: intent", "  status: [intent", "lukket"),
    ("    name: Tønsberg kommune", "    name: Tønsberg kommune\n   kind: x", "innrykk"),
    ("  status: intent", "  status: intent: signert", "anførselstegn"),
]
ENGLISH = re.compile(r"\b(while|parsing|expected|found|block|mapping|scanning|not)\b")


@pytest.mark.parametrize(("old", "new", "word"), SYNTAX)
def test_a_yaml_syntax_error_is_said_in_norwegian(old: str, new: str, word: str) -> None:
    text = GOOD.replace(old, new, 1)
    [msg] = problems(text)
    assert "ugyldig YAML" in msg and word in msg
    assert not ENGLISH.search(msg), msg
    line = msg.split(":")[1]
    assert f"linje {line}" in msg
    [msg] = problems(text, "en")
    assert "invalid YAML (" in msg and ENGLISH.search(msg)


# -- where a missing key belongs --
def test_a_missing_section_is_placed_where_it_would_go_not_at_line_one() -> None:
    text = re.sub(r"^checklist:\n(?:  .*\n)+", "", GOOD, flags=re.M)
    assert "checklist" not in text
    loaded = load_text(text, "f.yaml", default_catalog())
    found = [
        f for f in assess(loaded, default_catalog()).findings if "checklist" in f.location.path
    ]
    assert found
    for f in found:
        # the key after it in the format's order, decision, is where it would be written
        assert f.location.line == line_of(text, "decision:"), f


def test_every_syntax_message_renders_in_both_languages() -> None:
    from readiness.text import MESSAGES, t

    keys = [k for k in MESSAGES if k == "yaml.syntax" or k.startswith("yaml.syntax.")]
    assert len(keys) > 5
    detail = "did not find expected ',' or '}'"
    for key in keys:
        assert "linje 7" in t(key, "nb", line=7, start=5, detail=detail)
        assert detail in t(key, "en", line=7, start=5, detail=detail)
