"""Every key and every choice of the initiative format has a label in both languages
(readiness/text/fields.py), and no label names a key the format does not have."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

import pytest

from readiness.format.labels import choice_label, field_label
from readiness.format.model import Initiative, is_section, keys_of
from readiness.text import MESSAGES


def _section_in(annotation: Any) -> type | None:
    if is_section(annotation):
        return annotation
    for arg in typing.get_args(annotation):
        found = _section_in(arg)
        if found is not None:
            return found
    return None


def _choices(annotation: Any) -> list[str]:
    if typing.get_origin(annotation) is typing.Literal:
        return [str(a) for a in typing.get_args(annotation)]
    return [c for a in typing.get_args(annotation) for c in _choices(a)]


def _keys(section: type = Initiative, prefix: str = "") -> Iterator[tuple[str, list[str]]]:
    for key in keys_of(section):
        path = f"{prefix}.{key.key}" if prefix else key.key
        yield path, _choices(key.annotation)
        inner = _section_in(key.annotation)
        if inner is not None:
            yield from _keys(inner, path)


KEYS = list(_keys())


@pytest.mark.parametrize(("path", "choices"), KEYS, ids=[p for p, _ in KEYS])
def test_every_key_and_choice_has_a_label_in_both_languages(path: str, choices: list[str]) -> None:
    nb, en = field_label(path, "nb"), field_label(path, "en")
    assert nb and en and nb != path, path
    for choice in [] if path == "schema_version" else choices:
        assert choice_label(path, choice, "nb") and choice_label(path, choice, "en"), (path, choice)


def test_no_label_names_a_key_or_choice_the_format_does_not_have() -> None:
    known = {f"field.{p}" for p, _ in KEYS}
    known |= {f"choice.{p}.{c}" for p, choices in KEYS for c in choices}
    labels = {k for k in MESSAGES if k.startswith(("field.", "choice."))}
    assert labels - known == set()


def test_a_path_with_items_is_labelled_as_its_key() -> None:
    assert field_label("parties[siljan].stance", "nb") == "holdning til forprosjekt"
    assert field_label(("parties", 2, "leadership", "level"), "en") == "leadership's anchoring"
    assert choice_label("parties[0].kind", "municipality", "nb") == "kommune"
    assert field_label("parties.colour", "nb") is None
