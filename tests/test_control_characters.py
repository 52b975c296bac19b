"""What a file says is shown, never obeyed. YAML's double-quoted escapes put control characters in
any text (``"\\e[31m"``): written raw, a terminal would recolour, retitle or clear itself, and
JUnit's XML may not hold them at all. Every format for people writes them out (``\\x1b``);
JSON escapes them and keeps the text exactly."""

from __future__ import annotations

import json
import xml.dom.minidom
from pathlib import Path

import pytest
from click.testing import CliRunner

from readiness.cli import main
from tests.helpers import EXAMPLES

ESCAPES = {
    "  name: FACT Ung Vestfold nord": '  name: "FACT Ung \\e[31mVestfold\\e[0m nord"',
}


def _file(tmp_path: Path, example: str, replace: dict[str, str]) -> Path:
    text = (EXAMPLES / example).read_text(encoding="utf-8")
    for old, new in replace.items():
        text = text.replace(old, new)
    path = tmp_path / "fil.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _check(*args: str) -> str:
    # color=True: click passes escape sequences through, as it does to a terminal
    result = CliRunner().invoke(main, ["check", *args, "--as-of", "2026-11-22"], color=True)
    assert result.exit_code in (0, 1, 2), result.output
    return result.output


def test_control_characters_from_the_file_are_shown_not_sent(tmp_path: Path) -> None:
    path = _file(tmp_path, "vestfold-nord-klar.yaml", ESCAPES)
    out = _check(str(path))
    assert "\x1b" not in out
    assert "FACT Ung \\x1b[31mVestfold\\x1b[0m nord" in out


def test_a_deviation_reason_and_a_party_in_a_finding_are_shown_not_sent(tmp_path: Path) -> None:
    path = _file(tmp_path, "grenland-uten-avtale.yaml", {})
    text = path.read_text(encoding="utf-8")
    text = text.replace("    name: Siljan kommune", '    name: "\\e]0;owned\\aSiljan kommune"')
    text += 'deviations:\n  - rule: IDE-12\n    reason: "\\e[2JAvklart."\n    accepted_by: Styret\n'
    path.write_text(text, encoding="utf-8")
    out = _check(str(path), "--lang", "en")
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[2JAvklart." in out  # the deviation's reason, under accepted deviations
    assert "\\x1b]0;owned\\x07Siljan kommune (siljan)" in out  # a party named in a finding


def test_an_invalid_value_is_quoted_visibly(tmp_path: Path) -> None:
    path = _file(tmp_path, "vestfold-nord-klar.yaml", {"phase: idea": 'phase: "\\e[8midea"'})
    out = _check(str(path))
    assert "\x1b" not in out
    assert "\\x1b[8m" in out


def test_json_keeps_the_text_exactly(tmp_path: Path) -> None:
    path = _file(tmp_path, "vestfold-nord-klar.yaml", ESCAPES)
    doc = json.loads(_check(str(path), "--format", "json"))
    assert doc["results"][0]["initiative"] == "FACT Ung \x1b[31mVestfold\x1b[0m nord"


@pytest.mark.parametrize("fmt", ["markdown", "junit", "github"])
def test_every_format_for_people_writes_them_out(tmp_path: Path, fmt: str) -> None:
    path = _file(tmp_path, "grenland-uten-avtale.yaml", {})
    text = path.read_text(encoding="utf-8")
    text = text.replace("    name: Siljan kommune", '    name: "\\e[31mSiljan kommune"')
    path.write_text(text.replace("name: FACT Ung Grenland", 'name: "\\e[8mGrenland"'), "utf-8")
    out = _check(str(path), "--format", fmt)
    assert "\x1b" not in out
    assert "\\x1b[31mSiljan kommune" in out
    if fmt == "junit":
        xml.dom.minidom.parseString(out)  # well-formed: XML 1.0 has no escape character


def test_the_plan_writes_them_out(tmp_path: Path) -> None:
    path = _file(tmp_path, "grenland-uten-avtale.yaml", {})
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("name: FACT Ung Grenland", 'name: "\\e[8mGrenland"'), "utf-8")
    result = CliRunner().invoke(main, ["plan", str(path), "--as-of", "2026-11-22"], color=True)
    assert result.exit_code == 1, result.output
    assert "\x1b" not in result.output
    assert "\\x1b[8mGrenland" in result.output
