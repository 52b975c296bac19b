"""`readiness report FILE [-o OUT]`: the readiness report for the application, one document.

Thin: load and assess like `check`, render with readiness/render/report/document.py, write. The
format comes from the extension of -o (.html, .md, .pdf); without -o the report goes to stdout as
HTML, or Markdown with --format md. With --history the report has a section on the file's progress
over its commits (readiness/render/history.py) when the file is in a git repository. The exit code
is 0 when the report was made, whatever the verdict (the verdict is in the report; `readiness
check` is the gate for scripts)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from readiness.assess.assessment import assess
from readiness.catalog.load import default_catalog
from readiness.cli import click_text as cli_text
from readiness.cli.settings import use_settings
from readiness.cli.shared import (
    as_of_option,
    call_option,
    force_option,
    gate_option,
    handle_errors,
    lang_option,
    to_date,
)
from readiness.errors import UsageError
from readiness.format.load import load_file
from readiness.output import prepare
from readiness.render import shown
from readiness.render.report.document import EXTENSIONS, ReportFormat, render_report
from readiness.text import Lang, t

if TYPE_CHECKING:
    from readiness.catalog.records import Catalog
    from readiness.render.history import ReportHistory


def output_format(output: str | None, fmt: str | None) -> ReportFormat:
    if output is None:
        return ReportFormat(fmt or "html")
    ext = Path(output).suffix.lower()
    if ext not in EXTENSIONS:
        raise UsageError("report.usage.extension", ext=ext or output)
    chosen = EXTENSIONS[ext]
    if fmt is not None and ReportFormat(fmt) is not chosen:
        raise UsageError("report.usage.format_conflict", fmt=fmt, path=output)
    return chosen


def _history(file: str, catalog: Catalog, gate: str | None, lang: Lang) -> ReportHistory | None:
    """The report's section on the progress over time; None, with a note on stderr, when the
    file has no history in git (outside a repository, never committed, no git)."""
    from readiness.explore.history import file_history
    from readiness.render.history import report_section

    try:
        h = file_history(file, catalog, gate=gate)
    except UsageError as exc:
        click.echo(shown(t("history.report.without", lang, reason=exc.message(lang))), err=True)
        return None
    return report_section(h, catalog, lang)


@click.command()
@click.argument("file", metavar="FIL")
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Skriv rapporten til FILE; filendelsen velger formatet: .html, .md eller .pdf "
    "(PDF krever Chromium).",
)
@force_option
@click.option(
    "--format",
    "fmt",
    type=cli_text.Choice(["html", "md"]),
    default=None,
    help="Format på standard ut når -o ikke er gitt (standard: html).",
)
@gate_option
@lang_option
@as_of_option
@call_option
@click.option(
    "--history",
    "with_history",
    is_flag=True,
    help="Ta med utviklingen over tid (readiness history) når filen er i et git-depot.",
)
@handle_errors
@use_settings("gate", "lang", "call")
def report(
    file: str,
    output: str | None,
    force: bool,
    fmt: str | None,
    gate: str | None,
    lang: Lang,
    as_of: dt.datetime | None,
    call_file: str | None,
    with_history: bool,
) -> int:
    """Lag klarhetsrapporten for søknaden til Statsforvalteren (HTML, Markdown eller PDF).

    Rapporten viser initiativet, utfallet, partene, sjekklisten (idéfaseheftet, pkt. 1.13)
    eller avklaringene (pkt. 1.5) med bevis fra filen, manglende forutsetninger med tiltak,
    aksepterte avvik og søknaden; med --history også utviklingen over tid. Exit-koder: 0
    rapporten er laget, 2 ugyldig input, 3 intern feil.
    """
    chosen = output_format(output, fmt)
    inputs = [file, call_file] if call_file else [file]
    target = None if output is None else prepare(output, option="-o", inputs=inputs, force=force)
    catalog = default_catalog(call_file)
    loaded = load_file(file, catalog)
    assessment = assess(loaded, catalog, gate=gate, as_of=to_date(as_of))
    history = _history(file, catalog, gate, lang) if with_history else None
    content = render_report(assessment, loaded, catalog, chosen, lang, history=history)
    if target is None:
        click.echo(content, nl=False)
    else:
        target.write(content)
        click.echo(t("report.written", lang, fmt=chosen.value, path=output), err=True)
    return 0
