"""The workspace's form, generated from the format's model (readiness.format.model): a control
for every key, sections and lists as nested blocks, and the edits a submitted form asks for.

Nothing here names a key of the format: the kind of each control comes from its key's type
(a choice of values, a yes/no, a whole number, a date, a party id, a list of party ids, a list
of items), its label and the meaning of each choice from readiness/format/labels.py, its help
from the key's description in the model (the JSON Schema's). A key the format gains gets its
control without a change here.

A control's form name is its key's what-if path with list items by index
(``c:parties[2].leadership.level``); a list has a button to add an item (``add`` = the list's
path) and each item one to remove it (``remove`` = the item's path). The form's values are
compared with the initiative as the earlier edits left it: each value that differs becomes a
readiness.explore.whatif ``Edit``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import re
import types
import typing
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from readiness import personal_data
from readiness.explore.edit import SELECTOR_KEYS, parse_path
from readiness.explore.whatif import Edit
from readiness.format.labels import choice_label, field_label
from readiness.format.model import Initiative, Key, PartyRef, is_section, keys_of
from readiness.text import Lang, t
from readiness.text.web import HELP_EN

PREFIX = "c:"  # every control's form name starts with it, apart from the page's own fields

# text: free text (a textarea that grows); line: a short code (a party's id); int, decimal,
# date; choice: one of the key's values; check: yes or no (a key with a default); yesno: yes,
# no or not given; party: one of the file's parties; parties: several of them; choices:
# several of the key's values; lines: a list of texts, one per line.
Kind = Literal[
    "text", "line", "int", "decimal", "date", "choice", "check", "yesno", "party", "parties",
    "choices", "lines",
]  # fmt: skip
MULTI: frozenset[str] = frozenset({"parties", "choices"})
_UNSET = object()


class _Posted(Protocol):
    """A submitted form: werkzeug's MultiDict, or a mapping of names to lists in tests."""

    def __contains__(self, name: object) -> bool: ...

    def getlist(self, name: str) -> list[str]: ...


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass
class Field:
    """One control: a key whose value is a scalar or a list of scalars."""

    path: str  # the what-if path, list items by index
    key: str  # the key's dotted path without items (labels, help, the rules' keys)
    kind: Kind
    label: str
    help: str
    value: Any  # as the form shows it: a text, or a list of texts (MULTI)
    original: Any  # the file's value as opened, the same way (None: not in the file)
    present: bool  # the key is in the initiative as edited (an unset has something to remove)
    options: tuple[Option, ...] = ()
    required: bool = False
    error: str = ""  # a problem of the changed file located at this key

    @property
    def name(self) -> str:
        return PREFIX + self.path

    @property
    def id(self) -> str:
        return anchor(self.path)

    @property
    def changed(self) -> bool:
        return _same(self.kind, self.value) != _same(self.kind, self.original)

    def shown(self, value: Any, lang: Lang) -> str:
        """A value of this control as a reader reads it (the choice's meaning, yes/no, the
        party's name), for the list of changes."""
        if value is None or value == "" or value == []:
            return t("web.unset", lang)
        labels = {o.value: o.label for o in self.options}
        if self.kind in ("check", "yesno"):
            return t("web.yes" if value == "true" else "web.no", lang)
        if isinstance(value, list):
            return ", ".join(labels.get(str(v), str(v)) for v in value)
        text = labels.get(value, str(value))
        return text if len(text) <= 60 else text[:57] + "…"


@dataclass
class Block:
    """A section (a mapping), a list of items, or one item of a list."""

    path: str
    key: str
    kind: Literal["section", "list", "item", "single"]  # single: a top-level scalar key
    label: str
    help: str
    children: list[Block | Field] = field(default_factory=list)
    summary: str = ""  # an item's title: its required values
    number: int = 0  # an item's place in its list, from 1
    open: bool = True
    can_add: bool = False  # a list: another item may be added
    is_new: bool = False  # an item the file as opened does not have
    removed: int = 0  # a list: how many of the file's items are gone

    @property
    def id(self) -> str:
        return anchor(self.path)


