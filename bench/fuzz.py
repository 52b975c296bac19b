"""Fuzzing the loader and the CLI with malformed input: ``python -m bench.fuzz --cases 10000``.

Each case is a file built from a valid initiative (the examples and bench/corpus.py) by one
mutation: random bytes, truncation, a wrong type at a key, an unknown key, deep nesting, huge
strings and lists, tabs, BOMs, UTF-16 / Latin-1, alias bombs, duplicate keys, 11-digit numbers,
JSON. Each is checked through ``readiness check`` in this process (click's CliRunner: fast);
the contract: exit 2 with a FILE:LINE:COL location, or a valid assessment (exit 0/1) when the
mutation happens to be valid; never exit 3, never a traceback. ``--subprocess N`` also runs N
cases as real processes and looks for a traceback on stderr.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import Draw, RandomDraw, build_initiative, dump_yaml  # noqa: E402

AS_OF = "2026-11-22"
WRONG = [
    None,
    0,
    -1,
    1.5,
    True,
    "tekst",
    "",
    [],
    [1, "a"],
    {},
    {"x": 1},
    "2026-13-45",
    10**30,
    "12345678901",
]
FNR_LIKE = "01010150074"  # passes both check digits (synthetic)


def _seeds(rng: random.Random) -> list[dict[str, Any]]:
    out = [
        yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "examples").glob("*.yaml"))
    ]
    draw = RandomDraw(rng=rng)
    out += [build_initiative(draw) for _ in range(20)]
    return [d for d in out if isinstance(d, dict)]


def data_paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path in ``data`` (keys and list indexes), ``prefix`` (the whole) first."""
    out = [prefix]
    if isinstance(data, dict):
        for k, v in data.items():
            out += data_paths(v, (*prefix, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += data_paths(v, (*prefix, i))
    return out


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    node = data
    for k in path[:-1]:
        node = node[k]
    node[path[-1]] = value
    return data


def _data_mutation(rng: random.Random, data: dict[str, Any]) -> tuple[str, str]:
    """A structural mutation of the data; returns (kind, YAML or JSON text)."""
    path = rng.choice(data_paths(data)[1:] or [()])
    kind = rng.choice(
        ["wrong_type", "unknown_key", "deep", "huge_string", "huge_list", "delete", "fnr", "json"]
    )
    if kind == "wrong_type":
        data = _set(data, path, rng.choice(WRONG))
    elif kind == "unknown_key":
        node = data
        for k in path:
            if isinstance(node, (dict, list)):
                node = node[k]
        if isinstance(node, dict):
            node[rng.choice(["leadersip", "extra", "ID", "kind ", "æøå"])] = 1
        else:
            data["ukjent_nokkel"] = "x"
    elif kind == "deep":
        deep: Any = "bunn"
        for _ in range(rng.choice([5, 45, 300])):
            deep = rng.choice([[deep], {"a": deep}])
        data = _set(data, path, deep)
    elif kind == "huge_string":
        data = _set(data, path, rng.choice(["x", "æ", "\t", " "]) * rng.choice([10_000, 100_000]))
    elif kind == "huge_list":
        data = _set(data, path, [rng.choice(WRONG[:8]) for _ in range(rng.choice([100, 1000]))])
    elif kind == "delete" and path:
        node = data
        for k in path[:-1]:
            node = node[k]
        del node[path[-1]]
    elif kind == "fnr":
        data = _set(
            data, path, rng.choice([FNR_LIKE, int(FNR_LIKE[1:]) * 10 + 7, "tlf 12345678901"])
        )
    if kind == "json":
        return "json", json.dumps(
            data, default=str, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2, "\t"])
        )
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    flow = rng.choice([False, None])
    return kind, yaml.dump(
        data, Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=flow
    )


# -- personal numbers that only the decoded text shows whole ------------------------------------
# Synthetic numbers that pass both check digits (readiness/personal_data.py). The last two have
# no leading zero, so they survive being written as an integer (hex, digit groups, a float).
PERSONAL_NUMBERS = (FNR_LIKE, "15076500565", "10101500042")
_MARK = "ZQXJMERKE"  # a plain scalar in both dumps, replaced by the written number
_PREFIXES = ("", "tlf ", "Sak ", "nr. ")
_SUFFIXES = ("", " privat", "!")


def _escaped(d: Draw, number: str, *, is_json: bool) -> str:
    """``number`` with some of its digits written as escapes (at least one): ``\\x33``,
    ``\\u0033``, ``\\U00000033`` in YAML's double quotes, ``\\u0033`` in JSON."""
    forced = d.integer(0, len(number) - 1)
    out = []
    for i, ch in enumerate(number):
        form = d.integer(1, 3) if i == forced else d.integer(0, 3)
        if form == 0:
            out.append(ch)
        elif is_json or form == 2:
            out.append(f"\\u{ord(ch):04{d.choice('xX')}}")
        elif form == 1:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return "".join(out)


