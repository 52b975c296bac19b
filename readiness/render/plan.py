"""Renders a ``Plan`` (readiness.explore.plan): `readiness plan` in text and JSON. Renders only."""

from __future__ import annotations

import json
import shlex
import textwrap
from typing import Any

import click

from readiness.explore.plan import Plan, Step
from readiness.render import RenderContext, shown
from readiness.render.words import gate_name, said
from readiness.text import t

_WIDTH = 96
_EXAMPLE_MAX = 110


def _style(text: str, ctx: RenderContext, **kw: Any) -> str:
    return click.style(text, **kw) if ctx.color else text


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(
        " ".join(text.split()), width=_WIDTH, initial_indent=indent, subsequent_indent=indent
    )


def _short(text: str) -> str:
    return text if len(text) <= _EXAMPLE_MAX else text[: _EXAMPLE_MAX - 1] + "…"


def _step(s: Step, plan: Plan, ctx: RenderContext) -> list[str]:
    f, lang, ind = s.finding, ctx.lang, "      "
    words = said(f, plan.assessment, ctx.catalog, lang)
    out = [
        "  " + _style(f"{s.number:>2}. {f.rule}  {words.title}", ctx, bold=True),
        f"{ind}{shown(plan.assessment.file)}:{f.location.line}:{f.location.column}"
        f"  ({f.location.path})",
        _wrap(f"{t('label.remedy', lang)}: {shown(words.remedy)}", ind),
    ]
    weight = words.weight
    if s.keys:
        out.append(_wrap(f"{t('plan.keys', lang)}: {', '.join(s.keys)}", ind))
    if s.edits:
        example = "; ".join(_short(e.describe().removeprefix("--set ")) for e in s.edits)
        out.append(f"{ind}{t('plan.example', lang)}: {shown(example)}")
    out.append(
        _wrap(f"{weight[:1].upper()}{weight[1:]} · {t('label.source', lang)}: {words.source}", ind)
    )
    return out


def text(plan: Plan, ctx: RenderContext) -> str:
    a, lang = plan.assessment, ctx.lang
    name = gate_name(ctx.catalog, a.gate, lang)
    lines = [
        _style(f"{shown(a.file)}: {t('verdict.' + a.verdict, lang)}", ctx, bold=True)
        + f"  {shown(a.initiative)}",
        "  "
        + t("label.gate_used", lang, gate=a.gate, gate_name=name, phase=a.phase)
        + f"; {t('label.as_of', lang)} {a.as_of.isoformat()}",
    ]
    if a.verdict == "concluded":
        lines.append(_wrap(t("plan.concluded", lang), "  "))
    elif not plan.steps:
        lines.append("  " + t("plan.ready", lang, gate_name=name))
    else:
        lines += ["", "  " + _style(t("plan.heading", lang, gate_name=name), ctx, bold=True)]
        for severity, key in (("required", "plan.required"), ("recommended", "plan.recommended")):
            steps = [s for s in plan.steps if s.finding.severity == severity]
            if steps:
                lines += ["", f"  {t(key, lang)} ({len(steps)})"]
                for s in steps:
                    lines += _step(s, plan, ctx)
        if 0 < len(plan.edits) <= 6:  # a longer command line helps nobody
            sets = " ".join(
                f"--set {shlex.quote(e.describe().removeprefix('--set '))}" for e in plan.edits
            )
            command = t("plan.try", lang, file=shlex.quote(a.file), sets=sets)
            lines += ["", "  " + shown(command)]
    if plan.advice_left_out and a.verdict != "concluded":  # a closed outcome has no plan
        lines += ["", "  " + t("plan.advice_left_out", lang, count=plan.advice_left_out)]
    return "\n".join(lines) + "\n"


def _step_dict(s: Step, plan: Plan, ctx: RenderContext) -> dict[str, Any]:
    f = s.finding
    words = said(f, plan.assessment, ctx.catalog, ctx.lang)
    return {
        "step": s.number,
        "rule": f.rule,
        "name": f.name,
        "severity": f.severity,
        "basis": f.basis,
        "title": words.title,
        "remedy": words.remedy,
        "keys": list(s.keys),
        "parties": list(f.parties),
        "example": [e.to_dict() for e in s.edits],
        "source": {"document": f.source_document, "section": f.source_section},
        "location": {"path": f.location.path, "line": f.location.line, "column": f.location.column},
    }


def json_doc(plan: Plan, ctx: RenderContext) -> str:
    a = plan.assessment
    doc = {
        "version": 1,
        "as_of": ctx.as_of.isoformat(),
        "file": a.file,
        "initiative": a.initiative,
        "gate": a.gate,
        "verdict": a.verdict,
        "missing_prerequisites": a.missing_prerequisites,
        "steps": [_step_dict(s, plan, ctx) for s in plan.steps],
        "advice_left_out": plan.advice_left_out,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
