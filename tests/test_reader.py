"""readiness/read/files.py: every input is a regular file of at most 1 MiB, or exit 2 naming it;
nothing a run is given can make it hang, read without end, or skip files silently.

What could hang or read without bound runs in a process of its own with a timeout and a memory
cap (tests/helpers.py, run_process), so a regression fails the test instead of the machine.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import tempfile
from pathlib import Path
from typing import Any

import pytest

from readiness.errors import InputError, UsageError
from readiness.read import files as reader
from readiness.read import paths
from readiness.read.files import MAX_BYTES, read_bytes, read_stream
from readiness.read.paths import expand_paths
from tests.helpers import AS_OF, EXAMPLES, run_process

READY = EXAMPLES / "vestfold-nord-klar.yaml"
CALL = Path(__file__).resolve().parent.parent / "rules" / "call.yaml"
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and devices: POSIX")


def _check(*args: str, cwd: Path, **kw: object):  # noqa: ANN202
    return run_process(["check", *args, "--as-of", AS_OF.isoformat()], cwd, **kw)  # type: ignore[arg-type]


# -- FIFOs and devices among the initiative files ---------------------------------------------
@posix_only
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_a_fifo_given_as_a_file_is_exit_2_at_once(tmp_path: Path, lang: str) -> None:
    os.mkfifo(tmp_path / "rør.yaml")
    proc = _check("rør.yaml", "--lang", lang, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    fifo = "dette er en FIFO" if lang == "nb" else "this is a FIFO"
    assert f"rør.yaml:1:1: {fifo} (" in proc.stdout


@posix_only
def test_a_fifo_found_in_a_directory_is_named_and_the_other_files_are_checked(
    tmp_path: Path,
) -> None:
    (tmp_path / "ini").mkdir()
    shutil.copy(READY, tmp_path / "ini" / "klar.yaml")
    os.mkfifo(tmp_path / "ini" / "rør.yaml")
    proc = _check("ini", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert '"file": "ini/klar.yaml"' in proc.stdout and '"verdict": "ready"' in proc.stdout
    assert '"file": "ini/rør.yaml"' in proc.stdout and "er en FIFO" in proc.stdout


@posix_only
@pytest.mark.parametrize("command", ["plan", "report", "diff", "whatif"])
def test_every_command_refuses_a_fifo(tmp_path: Path, command: str) -> None:
    os.mkfifo(tmp_path / "rør.yaml")
    args = {
        "diff": [str(READY), "rør.yaml"],
        "whatif": ["rør.yaml", "--set", "agreement.status=signed"],
    }.get(command, ["rør.yaml"])
    proc = run_process([command, *args], tmp_path)
    assert proc.returncode == 2 and "rør.yaml:1:1: dette er en FIFO" in proc.stderr


@posix_only
def test_a_device_is_refused_before_it_is_read() -> None:
    with pytest.raises(InputError) as err:
        read_bytes("/dev/zero")
    assert err.value.file == "/dev/zero" and err.value.problems[0].key == "file.device"
    assert "dette er en enhet" in err.value.lines()[0]


@posix_only
def test_a_socket_and_a_directory_are_refused(tmp_path: Path) -> None:
    short = Path(tempfile.mkdtemp(prefix="rd-"))  # a socket's path must be short
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(short / "s.yaml"))
            with pytest.raises(InputError) as err:
                read_bytes(str(short / "s.yaml"))
            assert err.value.problems[0].key == "file.special"
    finally:
        shutil.rmtree(short)
    with pytest.raises(InputError) as err:
        read_bytes(str(tmp_path))
    assert err.value.problems[0].message("en").startswith("this is a directory")


def test_a_file_over_the_limit_is_refused_from_its_size_unread(tmp_path: Path) -> None:
    big = tmp_path / "stor.yaml"
    with open(big, "wb") as fh:
        fh.truncate(8 << 30)  # 8 GiB, sparse: reading it would take all the memory there is
    with pytest.raises(InputError) as err:
        read_bytes(str(big))
    assert err.value.problems[0].params == {"size": 8 << 30, "limit": MAX_BYTES}


def test_a_stream_is_read_to_the_limit_and_no_further() -> None:
    class Endless(io.RawIOBase):
        asked = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buf: Any) -> int:
            self.asked += len(buf)
            buf[:] = b"#" * len(buf)
            return len(buf)

    endless = Endless()
    with pytest.raises(reader.TooLarge) as err:
        read_stream(io.BufferedReader(endless), "-")
    assert endless.asked <= MAX_BYTES + 1 + io.DEFAULT_BUFFER_SIZE
    assert "over grensen på 1048576 byte" in err.value.lines()[0]
    assert read_stream(io.BytesIO(b"a: 1\n"), "-") == b"a: 1\n"


@posix_only
def test_stdin_without_end_is_exit_2(tmp_path: Path) -> None:
    with open("/dev/zero", "rb") as zero:
        proc = _check("-", "--lang", "en", cwd=tmp_path, stdin=zero)
    assert proc.returncode == 2, proc.stderr
    assert "-:1:1: the input is over the limit of 1048576 bytes" in proc.stdout


# -- the call file (--call) -----------------------------------------------------------------
@posix_only
def test_call_from_dev_zero_is_exit_2_unread(tmp_path: Path) -> None:
    """The catalog's cache key and the call's validation read the file the bounded way: a
    device that never ends is refused before either reads it."""
    env = {"READINESS_CACHE_DIR": str(tmp_path / "cache")}
    proc = _check(str(READY), "--call", "/dev/zero", cwd=tmp_path, env=env)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("/dev/zero:1:1: dette er en enhet")


@posix_only
def test_call_from_a_fifo_is_exit_2_at_once(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "call.yaml")
    proc = _check(str(READY), "--call", "call.yaml", "--lang", "en", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("call.yaml:1:1: this is a FIFO")


@pytest.mark.parametrize("size", [2 << 20, 8 << 30])
def test_call_file_over_the_limit_is_too_large_not_empty(tmp_path: Path, size: int) -> None:
    """2 MiB of real YAML, and 8 GiB sparse (the cache key read it whole)."""
    call = tmp_path / "call.yaml"
    text = CALL.read_bytes()
    if size < 1 << 30:
        call.write_bytes(text + b"#" * (size - len(text)))
    else:
        with open(call, "wb") as fh:
            fh.write(text)
            fh.truncate(size)
    env = {"READINESS_CACHE_DIR": str(tmp_path / "cache")}
    proc = _check(str(READY), "--call", "call.yaml", cwd=tmp_path, env=env)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(f"call.yaml:1:1: filen er {size} byte; grensen er 1048576")
    assert "tom" not in proc.stderr


# -- directories that cannot be read ---------------------------------------------------------
def _tree(root: Path) -> Path:
    (root / "ini" / "låst").mkdir(parents=True)
    shutil.copy(READY, root / "ini" / "klar.yaml")
    shutil.copy(READY, root / "ini" / "låst" / "skjult.yaml")
    return root / "ini" / "låst"


@pytest.mark.parametrize("pattern", ["ini", "ini/*", "ini/**/*.yaml", "*/låst"])
def test_an_unreadable_directory_is_an_error_not_a_skip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pattern: str
) -> None:
    """Simulated: the walk and the glob list directories in one place (paths._entries),
    where a directory the user may not read fails as os.scandir fails for it. (Root reads any
    directory; the test below makes a real one where it can.)"""
    locked = _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    real = os.scandir

    def scandir(path: str = ".") -> object:
        if os.path.realpath(path) == str(locked.resolve()):
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(paths.os, "scandir", scandir)
    with pytest.raises(UsageError) as err:
        expand_paths([pattern])
    assert err.value.key == "file.dir_unreadable"
    assert err.value.params["path"] == os.path.join("ini", "låst")
    assert err.value.message("en") == (
        "cannot read the directory 'ini/låst' (Permission denied), so the files in it cannot "
        "be checked. Give read access to it, or leave it out of the paths checked"
    )


def _as_another_user() -> tuple[str, ...]:
    """A command under which a process is not root, for a real permission denial: none for a
    user who is not root; as root (CI), a user namespace in which root's files are owned by
    an ordinary user, so the directory's mode applies to it (util-linux's unshare)."""
    if os.geteuid() != 0:
        return ()
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("running as root without unshare: root reads any directory")
    wrap = (unshare, "--user", "--map-user=1000", "--map-group=1000")
    import subprocess

    probe = subprocess.run([*wrap, "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"no user namespace here: {probe.stderr.decode(errors='replace')[:200]}")
    return wrap


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_directory_without_read_permission_is_exit_2(tmp_path: Path) -> None:
    """A real chmod 000, and the CLI run by a user who may not read it."""
    locked = _tree(tmp_path)
    locked.chmod(0)
    try:
        proc = _check("ini", cwd=tmp_path, wrap=_as_another_user())
    finally:
        locked.chmod(0o755)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr == (
        "readiness: kan ikke lese mappen «ini/låst» (Permission denied), så filene i den kan "
        "ikke sjekkes. Gi lesetilgang til mappen, eller ta den ut av stiene som sjekkes\n"
    )
    assert proc.stdout == ""  # nothing was checked as if all were well


def test_a_readable_tree_expands_as_glob_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The glob expansion finds what glob.glob(recursive=True) finds (but for symlinked
    directories, which ``**`` does not enter, as the walk does not)."""
    import glob

    for rel in ["a/x.yaml", "a/b/y.yml", "a/b/c/z.json", "a/.h/q.yaml", "a/.d.yaml", "r.yaml"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("a: 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for pattern in ["*.yaml", "a/*", "a/**/*.y*ml", "**/*.json", "a/.*", "[ar]*", "?"]:
        found = sorted(glob.glob(pattern, recursive=True))
        assert sorted(paths._glob(pattern)) == found, pattern
    assert paths._glob("a/b/**") == ["a/b"]  # a trailing **: the directory, walked whole
    assert paths._glob(str(tmp_path / "a" / "*.yaml")) == [str(tmp_path / "a" / "x.yaml")]
