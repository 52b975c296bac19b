"""What readiness.cli.main does for a fast cold start does not change what the CLI does."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import click
import pytest

from readiness.cli.shared import IsoDate
from tests.helpers import ROOT

DATES = [
    "2026-11-22",
    "2024-02-29",
    "2026-02-29",
    "2026-13-01",
    "2026-00-10",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "2026-1-05",
    "2026-11-2x",
    "٢٠٢٦-١١-٢٢",  # Arabic-Indic digits
    "²026-11-22",
    "+026-11-22",
    "2026-+1-22",
    " 2026-11-2",
    "2026-11-22 ",
    "2026/11/22",
    "20261122",
    "",
    dt.datetime(2026, 1, 1),
]


@pytest.mark.parametrize("value", DATES, ids=repr)
def test_as_of_reads_dates_as_click_datetime_does(value: object) -> None:
    def convert(kind: click.ParamType) -> object:
        try:
            return kind.convert(value, None, None)
        except click.BadParameter as exc:
            return str(exc)

    assert convert(IsoDate()) == convert(click.DateTime(formats=["%Y-%m-%d"]))


def _readiness(*args: str) -> subprocess.CompletedProcess[str]:
    """`readiness ARGS...` in a process of its own, from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "readiness.cli.main", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_a_process_exits_with_its_code_and_all_of_its_output(tmp_path) -> None:  # noqa: ANN001
    """readiness.cli.main freezes the collector at exit (no final collections): exit codes and
    output, to the terminal and to --output, are whole."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema_version: 1\nparties: []\n", encoding="utf-8")
    report = tmp_path / "report.json"
    proc = _readiness(
        "check",
        "examples/grenland-uten-avtale.yaml",
        "examples/vestfold-nord-klar.yaml",
        str(broken),
        "--as-of",
        "2026-11-22",
        "--format",
        "json",
        "-o",
        str(report),
    )
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "broken.yaml" in proc.stdout
    doc = json.loads(report.read_text(encoding="utf-8"))
    assert doc
    proc = _readiness(
        "check", "examples/grenland-uten-avtale.yaml", "--as-of", "2026-11-22", "--format", "json"
    )
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert json.loads(proc.stdout)
