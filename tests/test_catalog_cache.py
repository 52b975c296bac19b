"""The validated catalog's cache (readiness.catalog.records.load_catalog): a hit gives the catalog
that
validation gives without building the schema's pydantic models; anything unreadable, stale or
corrupt is a miss; faults in the files are reported as without a cache."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest
import yaml

from readiness.catalog.load import load_catalog
from readiness.catalog.records import Catalog
from readiness.errors import CatalogError, InputError
from tests.helpers import ROOT, cold_checks


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("READINESS_NO_CACHE", raising=False)
    monkeypatch.setenv("READINESS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "readiness"


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", copy)
    return copy


def _plain(catalog: Catalog) -> tuple[object, ...]:
    return (
        catalog.version,
        catalog.documents,
        catalog.parameters,
        catalog.gates,
        catalog.call,
        catalog.rules,
    )


def _entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("catalog-*.pickle"))


def test_a_hit_is_the_validated_catalog(cache: Path, rules: Path, monkeypatch) -> None:
    first = load_catalog(rules)  # a miss: validated, then stored
    assert len(_entries(cache)) == 1
    second = load_catalog(rules)  # a hit
    assert second is not first
    monkeypatch.setenv("READINESS_NO_CACHE", "1")
    assert _plain(second) == _plain(first) == _plain(load_catalog(rules))
    assert second.rule("IDE-01") == first.rule("IDE-01")
    assert [r.id for r in second.rules] == [r.id for r in first.rules]


def test_a_hit_builds_no_schema_model(tmp_path: Path) -> None:
    """The point of the cache: a cold start with a cached catalog (and format validator) never
    imports pydantic."""
    assert cold_checks(tmp_path, "pydantic") == [
        ["0", "True"],  # a miss validates
        ["0", "False"],  # a hit does not
    ]


def test_a_changed_file_is_a_miss(cache: Path, rules: Path) -> None:
    load_catalog(rules)
    path = rules / "ide.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[0]["title"]["en"] = "A new title"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert load_catalog(rules).rule(data[0]["id"]).title.en == "A new title"
    assert len(_entries(cache)) == 2


def test_a_removed_rule_file_is_a_miss(cache: Path, rules: Path) -> None:
    load_catalog(rules)
    (rules / "app.yaml").unlink()  # validated again: the gates' plan_order names APP rules
    with pytest.raises(CatalogError, match="plan_order names APP-"):
        load_catalog(rules)


@pytest.mark.parametrize(
    "content",
    [b"", b"not a pickle", pickle.dumps({"rules": []}), b"\x80\x05truncated"],
    ids=["empty", "garbage", "not-a-catalog", "truncated"],
)
def test_a_corrupt_cache_is_a_miss_and_is_rewritten(
    cache: Path, rules: Path, content: bytes
) -> None:
    good = load_catalog(rules)
    (entry,) = _entries(cache)
    entry.write_bytes(content)
    assert _plain(load_catalog(rules)) == _plain(good)
    assert isinstance(pickle.loads(entry.read_bytes()), Catalog)  # noqa: S301


def test_an_unwritable_cache_is_ignored(tmp_path: Path, rules: Path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be", encoding="utf-8")
    monkeypatch.delenv("READINESS_NO_CACHE", raising=False)
    monkeypatch.setenv("READINESS_CACHE_DIR", str(blocker))
    assert load_catalog(rules).has_rule("IDE-01")


def test_writes_leave_no_temporary_files(cache: Path, rules: Path) -> None:
    load_catalog(rules)
    assert [p.name for p in cache.iterdir() if not p.name.endswith(".pickle")] == []


def test_no_cache_writes_nothing(cache: Path, rules: Path, monkeypatch) -> None:
    monkeypatch.setenv("READINESS_NO_CACHE", "1")
    load_catalog(rules)
    assert not cache.exists()


def test_a_call_file_is_part_of_the_key(cache: Path, rules: Path, tmp_path: Path) -> None:
    call = tmp_path / "call.yaml"
    text = (rules / "call.yaml").read_text(encoding="utf-8")
    call.write_text(text.replace("year: 2026", "year: 2031"), encoding="utf-8")
    assert load_catalog(rules).call.year == 2026
    assert load_catalog(rules, call_file=call).call.year == 2031
    assert load_catalog(rules, call_file=call).call.year == 2031  # a hit
    call.write_text(text.replace("year: 2026", "year: 2032"), encoding="utf-8")
    assert load_catalog(rules, call_file=call).call.year == 2032


def test_faults_are_reported_with_a_cache_too(cache: Path, rules: Path, tmp_path: Path) -> None:
    """Only valid catalogs are cached: a fault is reported on every load, as without a cache."""
    path = rules / "ide.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[0]["severity"] = "must"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(CatalogError) as err:
            load_catalog(rules)
        assert str(err.value) == (
            f"rules/ide.yaml: rule {data[0]['id']}: severity: "
            "Input should be 'required', 'recommended' or 'advice'"
        )
    call = tmp_path / "call.yaml"
    call.write_text("year: 2027\nname: {nb: a, en: b}\namount_limits: {preproject: -1}\n")
    for _ in range(2):
        with pytest.raises(InputError) as input_err:
            load_catalog(ROOT / "rules", call_file=call)
        assert input_err.value.lines("en")[0].startswith(
            f"{call}:3:17: the call file (--call) cannot be used: amount_limits.preproject: "
            "a limit is 0 or more."
        )
    assert _entries(cache) == []


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda rules: rules[0].__setitem__("id", "IDE-1"),
            "rules/ide.yaml: rule IDE-1: id must be IDE- and two digits (ide.yaml)",
        ),
        (
            lambda rules: rules[0].__setitem__("colour", "red"),
            "rules/ide.yaml: rule IDE-01: colour: Extra inputs are not permitted",
        ),
        (
            lambda rules: rules[0].__setitem__("title", "x"),
            "rules/ide.yaml: rule IDE-01: title: Input should be a tuple, list, dictionary or an "
            "instance of Texts",
        ),
        (
            lambda rules: rules[0]["title"].__setitem__("nb", ""),
            "rules/ide.yaml: rule IDE-01: a text is blank in one language",
        ),
        (
            lambda rules: rules[0].__setitem__("unmet_when", [{"any": []}]),
            "rules/ide.yaml: rule IDE-01: each alternative must be {all: [condition, ...]}",
        ),
        (
            lambda rules: rules.append(dict(rules[0])),
            "rules/ide.yaml: rule IDE-01 is defined twice",
        ),
        (
            lambda rules: rules[0]["source"].__setitem__("document", "nope"),
            "rules/ide.yaml: rule IDE-01: unknown source document 'nope'; known: idefase, "
            "horingssvar-2023, tilskudd",
        ),
    ],
    ids=["id", "extra", "texts", "empty-text", "alternative", "twice", "document"],
)
def test_a_malformed_rule_is_named(cache: Path, rules: Path, mutate, message: str) -> None:
    path = rules / "ide.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data[0]["id"] == "IDE-01"
    mutate(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog(rules)
    assert str(err.value) == message
