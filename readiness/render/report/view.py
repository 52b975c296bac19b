"""The readiness report's data: Assessment + LoadedInitiative + Catalog → a plain view model.

`readiness report` renders one document for the coordinator and the leaders who sign the application
to Statsforvalteren. Everything the templates show is assembled here, already in the user's
language, so the renderers (readiness/render/report/document.py) only lay it out. What the report
shows per gate (the checklist of idefase 1.13, the clarifications of table 1.5) is data in
rules/report.yaml; the verdict and the findings come unchanged from the Assessment, so the report
says the same as `readiness check`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Literal

from readiness import __version__
from readiness.assess.assessment import Assessment, Finding
from readiness.catalog.records import Catalog
from readiness.format.labels import choice_label, field_label
from readiness.format.load import LoadedInitiative
from readiness.format.model import level_of
from readiness.render.words import (
    cite,
    finding_groups,
    gate_name,
    said,
    summary_sentence,
    verdict_sentence,
)
from readiness.text import MESSAGES, Lang, money, t

if TYPE_CHECKING:
    from readiness.render.history import ReportHistory

# Display statuses, worst first: an item of the checklist takes the worst of its rules.
DisplayStatus = Literal[
    "missing", "warning", "advice", "information", "accepted", "met", "not_assessed", "not_yet"
]
# "information": a rule not met in a concluded assessment (a closed outcome, nothing to do)
_WORST_FIRST: tuple[str, ...] = ("missing", "warning", "advice", "information", "accepted", "met")
# A mark beside every colour, so that status never depends on colour alone.
MARKS: dict[str, str] = {
    "met": "✓",
    "missing": "✗",
    "warning": "!",
    "advice": "i",
    "information": "i",
    "accepted": "~",
    "not_assessed": "–",
    "not_yet": "○",
}
GRID_ROW = 12  # cells per row of the status grid (fits A4 portrait)


# -- the view model ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Fact:
    """One labelled value of the report's header or of the application."""

    label: str
    value: str


@dataclass(frozen=True)
class Evidence:
    """A value quoted from the initiative file: where it stands in words (``label``), the key
    it stands under (``key``, for the coordinator's small print) and its line."""

    label: str
    value: str
    line: int | None
    key: str = ""
    nowrap: bool = False  # a date or an amount: never broken over two lines


@dataclass(frozen=True)
class RuleRef:
    rule: str
    title: str
    severity_label: str
    status: str
    status_label: str
    mark: str


@dataclass(frozen=True)
class Item:
    number: int
    text: str
    status: str
    status_label: str
    mark: str
    rules: tuple[RuleRef, ...]
    evidence: tuple[Evidence, ...]
    note: str = ""


@dataclass(frozen=True)
class Checklist:
    kind: str
    title: str
    intro: str
    source: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class FindingView:
    rule: str
    title: str
    severity: str
    severity_label: str
    basis: str
    basis_label: str
    status: str
    status_label: str
    mark: str
    message: str
    remedy: str
    source: str
    path: str
    line: int
    parties: str
    where: str  # the party and the field in words ("Siljan kommune: holdning til forprosjekt")
    deviation_reason: str = ""
    deviation_by: str = ""
    deviation_date: str = ""


@dataclass(frozen=True)
class MissingView:
    """A missing prerequisite as the first part of the report names it."""

    rule: str
    title: str
    severity_label: str  # how binding it is
    basis_label: str  # where that weight comes from: the rule's basis, as its label
    todo: str  # one sentence on what to do: the first of the remedy's


@dataclass(frozen=True)
class Signatory:
    """A core party whose leader reviews and signs the report (the approval block)."""

    id: str
    name: str
    leader: str  # the leader's role as the file gives it (leadership.by), or ""


@dataclass(frozen=True)
class FindingGroup:
    """A heading of the findings and what stands under it (readiness/render/words.py,
    finding_groups): missing prerequisites, recommendations, advice, accepted deviations; or,
    for a concluded assessment, information."""

    kind: str
    heading: str
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class PartyRow:
    id: str
    name: str
    kind: str
    level: str
    core: str
    stance: str
    leadership: str
    leadership_by: str
    leadership_date: str
    in_agreement: str


