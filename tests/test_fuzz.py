"""Malformed input never reaches the user as a traceback (bench/fuzz.py generates the cases).

Every case ends with exit 2 and a FILE:LINE:COL location, or, when the mutation happens to
leave a valid file, with an assessment (exit 0/1). ``python -m bench.fuzz --cases 10000`` is the
long run; READINESS_FUZZ_CASES raises the count here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from bench import fuzz
from tests.helpers import ROOT

CASES = int(os.environ.get("READINESS_FUZZ_CASES", "500"))


def test_malformed_input_ends_located_without_traceback_hang_or_leak() -> None:
    report = fuzz.run(CASES, seed=11)
    assert report["failures"] == 0, report["failure_examples"]
    assert report["tracebacks"] == report["hangs"] == report["leaks"] == 0
    codes = report["exit_codes"]
    assert codes.get("exit 2", 0) > sum(v for k, v in codes.items() if k.startswith("exit")) // 2
    kinds = report["kinds"]  # the classes that once ended in exit 3 or showed a number
    assert kinds["personal"] > CASES // 20 and kinds["huge_int"] and kinds["surrogate"]
    assert kinds["set"] and kinds["device"] and kinds["directory"] and kinds["socket"]


def test_the_fuzzer_finds_a_leak_a_hang_and_a_wrong_exit_code() -> None:
    assert fuzz.leaks("tlf 15076500565, sak 12345678901, 150765005651") == ["15076500565"]
    assert fuzz.judge("f.yaml", 3, "", None) == "exit code 3"
    assert fuzz.judge("f.yaml", 2, "f.yaml: ugyldig", None) is not None
    assert (
        fuzz.judge("f.yaml", 2, '"file": "f.yaml", "line": 3, "column": 1', None, fmt="json")
        is None
    )
    with pytest.raises(fuzz.Hang):
        with fuzz._deadline(0.05):
            time.sleep(1)


def test_a_real_process_prints_no_traceback_for_broken_input(tmp_path) -> None:
    cases = {
        "bytes.yaml": b"\xff\xfe\x00garbage\x00",
        "utf16.yaml": "schema_version: 1\n".encode("utf-16"),
        "bomb.yaml": (fuzz.BOMB + "parties: *i\n").encode(),
        "deep.json": b"[" * 5000 + b"]" * 5000,  # RecursionError in json (was exit 3)
        "deep.yaml": b"a: " + b"[" * 100_000 + b"]" * 100_000,  # C stack (was a segfault)
        "tabs.yaml": b"schema_version: 1\ninitiative:\n\tname: x\n",
        "huge.json": b'{"schema_version": ' + b"1" * 5000 + b"}",  # past int()'s 4,300 digits
        "hex.yaml": b"schema_version: 0x" + b"f" * 5000 + b"\n",  # past what str() converts
        "surrogate.json": b'{"schema_version": 1, "x": "\\ud800"}',  # no character: cannot be UTF-8
    }
    for name, raw in cases.items():
        path = tmp_path / name
        path.write_bytes(raw)
        proc = subprocess.run(
            [sys.executable, "-m", "readiness.cli.main", "check", str(path), "--as-of", fuzz.AS_OF],
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
