"""click's own words in the user's language: usage errors and the help page's fixed parts.

click writes "Usage:", "Options:", "Error: No such option ..." in English, whatever the
command's help says. readiness's commands are Norwegian by default, so these are too:
- usage errors are caught where click raises them (parsing the group's and a command's
  arguments, resolving the command) and shown by ``Translated`` from the exception's own data
  (the option, the parameter, the choices, the value), in the language of ``--lang`` (or
  $READINESS_LANG, else bokmål); a message it has no words for keeps click's text, after a
  Norwegian "Feil:";
- the help page's usage line, headings and click's fixed option texts go through
  ``HelpFormatter``.
Exit codes stay click's (2 for a usage error).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from typing import Any

import click

from readiness.text import Lang, t

_lang: Lang = "nb"


def set_language(args: Sequence[str]) -> None:
    """The language for click's words in this run: ``--lang`` on the command line, else
    $READINESS_LANG, else nb (read before click parses the line: its errors come first)."""
    global _lang
    value = os.environ.get("READINESS_LANG")
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
    _lang = "en" if value == "en" else "nb"


# each command's own (Norwegian) help texts and metavars, kept when a page is shown in English
_NORWEGIAN: dict[click.Command, tuple[str | None, list[tuple[click.Parameter, Any, Any]]]] = {}


def localize(command: click.Command, name: str | None) -> None:
    """Give ``command`` (the group itself when ``name`` is None) its help page in this run's
    language: the commands' own Norwegian texts, or for ``--lang en`` the English ones of
    readiness/cli_help_en.py (a process that runs several commands, such as the tests, can
    switch back and forth)."""
    own_help, params = _NORWEGIAN.setdefault(
        command,
        (command.help, [(p, getattr(p, "help", None), p.metavar) for p in command.params]),
    )
    if _lang != "en":
        command.help = own_help
        for param, text, metavar in params:
            if isinstance(param, click.Option):
                param.help = text
            param.metavar = metavar
        return
    from readiness.cli import help_en as en

    english = en.MAIN if name is None else en.COMMANDS.get(name)
    command.help = english if english is not None else own_help
    for param, text, metavar in params:
        if isinstance(param, click.Option):
            param.help = en.OPTIONS.get(text, text) if text else text
        param.metavar = en.METAVARS.get(metavar, metavar) if metavar else metavar


def options_metavar() -> str:
    """What a usage line calls the options: [VALG] / [OPTIONS]."""
    return t("cli.options_metavar", _lang)


class Choice(click.Choice):
    """``click.Choice`` whose error keeps the value (for the translated message)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter as exc:
            raise BadValue(exc.message, ctx, param, value=value, choices=self.choices) from None


class IntRange(click.IntRange):
    """``click.IntRange`` whose error keeps the value and the bounds."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter as exc:
            low, high = self.min, self.max
            bounds = "cli.int_from_to" if low is not None and high is not None else "cli.int_from"
            raise BadValue(
                exc.message, ctx, param, value=value, key=bounds, params={"low": low, "high": high}
            ) from None


class Path(click.Path):
    """``click.Path`` whose error for a missing file or a directory keeps the path."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter as exc:
            key = ""
            if not os.path.exists(value):
                key = "cli.path_missing"
            elif os.path.isdir(value) and not self.dir_okay:
                key = "cli.path_is_dir"
            raise BadValue(exc.message, ctx, param, value=value, key=key) from None


class BadValue(click.BadParameter):
    """A parameter's value that is not allowed, with the value (and the allowed ones)."""

    def __init__(
        self,
        message: str,
        ctx: click.Context | None,
        param: click.Parameter | None,
        *,
        value: Any,
        choices: Sequence[Any] = (),
        key: str = "",
        params: dict[str, Any] | None = None,
    ):
        super().__init__(message, ctx, param)
        self.value = value
        self.choices = list(choices)
        self.key = key
        self.params = params or {}


def _name(param: click.Parameter | None) -> str:
    if param is None:
        return "?"
    if isinstance(param, click.Argument):
        return param.human_readable_name
    return max(param.opts, key=len)


def _quoted(names: Sequence[str], lang: Lang) -> str:
    """«a» eller «b» / 'a' or 'b'."""
    q = [f"«{n}»" if lang == "nb" else f"'{n}'" for n in names]
    word = " eller " if lang == "nb" else " or "
    return ", ".join(q[:-1]) + word + q[-1] if len(q) > 1 else "".join(q)


