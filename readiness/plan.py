"""Next steps to readiness: the unmet rules of a gate, in the booklet's order.

Required rules come first, then recommended ones; advice is left out of the plan (it never
changes the verdict; `readiness check` shows it). Within a severity the order is the gate's
``plan_order`` in rules/catalog.yaml (idefase 1.13's checklist, items 1–11, and the phase table
1.5 for the later gates): the order is data, not code. Each step carries its remedy, the keys to
fill (the rule's ``keys``, ``parties[i]`` named for each offending party), its source, and a
what-if that would meet it, built from the rule's ``example`` (see rules/README.md).

The plan is verifiable: ``plan.edits`` applied as one what-if (readiness.whatif) makes the file
ready; tests/test_plan.py checks that on every example.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from readiness.assessment import Assessment, Finding, assess
from readiness.catalog import SEVERITY_ORDER, Catalog, Rule
from readiness.edit import SELECTOR_KEYS, parse_path, set_value
from readiness.errors import UsageError
from readiness.i18n import Lang
from readiness.loader import LoadedInitiative
from readiness.model import level_of
from readiness.whatif import Edit

_PLACEHOLDER = re.compile(r"^\{([a-z_]+)\}$")


@dataclass(frozen=True)
class Step:
    number: int
    finding: Finding
    keys: tuple[str, ...]
    edits: tuple[Edit, ...]  # a what-if that meets the rule (empty when none can be derived)

    def to_dict(self) -> dict[str, Any]:
        f = self.finding
        return {
            "step": self.number,
            "rule": f.rule,
            "name": f.name,
            "severity": f.severity,
            "title": f.title,
            "remedy": f.remedy,
            "keys": list(self.keys),
            "parties": list(f.parties),
            "example": [e.to_dict() for e in self.edits],
            "source": {"document": f.source_document, "section": f.source_section},
            "location": f.location.to_dict(),
        }


@dataclass(frozen=True)
class Plan:
    assessment: Assessment
    steps: tuple[Step, ...]
    advice_left_out: int

    @property
    def edits(self) -> list[Edit]:
        """Every step's what-if, in order: the plan applied."""
        return [e for s in self.steps for e in s.edits]

    def to_dict(self) -> dict[str, Any]:
        a = self.assessment
        return {
            "file": a.file,
            "initiative": a.initiative,
            "gate": a.gate,
            "verdict": a.verdict,
            "missing_prerequisites": a.missing_prerequisites,
            "steps": [s.to_dict() for s in self.steps],
            "advice_left_out": self.advice_left_out,
        }


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
    lang: Lang = "nb",
) -> Plan:
    """The ordered next steps for ``loaded`` to be ready for ``gate`` (default: its phase's)."""
    assessment = assess(loaded, catalog, gate=gate, as_of=as_of, lang=lang)
    unmet = [f for f in assessment.findings if f.status == "unmet"]
    advice = [f for f in unmet if f.severity == "advice"]
    if assessment.verdict == "concluded":  # the idea phase ended: nothing to prepare
        return Plan(assessment, (), len(advice))
    work = copy.deepcopy(loaded.document.data)
    steps = []
    for n, f in enumerate(
        ordered([f for f in unmet if f.severity != "advice"], catalog, assessment.gate), 1
    ):
        rule = catalog.rule(f.rule)
        edits = _example_edits(rule, f, work, assessment.as_of)
        steps.append(Step(n, f, _keys(rule, f), tuple(edits)))
    return Plan(assessment, tuple(steps), len(advice))


def _keys(rule: Rule, f: Finding) -> tuple[str, ...]:
    out: list[str] = []
    for key in rule.keys:
        if "[i]" in key and f.parties:
            out += [key.replace("[i]", f"[{p}]") for p in f.parties]
        else:
            out.append(key)
    return tuple(dict.fromkeys(out))


# -- examples → edits ------------------------------------------------------------------------
def _example_edits(rule: Rule, f: Finding, work: dict[str, Any], as_of: dt.date) -> list[Edit]:
    """The rule's example as edits on the file as the earlier steps left it (and applied to
    ``work``): `parties[i]` and
    {party} for each offending party, the other placeholders from the file, and a list value
    merged into the list that is there."""
    edits: list[Edit] = []
    for key, value in (rule.example or {}).items():
        per_party = "[i]" in key or _names_party(value)
        for pid in f.parties if per_party else [None]:
            path = key.replace("[i]", f"[{pid}]") if pid else key
            resolved = _resolve(value, _values(work, pid, as_of))
            if resolved is _MISSING:
                continue
            current = _get(work, path)
            if isinstance(resolved, list) and isinstance(current, list):
                resolved = _merge(current, resolved)
            set_value(work, path, copy.deepcopy(resolved))
            edits.append(Edit("set", path, resolved))
    last = {e.path: e for e in edits}  # one edit per path: its final value
    return [last[p] for p in dict.fromkeys(e.path for e in edits)]


_MISSING = object()


def _names_party(value: Any) -> bool:
    return "{party}" in yaml.safe_dump(value, allow_unicode=True) if value is not None else False


def _values(work: dict[str, Any], pid: str | None, as_of: dt.date) -> dict[str, Any]:
    parties = [p for p in work.get("parties") or [] if isinstance(p, Mapping) and "id" in p]
    core = [p for p in parties if p.get("core") and level_of(str(p.get("kind")))]

    def first(level: str) -> str | None:
        found = [p for p in core if level_of(str(p.get("kind"))) == level] or [
            p for p in parties if level_of(str(p.get("kind"))) == level
        ]
        return str(found[0]["id"]) if found else None

    return {
        "party": pid,
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


def _get(data: Any, path: str) -> Any:
    """The value at ``path``, or None when it is not there."""
    node = data
    try:
        for kind, name in parse_path(path):
            if kind == "key":
                node = node.get(name) if isinstance(node, Mapping) else None
            elif isinstance(node, list):
                if isinstance(name, int):
                    node = node[name] if name < len(node) else None
                else:
                    node = next(
                        (
                            x
                            for x in node
                            if isinstance(x, Mapping)
                            and any(str(x.get(k)) == name for k in SELECTOR_KEYS)
                        ),
                        None,
                    )
            else:
                return None
            if node is None:
                return None
    except UsageError:
        return None
    return node


def _merge(current: list[Any], new: list[Any]) -> list[Any]:
    """``new`` merged into ``current``: a mapping with the same id (or with/party/rule) is
    updated, other items are added when not already there."""
    out = copy.deepcopy(current)
    for item in new:
        if isinstance(item, Mapping):
            sel = next((k for k in SELECTOR_KEYS if k in item), None)
            match = next(
                (x for x in out if sel and isinstance(x, Mapping) and x.get(sel) == item[sel]), None
            )
            if isinstance(match, dict):
                match.update(copy.deepcopy(dict(item)))
                continue
        if item not in out:
            out.append(copy.deepcopy(item))
    return out