def written_number(
    d: Draw, number: str, *, is_json: bool, key: bool, block: bool, indent: int
) -> tuple[str, str]:
    """(form, scalar) that writes ``number`` where a YAML or JSON scalar stands: plain, quoted,
    with escapes, split by an escaped line break, in a block scalar, or as a number (hex,
    digit groups, a float) that is the identity number once decoded. ``key``: the scalar is a
    mapping key (one line; in JSON a string); ``block``: it ends a line in block context;
    ``indent``: that line's indentation."""
    forms = ["plain", "single", "double", "escaped", "escaped", "line_break", "number"]
    if is_json:
        forms = ["double", "escaped", "escaped", "number"]
    if key:
        forms = [f for f in forms if f not in ("line_break", "number")] or ["double"]
    elif block:
        forms.append("block_scalar")
    if number.startswith("0"):  # an integer loses the leading zero
        forms = [f for f in forms if f != "number"]
    form = d.choice(forms)
    prefix, suffix = d.choice(_PREFIXES), d.choice(_SUFFIXES)
    if form == "plain":
        return form, f"{prefix}{number}{suffix}"
    if form == "single":
        return form, f"'{prefix}{number}{suffix}'"
    if form == "double":
        return form, f'"{prefix}{number}{suffix}"'
    if form == "escaped":
        return form, f'"{prefix}{_escaped(d, number, is_json=is_json)}{suffix}"'
    if form == "line_break":  # an escaped line break joins the lines with nothing between
        cut = d.integer(1, len(number) - 1)
        return form, f'"{prefix}{number[:cut]}\\\n{" " * (indent + 8)}{number[cut:]}{suffix}"'
    if form == "block_scalar":
        style = d.choice(["|", ">", "|-", ">-"])
        return form, f"{style}\n{' ' * (indent + 4)}{prefix}{number}{suffix}"
    value = int(number)
    # (JSON's 1.5e10 is no YAML 1.1 float: the reader, PyYAML's composer, takes it as text)
    written = d.choice(["decimal"] if is_json else ["decimal", "hex", "octal", "grouped", "float"])
    if written == "hex":
        return "hex", f"0x{value:x}"
    if written == "octal":  # YAML 1.1: a leading 0
        return "octal", f"0{value:o}"
    if written == "grouped":  # YAML 1.1: 1_000
        return "grouped", f"{number[:2]}_{number[2:5]}_{number[5:]}"
    if written == "float":
        return "float", f"{number[0]}.{number[1:]}e+10"
    return "decimal", number


def _containers(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    out: list[tuple[tuple[Any, ...], Any]] = []
    if isinstance(data, (dict, list)):
        out.append((path, data))
        items = data.items() if isinstance(data, dict) else enumerate(data)
        for k, v in items:
            out += _containers(v, (*path, k))
    return out


def _hide(d: Draw, data: dict[str, Any], where: str) -> str:
    """Put _MARK into ``data`` as ``where`` says, in a container chosen at random; returns
    where it went (a list has items only, an empty mapping gets a key)."""
    _, node = d.choice(_containers(data))
    if isinstance(node, list):
        node.insert(d.integer(0, len(node)), _MARK)
        return "item"
    keys = list(node)
    if where == "value" and keys:
        node[d.choice(keys)] = _MARK
        return "value"
    if where == "key" and keys:
        old = d.choice(keys)
        items = list(node.items())
        node.clear()
        node.update((_MARK if k == old else k, v) for k, v in items)
        return "key"
    node[_MARK] = d.choice(["x", 1, None])
    return "new_key"


def personal_case(d: Draw, data: dict[str, Any], *, is_json: bool) -> tuple[str, str, str]:
    """A file that hides one of PERSONAL_NUMBERS in ``data`` (changed in place): as a key, a
    value, a list item, an added key, or (YAML) in a comment, in block or flow style, written
    in one of ``written_number``'s forms. Returns (what was done, the file's text, the number)."""
    number = d.choice(PERSONAL_NUMBERS)
    where = d.choice(["value", "key", "item", "new_key"] + ([] if is_json else ["comment"]))
    if where != "comment":
        where = _hide(d, data, where)
    style = None if is_json else d.choice([False, None, True])
    if is_json:
        text = json.dumps(data, default=str, ensure_ascii=d.boolean(), indent=d.choice([None, 2]))
        token = f'"{_MARK}"'
    else:
        dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
        text = yaml.dump(
            data, Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=style
        )
        token = _MARK
    if where == "comment":
        lines = text.splitlines(keepends=True)
        lines.insert(d.integer(0, len(lines)), f"# kontakt {d.choice(_PREFIXES)}{number}\n")
        return where, "".join(lines), number
    at = text.index(token)
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    form, scalar = written_number(
        d,
        number,
        is_json=is_json,
        key=where in ("key", "new_key"),
        block=style is False and where in ("value", "item") and line.endswith(token),
        indent=len(line) - len(line.lstrip(" ")),
    )
    layout = "json" if is_json else {False: "block", None: "mixed", True: "flow"}[style]
    return f"{where}/{form}/{layout}", text[:at] + scalar + text[at + len(token) :], number


# billion laughs: each level repeats the previous one nine times (9**9 leaves)
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]\n"
    for i in range(8)
)


