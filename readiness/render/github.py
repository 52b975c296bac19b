"""``--format github``: GitHub Actions workflow commands, shown as annotations on the lines.

``::error file=F,line=L,col=C,title=T::MESSAGE`` per finding that is not met, F being the file's
path from the repository's top (``RenderContext.source_root``), as GitHub places annotations
whatever folder the step ran in (readiness/render/source.py): an unmet rule
that makes the file fail is an ``error`` (required; recommended with --strict), another unmet
recommended rule a ``warning``, advice a ``notice``. Invalid files give one ``error`` per
problem. Each file with annotations, or that is not ready, is a ``::group::`` of the log
titled with the file and its verdict (as yamllint writes it); a file that is ready with
nothing to say is left out. Values are escaped as GitHub's toolkit does
(``escapeData``/``escapeProperty``): ``%``, ``\\r``, ``\\n`` everywhere, and ``:`` and ``,``
in properties too. The summary line ends the output as plain log text.

GitHub makes annotations of at most 10 errors, 10 warnings and 10 notices per step (the rest
stay in the log only); SARIF is the way past that (docs/ci.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from readiness.assess.results import Invalid, Result, counts, finding_fails
from readiness.render import RenderContext, shown
from readiness.render.source import shown_path
from readiness.render.words import said
from readiness.text import t


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props: object) -> str:
    """One workflow command, e.g. ``::error file=a.yaml,line=3::text``."""
    shown = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    return f"::{level} {shown}::{escape_data(message)}"


def _annotations(r: Result, ctx: RenderContext) -> list[str]:
    """The workflow commands of one file's result."""
    lang, root = ctx.lang, ctx.source_root
    if isinstance(r, Invalid):
        return [
            command(
                "error",
                e["message"],
                file=shown_path(r.shown_file(lang), root),
                line=e["line"],
                col=e["column"],
                title=f"readiness: {t('verdict.invalid', lang)}",
            )
            for e in r.errors(lang)
        ]
    lines: list[str] = []
    for f in r.findings:
        if f.status != "unmet":
            continue
        if finding_fails(r, f, ctx.strict):
            level = "error"
        elif f.severity == "advice" or r.verdict == "concluded":
            level = "notice"
        else:
            level = "warning"
        words = said(f, r, ctx.catalog, lang)
        message = words.message
        if words.remedy:
            message += f"\n{t('label.remedy', lang)}: {words.remedy}"
        message += f"\n{words.weight} · {t('label.source', lang)}: {words.source}"
        lines.append(
            command(
                level,
                message,
                file=shown_path(r.file, root),
                line=f.location.line,
                col=f.location.column,
                title=f"{f.rule} {words.title}",
            )
        )
    return lines


def render(results: Sequence[Result], ctx: RenderContext) -> str:
    lang = ctx.lang
    lines: list[str] = []
    for r in results:
        annotations = _annotations(r, ctx)
        if not annotations and not r.fails(ctx.strict):
            continue
        file = r.shown_file(lang) if isinstance(r, Invalid) else r.file
        lines.append(f"::group::{escape_data(f'{file}: ' + t('verdict.' + r.verdict, lang))}")
        lines += annotations
        lines.append("::endgroup::")
    c = counts(list(results))
    summary = t("summary.files", lang, **c)
    if c["concluded"]:
        summary += t("summary.files.concluded", lang, concluded=c["concluded"])
    lines.append(summary)
    return shown("\n".join(lines) + "\n")
