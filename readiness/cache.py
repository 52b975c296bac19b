"""The cache directory of things built once and reused between runs (the validated catalog,
the initiative format's validator): ~/.cache/readiness, or $READINESS_CACHE_DIR/readiness, or
$XDG_CACHE_HOME/readiness; READINESS_NO_CACHE=1 turns it off.

Entries are pickles named by the SHA-256 of everything they were built from, so a change is a
new name, never a stale hit. A missing, unreadable or corrupt entry is a miss; a cache that
cannot be written is ignored: the cache only ever saves time.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path
from typing import Any, TypeVar

from readiness import __version__

# CPython's built-in SHA-256, the same function hashlib gives: importing hashlib loads OpenSSL
# first, 2% of a cold `readiness check` (callgrind), for one short digest per run.
try:
    from _sha256 import sha256  # CPython 3.10, 3.11
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha2 import sha256  # CPython 3.12
    except ImportError:
        from hashlib import sha256

T = TypeVar("T")


def cache_dir() -> Path | None:
    if os.environ.get("READINESS_NO_CACHE"):
        return None
    base = os.environ.get("READINESS_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "readiness" if base else Path.home() / ".cache" / "readiness"


def digest(kind: str, *versions: str) -> Any:
    """A SHA-256 started with ``kind``, readiness' and Python's versions and ``versions``."""
    return sha256("|".join((kind, __version__, sys.version, *versions)).encode())


def package_version(package: str, module: str = "__init__.py") -> str:
    """A package's version, for keys of entries it helped to build, without importing it (a
    cold start imports neither pydantic nor PyYAML): the text of the module that holds its
    version (pydantic's version.py, PyYAML's __init__.py)."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return "absent"
    try:
        return (Path(spec.origin).parent / module).read_text(encoding="utf-8")
    except OSError:
        return "unreadable"


def pydantic_version() -> str:
    """pydantic's version (``package_version``): the text of its version module."""
    return package_version("pydantic", "version.py")


def load(path: Path, kind: type[T]) -> T | None:
    """The entry at ``path`` if it holds a ``kind``, else None."""
    try:
        with path.open("rb") as fh:
            value = pickle.load(fh)  # noqa: S301 - our own cache, keyed by content hash
    except Exception:  # noqa: BLE001 - a missing, unreadable or corrupt entry is a miss
        return None
    return value if type(value) is kind else None


def store(path: Path, value: object) -> None:
    """Write ``value`` at ``path`` atomically (a reader sees the old entry or the whole new
    one); nothing happens when it cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)
    except (OSError, pickle.PicklingError, TypeError):
        pass
