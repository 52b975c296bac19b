"""Step 6: unmet rules → findings → verdict. Severity and verdict logic live here only.

Findings are plain immutable data; renderers consume ``Assessment.to_dict()`` or the
dataclasses, never the engine.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from readiness.catalog.records import Catalog, Rule
from readiness.engine.durable import engine_for
from readiness.engine.facts import build_facts
from readiness.errors import UsageError
from readiness.format.load import LoadedInitiative
from readiness.format.model import Deviation, Initiative
from readiness.text import Lang, money, t

Status = Literal["met", "unmet", "accepted"]
Verdict = Literal["ready", "not_ready", "concluded"]
_INDEX = re.compile(r"\[i\]")
_SUMMARY_KEYS = ("met", "unmet_required", "unmet_recommended", "unmet_advice", "accepted")


class Location(NamedTuple):
    path: str
    line: int
    column: int

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "column": self.column}


class Finding(NamedTuple):
    """One rule's outcome for one file. A named tuple: immutable, and cheap to build, copy
    and send between processes (a batch makes about twenty per file)."""

    rule: str
    name: str
    severity: str
    status: Status
    title: str
    message: str
    remedy: str
    source_document: str
    source_section: str
    location: Location
    parties: tuple[str, ...] = ()
    deviation: Deviation | None = None

    @property
    def is_missing_prerequisite(self) -> bool:
        return self.status == "unmet" and self.severity == "required"

    def to_dict(self) -> dict[str, Any]:
        """The catalog's JSON shape, keys in the catalog's order."""
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity,
            "status": self.status,
            "title": self.title,
            "message": self.message,
            "remedy": self.remedy,
            "source": {"document": self.source_document, "section": self.source_section},
            "location": self.location.to_dict(),
        }


@dataclass(frozen=True)
class Assessment:
    file: str
    initiative: str
    phase: str
    gate: str
    gate_name: str
    as_of: dt.date
    verdict: Verdict
    findings: tuple[Finding, ...]
    lang: Lang = "nb"
    catalog_version: int = 1
    extras: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def missing_prerequisites(self) -> list[str]:
        return [f.rule for f in self.findings if f.is_missing_prerequisite]

    def by_status(self, status: Status, severity: str | None = None) -> list[Finding]:
        return [
            f
            for f in self.findings
            if f.status == status and (severity is None or f.severity == severity)
        ]

    @property
    def summary(self) -> dict[str, int]:
        """Findings by status (unmet ones by severity), in one pass."""
        out = dict.fromkeys(_SUMMARY_KEYS, 0)
        for f in self.findings:
            status = f.status
            out[f"unmet_{f.severity}" if status == "unmet" else status] += 1
        return out

    def verdict_sentence(self, lang: Lang | None = None) -> str:
        """The verdict as one sentence for people (text, report, web)."""
        lang = lang or self.lang
        if self.verdict == "concluded":
            return t("verdict.concluded.long", lang)
        if self.verdict == "ready":
            return t("verdict.ready.long", lang, gate_name=self.gate_name)
        return t(
            "verdict.not_ready.long",
            lang,
            count=len(self.missing_prerequisites),
            gate_name=self.gate_name,
        )

    def fails(self, strict: bool = False) -> bool:
        """Exit code 1 material: not ready, or (strict) a recommendation not followed."""
        if self.verdict == "not_ready":
            return True
        return strict and self.verdict == "ready" and bool(self.by_status("unmet", "recommended"))

    def to_dict(self) -> dict[str, Any]:
        """The catalog's JSON shape."""
        return {
            "file": self.file,
            "initiative": self.initiative,
            "gate": self.gate,
            "verdict": self.verdict,
            "missing_prerequisites": self.missing_prerequisites,
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary,
        }


