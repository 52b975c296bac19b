"""`readiness plan FILE`: the ordered next steps to readiness for a gate."""

from __future__ import annotations

import datetime as dt

import click

from readiness.assess.results import EXIT_NOT_READY, EXIT_OK
from readiness.catalog.load import default_catalog
from readiness.cli.settings import use_settings
from readiness.cli.shared import (
    as_of_option,
    call_option,
    color_option,
    format_option,
    gate_option,
    handle_errors,
    lang_option,
    render_context,
    to_date,
)
from readiness.explore.plan import build_plan
from readiness.format.load import load_file
from readiness.render import plan as render_plan
from readiness.text import Lang


@click.command()
@click.argument("file", metavar="FIL")
@gate_option
@format_option("text", "json")
@lang_option
@as_of_option
@call_option
@color_option
@handle_errors
@use_settings("gate", "lang", "call")
def plan(
    file: str,
    gate: str | None,
    fmt: str,
    lang: Lang,
    as_of: dt.datetime | None,
    call_file: str | None,
    color: str,
) -> int:
    """Neste steg: hva som gjenstår før FIL er klar for porten, i rekkefølgen fra idéfaseheftet
    (sjekklisten i 1.13, fasetabellen i 1.5). Påkrevde steg først, så anbefalte; råd er utelatt.

    Exit-koder: 0 klar (eller avsluttet), 1 ikke klar, 2 ugyldig input.
    """
    catalog = default_catalog(call_file)
    date = to_date(as_of)
    result = build_plan(load_file(file, catalog), catalog, gate=gate, as_of=date)
    ctx = render_context(lang, date, catalog, color=color)
    out = render_plan.json_doc(result, ctx) if fmt == "json" else render_plan.text(result, ctx)
    click.echo(out, nl=False, color=True)  # coloured only as --color says (render_context)
    return EXIT_NOT_READY if result.assessment.fails() else EXIT_OK
