"""``readiness history``: one file's readiness at each commit that changed it, as text, JSON,
an SVG chart, or an HTML page with the chart and the table; and the chart's section of the
readiness report (``report --history``).

The chart shows the rules met over time, one line per gate, the commits evenly spaced from the
oldest (left) to the newest, their dates below. It reads without colour: each gate has its own
line pattern and point shape, named in the legend; a point is filled when the file was ready
(or concluded) and hollow when not; a version that could not be assessed is a ⚠ on the base
line; a dashed vertical line marks a change of verdict and a solid one a change of gate, each
labelled with the new verdict or gate. Every point has a tooltip with its commit.

Every format shows a commit's subject line through ``Point.shown_subject`` (a likely identity
number redacted); no format has an author's name or e-mail address (git is never asked for
them, readiness/read/git.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from typing import Any, NamedTuple

from markupsafe import Markup

from readiness.assess.assessment import Assessment
from readiness.assess.results import Invalid
from readiness.catalog.records import Catalog
from readiness.explore.history import History, Point
from readiness.render import shown
from readiness.render.marks import VERDICT_MARKS
from readiness.render.page import asset, environment, policy
from readiness.render.words import gate_name
from readiness.text import Lang, redacted, t


# -- the view model ---------------------------------------------------------------------------
@dataclass(frozen=True)
class PointView:
    index: int
    commit: str
    short: str
    date: str  # YYYY-MM-DD
    subject: str  # redacted
    path: str  # the file's name at the commit (redacted)
    renamed: str  # "as old.yaml" when the file had another name at this commit, else ""
    gate: str  # "" for a version that could not be assessed, or a removed file
    gate_name: str
    verdict: str  # ready, not_ready, concluded, invalid, removed
    verdict_label: str
    verdict_mark: str
    missing: tuple[str, ...]
    errors: tuple[str, ...]
    met: int | None
    total: int | None
    warnings: int | None
    advice: int | None
    verdict_changed: bool  # from the point before
    gate_changed: bool
    tooltip: str

    @property
    def assessed(self) -> bool:
        return self.met is not None

    @property
    def met_text(self) -> str:
        return "" if self.met is None else f"{self.met}/{self.total}"


@dataclass(frozen=True)
class HistoryView:
    lang: str
    file: str
    title: str
    intro: str
    count: str
    truncated: str  # "" when every commit is in
    points: tuple[PointView, ...]
    gates: tuple[tuple[str, str], ...]  # (gate, name) of the gates in the history, in order
    labels: dict[str, str]


def _verdict_label(verdict: str, lang: Lang) -> str:
    key = "history.verdict.removed" if verdict == "removed" else f"verdict.{verdict}"
    return t(key, lang)


def _point(
    i: int,
    p: Point,
    before: Point | None,
    gate_before: str | None,
    now: str,
    catalog: Catalog,
    lang: Lang,
) -> PointView:
    """A point as shown; ``gate_before``: the gate of the last version before it that was
    assessed (a change of gate is told across versions that could not be)."""
    r = p.result
    verdict = p.verdict
    label = _verdict_label(verdict, lang)
    date = p.date.date().isoformat()
    subject = p.shown_subject(lang)
    met = total = warnings = advice = None
    missing: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    gate = ""
    if isinstance(r, Assessment):
        s = r.summary
        met, total = s["met"], len(r.findings)
        warnings, advice = s["unmet_recommended"], s["unmet_advice"]
        missing = tuple(r.missing_prerequisites)
        gate = r.gate
    elif isinstance(r, Invalid):
        errors = tuple(f"{e['line']}:{e['column']}: {e['message']}" for e in r.errors(lang))
    else:
        errors = (t("history.removed", lang),)
    if met is None:
        tooltip = t(
            "history.chart.point_invalid",
            lang,
            date=date,
            short=p.short,
            verdict=label,
            subject=subject,
        )
    else:
        tooltip = t(
            "history.chart.point",
            lang,
            date=date,
            short=p.short,
            verdict=label,
            met=met,
            total=total,
            subject=subject,
        )
    return PointView(
        index=i,
        commit=p.commit,
        short=p.short,
        date=date,
        subject=subject,
        path=p.shown_path(lang),
        renamed=t("history.renamed", lang, path=p.shown_path(lang)) if p.path != now else "",
        gate=gate,
        gate_name=gate_name(catalog, gate, lang) if gate else "",
        verdict=verdict,
        verdict_label=label,
        verdict_mark=VERDICT_MARKS[verdict],
        missing=missing,
        errors=errors,
        met=met,
        total=total,
        warnings=warnings,
        advice=advice,
        verdict_changed=before is not None and before.verdict != verdict,
        gate_changed=bool(gate) and gate_before is not None and gate_before != gate,
        tooltip=tooltip,
    )


_LABELS = ("commit", "date", "subject", "gate", "verdict", "met", "missing", "counts", "change")


def build_view(h: History, catalog: Catalog, lang: Lang) -> HistoryView:
    """The history's view model, in ``lang``."""
    now = h.points[-1].path if h.points else ""
    views: list[PointView] = []
    gate_before: str | None = None  # the gate of the last version that was assessed
    for i, point in enumerate(h.points):
        before = h.points[i - 1] if i else None
        views.append(_point(i, point, before, gate_before, now, catalog, lang))
        gate_before = point.gate or gate_before
    points = tuple(views)
    gates: list[tuple[str, str]] = []
    for v in points:
        if v.gate and all(g != v.gate for g, _ in gates):
            gates.append((v.gate, v.gate_name))
    order = list(catalog.gates)
    gates.sort(key=lambda g: order.index(g[0]))
    first, last = (points[0].date, points[-1].date) if points else ("", "")
    labels = {k: t(f"history.col.{k}", lang) for k in _LABELS}
    for key in (
        "chart.legend",
        "chart.filled",
        "chart.hollow",
        "chart.invalid",
        "chart.verdict_change",
        "chart.gate_change",
        "chart.y",
        "chart.title",
        "changes",
    ):
        labels[key.replace(".", "_")] = t(f"history.{key}", lang)
    return HistoryView(
        lang=lang,
        file=redacted(h.file, lang),
        title=t("history.title", lang, file=h.file),
        intro=t("history.intro.as_of", lang, as_of=h.as_of.isoformat())
        if h.as_of is not None
        else t("history.intro", lang),
        count=t("history.count", lang, count=len(points), first=first, last=last),
        truncated=t("history.truncated", lang, count=len(points)) if h.truncated else "",
        points=points,
        gates=tuple(gates),
        labels=labels,
    )