@dataclass(frozen=True)
class GridCell:
    rule: str
    number: str
    status: str
    mark: str
    label: str  # the text alternative: id, status, severity, requirement


@dataclass(frozen=True)
class GridRow:
    group: str
    cells: tuple[GridCell, ...]
    continued: bool = False  # a further row of the same group (the picture labels the first)


@dataclass(frozen=True)
class Legend:
    status: str
    mark: str
    label: str
    count: int


@dataclass(frozen=True)
class ApplicantRow:
    id: str
    name: str
    role: str
    level: str
    signed: str
    signed_by: str
    signed_date: str


@dataclass(frozen=True)
class Milestone:
    what: str
    by: str


@dataclass(frozen=True)
class ApplicationView:
    for_gate: str
    for_gate_name: str
    assessed: bool  # its APP rules are part of this assessment
    note: str
    applicants: tuple[ApplicantRow, ...]
    facts: tuple[Fact, ...]
    amount_status: str  # within | over | unknown
    amount_text: str
    milestones: tuple[Milestone, ...]
    texts: tuple[Fact, ...]
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class ReportView:
    lang: str
    title: str
    question: str
    initiative: str
    header: tuple[Fact, ...]
    verdict: str
    verdict_label: str
    verdict_text: str
    missing: tuple[str, ...]
    missing_items: tuple[MissingView, ...]
    summary: str
    grid: tuple[GridRow, ...]
    legend: tuple[Legend, ...]
    parties: tuple[PartyRow, ...]
    agreement: tuple[Fact, ...]
    checklist: Checklist | None
    groups: tuple[FindingGroup, ...]
    application: ApplicationView | None
    rules: tuple[FindingView, ...]
    sources: tuple[Fact, ...]
    signatories: tuple[Signatory, ...]
    footer: str
    labels: dict[str, str]
    # -- progress over time (report --history): readiness/render/history.py's section ----------
    history: ReportHistory | None = None


# -- helpers ----------------------------------------------------------------------------------
def _label(prefix: str, value: str | None, lang: Lang) -> str:
    """An enum value's label (report.value.<prefix>.<value>), else the value itself."""
    if value is None:
        return t("value.absent", lang)
    key = f"report.value.{prefix}.{value}"
    return t(key, lang) if key in MESSAGES else str(value)


def _service_level(kind: str | None, lang: Lang) -> str:
    """A party kind's service level as a label, or a dash for kinds that have none."""
    level = level_of(kind) if kind is not None else None
    return _label("level", level, lang) if level else "–"


def _yes_no(flag: bool, lang: Lang) -> str:
    return t("yes" if flag else "no", lang)


def _display_status(f: Finding, a: Assessment) -> str:
    if f.status == "met":
        return "met"
    if f.status == "accepted":
        return "accepted"
    if a.verdict == "concluded":
        return "information"
    return {"required": "missing", "recommended": "warning"}.get(f.severity, "advice")


def _status_label(status: str, lang: Lang) -> str:
    return t(f"report.status.{status}", lang)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# One step of a path in a file: a key, with an optional list index (`parties[2]`).
_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?")


def _entry_name(seq_key: str, entry: Any, index: int, loaded: LoadedInitiative, lang: Lang) -> str:
    """How a reader knows the ``index``-th entry of the list ``seq_key``: a party by its name,
    another entry by its name, id or party, else by the list's label and its number."""
    if isinstance(entry, dict):
        for key in ("name", "id"):
            if isinstance(entry.get(key), str) and entry[key].strip():
                return str(entry[key])
        party = loaded.initiative.party(str(entry.get("party"))) if "party" in entry else None
        if party is not None:
            return party.name
    return f"{_capital(field_label(seq_key, lang) or seq_key)} {index + 1}"


