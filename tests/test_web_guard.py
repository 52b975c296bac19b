"""`readiness serve` answers only to its own address and its own pages: a page whose DNS name
is rebound to 127.0.0.1 (a foreign Host header) gets nothing, a form posted from another site
(a foreign Origin or Referer) is refused, and no page can be framed by another site."""

from __future__ import annotations

import http.client
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES
from tests.webserver import Reply, form_of, get, post, running

READY = EXAMPLES / "vestfold-nord-klar.yaml"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("guard")
    ready = root / "klar.yaml"
    ready.write_bytes(READY.read_bytes())
    with running([str(ready)]) as base:
        yield base, ready


def _port(base: str) -> int:
    port = urllib.parse.urlsplit(base).port
    assert port
    return port


def _raw(base: str, path: str, headers: dict[str, str], method: str = "GET") -> Reply:
    """A request with exactly these headers (http.client adds no Host of its own)."""
    conn = http.client.HTTPConnection("127.0.0.1", _port(base), timeout=10)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for name, value in headers.items():
            conn.putheader(name, value)
        conn.endheaders()
        resp = conn.getresponse()
        return Reply(resp.status, dict(resp.getheaders()), resp.read())
    finally:
        conn.close()


# -- the Host header: DNS rebinding -------------------------------------------------------
FOREIGN_HOSTS = [
    "evil.example",
    "evil.example:{port}",
    "127.0.0.1.evil.example:{port}",
    "localhost.evil.example:{port}",
    "127.0.0.2:{port}",
    "[::2]:{port}",
    "0.0.0.0:{port}",
    "",
    "127.0.0.1:{port}@evil.example",
    "127.0.0.1 evil.example",
]


@pytest.mark.parametrize("host", FOREIGN_HOSTS)
@pytest.mark.parametrize("path", ["/", "/f/0", "/static/app.js", "/f/9"])
def test_a_foreign_host_gets_nothing(served: tuple[str, Path], host: str, path: str) -> None:
    base, ready = served
    reply = _raw(base, path, {"Host": host.format(port=_port(base))})
    assert reply.status in (400, 421)
    assert ready.name not in reply.text and "IKKE KLAR" not in reply.text
    assert "use strict" not in reply.text  # not the script either
    assert "adressen" in reply.text  # says why, in the server's language


def test_a_foreign_host_cannot_download(served: tuple[str, Path]) -> None:
    base, _ = served
    form = form_of(get(base + "/f/0").text)
    reply = post(base + "/f/0/download", form, headers={"Host": f"evil.example:{_port(base)}"})
    assert reply.status in (400, 421)
    assert "Content-Disposition" not in reply.headers
    assert "schema_version" not in reply.text


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1:{port}", "localhost:{port}", "LocalHost:{port}", "[::1]:{port}", "localhost"],
)
def test_the_own_addresses_are_answered(served: tuple[str, Path], host: str) -> None:
    base, ready = served
    reply = _raw(base, "/", {"Host": host.format(port=_port(base))})
    assert reply.status == 200 and ready.name in reply.text


def test_the_address_given_with_host_is_answered(tmp_path: Path) -> None:
    ready = tmp_path / "klar.yaml"
    ready.write_bytes(READY.read_bytes())
    with running([str(ready)], host="127.0.0.2") as base:  # all of 127/8 is this machine
        port = _port(base)
        assert get(base + "/").status == 200  # Host: 127.0.0.2:port
        assert get(base + "/", headers={"Host": f"localhost:{port}"}).status == 200
        assert get(base + "/", headers={"Host": f"127.0.0.3:{port}"}).status in (400, 421)


