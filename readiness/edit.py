"""Editing an initiative's data by path, for what-ifs and tests: `agreement.status`,
`parties[siljan].leadership.level` (list items by id, rule, party or `with`, or by index;
`youth_involvement[+]` appends an item).

Works on plain dicts/lists and on ruamel.yaml's round-trip containers alike, so the same edit
can be applied to the data that is assessed and to the document that is written back (with
its comments). Values are YAML scalars or flow values (`signed`, `true`, `[BUP, PPT]`).
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, MutableSequence
from typing import Any

import yaml

from readiness.errors import UsageError
from readiness.source import MAX_INT_DIGITS, NumberTooLong

_SEGMENT = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)((?:\[[^\]]+\])*)$")
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
        for sel in re.findall(r"\[([^\]]+)\]", m.group(2)):
            steps.append(("item", int(sel) if sel.isdigit() else sel))
    return steps


class _ValueLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing integers longer than the reader reads (source.py)."""


def _integer(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    if len(node.value) > MAX_INT_DIGITS:
        raise NumberTooLong(node.value)
    return loader.construct_yaml_int(node)


_ValueLoader.add_constructor("tag:yaml.org,2002:int", _integer)


def parse_value(text: str) -> Any:
    """A YAML scalar or flow value: `signed`, `true`, `12`, `[BUP, PPT]`, `{level: committed}`."""
    try:
        return yaml.load(text, Loader=_ValueLoader) if text.strip() else None  # safe: SafeLoader
    except yaml.YAMLError as exc:
        raise UsageError("edit.bad_value", value=text, detail=str(exc).splitlines()[0]) from None
    except NumberTooLong:
        raise UsageError("edit.number_too_long", limit=MAX_INT_DIGITS) from None
    except ValueError as exc:  # a constructor's: !!timestamp 2026-02-30
        raise UsageError("edit.bad_value", value=text, detail=str(exc)) from None


def _find_item(seq: MutableSequence[Any], sel: str | int, path: str) -> int:
    if isinstance(sel, int):
        if 0 <= sel < len(seq):
            return sel
        raise UsageError(
            "edit.no_item", path=path, item=sel, known=", ".join(map(str, range(len(seq)))) or "-"
        )
    known = []
    for i, item in enumerate(seq):
        if isinstance(item, MutableMapping):
            for key in SELECTOR_KEYS:
                if key in item:
                    known.append(str(item[key]))
                    if str(item[key]) == sel:
                        return i
                    break
    raise UsageError("edit.no_item", path=path, item=sel, known=", ".join(known) or "-")


def _walk(data: Any, steps: list[Step], path: str, create: bool) -> Any:
    node = data
    for n, (kind, name) in enumerate(steps):
        nxt = steps[n + 1] if n + 1 < len(steps) else None
        if kind == "key":
            if not isinstance(node, MutableMapping):
                raise UsageError("edit.not_mapping", path=path, at=str(name))
            if name not in node or (create and node[name] is None):  # null: not given
                if not create:
                    raise UsageError("edit.no_key", path=path, name=name)
                node[name] = [] if nxt and nxt[0] == "item" else {}
            node = node[name]
        else:
            if not isinstance(node, MutableSequence):
                raise UsageError("edit.not_list", path=path)
            node = node[_find_item(node, name, path)]
    return node


def set_value(data: Any, path: str, value: Any) -> None:
    """Set ``path`` to ``value`` in ``data``, creating missing mappings on the way (and in
    place of a null, which the format reads as not given)."""
    steps = parse_path(path)
    parent = _walk(data, steps[:-1], path, create=True)
    kind, name = steps[-1]
    if kind == "key":
        if not isinstance(parent, MutableMapping):
            raise UsageError("edit.not_mapping", path=path, at=str(name))
        parent[name] = value
    elif name == APPEND:  # `youth_involvement[+]`: append a new item
        if not isinstance(parent, MutableSequence):
            raise UsageError("edit.not_list", path=path)
        parent.append(value)
    else:
        if not isinstance(parent, MutableSequence):
            raise UsageError("edit.not_list", path=path)
        parent[_find_item(parent, name, path)] = value


def unset_value(data: Any, path: str) -> None:
    """Remove the key or list item at ``path`` (an error if it is not there)."""
    steps = parse_path(path)
    parent = _walk(data, steps[:-1], path, create=False)
    kind, name = steps[-1]
    if kind == "key":
        if not isinstance(parent, MutableMapping) or name not in parent:
            raise UsageError("edit.no_key", path=path, name=name)
        del parent[name]
    else:
        if not isinstance(parent, MutableSequence):
            raise UsageError("edit.not_list", path=path)
        del parent[_find_item(parent, name, path)]
