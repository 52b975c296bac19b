"""The personal-data guard (readiness/personal_data.py) and its promise: a file, a file name, a
`--set`, a call file or a web form that holds a likely national identity number is refused
(exit code 2), wherever and however the number is written (escapes, folded lines, numbers in
other bases), and no message, output format, report or HTTP response ever shows the number.

The corpus is generated (Hypothesis over bench/fuzz.py's ``personal_case``): the number hidden
as a key, a value, a list item or an added key, in block and flow style, plain, quoted, with
each escape form, split by an escaped line break, in a block scalar, or as a hex, octal,
grouped or float number, in YAML and JSON."""

from __future__ import annotations

import base64
import json
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench import fuzz
from bench.corpus import build_initiative
from readiness import personal_data
from readiness.catalog.load import default_catalog
from readiness.cli.main import main
from readiness.errors import InputError
from readiness.format.load import load_text
from readiness.text import t
from tests.helpers import AS_OF, EXAMPLES, ROOT
from tests.webserver import form_of, get, post, running

T = TypeVar("T")
READY = EXAMPLES / "vestfold-nord-klar.yaml"
NUMBER = "15076500565"  # synthetic, passes both check digits
FORMATS = ("text", "json", "sarif", "junit", "github", "markdown")


def leaked(text: str) -> list[str]:
    """Every 11-digit run in ``text`` that passes both check digits."""
    return [m for m in re.findall(r"(?<![0-9])[0-9]{11}(?![0-9])", text) if personal_data.is_fnr(m)]


class HypothesisDraw:
    """bench.corpus.Draw over Hypothesis' ``draw``: failing cases shrink."""

    def __init__(self, draw: Any):
        self.draw = draw

    def integer(self, lo: int, hi: int) -> int:
        return self.draw(st.integers(lo, hi))

    def choice(self, options: Sequence[T]) -> T:
        return self.draw(st.sampled_from(options))

    def boolean(self) -> bool:
        return self.draw(st.booleans())


@st.composite
def hidden_numbers(draw: Any) -> tuple[str, str, str, str]:
    """(what, suffix, text, number): a generated initiative hiding a personal number."""
    d = HypothesisDraw(draw)
    data = json.loads(json.dumps(build_initiative(d), default=str))
    is_json = d.boolean()
    what, text, number = fuzz.personal_case(d, data, is_json=is_json)
    return what, ".json" if is_json else ".yaml", text, number


def _runs(path: str, tmp: Path, lang: str) -> list[tuple[str, list[str]]]:
    """Every command and output format that reads ``path``."""
    good = str(tmp / "good.yaml")
    common = ["--lang", lang, "--as-of", AS_OF.isoformat()]
    runs = [(f"check {fmt}", ["check", path, "--format", fmt, *common]) for fmt in FORMATS]
    return [
        *runs,
        ("check -o", ["check", path, "-o", str(tmp / "out.sarif"), "--format", "sarif", *common]),
        ("report html", ["report", path, *common]),
        ("report md", ["report", path, "--format", "md", *common]),
        ("plan", ["plan", path, *common]),
        ("plan json", ["plan", path, "--format", "json", *common]),
        ("whatif", ["whatif", path, "--set", "initiative.name=Ny", *common]),
        ("diff old", ["diff", path, good, *common]),
        ("diff new", ["diff", good, path, *common]),
    ]


def assert_refused_everywhere(path: str, tmp: Path, number: str, what: str = "") -> None:
    runner = CliRunner()
    (tmp / "good.yaml").write_bytes(READY.read_bytes())
    for lang in ("nb", "en"):
        for name, args in _runs(path, tmp, lang):
            result = runner.invoke(main, args)
            shown = result.stdout + result.stderr
            out = tmp / "out.sarif"
            if out.exists():
                shown += out.read_text(encoding="utf-8")
                out.unlink()
            assert result.exit_code == 2, (what, name, lang, shown[-2000:])
            assert number not in shown and not leaked(shown), (what, name, lang, shown[-2000:])


# -- the generated corpus --------------------------------------------------------------------
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(case=hidden_numbers())
def test_a_hidden_number_is_refused_and_never_shown(
    case: tuple[str, str, str, str], tmp_path: Path
) -> None:
    what, suffix, text, number = case
    path = tmp_path / f"initiativ{suffix}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_text(text, path.name, default_catalog(), is_json=suffix == ".json")
    assert "personal.fnr" in [p.key for p in err.value.problems], (what, text)
    assert_refused_everywhere(str(path), tmp_path, number, what)


