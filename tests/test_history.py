"""`readiness history`: one file's readiness at each commit that changed it, for a steering group
that wants to see how far it has come; and `readiness report --history`.

The git repository is made by the test (user name and e-mail set per command with ``git -c``,
never globally): a first draft missing the intention agreement, a commit that fixes it, a
rename, a commit that breaks another prerequisite (its subject holds an identity number), a
broken file, and the move to the pre-project (a new gate). What the readers rely on: every
point says what `check` said of that version; the history follows the rename; no author name or
e-mail address appears anywhere (git is never asked for them); a subject's identity number is
redacted in every format; the chart is well-formed SVG that marks the changes of verdict and
gate without colour; a file outside git, never committed, or with git missing is exit 2 with a
message that says so.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from readiness.catalog.load import default_catalog
from readiness.cli.main import main
from readiness.explore.history import file_history
from readiness.read.files import MAX_BYTES
from tests.helpers import EXAMPLES, launch_browser, need_browser

AUTHOR = "Kari Nordmann"
EMAIL = "kari.nordmann@example.no"
FNR = "15076500565"  # synthetic, passes both check digits
SVG = "{http://www.w3.org/2000/svg}"


class Repo:
    """A git repository in a directory, committing as AUTHOR on given dates."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str, date: str | None = None) -> str:
        env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(self.root)}
        if date is not None:
            env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
        proc = subprocess.run(
            ["git", "-c", f"user.name={AUTHOR}", "-c", f"user.email={EMAIL}", *args],
            cwd=self.root,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return proc.stdout

    def commit(self, message: str, date: str, **files: str) -> str:
        for name, text in files.items():
            (self.root / name).write_text(text, encoding="utf-8")
            self.git("add", name)
        self.git("commit", "-q", "-m", message, date=date)
        return self.git("rev-parse", "HEAD").strip()


READY = (EXAMPLES / "vestfold-nord-klar.yaml").read_text(encoding="utf-8")
NO_AGREEMENT = READY.replace("status: intent", "status: none")
NOT_ANCHORED = READY.replace("leadership: {level: endorsed", "leadership: {level: none", 1)
PRE_PROJECT = (EXAMPLES / "vestfold-nord-forprosjekt-klar.yaml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Repo:
    r = Repo(tmp_path_factory.mktemp("historikk") / "depot")
    r.commit("Første utkast", "2026-03-01T10:00:00+01:00", **{"ini.yaml": NO_AGREEMENT})
    r.commit("Intensjonsavtalen er på plass", "2026-04-01T10:00:00+02:00", **{"ini.yaml": READY})
    r.git("mv", "ini.yaml", "vestfold.yaml")
    r.git("commit", "-q", "-m", "Nytt navn på filen", date="2026-04-15T10:00:00+02:00")
    r.commit(
        f"Siljan trekker seg (sak {FNR})",
        "2026-05-01T10:00:00+02:00",
        **{"vestfold.yaml": NOT_ANCHORED},
    )
    r.commit("Halvferdig", "2026-05-10T10:00:00+02:00", **{"vestfold.yaml": READY + "  : [\n"})
    r.commit(
        "Forprosjektet er i gang", "2026-06-01T10:00:00+02:00", **{"vestfold.yaml": PRE_PROJECT}
    )
    return r


def run(*args: str, cwd: Path | None = None) -> Any:
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, list(args), catch_exceptions=False)
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def history(repo: Repo, *args: str) -> str:
    result = run("history", str(repo.root / "vestfold.yaml"), *args)
    assert result.exit_code == 0, result.output
    return result.stdout


# -- the points -------------------------------------------------------------------------------
def test_each_commit_is_a_point_with_what_check_said_of_that_version(repo: Repo) -> None:
    doc = json.loads(history(repo, "--format", "json"))
    points = doc["points"]
    assert [p["subject"] for p in points] == [
        "Første utkast",
        "Intensjonsavtalen er på plass",
        "Nytt navn på filen",
        "Siljan trekker seg (sak [fødselsnummer fjernet])",
        "Halvferdig",
        "Forprosjektet er i gang",
    ]
    assert [p["verdict"] for p in points] == [
        "not_ready",
        "ready",
        "ready",
        "not_ready",
        "invalid",
        "ready",
    ]
    # the fix and the break: one prerequisite missing, then none, then another
    assert points[0]["missing_prerequisites"] == ["IDE-05"]
    assert points[1]["missing_prerequisites"] == []
    assert points[3]["missing_prerequisites"] == ["IDE-03"]
    assert "ugyldig YAML" in points[4]["errors"][0]["message"]
    assert [p["gate"] for p in points] == ["preproject"] * 4 + [None, "establishment"]
    # following the rename: the first two points are the file under its old name
    assert [p["path"] for p in points] == ["ini.yaml"] * 2 + ["vestfold.yaml"] * 4
    assert [p["date"][:10] for p in points] == [
        "2026-03-01",
        "2026-04-01",
        "2026-04-15",
        "2026-05-01",
        "2026-05-10",
        "2026-06-01",
    ]
    commits = repo.git("log", "--follow", "--format=%H", "--", "vestfold.yaml").split()
    assert [p["commit"] for p in points] == commits[::-1]
    assert points[0]["summary"]["met"] == points[0]["summary"]["rules"] - 1


def test_each_version_says_what_check_says_of_it(repo: Repo, tmp_path: Path) -> None:
    h = file_history(str(repo.root / "vestfold.yaml"), default_catalog())
    for point in h.points:
        if point.result is None or point.verdict == "invalid":
            continue
        version = tmp_path / f"{point.short}.yaml"
        version.write_text(repo.git("show", f"{point.commit}:{point.path}"), encoding="utf-8")
        date = point.date.date().isoformat()
        result = run("check", str(version), "--format", "json", "--as-of", date)
        checked = json.loads(result.stdout)["results"][0]
        assert point.verdict == checked["verdict"]
        missing = point.result.missing_prerequisites  # type: ignore[union-attr]
        assert missing == checked["missing_prerequisites"]


def test_no_author_name_or_email_in_any_format(repo: Repo, tmp_path: Path) -> None:
    outputs = [history(repo, "--format", fmt) for fmt in ("text", "json", "svg", "html")]
    outputs.append(history(repo, "--format", "text", "--lang", "en"))
    report = run("report", str(repo.root / "vestfold.yaml"), "--history")
    assert report.exit_code == 0
    outputs.append(report.stdout)
    for out in outputs:
        for word in ("Kari", "Nordmann", "kari.nordmann", "example.no", EMAIL):
            assert word not in out


def test_git_is_never_asked_for_names_or_emails(
    repo: Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A git on PATH that logs every argument it is given, then runs the real one."""
    real = subprocess.run(["which", "git"], capture_output=True, text=True, check=True)
    log = tmp_path / "git-args.log"
    wrapper = tmp_path / "bin" / "git"
    wrapper.parent.mkdir()
    wrapper.write_text(
        f'#!/bin/sh\nprintf "%s\\n" "$@" >> "{log}"\nexec "{real.stdout.strip()}" "$@"\n',
        encoding="utf-8",
    )
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{wrapper.parent}{os.pathsep}{os.environ['PATH']}")
    history(repo, "--format", "json")
    args = log.read_text(encoding="utf-8")
    assert "--follow" in args and "cat-file" in args
    for placeholder in ("%an", "%ae", "%aN", "%aE", "%cn", "%ce", "%cN", "%cE", "%al", "%cl"):
        assert placeholder not in args
    for word in ("--pretty=full", "--pretty=fuller", "--format=full", "shortlog", "blame"):
        assert word not in args


def test_an_identity_number_in_a_subject_is_redacted_in_every_format(repo: Repo) -> None:
    for fmt in ("text", "json", "svg", "html"):
        for lang in ("nb", "en"):
            out = history(repo, "--format", fmt, "--lang", lang)
            assert FNR not in out, (fmt, lang)
            placeholder = "fødselsnummer fjernet" if lang == "nb" else "identity number removed"
            assert placeholder in out, (fmt, lang)
    for fmt in ("html", "md"):
        report = run("report", str(repo.root / "vestfold.yaml"), "--history", "--format", fmt)
        assert FNR not in report.stdout and "fødselsnummer fjernet" in report.stdout


def test_an_identity_number_in_a_version_makes_that_point_invalid(tmp_path: Path) -> None:
    r = Repo(tmp_path / "depot")
    r.commit("Første", "2026-03-01T10:00:00+01:00", **{"a.yaml": READY})
    r.commit("Med nummer", "2026-03-02T10:00:00+01:00", **{"a.yaml": READY + f"# {FNR}\n"})
    r.commit("Uten", "2026-03-03T10:00:00+01:00", **{"a.yaml": READY})
    doc = json.loads(run("history", str(r.root / "a.yaml"), "--format", "json").stdout)
    assert [p["verdict"] for p in doc["points"]] == ["ready", "invalid", "ready"]
    assert "fødselsnummer" in doc["points"][1]["errors"][0]["message"]
    for fmt in ("text", "json", "svg", "html"):
        assert FNR not in run("history", str(r.root / "a.yaml"), "--format", fmt).stdout


def test_a_version_over_the_size_limit_is_a_point_with_its_error(tmp_path: Path) -> None:
    r = Repo(tmp_path / "depot")
    r.commit("Første", "2026-03-01T10:00:00+01:00", **{"a.yaml": READY})
    r.commit("Stor", "2026-03-02T10:00:00+01:00", **{"a.yaml": READY + "#" * MAX_BYTES + "\n"})
    doc = json.loads(run("history", str(r.root / "a.yaml"), "--format", "json").stdout)
    assert [p["verdict"] for p in doc["points"]] == ["ready", "invalid"]
    assert f"over grensen på {MAX_BYTES} byte" in doc["points"][1]["errors"][0]["message"]


def test_a_removed_file_and_max_count(tmp_path: Path) -> None:
    r = Repo(tmp_path / "depot")
    for day in range(1, 6):
        version = {"a.yaml": READY + f"# {day}\n"}
        r.commit(f"Versjon {day}", f"2026-03-0{day}T10:00:00+01:00", **version)
    r.git("rm", "-q", "--cached", "a.yaml")
    r.git("commit", "-q", "-m", "Fjernet", date="2026-03-09T10:00:00+01:00")
    doc = json.loads(run("history", str(r.root / "a.yaml"), "--format", "json").stdout)
    assert doc["points"][-1]["verdict"] == "removed" and doc["truncated"] is False
    doc = json.loads(run("history", str(r.root / "a.yaml"), "--format", "json", "-n", "3").stdout)
    assert len(doc["points"]) == 3 and doc["truncated"] is True
    assert doc["points"][0]["subject"] == "Versjon 4"
    text = run("history", str(r.root / "a.yaml"), "-n", "3").stdout
    assert "Bare de 3 nyeste commitene er med" in text and "FJERNET" in text


# -- the chart --------------------------------------------------------------------------------
def test_the_svg_is_well_formed_and_marks_changes_of_verdict_and_gate(repo: Repo) -> None:
    svg = history(repo, "--format", "svg")
    root = ET.fromstring(svg.split("?>", 1)[1])
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    assert root.find(f"{SVG}title") is not None and root.find(f"{SVG}desc") is not None
    points = root.findall(f".//{SVG}g[@class='point']")
    assert [p.get("data-verdict") for p in points] == [
        "not_ready",
        "ready",
        "ready",
        "not_ready",
        "invalid",
        "ready",
    ]
    # every point tells its commit and date in its tooltip
    for g in points:
        tooltip = g.findtext(f"{SVG}title") or ""
        assert g.get("data-commit", "-") in tooltip and re.match(r"\d{4}-\d\d-\d\d ", tooltip)

    # hollow when not ready, filled when ready: readable without colour
    def fill(g: ET.Element) -> str | None:
        shapes = [e for e in g if e.tag in (f"{SVG}circle", f"{SVG}rect", f"{SVG}polygon")]
        return shapes[0].get("fill") if shapes else None

    assert fill(points[0]) == "#ffffff" and fill(points[1]) != "#ffffff"
    assert fill(points[4]) is None  # not assessed: a sign on the base line
    changes = {
        int(t.get("data-change", "-1")): "".join(t.itertext())
        for t in root.iter(f"{SVG}text")
        if t.get("data-change")
    }
    assert changes[1] == "→ KLAR" and changes[3] == "→ IKKE KLAR" and changes[4] == "→ UGYLDIG"
    assert "ny port: Søknad om etableringsmidler" in changes[5]
    # one line per gate, told apart by its pattern and its shape too
    lines = root.findall(f".//{SVG}polyline")
    assert {ln.get("data-gate") for ln in lines} == {"preproject"}  # one point at establishment
    legend = "".join(root.itertext())
    assert "Søknad om forprosjektmidler" in legend and "Søknad om etableringsmidler" in legend
    assert "hult punkt: ikke klar" in legend


def test_the_html_page_is_self_contained(repo: Repo) -> None:
    html = history(repo, "--format", "html")
    assert '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;' in html
    assert "<script" not in html and not re.search(r"\s(?:src|href)=", html)
    assert html.count('<tr class="v-') == 6 and "<svg" in html


def test_english_history(repo: Repo) -> None:
    text = history(repo, "--lang", "en")
    assert "Progress over time" in text and "the verdict changed" in text
    for norwegian in ("Utviklingen", "oppfylt", "IKKE KLAR", "endret"):
        assert norwegian not in text


# -- the report -------------------------------------------------------------------------------
def test_report_with_history_has_the_chart_and_the_changes(repo: Repo) -> None:
    html = run("report", str(repo.root / "vestfold.yaml"), "--history").stdout
    section = html.split('<section id="history"', 1)[1].split("</section>", 1)[0]
    assert "<svg" in section and 'href="#history"' in html
    rows = re.findall(r'<tr data-commit="(\w+)" data-verdict="(\w+)"', section)
    assert [v for _, v in rows] == ["not_ready", "ready", "not_ready", "invalid", "ready"]
    md = run("report", str(repo.root / "vestfold.yaml"), "--history", "--format", "md").stdout
    assert "## Utviklingen over tid" in md and "| første versjon |" in md
    plain = run("report", str(repo.root / "vestfold.yaml")).stdout
    assert 'id="history"' not in plain


def test_report_with_history_outside_git_is_made_without_it(tmp_path: Path) -> None:
    path = tmp_path / "utenfor" / "a.yaml"
    path.parent.mkdir()
    path.write_text(READY, encoding="utf-8")
    result = run("report", str(path), "--history")
    assert result.exit_code == 0
    assert 'id="history"' not in result.stdout
    assert "ikke i et git-depot" in result.stderr and "uten utviklingen over tid" in result.stderr


# -- no history ---------------------------------------------------------------------------------
def test_a_file_outside_git_is_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "utenfor" / "a.yaml"
    path.parent.mkdir()
    path.write_text(READY, encoding="utf-8")
    result = run("history", str(path))
    assert result.exit_code == 2
    assert "er ikke i et git-depot, så den har ingen historikk" in result.stderr
    assert "Traceback" not in result.output


def test_a_file_never_committed_is_exit_2(repo: Repo) -> None:
    new = repo.root / "ny.yaml"
    new.write_text(READY, encoding="utf-8")
    try:
        result = run("history", "ny.yaml", "--lang", "en", cwd=repo.root)
    finally:
        new.unlink()
    assert result.exit_code == 2
    assert "'ny.yaml' is in a git repository but has never been committed" in result.stderr


def test_a_repository_without_commits_is_exit_2(tmp_path: Path) -> None:
    r = Repo(tmp_path / "tomt")
    (r.root / "a.yaml").write_text(READY, encoding="utf-8")
    result = run("history", str(r.root / "a.yaml"))
    assert result.exit_code == 2 and "aldri vært committet" in result.stderr


@pytest.mark.parametrize(
    ("path", "expected"),
    [("-", "ikke standard inn"), ("finnes-ikke/a.yaml", "fant ikke"), (".", "er en mappe")],
)
def test_what_has_no_history_is_exit_2(path: str, expected: str) -> None:
    result = run("history", path)
    assert result.exit_code == 2 and expected in result.stderr


def test_without_git_is_exit_2(repo: Repo, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no git there
    result = run("history", str(repo.root / "vestfold.yaml"))
    assert result.exit_code == 2 and "fant ikke git-kommandoen" in result.stderr


# -- a real browser -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    need_browser()
    with launch_browser() as b:
        yield b


@pytest.mark.browser
def test_the_history_page_renders_in_chromium(browser: Any, repo: Repo, tmp_path: Path) -> None:
    out = tmp_path / "historikk.html"
    result = run("history", str(repo.root / "vestfold.yaml"), "--format", "html", "-o", str(out))
    assert result.exit_code == 0
    page = browser.new_page(viewport={"width": 1100, "height": 1000})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(out.as_uri())
    chart = page.locator("#chart svg")
    box = chart.bounding_box()
    assert box is not None and box["width"] > 600 and box["height"] > 250
    assert page.locator("g.point").count() == 6
    shot = tmp_path / "historikk.png"
    page.screenshot(path=str(shot), full_page=True)
    keep = os.environ.get("READINESS_SCREENSHOT")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        (Path(keep) / shot.name).write_bytes(shot.read_bytes())
    assert problems == []
    page.close()
