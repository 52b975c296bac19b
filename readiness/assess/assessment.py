"""Step 5: unmet rules → findings → verdict. Severity and verdict logic live here only.

Findings are plain immutable data in no language: the rule, its status, the parties it names,
the values its texts may quote, and where it points in the file. The words a reader sees (the
rule's title, message and remedy in Norwegian or English) are chosen by the renderers and the
web (readiness/render/words.py), so one assessment can be shown in either language.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from readiness.catalog.records import Catalog, Rule
from readiness.engine.durable import engine_for
from readiness.engine.facts import build_facts
from readiness.errors import Problem, UsageError
from readiness.format.load import LoadedInitiative
from readiness.format.model import Deviation, Initiative

Status = Literal["met", "unmet", "accepted"]
Verdict = Literal["ready", "not_ready", "concluded"]
_SUMMARY_KEYS = ("met", "unmet_required", "unmet_recommended", "unmet_advice", "accepted")


class Location(NamedTuple):
    path: str
    line: int
    column: int


class Finding(NamedTuple):
    """One rule's outcome for one file. A named tuple: immutable, and cheap to build, copy
    and send between processes (a batch makes about twenty per file).

    ``values`` holds what the rule's texts may quote besides the parties (the call's limit,
    the amount asked for, the deadline, the sum of the financing shares: see
    ``message_values``); only unmet rules whose texts name one carry them. ``variants`` names
    the rule's variants that apply (rules/README.md): which of its messages the reader gets."""

    rule: str
    name: str
    severity: str
    basis: str
    status: Status
    source_document: str
    source_section: str
    location: Location
    parties: tuple[str, ...] = ()
    values: Mapping[str, Any] | None = None
    deviation: Deviation | None = None
    variants: tuple[str, ...] = ()

    @property
    def is_missing_prerequisite(self) -> bool:
        return self.status == "unmet" and self.severity == "required"


class ApplicationFacts(NamedTuple):
    """What a file's application asks for, for the pictures that compare many files
    (``readiness overview``) without reading them again: the gate it applies for, the amount
    against the call's limit for that gate (rules/call.yaml or --call), its deadline and when
    it was sent."""

    for_gate: str
    amount: int | None
    limit: int | None
    deadline: dt.date | None
    submitted: dt.date | None

    @property
    def over_limit(self) -> bool | None:
        """True when the amount is over the limit; None when either is not known."""
        if self.amount is None or self.limit is None:
            return None
        return self.amount > self.limit


@dataclass(frozen=True)
class Assessment:
    """One file assessed against one gate. ``party_names`` names the parties its findings
    name (id → name), so that their texts can be written without the file; ``application``
    holds what its application asks for (None without one)."""

    file: str
    initiative: str
    phase: str
    gate: str
    as_of: dt.date
    verdict: Verdict
    findings: tuple[Finding, ...]
    catalog_version: int = 1
    party_names: Mapping[str, str] = field(default_factory=dict)
    # what the file should look at that assessing does not judge: text left from the template
    notes: tuple[Problem, ...] = ()
    application: ApplicationFacts | None = None

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

    def fails(self, strict: bool = False) -> bool:
        """Exit code 1 material: not ready, or (strict) a recommendation not followed."""
        if self.verdict == "not_ready":
            return True
        return strict and self.verdict == "ready" and bool(self.by_status("unmet", "recommended"))


def decide_verdict(concluded: bool, findings: list[Finding]) -> Verdict:
    """The catalog's verdict, in its order: concluded (the gate's ``concluded_when`` holds),
    not_ready, ready."""
    if concluded:
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


