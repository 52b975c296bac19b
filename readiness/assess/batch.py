"""A run over many paths: expand them to initiative files, then check each file.

Path expansion (what users of ruff, yamllint and conftest expect): a file is taken as given; a
directory is walked recursively for *.yaml, *.yml and *.json, skipping hidden directories and
files (.git, .venv, .pre-commit-config.yaml); a glob (``*``, ``?``, ``[``, ``**``) is expanded
here too, for shells that do not. A directory that cannot be read is an error (exit 2), never
skipped. Results come in a stable order: sorted paths, each once.

Checking: in this process for small batches; above a threshold in worker processes
(durable_rules' C core never releases the GIL, so threads would not help): forked by
readiness/forkpool.py, or spawned by ProcessPoolExecutor where fork is unsafe. Each worker
loads its own catalog and engine once; both pools keep the input order, so the output and
the exit code are the same as a sequential run's. ``render_files`` is the same run for a
streaming format (text, json): each result is rendered where it is checked, and the run gives
``Rendered`` items.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import gc
import os
import re
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar, overload

from readiness.assess.results import Rendered, Result, check_file
from readiness.catalog.records import default_catalog
from readiness.errors import UsageError
from readiness.format.load import EXTENSIONS, STDIN
from readiness.render import RenderContext, RenderOne, Streamed
from readiness.text import Lang

# A pool only pays off past its start-up: each worker loads its own catalog and compiles the
# rulesets of the gates it meets (about 30 ms forked, 0.5 s spawned), against about 1 ms per
# file; at 64 files a pool and one process took the same time here, at 128 the pool 11% less.
# With --jobs 0 (automatic) from this many files on ...
AUTO_POOL_FILES = 64
# ... and with an explicit --jobs N (N > 1) above this many.
MIN_POOL_FILES = 16
# Files a worker is sent at a time (at most).
CHUNK_MAX = 16
_GLOB_CHARS = frozenset("*?[")


# -- paths -----------------------------------------------------------------------------------
def _hidden(name: str) -> bool:
    return name.startswith(".") and name not in (".", "..")


def _entries(directory: str, shown: str) -> list[os.DirEntry[str]]:
    """The entries of ``directory`` (shown as ``shown``): the one place a run lists a directory.
    One that cannot be read is an error (exit 2), never skipped: its files would go unchecked
    while the run said all was well."""
    try:
        with os.scandir(directory or os.curdir) as it:
            return list(it)
    except OSError as exc:
        raise UsageError(
            "file.dir_unreadable", path=shown or os.curdir, detail=exc.strerror or str(exc)
        ) from None


def _walk_real(directory: str, shown: str, real: str) -> list[tuple[str, str]]:
    """(shown path, real path) of the initiative files under ``directory``, which is shown
    as ``shown`` and whose real path is ``real``. Walks as ``os.walk`` does (hidden entries
    skipped, symlinked directories not entered, symlinked files kept), but with no system
    call per file: only a symlink's real path is looked up."""
    found: list[tuple[str, str]] = []
    stack = [(directory, shown, real)]
    while stack:
        here, here_shown, here_real = stack.pop()
        for entry in _entries(here, here_shown):
            name = entry.name
            if _hidden(name):
                continue
            entry_shown = name if here_shown == "." else os.path.join(here_shown, name)
            try:
                is_dir = entry.is_dir()
            except OSError:  # then it is taken as a file: reading it says what is wrong
                is_dir = False
            link = entry.is_symlink()
            if is_dir:
                if not link:
                    stack.append((entry.path, entry_shown, os.path.join(here_real, name)))
            elif os.path.splitext(name)[1].lower() in EXTENSIONS:
                target = os.path.realpath(entry.path) if link else os.path.join(here_real, name)
                found.append((entry_shown, target))
    return found


def _glob(pattern: str) -> list[str]:
    """The paths ``pattern`` matches, as ``glob.glob(pattern, recursive=True)`` gives them
    (``*``, ``?`` and ``[...]`` within a name, ``**`` for any depth, hidden names only for a
    pattern that starts with a dot), with two differences: a directory that cannot be read is
    an error (glob skips it silently and has no hook to say so), and ``**`` does not enter
    symlinked directories (as the directory walk does not). The matches of a trailing ``**``
    are its directory: the walk finds the rest."""
    drive, rest = os.path.splitdrive(pattern)
    seps = os.sep + (os.altsep or "")
    body = rest.lstrip(seps)
    root = drive + rest[: len(rest) - len(body)]
    parts = [p for p in re.split(f"[{re.escape(seps)}]", body) if p]
    found: list[str] = []
    _glob_in(root, parts, found)
    return found


