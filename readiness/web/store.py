"""The files `readiness serve` offers, and saving them.

Files are addressed by their number in the list (``/f/0``), never by a path from a request. The
list holds the files named on the command line and the initiative files found under the
folders named there (found again when the front page is shown, so a file saved meanwhile
joins it); a file keeps its number while the server runs.

Saving goes through readiness.output, the one writer: atomically, never over the call file the
run reads, never over an existing file when the file is new. Before a file is replaced, the
version on disk is kept beside it under the next free name of GNU's numbered backups
(``klar.yaml.~1~``, ``klar.yaml.~2~``, as ``cp --backup=numbered`` and Emacs name them): no
backup is ever overwritten, and a directory walk (``*.yaml``) never takes one for an
initiative. A file that changed on disk since the tab opened it is not saved (``Conflict``).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from readiness.errors import UsageError
from readiness.output import prepare, write_file
from readiness.read.files import EXTENSIONS, read_bytes
from readiness.read.paths import expand_paths


def shown(path: str) -> str:
    """A file as the pages name it: its path below the directory serve was started in, else
    its file name; never an absolute path of the advisor's machine."""
    try:
        relative = os.path.relpath(os.path.abspath(path))
    except ValueError:  # Windows: on another drive
        return os.path.basename(path)
    return relative if not relative.startswith(os.pardir) else os.path.basename(path)


class Files:
    """The numbered list of files served (thread-safe: requests run in threads)."""

    def __init__(self, paths: Sequence[str]):
        self._lock = threading.Lock()
        self._files: list[str] = []
        self._real: set[str] = set()
        self._folders = [p for p in paths if os.path.isdir(p)]
        self._add([p for p in paths if not os.path.isdir(p)])
        self.refresh()

    @property
    def folder(self) -> str:
        """Where a new initiative is saved: the first folder named, else the working one."""
        return self._folders[0] if self._folders else os.curdir

    def _add(self, paths: Iterable[str]) -> None:
        with self._lock:
            for p in paths:
                real = os.path.realpath(p)
                if real not in self._real:
                    self._real.add(real)
                    self._files.append(p)

    def refresh(self) -> None:
        """Take in the initiative files the folders have now (as `readiness check DIR` finds
        them)."""
        for folder in self._folders:
            try:
                self._add(expand_paths([folder]))
            except UsageError:  # a folder with no initiative file yet: nothing to add
                continue

    def add(self, path: str) -> int:
        """Take in ``path`` (a file just saved); its number."""
        self._add([path])
        return self.index_of(path)

    def index_of(self, path: str) -> int:
        real = os.path.realpath(path)
        with self._lock:
            return next(i for i, p in enumerate(self._files) if os.path.realpath(p) == real)

    def get(self, index: int) -> str | None:
        with self._lock:
            return self._files[index] if 0 <= index < len(self._files) else None

    def all(self) -> list[str]:
        with self._lock:
            return list(self._files)


@dataclass(frozen=True)
class Conflict(Exception):
    """The file on disk is not the one the tab opened: its text now (None: it is gone)."""

    disk: str | None


def backup_name(path: str) -> str:
    """The next free numbered backup name of ``path`` (``klar.yaml.~3~``)."""
    folder, name = os.path.split(path)
    pattern = re.compile(re.escape(name) + r"\.~(\d+)~")
    taken = [
        int(m.group(1)) for e in os.listdir(folder or os.curdir) if (m := pattern.fullmatch(e))
    ]
    return os.path.join(folder, f"{name}.~{max(taken, default=0) + 1}~")


def save(path: str, text: str, opened: str, *, option: str, inputs: Sequence[str]) -> str:
    """Replace the file at ``path`` by ``text``, keeping the version on disk as a numbered
    backup; the backup's name. ``opened`` is the text the edits were made on: if the file on
    disk is another, nothing is written (``Conflict``). ``inputs``: files that must never be
    written (the call file). Raises UsageError for what the one writer refuses."""
    target = prepare(path, option=option, inputs=inputs, force=True)
    try:
        previous = read_bytes(path)
    except Exception:  # gone, or no longer a regular file: the tab's version is not saved
        raise Conflict(None) from None
    disk = previous.decode("utf-8", errors="replace")
    if disk != opened:
        raise Conflict(disk)
    while True:
        backup = backup_name(os.path.realpath(path))
        try:
            write_file(backup, previous)  # never over an existing file: a race takes the next
            break
        except FileExistsError:
            continue
        except OSError as exc:
            raise UsageError("output.unwritable", path=backup, option=option, detail=exc) from None
    target.write(text)
    return os.path.join(os.path.dirname(path), os.path.basename(backup))


_BAD_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")


def new_name(raw: str, is_json: bool) -> str:
    """A file name for a new initiative as typed, with its extension (``.yaml``, or ``.json``
    for a JSON file) added when it has none. UsageError for a name that is empty, has a folder
    in it, starts with a dot or has the other format's extension."""
    name = raw.strip()
    if not name:
        raise UsageError("web.save.no_name")
    if _BAD_NAME.search(name) or name.startswith(".") or name in (".", ".."):
        raise UsageError("web.save.bad_name", name=name)
    suffix = Path(name).suffix.lower()
    allowed = (".json",) if is_json else (".yaml", ".yml")
    if suffix not in EXTENSIONS:
        name += allowed[0]
    elif suffix not in allowed:
        raise UsageError("web.save.bad_name", name=name)
    return name


def save_new(folder: str, name: str, text: str, *, option: str, inputs: Sequence[str]) -> str:
    """Write a new file ``name`` in ``folder``; its path. Never over an existing file
    (UsageError ``web.save.exists``)."""
    path = os.path.join(folder, name)
    try:
        prepare(path, option=option, inputs=inputs).write(text)
    except UsageError as exc:
        if exc.key == "output.exists":
            raise UsageError("web.save.exists", name=name) from None
        raise
    return path
