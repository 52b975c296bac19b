"""The initiative format's JSON Schema, generated from the pydantic model (readiness/model.py).

Editors use it for completion and hover help (the model's Norwegian field descriptions): a
file that starts with ``# yaml-language-server: $schema=…`` gets them in VS Code (Red Hat's
YAML extension) and other yaml-language-server clients. The same schema is committed at
schema/initiative.schema.json; tests/test_schema.py keeps the two in sync.
"""

from __future__ import annotations

import json
from typing import Any

from readiness.model import Initiative

DIALECT = "https://json-schema.org/draft/2020-12/schema"
# A stable identifier of format version 1 (a URN: it names the schema, it is not fetched).
SCHEMA_ID = "urn:readiness:initiative:1"
TITLE = "FACT Ung-initiativ (readiness, formatversjon 1)"


def initiative_schema() -> dict[str, Any]:
    """The JSON Schema of an initiative file, with $schema, $id and title first."""
    generated = Initiative.model_json_schema(by_alias=True, mode="validation")
    generated.pop("title", None)
    return {"$schema": DIALECT, "$id": SCHEMA_ID, "title": TITLE, **generated}


def schema_text() -> str:
    return json.dumps(initiative_schema(), ensure_ascii=False, indent=2) + "\n"
