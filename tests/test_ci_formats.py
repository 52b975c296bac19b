"""The CI formats with the clients CI users have: GitHub Actions (annotations in groups, the job
summary), GitLab (Code Quality against GitLab's own schema, JUnit as GitLab's parser reads it),
Jenkins' JUnit schema, SARIF against the 2.1.0 schema and Microsoft's Sarif.Multitool, and
colour as NO_COLOR, FORCE_COLOR and --color ask.

The corpus is a small repository (a ``.git`` folder, so its top is found as git's) run from a
subfolder, plus a file outside it given by its absolute path.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner, Result

from readiness.catalog.load import default_catalog
from readiness.cli import settings
from readiness.cli.main import main
from readiness.render import sarif
from tests.helpers import AS_OF, EXAMPLES, external_tool

DATA = Path(__file__).parent / "data"
FILES = {
    "klar.yaml": "vestfold-nord-klar.yaml",  # ready
    "ikke-klar.yaml": "grenland-uten-avtale.yaml",  # not ready: IDE-05 and more
    "avvik.yaml": "hallingdal-avvik.yaml",  # accepted deviations
    "anbefalinger.yaml": "vestfold-nord-anbefalinger.yaml",  # ready, recommendations not followed
}
ESC = "\x1b["


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "initiatives").mkdir()
    (root / "sub").mkdir()
    for name, example in FILES.items():
        shutil.copy(EXAMPLES / example, root / "initiatives" / name)
    (root / "initiatives" / "ugyldig.yaml").write_text(
        "schema_version: 1\ninitiative: {name: x, phase: idea}\nparties: []\nukjent: 1\n", "utf-8"
    )
    (tmp_path / "utenfor").mkdir()
    shutil.copy(EXAMPLES / "grenland-uten-avtale.yaml", tmp_path / "utenfor" / "ute.yaml")
    settings._load.cache_clear()
    return root


def run(cwd: Path, monkeypatch: pytest.MonkeyPatch, *args: str, **env: str) -> Result:
    monkeypatch.chdir(cwd)
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    dated = ["--as-of", AS_OF.isoformat()] if args[0] in ("check", "plan") else []
    return CliRunner().invoke(main, [*args, *dated], catch_exceptions=False)


def _accepted_rules() -> set[str]:
    """The rules avvik.yaml accepts deviations from."""
    data = yaml.safe_load((EXAMPLES / FILES["avvik.yaml"]).read_text(encoding="utf-8"))
    return {d["rule"] for d in data["deviations"]}


def _all(repo: Path) -> list[str]:
    return ["../initiatives", str(repo.parent / "utenfor" / "ute.yaml")]


# -- a path that is not there ------------------------------------------------------------------
@pytest.mark.parametrize("arg", ["initiativs/", "initiativs", "nope.yaml"])
def test_a_missing_path_is_not_found(repo: Path, monkeypatch, arg: str) -> None:  # noqa: ANN001
    res = run(repo, monkeypatch, "check", arg)
    assert res.exit_code == 2
    assert "fant ikke filen; sjekk stien" in res.output and "ukjent filtype" not in res.output


# -- GitHub Actions ----------------------------------------------------------------------------
def test_github_actions_gets_annotations_in_groups_without_format(repo, monkeypatch) -> None:  # noqa: ANN001
    res = run(repo / "sub", monkeypatch, "check", "../initiatives", GITHUB_ACTIONS="true")
    lines = res.stdout.splitlines()
    assert res.exit_code == 2
    assert "::group::../initiatives/ikke-klar.yaml: IKKE KLAR" in lines
    assert "::group::../initiatives/ugyldig.yaml: UGYLDIG" in lines
    assert not any("klar.yaml: KLAR" in line for line in lines)  # nothing to say
    assert lines.count("::endgroup::") == sum(line.startswith("::group::") for line in lines)
    # GitHub places an annotation by its path from the repository's top, as SARIF's
    assert any(line.startswith("::error file=initiatives/ikke-klar.yaml,") for line in lines)
    assert any(line.startswith("::error file=initiatives/ugyldig.yaml,") for line in lines)
    assert not any("file=../" in line for line in lines)
    assert lines[-1].startswith("5 filer:")
    # --format wins, and outside GitHub Actions the text is the default
    assert run(
        repo, monkeypatch, "check", "initiatives", "--format", "text", GITHUB_ACTIONS="true"
    ).stdout.startswith("initiatives/")
    assert run(repo, monkeypatch, "check", "initiatives").stdout.startswith("initiatives/")


def test_github_actions_job_summary_is_appended(repo: Path, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    summary = tmp_path / "step_summary.md"
    summary.write_text("Forrige steg\n", encoding="utf-8")
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    run(repo, monkeypatch, "check", "initiatives", **env)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("Forrige steg\n## readiness: 5 filer: 3 klare, 1 ikke klar, 1 ugyldig")
    assert "| `initiatives/ikke-klar.yaml` |" in text
    assert "| `initiatives/klar.yaml` |" not in text  # only what needs doing
    run(repo, monkeypatch, "check", "initiatives/klar.yaml", "--format", "sarif", **env)
    assert summary.read_text(encoding="utf-8") == text  # only the GitHub format writes one


# -- colour ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args, env, coloured",
    [
        ((), {}, False),  # not a terminal
        ((), {"FORCE_COLOR": "1"}, True),
        ((), {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),  # NO_COLOR wins
        ((), {"NO_COLOR": ""}, False),
        (("--color", "always"), {"NO_COLOR": "1"}, True),  # the option wins
        (("--color", "never"), {"FORCE_COLOR": "1"}, False),
    ],
)
@pytest.mark.parametrize("command", ["check", "plan"])
def test_colour(repo: Path, monkeypatch, command: str, args, env, coloured: bool) -> None:  # noqa: ANN001
    res = run(repo, monkeypatch, command, "initiatives/ikke-klar.yaml", *args, **env)
    assert (ESC in res.stdout) is coloured, res.stdout[:200]


def test_colour_reaches_the_summary_beside_a_report_file(repo, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "r.sarif"
    res = run(
        repo,
        monkeypatch,
        "check",
        "initiatives",
        "--format",
        "sarif",
        "-o",
        str(out),
        FORCE_COLOR="1",
    )
    assert ESC in res.stdout and ESC not in out.read_text(encoding="utf-8")


# -- GitLab Code Quality -----------------------------------------------------------------------
def _gitlab(repo: Path, monkeypatch, *args: str) -> list[dict[str, Any]]:  # noqa: ANN001
    res = run(repo / "sub", monkeypatch, "check", *_all(repo), "--format", "gitlab", *args)
    assert res.exit_code == 2, res.output
    return json.loads(res.stdout)


def test_gitlab_code_quality_is_what_gitlab_reads(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    issues = _gitlab(repo, monkeypatch)
    # GitLab drops an issue that its own schema refuses (CodequalityReports#valid_degradation?)
    schema = json.loads((DATA / "gitlab-codeclimate.json").read_text(encoding="utf-8"))
    for issue in issues:
        jsonschema.validate(issue, schema)
        # and the fields its documentation lists for a custom tool
        assert issue["check_name"] and issue["description"]
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert isinstance(issue["location"]["lines"]["begin"], int)
        assert issue["location"]["lines"]["begin"] >= 1
    # one issue per fingerprint: GitLab keeps only one of those that share one
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    paths = {i["location"]["path"] for i in issues}
    outside = str(repo.parent / "utenfor" / "ute.yaml")
    assert paths == {
        "initiatives/ikke-klar.yaml",
        "initiatives/ugyldig.yaml",
        "initiatives/anbefalinger.yaml",
        "initiatives/avvik.yaml",
        outside,
    }
    by = {(i["location"]["path"], i["check_name"]): i["severity"] for i in issues}
    assert by["initiatives/ikke-klar.yaml", "IDE-05"] == "major"
    assert by["initiatives/ugyldig.yaml", "INPUT"] == "critical"
    assert "minor" in {s for (p, _), s in by.items() if p == "initiatives/anbefalinger.yaml"}
    accepted = _accepted_rules()
    assert accepted and not any((p, r) in by for p in ["initiatives/avvik.yaml"] for r in accepted)


def test_gitlab_fingerprints_are_stable_across_runs_and_edits(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    first = _gitlab(repo, monkeypatch)
    assert _gitlab(repo, monkeypatch) == first  # run again: the same report
    for name in ("ikke-klar.yaml", "ugyldig.yaml"):  # every line moves down
        path = repo / "initiatives" / name
        path.write_text("# en ny første linje\n\n" + path.read_text(encoding="utf-8"), "utf-8")
    moved = _gitlab(repo, monkeypatch)
    assert [i["fingerprint"] for i in moved] == [i["fingerprint"] for i in first]
    for before, after in zip(first, moved, strict=True):
        shift = (
            2
            if before["location"]["path"]
            in ("initiatives/ikke-klar.yaml", "initiatives/ugyldig.yaml")
            else 0
        )
        assert after["location"]["lines"]["begin"] == before["location"]["lines"]["begin"] + shift
    # the same in English: the fingerprint is no text the reader reads
    english = _gitlab(repo, monkeypatch, "--lang", "en")
    assert [i["fingerprint"] for i in english] == [i["fingerprint"] for i in moved]


def test_sarif_root_sets_the_base_of_the_paths(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    issues = _gitlab(repo, monkeypatch, "--sarif-root", "../initiatives")
    assert "ikke-klar.yaml" in {i["location"]["path"] for i in issues}


# -- JUnit: Jenkins' schema and GitLab's parser ------------------------------------------------
def _junit(repo: Path, monkeypatch, *args: str) -> str:  # noqa: ANN001
    res = run(repo, monkeypatch, "check", "initiatives", "--format", "junit", *args)
    assert res.exit_code == 2
    return res.stdout


def gitlab_test_cases(xml: str) -> list[dict[str, Any]]:
    """The test cases as GitLab's parser makes them (lib/gitlab/ci/parsers/test/junit.rb,
    create_test_case): the status from a failure, error or skipped child, and that child's
    text as the details shown; anything else (system-out of a passing case) is dropped."""
    cases = []
    for suite in ET.fromstring(xml.encode("utf-8")).iter("testsuite"):
        for case in suite.iter("testcase"):
            status, details = "success", None
            for tag in ("failure", "error", "skipped"):
                child = case.find(tag)
                if child is not None:
                    status = {"failure": "failed", "error": "error", "skipped": "skipped"}[tag]
                    # Hash.from_xml: an element with text gives the text, an empty one its
                    # attributes (a hash, which GitLab cannot show)
                    details = child.text if child.text and child.text.strip() else None
                    break
            cases.append(
                {
                    "suite": suite.get("name"),
                    "name": case.get("name"),
                    "status": status,
                    "details": details,
                }
            )
    return cases


@pytest.mark.parametrize("strict", [False, True])
def test_junit_remarks_are_shown_by_gitlab(repo: Path, monkeypatch, strict: bool) -> None:  # noqa: ANN001
    cases = gitlab_test_cases(_junit(repo, monkeypatch, *(["--strict"] if strict else [])))
    of = {(c["suite"], c["name"].split()[0]): c for c in cases}
    remarks = [
        c
        for c in cases
        if c["suite"] == "initiatives/anbefalinger.yaml" and c["status"] != "success"
    ]
    severity = {r.id: r.severity for r in default_catalog().rules}
    recommendation = [c for c in remarks if severity[c["name"].split()[0]] == "recommended"]
    advice = [c for c in remarks if severity[c["name"].split()[0]] == "advice"]
    assert recommendation and all(c["details"] for c in remarks)
    assert {c["status"] for c in recommendation} == ({"failed"} if strict else {"skipped"})
    assert all(c["status"] == "skipped" for c in advice)  # advice never fails, --strict or not
    accepted = [
        c
        for c in cases
        if c["suite"] == "initiatives/avvik.yaml" and c["name"].split()[0] in _accepted_rules()
    ]
    assert accepted and all(c["status"] == "skipped" for c in accepted)
    assert all("akseptert avvik" in c["details"].lower() for c in accepted)
    assert of["initiatives/ikke-klar.yaml", "IDE-05"]["status"] == "failed"
    assert of["initiatives/ugyldig.yaml", "readiness.input"]["status"] == "error"
    # every case that is not a plain pass has details GitLab shows
    assert all(c["details"] for c in cases if c["status"] != "success")


def test_junit_is_valid_for_jenkins(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    """Jenkins' xunit plugin validates JUnit reports against its junit-10.xsd."""
    import xmlschema

    schema = xmlschema.XMLSchema(str(DATA / "junit-10.xsd"))
    for strict in ([], ["--strict"]):
        schema.validate(_junit(repo, monkeypatch, *strict))
    root = ET.fromstring(_junit(repo, monkeypatch).encode("utf-8"))
    assert not root.findall(".//system-out")  # nothing a CI would drop
    # how binding a failed rule is, in the text every reporter shows (IDE-05: a grant condition)
    failure = root.find(".//testcase[@name='IDE-05 agreement.binding_intent']/failure")
    assert failure is not None and "Vilkår i tilskuddsordningen" in (failure.text or "")


