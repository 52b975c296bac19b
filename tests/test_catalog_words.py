"""The catalog speaks to people: no message or remedy (nor a variant's) names a key of the
format or a choice as it is written in YAML. The report and every output give the key path
and line apart; the text says what to do with the field's label and the choice's meaning
(readiness/text/fields.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from readiness.catalog.load import default_catalog
from readiness.catalog.records import Texts
from readiness.format.model import Initiative, is_section, keys_of
from readiness.text import MESSAGES, Lang

# Words that are keys or choices of the format and also ordinary words of the language, beyond
# those the format's own labels use in that language.
ORDINARY: dict[Lang, frozenset[str]] = {
    "nb": frozenset(),
    "en": frozenset({"basis", "committed", "fit", "none", "sources"}),
}
LANGS: tuple[Lang, ...] = ("nb", "en")
# A written key path or a YAML scalar: parties[i].stance, leadership.level, core true.
_PATH = re.compile(r"\b[a-z][a-z0-9_]*(?:\[[^\]]*\])?(?:\.[a-z][a-z0-9_]*)+\b")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _args(annotation: Any) -> Iterator[Any]:
    yield annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        yield from _args(arg)


def _format_words() -> set[str]:
    """Every key and every choice value of the format, as written in a file."""
    words: set[str] = {"true", "false"}
    todo: list[type] = [Initiative]
    while todo:
        for key in keys_of(todo.pop()):
            words.add(key.key)
            for arg in _args(key.annotation):
                if is_section(arg):
                    todo.append(arg)
                elif isinstance(arg, str):
                    words.add(arg)
    return words


FORMAT_WORDS = _format_words()


def _label_words(lang: Lang) -> set[str]:
    """The words the format's labels use in ``lang``: a key's or choice's own meaning."""
    found: set[str] = set()
    for key, entry in MESSAGES.items():
        if key.startswith(("field.", "choice.")):
            found |= {w.lower() for w in _WORD.findall(entry[lang])}
    return found


def yaml_terms(text: str, lang: Lang) -> list[str]:
    """The keys, key paths and raw choice values ``text`` writes as YAML."""
    text = _PLACEHOLDER.sub("", text)
    found = [m.group(0) for m in _PATH.finditer(text)]
    allowed = ORDINARY[lang] | _label_words(lang)
    for word in _WORD.findall(_PATH.sub("", text)):
        if word in FORMAT_WORDS and (word not in allowed or "_" in word):
            found.append(word)
    return found


def _texts() -> Iterator[tuple[str, str, Lang, str]]:
    for rule in default_catalog().rules:
        parts: list[tuple[str, Texts | None]] = [("message", rule.message), ("remedy", rule.remedy)]
        for name, variant in rule.variants.items():
            parts += [(f"{name}.message", variant.message), (f"{name}.remedy", variant.remedy)]
        for where, texts in parts:
            if texts is None:
                continue
            for lang in LANGS:
                yield rule.id, where, lang, texts.get(lang)


TEXTS = list(_texts())


@pytest.mark.parametrize(
    ("rule", "where", "lang", "text"), TEXTS, ids=[f"{r}-{w}-{lang}" for r, w, lang, _ in TEXTS]
)
def test_message_and_remedy_speak_without_yaml_terms(
    rule: str, where: str, lang: Lang, text: str
) -> None:
    assert yaml_terms(text, lang) == [], f"{rule} {where} ({lang}): {text}"


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("sett stance til committed eller declined", "nb", ["stance", "committed", "declined"]),
        ("før datoen inn som contact_established", "nb", ["contact_established"]),
        ("leadership.level informed med rolle (by)", "nb", ["leadership.level", "informed", "by"]),
        ("set decision.outcome to other_solution", "en", ["decision.outcome", "other_solution"]),
        ("add it under parties with core true", "en", ["true"]),
        ("Spør {parties} om de vil være med", "nb", []),
        ("Ask the committed parties by the date", "en", []),
        ("Avtal et møte med BUP og NAV", "nb", []),
    ],
)
def test_the_check_finds_yaml_terms(text: str, lang: Lang, found: list[str]) -> None:
    assert yaml_terms(text, lang) == found
