"""The JSON renderer writes each finding's line itself (readiness/render/json_out.py): every
line must be exactly what the json module makes of ``Finding.to_dict()``, and the whole
document what ``results.run_document`` defines."""

from __future__ import annotations

import json
from pathlib import Path

from bench.corpus import write_corpus
from readiness.assess.assessment import Assessment
from readiness.assess.results import Result, check_file, run_document
from readiness.catalog.records import default_catalog
from readiness.render import Format, RenderContext, renderer
from readiness.render.json_out import _compact, _finding, _result
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


def _laid_out(result: Result) -> str:
    """The layout by definition: ``to_dict()``, each finding and error on one line."""
    fields = []
    for key, value in result.to_dict().items():
        if key in ("findings", "errors") and value:
            items = ",\n".join(f"        {_compact(item)}" for item in value)
            fields.append(f'      "{key}": [\n{items}\n      ]')
        else:
            fields.append(f'      "{key}": {_compact(value)}')
    return "    {\n" + ",\n".join(fields) + "\n    }"


def test_each_entry_is_its_dict_laid_out(tmp_path: Path) -> None:
    catalog = default_catalog()
    results = _results(tmp_path)
    odd = tmp_path / 'odd "name" æøå\\ ✓.yaml'  # a file name that needs escaping
    text = (EXAMPLES / "grenland-uten-avtale.yaml").read_text(encoding="utf-8")
    name = 'name: "FACT Ung \\t«Grenland» \\"q\\""'  # a tab, quotes, non-ASCII
    odd.write_text(text.replace("name: FACT Ung Grenland", name, 1), encoding="utf-8")
    results.append(check_file(str(odd), catalog, as_of=AS_OF))
    assert results[-1].verdict == "not_ready" and '"q"' in results[-1].initiative
    results.append(check_file(str(tmp_path / "missing.yaml"), catalog, as_of=AS_OF))
    verdicts = {r.verdict for r in results}
    assert verdicts == {"ready", "not_ready", "concluded", "invalid"}
    for r in results:
        assert _result(r) == _laid_out(r), r.file


def test_the_document_is_the_run_document(tmp_path: Path) -> None:
    results = _results(tmp_path)
    ctx = RenderContext(lang="nb", as_of=AS_OF, catalog=default_catalog())
    out = renderer(Format.JSON)(results, ctx)
    assert json.loads(out) == run_document(results, AS_OF)
    assert json.loads(renderer(Format.JSON)([], ctx)) == run_document([], AS_OF)
