"""`readiness overview PATH... [-o FILE] [--format html|csv|md|json]`: many initiative files
side by side, for the people who compare them (a county's applications, every initiative in
the country).

Thin: paths → files are readiness/read/paths.py's, files → results readiness/assess/batch.py's
(a process pool for many), results → the overview readiness/explore/overview.py's, the output
readiness/render/overview.py's, the file readiness/output.py's. An invalid file is a row with
its errors. The exit code is 0 when the overview was made, whatever the files' verdicts (they
are in it; `readiness check` is the gate for scripts)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from readiness.assess.batch import Options, check_files
from readiness.catalog.load import default_catalog
from readiness.cli import click_text as cli_text
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
from readiness.explore.overview import build_overview
from readiness.output import prepare
from readiness.read.paths import expand_paths
from readiness.text import Lang, t

FORMATS = ("html", "csv", "md", "json")
EXTENSIONS = {".html": "html", ".htm": "html", ".csv": "csv", ".md": "md", ".json": "json"}


def output_format(output: str | None, fmt: str | None) -> str:
    """The format: --format's, else the extension of -o's, else HTML."""
    if output is None:
        return fmt or "html"
    ext = Path(output).suffix.lower()
    chosen = EXTENSIONS.get(ext)
    if fmt is None:
        if chosen is None:
            raise UsageError("overview.usage.extension", ext=ext or output)
        return chosen
    if chosen is not None and chosen != fmt:
        raise UsageError("overview.usage.format_conflict", fmt=fmt, path=output)
    return fmt


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Skriv oversikten til FILE (formatet følger filendelsen: .html, .csv, .md, .json).",
)
@force_option
@click.option(
    "--format",
    "fmt",
    type=cli_text.Choice(list(FORMATS)),
    default=None,
    help="Utdataformat: html (en side som sorterer, filtrerer og skrives ut), csv (for Excel), "
    "md (for en sak eller en pull request) eller json (standard: html, eller filendelsen til -o).",
)
@gate_option
@lang_option
@as_of_option
@call_option
@click.option(
    "--jobs",
    "-j",
    type=cli_text.IntRange(min=0),
    metavar="N",
    default=0,
    show_default=True,
    help="Antall prosesser for store mengder filer (0 = automatisk, 1 = ingen parallellitet);"
    " høyst én per prosessorkjerne prosessen kan bruke, et større tall senkes til det.",
)
@handle_errors
def overview(
    paths: tuple[str, ...],
    output: str | None,
    force: bool,
    fmt: str | None,
    gate: str | None,
    lang: Lang,
    as_of: dt.datetime | None,
    call_file: str | None,
    jobs: int,
) -> int:
    """Oversikt over mange initiativfiler: én rad per fil (fase, port, utfall, manglende
    forutsetninger, anbefalinger og råd, søknadsfrist og beløp mot utlysningens grense) og én
    kolonne per regel i portene, gruppert etter sjekklisten (idefase 1.13) og avklaringene
    (1.5). PATH er filer, mapper eller glob-mønstre, som for check.

    HTML-siden er selvstendig (ingen nettverk), sorterer, filtrerer og kan skrives ut. CSV-en
    åpnes som kolonner i norsk Excel (UTF-8 med BOM, semikolon). En ugyldig fil er en rad med
    feilen. Exit-koder: 0 oversikten er laget, 2 ugyldig bruk, 3 intern feil.
    """
    chosen = output_format(output, fmt)
    catalog = default_catalog(call_file)
    date = to_date(as_of)
    files = expand_paths(paths)
    target = None
    if output is not None:
        inputs = [*files, call_file] if call_file else files
        target = prepare(output, option="-o", inputs=inputs, force=force)
    results = check_files(files, Options(gate=gate, as_of=date, call_file=call_file), jobs=jobs)
    from readiness.render.overview import render

    content = render(build_overview(list(results), catalog, date), catalog, chosen, lang)
    if target is None:
        click.echo(content, nl=False)
    else:
        target.write(content)
        click.echo(t("overview.written", lang, fmt=chosen, path=output), err=True)
    return 0