# -- Origin and Referer: forms posted from another site ---------------------------------------
FOREIGN_ORIGINS = [
    {"Origin": "http://evil.example"},
    {"Origin": "null"},  # a sandboxed frame, a file:// page, a data: URL
    {"Origin": "http://127.0.0.1:1"},  # another server on this machine
    {"Origin": "https://127.0.0.1:{port}"},
    {"Origin": "http://localhost:{port}"},  # another origin than the one the page was opened at
    {"Origin": "http://127.0.0.1:{port}.evil.example"},
    {"Referer": "http://evil.example/side"},
    {"Referer": "http://127.0.0.1:1/"},
    {"Origin": "http://evil.example", "Referer": "http://127.0.0.1:{port}/f/0"},
]


@pytest.mark.parametrize("headers", FOREIGN_ORIGINS)
@pytest.mark.parametrize("path", ["/f/0/results", "/f/0/download", "/f/0", "/upload", "/u"])
def test_a_post_from_another_site_is_refused(
    served: tuple[str, Path], headers: dict[str, str], path: str
) -> None:
    base, _ = served
    form = form_of(get(base + "/f/0").text)
    port = _port(base)
    sent = {k: v.format(port=port) for k, v in headers.items()}
    files = {"file": ("klar.yaml", READY.read_bytes())} if path == "/upload" else None
    reply = post(base + path, form, files, headers=sent)
    assert reply.status == 403
    assert "Content-Disposition" not in reply.headers
    assert 'data-verdict="' not in reply.text and "schema_version" not in reply.text
    assert "annen nettside" in reply.text


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://127.0.0.1:{port}"},
        {"Referer": "http://127.0.0.1:{port}/f/0?lang=nb"},
        {"Origin": "http://127.0.0.1:{port}", "Referer": "http://127.0.0.1:{port}/"},
        {},  # not a browser: no cross-site request to guard against
    ],
)
def test_a_post_from_the_own_pages_is_answered(
    served: tuple[str, Path], headers: dict[str, str]
) -> None:
    base, _ = served
    form = form_of(get(base + "/f/0").text)
    sent = {k: v.format(port=_port(base)) for k, v in headers.items()}
    reply = post(base + "/f/0/results", form, headers=sent)
    assert reply.status == 200 and 'data-verdict="ready"' in reply.text


def test_the_refusals_are_in_english_with_lang_en(served: tuple[str, Path]) -> None:
    base, _ = served
    host = _raw(base, "/?lang=en", {"Host": "evil.example"})
    assert host.status in (400, 421) and "address" in host.text and "adressen" not in host.text
    form = form_of(get(base + "/f/0").text)
    origin = post(base + "/f/0/results?lang=en", form, headers={"Origin": "http://evil.example"})
    assert origin.status == 403 and "another site" in origin.text


# -- headers on every answer: no frames, no sniffing, no referrer to other sites ---------------
@pytest.mark.parametrize(
    "request_",
    [
        ("GET", "/", {}),
        ("GET", "/f/0", {}),
        ("GET", "/f/9", {}),  # 404
        ("GET", "/static/app.js", {}),
        ("GET", "/static/style.css", {}),
        ("GET", "/", {"Host": "evil.example"}),  # refused
        ("POST", "/f/0/results", {"Origin": "http://evil.example"}),  # refused
        ("POST", "/f/0/results", {}),
        ("POST", "/f/0/download", {}),
    ],
)
def test_every_answer_forbids_frames_and_sniffing(
    served: tuple[str, Path], request_: tuple[str, str, dict[str, str]]
) -> None:
    base, _ = served
    method, path, headers = request_
    if method == "GET":
        reply = get(base + path, headers=headers)
    else:
        reply = post(base + path, form_of(get(base + "/f/0").text), headers=headers)
    csp = reply.headers["Content-Security-Policy"]
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp and "*" not in csp
    assert reply.headers["X-Frame-Options"] == "DENY"
    assert reply.headers["X-Content-Type-Options"] == "nosniff"
    # same-origin: our own forms keep their Origin (no-referrer would send "Origin: null")
    assert reply.headers["Referrer-Policy"] == "same-origin"
