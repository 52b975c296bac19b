"""readiness/read/document.py: YAML and JSON read as YAML 1.2's core schema types them, with the
position of every key and value, and the refusals that keep a file's data whole."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.corpus import write_corpus
from bench.fuzz import data_paths
from readiness.read import document
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


def _value(text: str) -> Any:
    doc, problems = document.parse(f"a: {text}\n")
    assert doc is not None and not problems, problems
    return doc.data["a"]


# YAML 1.2.2, 10.3.2 (the core schema's tag resolution), and what YAML 1.1 typed differently
CORE_SCHEMA = [
    ("null", None),
    ("Null", None),
    ("NULL", None),
    ("~", None),
    ("", None),
    ("true", True),
    ("True", True),
    ("TRUE", True),
    ("false", False),
    ("FALSE", False),
    ("0", 0),
    ("-19", -19),
    ("+12", 12),
    ("0o14", 12),
    ("0x1F", 31),
    ("1.5", 1.5),
    ("-.5", -0.5),
    ("1e3", 1000.0),
    ("2.5E-2", 0.025),
    (".inf", math.inf),
    ("-.Inf", -math.inf),
    # text in YAML 1.2 (booleans, numbers or timestamps in YAML 1.1)
    ("yes", "yes"),
    ("No", "No"),
    ("on", "on"),
    ("OFF", "OFF"),
    ("y", "y"),
    ("0b101", "0b101"),
    ("1_000", "1_000"),
    ("1:30", "1:30"),
    ("014", 14),  # a leading zero is decimal (YAML 1.1: octal 12)
    ("2026-04-10", "2026-04-10"),  # no timestamps: the format reads its dates
    ("2026-04-10T10:00:00", "2026-04-10T10:00:00"),
    ("=", "="),
    ('"12"', "12"),
    ("'true'", "true"),
    ('"null"', "null"),
]


@pytest.mark.parametrize(("text", "expected"), CORE_SCHEMA)
def test_a_scalar_is_typed_as_the_yaml_1_2_core_schema_types_it(text: str, expected: Any) -> None:
    assert _same(_value(text), expected)


def test_nan_is_a_float() -> None:
    assert math.isnan(_value(".nan"))


@pytest.mark.parametrize(("text", "expected"), [("!!str 12", "12"), ("!!int '12'", 12)])
def test_an_explicit_tag_decides_the_type(text: str, expected: Any) -> None:
    assert _same(_value(text), expected)


@pytest.mark.parametrize("text", ["!!bool maybe", "!!int foo", "!!float x", "!!null x"])
def test_an_explicit_tag_on_a_wrong_value_is_refused_with_a_position(text: str) -> None:
    _, problems = document.parse(f"a: 1\nb: {text}\n")
    assert [(p.key, p.line, p.column) for p in problems] == [("yaml.bad_value", 2, 4)]


@pytest.mark.parametrize("text", ["!!timestamp 2026-04-10", "!!binary aGk=", "!local x"])
def test_other_tags_are_refused_with_a_position(text: str) -> None:
    doc, problems = document.parse(f"a: 1\nb: {text}\n")
    assert doc is None
    assert [(p.key, p.line, p.column) for p in problems] == [("yaml.tag", 2, 4)]


def test_the_merge_key_is_refused_but_a_quoted_one_is_a_key() -> None:
    doc, problems = document.parse("a: &x {b: 1}\nc:\n  <<: *x\n")
    assert doc is None and [(p.key, p.line) for p in problems] == [("yaml.merge_key", 3)]
    doc, problems = document.parse('c:\n  "<<": 1\n')
    assert doc is not None and doc.data == {"c": {"<<": 1}} and not problems


def test_a_key_that_is_no_text_is_refused() -> None:
    _, problems = document.parse("1: a\nnull: b\ntrue: c\n")
    assert [(p.key, p.line) for p in problems] == [("yaml.key_type", n) for n in (1, 2, 3)]


def test_json_numbers_are_typed_as_json_writes_them() -> None:
    doc, problems = document.parse(
        '{"a": 1, "b": 1.5, "c": 1e10, "d": true, "e": null}', is_json=True
    )
    assert doc is not None and not problems
    assert _same(doc.data, {"a": 1, "b": 1.5, "c": 1e10, "d": True, "e": None})


def test_the_values_typed_in_a_command_are_read_as_a_files_values() -> None:
    assert document.parse_value("yes") == "yes"
    assert document.parse_value("true") is True
    assert document.parse_value("[BUP, PPT]") == ["BUP", "PPT"]
    assert document.parse_value("{level: committed}") == {"level": "committed"}
    assert document.parse_value("") is None
    with pytest.raises(document.ValueProblem) as exc:
        document.parse_value("0x" + "f" * 200)
    assert exc.value.key == "number.too_long"


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
        doc, _ = document.parse(text)
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
    doc, problems = document.parse(text)
    assert doc is not None and doc.data == {"a": 1, "b": {"c": "x"}}
    assert doc.locate(("b", "c")) == (3, 3) and doc.locate_value(("b", "c")) == (3, 6)
    assert [(p.key, p.line, p.params["first_line"]) for p in problems] == [
        ("yaml.duplicate_key", 4, 3)
    ]


def test_an_alias_bomb_is_refused_as_one() -> None:
    width = 400
    text = "a: &a [" + ", ".join(["x"] * width) + "]\n"
    text += "b: &b [" + ", ".join(["*a"] * width) + "]\n"
    doc, problems = document.parse(text)
    assert doc is None and [p.key for p in problems] == ["yaml.alias_limit"]


def test_a_file_with_too_many_values_is_told_so_not_called_an_alias_bomb() -> None:
    text = "a: [" + ", ".join(["x"] * (document.MAX_NODES + 1)) + "]\n"
    doc, problems = document.parse(text)
    assert doc is None and [p.key for p in problems] == ["yaml.too_many_values"]


def test_tab_indented_json_keeps_its_positions() -> None:
    """PyYAML refuses tabs as indentation; in valid JSON a tab is only whitespace between
    tokens, so the JSON file still gets every position (not just its data)."""
    text = (
        '{\n\t"schema_version": 1,\n\t"initiative": {\n'
        '\t\t"name": "a\\tb",\n\t\t"phase": 7\n\t}\n}\n'
    )
    doc, problems = document.parse(text, is_json=True)
    assert doc is not None and not problems
    assert doc.data == {"schema_version": 1, "initiative": {"name": "a\tb", "phase": 7}}
    assert doc.locate(("initiative", "phase")) == (5, 3)
    assert doc.locate_value(("initiative", "phase")) == (5, 12)


def test_the_examples_read_as_yaml_1_2(tmp_path: Path) -> None:
    """Every example's data is what PyYAML's YAML 1.1 loader gives, but for its dates (text
    here: the format reads them): none of them relies on YAML 1.1's booleans or octals."""
    import datetime as dt

    def dates_as_text(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: dates_as_text(v) for k, v in value.items()}
        if isinstance(value, list):
            return [dates_as_text(v) for v in value]
        return value.isoformat() if isinstance(value, dt.date) else value

    for file in sorted(EXAMPLES.glob("*.yaml")):
        text = file.read_text(encoding="utf-8")
        doc, problems = document.parse(text)
        assert doc is not None and not problems, file
        assert _same(doc.data, dates_as_text(yaml.safe_load(text))), file
