"""The workspace's form contract, held for every example without knowing the page's design:
the page is a plain HTML form (no JavaScript here). Every key `readiness plan` names has a
control whose form name is its what-if path (items by index, prefix ``c:``), or is a list of
items with an "add" button and a control per item field; each plan step shown has a submit
button ``step`` = its rule id that applies the step's example edits; pressing them in turn, as
the page offers them, makes the example ready."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug.datastructures import MultiDict

from readiness.catalog.load import default_catalog
from readiness.explore.plan import build_plan
from readiness.format.load import load_file
from readiness.web import controls
from readiness.web.app import create_app
from tests.helpers import AS_OF, EXAMPLES
from tests.webserver import Value, buttons_of, form_of

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


def _verdict(html: str) -> str:
    m = re.search(r'id="verdict" data-verdict="([a-z_]+)"', html)
    assert m, html[:2000]
    return m.group(1)


def _multi(form: dict[str, Value], **extra: str) -> MultiDict[str, str]:
    out: MultiDict[str, str] = MultiDict()
    for name, value in {**form, **extra}.items():
        for v in [value] if isinstance(value, str) else value or [""]:
            out.add(name, v)
    return out


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    app = create_app([str(p) for p in EXAMPLE_FILES], as_of=AS_OF)
    with app.test_client() as c:
        yield c


def _open(client: Any, path: Path) -> str:
    index = [p.name for p in EXAMPLE_FILES].index(path.name)
    reply = client.get(f"/f/{index}")
    assert reply.status_code == 200
    return str(reply.get_data(as_text=True))


def _press(client: Any, path: Path, html: str, **button: str) -> str:
    index = [p.name for p in EXAMPLE_FILES].index(path.name)
    reply = client.post(f"/f/{index}", data=_multi(form_of(html), **button))
    assert reply.status_code == 200, reply.get_data(as_text=True)[:2000]
    return str(reply.get_data(as_text=True))


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_every_key_the_plan_names_has_a_control_named_by_its_path(client: Any, path: Path) -> None:
    catalog = default_catalog()
    loaded = load_file(str(path), catalog)
    plan = build_plan(loaded, catalog, as_of=AS_OF)
    html = _open(client, path)
    form = form_of(html)
    adds = set(buttons_of(html, "add"))
    data = loaded.document.data
    missing = []
    for step in plan.steps:
        assert step.finding.rule in buttons_of(html, "step") or not step.edits
        for key in step.keys:
            if "[i]" in key:  # a key of every party: the first party's control stands for it
                key = key.replace("[i]", "[0]")
            at = controls.by_index(key, data)
            if at is None:
                missing.append(key)
                continue
            name = controls.PREFIX + at
            if name in form:
                continue
            if at in adds:  # a list of items: a control per field of each item
                items = [n for n in form if n.startswith(f"{name}[")]
                count = len(data.get(at) or []) if isinstance(data.get(at), list) else 0
                assert not count or items, (key, "no item controls")
                continue
            if any(n.startswith(name + ".") for n in form):  # a section: its keys' controls
                continue
            missing.append(key)
    assert not missing, missing


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_pressing_the_plan_steps_in_turn_makes_the_example_ready(client: Any, path: Path) -> None:
    html = _open(client, path)
    pressed: list[str] = []
    for _ in range(40):
        verdict = _verdict(html)
        if verdict in ("ready", "concluded"):  # concluded: the idea ended, nothing to do
            break
        steps = buttons_of(html, "step")
        assert steps, (path.name, verdict, pressed)
        rule = steps[0]
        html = _press(client, path, html, step=rule)
        pressed.append(rule)
        assert "log" in form_of(html) and form_of(html)["log"] != "[]"
    assert _verdict(html) in ("ready", "concluded"), (path.name, pressed)
    if pressed:  # the edits ride in the form: the page drawn again from it agrees
        assert _verdict(_press(client, path, html, reassess="1")) == "ready"


def test_a_step_button_applies_its_example_edits(client: Any) -> None:
    path = EXAMPLES / "grenland-uten-avtale.yaml"
    html = _open(client, path)
    assert _verdict(html) == "not_ready"
    assert "IDE-05" in buttons_of(html, "step")
    before = form_of(html)
    after_html = _press(client, path, html, step="IDE-05")
    after = form_of(after_html)
    assert after["c:agreement.status"] != before["c:agreement.status"]
    assert 'data-rule="IDE-05"' not in after_html.split('id="change"')[0]
    assert "IDE-05" not in buttons_of(after_html, "step")
