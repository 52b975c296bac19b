"""The Flask application behind `readiness serve`.

Files are addressed by their index in the list given on the command line (``/f/0``), never by a
path from the request, and named on the pages by their path below the working directory or
their file name, never by an absolute path; an uploaded file travels with the form (base64, so
no browser rewrites its line ends), never stored. Each request carries the whole what-if state:
the server holds nothing that one tab could change for another. Nothing here writes a file.
Every request passes readiness.web.guard's checks first (own address, own pages).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import io
import logging
import os
import re
import socket
import threading
from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from flask import Flask, Response, abort, render_template, request, send_file
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.serving import ThreadedWSGIServer, WSGIRequestHandler

from readiness import personal_data
from readiness.assess.assessment import Assessment, assess
from readiness.catalog.load import default_catalog
from readiness.catalog.records import Catalog
from readiness.engine.durable import engine_for
from readiness.errors import InputError, Problem, UsageError
from readiness.explore.whatif import edited_text
from readiness.format.load import EXTENSIONS, LoadedInitiative, load_text
from readiness.read.files import MAX_BYTES, TooLarge, decode, read_stream, read_text
from readiness.text import LANGS, Lang, redacted, t
from readiness.web import controls, guard, pages

# A request carries at most the file (base64 in a form field: 4/3 of 1 MiB) and the controls.
_FORM_LIMIT = MAX_BYTES * 4 // 3 + 256 * 1024
_UPLOAD = "/u"

# One what-if reads, edits and assesses the whole file again, and the page carries controls
# for every party, youth involvement and cooperation entry: the cost grows with those lists
# (measured, one what-if: 0.3 s of CPU at 100 parties, 2.7 s at 1,000, 32 s and a 13 MB page
# at 12,000). A FACT Ung initiative has 2-15 parties, so the browser tries files with at most
# this many entries in each list and refuses longer ones with a message; the command line
# (`readiness check`, `readiness whatif`) builds no page and has no such bound.
MAX_ENTRIES = 100
_LISTS = (("parties",), ("youth_involvement",), ("pre_project", "cooperation"))

# Slow and stalled clients (see make_server): a connection that sends or takes nothing for
# REQUEST_TIMEOUT seconds is closed (a browser sends its request at once, and the keep-alive
# connections it leaves idle are closed after that long), and at most MAX_CONNECTIONS are
# served at once, one thread each (a browser opens up to 6 to one server). The ones beyond
# are answered 503 at once and get no thread: half-open connections cost at most
# MAX_CONNECTIONS threads, each until it has been silent for REQUEST_TIMEOUT seconds.
REQUEST_TIMEOUT = 10.0
MAX_CONNECTIONS = 32


class _Source:
    """One initiative file as a request sees it: its name, its text (or why there is none),
    and the URL the page's form posts to. ``file`` is the name the loader judges, ``name``
    the name pages show (``state`` redacts a likely identity number in it)."""

    def __init__(
        self,
        name: str,
        action: str,
        text: str | None = None,
        error: InputError | None = None,
        upload: str | None = None,
    ):
        self.file = self.name = name
        self.action = action
        self.text = text
        self.error = error
        self.upload = upload  # base64 of an uploaded file, sent back with every request

    @property
    def is_json(self) -> bool:
        return self.name.lower().endswith(".json")

    @property
    def download_name(self) -> str:
        """The file's own name (JSON stays JSON, as `readiness whatif --write` keeps it)."""
        path = PurePosixPath(self.name)
        stem = re.sub(r"[^\w.-]+", "_", path.stem) or "initiativ"
        suffix = path.suffix.lower() if path.suffix.lower() in EXTENSIONS else ".yaml"
        return stem + suffix


def _decode(data: bytes, name: str) -> tuple[str | None, InputError | None]:
    """An uploaded file's text (readiness/read/files.py decodes every input), or why there is
    none."""
    if len(data) > MAX_BYTES:
        abort(413)
    try:
        return decode(data, name), None
    except InputError as exc:
        return None, exc


def _upload_name(raw: str) -> str:
    """The base name of an uploaded file's name (browsers may send a full Windows path)."""
    name = PureWindowsPath(PurePosixPath(raw or "").name).name.strip()
    return name or "initiativ.yaml"


def _shown(path: str) -> str:
    """A served file as the pages name it: its path below the directory serve was started
    in, else its file name; never an absolute path of the advisor's machine."""
    try:
        relative = os.path.relpath(os.path.abspath(path))
    except ValueError:  # Windows: on another drive
        return os.path.basename(path)
    return relative if not relative.startswith(os.pardir) else os.path.basename(path)


