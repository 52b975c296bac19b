"""Step 2b: the initiative format's validator, built once and kept between runs.

pydantic builds the validator of the format's dataclasses (readiness/format/model.py) with a
``TypeAdapter``: generating the core schema, importing pydantic and its plugin machinery
(importlib.metadata, then a scan of every installed package's entry points). The built
validator (pydantic-core's SchemaValidator) pickles with its schema, which names the
dataclasses and default factories of readiness.format.model; a hit unpickles in about 3 ms, imports
pydantic-core but not pydantic, and validates exactly as the TypeAdapter
(tests/test_validator.py).

The entry is keyed by the SHA-256 of model.py and the versions of readiness, pydantic,
pydantic-core and Python (readiness/cache.py). A miss builds it as pydantic would and stores
it; with a pydantic plugin installed, pydantic wraps the validator for the plugin, and that
one is neither stored nor bypassed.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from pydantic_core import SchemaValidator
from pydantic_core import __version__ as core_version

from readiness import cache


def _key() -> str | None:
    try:
        source = (Path(__file__).resolve().parent / "model.py").read_bytes()
    except OSError:
        return None
    digest = cache.digest("initiative-validator-v2", cache.pydantic_version(), core_version)
    digest.update(source)
    return digest.hexdigest()


def build() -> Any:
    """The validator as pydantic builds it (no cache): what a cache entry must equal."""
    from pydantic import TypeAdapter

    from readiness.format.model import Initiative

    return TypeAdapter(Initiative).validator


@functools.lru_cache(maxsize=1)
def initiative_validator() -> Any:
    """The validator of ``readiness.format.model.Initiative`` (``validate_python(data)`` gives an
    Initiative or raises pydantic-core's ValidationError)."""
    where = cache.cache_dir()
    key = _key() if where is not None else None
    path = where / f"initiative-validator-{key}.pickle" if where and key else None
    if path is not None:
        found = cache.load(path, SchemaValidator)
        if found is not None:
            return found
    built = build()
    if path is not None and type(built) is SchemaValidator:
        cache.store(path, built)
    return built
