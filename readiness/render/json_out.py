"""``--format json``: the catalog's machine output, stable for the same input."""

from __future__ import annotations

import json
from collections.abc import Sequence

from readiness.render import RenderContext
from readiness.results import Result, run_document


def render(results: Sequence[Result], ctx: RenderContext) -> str:
    return json.dumps(run_document(list(results), ctx.as_of), ensure_ascii=False, indent=2) + "\n"