def _refuse_long_lists(loaded: LoadedInitiative, name: str) -> None:
    """Raise InputError (at the list's key) for a list longer than MAX_ENTRIES."""
    for keys in _LISTS:
        value: Any = loaded.initiative
        for key in keys:
            value = getattr(value, key, None)
        if value is not None and len(value) > MAX_ENTRIES:
            line, column = loaded.locate(keys)
            key = "web.too_many.parties" if keys == ("parties",) else "web.too_many.entries"
            params = {"count": len(value), "limit": MAX_ENTRIES, "key": ".".join(keys)}
            raise InputError(name, [Problem(key, line, column, params)])


def _attachment(body: str | bytes, mimetype: str, name: str) -> Response:
    """A download saved as ``name``. Werkzeug's send_file writes the Content-Disposition per
    RFC 6266 (``filename*=UTF-8''…`` and an ASCII ``filename`` for old clients): a header is
    Latin-1 on the wire, so a name such as Kárášjohka.yaml cannot go in it as it is."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    return send_file(io.BytesIO(data), mimetype, as_attachment=True, download_name=name)


# -- personal numbers: in no page, header or log line (readiness/personal_data.py) -------------
def _without_personal_data(
    form: Mapping[str, str], groups: list[controls.Group]
) -> tuple[dict[str, str], list[str]]:
    """The what-if form without the controls whose value holds a likely identity number (so
    they keep the file's value, and no page shows what was typed), and those controls'
    labels. File names go through the loader's guard (``_Source.file``)."""
    labels = {c.name: c.label for g in groups for c in (*g.controls, *g.extra)}
    refused = [k for k, v in form.items() if k in labels and personal_data.found(v)]
    return {k: v for k, v in form.items() if k not in refused}, [labels[k] for k in refused]


class _RedactedLog(logging.Filter):
    """A log record as written, with likely identity numbers redacted: a request's URL or
    an error's text may hold one."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redacted(record.exc_text)
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # arguments that do not fit: the handler reports it
            return True
        record.msg, record.args = redacted(message), ()
        return True


_REDACTED_LOG = _RedactedLog()


def create_app(
    files: Sequence[str],
    *,
    catalog: Catalog | None = None,
    as_of: dt.date | None = None,
    lang: Lang = "nb",
) -> Flask:
    """The application for ``files`` (read again at each request, never written).

    ``as_of`` fixes the assessment date (default: the day of each request)."""
    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=_FORM_LIMIT,  # larger bodies: 413 before they are read
        MAX_FORM_MEMORY_SIZE=_FORM_LIMIT,  # the uploaded file's base64 field
        TEMPLATES_AUTO_RELOAD=False,
        READINESS_HOSTS=guard.served_hosts(),  # make_server adds the address it serves
        READINESS_LANG=lang,
    )
    files = tuple(files)
    shown = tuple(_shown(f) for f in files)
    catalog = catalog or default_catalog()
    for logger in (logging.getLogger("werkzeug"), app.logger):  # each filter once
        logger.addFilter(_REDACTED_LOG)
    engine_for(catalog).prepare()  # compile every gate now, not during the first request
    default_lang = lang

    # -- the request's own settings ----------------------------------------------------------
    def form() -> Mapping[str, str]:
        return request.form if request.method == "POST" else {}

    def req_lang() -> Lang:
        f = form()
        value = f.get("switch_lang") or f.get("lang") or request.args.get("lang") or default_lang
        return value if value in LANGS else default_lang

    def today() -> dt.date:
        return as_of or dt.date.today()

    # -- sources -----------------------------------------------------------------------------
    def file_source(index: int) -> _Source:
        if not 0 <= index < len(files):
            abort(404)
        path, name = files[index], shown[index]
        try:
            return _Source(name, f"/f/{index}", text=read_text(path))
        except InputError as exc:
            return _Source(name, f"/f/{index}", error=exc)

    def upload_source() -> _Source:
        f = form()
        name = _upload_name(f.get("upload_name", ""))
        try:
            data = base64.b64decode(f.get("upload_text", ""), validate=True)
        except (binascii.Error, ValueError):
            abort(400)
        text, error = _decode(data, name)
        return _Source(name, _UPLOAD, text=text, error=error, upload=f.get("upload_text"))

    # -- the page's state: file as loaded → assessment, controls, variant ---------------------
    def state(source: _Source) -> dict[str, Any]:
        lang = req_lang()
        source.name = redacted(source.file, lang)  # as every page shows it
        f = form()
        ctx: dict[str, Any] = {"lang": lang, "source": source, "t": t}
        if source.error is not None:
            ctx["invalid"] = pages.problems(source.error, lang)
            return ctx
        assert source.text is not None
        is_json = source.is_json
        try:
            loaded = load_text(source.text, source.file, catalog, is_json=is_json)
            _refuse_long_lists(loaded, source.name)
            gate = f.get("gate") or request.args.get("gate") or None
            if gate not in catalog.gates_with_rules():
                gate = None
            before = assess(loaded, catalog, gate=gate, as_of=today())
        except (InputError, UsageError) as exc:
            ctx["invalid"] = pages.problems(exc, lang)
            return ctx
        groups = controls.build(loaded.initiative, before.gate, lang)
        edits: list[Any] = []
        refused: list[str] = []
        if f.get("whatif") and not f.get("reset"):
            posted, refused = _without_personal_data(f, groups)
            groups, edits = controls.apply_form(groups, posted)
        after: Assessment | None = before
        changed_text = source.text
        changed_errors = None
        changed = loaded
        if edits:
            try:
                changed_text = edited_text(source.text, edits, is_json=is_json)
                changed = load_text(changed_text, source.file, catalog, is_json=is_json)
                after = assess(changed, catalog, gate=before.gate, as_of=today())
            except (InputError, UsageError) as exc:
                after, changed_errors = None, pages.problems(exc, lang)
        if refused:
            messages = [t("web.personal_field", lang, field=label) for label in refused]
            after, changed_errors = None, [pages.ProblemView(1, 1, m) for m in messages]
        ctx.update(
            report=after is not None,
            variant=(changed, after),
            initiative=before.initiative,
            gate=before.gate,
            gates=[(g, catalog.gate(g).name.get(lang)) for g in catalog.gates_with_rules()],
            groups=groups,
            edits=controls.changes(groups, lang),
            result=pages.assessment(after, catalog, lang) if after is not None else None,
            changed_errors=changed_errors,
            comparison=pages.comparison(before, after, catalog, lang) if edits else None,
            changed_text=changed_text,
        )
        return ctx

    def page(source: _Source) -> str:
        return render_template("page.html", **state(source))

    def results(source: _Source) -> str:
        return render_template("results.html", **state(source))

    def download(source: _Source) -> Response:
        ctx = state(source)
        if "changed_text" not in ctx:  # the file itself cannot be assessed
            return Response(render_template("page.html", **ctx), status=422)
        mimetype = "application/json" if source.is_json else "application/yaml"
        return _attachment(ctx["changed_text"], mimetype, source.download_name)

    def report(source: _Source, fmt: str) -> Response:
        ctx = state(source)
        if not ctx.get("report"):
            return Response(render_template("page.html", **ctx), status=422)
        from readiness.render.report.document import render_report

        loaded, after = ctx["variant"]
        body = render_report(after, loaded, catalog, fmt, ctx["lang"])
        stem = PurePosixPath(source.download_name).stem
        mimetype = "text/html" if fmt == "html" else "text/markdown"
        return _attachment(body, mimetype, f"{stem}-rapport.{fmt}")

    # -- routes ------------------------------------------------------------------------------
    @app.get("/")
    def index() -> str:
        lang = req_lang()
        names = [(i, redacted(name, lang)) for i, name in enumerate(shown)]
        return render_template("index.html", lang=lang, t=t, names=names)

    @app.route("/f/<int:index>", methods=["GET", "POST"])
    def file_page(index: int) -> str:
        return page(file_source(index))

    @app.post("/f/<int:index>/results")
    def file_results(index: int) -> str:
        return results(file_source(index))

    @app.post("/f/<int:index>/download")
    def file_download(index: int) -> Response:
        return download(file_source(index))

    @app.post("/f/<int:index>/report.<any(html, md):fmt>")
    def file_report(index: int, fmt: str) -> Response:
        return report(file_source(index), fmt)

    @app.post("/upload")
    def upload() -> Any:
        lang = req_lang()
        storage = request.files.get("file")
        if storage is None or not storage.filename:
            return error_page(400, t("web.upload.missing", lang), lang)
        name = _upload_name(storage.filename)
        try:
            data = read_stream(storage.stream, name)  # bounded, as every input is
        except TooLarge:
            abort(413)
        ext = PurePosixPath(name).suffix.lower()
        encoded = base64.b64encode(data).decode("ascii")
        if ext not in EXTENSIONS:
            err = InputError(name, [Problem("file.extension", params={"ext": ext or name})])
            return page(_Source(name, _UPLOAD, error=err, upload=encoded))
        text, error = _decode(data, name)
        return page(_Source(name, _UPLOAD, text=text, error=error, upload=encoded))

    @app.post(_UPLOAD)
    def upload_page() -> str:
        return page(upload_source())

    @app.post(_UPLOAD + "/results")
    def upload_results() -> str:
        return results(upload_source())

    @app.post(_UPLOAD + "/download")
    def upload_download() -> Response:
        return download(upload_source())

    @app.post(_UPLOAD + "/report.<any(html, md):fmt>")
    def upload_report(fmt: str) -> Response:
        return report(upload_source(), fmt)

    # -- the request filter: this server's own address and pages only (readiness.web.guard) ---
    @app.before_request
    def own_address_and_pages_only() -> tuple[str, int] | None:
        if not guard.own_host(request.host, app.config["READINESS_HOSTS"]):
            return error_page(400, t("web.foreign_host", req_lang_safe()))
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            headers = request.headers
            origin = guard.foreign_origin(
                headers.get("Origin"), headers.get("Referer"), request.host
            )
            if origin is not None:
                return error_page(403, t("web.foreign_origin", req_lang_safe(), origin=origin))
        return None

    @app.after_request
    def security_headers(response: Response) -> Response:
        for name, value in guard.HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    # -- errors: a page in the user's language, never a traceback ----------------------------
    def error_page(code: int, message: str, lang: Lang | None = None) -> tuple[str, int]:
        lang = lang or req_lang_safe()
        return render_template("error.html", lang=lang, t=t, code=code, message=message), code

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(exc: HTTPException) -> tuple[str, int]:
        return error_page(413, t("web.too_large", req_lang_safe(), limit=MAX_BYTES))

    @app.errorhandler(404)
    def not_found(exc: HTTPException) -> tuple[str, int]:
        return error_page(404, t("web.not_found", req_lang_safe()))

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> tuple[str, int]:
        return error_page(exc.code or 500, t("web.bad_request", req_lang_safe()))

    @app.errorhandler(Exception)
    def internal(exc: Exception) -> tuple[str, int]:  # a bug: say so, never a traceback
        app.logger.exception("internal error")
        detail = f"{type(exc).__name__}: {exc}"
        return error_page(500, t("internal.error", req_lang_safe(), detail=detail))

    def req_lang_safe() -> Lang:
        """The language, without touching a body that is too large or malformed."""
        value = request.args.get("lang") or default_lang
        return value if value in LANGS else default_lang

    return app


class _Server(ThreadedWSGIServer):
    """Werkzeug's threaded server with a deadline on each read and write of a connection (the
    request handler's ``timeout``, which socketserver sets on the connection's socket) and a
    bound on the connections served at once. Neither socketserver nor Werkzeug has such a
    bound: it is a semaphore taken as a connection is accepted and given back when its thread
    ends."""

    def __init__(
        self, host: str, port: int, app: Flask, fd: int, timeout: float, max_connections: int
    ):
        handler = type("_Handler", (WSGIRequestHandler,), {"timeout": timeout})
        super().__init__(host, port, app, handler, fd=fd)
        self.max_connections = max_connections
        self._slots = threading.BoundedSemaphore(max_connections)
        lang = app.config.get("READINESS_LANG", "nb")
        body = t("web.busy", lang, limit=max_connections).encode("utf-8")
        head = [
            "HTTP/1.1 503 Service Unavailable",
            "Content-Type: text/plain; charset=utf-8",
            f"Content-Length: {len(body)}",
            "Retry-After: 5",
            "Connection: close",
            *(f"{name}: {value}" for name, value in guard.HEADERS.items()),
        ]
        self._busy = ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self._turn_away(request)
            return
        try:
            super().process_request(request, client_address)  # starts the connection's thread
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def _turn_away(self, request: socket.socket) -> None:
        """Answer 503 and close, in the accepting thread: never wait on this client."""
        try:
            request.setblocking(False)
            request.sendall(self._busy)  # a few hundred bytes: an empty send buffer takes them
        except OSError:
            pass
        self.shutdown_request(request)


def make_server(
    app: Flask,
    host: str,
    port: int,
    *,
    timeout: float = REQUEST_TIMEOUT,
    max_connections: int = MAX_CONNECTIONS,
) -> _Server:
    """A threaded WSGI server for ``app`` on ``host:port`` (port 0: a free one). Requests run in
    threads; readiness.engine.durable serialises every call into the one durable_rules host. A
    connection silent for ``timeout`` seconds is closed; beyond ``max_connections`` at once,
    connections are answered 503. The app answers only to ``host`` and the loopback names.

    Raises OSError when the address cannot be used (Werkzeug would print and exit instead)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
        server = _Server(host, port, app, sock.fileno(), timeout, max_connections)  # a dup
    app.config["READINESS_HOSTS"] = guard.served_hosts(host, str(server.server_address[0]))
    return server
