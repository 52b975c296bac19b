"""How a finding and a verdict read, in the reader's language: the one place where an
assessment (language-free data) becomes words. Every renderer and the web page call it.

A finding is told with its rule's title, message and remedy (a variant's words where one
applies, rules/README.md), its severity and basis (how binding the rule is, and where that
weight comes from) and its source, cited as a person cites it (``cite``). A concluded
assessment is a closed outcome: its findings are information, so people are told no remedy
(``every_field`` keeps it, for the machine formats that give every field)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, NamedTuple

from readiness.assess.assessment import Assessment, Finding
from readiness.catalog.records import Catalog, Rule, Source
from readiness.text import Lang, money, t

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class Said(NamedTuple):
    """A finding as a reader is told it."""

    title: str
    message: str
    remedy: str  # "" for a met rule, and for every finding of a concluded assessment
    severity: str  # the severity's label ("påkrevd")
    basis: str  # the basis's label ("Vilkår i tilskuddsordningen")
    source: str  # the source, cited ("Idéfaseheftet, pkt. 1.13, sjekklistepunkt 2")

    @property
    def weight(self) -> str:
        """Severity and basis side by side, as every output for people shows them."""
        return f"{self.severity} · {self.basis}"


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


def _joined(items: list[str], lang: Lang) -> str:
    """``a``, ``a og b``, ``a, b og c`` (``and`` in English)."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t('source.and', lang)} {items[-1]}"


def _place(
    catalog: Catalog, document: str, section: str, item: int | None, point: Any, lang: Lang
) -> str:
    doc = catalog.documents.get(document)
    name = doc.cite.get(lang) if doc else document
    if point is not None:
        return t("source.point", lang, document=name, point=point.get(lang))
    sections = _joined([s.strip() for s in section.split(",") if s.strip()], lang)
    cited = t("source.section", lang, document=name, sections=sections)
    if item is not None:
        cited += t("source.item", lang, item=item)
    return cited


@functools.lru_cache(maxsize=1024)
def _cited(catalog: Catalog, source: Source, lang: Lang) -> str:
    places = [_place(catalog, source.document, source.section, source.item, source.point, lang)]
    places += [_place(catalog, p.document, p.section, p.item, None, lang) for p in source.also]
    return "; ".join(places)


def cite(source: Source, catalog: Catalog, lang: Lang) -> str:
    """A rule's (or a report section's) source as a person cites it, in ``lang``:
    ``Idéfaseheftet, pkt. 1.13, sjekklistepunkt 2`` / ``Idea-phase booklet, 1.13, checklist
    item 2``; ``Tilskuddsordningen: søknaden signeres av begge parter``. Further places follow
    after a semicolon."""
    return _cited(catalog, source, lang)


def basis_label(catalog: Catalog, basis: str, lang: Lang) -> str:
    """A basis's label: ``Vilkår i tilskuddsordningen``."""
    found = catalog.bases.get(basis)
    return found.label.get(lang) if found else basis


def rule_words(rule: Rule, catalog: Catalog, lang: Lang) -> tuple[str, str, str]:
    """A rule's severity, basis and source in ``lang``, as a finding of it is told."""
    return (
        t(f"severity.{rule.severity}", lang),
        basis_label(catalog, rule.basis, lang),
        cite(rule.source, catalog, lang),
    )


@functools.lru_cache(maxsize=4096)
def _plain(catalog: Catalog, rule_id: str, status: str, lang: Lang) -> Said | None:
    """The words of a finding whose texts have no placeholder and no variant (most): the
    same in every file."""
    rule = catalog.rule(rule_id)
    title = rule.title.get(lang).strip()
    if status == "met":
        return Said(title, t("finding.met", lang), "", *rule_words(rule, catalog, lang))
    message, remedy = rule.message.get(lang), rule.remedy.get(lang)
    if "{" in message or "{" in remedy or rule.variants:
        return None
    return Said(title, message.strip(), remedy.strip(), *rule_words(rule, catalog, lang))


def _told(f: Finding, a: Assessment, rule: Rule, lang: Lang) -> tuple[str, str]:
    """The message and remedy of an unmet finding: a variant's message before the rule's,
    a variant's remedy instead of the rule's (rules/README.md), placeholders filled."""
    variants = [rule.variants[v] for v in f.variants if v in rule.variants]
    said_first = [v.message.get(lang) for v in variants if v.message is not None]
    remedies = [v.remedy.get(lang) for v in variants if v.remedy is not None]
    message = " ".join(x.strip() for x in [*said_first, rule.message.get(lang)])
    remedy = " ".join(x.strip() for x in remedies) if remedies else rule.remedy.get(lang)
    return _filled(message, f, a, lang), _filled(remedy, f, a, lang)


def said(
    f: Finding, a: Assessment, catalog: Catalog, lang: Lang, *, every_field: bool = False
) -> Said:
    """How ``f`` (a finding of ``a``) is told in ``lang``: title, message, remedy, severity,
    basis and source. A finding of a concluded assessment has no remedy for people (the idea
    phase ended: there is nothing to do); ``every_field`` keeps it (--format json)."""
    plain = _plain(catalog, f.rule, f.status, lang)
    if plain is None:
        rule = catalog.rule(f.rule)
        message, remedy = _told(f, a, rule, lang)
        plain = Said(
            rule.title.get(lang).strip(), message, remedy, *rule_words(rule, catalog, lang)
        )
    if a.verdict == "concluded" and plain.remedy and not every_field:
        return plain._replace(remedy="")
    return plain


# How the findings of an assessment are grouped for people: (kind, heading key, status,
# severity). A concluded assessment has one group of information instead of the first three.
_GROUPS = (
    ("missing", "heading.missing", "unmet", "required"),
    ("warning", "heading.warnings", "unmet", "recommended"),
    ("advice", "heading.advice", "unmet", "advice"),
    ("accepted", "heading.accepted", "accepted", None),
)
_CLOSED_GROUPS = (
    ("information", "heading.information", "unmet", None),
    ("accepted", "heading.accepted", "accepted", None),
)


class Group(NamedTuple):
    kind: str  # missing | warning | advice | information | accepted
    heading: str  # its heading, in the reader's language
    findings: list[Finding]


def finding_groups(a: Assessment, lang: Lang) -> list[Group]:
    """The findings that are not met, as outputs for people list them: missing
    prerequisites, recommendations not followed, advice, accepted deviations; for a concluded
    assessment (a closed outcome) every unmet finding under one heading, as information.
    Every group is given, empty or not."""
    groups = _CLOSED_GROUPS if a.verdict == "concluded" else _GROUPS
    return [
        Group(kind, t(key, lang), a.by_status(status, severity))  # type: ignore[arg-type]
        for kind, key, status, severity in groups
    ]


def summary_sentence(a: Assessment, lang: Lang) -> str:
    """The assessment's counts in one line; a concluded one has no missing prerequisites,
    only rules not met."""
    s = a.summary
    if a.verdict == "concluded":
        unmet = s["unmet_required"] + s["unmet_recommended"] + s["unmet_advice"]
        return t("summary.line.concluded", lang, met=s["met"], unmet=unmet, accepted=s["accepted"])
    return t("summary.line", lang, **s)


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