@pytest.mark.parametrize(
    "written",
    [
        '"150765005\\x365"',  # \x
        '"1507650056\\u0035"',  # \u
        '"\\U00000031507650056\\U00000035"',  # \U
        '"150765\\\n            00565"',  # an escaped line break joins the lines
        "0x382a12455",  # hex: decodes to the number
        "1.5076500565e+10",  # a float
        "15076500564.9999999",  # more decimals than a float keeps: 15076500565.0
        "0o160250222125",  # octal
        "!!int '0x382a12455'",  # a tag on a quoted hex
    ],
)
def test_the_guard_reads_the_decoded_value(written: str) -> None:
    text = READY.read_text(encoding="utf-8").replace("population: 62000", f"population: {written}")
    assert NUMBER not in text
    with pytest.raises(InputError) as err:
        load_text(text, "f.yaml", default_catalog())
    fnr = [p for p in err.value.problems if p.key == "personal.fnr"]
    assert fnr and fnr[0].line == 9, err.value.lines()
    assert not any(NUMBER in line for line in err.value.lines("nb") + err.value.lines("en"))


def test_json_escapes_are_decoded_for_the_guard() -> None:
    data = {"schema_version": 1, "initiative": {"name": "x", "phase": "idea"}}
    text = json.dumps(data, indent=2).replace('"x"', '"1507650056\\u0035"')
    with pytest.raises(InputError) as err:
        load_text(text, "f.json", default_catalog(), is_json=True)
    assert ("personal.fnr", 4) in [(p.key, p.line) for p in err.value.problems]
    key = json.dumps(data, indent=2).replace('"name"', '"\\u0031507650056\\u0035"')
    with pytest.raises(InputError) as err:
        load_text(key, "f.json", default_catalog(), is_json=True)
    assert "personal.fnr" in [p.key for p in err.value.problems]
    assert not any(NUMBER in line for line in err.value.lines())


# -- messages never echo a number ------------------------------------------------------------
def test_the_message_formatter_redacts_every_parameter() -> None:
    msg = t("schema.unknown_key", "nb", key=NUMBER, suggestion="", valid="a, b")
    assert NUMBER not in msg and "[fødselsnummer fjernet]" in msg
    msg = t(
        "schema.choice", "en", value=f"tlf {NUMBER}", field="x", choices=int(NUMBER), suggestion=""
    )
    assert NUMBER not in msg and msg.count("[identity number removed]") == 2
    # twelve digits, or eleven that fail the check digits, are left alone
    assert "150765005651" in t("schema.slug", "nb", value="150765005651")
    assert "12345678901" in t("schema.slug", "nb", value="12345678901")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("  phase: idea", f"  phase: idea\n  {NUMBER}x: 1"),  # unknown key
        ("kind: municipality", f'kind: "{NUMBER}"'),  # invalid choice
        ("population: 62000", f'population: "{NUMBER}"'),  # wrong type
        ("  - id: tonsberg", f'  - id: "{NUMBER}"'),  # bad id
        ("lead_body: siv-bup", f"lead_body: x{NUMBER}"),  # dangling reference
        ("schema_version: 1", f"schema_version: {NUMBER}"),  # unsupported version
    ],
)
def test_no_message_echoes_the_number(old: str, new: str, tmp_path: Path) -> None:
    text = READY.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "f.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert_refused_everywhere(str(path), tmp_path, NUMBER)


# -- file names, --set, the call file --------------------------------------------------------
def test_a_file_name_with_a_number_is_refused_and_shown_redacted(tmp_path: Path) -> None:
    path = tmp_path / f"kontakt-{NUMBER}.yaml"
    path.write_bytes(READY.read_bytes())
    result = CliRunner().invoke(main, ["check", str(path), "--as-of", AS_OF.isoformat()])
    assert result.exit_code == 2
    assert NUMBER not in result.output and "[fødselsnummer fjernet]" in result.output
    assert "filnavnet" in result.output
    assert_refused_everywhere(str(path), tmp_path, NUMBER)
    missing = CliRunner().invoke(main, ["check", str(tmp_path / f"{NUMBER}.yaml"), "--lang", "en"])
    assert missing.exit_code == 2 and NUMBER not in missing.output
    assert "[identity number removed].yaml" in missing.output


