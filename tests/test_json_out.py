"""`check --format json` (readiness/render/json_out.py): the catalog's document, each finding
and each input error on one line, keys in the catalog's order, texts in the run's language."""

from __future__ import annotations

import json
from pathlib import Path

from bench.corpus import write_corpus
from readiness.assess.assessment import Assessment
from readiness.assess.results import Invalid, check_file
from readiness.catalog.load import default_catalog
from readiness.render import Format, RenderContext, renderer
from tests.helpers import AS_OF, EXAMPLES

FINDING_KEYS = [
    "rule",
    "name",
    "severity",
    "basis",
    "status",
    "title",
    "message",
    "remedy",
    "source",
    "location",
]


def _results(tmp_path: Path) -> list:
    catalog = default_catalog()
    files = write_corpus(tmp_path, 20, seed=3) + sorted(map(str, EXAMPLES.glob("*.yaml")))
    files.append(str(tmp_path / "missing.yaml"))
    return [check_file(f, catalog, as_of=AS_OF) for f in files]


def _document(results: list, lang: str) -> str:
    ctx = RenderContext(lang=lang, as_of=AS_OF, catalog=default_catalog())  # type: ignore[arg-type]
    return renderer(Format.JSON)(results, ctx)


def test_the_document_has_every_file_and_each_finding_on_one_line(tmp_path: Path) -> None:
    results = _results(tmp_path)
    out = _document(results, "nb")
    doc = json.loads(out)
    assert list(doc) == ["version", "as_of", "results"] and doc["as_of"] == AS_OF.isoformat()
    assert [r["file"] for r in doc["results"]] == [r.file for r in results]
    lines = out.splitlines()
    findings = [json.loads(line.strip().rstrip(",")) for line in lines if '"rule": ' in line]
    assert len(findings) == sum(len(r.findings) for r in results if isinstance(r, Assessment))
    assert {f["status"] for f in findings} == {"met", "unmet", "accepted"}
    for f in findings:
        assert list(f) == FINDING_KEYS
        assert list(f["location"]) == ["path", "line", "column"]
    for entry, result in zip(doc["results"], results, strict=True):
        if isinstance(result, Invalid):
            assert entry["verdict"] == "invalid" and entry["errors"] and entry["findings"] == []
        else:
            assert entry["missing_prerequisites"] == result.missing_prerequisites
            assert entry["summary"] == result.summary


def test_only_the_texts_change_with_the_language(tmp_path: Path) -> None:
    results = _results(tmp_path)
    nb, en = json.loads(_document(results, "nb")), json.loads(_document(results, "en"))
    for a, b in zip(nb["results"], en["results"], strict=True):
        for fa, fb in zip(a["findings"], b["findings"], strict=True):
            for key in FINDING_KEYS:
                if key in ("title", "message", "remedy"):
                    assert fa[key] != fb[key] or not fa[key], (fa["rule"], key)
                else:
                    assert fa[key] == fb[key]


def test_a_text_that_needs_escaping_stays_valid_json(tmp_path: Path) -> None:
    odd = tmp_path / 'odd "name" æøå\\ ✓.yaml'
    text = (EXAMPLES / "grenland-uten-avtale.yaml").read_text(encoding="utf-8")
    name = 'name: "FACT Ung \\t«Grenland» \\"q\\" \\u2028"'
    odd.write_text(text.replace("name: FACT Ung Grenland", name, 1), encoding="utf-8")
    result = check_file(str(odd), default_catalog(), as_of=AS_OF)
    doc = json.loads(_document([result], "nb"))
    assert doc["results"][0]["initiative"] == 'FACT Ung \t«Grenland» "q" \u2028'
    assert doc["results"][0]["file"] == str(odd)


def test_an_empty_run_is_a_document_with_no_results() -> None:
    assert json.loads(_document([], "nb")) == {
        "version": 1,
        "as_of": AS_OF.isoformat(),
        "results": [],
    }
