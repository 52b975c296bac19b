"""Next steps to readiness: the unmet rules of a gate, in the booklet's order.

Required rules come first, then recommended ones; advice is left out of the plan (it never
changes the verdict; `readiness check` shows it). Within a severity the order is the gate's
``plan_order`` in rules/catalog.yaml (idefase 1.13's checklist, items 1–11, and the phase table
1.5 for the later gates): the order is data, not code. Each step carries its remedy, the keys to
fill (the rule's ``keys``, ``parties[i]`` named for each offending party), its source, and a
what-if that would meet it, built from the rule's ``example`` (see rules/README.md).

The plan is verifiable: ``plan.edits`` applied as one what-if (readiness.explore.whatif) makes the
file ready; tests/test_plan.py checks that on every example."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from readiness.assess.assessment import Assessment, Finding, assess
from readiness.catalog.records import SEVERITY_ORDER, Catalog, Rule
from readiness.explore.edit import SELECTOR_KEYS, Editor
from readiness.explore.whatif import Edit
from readiness.format.load import LoadedInitiative
from readiness.format.model import level_of

_PLACEHOLDER = re.compile(r"^\{([a-z_]+)\}$")


@dataclass(frozen=True)
class Step:
    number: int
    finding: Finding
    keys: tuple[str, ...]
    edits: tuple[Edit, ...]  # a what-if that meets the rule (empty when none can be derived)


@dataclass(frozen=True)
class Plan:
    assessment: Assessment
    steps: tuple[Step, ...]
    advice_left_out: int

    @property
    def edits(self) -> list[Edit]:
        """Every step's what-if, in order: the plan applied."""
        return [e for s in self.steps for e in s.edits]


def ordered(findings: list[Finding], catalog: Catalog, gate: str) -> list[Finding]:
    """Required before recommended; within each, the gate's plan_order, then catalog order."""
    order = {rid: i for i, rid in enumerate(catalog.gate(gate).plan_order)}
    catalog_index = {rid: i for i, rid in enumerate(catalog.ids)}
    return sorted(
        findings,
        key=lambda f: (
            SEVERITY_ORDER.index(f.severity),
            order.get(f.rule, len(order) + catalog_index.get(f.rule, 0)),
        ),
    )


def build_plan(
    loaded: LoadedInitiative,
    catalog: Catalog,
    *,
    gate: str | None = None,
    as_of: dt.date | None = None,
    assessment: Assessment | None = None,
) -> Plan:
    """The ordered next steps for ``loaded`` to be ready for ``gate`` (default: its phase's).
    ``assessment``: ``loaded`` already assessed (against that gate, on that date), so that a
    caller who has one does not pay for it twice."""
    if assessment is None:
        assessment = assess(loaded, catalog, gate=gate, as_of=as_of)
    unmet = [f for f in assessment.findings if f.status == "unmet"]
    advice = [f for f in unmet if f.severity == "advice"]
    if assessment.verdict == "concluded":  # the idea phase ended: nothing to prepare
        return Plan(assessment, (), len(advice))
    work = Editor(copy.deepcopy(loaded.document.data))
    steps = []
    for n, f in enumerate(
        ordered([f for f in unmet if f.severity != "advice"], catalog, assessment.gate), 1
    ):
        rule = catalog.rule(f.rule)
        edits = _example_edits(rule, f, work, assessment.as_of)
        steps.append(Step(n, f, keys_to_fill(rule, f), tuple(edits)))
    return Plan(assessment, tuple(steps), len(advice))


def keys_to_fill(rule: Rule, f: Finding) -> tuple[str, ...]:
    """The keys to fill to meet ``rule`` where ``f`` found it unmet: the rule's ``keys``, with
    ``parties[i]`` named for each party the finding names (``parties[siljan].stance``)."""
    out: list[str] = []
    for key in rule.keys:
        if "[i]" in key and f.parties:
            out += [key.replace("[i]", f"[{p}]") for p in f.parties]
        else:
            out.append(key)
    return tuple(dict.fromkeys(out))


# -- examples → edits ------------------------------------------------------------------------
# Each step costs in proportion to the parties it names, not to parties x the file's parties:
# the placeholders are read from the file once for each key of an example, a party is found
# through the editor's index, and the values a key collects from each party are merged into
# the list that is there in one pass.
def _example_edits(rule: Rule, f: Finding, work: Editor, as_of: dt.date) -> list[Edit]:
    """The rule's example as edits on the file as the earlier steps left it (and applied to
    ``work``): `parties[i]` and {party} for each offending party, the other placeholders from
    the file, and a list value merged into the list that is there.

    The placeholders other than {party} are read once for each key, before its edits: a key's
    edits set one party's key each, or one path that no placeholder reads."""
    edits: list[Edit] = []
    for key, value in (rule.example or {}).items():
        names = _placeholders(value)
        per_party = "[i]" in key or "party" in names
        values = _values(work.data, as_of, names)
        pids: list[str | None] = list(f.parties) if per_party else [None]
        if "[i]" in key:  # a path of its own for each party
            for pid in pids:
                path = key.replace("[i]", f"[{pid}]")
                resolved = _resolve(value, {**values, "party": pid})
                if resolved is not _MISSING:
                    edits.append(_set(work, path, [resolved]))
        else:  # one path: each party's value set in turn, a list merged into the one there
            each = [
                r
                for pid in pids
                if (r := _resolve(value, {**values, "party": pid})) is not _MISSING
            ]
            if each:
                edits.append(_set(work, key, each))
    last = {e.path: e for e in edits}  # one edit per path: its final value
    return [last[p] for p in dict.fromkeys(e.path for e in edits)]