TAGS = [
    "!!timestamp",
    "!!bool",
    "!!int",
    "!!float",
    "!!null",
    "!!str",
    "!!binary",
    "!!set",
    "!!omap",
    "!!merge",
    "!!python/name:os.system",
    "!custom",
    "!<tag:yaml.org,2002:int>",
]


def _text_mutation(rng: random.Random, text: str) -> tuple[str, bytes]:
    """A textual mutation; returns (kind, bytes to write)."""
    kind = rng.choice(
        [
            "random_bytes",
            "truncate",
            "flip",
            "tabs",
            "bom",
            "utf16",
            "latin1",
            "bomb",
            "anchor",
            "duplicate",
            "fnr_line",
            "insert_junk",
            "empty",
            "binary_prefix",
            "deep_flow",
            "tagged",
        ]
    )
    lines = text.splitlines(keepends=True)
    if kind == "random_bytes":
        return kind, bytes(rng.getrandbits(8) for _ in range(rng.choice([0, 1, 10, 500, 5000])))
    if kind == "truncate":
        return kind, text[: rng.randrange(len(text) + 1)].encode()
    if kind == "flip":
        data = bytearray(text.encode())
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.getrandbits(8)
        return kind, bytes(data)
    if kind == "tabs":
        return kind, re.sub(
            r"^( +)", lambda m: "\t" * rng.randint(1, 2), text, count=rng.randint(1, 5), flags=re.M
        ).encode()
    if kind == "bom":
        return kind, b"\xef\xbb\xbf" + text.encode() + (
            b"\xef\xbb\xbf" if rng.random() < 0.3 else b""
        )
    if kind == "utf16":
        return kind, text.encode(rng.choice(["utf-16", "utf-16-le", "utf-32"]))
    if kind == "latin1":
        return kind, text.encode("latin-1", errors="replace")
    if kind == "bomb":
        return kind, (text + BOMB + "parties: *i\n").encode()
    if kind == "anchor":
        return kind, text.replace(
            "parties:", "parties: &p", 1
        ).encode() + b"extra: *p\n" + b"x: *nowhere\n" * rng.randint(0, 1)
    if kind == "duplicate":
        i = rng.randrange(len(lines))
        return kind, "".join(lines[: i + 1] + [lines[i]] + lines[i + 1 :]).encode()
    if kind == "fnr_line":
        i = rng.randrange(len(lines))
        return kind, "".join(lines[:i] + [f"# kontakt {FNR_LIKE}\n"] + lines[i:]).encode()
    if kind == "insert_junk":
        junk = rng.choice(
            [
                "{",
                "]",
                ": :",
                "- - -",
                "!!python/object:os.system ls",
                "!!binary aGk=",
                "&",
                "*",
                "%YAML 9.9",
                "---",
                "...",
                "? [a]",
                "<<: {a: 1}",
                "\x00",
                "\x1b[31m",
            ]
        )
        i = rng.randrange(len(lines) + 1)
        return kind, "".join(lines[:i] + [junk + "\n"] + lines[i:]).encode()
    if kind == "deep_flow":  # crashed PyYAML's C composer (C stack) before composed._too_deep
        n = rng.choice([50, 5000, 100_000])
        return kind, (text + "x: " + "[" * n + "]" * n + "\n").encode()
    if kind == "tagged":  # an explicit tag on a value it may not fit (!!bool maybe: an
        # internal error before composed.construct)
        tag = rng.choice(TAGS)
        values = [i for i, line in enumerate(lines) if re.match(r" *[\w-]+: +\S", line)]
        for i in rng.sample(values, min(len(values), rng.randint(1, 3))):
            lines[i] = re.sub(r"(: +)", lambda m: f"{m.group(1)}{tag} ", lines[i], count=1)
        return kind, "".join(lines).encode()
    if kind == "empty":
        return kind, rng.choice([b"", b"   \n", b"---\n", b"~\n", b"[]\n", b"42\n", b"- a\n"])
    return kind, rng.choice([b"\x00\x01", b"\xff\xfe", b"\x89PNG\r\n"]) + text.encode()


