"""The Flask application behind `readiness serve`: the coordinator's workspace.

Files are addressed by their number in the list (``/f/0``, readiness/web/store.py), never by a
path from the request, and named on the pages by their path below the working directory or
their file name, never by an absolute path. An uploaded file and a new initiative travel with
the form (``/u``), never stored until saved under a name the user gives.

Each request carries the whole state (readiness/web/state.py): the text the tab opened and the
edits made since. The request's form (readiness/web/controls.py) adds edits, a list item added
or removed, or a plan step's suggestion (readiness.explore.plan); readiness.explore.whatif
assesses the result as it assesses any file, and pages.py makes view data of it. The file on
disk is written only by "Lagre" (store.save: numbered backup, refused when the file changed
on disk). Every request passes readiness.web.guard's checks first (own address, own pages).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import logging
import re
import socket
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from flask import Flask, Response, abort, jsonify, redirect, render_template, request, send_file
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.serving import ThreadedWSGIServer, WSGIRequestHandler

from readiness.assess.assessment import Assessment, assess, resolve_gate
from readiness.catalog.load import default_catalog
from readiness.catalog.records import Catalog
from readiness.engine.durable import engine_for
from readiness.errors import InputError, Problem, UsageError
from readiness.explore.plan import Plan, build_plan
from readiness.explore.whatif import Edit, WhatIf, WhatIfError, edited_text, what_if
from readiness.format.labels import choice_label
from readiness.format.load import EXTENSIONS, LoadedInitiative, load_file, load_text
from readiness.format.template import PHASES, initiative_template, schema_ref
from readiness.read.files import MAX_BYTES, TooLarge, decode, read_stream, read_text
from readiness.text import LANGS, Lang, redacted, t
from readiness.web import controls, guard, pages, state, store

# A request carries the file (base64 in a form field: 4/3 of 1 MiB), the edits and a value for
# every control (a file of 500 parties has about 7,000 controls).
_FORM_LIMIT = MAX_BYTES * 4 // 3 + 4 * 1024 * 1024
_FORM_PARTS = 50_000
_CARRIED = "/u"

# The workspace assesses the whole file again after every change and the page carries controls
# for every item of every list: the cost grows with the lists (bench/web.py: p95 from a change
# to the answer on 500 parties is in bench/results.md). A FACT Ung initiative has 2-15 parties,
# so the browser takes files with at most this many items in each list and refuses longer ones
# with a message; the command line (`readiness check`, `readiness whatif`) has no such bound.
MAX_ENTRIES = 500

# Slow and stalled clients (see make_server): a connection that sends or takes nothing for
# REQUEST_TIMEOUT seconds is closed (a browser sends its request at once, and the keep-alive
# connections it leaves idle are closed after that long), and at most MAX_CONNECTIONS are
# served at once, one thread each (a browser opens up to 6 to one server). The ones beyond
# are answered 503 at once and get no thread: half-open connections cost at most
# MAX_CONNECTIONS threads, each until it has been silent for REQUEST_TIMEOUT seconds.
REQUEST_TIMEOUT = 10.0
MAX_CONNECTIONS = 32


class _Source:
    """One initiative as a request sees it: its name, the text the tab opened (or why there is
    none), and the URL its forms post to. ``file`` is the name the loader judges, ``name`` the
    name pages show (``work`` redacts a likely identity number in it). A served file has its
    number (``index``) and its text on disk now (``disk``); an upload or a new initiative is
    ``carried`` in the form."""

    def __init__(
        self,
        name: str,
        action: str,
        *,
        text: str | None = None,
        error: InputError | None = None,
        index: int | None = None,
        disk: str | None = None,
    ):
        self.file = self.name = name
        self.action = action
        self.text = text
        self.error = error
        self.index = index
        self.disk = disk

    @property
    def carried(self) -> bool:
        return self.index is None

    @property
    def is_json(self) -> bool:
        return self.file.lower().endswith(".json")

    @property
    def download_name(self) -> str:
        """The file's own name (JSON stays JSON, as `readiness whatif --write` keeps it)."""
        path = PurePosixPath(self.file)
        stem = re.sub(r"[^\w.-]+", "_", path.stem) or "initiativ"
        suffix = path.suffix.lower() if path.suffix.lower() in EXTENSIONS else ".yaml"
        return stem + suffix


