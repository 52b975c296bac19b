"""Sources and bases are told in the reader's language, in every output for people.

A Norwegian output cites "Idéfaseheftet, pkt. 1.13, sjekklistepunkt 2", never the catalog's
notation ("idefase 1.13 item 2") or an English label ("who may apply", "(grant criteria)");
an English output never shows the Norwegian labels. Each example file is run through every
command and format a person reads (rule-catalog.md, "What changed from version 1").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from readiness.catalog.load import default_catalog
from readiness.cli.main import main
from tests.helpers import AS_OF, EXAMPLES

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))

# The catalog's own notation and English labels: never in Norwegian output.
NOT_IN_NB = re.compile(
    r"\bitem \d|grant criteria|signed by both parties|who may apply|joint application"
    r"|[Ii]dea-phase booklet|The grant scheme|Condition of the grant scheme"
    r"|Recommendation of the national|checklist item|Reply from the national"
    r"|\b(?:idefase|horingssvar-2023) \d|\btilskudd: "
)
# The Norwegian labels of sources and bases: never in English output. (A file's own texts,
# a deviation's reason for one, may be in Norwegian, and so is a document's own title in the
# list of sources; these are the catalog's labels only.)
NOT_IN_EN = re.compile(
    r"sjekklistepunkt|Idéfaseheftet, pkt|Idéfaseheftets sjekkliste|Tilskuddsordningen:"
    r"|Vilkår i tilskuddsordningen|Anbefaling fra Nasjonalt"
    r"|Høringssvar fra Nasjonalt implementeringsteam \(2023\)"
    r"|\bKilde:|\bGrunnlag:"
    r"|\b(?:idefase|horingssvar-2023) \d|\btilskudd: "
)


def _where(found: re.Match[str], text: str) -> str:
    return f"{found.group(0)!r} in …{text[max(0, found.start() - 120) : found.end() + 60]}…"


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code in (0, 1), (args, result.output)
    return result.output


def _sarif_texts(out: str) -> Iterator[str]:
    """The texts of a SARIF log that people read (its properties are for machines)."""
    log = json.loads(out)
    for run in log["runs"]:
        for rule in run["tool"]["driver"]["rules"]:
            for key in ("shortDescription", "fullDescription", "help"):
                if key in rule:
                    yield rule[key]["text"]
        for result in run["results"]:
            yield result["message"]["text"]


def _outputs(path: Path, lang: str) -> Iterator[tuple[str, str]]:
    common = ["--lang", lang, "--as-of", AS_OF.isoformat()]
    for fmt in ("text", "markdown", "github", "junit"):
        yield fmt, _run("check", str(path), "--format", fmt, *common)
    for text in _sarif_texts(_run("check", str(path), "--format", "sarif", *common)):
        yield "sarif", text
    yield "plan", _run("plan", str(path), *common)
    yield "whatif", _run("whatif", str(path), "--unset", "target_group", *common)
    yield "diff", _run("diff", str(path), str(path), *common)
    for fmt in ("html", "md"):
        yield f"report {fmt}", _run("report", str(path), "--format", fmt, *common)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_every_output_cites_sources_in_the_readers_language(path: Path, lang: str) -> None:
    wrong = NOT_IN_NB if lang == "nb" else NOT_IN_EN
    for what, text in _outputs(path, lang):
        found = wrong.search(text)
        assert found is None, f"{what} ({lang}): {_where(found, text)}"


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_explain_and_rules_cite_sources_in_the_readers_language(lang: str) -> None:
    wrong = NOT_IN_NB if lang == "nb" else NOT_IN_EN
    texts = [_run("rules", "--lang", lang), _run("rules", "--format", "markdown", "--lang", lang)]
    texts += [_run("explain", rule.id, "--lang", lang) for rule in default_catalog().rules]
    commands = ("check", "diff", "explain", "init", "plan", "report", "rules", "whatif")
    texts += [_run(command, "--lang", lang, "--help") for command in commands]
    for text in texts:
        # a quote from a seed is Norwegian in either language, and says what it says
        said = re.sub(r"«[^»]*»", "«…»", text)
        found = wrong.search(said)
        assert found is None, _where(found, said)
