"""Fuzzing the loader, the CLI and the web server with malformed input:
``python -m bench.fuzz --cases 10000`` (``--help`` lists the options and the kinds of case).

Each case is a file built from a valid initiative (the examples and bench/corpus.py) by one
mutation: random bytes, truncation, a wrong type at a key, an unknown key, deep nesting, huge
strings and lists, tabs, BOMs, UTF-16 / Latin-1, alias bombs, duplicate keys, JSON; personal
numbers hidden in every position and written in every form that decodes to one (escapes,
escaped line breaks, hex, octal, exponents: bench.fuzz.personal_case); integers too long for
any value (5,000 digits, also hex, octal and exponents); lone UTF-16 surrogates. Each file goes
through one way in, in this process (fast): ``readiness check`` in one of its six formats,
``report``, ``plan``, ``whatif``, ``diff``, or an upload to ``readiness serve`` (Flask's test
client); some cases give ``whatif`` a ``--set`` holding such a value instead. Others are not files:
a FIFO, a device, a directory, a socket as the input, or a request with a foreign Host header.

The contract: exit 2 with a FILE:LINE:COL location (or a usage message, for what is not a
file), or a valid result (exit 0/1) when the mutation happens to be valid; never exit 3, never
a traceback, never a case that runs past HANG_SECONDS, never an 11-digit run that passes both
check digits in any output, report or HTTP response (``leaks``); a foreign Host is refused
(4xx), any other request is answered below 500. ``--subprocess N`` also runs N cases as real
processes and looks for a traceback on stderr.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import io
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
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
        ["wrong_type", "unknown_key", "deep", "huge_string", "huge_list", "delete", "json"]
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
    # the forms YAML 1.2's core schema reads as this number (JSON: decimal and exponent)
    written = d.choice(["decimal", "float"] if is_json else ["decimal", "hex", "octal", "float"])
    if written == "hex":
        return "hex", f"0x{value:x}"
    if written == "octal":
        return "octal", f"0o{value:o}"
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


def _dumped(d: Draw, data: dict[str, Any], *, is_json: bool) -> tuple[str, str, bool | None]:
    """``data`` as JSON or YAML (block, mixed or flow), the token _MARK became, and the style."""
    if is_json:
        text = json.dumps(data, default=str, ensure_ascii=d.boolean(), indent=d.choice([None, 2]))
        return text, f'"{_MARK}"', None
    style = d.choice([False, None, True])
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(
        data, Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=style
    )
    return text, _MARK, style


def _line_of(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


def personal_case(d: Draw, data: dict[str, Any], *, is_json: bool) -> tuple[str, str, str]:
    """A file that hides one of PERSONAL_NUMBERS in ``data`` (changed in place): as a key, a
    value, a list item, an added key, or (YAML) in a comment, in block or flow style, written
    in one of ``written_number``'s forms. Returns (what was done, the file's text, the number)."""
    number = d.choice(PERSONAL_NUMBERS)
    where = d.choice(["value", "key", "item", "new_key"] + ([] if is_json else ["comment"]))
    if where != "comment":
        where = _hide(d, data, where)
    text, token, style = _dumped(d, data, is_json=is_json)
    if where == "comment":
        lines = text.splitlines(keepends=True)
        lines.insert(d.integer(0, len(lines)), f"# kontakt {d.choice(_PREFIXES)}{number}\n")
        return where, "".join(lines), number
    at = text.index(token)
    line = _line_of(text, at)
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


# -- values no reader can give: integers too long for any value, lone surrogates ----------------
def _huge_integer(d: Draw, is_json: bool) -> tuple[str, str]:
    """(form, scalar): an integer past int()'s 4,300 digits, or just past the reader's 100
    characters, in decimal, hex or octal, or a float's long exponent."""
    forms = ["decimal", "negative", "just_past"]
    if not is_json:
        forms += ["hex", "octal", "exponent"]
    form = d.choice(forms)
    n = d.choice([101, 4301, 5000, 20_000])
    written = {
        "decimal": "1" * n,
        "negative": "-" + "9" * n,
        "just_past": "9" * 101,
        "hex": "0x" + "f" * n,
        "octal": "0o" + "7" * n,
        "exponent": "1e" + "1" * n,
    }[form]
    return form, written


# JSON's \u escapes of lone surrogates (and one pair, which is one character), YAML's too
_SURROGATE_ESCAPES = (
    "\\ud800",
    "\\udfff",
    "x\\udbff",
    "\\ude00\\ud83d",
    "\\ud83d\\u0041",
    "\\ud83d\\ude00",
)