# -- text -------------------------------------------------------------------------------------
def render_text(view: HistoryView) -> str:
    lines = [view.title, view.intro, view.count]
    if view.truncated:
        lines.append(view.truncated)
    lines.append("")
    lang: Lang = "en" if view.lang == "en" else "nb"
    for p in view.points:
        head = f"{p.date}  {p.short}  {p.verdict_mark} {p.verdict_label}"
        if p.assessed:
            head += f"  {p.gate_name}  " + t("history.met_of", lang, met=p.met, total=p.total)
            head += f" {t('status.met', lang)}"
        marks = []
        if p.verdict_changed:
            marks.append(t("history.change.verdict", lang))
        if p.gate_changed:
            marks.append(t("history.change.gate", lang))
        if marks:
            head += "  ← " + ", ".join(marks)
        lines.append(shown(head))
        lines.append(shown(f"    «{p.subject}»" if lang == "nb" else f"    '{p.subject}'"))
        if p.renamed:
            lines.append(shown(f"    {p.renamed}"))
        if p.missing:
            lines.append(f"    {view.labels['missing']}: {', '.join(p.missing)}")
        for e in p.errors:
            lines.append(shown(f"    {e}"))
    return "\n".join(lines) + "\n"


# -- JSON -------------------------------------------------------------------------------------
def _point_dict(p: Point, lang: Lang) -> dict[str, Any]:
    r = p.result
    entry: dict[str, Any] = {
        "commit": p.commit,
        "date": p.date.isoformat(),
        "subject": p.shown_subject(lang),
        "path": p.shown_path(lang),
        "gate": p.gate,
        "verdict": p.verdict,
    }
    if isinstance(r, Assessment):
        entry["missing_prerequisites"] = r.missing_prerequisites
        entry["summary"] = {**r.summary, "rules": len(r.findings)}
    elif isinstance(r, Invalid):
        entry["errors"] = r.errors(lang)
    return entry


