"""``readiness overview``: many files side by side, as HTML (a self-contained page that sorts,
filters and prints), CSV (for Excel), Markdown (an issue or a pull request) or JSON (scripts).

Everything is laid out from one view model, already in the reader's language (``build_view``),
so the four formats say the same. The data is readiness/explore/overview.py's; a finding's
words come from readiness/render/words.py, the format's labels from readiness/format/labels.py.

The CSV is for Norwegian Excel, which opens it as columns without an import dialog: UTF-8 with
a byte-order mark (else Excel reads it as Windows-1252), ``;`` between fields (the list
separator where the decimal separator is a comma), one header row, one row per file, CRLF line
ends, amounts as plain whole numbers and dates as ISO dates. A text from a file that starts
with ``=``, ``+``, ``-``, ``@`` or a tab is written with a ``'`` before it, so that Excel shows
it instead of computing it (a formula in an initiative's name would otherwise run in the
reader's spreadsheet). docs/overview.md documents the columns.

The HTML page needs no network: its style and its script are in the page, allowed by their
hashes in the page's Content-Security-Policy (nothing else may run or load). Without the
script the table is all there, unsorted; with it, every column heading is a button that sorts
and a search field and two choices filter the rows.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from readiness import __version__
from readiness.assess.assessment import Assessment, Finding
from readiness.assess.results import Invalid, Result, counts
from readiness.catalog.records import Catalog
from readiness.explore.overview import Column, ColumnGroup, Overview, cells
from readiness.format.labels import choice_label
from readiness.render import shown
from readiness.render.marks import MARKS, STATUSES, VERDICT_MARKS, VERDICTS, display_status
from readiness.render.page import asset, environment, policy
from readiness.render.words import gate_name, said
from readiness.text import Lang, money, t


# -- the view model ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Cell:
    status: str  # a display status (readiness/render/marks.py), or "" for no cell
    mark: str
    label: str  # the text alternative: rule, status, severity
    rank: int  # sort order: worst first, no cell last


@dataclass(frozen=True)
class Missing:
    rule: str
    title: str


@dataclass(frozen=True)
class Problem:
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.message}"


@dataclass(frozen=True)
class AppView:
    for_gate: str
    for_gate_name: str
    deadline: str
    submitted: str
    amount: int | None
    limit: int | None
    amount_text: str  # "250 000 kr av 300 000 kr"
    within: bool | None
    within_text: str  # "innenfor grensen" / "50 000 kr over grensen" / ""


@dataclass(frozen=True)
class Verdict:
    value: str  # ready, not_ready, concluded, invalid
    label: str
    mark: str
    rank: int  # worst first


@dataclass(frozen=True)
class Row:
    index: int
    file: str
    initiative: str
    phase: str
    phase_label: str
    phase_rank: int
    gate: str
    gate_name: str
    gate_rank: int
    verdict: Verdict
    missing: tuple[Missing, ...]
    errors: tuple[Problem, ...]  # an invalid file's problems
    warnings: int | None
    advice: int | None
    met: int | None
    total: int | None
    application: AppView | None
    cells: tuple[Cell, ...]  # one per column


@dataclass(frozen=True)
class ColumnView:
    rule: str
    title: str
    group: int  # index in OverviewView.groups
    section: int  # index in OverviewView.sections
    gates: tuple[str, ...]


@dataclass(frozen=True)
class GroupView:
    label: str  # "Punkt 3"
    text: str  # the item's question or point, "" for others
    section: int
    span: int
    number: str = ""  # the item's number ("3"): what the narrow heading shows of the label


@dataclass(frozen=True)
class SectionView:
    label: str  # a gate's name, or "shared by several gates"
    gate: str  # "" for the shared section
    span: int


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class OverviewView:
    lang: str
    title: str
    intro: str
    date: str  # the assessment date, ISO
    as_of: str
    summary: str
    rows: tuple[Row, ...]
    columns: tuple[ColumnView, ...]
    groups: tuple[GroupView, ...]
    sections: tuple[SectionView, ...]
    verdicts: tuple[Choice, ...]  # the verdicts of the rows, for the filter
    gates: tuple[Choice, ...]
    legend: tuple[Choice, ...]  # mark → status label
    footer: str
    labels: dict[str, str]


_PHASES = ("idea", "pre_project", "establishment", "operation")


def _phase_label(phase: str, lang: Lang) -> str:
    return choice_label("initiative.phase", phase, lang) or phase


def _summary(ov: Overview, lang: Lang) -> str:
    c = counts(list(ov.results))
    line = t("summary.files", lang, **c)
    if c["concluded"]:
        line += t("summary.files.concluded", lang, concluded=c["concluded"])
    return line


def _section_label(gate: str | None, catalog: Catalog, lang: Lang) -> str:
    if gate is None:
        return t("overview.section.shared", lang)
    section = catalog.report.get(gate)
    name = gate_name(catalog, gate, lang)
    if section is None:
        return name
    source = f"{section.source.document} {section.source.section}"
    return t(f"overview.section.{section.kind}", lang, gate=name, source=source)


def _group_label(g: ColumnGroup, catalog: Catalog, lang: Lang) -> tuple[str, str]:
    if g.gate is None:
        group = catalog.groups.get(g.catalog_group or "")
        return (group.name.get(lang) if group else g.catalog_group or ""), ""
    section = catalog.report.get(g.gate)
    if g.item is None or section is None:
        return t("overview.group.other", lang), ""
    text = next((i.text.get(lang) for i in section.items if i.number == g.item), "")
    label = t(f"overview.group.{section.kind}", lang, number=g.item)
    return label, f"{section.source.document} {section.source.section}: {text}"


def _application(a: Assessment, catalog: Catalog, lang: Lang) -> AppView | None:
    app = a.application
    if app is None:
        return None
    amount_text = ""
    within_text = ""
    if app.amount is not None:
        amount_text = money(app.amount, lang)
        if app.limit is not None:
            amount_text = t(
                "overview.amount.of",
                lang,
                amount=money(app.amount, lang),
                limit=money(app.limit, lang),
            )
            over = app.amount - app.limit
            within_text = (
                t("overview.amount.over", lang, diff=money(over, lang))
                if over > 0
                else t("overview.amount.within", lang)
            )
    over_limit = app.over_limit
    name = gate_name(catalog, app.for_gate, lang) if app.for_gate in catalog.gates else app.for_gate
    return AppView(
        for_gate=app.for_gate,
        for_gate_name=name,
        deadline=app.deadline.isoformat() if app.deadline else "",
        submitted=app.submitted.isoformat() if app.submitted else "",
        amount=app.amount,
        limit=app.limit,
        amount_text=amount_text,
        within=None if over_limit is None else not over_limit,
        within_text=within_text,
    )


def _cell(f: Finding | None, lang: Lang) -> Cell:
    if f is None:
        return Cell("", "", t("overview.status.none", lang), len(STATUSES))
    status = display_status(f)
    label = t(
        "overview.cell",
        lang,
        rule=f.rule,
        status=t(f"overview.status.{status}", lang),
        severity=t(f"severity.{f.severity}", lang),
    )
    return Cell(status, MARKS[status], label, STATUSES.index(status))


def _row(i: int, r: Result, columns: tuple[Column, ...], catalog: Catalog, lang: Lang) -> Row:
    gate_order = list(catalog.gates)
    verdict = Verdict(
        r.verdict,
        t(f"verdict.{r.verdict}", lang),
        VERDICT_MARKS[r.verdict],
        VERDICTS.index(r.verdict),
    )
    if isinstance(r, Invalid):
        errors = tuple(
            Problem(int(e["line"]), int(e["column"]), str(e["message"])) for e in r.errors(lang)
        )
        none = Cell("", "", t("overview.status.none", lang), len(STATUSES))
        return Row(
            index=i,
            verdict=verdict,
            file=r.shown_file(lang),
            initiative="",
            phase="",
            phase_label="",
            phase_rank=len(_PHASES),
            gate="",
            gate_name="",
            gate_rank=len(gate_order),
            missing=(),
            errors=errors,
            warnings=None,
            advice=None,
            met=None,
            total=None,
            application=None,
            cells=tuple(none for _ in columns),
        )
    a: Assessment = r
    by_rule = cells(a)
    s = a.summary
    return Row(
        index=i,
        verdict=verdict,
        file=a.file,
        initiative=a.initiative,
        phase=a.phase,
        phase_label=_phase_label(a.phase, lang),
        phase_rank=_PHASES.index(a.phase) if a.phase in _PHASES else len(_PHASES),
        gate=a.gate,
        gate_name=gate_name(catalog, a.gate, lang),
        gate_rank=gate_order.index(a.gate),
        missing=tuple(
            Missing(f.rule, said(f, a, catalog, lang).title)
            for f in a.findings
            if f.is_missing_prerequisite
        ),
        errors=(),
        warnings=s["unmet_recommended"],
        advice=s["unmet_advice"],
        met=s["met"],
        total=len(a.findings),
        application=_application(a, catalog, lang),
        cells=tuple(_cell(by_rule.get(c.rule), lang) for c in columns),
    )


_LABELS = (
    "file",
    "initiative",
    "phase",
    "gate",
    "verdict",
    "missing",
    "missing_titles",
    "warnings",
    "advice",
    "met",
    "rules",
    "application",
    "app_gate",
    "deadline",
    "submitted",
    "amount",
    "limit",
    "within",
    "errors",
)


def _labels(lang: Lang) -> dict[str, str]:
    out = {k: t(f"overview.col.{k}", lang) for k in _LABELS}
    for key in (
        "filter.heading",
        "filter.text",
        "filter.verdict",
        "filter.gate",
        "filter.all",
        "filter.help",
        "shown",
        "table",
        "key.heading",
        "key.intro",
        "legend",
        "legend.empty",
        "md.rules",
        "md.key",
        "no_application",
    ):
        out[key.replace(".", "_")] = t(f"overview.{key}", lang)
    return out


def build_view(ov: Overview, catalog: Catalog, lang: Lang) -> OverviewView:
    """The overview's view model, in ``lang``."""
    columns = ov.columns
    sections: list[SectionView] = []
    groups: list[GroupView] = []
    section_of: dict[str | None, int] = {}
    for g in ov.groups:
        if g.gate not in section_of:
            section_of[g.gate] = len(sections)
            label = _section_label(g.gate, catalog, lang)
            sections.append(SectionView(label, g.gate or "", 0))
        si = section_of[g.gate]
        sections[si] = dataclasses.replace(sections[si], span=sections[si].span + len(g.rules))
        label, text = _group_label(g, catalog, lang)
        number = "" if g.gate is None or g.item is None else str(g.item)
        groups.append(GroupView(label, text, si, len(g.rules), number))
    group_index = {id(g): i for i, g in enumerate(ov.groups)}
    column_views = tuple(
        ColumnView(
            rule=c.rule,
            title=catalog.rule(c.rule).title.get(lang).strip(),
            group=group_index[id(c.group)],
            section=groups[group_index[id(c.group)]].section,
            gates=c.gates,
        )
        for c in columns
    )
    rows = tuple(_row(i, r, columns, catalog, lang) for i, r in enumerate(ov.results))
    present = {r.verdict.value for r in rows}
    return OverviewView(
        lang=lang,
        title=t("overview.title", lang),
        intro=t("overview.intro", lang),
        date=ov.as_of.isoformat(),
        as_of=t("overview.as_of", lang, as_of=ov.as_of.isoformat()),
        summary=_summary(ov, lang),
        rows=rows,
        columns=column_views,
        groups=tuple(groups),
        sections=tuple(sections),
        verdicts=tuple(Choice(v, t(f"verdict.{v}", lang)) for v in VERDICTS if v in present),
        gates=tuple(Choice(g, gate_name(catalog, g, lang)) for g in ov.gates),
        legend=tuple(Choice(MARKS[s], t(f"overview.status.{s}", lang)) for s in reversed(STATUSES)),
        footer=t(
            "overview.footer",
            lang,
            version=__version__,
            catalog=catalog.version,
            as_of=ov.as_of.isoformat(),
        ),
        labels=_labels(lang),
    )


