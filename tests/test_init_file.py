"""readiness/format/template.py and `readiness init`, and the new user's whole flow:
init → edit → check → plan → whatif → --write."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from readiness.assess.assessment import assess
from readiness.catalog.load import default_catalog
from readiness.cli.main import main
from readiness.format.load import load_text
from readiness.format.model import Initiative
from readiness.format.template import PHASES, initiative_template
from tests.helpers import AS_OF

GATE = {"idea": "preproject", "pre_project": "establishment", "establishment": "operation"}


def _run(*args: str):  # noqa: ANN202
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("phase", PHASES)
def test_template_is_valid_and_not_ready_with_every_prerequisite_listed(phase: str) -> None:
    catalog = default_catalog()
    text = initiative_template(phase, catalog, "schema/initiative.schema.json")  # type: ignore[arg-type]
    assert text.startswith("# yaml-language-server: $schema=schema/initiative.schema.json\n")
    a = assess(load_text(text, "ny.yaml", catalog), catalog, as_of=AS_OF)
    assert a.gate == GATE[phase] and a.verdict == "not_ready"
    required = [r.id for r in catalog.rules_for(a.gate) if r.severity == "required"]
    # the template starts with one core party of each level, so only IDE-01 is met
    assert a.missing_prerequisites == [r for r in required if r != "IDE-01"]


def _keys(model: Any, prefix: str = "") -> list[str]:
    from readiness.format.model import is_section, keys_of
    from readiness.format.template import _unwrap

    out = []
    for f in keys_of(model):
        out.append(f.key)
        inner, _ = _unwrap(f.annotation)
        if is_section(inner):
            out += _keys(inner)
    return out


def test_every_key_of_the_format_is_present_or_commented_with_a_description() -> None:
    text = initiative_template("idea", default_catalog(), "s.json")
    keys_in_text = set(re.findall(r"^[ #-]*([a-z_]+):", text, re.M))
    assert set(_keys(Initiative)) <= keys_in_text
    assert (
        "# Parten som holder i forprosjektet (idéfaseheftet, pkt. 1.12, sjekklistepunkt 6). "
        "Kreves av" in text
    )
    # a recommendation or a piece of advice is not called a requirement
    said = " ".join(line.strip("# ") for line in text.splitlines())
    assert "pkt. 1.4). Råd i IDE-19." in said and "Kreves av IDE-19" not in said
    assert "# pre_project:" in text and "\npre_project:" not in text  # a later phase: commented out
    assert "\npre_project:" in initiative_template("pre_project", default_catalog(), "s.json")


def test_init_to_stdout_and_refusing_an_existing_file(tmp_path: Path) -> None:
    r = _run("init")
    assert r.exit_code == 0 and r.output.startswith("# yaml-language-server: $schema=")
    out = tmp_path / "ny.yaml"
    out.write_text("mitt arbeid\n", encoding="utf-8")
    r = _run("init", "-o", str(out))
    assert r.exit_code == 2 and "finnes allerede" in r.output
    assert out.read_text(encoding="utf-8") == "mitt arbeid\n"
    assert _run("init", "--phase", "drift").exit_code == 2


def test_a_new_users_flow_init_edit_check_plan_whatif_write(tmp_path: Path) -> None:
    as_of = ["--as-of", AS_OF.isoformat()]
    file = tmp_path / "telemark.yaml"
    assert _run("init", "-o", str(file)).exit_code == 0

    # edit, as a coordinator would: name the initiative and its parties, tick item 1
    text = file.read_text(encoding="utf-8")
    text = text.replace('name: "FACT Ung (navn på området)"', "name: FACT Ung Telemark")
    text = text.replace("name: Navn på kommunen", "name: Skien kommune")
    text = text.replace("  model_studied: false", "  model_studied: true")
    file.write_text(text, encoding="utf-8")
    edited = file.read_bytes()

    check = _run("check", str(file), *as_of)
    assert check.exit_code == 1 and "IKKE KLAR" in check.output and "IDE-14" not in check.output

    plan = _run("plan", str(file), "--format", "json", *as_of)
    assert plan.exit_code == 1
    steps = json.loads(plan.output)["steps"]
    assert steps[0]["rule"] == "IDE-02"  # checklist item 1 is done; item 2 comes next
    sets = [
        f"{e['path']}={json.dumps(e['value'], ensure_ascii=False)}"
        for s in steps
        for e in s["example"]
    ]

    ready = tmp_path / "telemark-klar.yaml"
    whatif = _run(
        "whatif", str(file), *[a for s in sets for a in ("--set", s)], "--write", str(ready), *as_of
    )
    assert whatif.exit_code == 0, whatif.output
    assert "IKKE KLAR → KLAR" in whatif.output

    assert file.read_bytes() == edited  # the input is never modified
    written = ready.read_text(encoding="utf-8")
    assert written.startswith("# yaml-language-server: $schema=")
    assert (
        "# Parten som holder i forprosjektet (idéfaseheftet, pkt. 1.12, sjekklistepunkt 6)."
        in written
    )
    assert _run("check", str(ready), *as_of).exit_code == 0
