"""The Flask application behind `readiness serve`.

Files are addressed by their index in the list given on the command line (``/f/0``), never by a
path from the request; an uploaded file travels with the form (base64, so no browser rewrites
its line ends), never stored. Each request carries the whole what-if state: the server holds
nothing that one tab could change for another. Nothing here writes a file.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import logging
import re
from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from flask import Flask, Response, abort, render_template, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from readiness import personal_data
from readiness.assessment import Assessment, assess
from readiness.catalog import Catalog, default_catalog
from readiness.engine import engine_for
from readiness.errors import InputError, Problem, UsageError
from readiness.i18n import LANGS, Lang, redacted, t
from readiness.loader import EXTENSIONS, MAX_BYTES, load_text, read_text
from readiness.web import controls, pages
from readiness.whatif import edited_text

# A request carries at most the file (base64 in a form field: 4/3 of 1 MiB) and the controls.
_FORM_LIMIT = MAX_BYTES * 4 // 3 + 256 * 1024
_UPLOAD = "/u"


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
    if len(data) > MAX_BYTES:
        abort(413)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, InputError(name, [Problem("file.encoding", line, 1, {"offset": exc.start})])


def _upload_name(raw: str) -> str:
    """The base name of an uploaded file's name (browsers may send a full Windows path)."""
    name = PureWindowsPath(PurePosixPath(raw or "").name).name.strip()
    return name or "initiativ.yaml"


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
    )
    files = tuple(files)
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
        name = files[index]
        try:
            return _Source(name, f"/f/{index}", text=read_text(name))
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
            gate = f.get("gate") or request.args.get("gate") or None
            if gate not in catalog.gates_with_rules():
                gate = None
            before = assess(loaded, catalog, gate=gate, as_of=today(), lang=lang)
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
                after = assess(changed, catalog, gate=before.gate, as_of=today(), lang=lang)
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
            comparison=pages.comparison(before, after, lang) if edits else None,
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
        return Response(
            ctx["changed_text"].encode("utf-8"),
            mimetype="application/json" if source.is_json else "application/yaml",
            headers={"Content-Disposition": f'attachment; filename="{source.download_name}"'},
        )

    def report(source: _Source, fmt: str) -> Response:
        ctx = state(source)
        if not ctx.get("report"):
            return Response(render_template("page.html", **ctx), status=422)
        from readiness.render.report import render_report

        loaded, after = ctx["variant"]
        body = render_report(after, loaded, catalog, fmt)
        stem = PurePosixPath(source.download_name).stem
        return Response(
            body,
            mimetype="text/html" if fmt == "html" else "text/markdown",
            headers={"Content-Disposition": f'attachment; filename="{stem}-rapport.{fmt}"'},
        )

    # -- routes ------------------------------------------------------------------------------
    @app.get("/")
    def index() -> str:
        lang = req_lang()
        names = [(i, redacted(name, lang)) for i, name in enumerate(files)]
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
        data = storage.stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
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


def make_server(app: Flask, host: str, port: int) -> Any:
    """A threaded WSGI server for ``app`` on ``host:port`` (port 0: a free one). Requests run in
    threads; readiness.engine serialises every call into the one durable_rules host.

    Raises OSError when the address cannot be used (Werkzeug would print and exit instead)."""
    import socket

    from werkzeug.serving import make_server as _make

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
        return _make(host, port, app, threaded=True, fd=sock.fileno())  # duplicates the socket
