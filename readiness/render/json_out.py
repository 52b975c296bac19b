"""``--format json``: the catalog's machine output, stable for the same input.

Laid out for both readers: the document's structure is indented, and each finding (and each
input error) is one compact line. That keeps a diff of two runs readable. The texts are in
the run's language (``--lang``); every other field is the same in both.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from readiness.assess.assessment import Assessment, Finding
from readiness.assess.results import Invalid, Result
from readiness.catalog.records import Catalog
from readiness.render import RenderContext
from readiness.render.words import said
from readiness.text import Lang

_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def finding_dict(f: Finding, a: Assessment, catalog: Catalog, lang: Lang) -> dict[str, Any]:
    """A finding as the catalog's JSON gives it, keys in the catalog's order."""
    words = said(f, a, catalog, lang, every_field=True)
    return {
        "rule": f.rule,
        "name": f.name,
        "severity": f.severity,
        "basis": f.basis,
        "status": f.status,
        "title": words.title,
        "message": words.message,
        "remedy": words.remedy,
        "source": {"document": f.source_document, "section": f.source_section},
        "location": {
            "path": f.location.path,
            "line": f.location.line,
            "column": f.location.column,
        },
    }


def result_dict(r: Result, catalog: Catalog, lang: Lang) -> dict[str, Any]:
    """A file's entry in the document's "results" list."""
    if isinstance(r, Invalid):
        return {
            "file": r.shown_file(lang),
            "initiative": None,
            "gate": None,
            "verdict": "invalid",
            "missing_prerequisites": [],
            "findings": [],
            "errors": r.errors(lang),
        }
    return {
        "file": r.file,
        "initiative": r.initiative,
        "gate": r.gate,
        "verdict": r.verdict,
        "missing_prerequisites": r.missing_prerequisites,
        "findings": [finding_dict(f, r, catalog, lang) for f in r.findings],
        "summary": r.summary,
    }


def _lines(key: str, items: list[Any]) -> str:
    """A list of records, one compact line each."""
    if not items:
        return f'      "{key}": []'
    body = ",\n".join(f"        {_compact(item)}" for item in items)
    return f'      "{key}": [\n{body}\n      ]'


def _entry(entry: dict[str, Any]) -> str:
    fields = [
        _lines(key, value) if key in ("findings", "errors") else f'      "{key}": {_compact(value)}'
        for key, value in entry.items()
    ]
    return "    {\n" + ",\n".join(fields) + "\n    }"


def render(results: Sequence[Result], ctx: RenderContext) -> str:
    head = f'{{\n  "version": 1,\n  "as_of": {_compact(ctx.as_of.isoformat())},\n  "results": '
    entries = [_entry(result_dict(r, ctx.catalog, ctx.lang)) for r in results]
    if not entries:
        return head + "[]\n}\n"
    return head + "[\n" + ",\n".join(entries) + "\n  ]\n}\n"