_MISSING = object()


def _set(work: Editor, path: str, values: list[Any]) -> Edit:
    """Set ``path`` to each of ``values`` in turn (a list merged into the list there, anything
    else replacing it), in one pass; the edit that leaves the final value."""
    if not any(isinstance(v, list) for v in values):  # nothing to merge: the last one stays
        work.set(path, copy.deepcopy(values[-1]))
        return Edit("set", path, values[-1])
    current = work.get(path)
    pending: list[Any] = []  # list items still to merge into ``current``
    for value in values:
        if isinstance(value, list) and isinstance(current, list):
            pending += value
        else:  # replaces what is there, with what was to be merged into it
            current, pending = value, []
    if pending:
        current = _merge(current, pending)
    work.set(path, copy.deepcopy(current))
    return Edit("set", path, current)


def _placeholders(value: Any) -> set[str]:
    """The placeholders (`{party}`, `{core_parties}`) ``value`` holds as whole strings."""
    if isinstance(value, str):
        m = _PLACEHOLDER.match(value)
        return {m.group(1)} if m else set()
    if isinstance(value, Mapping):
        return set().union(*(_placeholders(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_placeholders(v) for v in value))
    return set()


def _values(work: dict[str, Any], as_of: dt.date, names: set[str]) -> dict[str, Any]:
    """The file's values of the placeholders in ``names`` ({party} excepted: the caller's)."""
    if not names - {"party"}:
        return {}
    parties = [p for p in work.get("parties") or [] if isinstance(p, Mapping) and "id" in p]
    levels = [level_of(str(p.get("kind"))) for p in parties]
    core = [p for p, level in zip(parties, levels, strict=True) if p.get("core") and level]

    def first(level: str) -> str | None:
        found = [p for p in core if level_of(str(p.get("kind"))) == level] or [
            p for p, lv in zip(parties, levels, strict=True) if lv == level
        ]
        return str(found[0]["id"]) if found else None

    return {
        "core_parties": [str(p["id"]) for p in core] or None,
        "core_party": str(core[0]["id"]) if core else None,
        "municipal_party": first("municipal"),
        "specialist_party": first("specialist"),
        "main_applicant": (work.get("application") or {}).get("main_applicant"),
        "as_of": as_of,
    }


def _resolve(value: Any, values: dict[str, Any]) -> Any:
    if isinstance(value, str):
        m = _PLACEHOLDER.match(value)
        if m and m.group(1) in values:
            return _MISSING if values[m.group(1)] is None else copy.deepcopy(values[m.group(1)])
        return value
    if isinstance(value, Mapping):
        out = {k: _resolve(v, values) for k, v in value.items()}
        return _MISSING if any(v is _MISSING for v in out.values()) else out
    if isinstance(value, list):
        items = [_resolve(v, values) for v in value]
        return _MISSING if any(v is _MISSING for v in items) else items
    return value


def _merge(current: list[Any], new: list[Any]) -> list[Any]:
    """``new`` merged into ``current``: a mapping with the same id (or with/party/rule) is
    updated, other items are added when not already there. Linear in the items: the
    mappings are found by their selector values, the other items by value where they hash."""
    out = copy.deepcopy(current)
    by_key: dict[tuple[str, Any], Any] = {}  # (selector key, value) -> the first such mapping
    seen: set[Any] = set()  # the hashable items of ``out``

    def note(x: Any) -> None:
        if isinstance(x, Mapping):
            for k in SELECTOR_KEYS:
                if k in x and _hashable(x[k]):
                    by_key.setdefault((k, x[k]), x)
        elif _hashable(x):
            seen.add(x)

    for x in out:
        note(x)
    for item in new:
        fresh = False  # known not to be in ``out``
        if isinstance(item, Mapping):
            sel = next((k for k in SELECTOR_KEYS if k in item), None)
            if sel and _hashable(item[sel]):
                match = by_key.get((sel, item[sel]))
                if isinstance(match, dict):
                    match.update(copy.deepcopy(dict(item)))
                    note(match)
                    continue
                fresh = match is None  # no mapping there has this name: none equals the item
        if not fresh and (item in seen if _hashable(item) else item in out):
            continue
        out.append(copy.deepcopy(item))
        note(out[-1])
    return out


def _hashable(x: Any) -> bool:
    try:
        hash(x)
    except TypeError:
        return False
    return True
