"""Layering: data flows one way. The pipeline modules never import the CLI, the commands or
the renderers; only readiness/engine.py imports durable_rules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "readiness"
PIPELINE = [
    "source",
    "composed",
    "blockyaml",
    "personal_data",
    "model",
    "validator",
    "cache",
    "output",
    "reader",
    "loader",
    "catalog",
    "facts",
    "engine",
    "assessment",
    "results",
    "edit",
]


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("module", PIPELINE)
def test_pipeline_does_not_import_the_cli_or_renderers(module: str) -> None:
    bad = {
        n
        for n in imports_of(PACKAGE / f"{module}.py")
        if n.startswith(
            ("readiness.cli", "readiness.commands", "readiness.render", "readiness.web", "click")
        )
    }
    assert not bad, f"readiness/{module}.py imports {bad}"


def test_only_the_engine_module_imports_durable_rules() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if p.name != "engine.py"
        and any(n.split(".")[0] in ("durable", "durable_rules_engine") for n in imports_of(p))
    ]
    assert offenders == []
