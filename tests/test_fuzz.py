"""Malformed input never reaches the user as a traceback (bench/fuzz.py generates the cases).

Every case ends with exit 2 and a FILE:LINE:COL location, or, when the mutation happens to
leave a valid file, with an assessment (exit 0/1). ``python -m bench.fuzz --cases 10000`` is the
long run; READINESS_FUZZ_CASES raises the count here.
"""

from __future__ import annotations

import os
import subprocess
import sys

from bench import fuzz
from tests.helpers import ROOT

CASES = int(os.environ.get("READINESS_FUZZ_CASES", "500"))


def test_malformed_files_end_located_and_without_traceback() -> None:
    report = fuzz.run(CASES, seed=11)
    assert report["failures"] == 0, report["failure_examples"]
    assert report["exit_codes"].get("exit 2", 0) > CASES // 2  # most mutations are invalid


def test_a_real_process_prints_no_traceback_for_broken_input(tmp_path) -> None:
    cases = {
        "bytes.yaml": b"\xff\xfe\x00garbage\x00",
        "utf16.yaml": "schema_version: 1\n".encode("utf-16"),
        "bomb.yaml": (fuzz.BOMB + "parties: *i\n").encode(),
        "deep.json": b"[" * 5000 + b"]" * 5000,  # RecursionError in json (was exit 3)
        "deep.yaml": b"a: " + b"[" * 100_000 + b"]" * 100_000,  # C stack (was a segfault)
        "tabs.yaml": b"schema_version: 1\ninitiative:\n\tname: x\n",
    }
    for name, raw in cases.items():
        path = tmp_path / name
        path.write_bytes(raw)
        proc = subprocess.run(
            [sys.executable, "-m", "readiness.cli", "check", str(path), "--as-of", fuzz.AS_OF],
            capture_output=True,
            text=True,
            errors="replace",
            cwd=ROOT,
            timeout=60,
        )
        assert proc.returncode == 2, (name, proc.stderr)
        assert "Traceback" not in proc.stderr + proc.stdout, name
        assert fuzz.judge(str(path), proc.returncode, proc.stdout + proc.stderr, None) is None, (
            name,
            proc.stdout,
        )
