"""`readiness serve` without a browser: what an advisor relies on from the server itself.
Files by index only (no path from a request reaches the disk), size limits (413), located
errors instead of tracebacks, the file on disk never modified, and isolated concurrent users."""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from readiness.format.load import MAX_BYTES
from tests.helpers import EXAMPLES
from tests.webserver import buttons_of, form_of, get, post, running

READY = EXAMPLES / "vestfold-nord-klar.yaml"
SECRET = "HEMMELIG-INNHOLD-SOM-ALDRI-SKAL-VISES"


def _verdict(html: str) -> str:
    m = re.search(r'id="verdict" data-verdict="([a-z_]+)"', html)
    assert m, html[:2000]
    return m.group(1)


def _digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    root = tmp_path_factory.mktemp("serve")
    ready = root / "klar.yaml"
    ready.write_bytes(READY.read_bytes())
    not_ready = root / "uten-avtale.yaml"
    not_ready.write_text(
        READY.read_text(encoding="utf-8").replace("status: intent", "status: none  # ikke ennå"),
        encoding="utf-8",
    )
    (root / "hemmelig.yaml").write_text(f"# {SECRET}\n", encoding="utf-8")
    with running([str(ready), str(not_ready)]) as base:
        yield base, ready, not_ready


# -- opening files -------------------------------------------------------------------------
def test_front_page_lists_the_given_files_by_number(served: tuple[str, Path, Path]) -> None:
    base, ready, not_ready = served
    page = get(base + "/").text
    assert 'href="/f/0?lang=nb"' in page and 'href="/f/1?lang=nb"' in page
    assert ready.name in page and not_ready.name in page
    assert 'type="file"' in page  # and an upload


def test_page_shows_verdict_findings_with_source_and_remedy(served: tuple[str, Path, Path]) -> None:
    base, _, _ = served
    page = get(base + "/f/1").text
    assert _verdict(page) == "not_ready"
    assert "IKKE KLAR" in page and "Manglende forutsetninger" in page
    assert 'data-rule="IDE-05"' in page
    assert "Gjør dette:" in page and "Kilde:" in page and "agreement" in page
    english = get(base + "/f/1?lang=en").text
    assert "NOT READY" in english and "Missing prerequisites" in english and "Do this:" in english


def test_controls_cover_the_inputs_behind_the_rules(served: tuple[str, Path, Path]) -> None:
    base, _, _ = served
    form = form_of(get(base + "/f/0").text)
    assert form["c:agreement.status"] == "intent"
    assert form["c:parties[0].leadership.level"] == "endorsed"
    assert form["c:parties[2].stance"] == "committed"
    assert form["c:parties[0].core"] == "true"
    assert form["c:parties[3].core"] == "false"  # an unchecked box after its hidden "false"
    assert form["c:agreement.parties"] == ["tonsberg", "faerder", "siv-bup"]
    assert "c:youth_involvement[1].with" in form
    assert "youth_involvement" in buttons_of(get(base + "/f/0").text, "add")
    assert form["c:lead_body"] == "siv-bup"
    assert form["c:checklist.model_studied"] == "true"
    assert form["c:decision.outcome"] == "proceed"
    later = form_of(get(base + "/f/0?gate=establishment").text)
    assert "c:pre_project.establishment_owner" in later
    assert "c:pre_project.financing.municipal_share" in later


# -- what-if -------------------------------------------------------------------------------
def test_what_if_changes_the_verdict_and_says_what_changed(served: tuple[str, Path, Path]) -> None:
    base, _, not_ready = served
    form = form_of(get(base + "/f/1").text)
    form["c:agreement.status"] = "signed"
    html = post(base + "/f/1/results", form).text
    assert _verdict(html) == "ready"
    change = html[html.index('id="change"') :]
    assert re.search(r"IKKE KLAR</span> →\s*<span[^>]*>KLAR", change)
    assert "Løst (1)" in change and "IDE-05" in change
    assert "ingen avtale</del> → <ins>signert avtale" in change


def test_what_if_reports_new_findings(served: tuple[str, Path, Path]) -> None:
    base, _, _ = served
    form = form_of(get(base + "/f/0").text)
    form["c:checklist.grant_rules_read"] = "false"  # untick: only its hidden "false" is sent
    form["c:parties[1].leadership.level"] = "informed"
    html = post(base + "/f/0/results", form).text
    assert _verdict(html) == "not_ready"
    new = html[html.index("Nye funn") :]
    assert "IDE-15" in new and "IDE-04" in new  # a prerequisite and a recommendation


