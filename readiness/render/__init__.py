"""Renderers: one module per output format, behind one registry keyed by ``Format``.

A renderer takes the run's results (plain data) and a ``RenderContext`` and returns text. It
only renders: no loading, no assessing, no exit codes.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from readiness.i18n import Lang

if TYPE_CHECKING:
    from readiness.catalog import Catalog
    from readiness.results import Result


class Format(str, Enum):
    TEXT = "text"
    JSON = "json"
    JUNIT = "junit"
    SARIF = "sarif"
    GITHUB = "github"
    MARKDOWN = "markdown"


@dataclass(frozen=True)
class RenderContext:
    lang: Lang
    as_of: dt.date
    catalog: Catalog
    strict: bool = False
    quiet: bool = False
    color: bool = False


Renderer = Callable[["Sequence[Result]", RenderContext], str]

_MODULES: dict[Format, str] = {
    Format.TEXT: "readiness.render.text",
    Format.JSON: "readiness.render.json_out",
    Format.JUNIT: "readiness.render.junit",
    Format.SARIF: "readiness.render.sarif",
    Format.GITHUB: "readiness.render.github",
    Format.MARKDOWN: "readiness.render.markdown",
}


def renderer(fmt: Format | str) -> Renderer:
    """The ``render`` function of a format (modules are imported only when used)."""
    fmt = Format(fmt)
    return importlib.import_module(_MODULES[fmt]).render


def format_names() -> list[str]:
    return [f.value for f in Format]
