"""Many files side by side (``readiness overview``): one row per file, one column per rule of
the gates in play, the columns grouped as the booklet groups what each gate asks.

The grouping is the catalog's (rules/report.yaml): for ``preproject`` the checklist items of
idefase 1.13, for the later gates the clarifications of table 1.5; the rules of a gate that no
item names come after its items, in catalog order. With files at several gates, the rules
they share (GEN-01, the application's) are one column each, first, by the catalog's groups,
and each gate's items hold the rules only it has. Only rules some file was assessed on are
columns: application rules only when some file applies for its gate.

Language-free, like an assessment: the renderers (readiness/render/overview.py) make words of
it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from readiness.assess.assessment import Assessment, Finding
from readiness.assess.results import Result
from readiness.catalog.records import Catalog


class ColumnGroup(NamedTuple):
    """Columns under one heading: a report item of ``gate`` (``item`` its number), the gate's
    rules that no item names (``item`` None), or, with ``gate`` None, rules several gates in
    play share, by the catalog's group (``catalog_group``: GEN, IDE, APP)."""

    gate: str | None
    item: int | None
    rules: tuple[str, ...]
    catalog_group: str | None = None


class Column(NamedTuple):
    rule: str
    group: ColumnGroup
    gates: tuple[str, ...]  # the gates in play that have the rule (a filter by gate keeps these)


@dataclass(frozen=True)
class Overview:
    as_of: dt.date
    results: tuple[Result, ...]
    gates: tuple[str, ...]  # the gates the files were assessed against, in catalog order
    groups: tuple[ColumnGroup, ...]

    @property
    def columns(self) -> tuple[Column, ...]:
        gates_of: dict[str, list[str]] = {}
        for r in self.assessments:
            for f in r.findings:
                gates = gates_of.setdefault(f.rule, [])
                if r.gate not in gates:
                    gates.append(r.gate)
        order = {g: i for i, g in enumerate(self.gates)}
        return tuple(
            Column(rule, group, tuple(sorted(gates_of.get(rule, ()), key=order.__getitem__)))
            for group in self.groups
            for rule in group.rules
        )

    @property
    def assessments(self) -> list[Assessment]:
        return [r for r in self.results if isinstance(r, Assessment)]


def cells(a: Assessment) -> dict[str, Finding]:
    """A file's finding per rule (its column's cell); a rule not in it has no cell."""
    return {f.rule: f for f in a.findings}


def build_overview(results: Sequence[Result], catalog: Catalog, as_of: dt.date) -> Overview:
    """The overview of ``results``, in the order given (one row each, invalid ones too)."""
    in_play: dict[str, set[str]] = {}
    for r in results:
        if isinstance(r, Assessment):
            in_play.setdefault(r.gate, set()).update(f.rule for f in r.findings)
    gates = tuple(g for g in catalog.gates if g in in_play)
    groups: list[ColumnGroup] = []
    shared = {r for r in catalog.ids if sum(r in in_play[g] for g in gates) > 1}
    for group in catalog.groups:
        rules = tuple(r for r in catalog.ids if r in shared and r.startswith(group + "-"))
        if rules:
            groups.append(ColumnGroup(None, None, rules, group))
    placed = set(shared)

    def place(gate: str, item: int | None, candidates: Sequence[str]) -> None:
        rules = tuple(r for r in candidates if r in in_play[gate] and r not in placed)
        if rules:
            placed.update(rules)
            groups.append(ColumnGroup(gate, item, rules))

    for gate in gates:
        gate_rules = [r.id for r in catalog.gate_rules(gate, with_application=True)]
        section = catalog.report.get(gate)
        for item in section.items if section else ():
            if item.application:  # met by the application itself: its rules
                named = [r for r in gate_rules if catalog.rule(r).scope == "application"]
                place(gate, item.number, [*item.rules, *named])
            else:
                place(gate, item.number, item.rules)
        place(gate, None, gate_rules)
    return Overview(as_of, tuple(results), gates, tuple(groups))