def _where(path: str, loaded: LoadedInitiative, lang: Lang) -> str:
    """A finding's place in the file in words: the entry it is about (a party by its name) and
    the field's label, as "Siljan kommune: holdning til forprosjekt"; the key itself where the
    format has no label for it."""
    data: Any = loaded.document.data
    keys: list[str] = []
    owner = ""
    for step in path.split("."):
        m = _STEP.fullmatch(step)
        if m is None:
            return path
        keys.append(m.group(1))
        data = data.get(m.group(1)) if isinstance(data, dict) else None
        if m.group(2) is not None:
            index = int(m.group(2))
            entry = data[index] if isinstance(data, list) and index < len(data) else None
            owner = _entry_name(".".join(keys), entry, index, loaded, lang)
            data = entry
    label = field_label(".".join(keys), lang)
    if label is None:
        label = path
    if owner and not path.endswith("]"):
        return f"{owner}: {label}"
    return owner or _capital(label)


def _finding_view(
    f: Finding, a: Assessment, loaded: LoadedInitiative, catalog: Catalog, lang: Lang
) -> FindingView:
    ini = loaded.initiative
    status = _display_status(f, a)
    words = said(f, a, catalog, lang)
    names = [party.name for p in f.parties if (party := ini.party(p))]
    d = f.deviation
    return FindingView(
        rule=f.rule,
        title=words.title,
        severity=f.severity,
        severity_label=words.severity,
        basis=f.basis,
        basis_label=words.basis,
        status=status,
        status_label=_status_label(status, lang),
        mark=MARKS[status],
        message=_one_line(words.message),
        remedy=_one_line(words.remedy),
        source=words.source,
        path=f.location.path,
        line=f.location.line,
        parties=", ".join(names),
        where=_where(f.location.path, loaded, lang),
        deviation_reason=_one_line(d.reason) if d else "",
        deviation_by=d.accepted_by if d else "",
        deviation_date=d.date.isoformat() if d and d.date else "",
    )


# Keys whose values are party ids: the report names the party.
_PARTY_KEYS = {
    "lead_body",
    "establishment_owner",
    "personnel_responsibility",
    "professional_responsibility",
    "main_applicant",
    "co_applicants",
    "parties",
    "steering_group",
    "party",
}
_ENUM_KEYS = {"stance", "kind", "outcome", "status", "basis", "level", "decision_rule", "with"}


def _format_value(
    value: Any, key: str, lang: Lang, names: dict[str, str] | None = None, path: str = ""
) -> str:
    """A value from the file for people: a party by its name, a choice by its label
    (format/labels.py, at ``path``, the key's place in the file), a mapping's keys by theirs."""
    names = names or {}
    if isinstance(value, str) and path and (choice := choice_label(path, value, lang)):
        return choice
    if isinstance(value, str) and value in names and key in _PARTY_KEYS:
        return f"{names[value]} ({value})"
    if value is None:
        return t("value.absent", lang)
    if isinstance(value, bool):
        return _yes_no(value, lang)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, int) and key in ("amount_requested", "own_funding"):
        return money(value, lang)
    if isinstance(value, list):
        if not value:
            return t("value.absent", lang)
        return "; ".join(_format_value(v, key, lang, names, path) for v in value)
    if isinstance(value, dict):
        return ", ".join(
            _format_value(v, k, lang, names, f"{path}.{k}" if path else "")
            if k in ("with", "what")
            else f"{_key_words(f'{path}.{k}' if path else '', k, lang)}: "
            f"{_format_value(v, k, lang, names, f'{path}.{k}' if path else '')}"
            for k, v in value.items()
        )
    if key in _ENUM_KEYS and isinstance(value, str):
        return _label(key, value, lang)
    return _one_line(str(value))


def _key_words(path: str, key: str, lang: Lang) -> str:
    """A key inside a quoted mapping by its label, else the key."""
    return (field_label(path, lang) if path else None) or key


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _unbroken(value: Any) -> bool:
    return isinstance(value, (dt.date, int)) or (
        isinstance(value, str) and _DATE.fullmatch(value) is not None
    )


def _walk(data: Any, parts: list[str]) -> tuple[bool, Any]:
    for part in parts:
        if not isinstance(data, dict) or part not in data:
            return False, None
        data = data[part]
    return True, data


