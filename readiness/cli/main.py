"""The command line: parses and dispatches (errors become exit codes in readiness/cli/shared.py).

Commands live in readiness/cli/commands/, one module each, imported only when called (start-up
stays fast: `readiness check` does not import the web server or the report templates).
"""

from __future__ import annotations

import atexit
import gc
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

from readiness import __version__
from readiness.cli import click_text as cli_text

if TYPE_CHECKING:
    pass

F = TypeVar("F", bound=Callable[..., Any])


# At exit, CPython's finalisation runs full garbage collections over every object still alive
# (modules, the catalog, the format's validator: tens of thousands of objects), a noticeable
# part of a cold `readiness check`, only to free memory the process is about to give back. The
# collector skips frozen objects; everything else about exiting is unchanged (exit handlers
# run, stdout and stderr are flushed, modules are torn down).
atexit.register(gc.freeze)

# name → "module:function"; each command module owns its options.
COMMANDS: dict[str, str] = {
    "check": "readiness.cli.commands.check:check",
    "whatif": "readiness.cli.commands.whatif:whatif",
    "plan": "readiness.cli.commands.plan:plan",
    "diff": "readiness.cli.commands.diff:diff",
    "init": "readiness.cli.commands.init:init",
    "serve": "readiness.cli.commands.serve:serve",
    "report": "readiness.cli.commands.report:report",
    "rules": "readiness.cli.commands.rules:rules",
    "explain": "readiness.cli.commands.explain:explain",
    "schema": "readiness.cli.commands.schema:schema",
    "overview": "readiness.cli.commands.overview:overview",
    "history": "readiness.cli.commands.history:history",
}


class LazyGroup(click.Group):
    """The command group: commands imported when called; click's usage errors and help page
    in the user's language (readiness/cli/click_text.py)."""

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

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # no command at all: the short help is the answer asked for, not a usage error
        if not args and not ctx.resilient_parsing:
            click.echo(ctx.get_help(), color=ctx.color)
            ctx.exit(0)
        return super().parse_args(ctx, args)

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


if __name__ == "__main__":  # pragma: no cover
    main()
