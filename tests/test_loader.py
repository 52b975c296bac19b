"""The loading boundary: every input problem is located, in Norwegian (or English), never a
traceback; several problems in one file are all reported."""

from __future__ import annotations

import datetime as dt
import re
import textwrap

import pytest
from click.testing import CliRunner

from readiness.catalog.load import default_catalog
from readiness.cli.main import main
from readiness.errors import InputError
from readiness.format.load import MAX_BYTES, load_file, load_text
from tests.helpers import EXAMPLES

GOOD = (EXAMPLES / "vestfold-nord-klar.yaml").read_text(encoding="utf-8")


def problems(text: str, name: str = "f.yaml", lang: str = "nb") -> list[str]:
    with pytest.raises(InputError) as info:
        load_text(text, name, default_catalog(), is_json=name.endswith(".json"))
    return info.value.lines(lang)  # type: ignore[arg-type]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_the_bundled_example_loads() -> None:
    loaded = load_text(GOOD, "ok.yaml", default_catalog())
    assert loaded.initiative.initiative.name == "FACT Ung Vestfold nord"
    assert loaded.locate(("agreement", "status")) == (line_of(GOOD, "  status: intent"), 3)


def test_misspelt_key_names_line_column_and_closest_name() -> None:
    text = GOOD.replace("    leadership: {level: committed", "    ledership: {level: committed")
    [msg] = problems(text)
    assert msg.startswith(f"f.yaml:{line_of(text, 'ledership')}:5: ")
    assert "«ledership»" in msg and "mente du «leadership»" in msg


def test_unknown_key_in_english() -> None:
    text = GOOD.replace("lead_body: siv-bup", "lead_bdy: siv-bup")
    [msg] = problems(text, lang="en")
    assert "unknown key 'lead_bdy'" in msg and "did you mean 'lead_body'" in msg


def test_wrong_type_points_at_the_value() -> None:
    text = GOOD.replace("  estimated_size: 70", "  estimated_size: many")
    [msg] = problems(text)
    assert msg.startswith(f"f.yaml:{line_of(text, 'estimated_size')}:19: ")
    assert "target_group.estimated_size" in msg and "heltall" in msg and "«many»" in msg


def test_invalid_choice_lists_the_choices() -> None:
    text = GOOD.replace("  status: intent", "  status: signert")
    [msg] = problems(text)
    assert (
        "«signert»" in msg
        and (
            "none (ingen avtale), intent (skriftlig intensjon), draft (avtaleutkast), "
            "signed (signert avtale)"
        )
        in msg
    )


def test_missing_required_key() -> None:
    text = GOOD.replace("    name: Færder kommune\n", "")
    [msg] = problems(text)
    assert "«parties[1].name» mangler" in msg
    assert msg.startswith(f"f.yaml:{line_of(text, 'id: faerder')}:")


def test_dangling_party_reference_lists_known_ids() -> None:
    text = GOOD.replace(
        "parties: [tonsberg, faerder, siv-bup]", "parties: [tonsberg, farder, siv-bup]"
    )
    [msg] = problems(text)
    assert "agreement.parties[1]" in msg and "«farder»" in msg
    assert "tonsberg, faerder, siv-bup, mhu-vestfold" in msg
    assert msg.startswith(f"f.yaml:{line_of(text, 'farder')}:")


def test_duplicate_party_id() -> None:
    text = GOOD.replace("  - id: faerder", "  - id: tonsberg")
    msgs = problems(text)
    assert any("«tonsberg» er brukt før" in m for m in msgs)


def test_duplicate_key_is_an_error_not_silently_lost() -> None:
    text = GOOD.replace("lead_body: siv-bup", "lead_body: siv-bup\nlead_body: tonsberg")
    [msg] = problems(text)
    assert "«lead_body» står to ganger" in msg
    assert msg.startswith(f"f.yaml:{line_of(text, 'lead_body: tonsberg')}:1:")


def test_broken_yaml_is_located() -> None:
    text = GOOD.replace("  status: intent", "  status: [intent")
    [msg] = problems(text)
    assert "ugyldig YAML" in msg
    assert msg.split(":")[1].isdigit()