# -- SARIF -------------------------------------------------------------------------------------
def _sarif(repo: Path, monkeypatch, *args: str, cwd: Path | None = None) -> dict[str, Any]:  # noqa: ANN001
    res = run(cwd or repo / "sub", monkeypatch, "check", *_all(repo), "--format", "sarif", *args)
    assert res.exit_code == 2, res.output
    return json.loads(res.stdout)


def _results(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return doc["runs"][0]["results"]


def test_sarif_uris_are_relative_to_the_repository(repo: Path, monkeypatch) -> None:  # noqa: ANN001
    doc = _sarif(repo, monkeypatch)
    run_ = doc["runs"][0]
    base = run_["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base == repo.as_uri() + "/"
    locations = {
        json.dumps(r["locations"][0]["physicalLocation"]["artifactLocation"], sort_keys=True)
        for r in _results(doc)
    }
    outside = (repo.parent / "utenfor" / "ute.yaml").as_uri()
    assert {json.loads(x)["uri"] for x in locations} == {
        "initiatives/ikke-klar.yaml",
        "initiatives/ugyldig.yaml",
        "initiatives/anbefalinger.yaml",
        "initiatives/avvik.yaml",
        outside,
    }
    for x in map(json.loads, locations):  # a base only for a relative reference (SARIF1004)
        assert ("uriBaseId" in x) is (not x["uri"].startswith("file://"))
    # the same from the top of the repository
    res = run(repo, monkeypatch, "check", "initiatives", _all(repo)[1], "--format", "sarif")

    def key(r: dict[str, Any]) -> str:
        return json.dumps(r, sort_keys=True)

    assert sorted(map(key, _results(json.loads(res.stdout)))) == sorted(map(key, _results(doc)))


def test_sarif_rules_have_explains_help_and_results_fingerprints(repo, monkeypatch) -> None:  # noqa: ANN001
    doc = _sarif(repo, monkeypatch)
    rules = doc["runs"][0]["tool"]["driver"]["rules"]
    for rule in rules:
        if rule["id"] == "INPUT":
            continue
        res = run(repo, monkeypatch, "explain", rule["id"], "--format", "markdown")
        assert res.exit_code == 0, res.output
        explained = res.stdout
        assert rule["help"]["markdown"] == explained
        assert rule["help"]["text"] == run(repo, monkeypatch, "explain", rule["id"]).stdout
    prints = [r["partialFingerprints"][sarif.FINGERPRINT] for r in _results(doc)]
    assert len(set(prints)) == len(prints)
    path = repo / "initiatives" / "ikke-klar.yaml"
    path.write_text("# ny første linje\n" + path.read_text(encoding="utf-8"), "utf-8")
    again = [
        r["partialFingerprints"][sarif.FINGERPRINT] for r in _results(_sarif(repo, monkeypatch))
    ]
    assert again == prints


def test_sarif_accepted_deviation_is_an_accepted_suppression_at_note(repo, monkeypatch) -> None:  # noqa: ANN001
    suppressed = [r for r in _results(_sarif(repo, monkeypatch)) if r.get("suppressions")]
    assert suppressed
    for r in suppressed:
        assert r["level"] == "note"  # GitHub ignores suppressions: a note fails no check
        assert r["suppressions"][0]["status"] == "accepted"
        assert r["suppressions"][0]["justification"]


def test_sarif_information_uri_from_the_package(repo, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(sarif, "information_uri", lambda: "https://example.org/readiness")
    driver = _sarif(repo, monkeypatch)["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://example.org/readiness"


def test_sarif_is_valid_for_the_schema_and_sarif_multitool(repo, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    monkeypatch.setattr(sarif, "information_uri", lambda: "https://example.org/readiness")
    doc = _sarif(repo, monkeypatch)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(doc)
    multitool = external_tool("sarif-multitool")
    log = tmp_path / "readiness.sarif"
    log.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "validation.sarif"
    proc = subprocess.run(
        [multitool, "validate", str(log), "-o", str(out), "--log", "ForceOverwrite"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    found = json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
    # every error and warning of its default rules (SARIF1xxx: the spec; SARIF2xxx: guidance)
    problems = [
        f"{r['ruleId']}: {r['message'].get('text') or r['message'].get('arguments')}"
        for r in found
        if r.get("level", "warning") in ("error", "warning")
    ]
    assert problems == [], "\n".join(problems)


def test_sarif_before_the_fix_fails_sarif_multitool(tmp_path) -> None:  # noqa: ANN001
    """The check above can fail: an absolute URI with a base is SARIF1004 for Multitool."""
    multitool = external_tool("sarif-multitool")
    bad = {
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "x", "informationUri": "https://example.org/"}},
                "results": [
                    {
                        "ruleId": "R",
                        "message": {"text": "m."},
                        "locations": [
                            {
                                "physicalLocation": {
                                    "artifactLocation": {
                                        "uri": "file:///tmp/x.yaml",
                                        "uriBaseId": "%SRCROOT%",
                                    }
                                }
                            }
                        ],
                    }
                ],
            }
        ],
    }
    log = tmp_path / "bad.sarif"
    log.write_text(json.dumps(bad), encoding="utf-8")
    out = tmp_path / "v.sarif"
    subprocess.run(
        [multitool, "validate", str(log), "-o", str(out), "--log", "ForceOverwrite"],
        capture_output=True,
        timeout=300,
        check=True,
    )
    ids = {r["ruleId"] for r in json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]}
    assert "SARIF1004" in ids


def test_github_format_escapes_group_titles() -> None:
    from readiness.render.github import escape_data

    assert re.fullmatch(r"[^\r\n]*", escape_data("a\nb%"))


def test_a_fingerprint_shows_no_digits_that_could_pass_for_an_identity_number() -> None:
    """SARIF's partialFingerprints and GitLab's fingerprint are digests; written in hex, one in a
    few hundred findings holds 11 digits in a row, and some of those pass the identity
    number's check digits (a reader, or a data-loss scanner, cannot tell)."""
    from bench.fuzz import leaks
    from readiness.render.source import fingerprint

    prints = [fingerprint(f"/tmp/tmp{i:06d}/f.yaml", "IDE-05") for i in range(20000)]
    assert len(set(prints)) == len(prints)  # as distinct as the digest
    assert not [p for p in prints if re.search(r"[0-9]", p)]
    assert not leaks(" ".join(prints))