def cases(seed: int) -> Any:
    """An endless stream of (kind, suffix, bytes)."""
    rng = random.Random(seed)
    seeds = _seeds(rng)
    while True:
        data = json.loads(json.dumps(rng.choice(seeds), default=str))  # deep copy, dates as text
        if rng.random() < 0.5:
            kind, text = _data_mutation(rng, data)
            suffix = ".json" if kind == "json" else rng.choice([".yaml", ".yml"])
            yield kind, suffix, text.encode("utf-8")
        else:
            kind, raw = _text_mutation(rng, dump_yaml(data))
            yield kind, rng.choice([".yaml", ".yaml", ".json"]), raw


LOCATED = re.compile(r":(\d+):(\d+): ")


def judge(path: str, exit_code: int, output: str, exception: BaseException | None) -> str | None:
    """None when the run kept the contract, else what went wrong."""
    if exception is not None and not isinstance(exception, SystemExit):
        return f"exception {type(exception).__name__}: {exception}"
    if "Traceback" in output:
        return "traceback in output"
    if exit_code == 2:
        # the path as shown (absolute, or relative to the working directory)
        if not re.search(re.escape(Path(path).name) + LOCATED.pattern, output):
            return "exit 2 without FILE:LINE:COL"
        return None
    if exit_code in (0, 1):
        return None
    return f"exit code {exit_code}"


def run(count: int, seed: int = 1, subprocesses: int = 0, verbose: bool = False) -> dict[str, Any]:
    """Run ``count`` cases in process (plus ``subprocesses`` as real processes)."""
    from click.testing import CliRunner

    from readiness.cli import main

    runner = CliRunner()
    stats: Counter[str] = Counter()
    failures: list[tuple[str, str, str]] = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="readiness-fuzz-") as tmp:
        stream = cases(seed)
        for i in range(count):
            kind, suffix, raw = next(stream)
            path = str(Path(tmp) / f"case-{i}{suffix}")
            Path(path).write_bytes(raw)
            result = runner.invoke(main, ["check", path, "--as-of", AS_OF])
            stats[f"exit {result.exit_code}"] += 1
            problem = judge(path, result.exit_code, result.output, result.exception)
            if problem:
                stats["failures"] += 1
                if "Traceback" in result.output or (
                    result.exception and not isinstance(result.exception, SystemExit)
                ):
                    stats["tracebacks"] += 1
                keep = Path(tmp).parent / f"readiness-fuzz-failure-{seed}-{i}{suffix}"
                keep.write_bytes(raw)
                failures.append((kind, str(keep), problem))
                if verbose:
                    print(f"FAIL {kind} {keep}: {problem}", file=sys.stderr)
        for i in range(subprocesses):
            kind, suffix, raw = next(stream)
            path = str(Path(tmp) / f"proc-{i}{suffix}")
            Path(path).write_bytes(raw)
            proc = subprocess.run(
                [sys.executable, "-m", "readiness.cli", "check", path, "--as-of", AS_OF],
                capture_output=True,
                text=True,
                errors="replace",
                cwd=ROOT,
                timeout=60,
            )
            stats["subprocess cases"] += 1
            problem = judge(path, proc.returncode, proc.stdout + proc.stderr, None)
            if problem or proc.returncode < 0:
                stats["failures"] += 1
                stats["tracebacks"] += "Traceback" in proc.stderr
                failures.append((kind, path, problem or f"signal {-proc.returncode}"))
    return {
        "cases": count + subprocesses,
        "tracebacks": stats["tracebacks"],
        "failures": stats["failures"],
        "seconds": round(time.perf_counter() - start, 1),
        "exit_codes": {k: v for k, v in sorted(stats.items()) if k.startswith("exit")},
        "failure_examples": failures[:10],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--subprocess", type=int, default=20, help="cases run as real processes too")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    report = run(args.cases, args.seed, args.subprocess, args.verbose)
    print(
        f"fuzz: {report['cases']} cases ({args.subprocess} as subprocesses), "
        f"{report['tracebacks']} tracebacks, {report['failures']} contract failures, "
        f"{report['seconds']} s; {report['exit_codes']}"
    )
    for kind, path, problem in report["failure_examples"]:
        print(f"  {kind}: {path}: {problem}")
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
