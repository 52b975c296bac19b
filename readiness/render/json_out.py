"""``--format json``: the catalog's machine output, stable for the same input.

Laid out for both readers: the document's structure is indented, and each finding (and each
input error) is one compact line. That keeps a diff of two runs readable.

Speed (bench/run.py): a 1,000-file run writes about 10 MB of this, twenty findings a file.
Each finding's line is written from the finding itself with the json module's own string
encoder, and all of it but the line and column, which recurs from file to file (a met
finding's always; an unmet one's as often as its parties recur), is encoded once per run: a
fifth of the cost of encoding each finding's dict with the json module.
tests/test_json_out.py holds every line to ``json.loads(line) == finding.to_dict()``, keys in
the same order.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from json.encoder import encode_basestring

from readiness.assess.assessment import Assessment, Finding
from readiness.assess.results import Outcome, Rendered, Result, run_document
from readiness.render import RenderContext

# One encoder for the whole run: json.dumps with options builds a new one per call.
_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode

_ENCODED: dict[str, str] = {}
_ENCODED_MAX = 20_000  # distinct strings remembered; one-off messages beyond it are not


def _string(value: str) -> str:
    """``value`` as a JSON string, exactly as ``_compact`` writes it."""
    out = _ENCODED.get(value)
    if out is None:
        out = encode_basestring(value)
        if len(_ENCODED) < _ENCODED_MAX:
            _ENCODED[value] = out
    return out


_HEAD: dict[tuple[tuple[str, ...], str], str] = {}


def _head(f: Finding) -> str:
    """``f``'s line up to its line number: what the catalog, the language and the file's
    parties decide, the same for a rule in most files of a run (a met finding's always)."""
    key = (f[:9], f.location.path)  # rule, name, severity, status, title, message, remedy, source
    head = _HEAD.get(key)
    if head is None:
        s = _string
        head = (
            f'{{"rule": {s(f.rule)}, "name": {s(f.name)}, "severity": {s(f.severity)}, '
            f'"status": {s(f.status)}, "title": {s(f.title)}, "message": {s(f.message)}, '
            f'"remedy": {s(f.remedy)}, "source": {{"document": {s(f.source_document)}, '
            f'"section": {s(f.source_section)}}}, '
            f'"location": {{"path": {s(f.location.path)}, "line": '
        )
        if len(_HEAD) < _ENCODED_MAX:
            _HEAD[key] = head
    return head


def _finding(f: Finding) -> str:
    """``f.to_dict()`` as one compact JSON line."""
    loc = f.location
    return f'{_head(f)}{int(loc.line)}, "column": {int(loc.column)}}}}}'


def _result(result: Result) -> str:
    if isinstance(result, Assessment):
        return _assessment(result)
    fields = []
    for key, value in result.to_dict().items():
        if key == "errors" and value:
            items = ",\n".join(f"        {_compact(item)}" for item in value)
            fields.append(f'      "{key}": [\n{items}\n      ]')
        else:
            fields.append(f'      "{key}": {_compact(value)}')
    return "    {\n" + ",\n".join(fields) + "\n    }"


def _assessment(a: Assessment) -> str:
    """``a.to_dict()`` laid out as ``_result`` lays out any entry, written field by field
    (tests/test_json_out.py holds the two to the same bytes)."""
    if a.findings:
        lines = ",\n        ".join([_finding(f) for f in a.findings])
        findings = f"[\n        {lines}\n      ]"
    else:
        findings = "[]"
    missing = ", ".join([_string(rule) for rule in a.missing_prerequisites])
    summary = ", ".join([f'"{key}": {count}' for key, count in a.summary.items()])
    return (
        f'    {{\n      "file": {encode_basestring(a.file)},\n'
        f'      "initiative": {encode_basestring(a.initiative)},\n'
        f'      "gate": {_string(a.gate)},\n'
        f'      "verdict": {_string(a.verdict)},\n'
        f'      "missing_prerequisites": [{missing}],\n'
        f'      "findings": {findings},\n'
        f'      "summary": {{{summary}}}\n    }}'
    )


def render_one(result: Result, ctx: RenderContext) -> str:
    """``result``'s entry in the document's "results" list."""
    return _result(result)


def render(results: Sequence[Outcome], ctx: RenderContext) -> str:
    doc = run_document([], ctx.as_of)
    head = ",\n".join(f'  "{k}": {_compact(v)}' for k, v in doc.items() if k != "results")
    if not results:
        return f'{{\n{head},\n  "results": []\n}}\n'
    # one join at the end: the document is about 10 MB for 1,000 files, and each
    # concatenation of the whole would copy it again
    parts = [f'{{\n{head},\n  "results": [\n']
    for i, result in enumerate(results):
        if i:
            parts.append(",\n")
        parts.append((result.text or "") if isinstance(result, Rendered) else _result(result))
    parts.append("\n  ]\n}\n")
    return "".join(parts)