@pytest.mark.parametrize(
    "edit",
    [
        f"initiative.name={NUMBER}",
        f"initiative.name=tlf {NUMBER}",
        'initiative.name="150765005\\x365"',  # decoded by the value's YAML
        "initiative.name=[a, '1507650056\\u0035', \"1507650056\\u0035\"]",
        f"parties[{NUMBER}].kind=school",  # the path
        f"initiative.{NUMBER}=x",
    ],
)
def test_whatif_refuses_a_set_with_a_number_without_repeating_it(edit: str) -> None:
    result = CliRunner().invoke(main, ["whatif", str(READY), "--set", edit, "--format", "json"])
    assert result.exit_code == 2, result.output
    assert NUMBER not in result.output and not leaked(result.output), result.output
    assert "--set" in result.output and "ser ut til å inneholde et fødselsnummer" in result.output


def test_a_call_file_with_a_number_is_refused(tmp_path: Path) -> None:
    text = (ROOT / "rules" / "call.yaml").read_text(encoding="utf-8")
    for i, changed in enumerate(
        [
            f"# saksbehandler {NUMBER}\n{text}",
            re.sub(  # the deadline's Norwegian text, a number written with an escape
                r"^(deadline:\n  nb:) .*$",
                lambda m: m.group(1) + ' "ring 150765005\\x365"',
                text,
                flags=re.M,
            ),
        ]
    ):
        assert changed != text
        path = tmp_path / f"call-{i}.yaml"
        path.write_text(changed, encoding="utf-8")
        result = CliRunner().invoke(main, ["check", str(READY), "--call", str(path)])
        assert result.exit_code == 2, result.output
        assert NUMBER not in result.output and "fødselsnummer" in result.output


# -- the web server ----------------------------------------------------------------------------
def test_the_web_never_shows_a_number(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    named = tmp_path / f"kontakt-{NUMBER}.yaml"
    named.write_bytes(READY.read_bytes())
    ready = tmp_path / "klar.yaml"
    ready.write_bytes(READY.read_bytes())
    escaped = READY.read_text(encoding="utf-8").replace(
        "name: FACT Ung Vestfold nord", 'name: "150765005\\x365"'
    )
    caplog.set_level(logging.INFO)
    with running([str(named), str(ready)]) as base:
        replies = {"index": get(base + "/"), "named": get(base + "/f/0")}
        assert replies["named"].status == 200 and 'data-verdict="invalid"' in replies["named"].text
        replies["url"] = get(base + f"/f/{NUMBER}?lang={NUMBER}")
        assert replies["url"].status == 404
        upload = {"file": (f"{NUMBER}.yaml", READY.read_bytes())}
        replies["upload name"] = post(base + "/upload", {"lang": "nb"}, upload)
        assert 'data-verdict="invalid"' in replies["upload name"].text
        replies["upload text"] = post(
            base + "/upload", {}, {"file": ("x.yaml", escaped.encode("utf-8"))}
        )
        assert 'data-verdict="invalid"' in replies["upload text"].text
        fields = form_of(get(base + "/f/1").text)
        for key in ("c:decision.rationale", "c:lead_body", "c:youth_involvement[0].with"):
            assert key in fields
            posted = {**fields, key: f"tlf {NUMBER}"}
            for route in ("", "/results", "/download", "/report.html", "/report.md"):
                reply = post(base + "/f/1" + route, posted)
                replies[f"field {key} {route}"] = reply
                assert reply.status < 500, (key, route)
        encoded = base64.b64encode(READY.read_bytes()).decode("ascii")
        posted = {
            "name": f"{NUMBER}.yaml",
            "base": encoded,
            "log": f'[{{"op":"set","path":"lead_body","value":"{NUMBER}"}}]',
        }
        for route in ("", "/results", "/download"):
            replies[f"upload form {route}"] = post(base + "/u" + route, posted)
    for what, reply in replies.items():
        shown = reply.text + json.dumps(reply.headers)
        assert NUMBER not in shown and not leaked(shown), (what, shown[:3000])
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert NUMBER not in logged, logged


def test_a_number_on_the_first_line_is_found_when_the_name_holds_one_too() -> None:
    text = '"150765005\\x365": 1\n' + READY.read_text(encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_text(text, f"{NUMBER}.yaml", default_catalog())
    keys = [(p.key, p.line) for p in err.value.problems]
    assert ("personal.fnr_name", 1) in keys and ("personal.fnr", 1) in keys
