"""The pictures for those who decide: ``.venv/bin/python bench/pictures.py``.

Times ``readiness overview`` over 100 generated initiative files (bench/corpus.write_corpus) in
each of its formats, and ``readiness history`` of one file over 200 commits in a git repository
made here (each commit a different generated initiative, so that no two versions share an
assessment, but the middle one, which only renames the file: the log follows the rename, and the
bench checks that every commit is a point).
Each is run as a user runs it, in a child process, with bytecode caches (PYTHONDONTWRITEBYTECODE
unset); each figure is the median wall time of ``--runs`` runs after one warm-up run, with the
child's CPU time (user + system, the steadier figure on a shared machine; a process pool's
workers count). Targets: overview of 100 files in at most 1.5 s, history over 200 commits in
at most 5 s (issue 25).

Writes its own section of bench/results.md ("## Overview and history"), replacing it and
keeping the rest. Options: ``--files``, ``--commits``, ``--runs``, ``--no-write``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import RandomDraw, build_initiative, dump_yaml, write_corpus  # noqa: E402
from bench.scale import ENTRY, ENV, write_section  # noqa: E402

AS_OF = "2026-11-22"
HEADING = "## Overview and history"
FILES = 100
COMMITS = 200
# The first commit's date; one commit every day and a half after it.
START = dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
TARGETS = {"overview": 1.5, "history": 5.0}
OVERVIEW_FORMATS = ("html", "csv", "md", "json")
HISTORY_FORMATS = ("json", "svg", "html")
# A git that reads no configuration of the machine's user and asks for nothing.
GIT_ENV = {
    **ENV,
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "bench",
    "GIT_AUTHOR_EMAIL": "bench@example.invalid",
    "GIT_COMMITTER_NAME": "bench",
    "GIT_COMMITTER_EMAIL": "bench@example.invalid",
}


def _once(argv: list[str], cwd: Path) -> tuple[float, float]:
    """(wall s, CPU s) of one run of ``readiness ARGV`` from this tree."""
    env = {**ENV, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", ENTRY, *argv],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"bench: readiness {shlex.join(argv)} failed ({proc.returncode}): {proc.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _measure(argv: list[str], cwd: Path, runs: int) -> dict[str, Any]:
    _once(argv, cwd)  # warm: page cache, .pyc files, the catalog cache
    got = [_once(argv, cwd) for _ in range(runs)]
    return {
        "wall_s": statistics.median(w for w, _ in got),
        "cpu_s": statistics.median(c for _, c in got),
        "fastest_s": min(w for w, _ in got),
        "runs": runs,
    }


def _git(repo: Path, *args: str, date: str | None = None) -> None:
    env = (
        GIT_ENV
        if date is None
        else {**GIT_ENV, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    )
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def make_repository(repo: Path, commits: int) -> Path:
    """A repository whose one initiative file changed in each of ``commits`` commits, the
    middle one a rename alone; the file's path as it is named now."""
    repo.mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    rng = RandomDraw(11)
    name = "initiativ.yaml"
    for i in range(commits):
        date = (START + dt.timedelta(hours=36 * i)).isoformat()
        if i == commits // 2:  # a rename alone, as people rename: git finds it by content
            _git(repo, "mv", name, "vestfold-nord.yaml")
            name = "vestfold-nord.yaml"
            _git(repo, "commit", "-q", "-m", "Nytt navn", date=date)
            continue
        (repo / name).write_text(dump_yaml(build_initiative(rng)), encoding="utf-8")
        _git(repo, "add", name)
        _git(repo, "commit", "-q", "-m", f"Versjon {i + 1}", date=date)
    return repo / name


def _points(path: Path) -> int:
    """How many points the history of ``path`` has (the bench fails if the log lost some)."""
    proc = subprocess.run(
        [sys.executable, "-c", ENTRY, "history", str(path), "--format", "json"],
        env={**ENV, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
    )
    return len(json.loads(proc.stdout)["points"])


def measure(files: int, commits: int, runs: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="readiness-pictures-") as tmp:
        corpus = Path(tmp) / "fylke"
        write_corpus(corpus, files)
        for fmt in OVERVIEW_FORMATS:
            argv = ["overview", str(corpus), "--format", fmt, "--as-of", AS_OF]
            row = {
                "command": "overview",
                "format": fmt,
                "size": files,
                **_measure(argv, ROOT, runs),
            }
            rows.append(row)
            print(_line(row), flush=True)
        path = make_repository(Path(tmp) / "depot", commits)
        if _points(path) != commits:
            sys.exit(f"bench: the history of {path} lost commits (the rename not followed?)")
        for fmt in HISTORY_FORMATS:
            argv = ["history", str(path), "--format", fmt]
            row = {
                "command": "history",
                "format": fmt,
                "size": commits,
                **_measure(argv, ROOT, runs),
            }
            rows.append(row)
            print(_line(row), flush=True)
    return rows


def _unit(row: dict[str, Any]) -> str:
    return f"{row['size']} {'files' if row['command'] == 'overview' else 'commits'}"


def _line(row: dict[str, Any]) -> str:
    return (
        f"{row['command']:<8} {row['format']:<4} {_unit(row):>12}  {row['wall_s']:.2f} s "
        f"(CPU {row['cpu_s']:.2f} s, fastest {row['fastest_s']:.2f} s)"
    )


def _met(row: dict[str, Any]) -> bool:
    return bool(row["wall_s"] <= TARGETS[row["command"]])


def section(rows: list[dict[str, Any]], args: argparse.Namespace) -> str:
    machine = (
        f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores"
    )
    try:
        load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    body = [
        "| command | format | of | median wall | CPU | fastest | target | |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        body.append(
            f"| `readiness {row['command']}` | {row['format']} | {_unit(row)} | "
            f"{row['wall_s']:.2f} s | {row['cpu_s']:.2f} s | {row['fastest_s']:.2f} s | "
            f"<= {TARGETS[row['command']]:.1f} s | {'met' if _met(row) else 'NOT MET'} |"
        )
    command = ".venv/bin/python bench/pictures.py"
    if args.argv:
        command += " " + shlex.join(args.argv)
    return (
        f"{HEADING}\n\nWritten by `{command}` on {time.strftime('%Y-%m-%d %H:%M')}; {machine}, "
        f"load average {load} after (the machine shared with other work). Median wall time of "
        f"{args.runs} runs after a warm-up, and the child's CPU time. The overview reads "
        f"{args.files} files from bench/corpus.write_corpus (a process pool for that many); the "
        f"history is one file over {args.commits} commits, each a different generated "
        "initiative but the middle one, a rename alone (each version assessed as of its "
        "commit's date).\n\n"
        + "\n".join(body)
        + "\n\n```json\n"
        + json.dumps(rows, indent=2)
        + "\n```\n"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="readiness: overview and history")
    ap.add_argument("--files", type=int, default=FILES)
    ap.add_argument("--commits", type=int, default=COMMITS)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-write", action="store_true", help="do not write bench/results.md")
    args = ap.parse_args(argv)
    args.argv = sys.argv[1:] if argv is None else argv
    rows = measure(args.files, args.commits, args.runs)
    if not args.no_write:
        write_section(ROOT / "bench" / "results.md", section(rows, args), HEADING)
    return 0 if all(_met(r) for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
