"""A run over many files: each file checked, the results in the order of the files.

Small runs are checked in this process; larger ones in worker processes of the standard
library's ``ProcessPoolExecutor`` (durable_rules' C core never releases the GIL, so threads
would not help). Workers are forked where that is safe (they start in milliseconds with every
module imported) and spawned elsewhere. Each worker loads its own catalog and engine once and
sends back plain results (``Assessment`` or ``Invalid``); the parent renders them, so the
output and the exit code are the same as a sequential run's.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from readiness.assess.results import Result, check_file
from readiness.catalog.load import default_catalog
from readiness.catalog.records import Catalog
from readiness.read.files import STDIN

# A pool only pays off past its start-up: each worker loads its own catalog and compiles the
# rulesets of the gates it meets (about 30 ms forked, 0.5 s spawned), against about 1 ms per
# file. With --jobs 0 (automatic) from this many files on ...
AUTO_POOL_FILES = 64
# ... and with an explicit --jobs N (N > 1) above this many.
MIN_POOL_FILES = 16
# Files a worker is sent at a time (at most): small chunks end close together.
CHUNK_MAX = 16


@dataclass(frozen=True)
class Options:
    """What every file of a run is checked with (picklable: sent to each worker once)."""

    gate: str | None
    as_of: dt.date
    call_file: str | None = None


class _Checker:
    """Checks one file after another with a run's options and one catalog."""

    def __init__(self, options: Options, catalog: Catalog | None = None) -> None:
        self.options = options
        self.catalog = catalog or default_catalog(options.call_file)

    def __call__(self, file: str) -> Result:
        o = self.options
        return check_file(file, self.catalog, gate=o.gate, as_of=o.as_of)


_worker: _Checker | None = None


def _init_worker(options: Options) -> None:
    global _worker
    # Own catalog and engine per worker (a forked worker drops the parent's cached ones: the
    # engine holds durable_rules' handles, which do not survive a fork).
    default_catalog.cache_clear()
    _worker = _Checker(options)


def _check_in_worker(file: str) -> Result:
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


class Results(Sequence[Result]):
    """A run's results in input order, each available as soon as it is checked.

    A renderer that goes through the results once (text) writes each one while the workers
    check the next files, instead of waiting for the last; anything that asks for the length
    or an index waits for all of them. Iterating again gives the same results."""

    def __init__(self, stream: Iterator[Result]) -> None:
        self._stream: Iterator[Result] | None = stream
        self._done: list[Result] = []

    def _pull(self) -> bool:
        """Take the next result from the stream; False when there are no more."""
        if self._stream is not None:
            for result in self._stream:
                self._done.append(result)
                return True
            self._stream = None
        return False

    def _all(self) -> list[Result]:
        while self._pull():
            pass
        return self._done

    def __iter__(self) -> Iterator[Result]:
        i = 0
        while i < len(self._done) or self._pull():
            yield self._done[i]
            i += 1

    def __bool__(self) -> bool:
        return bool(self._done) or self._pull()

    def __len__(self) -> int:
        return len(self._all())

    @overload
    def __getitem__(self, index: int) -> Result: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Result]: ...
    def __getitem__(self, index: int | slice) -> Result | Sequence[Result]:
        return self._all()[index]


def check_files(
    files: Sequence[str], options: Options, *, jobs: int = 0, catalog: Catalog | None = None
) -> Results:
    """Check every file, in the order given; the same results whatever ``jobs`` is.
    ``catalog`` is this process's (for the files checked here; workers load their own)."""
    return Results(_checked(files, options, jobs, catalog))


def _checked(
    files: Sequence[str], options: Options, jobs: int, catalog: Catalog | None
) -> Iterator[Result]:
    workers = pool_size(jobs, len(files))
    if STDIN in files or workers == 0:
        yield from map(_Checker(options, catalog), files)
        return
    # imported here: a check of one file (the common cold run) never starts a pool, and the
    # pool's modules are a tenth of its start-up
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunksize = max(1, min(CHUNK_MAX, len(files) // (workers * 4)))
    fork = _can_fork()
    # Keep what is alive now (modules, the catalog, the format's validator) out of the
    # collector's way while the pool runs, so that forked workers neither walk it nor copy its
    # pages when they collect (the use gc.freeze's documentation gives); unfrozen afterwards,
    # so a long-running caller collects as before.
    gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("fork" if fork else "spawn"),
            initializer=_init_worker,
            initargs=(options,),
        ) as pool:
            # map submits every chunk at once: the workers go on while results are used
            try:
                yield from pool.map(_check_in_worker, files, chunksize=chunksize)
            except BaseException:  # Ctrl-C, a failing renderer, results no longer wanted:
                pool.shutdown(cancel_futures=True)  # the files not yet begun are not checked
                raise
    finally:
        gc.unfreeze()


def _can_fork() -> bool:
    """fork where it is safe (POSIX but macOS, whose system frameworks are not fork-safe, and
    this process has a single thread); spawn otherwise."""
    return hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() == 1
