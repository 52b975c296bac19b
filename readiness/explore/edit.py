"""Editing an initiative's data by path, for what-ifs and tests: `agreement.status`,
`parties[siljan].leadership.level` (list items by id, rule, party or `with`, or by index;
`youth_involvement[+]` appends an item).

Works on plain dicts/lists and on ruamel.yaml's round-trip containers alike, so the same edit
can be applied to the data that is assessed and to the document that is written back (with
its comments). Values are YAML scalars or flow values (`signed`, `true`, `[BUP, PPT]`), typed as a
file's values are.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, MutableSequence
from typing import Any

from readiness.errors import Problem, UsageError
from readiness.read import document

_SEGMENT = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)((?:\[[^\]]+\])*)$")
_SELECTOR = re.compile(r"\[([^\]]+)\]")
# keys that name a list item in a path (`parties[tonsberg]`, `deviations[IDE-06]`)
SELECTOR_KEYS = ("id", "rule", "party", "with")
APPEND = "+"  # `list[+]` as the last step of a set: append an item

Step = tuple[str, str | int]  # ("key", name) or ("item", index-or-id)


def parse_path(path: str) -> list[Step]:
    steps: list[Step] = []
    if not path or path.strip() != path:
        raise UsageError("edit.bad_path", path=path)
    for part in path.split("."):
        m = _SEGMENT.match(part)
        if not m:
            raise UsageError("edit.bad_path", path=path)
        steps.append(("key", m.group(1)))
        for sel in _SELECTOR.findall(m.group(2)):
            steps.append(("item", int(sel) if sel.isdigit() else sel))
    return steps


def parse_value(text: str) -> Any:
    """A value as typed on the command line (`signed`, `true`, `12`, `[BUP, PPT]`,
    `{level: committed}`), read as the reader reads a file's values (YAML 1.2's core schema)."""
    try:
        return document.parse_value(text)
    except document.ValueProblem as exc:
        if exc.key == "number.too_long":
            raise UsageError("edit.number_too_long", limit=document.MAX_INT_DIGITS) from None
        if exc.key == "edit.bad_value":
            raise UsageError("edit.bad_value", **exc.params) from None
        detail = Problem(exc.key, params=exc.params)
        raise UsageError("edit.bad_value", value=text, detail=detail) from None


def _selector(item: Any) -> str | None:
    """The name a list item goes by in a path: its first selector key's value."""
    if isinstance(item, MutableMapping):
        for key in SELECTOR_KEYS:
            if key in item:
                return str(item[key])
    return None