def decide_verdict(gate: str, initiative: Initiative, findings: list[Finding]) -> Verdict:
    """The catalog's verdict, in its order: concluded, not_ready, ready."""
    by_rule = {f.rule: f for f in findings}
    outcome = initiative.decision.outcome if initiative.decision else "undecided"
    documented = by_rule.get("IDE-17")
    if (
        gate == "preproject"
        and outcome == "other_solution"
        and documented is not None
        and documented.status == "met"
    ):
        return "concluded"
    if any(f.is_missing_prerequisite for f in findings):
        return "not_ready"
    return "ready"


@functools.lru_cache(maxsize=1024)
def parse_path(path: str, index: int | None = None) -> tuple[str | int, ...]:
    """'parties[i].leadership' → ('parties', index, 'leadership')."""
    out: list[str | int] = []
    for part in path.split("."):
        m = re.fullmatch(r"([a-z_]+)\[(i|\d+)\]", part)
        if m:
            out.append(m.group(1))
            if m.group(2) == "i":
                if index is None:
                    break
                out.append(index)
            else:
                out.append(int(m.group(2)))
        else:
            out.append(part)
    return tuple(out)


def resolve_gate(catalog: Catalog, initiative: Initiative, gate: str | None) -> str:
    gate = gate or catalog.gate_for_phase(initiative.initiative.phase)
    available = catalog.gates_with_rules()
    if gate not in available:
        raise UsageError("usage.gate_no_rules", gate=gate, gates=", ".join(available))
    return gate


class _Values(dict[str, str]):
    """Message values; a placeholder with no value stays as written (never a KeyError)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def message_values(
    catalog: Catalog, ini: Initiative, gate: str, as_of: dt.date, lang: Lang
) -> dict[str, str]:
    """Values rule texts may name besides {parties}: the call's limit for the gate and its
    year (rules/call.yaml or --call), the application's amount, main applicant and deadline,
    and the assessment date. Absent values read "not given"."""
    absent = t("value.absent", lang)
    app = ini.application
    limit = catalog.call.amount_limits.get(gate)
    main = ini.party(app.main_applicant) if app and app.main_applicant else None
    return {
        "limit": money(limit, lang) if limit is not None else absent,
        "call_year": str(catalog.call.year),
        "amount": (
            money(app.amount_requested, lang)
            if app and app.amount_requested is not None
            else absent
        ),
        "main_applicant": f"{main.name} ({main.id})" if main else absent,
        "deadline": app.deadline.isoformat() if app and app.deadline else absent,
        "as_of": as_of.isoformat(),
    }


class _Unmet:
    """What the findings of unmet rules of one assessment share: the parties in file order,
    and the values their texts may name (each worked out once, and only when needed)."""

    def __init__(
        self, catalog: Catalog, loaded: LoadedInitiative, gate: str, as_of: dt.date, lang: Lang
    ):
        self._parties = loaded.initiative.parties
        self._context = (catalog, loaded.initiative, gate, as_of, lang)  # message_values'
        self.order = {p.id: i for i, p in enumerate(self._parties)}

    @functools.cached_property
    def names(self) -> dict[str, str]:
        """Each party's name as texts give it (only for a text with a placeholder)."""
        return {p.id: f"{p.name} ({p.id})" for p in reversed(self._parties)}

    @functools.cached_property
    def values(self) -> dict[str, str]:
        """``message_values`` (only for a text with a placeholder)."""
        return message_values(*self._context)


class _Met(NamedTuple):
    """A rule of a gate, ready to be a met finding (the common case: about fifteen of twenty
    findings a file): everything but where it stands in the file."""

    rule: Rule
    path: tuple[str | int, ...]  # where to look for its position
    # the Finding's fields before its location
    fields: tuple[str, str, str, Status, str, str, str, str, str]


# (id of a catalog's rule tuple, lang) → (that tuple, its _Met records); rules hold dicts, so
# the tuple itself cannot be a cache key
_MET: dict[tuple[int, str], tuple[tuple[Rule, ...], tuple[_Met, ...]]] = {}


