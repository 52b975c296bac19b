"""The editor as users have it: yaml-language-server (VS Code's YAML extension, and every editor
that speaks its protocol) on a file from `readiness init`.

The server runs as editors run it (``--stdio``, the Language Server Protocol); this client opens
the file and reads what the editor would show: the diagnostics (a schema it cannot load is one:
"Unable to load schema"), the hover on a key (its Norwegian label and description) and on a
choice (what each value means).
"""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from readiness.cli.main import main
from readiness.format import template
from tests.helpers import external_tool

SETTINGS = {
    "yaml": {
        "validate": True,
        "hover": True,
        "completion": True,
        "schemaStore": {"enable": False},
        "schemas": {},
    }
}


class Server:
    """yaml-language-server over stdio, with just enough of a client for these tests."""

    def __init__(self, exe: str, root: Path) -> None:
        self.proc = subprocess.Popen(
            [exe, "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": root.as_uri(),
                "capabilities": {
                    "workspace": {"configuration": True},
                    "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}},
                },
            },
        )
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": SETTINGS})

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = 0
            while (line := out.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                return
            self.messages.put(json.loads(out.read(length)))

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: Any) -> Any:
        self.next_id += 1
        self._send({"id": self.next_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id and "method" not in m)["result"]

    def wait(self, want: Any, timeout: float = 60) -> dict[str, Any]:
        """The next message ``want`` accepts; the server's own requests are answered."""
        while True:
            message = self.messages.get(timeout=timeout)
            if "method" in message and "id" in message:  # a request from the server
                result: Any = None
                if message["method"] == "workspace/configuration":
                    result = [
                        SETTINGS.get(i.get("section", ""), SETTINGS["yaml"])
                        for i in message["params"]["items"]
                    ]
                self._send({"id": message["id"], "result": result})
                continue
            if want(message):
                return message

    def diagnostics(self, path: Path) -> list[dict[str, Any]]:
        uri = path.as_uri()
        self.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": uri,
                    "languageId": "yaml",
                    "version": 1,
                    "text": path.read_text(encoding="utf-8"),
                }
            },
        )
        message = self.wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
            )
        )
        return message["params"]["diagnostics"]

    def hover(self, path: Path, text: str, column_in: int = 1) -> str:
        """The hover shown over ``text`` (its first place in the file)."""
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if text in line and not line.lstrip().startswith("#"):
                char = line.index(text) + column_in
                result = self.request(
                    "textDocument/hover",
                    {
                        "textDocument": {"uri": path.as_uri()},
                        "position": {"line": n, "character": char},
                    },
                )
                return result["contents"]["value"] if result else ""
        raise AssertionError(f"{text!r} not in {path}")

    def close(self) -> None:
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:  # noqa: BLE001 - a server that does not stop is stopped
            self.proc.kill()
            self.proc.wait(timeout=10)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def server(tmp_path: Path):  # noqa: ANN201
    s = Server(external_tool("yaml-language-server"), tmp_path)
    yield s
    s.close()


def _init(where: Path, monkeypatch: pytest.MonkeyPatch, name: str = "ny.yaml") -> Path:
    monkeypatch.chdir(where)
    res = CliRunner().invoke(main, ["init", "-o", name])
    assert res.exit_code == 0, res.output
    return where / name


def test_init_file_loads_its_schema_after_a_plain_install(server, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """As after `pip install` (pre-commit's environment is one): no schema/ folder anywhere
    above the new file. `init` writes the schema beside it, and the editor loads it."""
    project = tmp_path / "org"
    (project / ".git").mkdir(parents=True)
    path = _init(project, monkeypatch)
    assert path.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=initiative.schema.json\n"
    )
    assert (project / "initiative.schema.json").is_file()
    messages = [d["message"] for d in server.diagnostics(path)]
    assert not any("schema" in m.lower() for m in messages), messages
    # the schema is in force: a YAML 1.1 boolean is refused, as readiness refuses it
    broken = project / "brutt.yaml"
    broken.write_text(
        path.read_text(encoding="utf-8").replace("core: true", "core: yes", 1), encoding="utf-8"
    )
    assert any("boolean" in d["message"] for d in server.diagnostics(broken))


def test_before_the_fix_the_editor_cannot_load_the_schema(server, tmp_path) -> None:  # noqa: ANN001
    """What `init` wrote before: a modeline to a file that is not there. The check above can
    fail: the server says so."""
    path = tmp_path / "gammel.yaml"
    path.write_text(
        "# yaml-language-server: $schema=initiative.schema.json\nschema_version: 1\n",
        encoding="utf-8",
    )
    messages = [d["message"] for d in server.diagnostics(path)]
    assert any("Unable to load schema" in m for m in messages), messages


def test_init_points_at_a_schema_the_repository_keeps(server, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    project = tmp_path / "org"
    (project / ".git").mkdir(parents=True)
    (project / "schema").mkdir()
    (project / "initiatives").mkdir()
    from readiness.format.schema import schema_text

    (project / "schema" / "initiative.schema.json").write_text(schema_text(), encoding="utf-8")
    path = _init(project / "initiatives", monkeypatch)
    assert path.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../schema/initiative.schema.json\n"
    )
    assert not (project / "initiatives" / "initiative.schema.json").exists()
    assert server.diagnostics(path) == []


def test_hover_shows_the_norwegian_label_and_the_choices(server, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    project = tmp_path / "org"
    (project / ".git").mkdir(parents=True)
    path = _init(project, monkeypatch)
    assert server.diagnostics(path) == []  # opens the file, as an editor does
    key = server.hover(path, "contact_established:")
    assert "kontakt med spesialisthelsetjenesten etablert" in key, key
    assert "Contact Established" not in key
    choice = server.hover(path, "kind: municipality", column_in=8)
    assert "Allowed Values" in choice and "kommune" in choice, choice


def test_find_schema_stops_at_the_repository(tmp_path: Path) -> None:
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "initiative.schema.json").write_text("{}", encoding="utf-8")
    inner = tmp_path / "repo" / "initiatives"
    inner.mkdir(parents=True)
    (tmp_path / "repo" / ".git").mkdir()
    assert template.find_schema(inner) is None  # above the repository: not the repository's
    shutil.rmtree(tmp_path / "repo" / ".git")
    assert template.find_schema(inner) == tmp_path / "schema" / "initiative.schema.json"
