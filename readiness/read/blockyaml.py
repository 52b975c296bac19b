"""Step 1, fast path: the usual shape of an initiative file, read line by line.

Initiative files come in one plain shape, written by people and by ``readiness init``: block
mappings of identifier keys, block sequences, one-line scalars (plain or quoted), ``|`` and ``>``
texts, and one-line flow lists and mappings such as ``[a, b]`` or ``{level: informed}``. For that
shape this module gives the same data and the same positions as composing with PyYAML's C
loader (readiness/source.py) in about a third less time (1.44 M instead of 2.3 M instructions
for a generated file of 74 lines): PyYAML's C composer makes a Python node and two marks, and
calls back into Python, for every value, and the node tree is then built into data in Python.

It reads that subset of YAML only, and declines (``parse`` returns None) at the first thing
outside it: tabs, anchors, aliases, tags, directives, multi-line plain or quoted scalars, nested
or multi-line flow collections, keys that are not identifiers, duplicate keys, characters
PyYAML refuses, and whatever else is not listed above. source.py then composes the text with
PyYAML as before, which also reports every error with its position. So this module never
decides that a file is wrong, and what it accepts it must read exactly as PyYAML does:
tests/test_blockyaml.py compares the two on the examples, generated files, the fuzz corpus and
generated YAML, down to the position of every key and value.

Plain scalars are typed by PyYAML's own resolver and constructors (source.py passes them in),
so ``yes``, ``2026-11-22``, ``0x1F`` and ``~`` mean here what they mean there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

# Positions are (line, column), 1-based, as source.Document gives them. A mapping's positions:
# key → (key line, key column, value line, value column, the value's positions or None); a
# sequence's: one (line, column, the item's positions or None) per item. Flat tuples: a
# file has a few hundred of them.
Mark = tuple[int, int]
Positions = dict[str, tuple[int, int, int, int, Any]] | list[tuple[int, int, Any]]

_MAX_DEPTH = 30  # deeper files go to PyYAML, under source.MAX_DEPTH's limit
_MAX_LINES = 20_000  # longer files too (a real initiative file has a few hundred lines) ...
_MAX_FLOW_ITEMS = 20_000  # ... and files with more flow items: source.MAX_NODES applies

# Characters this reader leaves to PyYAML: all but a line feed and what PyYAML reads as
# printable, less YAML 1.1's other line breaks (NEL, LS, PS) and the byte order mark. So tabs
# and carriage returns are declined too. (Written as the characters declined: the class of
# those allowed takes ten times as long to compile, 6 ms of every start.)
_DECLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
# A key of the format's kind (an identifier) and its colon, followed by spaces or the line end.
_KEY = re.compile(r"([^\W\d][\w-]*):(?: +|$)")
# The same, as a whole item of a one-line flow mapping.
_FLOW_PAIR = re.compile(r"([^\W\d][\w-]*): +(.+)")
# Characters that start something other than a plain scalar in block context.
_NOT_PLAIN = frozenset("[]{},#&*!|>'\"%@`")
# Characters inside a one-line flow collection that this reader leaves to PyYAML.
_FLOW_DECLINE = re.compile(r"[\[\]{}#&*!|>'\"%@`?:]")
_DOUBLE_QUOTED_STOP = re.compile(r'["\\]')
# Escapes of double-quoted scalars, as PyYAML reads them (\x, \u and \U are declined).
_ESCAPES = {
    "0": "\0",
    "a": "\x07",
    "b": "\x08",
    "t": "\t",
    "n": "\n",
    "v": "\x0b",
    "f": "\x0c",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}


_UNKNOWN = object()  # not among the ``known`` plain scalars


class _Decline(Exception):
    """Outside the subset: PyYAML reads this file."""


def parse(
    text: str,
    typed: Callable[[str], Any],
    typed_first: frozenset[str],
    known: Mapping[str, Any] | None = None,
) -> tuple[dict[str, Any], Positions] | None:
    """The data and positions of ``text``, or None when PyYAML has to read it.

    ``typed`` gives the value of a plain scalar as PyYAML's safe loader does (a str for a
    string; raising anything when it cannot, and the file is then declined); ``typed_first``
    holds the first characters of the plain scalars that may be something else than a string
    (the others are strings without asking); ``known``, plain scalars ``typed`` has already
    given the value of (text → that value), is looked at first."""
    if _DECLINE.search(text) is not None:
        return None
    lines = text.split("\n")
    if len(lines) > _MAX_LINES:
        return None
    reader = _Reader(lines, typed, typed_first, {} if known is None else known)
    i = reader.next_content(0)
    if i < len(lines) and lines[i].startswith("---"):  # an explicit document start
        if lines[i].rstrip(" ") != "---":
            return None
        i = reader.next_content(i + 1)
    if i >= len(lines) or lines[i][0] == " ":
        return None
    try:
        data, positions, end = reader.mapping(i, 0, 1)
    except _Decline:
        return None
    return (data, positions) if end >= len(lines) else None


def find(positions: Positions, path: tuple[str | int, ...]) -> tuple[Mark, Mark] | None:
    """(key mark, value mark) of ``path``; for a list item both are the item's mark."""
    found, depth = _walk(positions, path)
    return found if depth == len(path) else None


