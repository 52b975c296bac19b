"""Step 2b: the initiative format's validator, built once and kept between runs.

pydantic builds a model's validator on first use (readiness/model.py defers it). For Initiative
that was about 45 ms of every cold `readiness check`, a seventh of it: generating the core
schema, and importing pydantic's plugin machinery (importlib.metadata, then a scan of every
installed package's entry points), which only runs while a validator is built. The built
validator (pydantic-core's SchemaValidator) pickles with its schema; a hit unpickles in about
3 ms and validates exactly as ``Initiative.model_validate`` (tests/test_validator.py).

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
    from pydantic.version import VERSION as pydantic_version

    try:
        source = (Path(__file__).resolve().parent / "model.py").read_bytes()
    except OSError:
        return None
    digest = cache.digest("initiative-validator-v1", pydantic_version, core_version)
    digest.update(source)
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def initiative_validator() -> Any:
    """The validator of ``readiness.model.Initiative`` (``validate_python(data)`` gives an
    Initiative or raises pydantic's ValidationError)."""
    where = cache.cache_dir()
    key = _key() if where is not None else None
    path = where / f"initiative-validator-{key}.pickle" if where and key else None
    if path is not None:
        found = cache.load(path, SchemaValidator)
        if found is not None:
            return found
    from readiness.model import Initiative

    Initiative.model_rebuild()  # builds the validator (deferred in model.py)
    built = Initiative.__pydantic_validator__
    if path is not None and type(built) is SchemaValidator:
        cache.store(path, built)
    return built
