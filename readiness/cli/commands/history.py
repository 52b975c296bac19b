"""`readiness history FILE [--format text|json|svg|html]`: the file's readiness at each commit
that changed it (following renames), for a steering group that wants to see how far it has
come.

Thin: the commits and their versions are readiness/explore/history.py's (git through
readiness/read/git.py), the output readiness/render/history.py's, the file readiness/output.py's.
A file outside a git repository, or never committed, is exit 2 with a message that says so."""

from __future__ import annotations

import datetime as dt

import click

from readiness.catalog.load import default_catalog
from readiness.cli import click_text as cli_text
from readiness.cli.shared import (
    IsoDate,
    call_option,
    force_option,
    gate_option,
    handle_errors,
    lang_option,
)
from readiness.explore.history import MAX_POINTS, file_history
from readiness.output import prepare
from readiness.text import Lang, t


@click.command()
@click.argument("file")
@click.option(
    "--format",
    "fmt",
    type=cli_text.Choice(["text", "json", "svg", "html"]),
    default="text",
    show_default=True,
    help="Utdataformat: text, json, svg (diagrammet) eller html (en side med diagrammet og "
    "tabellen).",
)
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Skriv historikken til FILE i stedet for standard ut.",
)
@force_option
@gate_option
@lang_option
@click.option(
    "--as-of",
    "as_of",
    type=IsoDate(),
    default=None,
    metavar="ÅÅÅÅ-MM-DD",
    help="Vurder hver versjon per denne datoen (standard: datoen til versjonens commit).",
)
@call_option
@click.option(
    "--max-count",
    "-n",
    "max_count",
    type=cli_text.IntRange(min=1),
    metavar="N",
    default=MAX_POINTS,
    show_default=True,
    help="Høyst så mange commits (de nyeste).",
)
@handle_errors
def history(
    file: str,
    fmt: str,
    output: str | None,
    force: bool,
    gate: str | None,
    lang: Lang,
    as_of: dt.datetime | None,
    call_file: str | None,
    max_count: int,
) -> int:
    """Utviklingen over tid: klarheten til FILE ved hver commit som endret den (også under et
    tidligere navn), lest med git. Hvert punkt viser commit, dato, emnelinje, port, utfall,
    manglende forutsetninger og antall; aldri forfatterens navn eller e-postadresse.

    Diagrammet (svg, eller html med diagrammet i siden) viser oppfylte regler over tid per
    port, med endringer av utfall og port merket så de leses uten farger. Exit-koder: 0
    historikken er laget, 2 filen er ikke i et git-depot, er aldri committet, eller annen
    ugyldig bruk, 3 intern feil.
    """
    inputs = [file, call_file] if call_file else [file]
    target = None if output is None else prepare(output, option="-o", inputs=inputs, force=force)
    catalog = default_catalog(call_file)
    h = file_history(
        file,
        catalog,
        gate=gate,
        as_of=as_of.date() if as_of else None,
        max_count=max_count,
    )
    from readiness.render.history import render

    content = render(h, catalog, fmt, lang)
    if target is None:
        click.echo(content, nl=False)
    else:
        target.write(content)
        click.echo(t("history.written", lang, fmt=fmt, path=output), err=True)
    return 0
