"""A what-if variant: edits applied to an initiative file's *text*, round-trip with ruamel.yaml
(comments, key order, flow style and indentation kept), so the text that is assessed is the
text the user downloads. Nothing here touches a file on disk.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from readiness.edit import set_value, unset_value


@dataclass(frozen=True)
class Edit:
    """One change: set or unset ``path`` (readiness.edit's path syntax), or append an item to
    the list at ``path``."""

    op: Literal["set", "unset", "append"]
    path: str
    value: Any = None


_KEY_LINE = re.compile(r"^[A-Za-z_][\w-]*:\s*(#.*)?$")
_NESTED = re.compile(r"^( +)(- +)?\S")


def _indentation(text: str) -> tuple[int, int, int]:
    """(mapping, sequence, offset) as the file writes them; the project's style otherwise."""
    mapping, sequence, offset = 2, 4, 2
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    seen_map = seen_seq = False
    for prev, line in zip(lines, lines[1:]):
        if not _KEY_LINE.match(prev):
            continue
        m = _NESTED.match(line)
        if m is None:
            if not seen_seq and line.startswith("- "):  # `key:\n- item`: sequences not indented
                sequence, offset, seen_seq = 2, 0, True
            continue
        if m.group(2) and not seen_seq:
            offset = len(m.group(1))
            sequence = offset + len(m.group(2))
            seen_seq = True
        elif not m.group(2) and not seen_map:
            mapping, seen_map = len(m.group(1)), True
    return mapping, sequence, offset


def _yaml(text: str) -> YAML:
    y = YAML()  # round-trip
    y.preserve_quotes = True
    y.width = 4096  # never re-wrap a line the user wrote
    mapping, sequence, offset = _indentation(text)
    y.indent(mapping=mapping, sequence=sequence, offset=offset)
    return y


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = _plain(v)
        return out
    if isinstance(value, list):
        return CommentedSeq(_plain(v) for v in value)
    return value


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """The text of ``text`` with ``edits`` applied (the text itself when there are none).

    Raises readiness.errors.UsageError for a path that does not fit the document, and
    ruamel.yaml's errors for text that is not YAML (callers validate the text first)."""
    if not edits:
        return text
    y = _yaml(text)
    doc = y.load(text)
    for edit in edits:
        if edit.op == "set":
            set_value(doc, edit.path, _plain(edit.value))
        elif edit.op == "unset":
            unset_value(doc, edit.path)
        else:
            if edit.path not in doc or doc[edit.path] is None:
                doc[edit.path] = CommentedSeq()
            doc[edit.path].append(_plain(edit.value))
    out = io.StringIO()
    y.dump(doc, out)
    return out.getvalue()
