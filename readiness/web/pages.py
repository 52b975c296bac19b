"""Assessments, plans and problems → plain view data for the templates (which only render):
the verdict, the plan's steps with the findings they meet and the controls that fix them, the
comparison with the file as opened (readiness.explore.diff) and the changes made."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from readiness.assess.assessment import Assessment, Finding
from readiness.catalog.records import Catalog
from readiness.errors import InputError, Problem, UsageError
from readiness.explore.diff import compare
from readiness.explore.plan import Plan, Step, keys_to_fill
from readiness.format.load import field_label as path_text
from readiness.render.words import gate_name, said, verdict_sentence
from readiness.text import Lang, t
from readiness.web import controls
from readiness.web.controls import Form


@dataclass(frozen=True)
class Link:
    title: str
    id: str


@dataclass(frozen=True)
class ProblemView:
    line: int
    column: int
    message: str
    link: Link | None = None


def _link(form: Form | None, path: str, data: Any) -> Link | None:
    """A link to the control or block that holds ``path`` (items by name or by index)."""
    if form is None:
        return None
    if form.locator is not None and form.locator.data is data:
        at = form.locator.by_index(path)
    else:
        at = controls.by_index(path, data)
    found = controls.target(form, at) if at else None
    if found is None:
        return None
    return Link(form.titles.get(found, found), form.anchors[found])


def problems(
    error: InputError | UsageError, lang: Lang, form: Form | None = None, data: Any = None
) -> list[ProblemView]:
    if isinstance(error, InputError):
        return [_problem(p, lang, form, data) for p in error.problems]
    return [ProblemView(1, 1, error.message(lang))]


def _problem(p: Problem, lang: Lang, form: Form | None, data: Any) -> ProblemView:
    link = _link(form, path_text(p.path), data) if p.path else None
    return ProblemView(p.line, p.column, p.message(lang), link)


def located(error: InputError, lang: Lang) -> dict[str, str]:
    """The problems' texts by the path (items by index) of the key each is about."""
    out: dict[str, str] = {}
    for p in error.problems:
        if p.path:
            key = path_text(p.path)
            out[key] = f"{out[key]} {p.message(lang)}" if key in out else p.message(lang)
    return out


def _source(f: Finding, catalog: Catalog) -> str:
    doc = catalog.documents.get(f.source_document)
    title = getattr(doc, "title", None) or f.source_document
    return f"{title}, {f.source_section}"


# A finding about 500 parties links to the controls of the first few: a list of 500 links
# helps no one, and each costs a look-up and a line of the page.
MAX_LINKS = 12


def finding(
    f: Finding,
    a: Assessment,
    catalog: Catalog,
    lang: Lang,
    form: Form | None = None,
    data: Any = None,
    step: Step | None = None,
) -> dict[str, Any]:
    words = said(f, a, catalog, lang)
    deviation = None
    if f.deviation is not None:
        d = f.deviation
        deviation = (
            f"{d.reason} ({t('label.accepted_by', lang)} {d.accepted_by}"
            + (f", {d.date.isoformat()}" if d.date else "")
            + ")"
        )
    keys = step.keys if step is not None else keys_to_fill(catalog.rule(f.rule), f)
    links: dict[str, Link] = {}
    more = 0
    for key in (*keys, f.location.path):
        if len(links) >= MAX_LINKS:  # the message names them all; the links, the first few
            more += 1
            continue
        link = _link(form, key, data)
        if link is not None:
            links.setdefault(link.id, link)
    return {
        "rule": f.rule,
        "title": words.title,
        "message": words.message,
        "remedy": words.remedy,
        "severity": t(f"severity.{f.severity}", lang),
        "source": _source(f, catalog),
        "path": f.location.path,
        "deviation": deviation,
        "links": list(links.values()),
        "more_links": more,
        "step": step.number if step is not None else None,
        "can_apply": bool(step is not None and step.edits),
    }


_SECTIONS = (
    ("heading.missing", "unmet", "required", "missing"),
    ("heading.warnings", "unmet", "recommended", "warning"),
    ("heading.advice", "unmet", "advice", "advice"),
    ("heading.accepted", "accepted", None, "accepted"),
)


def assessment(
    a: Assessment,
    catalog: Catalog,
    lang: Lang,
    plan: Plan | None = None,
    form: Form | None = None,
    data: Any = None,
) -> dict[str, Any]:
    """The verdict and the findings by section, unmet ones in the plan's order with its step
    (the button that fills in its suggestion) and links to the controls that fix them."""
    steps = {s.finding.rule: s for s in plan.steps} if plan is not None else {}
    order = {rule: i for i, rule in enumerate(steps)}
    sections = []
    for key, status, severity, css in _SECTIONS:
        found = a.by_status(status, severity)  # type: ignore[arg-type]
        found.sort(key=lambda f: order.get(f.rule, len(order)))
        if found:
            sections.append(
                {
                    "title": t(key, lang),
                    "css": css,
                    "findings": [
                        finding(f, a, catalog, lang, form, data, steps.get(f.rule)) for f in found
                    ],
                }
            )
    first = plan.steps[0] if plan is not None and plan.steps else None
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
        "next": {"rule": first.finding.rule, "title": said(first.finding, a, catalog, lang).title}
        if first is not None
        else None,
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


def changes(form: Form, lang: Lang) -> list[tuple[str, str, str]]:
    """(what, before, after) for every value the edits changed and every item added or
    removed, against the file as opened."""
    out: list[tuple[str, str, str]] = []
    for block in controls.walk_blocks(form):
        if block.kind == "list":
            added = [c for c in block.children if isinstance(c, controls.Block) and c.is_new]
            for item in added:
                out.append((block.label, "", f"{t('web.added', lang)}: {item.summary}"))
            removed = block.removed
            if removed:
                out.append((block.label, "", t("web.removed", lang, count=removed)))
    new_items = {b.path for b in controls.walk_blocks(form) if b.kind == "item" and b.is_new}
    for f in form.fields:
        inside_new = any(f.path.startswith(p + ".") for p in new_items)
        if f.changed and not inside_new:
            out.append(
                (
                    form.titles.get(f.path, f.label),
                    f.shown(f.original, lang),
                    f.shown(f.value, lang),
                )
            )
    return out
