"""One language at a time: every output for people, of every example, in both languages, holds
no word of the other language.

The words each language has of its own come from the texts themselves: every message of the
text package and every rule's texts, in both languages; a word of the English texts that no
Norwegian text has is English (and the other way round), plus a short hand list of common
function words. What is the file's own (names, roles, texts the coordinator wrote), the sources'
(titles, quotes, sections) and the format's (keys, choices, rule names, commands) is no
language's and is taken out of an output before it is read.

OUTPUTS is the one table of outputs: a new command or format is one more row.
"""

from __future__ import annotations

import functools
import html.parser
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from readiness.catalog.load import default_catalog
from readiness.cli.main import COMMANDS, main
from readiness.format.model import Initiative, is_section, keys_of
from readiness.read.document import parse
from readiness.text import MESSAGES
from tests.helpers import EXAMPLES

AS_OF = "2026-09-01"
ALL_EXAMPLES = sorted(p.name for p in EXAMPLES.glob("*.yaml"))
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# Common function words, a short hand list: the texts' own lists find the rest.
NB_WORDS = {"og", "ikke", "er", "som", "det", "med", "til", "av", "på", "eller", "har", "skal"}
EN_WORDS = {"the", "and", "not", "is", "of", "with", "which", "or", "has", "must", "this"}
# Words both languages write alike where the texts happen to use them in one: the languages'
# names, terms kept in English in Norwegian ("pull request"), and words spelt alike in both.
SHARED = {"standard", "english", "norsk", "bokmål", "pull", "request", "terminal", "relative"}


# -- outputs for people --
def _run(*args: str) -> str:
    res = CliRunner().invoke(main, list(args))
    assert res.exit_code in (0, 1, 2), (args, res.output, res.exception)
    return res.stdout


