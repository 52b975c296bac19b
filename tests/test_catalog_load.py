"""readiness/catalog/load.py: the catalog's files validated into its records; a fault in
rules/ is a catalog error naming the file and the rule, never a half-loaded catalog."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from readiness.catalog.load import catalog_dir, default_catalog, validate_catalog
from readiness.catalog.records import Texts
from readiness.errors import CatalogError


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(catalog_dir(), copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_catalog_is_made_of_its_records() -> None:
    catalog = default_catalog()
    rule = catalog.rule("IDE-05")
    assert isinstance(rule.title, Texts) and rule.title.get("en") != rule.title.get("nb")
    assert rule.group == "IDE" and "preproject" in rule.gates
    assert [g for g in catalog.groups] == ["GEN", "IDE", "FOR", "ETB", "APP"]
    assert catalog.gate("preproject").concluded_when
    assert catalog.report["preproject"].kind == "checklist"


@pytest.mark.parametrize(
    ("file", "old", "new", "says"),
    [
        (
            "ide.yaml",
            "  name: levels.both_involved",
            "  name: levels.both_involved\n  colour: red",
            "colour",
        ),
        ("ide.yaml", "id: IDE-02\n", "id: FOR-99\n", "IDE- and two digits"),
        ("ide.yaml", "id: IDE-02\n", "id: IDE-2\n", "IDE- and two digits"),
        ("ide.yaml", "gates: [preproject]\n", "gates: [nowhere]\n", "gates must name"),
        ("ide.yaml", "gates: [preproject]\n", "gates: []\n", "gates must name"),
        ("ide.yaml", "severity: required", "severity: urgent", "severity"),
        ("ide.yaml", "source: {document: idefase", "source: {document: ukjent", "unknown source"),
        (
            "ide.yaml",
            "    en: Both service levels",
            "    en: ' '\n    xx: Both service levels",
            "xx",
        ),
        (
            "catalog.yaml",
            "plan_order: [IDE-14,",
            "plan_order: [ETB-01, IDE-14,",
            "plan_order names ETB-01",
        ),
        ("report.yaml", "rules: [IDE-14]", "rules: [FOR-01]", "names FOR-01"),
        ("catalog.yaml", "{id: IDE, file: ide.yaml,", "{id: IDE, file: ide.yaml, x: 1,", "x"),
    ],
)
def test_a_fault_in_the_catalog_is_named(
    rules: Path, file: str, old: str, new: str, says: str
) -> None:
    _edit(rules / file, old, new)
    with pytest.raises(CatalogError) as err:
        validate_catalog(rules)
    assert says in str(err.value)


def test_a_blank_text_is_refused(rules: Path) -> None:
    _edit(
        rules / "ide.yaml",
        "    en: Both service levels are in the core of the collaboration",
        "    en: ' '",
    )
    with pytest.raises(CatalogError, match="blank"):
        validate_catalog(rules)


def test_a_condition_that_is_no_alternative_is_refused(rules: Path) -> None:
    _edit(
        rules / "catalog.yaml",
        "    concluded_when:\n      - all: [",
        "    concluded_when:\n      - any: [",
    )
    with pytest.raises(CatalogError, match="alternative"):
        validate_catalog(rules)