def test_several_problems_are_all_reported_in_line_order() -> None:
    text = (
        GOOD.replace("  status: intent", "  status: signert")
        .replace("  estimated_size: 70", "  estimated_size: mange")
        .replace("lead_body: siv-bup", "lead_bdy: siv-bup")
    )
    msgs = problems(text)
    assert len(msgs) == 3
    lines = [int(m.split(":")[1]) for m in msgs]
    assert lines == sorted(lines)


def test_personal_identity_number_is_refused_without_echo() -> None:
    fnr = "12345678901"  # not valid: check digits fail, so the file is fine
    load_text(
        GOOD.replace("Stillingen lyses ut", f"Sak {fnr}, stillingen lyses ut"),
        "f.yaml",
        default_catalog(),
    )
    valid = "15076500565"  # a synthetic number that passes both check digits
    text = GOOD.replace("Stillingen lyses ut", f"Kontakt {valid}. Stillingen lyses ut")
    [msg] = problems(text)
    assert valid not in msg and "fødselsnummer" in msg
    assert msg.startswith(f"f.yaml:{line_of(text, valid)}:")


def test_alias_bomb_is_refused() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 8):
        bomb += f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 10) + "]\n"
    msgs = problems(bomb)
    assert any("ankere/aliaser" in m for m in msgs)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_too_many_values_without_anchors_names_that_limit(lang: str) -> None:
    """25,000 parties (under the size limit, no anchor in the file) are more values than the
    loader takes: the message says so, and does not blame anchors the file does not have."""
    rows = "".join(f"  - {{id: p{i}, name: P, kind: other}}\n" for i in range(25_000))
    text = GOOD.replace("parties:\n", "parties:\n" + rows, 1)
    assert len(text.encode()) < MAX_BYTES and "&" not in text
    [msg] = problems(text, lang=lang)
    assert "100000" in msg
    assert ("ankere" if lang == "nb" else "anchors") not in msg
    assert ("verdier" if lang == "nb" else "values") in msg


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_an_alias_bomb_names_the_aliases(lang: str) -> None:
    """A few lines whose aliases expand past the limit: the anchors and aliases are named."""
    bomb = GOOD + "x0: &x0 [a, a, a, a, a, a, a, a, a, a]\n"
    for i in range(1, 6):
        bomb += f"x{i}: &x{i} [" + ", ".join([f"*x{i - 1}"] * 10) + "]\n"
    [msg] = problems(bomb, lang=lang)
    assert "100000" in msg
    assert ("ankere/aliaser" if lang == "nb" else "anchors/aliases") in msg


def test_unsafe_tag_is_refused() -> None:
    text = GOOD.replace("lead_body: siv-bup", "lead_body: !!python/object:os.system siv-bup")
    [msg] = problems(text)
    assert "taggen" in msg


def test_json_is_accepted_with_positions(tmp_path) -> None:
    import json

    import yaml

    data = yaml.safe_load(GOOD)
    path = tmp_path / "i.json"
    path.write_text(json.dumps(data, default=str, indent=2, ensure_ascii=False), encoding="utf-8")
    loaded = load_file(str(path), default_catalog())
    assert loaded.initiative.lead_body == "siv-bup"
    assert loaded.locate(("lead_body",))[0] > 1


