"""A file's readiness at each commit that changed it: the picture of how far it has come.

The commits come from git (readiness/read/git.py: following renames, no author names or
e-mail addresses); each commit's version of the file is read through the bounded reader,
loaded and assessed like any file (the personal-data guard included), against today's
catalog. A version that cannot be assessed is a point with its error, never a gap in the
history or a crash; a commit that removed the file is a point that says so.

Each version is assessed as of its commit's date (the readiness it had then: a deadline
that had not yet passed had not), or every one as of ``as_of`` when it is given.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import NamedTuple

from readiness.assess.assessment import assess
from readiness.assess.results import Invalid, Result
from readiness.catalog.records import Catalog
from readiness.errors import InputError, UsageError
from readiness.format.load import load_text
from readiness.read import git
from readiness.read.files import decode
from readiness.text import Lang, redacted

# Points a history shows at most unless asked for more (the newest ones).
MAX_POINTS = 1000


class Point(NamedTuple):
    """The file at one commit: the commit, and the file's result there (None: the commit
    removed it)."""

    commit: str
    date: dt.datetime
    subject: str
    path: str
    result: Result | None

    @property
    def short(self) -> str:
        return self.commit[:10]

    def shown_subject(self, lang: Lang) -> str:
        """The subject line as every format shows it: a likely identity number in it is
        redacted (readiness.text.redacted), as in every message."""
        return redacted(self.subject, lang)

    def shown_path(self, lang: Lang) -> str:
        return redacted(self.path, lang)

    @property
    def verdict(self) -> str:
        return "removed" if self.result is None else self.result.verdict

    @property
    def gate(self) -> str | None:
        r = self.result
        return None if r is None or isinstance(r, Invalid) else r.gate


@dataclass(frozen=True)
class History:
    """The points of a file, oldest first."""

    file: str
    repository: str
    points: tuple[Point, ...]
    truncated: bool  # older commits than the first point exist, left out (max_count)
    as_of: dt.date | None = None  # the date every version was assessed as of; None: its own


def _assessed(
    data: bytes, shown: str, catalog: Catalog, gate: str | None, as_of: dt.date
) -> Result:
    try:
        text = decode(data, shown)
        loaded = load_text(text, shown, catalog, is_json=shown.lower().endswith(".json"))
        return assess(loaded, catalog, gate=gate, as_of=as_of)
    except (InputError, UsageError) as exc:
        return Invalid(shown, exc)


def file_history(
    file: str,
    catalog: Catalog,
    *,
    gate: str | None = None,
    as_of: dt.date | None = None,
    max_count: int = MAX_POINTS,
) -> History:
    """The readiness of ``file`` at each of the newest ``max_count`` commits that changed it.

    Raises ``UsageError`` (exit code 2) when it has no history: git is missing, the file is
    outside a repository or was never committed."""
    log = git.file_log(file, max_count)
    points: list[Point] = []
    # One assessment per content and date: a rename, or a change undone, gives the same
    # content again.
    seen: dict[tuple[str, dt.date], Result] = {}
    for c in reversed(log.commits):
        if c.blob is None:
            points.append(Point(c.sha, c.date, c.subject, c.path, None))
            continue
        date = as_of or c.date.date()
        shown = c.path  # the name the version had at the commit
        key = (c.blob, date)
        result = seen.get(key) if ":" not in c.blob else None
        if result is None:
            try:
                data = git.read_object(log.top, c.blob, shown)
            except InputError as exc:  # too large: this version is a point with its error
                result = Invalid(shown, exc)
            else:
                result = _assessed(data, shown, catalog, gate, date)
            seen[key] = result
        points.append(Point(c.sha, c.date, c.subject, c.path, result))
    return History(
        file=os.path.normpath(file),
        repository=log.top,
        points=tuple(points),
        truncated=log.truncated,
        as_of=as_of,
    )
