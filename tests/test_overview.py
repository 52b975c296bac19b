"""`readiness overview`: many files side by side for the people who compare them.

What they rely on: one row per file (an invalid one too, with its error), saying what `check`
says; one column per rule of the gates in play, grouped by the booklet's checklist and
clarifications; the application's deadline and amount against the call's limit; a CSV that
Norwegian Excel opens as columns (read back here with the csv module and `;`); a Markdown table
for an issue; JSON for scripts; a self-contained HTML page that sorts, filters and prints in a
real browser (tests marked `browser`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from readiness.catalog.load import default_catalog
from readiness.cli.main import main
from readiness.explore.overview import build_overview
from readiness.render.page import csp_hash
from tests.helpers import AS_OF, EXAMPLES, assess_data, example_data, launch_browser, need_browser

DATE = ["--as-of", AS_OF.isoformat()]
SCREENSHOT = os.environ.get("READINESS_SCREENSHOT")  # a directory to keep screenshots in


def run(*args: str) -> Any:
    return CliRunner().invoke(main, [*args, *DATE], catch_exceptions=False)


def overview(*args: str) -> str:
    result = run("overview", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def check_results(path: Path) -> dict[str, dict[str, Any]]:
    result = run("check", str(path), "--format", "json")
    return {r["file"]: r for r in json.loads(result.stdout)["results"]}


@pytest.fixture
def county(tmp_path: Path) -> Path:
    """A county's files: the examples, one invalid file and one whose name starts with a
    formula."""
    root = tmp_path / "fylke"
    root.mkdir()
    for example in EXAMPLES.glob("*.yaml"):
        shutil.copy(example, root / example.name)
    (root / "ødelagt.yaml").write_text("schema_version: 1\ninitiative: [\n", encoding="utf-8")
    data = example_data("vestfold-nord-klar.yaml")
    data["initiative"]["name"] = '=HYPERLINK("http://x")'
    (root / "formel.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return root


# -- the rows and the columns -----------------------------------------------------------------
def test_json_has_one_entry_per_file_saying_what_check_says(county: Path) -> None:
    doc = json.loads(overview(str(county), "--format", "json"))
    checked = check_results(county)
    assert [f["file"] for f in doc["files"]] == sorted(checked)
    for entry in doc["files"]:
        c = checked[entry["file"]]
        assert entry["verdict"] == c["verdict"]
        assert entry["gate"] == c["gate"]
        assert [m["rule"] for m in entry["missing_prerequisites"]] == c["missing_prerequisites"]
        if entry["verdict"] == "invalid":
            assert entry["errors"] == c["errors"] and entry["errors"]
            assert entry["cells"] == {}
        else:
            statuses = {f["rule"]: f for f in c["findings"]}
            assert set(entry["cells"]) == set(statuses)
            assert entry["counts"]["met"] == sum(f["status"] == "met" for f in c["findings"])
    # the columns are every rule some file was assessed on, once each
    rules = [col["rule"] for col in doc["columns"]]
    assert len(rules) == len(set(rules))
    assert set(rules) == {f["rule"] for c in checked.values() for f in c.get("findings", [])}


def test_one_gate_groups_its_columns_by_the_checklist_of_1_13() -> None:
    catalog = default_catalog()
    data = example_data("vestfold-nord-soknad-klar.yaml")
    a = assess_data(data)
    ov = build_overview([a], catalog, AS_OF)
    assert ov.gates == ("preproject",)
    items = catalog.report["preproject"].items
    by_item = {g.item: g.rules for g in ov.groups}
    for item in items[:11]:
        assert by_item[item.number] == item.rules
    # item 12 (apply for the grant) holds the application's rules
    assert by_item[12] and all(r.startswith("APP-") for r in by_item[12])
    # the rules no item names come last, in catalog order
    assert ov.groups[-1].item is None
    assert list(ov.groups[-1].rules) == sorted(ov.groups[-1].rules)
    assert {c.rule for c in ov.columns} == {f.rule for f in a.findings}


def test_several_gates_share_the_rules_they_have_in_common() -> None:
    catalog = default_catalog()
    idea = assess_data(example_data("vestfold-nord-klar.yaml"))
    pre = assess_data(example_data("vestfold-nord-forprosjekt-klar.yaml"))
    ov = build_overview([idea, pre], catalog, AS_OF)
    assert ov.gates == ("preproject", "establishment")
    shared = [g for g in ov.groups if g.gate is None]
    assert [g.catalog_group for g in shared] == ["GEN", "IDE"]
    common = {f.rule for f in idea.findings} & {f.rule for f in pre.findings}
    assert {r for g in shared for r in g.rules} == common
    columns = {c.rule: c for c in ov.columns}
    assert columns["GEN-01"].gates == ("preproject", "establishment")
    assert columns["IDE-14"].gates == ("preproject",)
    assert columns["FOR-03"].gates == ("establishment",)


def test_the_application_shows_deadline_and_amount_against_the_limit(tmp_path: Path) -> None:
    data = example_data("vestfold-nord-soknad-klar.yaml")
    limit = default_catalog().call.amount_limits["preproject"]
    data["application"]["amount_requested"] = limit + 50_000
    path = tmp_path / "over.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    doc = json.loads(overview(str(path), "--format", "json"))
    app = doc["files"][0]["application"]
    assert app == {
        "for_gate": "preproject",
        "deadline": str(data["application"]["deadline"]),
        "submitted": None,
        "amount": limit + 50_000,
        "limit": limit,
        "within_limit": False,
    }
    md = overview(str(path), "--format", "md")
    assert "✗ 50 000 kr over grensen" in md
    html = overview(str(path))
    assert "50 000 kr over grensen" in html


# -- CSV for Excel ----------------------------------------------------------------------------
def test_csv_reads_back_as_columns_with_semicolons(county: Path) -> None:
    result = CliRunner().invoke(main, ["overview", str(county), "--format", "csv", *DATE])
    assert result.exit_code == 0, result.output
    raw = result.stdout_bytes
    assert raw.startswith("\ufeff".encode())  # UTF-8 with BOM: Excel then reads UTF-8
    assert b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    header, body = rows[0], rows[1:]
    files = sorted(str(p) for p in county.glob("*.yaml"))
    assert len(body) == len(files)  # one header row, one row per file
    assert all(len(r) == len(header) for r in body)
    col = {name: i for i, name in enumerate(header)}
    assert header[:5] == ["Fil", "Initiativ", "Fase", "Port", "Utfall"]
    checked = check_results(county)
    by_file = {r[col["Fil"]]: r for r in body}
    assert sorted(by_file) == sorted(checked)
    for file, c in checked.items():
        row = by_file[file]
        assert row[col["Manglende forutsetninger"]].split() == c["missing_prerequisites"]
        for f in c.get("findings", []):
            cell = row[col[f["rule"]]]
            assert cell, (file, f["rule"])
            assert cell[0] in "✓✗!i~"
    broken = by_file[str(county / "ødelagt.yaml")]
    assert broken[col["Utfall"]] == "UGYLDIG"
    error = checked[str(county / "ødelagt.yaml")]["errors"][0]
    assert broken[col["Feil i filen"]] == f"{error['line']}:{error['column']}: {error['message']}"
    amount = by_file[str(county / "vestfold-nord-soknad-klar.yaml")]
    assert amount[col["Omsøkt beløp"]].isdigit() and amount[col["Beløpsgrense"]].isdigit()
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", amount[col["Søknadsfrist"]])
    # a text from a file that Excel would compute is written as text
    assert by_file[str(county / "formel.yaml")][col["Initiativ"]].startswith("'=HYPERLINK")


def test_csv_in_english(county: Path) -> None:
    text = overview(str(county), "--format", "csv", "--lang", "en")
    header = next(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert header[:5] == ["File", "Initiative", "Phase", "Gate", "Verdict"]
    assert "UGYLDIG" not in text and "INVALID" in text and "mangler" not in text


def test_the_csv_columns_are_the_ones_docs_overview_md_lists(county: Path) -> None:
    text = overview(str(county), "--format", "csv")
    header = next(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    fixed = header[: header.index("GEN-01")]
    docs = (Path(__file__).resolve().parent.parent / "docs" / "overview.md").read_text("utf-8")
    listed = " ".join(docs.split("- kolonnene: ", 1)[1].split("deretter én", 1)[0].split())
    at = 0
    for name in fixed:  # each named, in the order of the file's columns
        found = re.compile(re.escape(name) + r"(;| \()").search(listed, at)
        assert found, name
        at = found.end()


# -- Markdown and the output file -------------------------------------------------------------
def test_markdown_has_a_row_per_file_and_a_row_per_file_in_the_rule_table(county: Path) -> None:
    md = overview(str(county), "--format", "md")
    files = sorted(str(p) for p in county.glob("*.yaml"))
    tables = [ln for ln in md.splitlines() if ln.startswith("| `")]
    assert len(tables) == 2 * len(files)
    assert "ugyldig YAML" in md  # the invalid file's row says why
    assert "<details><summary>Reglene i kolonnene</summary>" in md


@pytest.mark.parametrize(
    ("name", "fmt", "start"),
    [
        ("oversikt.html", None, "<!DOCTYPE html>"),
        ("oversikt.csv", None, "\ufeffFil;"),
        ("oversikt.md", None, "## readiness:"),
        ("oversikt.json", None, "{"),
        ("oversikt.txt", "csv", "\ufeffFil;"),
    ],
)
def test_the_output_file_format_follows_its_extension(
    tmp_path: Path, name: str, fmt: str | None, start: str
) -> None:
    out = tmp_path / name
    extra = ["--format", fmt] if fmt else []
    result = run("overview", str(EXAMPLES), "-o", str(out), *extra)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith(start)
    assert "oversikten" in result.stderr and result.stdout == ""


def test_bad_output_names_are_usage_errors(tmp_path: Path) -> None:
    result = run("overview", str(EXAMPLES), "-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == 2 and "vet ikke hvilket format «.pdf» er" in result.stderr
    result = run("overview", str(EXAMPLES), "-o", str(tmp_path / "x.csv"), "--format", "md")
    assert result.exit_code == 2 and "passer ikke med filendelsen" in result.stderr
    example = EXAMPLES / "vestfold-nord-klar.yaml"
    before = example.read_bytes()
    result = run("overview", str(example), "-o", str(example), "--format", "html", "--force")
    assert result.exit_code == 2 and "kjøringen leser" in result.stderr
    assert example.read_bytes() == before
    (tmp_path / "finnes.html").write_text("x", encoding="utf-8")
    result = run("overview", str(EXAMPLES), "-o", str(tmp_path / "finnes.html"))
    assert result.exit_code == 2 and "--force" in result.stderr


def test_a_directory_without_initiative_files_is_exit_2(tmp_path: Path) -> None:
    result = run("overview", str(tmp_path))
    assert result.exit_code == 2 and "fant ingen initiativfiler" in result.stderr


# -- HTML: self-contained, escaped --------------------------------------------------------------
def test_html_is_self_contained_with_hashes_for_its_own_style_and_script(county: Path) -> None:
    html = overview(str(county))
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    policy = csp.group(1).replace("&#39;", "'")
    assert policy.startswith("default-src 'none'")
    script = re.search(r"<script>(.*?)</script>", html, re.S)
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert script and style
    assert f"script-src {csp_hash(script.group(1))}" in policy
    assert f"style-src {csp_hash(style.group(1))}" in policy
    assert "unsafe-inline" not in policy
    # nothing from elsewhere, no inline handlers or style attributes
    assert not re.search(r"\s(?:src|href)=\"(?:https?:)?//", html)
    assert not re.search(r"\son[a-z]+=", html) and ' style="' not in html
    assert html.count('<tr class="v-') == len(list(county.glob("*.yaml")))


def test_text_from_a_file_stays_text_in_every_format(tmp_path: Path) -> None:
    evil = "<script>alert(1)</script> | *fet* \u202e"
    data = example_data("vestfold-nord-klar.yaml")
    data["initiative"]["name"] = evil
    path = tmp_path / "ond.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    html = overview(str(path))
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)" in html
    assert "\u202e" not in html and "\\u202e" in html
    md = overview(str(path), "--format", "md")
    assert "<script>" not in md and "\\| \\*fet\\*" in md
    assert json.loads(overview(str(path), "--format", "json"))["files"][0]["initiative"] == evil


def test_english_page(county: Path) -> None:
    html = overview(str(county), "--lang", "en")
    assert '<html lang="en">' in html and "Readiness overview" in html
    for norwegian in ("Klarhetsoversikt", "Utfall", "mangler", "Søknadsfrist", "IKKE KLAR"):
        assert norwegian not in html, norwegian


# -- a real browser ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    need_browser()
    with launch_browser() as b:
        yield b


def _files(page: Any) -> list[str]:
    return page.eval_on_selector_all(
        "#overview tbody tr:not([hidden])", "rows => rows.map(r => r.dataset.file)"
    )


def _scroll_home(page: Any) -> None:
    """The table scrolled back to its first column (a sort by a rule's column scrolls to it),
    so that a screenshot shows the file's columns."""
    page.locator(".scroll").evaluate("s => { s.scrollLeft = 0; }")
    page.evaluate("() => window.scrollTo(0, 0)")


def _keep(path: Path, name: str) -> None:
    if SCREENSHOT:
        Path(SCREENSHOT).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(SCREENSHOT) / name)


