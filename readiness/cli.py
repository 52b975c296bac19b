"""The command line: parses, dispatches, maps errors to exit codes. Nothing else.

Commands live in readiness/commands/, one module each, imported only when called (start-up
stays fast: `readiness check` does not import the web server or the report templates).
"""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import gc
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

from readiness import __version__, cli_text
from readiness.errors import CatalogError, EngineError, InputError, UsageError
from readiness.i18n import Lang, t
from readiness.render import shown
from readiness.results import EXIT_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED

if TYPE_CHECKING:
    from readiness.catalog import Catalog
    from readiness.render import RenderContext

F = TypeVar("F", bound=Callable[..., Any])


# At exit, CPython's finalisation runs full garbage collections over every object still alive
# (modules, the catalog, the format's validator: tens of thousands of objects), a noticeable
# part of a cold `readiness check`, only to free memory the process is about to give back. The
# collector skips frozen objects; everything else about exiting is unchanged (exit handlers
# run, stdout and stderr are flushed, modules are torn down).
atexit.register(gc.freeze)

# name → "module:function"; each command module owns its options.
COMMANDS: dict[str, str] = {
    "check": "readiness.commands.check:check",
    "whatif": "readiness.commands.whatif:whatif",
    "plan": "readiness.commands.plan:plan",
    "diff": "readiness.commands.diff:diff",
    "init": "readiness.commands.init:init",
    "serve": "readiness.commands.serve:serve",
    "report": "readiness.commands.report:report",
    "rules": "readiness.commands.rules:rules",
    "explain": "readiness.commands.explain:explain",
    "schema": "readiness.commands.schema:schema",
}


class LazyGroup(click.Group):
    """The command group: commands imported when called; click's usage errors and help page
    in the user's language (readiness/cli_text.py)."""

    context_class = cli_text.Context

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        command: click.Command = getattr(importlib.import_module(module), attr)
        command.context_class = cli_text.Context
        command.options_metavar = cli_text.options_metavar()
        cli_text.localize(command, name)
        return command

    def main(self, args: Sequence[str] | None = None, *a: Any, **kw: Any) -> Any:
        cli_text.set_language(sys.argv[1:] if args is None else list(args))
        self.options_metavar = cli_text.options_metavar()
        cli_text.localize(self, None)
        return super().main(args, *a, **kw)

    def make_context(self, *a: Any, **kw: Any) -> click.Context:
        try:
            return super().make_context(*a, **kw)
        except click.UsageError as exc:
            raise cli_text.translated(exc) from None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name not in COMMANDS and not name.startswith("-") and not ctx.resilient_parsing:
            raise cli_text.translated(cli_text.NoSuchCommand(name, sorted(COMMANDS), ctx))
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:  # parsing the command's own arguments
            raise cli_text.translated(exc) from None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="readiness")
def main() -> None:
    """readiness: er FACT Ung-initiativet klart for neste port?

    Vurderer en initiativfil (YAML/JSON) mot regelkatalogen og sier hva som mangler, hvorfor,
    hvor i filen, og hva dere gjør nå. Se `readiness COMMAND --help`.
    """


# -- shared options ----------------------------------------------------------------------------
def lang_option(f: F) -> F:
    return click.option(
        "--lang",
        type=cli_text.Choice(["nb", "en"]),
        default="nb",
        envvar="READINESS_LANG",
        show_default=True,
        help="Språk for utdata: nb (bokmål) eller en (English).",
    )(f)


def gate_option(f: F) -> F:
    return click.option(
        "--gate",
        type=cli_text.Choice(["preproject", "establishment", "operation"]),
        default=None,
        help="Porten det vurderes mot (standard: porten for initiative.phase).",
    )(f)


class IsoDate(click.DateTime):
    """``click.DateTime(formats=["%Y-%m-%d"])`` that reads a well-formed date without
    ``strptime`` (importing _strptime and compiling its regexes costs a cold start ~4 ms);
    anything else goes to click, which gives the same result or the same error."""

    def __init__(self) -> None:
        super().__init__(formats=["%Y-%m-%d"])

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if (
            isinstance(value, str)
            and value.isascii()
            and len(value) == 10
            and value[4] == value[7] == "-"
            and (value[:4] + value[5:7] + value[8:]).isdigit()
        ):
            try:
                return dt.datetime(int(value[:4]), int(value[5:7]), int(value[8:]))
            except ValueError:
                pass  # no such day (2026-02-30): refused below, with the date named
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter as exc:
            raise cli_text.BadValue(
                exc.message, ctx, param, value=value, key="cli.bad_date"
            ) from None


