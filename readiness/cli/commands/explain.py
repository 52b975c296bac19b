"""`readiness explain ID`: one rule's full documentation."""

from __future__ import annotations

import difflib
import re

import click

from readiness.catalog.load import default_catalog
from readiness.catalog.records import Catalog, Rule
from readiness.cli.settings import use_settings
from readiness.cli.shared import call_option, format_option, handle_errors, lang_option
from readiness.errors import UsageError
from readiness.text import Lang


def find_rule(catalog: Catalog, key: str) -> Rule:
    """A rule by id (any case: ide-05) or by name (agreement.binding_intent)."""
    wanted = key.strip()
    m = re.fullmatch(r"([A-Za-z]{3})-?(\d{1,2})", wanted)
    rule_id = f"{m.group(1).upper()}-{int(m.group(2)):02d}" if m else wanted.upper()
    for r in catalog.rules:
        if r.id == rule_id or r.name == wanted:
            return r
    close = difflib.get_close_matches(wanted.upper(), catalog.ids, n=1, cutoff=0.5)
    if not close:
        names = {r.name: r.id for r in catalog.rules}
        close = [names[n] for n in difflib.get_close_matches(wanted, list(names), n=1)]
    known = ", ".join(catalog.ids)
    if close:
        raise UsageError("usage.unknown_rule.close", rule=key, close=close[0], known=known)
    raise UsageError("usage.unknown_rule", rule=key, known=known)


@click.command()
@click.argument("rule_id", metavar="ID")
@format_option("text", "json", "markdown")
@lang_option
@call_option
@handle_errors
@use_settings("lang", "call")
def explain(rule_id: str, fmt: str, lang: Lang, call_file: str | None) -> int:
    """Forklar en regel: kravet, når det er oppfylt, hvorfor (kilde og sitat), hva dere gjør,
    om den kan fravikes, porter, alvorlighet og sti i filen."""
    from readiness.render.catalog_docs import render_explain

    catalog = default_catalog(call_file)
    rule = find_rule(catalog, rule_id)
    click.echo(render_explain(rule, catalog, lang, fmt), nl=False)
    return 0
