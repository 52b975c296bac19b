"""`readiness whatif FILE --set PATH=VALUE ...`: would the initiative be ready if ...?"""

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
    force_option,
    format_option,
    gate_option,
    handle_errors,
    lang_option,
    render_context,
    to_date,
)
from readiness.errors import UsageError
from readiness.explore.whatif import check_target, parse_set, parse_unset, what_if, write_changed
from readiness.format.load import load_file
from readiness.render import changes
from readiness.text import Lang, t


@click.command()
@click.argument("file", metavar="FIL")
@click.option(
    "--set",
    "sets",
    multiple=True,
    metavar="STI=VERDI",
    help="Sett en nøkkel, f.eks. agreement.status=signed eller "
    "parties[siljan].leadership.level=committed (verdien er YAML).",
)
@click.option("--unset", "unsets", multiple=True, metavar="STI", help="Fjern en nøkkel.")
@gate_option
@format_option("text", "json")
@lang_option
@as_of_option
@call_option
@click.option(
    "--write",
    "out",
    default=None,
    metavar="UTFIL",
    help="Skriv det endrede initiativet til en ny fil (kommentarer og rekkefølge beholdes).",
)
@force_option
@color_option
@handle_errors
@use_settings("gate", "lang", "call")
def whatif(
    file: str,
    sets: tuple[str, ...],
    unsets: tuple[str, ...],
    gate: str | None,
    fmt: str,
    lang: Lang,
    as_of: dt.datetime | None,
    call_file: str | None,
    out: str | None,
    force: bool,
    color: str,
) -> int:
    """Hva om? Vurder FIL med endringer, uten å endre filen: utfall før → etter, funn som
    blir løst, nye funn og uendrede funn.

    Exit-koder: 0 klar etter endringene, 1 ikke klar, 2 ugyldig input eller endring.
    """
    if not sets and not unsets:
        raise UsageError("whatif.no_edits")
    edits = [parse_set(s) for s in sets] + [parse_unset(u) for u in unsets]
    if out:
        check_target(file, out, force=force, call_file=call_file)
    catalog = default_catalog(call_file)
    date = to_date(as_of)
    loaded = load_file(file, catalog)
    result = what_if(loaded, edits, catalog, gate=gate, as_of=date)
    ctx = render_context(lang, date, catalog, color=color)
    if fmt == "json":
        body = {
            "file": result.file,
            "edits": [e.to_dict() for e in result.edits],
            **changes.comparison_dict(result.comparison, ctx),
        }
        click.echo(changes.json_doc(body, ctx), nl=False)
    else:
        heading = f"{file}: {t('whatif.heading', lang)}: " + " ".join(e.describe() for e in edits)
        click.echo(changes.text(result.comparison, ctx, heading), nl=False, color=True)
    if out:
        write_changed(result, out, force=force, call_file=call_file)
        click.echo(t("whatif.written", lang, out=out, file=file), err=True)
    return EXIT_NOT_READY if result.comparison.after.fails() else EXIT_OK