def as_of_option(f: F) -> F:
    return click.option(
        "--as-of",
        "as_of",
        type=IsoDate(),
        default=None,
        metavar="ÅÅÅÅ-MM-DD",
        help="Vurderingsdato, ÅÅÅÅ-MM-DD (standard: i dag).",
    )(f)


def call_option(f: F) -> F:
    return click.option(
        "--call",
        "call_file",
        type=cli_text.Path(exists=True, dir_okay=False),
        default=None,
        help="Utlysningens parametre (beløpsgrenser, år) fra en annen fil enn rules/call.yaml.",
    )(f)


def force_option(f: F) -> F:
    """``--force``: the one overwrite policy of every file a command writes
    (readiness/output.py): an existing regular file is replaced only with it."""
    return click.option(
        "--force",
        is_flag=True,
        help="Skriv over en fil som finnes (aldri en av filene som leses).",
    )(f)


def format_option(*choices: str) -> Callable[[F], F]:
    """``--format`` with the command's formats; the first one is the default."""

    def decorate(f: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=cli_text.Choice(list(choices)),
            default=choices[0],
            show_default=True,
            help="Utdataformat.",
        )(f)

    return decorate


def to_date(value: dt.datetime | None) -> dt.date:
    return value.date() if value else dt.date.today()


def render_context(
    lang: Lang, as_of: dt.date, catalog: Catalog, *, strict: bool = False, quiet: bool = False
) -> RenderContext:
    """How a command renders for this run: in colour when stdout is a terminal."""
    from readiness.render import RenderContext

    return RenderContext(
        lang=lang,
        as_of=as_of,
        catalog=catalog,
        strict=strict,
        quiet=quiet,
        color=sys.stdout.isatty(),
    )


def echo_parts(parts: Iterator[str]) -> None:
    """Write an output to stdout part by part, as a streaming renderer makes it: each part
    with ``click.echo`` as it comes (color=True: written as rendered; the renderers colour
    only for a terminal, and write control characters from files visibly, render.shown, so
    click's stripping would find nothing).

    If the reader goes away (``readiness check . | head``), nothing more is written, and the
    parts are still gone through to the end, so the run checks every file and its exit code
    is the one a reader that reads everything gets. (stdout then leads to /dev/null: Python
    would report the closed pipe again when it flushes stdout at exit.)"""
    try:
        for part in parts:
            click.echo(part, nl=False, color=True)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        for _ in parts:
            pass


def handle_errors(f: F) -> F:
    """Map the project's errors to messages and exit codes; never show a traceback. A
    message quotes what the file or the command line says: written out (render.shown)."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        lang: Lang = "en" if kwargs.get("lang") == "en" else "nb"
        try:
            code = f(*args, **kwargs)
        except InputError as exc:
            for line in exc.lines(lang):
                click.echo(shown(line), err=True)
            sys.exit(EXIT_INPUT)
        except UsageError as exc:
            click.echo(shown(f"readiness: {exc.message(lang)}"), err=True)
            sys.exit(EXIT_INPUT)
        except KeyboardInterrupt:  # Ctrl-C: not exit 1, which would read as "not ready"
            click.echo(t("interrupted", lang), err=True)
            sys.exit(EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except (CatalogError, EngineError) as exc:
            click.echo(shown(t("internal.error", lang, detail=str(exc))), err=True)
            sys.exit(EXIT_INTERNAL)
        except Exception as exc:  # noqa: BLE001 - a bug: say so, exit 3
            detail = f"{type(exc).__name__}: {exc}"
            click.echo(shown(t("internal.error", lang, detail=detail)), err=True)
            sys.exit(EXIT_INTERNAL)
        sys.exit(code or 0)

    return wrapper  # type: ignore[return-value]


if __name__ == "__main__":  # pragma: no cover
    main()
