"""readiness/blockyaml.py, the line reader for the usual shape of initiative files, must read
whatever it accepts exactly as PyYAML's C composer does (the data, its types, and the position
of every key and value), and leave everything else to PyYAML (decline).

The oracle is PyYAML itself, on the examples, the benchmark's generated files, the fuzz
corpus, and a few thousand generated YAML texts full of the constructs where a hand-written
reader could go wrong.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from bench import fuzz
from bench.corpus import write_corpus
from readiness.read import blockyaml
from readiness.read import document as source
from tests.helpers import EXAMPLES
from tests.test_source import _same


def _fast(text: str) -> tuple[Any, Any] | None:
    return blockyaml.parse(text, source._plain_value, source._TYPED_FIRST, source._VALUES)


def _pyyaml(text: str) -> tuple[Any, dict[Any, Any], dict[Any, Any]] | None:
    """PyYAML's data for ``text`` and every path's key and value position; None if refused."""
    try:
        data = yaml.load(text, Loader=yaml.CSafeLoader)
        root = yaml.compose(text, Loader=yaml.CSafeLoader)
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError):
        return None
    keys: dict[Any, Any] = {}
    values: dict[Any, Any] = {}

    def index(node: yaml.Node, path: tuple[Any, ...]) -> None:
        values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                keys[(*path, k.value)] = (k.start_mark.line + 1, k.start_mark.column + 1)
                index(v, (*path, k.value))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                keys[(*path, i)] = (item.start_mark.line + 1, item.start_mark.column + 1)
                index(item, (*path, i))

    if root is not None:
        index(root, ())
    return data, keys, values


def _agrees(text: str) -> bool:
    """Declined, or read as PyYAML reads it; returns whether it was accepted."""
    fast = _fast(text)
    if fast is None:
        return False
    expected = _pyyaml(text)
    assert expected is not None, f"accepted what PyYAML refuses:\n{text}"
    data, keys, values = expected
    assert _same(fast[0], data), f"data differs:\n{text}\n{fast[0]!r}\n{data!r}"
    doc = source.Document(fast[0], positions=fast[1])
    for path in fuzz.data_paths(data)[1:]:
        assert doc.key_at(path) == keys[path], (text, path)
        assert doc.locate_value(path) == values[path], (text, path)
    return True


# -- real and generated files: all of them take the fast path, and agree ------------------------
def test_every_example_is_read_by_the_fast_path_as_pyyaml_reads_it() -> None:
    files = sorted(EXAMPLES.glob("*.yaml"))
    assert files
    for file in files:
        assert _agrees(file.read_text(encoding="utf-8")), f"declined: {file}"


def test_generated_files_are_read_by_the_fast_path_as_pyyaml_reads_them(tmp_path: Path) -> None:
    write_corpus(tmp_path, 150, seed=23)
    for file in sorted(tmp_path.glob("*.yaml")):
        assert _agrees(file.read_text(encoding="utf-8")), f"declined: {file}"


def test_readiness_init_templates_take_the_fast_path() -> None:
    from readiness.catalog.records import default_catalog
    from readiness.format.template import PHASES, initiative_template  # the files users start from

    for phase in PHASES:
        text = initiative_template(phase, default_catalog(), "initiative.schema.json")
        assert _agrees(text), phase


def test_the_fuzz_corpus_is_declined_or_read_as_pyyaml_reads_it() -> None:
    accepted = 0
    stream = fuzz.cases(seed=5)
    for _ in range(1500):
        _kind, _suffix, raw = next(stream)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            continue
        accepted += _agrees(text)
    assert accepted > 150  # the mutations that leave valid YAML are compared too


# -- generated YAML full of edge cases -----------------------------------------------------------
KEYS = ["a", "b", "name", "key_1", "x-y", "_k", "Ab", "ø"]
ODD_KEYS = ["on", "yes", "null", "No", "1", "-a", "a.b", "a:b", "a b", "<<", "? a", "'q'", "[a]"]
SCALARS = [
    "x",
    "hello world",
    "Østfold kommune",
    "yes",
    "No",
    "~",
    "null",
    "0",
    "-1",
    "+1",
    "1_000",
    "0x1F",
    "017",
    "1:30",
    "1.5",
    ".inf",
    "2026-11-22",
    "2026-02-30",
    "2026-11-22T10:00:00Z",
    "a #c",
    "a#b",
    "a: b",
    "a:",
    "a:b",
    "http://x.no/a?b=c",
    "- x",
    "-x",
    "--",
    "---",
    "...",
    "? x",
    "?x",
    ": x",
    ":x",
    "&a x",
    "*a",
    "!!str 1",
    "!x y",
    "%x",
    "@x",
    "`x`",
    "'q'",
    "'it''s'",
    "''",
    "'a' b",
    "'a' # c",
    "'a'#c",
    "'open",
    '"q"',
    '""',
    '"a\\tb"',
    '"a\\x41"',
    '"a\\u00e9"',
    '"a\\"b"',
    '"a\\\\b"',
    '"a\\',
    '"a\\qb"',
    '"open',
    "[a, b]",
    "[a,b]",
    "[ a ,  b ]",
    "[]",
    "[ ]",
    "{}",
    "{ }",
    "{k: v}",
    "{k: v, m: 2}",
    "{ k:  v ,m: 2026-01-01 }",
    "{k: , m: 2}",
    "{k}",
    "{k:v}",
    "{k: a b}",
    "{on: 1}",
    "{a: 1, a: 2}",
    "[a, [b]]",
    "[a,]",
    "[,a]",
    "[a] x",
    "[a] # c",
    "[a]#c",
    "[1:2]",
    "[-1, -x]",
    "[- x]",
    "[yes, ~, 0x1F, 2026-11-22]",
    "[a b, c]",
    "[a",
    "{a: 1",
    "é ø å",
    "\u00a0x",
    "a  b  ",
    "a, b",
    "#x",
]
BLOCK_HEADERS = ["|", "|-", ">", ">-", "|+", ">+", "|2", "| # c", "|-  "]


def _block_lines(rng: random.Random, indent: int) -> list[str]:
    body = indent + rng.choice([1, 2, 2, 4, 0])
    out = []
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.15:
            out.append("")
        elif r < 0.2:
            out.append(" " * rng.randint(1, body + 2))
        elif r < 0.3:
            out.append(" " * (body + rng.randint(1, 2)) + rng.choice(["more", "# x", "- a"]))
        else:
            out.append(" " * body + rng.choice(["line", "a: b", "# not a comment", "x  ", "ø"]))
    if rng.random() < 0.3:
        out.append("")
    return out


COMMON = ["x", "hello world", "Tønsberg kommune", "12", "2026-11-22", "true", "~", "'q'", "[a, b]"]


def _value(rng: random.Random) -> str:
    value = rng.choice(SCALARS) if rng.random() < 0.3 else rng.choice(COMMON)
    if rng.random() < 0.1:
        value += rng.choice([" # comment", "  #c", " ", "#"])
    return value


def _mapping(rng: random.Random, indent: int, depth: int, lines: list[str], first: str) -> None:
    for k in range(rng.randint(1, 4)):
        prefix = first if k == 0 else " " * indent
        key = rng.choice(ODD_KEYS) if rng.random() < 0.05 else rng.choice(KEYS)
        r = rng.random()
        if depth < 4 and r < 0.2:
            lines.append(f"{prefix}{key}:" + rng.choice(["", "", " # c", "  "]))
            step = rng.choice([1, 2, 2, 2, 4])
            _mapping(rng, indent + step, depth + 1, lines, " " * (indent + step))
        elif depth < 4 and r < 0.35:
            lines.append(f"{prefix}{key}:")
            step = rng.choice([0, 0, 2, 2, 4])
            _sequence(rng, indent + step, depth + 1, lines)
        elif r < 0.45:
            lines.append(f"{prefix}{key}: {rng.choice(BLOCK_HEADERS)}")
            lines += _block_lines(rng, indent)
        elif r < 0.5:
            lines.append(f"{prefix}{key}:")  # null
        else:
            lines.append(f"{prefix}{key}:{' ' * rng.choice([1, 1, 2])}{_value(rng)}")
        _noise(rng, lines)


def _sequence(rng: random.Random, indent: int, depth: int, lines: list[str]) -> None:
    pad = " " * indent
    for _ in range(rng.randint(1, 3)):
        r = rng.random()
        if depth < 4 and r < 0.3:
            dash = pad + "-" + " " * rng.choice([1, 1, 3])
            _mapping(rng, len(dash), depth + 1, lines, dash)
        elif depth < 4 and r < 0.4:
            lines.append(pad + "-")
            _sequence(rng, indent + rng.choice([2, 2, 1]), depth + 1, lines)
        elif r < 0.45:
            lines.append(pad + "-" + rng.choice(["", " # c"]))  # an empty item
        elif r < 0.5:
            lines.append(f"{pad}- {rng.choice(BLOCK_HEADERS)}")
            lines += _block_lines(rng, indent)
        elif r < 0.53:
            lines.append(f"{pad}- - {_value(rng)}")
        else:
            lines.append(f"{pad}- {_value(rng)}")
        _noise(rng, lines)


def _noise(rng: random.Random, lines: list[str]) -> None:
    r = rng.random()
    if r < 0.05:
        lines.append("")
    elif r < 0.08:
        lines.append(" " * rng.randint(0, 6) + "# comment: [x]")
    elif r < 0.1:
        lines.append(" " * rng.randint(1, 4))


def _document(rng: random.Random) -> str:
    lines: list[str] = []
    if rng.random() < 0.1:
        lines.append(rng.choice(["---", "--- ", "--- # c", "%YAML 1.1\n---", "# head"]))
    _mapping(rng, 0, 0, lines, "")
    if rng.random() < 0.15 and lines:  # shift one line's indentation
        i = rng.randrange(len(lines))
        lines[i] = (" " if rng.random() < 0.5 else "") + lines[i][rng.randint(0, 1) :]
    if rng.random() < 0.05:
        lines.append(rng.choice(["...", "---", "- x", "x", "  y: 1"]))
    return "\n".join(lines) + rng.choice(["\n", "\n", "", "\n\n"])


def test_generated_yaml_is_declined_or_read_as_pyyaml_reads_it() -> None:
    rng = random.Random(20261122)
    accepted = 0
    n = 5000
    for _ in range(n):
        accepted += _agrees(_document(rng))
    # both sides are exercised: many texts are read, many are left to PyYAML
    assert n // 8 < accepted < n * 7 // 8, accepted


# -- what is left to PyYAML ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "a:\tb\n",  # a tab
        "a: b\r\nc: d\r\n",  # carriage returns (Windows line ends)
        "a: &x b\nc: *x\n",  # an anchor and an alias
        "a: !!str 1\n",  # a tag
        "a: hello\n  world\n",  # a multi-line plain scalar
        "a: 'hello\n  world'\n",  # a multi-line quoted scalar
        "a: [b,\n  c]\n",  # a multi-line flow sequence
        "a: {b: [c]}\n",  # nested flow
        "a: 1\na: 2\n",  # a duplicate key (source.py reports it)
        "on: 1\n",  # a key PyYAML reads as a boolean
        "a: |+\n  x\n",  # keep chomping
        "a: >\n  x\n    more\n",  # a folded text with a more indented line
        "- a\n- b\n",  # not a mapping at the top
        "a: b\n---\nc: d\n",  # a second document
        "%YAML 1.1\n---\na: b\n",  # a directive
        "a: 2026-02-30\n",  # a date that does not exist
        "a: b: c\n",  # PyYAML refuses it
    ],
)
def test_what_the_fast_path_leaves_to_pyyaml(text: str) -> None:
    assert _fast(text) is None
    doc, problems = source.parse(text)  # and the composer reads it, or reports where it fails
    assert (doc is not None) or problems


def test_a_value_is_read_with_the_type_and_position_pyyaml_gives() -> None:
    text = (
        "---\n"
        "a: yes\n"
        "b:\n"
        "c: 'it''s' # quoted\n"
        'd: "tab\\there"\n'
        "e: [x, 2026-11-22,  ~]\n"
        "f: {k: 1, m: two words}\n"
        "g: |\n  one\n\n  two\n\n"
        "h: >-\n  folded\n  text\n"
        "i:\n- 1\n-   k: v\n    m:\n"
    )
    assert _agrees(text)
    data, _ = _fast(text)  # type: ignore[misc]
    assert data["b"] is None and data["c"] == "it's" and data["d"] == "tab\there"
    assert data["g"] == "one\n\ntwo\n" and data["h"] == "folded text"
    assert data["i"] == [1, {"k": "v", "m": None}]


def test_the_characters_declined_are_exactly_those_outside_the_subset() -> None:
    """What PyYAML reads as printable, less tabs, carriage returns, NEL, LS, PS and the BOM
    (which the reader leaves to PyYAML): checked over every code point."""
    import re

    allowed = re.compile(
        "[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
    )
    text = "".join(map(chr, range(0x110000)))
    assert [m.start() for m in allowed.finditer(text)] == [
        i for i in range(0x110000) if not blockyaml._DECLINE.match(text, i)
    ]
