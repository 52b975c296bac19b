"""Step 1: YAML or JSON text → plain data with the line and column of every key and value.

One reader: PyYAML's C composer (``CSafeLoader``'s parser and composer) builds the node tree
with marks at C speed and reports every syntax error with its position. Scalars are typed as
YAML 1.2's core schema types them (format 1.1): only ``true``/``false`` are booleans (``yes``,
``no``, ``on``, ``off`` are text), integers are decimal, ``0o`` octal or ``0x`` hex, a quoted
scalar is text, and there are no timestamps (a date is text until the format reads it). That
is the schema the JSON Schema and editors (yaml-language-server) read a file with. PyYAML's
own resolver does the typing, with the core schema's table (``_CoreSchemaLoader``).

The data is built here from the node tree, not by PyYAML's constructor, so that this module can
- remember where every key and value stands (``Document``, looked up on demand),
- refuse duplicate keys (a plain load keeps the last one silently: data lost),
- refuse alias-expansion bombs, absurd nesting, integers too long to write out, lone
  surrogates, and tags other than YAML's plain scalar and collection types,
- refuse likely identity numbers in the decoded keys and values (after escapes and line
  folding), besides those the raw text shows (comments included).
JSON is read by the same composer (JSON is YAML 1.2's flow syntax) after ``json`` has checked
its syntax, so JSON files get positions too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from readiness import personal_data
from readiness.errors import Problem

MAX_NODES = 100_000  # values after alias expansion; a real initiative file has a few hundred
MAX_DEPTH = 40
# The longest integer read, in characters as written (digits, sign, base prefix). No value of
# the format needs more than a dozen digits; at 100, every integer stays far below what Python
# converts to text at all (4,300 digits: str() raises past it, and so would every message and
# output naming the value), and int() never does long work.
MAX_INT_DIGITS = 100

Path = tuple[str | int, ...]
Mark = tuple[int, int]

try:  # the C composer is part of PyYAML's wheels; fall back to the pure-Python one
    from yaml import CSafeLoader as _Base
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Base

_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_SCALAR, _MAPPING, _SEQUENCE = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode


class _CoreSchemaLoader(_Base):
    """PyYAML's C loader with YAML 1.2's core schema as its implicit resolvers (YAML 1.2.2,
    10.3.2, "Tag Resolution") in place of PyYAML's YAML 1.1 table."""

    yaml_implicit_resolvers: dict[str, list[tuple[str, re.Pattern[str]]]] = {}