_EXTRA = re.compile(r"^Got unexpected extra arguments? \((.*)\)$")
_NEEDS = re.compile(r"requires (an argument|\d+ arguments)")


def message(exc: click.UsageError, lang: Lang) -> str:
    """What went wrong, in ``lang``."""
    if isinstance(exc, click.NoSuchOption):
        hint = _quoted(exc.possibilities or [], lang)
        return t("cli.no_such_option", lang, name=exc.option_name) + (
            " " + t("cli.did_you_mean", lang, names=hint) if hint else ""
        )
    if isinstance(exc, NoSuchCommand):
        hint = _quoted(exc.close, lang)
        return (
            t("cli.no_such_command", lang, name=exc.name)
            + (" " + t("cli.did_you_mean", lang, names=hint) if hint else "")
            + " "
            + t("cli.commands", lang, names=", ".join(exc.commands))
        )
    if isinstance(exc, click.MissingParameter):
        kind = "argument" if isinstance(exc.param, click.Argument) else "option"
        return t(f"cli.missing_{kind}", lang, name=_name(exc.param))
    if isinstance(exc, BadValue):
        name = _name(exc.param)
        if exc.choices:
            choices = ", ".join(str(c) for c in exc.choices)
            return t("cli.bad_choice", lang, name=name, value=exc.value, choices=choices)
        if exc.key:
            return t(exc.key, lang, name=name, value=exc.value, **exc.params)
    if isinstance(exc, click.BadParameter):
        return t("cli.bad_value", lang, name=_name(exc.param), detail=exc.message)
    if isinstance(exc, click.BadOptionUsage) and _NEEDS.search(exc.message):
        return t("cli.needs_value", lang, name=exc.option_name)
    extra = _EXTRA.match(exc.message)
    if extra:
        return t("cli.extra_arguments", lang, args=extra.group(1))
    return exc.format_message()


class NoSuchCommand(click.UsageError):
    def __init__(self, name: str, commands: Sequence[str], ctx: click.Context | None = None):
        import difflib  # only on this error

        super().__init__(f"No such command {name!r}.", ctx)
        self.name = name
        self.commands = list(commands)
        self.close = difflib.get_close_matches(name, self.commands, n=2)


class Translated(click.UsageError):
    """A usage error shown in the run's language (click's ``show``, in other words)."""

    def __init__(self, original: click.UsageError):
        super().__init__(original.message, original.ctx)
        self.original = original

    def format_message(self) -> str:
        return message(self.original, _lang)

    def show(self, file: Any = None) -> None:
        ctx = self.ctx
        if ctx is not None:
            help_names = ctx.command.get_help_option_names(ctx)
            if ctx.command.get_help_option(ctx) is not None and help_names:
                hint = t(
                    "cli.try_help",
                    _lang,
                    command=f"{ctx.command_path} {max(help_names, key=len)}",
                )
                click.echo(f"{ctx.get_usage()}\n{hint}\n", file=file, err=file is None)
            else:
                click.echo(f"{ctx.get_usage()}\n", file=file, err=file is None)
        click.echo(
            t("cli.error", _lang, message=self.format_message()), file=file, err=file is None
        )


def translated(exc: click.UsageError) -> Translated:
    return exc if isinstance(exc, Translated) else Translated(exc)


# click's fixed words on a help page (its English text → a message key)
_HEADINGS = {"Options": "cli.heading.options", "Commands": "cli.heading.commands"}
_DEFINITIONS = {
    "Show this message and exit.": "cli.help_option",
    "Show the version and exit.": "cli.version_option",
}
_EXTRAS = re.compile(r"\[(default|required)(: [^\]]*)?\]")


class HelpFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, t("cli.usage", _lang) if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        key = _HEADINGS.get(heading)
        super().write_heading(t(key, _lang) if key else heading)

    def write_dl(
        self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        super().write_dl([(term, _definition(text)) for term, text in rows], col_max, col_spacing)


def _definition(text: str) -> str:
    key = _DEFINITIONS.get(text)
    if key:
        return t(key, _lang)
    return _EXTRAS.sub(_extra, text)


def _extra(match: re.Match[str]) -> str:
    word = t(f"cli.extra.{match.group(1)}", _lang)
    return f"[{word}{match.group(2) or ''}]"


class Context(click.Context):
    formatter_class = HelpFormatter
