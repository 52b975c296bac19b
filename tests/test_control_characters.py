"""What a file says is shown, never obeyed. YAML's double-quoted escapes put control characters in
any text (``"\\e[31m"``): written raw, a terminal would recolour, retitle or clear itself, and
JUnit's XML may not hold them at all. Every format for people writes them out (``\\x1b``);
JSON escapes them and keeps the text exactly."""

from __future__ import annotations

import json
import unicodedata
import xml.dom.minidom
from pathlib import Path

import pytest
from click.testing import CliRunner

from readiness.cli.main import main
from readiness.render import shown
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


# -- characters that reorder or hide text ----------------------------------------------------
# A right-to-left override shows "kommune" backwards and can make a name read as another; an
# isolate, a zero-width space or a tag character hides text; a line or paragraph separator
# breaks a line where a reader (or a terminal) does not expect one. Each is written out too.
HIDDEN = ("\u202e", "\u2066", "\u2028", "\u2029", "\u200b", "\U000e0041")
BIDI = {
    "    name: Siljan kommune": '    name: "Siljan \\u202Ekommune\\u2028\\u200B\\U000E0041"',
    "name: FACT Ung Grenland": 'name: "FACT \\u2066Ung\\u2029Grenland"',
}


def test_shown_writes_out_every_character_that_reorders_or_hides_text() -> None:
    """Every control (Cc), format (Cf), line (Zl) and paragraph (Zp) separator, whatever
    Unicode version Python has, but tab and line feed and the three format characters that
    words are written with: soft hyphen (hyphenation points, as in text from a word
    processor), zero-width non-joiner and joiner (emoji sequences, some scripts)."""
    kept = {"\t", "\n", "\u00ad", "\u200c", "\u200d"}
    written_out = [
        ch
        for ch in map(chr, range(0x110000))
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch not in kept
    ]
    assert all(shown(ch) != ch for ch in written_out)
    assert "\u202e" in written_out and "\u2028" in written_out
    assert [shown(ch) for ch in ("\x1b", "\u202e", "\u2028", "\U000e0041")] == [
        "\\x1b",
        "\\u202e",
        "\\u2028",
        "\\U000e0041",
    ]
    text = "Tønsberg, Færder og Åsgårdstrand: hel\u00adse\u200c 👩\u200d👩\u200d👧 ☑️ \u00a0«ja»"
    assert shown(text) == text


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, [*args, "--as-of", "2026-11-22"], color=True)
    assert result.exit_code in (0, 1), result.output
    return result.output


@pytest.mark.parametrize(
    "command",
    [
        ["check", "{file}"],
        ["check", "{file}", "--format", "markdown"],
        ["check", "{file}", "--format", "junit"],
        ["check", "{file}", "--format", "github"],
        ["plan", "{file}"],
        ["whatif", "{file}", "--set", "decision.rationale=Ja \u202eellers nei"],
        ["diff", "{old}", "{file}"],
        ["report", "{file}", "--format", "md"],
        ["report", "{file}", "--format", "html"],
    ],
    ids=lambda c: " ".join(a for a in c if not a.startswith("{"))[:40],
)
def test_every_format_for_people_writes_out_what_reorders_or_hides(
    tmp_path: Path, command: list[str]
) -> None:
    path = _file(tmp_path, "grenland-uten-avtale.yaml", BIDI)
    old = tmp_path / "forrige.yaml"  # Siljan decided: the new file's finding names Siljan
    old.write_text(path.read_text("utf-8").replace("stance: interested", "stance: committed"))
    out = _run(*(a.format(file=path, old=old) for a in command))
    assert not [ch for ch in HIDDEN if ch in out]
    assert "\\u202e" in out or "\\u2066" in out  # Siljan's name, the initiative's, the value


@pytest.mark.parametrize("command", ["check", "plan", "report", "whatif"])
def test_a_problem_in_the_file_is_written_out_by_every_command(
    tmp_path: Path, command: str
) -> None:
    """An invalid value is quoted in the problem's message: on stdout (check) or stderr."""
    path = _file(
        tmp_path, "grenland-uten-avtale.yaml", {"phase: idea": 'phase: "\\e[8m\\u202Eidea"'}
    )
    extra = ["--set", "agreement.status=signed"] if command == "whatif" else []
    result = CliRunner().invoke(main, [command, str(path), *extra], color=True)
    assert result.exit_code == 2, result.output
    assert "\x1b" not in result.output and "\u202e" not in result.output
    assert "\\x1b[8m\\u202eidea" in result.output
