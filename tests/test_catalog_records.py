"""The catalog's runtime records (readiness.catalog.records) keep what the pydantic models gave
their users: Texts validates as before inside other models (readiness.render.report.view), Call
dumps as before."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from readiness.catalog.records import Texts, default_catalog


class _Spec(BaseModel):
    text: Texts


def test_texts_in_a_model_gives_the_record() -> None:
    spec = _Spec.model_validate({"text": {"nb": "Hei", "en": "Hello"}})
    assert spec.text == Texts(nb="Hei", en="Hello")
    assert isinstance(spec.text, Texts)
    assert spec.text.get("en") == "Hello"


@pytest.mark.parametrize(
    ("text", "loc", "msg"),
    [
        ({"nb": "", "en": "x"}, ("text", "nb"), "String should have at least 1 character"),
        ({"nb": "x"}, ("text", "en"), "Field required"),
        ({"nb": "x", "en": "y", "de": "z"}, ("text", "de"), "Extra inputs are not permitted"),
        (["x", "y"], ("text",), "Input should be a valid dictionary or instance of Texts"),
    ],
)
def test_texts_in_a_model_is_validated_as_the_schema_does(
    text: object, loc: tuple[str, ...], msg: str
) -> None:
    with pytest.raises(ValidationError) as err:
        _Spec.model_validate({"text": text})
    first = err.value.errors()[0]
    assert (first["loc"], first["msg"]) == (loc, msg)


def test_the_call_dumps_to_plain_data() -> None:
    call = default_catalog().call
    dumped = call.model_dump()
    assert list(dumped) == ["year", "name", "amount_limits", "deadline", "note"]
    assert dumped["name"] == {"nb": call.name.nb, "en": call.name.en}
    assert dumped["amount_limits"] == call.amount_limits
