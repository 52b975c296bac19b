"""How plan, whatif and report grow with the parties: ``.venv/bin/python bench/scale.py``.

Generates initiatives of 500, 2,000 and 12,000 parties (bench/corpus.wide_initiative: every
per-party rule names every party, and 12,000 is about what fits under the 1 MiB size limit)
and runs each command on each, as a user runs it, in a child process:
``readiness plan FILE``, ``readiness whatif FILE --set agreement.status=signed`` and
``readiness report FILE`` (HTML on stdout). Each figure is the median wall time of ``--runs``
runs (one run when a run takes more than 30 s) and the child's CPU time (user + system, the
steadier figure on a shared machine). Target: plan on 2,000 parties in under 2 s.

``--compare DIR`` times the code of another checkout too (``git archive COMMIT | tar -x -C
DIR``), interleaved with this tree's, as the column before; ``--timeout`` bounds each run
(quadratic code on 12,000 parties takes tens of minutes). The growth itself is checked
without timing by tests/test_cost.py.

Writes its own section of bench/results.md ("## Cost in the number of parties"), replacing
it and keeping the rest (bench/run.py writes the rest, and keeps this section). Options:
``--sizes``, ``--runs``, ``--quick`` (500 and 2,000 parties, one run), ``--no-write``.
"""

from __future__ import annotations

import argparse
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

from bench.corpus import wide_initiative  # noqa: E402

