"""`readiness rules`: list the rule catalog (all rules, or one gate's)."""

from __future__ import annotations

import click

from readiness.catalog.load import default_catalog
from readiness.cli.settings import use_settings
from readiness.cli.shared import (
    call_option,
    format_option,
    gate_filter_option,
    handle_errors,
    lang_option,
)
from readiness.text import Lang


@click.command()
@gate_filter_option
@format_option("text", "json", "markdown")
@lang_option
@call_option
@handle_errors
@use_settings("lang", "call")
def rules(gate: str | None, fmt: str, lang: Lang, call_file: str | None) -> int:
    """Vis regelkatalogen: id, alvorlighet, navn, porter og krav (--gate: bare én port)."""
    from readiness.render.catalog_docs import render_rules

    catalog = default_catalog(call_file)
    selected = [r for r in catalog.rules if gate is None or gate in r.gates]
    click.echo(render_rules(selected, catalog, fmt, lang, gate), nl=False)
    return 0
