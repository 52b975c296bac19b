"""The personal-data guard: refuse files holding what looks like a Norwegian national
identity number (fødselsnummer / D-number), without ever echoing the number."""

from __future__ import annotations

import re

from readiness.errors import Problem

_ELEVEN = re.compile(r"(?<!\d)\d{11}(?!\d)")
_RUN = re.compile(r"\d{11}")  # the cheap pre-check: the look-arounds cost twice the scan
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


def scan(text: str) -> list[Problem]:
    """One problem per line that holds a likely identity number (line and column, no number)."""
    problems: list[Problem] = []
    if not _RUN.search(text):  # fast path: most files hold no 11-digit run at all
        return problems
    for lineno, line in enumerate(text.splitlines(), start=1):
        for match in _ELEVEN.finditer(line):
            if is_fnr(match.group()):
                problems.append(Problem("personal.fnr", lineno, match.start() + 1))
                break
    return problems
