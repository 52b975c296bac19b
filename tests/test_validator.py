"""The initiative format's validator is cached between runs (readiness/format/validator.py): a hit
must validate exactly as pydantic's own ``TypeAdapter(Initiative)``, and spare a cold start
the validator's build and pydantic's import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import TypeAdapter, ValidationError

from bench.corpus import write_corpus
from readiness.format import validator
from readiness.format.model import Initiative
from tests.helpers import EXAMPLES, cold_checks, example_data

PYDANTIC = TypeAdapter(Initiative)


@pytest.fixture
def cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A validator loaded from a fresh cache entry (stored by a first call)."""
    monkeypatch.delenv("READINESS_NO_CACHE", raising=False)
    monkeypatch.setenv("READINESS_CACHE_DIR", str(tmp_path))
    validator.initiative_validator.cache_clear()
    validator.initiative_validator()  # a miss: built and stored
    assert len(list((tmp_path / "readiness").glob("initiative-validator-*.pickle"))) == 1
    validator.initiative_validator.cache_clear()
    hit = validator.initiative_validator()
    validator.initiative_validator.cache_clear()
    return hit


def _outcome(validate: Any, data: Any) -> Any:
    try:
        return validate(data)
    except ValidationError as exc:
        return [(e["type"], e["loc"], e["msg"]) for e in exc.errors()]


def _broken(data: dict[str, Any]) -> list[Any]:
    """The data with a wrong value at each key in turn, and an unknown key."""
    out: list[Any] = [{**data, "no_such_key": 1}]
    for key, value in data.items():
        out.append({**data, key: 17 if isinstance(value, (str, dict, list)) else "x"})
    parties = data.get("parties") or []
    if parties:
        out.append({**data, "parties": [{**parties[0], "leadership": {"level": "boss"}}]})
        out.append({**data, "parties": [{k: v for k, v in parties[0].items() if k != "id"}]})
    return out


def test_a_cached_validator_validates_exactly_as_the_model(cached: Any, tmp_path: Path) -> None:
    files = sorted(EXAMPLES.glob("*.yaml")) + [
        Path(p) for p in write_corpus(tmp_path / "corpus", 30, seed=4)
    ]
    cases: list[Any] = []
    for file in files:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        cases.append(data)
        if isinstance(data, dict):
            cases += _broken(data)
    assert len(cases) > 200
    for data in cases:
        assert _outcome(cached.validate_python, data) == _outcome(PYDANTIC.validate_python, data)


def test_a_party_without_leadership_gets_the_default(cached: Any) -> None:
    data = example_data("vestfold-nord-klar.yaml")
    data["parties"][0].pop("leadership", None)
    party = cached.validate_python(data).parties[0]
    assert party.leadership == PYDANTIC.validate_python(data).parties[0].leadership
    assert party.leadership.level == "none"


def test_a_corrupt_entry_is_a_miss_and_is_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("READINESS_NO_CACHE", raising=False)
    monkeypatch.setenv("READINESS_CACHE_DIR", str(tmp_path))
    validator.initiative_validator.cache_clear()
    validator.initiative_validator()
    (entry,) = (tmp_path / "readiness").glob("initiative-validator-*.pickle")
    entry.write_bytes(b"\x80\x05truncated")
    validator.initiative_validator.cache_clear()
    data = example_data("vestfold-nord-klar.yaml")
    assert validator.initiative_validator().validate_python(data) == PYDANTIC.validate_python(data)
    assert entry.read_bytes() != b"\x80\x05truncated"
    validator.initiative_validator.cache_clear()


def test_a_warm_cache_spares_a_cold_start_the_validator_build(tmp_path: Path) -> None:
    """With the cache warm, `readiness check` neither builds the validator nor imports
    pydantic's plugin loader (importlib.metadata and an entry point scan)."""
    assert cold_checks(tmp_path, "pydantic.plugin._loader") == [
        ["0", "True"],  # a miss builds it
        ["0", "False"],  # a hit does not
    ]


def test_a_warm_cold_start_never_imports_pydantic(tmp_path: Path) -> None:
    """The format is made of dataclasses and its validator is kept: with the cache warm, a
    cold `readiness check` runs on pydantic-core alone (importing pydantic was more than half
    of a cold check's instructions)."""
    assert cold_checks(tmp_path, "pydantic") == [["0", "True"], ["0", "False"]]
