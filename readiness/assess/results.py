"""A run over files: each file ends as an Assessment or as an Invalid result.

The run's exit code is decided here (and only here): 0 all ready/concluded, 1 any not ready
(or, with --strict, a recommendation not followed), 2 any invalid file; the highest applies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from readiness.assess.assessment import Assessment, Finding, assess
from readiness.catalog.records import Catalog
from readiness.errors import InputError, UsageError
from readiness.format.load import load_file
from readiness.text import Lang, redacted

EXIT_OK, EXIT_NOT_READY, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, the shell's convention): no verdict was given


@dataclass(frozen=True)
class Invalid:
    """A file that could not be assessed."""

    file: str
    error: InputError | UsageError
    lang: Lang = "nb"
    verdict: str = "invalid"

    def __post_init__(self) -> None:
        # the name as every format shows it: it may hold a number (personal.fnr_name)
        object.__setattr__(self, "file", redacted(self.file, self.lang))

    @property
    def errors(self) -> list[dict[str, Any]]:
        if isinstance(self.error, InputError):
            return [p.to_dict(self.lang) for p in self.error.problems]
        return [{"message": self.error.message(self.lang), "line": 1, "column": 1}]

    def fails(self, strict: bool = False) -> bool:
        """Never exit code 1 material: an invalid file is exit code 2's (``exit_code``)."""
        return False

    def lines(self) -> list[str]:
        return [f"{self.file}:{e['line']}:{e['column']}: {e['message']}" for e in self.errors]

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "initiative": None,
            "gate": None,
            "verdict": "invalid",
            "missing_prerequisites": [],
            "findings": [],
            "errors": self.errors,
        }


Result = Assessment | Invalid


class Rendered(NamedTuple):
    """A file's result as a streaming format (text, json) writes it, rendered in the process
    that checked the file, with what the run's summary and exit code need from it.

    A pool's worker sends this instead of the whole result: pickling twenty findings a file,
    unpickling them in the parent and rendering them there took a fifth of a 1,000-file run,
    and the parent then competed with the workers for the cores. The text is exactly what
    the format's renderer writes for the result (readiness/render, ``render_one``)."""

    file: str
    verdict: str
    failing: bool  # fails()
    failing_strict: bool  # fails(strict=True)
    text: str | None  # None: the format writes nothing for this file (text --quiet)

    def fails(self, strict: bool = False) -> bool:
        return self.failing_strict if strict else self.failing


# What a run gives for each file: the result, or (streaming formats) the result rendered.
Outcome = Result | Rendered


def check_file(
    file: str,
    catalog: Catalog,
    *,
    gate: str | None = None,
    as_of: dt.date | None = None,
    lang: Lang = "nb",
) -> Result:
    """Load and assess one file; input problems become an Invalid result."""
    try:
        loaded = load_file(file, catalog)
        return assess(loaded, catalog, gate=gate, as_of=as_of, lang=lang)
    except (InputError, UsageError) as exc:
        return Invalid(file, exc, lang)


def finding_fails(a: Assessment, f: Finding, strict: bool = False) -> bool:
    """Does this finding make its file fail (exit code 1)? The per-finding view of
    ``Assessment.fails``: an unmet required rule, or with --strict an unmet recommended one;
    never in a concluded assessment."""
    if a.verdict == "concluded" or f.status != "unmet":
        return False
    return f.severity == "required" or (strict and f.severity == "recommended")


def exit_code(results: Sequence[Outcome], strict: bool = False) -> int:
    code = EXIT_OK
    for r in results:
        if r.verdict == "invalid":
            code = max(code, EXIT_INPUT)
        elif r.fails(strict):
            code = max(code, EXIT_NOT_READY)
    return code


def counts(results: Sequence[Outcome]) -> dict[str, int]:
    out = {"total": len(results), "ready": 0, "not_ready": 0, "concluded": 0, "invalid": 0}
    for r in results:
        out[r.verdict] += 1
    return out


def run_document(results: list[Result], as_of: dt.date) -> dict[str, Any]:
    """The JSON document of a run, as the catalog defines it (plus the assessment date)."""
    return {
        "version": 1,
        "as_of": as_of.isoformat(),
        "results": [r.to_dict() for r in results],
    }