def message_values(catalog: Catalog, ini: Initiative, gate: str, as_of: dt.date) -> dict[str, Any]:
    """What rule texts may quote besides {parties}: the call's limit for the gate and its year
    (rules/call.yaml or --call), the application's amount, main applicant (a party id) and
    deadline, the assessment date, and the sum of the pre-project's financing shares. An absent
    value is None ("not given" in a text)."""
    app = ini.application
    fin = ini.pre_project.financing if ini.pre_project else None
    shares = (fin.municipal_share, fin.specialist_share) if fin else (None, None)
    return {
        "share_sum": None if None in shares else sum(s for s in shares if s is not None),
        "limit": catalog.call.amount_limits.get(gate),
        "call_year": catalog.call.year,
        "amount": app.amount_requested if app else None,
        "main_applicant": app.main_applicant if app else None,
        "deadline": app.deadline if app else None,
        "as_of": as_of,
    }


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _quoted(rule: Rule) -> frozenset[str]:
    """The values (not {parties}) the rule's messages and remedies name, in either language."""
    texts = [rule.message, rule.remedy]
    texts += [t for v in rule.variants.values() for t in (v.message, v.remedy) if t is not None]
    return frozenset(m for t in texts for m in _PLACEHOLDER.findall(t.nb + t.en)) - {"parties"}


def _variants(rule: Rule, fired: set[str] | None) -> tuple[str, ...]:
    """The rule's variants that apply: those the fired alternatives name, in the rule's order,
    without the ones a fired variant replaces."""
    if not fired:
        return ()
    replaced = {r for name in fired for r in rule.variants[name].replaces}
    return tuple(name for name in rule.variants if name in fired and name not in replaced)


def assess(
    loaded: LoadedInitiative,
    catalog: Catalog,
    *,
    gate: str | None = None,
    as_of: dt.date | None = None,
) -> Assessment:
    """Assess one loaded initiative against a gate (default: the gate of its phase)."""
    ini = loaded.initiative
    gate = resolve_gate(catalog, ini, gate)
    as_of = as_of or dt.date.today()
    with_app = bool(ini.application and ini.application.for_gate == gate)
    unmet, concluded, fired = engine_for(catalog).evaluate(
        gate, build_facts(ini, catalog, gate, as_of)
    )
    deviations = {d.rule: d for d in ini.deviations}
    order = {p.id: i for i, p in enumerate(ini.parties)}
    values: dict[str, Any] | None = None
    named: set[str] = set()
    findings: list[Finding] = []
    for rule in catalog.gate_rules(gate, with_application=with_app):
        subjects = unmet.get(rule.id)
        if subjects is None:
            line, col = loaded.locate(parse_path(rule.path))
            findings.append(
                Finding(
                    rule.id,
                    rule.name,
                    rule.severity,
                    rule.basis,
                    "met",
                    rule.source.document,
                    rule.source.notation,
                    Location(rule.path, line, col),
                )
            )
            continue
        parties = tuple(sorted({p for p in subjects if p}, key=lambda p: order.get(p, 0)))
        named.update(parties)
        quoted = _quoted(rule)
        if quoted and values is None:
            values = message_values(catalog, ini, gate, as_of)
        if "main_applicant" in quoted and values and values["main_applicant"]:
            named.add(values["main_applicant"])
        index = order.get(parties[0]) if parties and rule.per_party else None
        line, col = loaded.locate(parse_path(rule.path, index))
        shown = rule.path.replace("[i]", f"[{index}]") if index is not None else rule.path
        deviation = deviations.get(rule.id) if rule.waivable else None
        findings.append(
            Finding(
                rule.id,
                rule.name,
                rule.severity,
                rule.basis,
                "accepted" if deviation is not None else "unmet",
                rule.source.document,
                rule.source.notation,
                Location(shown, line, col),
                parties,
                {k: values[k] for k in quoted if k in values} if quoted and values else None,
                deviation,
                _variants(rule, fired.get(rule.id)),
            )
        )
    return Assessment(
        file=loaded.file,
        initiative=ini.initiative.name,
        phase=ini.initiative.phase,
        gate=gate,
        as_of=as_of,
        verdict=decide_verdict(concluded, findings),
        findings=tuple(findings),
        catalog_version=catalog.version,
        party_names={p.id: p.name for p in ini.parties if p.id in named},
        notes=loaded.notes,
        application=_application_facts(catalog, ini),
    )


def _application_facts(catalog: Catalog, ini: Initiative) -> ApplicationFacts | None:
    app = ini.application
    if app is None:
        return None
    return ApplicationFacts(
        app.for_gate,
        app.amount_requested,
        catalog.call.amount_limits.get(app.for_gate),
        app.deadline,
        app.submitted,
    )
