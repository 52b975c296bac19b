"""Step 3: the rule catalog's records, and the catalog they make.

The catalog is data (rules/*.yaml): every rule carries its id, name, severity, gates,
waivability, source, path, Norwegian and English texts, and its condition in durable_rules'
JSON form (``unmet_when``: a list of alternatives, each one durable_rules rule; the rule is
unmet when any alternative fires). A gate names the phases it follows, the order of its plan
and, as a condition like a rule's, when its verdict is ``concluded``. The groups of rules (GEN,
IDE, FOR, ETB, APP: one file each), the report's sections (rules/report.yaml) and the call's
parameters (rules/call.yaml) are data too, so next year's call is a data change.

These named tuples are the one definition of each record: readiness/catalog/load.py has
pydantic validate the files into them (on a cache miss only), and the catalog is the one
explicit registry: an unknown id raises with the list of known ones. Named tuples, not
dataclasses: every cold start defines them, and a named tuple costs a fifth of a frozen
dataclass to define.
"""

from __future__ import annotations

import re
from typing import Any, Literal, NamedTuple

from readiness.errors import CatalogError
from readiness.text import Lang, money

Severity = Literal["required", "recommended", "advice"]
SEVERITY_ORDER: tuple[Severity, ...] = ("required", "recommended", "advice")
Condition = dict[str, Any]  # one durable_rules rule: {all: [condition, ...]}


class Texts(NamedTuple):
    nb: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.en if lang == "en" else self.nb


class Place(NamedTuple):
    """A further place a rule's source cites: another section, or another document."""

    document: str
    section: str
    item: int | None = None


class Source(NamedTuple):
    """Where a rule comes from: a document of the catalog and its sections (``"1.10.1, 1.13"``),
    and, where the rule rests on a point of a list, the point: ``item`` numbers a point of the
    booklet's checklist (idefase 1.13), ``point`` names a point of the grant scheme (``tilskudd``,
    whose texts the catalog has no copy of) in words. ``also`` names further places.
    readiness/render/words.py (``cite``) writes it as a person cites it."""

    document: str
    section: str
    quote: str | None = None  # a short quote from the seed, shown by `readiness explain`
    item: int | None = None
    point: Texts | None = None
    also: tuple[Place, ...] = ()

    @property
    def notation(self) -> str:
        """The section as the catalog's machine outputs give it (JSON, SARIF):
        ``1.13 item 2``, ``3.2``, ``who may apply``."""
        return f"{self.section} item {self.item}" if self.item is not None else self.section


class Document(NamedTuple):
    title: str
    cite: Texts  # the name a person cites it by, in each language ("Idéfaseheftet")
    year: int | None = None
    note: str | None = None


class Basis(NamedTuple):
    """Where a rule's weight comes from (rules/catalog.yaml, ``bases``): its label, shown
    beside the severity, and what it means."""

    label: Texts
    about: Texts


class Variant(NamedTuple):
    """What a rule says when one of its alternatives (``unmet_when``) that names this variant
    fired: ``message`` is said before the rule's message (what is wrong in this file), ``remedy``
    instead of the rule's remedy. Several fired variants are said in the rule's order of
    ``variants``; one that fired drops the fired variants it ``replaces``."""

    message: Texts | None = None
    remedy: Texts | None = None
    replaces: tuple[str, ...] = ()


class Group(NamedTuple):
    """A group of rules: their ids' prefix (``IDE`` in IDE-01), their file, their name."""

    id: str
    file: str
    name: Texts


class Gate(NamedTuple):
    id: str
    name: Texts
    question: Texts
    phases: tuple[str, ...]
    # The order of next steps in `readiness plan`: the booklet's checklist (idefase 1.13) and
    # phase table (1.5). Rules of the gate not listed come after, in catalog order.
    plan_order: tuple[str, ...] = ()
    # When the gate's verdict is `concluded` (any alternative fires), whatever is unmet.
    concluded_when: tuple[Condition, ...] = ()


class Call(NamedTuple):
    """Parameters of the grant scheme's call that change from year to year."""

    year: int
    name: Texts
    amount_limits: dict[str, int]  # NOK per gate
    # informative: the call's usual deadline, and a note; each in both languages (a plain text
    # serves both, as a call file may write it)
    deadline: Texts | str | None = None
    note: Texts | str | None = None

    def said(self, text: Texts | str | None, lang: Lang) -> str | None:
        """``deadline`` or ``note`` in ``lang``."""
        return text.get(lang) if isinstance(text, Texts) else text


