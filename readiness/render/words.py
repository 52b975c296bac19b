"""How a finding and a verdict read, in the reader's language: the one place where an
assessment (language-free data) becomes words. Every renderer and the web page call it."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, NamedTuple

from readiness.assess.assessment import Assessment, Finding
from readiness.catalog.records import Catalog
from readiness.text import Lang, money, t

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class Said(NamedTuple):
    """A finding as a reader is told it."""

    title: str
    message: str
    remedy: str  # "" for a met rule


def _value(key: str, value: Any, a: Assessment, lang: Lang) -> str:
    if value is None:
        return t("value.absent", lang)
    if key in ("limit", "amount"):
        return money(int(value), lang)
    if key == "main_applicant":
        return _party(str(value), a)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _party(pid: str, a: Assessment) -> str:
    name = a.party_names.get(pid)
    return f"{name} ({pid})" if name else pid


def _filled(text: str, f: Finding, a: Assessment, lang: Lang) -> str:
    """``text`` with its placeholders filled from the finding (a placeholder it has no value
    for stays as written)."""

    def fill(m: re.Match[str]) -> str:
        key = m.group(1)
        if key == "parties":
            return ", ".join(_party(p, a) for p in f.parties) or "-"
        if f.values is not None and key in f.values:
            return _value(key, f.values[key], a, lang)
        return m.group()

    return _PLACEHOLDER.sub(fill, text).strip()


@functools.lru_cache(maxsize=4096)
def _plain(catalog: Catalog, rule_id: str, status: str, lang: Lang) -> Said | None:
    """The words of a finding whose texts have no placeholder (most): the same in every file."""
    rule = catalog.rule(rule_id)
    if status == "met":
        return Said(rule.title.get(lang).strip(), t("finding.met", lang), "")
    message, remedy = rule.message.get(lang), rule.remedy.get(lang)
    if "{" in message or "{" in remedy:
        return None
    return Said(rule.title.get(lang).strip(), message.strip(), remedy.strip())


def said(f: Finding, a: Assessment, catalog: Catalog, lang: Lang) -> Said:
    """The title, message and remedy of ``f`` (a finding of ``a``) in ``lang``."""
    plain = _plain(catalog, f.rule, f.status, lang)
    if plain is not None:
        return plain
    rule = catalog.rule(f.rule)
    return Said(
        rule.title.get(lang).strip(),
        _filled(rule.message.get(lang), f, a, lang),
        _filled(rule.remedy.get(lang), f, a, lang),
    )


def gate_name(catalog: Catalog, gate: str, lang: Lang) -> str:
    return catalog.gate(gate).name.get(lang)


def verdict_sentence(a: Assessment, catalog: Catalog, lang: Lang) -> str:
    """The verdict as one sentence for people (text, report, web)."""
    if a.verdict == "concluded":
        return t("verdict.concluded.long", lang)
    name = gate_name(catalog, a.gate, lang)
    if a.verdict == "ready":
        return t("verdict.ready.long", lang, gate_name=name)
    return t("verdict.not_ready.long", lang, count=len(a.missing_prerequisites), gate_name=name)