def nearest(positions: Positions, path: tuple[str | int, ...]) -> tuple[Mark, Mark] | None:
    """``find`` for the longest part of ``path`` that exists (``path`` itself if it does)."""
    return _walk(positions, path)[0]


def _walk(positions: Positions, path: tuple[str | int, ...]) -> tuple[Any, int]:
    """The marks of the longest part of ``path`` that exists, and its length."""
    node: Any = positions
    found: tuple[Mark, Mark] | None = None
    depth = 0
    for step in path:
        kind = type(node)
        if kind is dict and type(step) is str:
            entry = node.get(step)
            if entry is None:
                break
            key_line, key_col, line, col, node = entry
            found = ((key_line, key_col), (line, col))
        elif kind is list and type(step) is int:
            if not 0 <= step < len(node):
                break
            line, col, node = node[step]
            found = ((line, col), (line, col))
        else:
            break
        depth += 1
    return found, depth


def _is_dash(line: str, col: int) -> bool:
    """A block sequence entry ("- " or a lone "-") at ``col``."""
    return line.startswith("-", col) and (len(line) == col + 1 or line[col + 1] == " ")


def _after_ok(rest: str) -> bool:
    """What may follow a closing quote or bracket on its line: nothing, or a comment."""
    if not rest:
        return True
    stripped = rest.lstrip(" ")
    return not stripped or (stripped[0] == "#" and len(stripped) < len(rest))


