"""How the work of check, plan, what-if and report grows with the number of parties.

Counted, not timed: ``steps`` counts the lines of Python a run executes, a loop's line once for
each pass (the interpreter's trace events: deterministic for a given input, unlike wall time on
a shared machine). A scan done inside one built-in call (``x in a_list``) is one step whatever
its length: the count sees Python's loops, not C's.
Work that is linear in the parties grows by the same amount each time the parties grow by the
same amount, whatever it costs once; quadratic work grows twice as fast each time. So ``growth``
compares the increase from n to 2n parties with the increase from 2n to 4n: 2.0 for linear
work, 4.0 for quadratic work, and in between for a mix, whatever the fixed cost is. The speed
targets themselves (plan on 2,000 parties under 2 s) are measured by bench/scale.py.
"""

from __future__ import annotations

import functools
import itertools
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from bench.corpus import wide_initiative
from readiness.assess.assessment import assess
from readiness.catalog.load import default_catalog
from readiness.explore.plan import build_plan
from readiness.explore.whatif import Edit, apply_edits, what_if
from readiness.format.load import load_text
from readiness.render import RenderContext
from readiness.render import plan as render_plan
from readiness.render.report.document import render_report
from tests.helpers import AS_OF

CATALOG = default_catalog()
CTX = RenderContext(lang="nb", as_of=AS_OF, catalog=CATALOG)
# Linear work gives 2.0 (the counts are exact: 2.0000 to four places for each run below); a
# quadratic term of a fortieth of the linear work at the smallest size gives more than 2.05.
LINEAR = 2.05


def steps(fn: Callable[[], Any]) -> int:
    """How many trace events (a function called, a line executed) ``fn()`` makes."""
    counter = itertools.count()

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        next(counter)
        return trace

    sys.settrace(trace)
    try:
        fn()
    finally:
        sys.settrace(None)
    return next(counter)


def growth(run: Callable[[str], Any], n: int) -> float:
    """The increase in steps of ``run(file)`` from 2n to 4n parties over that from n to 2n."""
    run(wide_initiative(n))  # warm: caches filled once (catalog, engine, templates) do not count
    texts = [wide_initiative(k) for k in (n, 2 * n, 4 * n)]
    c1, c2, c4 = (steps(functools.partial(run, text)) for text in texts)
    return (c4 - c2) / (c2 - c1)


def _loaded(text: str):  # noqa: ANN202
    return load_text(text, "wide.yaml", CATALOG)


def _check(text: str) -> None:
    assess(_loaded(text), CATALOG, as_of=AS_OF)


def _plan(text: str) -> None:
    render_plan.text(build_plan(_loaded(text), CATALOG, as_of=AS_OF), CTX)


def _report(text: str) -> None:
    loaded = _loaded(text)
    render_report(assess(loaded, CATALOG, as_of=AS_OF), loaded, CATALOG, "md")


def _whatif(text: str) -> None:
    what_if(_loaded(text), [Edit("set", "agreement.status", "signed")], CATALOG, as_of=AS_OF)


def _plan_edits(text: str) -> None:
    """The plan's edits (several per party) applied to the file's data: each finds its party."""
    loaded = _loaded(text)
    edits = build_plan(loaded, CATALOG, as_of=AS_OF).edits
    apply_edits(_loaded(text).document.data, edits)


def test_the_wide_file_names_every_party_in_the_per_party_rules() -> None:
    """The premise of the counts below: each party adds work to each per-party rule."""
    plan = build_plan(_loaded(wide_initiative(30)), CATALOG, as_of=AS_OF)
    per_party = {s.finding.rule for s in plan.steps if len(s.finding.parties) >= 30}
    assert {"IDE-02", "IDE-03", "IDE-18", "APP-03"} <= per_party


@pytest.mark.parametrize(
    ("run", "n"),
    [(_check, 100), (_plan, 100), (_report, 100), (_plan_edits, 100), (_whatif, 25)],
    ids=["check", "plan", "report", "plan-edits", "whatif"],
)
def test_work_grows_linearly_in_the_parties(run: Callable[[str], Any], n: int) -> None:
    assert growth(run, n) < LINEAR
