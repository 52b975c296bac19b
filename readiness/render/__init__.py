"""Renderers: one module per output format, behind one registry keyed by ``Format``.

A renderer takes the run's results (plain data) and a ``RenderContext`` and returns text. It
only renders: no loading, no assessing, no exit codes.

The words of a finding in the reader's language come from ``words`` (one place for every
format). Text also gives ``stream(results, ctx)``, its output in parts as the results come,
which ``check`` writes to stdout at once (readiness/cli/shared.py, ``echo_parts``): a long run
shows its first files while it checks the rest. The machine formats are written whole: a
complete document, or nothing when the run fails.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from readiness.text import Lang

if TYPE_CHECKING:
    from readiness.assess.results import Result
    from readiness.catalog.records import Catalog


# What a renderer for people writes out rather than writes: YAML's double-quoted escapes
# ("\e[31m", "\u202E") put any character in any text of a file.
# - C0 and C1 control characters (Cc) but tab and line feed: a terminal would obey them
#   (recolour, retitle, clear), and XML may not hold them at all;
# - format characters (Cf): bidirectional embeddings, overrides, isolates and marks reorder
#   the text around them (a name reads as another), zero-width spaces, word joiners, the
#   byte order mark and tag characters are invisible (text hidden in text);
# - the line and paragraph separators U+2028 and U+2029 (Zl, Zp): a line break where none is.
# Kept are the three format characters words are written with: soft hyphen (U+00AD, the
# hyphenation points of text from a word processor) and zero-width non-joiner and joiner
# (U+200C, U+200D: emoji sequences, some scripts). Written out as ranges, not looked up with
# unicodedata when imported (a scan of every code point would cost each cold start 0.4 s);
# tests/test_control_characters.py checks them against the running Python's Unicode data.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"
    "\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def _written_out(m: re.Match[str]) -> str:
    code = ord(m.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def shown(text: str) -> str:
    """Text from the user's file as a renderer writes it for people: each control, format or
    separator character written out as YAML would escape it (``\\x1b``, ``\\u202e``), so
    that what the file says is seen, and never obeyed. (JSON and SARIF escape what they
    must themselves, and keep the text exactly.)"""
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(_written_out, text)


class Format(str, Enum):
    TEXT = "text"
    JSON = "json"
    JUNIT = "junit"
    SARIF = "sarif"
    GITHUB = "github"
    GITLAB = "gitlab"
    MARKDOWN = "markdown"


@dataclass(frozen=True)
class RenderContext:
    lang: Lang
    as_of: dt.date
    catalog: Catalog
    strict: bool = False
    quiet: bool = False
    color: bool = False
    # what SARIF, GitLab and GitHub annotation paths are relative to (absolute;
    # readiness/cli/commands/check.py)
    source_root: str | None = None


Renderer = Callable[["Sequence[Result]", RenderContext], str]

_MODULES: dict[Format, str] = {
    Format.TEXT: "readiness.render.text",
    Format.JSON: "readiness.render.json_out",
    Format.JUNIT: "readiness.render.junit",
    Format.SARIF: "readiness.render.sarif",
    Format.GITHUB: "readiness.render.github",
    Format.GITLAB: "readiness.render.gitlab",
    Format.MARKDOWN: "readiness.render.markdown",
}


def renderer(fmt: Format | str) -> Renderer:
    """The ``render`` function of a format (modules are imported only when used)."""
    fmt = Format(fmt)
    return importlib.import_module(_MODULES[fmt]).render


def format_names() -> list[str]:
    return [f.value for f in Format]
