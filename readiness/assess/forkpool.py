"""Worker processes for a batch, made with fork: ``imap(func, items, ...)`` in input order.

A 1,000-file ``readiness check`` takes about a second on two cores, and
``concurrent.futures.ProcessPoolExecutor`` cost it more than it needs: importing it (with
multiprocessing's connection, queue and reduction modules) took 35 ms before the first file,
and it keeps two helper threads in the parent that take turns with the parent's own work
for the GIL. This pool is what a batch needs and no more:

- the workers are forked from this process, so every module is imported and ``items`` is
  already in their memory: a task is two indices, not a list of paths;
- each worker is given two chunks at first and another as each one comes back, so a worker
  never waits for work, and a slow core takes fewer chunks; chunks shrink toward the end (a
  share of what is left), so that the workers finish close together;
- results come back over one pipe per worker (length-prefixed pickles) and are given out in
  input order as soon as they are in.

Failures end the run, never silently: an exception in ``func`` is raised here with its own
type (as ProcessPoolExecutor did); a worker that dies (killed, out of memory, a crash in a C
extension) raises ``WorkerLost``. Leaving early (an exception in the consumer, Ctrl-C, a
generator closed) kills the workers and waits for them, so none outlives the run. Workers
ignore SIGINT (the parent decides), write nothing to stdout or stderr and leave with
``os._exit``, which runs no exit handler of the parent's.

Only where fork is safe (POSIX but macOS, with one thread: batch._can_fork); elsewhere
batch.py uses ProcessPoolExecutor with spawn.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import sys
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_HEADER = struct.Struct("<Q")  # the length of the pickle that follows
_OK, _FAILED = 0, 1


class WorkerLost(RuntimeError):
    """A worker process ended before it sent back all the work it was given."""


def imap(
    func: Callable[[T], R],
    items: Sequence[T],
    *,
    workers: int,
    chunksize: int,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Generator[R, None, None]:
    """``func(item)`` for each item, in order, computed in ``workers`` forked processes, at
    most ``chunksize`` items at a time."""
    chunks = _chunks(len(items), workers, chunksize)
    if not chunks:
        return
    pool = _Pool(func, items, workers, initializer, initargs)
    try:
        yield from pool.run(chunks)
    finally:
        pool.close()


def _chunks(n: int, workers: int, chunksize: int) -> list[tuple[int, int]]:
    """Index ranges covering ``range(n)``: ``chunksize`` items each, then fewer as the end
    nears (an eighth of what is left for two workers), down to one. With equal chunks to the
    end, one worker could still have two to do when the other had none."""
    out = []
    start = 0
    while start < n:
        size = max(1, min(chunksize, (n - start) // (4 * workers)))
        out.append((start, start + size))
        start += size
    return out


class _Worker:
    def __init__(self, pid: int, tasks: int, results: int) -> None:
        self.pid = pid
        self.tasks = tasks  # write end: the index ranges this worker is to do
        self.results = results  # read end: its results
        self.given: list[int] = []  # chunk numbers sent and not yet back, in order
        self.reaped = False


class _Pool:
    def __init__(
        self,
        func: Callable[[Any], Any],
        items: Sequence[Any],
        workers: int,
        initializer: Callable[..., object] | None,
        initargs: tuple[Any, ...],
    ) -> None:
        self.workers: list[_Worker] = []
        for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
            try:
                stream.flush()
            except (OSError, ValueError, AttributeError):
                pass
        try:
            self._fork(func, items, workers, initializer, initargs)
        except BaseException:  # a fork or pipe that failed: the workers started are stopped
            self.close()
            raise

    def _fork(
        self,
        func: Callable[[Any], Any],
        items: Sequence[Any],
        workers: int,
        initializer: Callable[..., object] | None,
        initargs: tuple[Any, ...],
    ) -> None:
        for _ in range(workers):
            task_r, task_w = os.pipe()
            result_r, result_w = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker
                os.close(task_w)
                os.close(result_r)
                for other in self.workers:
                    os.close(other.tasks)
                    os.close(other.results)
                _work(func, items, task_r, result_w, initializer, initargs)  # never returns
            os.close(task_r)
            os.close(result_w)
            self.workers.append(_Worker(pid, task_w, result_r))

    def run(self, chunks: list[tuple[int, int]]) -> Iterator[Any]:
        pending = iter(range(len(chunks)))
        by_fd = {w.results: w for w in self.workers}
        for _ in range(2):  # two chunks each: the next is there when one is done
            for w in self.workers:
                self._give(w, pending, chunks)
        done: dict[int, list[Any]] = {}  # chunk number → its results, until their turn
        next_out = 0
        while True:
            while next_out in done:
                yield from done.pop(next_out)
                next_out += 1
            if next_out == len(chunks):
                return
            ready, _, _ = select.select(list(by_fd), [], [])
            for fd in ready:
                w = by_fd[fd]
                status, payload = self._receive(w)
                if status == _FAILED:
                    raise payload
                done[w.given.pop(0)] = payload
                self._give(w, pending, chunks)

    def _give(self, w: _Worker, pending: Iterator[int], chunks: list[tuple[int, int]]) -> None:
        chunk = next(pending, None)
        if chunk is None:
            return
        w.given.append(chunk)
        try:
            _write(w.tasks, pickle.dumps(chunks[chunk], pickle.HIGHEST_PROTOCOL))
        except BrokenPipeError:  # it died since its last result came back
            raise WorkerLost(_lost(w)) from None

    def _receive(self, w: _Worker) -> tuple[int, Any]:
        head = _read(w.results, _HEADER.size)
        body = _read(w.results, _HEADER.unpack(head)[0]) if head is not None else None
        if body is None:  # the pipe closed: the worker is gone
            raise WorkerLost(_lost(w))
        status, payload = pickle.loads(body)
        return status, payload

    def close(self) -> None:
        """Stop and reap every worker (at once if work is left: the run is over)."""
        for w in self.workers:
            for fd in (w.tasks, w.results):
                try:
                    os.close(fd)
                except OSError:
                    pass
            if w.given:  # still busy: the run was left early or failed
                try:
                    os.kill(w.pid, signal.SIGKILL)
                except OSError:
                    pass
        for w in self.workers:
            if not w.reaped:
                try:
                    os.waitpid(w.pid, 0)
                except ChildProcessError:
                    pass
        self.workers = []


def _work(
    func: Callable[[Any], Any],
    items: Sequence[Any],
    tasks: int,
    results: int,
    initializer: Callable[..., object] | None,
    initargs: tuple[Any, ...],
) -> None:
    """A worker's life: take a chunk, send back its results (or the exception), until the
    parent closes the task pipe."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        failed: Exception | None = None
        if initializer is not None:
            try:
                initializer(*initargs)
            except Exception as exc:  # noqa: BLE001 - the answer to every task
                failed = exc
        while True:
            head = _read(tasks, _HEADER.size)
            if head is None:
                break
            body = _read(tasks, _HEADER.unpack(head)[0])
            if body is None:
                break
            start, end = pickle.loads(body)
            if failed is not None:
                _write(results, _failure(failed))
                continue
            try:
                message = (_OK, [func(items[i]) for i in range(start, end)])
                data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # noqa: BLE001 - sent to the parent, which raises it
                data = _failure(exc)
            _write(results, data)
    except BaseException:  # noqa: BLE001 - the parent sees the pipe close: WorkerLost
        code = 1
    finally:
        os._exit(code)


