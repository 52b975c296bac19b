"""A `readiness serve` application running on a free port of 127.0.0.1 in a thread, for the
server and browser tests (one per test module), plus small HTTP helpers on urllib."""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from readiness.web.app import create_app, make_server
from tests.helpers import AS_OF


@dataclass(frozen=True)
class Reply:
    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


@contextmanager
def running(
    files: Sequence[str], lang: str = "nb", host: str = "127.0.0.1", **options: Any
) -> Iterator[str]:
    """Serve ``files`` (assessment date fixed: tests never depend on today) on ``host``;
    yield the base URL. ``options`` go to make_server (its timeout and connection bound)."""
    app = create_app(files, as_of=AS_OF, lang=lang)  # type: ignore[arg-type]
    server = make_server(app, host, 0, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextmanager
def foreign_site(pages: Mapping[str, str]) -> Iterator[int]:
    """Another web site on this machine (plain http.server on 127.0.0.1), serving ``pages``
    (path → HTML) as an attacker's pages would; yields its port."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path.split("?")[0])
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write((body or "").encode("utf-8"))

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def _send(req: urllib.request.Request) -> Reply:
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return Reply(resp.status, dict(resp.headers), resp.read())
    except urllib.error.HTTPError as exc:
        with exc:
            return Reply(exc.code, dict(exc.headers), exc.read())


def get(url: str, headers: Mapping[str, str] | None = None) -> Reply:
    return _send(urllib.request.Request(url, headers=dict(headers or {})))


def post(
    url: str,
    fields: Mapping[str, str | list[str]],
    files: Mapping[str, tuple[str, bytes]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Reply:
    """POST as multipart/form-data, like the page's forms (``headers``: Host, Origin, ...)."""
    boundary = uuid.uuid4().hex
    parts: list[bytes] = []
    for name, values in fields.items():
        for value in [values] if isinstance(values, str) else values or [""]:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
                + value.encode("utf-8")
                + b"\r\n"
            )
    for name, (filename, data) in (files or {}).items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
            + data
            + b"\r\n"
        )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    req = urllib.request.Request(
        url,
        data=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}", **(headers or {})},
    )
    return _send(req)


Value = str | list[str]


class _FormParser:
    """The values a browser would submit for the page's form (``#ws``, stdlib html.parser),
    and its submit buttons. A name with several checkboxes (a list of parties or choices) has
    the list of the checked values; a yes/no checkbox (after its hidden "false") has one."""

    def __init__(self, html: str) -> None:
        from html.parser import HTMLParser

        values: dict[str, Value] = {}
        buttons: list[tuple[str, str, bool]] = []
        state: dict[str, object] = {
            "in_form": False,
            "select": None,
            "first": None,
            "textarea": None,
        }

        def add(name: str, value: str) -> None:
            had = values.get(name)
            if had is None or had == "":
                values[name] = [value] if had == "" else value
            elif isinstance(had, list):
                had.append(value)
            elif had == "false" and value == "true":
                values[name] = "true"
            else:
                values[name] = [had, value]

        class P(HTMLParser):
            def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
                a = {k: v or "" for k, v in attrs}
                if tag == "form" and a.get("id") in ("ws", "whatif"):
                    state["in_form"] = True
                if not state["in_form"]:
                    return
                if tag == "button" and a.get("type", "submit") == "submit" and "name" in a:
                    buttons.append((a["name"], a.get("value", ""), "disabled" in a))
                if tag == "input" and "name" in a:
                    kind = a.get("type", "text")
                    if kind in ("checkbox", "radio"):
                        if "checked" in a:
                            if kind == "radio":
                                values[a["name"]] = a.get("value", "on")
                            else:
                                add(a["name"], a.get("value", "on"))
                        elif kind == "checkbox" and a["name"] not in values:
                            pass
                    elif kind not in ("file", "submit"):
                        if kind == "hidden" and a.get("value", "") == "" and a["name"] in values:
                            return
                        values[a["name"]] = a.get("value", "")
                elif tag == "select":
                    state["select"], state["first"] = a["name"], True
                elif tag == "option" and state["select"]:
                    if state["first"] or "selected" in a:
                        values[str(state["select"])] = a.get("value", "")
                    state["first"] = False
                elif tag == "textarea":
                    state["textarea"] = a["name"]
                    values[a["name"]] = ""

            def handle_endtag(self, tag: str) -> None:
                if tag == "form":
                    state["in_form"] = False
                elif tag == "select":
                    state["select"] = None
                elif tag == "textarea":
                    state["textarea"] = None

            def handle_data(self, data: str) -> None:
                if state["textarea"]:
                    values[str(state["textarea"])] += data  # type: ignore[operator]

        P().feed(html)
        for name, text in values.items():
            if name.startswith("c:") and isinstance(text, str) and text.startswith("\n"):
                values[name] = text[1:]  # HTML drops a textarea's first newline
        for name, value in values.items():
            if isinstance(value, list) and "" in value:
                values[name] = [v for v in value if v]
        self.values = values
        self.buttons = buttons


def form_of(html: str) -> dict[str, Value]:
    return dict(_FormParser(html).values)


def buttons_of(html: str, name: str) -> list[str]:
    """The values of the form's enabled submit buttons called ``name``, in page order."""
    return [v for n, v, disabled in _FormParser(html).buttons if n == name and not disabled]
