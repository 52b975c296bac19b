"""readiness/format/schema.py and `readiness schema`: the committed schema stays in sync with the
model."""

from __future__ import annotations

import json
import typing
from pathlib import Path

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
