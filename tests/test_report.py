"""`readiness report`: the document the coordinator and the signing leaders read.

What they rely on: the report says the same as `readiness check` (verdict, missing
prerequisites) for every example; its structure (one row per party and per rule, the twelve
checklist items, the application); text from the file stays text in HTML and Markdown; bad
input and bad output names are located errors (exit 2), never a traceback; and the page
renders and prints in a real browser (tests marked `browser`).
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from readiness.catalog.load import default_catalog
from readiness.cli.main import main
from readiness.render.report.document import md_escape
from tests.helpers import AS_OF, EXAMPLES, example_data, launch_browser, need_browser

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))
DATE = ["--as-of", AS_OF.isoformat()]
EVIL = "<script>alert(1)</script> | *fet* [lenke](http://x) `kode`"


# -- helpers --------------------------------------------------------------------------------
class Page(HTMLParser):
    """A small DOM summary: elements with their attributes, text per element id, table rows."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.headings: list[tuple[str, str]] = []
        self.rows: dict[str, int] = {}  # table class → rows in its tbody
        self._heading: list[str] | None = None
        self._tables: list[str] = []
        self._in_tbody = False
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.elements.append((tag, a))
        if tag in ("h1", "h2", "h3"):
            self._heading = [tag]
        if tag == "table":
            self._tables.append(a.get("class", ""))
        if tag == "tbody":
            self._in_tbody = True
        if tag == "tr" and self._in_tbody and self._tables:
            self.rows[self._tables[-1]] = self.rows.get(self._tables[-1], 0) + 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2", "h3") and self._heading:
            self.headings.append((self._heading[0], " ".join("".join(self._heading[1:]).split())))
            self._heading = None
        if tag == "tbody":
            self._in_tbody = False
        if tag == "table" and self._tables:
            self._tables.pop()

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading.append(data)
        self.text.append(data)

    def find(self, tag: str | None = None, **attrs: str) -> list[dict[str, str]]:
        return [
            a
            for t, a in self.elements
            if (tag is None or t == tag)
            and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def tags(self, tag: str) -> int:
        return sum(1 for t, _ in self.elements if t == tag)


def run(*args: str) -> Any:
    return CliRunner().invoke(main, [*args, *DATE], catch_exceptions=False)


def write(tmp_path: Path, data: dict[str, Any], name: str = "initiativ.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def check_json(path: Path | str, *extra: str) -> dict[str, Any]:
    result = run("check", str(path), "--format", "json", *extra)
    assert result.exit_code in (0, 1, 2), result.output
    return json.loads(result.stdout)["results"][0]


def report_html(path: Path | str, *extra: str) -> str:
    result = run("report", str(path), *extra)
    assert result.exit_code == 0, result.output
    return result.stdout


def report_md(path: Path | str, *extra: str) -> str:
    return report_html(path, "--format", "md", *extra)


def md_missing(md: str) -> list[str]:
    """The rule ids of the missing prerequisites the Markdown lists under its heading."""
    m = re.search(
        r"^\*\*(?:Manglende forutsetninger|Missing prerequisites|Forutsetninger som "
        r"ikke er oppfylt[^:]*|Prerequisites not met[^:]*):\*\*\n\n((?:- .+\n)+)",
        md,
        re.M,
    )
    return re.findall(r"^- \*\*.+?\*\* \(([A-Z]+-\d+)\) ·", m.group(1), re.M) if m else []


def md_table(md: str, heading: str) -> list[list[str]]:
    """The body rows of the first table after ``heading``, split on unescaped pipes."""
    section = md.split(heading, 1)[1]
    first_table: list[list[str]] = []
    for ln in section.splitlines():
        if ln.startswith("|"):
            first_table.append([c.strip() for c in re.split(r"(?<!\\)\|", ln)[1:-1]])
        elif first_table:
            break
    return first_table[2:]


# -- the report says the same as `readiness check` ------------------------------------------
@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_report_says_what_check_says_for_every_example(path: Path) -> None:
    expected = check_json(path)
    if expected["verdict"] == "invalid":
        assert run("report", str(path)).exit_code == 2
        return
    page = Page(report_html(path))
    banner = page.find("section", id="verdict")
    assert banner, "the verdict banner is missing"
    assert banner[0]["data-verdict"] == expected["verdict"]
    # a concluded outcome has no missing prerequisites for people (JSON keeps the field)
    missing = [] if expected["verdict"] == "concluded" else expected["missing_prerequisites"]
    assert banner[0]["data-missing"].split() == missing
    # every rule of the assessment is a row of the rules table, with check's status
    rows = {
        a["data-rule"]: a["data-status"]
        for a in page.find("tr")
        if a.get("id", "").startswith("rule-")
    }
    assert list(rows) == [f["rule"] for f in expected["findings"]]
    for f in expected["findings"]:
        assert (rows[f["rule"]] == "met") == (f["status"] == "met")
    md = report_md(path)
    assert md_missing(md) == missing
    verdict_word = {"ready": "KLAR", "not_ready": "IKKE KLAR", "concluded": "AVSLUTTET"}
    assert f"## Utfall: {verdict_word[expected['verdict']]}\n" in md


# -- structure of the HTML ------------------------------------------------------------------
def test_html_has_the_sections_one_row_per_party_and_per_rule_and_twelve_checklist_items() -> None:
    path = EXAMPLES / "grenland-uten-avtale.yaml"
    data = example_data(path.name)
    page = Page(report_html(path))
    assert page.tags("script") == 0 and page.tags("link") == 0 and page.tags("img") == 0
    assert [h for h in page.headings if h[0] == "h1"] == [
        ("h1", "Klarhetsrapport: FACT Ung Grenland")
    ]
    h2 = [text for tag, text in page.headings if tag == "h2"]
    assert h2 == [
        "Status per regel",
        "Partene",
        "Sjekklisten for idéfasen",
        "Funn og neste steg",
        "Alle regler i porten",
        "Gjennomgang og signatur",
    ]
    assert page.rows["parties"] == len(data["parties"])
    assert [a["data-party"] for a in page.find("tr") if "data-party" in a] == [
        p["id"] for p in data["parties"]
    ]
    expected = check_json(path)
    assert page.rows["rules"] == len(expected["findings"])
    items = {a["data-item"]: a["data-status"] for a in page.find("tr") if "data-item" in a}
    assert list(items) == [str(n) for n in range(1, 13)]
    # item 2 (IDE-02) and 7 (IDE-12) are missing here; 12 waits for an application section
    assert items["2"] == "missing" and items["7"] == "missing" and items["12"] == "not_yet"
    assert items["1"] == "met"
    # the status grid: one cell per rule, each with a text alternative
    cells = page.find("g")
    assert [c["data-rule"] for c in cells] == [f["rule"] for f in expected["findings"]]
    svg = page.find("svg")[0]
    assert svg["role"] == "img" and "grid-title" in svg["aria-labelledby"]
    html = report_html(path)
    assert len(re.findall(r"<title[ >]", html)) == 1 + 1 + len(
        expected["findings"]
    )  # page, grid, cells


def test_html_prints_on_a4_with_no_forced_page_break_and_small_blocks_kept_whole() -> None:
    html = report_html(EXAMPLES / "vestfold-nord-klar.yaml")
    assert re.search(r"@page\s*\{\s*size:\s*A4", html)
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    assert not re.search(r"break-before:\s*page|page-break-before:\s*always", style)
    for block in ("#verdict", "article.finding", "tbody tr", ".keep", "#approval"):
        assert re.search(rf"{re.escape(block)}[^{{]*\{{[^}}]*break-inside:\s*avoid", style), block
    assert re.search(r"\.date[^{]*\{[^}]*white-space:\s*nowrap", style)


def test_the_checklist_mapping_is_data_and_names_rules_of_the_catalog() -> None:
    spec = default_catalog().report
    catalog = default_catalog()
    items = spec["preproject"].items
    assert [i.number for i in items] == list(range(1, 13))
    assert [list(i.rules) for i in items][:11] == [
        ["IDE-14"],
        ["IDE-02"],
        ["IDE-07", "IDE-08"],
        ["IDE-10"],
        ["IDE-09"],
        ["IDE-11"],
        ["IDE-12"],
        ["IDE-13"],
        ["IDE-15"],
        ["IDE-16"],
        ["IDE-17"],
    ]
    assert items[11].application and not items[11].rules
    groups_present = {r.id[:3] for r in catalog.rules}
    for gate in spec.values():
        for item in gate.items:
            for rule in item.rules:
                if rule[:3] in groups_present:
                    assert catalog.has_rule(rule), rule


@pytest.mark.parametrize(
    ("gate", "example", "count"),
    [
        ("establishment", "vestfold-nord-forprosjekt-klar.yaml", 9),
        ("operation", "vestfold-nord-etablering-klar.yaml", 5),
    ],
)
def test_later_gates_show_the_clarifications_of_table_1_5(
    gate: str, example: str, count: int
) -> None:
    path = EXAMPLES / example
    page = Page(report_html(path, "--gate", gate))
    section = page.find("section", id="checklist")
    assert section and section[0]["data-kind"] == "clarifications"
    items = {a["data-item"]: a["data-status"] for a in page.find("tr") if "data-item" in a}
    assert len(items) == count
    spec = default_catalog().report[gate]
    with_rules = [str(i.number) for i in spec.items if i.rules]
    assert all(items[n] != "not_assessed" for n in with_rules), items
    # the example is ready for its gate: every question with a rule is answered
    assert all(items[n] in ("met", "warning", "advice", "accepted") for n in with_rules), items


# -- the application ------------------------------------------------------------------------
def _application_example() -> dict[str, Any]:
    return example_data("vestfold-nord-soknad-klar.yaml")


def test_application_section_shows_applicants_signatures_amount_and_milestones(
    tmp_path: Path,
) -> None:
    data = _application_example()
    app = data["application"]
    path = write(tmp_path, data)
    html = report_html(path)
    page = Page(html)
    assert "Søknaden" in [t for _, t in page.headings]
    applicants = [a["data-applicant"] for a in page.find("tr") if "data-applicant" in a]
    assert applicants[0] == app["main_applicant"]
    assert set(app.get("co_applicants", [])) <= set(applicants)
    assert page.rows["milestones"] == len(app["milestones"])
    assert "innenfor grensen på 1 000 000 kr" in html
    app_rules = [
        r.id for r in default_catalog().rules if r.id.startswith("APP-") and "preproject" in r.gates
    ]
    shown = [
        a["data-rule"]
        for a in page.find("tr")
        if a.get("data-rule", "").startswith("APP-") and "id" not in a
    ]
    assert shown == app_rules  # the APP findings, when the catalog has them
    items = {a["data-item"]: a["data-status"] for a in page.find("tr") if "data-item" in a}
    assert items["12"] != "not_yet"

    # over the call's limit: the report says by how much, in HTML and Markdown
    app["amount_requested"] = 1_250_000
    over = write(tmp_path, data, "over.yaml")
    assert "1 250 000 kr er 250 000 kr over grensen på 1 000 000 kr" in report_html(over)
    assert "1 250 000 kr er 250 000 kr over grensen" in report_md(over)


# -- escaping -------------------------------------------------------------------------------
@pytest.fixture
def evil_file(tmp_path: Path) -> Path:
    data = example_data("vestfold-nord-klar.yaml")
    data["parties"][0]["name"] = EVIL
    data["parties"][0]["leadership"]["by"] = "Rådmann | <b>fet</b>"
    data["services"]["gaps"] = EVIL
    data["deviations"] = [
        {"rule": "GEN-02", "reason": EVIL, "accepted_by": "Styringsgruppen <i>x</i> | y"}
    ]
    data["target_group"]["basis"] = "mixed"
    return write(tmp_path, data)


def test_text_from_the_file_stays_text_in_html(evil_file: Path) -> None:
    html = report_html(evil_file)
    assert "<script" not in html and "<b>fet</b>" not in html and "<i>x</i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    page = Page(html)
    assert page.tags("script") == 0 and page.tags("b") == 0 and page.tags("i") == 0
    assert EVIL in "".join(page.text)  # shown exactly as written


def test_text_from_the_file_stays_text_in_markdown(evil_file: Path) -> None:
    md = report_md(evil_file)
    assert "<script>" not in md and "<b>" not in md and "<i>" not in md
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*fet\\* \\[lenke\\](http://x) \\`kode\\`" in md
    )
    rows = md_table(md, "## Partene")
    assert len(rows) == 4 and all(len(r) == 8 for r in rows), rows  # pipes did not split cells
    assert rows[0][6].startswith("Rådmann \\| &lt;b&gt;fet&lt;/b&gt;")
    checklist = md_table(md, "## Sjekklisten for idéfasen")
    assert len(checklist) == 12 and all(len(r) == 4 for r in checklist)


# -- Markdown content -----------------------------------------------------------------------
def test_markdown_has_the_same_content_as_html() -> None:
    path = EXAMPLES / "hallingdal-avvik.yaml"
    md = report_md(path)
    expected = check_json(path)
    for heading in (
        "# Klarhetsrapport: FACT Ung Hallingdal",
        "## Partene",
        "## Sjekklisten for idéfasen",
        "## Funn og neste steg",
        "### Aksepterte avvik (1)",
        "## Alle regler i porten",
    ):
        assert f"\n{heading}" in "\n" + md, heading
    assert "- **Vurderingsdato:** 2026-11-22" in md
    assert "- **Regelkatalog:** versjon 2" in md
    assert len(md_table(md, "## Alle regler i porten")) == len(expected["findings"])
    accepted = [f["rule"] for f in expected["findings"] if f["status"] == "accepted"]
    for rule in accepted:
        assert re.search(rf"^#### \\~ {rule} · ", md, re.M)
    assert "(akseptert av Styringsgruppen" in md
    assert "- **GEN** " in md and "- **IDE** " in md  # the status grid, as text


def test_english_report() -> None:
    path = EXAMPLES / "grenland-uten-avtale.yaml"
    page = Page(report_html(path, "--lang", "en"))
    assert page.find("html")[0]["lang"] == "en"
    assert "The parties" in [t for _, t in page.headings]
    assert "The idea phase checklist" in [t for _, t in page.headings]
    md = report_md(path, "--lang", "en")
    assert (
        "## Verdict: NOT READY" in md
        and md_missing(md) == check_json(path)["missing_prerequisites"]
    )


# -- the command: output files and errors ---------------------------------------------------
def test_output_file_format_comes_from_the_extension_and_the_input_is_untouched(
    tmp_path: Path,
) -> None:
    src = tmp_path / "klar.yaml"
    shutil.copy(EXAMPLES / "vestfold-nord-klar.yaml", src)
    before = src.read_bytes()
    for name, marker in (("r.html", "<!DOCTYPE html>"), ("r.md", "# Klarhetsrapport")):
        result = run("report", str(src), "-o", str(tmp_path / name))
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(marker)
        assert result.stdout == ""
    assert src.read_bytes() == before


def test_output_file_is_readable_as_the_umask_allows_and_leaves_no_temporary_file(
    tmp_path: Path,
) -> None:
    old = os.umask(0o022)
    try:
        result = run(
            "report", str(EXAMPLES / "vestfold-nord-klar.yaml"), "-o", str(tmp_path / "r.md")
        )
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "r.md").stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (["-o", "rapport.docx"], "ukjent filtype «.docx»"),
        (["-o", "rapport.html", "--format", "md"], "filendelsen bestemmer formatet"),
        (["-o", "finnes-ikke/rapport.html"], "kan ikke skrive til «finnes-ikke/rapport.html»"),
    ],
)
def test_bad_output_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], text: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("report", str(EXAMPLES / "vestfold-nord-klar.yaml"), *args)
    assert result.exit_code == 2
    assert text in result.stderr and "Traceback" not in result.output