@dataclass
class Form:
    blocks: list[Block]
    fields: list[Field]
    anchors: dict[str, str]  # path (items by index) → the id of its control or block
    layout: str  # a digest of the controls and their choices: same layout, same form
    parties: dict[str, str]  # party id → name, as the file has them now
    titles: dict[str, str] = field(default_factory=dict)  # path → its label, with its item's
    locator: Locator | None = None  # paths in the data the form was built of → by index


def anchor(path: str) -> str:
    """The HTML id of a path's control or block: ``parties[2].stance`` → ``f-parties-2-stance``
    (a key is made of letters, digits and _, so no two paths share an id)."""
    return "f-" + path.replace("[", ".").replace("]", "").replace(".", "-")


# -- the model's keys → kinds of controls --------------------------------------------------------
def _shape(annotation: Any) -> tuple[str, Any, bool]:
    """(kind, the inner type or choices, optional) of a key's type."""
    optional = False
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) < len(typing.get_args(annotation))
        annotation = args[0] if len(args) == 1 else annotation
    if typing.get_origin(annotation) is list:
        item = typing.get_args(annotation)[0]
        if is_section(item):
            return "list", item, optional
        if item == PartyRef:
            return "parties", None, optional
        if typing.get_origin(item) is Literal:
            return "choices", typing.get_args(item), optional
        return "lines", None, optional
    if is_section(annotation):
        return "section", annotation, optional
    if annotation == PartyRef:
        return "party", None, optional
    if typing.get_origin(annotation) is Literal:
        return "choice", typing.get_args(annotation), optional
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if annotation is bool:
        return ("yesno" if optional else "check"), None, optional
    if annotation is int:
        return "int", None, optional
    if annotation is float:
        return "decimal", None, optional
    if annotation is dt.date:
        return "date", None, optional
    return "text", None, optional


@functools.cache
def _shapes(section: type) -> tuple[tuple[Key, str, Any, bool], ...]:
    """(key, kind, inner, optional) of each key of ``section``, in the model's order (the
    model never changes while the program runs)."""
    return tuple((k, *_shape(k.annotation)) for k in keys_of(section))


@functools.cache
def _patterned(section: type) -> frozenset[str]:
    """The keys of ``section`` written as a code (a ``pattern``: a party's id)."""
    return frozenset(
        f.metadata.get("alias", f.name)
        for f in dataclasses.fields(section)
        if "pattern" in f.metadata
    )


@functools.cache
def _label(key: str, lang: Lang) -> str:
    text = field_label(key, lang) or key.rsplit(".", 1)[-1]
    return text[:1].upper() + text[1:]


def help_text(key: str, description: str, lang: Lang) -> str:
    """A key's help: its description in the model (the JSON Schema's, in Norwegian), or its
    English in readiness/text/web.py (none rather than Norwegian in an English page)."""
    return description if lang == "nb" else HELP_EN.get(key, "")