# `parties[i].x`: x of every party; `parties[level].x`: of the parties with a service level.
_LIST_PATH = re.compile(r"^([a-z_]+)\[(i|level)\]\.(.+)$")


def _evidence(path: str, loaded: LoadedInitiative, lang: Lang) -> list[Evidence]:
    """The values at ``path`` in the file; ``parties[i].x`` gives one per party."""
    data = loaded.document.data
    names = {p.id: p.name for p in loaded.initiative.parties}
    m = _LIST_PATH.match(path)
    if m:
        out = []
        seq = data.get(m.group(1)) or []
        rest = m.group(3).split(".")
        for i, entry in enumerate(seq):
            if not isinstance(entry, dict):
                continue
            if m.group(2) == "level" and level_of(str(entry.get("kind"))) is None:
                continue
            found, value = _walk(entry, rest)
            owner = _entry_name(m.group(1), entry, i, loaded, lang)
            field = f"{m.group(1)}.{m.group(3)}"
            pos = loaded.document.key_at((m.group(1), i, *rest))
            out.append(
                Evidence(
                    f"{owner}: {field_label(field, lang) or rest[-1]}",
                    _format_value(value if found else None, rest[-1], lang, names, field),
                    pos[0] if pos else None,
                    f"{m.group(1)}[{i}].{m.group(3)}",
                    _unbroken(value),
                )
            )
        return out
    parts = path.split(".")
    found, value = _walk(data, parts)
    pos = loaded.document.key_at(tuple(parts))
    value = _format_value(value if found else None, parts[-1], lang, names, path)
    label = _capital(field_label(path, lang) or path)
    return [Evidence(label, value, pos[0] if pos else None, path, _unbroken(value))]


def _worst(statuses: list[str]) -> str:
    for s in _WORST_FIRST:
        if s in statuses:
            return s
    return "not_assessed"


def _rule_ref(
    rule_id: str, by_rule: dict[str, Finding], a: Assessment, catalog: Catalog, lang: Lang
) -> RuleRef:
    f = by_rule.get(rule_id)
    if f is not None:
        title, severity, status = (
            catalog.rule(rule_id).title.get(lang),
            f.severity,
            _display_status(f, a),
        )
    elif catalog.has_rule(rule_id):
        rule = catalog.rule(rule_id)
        title, severity, status = rule.title.get(lang), rule.severity, "not_assessed"
    else:
        title, severity, status = "", "", "not_assessed"
    sev = t(f"severity.{severity}", lang) if severity else ""
    return RuleRef(rule_id, title, sev, status, _status_label(status, lang), MARKS[status])


def _checklist(
    a: Assessment, loaded: LoadedInitiative, catalog: Catalog, lang: Lang
) -> Checklist | None:
    gate_spec = catalog.report.get(a.gate)
    if gate_spec is None:
        return None
    by_rule = {f.rule: f for f in a.findings}
    app = loaded.initiative.application
    items = []
    for it in gate_spec.items:
        note = ""
        if it.application:
            app_ids = [f.rule for f in a.findings if f.rule.startswith("APP-")]
            refs = [_rule_ref(r, by_rule, a, catalog, lang) for r in app_ids]
            if app is None or app.for_gate != a.gate:
                status, note = "not_yet", t("report.item.no_application", lang)
            elif not refs:
                status, note = "not_assessed", t("report.item.no_app_rules", lang)
            else:
                status = _worst([r.status for r in refs])
            if app is not None and app.for_gate == a.gate and app.submitted:
                note = t("report.item.submitted", lang, date=app.submitted.isoformat())
        else:
            refs = [_rule_ref(r, by_rule, a, catalog, lang) for r in it.rules]
            status = _worst([r.status for r in refs])
            if not it.rules:
                note = t("report.item.no_rule", lang)
            elif status == "not_assessed":
                note = t("report.item.rules_absent", lang)
        quoted = [] if it.application and app is None else it.evidence
        evidence = tuple(e for path in quoted for e in _evidence(path, loaded, lang))
        items.append(
            Item(
                number=it.number,
                text=it.text.get(lang),
                status=status,
                status_label=_status_label(status, lang),
                mark=MARKS[status],
                rules=tuple(refs),
                evidence=evidence,
                note=note,
            )
        )
    return Checklist(
        kind=gate_spec.kind,
        title=gate_spec.title.get(lang),
        intro=gate_spec.intro.get(lang),
        source=cite(gate_spec.source, catalog, lang),
        items=tuple(items),
    )


