"""Step 1 of the pipeline: text → plain data with the line and column of every key.

Two readers give one result, a ``Document`` (the data, and where each key and value stands):
- readiness/blockyaml.py reads the usual shape of an initiative file line by line;
- readiness/composed.py composes whatever it declines with PyYAML's C composer, and reports
  every error in the text with its position.
This module holds what both share: the Document, and how a plain scalar is typed (YAML 1.1's
implicit resolvers, as PyYAML has them) and built. PyYAML is imported only when the line reader
declines a file, or a scalar needs one of PyYAML's rarer constructors (``0x1F``, ``1_000``):
importing it was 16-38 ms of every start (bench/run.py), and most files never need it.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from readiness.errors import Problem
from readiness.read import blockyaml

if TYPE_CHECKING:
    import yaml

    from readiness.read.composed import Keys

MAX_NODES = 100_000  # values after alias expansion; a real initiative file has a few hundred
MAX_DEPTH = 40
# The longest integer read, in characters as written (digits, sign, base prefix, ``_``). No
# value of the format needs more than a dozen digits; at 100, every integer stays far below what
# Python converts to text at all (4,300 digits: str() raises past it, so would every message
# and output naming the value), whatever its base, and int() never does long work.
MAX_INT_DIGITS = 100
Path = tuple[str | int, ...]
Mark = tuple[int, int]


@dataclass
class Document:
    """Parsed data plus where each part of it stands in the text.

    Positions are 1-based (line, column), looked up by path tuples such as
    ``("parties", 0, "leadership")``: in the positions readiness/blockyaml.py recorded while
    reading, or else on demand in the composed node tree (``root``; readiness/composed.py).
    A duplicate key's position is its first occurrence's, the one whose value was kept."""

    data: Any
    root: yaml.Node | None = field(default=None, repr=False)
    positions: blockyaml.Positions | None = field(default=None, repr=False, compare=False)
    # the composed tree's mappings looked into so far (composed.marks)
    _keys: Keys = field(default_factory=dict, repr=False, compare=False)

    def _marks(self, path: Path) -> tuple[Mark, Mark] | None:
        """(key mark, value mark) at ``path``; for a list item both are the item's."""
        if self.positions is not None:
            return blockyaml.find(self.positions, path)
        if self.root is None:
            return None
        from readiness.read import composed  # imported already: it made ``root``

        return composed.marks(self.root, self._keys, path)

    def key_at(self, path: Path) -> Mark | None:
        """Position of ``path``'s key (of the item, for a list index), or None."""
        found = self._marks(path)
        return found[0] if found else None

    def _nearest(self, path: Path) -> tuple[Mark, Mark] | None:
        """The marks at ``path``, else at the nearest enclosing path that exists."""
        if self.positions is not None:  # one walk down the recorded positions
            return blockyaml.nearest(self.positions, path)
        while path:
            found = self._marks(path)
            if found:
                return found
            path = path[:-1]
        return None

    def locate(self, path: Path) -> Mark:
        """Position of ``path``'s key, else of the nearest enclosing key that exists, else 1:1.
        (About twenty calls a file: the recorded positions are walked without a detour.)"""
        positions = self.positions
        found = blockyaml.nearest(positions, path) if positions is not None else self._nearest(path)
        return found[0] if found else (1, 1)

    def locate_value(self, path: Path) -> Mark:
        """Position of the value at ``path`` (where a wrong value stands), else of the nearest
        enclosing value that exists, else 1:1."""
        found = self._nearest(path)
        return found[1] if found else (1, 1)


class NumberTooLong(ValueError):
    """An integer scalar longer than MAX_INT_DIGITS: an input problem where it stands."""


def number_too_long(line: int, column: int, written: str) -> Problem:
    return Problem(
        "number.too_long", line, column, {"length": len(written), "limit": MAX_INT_DIGITS}
    )


# -- plain scalars --------------------------------------------------------------------------------
_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"

