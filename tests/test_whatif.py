"""readiness/explore/whatif.py and `readiness whatif`: edits assessed like a real file; --write."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from readiness.cli.main import main
from readiness.explore.whatif import edited_text, parse_set
from tests.helpers import AS_OF, EXAMPLES

DRAFT = EXAMPLES / "vestfold-nord-forprosjekt-avtaleutkast.yaml"


def _whatif(*args: str):  # noqa: ANN202
    return CliRunner().invoke(main, ["whatif", *args, "--as-of", AS_OF.isoformat()])


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    path = tmp_path / DRAFT.name
    shutil.copyfile(DRAFT, path)
    return path


def test_json_shape() -> None:
    r = _whatif(str(DRAFT), "--set", "agreement.status=signed", "--format", "json")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    assert doc["edits"] == [{"op": "set", "path": "agreement.status", "value": "signed"}]
    assert (doc["before"]["verdict"], doc["after"]["verdict"]) == ("not_ready", "ready")
    assert [f["rule"] for f in doc["resolved"]] == ["FOR-01"]
    # the recommendations of catalog version 2 the draft does not follow stay open
    assert doc["new"] == [] and doc["unchanged"] == 4 and doc["as_of"] == AS_OF.isoformat()


def test_unset_makes_a_new_finding() -> None:
    r = _whatif(
        str(EXAMPLES / "vestfold-nord-klar.yaml"), "--unset", "services.fit", "--lang", "en"
    )
    assert r.exit_code == 1
    assert "READY → NOT READY" in r.output and "✗ IDE-10" in r.output


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--set", "agreement.stauts=signed"],
            ["agreement.stauts", "status, parties, date, document"],
        ),
        (["--set", "parties[nobody].core=true"], ["nobody", "tonsberg, faerder"]),
        (["--set", "agreement.status=maybe"], ["maybe", "intent (skriftlig intensjon)", "signed"]),
        (["--set", "target_group.age_min=tolv"], ["target_group.age_min", "heltall"]),
        (["--set", "agreement.status"], ["STI=VERDI"]),
        (["--unset", "decision.nope"], ["decision.nope", "outcome, date, rationale, document"]),
        ([], ["--set"]),
    ],
)
def test_bad_edits_are_clear_input_errors(args: list[str], expected: list[str]) -> None:
    r = _whatif(str(EXAMPLES / "vestfold-nord-klar.yaml"), *args)
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output and "intern feil" not in r.output
    for text in expected:
        assert text in r.output


def test_write_keeps_comments_and_order_and_never_touches_the_input(
    copy: Path, tmp_path: Path
) -> None:
    before = copy.read_bytes()
    out = tmp_path / "signert.yaml"
    r = _whatif(
        str(copy),
        "--set",
        "agreement.status=signed",
        "--set",
        "target_group.sources=[BUP, PPT]",
        "--write",
        str(out),
    )
    assert r.exit_code == 0, r.output
    assert copy.read_bytes() == before
    original, written = (
        before.decode("utf-8").splitlines(),
        out.read_text(encoding="utf-8").splitlines(),
    )
    assert len(original) == len(written)
    changed = [(a, b) for a, b in zip(original, written, strict=True) if a != b]
    assert [b.strip() for _, b in changed] == ["status: signed", "sources: [BUP, PPT]"]
    assert _whatif(str(out), "--set", "agreement.status=signed").exit_code == 0


def test_write_refuses_the_input_and_existing_files(copy: Path, tmp_path: Path) -> None:
    before = copy.read_bytes()
    r = _whatif(str(copy), "--set", "agreement.status=signed", "--write", str(copy), "--force")
    assert r.exit_code == 2 and "denne kjøringen leser den filen" in r.output
    other = tmp_path / "finnes.yaml"
    other.write_text("x", encoding="utf-8")
    r = _whatif(str(copy), "--set", "agreement.status=signed", "--write", str(other))
    assert r.exit_code == 2 and "--force" in r.output and other.read_text(encoding="utf-8") == "x"
    r = _whatif(str(copy), "--set", "agreement.status=signed", "--write", str(other), "--force")
    assert r.exit_code == 0 and "status: signed" in other.read_text(encoding="utf-8")
    r = _whatif(str(copy), "--set", "agreement.status=signed", "--write", str(tmp_path / "x.json"))
    assert r.exit_code == 2 and ".yaml" in r.output
    assert copy.read_bytes() == before


def test_json_input_writes_json(tmp_path: Path) -> None:
    import yaml

    data = yaml.safe_load(DRAFT.read_text(encoding="utf-8"))
    src = tmp_path / "initiativ.json"
    src.write_text(json.dumps(data, default=str, ensure_ascii=False, indent=2), encoding="utf-8")
    before = src.read_bytes()
    out = tmp_path / "signert.json"
    r = _whatif(
        str(src),
        "--set",
        "agreement.status=signed",
        "--set",
        "agreement.date=2026-09-01",
        "--write",
        str(out),
    )
    assert r.exit_code == 0, r.output
    written = json.loads(out.read_text(encoding="utf-8"))
    assert (
        written["agreement"]["status"] == "signed" and written["agreement"]["date"] == "2026-09-01"
    )
    assert src.read_bytes() == before


def test_strings_that_yaml_would_misread_are_quoted() -> None:
    text = "schema_version: 1  # v\nservices:\n  gaps: x\n"
    out = edited_text(text, [parse_set('services.gaps="true"'), parse_set("services.fit='12'")])
    assert out == 'schema_version: 1  # v\nservices:\n  gaps: "true"\n  fit: "12"\n'


def test_a_line_longer_than_any_width_is_kept_and_the_file_read_once(monkeypatch) -> None:
    """A long flow list (a thousand co-applicants) is the user's line: not re-wrapped, and
    the round trip that finds the file's indentation succeeds the first time."""
    from ruamel.yaml import YAML

    loads = []
    load = YAML.load

    def counted(self: YAML, stream: str) -> object:
        loads.append(stream)
        return load(self, stream)

    monkeypatch.setattr(YAML, "load", counted)
    items = ", ".join(f"kommune-{i}" for i in range(1000))  # 14 kB on one line
    text = f"agreement:\n  status: none\n  parties: [{items}]\n"
    out = edited_text(text, [parse_set("agreement.status=signed")])
    assert out == text.replace("status: none", "status: signed")
    assert len(loads) == 1


