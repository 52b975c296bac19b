"""From a change in the workspace to the updated verdict: ``.venv/bin/python bench/web.py``.
Serves the examples and a file of 500 parties (bench/corpus.wide_initiative, every per-party
rule naming every party) with `readiness serve`'s own server on 127.0.0.1, and does what the
page's script does after a change: posts the whole form URL-encoded (the file as opened, the
edits so far, a value for every control) to ``.../results`` with ``Accept: application/json``
and takes the answer's edits into the next request. Each change flips the agreement's status
between two values; the time is from sending the request to having read the whole answer (the
new verdict, findings and plan, and the controls when they must be drawn again). The browser's
own work (parsing the answer, replacing the HTML) is not in the figure. Targets: p95 ≤ 150 ms
on each example, ≤ 1 s with 500 parties.

Writes its own section of bench/results.md ("## Workspace: change to verdict"), replacing it
and keeping the rest. Options: ``--changes`` (per file), ``--no-write``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import wide_initiative  # noqa: E402
from bench.scale import write_section as _write_section  # noqa: E402

HEADING = "## Workspace: change to verdict"
TARGET_EXAMPLE = 0.150
TARGET_WIDE = 1.0
WIDE_PARTIES = 500
STATUS = "c:agreement.status"


class _Form(HTMLParser):
    """The (name, value) pairs a browser submits for the page's form ``#ws`` (no button)."""

    def __init__(self) -> None:
        super().__init__()
        self.pairs: list[tuple[str, str]] = []
        self._in = False
        self._select: str | None = None
        self._first = False
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("id") == "ws":
            self._in = True
        if not self._in:
            return
        if tag == "input" and "name" in a:
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self.pairs.append((a["name"], a.get("value", "on")))
            elif kind not in ("file", "submit"):
                self.pairs.append((a["name"], a.get("value", "")))
        elif tag == "select":
            self._select, self._first = a["name"], True
        elif tag == "option" and self._select:
            if self._first or "selected" in a:
                self.pairs = [p for p in self.pairs if p[0] != self._select]
                self.pairs.append((self._select, a.get("value", "")))
            self._first = False
        elif tag == "textarea":
            self._textarea = a["name"]
            self.pairs.append((a["name"], ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._in = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea and self.pairs and self.pairs[-1][0] == self._textarea:
            self.pairs[-1] = (self._textarea, self.pairs[-1][1] + data)


def form_of(html: str) -> list[tuple[str, str]]:
    parser = _Form()
    parser.feed(html)
    return parser.pairs


def _post(url: str, pairs: list[tuple[str, str]]) -> bytes:
    """POST ``pairs`` URL-encoded, as the page's script does."""
    req = urllib.request.Request(
        url,
        data=urllib.parse.urlencode(pairs).encode("ascii"),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
        },
    )
    with urllib.request.urlopen(req, timeout=60) as resp:
        return bytes(resp.read())


def measure_file(base: str, index: int, changes: int) -> dict[str, float | int]:
    """Seconds from a change to the answer, for ``changes`` changes of file ``index``."""
    with urllib.request.urlopen(f"{base}/f/{index}", timeout=60) as resp:
        html = resp.read().decode("utf-8")
    pairs = form_of(html)
    values = dict(pairs)
    start = values.get(STATUS, "none")
    other = "signed" if start != "signed" else "intent"
    times: list[float] = []
    for i in range(changes + 2):  # the first two warm the caches; not counted
        want = other if i % 2 == 0 else start
        sent = [(n, want if n == STATUS else v) for n, v in pairs]
        began = time.perf_counter()
        answer = json.loads(_post(f"{base}/f/{index}/results", sent))
        took = time.perf_counter() - began
        if i >= 2:
            times.append(took)
        pairs = [
            (n, answer["log"] if n == "log" else answer["layout"] if n == "layout" else v)
            for n, v in sent
        ]
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    return {"p50": statistics.median(times), "p95": p95, "max": times[-1], "n": len(times)}


def measure(changes: int) -> list[dict[str, object]]:
    from readiness.web.app import create_app, make_server

    examples = sorted((ROOT / "examples").glob("*.yaml"))
    with tempfile.TemporaryDirectory() as tmp:
        wide = Path(tmp) / f"parter-{WIDE_PARTIES}.yaml"
        base_parties = 4  # bench/corpus.WIDE_BASE has 4 parties of its own
        wide.write_text(wide_initiative(WIDE_PARTIES - base_parties), encoding="utf-8")
        files = [*examples, wide]
        app = create_app([str(p) for p in files])
        server = make_server(app, "127.0.0.1", 0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        rows: list[dict[str, object]] = []
        try:
            url = f"http://127.0.0.1:{server.port}"
            for i, path in enumerate(files):
                row = measure_file(url, i, changes)
                name = path.name if path != wide else f"{WIDE_PARTIES} parter"
                rows.append({"file": name, "wide": path == wide, **row})
                print(f"{name:50} p50 {row['p50'] * 1000:7.1f} ms  p95 {row['p95'] * 1000:7.1f} ms")
        finally:
            server.shutdown()
            server.server_close()
    return rows


def section(rows: list[dict[str, object]], changes: int) -> str:
    examples = [r for r in rows if not r["wide"]]
    wide = [r for r in rows if r["wide"]]
    worst = max(float(str(r["p95"])) for r in examples)
    wide_p95 = float(str(wide[0]["p95"])) if wide else float("nan")
    ok = worst <= TARGET_EXAMPLE and wide_p95 <= TARGET_WIDE
    lines = [
        HEADING,
        "",
        "`.venv/bin/python bench/web.py`: from a change in the workspace (the agreement's status"
        " flipped) to the answer with the updated verdict, findings and plan, as the page's "
        "script asks for it (the whole form posted URL-encoded to `.../results`, Accept: JSON) "
        f"over 127.0.0.1; {changes} changes per file after two to warm up. Targets: p95 ≤ "
        f"{TARGET_EXAMPLE * 1000:.0f} ms on each example, ≤ {TARGET_WIDE:.0f} s with "
        f"{WIDE_PARTIES} parties. {'Both met' if ok else 'NOT met'}: worst example p95 "
        f"{worst * 1000:.0f} ms, {WIDE_PARTIES} parties p95 {wide_p95 * 1000:.0f} ms.",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, load average {_load()} when it ended.",
        "",
        "| file | p50 (ms) | p95 (ms) | max (ms) |",
        "|---|---:|---:|---:|",
    ]
    for r in rows:
        p50, p95, top = (float(str(r[k])) * 1000 for k in ("p50", "p95", "max"))
        lines.append(f"| {r['file']} | {p50:.1f} | {p95:.1f} | {top:.1f} |")
    return "\n".join(lines) + "\n"


def _load() -> str:
    try:
        return " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def write_section(path: Path, text: str) -> None:
    """This section in bench/results.md, the rest kept (the one writer of sections there)."""
    import bench.scale as scale

    saved = scale.HEADING
    scale.HEADING = HEADING
    try:
        _write_section(path, text)
    finally:
        scale.HEADING = saved


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="readiness serve: change to verdict")
    ap.add_argument("--changes", type=int, default=40)
    ap.add_argument("--no-write", action="store_true", help="do not write bench/results.md")
    args = ap.parse_args(argv)
    rows = measure(args.changes)
    text = section(rows, args.changes)
    print(text)
    if not args.no_write:
        write_section(ROOT / "bench" / "results.md", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