class Rule(NamedTuple):
    id: str
    name: str
    severity: Severity
    basis: str  # a key of the catalog's bases: grant_scheme, national_team, booklet
    waivable: bool
    gates: tuple[str, ...]
    source: Source
    path: str
    title: Texts
    message: Texts
    remedy: Texts
    condition: Texts  # the condition in words, for `readiness explain`
    unmet_when: tuple[Condition, ...]  # alternatives, each {all: [durable_rules condition, ...]}
    scope: Literal["gate", "application"] = "gate"
    keys: tuple[str, ...] = ()  # keys to fill to meet the rule (for plans)
    # A value that meets the rule, by edit path (readiness.explore.edit syntax; `parties[i]` =
    # each offending party); values may name {party}, {core_party}, {core_parties},
    # {municipal_party}, {specialist_party}, {main_applicant}, {as_of} (readiness.explore.plan
    # resolves them). Verifies plans.
    example: dict[str, Any] | None = None
    # Words for what a particular alternative found (its ``variant``), in this order.
    variants: dict[str, Variant] = {}  # noqa: RUF012 - a record's default, never changed

    @property
    def group(self) -> str:
        return self.id.partition("-")[0]

    @property
    def per_party(self) -> bool:
        """True for rules over every (core) party: their findings name the offending parties."""
        return "[i]" in self.path


class Parameters(NamedTuple):
    age_min: int
    age_max: int


class ReportItem(NamedTuple):
    """One item of a gate's section of the report: a checklist point or a clarification."""

    number: int
    text: Texts
    rules: tuple[str, ...] = ()
    application: bool = False  # met by the application itself (checklist item 12)
    evidence: tuple[str, ...] = ()  # the file's keys whose values the report quotes


class ReportSection(NamedTuple):
    """What the report shows of a gate (rules/report.yaml)."""

    kind: Literal["checklist", "clarifications"]
    source: Source
    title: Texts
    intro: Texts
    items: tuple[ReportItem, ...]


class Catalog:
    """The validated catalog: rules in catalog order, groups, gates, documents, bases, the
    call's parameters and the report's sections."""

    def __init__(
        self,
        *,
        version: int,
        documents: dict[str, Document],
        bases: dict[str, Basis],
        parameters: Parameters,
        groups: list[Group],
        gates: list[Gate],
        rules: list[Rule],
        call: Call,
        report: dict[str, ReportSection],
    ):
        self.version = version
        self.documents = documents
        self.bases = bases
        self.parameters = parameters
        self.groups = {g.id: g for g in groups}
        self.gates = {g.id: g for g in gates}
        self.call = call
        self.report = report
        order = {g.id: i for i, g in enumerate(groups)}
        self.rules = sorted(rules, key=lambda r: (order[r.group], int(r.id.partition("-")[2])))
        self._by_id = {r.id: r for r in self.rules}
        # (gate, with application rules) → the rules, worked out once (every file asks)
        self._for_gate: dict[tuple[str, bool], tuple[Rule, ...]] = {}
        self._with_rules: tuple[str, ...] | None = None

    def rule(self, rule_id: str) -> Rule:
        try:
            return self._by_id[rule_id]
        except KeyError:
            raise KeyError(
                f"unknown rule id {rule_id!r}; known: {', '.join(self._by_id)}"
            ) from None

    def has_rule(self, rule_id: str) -> bool:
        return rule_id in self._by_id

    @property
    def ids(self) -> list[str]:
        return list(self._by_id)

    def gate(self, gate_id: str) -> Gate:
        return self.gates[gate_id]

    def gate_for_phase(self, phase: str) -> str:
        for gate in self.gates.values():
            if phase in gate.phases:
                return gate.id
        raise CatalogError(f"no gate for phase {phase!r}")

    def rules_for(self, gate_id: str, *, with_application: bool = False) -> list[Rule]:
        """The rules of a gate in catalog order; application rules only when asked."""
        return list(self.gate_rules(gate_id, with_application=with_application))

    def gate_rules(self, gate_id: str, *, with_application: bool = False) -> tuple[Rule, ...]:
        """``rules_for``, as the catalog keeps it (one tuple per gate and choice)."""
        key = (gate_id, with_application)
        found = self._for_gate.get(key)
        if found is None:
            found = self._for_gate[key] = tuple(
                r
                for r in self.rules
                if gate_id in r.gates and (r.scope == "gate" or with_application)
            )
        return found

    def fill_doc(self, text: str, lang: Lang) -> str:
        """A rule text with its placeholders filled for documentation (explain, rules, SARIF):
        the call's year and limits, '…' for what only an assessment knows (parties, amounts)."""
        known = {
            "call_year": str(self.call.year),
            "limit": " / ".join(
                f"{money(v, lang)} ({g})" for g, v in self.call.amount_limits.items()
            ),
        }
        return re.sub(r"\{(\w+)\}", lambda m: known.get(m.group(1), "…"), text)

    def gates_with_rules(self) -> list[str]:
        """The gates some rule applies to, in catalog order (worked out once: every
        assessment asks)."""
        if self._with_rules is None:
            self._with_rules = tuple(g for g in self.gates if any(g in r.gates for r in self.rules))
        return list(self._with_rules)
