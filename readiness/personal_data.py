"""The personal-data guard: refuse files holding what looks like a Norwegian national
identity number (fødselsnummer / D-number), without ever echoing the number.

The reader (readiness/read/document.py) applies it twice to a file: to its raw text (``scan``:
comments too) and to every decoded key and value (``found``: after escapes such as ``\\x34``,
escaped line breaks, numbers written in another base). ``found`` is the same test for any other
text the user gives (a file name, a ``--set``, a form field), and ``redact`` replaces such
numbers in what is shown (readiness.text.t, for every message). This module imports nothing of
readiness: every other layer may use it."""

from __future__ import annotations

import re
from typing import Any

# Identity numbers are written with the digits 0-9 (not other scripts' digits).
_ELEVEN = re.compile(r"(?<![0-9])[0-9]{11}(?![0-9])")
# The cheap pre-check, on the UTF-8 bytes with every digit made 0: a tenth of the cost of a
# regular expression search (about 40 us for a 1 KB file; most files hold no such run at all).
_ZEROED = bytes.maketrans(b"0123456789", b"0" * 10)
_RUN = b"0" * 11
_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _control(digits: list[int], weights: tuple[int, ...]) -> int | None:
    rest = 11 - sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
    if rest == 11:
        return 0
    return None if rest == 10 else rest


def is_fnr(number: str) -> bool:
    """True when ``number`` (11 digits) passes both check digits (the date part is not checked,
    so D-numbers and synthetic test numbers count too)."""
    d = [int(c) for c in number]
    k1 = _control(d[:9], _W1)
    if k1 is None or k1 != d[9]:
        return False
    k2 = _control(d[:10], _W2)
    return k2 is not None and k2 == d[10]


def _may_hold(text: str) -> bool:
    """Does ``text`` hold a run of 11 digits at all (the cheap pre-check)?"""
    return _RUN in text.encode("utf-8", "surrogatepass").translate(_ZEROED)


def found(text: str) -> bool:
    """Does ``text`` hold a likely identity number?"""
    return _may_hold(text) and any(is_fnr(m.group()) for m in _ELEVEN.finditer(text))


def redact(text: str, placeholder: str) -> str:
    """``text`` with every likely identity number replaced by ``placeholder``."""
    if not _may_hold(text):
        return text
    return _ELEVEN.sub(lambda m: placeholder if is_fnr(m.group()) else m.group(), text)


def scan(text: str) -> list[tuple[int, int]]:
    """(line, column) of the first likely identity number on each line of ``text`` that holds
    one (the number itself is never kept)."""
    places: list[tuple[int, int]] = []
    if not _may_hold(text):
        return places
    for lineno, line in enumerate(text.splitlines(), start=1):
        for match in _ELEVEN.finditer(line):
            if is_fnr(match.group()):
                places.append((lineno, match.start() + 1))
                break
    return places


def in_data(data: Any) -> bool:
    """Does plain data (a mapping, a list or a scalar) hold a likely number in a key or a
    value?"""
    if isinstance(data, dict):
        return any(in_data(k) or in_data(v) for k, v in data.items())
    if isinstance(data, list):
        return any(in_data(v) for v in data)
    return not isinstance(data, bool) and isinstance(data, (str, int, float)) and found(str(data))
