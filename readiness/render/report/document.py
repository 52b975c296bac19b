"""The readiness report's renderers: HTML and Markdown from Jinja2 templates, PDF from the HTML.

They only render: the content is readiness/render/report/view.py's view model. HTML is autoescaped;
the Markdown environment escapes every value through ``md_escape`` (its ``finalize``), so text from
the initiative file cannot become markup in either format. Both write control and format characters
out (readiness.render.shown)."""

from __future__ import annotations

import dataclasses
import functools
import re
from enum import Enum
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup

from readiness.render import shown
from readiness.render.report.view import ReportView, build_report
from readiness.text import Lang

if TYPE_CHECKING:
    from readiness.assess.assessment import Assessment
    from readiness.catalog.records import Catalog
    from readiness.format.load import LoadedInitiative
    from readiness.render.history import ReportHistory


class ReportFormat(str, Enum):
    HTML = "html"
    MARKDOWN = "md"
    PDF = "pdf"


EXTENSIONS: dict[str, ReportFormat] = {
    ".html": ReportFormat.HTML,
    ".htm": ReportFormat.HTML,
    ".md": ReportFormat.MARKDOWN,
    ".markdown": ReportFormat.MARKDOWN,
    ".pdf": ReportFormat.PDF,
}

# Characters with a meaning in (GitHub-flavoured) Markdown, inline or in a table cell.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|#~!])")


def md_escape(value: object) -> str:
    """A value as literal Markdown text: one line, control and format characters written out
    (render.shown), Markdown punctuation and HTML escaped."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    text = " ".join(shown(str(value)).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


@functools.lru_cache(maxsize=2)
def _environment(fmt: ReportFormat) -> jinja2.Environment:
    loader = jinja2.PackageLoader("readiness.render.report", "templates")
    if fmt is ReportFormat.MARKDOWN:
        return jinja2.Environment(
            loader=loader,
            autoescape=False,  # Markdown, not HTML: md_escape does the escaping
            finalize=md_escape,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
        )
    return jinja2.Environment(
        loader=loader, autoescape=True, finalize=_html_value, undefined=jinja2.StrictUndefined
    )


def _html_value(value: object) -> object:
    """A value as the HTML report writes it (escaped after this): control and format
    characters written out, as in every format for people (a right-to-left override would
    reorder the page's text as it reorders a terminal's)."""
    return shown(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def render_html(view: ReportView) -> str:
    return _environment(ReportFormat.HTML).get_template("report.html.j2").render(r=view)


def render_markdown(view: ReportView) -> str:
    text = _environment(ReportFormat.MARKDOWN).get_template("report.md.j2").render(r=view)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def render_report(
    assessment: Assessment,
    loaded: LoadedInitiative,
    catalog: Catalog,
    fmt: ReportFormat | str = ReportFormat.HTML,
    lang: Lang = "nb",
    *,
    history: ReportHistory | None = None,
) -> str | bytes:
    """The report in ``fmt`` and ``lang``: HTML or Markdown text, or PDF bytes (needs
    Chromium); with ``history``, its section on the progress over time (report --history)."""
    fmt = ReportFormat(fmt)
    view = build_report(assessment, loaded, catalog, lang)
    if history is not None:
        view = dataclasses.replace(view, history=history)
    if fmt is ReportFormat.MARKDOWN:
        return render_markdown(view)
    html = render_html(view)
    if fmt is ReportFormat.PDF:
        from readiness.render.report.pdf import html_to_pdf

        return html_to_pdf(html)
    return html
