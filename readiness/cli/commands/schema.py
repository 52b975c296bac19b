"""`readiness schema`: print the initiative format's JSON Schema (for editors and validators)."""

from __future__ import annotations

import click

from readiness.cli.shared import handle_errors


@click.command()
@handle_errors
def schema() -> int:
    """Skriv ut JSON Schema for initiativfilen (samme som schema/initiative.schema.json).

    Gir autofullføring og forklaringer i editoren: start filen med
    `# yaml-language-server: $schema=<sti til initiative.schema.json>`.
    """
    from readiness.format.schema import schema_text

    click.echo(schema_text(), nl=False)
    return 0
