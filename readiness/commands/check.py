"""`readiness check FILE...`: assess initiative files against a gate."""

from __future__ import annotations

import datetime as dt

import click

from readiness.catalog import default_catalog
from readiness.cli import as_of_option, call_option, gate_option, handle_errors, lang_option, to_date
from readiness.render import Format, RenderContext, format_names, renderer
from readiness.results import check_file, exit_code


@click.command()
@click.argument("files", nargs=-1, required=True)
@gate_option
@click.option(
    "--format", "fmt", type=click.Choice(format_names()), default="text", show_default=True,
    help="Utdataformat.",
)
@lang_option
@as_of_option
@call_option
@click.option("--strict", is_flag=True, help="Feil (exit 1) også når en anbefaling ikke er fulgt.")
@click.option("--quiet", "-q", is_flag=True, help="Vis bare filer som ikke er klare, og feil.")
@handle_errors
def check(
    files: tuple[str, ...],
    gate: str | None,
    fmt: str,
    lang: str,
    as_of: dt.datetime | None,
    call_file: str | None,
    strict: bool,
    quiet: bool,
) -> int:
    """Vurder initiativfiler (FILE... eller - for stdin) mot en port.

    Exit-koder: 0 alle klare/avsluttet, 1 noen ikke klare (med --strict også anbefalinger),
    2 ugyldig input, 3 intern feil.
    """
    catalog = default_catalog(call_file)
    date = to_date(as_of)
    results = [check_file(f, catalog, gate=gate, as_of=date, lang=lang) for f in files]  # type: ignore[arg-type]
    ctx = RenderContext(
        lang=lang,  # type: ignore[arg-type]
        as_of=date,
        catalog=catalog,
        strict=strict,
        quiet=quiet,
        color=click.get_text_stream("stdout").isatty(),
    )
    click.echo(renderer(Format(fmt))(results, ctx), nl=False)
    return exit_code(results, strict)
