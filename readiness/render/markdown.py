"""``--format markdown``: a pull-request comment (GitHub/GitLab flavoured Markdown).

A heading with the run's summary line, one table row per file (verdict, gate, counts), then
for each file that is not ready or invalid a table of what is missing and what to do. With
--quiet the table lists only files that are not ready, and invalid ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from readiness.assess.assessment import Assessment
from readiness.assess.results import Invalid, Result, counts, finding_fails
from readiness.render import RenderContext
from readiness.render import shown as visible
from readiness.render.words import said
from readiness.text import t

_ICON = {"ready": "✅", "not_ready": "❌", "concluded": "☑️", "invalid": "⛔"}


def cell(text: object) -> str:
    """Text safe inside a table cell: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def code(text: str) -> str:
    return "`" + cell(text).replace("`", "'") + "`"


def _row(r: Result, ctx: RenderContext) -> str:
    lang = ctx.lang
    verdict = f"{_ICON[r.verdict]} {t('verdict.' + r.verdict, lang)}"
    if isinstance(r, Invalid):
        return f"| {code(r.shown_file(lang))} | | | {verdict} | | | {len(r.errors(lang))} |"
    s = r.summary
    if r.verdict == "concluded":  # a closed outcome: its findings are information only
        missing, warnings = "–", "–"
    else:
        missing, warnings = str(s["unmet_required"]), str(s["unmet_recommended"])
    return (
        f"| {code(r.file)} | {cell(r.initiative)} | {cell(r.gate)} | {verdict} | "
        f"{missing} | {warnings} | 0 |"
    )


def _details(r: Result, ctx: RenderContext) -> list[str]:
    lang = ctx.lang
    file = r.shown_file(lang) if isinstance(r, Invalid) else r.file
    out = ["", f"### {code(file)}: {t('verdict.' + r.verdict, lang)}", ""]
    if isinstance(r, Invalid):
        out += [f"| {t('label.line', lang)} | {t('md.problem', lang)} |", "|---|---|"]
        out += [f"| {e['line']}:{e['column']} | {cell(e['message'])} |" for e in r.errors(lang)]
        return out
    assert isinstance(r, Assessment)
    out += [
        f"| {t('md.rule', lang)} | {t('md.severity', lang)} | {t('label.basis', lang)} | "
        f"{t('label.line', lang)} | {t('md.what', lang)} | {t('label.remedy', lang)} | "
        f"{t('label.source', lang)} |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in r.findings:
        if f.status != "unmet" or f.severity == "advice":
            continue
        mark = "❌" if finding_fails(r, f, ctx.strict) else "⚠️"
        words = said(f, r, ctx.catalog, lang)
        out.append(
            f"| {mark} {f.rule} | {words.severity} | {cell(words.basis)} | {f.location.line} | "
            f"{cell(words.title)}: {cell(words.message)} | {cell(words.remedy)} | "
            f"{cell(words.source)} |"
        )
    return out


def heading(results: Sequence[Result], ctx: RenderContext) -> str:
    """The heading: the run's summary line, the date and --strict."""
    lang = ctx.lang
    c = counts(list(results))
    summary = t("summary.files", lang, **c)
    if c["concluded"]:
        summary += t("summary.files.concluded", lang, concluded=c["concluded"])
    return (
        f"## readiness: {summary}\n\n"
        f"{t('label.as_of', lang).capitalize()} {ctx.as_of.isoformat()}"
        + (f" · {t('md.strict', lang)}" if ctx.strict else "")
        + "\n\n"
    )


def render(results: Sequence[Result], ctx: RenderContext) -> str:
    lang = ctx.lang
    shown = [r for r in results if not ctx.quiet or isinstance(r, Invalid) or r.fails(ctx.strict)]
    lines = [
        heading(results, ctx).rstrip("\n"),
        "",
        f"| {t('md.file', lang)} | {t('md.initiative', lang)} | {t('label.gate', lang)} | "
        f"{t('md.verdict', lang)} | {t('md.missing', lang)} | {t('md.warnings', lang)} | "
        f"{t('md.errors', lang)} |",
        "|---|---|---|---|---:|---:|---:|",
    ]
    lines += [_row(r, ctx) for r in shown]
    for r in shown:
        if isinstance(r, Invalid) or r.fails(ctx.strict):
            lines += _details(r, ctx)
    return visible("\n".join(lines) + "\n")
