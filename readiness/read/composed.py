"""Step 1, the general path: a file the line reader (readiness/blockyaml.py) declines, composed
with PyYAML's C composer (``CSafeLoader``), which builds a node tree with marks at C speed and
reports every syntax error with its position. This module turns that tree into plain Python
data itself, so that it can
- remember where every key and value stands (``marks``, looked up on demand by
  ``source.Document``),
- refuse duplicate keys (a plain YAML load silently keeps the last one: data lost),
- refuse alias-expansion bombs, files of too many values and absurd nesting (a node budget,
  whose message tells aliases from values written out, and a depth limit),
- refuse tags other than YAML's plain scalar/collection types (safe loading only).
JSON is read by the same composer (JSON is YAML's flow syntax), after ``json`` has checked its
syntax, so JSON files get positions too.

Only readiness/source.py imports this module, and only when it is needed: importing PyYAML was
16-38 ms of every start (bench/run.py), and most files never need it.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from readiness.errors import Problem
from readiness.read.document import (
    _MAP,
    _SEQ,
    _STR,
    _TIMESTAMP,
    MAX_DEPTH,
    MAX_INT_DIGITS,
    MAX_NODES,
    Document,
    Mark,
    NumberTooLong,
    Path,
    _plain_tag,
    _scalar_value,
    number_too_long,
)

try:  # the C composer is part of PyYAML's wheels; fall back to the pure-Python one
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

_SCALAR = yaml.ScalarNode
_MAPPING = yaml.MappingNode
_SEQUENCE = yaml.SequenceNode

# Scalars are built by calling SafeConstructor's function for their tag directly, never
# construct_object: that caches every node it builds in ``constructed_objects`` and never
# clears it (a shared constructor kept every scalar of every file ever read, about 27 KiB per
# file; bench/run.py's RSS measure), and its bookkeeping was a quarter of the building time.
# The scalar functions keep no state, so one constructor serves every document.
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_SCALAR_CONSTRUCTORS = {
    tag: yaml.constructor.SafeConstructor.yaml_constructors[tag]
    for tag in (
        "tag:yaml.org,2002:str",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:timestamp",
    )
}


def construct(tag: str, text: str) -> Any:
    """The value of a scalar with ``tag``, by PyYAML's safe constructor for that tag (the forms
    ``source._scalar_value`` does not build itself). Raises KeyError for a tag this loader
    refuses, ValueError when ``text`` is no value of its tag (PyYAML's constructors fail with a
    KeyError or an AttributeError on some of those, such as ``!!bool maybe``)."""
    build = _SCALAR_CONSTRUCTORS[tag]
    try:
        return build(_CONSTRUCTOR, yaml.ScalarNode(tag, text))
    except (yaml.YAMLError, ValueError, OverflowError, KeyError, AttributeError) as exc:
        raise ValueError(str(exc).splitlines()[0] if str(exc) else repr(text)) from None


class _FastLoader(_Loader):
    """The C composer asks ``resolve`` for the tag of every node, in Python: this one gives
    PyYAML's answers faster (``source._plain_tag``). SafeLoader has no path resolvers, so
    nothing else depends on where the node is (tests/test_source.py compares it with PyYAML's)."""

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is _SCALAR:
            if not implicit[0]:  # quoted, or plain with an explicit tag: a string
                return _STR
            return _plain_tag(value)
        # what PyYAML's resolve returns for collections when there are no path resolvers
        return _MAP if kind is _MAPPING else _SEQ

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None  # path resolvers only: SafeLoader has none

    def ascend_resolver(self) -> None:
        return None


class _Abort(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem


class _OverBudget(Exception):
    """More than MAX_NODES values built; ``_over_budget`` tells which limit that is."""

    def __init__(self, node: yaml.Node):
        self.node = node


def _over_budget(root: yaml.Node, at: yaml.Node) -> Problem:
    """The problem of a tree that builds more than MAX_NODES values: too many values written
    in the file, or, when the file holds fewer, aliases repeating them (an alias names the
    node of its anchor: the composer shares it, so each written value is one node)."""
    written = _written_values(root, MAX_NODES + 1)
    key = "yaml.too_many_values" if written > MAX_NODES else "yaml.alias_limit"
    return Problem(key, *_mark(at), {"limit": MAX_NODES})


def _written_values(root: yaml.Node, stop: int) -> int:
    """The values of the tree as the builder counts them (the root, every mapping value and
    sequence item; not keys), each shared node once, up to ``stop``: the file as written."""
    seen: set[int] = set()
    todo = [root]
    while todo and len(seen) < stop:
        node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if type(node) is _MAPPING:
            todo += [value for _, value in node.value]
        elif type(node) is _SEQUENCE:
            todo += node.value
    return len(seen)


def _mark(node: yaml.Node | yaml.Event) -> Mark:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1)


class _Builder:
    """Node tree → plain data. Plain strings (most values) are taken on the spot; every node
    counts towards MAX_NODES (aliases included: an alias is its node again) and every
    nesting level towards MAX_DEPTH."""

    def __init__(self) -> None:
        self.nodes = 0
        self.problems: list[Problem] = []

    def build(self, node: yaml.Node, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _OverBudget(node)
        if depth > MAX_DEPTH:
            raise _Abort(Problem("yaml.too_deep", *_mark(node), {"limit": MAX_DEPTH}))
        kind = type(node)
        tag = node.tag
        if kind is _SCALAR:
            if tag == _STR:
                return node.value
            try:
                return _scalar_value(tag, node.value)
            except NumberTooLong:
                self.problems.append(number_too_long(*_mark(node), node.value))
                return None
            except KeyError:
                raise _Abort(Problem("yaml.tag", *_mark(node), {"tag": tag})) from None
            except ValueError as exc:
                if tag == _TIMESTAMP:  # date-shaped (or tagged as a date), but no such day
                    problem = Problem("yaml.bad_date", *_mark(node), {"value": node.value})
                    raise _Abort(problem) from None
                detail = str(exc).splitlines()[0]
                raise _Abort(Problem("yaml.syntax", *_mark(node), {"detail": detail})) from None
        if kind is _MAPPING and tag == _MAP:
            return self._mapping(node, depth)
        if kind is _SEQUENCE and tag == _SEQ:
            plain = depth < MAX_DEPTH  # a plain string item is one level deeper
            out: list[Any] = []
            for item in node.value:
                if plain and type(item) is _SCALAR and item.tag == _STR:
                    self.nodes += 1
                    out.append(item.value)
                else:
                    out.append(self.build(item, depth + 1))
            return out
        raise _Abort(Problem("yaml.tag", *_mark(node), {"tag": tag}))

    def _mapping(self, node: yaml.MappingNode, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        plain = depth < MAX_DEPTH
        for key_node, value_node in node.value:
            if key_node.tag != _STR or type(key_node) is not _SCALAR:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise _Abort(Problem("yaml.merge_key", *_mark(key_node)))
                got = key_node.value if type(key_node) is _SCALAR else "?"
                self.problems.append(Problem("yaml.key_type", *_mark(key_node), {"got": got}))
                continue
            key = key_node.value
            if key in out:
                first = next(k for k, _ in node.value if k.value == key and k.tag == _STR)
                self.problems.append(
                    Problem(
                        "yaml.duplicate_key",
                        *_mark(key_node),
                        {"key": key, "first_line": _mark(first)[0]},
                    )
                )
                continue
            if plain and type(value_node) is _SCALAR and value_node.tag == _STR:
                self.nodes += 1
                out[key] = value_node.value
            else:
                out[key] = self.build(value_node, depth + 1)
        return out


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
    detail = f"{context}, {problem}" if context else problem
    return Problem("yaml.syntax", line_no, col, {"detail": detail})


_FLOW_GUARD = 1000  # brackets before nesting is measured; 5,000 levels composed fine


def _too_deep(text: str) -> Problem | None:
    """Refuse absurd flow nesting before composing: PyYAML's C composer recurses once per
    level and overflowed the C stack (a segfault) on 100,000 nested ``[`` (bench/fuzz.py).
    Only files with many brackets pay for this event scan; the parser emits events without
    recursion. Deep block nesting cannot get there within MAX_BYTES (indentation grows)."""
    if text.count("[") + text.count("{") <= _FLOW_GUARD:
        return None
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
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
    nodes = yaml.compose_all(text, Loader=_FastLoader)
    return next(nodes, None), next(nodes, None)


def compose(text: str, *, is_json: bool = False) -> tuple[Document | None, list[Problem]]:
    """``source.parse`` for a text the line reader declined (JSON's syntax already checked)."""
    deep = _too_deep(text)
    if deep is not None:
        return None, [deep]
    try:
        root, second = _compose(text)
    except yaml.YAMLError as exc:
        if not is_json:
            return None, [_yaml_error(exc, text)]
        # Valid JSON that PyYAML's YAML 1.1 reader refuses. Most often tab indentation: in valid
        # JSON every tab is whitespace between tokens (a tab inside a string must be escaped),
        # so a space in its place reads the same and keeps every line and column.
        try:
            root, second = _compose(text.replace("\t", " "))
        except yaml.YAMLError:
            return _json_data(text)
    if second is not None:
        return None, [Problem("yaml.multiple_documents", *_mark(second))]
    if root is None:
        return None, [Problem("file.empty")]
    builder = _Builder()
    try:
        data = builder.build(root, 0)
    except _Abort as abort:
        return None, [*builder.problems, abort.problem]
    except _OverBudget as over:
        return None, [*builder.problems, _over_budget(root, over.node)]
    except RecursionError:
        return None, [Problem("yaml.too_deep", 1, 1, {"limit": MAX_DEPTH})]
    if builder.nodes > MAX_NODES:  # the last plain strings counted after the last check
        return None, [_over_budget(root, root)]
    if not isinstance(data, dict):
        return None, [*builder.problems, Problem("yaml.not_mapping", *_mark(root))]
    return Document(data, root), builder.problems


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
        line = before.count("\n") + 1
        return None, [number_too_long(line, len(before) - before.rfind("\n"), too_long[0])]
    if not isinstance(data, dict):
        return None, [Problem("yaml.not_mapping", *(_mark(root) if root is not None else (1, 1)))]
    return Document(data, root), []


# -- positions in a composed tree ---------------------------------------------------------------
Keys = dict[int, dict[str, tuple[yaml.Node, yaml.Node]]]


def marks(root: yaml.Node, keys: Keys, path: Path) -> tuple[Mark, Mark] | None:
    """(key mark, value mark) at ``path`` in the tree ``root``; for a list item both are the
    item's. ``keys`` is the document's index of the mappings looked into so far (id(mapping
    node) → {key: (key node, value node)}), built on a mapping's first lookup: a batch run asks
    for about twenty positions a file, so indexing every key at once cost more than it saved."""
    if not path:
        return None
    node = root
    key = node
    for step in path:
        kind = type(node)
        if kind is _MAPPING and type(step) is str:
            found = _mapping_keys(node, keys).get(step)
            if found is None:
                return None
            key, node = found
        elif kind is _SEQUENCE and type(step) is int:
            items = node.value
            if not 0 <= step < len(items):
                return None
            key = node = items[step]
        else:
            return None
    return _mark(key), _mark(node)


def _mapping_keys(node: yaml.MappingNode, keys: Keys) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    found = keys.get(id(node))
    if found is None:
        found = keys[id(node)] = {}
        for k, v in node.value:
            if type(k) is _SCALAR and k.tag == _STR:
                found.setdefault(k.value, (k, v))  # a duplicate key: the first one
    return found
