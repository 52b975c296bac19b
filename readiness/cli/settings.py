"""Settings in the repository: ``[tool.readiness]`` in ``pyproject.toml``, or ``.readiness.toml``.

Found as ruff and pytest find theirs: from the working directory upward, the first directory
that has ``.readiness.toml``, or a ``pyproject.toml`` with a ``[tool.readiness]`` table (a
``pyproject.toml`` without one is passed over). ``.readiness.toml`` holds the same keys at its
top level. The keys (``SETTINGS``):

    gate = "establishment"      # check, plan, whatif, diff, report
    strict = true               # check
    lang = "en"                 # every command with --lang
    format = "sarif"            # check
    call = "utlysning-2027.yaml"  # every command with --call
    jobs = 2                    # check
    exclude = ["arkiv", "initiatives/maler/*.yaml"]  # check

Precedence, highest first: the command line, the environment (``READINESS_LANG``), the
settings file, the built-in defaults. A command declares the settings it takes with
``@use_settings(...)`` (readiness/cli/commands/); this module is the one place that finds,
reads, checks and applies them. Paths in a settings file (``call``, and ``exclude`` patterns
with a ``/``) are relative to the file's directory, as ruff's are.

A wrong setting (an unknown key, a value of the wrong type or not among the choices, a call
file that does not exist, TOML that does not parse) is a ``UsageError`` naming the file and
the line: exit 2, for every command that reads settings, before any work.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import click

from readiness.errors import InputError, UsageError

F = TypeVar("F", bound=Callable[..., Any])

PYPROJECT = "pyproject.toml"
OWN_FILE = ".readiness.toml"
GATES = ("preproject", "establishment", "operation")
LANGS = ("nb", "en")

# setting → the command's parameter it sets
PARAMS: dict[str, str] = {
    "gate": "gate",
    "strict": "strict",
    "lang": "lang",
    "format": "fmt",
    "call": "call_file",
    "jobs": "jobs",
    "exclude": "exclude",
}
SETTINGS = tuple(PARAMS)


@dataclass(frozen=True)
class Settings:
    """The settings of one file: where it is, and its checked values by setting name."""

    file: str  # as shown in messages: relative to the working directory where inside it
    directory: str  # absolute: what paths in the file are relative to
    values: dict[str, Any]


def find_file(start: str) -> str | None:
    """The settings file for a run in ``start``: the first, going upward, of
    ``.readiness.toml`` or a ``pyproject.toml`` with a ``[tool.readiness]`` table."""
    here = os.path.abspath(start)
    while True:
        own = os.path.join(here, OWN_FILE)
        if os.path.isfile(own):
            return own
        project = os.path.join(here, PYPROJECT)
        if os.path.isfile(project) and _has_table(project):
            return project
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


_TABLE = re.compile(r"^\s*\[\s*tool\s*\.\s*readiness\s*[\].]|^\s*tool\s*\.\s*readiness\s*\.", re.M)


def _has_table(path: str) -> bool:
    """Does this pyproject.toml set anything under ``tool.readiness``? A text search first,
    so that a pyproject.toml of another tool is never parsed; parsed when it names us."""
    text = _read(path)
    if "readiness" not in text:
        return False
    if _TABLE.search(text):
        return True
    # the rare forms: [tool] readiness = {...}, or an inline table in the root table
    data = _parse(path, text)
    tool = data.get("tool")
    return isinstance(tool, dict) and "readiness" in tool


def _read(path: str) -> str:
    from readiness.read.files import decode, read_bytes

    try:
        return decode(read_bytes(path), path)
    except InputError as exc:  # not UTF-8, too large, not a regular file
        raise UsageError(
            "settings.unreadable", file=_shown(path), problem=exc.problems[0]
        ) from None


def _parse(path: str, text: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10 (pyproject.toml's conditional dependency)
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib gives the position only inside its message: "... (at line 3, column 7)"
        m = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = int(m.group(1)) if m else 1
        detail = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) if m else str(exc)
        raise UsageError("settings.toml", file=_shown(path), line=line, detail=detail) from None


def _shown(path: str) -> str:
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def _line_of(text: str, key: str, own: bool) -> int:
    """The line that sets ``key`` in the file's readiness table. tomllib gives no positions,
    so the text is searched: in a ``.readiness.toml`` the lines before its first table
    header, in a ``pyproject.toml`` the lines under ``[tool.readiness]``, for ``key =``
    (bare or quoted); a dotted ``tool.readiness.key =`` anywhere. Else the table's header,
    else line 1 (a key inside an inline table, say)."""
    lines = text.splitlines()
    assignment = re.compile(
        rf"""^\s*(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')\s*="""
    )
    dotted = re.compile(rf"^\s*(?:tool\s*\.\s*)?readiness\s*\.\s*{re.escape(key)}\s*=")
    header = re.compile(r"^\s*\[")
    ours = re.compile(r"^\s*\[\s*tool\s*\.\s*readiness\s*\]")
    inside = own
    table_line = 0
    for number, line in enumerate(lines, 1):
        if header.match(line):
            inside = bool(ours.match(line)) and not own
            if inside:
                table_line = number
            continue
        if inside and assignment.match(line):
            return number
        if dotted.match(line):
            return number
    return table_line or 1


