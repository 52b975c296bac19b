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
from bench.fuzz import data_paths
from readiness.read import document as source
from tests.helpers import EXAMPLES, cold_checks


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
    "-0",
    "+0",
    "00",
    "2024-02-29",
    "2026-1-02",
    "TRUE",
    "oN",
    "Off",
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
    "-0.0",
    "+1.5",
    "1.",
    ".5",
    "+.5",
    "-0.",
    "1.5E-3",
    "1.5e3",
    "1.0e+999",
    "2.5.1",
    "NULL",
    "nULL",
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


def test_the_resolver_table_is_pyyamls() -> None:
    """source.py types plain scalars with its own copy of PyYAML's implicit resolvers (so that
    most files never import PyYAML): the same tags, patterns and flags, in the same order."""

    def shape(table: dict[Any, Any]) -> dict[Any, Any]:
        return {c: [(tag, r.pattern, r.flags) for tag, r in rs] for c, rs in table.items()}

    assert shape(source._resolvers()) == shape(yaml.resolver.Resolver.yaml_implicit_resolvers)
    assert source._BOOLS == yaml.constructor.SafeConstructor.bool_values


@pytest.mark.parametrize(
    "value",
    ["!!float 1.5", "!!float 1", "!!float -.5e+3", "!!null x", "!!null", "!!int 0x1F", "!!str 1"],
)
def test_an_explicit_tag_builds_what_pyyaml_builds(value: str) -> None:
    text = f"a: {value}\n"
    doc, problems = source.parse(text)
    assert doc is not None and not problems
    assert _same(doc.data, yaml.safe_load(text))


def test_a_cold_check_of_a_usual_file_never_imports_pyyaml(tmp_path: Path) -> None:
    """The line reader and the copied resolver table read the usual file without PyYAML, whose
    import was 16-38 ms of every start. (A catalog cache miss reads rules/ with PyYAML.)"""
    assert cold_checks(tmp_path, "yaml") == [["0", "True"], ["0", "False"]]


@pytest.mark.parametrize("value", ["0000-01-01", "2026-02-29", "2026-13-01", "2026-11-31"])
def test_a_date_that_does_not_exist_is_refused_with_a_position(value: str) -> None:
    doc, problems = source.parse(f"a: 1\nb: {value}\n")
    assert doc is None
    assert [(p.key, p.line, p.column) for p in problems] == [("yaml.bad_date", 2, 4)]


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("!!timestamp foo", "yaml.bad_date"),  # PyYAML's constructor: AttributeError
        ("!!bool maybe", "yaml.syntax"),  # PyYAML's constructor: KeyError
        ("!!int foo", "yaml.syntax"),
        ("!!float x", "yaml.syntax"),
    ],
)
def test_an_explicit_tag_on_a_wrong_value_is_refused_with_a_position(value: str, key: str) -> None:
    doc, problems = source.parse(f"a: 1\nb: {value}\n")
    assert doc is None
    assert [(p.key, p.line, p.column) for p in problems] == [(key, 2, 4)]


@pytest.mark.parametrize("value", ["=", "<<"])
def test_value_and_merge_tags_are_refused_with_a_position(value: str) -> None:
    doc, problems = source.parse(f"a: 1\nb: {value}\n")
    assert doc is None
    assert [(p.key, p.line, p.column) for p in problems] == [("yaml.tag", 2, 4)]


def test_the_resolver_memory_is_bounded() -> None:
    for n in range(source._RESOLVED_MAX + 500):
        source.parse(f"a: {n}\n")
        source.parse(f"a: [{n}]\nb: &x c\n")  # the line reader, and the composer
    assert len(source._RESOLVED) <= source._RESOLVED_MAX


def test_dates_and_quoted_values_keep_their_types() -> None:
    doc, _ = source.parse("a: 2026-11-22\nb: \"2026-11-22\"\nc: '12'\nd: 12\n")
    assert doc is not None
    assert doc.data == {"a": dt.date(2026, 11, 22), "b": "2026-11-22", "c": "12", "d": 12}


# -- positions ---------------------------------------------------------------------------------
def _index(node: yaml.Node, path: tuple[Any, ...], keys: dict[Any, Any], values: dict[Any, Any]):
    """Every path's key and value position, indexed eagerly from PyYAML's own node tree (the
    first of duplicate keys wins): what ``Document.locate`` looks up on demand."""
    values.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.tag == "tag:yaml.org,2002:str":
                if (*path, k.value) not in keys:
                    keys[(*path, k.value)] = (k.start_mark.line + 1, k.start_mark.column + 1)
                    _index(v, (*path, k.value), keys, values)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            keys[(*path, i)] = (item.start_mark.line + 1, item.start_mark.column + 1)
            _index(item, (*path, i), keys, values)


def test_every_key_and_value_is_located_where_it_stands(tmp_path: Path) -> None:
    write_corpus(tmp_path, 40, seed=5)
    files = sorted(tmp_path.glob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml"))
    for file in files:
        text = file.read_text(encoding="utf-8")
        doc, _ = source.parse(text)
        assert doc is not None, file
        keys: dict[Any, Any] = {}
        values: dict[Any, Any] = {}
        _index(yaml.compose(text, Loader=yaml.SafeLoader), (), keys, values)
        for path in data_paths(doc.data)[1:]:
            assert doc.key_at(path) == keys[path], (file, path)
            assert doc.locate(path) == keys[path], (file, path)
            assert doc.locate_value(path) == values[path], (file, path)
            # a path that does not exist falls back to its nearest existing parent
            assert doc.locate((*path, "no_such_key")) == keys[path], (file, path)
            assert doc.key_at((*path, "no_such_key")) is None


def test_a_duplicate_key_is_located_at_its_first_occurrence() -> None:
    text = "a: 1\nb:\n  c: x\n  c: y\n"
    doc, problems = source.parse(text)
    assert doc is not None and doc.data == {"a": 1, "b": {"c": "x"}}
    assert doc.locate(("b", "c")) == (3, 3) and doc.locate_value(("b", "c")) == (3, 6)
    assert [(p.key, p.line, p.params["first_line"]) for p in problems] == [
        ("yaml.duplicate_key", 4, 3)
    ]


def test_the_node_budget_counts_plain_strings() -> None:
    """An alias bomb made only of plain strings is refused like any other (MAX_NODES)."""
    width = 400
    text = "a: &a [" + ", ".join(["x"] * width) + "]\n"
    text += "b: &b [" + ", ".join(["*a"] * width) + "]\n"
    doc, problems = source.parse(text)
    assert doc is None and [p.key for p in problems] == ["yaml.alias_limit"]


def test_tab_indented_json_keeps_its_positions() -> None:
    """PyYAML refuses tabs as indentation; in valid JSON a tab is only whitespace between
    tokens, so the JSON file still gets every position (not just its data)."""
    text = (
        '{\n\t"schema_version": 1,\n\t"initiative": {\n'
        '\t\t"name": "a\\tb",\n\t\t"phase": 7\n\t}\n}\n'
    )
    doc, problems = source.parse(text, is_json=True)
    assert doc is not None and not problems
    assert doc.data == {"schema_version": 1, "initiative": {"name": "a\tb", "phase": 7}}
    assert doc.locate(("initiative", "phase")) == (5, 3)
    assert doc.locate_value(("initiative", "phase")) == (5, 12)
