"""`readiness rules` and `readiness explain` (readiness/render/catalog_docs.py)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from readiness.catalog.load import default_catalog
from readiness.cli.main import main


def invoke(*args: str):  # noqa: ANN201
    return CliRunner().invoke(main, list(args))


def test_rules_lists_the_whole_catalog_in_order() -> None:
    catalog = default_catalog()
    res = invoke("rules", "--format", "json")
    assert res.exit_code == 0
    doc = json.loads(res.stdout)
    assert [r["id"] for r in doc["rules"]] == catalog.ids
    assert all(r["source"]["section"] and r["remedy"] for r in doc["rules"])


def test_rules_for_one_gate() -> None:
    catalog = default_catalog()
    res = invoke("rules", "--gate", "preproject")
    assert res.exit_code == 0
    expected = [r.id for r in catalog.rules if "preproject" in r.gates]
    listed = [
        line.split()[0]
        for line in res.stdout.splitlines()
        if line[:3] in ("GEN", "IDE", "FOR", "ETB", "APP")
    ]
    assert listed == expected
    assert f"{len(expected)} regler for porten preproject" in res.stdout


def test_rules_markdown_table() -> None:
    res = invoke("rules", "--format", "markdown", "--lang", "en")
    assert res.exit_code == 0
    rows = [line for line in res.stdout.splitlines() if line.startswith("| ") and "-" in line[:9]]
    assert len(rows) == len(default_catalog().ids)
    assert (
        "| IDE-05 | `agreement.binding_intent` | required | Condition of the grant scheme | no |"
        in res.stdout
    )


def test_explain_shows_the_full_documentation() -> None:
    rule = default_catalog().rule("IDE-05")
    res = invoke("explain", "IDE-05")
    assert res.exit_code == 0
    out = " ".join(res.stdout.split())
    for text in (rule.title.nb, rule.condition.nb, rule.remedy.nb, rule.source.section):
        assert " ".join(text.split()) in out
    assert rule.source.quote and " ".join(rule.source.quote.split()) in out
    assert "Kan fravikes: nei" in out and "Alvorlighet: påkrevd" in out
    assert "Sti i filen: agreement" in out and "Porter: preproject" in out


def test_explain_in_english_and_by_name() -> None:
    res = invoke("explain", "youth.involved", "--lang", "en")
    assert res.exit_code == 0
    assert res.stdout.startswith("IDE-06  youth.involved")
    assert "Waivable: yes" in res.stdout and "Do this:" in res.stdout


@pytest.mark.parametrize("key", ["ide-05", "IDE-5", "ide5"])
def test_explain_accepts_loose_ids(key: str) -> None:
    res = invoke("explain", key)
    assert res.exit_code == 0 and res.stdout.startswith("IDE-05")


def test_explain_unknown_id_suggests_the_closest() -> None:
    res = invoke("explain", "IDE-99")
    assert res.exit_code == 2
    assert "ukjent regel «IDE-99»" in res.stderr and "mente du" in res.stderr
    assert "Kjente regler: GEN-01, GEN-02" in res.stderr
    res = invoke("explain", "xyz", "--lang", "en")
    assert res.exit_code == 2 and "Known rules: GEN-01" in res.stderr
    assert "Traceback" not in res.output


def test_explain_application_rules_show_the_call() -> None:
    catalog = default_catalog()
    app = [r for r in catalog.rules if r.scope == "application"]
    assert app, "the catalog has no application rules"
    for rule in app:
        res = invoke("explain", rule.id)
        assert res.exit_code == 0
        assert f"År: {catalog.call.year}" in res.stdout
        for limit in catalog.call.amount_limits.values():
            assert f"{limit:,}".replace(",", " ") + " kr" in res.stdout
    gate_rule = next(r for r in catalog.rules if r.scope == "gate")
    assert "Utlysningen:" not in invoke("explain", gate_rule.id).stdout


def test_explain_json() -> None:
    res = invoke("explain", "IDE-05", "--format", "json")
    doc = json.loads(res.stdout)
    assert doc["id"] == "IDE-05" and doc["waivable"] is False and doc["gates"]


def test_rules_json_is_catalog_version_2_with_each_rules_basis() -> None:
    res = invoke("rules", "--format", "json")
    assert res.exit_code == 0
    doc = json.loads(res.stdout)
    assert doc["catalog_version"] == 2
    bases = {r["id"]: r["basis"] for r in doc["rules"]}
    assert bases["IDE-05"] == "grant_scheme" and bases["FOR-18"] == "national_team"
    assert bases["IDE-15"] == "booklet"
    assert set(bases.values()) == {"grant_scheme", "national_team", "booklet"}
    # right after the severity, as in the findings of `check --format json`
    keys = list(doc["rules"][0])
    assert keys[keys.index("severity") + 1] == "basis"
