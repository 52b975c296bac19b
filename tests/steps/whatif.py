"""Steps for features/hva-om.feature, plan.feature and diff.feature: what-if, next steps and
the difference between two versions. They run the real commands (CliRunner, JSON output) on
files in a temporary directory; the shared steps (tests/conftest.py) build the initiative."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner
from pytest_bdd import given, parsers, then, when

from readiness.cli.main import main
from readiness.explore.edit import parse_value, set_value
from tests.helpers import EXAMPLES

VERDICTS = {"klar": "ready", "ikke klar": "not_ready", "avsluttet": "concluded"}


def _write(data: dict[str, Any], path: Path) -> str:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return str(path)


def _run(case: Any, args: list[str]) -> dict[str, Any]:
    case.cli = CliRunner().invoke(main, [*args, "--as-of", case.as_of.isoformat()])
    assert case.cli.exit_code in (0, 1), case.cli.output
    return json.loads(case.cli.output)


# -- Gitt ------------------------------------------------------------------------------------
@given(parsers.parse('en kopi av eksempelet "{name}"'))
def copy_example(case: Any, name: str, tmp_path: Path) -> None:
    case.file = tmp_path / name
    shutil.copyfile(EXAMPLES / name, case.file)
    case.original = case.file.read_bytes()


@given(parsers.re(r'en ny versjon der "(?P<path>[^"]+)" er satt til (?P<value>.+)$'))
def new_version(case: Any, path: str, value: str) -> None:
    if not hasattr(case, "new_data"):
        case.new_data = yaml.safe_load(yaml.safe_dump(case.data))
    set_value(case.new_data, path, parse_value(value))


# -- Når -------------------------------------------------------------------------------------
@when(parsers.parse("jeg spør hva om {changes}"))
def ask_what_if(case: Any, changes: str, tmp_path: Path) -> None:
    """`changes`: `"PATH" var VALUE`, joined by ` og `."""
    args: list[str] = []
    for part in changes.split(" og "):
        path, _, value = part.partition(" var ")
        args += ["--set", f"{path.strip().strip(chr(34))}={value.strip()}"]
    file = (
        str(case.file) if hasattr(case, "file") else _write(case.data, tmp_path / "initiativ.yaml")
    )
    case.change = _run(case, ["whatif", file, *args, "--format", "json"])


@when(parsers.parse('jeg kjører hva om med "{args}" og skriver til "{out}"'))
def what_if_write(case: Any, args: str, out: str, tmp_path: Path) -> None:
    case.out = tmp_path / out
    case.cli = CliRunner().invoke(
        main,
        [
            "whatif",
            str(case.file),
            *shlex.split(args),
            "--write",
            str(case.out),
            "--as-of",
            case.as_of.isoformat(),
        ],
    )


@when("jeg lager en plan for initiativet")
def make_plan(case: Any, tmp_path: Path) -> None:
    case.file = Path(_write(case.data, tmp_path / "initiativ.yaml"))
    case.plan = _run(case, ["plan", str(case.file), "--format", "json"])


@when("de to versjonene sammenlignes")
def compare_versions(case: Any, tmp_path: Path) -> None:
    old = _write(case.data, tmp_path / "gammel.yaml")
    new = _write(case.new_data, tmp_path / "ny.yaml")
    case.change = _run(case, ["diff", old, new, "--format", "json"])


# -- Så --------------------------------------------------------------------------------------
@then(parsers.parse('går utfallet fra "{before}" til "{after}"'))
def verdict_change(case: Any, before: str, after: str) -> None:
    assert case.change["before"]["verdict"] == VERDICTS[before]
    assert case.change["after"]["verdict"] == VERDICTS[after]


@then(parsers.parse('er funnet for "{rule}" løst'))
def resolved(case: Any, rule: str) -> None:
    assert rule in [f["rule"] for f in case.change["resolved"]], case.change["resolved"]


@then(parsers.parse('er funnet for "{rule}" nytt'))
def new_finding(case: Any, rule: str) -> None:
    assert rule in [f["rule"] for f in case.change["new"]], case.change["new"]


@then(parsers.parse("er {count:d} åpne funn uendret"))
def unchanged(case: Any, count: int) -> None:
    assert case.change["unchanged"] == count, case.change["still_open"]


@then("er inndatafilen uendret")
def input_unchanged(case: Any) -> None:
    assert case.file.read_bytes() == case.original


@then(parsers.parse("har den nye filen «{text}» og kommentarene fra originalen"))
def written_file(case: Any, text: str) -> None:
    written = case.out.read_text(encoding="utf-8")
    assert text in written
    comments = [
        line for line in case.original.decode("utf-8").splitlines() if line.lstrip().startswith("#")
    ]
    assert comments and all(c in written.splitlines() for c in comments)


@then(parsers.parse('er steg {number:d} regelen "{rule}"'))
def step_is(case: Any, number: int, rule: str) -> None:
    steps = case.plan["steps"]
    assert steps[number - 1]["rule"] == rule, [s["rule"] for s in steps]


@then("kommer de påkrevde stegene før de anbefalte")
def required_first(case: Any) -> None:
    severities = [s["severity"] for s in case.plan["steps"]]
    assert severities == sorted(severities, key=["required", "recommended"].index)
    assert "advice" not in severities


@then(parsers.parse('ber steget for "{rule}" om å fylle inn "{key}"'))
def step_keys(case: Any, rule: str, key: str) -> None:
    step = next(s for s in case.plan["steps"] if s["rule"] == rule)
    assert key in step["keys"], step["keys"]


@then("er planen tom")
def plan_empty(case: Any) -> None:
    assert case.plan["steps"] == []


@then("blir initiativet klart når eksemplene i planen følges")
def plan_applied(case: Any) -> None:
    args = []
    for step in case.plan["steps"]:
        for edit in step["example"]:
            args += ["--set", f"{edit['path']}={json.dumps(edit['value'], ensure_ascii=False)}"]
    result = _run(case, ["whatif", str(case.file), *args, "--format", "json"])
    assert result["after"]["verdict"] == "ready", result["after"]["missing_prerequisites"]
