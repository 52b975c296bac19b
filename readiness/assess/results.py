"""A run over files: each file ends as an Assessment or as an Invalid result.

The run's exit code is decided here (and only here): 0 all ready/concluded, 1 any not ready
(or, with --strict, a recommendation not followed), 2 any invalid file; the highest applies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from readiness.assess.assessment import Assessment, Finding, assess
from readiness.catalog.records import Catalog
from readiness.errors import InputError, UsageError
from readiness.format.load import load_file
from readiness.text import Lang, redacted

EXIT_OK, EXIT_NOT_READY, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, the shell's convention): no verdict was given


@dataclass(frozen=True)
class Invalid:
    """A file that could not be assessed, and why (every problem, with its position)."""

    file: str
    error: InputError | UsageError
    verdict: str = "invalid"

    def errors(self, lang: Lang) -> list[dict[str, Any]]:
        """Each problem as ``{"message", "line", "column"}``, in ``lang``."""
        if isinstance(self.error, InputError):
            return [p.to_dict(lang) for p in self.error.problems]
        return [{"message": self.error.message(lang), "line": 1, "column": 1}]

    def shown_file(self, lang: Lang) -> str:
        """The name as every format shows it: it may hold a number (personal.fnr_name)."""
        return redacted(self.file, lang)

    def fails(self, strict: bool = False) -> bool:
        """Never exit code 1 material: an invalid file is exit code 2's (``exit_code``)."""
        return False

    def lines(self, lang: Lang) -> list[str]:
        file = self.shown_file(lang)
        return [f"{file}:{e['line']}:{e['column']}: {e['message']}" for e in self.errors(lang)]


Result = Assessment | Invalid


def check_file(
    file: str,
    catalog: Catalog,
    *,
    gate: str | None = None,
    as_of: dt.date | None = None,
) -> Result:
    """Load and assess one file; input problems become an Invalid result."""
    try:
        loaded = load_file(file, catalog)
        return assess(loaded, catalog, gate=gate, as_of=as_of)
    except (InputError, UsageError) as exc:
        return Invalid(file, exc)


def finding_fails(a: Assessment, f: Finding, strict: bool = False) -> bool:
    """Does this finding make its file fail (exit code 1)? The per-finding view of
    ``Assessment.fails``: an unmet required rule, or with --strict an unmet recommended one;
    never in a concluded assessment."""
    if a.verdict == "concluded" or f.status != "unmet":
        return False
    return f.severity == "required" or (strict and f.severity == "recommended")


def exit_code(results: Sequence[Result], strict: bool = False) -> int:
    code = EXIT_OK
    for r in results:
        if r.verdict == "invalid":
            code = max(code, EXIT_INPUT)
        elif r.fails(strict):
            code = max(code, EXIT_NOT_READY)
    return code


def counts(results: Sequence[Result]) -> dict[str, int]:
    out = {"total": len(results), "ready": 0, "not_ready": 0, "concluded": 0, "invalid": 0}
    for r in results:
        out[r.verdict] += 1
    return out