def render_json(h: History, lang: Lang) -> str:
    """The history for scripts: one compact line per point, oldest first."""
    compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    points = ",\n".join(f"    {compact(_point_dict(p, lang))}" for p in h.points)
    return (
        '{\n  "version": 1,\n'
        f'  "file": {compact(redacted(h.file, lang))},\n'
        f'  "truncated": {compact(h.truncated)},\n'
        f'  "points": [\n{points}\n  ]\n}}\n'
    )


# -- the chart (SVG) --------------------------------------------------------------------------
# Each gate's line: its pattern, its point's shape and its colour (the colour is the least of
# the three: pattern and shape tell the gates apart in black and white).
_STYLES = (
    ("", "circle", "#1c5fa8"),
    ("8 4", "square", "#8a5a00"),
    ("2 3", "diamond", "#6b3fa0"),
)
_WIDTH, _LEFT, _RIGHT, _PLOT = 960, 64, 110, 240
_LANE, _LANES = 16, 4  # the rows of labels of the changes above the plot
_CHAR = 7.5  # about the width of a bold character at 12px, to keep labels apart


class _Label(NamedTuple):
    point: int
    text: str
    x: float
    anchor: str
    lane: int


def _labels(changes: list[tuple[int, str, float]]) -> list[_Label]:
    """Each change's label in the first row where it does not run into another (the row with
    most room when none is free): (index, text, x) → placed labels."""
    ends = [float("-inf")] * _LANES  # the right edge of each row so far
    placed = []
    for index, text, x in changes:
        width = len(text) * _CHAR
        start, anchor = (x + 4, "start") if x + 4 + width <= _WIDTH else (x - 4 - width, "end")
        free = [row for row in range(_LANES) if ends[row] + 8 <= start]
        row = free[0] if free else min(range(_LANES), key=ends.__getitem__)
        ends[row] = start + width
        placed.append(_Label(index, text, x + 4 if anchor == "start" else x - 4, anchor, row))
    return placed


def _attr(text: str) -> str:
    return escape(shown(text), quote=True)


def _shape(kind: str, x: float, y: float, filled: bool, colour: str) -> str:
    fill = colour if filled else "#ffffff"
    common = f'fill="{fill}" stroke="{colour}" stroke-width="2"'
    if kind == "square":
        return f'<rect x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" {common}/>'
    if kind == "diamond":
        d = 6.5
        pts = f"{x:.1f},{y - d:.1f} {x + d:.1f},{y:.1f} {x:.1f},{y + d:.1f} {x - d:.1f},{y:.1f}"
        return f'<polygon points="{pts}" {common}/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" {common}/>'


def _ticks(top: int) -> list[int]:
    step = next(s for s in (1, 2, 5, 10, 20, 50) if top / s <= 6)
    return list(range(0, top + 1, step))


def _change(p: PointView, lang: Lang) -> str:
    """What a change's label says: the new verdict, the new gate; "" for no change."""
    said = [f"→ {p.verdict_label}"] if p.verdict_changed else []
    if p.gate_changed:
        said.append(t("history.chart.new_gate", lang, gate=p.gate_name))
    return "; ".join(said)


