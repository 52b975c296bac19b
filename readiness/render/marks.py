"""The signs of the pictures for people who decide (``readiness overview``, ``readiness
history``): a finding's display status and a verdict, each with a sign, so that no colour
stands alone. (The readiness report's view, readiness/render/report/view.py, has the same
signs for the same statuses.)"""

from __future__ import annotations

from readiness.assess.assessment import Finding

# A finding's display status, worst first (the order a sort by a rule's column follows).
STATUSES: tuple[str, ...] = ("missing", "warning", "advice", "accepted", "met")
MARKS: dict[str, str] = {
    "met": "✓",
    "missing": "✗",
    "warning": "!",
    "advice": "i",
    "accepted": "~",
}
# A verdict (a point of a history may also be a removed file), worst first.
VERDICTS: tuple[str, ...] = ("invalid", "removed", "not_ready", "ready", "concluded")
VERDICT_MARKS: dict[str, str] = {
    "ready": "✓",
    "not_ready": "✗",
    "concluded": "■",
    "invalid": "⚠",
    "removed": "∅",
}


def display_status(f: Finding) -> str:
    """How a finding is shown: met, missing (an unmet prerequisite), warning (an unmet
    recommendation), advice, or accepted (a deviation)."""
    if f.status == "met":
        return "met"
    if f.status == "accepted":
        return "accepted"
    return {"required": "missing", "recommended": "warning"}.get(f.severity, "advice")