# -- values as the form shows them ---------------------------------------------------------------
def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _form_value(kind: str, value: Any, default: Any) -> Any:
    if value is None:
        value = default
    if kind in MULTI:
        return [str(v) for v in value] if isinstance(value, list) else []
    if kind == "lines":
        return "\n".join(str(v) for v in value) if isinstance(value, list) else ""
    if kind in ("check", "yesno"):
        if isinstance(value, bool):
            return "true" if value else "false"
        return "false" if kind == "check" else ""
    if value is None:
        return ""
    if isinstance(value, bool):  # a yes/no where a text or a number belongs
        return "true" if value else "false"
    if kind in ("int", "decimal") and isinstance(value, (int, float)):
        return _number(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _same(kind: str, value: Any) -> Any:
    """A form value as compared: texts without the spaces around them, lists as sets."""
    if isinstance(value, list):
        return frozenset(value)
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else value


# -- building the form ---------------------------------------------------------------------------
@dataclass
class _Context:
    lang: Lang
    parties: list[Option]
    names: dict[str, str]
    open_keys: frozenset[str]  # dotted keys at or above a key whose block stands open
    open_paths: frozenset[str]  # paths (items by index) at or above a path that stands open
    limit: int
    fields: list[Field] = field(default_factory=list)
    anchors: dict[str, str] = field(default_factory=dict)


def _party_options(data: Any, lang: Lang) -> tuple[list[Option], dict[str, str]]:
    options: list[Option] = []
    names: dict[str, str] = {}
    for p in data.get("parties") or [] if isinstance(data, Mapping) else []:
        if isinstance(p, Mapping) and isinstance(p.get("id"), str) and p["id"]:
            name = p.get("name") if isinstance(p.get("name"), str) else ""
            names.setdefault(p["id"], name or p["id"])
            options.append(Option(p["id"], f"{name} ({p['id']})" if name else p["id"]))
    return options, names


def build(
    data: Any,
    base: Any,
    lang: Lang,
    *,
    open_keys: Sequence[str] = (),
    open_paths: Sequence[str] = (),
    errors: Mapping[str, str] | None = None,
    limit: int = 500,
) -> Form:
    """The form for an initiative's data as edited (``data``), against the file as opened
    (``base``): which values changed. ``open_keys`` (dotted keys) and ``open_paths`` name the
    blocks that stand open; ``errors`` a problem's text by the path it is located at; a list
    takes at most ``limit`` items."""
    parties, names = _party_options(data, lang)
    ctx = _Context(lang, parties, names, _prefixes(open_keys), _prefixes(open_paths), limit)
    blocks: list[Block] = []
    for node in _section(Initiative, data, base, "", "", ctx, top=True):
        if isinstance(node, Field):  # a top-level key that holds a value: a block of its own
            node = Block(node.path, node.key, "single", node.label, "", [node])
            node.open = True
        blocks.append(node)
    for f in ctx.fields:
        if errors and f.path in errors:
            f.error = errors[f.path]
    digest = hashlib.sha256()
    for f in ctx.fields:
        digest.update(f"{f.name}|{f.kind}|{'|'.join(o.value for o in f.options)}\n".encode())
    for path in ctx.anchors:
        digest.update(f"{path}\n".encode())
    form = Form(blocks, ctx.fields, ctx.anchors, digest.hexdigest()[:16], names)
    form.locator = Locator(data)
    _title(form.blocks, "", form.titles)
    return form


def _title(nodes: Sequence[Block | Field], item: str, titles: dict[str, str]) -> None:
    """Each path's title for a link to it: its label, and the item it is in (a party's)."""
    for n in nodes:
        if isinstance(n, Field):
            titles[n.path] = f"{n.label} ({item})" if item else n.label
            continue
        if n.kind == "item":
            titles[n.path] = f"{n.label} {n.number}: {n.summary}"
            _title(n.children, n.summary.split(" · ")[0], titles)
        else:
            titles[n.path] = f"{n.label} ({item})" if item else n.label
            _title(n.children, item, titles)


def _prefixes(paths: Sequence[str]) -> frozenset[str]:
    """Every path and each path it is in (``parties[2].leadership.level`` → also
    ``parties[2].leadership``, ``parties[2]``, ``parties``): a block stands open when its path
    is one of them, in one look-up."""
    out: set[str] = set()
    for p in paths:
        while p and p not in out:
            out.add(p)
            cut = max(p.rfind("."), p.rfind("["))
            p = p[:cut] if cut > 0 else ""
    return frozenset(out)


def _opens(path: str, key: str | None, ctx: _Context) -> bool:
    """Does a block stand open: a dotted key at or below ``key`` is open, or a path at or
    below ``path``?"""
    return (key is not None and key in ctx.open_keys) or path in ctx.open_paths


def _section(
    section: type, data: Any, base: Any, prefix: str, key_prefix: str, ctx: _Context, top: bool
) -> list[Block | Field]:
    data = data if isinstance(data, Mapping) else {}
    base = base if isinstance(base, Mapping) else None
    patterned = _patterned(section)
    out: list[Block | Field] = []
    for k, kind, inner, optional in _shapes(section):
        path = f"{prefix}.{k.key}" if prefix else k.key
        key = f"{key_prefix}.{k.key}" if key_prefix else k.key
        value = data.get(k.key)
        original = base.get(k.key) if base is not None else None
        if kind == "choice" and len(inner) == 1 and k.required:
            continue  # one allowed value (the format's version): nothing to choose
        label, help_ = _label(key, ctx.lang), help_text(key, k.description, ctx.lang)
        ctx.anchors[path] = anchor(path)
        if kind == "section":
            block = Block(path, key, "section", label, help_)
            block.children = _section(inner, value, original, path, key, ctx, top=False)
            block.open = not top or _filled(value) or _opens(path, key, ctx)
            out.append(block)
        elif kind == "list":
            out.append(_list(inner, k, value, original, path, key, label, help_, ctx, top))
        else:
            out.append(
                _field(kind, inner, optional, k, value, original, base, path, key, ctx, patterned)
            )
    return out


def _filled(value: Any) -> bool:
    if isinstance(value, Mapping):
        return any(_filled(v) for v in value.values())
    if isinstance(value, list):
        return bool(value)
    return value is not None


def _field(
    kind: str,
    inner: Any,
    optional: bool,
    k: Key,
    value: Any,
    original: Any,
    base: Any,
    path: str,
    key: str,
    ctx: _Context,
    patterned: frozenset[str],
) -> Field:
    lang = ctx.lang
    if kind == "text" and k.key in patterned:
        kind = "line"
    default = None if isinstance(k.default, (list, dict)) else k.default
    options: list[Option] = []
    if kind in ("choice", "choices"):
        options = [Option(str(c), choice_label(key, c, lang) or str(c)) for c in inner]
    elif kind in ("party", "parties"):
        options = list(ctx.parties)
        known = {o.value for o in options}
        current = value if isinstance(value, list) else [value] if value else []
        for v in current:  # an id no party has: shown, so that it can be taken away
            if isinstance(v, str) and v not in known:
                options.append(Option(v, t("web.unknown_party", lang, id=v)))
                known.add(v)
    if kind in ("choice", "party") and (optional or k.required or default is None):
        blank = "web.choose" if k.required else "web.none_chosen"
        options.insert(0, Option("", t(blank, lang)))
    shown = _form_value(kind, value, default)
    was = _form_value(kind, original, default)  # the file as opened (a new item: the defaults)
    f = Field(
        path=path,
        key=key,
        kind=kind,  # type: ignore[arg-type]
        label=_label(key, lang),
        help=help_text(key, k.description, lang),
        value=shown,
        original=was,
        present=value is not None,
        options=tuple(options),
        required=k.required,
    )
    ctx.fields.append(f)
    return f


def _selector(item: Any) -> tuple[str, Any] | None:
    if isinstance(item, Mapping):
        for key in SELECTOR_KEYS:
            if key in item:
                return key, item[key]
    return None


def _list(
    item_section: type,
    k: Key,
    value: Any,
    original: Any,
    path: str,
    key: str,
    label: str,
    help_: str,
    ctx: _Context,
    top: bool,
) -> Block:
    items = value if isinstance(value, list) else []
    before = original if isinstance(original, list) else []
    block = Block(path, key, "list", label, help_)
    block.can_add = len(items) < ctx.limit
    block.open = not top or bool(items) or _opens(path, key, ctx)
    by_name: dict[Any, Any] = {}
    for b in before:
        sel = _selector(b)
        if sel is not None and _hashable(sel):
            by_name.setdefault(sel, b)
    few = len(items) <= 6
    matched: set[int] = set()
    for i, item in enumerate(items):
        here = f"{path}[{i}]"
        ctx.anchors[here] = anchor(here)
        sel = _selector(item)
        was = by_name.get(sel) if sel is not None and _hashable(sel) else None
        if was is None and sel is None and i < len(before) and _selector(before[i]) is None:
            was = before[i]
        if was is not None:
            matched.add(id(was))
        node = Block(here, key, "item", label, "", number=i + 1, is_new=was is None)
        node.children = _section(item_section, item, was, here, key, ctx, top=False)
        node.summary = _summary(item_section, item, key, ctx)
        node.open = few or node.is_new or _opens(here, None, ctx)
        block.children.append(node)
    block.removed = sum(1 for b in before if id(b) not in matched)
    return block


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _summary(section: type, item: Any, key: str, ctx: _Context) -> str:
    """An item's title: its required values in the model's order (a choice by its meaning, a
    party by its name), or «new» when it has none yet."""
    if not isinstance(item, Mapping):
        return ""
    parts = []
    patterned = _patterned(section)
    named = any(
        k.required and k.key not in patterned and _shape(k.annotation)[0] == "text"
        for k in keys_of(section)
    )
    for k in keys_of(section):
        value = item.get(k.key)
        if not k.required or value is None or isinstance(value, (list, dict)):
            continue
        if named and k.key in patterned:
            continue  # a party by its name, not its id
        kind, _, _ = _shape(k.annotation)
        if kind == "party":
            text = ctx.names.get(str(value), str(value))
        elif kind == "choice":
            text = choice_label(f"{key}.{k.key}", value, ctx.lang) or str(value)
        else:
            text = _form_value(kind, value, None)
        text = " ".join(text.split())
        parts.append(text if len(text) <= 40 else text[:39] + "…")
    return " · ".join(parts) or t("web.item.new", ctx.lang)


# -- a submitted form → edits --------------------------------------------------------------------
def _digits(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]", "", text)


def _read(f: Field, raw: list[str]) -> tuple[Any, Any]:
    """(the form value, the value to set or _UNSET) of what was posted for ``f``."""
    if f.kind in MULTI:
        allowed = [o.value for o in f.options]
        chosen = {v for v in raw if v}
        picked = [v for v in allowed if v in chosen]
        return picked, (picked if picked else _UNSET)
    text = (raw[-1] if raw else "").replace("\r\n", "\n").replace("\r", "\n")
    if f.kind == "lines":
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        return "\n".join(lines), (lines if lines else _UNSET)
    if f.kind == "check":
        return ("true" if text == "true" else "false"), text == "true"
    if f.kind in ("choice", "party", "yesno"):
        choices = {o.value for o in f.options} if f.kind != "yesno" else {"true", "false", ""}
        if text not in choices:
            return f.value, None  # not one of the choices: nothing changes
        if not text:
            return "", _UNSET
        return text, (text == "true") if f.kind == "yesno" else text
    stripped = text.strip()
    if not stripped:
        return "", _UNSET
    if f.kind == "int":
        try:
            return stripped, int(_digits(stripped))
        except ValueError:
            return stripped, stripped  # the loader says, located, that a number is expected
    if f.kind == "decimal":
        try:
            return stripped, float(_digits(stripped).replace(",", "."))
        except ValueError:
            return stripped, stripped
    if f.kind == "date":
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", stripped)  # 17.5.2026, as written
        if m:
            try:
                return stripped, dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
            except ValueError:
                pass
        return stripped, stripped  # ISO text, read as a date by the format (or refused)
    return stripped, stripped


@dataclass
class Posted:
    """What a submitted form asks for: the edits, and the labels of the controls whose value
    was refused for holding a likely identity number (they keep the value they had)."""

    edits: list[Edit]
    refused: list[str]


def edits_from(form: Form, posted: _Posted) -> Posted:
    """The edits that take the initiative from the form as built to the form as posted. A
    control that was not posted is left as it is."""
    edits: list[Edit] = []
    refused: list[str] = []
    for f in form.fields:
        if f.name not in posted:
            continue
        raw = posted.getlist(f.name)
        if any(personal_data.found(v) for v in raw):
            refused.append(f.label)
            continue
        value, typed = _read(f, raw)
        if typed is None or _same(f.kind, value) == _same(f.kind, f.value):
            continue
        if typed is _UNSET:
            if f.present:
                edits.append(Edit("unset", f.path))
        else:
            edits.append(Edit("set", f.path, typed))
    return Posted(edits, refused)


def list_paths(form: Form) -> tuple[set[str], set[str]]:
    """(the paths of the form's lists, the paths of their items): what ``add`` and ``remove``
    may name."""
    lists: set[str] = set()
    items: set[str] = set()

    def walk(nodes: Sequence[Block | Field]) -> None:
        for n in nodes:
            if isinstance(n, Block):
                if n.kind == "list" and n.can_add:
                    lists.add(n.path)
                if n.kind == "item":
                    items.add(n.path)
                walk(n.children)

    walk(form.blocks)
    return lists, items


def list_length(form: Form, path: str) -> int:
    def find(nodes: Sequence[Block | Field]) -> int | None:
        for n in nodes:
            if isinstance(n, Block):
                if n.path == path:
                    return len(n.children)
                found = find(n.children)
                if found is not None:
                    return found
        return None

    return find(form.blocks) or 0


# -- a path in the file → the control that fixes it ----------------------------------------------
def by_index(path: str, data: Any) -> str | None:
    """``path`` with its list items named by index (``parties[siljan].stance`` →
    ``parties[2].stance``), as far as ``data`` has them; None for a path that is no path."""
    return Locator(data).by_index(path)


class Locator:
    """``by_index`` for many paths of one ``data``: each list's items are indexed by their
    selector once (a finding naming 500 parties costs 500 look-ups, not 500 scans)."""

    def __init__(self, data: Any):
        self.data = data
        self._positions: dict[int, dict[Any, int]] = {}

    def _position(self, node: list[Any], name: Any) -> int | None:
        positions = self._positions.get(id(node))
        if positions is None:
            positions = {}
            for i, item in enumerate(node):
                s = _selector(item)
                if s is not None and _hashable(s[1]):
                    positions.setdefault(s[1], i)
            self._positions[id(node)] = positions
        return positions.get(name) if _hashable(name) else None

    def by_index(self, path: str) -> str | None:
        try:
            steps = parse_path(path)
        except Exception:  # a rule's key is written by us, but a finding's path may be odd
            return None
        out = ""
        node = self.data
        for kind, name in steps:
            if kind == "key":
                out += f".{name}" if out else str(name)
                node = node.get(name) if isinstance(node, Mapping) else None
                continue
            index: int | None = None
            if isinstance(name, int):
                index = name
            elif isinstance(node, list):
                index = self._position(node, name)
            if index is None:
                return out
            out += f"[{index}]"
            node = node[index] if isinstance(node, list) and 0 <= index < len(node) else None
        return out


def target(form: Form, path: str) -> str | None:
    """The path of the control or block nearest to ``path`` (items by index) that the form
    has."""
    while path:
        if path in form.anchors:
            return path
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None


def field_at(form: Form, path: str) -> Field | None:
    return next((f for f in form.fields if f.path == path), None)


def walk_blocks(form: Form) -> Iterator[Block]:
    def walk(nodes: Sequence[Block | Field]) -> Iterator[Block]:
        for n in nodes:
            if isinstance(n, Block):
                yield n
                yield from walk(n.children)

    return walk(form.blocks)
