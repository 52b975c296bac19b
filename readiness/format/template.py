"""A new initiative file for a phase, written from the format's own model (readiness.format.model).

Every key the phase asks for is present, later phases' sections are there commented out, and
every key carries a short Norwegian comment: the key's description in the format (one source for
the editor's hover help, the JSON Schema and this template), its choices, and the rules that ask
for it (from the catalog's ``keys``). The file is valid and assesses as not ready.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import textwrap
import types
import typing
from pathlib import Path
from typing import Any, Literal

from readiness.catalog.records import Catalog
from readiness.format.labels import field_label
from readiness.format.model import Initiative, Key, Party, is_section, keys_of
from readiness.text import LANGS, Lang, t

InitPhase = Literal["idea", "pre_project", "establishment"]
PHASES: tuple[InitPhase, ...] = ("idea", "pre_project", "establishment")
_WIDTH = 96

# Top-level sections that are commented out until the phase that fills them.
_FROM_PHASE = {"pre_project": "pre_project", "establishment": "establishment"}
_ALWAYS_COMMENTED = ("deviations", "application")
# The two parties every initiative starts with: one of each service level (idefase 1.1, 1.8);
# their ids and names are texts (readiness/text/explore.py, template.*).
_PARTIES = (("municipality", "municipality"), ("specialist", "specialist_health"))


def placeholders(phase: InitPhase, lang: Lang) -> dict[str, Any]:
    """What the new file says where the coordinator has to write (a nested section: its keys'
    values; parties: the list of them). The one source of the template's placeholder texts:
    the template writes them, and the loader recognises them left in a file
    (``template_leftovers``)."""
    return {
        "schema_version": 1,
        "initiative": {"name": t("template.name", lang), "phase": phase},
        "parties": [
            {
                "id": t(f"template.{which}.id", lang),
                "name": t(f"template.{which}.name", lang),
                "kind": kind,
            }
            for which, kind in _PARTIES
        ],
        "application": {"for_gate": "preproject" if phase == "idea" else "establishment"},
    }


def placeholder_texts() -> dict[str, tuple[str, ...]]:
    """Every placeholder text the template writes, in either language → the key path it is
    written at (list items left out: ``parties.name``)."""
    out: dict[str, tuple[str, ...]] = {}
    for lang in LANGS:
        found = placeholders("idea", lang)
        out[found["initiative"]["name"]] = ("initiative", "name")
        for party in found["parties"]:
            out[party["name"]] = ("parties", "name")
    return out


SCHEMA_FILE = "initiative.schema.json"


def find_schema(out_dir: Path) -> Path | None:
    """The JSON Schema a new file in ``out_dir`` is to point at: ``initiative.schema.json`` or
    ``schema/initiative.schema.json`` in ``out_dir`` or a folder above it, up to the top of
    its git repository (where a source checkout of readiness, or an organisation that copied
    the schema in, keeps it); None if there is none."""
    here = out_dir.resolve()
    while True:
        for candidate in (here / SCHEMA_FILE, here / "schema" / SCHEMA_FILE):
            if candidate.is_file():
                return candidate
        if (here / ".git").exists() or here.parent == here:
            return None
        here = here.parent


def schema_ref(out_dir: Path, schema: Path | None = None) -> str:
    """The modeline's path to the JSON Schema, relative to the folder the file is written to:
    to ``schema`` (``find_schema``'s), else to ``initiative.schema.json`` beside the file,
    which `readiness init -o` then writes (readiness/cli/commands/init.py)."""
    if schema is None:
        return SCHEMA_FILE
    return Path(os.path.relpath(schema, out_dir.resolve())).as_posix()


# The order in which the rules that ask for a key are named in its comment, by severity: a
# recommendation or a piece of advice is not a requirement (texts: template.asked_by.*).
_SEVERITIES = ("required", "recommended", "advice")


def _rule_index(catalog: Catalog) -> dict[str, dict[str, list[str]]]:
    """Dotted key path (without list selectors) → severity → the ids of the rules that ask
    for it."""
    asked: dict[str, dict[str, list[str]]] = {}
    for rule in catalog.rules:
        for key in rule.keys:
            plain = re.sub(r"\[[^\]]*\]", "", key)
            ids = asked.setdefault(plain, {}).setdefault(rule.severity, [])
            if rule.id not in ids:
                ids.append(rule.id)
    return asked


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """(inner type, is a list) of Optional[...] / list[...] / Annotated[...]."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _unwrap(args[0]) if len(args) == 1 else (annotation, False)
    if origin is list:
        return typing.get_args(annotation)[0], True
    return annotation, False


def _choices(annotation: Any) -> list[str]:
    inner, _ = _unwrap(annotation)
    if typing.get_origin(inner) is Literal:
        return [str(a) for a in typing.get_args(inner)]
    return []


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return " true" if value else " false"
    if isinstance(value, (dt.date, int, float)):
        return f" {value}"
    text = str(value)
    if re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_ ,.\-æøåÆØÅ]*", text) and "," not in text:
        return f" {text}"
    return ' "' + text.replace('"', '\\"') + '"'