# -- HTML -------------------------------------------------------------------------------------
def render_html(view: OverviewView) -> str:
    style = asset("overview.css")
    script = asset("overview.js")
    csp = policy(style, script)
    return (
        environment()
        .get_template("overview.html.j2")
        .render(v=view, style=Markup(style), script=Markup(script), csp=csp)
    )


# -- CSV --------------------------------------------------------------------------------------
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: object) -> str:
    """A text from a file as a CSV cell: control characters written out, and a leading
    character that would make Excel compute the cell neutralised with a ``'``."""
    text = shown(str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_cell(c: Cell, lang: Lang) -> str:
    """A rule's cell: its sign and its status in words (a filter in Excel lists the words)."""
    return f"{c.mark} {t('overview.status.' + c.status, lang)}" if c.status else ""


def render_csv(view: OverviewView) -> str:
    L = view.labels
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    head = [
        L["file"],
        L["initiative"],
        L["phase"],
        L["gate"],
        L["verdict"],
        L["missing"],
        L["missing_titles"],
        L["warnings"],
        L["advice"],
        L["met"],
        L["rules"],
        L["app_gate"],
        L["deadline"],
        L["submitted"],
        L["amount"],
        L["limit"],
        L["within"],
        L["errors"],
    ]
    writer.writerow(head + [c.rule for c in view.columns])
    lang: Lang = "en" if view.lang == "en" else "nb"
    yes, no = t("yes", lang), t("no", lang)
    for r in view.rows:
        app = r.application
        within = "" if app is None or app.within is None else (yes if app.within else no)
        writer.writerow(
            [
                csv_text(r.file),
                csv_text(r.initiative),
                r.phase_label,
                r.gate_name,
                r.verdict.label,
                " ".join(m.rule for m in r.missing),
                csv_text("; ".join(f"{m.rule}: {m.title}" for m in r.missing)),
                "" if r.warnings is None else r.warnings,
                "" if r.advice is None else r.advice,
                "" if r.met is None else r.met,
                "" if r.total is None else r.total,
                app.for_gate_name if app else "",
                app.deadline if app else "",
                app.submitted if app else "",
                "" if app is None or app.amount is None else app.amount,
                "" if app is None or app.limit is None else app.limit,
                within,
                csv_text(" | ".join(str(e) for e in r.errors)),
            ]
            + [_csv_cell(c, lang) for c in r.cells]
        )
    return "\ufeff" + out.getvalue()


# -- Markdown ---------------------------------------------------------------------------------
def _md(value: object) -> str:
    from readiness.render.report.document import md_escape

    return md_escape(value)


def render_markdown(view: OverviewView) -> str:
    L = view.labels
    lines = [
        f"## readiness: {_md(view.summary)}",
        "",
        _md(view.as_of),
        "",
        f"| {L['file']} | {L['initiative']} | {L['phase']} | {L['gate']} | {L['verdict']} | "
        f"{L['missing']} | {L['warnings']} | {L['advice']} | {L['met']} | {L['deadline']} | "
        f"{L['amount']} |",
        "|---|---|---|---|---|---|---:|---:|---:|---|---|",
    ]
    for r in view.rows:
        app = r.application
        amount = ""
        if app is not None and app.amount_text:
            amount = _md(app.amount_text)
            if app.within is not None:
                amount += f" ({'✓' if app.within else '✗'} {_md(app.within_text)})"
        missing = ", ".join(m.rule for m in r.missing)
        if r.errors:
            missing = "; ".join(_md(str(e)) for e in r.errors)
        met = "" if r.met is None else f"{r.met}/{r.total}"
        lines.append(
            f"| `{_md(r.file).replace('`', '')}` | {_md(r.initiative)} | {_md(r.phase_label)} | "
            f"{_md(r.gate_name)} | {r.verdict.mark} {_md(r.verdict.label)} | {missing} | "
            f"{'' if r.warnings is None else r.warnings} | "
            f"{'' if r.advice is None else r.advice} | {met} | "
            f"{app.deadline if app else ''} | {amount} |"
        )
    if view.columns:
        lines += ["", f"### {_md(L['md_rules'])}", ""]
        lines.append(f"| {L['file']} | " + " | ".join(c.rule for c in view.columns) + " |")
        lines.append("|---|" + ":-:|" * len(view.columns))
        for r in view.rows:
            marks = " | ".join(c.mark for c in r.cells)
            lines.append(f"| `{_md(r.file).replace('`', '')}` | {marks} |")
        legend = " · ".join(f"{c.value} {_md(c.label)}" for c in view.legend)
        lines += ["", f"{_md(L['legend'])}: {legend} · {_md(L['legend_empty'])}", ""]
        lines += [f"<details><summary>{_md(L['md_key'])}</summary>", ""]
        for gi, g in enumerate(view.groups):
            section = view.sections[g.section]
            head = f"**{_md(section.label)}: {_md(g.label)}**"
            if g.text:
                head += f" ({_md(g.text)})"
            lines.append(f"- {head}")
            for c in view.columns:
                if c.group == gi:
                    lines.append(f"  - {c.rule}: {_md(c.title)}")
        lines += ["", "</details>"]
    lines += ["", _md(view.footer)]
    return "\n".join(lines) + "\n"


# -- JSON -------------------------------------------------------------------------------------
def render_json(view: OverviewView) -> str:
    """The overview for scripts: the columns with their groups, then one entry per file, the
    cells by rule. The texts are in the run's language; every other field is the same in
    both."""
    columns = [
        {
            "rule": c.rule,
            "title": c.title,
            "gates": list(c.gates),
            "section": view.sections[c.section].gate or None,
            "group": view.groups[c.group].label,
        }
        for c in view.columns
    ]
    rows = []
    for r in view.rows:
        app = r.application
        entry: dict[str, Any] = {
            "file": r.file,
            "initiative": r.initiative or None,
            "phase": r.phase or None,
            "gate": r.gate or None,
            "verdict": r.verdict.value,
            "missing_prerequisites": [{"rule": m.rule, "title": m.title} for m in r.missing],
            "counts": None
            if r.met is None
            else {"met": r.met, "rules": r.total, "warnings": r.warnings, "advice": r.advice},
            "application": None
            if app is None
            else {
                "for_gate": app.for_gate,
                "deadline": app.deadline or None,
                "submitted": app.submitted or None,
                "amount": app.amount,
                "limit": app.limit,
                "within_limit": app.within,
            },
            "cells": {
                col.rule: cell.status
                for col, cell in zip(view.columns, r.cells, strict=True)
                if cell.status
            },
        }
        if r.errors:
            entry["errors"] = [
                {"message": e.message, "line": e.line, "column": e.column} for e in r.errors
            ]
        rows.append(entry)
    doc = {
        "version": 1,
        "as_of": view.date,
        "gates": [g.value for g in view.gates],
        "columns": columns,
        "files": rows,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


RENDERERS = {
    "html": render_html,
    "csv": render_csv,
    "md": render_markdown,
    "json": render_json,
}


def render(ov: Overview, catalog: Catalog, fmt: str, lang: Lang) -> str:
    return RENDERERS[fmt](build_view(ov, catalog, lang))