def _upload_name(raw: str) -> str:
    """The base name of an uploaded file's name (browsers may send a full Windows path)."""
    name = PureWindowsPath(PurePosixPath(raw or "").name).name.strip()
    return name or "initiativ.yaml"


def _lists(data: Any, path: tuple[str | int, ...] = ()) -> list[tuple[tuple[str | int, ...], int]]:
    """(path, length) of every list in ``data``."""
    out: list[tuple[tuple[str | int, ...], int]] = []
    if isinstance(data, dict):
        for k, v in data.items():
            if isinstance(v, list):
                out.append(((*path, k), len(v)))
                for i, item in enumerate(v[:MAX_ENTRIES]):
                    out += _lists(item, (*path, k, i))
            elif isinstance(v, dict):
                out += _lists(v, (*path, k))
    return out


def _refuse_long_lists(loaded: LoadedInitiative, name: str) -> None:
    """Raise InputError (at the list's key) for a list longer than MAX_ENTRIES."""
    for keys, count in _lists(loaded.document.data):
        if count > MAX_ENTRIES:
            line, column = loaded.locate(keys)
            key = "web.too_many.parties" if keys == ("parties",) else "web.too_many.entries"
            dotted = ".".join(str(k) for k in keys)
            params = {"count": count, "limit": MAX_ENTRIES, "key": dotted}
            raise InputError(name, [Problem(key, line, column, params)])