def _parties(loaded: LoadedInitiative, lang: Lang) -> tuple[PartyRow, ...]:
    ini = loaded.initiative
    bound = set(ini.agreement.parties) if ini.agreement else set()
    rows = []
    for p in ini.parties:
        lead = p.leadership
        rows.append(
            PartyRow(
                id=p.id,
                name=p.name,
                kind=_label("kind", p.kind, lang),
                level=_service_level(p.kind, lang),
                core=_yes_no(p.core, lang),
                stance=_label("stance", p.stance, lang),
                leadership=_label("level", lead.level, lang),
                leadership_by=lead.by or "–",
                leadership_date=lead.date.isoformat() if lead.date else "",
                in_agreement=_yes_no(p.id in bound, lang),
            )
        )
    return tuple(rows)


def _agreement(loaded: LoadedInitiative, lang: Lang) -> tuple[Fact, ...]:
    ag = loaded.initiative.agreement
    absent = t("value.absent", lang)
    return (
        Fact(
            t("report.agreement.status", lang), _label("status", ag.status if ag else "none", lang)
        ),
        Fact(t("report.agreement.date", lang), ag.date.isoformat() if ag and ag.date else absent),
        Fact(t("report.agreement.document", lang), ag.document if ag and ag.document else absent),
    )


def _grid(a: Assessment, catalog: Catalog, lang: Lang) -> tuple[GridRow, ...]:
    rows: list[GridRow] = []
    for group in catalog.groups:
        cells = []
        for f in a.findings:
            if not f.rule.startswith(group + "-"):
                continue
            status = _display_status(f, a)
            severity = t(f"severity.{f.severity}", lang)
            title = catalog.rule(f.rule).title.get(lang)
            label = f"{f.rule}: {_status_label(status, lang)} ({severity}). {title}"
            cells.append(GridCell(f.rule, f.rule.split("-")[1], status, MARKS[status], label))
        for start in range(0, len(cells), GRID_ROW):
            rows.append(GridRow(group, tuple(cells[start : start + GRID_ROW]), start > 0))
    return tuple(rows)


def _legend(a: Assessment, lang: Lang) -> tuple[Legend, ...]:
    statuses = [_display_status(f, a) for f in a.findings]
    shown = (
        ("met", "information", "accepted")
        if a.verdict == "concluded"
        else ("met", "missing", "warning", "advice", "accepted")
    )
    return tuple(Legend(s, MARKS[s], _status_label(s, lang), statuses.count(s)) for s in shown)


