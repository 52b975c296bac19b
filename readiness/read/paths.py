"""PATH arguments → the initiative files of a run (what users of ruff, yamllint and conftest
expect): a file is taken as given; a directory is walked recursively for *.yaml, *.yml and
*.json, skipping hidden directories and files (.git, .venv, .pre-commit-config.yaml); a glob
(``*``, ``?``, ``[``, ``**``) is expanded here too, for shells that do not. A directory that
cannot be read is an error (exit 2), never skipped. The files come in a stable order: sorted
paths, each once.

Exclusion (``exclude`` in the settings, ``--exclude``) works as ruff's does: it applies to what a
directory walk or a glob finds, never to a file named on the command line (pre-commit names
every file: its own ``exclude`` is the place there). A pattern without a ``/`` is a name
(``arkiv``, ``*.utkast.yaml``) and excludes any file or directory of that name below what was
named; a pattern with a ``/`` comes absolute from readiness/cli/settings.py (relative to the
settings file or the working directory) and excludes that path and everything under it, with
``*``, ``?`` and ``[...]`` within a name and ``**`` for any number of directories. A directory
named on the command line is walked even if a pattern matches it: what is named is taken."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable

from readiness.errors import UsageError
from readiness.read.files import EXTENSIONS, STDIN

_GLOB_CHARS = frozenset("*?[")


def _hidden(name: str) -> bool:
    return name.startswith(".") and name not in (".", "..")


def _entries(directory: str, shown: str) -> list[os.DirEntry[str]]:
    """The entries of ``directory`` (shown as ``shown``): the one place a run lists a directory.
    One that cannot be read is an error (exit 2), never skipped: its files would go unchecked
    while the run said all was well."""
    try:
        with os.scandir(directory or os.curdir) as it:
            return list(it)
    except OSError as exc:
        raise UsageError(
            "file.dir_unreadable", path=shown or os.curdir, detail=exc.strerror or str(exc)
        ) from None


class Exclude:
    """The exclude patterns of a run (see the module's docstring), and how many files and
    directories they left out (for the message when nothing is left)."""

    def __init__(self, patterns: Iterable[str] = ()) -> None:
        self.names: list[str] = []
        self.paths: list[list[str]] = []
        for p in patterns:
            if os.path.isabs(p):
                self.paths.append(_parts(os.path.normpath(p)))
            else:
                self.names.append(p)
        self.cwd = os.getcwd()
        self.left_out = 0

    def __bool__(self) -> bool:
        return bool(self.names or self.paths)

    def excludes(self, path: str, below: str) -> bool:
        """Is ``path`` (a file or directory found under ``below``, the directory the user
        named or a glob's fixed start) left out? Only the part under ``below`` is matched:
        ``below`` and the directories above it are what the user named."""
        full = os.path.normpath(os.path.join(self.cwd, path))
        top = os.path.normpath(os.path.join(self.cwd, below))
        rest = _parts(os.path.relpath(full, top))
        if rest[:1] == [".."]:  # not under it (a symlink's target): nothing of it was named
            rest = _parts(full)[1:]
        hit = any(fnmatch.fnmatchcase(part, n) for part in rest for n in self.names)
        if not hit and self.paths:
            parts = _parts(full)
            start = len(parts) - len(rest)
            hit = any(
                _match(p, parts[:end])
                for p in self.paths
                for end in range(start + 1, len(parts) + 1)
            )
        if hit:
            self.left_out += 1
        return hit


def _parts(path: str) -> list[str]:
    return [p for p in re.split(r"[\\/]", path) if p and p != "."] if path != os.sep else []


def _match(pattern: list[str], parts: list[str]) -> bool:
    """Does the whole path ``parts`` match ``pattern`` (both split at separators), with
    fnmatch within a name and ``**`` for any number of names? By hand: fnmatch alone lets
    ``*`` cross a ``/``, and glob's own matcher (``glob.translate``) is Python 3.13's."""
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_match(pattern[1:], parts[i:]) for i in range(len(parts) + 1))
    return (
        bool(parts) and fnmatch.fnmatchcase(parts[0], pattern[0]) and _match(pattern[1:], parts[1:])
    )


_NO_EXCLUDE = Exclude()


def _walk_real(
    directory: str, shown: str, real: str, exclude: Exclude = _NO_EXCLUDE
) -> list[tuple[str, str]]:
    """(shown path, real path) of the initiative files under ``directory``, which is shown
    as ``shown`` and whose real path is ``real``. Walks as ``os.walk`` does (hidden entries
    skipped, symlinked directories not entered, symlinked files kept), but with no system
    call per file: only a symlink's real path is looked up. What ``exclude`` matches is left
    out (a directory is not entered)."""
    found: list[tuple[str, str]] = []
    stack = [(directory, shown, real)]
    while stack:
        here, here_shown, here_real = stack.pop()
        for entry in _entries(here, here_shown):
            name = entry.name
            if _hidden(name):
                continue
            if exclude and exclude.excludes(entry.path, directory):
                continue
            entry_shown = name if here_shown == "." else os.path.join(here_shown, name)
            try:
                is_dir = entry.is_dir()
            except OSError:  # then it is taken as a file: reading it says what is wrong
                is_dir = False
            link = entry.is_symlink()
            if is_dir:
                if not link:
                    stack.append((entry.path, entry_shown, os.path.join(here_real, name)))
            elif os.path.splitext(name)[1].lower() in EXTENSIONS:
                target = os.path.realpath(entry.path) if link else os.path.join(here_real, name)
                found.append((entry_shown, target))
    return found


def _glob(pattern: str) -> list[str]:
    """The paths ``pattern`` matches, as ``glob.glob(pattern, recursive=True)`` gives them
    (``*``, ``?`` and ``[...]`` within a name, ``**`` for any depth, hidden names only for a
    pattern that starts with a dot), with two differences: a directory that cannot be read is
    an error (glob skips it silently and has no hook to say so), and ``**`` does not enter
    symlinked directories (as the directory walk does not). The matches of a trailing ``**``
    are its directory: the walk finds the rest."""
    drive, rest = os.path.splitdrive(pattern)
    seps = os.sep + (os.altsep or "")
    body = rest.lstrip(seps)
    root = drive + rest[: len(rest) - len(body)]
    parts = [p for p in re.split(f"[{re.escape(seps)}]", body) if p]
    found: list[str] = []
    _glob_in(root, parts, found)
    return found


def _glob_in(base: str, parts: list[str], found: list[str]) -> None:
    """Add to ``found`` the paths under ``base`` that match the pattern's ``parts``."""
    if not parts:
        found.append(base)
        return
    head, rest = parts[0], parts[1:]
    if head == "**":
        if not rest:
            found.append(base or os.curdir)
            return
        _glob_in(base, rest, found)  # no directory at all
        for entry in _entries(base, base):
            if not _hidden(entry.name) and entry.is_dir(follow_symlinks=False):
                _glob_in(os.path.join(base, entry.name), parts, found)
        return
    if not _GLOB_CHARS & set(head):
        path = os.path.join(base, head)
        if not rest:
            if os.path.lexists(path):
                found.append(path)
        elif os.path.isdir(path):
            _glob_in(path, rest, found)
        return
    names = [e.name for e in _entries(base, base) if head.startswith(".") or not _hidden(e.name)]
    for name in fnmatch.filter(names, head):
        path = os.path.join(base, name)
        if not rest:
            found.append(path)
        elif os.path.isdir(path):
            _glob_in(path, rest, found)


class _Shown:
    """Paths as shown in reports: normalised, relative to the working directory if inside
    (looked up once per run, not once per file)."""

    def __init__(self) -> None:
        self.cwd = os.getcwd()

    def __call__(self, path: str) -> str:
        norm = os.path.normpath(path)
        if os.path.isabs(norm):
            try:
                rel = os.path.relpath(norm, self.cwd)
            except ValueError:  # another drive (Windows)
                return norm
            return norm if rel.startswith("..") else rel
        return norm


def _glob_start(pattern: str) -> str:
    """The directory a glob starts from: its names before the first with a glob character."""
    fixed: list[str] = []
    for part in re.split(r"[\\/]", pattern)[:-1]:
        if _GLOB_CHARS & set(part):
            break
        fixed.append(part)
    return "/".join(fixed) or (os.sep if fixed else os.curdir)


def expand_paths(paths: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Files to check, sorted and deduplicated. '-' (stdin) is kept as it is. ``exclude``:
    patterns for what walks and globs find (see the module's docstring).

    A literal path that does not exist is kept (it becomes an invalid result naming the file);
    a directory or glob that yields no initiative file, or a directory that cannot be read,
    raises ``UsageError`` (exit code 2).
    """
    excluded = Exclude(exclude)
    shown = _Shown()
    chosen: dict[str, str] = {}  # real path → shown path
    empty: list[str] = []
    for arg in paths:
        if arg == STDIN:
            chosen.setdefault(STDIN, STDIN)
            continue
        found: list[tuple[str, str]]
        if os.path.isdir(arg):
            found = _walk_real(arg, shown(arg), os.path.realpath(arg), excluded)
        elif not os.path.lexists(arg) and _GLOB_CHARS & set(arg):
            found = []
            start = _glob_start(arg)
            for match in _glob(arg):
                if excluded and excluded.excludes(match, start):
                    continue
                if os.path.isdir(match):
                    found += _walk_real(match, shown(match), os.path.realpath(match), excluded)
                else:
                    found.append((shown(match), os.path.realpath(match)))
        else:
            chosen.setdefault(os.path.realpath(arg), shown(arg))
            continue
        if not found:
            empty.append(arg)
        for p, real in found:
            chosen.setdefault(real, p)
    if empty:
        if excluded.left_out:
            raise UsageError(
                "usage.no_files.excluded", paths=", ".join(empty), count=excluded.left_out
            )
        raise UsageError("usage.no_files", paths=", ".join(empty))
    return sorted(set(chosen.values()))
