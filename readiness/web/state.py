"""The workspace's state, carried by the page's form: the text of the file as it was opened
(``base``, base64, so that no browser rewrites its line ends) and the edits made since
(``log``, readiness.explore.whatif edits as JSON).

Every request brings the whole state and the server keeps none between requests: two tabs,
or two advisors, never see each other's unsaved edits, by construction. The edits apply to the
text the tab opened, not to the file as it is on disk now, so another program's change to the
file never shifts them; saving compares the two (readiness/web/store.py).

What a form brings is the browser's word, not ours: every edit is checked as a command-line
edit is (a path the format has, no identity number), and their number is bounded.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from typing import Any

from readiness import personal_data
from readiness.errors import UsageError
from readiness.explore.edit import Editor
from readiness.explore.whatif import Edit, check_path

# A plan step on a file of 500 parties is up to 500 edits; far more than a day's work.
MAX_EDITS = 20_000


def encode_text(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def decode_bytes(value: str) -> bytes:
    """The bytes of a base64 form field; UsageError when it is none."""
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise UsageError("web.bad_state", detail="base64") from None


def read_log(raw: str) -> list[Edit]:
    """The edits a form carries; UsageError (``web.bad_state``) for anything else."""
    if not raw.strip():
        return []
    if personal_data.found(raw):
        raise UsageError("personal.fnr_set", option="log", edit=raw)  # t() redacts it
    try:
        items = json.loads(raw)
    except (ValueError, RecursionError):
        raise UsageError("web.bad_state", detail="JSON") from None
    if not isinstance(items, list) or len(items) > MAX_EDITS:
        raise UsageError("web.bad_state", detail="log")
    edits = []
    for item in items:
        if not isinstance(item, dict) or item.get("op") not in ("set", "unset"):
            raise UsageError("web.bad_state", detail="log")
        path = item.get("path")
        if not isinstance(path, str):
            raise UsageError("web.bad_state", detail="log")
        check_path(path)
        edits.append(Edit(item["op"], path, item.get("value")))
    return edits


def write_log(edits: Sequence[Edit]) -> str:
    return json.dumps([e.to_dict() for e in edits], ensure_ascii=False, separators=(",", ":"))


def _moves(e: Edit) -> bool:
    """Does ``e`` add, replace or remove list items (so that a path by index may name another
    item after it), or replace a whole mapping or list of items?"""
    value = e.value
    if isinstance(value, list):
        return any(isinstance(v, (dict, list)) for v in value)
    return e.path.endswith("]") or isinstance(value, dict)


def compact(edits: Sequence[Edit], base: Any) -> list[Edit]:
    """``edits`` without the ones that change nothing in the end: a value set again later (with
    no item added or removed between), a key set and then removed that the file did not have,
    and, before any other kind of edit, a value set to what the file (``base``) has. The log
    stays as short as the changes, and "no changes" means an empty log."""
    out: list[Edit | None] = []
    last_set: dict[str, int] = {}  # path → index in out of its latest set, since the last move
    for e in edits:
        if _moves(e):
            last_set.clear()
            out.append(e)
            continue
        earlier = last_set.pop(e.path, None)
        if e.op == "set":
            if earlier is not None:
                out[earlier] = None
            last_set[e.path] = len(out)
            out.append(e)
        elif earlier is not None and Editor(base).get(e.path) is None:
            out[earlier] = None  # set, then removed again: the file never had it
        else:
            out.append(e)
    kept = [e for e in out if e is not None]
    reader = Editor(base)
    first = next((i for i, e in enumerate(kept) if e.op != "set" or _moves(e)), len(kept))
    return [
        e
        for i, e in enumerate(kept)
        if i >= first or _as_read(e.value) != _as_read(reader.get(e.path))
    ]


def _as_read(value: Any) -> Any:
    """A value as the reader gives it back from a file (a date as its text)."""
    return json.loads(json.dumps(value, default=str))
