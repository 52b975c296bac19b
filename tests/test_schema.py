"""readiness/format/schema.py and `readiness schema`: the committed schema stays in sync with the
model."""

from __future__ import annotations

import json
import typing
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from readiness.cli.main import main
from readiness.format.model import Initiative, is_section, keys_of
from readiness.format.schema import initiative_schema, schema_text
from tests.helpers import EXAMPLES, ROOT

COMMITTED = ROOT / "schema" / "initiative.schema.json"


def _models(model: type, seen: set[type]) -> set[type]:
    if model in seen:
        return seen
    seen.add(model)
    for f in keys_of(model):
        stack = [f.annotation]
        while stack:
            a = stack.pop()
            stack += typing.get_args(a)
            if is_section(a):
                _models(a, seen)
    return seen


def test_committed_schema_is_the_generated_one() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), (
        "schema/initiative.schema.json is out of date: run `readiness schema > "
        "schema/initiative.schema.json`"
    )


def test_cli_prints_the_schema() -> None:
    res = CliRunner().invoke(main, ["schema"])
    assert res.exit_code == 0
    doc = json.loads(res.stdout)
    assert list(doc)[:3] == ["$schema", "$id", "title"]
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(doc)


def test_every_field_has_a_norwegian_description() -> None:
    models = _models(Initiative, set())
    assert len(models) > 20
    for model in models:
        for f in keys_of(model):
            assert f.description.strip(), f"{model.__name__}.{f.name} has no description"


def test_schema_refuses_unknown_keys_everywhere() -> None:
    doc = initiative_schema()
    assert doc["additionalProperties"] is False
    assert all(d.get("additionalProperties") is False for d in doc["$defs"].values())


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_examples_validate_and_point_at_the_schema(example: str) -> None:
    text = (EXAMPLES / example).read_text(encoding="utf-8")
    assert "# yaml-language-server: $schema=../schema/initiative.schema.json" in text
    # as an editor sees the file: YAML dates are strings there
    data = json.loads(json.dumps(yaml.safe_load(text), default=str))
    jsonschema.Draft202012Validator(initiative_schema()).validate(data)


def test_schema_rejects_a_misspelt_key() -> None:
    data = yaml.safe_load((EXAMPLES / "vestfold-nord-klar.yaml").read_text(encoding="utf-8"))
    data = json.loads(json.dumps(data, default=str))
    data["parties"][0]["leadershp"] = {"level": "none"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, initiative_schema(), cls=jsonschema.Draft202012Validator)


def test_readme_shows_the_editor_line() -> None:
    assert "# yaml-language-server: $schema=" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert Path(COMMITTED).is_file()


# -- the editor's schema and the tool agree ----------------------------------------------------
def test_titles_are_the_norwegian_labels() -> None:
    """Not pydantic's generated English ("Contact Established")."""
    from readiness.format.labels import field_label

    doc = initiative_schema()
    party = doc["$defs"]["Party"]["properties"]
    assert party["contact_established"]["title"] == field_label("parties.contact_established", "nb")
    titles = [
        p["title"] for d in [doc, *doc["$defs"].values()] for p in d.get("properties", {}).values()
    ]
    assert titles and all(t[:1].islower() or not t[:1].isalpha() for t in titles), titles
    assert "Contact Established" not in json.dumps(doc)


def test_choices_say_what_they_mean() -> None:
    from readiness.format.labels import choice_label

    kind = initiative_schema()["$defs"]["Party"]["properties"]["kind"]
    assert kind["enumDescriptions"] == [choice_label("parties.kind", v, "nb") for v in kind["enum"]]