def _glob_in(base: str, parts: list[str], found: list[str]) -> None:
    """Add to ``found`` the paths under ``base`` that match the pattern's ``parts``."""
    if not parts:
        found.append(base)
        return
    head, rest = parts[0], parts[1:]
    if head == "**":
        if not rest:
            found.append(base or os.curdir)
            return
        _glob_in(base, rest, found)  # no directory at all
        for entry in _entries(base, base):
            if not _hidden(entry.name) and entry.is_dir(follow_symlinks=False):
                _glob_in(os.path.join(base, entry.name), parts, found)
        return
    if not _GLOB_CHARS & set(head):
        path = os.path.join(base, head)
        if not rest:
            if os.path.lexists(path):
                found.append(path)
        elif os.path.isdir(path):
            _glob_in(path, rest, found)
        return
    names = [e.name for e in _entries(base, base) if head.startswith(".") or not _hidden(e.name)]
    for name in fnmatch.filter(names, head):
        path = os.path.join(base, name)
        if not rest:
            found.append(path)
        elif os.path.isdir(path):
            _glob_in(path, rest, found)


class _Shown:
    """Paths as shown in reports: normalised, relative to the working directory if inside
    (looked up once per run, not once per file)."""

    def __init__(self) -> None:
        self.cwd = os.getcwd()

    def __call__(self, path: str) -> str:
        norm = os.path.normpath(path)
        if os.path.isabs(norm):
            try:
                rel = os.path.relpath(norm, self.cwd)
            except ValueError:  # another drive (Windows)
                return norm
            return norm if rel.startswith("..") else rel
        return norm


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Files to check, sorted and deduplicated. '-' (stdin) is kept as it is.

    A literal path that does not exist is kept (it becomes an invalid result naming the file);
    a directory or glob that yields no initiative file, or a directory that cannot be read,
    raises ``UsageError`` (exit code 2).
    """
    shown = _Shown()
    chosen: dict[str, str] = {}  # real path → shown path
    empty: list[str] = []
    for arg in paths:
        if arg == STDIN:
            chosen.setdefault(STDIN, STDIN)
            continue
        found: list[tuple[str, str]]
        if os.path.isdir(arg):
            found = _walk_real(arg, shown(arg), os.path.realpath(arg))
        elif not os.path.lexists(arg) and _GLOB_CHARS & set(arg):
            found = []
            for match in _glob(arg):
                if os.path.isdir(match):
                    found += _walk_real(match, shown(match), os.path.realpath(match))
                else:
                    found.append((shown(match), os.path.realpath(match)))
        else:
            chosen.setdefault(os.path.realpath(arg), shown(arg))
            continue
        if not found:
            empty.append(arg)
        for p, real in found:
            chosen.setdefault(real, p)
    if empty:
        raise UsageError("usage.no_files", paths=", ".join(empty))
    return sorted(set(chosen.values()))


# -- checking --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Options:
    """What every file of a run is checked with (picklable: sent to each worker once)."""

    gate: str | None
    as_of: dt.date
    lang: Lang
    call_file: str | None = None


class _Checker:
    """Checks one file after another with a run's options; with ``render``, renders each."""

    def __init__(self, options: Options, render: Streamed | None) -> None:
        self.options = options
        self.catalog = default_catalog(options.call_file)
        self.render: tuple[RenderOne, RenderContext] | None = None
        if render is not None:
            ctx = render.context(options.lang, options.as_of, self.catalog)
            self.render = (render.renderer(), ctx)

    def __call__(self, file: str) -> Result | Rendered:
        o = self.options
        result = check_file(file, self.catalog, gate=o.gate, as_of=o.as_of, lang=o.lang)
        if self.render is None:
            return result
        render_one, ctx = self.render
        text = render_one(result, ctx)
        return Rendered(result.file, result.verdict, result.fails(), result.fails(True), text)


_worker: _Checker | None = None


def _init_worker(options: Options, render: Streamed | None) -> None:
    global _worker
    # Own catalog and engine per worker (a forked worker drops the parent's cached ones).
    default_catalog.cache_clear()
    _worker = _Checker(options, render)


def _check_in_worker(file: str) -> Result | Rendered:
    assert _worker is not None
    return _worker(file)


