"""`readiness init`: write a new initiative file to start from."""

from __future__ import annotations

import os
from pathlib import Path

import click

from readiness.assess.results import EXIT_OK
from readiness.catalog.load import default_catalog
from readiness.cli import click_text as cli_text
from readiness.cli.settings import use_settings
from readiness.cli.shared import force_option, handle_errors, lang_option
from readiness.errors import UsageError
from readiness.format.template import (
    PHASES,
    SCHEMA_FILE,
    find_schema,
    initiative_template,
    schema_ref,
)
from readiness.output import write_output
from readiness.text import Lang, t


@click.command()
@click.option(
    "--phase",
    type=cli_text.Choice(PHASES),
    default="idea",
    show_default=True,
    help="Fasen initiativet er i: idea (idéfase), pre_project (forprosjekt), "
    "establishment (etablering).",
)
@click.option(
    "-o",
    "--output",
    "out",
    default=None,
    metavar="FIL",
    help="Skriv til FIL (.yaml) i stedet for standard ut.",
)
@force_option
@lang_option
@handle_errors
@use_settings("lang")
def init(phase: str, out: str | None, force: bool, lang: Lang) -> int:
    """Lag en ny initiativfil: alle nøkler for fasen, hver med en kort forklaring og
    avsnittet i idéfaseheftet som ber om den. Senere faser står kommentert ut."""
    catalog = default_catalog()
    if out is None:
        schema = find_schema(Path.cwd())
        text = initiative_template(phase, catalog, schema_ref(Path.cwd(), schema), lang)  # type: ignore[arg-type]
        click.echo(text, nl=False)
        if schema is None:  # the modeline points beside the file: say how to put it there
            click.echo(t("init.schema_missing", lang, schema=SCHEMA_FILE), err=True)
        return EXIT_OK
    target = Path(out)
    if target.suffix.lower() not in (".yaml", ".yml"):
        raise UsageError("init.ext", out=out)
    folder = target.parent
    schema = find_schema(folder)
    text = initiative_template(phase, catalog, schema_ref(folder, schema), lang)  # type: ignore[arg-type]
    write_output(out, text, option="-o", force=force)
    click.echo(t("init.written", lang, out=out), err=True)
    if schema is None:
        # the editor reads the schema from beside the file: a plain `pip install` (pre-commit's
        # environment is one) has no schema/ folder to point at
        from readiness.format.schema import schema_text

        beside = folder / SCHEMA_FILE
        write_output(str(beside), schema_text(), option="-o")
        click.echo(t("init.schema_written", lang, schema=str(beside)), err=True)
    else:
        shown = os.path.relpath(schema)
        click.echo(t("init.schema_used", lang, schema=shown), err=True)
    return EXIT_OK