# YAML 1.1's implicit resolvers for plain scalars, as PyYAML 6 registers them on its Resolver
# (yaml/resolver.py), in its order: (tag, pattern, the first characters it looks at; "" for
# the empty scalar). Kept here so that reading a file the line reader accepts never imports
# PyYAML. tests/test_source.py holds this table to PyYAML's own, pattern by pattern, and
# compares the types of thousands of plain scalars with PyYAML's.
IMPLICIT_RESOLVERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        _BOOL,
        r"""^(?:yes|Yes|YES|no|No|NO
                    |true|True|TRUE|false|False|FALSE
                    |on|On|ON|off|Off|OFF)$""",
        tuple("yYnNtTfFoO"),
    ),
    (
        _FLOAT,
        r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
                    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
                    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
                    |[-+]?\.(?:inf|Inf|INF)
                    |\.(?:nan|NaN|NAN))$""",
        tuple("-+0123456789."),
    ),
    (
        _INT,
        r"""^(?:[-+]?0b[0-1_]+
                    |[-+]?0[0-7_]+
                    |[-+]?(?:0|[1-9][0-9_]*)
                    |[-+]?0x[0-9a-fA-F_]+
                    |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$""",
        tuple("-+0123456789"),
    ),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", ("<",)),
    (
        _NULL,
        r"""^(?: ~
                    |null|Null|NULL
                    | )$""",
        ("~", "n", "N", ""),
    ),
    (
        _TIMESTAMP,
        r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
                    |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
                     (?:[Tt]|[ \t]+)[0-9][0-9]?
                     :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
                     (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""",
        tuple("0123456789"),
    ),
    ("tag:yaml.org,2002:value", r"^(?:=)$", ("=",)),
    # PyYAML registers this one "only for documentation purposes": plain scalars cannot
    # start with these characters.
    ("tag:yaml.org,2002:yaml", r"^(?:!|&|\*)$", tuple("!&*")),
)
_VERBOSE = {_BOOL, _FLOAT, _INT, _NULL, _TIMESTAMP}  # the patterns PyYAML compiles with re.X
# where a plain scalar may be something else than a string
_TYPED_FIRST = frozenset(c for _, _, first in IMPLICIT_RESOLVERS for c in first if c)
_RESOLVED_MAX = 4096  # plain scalars whose tag is remembered (keys, true/false, small numbers)
_RESOLVED: dict[str, str] = {}


@functools.cache
def _resolvers() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """First character → [(tag, compiled pattern)], as PyYAML's ``yaml_implicit_resolvers``;
    compiled on the first plain scalar that needs them."""
    table: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for tag, pattern, first in IMPLICIT_RESOLVERS:
        compiled = re.compile(pattern, re.X if tag in _VERBOSE else 0)
        for c in first:
            table.setdefault(c, []).append((tag, compiled))
    return table


def _plain_tag(value: str) -> str:
    """The tag PyYAML's resolver gives the plain scalar ``value``, faster: PyYAML tries regexes
    on each plain scalar (a third of the composing time, bench/). A plain scalar whose first
    character no implicit resolver looks at is a string, and the tags of short plain scalars
    are remembered (the same keys and values recur in every file)."""
    if value and value[0] not in _TYPED_FIRST:
        return _STR
    tag = _RESOLVED.get(value)
    if tag is None:
        tag = _STR
        for candidate, pattern in _resolvers().get(value[:1], ()):
            if pattern.match(value):
                tag = candidate
                break
        if len(value) <= 32 and len(_RESOLVED) < _RESOLVED_MAX:
            _RESOLVED[value] = tag
    return tag


_DECIMAL = re.compile(r"-?[1-9][0-9]*|0")
# a float with a point and nothing PyYAML's constructor rewrites (no "_", no base-60 ":")
_PLAIN_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+][0-9]+)?")
# SafeConstructor.bool_values (tests/test_source.py compares them)
_BOOLS = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}


def _scalar_value(tag: str, text: str) -> Any:
    """The value of a scalar with ``tag``, as PyYAML's safe loader builds it. Raises KeyError
    for a tag this loader refuses, ValueError when ``text`` is no value of its tag (such as
    ``2026-02-30``, or ``!!bool maybe``, where PyYAML's own constructors fail with a KeyError
    or an AttributeError).

    The forms initiative files use are built directly, as PyYAML's constructors would build
    them: booleans, plain decimal integers, dates (YYYY-MM-DD, the only 10-character timestamp
    form), null, and floats with a point. Everything else (octal, hex, 1_000, 1:30, .inf,
    times) goes through PyYAML's constructor for its tag. tests/test_source.py compares both."""
    if tag == _STR:
        return text
    if tag == _BOOL:
        value = _BOOLS.get(text.lower())
        if value is None:
            raise ValueError(f"not a boolean: {text!r}")
        return value
    if tag == _INT:
        if len(text) > MAX_INT_DIGITS:
            raise NumberTooLong(text)
        if _DECIMAL.fullmatch(text):
            return int(text)
    if tag == _TIMESTAMP and len(text) == 10:
        return dt.date.fromisoformat(text)
    if tag == _NULL:
        return None  # SafeConstructor.construct_yaml_null, whatever the text
    if tag == _FLOAT and _PLAIN_FLOAT.fullmatch(text):
        return float(text)
    from readiness.read import composed

    return composed.construct(tag, text)


