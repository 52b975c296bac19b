"""The one writer of the files a user names (``check -o``, ``report -o``, ``whatif --write``,
``init -o``): what it refuses and how it writes are the same for every command.

- A path that is, or resolves to, a file the run reads (an initiative file, the call file) is
  refused before any work, whatever names it: the same name, a symlink, a hard link, a file a
  directory walk or a glob found. Nothing the run reads is ever written.
- An existing regular file is replaced only with ``--force``.
- A FIFO or a character device (``/dev/null``, a terminal) is written through, never replaced;
  a FIFO nobody reads from is refused at once instead of waited on. A path that leads to this
  process's own stdout or stderr (``/dev/stdout``), whatever that is (a pipe, a terminal, the
  file a shell redirected it to), is written to that stream. A block device (a disk), a
  directory and a socket are refused.
- A regular file is written atomically (``write_file``): the content goes to a temporary file
  beside it, so a failed run leaves neither a half-written file nor a damaged old one, and the
  file appears whole or not at all. Through a symlink, the link's target is written and the
  link kept.

``prepare`` makes every check that does not need the content, before the work; ``Target.write``
writes (and checks the path again: it may have changed during the run). Every refusal is a
``UsageError`` naming the path (exit code 2).
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from readiness.errors import UsageError

_STDIN = "-"  # readiness.read.files.STDIN: an input with no path, never the same file as an output
# O_NONBLOCK: opening a FIFO with no reader fails (ENXIO) instead of waiting for one; no
# O_CREAT, no O_TRUNC: a stream is written into, never created or replaced.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_STREAM_FLAGS = os.O_WRONLY | _NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)

Kind = Literal["new", "file", "stream", "own"]


def _own_stream(info: os.stat_result) -> int | None:
    """The descriptor of this process's stdout or stderr if ``info`` is that file."""
    for fd in (1, 2):
        try:
            if os.path.samestat(info, os.fstat(fd)):
                return fd
        except OSError:  # closed
            continue
    return None


@dataclass(frozen=True)
class Target:
    """An output path that passed ``prepare``: as the user gave it, the option that named it
    (for messages), and whether an existing regular file may be replaced."""

    path: str
    option: str
    force: bool = False

    def _error(self, key: str, **params: object) -> UsageError:
        return UsageError(key, path=self.path, option=self.option, **params)

    def _unwritable(self, exc: OSError) -> UsageError:
        return self._error("output.unwritable", detail=exc.strerror or str(exc))

    def kind(self) -> Kind:
        """What is at the path now: nothing, a regular file that may be replaced, a stream,
        or this process's own stdout or stderr; anything else is refused."""
        return self._inspect()[0]

    def _inspect(self) -> tuple[Kind, int | None]:
        """``kind``, and for "own" the descriptor of that stream."""
        try:
            info = os.stat(self.path)  # through symlinks: what a write would reach
        except FileNotFoundError:
            parent = os.path.dirname(os.path.realpath(self.path))
            if not os.path.isdir(parent):
                raise self._error("output.unwritable", detail=os.strerror(errno.ENOENT)) from None
            return "new", None
        except OSError as exc:
            raise self._unwritable(exc) from None
        own = _own_stream(info)
        if own is not None:
            return "own", own
        mode = info.st_mode
        if stat.S_ISREG(mode):
            if not self.force:
                raise self._error("output.exists")
            return "file", None
        if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
            return "stream", None
        if stat.S_ISDIR(mode):
            raise self._error("output.directory")
        if stat.S_ISBLK(mode):
            raise self._error("output.block_device")
        raise self._error("output.special")

    def write(self, content: str | bytes) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        kind, own = self._inspect()
        if own is not None:
            self._write_own(own, data)
            return
        if kind == "stream" and self._write_through(data):
            return
        try:
            # the real path: the temporary file goes beside the file written, a symlink stays
            write_file(os.path.realpath(self.path), data, replace=self.force)
        except FileExistsError:  # created by someone else during the run
            raise self._error("output.exists") from None
        except OSError as exc:
            raise self._unwritable(exc) from None

    def _write_own(self, fd: int, data: bytes) -> None:
        """Write to this process's stdout or stderr, after what it has written there so far
        (opening the path anew would start a redirected file over at its beginning)."""
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        try:
            _write_all(fd, data)
        except OSError as exc:
            raise self._unwritable(exc) from None

    def _write_through(self, data: bytes) -> bool:
        """Write into the FIFO or device at the path; False if what was opened there is a
        regular file after all (it replaced the stream during the run)."""
        try:
            fd = os.open(self.path, _STREAM_FLAGS)
        except OSError as exc:
            if exc.errno == errno.ENXIO:  # a FIFO nobody has open for reading
                raise self._error("output.fifo_unread") from None
            raise self._unwritable(exc) from None
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                return False
            if _NONBLOCK:
                os.set_blocking(fd, True)  # a slow reader is waited for, as by any writer
            _write_all(fd, data)
        except OSError as exc:  # the reader went away (EPIPE), the device is full, ...
            raise self._unwritable(exc) from None
        finally:
            os.close(fd)
        return True


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def prepare(path: str, *, option: str, inputs: Iterable[str] = (), force: bool = False) -> Target:
    """Check the output ``path`` before the work: it is none of ``inputs`` (the files the run
    reads), it is not a regular file that exists unless ``force``, and it is something a
    report can be written to (see the module's docstring)."""
    target = Target(path, option, force)
    _refuse_inputs(target, inputs)
    target.kind()
    return target