def _check(path: str, text: str, table: dict[str, Any], own: bool) -> dict[str, Any]:
    """The table's values, checked: each key known, each value of its type and among its
    choices; paths made absolute from the file's directory."""
    from readiness.render import format_names

    shown = _shown(path)
    directory = os.path.dirname(os.path.abspath(path))
    values: dict[str, Any] = {}

    def wrong(key: str, message: str, **params: object) -> UsageError:
        return UsageError(message, file=shown, line=_line_of(text, key, own), setting=key, **params)

    for key, value in table.items():
        if key not in PARAMS:
            raise wrong(key, "settings.unknown_key", known=", ".join(SETTINGS))
        if key in ("gate", "lang", "format"):
            choices = {"gate": GATES, "lang": LANGS, "format": tuple(format_names())}[key]
            if not isinstance(value, str) or value not in choices:
                raise wrong(key, "settings.choice", value=_toml(value), choices=", ".join(choices))
        elif key == "strict":
            if not isinstance(value, bool):
                raise wrong(key, "settings.type", value=_toml(value), expected="true / false")
        elif key == "jobs":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise wrong(key, "settings.type", value=_toml(value), expected="0, 1, 2, ...")
        elif key == "call":
            if not isinstance(value, str) or not value:
                raise wrong(key, "settings.type", value=_toml(value), expected='"fil.yaml"')
            value = os.path.normpath(os.path.join(directory, value))
            if not os.path.isfile(value):
                raise wrong(key, "settings.call_missing", path=_shown(value))
            value = _shown(value)
        elif key == "exclude":
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise wrong(key, "settings.type", value=_toml(value), expected='["mønster", ...]')
            value = tuple(anchored(v, directory) for v in value)
        values[key] = value
    return values


def anchored(pattern: str, base: str) -> str:
    """An exclude pattern as readiness/read/paths.py takes it: one with a ``/`` made absolute
    from ``base`` (the settings file's directory, or the working directory for
    ``--exclude``); a plain name (``arkiv``, ``*.utkast.yaml``) matches at any depth."""
    if "/" not in pattern.strip("/"):
        return pattern.strip("/")
    return os.path.join(base, pattern.rstrip("/"))


def _toml(value: object) -> str:
    """A value as TOML writes it (for the message)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, dict):
        return "{...}"
    return str(value)


@functools.cache
def _load(start: str) -> Settings | None:
    path = find_file(start)
    if path is None:
        return None
    text = _read(path)
    data = _parse(path, text)
    own = os.path.basename(path) == OWN_FILE
    table = data if own else data.get("tool", {}).get("readiness", {})
    if not isinstance(table, dict):
        raise UsageError(
            "settings.not_table", file=_shown(path), line=_line_of(text, "readiness", False)
        )
    values = _check(path, text, table, own)
    return Settings(_shown(path), os.path.dirname(os.path.abspath(path)), values)


def load(start: str | None = None) -> Settings | None:
    """The settings for a run in ``start`` (the working directory), or None without a file.
    Read once per process and directory."""
    return _load(os.path.abspath(start or os.getcwd()))


def use_settings(*names: str) -> Callable[[F], F]:
    """Give a command the settings ``names`` (keys of ``SETTINGS``) from the settings file,
    where neither the command line nor the environment set the option. Placed under
    ``handle_errors``, so a wrong setting is exit 2 with its message."""
    unknown = set(names) - set(PARAMS)
    assert not unknown, unknown

    def decorate(f: F) -> F:
        @functools.wraps(f)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            settings = load()
            if settings is not None:
                ctx = click.get_current_context()
                for name in names:
                    param = PARAMS[name]
                    if name in settings.values and _from_default(ctx, param):
                        kwargs[param] = settings.values[name]
            return f(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate


def _from_default(ctx: click.Context, param: str) -> bool:
    source = ctx.get_parameter_source(param)
    return source in (
        None,
        click.core.ParameterSource.DEFAULT,
        click.core.ParameterSource.DEFAULT_MAP,
    )
