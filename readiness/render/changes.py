"""Renders a ``Comparison`` (readiness.explore.diff): `readiness whatif` and `readiness diff` output
in
text, JSON and Markdown (for pull-request comments). Renders only."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import click

from readiness.assess.assessment import Finding
from readiness.explore.diff import Comparison
from readiness.render import RenderContext, shown
from readiness.text import t

_MARK = {"resolved": ("✓", "green"), "new": ("✗", "red")}


def _style(text: str, ctx: RenderContext, **kw: Any) -> str:
    return click.style(text, **kw) if ctx.color else text


def _verdict(v: str, ctx: RenderContext) -> str:
    return t("verdict." + v, ctx.lang)


def _finding_line(f: Finding, kind: str, ctx: RenderContext) -> list[str]:
    mark, fg = _MARK[kind]
    sev = t("severity." + f.severity, ctx.lang)
    out = [f"    {_style(mark, ctx, fg=fg)} {f.rule}  {f.title} ({sev})"]
    if kind == "new":
        out.append(f"        {shown(f.message)}")
        if f.remedy:
            out.append(f"        {t('label.remedy', ctx.lang)}: {shown(f.remedy)}")
    return out


def text(c: Comparison, ctx: RenderContext, heading: str, detail: Sequence[str] = ()) -> str:
    """``heading`` names what is compared (the edits, or OLD → NEW)."""
    lang = ctx.lang
    a = c.after
    lines = [
        _style(shown(heading), ctx, bold=True),
        *(f"  {shown(d)}" for d in detail),
        "  "
        + t("label.gate_used", lang, gate=a.gate, gate_name=a.gate_name, phase=a.phase)
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
                lines += _finding_line(f, kind, ctx)
    if not c.resolved and not c.new:
        lines += ["", "  " + t("compare.nothing", lang)]
    lines.append("")
    still = ", ".join(f.rule for f in c.still_open)
    lines.append(
        "  " + t("compare.unchanged", lang, count=c.unchanged) + (f" ({still})" if still else "")
    )
    if a.verdict == "not_ready":  # what is still missing (a concluded idea phase needs no more)
        lines.append("  " + a.verdict_sentence(lang))
    return "\n".join(lines) + "\n"


def json_doc(body: dict[str, Any], ctx: RenderContext) -> str:
    doc = {"version": 1, "as_of": ctx.as_of.isoformat(), **body}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def markdown(c: Comparison, ctx: RenderContext, heading: str) -> str:
    """A pull-request comment: verdict change, then resolved and new findings as tables."""
    lang = ctx.lang
    a = c.after
    lines = [
        f"### {heading}",
        "",
        t("label.gate_used", lang, gate=a.gate, gate_name=a.gate_name, phase=a.phase)
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
            f"| {t('compare.severity', lang)} |",
            "|---|---|---|",
        ]
        for f in findings:
            title = f.title.replace("|", "\\|")
            lines.append(f"| {f.rule} | {title} | {t('severity.' + f.severity, lang)} |")
    if not c.resolved and not c.new:
        lines += ["", t("compare.nothing", lang)]
    still = ", ".join(f.rule for f in c.still_open)
    lines += [
        "",
        t("compare.unchanged", lang, count=c.unchanged) + (f" ({still})" if still else ""),
    ]
    return "\n".join(lines) + "\n"
