"""Shared test helpers: load, edit and assess initiatives in memory."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from readiness.assessment import Assessment, assess
from readiness.catalog import default_catalog
from readiness.loader import load_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
AS_OF = dt.date(2026, 11, 22)  # tests never depend on today's date


def example_data(name: str) -> dict[str, Any]:
    path = EXAMPLES / name if not name.startswith("examples/") else ROOT / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def assess_data(
    data: dict[str, Any], gate: str | None = None, as_of: dt.date = AS_OF, lang: str = "nb"
) -> Assessment:
    text = yaml.safe_dump(copy.deepcopy(data), allow_unicode=True, sort_keys=False)
    catalog = default_catalog()
    loaded = load_text(text, "test.yaml", catalog)
    return assess(loaded, catalog, gate=gate, as_of=as_of, lang=lang)  # type: ignore[arg-type]


def finding(a: Assessment, rule: str):  # noqa: ANN201
    return next(f for f in a.findings if f.rule == rule)