def _met(rules: tuple[Rule, ...], lang: Lang) -> tuple[_Met, ...]:
    """``rules`` (a gate's, as the catalog keeps them) as met findings but for the location."""
    cached = _MET.get((id(rules), lang))
    if cached is not None and cached[0] is rules:
        return cached[1]
    met = t("finding.met", lang)
    records = tuple(
        _Met(
            rule,
            parse_path(rule.path),
            (
                rule.id,
                rule.name,
                rule.severity,
                "met",
                rule.title.get(lang),
                met,
                "",
                rule.source.document,
                rule.source.section,
            ),
        )
        for rule in rules
    )
    if len(_MET) >= 64:  # catalogs come and go in a long-running process (tests, --call)
        _MET.clear()
    _MET[(id(rules), lang)] = (rules, records)
    return records


def _finding(
    rule: Rule,
    path: tuple[str | int, ...],
    loaded: LoadedInitiative,
    subjects: list[str | None],
    deviation: Deviation | None,
    lang: Lang,
    shared: _Unmet,
) -> Finding:
    """The finding of an unmet rule (accepted, when a deviation waives it). ``path`` is
    ``parse_path(rule.path)``."""
    index: int | None = None
    order = shared.order
    if len(subjects) == 1:  # one match: most unmet rules
        parties: tuple[str, ...] = (subjects[0],) if subjects[0] else ()
    else:
        pids = [p for p in dict.fromkeys(subjects) if p]
        pids.sort(key=lambda p: order.get(p, 0))
        parties = tuple(pids)
    if parties and rule.per_party:
        index = order.get(parties[0])
    line, col = loaded.locate(path if index is None else parse_path(rule.path, index))
    shown = _INDEX.sub(f"[{index}]", rule.path) if index is not None else rule.path
    status: Status = "accepted" if deviation is not None and rule.waivable else "unmet"
    message, remedy = rule.message.get(lang), rule.remedy.get(lang)
    # only texts with a placeholder ({parties}, {limit}: 10 rules of 56) are filled in: on a
    # text without a brace, format_map changes nothing
    if "{" in message or "}" in message or "{" in remedy or "}" in remedy:
        names = ", ".join(shared.names[p] for p in parties if p in shared.names)
        fill = _Values(shared.values, parties=names or "-")
        message, remedy = message.format_map(fill), remedy.format_map(fill)
    return Finding(
        rule.id,
        rule.name,
        rule.severity,
        status,
        rule.title.get(lang),
        message.strip(),
        remedy.strip(),
        rule.source.document,
        rule.source.section,
        Location(shown, line, col),
        parties,
        deviation if status == "accepted" else None,
    )


def assess(
    loaded: LoadedInitiative,
    catalog: Catalog,
    *,
    gate: str | None = None,
    as_of: dt.date | None = None,
    lang: Lang = "nb",
) -> Assessment:
    """Assess one loaded initiative against a gate (default: the gate of its phase)."""
    ini = loaded.initiative
    gate = resolve_gate(catalog, ini, gate)
    as_of = as_of or dt.date.today()
    with_app = bool(ini.application and ini.application.for_gate == gate)
    rules = catalog.gate_rules(gate, with_application=with_app)
    facts = build_facts(ini, catalog, gate, as_of)
    unmet = engine_for(catalog).evaluate(gate, facts)
    deviations = {d.rule: d for d in ini.deviations}
    shared = _Unmet(catalog, loaded, gate, as_of, lang) if unmet else None
    locate = loaded.document.locate
    findings: list[Finding] = []
    for rule, path, fields in _met(rules, lang):
        subjects = unmet.get(rule.id) if shared is not None else None
        if subjects is None or shared is None:  # met
            line, col = locate(path)
            findings.append(Finding(*fields, Location(rule.path, line, col)))
        else:
            deviation = deviations.get(rule.id)
            findings.append(_finding(rule, path, loaded, subjects, deviation, lang, shared))
    return Assessment(
        file=loaded.file,
        initiative=ini.initiative.name,
        phase=ini.initiative.phase,
        gate=gate,
        gate_name=catalog.gate(gate).name.get(lang),
        as_of=as_of,
        verdict=decide_verdict(gate, ini, findings),
        findings=tuple(findings),
        lang=lang,
        catalog_version=catalog.version,
    )
