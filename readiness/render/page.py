"""What the self-contained pages of the pictures share (``readiness overview``, ``readiness
history``): their Jinja2 templates (readiness/render/templates, autoescaped), their style and
script read from the package, and the Content-Security-Policy hashes that let exactly that
style and script run in a page that may load nothing (no network)."""

from __future__ import annotations

import base64
import functools
import hashlib
from importlib import resources

import jinja2
from markupsafe import Markup

from readiness.render import shown


def asset(name: str) -> str:
    """A file of readiness/render/templates (a page's style or script), as text."""
    return (resources.files("readiness.render") / "templates" / name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    """The Content-Security-Policy source that allows an inline element of exactly ``text``."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(style: str, script: str | None = None) -> str:
    """A page's Content-Security-Policy: nothing may load; only ``style`` (and ``script``)
    may apply or run."""
    scripts = f"script-src {csp_hash(script)}; " if script is not None else ""
    return (
        f"default-src 'none'; style-src {csp_hash(style)}; {scripts}"
        "base-uri 'none'; form-action 'none'"
    )


def _html_value(value: object) -> object:
    """Control and format characters of a file's text written out (readiness.render.shown)
    before autoescaping, as in every format for people."""
    return shown(value) if isinstance(value, str) and not isinstance(value, Markup) else value


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("readiness.render", "templates"),
        autoescape=True,
        finalize=_html_value,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
