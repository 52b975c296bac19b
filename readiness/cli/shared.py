"""What the commands share: their common options, how they render and write to stdout, and
the one place that maps the project's errors to messages and exit codes."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import click

from readiness.assess.results import EXIT_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED
from readiness.cli import click_text as cli_text
from readiness.cli.settings import GATES
from readiness.errors import CatalogError, EngineError, InputError, UsageError
from readiness.render import shown
from readiness.text import Lang, t

if TYPE_CHECKING:
    from readiness.catalog.records import Catalog
    from readiness.render import RenderContext

F = TypeVar("F", bound=Callable[..., Any])


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


GATE_HELP = "Porten det vurderes mot (standard: porten for initiative.phase)."
GATE_FILTER_HELP = "Vis bare regler for denne porten (standard: alle regler)."


def gate_option(f: F, help: str = GATE_HELP) -> F:
    return click.option(
        "--gate",
        type=cli_text.Choice(list(GATES)),
        default=None,
        help=help,
    )(f)


def gate_filter_option(f: F) -> F:
    """``--gate`` of a command that reads no file: it selects, it has no default gate."""
    return gate_option(f, GATE_FILTER_HELP)


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


def color_option(f: F) -> F:
    """``--color auto|always|never`` (``use_color``)."""
    return click.option(
        "--color",
        type=cli_text.Choice(["auto", "always", "never"]),
        default="auto",
        show_default=True,
        help="Farger i utdata: auto (når utdata er en terminal, og ikke med NO_COLOR; "
        "FORCE_COLOR slår dem på), always eller never.",
    )(f)


def use_color(choice: str = "auto") -> bool:
    """Colour on stdout? ``--color always``/``never`` decide; with ``auto`` a non-empty
    NO_COLOR (no-color.org) turns colour off, else a non-empty FORCE_COLOR (force-color.org)
    turns it on, else colour is for a terminal. NO_COLOR wins over FORCE_COLOR, as in pytest."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def to_date(value: dt.datetime | None) -> dt.date:
    return value.date() if value else dt.date.today()


def render_context(
    lang: Lang,
    as_of: dt.date,
    catalog: Catalog,
    *,
    strict: bool = False,
    quiet: bool = False,
    color: str = "auto",
) -> RenderContext:
    """How a command renders for this run: in colour as ``--color`` and the environment say
    (``use_color``)."""
    from readiness.render import RenderContext

    return RenderContext(
        lang=lang,
        as_of=as_of,
        catalog=catalog,
        strict=strict,
        quiet=quiet,
        color=use_color(color),
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