def _application(
    a: Assessment,
    loaded: LoadedInitiative,
    catalog: Catalog,
    views: dict[str, FindingView],
    lang: Lang,
) -> ApplicationView | None:
    ini = loaded.initiative
    app = ini.application
    if app is None:
        return None
    absent = t("value.absent", lang)
    gate_name = (
        catalog.gate(app.for_gate).name.get(lang) if app.for_gate in catalog.gates else app.for_gate
    )
    assessed = app.for_gate == a.gate
    signatures = {s.party: s for s in app.signatures}
    applicants = []
    ids = ([app.main_applicant] if app.main_applicant else []) + [
        c for c in app.co_applicants if c != app.main_applicant
    ]
    for pid in ids:
        party = ini.party(pid)
        sig = signatures.get(pid)
        applicants.append(
            ApplicantRow(
                id=pid,
                name=party.name if party else pid,
                role=t("report.app.main" if pid == app.main_applicant else "report.app.co", lang),
                level=_service_level(party.kind if party else None, lang),
                signed=_yes_no(sig is not None, lang),
                signed_by=sig.role if sig else "",
                signed_date=sig.date.isoformat() if sig and sig.date else "",
            )
        )
    # Signatures by parties that are not applicants are shown too: a reader should see them.
    for s in app.signatures:
        if s.party not in ids:
            party = ini.party(s.party)
            applicants.append(
                ApplicantRow(
                    id=s.party,
                    name=party.name if party else s.party,
                    role=t("report.app.signer_only", lang),
                    level=_service_level(party.kind if party else None, lang),
                    signed=_yes_no(True, lang),
                    signed_by=s.role,
                    signed_date=s.date.isoformat() if s.date else "",
                )
            )
    limit = catalog.call.amount_limits.get(app.for_gate)
    if app.amount_requested is None or limit is None:
        amount_status = "unknown"
        amount_text = t("report.app.amount_unknown", lang)
    elif app.amount_requested <= limit:
        amount_status = "within"
        amount_text = t(
            "report.app.within",
            lang,
            amount=money(app.amount_requested, lang),
            limit=money(limit, lang),
            year=catalog.call.year,
        )
    else:
        amount_status = "over"
        amount_text = t(
            "report.app.over",
            lang,
            amount=money(app.amount_requested, lang),
            limit=money(limit, lang),
            diff=money(app.amount_requested - limit, lang),
            year=catalog.call.year,
        )
    facts = (
        Fact(t("report.app.for_gate", lang), gate_name),
        Fact(
            t("report.app.amount", lang),
            money(app.amount_requested, lang) if app.amount_requested is not None else absent,
        ),
        Fact(
            t("report.app.limit", lang, year=catalog.call.year),
            money(limit, lang) if limit is not None else absent,
        ),
        Fact(
            t("report.app.own_funding", lang),
            money(app.own_funding, lang) if app.own_funding is not None else absent,
        ),
        Fact(t("report.app.deadline", lang), app.deadline.isoformat() if app.deadline else absent),
        Fact(
            t("report.app.submitted", lang),
            app.submitted.isoformat() if app.submitted else t("report.app.not_submitted", lang),
        ),
    )
    texts = tuple(
        Fact(t(f"report.app.{key}", lang), _one_line(value) if value and value.strip() else absent)
        for key, value in (
            ("budget", app.budget),
            ("goals", app.goals),
            ("risk_assessment", app.risk_assessment),
            ("lasting_operation", app.lasting_operation),
        )
        # lasting operation is asked for in establishment applications only (APP-09)
        if key != "lasting_operation" or value or app.for_gate == "establishment"
    )
    app_findings = tuple(views[f.rule] for f in a.findings if f.rule.startswith("APP-"))
    if not assessed:
        note = t(
            "report.app.other_gate",
            lang,
            gate=app.for_gate,
            gate_name=gate_name,
        )
    elif not app_findings:
        note = t("report.item.no_app_rules", lang)
    else:
        note = ""
    return ApplicationView(
        for_gate=app.for_gate,
        for_gate_name=gate_name,
        assessed=assessed,
        note=note,
        applicants=tuple(applicants),
        facts=facts,
        amount_status=amount_status,
        amount_text=amount_text,
        milestones=tuple(Milestone(_one_line(m.what), m.by.isoformat()) for m in app.milestones),
        texts=texts,
        findings=app_findings,
    )


# The end of a sentence: a full stop, question or exclamation mark before a capital letter.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«\"])")


def _first_sentence(text: str) -> str:
    return _SENTENCE_END.split(_one_line(text), maxsplit=1)[0]


def _missing_items(
    a: Assessment, views: dict[str, FindingView], catalog: Catalog, lang: Lang
) -> tuple[MissingView, ...]:
    return tuple(
        MissingView(
            rule=rule,
            title=views[rule].title,
            severity_label=views[rule].severity_label,
            basis_label=views[rule].basis_label,
            todo=_first_sentence(views[rule].remedy),
        )
        for rule in a.missing_prerequisites
        if rule in views
    )


def _signatories(loaded: LoadedInitiative) -> tuple[Signatory, ...]:
    return tuple(
        Signatory(p.id, p.name, p.leadership.by or "") for p in loaded.initiative.parties if p.core
    )


