"""Renders a ``Comparison`` (readiness.explore.diff): `readiness whatif` and `readiness diff`
output in text, JSON and Markdown (for pull-request comments). Renders only.

A resolved finding is told as it was before the change, a new one as it is after."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import click

from readiness.assess.assessment import Assessment, Finding
from readiness.explore.diff import Comparison
from readiness.render import RenderContext, shown
from readiness.render.json_out import finding_dict
from readiness.render.words import Said, gate_name, said, verdict_sentence
from readiness.text import t

_MARK = {"resolved": ("✓", "green"), "new": ("✗", "red")}


def _style(text: str, ctx: RenderContext, **kw: Any) -> str:
    return click.style(text, **kw) if ctx.color else text


def _verdict(v: str, ctx: RenderContext) -> str:
    return t("verdict." + v, ctx.lang)


def _said(f: Finding, kind: str, c: Comparison, ctx: RenderContext) -> Said:
    return said(f, c.before if kind == "resolved" else c.after, ctx.catalog, ctx.lang)


def _finding_line(f: Finding, kind: str, c: Comparison, ctx: RenderContext) -> list[str]:
    mark, fg = _MARK[kind]
    words = _said(f, kind, c, ctx)
    out = [f"    {_style(mark, ctx, fg=fg)} {f.rule}  {words.title} ({words.weight})"]
    if kind == "new":
        out.append(f"        {shown(words.message)}")
        if words.remedy:
            out.append(f"        {t('label.remedy', ctx.lang)}: {shown(words.remedy)}")
        out.append(f"        {t('label.source', ctx.lang)}: {words.source}")
    return out


def text(c: Comparison, ctx: RenderContext, heading: str, detail: Sequence[str] = ()) -> str:
    """``heading`` names what is compared (the edits, or OLD → NEW)."""
    lang = ctx.lang
    a = c.after
    name = gate_name(ctx.catalog, a.gate, lang)
    lines = [
        _style(shown(heading), ctx, bold=True),
        *(f"  {shown(d)}" for d in detail),
        "  "
        + t("label.gate_used", lang, gate=a.gate, gate_name=name, phase=a.phase)
        + f"; {t('label.as_of', lang)} {a.as_of.isoformat()}",
        "  "
        + _style(
            f"{t('compare.verdict', lang)}: {_verdict(c.before.verdict, ctx)} → "
            f"{_verdict(a.verdict, ctx)}",
            ctx,
            bold=True,
        ),
    ]
    for kind, findings, key in (
        ("resolved", c.resolved, "compare.resolved"),
        ("new", c.new, "compare.new"),
    ):
        if findings:
            lines.append("")
            lines.append(f"  {t(key, lang)} ({len(findings)})")
            for f in findings:
                lines += _finding_line(f, kind, c, ctx)
    if not c.resolved and not c.new:
        lines += ["", "  " + t("compare.nothing", lang)]
    lines.append("")
    still = ", ".join(f.rule for f in c.still_open)
    lines.append(
        "  " + t("compare.unchanged", lang, count=c.unchanged) + (f" ({still})" if still else "")
    )
    if a.verdict == "not_ready":  # what is still missing (a concluded idea phase needs no more)
        lines.append("  " + verdict_sentence(a, ctx.catalog, lang))
    return "\n".join(lines) + "\n"


def _side(a: Assessment) -> dict[str, Any]:
    return {
        "file": a.file,
        "verdict": a.verdict,
        "missing_prerequisites": a.missing_prerequisites,
        "summary": a.summary,
    }


def comparison_dict(c: Comparison, ctx: RenderContext) -> dict[str, Any]:
    """The comparison as `whatif` and `diff` give it in JSON."""
    return {
        "gate": c.after.gate,
        "before": _side(c.before),
        "after": _side(c.after),
        "verdict_changed": c.verdict_changed,
        "resolved": [finding_dict(f, c.before, ctx.catalog, ctx.lang) for f in c.resolved],
        "new": [finding_dict(f, c.after, ctx.catalog, ctx.lang) for f in c.new],
        "unchanged": c.unchanged,
        "still_open": [f.rule for f in c.still_open],
    }


def json_doc(body: dict[str, Any], ctx: RenderContext) -> str:
    doc = {"version": 1, "as_of": ctx.as_of.isoformat(), **body}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def markdown(c: Comparison, ctx: RenderContext, heading: str) -> str:
    """A pull-request comment: verdict change, then resolved and new findings as tables."""
    lang = ctx.lang
    a = c.after
    name = gate_name(ctx.catalog, a.gate, lang)
    lines = [
        f"### {heading}",
        "",
        t("label.gate_used", lang, gate=a.gate, gate_name=name, phase=a.phase)
        + f"; {t('label.as_of', lang)} {a.as_of.isoformat()}",
        "",
        f"**{t('compare.verdict', lang)}:** {_verdict(c.before.verdict, ctx)} → "
        f"**{_verdict(a.verdict, ctx)}**",
    ]
    for kind, findings, key in (
        ("resolved", c.resolved, "compare.resolved"),
        ("new", c.new, "compare.new"),
    ):
        if not findings:
            continue
        mark = _MARK[kind][0]
        lines += [
            "",
            f"#### {mark} {t(key, lang)} ({len(findings)})",
            "",
            f"| {t('compare.rule', lang)} | {t('compare.title', lang)} "
            f"| {t('compare.severity', lang)} | {t('label.basis', lang)} |",
            "|---|---|---|---|",
        ]
        for f in findings:
            words = _said(f, kind, c, ctx)
            title = words.title.replace("|", "\\|")
            lines.append(f"| {f.rule} | {title} | {words.severity} | {words.basis} |")
    if not c.resolved and not c.new:
        lines += ["", t("compare.nothing", lang)]
    still = ", ".join(f.rule for f in c.still_open)
    lines += [
        "",
        t("compare.unchanged", lang, count=c.unchanged) + (f" ({still})" if still else ""),
    ]
    return "\n".join(lines) + "\n"
