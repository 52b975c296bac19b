"""`readiness check PATH...`: assess initiative files against a gate.

Thin: paths → files are readiness/read/paths.py's, files → results readiness/assess/batch.py's,
the exit code readiness/assess/results.py's, the output the renderer's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import click

from readiness.assess.batch import Options, check_files
from readiness.assess.results import exit_code
from readiness.catalog.load import default_catalog
from readiness.cli import click_text as cli_text
from readiness.cli.shared import (
    as_of_option,
    call_option,
    echo_parts,
    force_option,
    gate_option,
    handle_errors,
    lang_option,
    render_context,
    to_date,
)
from readiness.output import prepare
from readiness.read.paths import expand_paths
from readiness.render import Format, format_names, renderer
from readiness.text import Lang, t


@click.command()
@click.argument("paths", nargs=-1, required=True)
@gate_option
@click.option(
    "--format",
    "fmt",
    type=cli_text.Choice(format_names()),
    default="text",
    show_default=True,
    help="Utdataformat: text, json, junit (CI-testrapport), sarif (kodeskanning), github "
    "(annotasjoner i GitHub Actions) eller markdown (kommentar på en pull request).",
)
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Skriv rapporten i valgt format til FILE; terminalen får fortsatt kortversjonen.",
)
@force_option
@lang_option
@as_of_option
@call_option
@click.option("--strict", is_flag=True, help="Feil (exit 1) også når en anbefaling ikke er fulgt.")
@click.option("--quiet", "-q", is_flag=True, help="Vis bare filer som ikke er klare, og feil.")
@click.option(
    "--jobs",
    "-j",
    type=cli_text.IntRange(min=0),
    metavar="N",
    default=0,
    show_default=True,
    help="Antall prosesser for store mengder filer (0 = automatisk, 1 = ingen parallellitet);"
    " høyst én per prosessorkjerne prosessen kan bruke, et større tall senkes til det.",
)
@handle_errors
def check(
    paths: tuple[str, ...],
    gate: str | None,
    fmt: str,
    output: str | None,
    force: bool,
    lang: Lang,
    as_of: dt.datetime | None,
    call_file: str | None,
    strict: bool,
    quiet: bool,
    jobs: int,
) -> int:
    """Vurder initiativfiler mot en port. PATH er filer, mapper (leses rekursivt: *.yaml,
    *.yml, *.json; skjulte mapper hoppes over), glob-mønstre eller - for stdin.

    Exit-koder: 0 alle klare/avsluttet, 1 noen ikke klare (med --strict også anbefalinger),
    2 ugyldig input, 3 intern feil. Den høyeste gjelder. Avbrutt med Ctrl+C: 130.
    """
    catalog = default_catalog(call_file)
    date = to_date(as_of)
    files = expand_paths(paths)
    # the report file is checked before any work: never one of the files read
    target = None
    if output is not None:
        inputs = [*files, call_file] if call_file else files
        target = prepare(output, option="-o", inputs=inputs, force=force)
    ctx = render_context(lang, date, catalog, strict=strict, quiet=quiet)
    options = Options(gate=gate, as_of=date, call_file=call_file)
    results = check_files(files, options, jobs=jobs, catalog=catalog)
    if output is None and fmt == Format.TEXT:
        # for people: each file's part written as soon as it is checked
        # (readiness/cli/shared.py, echo_parts), so a long run in a CI log or a terminal
        # shows its first files at once
        from readiness.render import text

        echo_parts(text.stream(results, ctx))
    elif output is None:
        # machine formats are written whole: a complete document, or nothing at all when the
        # run fails (exit 3, tests/test_batch.py). color=True: written as rendered (no
        # colours but for a terminal; control characters from files written visibly,
        # render.shown), so click's stripping, a regex over the whole output, is skipped.
        click.echo(renderer(Format(fmt))(results, ctx), nl=False, color=True)
    else:
        assert target is not None
        plain = dataclasses.replace(ctx, color=False)
        target.write(renderer(Format(fmt))(results, plain))
        short = dataclasses.replace(ctx, quiet=True)
        click.echo(renderer(Format.TEXT)(results, short), nl=False)
        click.echo(t("report.written", lang, fmt=fmt, path=output), err=True)
    return exit_code(results, strict)
