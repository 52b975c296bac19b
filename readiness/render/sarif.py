"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run. ``tool.driver.rules`` is the whole catalog (plus one rule for input errors), each with
its title, condition, remedy and source; ``results`` holds every finding that is not met:
level ``error`` for a required rule, ``warning`` for a recommended one, ``note`` for advice
(and ``note`` for everything in a concluded assessment, which does not fail). An accepted
deviation is a result with a suppression carrying its reason. Each result points at the file
(a URI relative to the working directory) and the line and column of the rule's path.
Built as plain data and serialised with json; tests validate it against the 2.1.0 schema.
"""

from __future__ import annotations

import json
import os
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from readiness import __version__
from readiness.assess.assessment import Assessment, Finding
from readiness.assess.results import Invalid, Result
from readiness.catalog.records import Catalog, Rule
from readiness.render import RenderContext
from readiness.render.words import rule_words, said
from readiness.text import Lang, t

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INPUT_RULE = "INPUT"
LEVELS = {"required": "error", "recommended": "warning", "advice": "note"}


def artifact_uri(file: str) -> str:
    """A relative URI reference for ``file`` (posix separators, percent-encoded)."""
    if file == "-":
        return "stdin"
    path = Path(file)
    if path.is_absolute():
        return path.as_uri()
    return urllib.parse.quote(path.as_posix().replace(os.sep, "/"), safe="/")


def _rule(rule: Rule, catalog: Catalog, lang: Lang) -> dict[str, Any]:
    source = f"{rule.source.document} {rule.source.notation}"
    props: dict[str, Any] = {
        "source": source,
        "severity": rule.severity,
        "basis": rule.basis,
        "waivable": rule.waivable,
        "gates": list(rule.gates),
        "path": rule.path,
        "tags": [rule.severity, rule.id.split("-")[0]],
    }
    if rule.source.quote:
        props["quote"] = rule.source.quote
    severity, basis, cited = rule_words(rule, catalog, lang)
    help_text = (
        f"{t('label.remedy', lang)}: {catalog.fill_doc(rule.remedy.get(lang).strip(), lang)}\n"
        f"{severity} · {basis} · {t('label.source', lang)}: {cited}"
    )
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.title.get(lang).strip()},
        "fullDescription": {"text": rule.condition.get(lang).strip()},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": props,
    }


def _input_rule(lang: Lang) -> dict[str, Any]:
    return {
        "id": INPUT_RULE,
        "name": "input.invalid",
        "shortDescription": {"text": t("sarif.input.short", lang)},
        "fullDescription": {"text": t("sarif.input.full", lang)},
        "help": {"text": t("sarif.input.help", lang)},
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["input"]},
    }


def _location(file: str, line: int, column: int, path: str | None = None) -> dict[str, Any]:
    loc: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(file), "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": max(1, line), "startColumn": max(1, column)},
        }
    }
    if path:
        loc["logicalLocations"] = [{"fullyQualifiedName": path, "kind": "member"}]
    return loc


def _result(a: Assessment, f: Finding, index: int, ctx: RenderContext) -> dict[str, Any]:
    lang = ctx.lang
    words = said(f, a, ctx.catalog, lang)
    text = words.message
    if words.remedy:
        text += f"\n{t('label.remedy', lang)}: {words.remedy}"
    out: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": index,
        "level": "note" if a.verdict == "concluded" else LEVELS[f.severity],
        "message": {"text": text},
        "locations": [_location(a.file, f.location.line, f.location.column, f.location.path)],
        "properties": {
            "gate": a.gate,
            "verdict": a.verdict,
            "severity": f.severity,
            "basis": f.basis,
        },
    }
    if f.parties:
        out["properties"]["parties"] = list(f.parties)
    if f.status == "accepted" and f.deviation is not None:
        out["suppressions"] = [
            {
                "kind": "inSource",
                "justification": f"{f.deviation.reason} ({t('label.accepted_by', lang)} "
                f"{f.deviation.accepted_by})",
            }
        ]
    return out


def sarif_document(results: Sequence[Result], ctx: RenderContext) -> dict[str, Any]:
    lang = ctx.lang
    rules = [_rule(r, ctx.catalog, lang) for r in ctx.catalog.rules] + [_input_rule(lang)]
    index = {r["id"]: i for i, r in enumerate(rules)}
    out: list[dict[str, Any]] = []
    for r in results:
        if isinstance(r, Invalid):
            for e in r.errors(lang):
                out.append(
                    {
                        "ruleId": INPUT_RULE,
                        "ruleIndex": index[INPUT_RULE],
                        "level": "error",
                        "message": {"text": e["message"]},
                        "locations": [_location(r.shown_file(lang), e["line"], e["column"])],
                    }
                )
            continue
        for f in r.findings:
            if f.status != "met":
                out.append(_result(r, f, index[f.rule], ctx))
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "readiness",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "language": "nb-NO" if lang == "nb" else "en-US",
                        "rules": rules,
                    }
                },
                "language": "nb-NO" if lang == "nb" else "en-US",
                "columnKind": "unicodeCodePoints",
                "results": out,
                "properties": {"as_of": ctx.as_of.isoformat(), "strict": ctx.strict},
            }
        ],
    }


def render(results: Sequence[Result], ctx: RenderContext) -> str:
    return json.dumps(sarif_document(results, ctx), ensure_ascii=False, indent=2) + "\n"