def test_unchanged_form_is_the_file_as_loaded(served: tuple[str, Path, Path]) -> None:
    base, ready, _ = served
    form = form_of(get(base + "/f/0").text)
    html = post(base + "/f/0/results", form).text
    assert "Ingen endringer ennå" in html
    assert post(base + "/f/0/download", form).body == ready.read_bytes()


def test_page_without_javascript_keeps_the_edits(served: tuple[str, Path, Path]) -> None:
    base, _, _ = served
    form = form_of(get(base + "/f/1").text)
    form["c:agreement.status"] = "intent"
    page = post(base + "/f/1", form).text  # the "Vurder på nytt" button: the whole page
    assert _verdict(page) == "ready"
    assert form_of(page)["c:agreement.status"] == "intent"
    form["switch_lang"] = "en"  # the language button keeps the what-if too
    page = post(base + "/f/1", form).text
    assert "READY" in page and form_of(page)["c:agreement.status"] == "intent"
    form.pop("switch_lang")
    form["reset"] = "1"
    assert _verdict(post(base + "/f/1", form).text) == "not_ready"


def test_download_is_the_changed_file_with_comments_and_key_order(
    served: tuple[str, Path, Path],
) -> None:
    base, _, not_ready = served
    before = _digest(not_ready)
    form = form_of(get(base + "/f/1").text)
    form["c:agreement.status"] = "signed"
    page = post(base + "/f/1", {**form, "add": "youth_involvement"}).text  # "Legg til"
    form = form_of(page)
    form["c:youth_involvement[2].with"] = "Elevrådet ved Greveskogen vgs"
    form["c:youth_involvement[2].kind"] = "young_people"
    reply = post(base + "/f/1/download", form)
    assert reply.status == 200
    assert _download_name(reply.headers["Content-Disposition"]) == (
        "uten-avtale.yaml",
        "uten-avtale.yaml",
    )
    text = reply.text
    original = not_ready.read_text(encoding="utf-8")
    # the changed line keeps its comment
    assert re.search(r"\n  status: signed +# ikke ennå\n", text)
    assert text.startswith("# Viser:")  # and the file's header comment
    keys = lambda s: re.findall(r"^(\w+):", s, re.M)  # noqa: E731
    assert keys(text) == keys(original)
    youth = yaml.safe_load(text)["youth_involvement"]
    assert len(youth) == 3
    assert youth[-1] == {"with": "Elevrådet ved Greveskogen vgs", "kind": "young_people"}
    assert _digest(not_ready) == before  # the file on disk is never modified


def test_invalid_edit_shows_located_errors(served: tuple[str, Path, Path]) -> None:
    base, _, _ = served
    form = form_of(get(base + "/f/0?gate=establishment").text)
    form["c:pre_project.financing.municipal_share"] = "femti"
    reply = post(base + "/f/0/results", form)
    assert reply.status == 200
    assert _verdict(reply.text) == "invalid"
    assert "Filen slik du har endret den kan ikke vurderes" in reply.text
    assert "skal være et heltall" in reply.text
    # the problem links to the control that puts it right
    assert '<a href="#f-pre_project-financing-municipal_share">Kommunenes andel' in reply.text
    page = post(base + "/f/0", form).text
    assert 'id="f-pre_project-financing-municipal_share-error"' in page
    assert "Traceback" not in reply.text


# -- files by index only ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "path",
    [
        "/f/2",
        "/f/-1",
        "/f/0/../../hemmelig.yaml",
        "/f/..%2fhemmelig.yaml",
        "/f/%2e%2e/%2e%2e/etc/passwd",
        "/static/../../../etc/passwd",
        "/static/..%2f..%2fhemmelig.yaml",
        "/hemmelig.yaml",
        "/f/0?path=../hemmelig.yaml&file=/etc/passwd",
    ],
)
def test_paths_from_the_request_never_reach_the_disk(
    served: tuple[str, Path, Path], path: str
) -> None:
    base, _, _ = served
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.request("GET", path)  # sent as is: no client-side normalisation of ../
    resp = conn.getresponse()
    body = resp.read().decode("utf-8")
    conn.close()
    if "?" in path:  # query parameters are ignored: it is file 0
        assert resp.status == 200 and _verdict(body) == "ready"
    else:
        assert resp.status == 404
        assert "Finnes ikke" in body
    assert SECRET not in body and "root:" not in body


