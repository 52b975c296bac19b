"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run. ``tool.driver.rules`` is the whole catalog (plus one rule for input errors), each with
its title, condition and, as its help, `readiness explain`'s text (plain and Markdown);
``results`` holds every finding that is not met: level ``error`` for a required rule,
``warning`` for a recommended one, ``note`` for advice (and ``note`` for everything in a
concluded assessment, which does not fail). An accepted deviation is a result at level
``note`` with an accepted suppression carrying its reason (GitHub does not read
``suppressions``: at ``note`` it never fails a pull request's check; docs/ci.md).

Each result points at the file and the line and column of the rule's path: a URI relative to
the repository's root with ``uriBaseId`` %SRCROOT% (``run.originalUriBaseIds`` says where
that is), or an absolute ``file://`` URI for a file outside it (readiness/render/source.py),
and carries ``partialFingerprints`` that stay the same from run to run. Built as plain data and
serialised with json; tests validate it against the 2.1.0 schema and with Sarif.Multitool.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import Any

from readiness import __version__
from readiness.assess.assessment import Assessment, Finding
from readiness.assess.results import Invalid, Result
from readiness.catalog.records import Catalog, Rule
from readiness.render import RenderContext
from readiness.render.catalog_docs import explain_markdown, render_explain
from readiness.render.source import SRCROOT, artifact, fingerprint, repo_path, root_uri
from readiness.render.words import said
from readiness.text import Lang, t

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INPUT_RULE = "INPUT"
LEVELS = {"required": "error", "recommended": "warning", "advice": "note"}
# the key of readiness's own entry in partialFingerprints (GitHub adds its own beside it)
FINGERPRINT = "readinessFinding/v1"


@functools.cache
def information_uri() -> str | None:
    """Where to learn about readiness: the Homepage of the installed package's metadata
    (``[project.urls]`` in pyproject.toml), if it has one."""
    from importlib import metadata

    try:
        urls = metadata.metadata("readiness").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "source", "repository") and url.strip():
            return url.strip()
    return None


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
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.title.get(lang).strip()},
        "fullDescription": {"text": rule.condition.get(lang).strip()},
        "help": {
            "text": render_explain(rule, catalog, lang),
            "markdown": explain_markdown(rule, catalog, lang),
        },
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


def _location(
    file: str, root: str | None, line: int, column: int, path: str | None = None
) -> dict[str, Any]:
    loc: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": artifact(file, root),
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
    accepted = f.status == "accepted" and f.deviation is not None
    where = _location(a.file, ctx.source_root, f.location.line, f.location.column, f.location.path)
    out: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": index,
        "level": "note" if a.verdict == "concluded" or accepted else LEVELS[f.severity],
        "message": {"text": text},
        "locations": [where],
        "partialFingerprints": {FINGERPRINT: _fingerprint(a.file, ctx, f.rule)},
        "properties": {
            "gate": a.gate,
            "verdict": a.verdict,
            "severity": f.severity,
            "basis": f.basis,
        },
    }
    if f.parties:
        out["properties"]["parties"] = list(f.parties)
    if accepted:
        assert f.deviation is not None
        out["suppressions"] = [
            {
                "kind": "inSource",
                "status": "accepted",
                "justification": f"{f.deviation.reason} ({t('label.accepted_by', lang)} "
                f"{f.deviation.accepted_by})",
            }
        ]
    return out


def _fingerprint(file: str, ctx: RenderContext, *what: str) -> str:
    return fingerprint(repo_path(file, ctx.source_root) or file, *what)


def _input_results(r: Invalid, index: int, ctx: RenderContext) -> list[dict[str, Any]]:
    """One ``error`` per problem of a file that could not be assessed; its fingerprint is the
    problem in bokmål and its place among problems worded the same (never a line)."""
    out = []
    seen: dict[str, int] = {}
    file = r.shown_file(ctx.lang)
    for e, nb in zip(r.errors(ctx.lang), r.errors("nb"), strict=True):
        n = seen[nb["message"]] = seen.get(nb["message"], 0) + 1
        out.append(
            {
                "ruleId": INPUT_RULE,
                "ruleIndex": index,
                "level": "error",
                "message": {"text": e["message"]},
                "locations": [_location(file, ctx.source_root, e["line"], e["column"])],
                "partialFingerprints": {
                    FINGERPRINT: _fingerprint(file, ctx, INPUT_RULE, nb["message"], str(n))
                },
            }
        )
    return out


def sarif_document(results: Sequence[Result], ctx: RenderContext) -> dict[str, Any]:
    lang = ctx.lang
    rules = [_rule(r, ctx.catalog, lang) for r in ctx.catalog.rules] + [_input_rule(lang)]
    index = {r["id"]: i for i, r in enumerate(rules)}
    out: list[dict[str, Any]] = []
    for r in results:
        if isinstance(r, Invalid):
            out += _input_results(r, index[INPUT_RULE], ctx)
            continue
        for f in r.findings:
            if f.status != "met":
                out.append(_result(r, f, index[f.rule], ctx))
    driver: dict[str, Any] = {
        "name": "readiness",
        "version": __version__,
        "semanticVersion": __version__,
        "language": "nb-NO" if lang == "nb" else "en-US",
        "rules": rules,
    }
    info = information_uri()
    if info:
        driver["informationUri"] = info
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "originalUriBaseIds": {SRCROOT: {"uri": root_uri(ctx.source_root)}},
                "language": "nb-NO" if lang == "nb" else "en-US",
                "columnKind": "unicodeCodePoints",
                "results": out,
                "properties": {"as_of": ctx.as_of.isoformat(), "strict": ctx.strict},
            }
        ],
    }


def render(results: Sequence[Result], ctx: RenderContext) -> str:
    return json.dumps(sarif_document(results, ctx), ensure_ascii=False, indent=2) + "\n"
