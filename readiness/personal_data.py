"""The personal-data guard: refuse files holding what looks like a Norwegian national
identity number (fødselsnummer / D-number), without ever echoing the number.

The guard reads a file twice: its raw text (``scan``: comments too), and its decoded keys and
values (``scan_document``: after escapes such as ``\\x34`` or ``\\u0034``, escaped line
breaks, and numbers written in another base), whichever reader built them. ``found`` is the
same test for any other text the user gives (a file name, a ``--set``, a form field), and
``redact`` replaces such numbers in what is shown (readiness.text.t, for every message)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when needed: readiness.text imports this module, errors imports it
    from readiness.errors import Problem
    from readiness.read.document import Document

# Identity numbers are written with the digits 0-9 (not other scripts' digits).
_ELEVEN = re.compile(r"(?<![0-9])[0-9]{11}(?![0-9])")
# The cheap pre-check, on the UTF-8 bytes with every digit made 0: a tenth of the cost of a
# regular expression search (about 40 us for a 1 KB file; most files hold no such run at all).
_ZEROED = bytes.maketrans(b"0123456789", b"0" * 10)
_RUN = b"0" * 11
_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
# Integers from here up have 11 digits or more, so they may be an identity number.
_ELEVEN_DIGITS = 10**10


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


def scan(text: str) -> list[Problem]:
    """One problem per line that holds a likely identity number (line and column, no number)."""
    problems: list[Problem] = []
    if not _may_hold(text):
        return problems
    from readiness.errors import Problem

    for lineno, line in enumerate(text.splitlines(), start=1):
        for match in _ELEVEN.finditer(line):
            if is_fnr(match.group()):
                problems.append(Problem("personal.fnr", lineno, match.start() + 1))
                break
    return problems


def scan_name(name: str) -> list[Problem]:
    """The problem of a file whose name (or path) holds a likely identity number."""
    if not found(name):
        return []
    from readiness.errors import Problem

    return [Problem("personal.fnr_name")]


# -- decoded keys and values --------------------------------------------------------------------
Path = tuple[str | int, ...]


def _texts(data: Any, out: list[str]) -> None:
    """Append every key and scalar of ``data`` that may hold a number, as text, to ``out``."""
    items = data.items() if type(data) is dict else enumerate(data)
    for key, value in items:
        if type(key) is str:
            out.append(key)
        kind = type(value)
        if kind is str:
            out.append(value)
        elif kind is dict or kind is list:
            _texts(value, out)
        elif kind is float or (kind is int and not -_ELEVEN_DIGITS < value < _ELEVEN_DIGITS):
            out.append(str(value))


def _holding(data: Any, path: Path = ()) -> Iterator[tuple[Path, bool]]:
    """(path, is the key) of every key and scalar of ``data`` that holds a likely number."""
    items = data.items() if type(data) is dict else enumerate(data)
    for key, value in items:
        here = (*path, key)
        if type(key) is str and found(key):
            yield here, True
        if isinstance(value, (dict, list)):
            yield from _holding(value, here)
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            if found(value if isinstance(value, str) else str(value)):
                yield here, False


def in_data(data: Any) -> bool:
    """Does plain data (a mapping or a list, as a reader builds it) hold a likely number in a
    key or a value, once decoded?"""
    if isinstance(data, (dict, list)):
        texts: list[str] = []
        _texts(data, texts)
        return found("\n".join(texts))
    return isinstance(data, (str, int, float)) and found(str(data))


# The decoded keys and values show a number the raw text does not only where the text has an
# escape that writes a digit (\x34, \u0034, \U00000034) or an escaped line break (which joins
# two lines with nothing between), or a number written in a form that decodes to other
# digits: hex 0x, binary 0b, digit groups 1_000, base 60 1:30, an exponent 1.5e+10 or 1.e+10,
# octal (a leading 0, then 11 digits or more), or a float of 11 digits with more decimals than
# it keeps (15076500564.9999999 reads as 15076500565.0). Other escapes write no digit, and
# folding joins lines with a space or a line break, never digit to digit. So the decoded data
# is walked (a tenth of the time a file takes to read, bench/) only when the raw text holds
# such an escape, or, seen with its digits and points made 0 and the letters of those forms
# x, a 0x or a run of 11 zeros. Most files hold none. tests/test_personal_data.py hides
# numbers in each form.
_DIGIT_ESCAPE = re.compile(r"\\(?:x3|u003|U0000003)[0-9]|\\[\r\n\x85\u2028\u2029]")
_FORMS = bytes.maketrans(b"0123456789._:xXbBeE", b"00000000000xxxxxxxx")


def _may_decode(text: str) -> bool:
    if "\\" in text and _DIGIT_ESCAPE.search(text):
        return True
    classes = text.encode("utf-8", "surrogatepass").translate(_FORMS)
    return b"0x" in classes or _RUN in classes


def scan_document(doc: Document, text: str, known: list[Problem] | None = None) -> list[Problem]:
    """One problem per line whose decoded keys or values (``doc``, read from ``text``) hold a
    likely identity number, where the key or value stands; none for the lines in ``known``
    (found in the raw text already).

    One pass gathers the text of every key and value and looks at it with the cheap
    pre-check; only a file that holds a number is walked again to place it."""
    if not _may_decode(text) or not in_data(doc.data):
        return []
    from readiness.errors import Problem

    lines = {p.line for p in known or () if p.key == "personal.fnr"}
    problems: list[Problem] = []
    for path, is_key in _holding(doc.data):
        line, col = (doc.key_at(path) if is_key else None) or doc.locate_value(path)
        if line not in lines:
            lines.add(line)
            problems.append(Problem("personal.fnr", line, col))
    return problems
