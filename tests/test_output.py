"""readiness/output.py: a file the user asked for appears whole or not at all, and an existing
file is replaced only when asked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from readiness.output import write_file


def test_a_new_file_is_written_with_the_umask_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_file(tmp_path / "a.yaml", "navn: Ø\n")
    finally:
        os.umask(old)
    assert (tmp_path / "a.yaml").read_text(encoding="utf-8") == "navn: Ø\n"
    assert (tmp_path / "a.yaml").stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]  # no temporary file left


def test_an_existing_file_is_never_touched_unless_replacing(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    target.write_text("brukerens innhold\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_file(target, "nytt\n")
    assert target.read_text(encoding="utf-8") == "brukerens innhold\n"
    write_file(target, b"nytt\n", replace=True)
    assert target.read_bytes() == b"nytt\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "rapport.html"
    target.write_text("forrige rapport", encoding="utf-8")

    def fail(*a: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_file(target, "ny rapport", replace=True)
    assert target.read_text(encoding="utf-8") == "forrige rapport"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.html"]


def test_a_missing_directory_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_file(tmp_path / "finnes-ikke" / "a.yaml", "x")