def test_an_uploaded_name_is_only_a_name(served: tuple[str, Path, Path]) -> None:
    base, _, _ = served
    fields = {
        "name": "/etc/passwd",
        "base": base64.b64encode(READY.read_bytes()).decode(),
    }
    reply = post(base + "/u", fields)
    assert reply.status == 200 and _verdict(reply.text) == "ready"
    assert "root:" not in reply.text


# -- names on the pages and in downloads ---------------------------------------------------
def _download_name(header: str) -> tuple[str, str]:
    """The name a browser saves under (``filename*``, RFC 6266 and 8187, when there is one)
    and the plain ``filename`` that older clients use."""
    params = dict(part.strip().split("=", 1) for part in header.split(";")[1:])
    plain = params["filename"].removeprefix('"').removesuffix('"')
    charset, _, quoted = params.get("filename*", "").partition("''")
    if not quoted:
        return plain, plain
    assert charset.lower() == "utf-8"
    return urllib.parse.unquote(quoted, errors="strict"), plain


@pytest.mark.parametrize(
    "name, plain",
    [
        ("Kárášjohka.yaml", "Karasjohka.yaml"),  # š is not Latin-1
        ("Tønsberg og Færder.yaml", None),  # æøå are, but a header must stay ASCII
        ("Čáhcesuolu.json", "Cahcesuolu.json"),
    ],
)
def test_a_file_name_outside_ascii_is_downloaded_under_its_own_name(
    tmp_path: Path, name: str, plain: str | None
) -> None:
    pytest.importorskip(
        "readiness.render.report.document", reason="the report (issue 6) is not built"
    )
    path = tmp_path / name
    if name.endswith(".json"):
        path.write_text(json.dumps(yaml.safe_load(READY.read_text("utf-8")), default=str))
    else:
        path.write_bytes(READY.read_bytes())
    stem, suffix = os.path.splitext(name.replace(" ", "_"))
    with running([str(path)]) as base:
        form = form_of(get(base + "/f/0").text)
        replies = {
            stem + suffix: post(base + "/f/0/download", form),
            stem + "-rapport.html": post(base + "/f/0/report.html", form),
            stem + "-rapport.md": post(base + "/f/0/report.md", form),
        }
        upload = post(base + "/upload", {}, {"file": (name, path.read_bytes())})
        assert upload.status == 200 and _verdict(upload.text) == "ready"
        replies[stem + suffix + " (lastet opp)"] = post(base + "/u/download", form_of(upload.text))
    for wanted, reply in replies.items():
        assert reply.status == 200, wanted
        header = reply.headers["Content-Disposition"]
        assert header.isascii(), header  # urllib reads headers as Latin-1: raw æøå show
        assert header.startswith("attachment;")
        saved, fallback = _download_name(header)
        assert saved == wanted.removesuffix(" (lastet opp)")
        assert fallback.isascii()
        assert fallback.endswith(os.path.splitext(saved)[1])
        if plain and wanted == name:
            assert fallback == plain


def test_pages_show_file_names_never_the_advisors_paths(tmp_path: Path) -> None:
    root = tmp_path / "Privat" / "saker"
    root.mkdir(parents=True)
    ready = root / "klar.yaml"
    ready.write_bytes(READY.read_bytes())
    bad = root / "feil.yaml"
    bad.write_bytes(READY.read_bytes().replace(b"  leadership:", b"  ledership:", 1))
    latin1 = root / "latin1.yaml"
    latin1.write_bytes(READY.read_bytes().replace("Tønsberg".encode(), b"T\xf8nsberg"))
    gone = root / "borte.yaml"
    gone.write_bytes(READY.read_bytes())
    with running([str(ready), str(bad), str(latin1), str(gone)]) as base:
        gone.unlink()
        form = form_of(get(base + "/f/0").text)
        replies = [get(base + "/"), post(base + "/f/0/results", form)]
        replies += [get(f"{base}/f/{i}") for i in range(4)]
        replies += [get(f"{base}/f/{i}?lang=en") for i in range(4)]
    for reply in replies:
        assert str(tmp_path) not in reply.text and "Privat" not in reply.text
    index, _, page, invalid, not_utf8, not_found = replies[:6]
    for name in ("klar.yaml", "feil.yaml", "latin1.yaml", "borte.yaml"):
        assert name in index.text
    assert "<code>klar.yaml</code>" in page.text
    assert "feil.yaml: linje 19, kolonne 5" in invalid.text
    assert "latin1.yaml: linje" in not_utf8.text and "UTF-8" in not_utf8.text
    assert "borte.yaml: linje 1" in not_found.text and "fant ikke filen" in not_found.text


