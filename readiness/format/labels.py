"""The format's keys and choices in the reader's words (readiness/text/fields.py): a key by its
path in a file (``("parties", 2, "stance")`` or ``parties[siljan].stance``), list items left
out, and a choice of a key by its value."""

from __future__ import annotations

import re
from collections.abc import Sequence

from readiness.text import MESSAGES, Lang, t

_ITEM = re.compile(r"\[[^\]]*\]")


def _key(path: str | Sequence[str | int]) -> str:
    if isinstance(path, str):
        return _ITEM.sub("", path)
    return ".".join(str(step) for step in path if not isinstance(step, int))


def field_label(path: str | Sequence[str | int], lang: Lang) -> str | None:
    """The label of the key at ``path``; None for a path the format does not have."""
    key = f"field.{_key(path)}"
    return t(key, lang) if key in MESSAGES else None


def choice_label(path: str | Sequence[str | int], value: object, lang: Lang) -> str | None:
    """What the choice ``value`` of the key at ``path`` means; None when it is no choice."""
    key = f"choice.{_key(path)}.{value}"
    return t(key, lang) if key in MESSAGES else None