def value_case(d: Draw, data: dict[str, Any], *, is_json: bool) -> tuple[str, str]:
    """A file with an integer too long for any value, or a string with a lone surrogate (or
    a surrogate pair), as a value, a list item or a key. Returns (what was done, text)."""
    huge = d.boolean()
    where = _hide(
        d, data, d.choice(["value", "item", "key", "new_key"] if not huge else ["value", "item"])
    )
    text, token, _ = _dumped(d, data, is_json=is_json)
    if huge:
        form, scalar = _huge_integer(d, is_json)
        kind = "huge_int"
    else:
        form = d.choice(_SURROGATE_ESCAPES + (("\\U0000d800",) if not is_json else ()))
        scalar, kind = f'"{form}"', "surrogate"
    at = text.index(token)
    return f"{kind}/{where}/{form[:12]}", text[:at] + scalar + text[at + len(token) :]


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
            "surrogate_bytes",
        ]
    )
    lines = text.splitlines(keepends=True)
    if kind == "surrogate_bytes":  # what Python's surrogatepass writes: no UTF-8 at all
        at = rng.randrange(len(text) + 1)
        return kind, (text[:at] + "\ud800" + text[at:]).encode("utf-8", "surrogatepass")
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


def cases(seed: int) -> Iterator[tuple[str, str, bytes]]:
    """An endless stream of files: (kind, suffix, bytes)."""
    rng = random.Random(seed)
    draw = RandomDraw(rng=rng)
    seeds = _seeds(rng)
    while True:
        data = json.loads(json.dumps(rng.choice(seeds), default=str))  # deep copy, dates as text
        roll = rng.random()
        is_json = rng.random() < 0.35
        suffix = ".json" if is_json else rng.choice([".yaml", ".yml"])
        if roll < 0.15:
            what, text, _ = personal_case(draw, data, is_json=is_json)
            yield "personal/" + what, suffix, text.encode("utf-8")
        elif roll < 0.25:
            what, text = value_case(draw, data, is_json=is_json)
            yield what, suffix, text.encode("utf-8")
        elif roll < 0.6:
            kind, text = _data_mutation(rng, data)
            suffix = ".json" if kind == "json" else rng.choice([".yaml", ".yml"])
            yield kind, suffix, text.encode("utf-8")
        else:
            kind, raw = _text_mutation(rng, dump_yaml(data))
            yield kind, rng.choice([".yaml", ".yaml", ".json"]), raw


LOCATED = re.compile(r":(\d+):(\d+): ")
# How each format places a problem (after the file's name): FILE:LINE:COL in text (and junit's
# messages, and the short text a run with -o writes), else the format's own fields.
PLACED = {
    "json": r'[\s\S]*"line": \d+, "column": \d+',
    "sarif": r'[\s\S]*"startLine": \d+',
    "github": r",line=\d+,col=\d+",
    "markdown": r"[\s\S]*\| \d+:\d+ \|",
}
USAGE = re.compile(r"^readiness: ", re.M)
FORMATS = ("text", "json", "sarif", "junit", "github", "markdown")
# How a file goes in: check in each format (most often), the other commands, the web server.
WAYS = ("check", "check", "check", "check", "report", "plan", "whatif", "diff", "web", "web")
# What is not a file (each its own kind); ``--skip`` leaves kinds out.
OTHER_KINDS = ("set", "fifo", "device", "directory", "socket", "host")
HANG_SECONDS = 20  # the slowest file here takes about 2 s (100,000 nested brackets) ...
HANG_SECONDS_OTHER = 3  # ... and what is not a file is refused at once
READY = ROOT / "examples" / "vestfold-nord-klar.yaml"


def judge(
    path: str,
    exit_code: int,
    output: str,
    exception: BaseException | None,
    *,
    fmt: str = "text",
    usage_ok: bool = False,
) -> str | None:
    """None when the run kept the contract, else what went wrong. ``fmt``: the output's
    format; ``usage_ok``: exit 2 may come with a usage message (``readiness: ...``) instead
    of a place in the file."""
    if exception is not None and not isinstance(exception, SystemExit):
        return f"exception {type(exception).__name__}: {exception}"
    if "Traceback" in output:
        return "traceback in output"
    if exit_code == 2:
        # the path as shown (absolute, or relative to the working directory)
        placed = PLACED.get(fmt, LOCATED.pattern)
        if re.search(re.escape(Path(path).name) + placed, output):
            return None
        if usage_ok and USAGE.search(output):
            return None
        return f"exit 2 without FILE:LINE:COL ({fmt})"
    if exit_code in (0, 1):
        return None
    return f"exit code {exit_code}"


