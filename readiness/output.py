"""Writing a file the user asked for (a report, a changed initiative, a new one), safely:
the content goes to a temporary file beside the target first, so a failed run leaves neither a
half-written file nor a damaged old one, and the target appears whole or not at all.

``replace=False`` (the default) never touches an existing file: the finished temporary file is
hard-linked to the target, which fails if the target exists (on file systems without hard
links, an exclusive create). The file gets the permissions the user's umask gives any new file
(mkstemp's private 0600 made a report meant for others unreadable to them).
``write_file`` raises OSError (FileExistsError for an existing target) and leaves the message
to its caller; ``write_report`` is the ``-o`` case, with its message.
"""

from __future__ import annotations

import os
from pathlib import Path

from readiness.errors import UsageError


def write_file(path: str | Path, content: str | bytes, *, replace: bool = False) -> None:
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


def write_report(path: str, content: str | bytes) -> None:
    """Write a report the user named with ``-o`` (a previous one there is replaced, whole);
    a failure is a usage error naming the path and the reason."""
    try:
        write_file(path, content, replace=True)
    except OSError as exc:
        raise UsageError(
            "usage.output_unwritable", path=path, detail=exc.strerror or str(exc)
        ) from None
