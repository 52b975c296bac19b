"""readiness/output.py: a file the user asked for appears whole or not at all, an existing
file is replaced only with --force (the same for every command), nothing the run reads is ever
written, and a FIFO or a device is written through, never replaced."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from readiness.cli.main import main
from readiness.errors import UsageError
from readiness.output import write_file
from tests.helpers import AS_OF, EXAMPLES, ROOT, run_process

READY = EXAMPLES / "vestfold-nord-klar.yaml"
CALL = ROOT / "rules" / "call.yaml"


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


# -- the one writer, as every command uses it --------------------------------------------------
# Each command that writes a file, with the name it writes to (its suffix fits the command).
WRITERS = {
    "check": (["check", "klar.yaml", "--format", "json", "-o"], ".json"),
    "report": (["report", "klar.yaml", "-o"], ".html"),
    "whatif": (["whatif", "klar.yaml", "--set", "agreement.status=signed", "--write"], ".yaml"),
    "init": (["init", "-o"], ".yaml"),
}
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and devices: POSIX")


def _cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> Result:
    monkeypatch.chdir(tmp_path)
    as_of = [] if args[0] == "init" else ["--as-of", AS_OF.isoformat()]
    return CliRunner().invoke(main, [*args, *as_of])


def _writes(command: str, out: str, *extra: str) -> list[str]:
    args, _ = WRITERS[command]
    return [*args, out, *extra]


@pytest.fixture
def ready(tmp_path: Path) -> Path:
    shutil.copy(READY, tmp_path / "klar.yaml")
    return tmp_path / "klar.yaml"


def _char_device(path: Path) -> Path:
    """A character device at ``path`` that discards what is written (as /dev/null: made with
    mknod where the test may, as root in CI; otherwise /dev/null itself, which a user who is
    not root cannot replace)."""
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        if os.access("/dev", os.W_OK):
            pytest.skip("cannot make a device node, and /dev/null could be replaced")
        path.symlink_to("/dev/null")
    return path


class _FifoReader:
    """The read end of a FIFO, open before the command runs, collecting what it gets."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        # a write end of our own keeps the FIFO from reading as ended before the command opens it
        self.keep = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.set_blocking(self.fd, True)
        self.data = b""
        self.thread = threading.Thread(target=self._read)
        self.thread.start()

    def _read(self) -> None:
        while chunk := os.read(self.fd, 65536):
            self.data += chunk

    def close(self) -> bytes:
        os.close(self.keep)
        self.thread.join(10)
        os.close(self.fd)
        return self.data