def _is_identity_number(digits: str) -> bool:
    """Both check digits of a fødselsnummer: written again here, apart from
    readiness/personal_data.py, so that a mistake there cannot hide a leak."""
    d = [int(c) for c in digits]
    for weights, at in (((3, 7, 6, 1, 8, 9, 4, 5, 2), 9), ((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), 10)):
        rest = 11 - sum(x * w for x, w in zip(d, weights, strict=False)) % 11
        if rest == 10 or (0 if rest == 11 else rest) != d[at]:
            return False
    return True


def leaks(text: str) -> list[str]:
    """The likely identity numbers ``text`` shows (none, if the guard holds)."""
    runs = re.findall(r"(?<![0-9])[0-9]{11}(?![0-9])", text)
    return [run for run in runs if _is_identity_number(run)]


class Hang(BaseException):
    """A case ran past HANG_SECONDS (a BaseException: the CLI's handler catches Exception)."""


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise Hang in this (the main) thread when the block runs past ``seconds``; a blocking
    open() or read() is interrupted too."""
    if not hasattr(signal, "setitimer"):  # pragma: no cover - not on Windows
        yield
        return

    def alarm(signum: int, frame: Any) -> None:
        raise Hang()

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# -- the ways in -------------------------------------------------------------------------------
def _cli_args(
    rng: random.Random, way: str, path: str, tmp: str
) -> tuple[list[str], str, str | None]:
    """(arguments, the format that places a problem, a file the command writes) for ``way``
    reading ``path``. Every command places an input problem as text does, but check."""
    common = ["--as-of", AS_OF, "--lang", rng.choice(["nb", "nb", "en"])]
    if way == "check":
        fmt = rng.choice(FORMATS)
        if rng.random() < 0.2:  # the report to a file; the terminal gets the short text
            out = str(Path(tmp) / f"out.{rng.choice(['sarif', 'xml', 'json', 'md'])}")
            return ["check", path, "--format", fmt, "-o", out, *common], "text", out
        return ["check", path, "--format", fmt, *common], fmt, None
    if way in ("report", "plan", "whatif"):
        fmt = rng.choice(["html", "md"] if way == "report" else ["text", "json"])
        edit = ["--set", rng.choice(["initiative.name=Nytt navn", "agreement.status=signed"])]
        args = [way, path, *(edit if way == "whatif" else []), "--format", fmt, *common]
        return args, "text", None
    pair = [path, str(READY)] if rng.random() < 0.5 else [str(READY), path]
    fmt = rng.choice(["text", "json", "markdown"])
    return ["diff", *pair, "--format", fmt, *common], "text", None


def _set_case(rng: random.Random) -> tuple[str, str]:
    """(what, a --set for whatif on a valid file) holding a personal number, an integer too
    long, or a character that is none, in the path or the value."""
    draw = RandomDraw(rng=rng)
    number = rng.choice(PERSONAL_NUMBERS)
    kind = rng.choice(["personal", "personal", "personal_path", "huge_int", "surrogate"])
    if kind == "personal_path":
        return kind, rng.choice([f"parties[{number}].kind=school", f"initiative.{number}=x"])
    path = rng.choice(["initiative.name", "catchment.population", "parties[0].name", "lead_body"])
    if kind == "personal":
        form, value = written_number(draw, number, is_json=False, key=False, block=False, indent=0)
        if form == "line_break":
            form, value = "escaped", f'"{_escaped(draw, number, is_json=False)}"'
        return f"{kind}/{form}", f"{path}={rng.choice(['{}', '[a, {}]'])}".format(value)
    if kind == "huge_int":
        form, value = _huge_integer(draw, is_json=False)
        return f"{kind}/{form}", f"{path}={value}"
    return kind, rng.choice([f'{path}="\\ud800"', f"{path}=\udcff", f'{path}=["\\udfff"]'])


def _special_file(kind: str, path: Path) -> None:
    """Make ``path`` a FIFO (no writer: reading it would wait for ever), a device, a
    directory or a socket, where a file is expected."""
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        os.symlink(random.choice(["/dev/zero", "/dev/urandom", "/dev/null"]), path)
    elif kind == "directory":
        path.mkdir()
    else:
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
        sock.close()


class _Web:
    """``readiness serve``'s application, answered in this process by Flask's test client."""

    def __init__(self) -> None:
        import datetime as dt

        from readiness.web.app import create_app

        self.client = create_app([], as_of=dt.date.fromisoformat(AS_OF)).test_client()

    def upload(self, rng: random.Random, name: str, raw: bytes) -> list[Any]:
        """Upload ``raw`` as ``name``; then, for some, a what-if on it whose text field holds a
        personal number. Returns the responses."""
        lang = rng.choice(["nb", "en"])
        replies = [
            self.client.post(
                "/upload",
                data={"lang": lang, "file": (io.BytesIO(raw), name)},
                content_type="multipart/form-data",
            )
        ]
        if rng.random() < 0.4:
            number = rng.choice(PERSONAL_NUMBERS)
            form = {
                "lang": lang,
                "whatif": "1",
                "upload_name": name,
                "upload_text": base64.b64encode(raw).decode("ascii"),
                rng.choice(["c:decision.rationale", "c:lead_body", "c:youth_new.with"]): (
                    f"{rng.choice(_PREFIXES)}{number}"
                ),
            }
            route = rng.choice(["/u", "/u/results", "/u/download", "/u/report.md"])
            replies.append(self.client.post(route, data=form, content_type="multipart/form-data"))
        return replies

    def foreign_host(self, rng: random.Random) -> Any:
        host = rng.choice(["evil.example", "127.0.0.1.evil.example", "evil.example:8000", "[::2]"])
        if rng.random() < 0.5:
            return self.client.get("/", headers={"Host": host})
        return self.client.post("/upload", headers={"Host": host}, data={})


def _shown(reply: Any) -> str:
    return reply.get_data(as_text=True) + json.dumps(dict(reply.headers))


def run(
    count: int,
    seed: int = 1,
    subprocesses: int = 0,
    verbose: bool = False,
    skip: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Run ``count`` cases in process (plus ``subprocesses`` as real processes), leaving out
    the kinds in ``skip`` (the first part of a case's kind: ``personal``, ``fifo``, ...)."""
    from click.testing import CliRunner

    from readiness.cli.main import main

    rng = random.Random(seed + 1)  # the ways in; cases(seed) draws the files
    runner = CliRunner()
    web: _Web | None = None
    stats: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    failures: list[tuple[str, str, str]] = []
    start = time.perf_counter()
    others = [k for k in OTHER_KINDS if k not in skip]

    def cli(
        args: list[str], fmt: str, out: str | None, usage_ok: bool, refused: bool = False
    ) -> tuple[str, str | None]:
        """Run ``args``; (all it showed, what went wrong). ``refused``: only exit 2 is right."""
        result = runner.invoke(main, args)
        shown = result.output
        if out is not None and Path(out).is_file():
            shown += Path(out).read_text(encoding="utf-8", errors="replace")
        stats[f"exit {result.exit_code}"] += 1
        path = args[1] if args[0] != "diff" else next(a for a in args[1:3] if a != str(READY))
        problem = judge(
            path, result.exit_code, result.output, result.exception, fmt=fmt, usage_ok=usage_ok
        )
        if problem and (
            "Traceback" in shown or not isinstance(result.exception, (SystemExit, type(None)))
        ):
            stats["tracebacks"] += 1
        if problem is None and refused and result.exit_code != 2:
            problem = f"exit {result.exit_code}, not 2"
        return shown, problem

    with tempfile.TemporaryDirectory(prefix="readiness-fuzz-") as tmp:
        stream = (c for c in cases(seed) if c[0].split("/")[0] not in skip)
        for i in range(count):
            case_dir = Path(tmp) / f"c{i}"
            case_dir.mkdir()
            other = bool(others) and rng.random() < 0.08
            kind, suffix, raw = (rng.choice(others), ".yaml", b"") if other else next(stream)
            kinds[kind.split("/")[0]] += 1
            path = case_dir / f"case-{i}{suffix}"
            way = kind if other else rng.choice(WAYS)
            shown, problem = "", None
            try:
                with _deadline(HANG_SECONDS_OTHER if other else HANG_SECONDS):
                    if kind == "host":
                        web = web or _Web()
                        reply = web.foreign_host(rng)
                        shown = _shown(reply)
                        if reply.status_code not in (400, 403, 421):
                            problem = f"a foreign Host answered {reply.status_code}"
                    elif kind == "set":  # whatif on a valid file, the --set holding the value
                        what, edit = _set_case(rng)
                        kind = f"set/{what}"
                        args = ["whatif", str(READY), "--set", edit, "--as-of", AS_OF]
                        shown, problem = cli(args, "text", None, True, refused=True)
                    elif other:  # a FIFO, a device, a directory or a socket as the file
                        _special_file(kind, path)
                        args = [rng.choice(["check", "plan", "report"]), str(path)]
                        shown, problem = cli(args, "text", None, True, refused=True)
                    elif way == "web":
                        web = web or _Web()
                        name = path.name
                        if rng.random() < 0.1:
                            name = f"kontakt-{rng.choice(PERSONAL_NUMBERS)}{suffix}"
                        for reply in web.upload(rng, name, raw):
                            shown += _shown(reply)
                            stats[f"http {reply.status_code // 100}xx"] += 1
                            if reply.status_code >= 500 or "Traceback" in shown:
                                stats["tracebacks"] += "Traceback" in shown
                                problem = f"HTTP {reply.status_code}"
                    else:
                        path.write_bytes(raw)
                        args, fmt, out = _cli_args(rng, way, str(path), str(case_dir))
                        shown, problem = cli(args, fmt, out, way in ("whatif", "diff"))
            except Hang:
                stats["hangs"] += 1
                problem = "still running at the deadline"
            if leaks(shown):
                stats["leaks"] += 1
                problem = problem or "shows a personal number"
            if problem:
                stats["failures"] += 1
                keep = "a foreign Host header" if kind == "host" else f"a {kind} as the file"
                if not other:  # the file, kept for a look
                    kept = Path(tmp).parent / f"readiness-fuzz-failure-{seed}-{i}{suffix}"
                    kept.write_bytes(raw)
                    keep = str(kept)
                failures.append((kind, keep, f"{problem} ({way})"))
                if verbose:
                    print(f"FAIL {kind} {keep}: {problem} ({way})", file=sys.stderr)
        for i in range(subprocesses):
            kind, suffix, raw = next(stream)
            path = Path(tmp) / f"proc-{i}{suffix}"
            path.write_bytes(raw)
            try:
                proc = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "readiness.cli.main",
                        "check",
                        str(path),
                        "--as-of",
                        AS_OF,
                    ],
                    capture_output=True,
                    text=True,
                    errors="replace",
                    cwd=ROOT,
                    timeout=HANG_SECONDS * 3,
                )
            except subprocess.TimeoutExpired:
                stats["hangs"] += 1
                stats["failures"] += 1
                failures.append((kind, str(path), "still running (a real process)"))
                continue
            stats["subprocess cases"] += 1
            problem = judge(str(path), proc.returncode, proc.stdout + proc.stderr, None)
            if leaks(proc.stdout + proc.stderr):
                stats["leaks"] += 1
                problem = problem or "shows a personal number (a real process)"
            if problem or proc.returncode < 0:
                stats["failures"] += 1
                stats["tracebacks"] += "Traceback" in proc.stderr
                failures.append((kind, str(path), problem or f"signal {-proc.returncode}"))
    return {
        "cases": count + subprocesses,
        "tracebacks": stats["tracebacks"],
        "hangs": stats["hangs"],
        "leaks": stats["leaks"],
        "failures": stats["failures"],
        "seconds": round(time.perf_counter() - start, 1),
        "exit_codes": {k: v for k, v in sorted(stats.items()) if k.startswith(("exit", "http"))},
        "kinds": dict(sorted(kinds.items())),
        "failure_examples": failures[:10],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="Kinds of case (for --skip): personal, huge_int, surrogate, surrogate_bytes, "
        f"the other mutations' names, and {', '.join(OTHER_KINDS)}.",
    )
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--subprocess", type=int, default=20, help="cases run as real processes too")
    ap.add_argument("--skip", default="", metavar="KIND,...", help="leave these kinds of case out")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    skip = tuple(k for k in args.skip.split(",") if k)
    report = run(args.cases, args.seed, args.subprocess, args.verbose, skip)
    print(
        f"fuzz: {report['cases']} cases ({args.subprocess} as subprocesses), "
        f"{report['tracebacks']} tracebacks, {report['hangs']} hangs, "
        f"{report['leaks']} leaked numbers, {report['failures']} contract failures, "
        f"{report['seconds']} s; {report['exit_codes']}"
    )
    print(f"  kinds: {report['kinds']}")
    for kind, path, problem in report["failure_examples"]:
        print(f"  {kind}: {path}: {problem}")
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
