"""What-if: an initiative file with edits applied, assessed exactly like a real file.

The edits (``Edit``: set a path to a value, or unset it; readiness.explore.edit's path syntax) are
applied to the file's *text*: YAML through ruamel.yaml's round-trip document, so comments, key
order and formatting survive (the text `--write` writes), JSON through ``json``. The changed
text is then loaded with ``loader.load_text``, like any file, and both versions are assessed
against the same gate and compared (readiness.explore.diff). The input file is only read.

This module is the API the command and the web UI share:
``parse_set("agreement.status=signed")`` → ``Edit``; ``what_if(loaded, edits, catalog)`` →
``WhatIf``; ``write_changed(result, out, ...)``.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import functools
import io
import json
import sys
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError as RuamelError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from readiness import personal_data
from readiness.assess.assessment import assess, resolve_gate
from readiness.catalog.records import Catalog
from readiness.errors import InputError, UsageError
from readiness.explore.diff import Comparison, compare
from readiness.explore.edit import Editor, parse_path, parse_value
from readiness.format.load import (
    LoadedInitiative,
    field_label,
    load_document,
    load_text,
    model_at,
    valid_keys,
)
from readiness.format.model import key_named
from readiness.output import Target, prepare
from readiness.read import document
from readiness.read.document import encodes
from readiness.text import Lang, t


@dataclass(frozen=True)
class Edit:
    """One change: ``set`` ``path`` to ``value``, or ``unset`` (remove) ``path``."""

    op: Literal["set", "unset"]
    path: str
    value: Any = None

    def describe(self) -> str:
        if self.op == "unset":
            return f"--unset {self.path}"
        return f"--set {self.path}={_flow(self.value)}"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"op": self.op, "path": self.path}
        if self.op == "set":
            out["value"] = _jsonable(self.value)
        return out


class WhatIfError(UsageError):
    """The edits do not give a valid file: names the edits and every problem (exit 2). The
    changed file is kept as it was made (``text``, or ``data`` when no text was written), so
    that a caller can show it to be put right."""

    def __init__(
        self,
        edits: Sequence[Edit],
        error: InputError,
        *,
        text: str | None = None,
        data: Any = None,
    ):
        super().__init__("whatif.invalid")
        self.edits = tuple(edits)
        self.error = error
        self.text = text
        self.data = data

    def message(self, lang: Lang = "nb") -> str:
        head = t("whatif.invalid", lang, edits=" ".join(e.describe() for e in self.edits))
        return "\n".join([head, *(f"  - {p.message(lang)}" for p in self.error.problems)])


@dataclass(frozen=True)
class WhatIf:
    """The outcome of a what-if: the edits, the comparison, the changed file's text (None when
    it was not asked for) and the changed file as loaded."""

    file: str
    edits: tuple[Edit, ...]
    comparison: Comparison
    text: str | None
    is_json: bool
    changed: LoadedInitiative | None = None


# -- edits -----------------------------------------------------------------------------------
def parse_set(text: str) -> Edit:
    """``PATH=VALUE`` (VALUE a YAML scalar or flow value) → a checked set edit."""
    _guard("--set", text)
    path, sep, value = text.partition("=")
    path = path.strip()
    if not sep or not path:
        raise UsageError("whatif.bad_set", text=text)
    check_path(path)
    parsed = parse_value(value.strip())
    _guard("--set", text, parsed)
    return Edit("set", path, parsed)


def parse_unset(path: str) -> Edit:
    _guard("--unset", path)
    path = path.strip()
    check_path(path)
    return Edit("unset", path)


def _guard(option: str, text: str, value: Any = None) -> None:
    """Refuse an edit whose text, or value once decoded (``"150...\\x34..."``), holds a likely
    identity number, or a character code that is no character (a lone surrogate: from an
    escape, or from a command-line byte that is not UTF-8), as the loader refuses a file."""
    if personal_data.found(text) or personal_data.in_data(value):
        raise UsageError("personal.fnr_set", option=option, edit=text)  # t() redacts the number
    if not encodes(text) or any(not encodes(s) for s in _strings(value)):
        raise UsageError("edit.no_character", option=option)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _list_field(loc: tuple[str | int, ...]) -> bool:
    """Is the field at ``loc`` a list in the model?"""
    model = model_at(loc[:-1])
    if model is None:
        return False
    fld = key_named(model, str(loc[-1]))
    annotation = fld.annotation if fld else None
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return any(typing.get_origin(a) is list for a in typing.get_args(annotation))
    return typing.get_origin(annotation) is list


def check_path(path: str) -> None:
    """Refuse a path the format does not have, naming the valid keys at that level."""
    loc: tuple[str | int, ...] = ()
    for kind, name in parse_path(path):
        if kind == "key":
            if loc and _list_field(loc):
                raise UsageError("whatif.list_item", path=path, at=field_label(loc), name=name)
            keys = valid_keys(loc) if model_at(loc) is not None else []
            if not keys:
                raise UsageError("whatif.not_mapping", path=path, at=field_label(loc), name=name)
            if name not in keys:
                close = difflib.get_close_matches(str(name), keys, n=1, cutoff=0.6)
                raise UsageError(
                    "whatif.unknown_key_close" if close else "whatif.unknown_key",
                    path=path,
                    name=name,
                    close=close[0] if close else "",
                    valid=", ".join(keys),
                )
            loc += (name,)
        else:
            if not loc or not _list_field(loc):
                raise UsageError("edit.not_list", path=path)
            loc += (0,)


def apply_edits(data: Any, edits: Sequence[Edit]) -> None:
    """Apply ``edits`` in order to plain data or a ruamel.yaml document, in place."""
    editor = Editor(data)  # one for all the edits: it finds list items through one index
    for e in edits:
        if e.op == "set":
            editor.set(e.path, e.value)
        else:
            editor.unset(e.path)


# -- text ------------------------------------------------------------------------------------
_INDENTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0))


def _ruamel(indent: tuple[int, int, int]) -> YAML:
    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.width = sys.maxsize  # never re-wrap the user's lines, however long (a flow list)
    y.indent(mapping=indent[0], sequence=indent[1], offset=indent[2])
    return y


def _dump(y: YAML, doc: Any) -> str:
    buf = io.StringIO()
    y.dump(doc, buf)
    return buf.getvalue()


def _for_yaml(value: Any) -> Any:
    """A parsed value as ruamel.yaml should write it: short lists and mappings of scalars in
    flow style (as typed: `[BUP, PPT]`), strings quoted when plain YAML would read them as
    something else (`"true"`, `"12"`), as the reader types them."""
    if isinstance(value, Mapping):
        m = CommentedMap((k, _for_yaml(v)) for k, v in value.items())
        if all(not isinstance(v, (Mapping, list)) for v in value.values()):
            m.fa.set_flow_style()
        return m
    if isinstance(value, list):
        s = CommentedSeq(_for_yaml(v) for v in value)
        if all(not isinstance(v, (Mapping, list)) for v in value):
            s.fa.set_flow_style()
        return s
    if isinstance(value, str):
        try:
            plain = document.parse_value(value)
        except document.ValueProblem:
            plain = None
        if plain != value or "\n" in value:
            return DoubleQuotedScalarString(value)
    return value


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _flow(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, int, float, dt.date)):  # bool is an int
        kind: Any = type(value)  # a class is hashable; mypy's view of type[...] is not
        return _flow_scalar(kind, value)
    return _dump_flow(value)


@functools.lru_cache(maxsize=256)
def _flow_scalar(kind: Any, value: Any) -> str:
    """A scalar's flow text, remembered by type and value (True and 1 are equal, but not the
    same YAML): a plan sets one value for each of the parties a rule names, and PyYAML's
    emitter takes a quarter of a millisecond for each."""
    return _dump_flow(value)


def _dump_flow(value: Any) -> str:
    text = yaml.safe_dump(
        value, default_flow_style=True, allow_unicode=True, width=10_000, sort_keys=False
    )
    return text.strip().removesuffix("...").strip()


def edited_text(text: str, edits: Sequence[Edit], *, is_json: bool = False) -> str:
    """The file's text with ``edits`` applied: YAML keeps its comments, key order and
    formatting (ruamel.yaml round trip, in the file's own indentation); JSON is re-indented."""
    if is_json:
        data = json.loads(text)
        apply_edits(data, [Edit(e.op, e.path, _jsonable(e.value)) for e in edits])
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        for indent in _likely_first(text):  # the indentation that reproduces the file as it is
            y = _ruamel(indent)
            doc = y.load(text)
            if _dump(y, doc) == text:
                break
        else:
            y = _ruamel(_INDENTS[0])
            doc = y.load(text)
    except RuamelError as exc:  # what the loader (PyYAML's C reader) takes, ruamel may not
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        detail = getattr(exc, "problem", None) or type(exc).__name__
        raise UsageError("whatif.not_editable", line=line, column=column, detail=detail) from None
    apply_edits(doc, [Edit(e.op, e.path, _for_yaml(copy.deepcopy(e.value))) for e in edits])
    return _dump(y, doc)


def _likely_first(text: str) -> list[tuple[int, int, int]]:
    """_INDENTS with the one the text seems to use first (each try is a full round trip)."""
    mapping, offset = 2, 2
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    for prev, line in zip(lines, lines[1:], strict=False):
        indent = len(line) - len(line.lstrip(" "))
        if prev.rstrip().endswith(":") and indent > 0 and not prev.lstrip().startswith("- "):
            if line.lstrip().startswith("- "):
                offset = indent
            else:
                mapping = indent
            break
    for line in lines:
        stripped = line.lstrip(" ")
        if stripped.startswith("- "):
            offset = len(line) - len(stripped)
            break
    guess = (mapping, offset + 2, offset)
    return sorted(_INDENTS, key=lambda i: i != guess)


def edited_data(loaded: LoadedInitiative, edits: Sequence[Edit]) -> document.Document:
    """The file's data with ``edits`` applied, as the reader would read the changed text back
    (a date as its ISO text, as the reader gives a date; a string stays a string, as
    ``_for_yaml`` writes it), placed at the file's own positions (a key the edits added at its
    nearest enclosing one). A value with a likely identity number or a character code that is
    no character is refused as ``parse_set`` refuses it."""
    for e in edits:
        _guard("--set", e.path, e.value)
    data = copy.deepcopy(loaded.document.data)
    apply_edits(data, [Edit(e.op, e.path, _jsonable(e.value)) for e in edits])
    return document.Document(data, loaded.document.root)


# -- assessing -------------------------------------------------------------------------------
def what_if(
    loaded: LoadedInitiative,
    edits: Sequence[Edit],
    catalog: Catalog,
    *,
    gate: str | None = None,
    as_of: dt.date | None = None,
    text: bool = True,
) -> WhatIf:
    """Assess ``loaded`` as it is and with ``edits``, against one gate (``gate``, or the gate
    of the file's phase as it is now, so that the comparison is like for like).

    ``text=False`` writes no changed text: the changed file is ``edited_data``, validated by
    the loader and assessed as any file is (tests/test_whatif.py holds both ways to the same
    outcome). ruamel.yaml's round trip is most of a what-if's time (about 0.1 s for one of the
    examples, 3 s for a file with 500 parties), and the browser assesses after every change
    but needs the text only to save or download it."""
    is_json = loaded.file.lower().endswith(".json")
    gate = resolve_gate(catalog, loaded.initiative, gate)
    as_of = as_of or dt.date.today()
    changed_text: str | None = None
    if text:
        changed_text = edited_text(loaded.text, edits, is_json=is_json)
        try:
            changed = load_text(changed_text, loaded.file, catalog, is_json=is_json)
        except InputError as exc:
            raise WhatIfError(edits, exc, text=changed_text) from None
    else:
        doc = edited_data(loaded, edits)
        try:
            changed = load_document(doc, "", loaded.file, catalog)
        except InputError as exc:
            raise WhatIfError(edits, exc, data=doc.data) from None
    before = assess(loaded, catalog, gate=gate, as_of=as_of)
    after = assess(changed, catalog, gate=gate, as_of=as_of)
    return WhatIf(loaded.file, tuple(edits), compare(before, after), changed_text, is_json, changed)


def check_target(
    file: str, out: str, *, force: bool = False, call_file: str | None = None
) -> Target:
    """Refuse ``out`` before any work: it must have the input's format (JSON stays JSON) and
    pass the one writer's checks (readiness/output.py): not the input ``file`` nor the
    ``call_file``, not an existing file unless ``force``."""
    suffixes = (".json",) if file.lower().endswith(".json") else (".yaml", ".yml")
    if Path(out).suffix.lower() not in suffixes:
        raise UsageError("whatif.write_ext", out=out, valid=", ".join(suffixes))
    inputs = [file, call_file] if call_file else [file]
    return prepare(out, option="--write", inputs=inputs, force=force)


def write_changed(
    result: WhatIf, out: str, *, force: bool = False, call_file: str | None = None
) -> Path:
    """Write the changed initiative to ``out``: never over the input file, and over another
    existing file only with ``force``. The format follows the input (JSON stays JSON)."""
    if result.text is None:
        raise ValueError("write_changed needs a what-if made with text=True")
    check_target(result.file, out, force=force, call_file=call_file).write(result.text)
    return Path(out)
