"""Assessments → plain view data for the templates (which only render), and the comparison
of a what-if variant with the file as loaded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from readiness.assess.assessment import Assessment, Finding
from readiness.catalog.records import Catalog
from readiness.errors import InputError, UsageError
from readiness.explore.diff import compare
from readiness.render.words import gate_name, said, verdict_sentence
from readiness.text import Lang, t

_SECTIONS = (
    ("heading.missing", "unmet", "required", "missing"),
    ("heading.warnings", "unmet", "recommended", "warning"),
    ("heading.advice", "unmet", "advice", "advice"),
    ("heading.accepted", "accepted", None, "accepted"),
)


@dataclass(frozen=True)
class ProblemView:
    line: int
    column: int
    message: str


def problems(error: InputError | UsageError, lang: Lang) -> list[ProblemView]:
    if isinstance(error, InputError):
        return [ProblemView(p.line, p.column, p.message(lang)) for p in error.problems]
    return [ProblemView(1, 1, error.message(lang))]


def _source(f: Finding, catalog: Catalog) -> str:
    doc = catalog.documents.get(f.source_document)
    title = getattr(doc, "title", None) or f.source_document
    return f"{title}, {f.source_section}"


def finding(f: Finding, a: Assessment, catalog: Catalog, lang: Lang) -> dict[str, Any]:
    words = said(f, a, catalog, lang)
    deviation = None
    if f.deviation is not None:
        d = f.deviation
        deviation = (
            f"{d.reason} ({t('label.accepted_by', lang)} {d.accepted_by}"
            + (f", {d.date.isoformat()}" if d.date else "")
            + ")"
        )
    return {
        "rule": f.rule,
        "title": words.title,
        "message": words.message,
        "remedy": words.remedy,
        "severity": t(f"severity.{f.severity}", lang),
        "source": _source(f, catalog),
        "path": f.location.path,
        "where": t("web.location", lang, line=f.location.line, column=f.location.column),
        "deviation": deviation,
    }


def assessment(a: Assessment, catalog: Catalog, lang: Lang) -> dict[str, Any]:
    sections = []
    for key, status, severity, css in _SECTIONS:
        found = a.by_status(status, severity)  # type: ignore[arg-type]
        if found:
            sections.append(
                {
                    "title": t(key, lang),
                    "css": css,
                    "findings": [finding(f, a, catalog, lang) for f in found],
                }
            )
    return {
        "verdict": a.verdict,
        "verdict_label": t(f"verdict.{a.verdict}", lang),
        "verdict_long": verdict_sentence(a, catalog, lang),
        "gate_used": t(
            "label.gate_used",
            lang,
            gate=a.gate,
            gate_name=gate_name(catalog, a.gate, lang),
            phase=a.phase,
        ),
        "as_of": a.as_of.isoformat(),
        "sections": sections,
        "summary": t("summary.line", lang, **a.summary),
    }


def comparison(
    before: Assessment, after: Assessment | None, catalog: Catalog, lang: Lang
) -> dict[str, Any]:
    """Verdict before → after, the findings the edits resolved and the ones they brought
    (readiness.explore.diff's comparison; an invalid variant has no findings)."""

    def item(f: Finding) -> dict[str, str]:
        title = catalog.rule(f.rule).title.get(lang)
        return {"rule": f.rule, "title": title, "severity": t(f"severity.{f.severity}", lang)}

    after_verdict = after.verdict if after is not None else "invalid"
    diff = compare(before, after) if after is not None else None
    return {
        "before": before.verdict,
        "before_label": t(f"verdict.{before.verdict}", lang),
        "after": after_verdict,
        "after_label": t(f"verdict.{after_verdict}", lang),
        "resolved": [item(f) for f in diff.resolved] if diff else [],
        "new": [item(f) for f in diff.new] if diff else [],
    }