def test_a_file_the_round_trip_reader_refuses_is_an_input_error(tmp_path: Path) -> None:
    """The loader (PyYAML's C reader) takes a byte order mark at the end of a file; the
    round-trip reader that keeps the comments does not: exit 2, placed, not an internal error."""
    path = tmp_path / "bom.yaml"
    path.write_text(DRAFT.read_text(encoding="utf-8") + "\ufeff", encoding="utf-8")
    assert (
        CliRunner().invoke(main, ["check", str(path), "--as-of", AS_OF.isoformat()]).exit_code < 2
    )
    for lang, words in (("nb", "linje"), ("en", "line")):
        result = CliRunner().invoke(
            main, ["whatif", str(path), "--set", "agreement.status=signed", "--lang", lang]
        )
        assert result.exit_code == 2, result.output
        assert (
            words in result.output
            and "intern" not in result.output
            and "internal" not in result.output
        )


# -- a what-if without the changed text (the browser's, after every change) -----------------------
def _outcome(a: object) -> tuple[object, ...]:
    from readiness.assess.assessment import Assessment

    assert isinstance(a, Assessment)
    return a.verdict, [(f.rule, f.status, f.parties, f.values) for f in a.findings]


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.y*ml")))
def test_without_text_the_outcome_is_the_one_of_the_written_file(name: str) -> None:
    """The changed data assessed as it is, and the changed text read back and assessed, give
    the same initiative and findings: for the plan's edits (list merges, dates, parties by
    id) and for edits of every kind of value (a text YAML would misread, a removed item)."""
    from readiness.catalog.load import default_catalog
    from readiness.explore.plan import build_plan
    from readiness.explore.whatif import Edit, what_if
    from readiness.format.load import load_file

    catalog = default_catalog()
    loaded = load_file(str(EXAMPLES / name), catalog)
    edit_sets = [
        build_plan(loaded, catalog, as_of=AS_OF).edits,
        [
            Edit("set", "initiative.name", "true"),
            Edit("set", "initiative.updated", __import__("datetime").date(2026, 2, 3)),
            Edit("set", "catchment.population", 12),
            Edit("set", "youth_involvement[+]", {"with": "12", "kind": "other"}),
            Edit("unset", "parties[0].leadership"),
            Edit("set", "target_group.sources", ["BUP", "yes"]),
        ],
    ]
    for edits in edit_sets:
        written = what_if(loaded, edits, catalog, as_of=AS_OF)
        data = what_if(loaded, edits, catalog, as_of=AS_OF, text=False)
        assert data.text is None and written.text is not None
        assert written.changed is not None and data.changed is not None
        assert data.changed.initiative == written.changed.initiative
        assert _outcome(data.comparison.after) == _outcome(written.comparison.after)
        assert data.comparison.resolved == written.comparison.resolved


def test_without_text_an_invalid_change_keeps_the_changed_data() -> None:
    from readiness.catalog.load import default_catalog
    from readiness.explore.whatif import Edit, WhatIfError, what_if
    from readiness.format.load import load_file

    catalog = default_catalog()
    loaded = load_file(str(EXAMPLES / "vestfold-nord-klar.yaml"), catalog)
    edits = [Edit("set", "catchment.population", "mange"), Edit("set", "parties[+]", {})]
    for text in (True, False):
        with pytest.raises(WhatIfError) as info:
            what_if(loaded, edits, catalog, as_of=AS_OF, text=text)
        problems = [p.key for p in info.value.error.problems]
        assert "schema.type" in problems and "schema.missing" in problems
        if text:
            assert info.value.text is not None and "population: mange" in info.value.text
        else:
            assert info.value.data["catchment"]["population"] == "mange"
            assert info.value.data["parties"][-1] == {}
    assert loaded.document.data["catchment"]["population"] != "mange"  # the file's data stays


def test_without_text_an_identity_number_is_refused_as_on_the_command_line() -> None:
    from readiness.catalog.load import default_catalog
    from readiness.errors import UsageError
    from readiness.explore.whatif import Edit, what_if
    from readiness.format.load import load_file

    catalog = default_catalog()
    loaded = load_file(str(EXAMPLES / "vestfold-nord-klar.yaml"), catalog)
    from readiness import personal_data

    candidates = [f"010170{n:05d}" for n in range(100, 400)]
    number = next(c for c in candidates if personal_data.is_fnr(c))
    with pytest.raises(UsageError) as info:
        what_if(loaded, [Edit("set", "initiative.name", f"Ola {number}")], catalog, text=False)
    assert info.value.key == "personal.fnr_set"
    assert number not in info.value.message("nb")