_LABEL_KEYS = (
    "heading.missing",
    "heading.warnings",
    "heading.advice",
    "heading.accepted",
    "label.source",
    "label.basis",
    "label.remedy",
    "label.line",
    "label.parties",
    "label.accepted_by",
    "label.reason",
)


def _labels(lang: Lang) -> dict[str, str]:
    """Every fixed text the templates print, by key (dots become underscores)."""
    keys = [k for k in MESSAGES if k.startswith("report.l.")] + list(_LABEL_KEYS)
    return {k.removeprefix("report.l.").replace(".", "_"): t(k, lang) for k in keys}


def _call_label(catalog: Catalog, lang: Lang) -> str:
    name = catalog.call.name.get(lang)
    year = str(catalog.call.year)
    return name if year in name else f"{year}: {name}"


def build_report(
    assessment: Assessment,
    loaded: LoadedInitiative,
    catalog: Catalog,
    lang: Lang,
) -> ReportView:
    """The report's view model, in ``lang``."""
    a = assessment
    ini = loaded.initiative
    gate = catalog.gate(a.gate)
    header = (
        Fact(t("report.l.initiative", lang), a.initiative),
        Fact(t("report.l.phase", lang), _label("phase", a.phase, lang)),
        Fact(t("report.l.gate", lang), f"{gate_name(catalog, a.gate, lang)} ({a.gate})"),
        Fact(t("report.l.as_of", lang), a.as_of.isoformat()),
        Fact(
            t("report.l.catalog", lang),
            t("report.catalog_version", lang, version=a.catalog_version),
        ),
        Fact(t("report.l.call", lang), _call_label(catalog, lang)),
        # The file's name only: its local path tells the reader nothing and is the user's own.
        Fact(t("report.l.file", lang), PurePath(a.file).name or a.file),
        Fact(
            t("report.l.updated", lang),
            ini.initiative.updated.isoformat()
            if ini.initiative.updated
            else t("value.absent", lang),
        ),
    )
    views = {f.rule: _finding_view(f, a, loaded, catalog, lang) for f in a.findings}
    cited = [catalog.rule(f.rule).source for f in a.findings]
    used_docs = dict.fromkeys(
        [d for s in cited for d in (s.document, *(p.document for p in s.also))]
        + ([catalog.report[a.gate].source.document] if a.gate in catalog.report else [])
    )
    sources = tuple(
        Fact(
            catalog.documents[doc].cite.get(lang),
            catalog.documents[doc].title
            + (f" ({catalog.documents[doc].year})" if catalog.documents[doc].year else ""),
        )
        for doc in used_docs
        if doc in catalog.documents
    )
    return ReportView(
        lang=lang,
        title=t("report.title", lang, name=a.initiative),
        question=gate.question.get(lang),
        initiative=a.initiative,
        header=header,
        verdict=a.verdict,
        verdict_label=t(f"verdict.{a.verdict}", lang),
        verdict_text=verdict_sentence(a, catalog, lang),
        # a concluded assessment is a closed outcome: it has no missing prerequisites to list
        missing=() if a.verdict == "concluded" else tuple(a.missing_prerequisites),
        missing_items=() if a.verdict == "concluded" else _missing_items(a, views, catalog, lang),
        summary=summary_sentence(a, lang),
        grid=_grid(a, catalog, lang),
        legend=_legend(a, lang),
        parties=_parties(loaded, lang),
        agreement=_agreement(loaded, lang),
        checklist=_checklist(a, loaded, catalog, lang),
        groups=tuple(
            FindingGroup(g.kind, g.heading, tuple(views[f.rule] for f in g.findings))
            for g in finding_groups(a, lang)
        ),
        application=_application(a, loaded, catalog, views, lang),
        rules=tuple(views[f.rule] for f in a.findings),
        sources=sources,
        signatories=_signatories(loaded),
        footer=t("report.footer", lang, version=__version__, as_of=a.as_of.isoformat()),
        labels=_labels(lang),
    )
