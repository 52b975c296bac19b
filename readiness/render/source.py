"""Where a result points in the repository, for the formats that a code host reads (SARIF for
GitHub code scanning, GitLab's Code Quality): a file's path relative to the repository's root,
and a finding's identity from one run to the next.

Paths are relative to ``RenderContext.source_root`` (the top of the git repository, or
``--sarif-root``: readiness/cli/commands/check.py), whatever folder the run was started in, so
that ``readiness check ../x.yaml`` from a subfolder names ``x.yaml`` as the host does. A file
outside the root has no such path: it is named by its absolute path.

A fingerprint is the same in every run that finds the same thing: the file's path and the rule
(an assessment has one finding per rule), or for a file that cannot be read the problem's text
in bokmål and its place among the same texts, never a line number (a line moves when lines
are added above it) and never the reader's language.
"""

from __future__ import annotations

import hashlib
import os
import urllib.parse
from pathlib import Path

from readiness.read.files import STDIN


def repo_path(file: str, root: str | None) -> str | None:
    """``file`` (as the run names it, relative to the working directory) relative to ``root``
    with ``/`` separators; None for a file outside ``root`` (or stdin)."""
    if file == STDIN:
        return None
    absolute = os.path.abspath(file)
    base = os.path.abspath(root or os.getcwd())
    try:
        rel = os.path.relpath(absolute, base)
    except ValueError:  # another drive (Windows)
        return None
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return None
    return Path(rel).as_posix()


def artifact(file: str, root: str | None) -> dict[str, str]:
    """A SARIF ``artifactLocation``: a relative URI reference with ``uriBaseId`` %SRCROOT% for
    a file inside the root, an absolute ``file://`` URI without a base outside it (SARIF
    forbids a base for an absolute URI, §3.4.4: Sarif.Multitool's SARIF1004)."""
    if file == STDIN:
        return {"uri": "stdin"}
    rel = repo_path(file, root)
    if rel is None:
        return {"uri": Path(os.path.abspath(file)).as_uri()}
    return {"uri": urllib.parse.quote(rel, safe="/"), "uriBaseId": SRCROOT}


SRCROOT = "%SRCROOT%"


def root_uri(root: str | None) -> str:
    """The absolute ``file://`` URI of the root, ending in ``/`` as SARIF asks of a base."""
    uri = Path(os.path.abspath(root or os.getcwd())).as_uri()
    return uri if uri.endswith("/") else uri + "/"


def shown_path(file: str, root: str | None) -> str:
    """The path a code host shows: relative to the root, else absolute (stdin: ``-``)."""
    if file == STDIN:
        return STDIN
    return repo_path(file, root) or os.path.abspath(file)


# The digest's hex digits written as letters: a run of decimal digits in an output could pass
# for an identity number (11 digits with valid check digits), in a reader's eyes or in a
# data-loss scanner, so a fingerprint has none.
_LETTERS = str.maketrans("0123456789", "ghijklmnop")


def fingerprint(*parts: str) -> str:
    """A stable digest of ``parts`` (a file's path first, then what names the result): the
    SHA-256 in sixteen letters (a-p), never a digit."""
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest().translate(_LETTERS)