def test_broken_json_is_located(tmp_path) -> None:
    path = tmp_path / "i.json"
    path.write_text('{"schema_version": 1,\n "initiative": }', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_file(str(path), default_catalog())
    assert info.value.lines()[0].startswith(f"{path}:2:")


def test_too_large_file_is_refused(tmp_path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("# " + "x" * MAX_BYTES + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_file(str(path), default_catalog())
    assert "grensen" in info.value.lines()[0]


def test_not_utf8_is_located(tmp_path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(GOOD.replace("Tønsberg", "T\u00f8nsberg").encode("latin-1"))
    with pytest.raises(InputError) as info:
        load_file(str(path), default_catalog())
    assert "UTF-8" in info.value.lines()[0]
    first_non_ascii = next(i for i, line in enumerate(GOOD.splitlines(), 1) if not line.isascii())
    assert info.value.problems[0].line == first_non_ascii


def test_bom_is_accepted(tmp_path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert load_file(str(path), default_catalog()).initiative.schema_version == 1


def test_empty_and_non_mapping_files() -> None:
    assert "tom" in problems("")[0]
    assert "toppnivået" in problems("- a\n- b\n")[0]


@pytest.mark.parametrize(
    "args, needle",
    [
        (["check", "nowhere.yaml"], "fant ikke filen"),
        (["check", "README.md"], "ukjent filtype"),
    ],
)
def test_cli_reports_input_errors_with_exit_2_and_no_traceback(args, needle) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert needle in result.output
    assert "Traceback" not in result.output


def test_cli_input_error_in_english(tmp_path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(
        textwrap.dedent(GOOD.replace("kind: municipality", "kind: kommune", 1)), encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["check", str(path), "--lang", "en"])
    assert result.exit_code == 2
    assert "is not a valid value for parties[0].kind" in result.output


def test_an_identity_number_anywhere_in_the_file_is_found_by_the_quick_check() -> None:
    """personal_data's pre-check looks at the UTF-8 bytes: a valid number next to non-ASCII
    text, at the very start or end of the file, is still found and never echoed."""
    from readiness import personal_data

    valid = "10101500042"  # synthetic, passes both check digits
    assert personal_data.is_fnr(valid)
    for text, place in [
        (valid, (1, 1)),
        (f"navn: Ærlig Øye {valid}", (1, 17)),
        (f"x: 'å{valid}ø'\n", (1, 6)),
        (f"{valid}\nå: 1", (1, 1)),
    ]:
        assert personal_data.scan(text) == [place], text
    assert personal_data.scan(f"a: {valid}9") == []  # twelve digits: not an identity number
    assert personal_data.scan("a: 1010150004") == []


def _problems(text: str) -> list[tuple[str, int, int]]:
    with pytest.raises(InputError) as err:
        load_text(text, "t.yaml", default_catalog())
    return [(p.key, p.line, p.column) for p in err.value.problems]


def test_an_unclosed_quote_is_reported_where_it_opens() -> None:
    """PyYAML reports an unclosed quote where the file ends; the user needs the quote."""
    line = line_of(GOOD, "  name: FACT Ung Vestfold nord")
    text = GOOD.replace("  name: FACT Ung Vestfold nord", '  name: "FACT Ung Vestfold nord', 1)
    assert _problems(text) == [("yaml.unclosed_quote", line, len('  name: "'))]


def test_a_tab_in_the_indentation_is_named() -> None:
    line = line_of(GOOD, "  phase: ")
    lines = GOOD.splitlines(keepends=True)
    lines[line - 1] = "\t" + lines[line - 1].lstrip(" ")
    assert _problems("".join(lines)) == [("yaml.tab", line, 1)]


def test_a_date_that_does_not_exist_is_named() -> None:
    text = "schema_version: 1\ninitiative:\n  name: x\n  phase: idea\n  updated: 2026-02-30\n"
    problems = _problems(text)
    assert ("date.no_such_day", 5, 12) in problems
    with pytest.raises(InputError) as err:
        load_text(text, "t.yaml", default_catalog())
    [date] = [p for p in err.value.problems if p.key == "date.no_such_day"]
    assert "«2026-02-30» er ikke en dato som finnes" in date.message("nb")


def test_an_empty_party_list_names_the_count_in_words_that_fit_it() -> None:
    text = "schema_version: 1\ninitiative:\n  name: x\n  phase: idea\nparties: []\n"
    assert _problems(text) == [("schema.too_short", 5, 10)]
    with pytest.raises(InputError) as err:
        load_text(text, "t.yaml", default_catalog())
    problem = err.value.problems[0]
    assert problem.message("nb") == "parties må ha minst 1 element"
    assert problem.message("en") == "parties must have at least 1 item"


# -- numbers too long to be values, text that is no text --------------------------------------
def _json_good() -> str:
    import json

    import yaml

    return json.dumps(yaml.safe_load(GOOD), default=str, indent=2, ensure_ascii=False)


@pytest.mark.parametrize(
    ("written", "is_json"),
    [
        ("1" * 5000, False),  # past Python's 4,300 digits for int()
        ("1" * 5000, True),
        ("0x" + "f" * 5000, False),  # hex is not limited by int(), but str() of it is
        ("0o" + "7" * 6000, False),  # octal
        ("1e" + "1" * 200, False),  # a float's exponent
        ("9" * 101, False),  # just past the format's limit
        ("9" * 101, True),
    ],
)
def test_a_number_too_long_is_a_located_input_error(written: str, is_json: bool) -> None:
    text = (_json_good() if is_json else GOOD).replace("62000", written, 1)
    name = "f.json" if is_json else "f.yaml"
    for lang in ("nb", "en"):
        [msg] = problems(text, name, lang)
        assert msg.startswith(f"{name}:{line_of(text, written[:20])}:"), msg
        assert ("siffer" if lang == "nb" else "digits") in msg and "set_int_max" not in msg
    from readiness.read import document as source

    doc, found = source.parse(text.replace(written, "9" * 100), is_json=is_json)
    assert doc is not None and found == []  # 100 digits are read (and judged by the schema)


@pytest.mark.parametrize(
    "escape", ["\\ud800", "\\udfff", "\\uDBFF x", "\\ude00\\ud83d", "\\ud83d\\u0041"]
)
def test_a_lone_surrogate_is_a_located_input_error(escape: str) -> None:
    text = _json_good().replace('"FACT Ung Vestfold nord"', f'"FACT {escape} Ung"')
    for lang in ("nb", "en"):
        [msg] = problems(text, "f.json", lang)
        assert msg.startswith(f"f.json:{line_of(text, escape[:6])}:"), msg
        assert ("tegnkode" if lang == "nb" else "character code") in msg, msg
    yaml_text = GOOD.replace("name: FACT Ung Vestfold nord", f'name: "{escape}"')
    [msg] = problems(yaml_text)
    assert msg.startswith(f"f.yaml:{line_of(yaml_text, escape[:6])}:"), msg


def test_a_surrogate_pair_in_json_is_one_character_and_keeps_positions() -> None:
    text = _json_good().replace('"FACT Ung Vestfold nord"', '"FACT \\ud83d\\ude00 Ung"')
    loaded = load_text(text, "f.json", default_catalog(), is_json=True)
    assert loaded.initiative.initiative.name == "FACT \U0001f600 Ung"
    assert loaded.locate(("agreement", "status")) == (line_of(text, '"status": "intent"'), 5)


@pytest.mark.parametrize("command", ["check", "report", "plan", "diff", "whatif"])
@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        ("huge.yaml", "62000", "1" * 5000),
        ("hex.yaml", "62000", "0x" + "f" * 5000),
        ("huge.json", "62000", "1" * 5000),
        ("surrogate.json", '"FACT Ung Vestfold nord"', '"\\ud800"'),
    ],
)
def test_every_command_refuses_bad_input_with_exit_2(
    command: str, name: str, old: str, new: str, tmp_path
) -> None:
    text = (_json_good() if name.endswith(".json") else GOOD).replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    args = {
        "diff": ["diff", str(path), str(EXAMPLES / "vestfold-nord-klar.yaml")],
        "whatif": ["whatif", str(path), "--set", "initiative.name=x"],
    }.get(command, [command, str(path)])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert f"{name}:{line_of(text, new[:6])}:" in result.output
    assert "Traceback" not in result.output and "intern feil" not in result.output


@pytest.mark.parametrize(
    "edit",
    [
        "catchment.population=" + "1" * 5000,
        "catchment.population=0x" + "f" * 5000,
        'initiative.name="\\ud800"',
        "initiative.name=\udcff",  # a byte that is not UTF-8, as Python gives it from argv
    ],
)
def test_whatif_refuses_a_bad_value_with_exit_2(edit: str) -> None:
    ready = str(EXAMPLES / "vestfold-nord-klar.yaml")
    result = CliRunner().invoke(main, ["whatif", ready, "--set", edit])
    assert result.exit_code == 2, result.output
    assert "intern feil" not in result.output


def test_the_web_server_answers_bad_input_with_its_message() -> None:
    from tests.webserver import post, running

    cases = {
        "huge.json": _json_good().replace("62000", "1" * 5000, 1),
        "hex.yaml": GOOD.replace("62000", "0x" + "f" * 5000, 1),
        "surrogate.json": _json_good().replace('"FACT Ung Vestfold nord"', '"\\ud800"'),
    }
    with running([]) as base:
        for name, text in cases.items():
            reply = post(base + "/upload", {"lang": "en"}, {"file": (name, text.encode())})
            assert reply.status < 500, (name, reply.status)
            assert 'data-verdict="invalid"' in reply.text, name
            assert "Traceback" not in reply.text and "internal error" not in reply.text, name
            assert "digits" in reply.text or "character code" in reply.text, name


# -- format 1.1: scalars typed as YAML 1.2 types them -------------------------------------------
@pytest.mark.parametrize(
    ("old", "new", "hint"),
    [
        ("model_studied: true", "model_studied: yes", "skriv true eller false"),
        ("model_studied: true", "model_studied: On", "skriv true eller false"),
        ("    core: true", "    core: 1", ""),
        ("    core: true", '    core: "true"', ""),
        ("estimated_size: 70", 'estimated_size: "70"', "fjern anførselstegnene"),
        ("population: 62000", "population: '62000'", "fjern anførselstegnene"),
        ("  name: FACT Ung Vestfold nord", "  name: 2026", "sett den i anførselstegn"),
    ],
)
def test_a_scalar_of_another_type_is_a_type_error_with_what_to_do(
    old: str, new: str, hint: str
) -> None:
    """Format 1.1: `yes` is text, a quoted number is text and a number is no text, as in the
    JSON Schema (yaml-language-server reads YAML 1.2 too)."""
    text = GOOD.replace(old, new, 1)
    assert text != GOOD
    [msg] = problems(text)
    assert msg.startswith(f"f.yaml:{line_of(text, new.strip())}:"), msg
    assert "skal være" in msg and hint in msg, msg


def test_dates_are_read_from_their_text_and_yaml_1_1_booleans_stay_text() -> None:
    text = re.sub(r"(?m)^  rationale: .*$", "  rationale: yes", GOOD)
    loaded = load_text(text, "f.yaml", default_catalog())
    assert loaded.initiative.initiative.updated == dt.date(2026, 6, 20)
    assert loaded.initiative.decision is not None
    assert loaded.initiative.decision.rationale == "yes"


@pytest.mark.parametrize("written", ["20260620", "2026-6-20", "'20 juni'", "2026-06-20T10:00"])
def test_a_date_written_otherwise_is_a_type_error(written: str) -> None:
    text = GOOD.replace("updated: 2026-06-20", f"updated: {written}", 1)
    [msg] = problems(text)
    assert "initiative.updated skal være en dato (ÅÅÅÅ-MM-DD)" in msg, msg


def test_a_problem_names_the_key_it_is_about() -> None:
    """The browser puts each problem beside the control of its key."""
    text = (EXAMPLES / "vestfold-nord-klar.yaml").read_text(encoding="utf-8")
    text = text.replace("population: 62000", "population: mange")
    text = text.replace("  - id: faerder\n    name: Færder kommune\n", "  - id: faerder\n")
    with pytest.raises(InputError) as info:
        load_text(text, "x.yaml", default_catalog())
    paths = {p.key: p.path for p in info.value.problems}
    assert paths["schema.type"] == ("catchment", "population")
    assert paths["schema.missing"] == ("parties", 1, "name")
    text = (EXAMPLES / "vestfold-nord-klar.yaml").read_text(encoding="utf-8")
    text = text.replace("lead_body: siv-bup", "lead_body: ukjent")
    text += "deviations:\n  - {rule: IDE-99, reason: x, accepted_by: y}\n"
    with pytest.raises(InputError) as info:
        load_text(text, "x.yaml", default_catalog())
    paths = {p.key: p.path for p in info.value.problems}
    assert paths["ref.dangling"] == ("lead_body",)
    assert paths["deviation.unknown_rule"] == ("deviations", 0, "rule")
