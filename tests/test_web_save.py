"""Saving from the workspace and starting a new initiative, without a browser: the file is
written only by "Lagre", through the round trip (comments and key order kept), the version on
disk kept beside it as a numbered backup; refused, with both versions shown, when the file
changed on disk since the tab opened it. A new initiative comes from the phase template and is
saved under the name the user gives, never over an existing file. `serve` with no argument
serves the initiative files of the current folder."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug.datastructures import MultiDict

from readiness.catalog.load import default_catalog
from readiness.format.load import load_file
from readiness.format.template import initiative_template, schema_ref
from readiness.web.app import create_app
from tests.helpers import AS_OF, EXAMPLES
from tests.webserver import Value, buttons_of, form_of

SHOWCASE = EXAMPLES / "grenland-uten-avtale.yaml"


def _verdict(html: str) -> str:
    m = re.search(r'id="verdict" data-verdict="([a-z_]+)"', html)
    assert m, html[:2000]
    return m.group(1)


def _multi(form: dict[str, Value], **extra: str) -> MultiDict[str, str]:
    out: MultiDict[str, str] = MultiDict()
    for name, value in {**form, **extra}.items():
        for v in [value] if isinstance(value, str) else value or [""]:
            out.add(name, v)
    return out


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, Path]]:
    (tmp_path / "grenland.yaml").write_bytes(SHOWCASE.read_bytes())
    monkeypatch.chdir(tmp_path)
    app = create_app(["."], as_of=AS_OF)
    with app.test_client() as client:
        yield client, tmp_path


def _text(reply: Any) -> str:
    return str(reply.get_data(as_text=True))


def test_the_start_page_lists_the_folders_files_with_their_verdicts(
    folder: tuple[Any, Path],
) -> None:
    client, _ = folder
    page = _text(client.get("/"))
    assert 'href="/f/0?lang=nb"' in page and "grenland.yaml" in page
    assert 'data-verdict="not_ready"' in page and "IKKE KLAR" in page
    assert 'action="/new?lang=nb"' in page  # "Nytt initiativ"


def test_serve_without_an_argument_serves_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    import readiness.web.app as web_app
    from readiness.cli.main import main

    (tmp_path / "a.yaml").write_bytes(SHOWCASE.read_bytes())
    monkeypatch.chdir(tmp_path)
    seen: list[Any] = []

    def fake_server(app: Any, host: str, port: int) -> Any:
        seen.append(app)
        raise OSError("not served in this test")

    monkeypatch.setattr(web_app, "make_server", fake_server)
    CliRunner().invoke(main, ["serve", "--port", "0"])
    assert seen, "serve never built its application"
    assert [Path(p).name for p in seen[0].config["READINESS_FILES"].all()] == ["a.yaml"]


def test_lagre_writes_the_file_with_comments_and_keeps_a_backup(
    folder: tuple[Any, Path],
) -> None:
    client, root = folder
    path = root / "grenland.yaml"
    original = path.read_text(encoding="utf-8")
    html = _text(client.get("/f/0"))
    html = _text(client.post("/f/0", data=_multi(form_of(html), step="IDE-05")))
    assert path.read_text(encoding="utf-8") == original  # only "Lagre" writes
    reply = client.post("/f/0/save", data=_multi(form_of(html)))
    assert reply.status_code == 303
    saved = path.read_text(encoding="utf-8")
    assert saved != original
    assert (root / "grenland.yaml.~1~").read_text(encoding="utf-8") == original
    comments = [ln.strip() for ln in original.splitlines() if ln.strip().startswith("#")]
    assert comments and all(c in saved for c in comments)  # the round trip keeps them
    keys = lambda s: re.findall(r"^(\w+):", s, re.M)  # noqa: E731
    assert keys(saved)[: len(keys(original))] == keys(original)
    loaded = load_file(str(path), default_catalog())
    agreement = loaded.initiative.agreement
    assert agreement is not None and agreement.status != "none"
    page = _text(client.get(reply.headers["Location"]))
    assert "grenland.yaml.~1~" in page  # the page names the backup
    # a second save keeps the first backup and takes the next number
    html = _text(client.post("/f/0", data=_multi(form_of(page), step=buttons_of(page, "step")[0])))
    assert client.post("/f/0/save", data=_multi(form_of(html))).status_code == 303
    assert (root / "grenland.yaml.~1~").read_text(encoding="utf-8") == original
    assert (root / "grenland.yaml.~2~").read_text(encoding="utf-8") == saved
    assert "grenland.yaml.~1~" not in _text(client.get("/"))  # a backup is no initiative


def test_a_file_changed_on_disk_is_not_saved_and_both_versions_are_shown(
    folder: tuple[Any, Path],
) -> None:
    client, root = folder
    path = root / "grenland.yaml"
    html = _text(client.get("/f/0"))
    html = _text(client.post("/f/0", data=_multi(form_of(html), step="IDE-05")))
    theirs = path.read_text(encoding="utf-8") + "# endret av et annet program\n"
    path.write_text(theirs, encoding="utf-8")
    reply = client.post("/f/0/save", data=_multi(form_of(html)))
    assert reply.status_code == 409
    page = _text(reply)
    assert path.read_text(encoding="utf-8") == theirs  # nothing written
    assert not list(root.glob("*.~*~"))
    assert "endret av et annet program" in page  # the version on disk
    assert "Din versjon" in page and "Filen på disken nå" in page


def test_two_tabs_never_see_each_others_unsaved_edits(folder: tuple[Any, Path]) -> None:
    client, _ = folder
    opened = _text(client.get("/f/0"))
    first = _text(client.post("/f/0", data=_multi(form_of(opened), step="IDE-05")))
    assert form_of(first)["log"] != "[]"
    second = _text(client.get("/f/0"))  # another tab, opened after the first one's edit
    assert form_of(second)["log"] == "[]"
    assert form_of(second)["c:agreement.status"] == form_of(opened)["c:agreement.status"]
    again = _text(client.post("/f/0", data=_multi(form_of(opened), reassess="1")))
    assert form_of(again)["log"] == "[]"  # the first tab's edit lives in its own form only


def test_a_new_initiative_starts_from_the_template_and_is_saved_under_its_name(
    folder: tuple[Any, Path],
) -> None:
    client, root = folder
    reply = client.post("/new", data={"phase": "idea", "lang": "nb"})
    assert reply.status_code == 200
    page = _text(reply)
    form = form_of(page)
    template = initiative_template("idea", default_catalog(), schema_ref(Path(".")))
    assert "c:initiative.name" in form and 'id="save_as"' in page
    assert form["log"] == "[]" and _verdict(page) in ("not_ready", "invalid")
    assert base64.b64decode(str(form["base"])).decode() == template  # `readiness init`'s text
    # an existing name is refused, the file left as it is
    before = (root / "grenland.yaml").read_bytes()
    refused = client.post("/u/save", data=_multi(form, save_as="grenland"))
    assert refused.status_code == 422 and "finnes alt en fil" in _text(refused)
    assert (root / "grenland.yaml").read_bytes() == before
    bad = client.post("/u/save", data=_multi(form, save_as="../ut"))
    assert bad.status_code == 422 and not (root.parent / "ut.yaml").exists()
    saved = client.post("/u/save", data=_multi(form, save_as="telemark"))
    assert saved.status_code == 303, _text(saved)[:2000]
    assert (root / "telemark.yaml").is_file()
    assert "telemark.yaml" in _text(client.get("/"))
