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

from readiness.catalog.load import catalog_dir
from readiness.catalog.records import Catalog
from readiness.format.model import Initiative, Key, Party, is_section, keys_of

InitPhase = Literal["idea", "pre_project", "establishment"]
PHASES: tuple[InitPhase, ...] = ("idea", "pre_project", "establishment")
_WIDTH = 96

# Top-level sections that are commented out until the phase that fills them.
_FROM_PHASE = {"pre_project": "pre_project", "establishment": "establishment"}
_ALWAYS_COMMENTED = ("deviations", "application")
# The two parties every initiative starts with: one of each service level (idefase 1.1, 1.8).
_PARTIES = (
    {"id": "kommune", "name": "Navn på kommunen", "kind": "municipality"},
    {
        "id": "spesialisthelsetjenesten",
        "name": "Navn på helseforetaket, BUP",
        "kind": "specialist_health",
    },
)


def schema_ref(out_dir: Path) -> str:
    """The JSON Schema's path relative to where the file is written (a source checkout has
    schema/initiative.schema.json; elsewhere, `readiness schema` writes one)."""
    schema = catalog_dir().parent / "schema" / "initiative.schema.json"
    if schema.is_file():
        return Path(os.path.relpath(schema, out_dir.resolve())).as_posix()
    return "initiative.schema.json"


# How the rules that ask for a key are named in its comment, by their severity: a
# recommendation or a piece of advice is not a requirement.
_ASKED = (("required", "Kreves av"), ("recommended", "Anbefales av"), ("advice", "Råd i"))


def _rule_index(catalog: Catalog) -> dict[str, str]:
    """Dotted key path (without list selectors) → which rules ask for it, by severity
    ("Kreves av IDE-11. Anbefales av FOR-18.")."""
    asked: dict[str, dict[str, list[str]]] = {}
    for rule in catalog.rules:
        for key in rule.keys:
            plain = re.sub(r"\[[^\]]*\]", "", key)
            ids = asked.setdefault(plain, {}).setdefault(rule.severity, [])
            if rule.id not in ids:
                ids.append(rule.id)
    return {
        key: " ".join(f"{words} {', '.join(by[sev])}." for sev, words in _ASKED if sev in by)
        for key, by in asked.items()
    }


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
    def __init__(self, rules: dict[str, str]):
        self.rules = rules
        self.lines: list[str] = []

    def comment(self, indent: str, field: Key, annotation: Any, dotted: str) -> None:
        text = (field.description or "").strip()
        choices = _choices(annotation)
        if len(choices) > 1:
            text += f" Verdier: {', '.join(choices)}."
        asked = self.rules.get(dotted)
        if asked:
            text += f" {asked}"
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
            self.lines[-1] += " Hvert element har nøklene:" if self.lines else ""
            # the item's keys described, then one item commented out: copy it and fill it in
            for sub in keys_of(inner):
                sub_key = sub.key
                text = f"{sub_key}: {(sub.description or '').strip()}"
                if _choices(sub.annotation):
                    text += f" Verdier: {', '.join(_choices(sub.annotation))}."
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


def initiative_template(phase: InitPhase, catalog: Catalog, schema: str) -> str:
    """The text of a new initiative file for ``phase`` (the file `readiness init` writes)."""
    w = _Writer(_rule_index(catalog))
    w.lines += [
        f"# yaml-language-server: $schema={schema}",
        f"# Initiativfil for FACT Ung, formatversjon 1, fasen «{phase}» "
        "(laget med readiness init).",
        "# Fyll inn det dere vet; et tomt felt betyr «ikke gjort / ikke kjent». Kjør",
        "# `readiness check FIL` for å se hva som mangler, og `readiness plan FIL` for neste steg.",
        "# Seksjoner for senere faser står kommentert ut: fjern «# » når dere kommer dit.",
    ]
    order = PHASES.index(phase)
    values: dict[str, Any] = {  # what the new file says (a nested section: its keys' values)
        "schema_version": 1,
        "initiative": {"name": "FACT Ung (navn på området)", "phase": phase},
        "application": {"for_gate": "preproject" if phase == "idea" else "establishment"},
    }
    for field in keys_of(Initiative):
        key = field.key
        w.lines.append("")
        commented = key in _ALWAYS_COMMENTED or (
            key in _FROM_PHASE and PHASES.index(_FROM_PHASE[key]) > order
        )
        if key == "parties":
            w.comment("", field, field.annotation, key)
            w.lines.append("parties:")
            for party in _PARTIES:
                w.model(Party, "    ", "parties.", False, {**party, "core": True}, first_dash=True)
        else:
            w.field(key, field, key, "", "", commented, values.get(key))
    return "\n".join(w.lines) + "\n"