@pytest.mark.browser
def test_the_page_sorts_filters_and_prints_in_chromium(
    browser: Any, county: Path, tmp_path: Path
) -> None:
    out = tmp_path / "oversikt.html"
    assert run("overview", str(county), "-o", str(out)).exit_code == 0
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    problems: list[str] = []
    requests: list[str] = []
    page.on(
        "console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: requests.append(r.url) if r.url != out.as_uri() else None)
    page.goto(out.as_uri())
    total = len(list(county.glob("*.yaml")))
    assert page.locator("#controls").is_visible()  # the script ran: the CSP let it
    assert page.locator("#shown-count").inner_text() == f"Viser {total} av {total} filer."
    given = _files(page)
    assert given == sorted(given)

    # sort by verdict: the worst first, then the other way with a second press (keyboard)
    button = page.locator("th[data-col='3'] button")
    button.focus()
    page.keyboard.press("Enter")
    verdicts = page.eval_on_selector_all(
        "#overview tbody tr", "rows => rows.map(r => r.dataset.verdict)"
    )
    rank = ["invalid", "not_ready", "ready", "concluded"]
    assert verdicts == sorted(verdicts, key=rank.index)
    assert page.locator("th[data-col='3']").get_attribute("aria-sort") == "ascending"
    page.keyboard.press("Enter")
    verdicts = page.eval_on_selector_all(
        "#overview tbody tr", "rows => rows.map(r => r.dataset.verdict)"
    )
    assert verdicts == sorted(verdicts, key=rank.index, reverse=True)
    # sort by a rule's column: the files missing it first
    page.locator("th.rule[title^='IDE-05'] button").click()
    first = page.locator("#overview tbody tr").first
    assert first.get_attribute("data-verdict") == "not_ready"
    assert "IDE-05" in first.locator("td").nth(3).inner_text()

    # filter by text, by verdict and by gate
    page.fill("#filter-text", "grenland")
    assert sorted(_files(page)) == sorted(str(p) for p in county.glob("grenland*.yaml"))
    assert page.locator("#shown-count").inner_text() == f"Viser 2 av {total} filer."
    page.fill("#filter-text", "")
    page.select_option("#filter-verdict", "ready")
    shown = _files(page)
    assert shown and all(
        page.locator(f"tr[data-file='{f}']").get_attribute("data-verdict") == "ready" for f in shown
    )
    page.select_option("#filter-verdict", "")
    page.select_option("#filter-gate", "establishment")
    assert all("forprosjekt" in f for f in _files(page))
    # the columns of the other gates are hidden, the shared ones stay
    assert page.locator("th.rule[title^='ETB-01']").is_hidden()
    assert page.locator("th.rule[title^='IDE-14']").is_hidden()
    assert page.locator("th.rule[title^='FOR-03']").is_visible()
    assert page.locator("th.rule[title^='GEN-01']").is_visible()
    shot = tmp_path / "oversikt-filtrert.png"
    _scroll_home(page)
    page.screenshot(path=str(shot))
    _keep(shot, shot.name)
    page.select_option("#filter-gate", "")

    # a cell's sign and colour; its words for a screen reader
    cell = page.locator("tr[data-file$='grenland-uten-avtale.yaml'] td.s-missing").first
    assert cell.inner_text().startswith("✗")
    assert cell.evaluate("c => getComputedStyle(c).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert "mangler" in cell.locator(".sr").inner_text()

    shot = tmp_path / "oversikt.png"
    _scroll_home(page)
    page.screenshot(path=str(shot), full_page=True)
    _keep(shot, shot.name)
    assert shot.stat().st_size > 20_000
    page.emulate_media(media="print")
    assert not page.locator("#controls").is_visible()
    assert page.pdf(format="A4", landscape=True, print_background=True).startswith(b"%PDF")
    assert problems == [] and requests == []
    page.close()
