"""The catalog as documentation: `readiness rules` (a list) and `readiness explain ID` (one rule).

Renders catalog data only (rules/*.yaml through readiness/catalog/load.py); nothing is assessed.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from typing import Any

from readiness.catalog.records import Catalog, Rule, Texts
from readiness.render.words import basis_label, cite
from readiness.text import Lang, money, t

_WIDTH = 96


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(
        " ".join(text.split()), width=_WIDTH, initial_indent=indent, subsequent_indent=indent
    )


def _in(text: str | Texts, lang: Lang) -> str:
    """A text of the call: in both languages (rules/call.yaml), or as a user's call file
    wrote it."""
    return text.get(lang) if isinstance(text, Texts) else text


def _fill(text: str, catalog: Catalog, lang: Lang) -> str:
    return catalog.fill_doc(text, lang)


def rule_record(rule: Rule, catalog: Catalog, lang: Lang) -> dict[str, Any]:
    """One rule as plain data, in the user's language (the JSON of `rules` and `explain`)."""
    doc = catalog.documents.get(rule.source.document)
    out: dict[str, Any] = {
        "id": rule.id,
        "name": rule.name,
        "severity": rule.severity,
        "basis": rule.basis,
        "waivable": rule.waivable,
        "gates": list(rule.gates),
        "scope": rule.scope,
        "path": rule.path,
        "title": rule.title.get(lang).strip(),
        "condition": rule.condition.get(lang).strip(),
        "message": _fill(rule.message.get(lang).strip(), catalog, lang),
        "remedy": _fill(rule.remedy.get(lang).strip(), catalog, lang),
        "source": {
            "document": rule.source.document,
            "title": doc.title if doc else None,
            "section": rule.source.notation,
            "quote": rule.source.quote,
            "cited": cite(rule.source, catalog, lang),
        },
    }
    if rule.scope == "application":
        call = catalog.call
        out["call"] = {
            **call._asdict(),
            "name": call.name._asdict(),
            "deadline": call.said(call.deadline, lang),
            "note": call.said(call.note, lang),
        }
    return out


# -- readiness rules ---------------------------------------------------------------------------
def _heading(rules: Sequence[Rule], catalog: Catalog, gate: str | None, lang: Lang) -> str:
    if gate is None:
        return t("rules.heading", lang, version=catalog.version, count=len(rules))
    return t(
        "rules.gate_heading",
        lang,
        count=len(rules),
        gate=gate,
        gate_name=catalog.gate(gate).name.get(lang),
    )


