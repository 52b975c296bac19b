"""``--format json``: the catalog's machine output, stable for the same input.

Laid out for both readers: the document's structure is indented, and each finding (and each
input error) is one compact line. That keeps a diff of two runs readable, and lets the json
module's C encoder do the bulk (``indent`` makes it fall back to pure Python, which took a
third of a 1,000-file run).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from readiness.render import RenderContext
from readiness.results import Result, run_document

_LIST_PER_LINE = ("findings", "errors")


# One encoder for the whole run: json.dumps with options builds a new one per call, which was
# a third of this renderer's time (about 25 calls per file).
_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def _result(result: dict[str, Any]) -> str:
    fields = []
    for key, value in result.items():
        if key in _LIST_PER_LINE and value:
            items = ",\n".join(f"        {_compact(item)}" for item in value)
            fields.append(f'      "{key}": [\n{items}\n      ]')
        else:
            fields.append(f'      "{key}": {_compact(value)}')
    return "    {\n" + ",\n".join(fields) + "\n    }"


def render(results: Sequence[Result], ctx: RenderContext) -> str:
    doc = run_document(list(results), ctx.as_of)
    head = [f'  "{k}": {_compact(v)}' for k, v in doc.items() if k != "results"]
    body = ",\n".join(_result(r) for r in doc["results"])
    results_block = f'  "results": [\n{body}\n  ]' if body else '  "results": []'
    return "{\n" + ",\n".join([*head, results_block]) + "\n}\n"