def test_a_file_below_the_working_directory_shows_its_relative_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from readiness.web.app import create_app

    sub = tmp_path / "initiativer" / "2026"
    sub.mkdir(parents=True)
    (sub / "klar.yaml").write_bytes(READY.read_bytes())
    monkeypatch.chdir(tmp_path)
    client = create_app([str(sub / "klar.yaml"), "initiativer/2026/klar.yaml"]).test_client()
    index = client.get("/").text
    # the same file named twice is served once
    assert index.count(os.path.join("initiativer", "2026", "klar.yaml")) == 1
    assert str(tmp_path) not in index
    page = client.get("/f/0").text
    assert os.path.join("initiativer", "2026", "klar.yaml") in page
    assert str(tmp_path) not in page


# -- uploads and size limits ---------------------------------------------------------------
def test_upload_is_assessed_and_travels_with_the_form(served: tuple[str, Path, Path]) -> None:
    base, _, _ = served
    text = READY.read_bytes().replace(b"status: intent", b"status: draft")
    page = post(base + "/upload", {"lang": "nb"}, {"file": ("mitt-initiativ.yaml", text)}).text
    assert _verdict(page) == "ready" and "mitt-initiativ.yaml" in page
    form = form_of(page)
    assert form["c:agreement.status"] == "draft"
    form["c:agreement.status"] = "none"
    assert _verdict(post(base + "/u/results", form).text) == "not_ready"
    download = post(base + "/u/download", form)
    assert _download_name(download.headers["Content-Disposition"]) == (
        "mitt-initiativ.yaml",
        "mitt-initiativ.yaml",
    )
    assert download.body == text.replace(b"status: draft", b"status: none")


def test_invalid_upload_shows_located_errors(served: tuple[str, Path, Path]) -> None:
    base, _, _ = served
    bad = READY.read_bytes().replace(b"  leadership:", b"  ledership:", 1)
    reply = post(base + "/upload", {}, {"file": ("feil.yaml", bad)})
    assert reply.status == 200 and _verdict(reply.text) == "invalid"
    assert "feil.yaml: linje 19, kolonne 5" in reply.text
    assert "mente du «leadership»?" in reply.text
    assert "Traceback" not in reply.text
    other = post(base + "/upload", {}, {"file": ("notat.txt", b"hei")})
    assert "ukjent filtype" in other.text


def test_upload_over_one_mebibyte_is_refused_with_413(served: tuple[str, Path, Path]) -> None:
    base, _, _ = served
    just_over = READY.read_bytes() + b"#" * (MAX_BYTES + 1 - READY.stat().st_size)
    reply = post(base + "/upload", {}, {"file": ("stor.yaml", just_over)})
    assert reply.status == 413
    assert "Filen er for stor" in reply.text and str(MAX_BYTES) in reply.text
    huge = post(base + "/upload?lang=en", {}, {"file": ("enorm.yaml", b"#" * (4 * MAX_BYTES))})
    assert huge.status == 413 and "The file is too large" in huge.text


