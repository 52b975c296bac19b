"""User-facing strings in Norwegian bokmål (default) and English, and the one formatter of
messages (``t``).

Rule texts live with the rules in rules/; the modules of this package hold everything else a
user reads, by who uses it: ``inputs`` (files, syntax, the format, references, personal
numbers), ``usage`` (the command line, output files), ``results`` (verdicts, headings, the CI
formats), ``explore`` (what-if, plan, diff, init), ``report``, ``web``, ``cli`` (click's own
words), ``overview`` (overview, history, git) and ``fields`` (the format's keys and choices in words). Code asks for a message by key, so no renderer or loader carries language-specific
text of its own.
"""

from __future__ import annotations

from typing import Literal

from readiness import personal_data
from readiness.text import cli, explore, fields, inputs, overview, report, results, usage, web

Lang = Literal["nb", "en"]
LANGS: tuple[Lang, ...] = ("nb", "en")


def _merged(*tables: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for table in tables:
        twice = merged.keys() & table.keys()
        if twice:
            raise KeyError(f"messages defined twice: {sorted(twice)}")
        merged.update(table)
    return merged


MESSAGES = _merged(
    inputs.MESSAGES,
    usage.MESSAGES,
    results.MESSAGES,
    explore.MESSAGES,
    report.MESSAGES,
    web.MESSAGES,
    cli.MESSAGES,
    fields.MESSAGES,
    overview.MESSAGES,
)


class _Count(int):
    """A count in a message, the one place plural forms are chosen: ``{n:fil|filer}`` writes
    "1 fil", "2 filer"; ``{n:ingen filer|fil|filer}`` writes "ingen filer" for 0. A form with
    ``#`` in it puts the number there ("Uendret: # åpent funn"); one without has the number
    written before it (the zero form: no number). Any other format spec is int's."""

    def __format__(self, spec: str) -> str:
        if "|" not in spec:
            return format(int(self), spec)
        forms = spec.split("|")
        zero = forms[0] if len(forms) == 3 else None
        one, many = forms[-2], forms[-1]
        if self == 0 and zero is not None:
            return zero.replace("#", "0")
        form = one if self == 1 else many
        return form.replace("#", str(int(self))) if "#" in form else f"{int(self)} {form}"


def t(key: str, lang: Lang = "nb", /, **params: object) -> str:
    """The message ``key`` in ``lang``, formatted with ``params``. A parameter comes from the
    user's input, so a likely identity number in the message is redacted: this is where every
    message is made, so no message shows one (readiness/personal_data.py). A parameter with a
    ``render(lang)`` method (a message fragment, a problem) is written in the same language."""
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["nb"]
    if not params:
        return text
    values = {
        k: _Count(v) if type(v) is int else (v.render(lang) if hasattr(v, "render") else v)
        for k, v in params.items()
    }
    return redacted(text.format(**values), lang)


def redacted(text: str, lang: Lang = "nb") -> str:
    """``text`` with every likely identity number replaced by «[fødselsnummer fjernet]»: for
    messages, and for what is shown that is not a message (a file's name)."""
    entry = MESSAGES["personal.redacted"]
    return personal_data.redact(text, entry.get(lang) or entry["nb"])


def join_names(names: list[str], lang: Lang = "nb") -> str:
    """'a, b og c' / 'a, b and c'."""
    if len(names) <= 1:
        return "".join(names)
    word = " og " if lang == "nb" else " and "
    return ", ".join(names[:-1]) + word + names[-1]


def money(amount: int, lang: Lang = "nb") -> str:
    """'1 000 000 kr' / 'NOK 1,000,000'."""
    if lang == "en":
        return f"NOK {amount:,}"
    return f"{amount:,}".replace(",", " ") + " kr"