def _failure(exc: Exception) -> bytes:
    try:
        data = pickle.dumps((_FAILED, exc), pickle.HIGHEST_PROTOCOL)
        pickle.loads(data)  # an exception that pickles but cannot be rebuilt
        return data
    except Exception:  # noqa: BLE001
        stand_in = RuntimeError(f"{type(exc).__name__}: {exc}")
        return pickle.dumps((_FAILED, stand_in), pickle.HIGHEST_PROTOCOL)


def _write(fd: int, data: bytes) -> None:
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


def _read(fd: int, size: int) -> bytes | None:
    """Exactly ``size`` bytes, or None if the pipe closes first."""
    parts = []
    while size:
        part = os.read(fd, min(size, 1 << 20))
        if not part:
            return None
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _lost(w: _Worker) -> str:
    """How the worker ended (it has closed its end of the pipe: it is exiting or gone)."""
    try:
        _, status = os.waitpid(w.pid, 0)
        w.reaped = True
    except ChildProcessError:
        status = 0
    if status and os.WIFSIGNALED(status):
        how = f"killed by signal {os.WTERMSIG(status)}"
    elif status and os.WIFEXITED(status):
        how = f"exit status {os.WEXITSTATUS(status)}"
    else:
        how = "its pipe closed"
    return f"a worker process ended before its work was done ({how})"