class _Writer:
    def __init__(self, rules: dict[str, dict[str, list[str]]], lang: Lang):
        self.rules = rules
        self.lang = lang
        self.lines: list[str] = []

    def described(self, field: Key, dotted: str) -> str:
        """A key's comment: in Norwegian its description in the format (the JSON Schema's
        hover help too); in English its label, the format's descriptions being Norwegian."""
        if self.lang == "nb":
            return (field.description or "").strip()
        label = field_label(dotted, self.lang) or field.key
        return label[:1].upper() + label[1:] + "."

    def comment(self, indent: str, field: Key, annotation: Any, dotted: str) -> None:
        text = self.described(field, dotted)
        choices = _choices(annotation)
        if len(choices) > 1:
            text += t("template.values", self.lang, values=", ".join(choices))
        asked = self.rules.get(dotted)
        if asked:
            for severity in _SEVERITIES:
                if severity in asked:
                    text += t(
                        f"template.asked_by.{severity}", self.lang, rules=", ".join(asked[severity])
                    )
        if text:
            self.lines += textwrap.wrap(
                text, width=_WIDTH, initial_indent=f"{indent}# ", subsequent_indent=f"{indent}# "
            )

    def model(
        self,
        model: type,
        indent: str,
        prefix: str,
        commented: bool,
        values: dict[str, Any] | None = None,
        first_dash: bool = False,
    ) -> None:
        values = values or {}
        for i, field in enumerate(keys_of(model)):
            key = field.key
            dotted = f"{prefix}{key}"
            lead = indent
            if first_dash and i == 0:  # a list item's first key sits after the dash
                lead = indent[:-2] + "- "
            self.field(key, field, dotted, indent, lead, commented, values.get(key))

    def field(
        self,
        key: str,
        field: Key,
        dotted: str,
        indent: str,
        lead: str,
        commented: bool,
        value: Any,
    ) -> None:
        inner, is_list = _unwrap(field.annotation)
        hash_ = "# " if commented else ""
        self.comment(lead.replace("- ", ""), field, field.annotation, dotted)
        if is_list and is_section(inner):
            self.lines[-1] += t("template.item_keys", self.lang) if self.lines else ""
            # the item's keys described, then one item commented out: copy it and fill it in
            for sub in keys_of(inner):
                sub_key = sub.key
                text = f"{sub_key}: {self.described(sub, f'{dotted}.{sub_key}')}"
                if _choices(sub.annotation):
                    values = ", ".join(_choices(sub.annotation))
                    text += t("template.values", self.lang, values=values)
                self.lines += textwrap.wrap(
                    text,
                    width=_WIDTH,
                    initial_indent=f"{indent}#   ",
                    subsequent_indent=f"{indent}#     ",
                )
            self.lines.append(f"{lead}{hash_}{key}: []")
            for n, sub in enumerate(keys_of(inner)):
                sub_key = sub.key
                self.lines.append(f"{indent}#   {'- ' if n == 0 else '  '}{sub_key}:")
        elif is_list:
            self.lines.append(f"{lead}{hash_}{key}: []")
        elif is_section(inner):
            self.lines.append(f"{lead}{hash_}{key}:")
            self.model(inner, indent + "  ", f"{dotted}.", commented, value)
        else:
            if value is None and not field.required:
                default = field.default
                value = default if not isinstance(default, (list, dict)) else None
            self.lines.append(f"{lead}{hash_}{key}:{_scalar(value)}")


def initiative_template(phase: InitPhase, catalog: Catalog, schema: str, lang: Lang = "nb") -> str:
    """The text of a new initiative file for ``phase`` (the file `readiness init` writes), its
    comments and placeholders in ``lang``."""
    w = _Writer(_rule_index(catalog), lang)
    w.lines += [
        f"# yaml-language-server: $schema={schema}",
        *t("template.header", lang, phase=phase).split("\n"),
    ]
    order = PHASES.index(phase)
    values = placeholders(phase, lang)
    for field in keys_of(Initiative):
        key = field.key
        w.lines.append("")
        commented = key in _ALWAYS_COMMENTED or (
            key in _FROM_PHASE and PHASES.index(_FROM_PHASE[key]) > order
        )
        if key == "parties":
            w.comment("", field, field.annotation, key)
            w.lines.append("parties:")
            for party in values["parties"]:
                w.model(Party, "    ", "parties.", False, {**party, "core": True}, first_dash=True)
        else:
            w.field(key, field, key, "", "", commented, values.get(key))
    return "\n".join(w.lines) + "\n"