class _Reader:
    """One parse: the lines, and how to type plain scalars."""

    def __init__(
        self,
        lines: list[str],
        typed: Callable[[str], Any],
        typed_first: frozenset[str],
        known: Mapping[str, Any],
    ) -> None:
        self.lines = lines
        self.typed = typed
        self.typed_first = typed_first
        self.known = known
        self.flow_items = 0

    def next_content(self, i: int) -> int:
        """The first line from ``i`` on with more than spaces or a comment (or len(lines))."""
        return self.next_indented(i)[0]

    def next_indented(self, i: int) -> tuple[int, int]:
        """The first line from ``i`` on with more than spaces or a comment (or len(lines)),
        and its indentation (-1 past the end)."""
        lines = self.lines
        n = len(lines)
        while i < n:
            line = lines[i]
            stripped = line.lstrip(" ")
            if stripped and stripped[0] != "#":
                return i, len(line) - len(stripped)
            i += 1
        return n, -1

    # -- block collections -----------------------------------------------------------------
    # Both loops read the common line themselves (a key or "-" and a plain scalar: most lines
    # of a file) and hand everything else to ``value``: a third of the time per file.
    def mapping(self, i: int, col: int, depth: int) -> tuple[dict[str, Any], Positions, int]:
        """The block mapping whose first key stands at line ``i``, column ``col`` (0-based);
        returns it, its positions and the first content line after it."""
        if depth > _MAX_DEPTH:
            raise _Decline
        out: dict[str, Any] = {}
        pos: dict[str, tuple[int, int, int, int, Any]] = {}
        lines = self.lines
        n = len(lines)
        typed_first = self.typed_first
        known = self.known.get
        key_match = _KEY.match
        while True:
            line = lines[i]
            m = key_match(line, col)
            if m is None:
                raise _Decline
            key = m.group(1)
            # a duplicate key, or a key PyYAML reads as another type (`yes:`, `null:`)
            if key in out or (
                key[0] in typed_first and type(known(key)) is not str and not self.is_string(key)
            ):
                raise _Decline
            start = m.end()
            first = line[start : start + 1]
            if first and first not in _NOT_PLAIN:  # a plain scalar: ``plain``, inlined
                comment = line.find(" #", start)
                text = (line[start:comment] if comment >= 0 else line[start:]).rstrip(" ")
                if (
                    (first in "-?:" and (len(text) == 1 or text[1] == " "))
                    or ": " in text
                    or text[-1] == ":"
                ):
                    raise _Decline
                if first in typed_first:
                    value = known(text, _UNKNOWN)
                    out[key] = self.typed_value(text) if value is _UNKNOWN else value
                else:
                    out[key] = text
                i += 1
                pos[key] = (i, col + 1, i, start + 1, None)
            else:
                key_line = i + 1
                out[key], value_line, value_col, value_pos, i = self.value(
                    i, start, m.end(1) + 1, col, depth
                )
                pos[key] = (key_line, col + 1, value_line, value_col, value_pos)
            while i < n:  # ``next_indented``, inlined in this, the hottest loop of a parse
                line = lines[i]
                stripped = line.lstrip(" ")
                if stripped and stripped[0] != "#":
                    break
                i += 1
            else:
                return out, pos, n
            indent = len(line) - len(stripped)
            if indent != col:
                if indent < col:
                    return out, pos, i
                raise _Decline  # a multi-line scalar, or indentation PyYAML would refuse

    def sequence(self, i: int, col: int, depth: int) -> tuple[list[Any], Positions, int]:
        """The block sequence whose first "-" stands at line ``i``, column ``col``."""
        if depth > _MAX_DEPTH:
            raise _Decline
        out: list[Any] = []
        pos: list[tuple[int, int, Any]] = []
        lines = self.lines
        n = len(lines)
        while True:
            line = lines[i]
            start = col + 1
            while line.startswith(" ", start):
                start += 1
            first = line[start : start + 1]
            is_mapping = first and _KEY.match(line, start)
            if first and first not in _NOT_PLAIN and not is_mapping:
                if _is_dash(line, start):
                    raise _Decline  # "- - x": a sequence in a sequence, on one line
                out.append(self.plain(line, start, first))
                i += 1
                pos.append((i, start + 1, None))
            elif is_mapping:
                # "- key: value": a mapping whose keys stand in the item's column
                item_line = i + 1
                value, value_pos, i = self.mapping(i, start, depth + 1)
                out.append(value)
                pos.append((item_line, start + 1, value_pos))
            else:
                value, line_no, col_no, value_pos, i = self.value(i, start, None, col, depth)
                out.append(value)
                pos.append((line_no, col_no, value_pos))
            i, indent = self.next_indented(i)
            if i >= n:
                return out, pos, n
            if indent != col or not _is_dash(lines[i], col):
                if indent <= col:
                    return out, pos, i
                raise _Decline

    # -- one value -------------------------------------------------------------------------
    def value(
        self, i: int, start: int, colon_end: int | None, parent: int, depth: int
    ) -> tuple[Any, int, int, Any, int]:
        """The value that begins at line ``i``, column ``start``, after a key whose colon
        ends at ``colon_end`` (None: after a "-") in a collection at column ``parent``:
        anything but a plain scalar. Returns the value, its line and column, its positions,
        and the index of the line after it."""
        lines = self.lines
        line = lines[i]
        if start >= len(line) or line[start] == "#":  # nothing more on this line
            j = self.next_content(i + 1)
            if j < len(lines):
                indent = len(lines[j]) - len(lines[j].lstrip(" "))
                dash = _is_dash(lines[j], indent)
                if indent > parent or (dash and indent == parent and colon_end is not None):
                    value: Any
                    positions: Any
                    if dash:
                        value, positions, end = self.sequence(j, indent, depth + 1)
                    else:
                        value, positions, end = self.mapping(j, indent, depth + 1)
                    return value, j + 1, indent + 1, positions, end
            if colon_end is None:  # an empty item ("-" alone): left to PyYAML
                raise _Decline
            return None, i + 1, colon_end + 1, None, i + 1
        first = line[start]
        if first == "|" or first == ">":
            text, end = self.block_scalar(i, start, parent)
            return text, i + 1, start + 1, None, end
        if first == "[" or first == "{":
            value, positions = self.flow(i, start)
            return value, i + 1, start + 1, positions, i + 1
        if first == "'":
            return self.single_quoted(line, start), i + 1, start + 1, None, i + 1
        if first == '"':
            return self.double_quoted(line, start), i + 1, start + 1, None, i + 1
        raise _Decline  # an anchor, alias, tag, directive or stray indicator

    def plain(self, line: str, start: int, first: str) -> Any:
        """The plain scalar from ``start`` to the line's end or comment; ``first`` is its
        first character, which the caller has checked is not in _NOT_PLAIN."""
        comment = line.find(" #", start)
        text = line[start:comment].rstrip(" ") if comment >= 0 else line[start:].rstrip(" ")
        if first in "-?:" and (len(text) == 1 or text[1] == " "):  # "- x", "? x", ": x"
            raise _Decline
        if ": " in text or text[-1] == ":":  # "a: b: c" - PyYAML refuses it
            raise _Decline
        if first not in self.typed_first:
            return text
        value = self.known.get(text, _UNKNOWN)
        return self.typed_value(text) if value is _UNKNOWN else value

    def typed_value(self, text: str) -> Any:
        """A plain scalar that may be something else than a string, typed as PyYAML does."""
        try:
            return self.typed(text)
        except Exception:  # noqa: BLE001 - a bad date, an unknown tag: PyYAML reports it
            raise _Decline from None

    def is_string(self, key: str) -> bool:
        try:
            return type(self.typed(key)) is str
        except Exception:  # noqa: BLE001 - as above
            raise _Decline from None

    def single_quoted(self, line: str, start: int) -> str:
        parts = []
        j = start + 1
        while True:
            k = line.find("'", j)
            if k < 0:  # continues on the next line
                raise _Decline
            if line.startswith("''", k):
                parts.append(line[j : k + 1])
                j = k + 2
                continue
            parts.append(line[j:k])
            break
        if not _after_ok(line[k + 1 :]):
            raise _Decline
        return "".join(parts)

    def double_quoted(self, line: str, start: int) -> str:
        parts = []
        j = start + 1
        while True:
            m = _DOUBLE_QUOTED_STOP.search(line, j)
            if m is None:  # continues on the next line
                raise _Decline
            k = m.start()
            parts.append(line[j:k])
            if line[k] == '"':
                break
            escaped = _ESCAPES.get(line[k + 1 : k + 2])
            if escaped is None:  # \x, \u, \U, an escaped line break, or no escape at all
                raise _Decline
            parts.append(escaped)
            j = k + 2
        if not _after_ok(line[k + 1 :]):
            raise _Decline
        return "".join(parts)

    def flow(self, i: int, start: int) -> tuple[Any, Positions]:
        """A one-line flow sequence or mapping of plain scalars, no nesting."""
        line = self.lines[i]
        is_map = line[start] == "{"
        close = line.find("}" if is_map else "]", start)
        if close < 0 or not _after_ok(line[close + 1 :]):
            raise _Decline
        inner = line[start + 1 : close]
        if not inner.strip(" "):
            return ({}, {}) if is_map else ([], [])
        items = inner.split(",")
        self.flow_items += len(items)
        if self.flow_items > _MAX_FLOW_ITEMS:
            raise _Decline
        col = start + 1  # column of the current item's first character
        if is_map:
            out: dict[str, Any] = {}
            pos: dict[str, tuple[int, int, int, int, Any]] = {}
            for item in items:
                text = item.strip(" ")
                m = _FLOW_PAIR.fullmatch(text)
                if m is None or _FLOW_DECLINE.search(m.group(2)) is not None:
                    raise _Decline
                key = m.group(1)
                if key in out or (key[0] in self.typed_first and not self.is_string(key)):
                    raise _Decline
                key_col = col + len(item) - len(item.lstrip(" "))
                out[key] = self.flow_scalar(m.group(2))
                pos[key] = (i + 1, key_col + 1, i + 1, key_col + m.start(2) + 1, None)
                col += len(item) + 1
            return out, pos
        values: list[Any] = []
        marks: list[tuple[int, int, Any]] = []
        if _FLOW_DECLINE.search(inner) is not None:
            raise _Decline
        for item in items:
            text = item.strip(" ")
            values.append(self.flow_scalar(text))
            marks.append((i + 1, col + len(item) - len(item.lstrip(" ")) + 1, None))
            col += len(item) + 1
        return values, marks

    def flow_scalar(self, text: str) -> Any:
        if not text:  # an empty item (a trailing comma)
            raise _Decline
        first = text[0]
        if first in _NOT_PLAIN:
            raise _Decline
        return self.plain(text, 0, first)

    def block_scalar(self, i: int, start: int, parent: int) -> tuple[str, int]:
        """A ``|``, ``|-``, ``>`` or ``>-`` text whose lines share one indentation; returns it
        and the index of the line after it."""
        lines = self.lines
        header = lines[i][start:].rstrip(" ")
        if header not in ("|", "|-", ">", ">-"):  # keep (+), explicit indentation, a comment
            raise _Decline
        j = i + 1
        if j >= len(lines) or not lines[j].strip(" "):  # empty, or leading blank lines
            raise _Decline
        indent = len(lines[j]) - len(lines[j].lstrip(" "))
        if indent <= parent:
            raise _Decline
        content: list[str] = []
        n = len(lines)
        last = j  # the last line with text
        while j < n:
            line = lines[j]
            if not line:
                content.append("")
            else:
                stripped = line.lstrip(" ")
                if not stripped:  # a line of spaces only: PyYAML's rules for them are subtle
                    raise _Decline
                if len(line) - len(stripped) < indent:
                    break
                content.append(line[indent:])
                last = j
            j += 1
        while content[-1] == "":
            content.pop()
        # clipping keeps the last line break: none when the text ends the file without one
        keep = "" if header.endswith("-") or last == n - 1 else "\n"
        if header[0] == "|":
            text = "\n".join(content)
        else:
            if any(line[:1] == " " for line in content):  # more indented lines: not folded
                raise _Decline
            parts = [content[0]]
            blank = 0
            for line in content[1:]:
                if not line:
                    blank += 1
                    continue
                parts.append("\n" * blank if blank else " ")
                parts.append(line)
                blank = 0
            text = "".join(parts)
        return text + keep, j