class Editor:
    """Edits by path on one document (plain data or a ruamel.yaml document), in place.

    A list item named in a path (`parties[siljan]`) is found through an index of the list's
    items by name, made the first time the list is searched and kept while the editor lives:
    the plan and a what-if edit one party after another, and a scan of the list for each
    would cost parties x edits. The editor keeps the index right through its own changes (an
    item appended, replaced or removed; an item's name key set or removed); the data must not
    be changed by other means while the editor is in use."""

    def __init__(self, data: Any):
        self.data = data
        # id(list) -> (the list, {name: first index}); holding the list keeps its id unique
        self._indexes: dict[int, tuple[MutableSequence[Any], dict[str, int]]] = {}

    def get(self, path: str) -> Any:
        """The value at ``path``, or None when it is not there (or the path does not fit)."""
        try:
            node, _ = self._walk(parse_path(path), path, create=False)
        except UsageError:
            return None
        return node

    def set(self, path: str, value: Any) -> None:
        """Set ``path`` to ``value``, creating missing mappings on the way."""
        steps = parse_path(path)
        parent, holder = self._walk(steps[:-1], path, create=True, then=steps[-1])
        kind, name = steps[-1]
        if kind == "key":
            if not isinstance(parent, MutableMapping):
                raise UsageError("edit.not_mapping", path=path, at=str(name))
            if name in SELECTOR_KEYS and holder is not None:
                self._forget(holder)  # the item's name may change
            parent[name] = value
        elif name == APPEND:  # `youth_involvement[+]`: append a new item
            if not isinstance(parent, MutableSequence):
                raise UsageError("edit.not_list", path=path)
            parent.append(value)
            entry = self._indexes.get(id(parent))
            added = _selector(value)
            if entry is not None and added is not None:
                entry[1].setdefault(added, len(parent) - 1)  # the last item: an earlier one wins
        else:
            if not isinstance(parent, MutableSequence):
                raise UsageError("edit.not_list", path=path)
            parent[self._find(parent, name, path)] = value
            self._forget(parent)

    def unset(self, path: str) -> None:
        """Remove the key or list item at ``path`` (an error if it is not there)."""
        steps = parse_path(path)
        parent, holder = self._walk(steps[:-1], path, create=False)
        kind, name = steps[-1]
        if kind == "key":
            if not isinstance(parent, MutableMapping) or name not in parent:
                raise UsageError("edit.no_key", path=path, name=name)
            if name in SELECTOR_KEYS and holder is not None:
                self._forget(holder)
            del parent[name]
        else:
            if not isinstance(parent, MutableSequence):
                raise UsageError("edit.not_list", path=path)
            del parent[self._find(parent, name, path)]
            self._forget(parent)  # the later items moved up

    def _forget(self, seq: MutableSequence[Any]) -> None:
        self._indexes.pop(id(seq), None)

    def _index(self, seq: MutableSequence[Any]) -> dict[str, int]:
        entry = self._indexes.get(id(seq))
        if entry is None or entry[0] is not seq:
            index: dict[str, int] = {}
            for i, item in enumerate(seq):
                sel = _selector(item)
                if sel is not None:
                    index.setdefault(sel, i)
            entry = (seq, index)
            self._indexes[id(seq)] = entry
        return entry[1]

    def _find(self, seq: MutableSequence[Any], sel: str | int, path: str) -> int:
        if isinstance(sel, int):
            if 0 <= sel < len(seq):
                return sel
            known = ", ".join(map(str, range(len(seq)))) or "-"
            raise UsageError("edit.no_item", path=path, item=sel, known=known)
        found = self._index(seq).get(sel)
        if found is None:
            known = ", ".join(n for item in seq if (n := _selector(item)) is not None) or "-"
            raise UsageError("edit.no_item", path=path, item=sel, known=known)
        return found

    def _walk(
        self, steps: list[Step], path: str, create: bool, then: Step | None = None
    ) -> tuple[Any, MutableSequence[Any] | None]:
        """The node ``steps`` lead to, and the list it is an item of (None if it is not).
        ``then``: the step that follows, so that a missing node it is taken from is made a
        list for an item (``youth_involvement[+]``) and a mapping for a key."""
        node, holder = self.data, None
        for n, (kind, name) in enumerate(steps):
            nxt = steps[n + 1] if n + 1 < len(steps) else then
            if kind == "key":
                if not isinstance(node, MutableMapping):
                    raise UsageError("edit.not_mapping", path=path, at=str(name))
                if name not in node or (create and node[name] is None):  # null: not given
                    if not create:
                        raise UsageError("edit.no_key", path=path, name=name)
                    node[name] = [] if nxt and nxt[0] == "item" else {}
                node, holder = node[name], None
            else:
                if not isinstance(node, MutableSequence):
                    raise UsageError("edit.not_list", path=path)
                node, holder = node[self._find(node, name, path)], node
        return node, holder


def set_value(data: Any, path: str, value: Any) -> None:
    """Set ``path`` to ``value`` in ``data``, creating missing mappings on the way (and in
    place of a null, which the format reads as not given); one edit, an ``Editor`` for many."""
    Editor(data).set(path, value)


def unset_value(data: Any, path: str) -> None:
    """Remove the key or list item at ``path`` (an error if it is not there)."""
    Editor(data).unset(path)
