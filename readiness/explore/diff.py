"""Two assessments of one initiative compared: what a change does to its readiness.

Used by `readiness diff OLD NEW` (two versions of a file, for pull-request reviews) and by
`readiness whatif` (a file and the same file with edits). A finding is *open* when its status
is ``unmet`` (of any severity); an accepted deviation or a met rule is not open.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from readiness.assess.assessment import Assessment, Finding, assess, resolve_gate
from readiness.catalog.records import Catalog
from readiness.format.load import load_file

_VERDICT_RANK = {"ready": 0, "concluded": 0, "not_ready": 1}


@dataclass(frozen=True)
class Comparison:
    """Readiness before and after a change, against one gate."""

    before: Assessment
    after: Assessment
    resolved: tuple[Finding, ...]  # open before, not after (the finding as it was before)
    new: tuple[Finding, ...]  # open after, not before (the finding as it is after)
    still_open: tuple[Finding, ...]  # open before and after (as it is after)

    @property
    def unchanged(self) -> int:
        """How many open findings the change leaves open."""
        return len(self.still_open)

    @property
    def verdict_changed(self) -> bool:
        return self.before.verdict != self.after.verdict

    @property
    def worse(self) -> bool:
        """The change costs readiness: a worse verdict or a new missing prerequisite."""
        return _VERDICT_RANK[self.after.verdict] > _VERDICT_RANK[self.before.verdict] or any(
            f.is_missing_prerequisite for f in self.new
        )


def compare(before: Assessment, after: Assessment) -> Comparison:
    """Compare two assessments finding by finding (by rule id, in catalog order)."""
    open_before = {f.rule: f for f in before.findings if f.status == "unmet"}
    open_after = {f.rule: f for f in after.findings if f.status == "unmet"}
    return Comparison(
        before=before,
        after=after,
        resolved=tuple(f for r, f in open_before.items() if r not in open_after),
        new=tuple(f for r, f in open_after.items() if r not in open_before),
        still_open=tuple(f for r, f in open_after.items() if r in open_before),
    )


def diff_files(
    old: str,
    new: str,
    catalog: Catalog,
    *,
    gate: str | None = None,
    as_of: dt.date | None = None,
) -> Comparison:
    """Compare two versions of an initiative file. Both are assessed against ``gate``, by
    default the gate of the NEW version's phase (where the change is heading)."""
    loaded_old = load_file(old, catalog)
    loaded_new = load_file(new, catalog)
    gate = resolve_gate(catalog, loaded_new.initiative, gate)
    return compare(
        assess(loaded_old, catalog, gate=gate, as_of=as_of),
        assess(loaded_new, catalog, gate=gate, as_of=as_of),
    )