def write_output(
    path: str,
    content: str | bytes,
    *,
    option: str,
    inputs: Iterable[str] = (),
    force: bool = False,
) -> None:
    """``prepare`` and ``Target.write`` at once (for outputs made without lengthy work)."""
    prepare(path, option=option, inputs=inputs, force=force).write(content)


def _refuse_inputs(target: Target, inputs: Iterable[str]) -> None:
    """Raise if the output is one of ``inputs``: the same file (device and inode, so through
    any symlink or hard link) or, when it does not exist yet, the same path. One stat per
    input (a realpath would cost a stat per directory of each path)."""
    try:
        out: os.stat_result | None = os.stat(target.path)
    except OSError:
        out = None
    cwd = os.getcwd()  # once: os.path.abspath would ask for it again for every input
    absolute = os.path.normcase(os.path.normpath(os.path.join(cwd, target.path)))
    for file in inputs:
        if file == _STDIN:
            continue
        if out is None:
            same = os.path.normcase(os.path.normpath(os.path.join(cwd, file))) == absolute
        else:
            try:
                same = os.path.samestat(out, os.stat(file))
            except OSError:  # a missing input is reported as such by the run itself
                same = False
        if same:
            if os.path.normpath(file) == os.path.normpath(target.path):
                raise target._error("output.is_input")
            raise target._error("output.is_input.via", input=file)


def write_file(path: str | Path, content: str | bytes, *, replace: bool = False) -> None:
    """Write a regular file atomically: a temporary file beside ``path`` first, then linked
    into place (``replace=False``: fails with FileExistsError if ``path`` exists; on file
    systems without hard links, an exclusive create) or renamed over it (``replace=True``).
    The file gets the permissions the user's umask gives any new file (mkstemp's private 0600
    would make a report meant for others unreadable to them). Raises OSError."""
    target = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    tmp = target.with_name(f".{target.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
        if replace:
            os.replace(tmp, target)
            return
        try:
            os.link(tmp, target)  # fails with FileExistsError if the target exists
        except FileExistsError:
            raise
        except OSError:  # no hard links on this file system: an exclusive create instead
            with open(target, "xb") as fh:
                fh.write(data)
    finally:
        tmp.unlink(missing_ok=True)


def append_file(path: str, content: str, *, option: str) -> None:
    """Append ``content`` to the file at ``path``, which another program gave this run to
    write into (GitHub's $GITHUB_STEP_SUMMARY, named ``option`` in messages): created if it
    is not there, never replaced or truncated, and only a regular file (a directory, a device
    or a FIFO is refused as ``prepare`` refuses them). Raises ``UsageError``."""
    target = Target(path, option, force=True)
    if target.kind() not in ("new", "file"):
        raise target._error("output.special")
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NONBLOCK | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise target._unwritable(exc) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise target._error("output.special")
        _write_all(fd, content.encode("utf-8"))
    except OSError as exc:
        raise target._unwritable(exc) from None
    finally:
        os.close(fd)