_CORE_SCHEMA = (
    (_NULL, r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    (_BOOL, r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    (_INT, r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        _FLOAT,
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+0123456789."),
    ),
)
for _tag, _pattern, _first in _CORE_SCHEMA:
    _CoreSchemaLoader.add_implicit_resolver(_tag, re.compile(_pattern), _first)


class ValueProblem(ValueError):
    """A scalar that is no value of its tag; ``key`` names the message (readiness.text)."""

    def __init__(self, key: str, **params: object):
        super().__init__(key)
        self.key = key
        self.params = params


def scalar_value(tag: str, text: str) -> Any:
    """The value of a scalar with ``tag`` (an implicit core-schema tag, or one written
    explicitly, ``!!int 12``). Raises KeyError for a tag this reader refuses, ValueProblem
    when ``text`` is no value of its tag (``!!bool maybe``) or an integer too long."""
    if tag == _STR:
        return text
    if tag == _NULL:
        if text not in ("", "~", "null", "Null", "NULL"):
            raise ValueProblem("yaml.bad_value", tag="null", value=text)
        return None
    if tag == _BOOL:
        if text in ("true", "True", "TRUE"):
            return True
        if text in ("false", "False", "FALSE"):
            return False
        raise ValueProblem("yaml.bad_value", tag="bool", value=text)
    if tag == _INT:
        if len(text) > MAX_INT_DIGITS:
            raise ValueProblem("number.too_long", length=len(text), limit=MAX_INT_DIGITS)
        for prefix, base in (("0o", 8), ("0x", 16)):
            if text.startswith(prefix):
                try:
                    return int(text[2:], base)
                except ValueError:
                    break
        try:
            return int(text, 10)
        except ValueError:
            raise ValueProblem("yaml.bad_value", tag="int", value=text) from None
    if tag == _FLOAT:
        if len(text) > MAX_INT_DIGITS:
            raise ValueProblem("number.too_long", length=len(text), limit=MAX_INT_DIGITS)
        special = text.lstrip("+-").lower()
        if special in (".inf", ".nan"):
            value = float(special[1:])
            return -value if text.startswith("-") else value
        try:
            return float(text)
        except ValueError:
            raise ValueProblem("yaml.bad_value", tag="float", value=text) from None
    raise KeyError(tag)


def _mark(node: yaml.Node | yaml.Event) -> Mark:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1)


@dataclass
class Document:
    """Parsed data plus where each part of it stands in the text.

    Positions are 1-based (line, column), looked up by path tuples such as
    ``("parties", 0, "leadership")`` in the composed node tree (``root``). A duplicate key's
    position is its first occurrence's, the one whose value was kept. A document without a
    tree (JSON that PyYAML cannot compose) places everything at 1:1."""

    data: Any
    root: yaml.Node | None = field(default=None, repr=False)
    # id(mapping node) → {key: (key node, value node)}, made on a mapping's first lookup
    _keys: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def _marks(self, path: Path) -> tuple[Mark, Mark] | None:
        """(key mark, value mark) at ``path``; for a list item both are the item's."""
        if not path or self.root is None:
            return None
        node = key = self.root
        for step in path:
            if type(node) is _MAPPING and type(step) is str:
                found = self._mapping(node).get(step)
                if found is None:
                    return None
                key, node = found
            elif type(node) is _SEQUENCE and type(step) is int and 0 <= step < len(node.value):
                key = node = node.value[step]
            else:
                return None
        return _mark(key), _mark(node)

    def _mapping(self, node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        found = self._keys.get(id(node))
        if found is None:
            found = self._keys[id(node)] = {}
            for k, v in node.value:
                if type(k) is _SCALAR and k.tag == _STR:
                    found.setdefault(k.value, (k, v))  # a duplicate key: the first one
        return found

    def _nearest(self, path: Path) -> tuple[Mark, Mark] | None:
        """The marks at ``path``, else at the nearest enclosing path that exists."""
        while path:
            found = self._marks(path)
            if found:
                return found
            path = path[:-1]
        return None

    def key_at(self, path: Path) -> Mark | None:
        """Position of ``path``'s key (of the item, for a list index), or None."""
        found = self._marks(path)
        return found[0] if found else None

    def locate(self, path: Path) -> Mark:
        """Position of ``path``'s key, else of the nearest enclosing key that exists, else 1:1."""
        found = self._nearest(path)
        return found[0] if found else (1, 1)

    def locate_value(self, path: Path) -> Mark:
        """Position of the value at ``path`` (where a wrong value stands), else of the nearest
        enclosing value that exists, else 1:1."""
        found = self._nearest(path)
        return found[1] if found else (1, 1)


# -- node tree → data ---------------------------------------------------------------------------
class _Abort(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem


class _Builder:
    """Node tree → plain data. Every value counts towards MAX_NODES (an alias is its node
    again, so aliases count every time they are used) and every nesting level towards
    MAX_DEPTH; problems that leave the rest of the file readable are collected."""

    def __init__(self, root: yaml.Node) -> None:
        self.root = root
        self.nodes = 0
        self.problems: list[Problem] = []

    def build(self, node: yaml.Node, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Abort(_over_budget(self.root, node))
        if depth > MAX_DEPTH:
            raise _Abort(Problem("yaml.too_deep", *_mark(node), {"limit": MAX_DEPTH}))
        kind, tag = type(node), node.tag
        if kind is _SCALAR:
            try:
                return scalar_value(tag, node.value)
            except KeyError:
                raise _Abort(Problem("yaml.tag", *_mark(node), {"tag": tag})) from None
            except ValueProblem as exc:
                self.problems.append(Problem(exc.key, *_mark(node), exc.params))
                return None
        if kind is _MAPPING and tag == _MAP:
            return self._mapping(node, depth)
        if kind is _SEQUENCE and tag == _SEQ:
            return [self.build(item, depth + 1) for item in node.value]
        raise _Abort(Problem("yaml.tag", *_mark(node), {"tag": tag}))

    def _mapping(self, node: yaml.MappingNode, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not _SCALAR or key_node.tag != _STR:
                got = key_node.value if type(key_node) is _SCALAR else "?"
                self.problems.append(Problem("yaml.key_type", *_mark(key_node), {"got": got}))
                continue
            key = key_node.value
            if key == "<<" and not key_node.style:  # plain: YAML 1.1's merge key, not in 1.2
                raise _Abort(Problem("yaml.merge_key", *_mark(key_node)))
            if key in out:
                first = next(k for k, _ in node.value if k.value == key and k.tag == _STR)
                params = {"key": key, "first_line": _mark(first)[0]}
                self.problems.append(Problem("yaml.duplicate_key", *_mark(key_node), params))
                continue
            out[key] = self.build(value_node, depth + 1)
        return out


def _over_budget(root: yaml.Node, at: yaml.Node) -> Problem:
    """The problem of a tree that builds more than MAX_NODES values: too many values written
    in the file, or, when the file holds fewer, aliases repeating them (an alias names the
    node of its anchor: the composer shares it, so each written value is one node)."""
    seen: set[int] = set()
    todo = [root]
    while todo and len(seen) <= MAX_NODES:
        node = todo.pop()
        if id(node) not in seen:
            seen.add(id(node))
            if type(node) is _MAPPING:
                todo += [value for _, value in node.value]
            elif type(node) is _SEQUENCE:
                todo += node.value
    key = "yaml.too_many_values" if len(seen) > MAX_NODES else "yaml.alias_limit"
    return Problem(key, *_mark(at), {"limit": MAX_NODES})


def _yaml_error(exc: yaml.YAMLError, text: str) -> Problem:
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    # The common slips get their own message, where the user has to look:
    if (
        context == "while scanning a quoted scalar"
        and context_mark is not None
        and problem in ("found unexpected end of stream", "found unexpected document separator")
    ):
        # an unclosed quote: PyYAML reports where the file ends, not where the quote opens
        return Problem("yaml.unclosed_quote", context_mark.line + 1, context_mark.column + 1)
    if problem == "found invalid Unicode character escape code" and problem_mark is not None:
        # \ud800 (half of a UTF-16 pair), or past U+10FFFF: PyYAML's words would not say so
        return Problem("text.no_character", problem_mark.line + 1, problem_mark.column + 1)
    if problem_mark is not None:
        lines = text.splitlines()
        line = lines[problem_mark.line] if problem_mark.line < len(lines) else ""
        if line[problem_mark.column : problem_mark.column + 1] == "\t":
            return Problem("yaml.tab", problem_mark.line + 1, problem_mark.column + 1)
    mark = problem_mark or context_mark
    line_no, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    start = context_mark.line + 1 if context_mark is not None else line_no
    detail = f"{context}, {problem}" if context else problem
    key = next((k for words, k in _SYNTAX_KINDS if words in detail), "yaml.syntax")
    return Problem(key, line_no, col, {"detail": detail, "line": line_no, "start": start})


# The parser's problems by the words of its message (PyYAML's and libyaml's), each said in
# Norwegian by its own message (readiness/text/inputs.py); the parser's text is kept for English.
_SYNTAX_KINDS = (
    ("expected ',' or ']'", "yaml.syntax.flow_list"),
    ("expected ',' or '}'", "yaml.syntax.flow_mapping"),
    ("expected '-' indicator", "yaml.syntax.list_indent"),
    ("while parsing a block mapping", "yaml.syntax.mapping_indent"),
    ("mapping values are not allowed", "yaml.syntax.colon"),
    ("cannot start any token", "yaml.syntax.character"),
    ("undefined alias", "yaml.syntax.alias"),
    ("unknown escape character", "yaml.syntax.escape"),
    ("duplicate anchor", "yaml.syntax.anchor"),
    ("while scanning a block scalar", "yaml.syntax.block_text"),
)


_FLOW_GUARD = 1000  # brackets before nesting is measured; 5,000 levels composed fine


def _too_deep(text: str) -> Problem | None:
    """Refuse absurd flow nesting before composing: PyYAML's C composer recurses once per
    level and overflowed the C stack (a segfault) on 100,000 nested ``[`` (bench/fuzz.py).
    Only files with many brackets pay for this event scan; the parser emits events without
    recursion. Deep block nesting cannot get there within the reader's size limit."""
    if text.count("[") + text.count("{") <= _FLOW_GUARD:
        return None
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_CoreSchemaLoader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    return Problem("yaml.too_deep", *_mark(event), {"limit": MAX_DEPTH})
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return None  # composing reports the syntax error with its position
    return None


def _compose(text: str) -> tuple[yaml.Node | None, yaml.Node | None]:
    """The first document's node tree, and the second's (None when there is one document)."""
    nodes = yaml.compose_all(text, Loader=_CoreSchemaLoader)
    return next(nodes, None), next(nodes, None)


def _built(root: yaml.Node) -> tuple[Any, list[Problem]]:
    """The data of the tree ``root`` and the problems found building it (None on an abort)."""
    builder = _Builder(root)
    try:
        return builder.build(root, 0), builder.problems
    except _Abort as abort:
        return None, [*builder.problems, abort.problem]
    except RecursionError:
        return None, [Problem("yaml.too_deep", 1, 1, {"limit": MAX_DEPTH})]


def parse(
    text: str, *, is_json: bool = False, mapping: bool = True
) -> tuple[Document | None, list[Problem]]:
    """Parse ``text``: the document (None when unusable) and every problem found. The data is
    a mapping (``mapping=False``: any value, for the catalog's lists of rules)."""
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
    deep = _too_deep(text)
    if deep is not None:
        return None, [deep]
    try:
        root, second = _compose(text)
    except yaml.YAMLError as exc:
        if not is_json:
            return None, [_yaml_error(exc, text)]
        # Valid JSON that PyYAML's parser refuses. Most often tab indentation: in valid JSON
        # every tab is whitespace between tokens (a tab inside a string must be escaped), so a
        # space in its place reads the same and keeps every line and column.
        try:
            root, second = _compose(text.replace("\t", " "))
        except yaml.YAMLError:
            return _checked(*_json_data(text), text)
    if second is not None:
        return None, [Problem("yaml.multiple_documents", *_mark(second))]
    if root is None:
        return None, [Problem("file.empty")]
    data, problems = _built(root)
    if data is None and problems:
        return None, problems
    if mapping and not isinstance(data, dict):
        return None, [*problems, Problem("yaml.not_mapping", *_mark(root))]
    return _checked(Document(data, root), problems, text)


def parse_value(text: str) -> Any:
    """A value typed on the command line or in a form (``signed``, ``true``, ``[BUP, PPT]``),
    read as a file's value is. Raises ValueProblem (``edit.bad_value``, ``number.too_long``)."""
    if not text.strip():
        return None
    try:
        root, second = _compose(text)
    except yaml.YAMLError as exc:
        raise ValueProblem("edit.bad_value", value=text, detail=str(exc).splitlines()[0]) from None
    if root is None or second is not None:
        raise ValueProblem("edit.bad_value", value=text, detail="-")
    data, problems = _built(root)
    if problems:
        first = problems[0]
        raise ValueProblem(first.key, **first.params)
    return data


# -- what the decoded data may not hold ---------------------------------------------------------
# A lone UTF-16 surrogate (U+D800-U+DFFF) is no character: it cannot be written as UTF-8, so a
# value holding one would fail every output. It can only come from JSON's escape ("\ud800"; the
# YAML reader refuses the escape itself) or from text that was never UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
# the shortest text that may hold an identity number: 11 digits
_FNR_LENGTH = 11


def encodes(text: str) -> bool:
    """Can ``text`` be written as UTF-8 (no lone surrogate)?"""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _scalars(data: Any, path: Path = ()) -> Iterator[tuple[Path, bool, Any]]:
    """(path, is the key, the key or value) of every key and scalar of ``data``."""
    items = data.items() if isinstance(data, dict) else enumerate(data)
    for key, value in items:
        here = (*path, key)
        if isinstance(key, str):
            yield here, True, key
        if isinstance(value, (dict, list)):
            yield from _scalars(value, here)
        else:
            yield here, False, value


def _checked(
    doc: Document | None, problems: list[Problem], text: str
) -> tuple[Document | None, list[Problem]]:
    """``doc`` refused where a key or value holds a lone surrogate or a likely identity number
    (after decoding: escapes, folded lines, a number written in another base), or where the
    raw text shows an identity number (a comment, say). The raw text's finds stand for their
    line; a decoded find is added on a line they do not cover."""
    found = [Problem("personal.fnr", line, col) for line, col in personal_data.scan(text)]
    lines = {p.line for p in found}
    if doc is not None:
        for path, is_key, value in _scalars(doc.data):
            where: Mark | None = None
            if isinstance(value, str):
                if _SURROGATE.search(value):
                    mark = (doc.key_at(path) if is_key else None) or doc.locate_value(path)
                    found.append(Problem("text.no_character", *mark))
                    continue
                suspect = len(value) >= _FNR_LENGTH and personal_data.found(value)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                suspect = abs(value) >= 10 ** (_FNR_LENGTH - 1) and personal_data.found(str(value))
            else:
                suspect = False
            if suspect:
                where = (doc.key_at(path) if is_key else None) or doc.locate_value(path)
                if where[0] not in lines:
                    lines.add(where[0])
                    found.append(Problem("personal.fnr", *where))
    if found:
        return None, [*problems, *found]
    return doc, problems


# Escapes of UTF-16 surrogates (\ud83d\ude00 is one character in JSON) and lone surrogates, which
# PyYAML's reader refuses; ``\u0058`` (X) has the escape's length, so positions stay the same.
_SURROGATES = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}|[\ud800-\udfff]")


def _json_data(text: str) -> tuple[Document | None, list[Problem]]:
    """Valid JSON that PyYAML refuses even with tabs as spaces (surrogate escapes, most
    often): the data as ``json`` reads it, with positions from the text composed with every
    surrogate (escaped or not) replaced by a character of the same length, when that
    composes."""
    try:
        root, _ = _compose(
            _SURROGATES.sub(
                lambda m: "\\u0058" if len(m.group()) > 1 else "X", text.replace("\t", " ")
            )
        )
    except yaml.YAMLError:  # anything else: the data without positions
        root = None
    too_long: list[str] = []

    def integer(digits: str) -> int:
        if len(digits) > MAX_INT_DIGITS:
            too_long.append(digits)
            return 0
        return int(digits)

    data = json.loads(text, parse_int=integer)
    if too_long:
        before = text[: text.find(too_long[0])]
        where = (before.count("\n") + 1, len(before) - before.rfind("\n"))
        params: dict[str, object] = {"length": len(too_long[0]), "limit": MAX_INT_DIGITS}
        return None, [Problem("number.too_long", *where, params)]
    if not isinstance(data, dict):
        return None, [Problem("yaml.not_mapping", *(_mark(root) if root is not None else (1, 1)))]
    return Document(data, root), []
