"""readiness/source.py builds the data itself (for positions and duplicate keys) with a faster
tag resolver than PyYAML's: what it builds must be exactly what PyYAML's safe loader gives."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import write_corpus
from readiness import source
from tests.helpers import EXAMPLES


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same type all the way down (True is not 1, a date not a string)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def test_examples_build_exactly_what_pyyaml_loads() -> None:
    files = sorted(EXAMPLES.glob("*.yaml"))
    assert files
    for file in files:
        text = file.read_text(encoding="utf-8")
        doc, problems = source.parse(text)
        assert doc is not None and not problems, file
        assert _same(doc.data, yaml.safe_load(text)), file


def test_generated_files_build_exactly_what_pyyaml_loads(tmp_path: Path) -> None:
    write_corpus(tmp_path, 60, seed=11)
    for file in sorted(tmp_path.glob("*.yaml")):
        text = file.read_text(encoding="utf-8")
        doc, _ = source.parse(text)
        assert doc is not None, file
        assert _same(doc.data, yaml.safe_load(text)), file


# Plain scalars of every kind YAML 1.1 resolves implicitly, and their near misses.
TRICKY = [
    "yes",
    "No",
    "on",
    "OFF",
    "y",
    "n",
    "true",
    "False",
    "null",
    "~",
    "Null",
    "",
    "0",
    "-1",
    "+12",
    "0x1F",
    "0o17",
    "017",
    "1_000",
    "1:30",
    "190:20:30",
    "0b101",
    "1.5",
    "-.inf",
    ".NaN",
    "1e3",
    "6.8523015e+5",
    "1_000.5",
    "._",
    ".",
    "2026-11-22",
    "2026-11-22T10:00:00Z",
    "2026-1-2",
    "2026-02-30x",
    "--",
    "-x",
    "+",
    "0.",
    "08",
    "yes please",
    "Norge",
    "Østfold",
    "ja",
]


@pytest.mark.parametrize("value", TRICKY)
def test_plain_scalar_gets_the_type_pyyaml_gives(value: str) -> None:
    text = f"a: {value}\n" if value else "a:\n"
    doc, problems = source.parse(text)
    expected = yaml.safe_load(text)
    assert not problems
    assert doc is not None
    assert _same(doc.data, expected)


@given(st.text(alphabet="0123456789.-+:_eExXoObBTtZzYyNnsSaAlLuUfF~ ", min_size=1, max_size=12))
@settings(max_examples=300, deadline=None)
def test_any_short_plain_scalar_resolves_as_in_pyyaml(value: str) -> None:
    text = f"a: {value!s}\n"
    try:
        expected = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError):
        return  # PyYAML refuses it too; how source.py reports that is test_loader's business
    doc, problems = source.parse(text)
    assert doc is not None and not problems
    assert _same(doc.data, expected)


@pytest.mark.parametrize("value", ["=", "<<"])
def test_value_and_merge_tags_are_refused_with_a_position(value: str) -> None:
    doc, problems = source.parse(f"a: 1\nb: {value}\n")
    assert doc is None
    assert [(p.key, p.line, p.column) for p in problems] == [("yaml.tag", 2, 4)]


def test_the_resolver_memory_is_bounded() -> None:
    for n in range(source._RESOLVED_MAX + 500):
        source.parse(f"a: {n}\n")
    assert len(source._FastLoader._resolved) <= source._RESOLVED_MAX


def test_dates_and_quoted_values_keep_their_types() -> None:
    doc, _ = source.parse("a: 2026-11-22\nb: \"2026-11-22\"\nc: '12'\nd: 12\n")
    assert doc is not None
    assert doc.data == {"a": dt.date(2026, 11, 22), "b": "2026-11-22", "c": "12", "d": 12}
