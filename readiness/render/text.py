"""``--format text``: what a coordinator reads. Verdict first, then missing prerequisites with
line, severity and basis, source and remedy, then warnings, advice and accepted deviations,
then a summary. A concluded assessment lists what is not met as information, without remedies."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import click

from readiness.assess.assessment import Assessment, Finding
from readiness.assess.results import Invalid, Result, counts
from readiness.render import RenderContext, shown
from readiness.render.words import (
    finding_groups,
    gate_name,
    said,
    summary_sentence,
    verdict_sentence,
)
from readiness.text import t

_VERDICT_COLOR = {"ready": "green", "not_ready": "red", "concluded": "cyan", "invalid": "magenta"}
# Each group of findings (readiness/render/words.py, finding_groups): its mark and colour.
_MARKS = {
    "missing": ("✗", "red"),
    "warning": ("!", "yellow"),
    "advice": ("i", "blue"),
    "information": ("i", "blue"),
    "accepted": ("~", "cyan"),
}
_WIDTH = 96


def _style(text: str, ctx: RenderContext, **kw: object) -> str:
    return click.style(text, **kw) if ctx.color else text  # type: ignore[arg-type]


@functools.lru_cache(maxsize=4096)
def _wrap(text: str, indent: str) -> str:
    """Greedy word wrap at _WIDTH. Rule texts repeat from file to file, hence the cache;
    textwrap.fill was half the time of a 1,000-file text run."""
    lines: list[str] = []
    line = indent
    for word in text.split():
        if line != indent and len(line) + 1 + len(word) > _WIDTH:
            lines.append(line)
            line = indent + word
        else:
            line = line + word if line == indent else f"{line} {word}"
    lines.append(line)
    return "\n".join(lines)


def _finding(f: Finding, a: Assessment, ctx: RenderContext, mark: str) -> list[str]:
    lang = ctx.lang
    words = said(f, a, ctx.catalog, lang)
    head = f"{mark} {f.rule}  {words.title}"
    ind = "      "
    out = ["  " + _style(head, ctx, bold=True)]
    out.append(f"{ind}{shown(a.file)}:{f.location.line}:{f.location.column}  ({f.location.path})")
    out.append(_wrap(shown(words.message), ind))
    if f.status == "accepted" and f.deviation is not None:
        d = f.deviation
        out.append(
            _wrap(
                f"{t('status.accepted', lang).capitalize()}: {shown(d.reason)} "
                f"({t('label.accepted_by', lang)} {shown(d.accepted_by)}"
                + (f", {d.date.isoformat()}" if d.date else "")
                + ")",
                ind,
            )
        )
    elif words.remedy:
        out.append(_wrap(f"{t('label.remedy', lang)}: {shown(words.remedy)}", ind))
    weight = words.weight
    out.append(
        _wrap(f"{weight[:1].upper()}{weight[1:]} · {t('label.source', lang)}: {words.source}", ind)
    )
    return out


def render_assessment(a: Assessment, ctx: RenderContext) -> list[str]:
    lang = ctx.lang
    color = _VERDICT_COLOR[a.verdict]
    lines = [
        _style(f"{shown(a.file)}: {t('verdict.' + a.verdict, lang)}", ctx, fg=color, bold=True)
        + f"  {shown(a.initiative)}",
        "  "
        + t(
            "label.gate_used",
            lang,
            gate=a.gate,
            gate_name=gate_name(ctx.catalog, a.gate, lang),
            phase=a.phase,
        )
        + f"; {t('label.as_of', lang)} {a.as_of.isoformat()}",
    ]
    lines += [f"  {shown(a.file)}:{p.line}:{p.column}: {shown(p.message(lang))}" for p in a.notes]
    sentence = verdict_sentence(a, ctx.catalog, lang)
    lines.append(_wrap(sentence, "  ") if a.verdict == "concluded" else "  " + sentence)
    for group in finding_groups(a, lang):
        if not group.findings:
            continue
        mark, fg = _MARKS[group.kind]
        lines.append("")
        lines.append(_style(f"  {group.heading} ({len(group.findings)})", ctx, fg=fg, bold=True))
        for f in group.findings:
            lines += _finding(f, a, ctx, _style(mark, ctx, fg=fg))
    lines.append("")
    lines.append("  " + summary_sentence(a, lang))
    if ctx.strict and a.verdict == "ready" and a.fails(strict=True):
        lines.append("  " + t("summary.strict", lang, count=a.summary["unmet_recommended"]))
    return lines


def render_one(r: Result, ctx: RenderContext) -> str | None:
    """``r``'s block of the output; None when it has none (a file that passes, --quiet)."""
    if isinstance(r, Invalid):
        file = shown(r.shown_file(ctx.lang))
        head = _style(f"{file}: {t('verdict.invalid', ctx.lang)}", ctx, fg="magenta", bold=True)
        return "\n".join([head, *("  " + shown(x) for x in r.lines(ctx.lang))])
    if ctx.quiet and not r.fails(ctx.strict):
        return None
    return "\n".join(render_assessment(r, ctx))


def stream(results: Sequence[Result], ctx: RenderContext) -> Iterator[str]:
    """The output in parts: each file's block as soon as its result is there (in a batch,
    while the workers check the next files), then the run's summary line."""
    sep = ""
    total = 0
    for r in results:
        total += 1
        block = render_one(r, ctx)
        if block is not None:
            yield sep + block
            sep = "\n\n"
    if total > 1 or ctx.quiet:
        c = counts(results)
        line = t("summary.files", ctx.lang, **c)
        if c["concluded"]:
            line += t("summary.files.concluded", ctx.lang, concluded=c["concluded"])
        yield sep + line
    yield "\n"


def render(results: Sequence[Result], ctx: RenderContext) -> str:
    return "".join(stream(results, ctx))