def test_upload_of_exactly_one_mebibyte_is_accepted_and_travels_back(
    served: tuple[str, Path, Path],
) -> None:
    base, _, _ = served
    padding = b"\n# " + b"x" * 1000
    data = READY.read_bytes()
    data += padding * ((MAX_BYTES - len(data)) // len(padding))
    data += b"#" * (MAX_BYTES - len(data))
    assert len(data) == MAX_BYTES
    page = post(base + "/upload", {}, {"file": ("akkurat.yaml", data)}).text
    assert _verdict(page) == "ready"
    form = form_of(page)
    assert base64.b64decode(str(form["base"])) == data  # the whole file rides in the form
    again = post(base + "/u", form)  # 1.33 MiB of base64: within the form limits
    assert again.status == 200 and _verdict(again.text) == "ready"


# -- slow and many connections ---------------------------------------------------------------
def _connect(base: str) -> socket.socket:
    return socket.create_connection(("127.0.0.1", urllib.parse.urlsplit(base).port or 0), 10)


def _read_to_close(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (the socket's timeout is
    longer than the server's: a server that never closes fails the test)."""
    data = b""
    with sock:
        while chunk := sock.recv(65536):
            data += chunk
    return data


def test_a_half_sent_request_is_disconnected_after_the_timeout() -> None:
    with running([], timeout=1.0) as base:
        started = time.monotonic()
        headers = _connect(base)
        headers.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # no blank line: half sent
        body = _connect(base)
        body.sendall(
            b"POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4000\r\n"
            b"Content-Type: multipart/form-data; boundary=x\r\n\r\n--x\r\n"
        )
        idle = _connect(base)  # a connection that never sends anything
        assert _read_to_close(headers) == b""
        assert _read_to_close(idle) == b""
        answer = _read_to_close(body)  # Werkzeug: the body stopped short, 400 and closed
        assert answer == b"" or answer.startswith(b"HTTP/1.1 400 "), answer[:200]
        assert time.monotonic() - started < 6  # a timeout of 1 s each, with room for a slow CI
        assert get(base + "/").status == 200


def test_connections_beyond_the_bound_are_turned_away_not_given_a_thread() -> None:
    # 3 connections at a time, silent ones closed after 2 s: the 4th to 8th are answered 503
    # at once and closed, and the server's threads never exceed the 3 it serves
    with running([], timeout=2.0, max_connections=3) as base:
        threads = threading.active_count()
        held = [_connect(base) for _ in range(3)]
        for sock in held:
            sock.sendall(b"GET / HTTP/1.1\r\n")
        time.sleep(0.3)  # the server accepts them and starts their threads
        assert threading.active_count() <= threads + 3
        started = time.monotonic()
        for _ in range(5):
            answer = _read_to_close(_connect(base))
            assert answer.startswith(b"HTTP/1.1 503 "), answer[:200]
            assert "for mange åpne forbindelser".encode() in answer
            assert threading.active_count() <= threads + 3
        assert time.monotonic() - started < 1.5  # at once, not after the held ones time out
        for sock in held:
            assert _read_to_close(sock) == b""  # closed after the timeout
        time.sleep(0.2)  # their threads end
        assert get(base + "/").status == 200
        assert threading.active_count() <= threads + 3


# -- files too large to try in the browser ---------------------------------------------------
def _with_parties(count: int) -> str:
    extra = "".join(
        f"  - id: part-{i}\n    name: Part {i}\n    kind: user_organisation\n"
        for i in range(count - 4)  # the example has 4
    )
    return READY.read_text(encoding="utf-8").replace("agreement:\n", extra + "agreement:\n", 1)


def test_a_file_with_thousands_of_parties_is_refused_with_a_message(tmp_path: Path) -> None:
    # 12,000 parties cost 32 s of CPU for one what-if (and 13 MB of page) without a bound
    huge = tmp_path / "tusenvis.yaml"
    huge.write_text(_with_parties(12_000), encoding="utf-8")
    with running([str(huge)]) as base:
        started = time.monotonic()
        page = get(base + "/f/0")
        forged = {"whatif": "1", "lang": "nb", "c:agreement.status": "signed"}
        results = post(base + "/f/0/results", forged)
        english = get(base + "/f/0?lang=en")
        elapsed = time.monotonic() - started
    assert _verdict(page.text) == "invalid"
    assert "data-verdict" not in results.text and len(results.body) < 10_000  # nothing assessed
    assert "tusenvis.yaml: linje 12" in page.text  # the parties: key
    assert "12000 parter" in page.text and "høyst 500" in page.text
    assert "readiness whatif" in page.text
    assert "12000 parties" in english.text and "at most 500" in english.text
    assert not [k for k in form_of(page.text) if k.startswith("c:")]  # no controls built
    assert len(page.body) < 100_000
    assert elapsed < 10  # about 1.5 s of CPU: reading and validating the file, three times


def test_a_file_at_the_party_limit_is_tried(tmp_path: Path) -> None:
    from readiness.web.app import MAX_ENTRIES

    path = tmp_path / "mange.yaml"
    path.write_text(_with_parties(MAX_ENTRIES), encoding="utf-8")
    with running([str(path)]) as base:
        form = form_of(get(base + "/f/0").text)
        assert f"c:parties[{MAX_ENTRIES - 1}].stance" in form  # every party has its controls
        form["c:agreement.status"] = "none"
        assert _verdict(post(base + "/f/0/results", form).text) == "not_ready"


# -- isolation -------------------------------------------------------------------------------
def test_concurrent_users_get_their_own_results(served: tuple[str, Path, Path]) -> None:
    base, ready, not_ready = served
    before = (_digest(ready), _digest(not_ready))
    start = form_of(get(base + "/f/1").text)
    wants = {"signed": "ready", "none": "not_ready", "intent": "ready", "draft": "ready"}
    failures: list[str] = []
    barrier = threading.Barrier(len(wants))

    def user(status: str) -> None:
        form = dict(start, **{"c:agreement.status": status})
        if status == "draft":  # a different edit: no core party has backing
            form["c:parties[2].leadership.level"] = "none"
        barrier.wait()
        for _ in range(4):
            html = post(base + "/f/1/results", form).text
            got = _verdict(html)
            expected = "not_ready" if status == "draft" else wants[status]
            if got != expected or ("IDE-03" in html) != (status == "draft"):
                failures.append(f"{status}: {got}")

    threads = [threading.Thread(target=user, args=(s,)) for s in wants]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert not failures
    assert (_digest(ready), _digest(not_ready)) == before


# -- the command ---------------------------------------------------------------------------
def test_serve_command_opens_the_example(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "readiness.cli.main",
            "serve",
            str(READY),
            "--port",
            "0",
            "--as-of",
            "2026-11-22",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert url, line + (proc.stderr.read() if proc.poll() is not None and proc.stderr else "")
        page = get(url.group(0) + "f/0").text
        assert _verdict(page) == "ready" and "FACT Ung Vestfold nord" in page
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout:
            proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()


def test_serve_help_states_the_bounds() -> None:
    from click.testing import CliRunner

    from readiness.cli.main import main
    from readiness.web.app import MAX_CONNECTIONS, MAX_ENTRIES, REQUEST_TIMEOUT

    nb = " ".join(CliRunner().invoke(main, ["serve", "--help"]).output.split())
    assert f"står stille i {REQUEST_TIMEOUT:g} sekunder" in nb
    assert f"høyst {MAX_CONNECTIONS} forbindelser" in nb
    assert f"flere enn {MAX_ENTRIES} parter" in nb
    assert "127.0.0.1, localhost eller [::1]" in nb
    en = " ".join(CliRunner().invoke(main, ["serve", "--help", "--lang", "en"]).output.split())
    assert f"silent for {REQUEST_TIMEOUT:g} seconds" in en
    assert f"at most {MAX_CONNECTIONS} connections" in en
    assert f"more than {MAX_ENTRIES} parties" in en


def test_serve_refuses_a_port_in_use(served: tuple[str, Path, Path]) -> None:
    from click.testing import CliRunner

    from readiness.cli.main import main

    port = urllib.parse.urlsplit(served[0]).port
    result = CliRunner().invoke(main, ["serve", str(READY), "--port", str(port)])
    assert result.exit_code == 2
    assert "kan ikke lytte på 127.0.0.1" in result.output


def test_report_of_the_changed_file_is_offered(served: tuple[str, Path, Path]) -> None:
    pytest.importorskip(
        "readiness.render.report.document", reason="the report (issue 6) is not built"
    )
    base, _, _ = served
    page = get(base + "/f/1").text
    assert 'formaction="/f/1/report.html"' in page
    form = form_of(page)
    form["c:agreement.status"] = "signed"
    reply = post(base + "/f/1/report.html", form)
    assert reply.status == 200
    assert _download_name(reply.headers["Content-Disposition"]) == (
        "uten-avtale-rapport.html",
        "uten-avtale-rapport.html",
    )
    assert "FACT Ung Vestfold nord" in reply.text and "KLAR" in reply.text
    assert "IKKE KLAR" not in reply.text  # the report is of the file as changed
    md = post(base + "/f/1/report.md", form)
    assert md.status == 200 and md.text.lstrip().startswith("#")
