"""A file's past in git: the commits that changed it (following renames) and its content at
each, read with the ``git`` command.

git runs as a child process with an argument list (no shell), a timeout, and only what it is
asked for: each commit's id, date and subject line, and the file's object at that commit. No
author name or e-mail address is ever asked for (they are people's data, and a picture of a
file's readiness does not need them). A commit's content is read through the one bounded
reader (readiness/read/files.py, ``read_stream``): at most ``MAX_BYTES``, the child killed when
it would give more. Every failure is a ``UsageError`` naming the file (exit code 2): git is not
installed, the file is outside a repository, it was never committed, git failed or took too
long.

The content is read with ``git cat-file blob``, git's plumbing for an object's exact bytes:
``git show`` would do the same for a blob, but its output is porcelain (it may apply a
repository's textconv filters, and its format is not promised to stay).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import threading
from dataclasses import dataclass
from typing import NamedTuple

from readiness.errors import UsageError
from readiness.read.files import STDIN, read_stream

# Seconds any one git command may take (reading the log of a large repository included).
GIT_TIMEOUT = 60.0
# The object name git gives a path that a commit removed.
_NO_OBJECT = frozenset("0")

# How git is run: never waiting for a password, never taking the index lock (a history only
# reads), paths taken literally (a file called "*.yaml" is that file), messages in English
# (the exit status and the output say what happened; the first line of stderr is quoted in
# a message as it is).
_ENV_OVERRIDES = {
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_OPTIONAL_LOCKS": "0",
    "GIT_LITERAL_PATHSPECS": "1",
    "LC_ALL": "C",
}
# A repository's own configuration must not make reading its log run something: no
# file-system monitor, no signature checks (gpg), no pager.
_CONFIG = ("-c", "core.fsmonitor=false", "-c", "log.showSignature=false", "--no-pager")


class Commit(NamedTuple):
    """A commit that changed the file, and the file as that commit left it."""

    sha: str
    date: dt.datetime  # the author date, with its offset
    subject: str
    path: str  # the file's path at this commit, from the repository's top
    # the file's object name at this commit ("sha" or "commit:path"); None when the commit
    # removed it (or made it something other than a file: a symlink, a submodule)
    blob: str | None


@dataclass(frozen=True)
class GitLog:
    """The commits that changed a file, newest first, and where they were read."""

    top: str  # the repository's top directory
    path: str  # the file's path from the top, as it is named now
    commits: tuple[Commit, ...]
    truncated: bool  # there are more than were asked for: the oldest are left out


def _env() -> dict[str, str]:
    return {**os.environ, **_ENV_OVERRIDES}


def _run(args: list[str], cwd: str, file: str) -> subprocess.CompletedProcess[bytes]:
    """``git ARGS`` in ``cwd``; its output whole (for commands whose output is small)."""
    try:
        return subprocess.run(
            ["git", *_CONFIG, *args],
            cwd=cwd,
            env=_env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise UsageError("git.missing", file=file) from None
    except subprocess.TimeoutExpired:
        raise UsageError("git.timeout", file=file, seconds=int(GIT_TIMEOUT)) from None
    except OSError as exc:
        raise UsageError("git.failed", file=file, detail=exc.strerror or str(exc)) from None


def _first_line(stderr: bytes) -> str:
    for line in stderr.decode("utf-8", "replace").splitlines():
        if line.strip():
            return line.strip()
    return ""


def _failed(file: str, proc: subprocess.CompletedProcess[bytes]) -> UsageError:
    detail = _first_line(proc.stderr) or f"exit status {proc.returncode}"
    return UsageError("git.failed", file=file, detail=detail)


def _where(file: str) -> tuple[str, str, str]:
    """(directory to run git in, the repository's top, the file's path from the top)."""
    if file == STDIN:
        raise UsageError("git.stdin")
    if os.path.isdir(file):
        raise UsageError("git.directory", file=file)
    directory = os.path.dirname(file) or os.curdir
    if not os.path.isdir(directory):
        raise UsageError("git.not_found", file=file)
    proc = _run(["rev-parse", "--show-toplevel", "--show-prefix"], directory, file)
    if proc.returncode != 0:
        if b"not a git repository" in proc.stderr:
            raise UsageError("git.not_repository", file=file)
        raise _failed(file, proc)
    lines = proc.stdout.decode("utf-8", "surrogateescape").split("\n")
    top, prefix = lines[0], lines[1] if len(lines) > 1 else ""
    return directory, top, prefix + os.path.basename(file)


def _date(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _is_sha(token: bytes) -> bool:
    return len(token) in (40, 64) and all(c in b"0123456789abcdef" for c in token)


def _parse_log(out: bytes, current: str) -> list[Commit]:
    """The records of ``git log -z --raw --format=%H%x00%aI%x00%s`` (newest first): per
    commit its id, date and subject, then its raw lines for the file (``:modes objects
    status``, then the path, or the old and the new path of a rename or copy). A merge has
    no raw line: the file is named there as the commit after it found it (``current``)."""
    tokens = out.split(b"\0")
    commits: list[Commit] = []
    i = 0
    path = current
    while i + 2 < len(tokens):
        sha = tokens[i].strip(b"\n")
        if not _is_sha(sha):
            i += 1
            continue
        date = _date(tokens[i + 1].decode("ascii"))
        subject = tokens[i + 2].decode("utf-8", "replace")
        i += 3
        blob: str | None = f"{sha.decode('ascii')}:{path}"
        at = path
        while i < len(tokens) and tokens[i].lstrip(b"\n").startswith(b":"):
            fields = tokens[i].lstrip(b"\n")[1:].split(b" ")
            status = fields[4][:1] if len(fields) > 4 else b"M"
            names = 2 if status in (b"R", b"C") else 1
            paths = [t.decode("utf-8", "surrogateescape") for t in tokens[i + 1 : i + 1 + names]]
            i += 1 + names
            new_mode, new_object = fields[1], fields[3].decode("ascii")
            at = paths[-1]
            path = paths[0]  # the name the file had before this commit
            if status == b"D" or set(new_object) <= _NO_OBJECT or not new_mode.startswith(b"100"):
                blob = None
            else:
                blob = new_object
        commits.append(Commit(sha.decode("ascii"), date, subject, at, blob))
    return commits


def file_log(file: str, max_count: int) -> GitLog:
    """The commits that changed ``file`` (following renames), newest first: at most
    ``max_count`` of them."""
    directory, top, path = _where(file)
    proc = _run(
        [
            "log",
            "--follow",
            "-z",
            "--raw",
            "--no-abbrev",
            "--no-color",
            "--no-ext-diff",
            "--no-textconv",
            "--encoding=UTF-8",
            "--format=%H%x00%aI%x00%s",
            f"--max-count={max_count + 1}",
            "--",
            os.path.basename(file),
        ],
        directory,
        file,
    )
    if proc.returncode != 0:
        if b"does not have any commits" in proc.stderr:
            raise UsageError("git.never_committed", file=file, top=top)
        raise _failed(file, proc)
    commits = _parse_log(proc.stdout, path)
    if not commits:
        key = "git.never_committed" if os.path.exists(file) else "git.not_found"
        raise UsageError(key, file=file, top=top)
    return GitLog(top, path, tuple(commits[:max_count]), len(commits) > max_count)


def read_object(top: str, name: str, shown: str) -> bytes:
    """The bytes of the object ``name`` (a blob's id, or ``commit:path``), read through the
    bounded reader and called ``shown`` in messages; the child is killed if it outlasts
    ``GIT_TIMEOUT`` or would give more than the reader takes."""
    try:
        proc = subprocess.Popen(
            ["git", *_CONFIG, "cat-file", "blob", name],
            cwd=top,
            env=_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    except FileNotFoundError:
        raise UsageError("git.missing", file=shown) from None
    except OSError as exc:
        raise UsageError("git.failed", file=shown, detail=exc.strerror or str(exc)) from None
    timer = threading.Timer(GIT_TIMEOUT, proc.kill)
    timer.start()
    try:
        assert proc.stdout is not None and proc.stderr is not None
        data = read_stream(proc.stdout, shown)  # TooLarge past the limit
        stderr = proc.stderr.read(64 * 1024)
    finally:
        timed_out = not timer.is_alive()
        timer.cancel()
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    if timed_out:
        raise UsageError("git.timeout", file=shown, seconds=int(GIT_TIMEOUT))
    if proc.returncode != 0:
        detail = _first_line(stderr) or f"exit status {proc.returncode}"
        raise UsageError("git.failed", file=shown, detail=detail)
    return data
