"""`readiness check PATH...`: assess initiative files against a gate.

Thin: paths → files are readiness/read/paths.py's, files → results readiness/assess/batch.py's,
the exit code readiness/assess/results.py's, the output the renderer's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Sequence

import click

from readiness.assess.batch import Options, check_files
from readiness.assess.results import Result, exit_code
from readiness.catalog.load import default_catalog
from readiness.cli import click_text as cli_text
from readiness.cli.settings import anchored, use_settings
from readiness.cli.shared import (
    as_of_option,
    call_option,
    color_option,
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
from readiness.render import Format, RenderContext, format_names, renderer
from readiness.text import Lang, t


@click.command()
@click.argument("paths", nargs=-1, required=True)
@gate_option
@click.option(
    "--format",
    "fmt",
    type=cli_text.Choice(format_names()),
    default=None,
    help="Utdataformat: text (standard; github i GitHub Actions), json, junit "
    "(CI-testrapport), sarif (kodeskanning), github (annotasjoner i GitHub Actions), gitlab "
    "(kodekvalitet i GitLab) eller markdown (kommentar på en pull request).",
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
@click.option(
    "--exclude",
    "exclude",
    multiple=True,
    metavar="MØNSTER",
    help="Utelat filer og mapper som en mappe eller et glob-mønster finner (et navn som "
    "arkiv, eller en sti som initiatives/maler/*.yaml); aldri en fil som er oppgitt ved navn. "
    "Erstatter exclude i innstillingene.",
)
@click.option(
    "--sarif-root",
    "sarif_root",
    type=click.Path(file_okay=False),
    default=None,
    metavar="MAPPE",
    help="Mappen stiene i SARIF, GitLab-rapporten og GitHub-annotasjonene er relative til "
    "(standard: toppen av git-repositoryet, ellers arbeidsmappen).",
)
@color_option
@handle_errors
@use_settings("gate", "strict", "lang", "format", "call", "jobs", "exclude")
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
    exclude: tuple[str, ...],
    sarif_root: str | None,
    color: str,
) -> int:
    """Vurder initiativfiler mot en port. PATH er filer, mapper (leses rekursivt: *.yaml,
    *.yml, *.json; skjulte mapper hoppes over), glob-mønstre eller - for stdin.

    Exit-koder: 0 alle klare/avsluttet, 1 noen ikke klare (med --strict også anbefalinger),
    2 ugyldig input, 3 intern feil. Den høyeste gjelder. Avbrutt med Ctrl+C: 130.
    """
    if fmt is None:  # neither --format nor the settings: GitHub Actions gets its annotations
        fmt = Format.GITHUB.value if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    catalog = default_catalog(call_file)
    date = to_date(as_of)
    cwd = os.getcwd()
    files = expand_paths(paths, [anchored(p, cwd) for p in exclude])
    # the report file is checked before any work: never one of the files read
    target = None
    if output is not None:
        inputs = [*files, call_file] if call_file else files
        target = prepare(output, option="-o", inputs=inputs, force=force)
    ctx = render_context(lang, date, catalog, strict=strict, quiet=quiet, color=color)
    if fmt in (Format.SARIF, Format.GITLAB, Format.GITHUB):
        ctx = dataclasses.replace(ctx, source_root=source_root(sarif_root))
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
        click.echo(renderer(Format.TEXT)(results, short), nl=False, color=True)
        click.echo(t("report.written", lang, fmt=fmt, path=output), err=True)
    if fmt == Format.GITHUB:
        step_summary(results, ctx)
    return exit_code(results, strict)


def source_root(given: str | None) -> str:
    """What SARIF, GitLab and GitHub annotation paths are relative to: ``--sarif-root``, else
    the top of the git repository around the working directory (GitHub and GitLab resolve
    paths from there), else the working directory. The top is found by looking for ``.git``
    (a directory, or the file of a worktree or submodule) upward, not by running git: CI
    images such as python:3.12-slim have none."""
    if given is not None:
        return os.path.abspath(given)
    here = os.getcwd()
    while True:
        if os.path.exists(os.path.join(here, ".git")):
            return here
        parent = os.path.dirname(here)
        if parent == here:
            return os.getcwd()
        here = parent


# GitHub takes at most 1 MiB of summary per step and drops a larger one whole.
SUMMARY_LIMIT = 1024 * 1024


def step_summary(results: Sequence[Result], ctx: RenderContext) -> None:
    """In GitHub Actions, the run as Markdown in the job's summary ($GITHUB_STEP_SUMMARY),
    appended as GitHub asks: the table of files that are not ready or invalid, with what is
    missing; only the heading if that would pass GitHub's limit."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    from readiness.output import append_file
    from readiness.render import markdown

    text = markdown.render(results, dataclasses.replace(ctx, quiet=True, color=False))
    if len(text.encode("utf-8")) > SUMMARY_LIMIT:
        text = markdown.heading(results, ctx) + t("summary.too_long", ctx.lang) + "\n"
    append_file(path, text, option="GITHUB_STEP_SUMMARY")