def render_rules(
    rules: Sequence[Rule], catalog: Catalog, fmt: str, lang: Lang, gate: str | None = None
) -> str:
    if fmt == "json":
        doc = {
            "catalog_version": catalog.version,
            "gate": gate,
            "rules": [rule_record(r, catalog, lang) for r in rules],
        }
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        lines = [
            f"## {_heading(rules, catalog, gate, lang)}",
            "",
            f"| {t('label.id', lang)} | {t('label.name', lang)} | {t('label.severity', lang)} | "
            f"{t('label.basis', lang)} | {t('label.waivable', lang)} | {t('label.gates', lang)} | "
            f"{t('label.title', lang)} | {t('label.source', lang)} |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in rules:
            lines.append(
                f"| {r.id} | `{r.name}` | {t('severity.' + r.severity, lang)} | "
                f"{basis_label(catalog, r.basis, lang)} | "
                f"{t('yes' if r.waivable else 'no', lang)} | {', '.join(r.gates)} | "
                f"{r.title.get(lang).strip().replace('|', chr(92) + '|')} | "
                f"{cite(r.source, catalog, lang)} |"
            )
        return "\n".join(lines) + "\n"
    lines = [_heading(rules, catalog, gate, lang), ""]
    for r in rules:
        sev = t("severity." + r.severity, lang)
        lines.append(f"{r.id}  {sev:<10} {r.name:<34} {', '.join(r.gates)}")
        lines.append(_wrap(r.title.get(lang), "        "))
        basis = basis_label(catalog, r.basis, lang)
        lines.append(_wrap(f"{basis} · {cite(r.source, catalog, lang)}", "        "))
    lines += ["", "readiness explain ID"]
    return "\n".join(lines) + "\n"


# -- readiness explain ------------------------------------------------------------------------
def render_explain(rule: Rule, catalog: Catalog, lang: Lang, fmt: str = "text") -> str:
    rec = rule_record(rule, catalog, lang)
    if fmt == "json":
        return json.dumps(rec, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return explain_markdown(rule, catalog, lang)
    src = rec["source"]
    basis = catalog.bases.get(rule.basis)
    gates = ", ".join(f"{g} ({catalog.gate(g).name.get(lang)})" for g in rule.gates)
    waivable = "yes" if rule.waivable else "no"
    lines = [
        f"{rule.id}  {rule.name}",
        _wrap(rec["title"], ""),
        "",
        f"{t('label.severity', lang)}: {t('severity.' + rule.severity, lang)}",
        _wrap(
            f"{t('label.basis', lang)}: {basis_label(catalog, rule.basis, lang)}."
            + (f" {basis.about.get(lang).strip()}" if basis else ""),
            "",
        ),
        f"{t('label.gates', lang)}: {gates}",
        f"{t('label.scope', lang)}: {t('scope.' + rule.scope, lang)}",
        f"{t('label.path', lang)}: {rule.path}",
        f"{t('label.waivable', lang)}: {t(f'waivable.{waivable}', lang)}",
        "",
        f"{t('label.condition', lang)}:",
        _wrap(rec["condition"]),
        "",
        f"{t('label.why', lang)}:",
        _wrap(t("explain.why.quote" if src["quote"] else "explain.why", lang, source=src["cited"])),
    ]
    if src["quote"]:
        lines.append(_wrap(f"«{src['quote'].strip()}»"))
    lines += ["", f"{t('label.remedy', lang)}:", _wrap(rec["remedy"])]
    if rule.scope == "application":
        call = catalog.call
        limits = ", ".join(f"{g} {money(v, lang)}" for g, v in call.amount_limits.items())
        lines += [
            "",
            f"{t('label.call', lang)}: {call.name.get(lang)}",
            f"  {t('label.year', lang)}: {call.year}",
            f"  {t('label.amount_limits', lang)}: {limits}",
        ]
        if call.deadline:
            lines.append(f"  {t('label.deadline', lang)}: {call.said(call.deadline, lang)}")
        if call.note:
            lines.append(_wrap(call.said(call.note, lang) or ""))
    return "\n".join(lines) + "\n"


# -- readiness explain --format markdown (also SARIF's help for each rule) ---------------------
def explain_markdown(rule: Rule, catalog: Catalog, lang: Lang) -> str:
    """`readiness explain`'s text as Markdown: what GitHub code scanning shows as a rule's help
    (readiness/render/sarif.py)."""
    rec = rule_record(rule, catalog, lang)
    src = rec["source"]
    gates = ", ".join(f"`{g}` ({catalog.gate(g).name.get(lang)})" for g in rule.gates)
    waivable = "yes" if rule.waivable else "no"

    def para(text: str) -> str:
        return " ".join(text.split())

    lines = [
        f"**{rule.id}** `{rule.name}`: {para(rec['title'])}",
        "",
        f"- **{t('label.severity', lang)}:** {t('severity.' + rule.severity, lang)}",
        f"- **{t('label.basis', lang)}:** {basis_label(catalog, rule.basis, lang)}",
        f"- **{t('label.gates', lang)}:** {gates}",
        f"- **{t('label.scope', lang)}:** {t('scope.' + rule.scope, lang)}",
        f"- **{t('label.path', lang)}:** `{rule.path}`",
        f"- **{t('label.waivable', lang)}:** {t(f'waivable.{waivable}', lang)}",
        "",
        f"**{t('label.condition', lang)}:** {para(rec['condition'])}",
        "",
        f"**{t('label.why', lang)}:** "
        + t("explain.why.quote" if src["quote"] else "explain.why", lang, source=src["cited"]),
    ]
    if src["quote"]:
        lines += ["", f"> {para(src['quote'])}"]
    lines += ["", f"**{t('label.remedy', lang)}:** {para(rec['remedy'])}"]
    return "\n".join(lines) + "\n"