AS_OF = "2026-11-22"
SIZES = (500, 2000, 12_000)
TARGET = {"command": "plan", "parties": 2000, "seconds": 2.0}
HEADING = "## Cost in the number of parties"
COMMANDS: dict[str, list[str]] = {
    "plan": ["plan", "{file}"],
    "whatif": ["whatif", "{file}", "--set", "agreement.status=signed"],
    "report": ["report", "{file}"],
}
ONE_RUN_ABOVE_S = 30.0
# The readiness of a source tree, run as its entry point would run it (PYTHONPATH comes before
# the editable install's finder, so the tree's own readiness is imported).
ENTRY = "import sys; from readiness.cli.main import main; sys.argv[0] = 'readiness'; main()"
# Measured as a user's machine runs the tool: with bytecode caches (see bench/run.py).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _once(argv: list[str], source: Path, timeout: float) -> tuple[float, float] | None:
    """(wall s, CPU s) of one run of readiness ``argv`` from ``source``; None past timeout."""
    env = {**ENV, "PYTHONPATH": str(source)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", ENTRY, *argv, "--as-of", AS_OF],
            cwd=source,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: readiness {' '.join(argv)} failed ({proc.returncode}): {proc.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _measure(argv: list[str], source: Path, runs: int, timeout: float) -> dict[str, Any]:
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(runs):
        got = _once(argv, source, timeout)
        if got is None:
            return {"timeout_s": timeout}
        walls.append(got[0])
        cpus.append(got[1])
        if got[0] > ONE_RUN_ABOVE_S:
            break
    return {
        "wall_s": statistics.median(walls),
        "cpu_s": statistics.median(cpus),
        "runs": len(walls),
    }


def measure(
    sizes: list[int], runs: int, timeout: float, compare: Path | None
) -> list[dict[str, Any]]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="readiness-scale-") as tmp:
        for n in sizes:
            path = Path(tmp) / f"parter-{n}.yaml"
            path.write_text(wide_initiative(n), encoding="utf-8")
            for name, template in COMMANDS.items():
                argv = [a.format(file=path) for a in template]
                _once(argv, ROOT, timeout)  # warm: page cache, .pyc files, the catalog cache
                row: dict[str, Any] = {"parties": n, "command": name, "bytes": path.stat().st_size}
                if compare is not None:  # the other tree first: a slow spell hits both alike
                    row["before"] = _measure(argv, compare, runs, timeout)
                row["after"] = _measure(argv, ROOT, runs, timeout)
                rows.append(row)
                print(_line(row), flush=True)
    return rows


def _figure(m: dict[str, Any] | None) -> str:
    if m is None:
        return ""
    if "timeout_s" in m:
        return f"> {m['timeout_s']:.0f} s (stopped)"
    return f"{m['wall_s']:.2f} s (CPU {m['cpu_s']:.2f} s)"


def _line(row: dict[str, Any]) -> str:
    before = f"  before {_figure(row['before'])}" if "before" in row else ""
    return (
        f"{row['parties']:>6} parties  {row['command']:<7}{before}  after {_figure(row['after'])}"
    )


def _target(rows: list[dict[str, Any]]) -> tuple[str, bool] | None:
    for row in rows:
        if row["command"] == TARGET["command"] and row["parties"] == TARGET["parties"]:
            m = row["after"]
            ok = "wall_s" in m and m["wall_s"] < TARGET["seconds"]
            return _figure(m), ok
    return None


def section(rows: list[dict[str, Any]], label: str | None, args: argparse.Namespace) -> str:
    machine = (
        f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores"
    )
    if label:
        head = ["| parties | file | command | before | after |", "|---|---|---|---|---|"]
    else:
        head = ["| parties | file | command | time |", "|---|---|---|---|"]
    body = []
    for row in rows:
        cells = [f"{row['parties']:,}", f"{row['bytes'] / 1024:.0f} KiB", f"`{row['command']}`"]
        if label:
            cells.append(_figure(row.get("before")))
        cells.append(_figure(row["after"]))
        body.append("| " + " | ".join(cells) + " |")
    target = _target(rows)
    verdict = ""
    if target is not None:
        figure, ok = target
        verdict = (
            f"\n\nTarget: `plan` on {TARGET['parties']:,} parties in under "
            f"{TARGET['seconds']:.0f} s: {figure}, {'met' if ok else 'NOT MET'}."
        )
    compared = f" Before: {label}, timed in the same run, interleaved." if label else ""
    command = ".venv/bin/python bench/scale.py"
    if args.argv:
        command += " " + shlex.join(args.argv)
    return (
        f"{HEADING}\n\nWritten by `{command}` on {time.strftime('%Y-%m-%d %H:%M')}; "
        f"{machine}, load average {_load()} after. Median wall time of up to {args.runs} runs "
        f"(one when a run takes over {ONE_RUN_ABOVE_S:.0f} s) and the child's CPU time; "
        f"files from bench/corpus.wide_initiative (every per-party rule names every party)."
        f"{compared}\n\n" + "\n".join(head + body) + verdict + "\n\n```json\n"
        f"{json.dumps(rows, indent=2)}\n```\n"
    )


def _load() -> str:
    try:
        return " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def write_section(path: Path, text: str, heading: str = HEADING) -> None:
    """Put ``text`` (a ``heading`` section) in ``path`` in place of the one there, or last."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    start = old.find(f"\n{heading}\n")
    if start < 0:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        end = old.find("\n## ", start + 1)
        rest = old[end:] if end >= 0 else ""
        new = old[: start + 1] + text + rest
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="readiness: cost in the number of parties")
    ap.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=None)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds a run may take")
    ap.add_argument("--compare", type=Path, help="another checkout, timed as 'before'")
    ap.add_argument("--compare-label", help="how the section names it (default: its path)")
    ap.add_argument("--quick", action="store_true", help="500 and 2,000 parties, one run")
    ap.add_argument("--no-write", action="store_true", help="do not write bench/results.md")
    args = ap.parse_args(argv)
    args.argv = sys.argv[1:] if argv is None else argv
    if args.quick:
        args.runs = 1
    sizes = args.sizes or (list(SIZES[:2]) if args.quick else list(SIZES))
    compare = args.compare.resolve() if args.compare else None
    rows = measure(sizes, args.runs, args.timeout, compare)
    label = (args.compare_label or str(compare)) if compare else None
    text = section(rows, label, args)
    if not args.no_write:
        write_section(ROOT / "bench" / "results.md", text)
    target = _target(rows)
    return 0 if target is None or target[1] else 1


if __name__ == "__main__":
    sys.exit(main())