def chart_svg(view: HistoryView, *, standalone: bool = False, fit: bool = False) -> str:
    """The chart, as an SVG document (``standalone``) or an element for a page; ``fit``: no
    size of its own, so that it takes the width of the page it is in (the report)."""
    points = view.points
    n = len(points)
    style_of = {g: _STYLES[i % len(_STYLES)] for i, (g, _) in enumerate(view.gates)}
    plot_w = _WIDTH - _LEFT - _RIGHT
    top = max([p.total or 0 for p in points] + [1])

    def x(i: int) -> float:
        return _LEFT + (plot_w / 2 if n == 1 else i * plot_w / (n - 1))

    lang: Lang = "en" if view.lang == "en" else "nb"
    labels = _labels([(p.index, _change(p, lang), x(p.index)) for p in points if _change(p, lang)])
    lanes = 1 + max([lb.lane for lb in labels] + [0])
    plot_top = 24 + _LANE * lanes + 8  # below the labels of the changes
    legend_rows = 1 + (len(view.gates) + 1) // 2
    height = plot_top + _PLOT + 44 + legend_rows * 22 + 8
    bottom = plot_top + _PLOT

    def y(v: int) -> float:
        return bottom - v * _PLOT / top

    last = points[-1] if points else None
    if last is not None and last.assessed:
        now = t(
            "history.chart.now", lang, verdict=last.verdict_label, met=last.met, total=last.total
        )
    elif last is not None:
        now = t("history.chart.now_invalid", lang, verdict=last.verdict_label)
    else:
        now = ""
    changes = t(
        "history.chart.changes",
        lang,
        verdicts=sum(p.verdict_changed for p in points),
        gates=sum(p.gate_changed for p in points),
    )
    out: list[str] = []
    if standalone:
        out.append('<?xml version="1.0" encoding="UTF-8"?>')
    out.append(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height}" '
        + ("" if fit else f'width="{_WIDTH}" height="{height}" ')
        + 'role="img" aria-labelledby="history-title '
        'history-desc" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" '
        'font-size="12" class="history-chart">'
    )
    out.append(
        f'<title id="history-title">{_attr(view.labels["chart_title"])}: {_attr(view.file)}</title>'
    )
    out.append(f'<desc id="history-desc">{_attr(view.count)} {_attr(now)} {_attr(changes)}</desc>')
    out.append(f'<rect x="0" y="0" width="{_WIDTH}" height="{height}" fill="#ffffff"/>')
    # axes and grid
    for v in _ticks(top):
        yy = y(v)
        out.append(
            f'<line x1="{_LEFT}" y1="{yy:.1f}" x2="{_LEFT + plot_w}" y2="{yy:.1f}" '
            f'stroke="#d5d9dd" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{_LEFT - 8}" y="{yy + 4:.1f}" text-anchor="end" fill="#333">{v}</text>'
        )
    out.append(
        f'<text transform="translate(16 {plot_top + _PLOT / 2:.0f}) rotate(-90)" '
        f'text-anchor="middle" fill="#333">{_attr(view.labels["chart_y"])}</text>'
    )
    out.append(
        f'<line x1="{_LEFT}" y1="{bottom}" x2="{_LEFT + plot_w}" y2="{bottom}" '
        f'stroke="#333" stroke-width="1.5"/>'
    )
    # dates below the axis: the first, the last and some between
    shown_dates = sorted({0, n - 1, *(round(k * (n - 1) / 5) for k in range(1, 5))}) if n else []
    for i in shown_dates:
        out.append(
            f'<text x="{x(i):.1f}" y="{bottom + 18}" text-anchor="middle" fill="#333">'
            f"{_attr(points[i].date)}</text>"
        )
    # changes of verdict (dashed) and of gate (solid), labelled above the plot
    for lb in labels:
        p = points[lb.point]
        xx = x(p.index)
        dash = "" if p.gate_changed else ' stroke-dasharray="4 3"'
        ty = 24 + _LANE * lb.lane
        out.append(
            f'<line x1="{xx:.1f}" y1="{ty + 4}" x2="{xx:.1f}" y2="{bottom}" stroke="#555" '
            f'stroke-width="{2 if p.gate_changed else 1}"{dash}/>'
        )
        out.append(
            f'<text x="{lb.x:.1f}" y="{ty}" text-anchor="{lb.anchor}" fill="#1d1d1f" '
            f'font-weight="bold" data-change="{p.index}">{_attr(lb.text)}</text>'
        )
    # each gate's lines: consecutive assessed points at that gate
    segment: list[PointView] = []

    def flush() -> None:
        if len(segment) > 1:
            dash, _, colour = style_of[segment[0].gate]
            coords = " ".join(f"{x(q.index):.1f},{y(q.met or 0):.1f}" for q in segment)
            extra = f' stroke-dasharray="{dash}"' if dash else ""
            out.append(
                f'<polyline points="{coords}" fill="none" stroke="{colour}" '
                f'stroke-width="2.5"{extra} data-gate="{segment[0].gate}"/>'
            )
        segment.clear()

    for p in points:
        if not p.assessed or (segment and segment[-1].gate != p.gate):
            flush()
        if p.assessed:
            segment.append(p)
    flush()
    # the points
    for p in points:
        xx = x(p.index)
        out.append(f'<g class="point" data-commit="{p.short}" data-verdict="{p.verdict}">')
        out.append(f"<title>{_attr(p.tooltip)}</title>")
        if p.assessed:
            _, kind, colour = style_of[p.gate]
            filled = p.verdict in ("ready", "concluded")
            out.append(_shape(kind, xx, y(p.met or 0), filled, colour))
        else:
            out.append(
                f'<text x="{xx:.1f}" y="{bottom - 4}" text-anchor="middle" font-size="15" '
                f'fill="#5b2a86">{p.verdict_mark}</text>'
            )
        out.append("</g>")
    if last is not None and last.assessed:
        out.append(
            f'<text x="{x(last.index) + 10:.1f}" y="{y(last.met or 0) + 4:.1f}" fill="#1d1d1f">'
            f"{_attr(t('history.met_of', lang, met=last.met, total=last.total))}</text>"
        )
    # the legend: each gate's line and shape, then what the marks say
    ly = bottom + 44
    out.append(
        f'<text x="{_LEFT}" y="{ly}" font-weight="bold" fill="#1d1d1f">'
        f"{_attr(view.labels['chart_legend'])}</text>"
    )
    for i, (g, name) in enumerate(view.gates):
        dash, kind, colour = style_of[g]
        lx = _LEFT + 110 + (i % 2) * 360
        row_y = ly + 22 * (i // 2)
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(
            f'<line x1="{lx}" y1="{row_y - 4}" x2="{lx + 40}" y2="{row_y - 4}" stroke="{colour}" '
            f'stroke-width="2.5"{extra}/>'
        )
        out.append(_shape(kind, lx + 20, row_y - 4, True, colour))
        out.append(f'<text x="{lx + 50}" y="{row_y}" fill="#1d1d1f">{_attr(name)}</text>')
    notes = " · ".join(
        view.labels[k]
        for k in (
            "chart_filled",
            "chart_hollow",
            "chart_invalid",
            "chart_verdict_change",
            "chart_gate_change",
        )
    )
    out.append(
        f'<text x="{_LEFT}" y="{ly + 22 * ((len(view.gates) + 1) // 2) + 4}" fill="#333" '
        f'font-size="11">{_attr(notes)}</text>'
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


# -- HTML -------------------------------------------------------------------------------------
def render_html(view: HistoryView) -> str:
    style = asset("history.css")
    return (
        environment()
        .get_template("history.html.j2")
        .render(
            v=view,
            chart=Markup(chart_svg(view)),
            style=Markup(style),
            csp=policy(style),
        )
    )


# -- the readiness report's section (report --history) ----------------------------------------
@dataclass(frozen=True)
class ChangeRow:
    point: PointView
    what: str  # what happened there: first version, a change of verdict or gate, now


@dataclass(frozen=True)
class ReportHistory:
    """What `readiness report --history` adds: the chart, and the points where something
    changed (the first version, each change of verdict or gate, the version now)."""

    title: str
    intro: str
    count: str
    chart: Markup
    rows: tuple[ChangeRow, ...]
    labels: dict[str, str]


def report_section(h: History, catalog: Catalog, lang: Lang) -> ReportHistory:
    view = build_view(h, catalog, lang)
    rows: list[ChangeRow] = []
    for p in view.points:
        said = []
        if p.index == 0:
            said.append(t("history.change.first", lang))
        if p.verdict_changed:
            said.append(t("history.change.verdict", lang))
        if p.gate_changed:
            said.append(t("history.change.gate", lang))
        if p.index == len(view.points) - 1 and p.index:
            said.append(t("history.change.last", lang))
        if said:
            rows.append(ChangeRow(p, ", ".join(said)))
    return ReportHistory(
        title=t("history.report.heading", lang),
        intro=t("history.report.intro", lang),
        count=view.count,
        chart=Markup(chart_svg(view, fit=True)),
        rows=tuple(rows),
        labels=view.labels,
    )


def render(h: History, catalog: Catalog, fmt: str, lang: Lang) -> str:
    if fmt == "json":
        return render_json(h, lang)
    view = build_view(h, catalog, lang)
    if fmt == "svg":
        return chart_svg(view, standalone=True)
    if fmt == "html":
        return render_html(view)
    return render_text(view)