def _text_of_html(page: str) -> str:
    """What a reader sees of an HTML page: its text, without style and script."""

    class Text(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.skip += tag in ("style", "script")
            self.parts += [v for k, v in attrs if k in ("title", "alt", "aria-label") and v]

        def handle_endtag(self, tag: str) -> None:
            self.skip -= tag in ("style", "script")

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(data)

    parser = Text()
    parser.feed(page)
    return " ".join(parser.parts)


def _text_of_junit(xml: str) -> str:
    root = ET.fromstring(xml)
    return " ".join(
        [el.get("message") or "" for el in root.iter()] + [el.text or "" for el in root.iter()]
    )


def _text_of_github(out: str) -> str:
    """An annotation's title and message (``::error file=f,line=1,title=T::message``)."""
    said = []
    for line in out.splitlines():
        head, _, message = line.partition("::")[2].partition("::")
        said += [message, *re.findall(r"title=([^,]*)", head)]
    return " ".join(said)


def _check(fmt: str) -> Callable[[Path, str, Path], str]:
    return lambda file, lang, _: _run(
        "check", str(file), "--format", fmt, "--lang", lang, "--as-of", AS_OF
    )


def _report(fmt: str) -> Callable[[Path, str, Path], str]:
    return lambda file, lang, _: _run(
        "report", str(file), "--format", fmt, "--lang", lang, "--as-of", AS_OF
    )


# name → (how to make it for an example file in a language, what of it people read)
OUTPUTS: dict[str, tuple[Callable[[Path, str, Path], str], Callable[[str], str]]] = {
    "check text": (_check("text"), str),
    "check markdown": (_check("markdown"), str),
    "check github": (_check("github"), _text_of_github),
    "check junit": (_check("junit"), _text_of_junit),
    "plan": (lambda f, lang, _: _run("plan", str(f), "--lang", lang, "--as-of", AS_OF), str),
    "whatif": (
        lambda f, lang, _: _run(
            "whatif", str(f), "--set", "agreement.status=signed", "--lang", lang, "--as-of", AS_OF
        ),
        str,
    ),
    "diff": (
        lambda f, lang, _: _run(
            "diff",
            str(EXAMPLES / "gamle-oslo-tidlig.yaml"),
            str(f),
            "--lang",
            lang,
            "--as-of",
            AS_OF,
        ),
        str,
    ),
    "report md": (_report("md"), str),
    "report html": (_report("html"), _text_of_html),
}
# outputs of no file: made once per language
GENERAL: dict[str, Callable[[str], str]] = {
    "rules": lambda lang: _run("rules", "--lang", lang),
    "rules markdown": lambda lang: _run("rules", "--format", "markdown", "--lang", lang),
    "explain": lambda lang: "\n".join(
        _run("explain", rule, "--lang", lang) for rule in default_catalog().ids
    ),
    "help": lambda lang: "\n".join(
        _run(command, "--help", "--lang", lang) for command in sorted(COMMANDS)
    ),
}


# -- the words of each language --
def _words(text: str) -> set[str]:
    """The words of ``text``, lower-cased; a single letter is no word of either language."""
    return {w.lower() for w in _WORD.findall(text) if len(w) > 1}


def _format_names() -> set[str]:
    """The format's keys and choices, rule names and ids, commands: no language's words."""
    names: set[str] = set(COMMANDS)
    todo: list[type] = [Initiative]
    while todo:
        for key in keys_of(todo.pop()):
            names.add(key.key)
            for arg in _args(key.annotation):
                if is_section(arg):
                    todo.append(arg)
                elif isinstance(arg, str):
                    names.add(arg)
    catalog = default_catalog()
    for rule in catalog.rules:
        names |= set(re.split(r"[._\[\]]", rule.name + "." + rule.path))
    names |= _option_choices()
    return {w.lower() for n in names for w in re.split(r"[_.]", n)}


def _option_choices() -> set[str]:
    """The values the command-line options take (``--color never``, ``--format github``)."""
    group = click.Context(main)
    found: set[str] = set()
    for name in COMMANDS:
        command = main.get_command(group, name)
        for param in command.params if command else ():
            if isinstance(param.type, click.Choice):
                found |= {str(choice) for choice in param.type.choices}
    return found


def _args(annotation: Any) -> Iterator[Any]:
    yield annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        yield from _args(arg)
    yield from getattr(annotation, "__metadata__", ())


@functools.cache
def language_words() -> dict[str, set[str]]:
    """lang → the words only that language's texts have, and its common function words."""
    texts: dict[str, list[str]] = {"nb": [], "en": []}
    for entry in MESSAGES.values():
        for lang in texts:
            texts[lang].append(entry.get(lang, ""))
    for rule in default_catalog().rules:
        for words in (rule.title, rule.message, rule.remedy, rule.condition):
            for lang in texts:
                texts[lang].append(words.get(lang) or "")  # type: ignore[arg-type]
    nb, en = _words(" ".join(texts["nb"])), _words(" ".join(texts["en"]))
    neutral = _format_names() | SHARED
    return {"nb": ((nb - en) | NB_WORDS) - neutral, "en": ((en - nb) | EN_WORDS) - neutral}


@functools.cache
def _data_of(file: Path) -> tuple[str, ...]:
    """Every text of the file and of the catalog's sources: taken out before reading."""
    doc, _ = parse(file.read_text(encoding="utf-8"))
    assert doc is not None
    return _longest_first([*_texts_of(doc.data), *_catalog_data(), str(file), str(EXAMPLES)])


@functools.cache
def _catalog_data() -> tuple[str, ...]:
    """The sources' ids, sections and quotes, as the catalog has them."""
    found: list[str] = []
    catalog = default_catalog()
    for rule in catalog.rules:
        found += [rule.source.document, rule.source.section, rule.source.quote or ""]
    found += [document.title for document in catalog.documents.values()]
    # The rules' example values (`plan`'s "For example") are Norwegian sample texts for a
    # file, in both languages' output: data here until the catalog has them in English too.
    for rule in catalog.rules:
        found += _texts_of(rule.example)
    return _longest_first(found)


def _texts_of(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts_of(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts_of(v)]
    return [value] if isinstance(value, str) else []


def _longest_first(texts: list[str]) -> tuple[str, ...]:
    return tuple(sorted({" ".join(s.split()) for s in texts if s.strip()}, key=len, reverse=True))


def _without_cut_texts(said: str, data: tuple[str, ...]) -> str:
    """``said`` without the beginnings of texts of ``data`` cut short with "…" (a long value
    shortened for the line)."""
    out, start = [], 0
    for cut in [m.start() for m in re.finditer("…", said)]:
        before = said[start:cut]
        longest = max(
            (n for text in data for n in range(len(text), 7, -1) if before.endswith(text[:n])),
            default=0,
        )
        out.append(before[: len(before) - longest])
        start = cut + 1
    return "".join(out) + said[start:]


def foreign_words(said: str, lang: str, data: tuple[str, ...] = ()) -> set[str]:
    """The words of the other language in ``said``, an output in ``lang``."""
    said = " ".join(said.split())
    said = _without_cut_texts(said, data)
    for text in data:  # whole words only: a short text ("Ål") is no part of another word
        said = re.sub(rf"(?<!\w){re.escape(text)}(?!\w)", " ", said)
    said = re.sub(r"«[^»]*»", " ", said)  # a quote, or a value of the file, as written
    said = re.sub(r"--?[\w-]+|\S+\.(?:yaml|yml|json|html|md|pdf)\b", " ", said)  # options, files
    said = re.sub(r"\[nb\|en\]|\b(?:nb|en) \(", " ", said)  # the languages' codes
    other = "en" if lang == "nb" else "nb"
    return _words(said) & language_words()[other]


# -- the test --
def test_the_word_lists_know_each_language() -> None:
    words = language_words()
    assert {"mangler", "forutsetninger", "gjør"} <= words["nb"]
    assert {"missing", "prerequisites", "found"} <= words["en"]
    assert not words["nb"] & words["en"]


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("output", sorted(OUTPUTS))
def test_every_example_speaks_one_language(output: str, lang: str, tmp_path: Path) -> None:
    make, read = OUTPUTS[output]
    found: dict[str, set[str]] = {}
    for name in ALL_EXAMPLES:
        file = EXAMPLES / name
        foreign = foreign_words(read(make(file, lang, tmp_path)), lang, _data_of(file))
        if foreign:
            found[name] = foreign
    assert not found, f"{output} --lang {lang}: words of the other language: {found}"


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("output", sorted(GENERAL))
def test_every_general_output_speaks_one_language(output: str, lang: str) -> None:
    foreign = foreign_words(GENERAL[output](lang), lang, _catalog_data())
    assert not foreign, f"{output} --lang {lang}: words of the other language: {foreign}"
