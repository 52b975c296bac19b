"""readiness/forkpool.py: a batch's worker processes, and how a run ends when one fails.

What `readiness check` relies on: results in input order whatever the workers' speed; an
error in a worker raised in the parent with its own type (exit 3, never a verdict); a worker
that dies is an error, not a shorter output; leaving early leaves no process behind.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from readiness.assess import batch, forkpool
from readiness.cli.main import main
from readiness.errors import EngineError
from tests.helpers import EXAMPLES

pytestmark = pytest.mark.skipif(not batch._can_fork(), reason="fork is not used here")


def _square(x: int) -> int:
    if x % 7 == 3:
        time.sleep(0.002)  # some chunks take longer: results arrive out of order
    return x * x


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.parametrize(("n", "workers", "chunksize"), [(1, 2, 1), (50, 2, 3), (97, 3, 16)])
def test_results_come_in_input_order(n: int, workers: int, chunksize: int) -> None:
    got = list(forkpool.imap(_square, list(range(n)), workers=workers, chunksize=chunksize))
    assert got == [x * x for x in range(n)]


@pytest.mark.parametrize(("n", "workers", "chunksize"), [(1000, 2, 16), (17, 3, 4), (5, 2, 1)])
def test_chunks_cover_the_items_in_order_and_shrink_toward_the_end(
    n: int, workers: int, chunksize: int
) -> None:
    chunks = forkpool._chunks(n, workers, chunksize)
    assert [i for start, end in chunks for i in range(start, end)] == list(range(n))
    sizes = [end - start for start, end in chunks]
    assert max(sizes) <= chunksize and sizes == sorted(sizes, reverse=True)
    assert sizes[-2 * workers :] == [1] * (2 * workers)  # the workers end close together


def test_nothing_to_do_starts_no_worker() -> None:
    assert list(forkpool.imap(_square, [], workers=2, chunksize=4)) == []


_seen: list[int] = []


def _init(value: int) -> None:
    _seen.append(value)


def _with_init(x: int) -> tuple[int, list[int]]:
    return x, list(_seen)


def test_the_initializer_runs_once_in_each_worker_not_in_the_parent() -> None:
    got = list(
        forkpool.imap(
            _with_init, [1, 2, 3, 4], workers=2, chunksize=1, initializer=_init, initargs=(7,)
        )
    )
    assert [x for x, _ in got] == [1, 2, 3, 4]
    assert all(seen == [7] for _, seen in got) and _seen == []


def _fails_at_5(x: int) -> int:
    if x == 5:
        raise EngineError("durable_rules failed: test")
    return x


def test_an_error_in_a_worker_is_raised_with_its_type() -> None:
    with pytest.raises(EngineError, match="durable_rules failed: test"):
        list(forkpool.imap(_fails_at_5, list(range(40)), workers=2, chunksize=2))


class _Unpicklable(Exception):
    def __init__(self, a: int, b: int) -> None:  # pickle rebuilds it with one argument
        super().__init__(f"{a}/{b}")


def _raises_unpicklable(x: int) -> int:
    raise _Unpicklable(x, 2)


def test_an_error_that_cannot_be_sent_is_raised_by_name() -> None:
    with pytest.raises(RuntimeError, match=r"_Unpicklable: [01]/2"):
        list(forkpool.imap(_raises_unpicklable, [0, 1], workers=2, chunksize=1))


def _bad_init() -> None:
    raise ValueError("no catalog")


def test_an_initializer_that_fails_fails_the_run() -> None:
    with pytest.raises(ValueError, match="no catalog"):
        list(forkpool.imap(_square, [1, 2, 3], workers=2, chunksize=1, initializer=_bad_init))


def _dies_at_9(x: int) -> int:
    if x == 9:
        os._exit(9)  # a crash in a C extension, the out-of-memory killer
    return x


def test_a_worker_that_dies_fails_the_run() -> None:
    with pytest.raises(forkpool.WorkerLost, match=r"ended before its work was done \(exit"):
        list(forkpool.imap(_dies_at_9, list(range(30)), workers=2, chunksize=2))


def _pid_then_slow(x: int) -> int:
    if x > 1:
        time.sleep(0.5)
    return os.getpid()


def test_leaving_early_stops_every_worker_at_once() -> None:
    it = forkpool.imap(_pid_then_slow, list(range(40)), workers=2, chunksize=1)
    pids = {next(it), next(it)}
    start = time.monotonic()
    it.close()  # what a failing renderer or Ctrl-C does to the generator
    assert time.monotonic() - start < 0.4  # the busy workers were not waited for
    assert all(_gone(pid) for pid in pids)  # and were reaped: no zombie is left


def _corpus(tmp_path: Path, n: int) -> Path:
    text = (EXAMPLES / "vestfold-nord-klar.yaml").read_text(encoding="utf-8")
    for i in range(n):
        (tmp_path / f"f{i:03}.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def _check(
    monkeypatch: pytest.MonkeyPatch, base: Path, fail: Callable[[], None], fmt: str = "json"
) -> Result:
    original = batch._Checker.__call__

    def check(self: batch._Checker, file: str) -> object:
        if file.endswith("f040.yaml"):
            fail()
        return original(self, file)

    monkeypatch.setattr(batch._Checker, "__call__", check)
    monkeypatch.chdir(base)
    args = ["check", ".", "--format", fmt, "--jobs", "2", "--as-of", "2026-11-22"]
    return CliRunner().invoke(main, args)


def _engine_fails() -> None:
    raise EngineError("an action failed: IDE-05: boom")


def test_an_engine_error_in_a_worker_is_exit_3_and_no_output(tmp_path, monkeypatch) -> None:
    res = _check(monkeypatch, _corpus(tmp_path, 80), _engine_fails)
    assert res.exit_code == 3
    assert res.stdout == ""  # no partial JSON for CI to read
    assert "an action failed: IDE-05: boom" in res.stderr


def test_text_shows_the_files_checked_before_an_engine_error_then_exit_3(
    tmp_path, monkeypatch
) -> None:
    """Text is written file by file: files checked before the failing one (those of the
    chunks before its chunk) are shown with their verdicts, in order; the run ends there with
    the error and exit 3, and no summary line claims a count."""
    res = _check(monkeypatch, _corpus(tmp_path, 80), _engine_fails, fmt="text")
    assert res.exit_code == 3
    assert "an action failed: IDE-05: boom" in res.stderr
    shown = re.findall(r"^(f\d{3}\.yaml): KLAR", res.stdout, flags=re.M)
    assert 0 < len(shown) <= 40 and shown == [f"f{i:03}.yaml" for i in range(len(shown))]
    assert "filer:" not in res.stdout


def test_a_worker_killed_mid_run_is_exit_3_and_no_output(tmp_path, monkeypatch) -> None:
    res = _check(monkeypatch, _corpus(tmp_path, 80), lambda: os._exit(1))
    assert res.exit_code == 3
    assert res.stdout == ""
    assert "WorkerLost" in res.stderr


def test_a_fork_that_fails_stops_the_workers_already_started(monkeypatch) -> None:
    real_fork = os.fork
    started: list[int] = []

    def fork() -> int:
        if started:
            raise OSError(11, "Resource temporarily unavailable")
        pid = real_fork()
        if pid:
            started.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    with pytest.raises(OSError, match="Resource temporarily unavailable"):
        list(forkpool.imap(_square, list(range(10)), workers=2, chunksize=1))
    assert len(started) == 1 and _gone(started[0])  # reaped, not left waiting for work
