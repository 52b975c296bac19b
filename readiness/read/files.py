"""Reading what a run is given (initiative files, call files, stdin, uploads): bounded, and
regular files only.

A path that is not a regular file is refused with its kind named before anything is read from
it: a FIFO would block until some writer comes (for ever, in a CI job), a device such as
/dev/zero never ends, a directory or a socket has no text. A regular file over ``MAX_BYTES`` is
refused from its size, unread; stdin and uploaded streams are read up to the limit and no
further. Every refusal is an ``InputError`` naming the file (exit code 2).
"""

from __future__ import annotations

import os
import stat
import sys
from typing import IO

from readiness.errors import InputError, Problem

MAX_BYTES = 1024 * 1024
STDIN = "-"
# the names of initiative files (a directory is searched for these)
EXTENSIONS = (".yaml", ".yml", ".json")

# O_NONBLOCK: should the path have become a FIFO since it was looked at, opening it returns at
# once instead of waiting for a writer (the descriptor is checked again before any read; for a
# regular file the flag changes nothing). O_NOCTTY: a terminal never becomes ours by opening it.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)  # Windows: no newline translation
)


class TooLarge(InputError):
    """An input over ``MAX_BYTES`` (the web answers it with 413, not with a page of problems)."""


def _not_regular(mode: int) -> Problem | None:
    """Why a file of this mode is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return Problem("file.directory")
    if stat.S_ISFIFO(mode):
        return Problem("file.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Problem("file.device")
    return Problem("file.special")  # a socket, or a kind this platform has of its own


def _too_large(file: str, size: int) -> TooLarge:
    return TooLarge(file, [Problem("file.too_large", params={"size": size, "limit": MAX_BYTES})])


def _unreadable(file: str, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(file, [Problem("file.not_found")])
    detail = exc.strerror or str(exc)
    return InputError(file, [Problem("file.unreadable", params={"detail": detail})])


def read_bytes(file: str) -> bytes:
    """The bytes of ``file`` (stdin for ``-``): a regular file of at most ``MAX_BYTES``."""
    if file == STDIN:
        return read_stream(sys.stdin.buffer, STDIN)
    try:
        mode = os.stat(file).st_mode
    except OSError as exc:
        raise _unreadable(file, exc) from None
    problem = _not_regular(mode)  # before opening: opening a FIFO waits for a writer
    if problem is not None:
        raise InputError(file, [problem])
    try:
        fd = os.open(file, _OPEN_FLAGS)
    except OSError as exc:
        raise _unreadable(file, exc) from None
    with open(fd, "rb") as fh:
        info = os.fstat(fh.fileno())  # the file opened, whatever the path names by now
        problem = _not_regular(info.st_mode)
        if problem is not None:
            raise InputError(file, [problem])
        size = info.st_size
        if size > MAX_BYTES:
            raise _too_large(file, size)
        try:
            # at its size (asking for the limit would allocate 1 MiB for every file); a file
            # that says 0 (/proc) or grew since is read on to the limit, never further
            data = fh.read(size + 1 if size else MAX_BYTES + 1)
            if size and len(data) > size:
                data += fh.read(MAX_BYTES + 1 - len(data))
        except OSError as exc:
            raise _unreadable(file, exc) from None
    if len(data) > MAX_BYTES:
        raise _too_large(file, len(data))
    return data


def read_stream(stream: IO[bytes], name: str) -> bytes:
    """At most ``MAX_BYTES`` from ``stream`` (stdin, an upload), called ``name`` in messages;
    a longer stream is refused after reading one byte past the limit."""
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    if len(data) > MAX_BYTES:
        raise TooLarge(name, [Problem("file.too_large.stream", params={"limit": MAX_BYTES})])
    return data


def decode(data: bytes, file: str) -> str:
    """``data`` as UTF-8 text (a byte-order mark is dropped); an invalid byte is located."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            file, [Problem("file.encoding", line, col, {"offset": exc.start})]
        ) from None


def read_text(file: str) -> str:
    """``read_bytes`` decoded as UTF-8."""
    return decode(read_bytes(file), file)