def test_invalid_input_is_a_located_error(tmp_path: Path) -> None:
    bad = tmp_path / "feil.yaml"
    bad.write_text(
        "schema_version: 1\ninitiative: {name: X, phase: idé}\nparties: []\n", encoding="utf-8"
    )
    result = run("report", str(bad), "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 2
    assert f"{bad}:2:" in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "r.html").exists()


def test_pdf_without_chromium_says_how_to_print_the_html(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READINESS_CHROMIUM", str(tmp_path / "ingen-chromium"))
    result = run("report", str(EXAMPLES / "vestfold-nord-klar.yaml"), "-o", str(tmp_path / "r.pdf"))
    assert result.exit_code == 2
    assert "-o rapport.html" in result.stderr and "Lagre som PDF" in result.stderr
    assert not (tmp_path / "r.pdf").exists()


# -- a real browser -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    need_browser()
    with launch_browser() as b:
        yield b


@pytest.mark.browser
@pytest.mark.parametrize("example", ["grenland-uten-avtale.yaml", "vestfold-nord-soknad-klar.yaml"])
def test_report_renders_and_prints_in_chromium(browser: Any, tmp_path: Path, example: str) -> None:
    path = EXAMPLES / example
    html = report_html(path)
    page = browser.new_page(viewport={"width": 1000, "height": 1200})
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.set_content(html, wait_until="load")
    shot = tmp_path / "rapport.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert errors == [] and requests == []  # self-contained: nothing fetched
    banner = page.locator("#verdict")
    assert banner.is_visible() and banner.bounding_box()["height"] > 40
    assert page.evaluate("document.documentElement.scrollHeight") > 1200
    # the grid cells are drawn, coloured and at their places
    cell = page.locator("g.cell rect").first
    assert cell.bounding_box()["width"] > 20
    assert (
        page.evaluate("getComputedStyle(document.querySelector('g.cell rect')).fill")
        != "rgb(0, 0, 0)"
    )

    page.emulate_media(media="print")
    assert (
        page.evaluate("getComputedStyle(document.querySelector('#parties')).breakBefore") == "auto"
    )
    assert not page.locator("nav.toc").is_visible()
    assert page.locator("#verdict").is_visible()
    page.screenshot(path=str(tmp_path / "utskrift.png"))
    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF")
    page.close()


@pytest.mark.browser
def test_pdf_output_through_headless_chromium(tmp_path: Path) -> None:
    need_browser()
    out = tmp_path / "rapport.pdf"
    result = run("report", str(EXAMPLES / "vestfold-nord-klar.yaml"), "-o", str(out))
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 20_000


# -- words for the people who read it -------------------------------------------------------
GRENLAND = EXAMPLES / "grenland-uten-avtale.yaml"


def _section(html: str, section_id: str) -> str:
    m = re.search(rf'<section id="{section_id}"[^>]*>(.*?)</section>', html, re.S)
    assert m, f"no section #{section_id}"
    return m.group(1)


def _text(fragment: str) -> str:
    """The text of an HTML fragment, whitespace collapsed."""
    return " ".join("".join(Page(fragment).text).split())


def test_the_first_part_names_each_missing_prerequisite_with_severity_and_what_to_do() -> None:
    catalog = default_catalog()
    verdict = _text(_section(report_html(GRENLAND), "verdict"))
    md_first = report_md(GRENLAND).split("## Status per regel", 1)[0]
    for rule in ("IDE-02", "IDE-03", "IDE-05", "IDE-12"):
        title = catalog.rule(rule).title.get("nb").strip()
        assert title in verdict, rule
        assert md_escape(title) in md_first, rule
    assert verdict.count("påkrevd") >= 4
    # one sentence on what to do, from the rule's remedy
    assert "Spør Siljan kommune (siljan) om de vil være med i et forprosjekt" in verdict
    assert "Spør Siljan kommune (siljan) om de vil være med i et forprosjekt" in md_first
    en = _text(_section(report_html(GRENLAND, "--lang", "en"), "verdict"))
    assert catalog.rule("IDE-12").title.get("en").strip() in en and "required" in en


def test_where_in_the_file_says_the_party_and_the_field_in_words_with_the_key_in_small_print() -> (
    None
):
    html = report_html(GRENLAND)
    finding = re.search(r'<article [^>]*id="finding-IDE-12".*?</article>', html, re.S)
    assert finding
    text = _text(finding.group(0))
    assert "Siljan kommune: holdning til forprosjekt" in text
    assert re.search(r'class="key"[^>]*>[^<]*parties\[2\]\.stance, linje 31', finding.group(0))
    rules_row = re.search(r'<tr id="rule-IDE-12".*?</tr>', html, re.S)
    assert rules_row and "Siljan kommune: holdning til forprosjekt" in _text(rules_row.group(0))
    # the checklist's evidence: the field's label, the key in small print
    item = re.search(r'<tr data-item="2".*?</tr>', html, re.S)
    assert item
    evidence = _text(item.group(0))
    assert "Skien kommune: kontakt med spesialisthelsetjenesten etablert" in evidence
    assert "Skien kommune: contact_established" not in evidence
    md = report_md(GRENLAND)
    assert "Siljan kommune: holdning til forprosjekt" in md
    assert "Skien kommune: kontakt med spesialisthelsetjenesten etablert" in md
    en = report_html(GRENLAND, "--lang", "en")
    assert "Siljan kommune: stance on a pre-project" in en


def test_values_from_the_file_are_shown_by_their_choice_labels() -> None:
    from readiness.format.labels import choice_label, field_label

    path = EXAMPLES / "vestfold-nord-forprosjekt-klar.yaml"
    text = _text(report_html(path))
    assert "agreement: planned" not in text and "agreement: none" not in text
    planned = choice_label("pre_project.cooperation.agreement", "planned", "nb")
    label = field_label("pre_project.cooperation.agreement", "nb")
    assert planned and label and f"{label}: {planned}" in text
    md = report_md(path)
    assert "agreement: planned" not in md and md_escape(f"{label}: {planned}") in md


def test_an_approval_block_for_each_core_party_kept_on_one_page() -> None:
    html = report_html(GRENLAND)
    approval = _section(html, "approval")
    page = Page(approval)
    core = [p["id"] for p in example_data("grenland-uten-avtale.yaml")["parties"] if p.get("core")]
    assert [a["data-signatory"] for a in page.find("tr") if "data-signatory" in a] == core
    text = _text(approval)
    for name in ("Skien kommune", "Porsgrunn kommune", "Siljan kommune"):
        assert name in text
    for label in ("Gjennomgått av", "Dato", "Signatur"):
        assert label in text
    # every core party's row has three empty cells to write in by hand
    rows = re.findall(r'<tr data-signatory="[^"]+">(.*?)</tr>', approval, re.S)
    assert len(rows) == len(core)
    assert all(re.findall(r"<td>\s*</td>", row).__len__() == 3 for row in rows)
    assert re.search(r"#approval\s*\{[^}]*break-inside:\s*avoid", html)
    en = _text(_section(report_html(GRENLAND, "--lang", "en"), "approval"))
    assert "Reviewed by" in en and "Signature" in en and "Gjennomgått" not in en
    md = report_md(GRENLAND)
    assert "Gjennomgått av" in md.split("## Alle regler i porten")[-1]
    assert md.count("Signatur") >= len(core)


def test_the_report_shows_the_file_name_never_its_local_path(tmp_path: Path) -> None:
    deep = tmp_path / "hjemme" / "koordinator"
    deep.mkdir(parents=True)
    path = deep / "grenland.yaml"
    shutil.copy(GRENLAND, path)
    for out in (report_html(path), report_md(path), report_html(path, "--lang", "en")):
        assert "grenland.yaml" in out
        assert str(deep) not in out and "hjemme" not in out


@pytest.mark.browser
def test_pdf_shows_the_file_name_never_its_local_path(tmp_path: Path) -> None:
    need_browser()
    import pypdf

    deep = tmp_path / "hjemme" / "koordinator"
    deep.mkdir(parents=True)
    path = deep / "grenland.yaml"
    shutil.copy(GRENLAND, path)
    out = tmp_path / "rapport.pdf"
    assert run("report", str(path), "-o", str(out)).exit_code == 0
    reader = pypdf.PdfReader(str(out))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "hjemme" not in meta and "hjemme" not in text and "koordinator" not in text
    assert "grenland.yaml" in text


# Where the browser tests leave their screenshots: $READINESS_SHOTS if set (to look at them),
# else the test's temporary directory.
def _shots(tmp_path: Path) -> Path:
    where = Path(os.environ.get("READINESS_SHOTS") or tmp_path)
    where.mkdir(parents=True, exist_ok=True)
    return where


# Every table and every cell within its column: a table no wider than its parent, a cell's
# content no wider than the cell (a long word that runs out of its column shows here).
_OVERFLOWS = """() => {
  const out = [];
  for (const table of document.querySelectorAll('table')) {
    const room = table.parentElement.getBoundingClientRect();
    const box = table.getBoundingClientRect();
    if (box.right > room.right + 1 || table.scrollWidth > table.parentElement.clientWidth + 1)
      out.push(`${table.className}: ${Math.round(box.width)} > ${Math.round(room.width)}`);
    for (const cell of table.querySelectorAll('th, td'))
      if (cell.scrollWidth > cell.clientWidth + 1)
        out.push(`${table.className} cell "${cell.textContent.trim().slice(0, 30)}"`);
  }
  return out;
}"""

# Dates that the layout broke over two lines.
_WRAPPED_DATES = """() => [...document.querySelectorAll('.date')]
  .filter(e => e.textContent.trim() && (getComputedStyle(e).whiteSpace !== 'nowrap'
    || e.getClientRects().length > 1 || e.getBoundingClientRect().height > 2 * parseFloat(
      getComputedStyle(e).lineHeight || '20')))
  .map(e => e.textContent.trim())"""

A4_PX = (794, 1123)  # A4 at 96 px per inch
A4_CONTENT_WIDTH_PX = round((210 - 26) / 25.4 * 96)  # the @page rule's side margins: 13 mm


@pytest.mark.browser
def test_the_grenland_report_prints_on_four_pages_with_tables_that_fit(
    browser: Any, tmp_path: Path
) -> None:
    import pypdf

    out = tmp_path / "rapport.pdf"
    assert run("report", str(GRENLAND), "-o", str(out)).exit_code == 0
    pages = len(pypdf.PdfReader(str(out)).pages)
    assert pages <= 4, f"{pages} A4 pages"

    html = report_html(GRENLAND)
    shots = _shots(tmp_path)
    page = browser.new_page(viewport={"width": 1000, "height": 1200})
    page.set_content(html, wait_until="load")
    for width in (1000, 760):  # a laptop's window and a narrow one
        page.set_viewport_size({"width": width, "height": 1200})
        assert page.evaluate(_OVERFLOWS) == [], f"screen, {width} px"
        assert page.evaluate(_WRAPPED_DATES) == [], f"screen, {width} px"
        page.screenshot(path=str(shots / f"skjerm-{width}.png"), full_page=True)
    # paper: the column of an A4 page, as print media
    page.emulate_media(media="print")
    page.set_viewport_size({"width": A4_CONTENT_WIDTH_PX, "height": A4_PX[1]})
    assert page.evaluate(_OVERFLOWS) == [], "print, A4"
    assert page.evaluate(_WRAPPED_DATES) == [], "print, A4"
    assert page.evaluate("document.querySelectorAll('.date').length") > 0
    # every printed page, as the browser lays it out: one screenshot per page height
    height = page.evaluate("document.documentElement.scrollHeight")
    page_height = round((297 - 26) / 25.4 * 96)
    for n, top in enumerate(range(0, height, page_height), start=1):
        clip = {"x": 0, "y": top, "width": A4_CONTENT_WIDTH_PX, "height": page_height}
        clip["height"] = min(page_height, height - top)
        page.screenshot(path=str(shots / f"side-{n}.png"), clip=clip, full_page=True)
        assert (shots / f"side-{n}.png").stat().st_size > 5_000
    # the PDF Chromium prints from the same page has as many pages as the command's
    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == pages
    page.close()