def _mutations() -> list[tuple[str, str]]:
    """(name, YAML text): the examples, and each with one value of the wrong type or out of
    range, a key too many or one missing, written as an editor's user would."""
    import copy
    import random

    from bench.corpus import RandomDraw, build_initiative, dump_yaml

    bases = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.yaml"))]
    bases += [build_initiative(RandomDraw(seed)) for seed in range(4)]
    edits: list[tuple[str, Any]] = [
        ("parties.0.core", "yes"),
        ("parties.0.core", "true"),
        ("parties.0.core", 1),
        ("parties.0.core", "no"),
        ("parties.0.name", 70),
        ("parties.0.id", "Ikke Slug"),
        ("parties.0.kind", "kommune"),
        ("parties.0.contact_established", "2026-02-30"),
        ("parties.0.contact_established", "15.01.2026"),
        ("parties.0.contact_established", 20260115),
        ("target_group.estimated_size", "70"),
        ("target_group.estimated_size", 70.5),
        ("target_group.estimated_size", 70.0),
        ("pre_project.staffing_plan", [{"role": "lege", "level": "municipal", "fte": 1}]),
        ("schema_version", 1.0),
        ("target_group.estimated_size", -1),
        ("target_group.age_min", -3),
        ("target_group.age_max", 400),
        ("target_group.age_min", 12),
        ("catchment.population", True),
        ("catchment.population", None),
        ("schema_version", 2),
        ("schema_version", "1"),
        ("initiative.phase", "idé"),
        ("initiative.name", None),
        ("agreement.status", "Signed"),
        ("agreement.parties", "kommune"),
        ("youth_involvement", {}),
        ("checklist.model_studied", "ja"),
        ("parties.0.leadershp", {"level": "none"}),
        ("ukjent_nokkel", 1),
    ]
    out = [(f"example-{i}", dump_yaml(b)) for i, b in enumerate(bases)]
    rng = random.Random(24)
    for i, (path, value) in enumerate(edits):
        for j, base in enumerate(rng.sample(bases, 3)):
            data = copy.deepcopy(base)
            node: Any = data
            keys = path.split(".")
            for k in keys[:-1]:
                k2: Any = int(k) if k.isdigit() else k
                if isinstance(node, dict) and node.get(k2) is None:
                    node[k2] = {}
                node = node[k2]
            node[keys[-1]] = value
            out.append((f"mutation-{i}-{j}-{path}={value!r}", dump_yaml(data)))
    for i, base in enumerate(bases[:6]):  # a required key missing
        data = copy.deepcopy(base)
        del data["initiative"]["phase"]
        out.append((f"missing-{i}-initiative.phase", dump_yaml(data)))
    return out


def test_check_jsonschema_and_readiness_agree(tmp_path: Path) -> None:
    """check-jsonschema (what editors' CI and pre-commit users run over YAML) accepts a file
    exactly when `readiness check` finds no type or shape problem in it: exit 2 with a problem
    of the format (schema.*, date.*), not one of references between keys, which no JSON
    Schema can express."""
    import subprocess

    from readiness.catalog.load import default_catalog
    from readiness.errors import InputError
    from readiness.format.load import load_file
    from tests.helpers import external_tool

    tool = external_tool("check-jsonschema")
    catalog = default_catalog()
    files: dict[str, str] = {}
    for i, (name, text) in enumerate(_mutations()):
        path = tmp_path / f"f{i:03d}.yaml"
        path.write_text(text, encoding="utf-8")
        files[str(path)] = name
    ours: dict[str, bool] = {}
    for file in files:
        try:
            load_file(file, catalog)
            ours[file] = True
        except InputError as exc:
            keys = {p.key for p in exc.problems}
            typed = {k for k in keys if k.startswith(("schema.", "date."))}
            ours[file] = not typed
    proc = subprocess.run(
        [tool, "--schemafile", str(COMMITTED), "--output-format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(proc.stdout)
    rejected = {e["filename"] for e in report.get("errors", [])}
    assert not report.get("parse_errors"), report.get("parse_errors")
    theirs = {path: path not in rejected for path in files}
    differ = [
        f"{files[p]}: readiness {ours[p]}, check-jsonschema {theirs[p]}"
        for p in files
        if ours[p] != theirs[p]
    ]
    assert differ == [], "\n".join(differ)
    # and the corpus has both kinds, so the comparison can fail
    assert sum(theirs.values()) >= 10 and len(rejected) >= 40