def cpu_count() -> int:
    """The CPUs this process may run on (its affinity where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def pool_size(jobs: int, files: int) -> int:
    """Worker processes for ``files`` files: 0 = check in this process.

    ``jobs`` 0 is automatic (every core, once the batch is large enough to pay for the pool),
    1 is sequential, N uses N processes when there are more than MIN_POOL_FILES files. N is
    capped at the CPUs this process may use: checking is CPU-bound, so more workers only
    cost memory (each its own catalog and rulesets). The cap is silent, as ``make -j``
    accepts any number: a command written for a larger machine runs unchanged on a smaller.
    """
    if jobs == 1:
        return 0
    cpus = cpu_count()
    if jobs == 0:
        return cpus if cpus > 1 and files >= AUTO_POOL_FILES else 0
    workers = min(jobs, files, cpus)
    return workers if workers > 1 and files > MIN_POOL_FILES else 0


T = TypeVar("T", Result, Rendered)


class Results(Sequence[T], Generic[T]):
    """A run's results in input order, each available as soon as it is checked.

    A renderer that goes through the results once (json, text) writes each one while the
    workers check the next files, instead of waiting for the last; anything that asks for the
    length or an index waits for all of them. Iterating again gives the same results."""

    def __init__(self, stream: Iterator[T]) -> None:
        self._stream: Iterator[T] | None = stream
        self._done: list[T] = []

    def _pull(self) -> bool:
        """Take the next result from the stream; False when there are no more."""
        if self._stream is not None:
            for result in self._stream:
                self._done.append(result)
                return True
            self._stream = None
        return False

    def _all(self) -> list[T]:
        while self._pull():
            pass
        return self._done

    def __iter__(self) -> Iterator[T]:
        i = 0
        while i < len(self._done) or self._pull():
            yield self._done[i]
            i += 1

    def __bool__(self) -> bool:
        return bool(self._done) or self._pull()

    def __len__(self) -> int:
        return len(self._all())

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        return self._all()[index]


def check_files(files: Sequence[str], options: Options, *, jobs: int = 0) -> Results[Result]:
    """Check every file, in the order given; the same results whatever ``jobs`` is."""
    return Results(_checked(files, options, None, jobs))  # type: ignore[arg-type]


def render_files(
    files: Sequence[str], options: Options, render: Streamed, *, jobs: int = 0
) -> Results[Rendered]:
    """``check_files``, with each result rendered where it is checked (text and json output:
    the workers send the text, not the result; readiness/results.py, ``Rendered``)."""
    return Results(_checked(files, options, render, jobs))  # type: ignore[arg-type]


def _checked(
    files: Sequence[str], options: Options, render: Streamed | None, jobs: int
) -> Iterator[Result | Rendered]:
    workers = pool_size(jobs, len(files))
    if STDIN in files or workers == 0:
        yield from map(_Checker(options, render), files)
        return
    # small chunks: the last ones end close together (with 4 chunks a worker, one worker
    # idled for the last eighth of a 1,000-file run), and each costs one round trip only
    chunksize = max(1, min(CHUNK_MAX, len(files) // (workers * 4)))
    # Keep what is alive now (modules, the catalog, pydantic's validators) out of the
    # collector's way while the pool runs, so that forked workers neither walk it nor copy its
    # pages when they collect (the use gc.freeze's documentation gives); unfrozen afterwards,
    # so a long-running caller collects as before.
    gc.freeze()
    try:
        if _can_fork():
            from readiness.assess import forkpool

            yield from forkpool.imap(
                _check_in_worker,
                files,
                workers=workers,
                chunksize=chunksize,
                initializer=_init_worker,
                initargs=(options, render),
            )
        else:
            yield from _spawned(files, options, render, workers, chunksize)
    finally:
        gc.unfreeze()


def _spawned(
    files: Sequence[str], options: Options, render: Streamed | None, workers: int, chunksize: int
) -> Iterator[Result | Rendered]:
    """The pool where fork is not safe: ProcessPoolExecutor with spawn (about 0.5 s a worker
    to start: each imports readiness anew)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(options, render),
    ) as pool:
        # map submits every chunk at once: the workers go on while results are used
        try:
            yield from pool.map(_check_in_worker, files, chunksize=chunksize)
        except BaseException:  # Ctrl-C, a failing renderer, results no longer wanted:
            pool.shutdown(cancel_futures=True)  # the files not yet begun are not checked
            raise


def _can_fork() -> bool:
    """fork where it is safe (POSIX but macOS, whose system frameworks are not fork-safe, and
    this process has a single thread): a worker starts in milliseconds with every module
    imported (readiness/forkpool.py); spawn otherwise."""
    return hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() == 1
