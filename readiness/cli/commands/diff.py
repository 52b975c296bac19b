"""`readiness diff OLD NEW`: what a change to an initiative file does to its readiness."""

from __future__ import annotations

import datetime as dt

import click

from readiness.assess.results import EXIT_NOT_READY, EXIT_OK
from readiness.catalog.load import default_catalog
from readiness.cli import click_text as cli_text
from readiness.cli.settings import use_settings
from readiness.cli.shared import (
    as_of_option,
    call_option,
    color_option,
    gate_option,
    handle_errors,
    lang_option,
    render_context,
    to_date,
)
from readiness.explore.diff import diff_files
from readiness.render import changes
from readiness.text import Lang, t


@click.command()
@click.argument("old", metavar="GAMMEL")
@click.argument("new", metavar="NY")
@gate_option
@click.option(
    "--format",
    "fmt",
    type=cli_text.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="Utdataformat (markdown: for en kommentar i en pull request).",
)
@lang_option
@as_of_option
@call_option
@color_option
@handle_errors
@use_settings("gate", "lang", "call")
def diff(
    old: str,
    new: str,
    gate: str | None,
    fmt: str,
    lang: Lang,
    as_of: dt.datetime | None,
    call_file: str | None,
    color: str,
) -> int:
    """Hva endret seg i vurderingen fra GAMMEL til NY (to versjoner av samme fil): utfall før →
    etter, funn som er løst, nye funn. Begge vurderes mot porten for fasen til NY.

    Exit-koder: 0 ingen forverring, 1 forverret (dårligere utfall eller en ny manglende
    forutsetning), 2 ugyldig input.
    """
    catalog = default_catalog(call_file)
    date = to_date(as_of)
    c = diff_files(old, new, catalog, gate=gate, as_of=date)
    ctx = render_context(lang, date, catalog, color=color)
    heading = f"{t('diff.heading', lang)}: {old} → {new}"
    if fmt == "json":
        body = {"old": old, "new": new, **changes.comparison_dict(c, ctx)}
        click.echo(changes.json_doc(body, ctx), nl=False)
    elif fmt == "markdown":
        click.echo(changes.markdown(c, ctx, heading), nl=False)
    else:
        click.echo(changes.text(c, ctx, heading), nl=False, color=True)
    return EXIT_NOT_READY if c.worse else EXIT_OK