def _attachment(body: str | bytes, mimetype: str, name: str) -> Response:
    """A download saved as ``name``. Werkzeug's send_file writes the Content-Disposition per
    RFC 6266 (``filename*=UTF-8''…`` and an ASCII ``filename`` for old clients): a header is
    Latin-1 on the wire, so a name such as Kárášjohka.yaml cannot go in it as it is."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    return send_file(io.BytesIO(data), mimetype, as_attachment=True, download_name=name)


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


class _Recent:
    """The last ``size`` values put, by key (thread-safe: requests run in threads)."""

    def __init__(self, size: int):
        self._size = size
        self._items: dict[Any, Any] = {}
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            value = self._items.pop(key, None)
            if value is not None:
                self._items[key] = value  # the most recent last
            return value

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._items.pop(key, None)
            self._items[key] = value
            while len(self._items) > self._size:
                del self._items[next(iter(self._items))]


@dataclass
class _Work:
    """What one request made of the workspace: the edits since the file was opened (``log``),
    the initiative as they leave it, assessed (``outcome``) or not (``problems``), its plan and
    form, and what the page tells the user."""

    log: list[Edit]
    outcome: WhatIf | None = None
    problems: InputError | None = None
    data: Any = None
    plan: Plan | None = None
    form: controls.Form | None = None
    notices: list[str] = field(default_factory=list)
    focus: str | None = None
    rerender: bool = False  # the controls must be drawn again (not only their values)


def create_app(
    paths: Sequence[str],
    *,
    catalog: Catalog | None = None,
    as_of: dt.date | None = None,
    lang: Lang = "nb",
    call_file: str | None = None,
) -> Flask:
    """The application for the initiative files ``paths`` names (files, and folders whose
    initiative files are served; read again at each request, written only by "Lagre").

    ``as_of`` fixes the assessment date (default: the day of each request); ``call_file`` is
    the --call file the catalog was made with (never written)."""
    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=_FORM_LIMIT,  # larger bodies: 413 before they are read
        MAX_FORM_MEMORY_SIZE=_FORM_LIMIT,  # the file's base64 field
        MAX_FORM_PARTS=_FORM_PARTS,
        TEMPLATES_AUTO_RELOAD=False,
        READINESS_HOSTS=guard.served_hosts(),  # make_server adds the address it serves
        READINESS_LANG=lang,
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    files = store.Files(paths)
    catalog = catalog or default_catalog()
    never_written = [call_file] if call_file else []
    for logger in (logging.getLogger("werkzeug"), app.logger):  # each filter once
        logger.addFilter(_REDACTED_LOG)
    engine_for(catalog).prepare()  # compile every gate now, not during the first request
    default_lang = lang
    gates = catalog.gates_with_rules()
    from readiness.render.report.pdf import find_chromium

    has_pdf = find_chromium() is not None

    # The form a page was drawn with, by (the file as opened, its edits, the language): the next
    # request of that tab posts it back, and its values are what the posted ones are compared
    # with (controls.edits_from). Kept so that a change costs one form, not two.
    built_forms = _Recent(32)

    @functools.lru_cache(maxsize=16)
    def loaded_text(text: str, name: str, is_json: bool) -> LoadedInitiative:
        """A text as the loader reads it (kept: every request of a tab brings the same one;
        the result is never changed, edits work on copies)."""
        loaded = load_text(text, name, catalog, is_json=is_json)
        _refuse_long_lists(loaded, name)
        return loaded

    # -- the request's own settings ----------------------------------------------------------
    def form() -> MultiDict[str, str]:
        return request.form if request.method == "POST" else MultiDict()

    def req_lang() -> Lang:
        f = form()
        value = f.get("switch_lang") or f.get("lang") or request.args.get("lang") or default_lang
        return value if value in LANGS else default_lang

    def today() -> dt.date:
        return as_of or dt.date.today()

    def chosen_gate() -> str | None:
        gate = form().get("gate") or request.args.get("gate") or None
        return gate if gate in gates else None

    # -- sources -----------------------------------------------------------------------------
    def file_source(index: int, *, fresh: bool = False) -> _Source:
        path = files.get(index)
        if path is None:
            abort(404)
        name = store.shown(path)
        try:
            disk: str | None = read_text(path)
        except InputError as exc:
            if "base" in form() and not fresh:
                disk = None  # gone or unreadable now: the tab's own text goes on
            else:
                return _Source(name, f"/f/{index}", error=exc, index=index)
        text = disk
        if "base" in form() and not fresh:
            text = _carried_text(name)
        return _Source(name, f"/f/{index}", text=text, index=index, disk=disk)

    def _carried_text(name: str) -> str:
        data = state.decode_bytes(form().get("base", ""))
        if len(data) > MAX_BYTES:
            abort(413)
        return decode(data, name)

    def carried_source() -> _Source:
        name = _upload_name(form().get("name", ""))
        try:
            return _Source(name, _CARRIED, text=_carried_text(name))
        except InputError as exc:
            return _Source(name, _CARRIED, error=exc)

    # -- the work of one request ---------------------------------------------------------------
    def run(base: LoadedInitiative, log: list[Edit], gate: str | None) -> WhatIf:
        """The what-if of ``log`` on the file as opened, against ``gate`` or, when none was
        chosen, the gate of the phase the edits leave (raises WhatIfError, UsageError)."""
        outcome = what_if(base, log, catalog, gate=gate, as_of=today(), text=False)
        if gate is None and outcome.changed is not None:
            own = resolve_gate(catalog, outcome.changed.initiative, None)
            if own != outcome.comparison.after.gate:
                outcome = what_if(base, log, catalog, gate=own, as_of=today(), text=False)
        return outcome

    def work(base: LoadedInitiative, lang: Lang, fresh: bool) -> _Work:
        f = MultiDict() if fresh else form()
        log = state.read_log(f.get("log", ""))
        gate = chosen_gate()
        done = _Work(log)
        if f.get("reset"):
            log = []
        else:
            kept = built_forms.get((id(base), f.get("log", ""), lang))
            before = kept[1] if kept is not None and kept[0] is base else None
            if before is None:
                current = _edited(base, log)
                before = controls.build(current, base.document.data, lang, limit=MAX_ENTRIES)
            posted = controls.edits_from(before, f)
            new = posted.edits
            for label in posted.refused:
                done.notices.append(t("web.personal_field", lang, field=label))
                done.rerender = True
            lists, items = controls.list_paths(before)
            add, remove = f.get("add"), f.get("remove")
            if add and add in lists:
                new.append(Edit("set", f"{add}[+]", {}))
                done.focus = controls.anchor(f"{add}[{controls.list_length(before, add)}]")
            elif add:
                done.notices.append(t("web.list_limit", lang, list=add, limit=MAX_ENTRIES))
            if remove and remove in items:
                new.append(Edit("unset", remove))
                done.focus = controls.anchor(remove.rsplit("[", 1)[0])
            done.rerender |= bool(add or remove)
            log = state.compact([*log, *new], base.document.data)
            rule = f.get("step")
            if rule:
                log = apply_step(base, log, gate, rule, lang, done)
                done.rerender = True
        done.log = log
        try:
            done.outcome = run(base, log, gate)
            assert done.outcome.changed is not None
            after = done.outcome.comparison.after
            done.data = done.outcome.changed.document.data
            done.plan = build_plan(
                done.outcome.changed, catalog, gate=after.gate, as_of=today(), assessment=after
            )
        except WhatIfError as exc:
            done.problems, done.data = exc.error, exc.data
        errors = pages.located(done.problems, lang) if done.problems else {}
        opened = _open_keys(done)
        done.form = controls.build(
            done.data,
            base.document.data,
            lang,
            open_keys=opened,
            open_paths=[*errors, *(_finding_paths(done))],
            errors=errors,
            limit=MAX_ENTRIES,
        )
        if f.get("layout") != done.form.layout:
            done.rerender = True
        built_forms.put((id(base), state.write_log(log), lang), (base, done.form))
        return done

    def _edited(base: LoadedInitiative, log: list[Edit]) -> Any:
        from readiness.explore.whatif import edited_data

        return edited_data(base, log).data

    def apply_step(
        base: LoadedInitiative,
        log: list[Edit],
        gate: str | None,
        rule: str,
        lang: Lang,
        done: _Work,
    ) -> list[Edit]:
        """``log`` with the suggestion of the plan's step for ``rule`` (its example edits)."""
        try:
            outcome = run(base, log, gate)
        except WhatIfError:
            return log
        assert outcome.changed is not None
        after = outcome.comparison.after
        plan = build_plan(
            outcome.changed, catalog, gate=after.gate, as_of=today(), assessment=after
        )
        step = next((s for s in plan.steps if s.finding.rule == rule), None)
        if step is None or not step.edits:
            done.notices.append(t("web.step.gone", lang, rule=rule))
            return log
        described = "; ".join(
            _described(e, outcome.changed.document.data, lang) for e in step.edits
        )
        done.notices.append(t("web.step.applied", lang, rule=rule, changes=described))
        data = outcome.changed.document.data
        first = controls.by_index(step.edits[0].path, data)
        if first:
            done.focus = controls.anchor(first)
        return state.compact([*log, *step.edits], base.document.data)

    def _described(e: Edit, data: Any, lang: Lang) -> str:
        from readiness.format.labels import field_label

        label = field_label(e.path, lang) or e.path
        party = re.match(r"parties\[([^\]]+)\]", e.path)
        if party:
            name = next(
                (p.get("name") for p in data.get("parties") or [] if p.get("id") == party[1]),
                party[1],
            )
            label = f"{label} ({name})"
        value = e.value
        if isinstance(value, bool):
            shown = t("web.yes" if value else "web.no", lang)
        elif isinstance(value, str):
            shown = choice_label(e.path, value, lang) or value
        elif isinstance(value, list):
            names = {
                p.get("id"): p.get("name") or p.get("id")
                for p in data.get("parties") or []
                if isinstance(p, dict)
            }
            shown = ", ".join(
                str(v.get("with") or v.get("role") or v.get("what") or v.get("party") or "…")
                if isinstance(v, dict)
                else str(choice_label(e.path, v, lang) or names.get(v) or v)
                for v in value
            )
        else:
            shown = str(value)
        shown = shown if len(shown) <= 80 else shown[:79] + "…"
        return f"{label} = {shown}"

    def _open_keys(done: _Work) -> list[str]:
        """The blocks that stand open: the keys the gate's rules ask for."""
        if done.outcome is None:
            return []
        gate = done.outcome.comparison.after.gate
        application = done.outcome.changed is not None and (
            done.outcome.changed.initiative.application is not None
        )
        keys = []
        for rule in catalog.rules_for(gate, with_application=application):
            keys += [re.sub(r"\[[^\]]*\]", "", k) for k in rule.keys]
        return keys

    def _finding_paths(done: _Work) -> list[str]:
        if done.plan is None:
            return []
        out = []
        locator = controls.Locator(done.data)
        for s in done.plan.steps:
            for key in s.keys:
                at = locator.by_index(key)
                if at:
                    out.append(at)
        return out

    # -- the page's state → the templates' context ---------------------------------------------
    def context(source: _Source, *, fresh: bool = False) -> dict[str, Any]:
        lang = req_lang()
        source.name = redacted(source.file, lang)  # as every page shows it
        ctx: dict[str, Any] = {
            "lang": lang,
            "t": t,
            "source": source,
            "has_pdf": has_pdf,
            "folder": _folder_text(lang),
            "backup_example": f"{PurePosixPath(source.name).name}.~1~",
        }
        if source.error is not None:
            ctx["invalid"] = pages.problems(source.error, lang)
            return ctx
        assert source.text is not None
        try:
            base = loaded_text(source.text, source.file, source.is_json)
        except InputError as exc:
            ctx["invalid"] = pages.problems(exc, lang)
            return ctx
        try:
            done = work(base, lang, fresh)
        except UsageError as exc:
            ctx["invalid"] = [pages.ProblemView(1, 1, exc.message(lang))]
            ctx["bad_state"] = True
            return ctx
        assert done.form is not None
        outcome = done.outcome
        before = (  # the what-if assessed the file as opened, against the same gate
            outcome.comparison.before
            if outcome is not None
            else assess(base, catalog, gate=_gate_of(done), as_of=today())
        )
        after = outcome.comparison.after if outcome is not None else None
        gate = after.gate if after is not None else before.gate
        ctx.update(
            work=done,
            base=base,
            base_field=state.encode_text(source.text),
            log_field=state.write_log(done.log),
            form=done.form,
            layout=done.form.layout,
            initiative=base.initiative.initiative.name,
            gate=chosen_gate(),
            gates=[(g, catalog.gate(g).name.get(lang)) for g in gates],
            auto_gate=catalog.gate(gate).name.get(lang),
            result=pages.assessment(after, catalog, lang, done.plan, done.form, done.data)
            if after is not None
            else None,
            changed_errors=pages.problems(done.problems, lang, done.form, done.data)
            if done.problems is not None
            else None,
            comparison=pages.comparison(before, after, catalog, lang) if done.log else None,
            changes=pages.changes(done.form, lang) if done.log else [],
            notices=done.notices,
            stale=source.disk is not None and source.disk != source.text,
            valid=after is not None,
        )
        return ctx

    def _gate_of(done: _Work) -> str | None:
        return done.outcome.comparison.after.gate if done.outcome is not None else chosen_gate()

    def _folder_text(lang: Lang) -> str:
        folder = store.shown(files.folder)
        return t("web.new.folder_here", lang) if folder in (".", "") else f"«{folder}»"

    def page(source: _Source, status: int = 200, **extra: Any) -> Response:
        ctx = context(source, fresh=extra.pop("fresh", False))
        ctx.update(extra)
        return Response(render_template("page.html", **ctx), status=status)

    def results(source: _Source) -> Response:
        """The assessment as a fragment (the HTML form's fallback for scripts), or for the
        page's script (Accept: application/json) the parts of the page to replace."""
        ctx = context(source)
        if "form" not in ctx:
            return Response(render_template("results.html", **ctx))
        if request.accept_mimetypes.best == "application/json":
            done: _Work = ctx["work"]
            answer = {
                "log": ctx["log_field"],
                "layout": ctx["layout"],
                "results": render_template("results.html", **ctx),
                "controls": render_template("_controls.html", **ctx) if done.rerender else None,
                "focus": done.focus,
                "changed": [f.name for f in done.form.fields if f.changed] if done.form else [],
            }
            return jsonify(answer)
        return Response(render_template("results.html", **ctx))

    def changed_text(source: _Source, log: list[Edit]) -> str:
        assert source.text is not None
        return edited_text(source.text, log, is_json=source.is_json) if log else source.text

    def download(source: _Source) -> Response:
        ctx = context(source)
        if "work" not in ctx:  # the file itself cannot be assessed
            return Response(render_template("page.html", **ctx), status=422)
        try:
            text = changed_text(source, ctx["work"].log)
        except UsageError as exc:
            return page(source, 422, notices=[exc.message(ctx["lang"])])
        mimetype = "application/json" if source.is_json else "application/yaml"
        return _attachment(text, mimetype, source.download_name)

    def report(source: _Source, fmt: str) -> Response:
        ctx = context(source)
        if not ctx.get("valid"):
            return Response(render_template("page.html", **ctx), status=422)
        from readiness.render.report.document import render_report

        done: _Work = ctx["work"]
        text = changed_text(source, done.log)
        changed = load_text(text, source.file, catalog, is_json=source.is_json)
        assert done.outcome is not None
        after = assess(changed, catalog, gate=done.outcome.comparison.after.gate, as_of=today())
        try:
            body = render_report(after, changed, catalog, fmt, ctx["lang"])
        except UsageError as exc:  # no Chromium for the PDF after all
            return page(source, 422, notices=[exc.message(ctx["lang"])])
        stem = PurePosixPath(source.download_name).stem
        mimetype = {"html": "text/html", "md": "text/markdown", "pdf": "application/pdf"}[fmt]
        return _attachment(body, mimetype, f"{stem}-rapport.{fmt}")

    def save(source: _Source) -> Response:
        ctx = context(source)
        lang: Lang = ctx["lang"]
        if not ctx.get("valid"):
            status = 422 if "work" in ctx else 400
            extra = [t("web.save.invalid", lang)] if "work" in ctx else []
            ctx["notices"] = [*ctx.get("notices", []), *extra]
            return Response(render_template("page.html", **ctx), status=status)
        done: _Work = ctx["work"]
        text = changed_text(source, done.log)
        option = t("web.save", lang)
        try:
            if source.carried:
                name = store.new_name(form().get("save_as", ""), source.is_json)
                path = store.save_new(files.folder, name, text, option=option, inputs=never_written)
                index = files.add(path)
                return redirect(f"/f/{index}?lang={lang}&saved=new", 303)  # type: ignore[return-value]
            assert source.index is not None and source.text is not None
            path = files.get(source.index) or ""
            backup = store.save(path, text, source.text, option=option, inputs=never_written)
        except store.Conflict as conflict:
            ctx["conflict"] = {"disk": conflict.disk, "yours": text}
            return Response(render_template("page.html", **ctx), status=409)
        except UsageError as exc:
            ctx["notices"] = [*ctx["notices"], exc.message(lang)]
            return Response(render_template("page.html", **ctx), status=422)
        number = re.search(r"\.~(\d+)~$", backup)
        saved = number.group(1) if number else "0"
        return redirect(f"/f/{source.index}?lang={lang}&saved={saved}", 303)  # type: ignore[return-value]

    # -- routes ------------------------------------------------------------------------------
    @app.get("/")
    def index() -> str:
        lang = req_lang()
        files.refresh()
        rows = []
        for i, path in enumerate(files.all()):
            rows.append(_row(i, path, lang))
        phases = [(p, choice_label("initiative.phase", p, lang) or p) for p in PHASES]
        return render_template(
            "index.html", lang=lang, t=t, rows=rows, phases=phases, folder=_folder_text(lang)
        )

    def _row(i: int, path: str, lang: Lang) -> dict[str, Any]:
        row: dict[str, Any] = {"index": i, "name": redacted(store.shown(path), lang)}
        try:
            loaded = load_file(path, catalog)
            a: Assessment = assess(loaded, catalog, as_of=today())
        except (InputError, UsageError):
            row.update(verdict="invalid", label=t("verdict.invalid", lang), initiative="")
            return row
        row.update(
            verdict=a.verdict,
            label=t(f"verdict.{a.verdict}", lang),
            initiative=redacted(loaded.initiative.initiative.name, lang),
            phase=choice_label("initiative.phase", a.phase, lang) or a.phase,
            missing=len(a.missing_prerequisites),
        )
        return row

    @app.route("/f/<int:index>", methods=["GET", "POST"])
    def file_page(index: int) -> Response:
        saved = request.args.get("saved") if request.method == "GET" else None
        notices = []
        if saved is not None:
            lang = req_lang()
            if saved == "new":
                notices.append(t("web.saved.new", lang, name=store.shown(files.get(index) or "")))
            elif saved.isdigit() and saved != "0":
                name = f"{PurePosixPath(store.shown(files.get(index) or '')).name}.~{saved}~"
                notices.append(t("web.saved.backup", lang, backup=name))
            else:
                notices.append(t("web.saved", lang))
        source = file_source(index)
        ctx = context(source)
        ctx["notices"] = [*notices, *ctx.get("notices", [])]
        return Response(render_template("page.html", **ctx))

    @app.post("/f/<int:index>/results")
    def file_results(index: int) -> Response:
        return results(file_source(index))

    @app.post("/f/<int:index>/save")
    def file_save(index: int) -> Response:
        return save(file_source(index))

    @app.post("/f/<int:index>/download")
    def file_download(index: int) -> Response:
        return download(file_source(index))

    @app.post("/f/<int:index>/report.<any(html, md, pdf):fmt>")
    def file_report(index: int, fmt: str) -> Response:
        return report(file_source(index), fmt)

    @app.post("/new")
    def new() -> Response:
        lang = req_lang()
        phase = form().get("phase", "idea")
        if phase not in PHASES:
            abort(400)
        text = initiative_template(phase, catalog, schema_ref(_folder_path()))
        return page(_Source(t("web.new.name", lang), _CARRIED, text=text), fresh=True)

    def _folder_path() -> Any:
        from pathlib import Path

        return Path(files.folder)

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
        if ext not in EXTENSIONS:
            err = InputError(name, [Problem("file.extension", params={"ext": ext or name})])
            return page(_Source(name, _CARRIED, error=err))
        try:
            text = decode(data, name)
        except InputError as exc:
            return page(_Source(name, _CARRIED, error=exc))
        return page(_Source(name, _CARRIED, text=text), fresh=True)

    @app.post(_CARRIED)
    def carried_page() -> Response:
        return page(carried_source())

    @app.post(_CARRIED + "/results")
    def carried_results() -> Response:
        return results(carried_source())

    @app.post(_CARRIED + "/save")
    def carried_save() -> Response:
        return save(carried_source())

    @app.post(_CARRIED + "/download")
    def carried_download() -> Response:
        return download(carried_source())

    @app.post(_CARRIED + "/report.<any(html, md, pdf):fmt>")
    def carried_report(fmt: str) -> Response:
        return report(carried_source(), fmt)

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

    @app.errorhandler(UsageError)
    def bad_state(exc: UsageError) -> tuple[str, int]:  # a form whose state cannot be read
        return error_page(400, exc.message(req_lang_safe()))

    @app.errorhandler(Exception)
    def internal(exc: Exception) -> tuple[str, int]:  # a bug: say so, never a traceback
        app.logger.exception("internal error")
        detail = f"{type(exc).__name__}: {exc}"
        return error_page(500, t("internal.error", req_lang_safe(), detail=detail))

    def req_lang_safe() -> Lang:
        """The language, without touching a body that is too large or malformed."""
        value = request.args.get("lang") or default_lang
        return value if value in LANGS else default_lang

    app.config["READINESS_FILES"] = files
    return app


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


__all__ = ["MAX_CONNECTIONS", "MAX_ENTRIES", "REQUEST_TIMEOUT", "create_app", "make_server"]