@pytest.mark.parametrize("command", WRITERS)
def test_one_overwrite_policy_for_every_command(
    command: str, ready: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An existing regular file is replaced only with --force, whichever command writes."""
    out = "ut" + WRITERS[command][1]
    (tmp_path / out).write_text("gammelt\n", encoding="utf-8")
    res = _cli(tmp_path, monkeypatch, *_writes(command, out))
    assert res.exit_code == 2, res.output
    assert f"«{out}» ({WRITERS[command][0][-1]}) finnes allerede" in res.output
    assert "--force" in res.output
    assert (tmp_path / out).read_text(encoding="utf-8") == "gammelt\n"
    res = _cli(tmp_path, monkeypatch, *_writes(command, out, "--force"))
    assert res.exit_code in (0, 1), res.output
    assert (tmp_path / out).read_text(encoding="utf-8") not in ("gammelt\n", "")
    # `init` also writes the JSON Schema its modeline points at beside the file
    besides = {"initiative.schema.json"} if command == "init" else set()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"klar.yaml", out, *besides})


def test_the_overwrite_policy_in_english(ready: Path, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "ut.json").write_text("x", encoding="utf-8")
    res = _cli(tmp_path, monkeypatch, *_writes("check", "ut.json"), "--lang", "en")
    assert "readiness: 'ut.json' (-o) already exists; choose another name, or use --force" in (
        res.output
    )


@pytest.mark.parametrize("force", [[], ["--force"]])
@pytest.mark.parametrize("paths", [["ini"], ["ini/*.yaml"], ["ini/**"]])
def test_check_never_writes_over_a_file_a_directory_or_glob_found(
    paths: list[str], force: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ini").mkdir()
    shutil.copy(READY, tmp_path / "ini" / "a.yaml")
    shutil.copy(READY, tmp_path / "ini" / "b.yaml")
    before = (tmp_path / "ini" / "b.yaml").read_bytes()
    for fmt in ("json", "sarif"):
        res = _cli(
            tmp_path, monkeypatch, "check", *paths, "--format", fmt, "-o", "ini/b.yaml", *force
        )
        assert res.exit_code == 2, res.output
        assert res.output.startswith(
            "readiness: skriver ikke til «ini/b.yaml» (-o): denne kjøringen leser den filen."
        )
        assert (tmp_path / "ini" / "b.yaml").read_bytes() == before


@pytest.mark.parametrize("link", ["symlink", "hard link"])
def test_an_output_that_leads_to_an_input_is_refused_and_names_it(
    link: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through a symlink or a hard link, to a file the walk found: the input is not dropped
    (a false exit 0), nor written."""
    (tmp_path / "ini").mkdir()
    shutil.copy(READY, tmp_path / "ini" / "a.yaml")
    before = (tmp_path / "ini" / "a.yaml").read_bytes()
    if link == "symlink":
        (tmp_path / "rapport.json").symlink_to(tmp_path / "ini" / "a.yaml")
    else:
        os.link(tmp_path / "ini" / "a.yaml", tmp_path / "rapport.json")
    res = _cli(
        tmp_path, monkeypatch, "check", "ini", "--format", "json", "-o", "rapport.json", "--force"
    )
    assert res.exit_code == 2, res.output
    assert "«rapport.json» (-o): den er samme fil som «ini/a.yaml»" in res.output
    assert (tmp_path / "ini" / "a.yaml").read_bytes() == before
    assert (tmp_path / "rapport.json").is_symlink() == (link == "symlink")


@pytest.mark.parametrize("command", ["check", "report", "whatif"])
def test_the_call_file_is_an_input_too(
    command: str, ready: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if command == "report":  # its -o takes .html, .md or .pdf: the call file, by a link
        call = "call.md"
        (tmp_path / call).symlink_to(CALL)
    else:
        call = "call.yaml"
        shutil.copy(CALL, tmp_path / call)
    before = (tmp_path / call).read_bytes()
    args = _writes(command, call, "--force")
    args = [args[0], "--call", call, *args[1:]]
    res = _cli(tmp_path, monkeypatch, *args)
    assert res.exit_code == 2, res.output
    assert f"«{call}» ({WRITERS[command][0][-1]})" in res.output and "leser" in res.output
    assert (tmp_path / call).read_bytes() == before


@posix_only
@pytest.mark.parametrize("command", WRITERS)
def test_a_character_device_is_written_through_never_replaced(
    command: str, ready: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`-o /dev/null` in a CI job run as root: the device stays a device (no --force: it is
    not a regular file to replace)."""
    device = _char_device(tmp_path / ("null" + WRITERS[command][1]))
    res = _cli(tmp_path, monkeypatch, *_writes(command, device.name))
    assert res.exit_code in (0, 1), res.output
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@posix_only
@pytest.mark.parametrize("command", WRITERS)
def test_a_fifo_with_a_reader_gets_the_output_and_stays_a_fifo(
    command: str, ready: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = tmp_path / ("rør" + WRITERS[command][1])
    os.mkfifo(fifo)
    reader = _FifoReader(fifo)
    try:
        res = _cli(tmp_path, monkeypatch, *_writes(command, fifo.name))
    finally:
        data = reader.close()
    assert res.exit_code in (0, 1), res.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    first = {"check": b"{", "report": b"<!doctype html>", "whatif": b"#", "init": b"#"}[command]
    assert data.lower().startswith(first) and len(data) > 500


@posix_only
def test_a_symlink_to_a_stream_writes_through_and_stays_a_symlink(
    ready: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As `-o /dev/stdout` is, on a pipe: the link and the pipe are both kept."""
    os.mkfifo(tmp_path / "rør")
    (tmp_path / "stdout.sarif").symlink_to(tmp_path / "rør")
    reader = _FifoReader(tmp_path / "rør")
    try:
        res = _cli(
            tmp_path, monkeypatch, "check", "klar.yaml", "--format", "sarif", "-o", "stdout.sarif"
        )
    finally:
        data = reader.close()
    assert res.exit_code == 0, res.output
    assert json.loads(data)["version"] == "2.1.0"
    assert (tmp_path / "stdout.sarif").is_symlink() and stat.S_ISFIFO(
        os.stat(tmp_path / "rør").st_mode
    )


@posix_only
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_a_fifo_nobody_reads_is_refused_at_once(
    lang: str, ready: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    os.mkfifo(tmp_path / "rør.json")
    res = _cli(
        tmp_path,
        monkeypatch,
        "check",
        "klar.yaml",
        "--format",
        "json",
        "-o",
        "rør.json",
        "--lang",
        lang,
    )
    assert res.exit_code == 2
    assert {
        "nb": "readiness: ingen leser fra FIFO-en «rør.json» (-o); start det som skal lese fra "
        "den først, eller velg en vanlig fil\n",
        "en": "readiness: nothing reads from the FIFO 'rør.json' (-o); start its reader first, "
        "or choose a regular file\n",
    }[lang] in res.output
    assert stat.S_ISFIFO(os.stat(tmp_path / "rør.json").st_mode)


@posix_only
def test_a_block_device_is_refused(ready: Path, tmp_path: Path, monkeypatch) -> None:
    disk = tmp_path / "disk.sarif"
    try:
        os.mknod(disk, 0o600 | stat.S_IFBLK, os.makedev(7, 250))  # a loop device's number
    except PermissionError:
        pytest.skip("cannot make a device node here (not root)")
    res = _cli(
        tmp_path, monkeypatch, "check", "klar.yaml", "--format", "sarif", "-o", disk.name, "--force"
    )
    assert res.exit_code == 2
    assert (
        "«disk.sarif» (-o) er en blokkenhet (en disk); readiness skriver aldri til en" in res.output
    )
    assert stat.S_ISBLK(os.stat(disk).st_mode)


def test_through_a_symlink_the_target_is_replaced_and_the_link_kept(
    ready: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "rapporter").mkdir()
    (tmp_path / "rapporter" / "siste.json").write_text("forrige\n", encoding="utf-8")
    (tmp_path / "siste.json").symlink_to(tmp_path / "rapporter" / "siste.json")
    res = _cli(tmp_path, monkeypatch, *_writes("check", "siste.json", "--force"))
    assert res.exit_code == 0, res.output
    assert (tmp_path / "siste.json").is_symlink()
    assert json.loads((tmp_path / "rapporter" / "siste.json").read_text(encoding="utf-8"))[
        "results"
    ]
    assert sorted(p.name for p in (tmp_path / "rapporter").iterdir()) == ["siste.json"]


@pytest.mark.parametrize("command", ["init", "whatif"])
def test_a_directory_is_refused(command: str, ready: Path, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "mappe.yaml").mkdir()
    res = _cli(tmp_path, monkeypatch, *_writes(command, "mappe.yaml", "--force"))
    assert res.exit_code == 2 and "«mappe.yaml»" in res.output and "er en mappe" in res.output


def test_write_output_checks_before_and_writes_whole(tmp_path: Path) -> None:
    from readiness.output import prepare, write_output

    target = prepare(str(tmp_path / "r.md"), option="-o", inputs=[str(tmp_path / "a.yaml")])
    target.write("# rapport\n")
    assert (tmp_path / "r.md").read_text(encoding="utf-8") == "# rapport\n"
    with pytest.raises(UsageError) as err:
        write_output(str(tmp_path / "r.md"), "ny", option="-o")
    assert err.value.key == "output.exists"
    with pytest.raises(UsageError) as err:
        prepare(str(tmp_path / "a.yaml"), option="-o", inputs=[str(tmp_path / "a.yaml")])
    assert err.value.key == "output.is_input"  # not there yet, and named as an input


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="no /proc/self/fd (Linux)")
@pytest.mark.parametrize("stdout", ["pipe", "file"])
def test_dev_stdout_is_this_process_s_stdout(stdout: str, ready: Path, tmp_path: Path) -> None:
    """`-o /dev/stdout` writes to the stream, whatever it is: in a pipe, or in the file a shell
    redirected it to, after what is there (never replacing that file, nor the link). The link
    is one of the test's own, made as /dev/stdout is (which a regression would replace)."""
    (tmp_path / "stdout").symlink_to("/proc/self/fd/1")
    args = ["check", "klar.yaml", "--format", "json", "-o", "stdout", "--as-of", "2026-11-22"]
    if stdout == "pipe":
        proc = run_process(args, tmp_path)
        out = proc.stdout
    else:
        with open(tmp_path / "ut.txt", "w", encoding="utf-8") as fh:
            fh.write("før\n")
            fh.flush()
            proc = subprocess.run(
                [sys.executable, "-m", "readiness.cli.main", *args],
                cwd=tmp_path,
                stdout=fh,
                stderr=subprocess.PIPE,
                text=True,
                timeout=60,
                check=False,
            )
        out = (tmp_path / "ut.txt").read_text(encoding="utf-8")
        assert out.startswith("før\n{")
        out = out[len("før\n") :]
    assert proc.returncode == 0, proc.stderr
    doc, end = json.JSONDecoder().raw_decode(out)
    assert doc["results"][0]["verdict"] == "ready"
    assert out[end:] == "\n1 fil: 1 klar, 0 ikke klare, 0 ugyldige\n"  # the short text, after
    assert os.readlink(tmp_path / "stdout") == "/proc/self/fd/1"
