"""Every bundled example is listed in README.md with the verdict `readiness check` gives, and
says in its first line what it shows."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from readiness.cli.main import main
from tests.helpers import AS_OF, EXAMPLES, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
ROWS = re.findall(
    r"^\| `(examples/[^`]+)` \| .* \| (klar|ikke klar|avsluttet) \(exit (\d)", README, re.M
)
VERDICTS = {"klar": "KLAR", "ikke klar": "IKKE KLAR", "avsluttet": "AVSLUTTET"}


def test_every_example_is_listed_in_the_readme() -> None:
    listed = {path for path, _, _ in ROWS}
    files = {
        f"examples/{p.name}" for p in EXAMPLES.iterdir() if p.suffix in (".yaml", ".yml", ".json")
    }
    assert files == listed


@pytest.mark.parametrize("path, verdict, code", ROWS, ids=[r[0] for r in ROWS])
def test_example_gives_the_verdict_the_readme_says(
    path: str, verdict: str, code: str, monkeypatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check", path, "--as-of", AS_OF.isoformat()])
    assert result.exit_code == int(code), result.output
    assert result.output.splitlines()[0].startswith(f"{path}: {VERDICTS[verdict]} ")


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_example_says_what_it_shows(path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# Viser: ") and len(first) > 30
