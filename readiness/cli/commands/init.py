"""`readiness init`: write a new initiative file to start from."""

from __future__ import annotations

from pathlib import Path

import click

from readiness.assess.results import EXIT_OK
from readiness.catalog.load import default_catalog
from readiness.cli import click_text as cli_text
from readiness.cli.shared import force_option, handle_errors, lang_option
from readiness.errors import UsageError
from readiness.format.template import PHASES, initiative_template, schema_ref
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
def init(phase: str, out: str | None, force: bool, lang: Lang) -> int:
    """Lag en ny initiativfil: alle nøkler for fasen, hver med en kort forklaring og
    avsnittet i idéfaseheftet som ber om den. Senere faser står kommentert ut."""
    catalog = default_catalog()
    if out is None:
        click.echo(initiative_template(phase, catalog, schema_ref(Path.cwd()), lang), nl=False)  # type: ignore[arg-type]
        return EXIT_OK
    target = Path(out)
    if target.suffix.lower() not in (".yaml", ".yml"):
        raise UsageError("init.ext", out=out)
    text = initiative_template(phase, catalog, schema_ref(target.parent), lang)  # type: ignore[arg-type]
    write_output(out, text, option="-o", force=force)
    click.echo(t("init.written", lang, out=out), err=True)
    return EXIT_OK
