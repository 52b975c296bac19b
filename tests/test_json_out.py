"""The JSON renderer writes each finding's line itself (readiness/render/json_out.py): every
line must be exactly what the json module makes of ``Finding.to_dict()``, and the whole
document what ``results.run_document`` defines."""

from __future__ import annotations

import json
from pathlib import Path

from bench.corpus import write_corpus
from readiness.assessment import Assessment
from readiness.catalog import default_catalog
from readiness.render import Format, RenderContext, renderer
from readiness.render.json_out import _compact, _finding
from readiness.results import check_file, run_document
from tests.helpers import AS_OF, EXAMPLES


def _results(tmp_path: Path) -> list:
    catalog = default_catalog()
    files = write_corpus(tmp_path, 40, seed=3) + sorted(map(str, EXAMPLES.glob("*.yaml")))
    return [check_file(f, catalog, as_of=AS_OF, lang=lang) for f in files for lang in ("nb", "en")]


def test_each_finding_line_is_the_json_modules_encoding_of_its_dict(tmp_path: Path) -> None:
    results = _results(tmp_path)
    findings = [f for r in results if isinstance(r, Assessment) for f in r.findings]
    assert len(findings) > 500 and {f.status for f in findings} == {"met", "unmet", "accepted"}
    for f in findings:
        assert _finding(f) == _compact(f.to_dict()), f.rule


def test_a_string_that_needs_escaping_is_escaped_like_the_json_module_does() -> None:
    results = _results_with_text('Navn "med" anførsel\\ og\tfane\nog linjeskift \u2028 ✓')
    for f in results:
        assert json.loads(_finding(f)) == f.to_dict()
        assert _finding(f) == _compact(f.to_dict())


def _results_with_text(text: str) -> list:
    catalog = default_catalog()
    (result,) = [check_file(str(EXAMPLES / "grenland-uten-avtale.yaml"), catalog, as_of=AS_OF)]
    assert isinstance(result, Assessment)
    return [f._replace(message=text, remedy=text, title=text) for f in result.findings]


def test_the_document_is_the_run_document(tmp_path: Path) -> None:
    results = _results(tmp_path)
    ctx = RenderContext(lang="nb", as_of=AS_OF, catalog=default_catalog())
    out = renderer(Format.JSON)(results, ctx)
    assert json.loads(out) == run_document(results, AS_OF)
    assert json.loads(renderer(Format.JSON)([], ctx)) == run_document([], AS_OF)