# The values of short plain scalars (keys, choices such as ``none`` and ``formal``, booleans,
# small numbers, dates): the same few hundred recur in every file. Only values of immutable
# types are kept, so files can share them; blockyaml.parse looks here before it calls
# ``_plain_value`` (about forty times a generated file).
_VALUES_MAX = 4096
_VALUES: dict[str, Any] = {}
_SHAREABLE = frozenset({str, bool, int, float, type(None), dt.date})
_UNSET = object()


def _plain_value(text: str) -> Any:
    """A plain scalar's value: ``_scalar_value`` for the tag PyYAML's resolver gives it."""
    value = _VALUES.get(text, _UNSET)
    if value is not _UNSET:
        return value
    tag = _plain_tag(text)  # which remembers short scalars' tags itself
    value = text if tag == _STR else _scalar_value(tag, text)
    if len(text) <= 32 and len(_VALUES) < _VALUES_MAX and type(value) in _SHAREABLE:
        _VALUES[text] = value
    return value


def parse(text: str, *, is_json: bool = False) -> tuple[Document | None, list[Problem]]:
    """Parse ``text``; returns the document (None when unusable) and every problem found."""
    if not text.strip():
        return None, [Problem("file.empty")]
    if is_json:
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            return None, [Problem("json.syntax", exc.lineno, exc.colno, {"detail": exc.msg})]
        except RecursionError:  # json's C decoder gives up on very deep nesting (bench/fuzz.py)
            return None, [Problem("yaml.too_deep", 1, 1, {"limit": MAX_DEPTH})]
        except ValueError:  # an integer past int()'s 4,300 digits: composing below places it
            pass
    else:  # the usual shape of a file, read line by line
        fast = blockyaml.parse(text, _plain_value, _TYPED_FIRST, _VALUES)
        if fast is not None:
            return _text_only(Document(fast[0], positions=fast[1]), [], text)
    from readiness.read import composed

    return _text_only(*composed.compose(text, is_json=is_json), text)


# -- text that is no text ------------------------------------------------------------------------
# A lone UTF-16 surrogate (U+D800-U+DFFF) is no character: it cannot be written as UTF-8, so
# a value holding one would fail every output. It can only come from an escape (JSON's
# ``"\ud800"``; YAML's C reader refuses the escape itself) or from text that was never UTF-8
# (Python's surrogateescape, as for a command-line argument).
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\(?:u|U0000)[dD][89a-fA-F]")  # JSON's and YAML's


def _text_only(
    doc: Document | None, problems: list[Problem], text: str
) -> tuple[Document | None, list[Problem]]:
    """``doc`` and ``problems``, refusing a key or value that holds a lone surrogate, where it
    stands (whichever reader built the data)."""
    escaped = "\\" in text and _SURROGATE_ESCAPE.search(text) is not None
    if doc is None or (not escaped and encodes(text)):
        return doc, problems
    found = [
        Problem(
            "text.no_character", *((doc.key_at(path) if is_key else None) or doc.locate_value(path))
        )
        for path, is_key in _surrogates(doc.data, ())
    ]
    return (None, [*problems, *found]) if found else (doc, problems)


def encodes(text: str) -> bool:
    """Can ``text`` be written as UTF-8 (no lone surrogate)?"""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _surrogates(data: Any, path: Path) -> list[tuple[Path, bool]]:
    """(path, is the key) of every key and string value of ``data`` with a lone surrogate."""
    out: list[tuple[Path, bool]] = []
    items = data.items() if isinstance(data, dict) else enumerate(data)
    for key, value in items:
        here = (*path, key)
        if isinstance(key, str) and _SURROGATE.search(key):
            out.append((here, True))
        if isinstance(value, (dict, list)):
            out += _surrogates(value, here)
        elif isinstance(value, str) and _SURROGATE.search(value):
            out.append((here, False))
    return out
