"""`readiness serve` in a real headless browser (Playwright driving Debian's Chromium): an
advisor opens a not-ready initiative, flips the agreement, sees the verdict change, and takes
the changed file away. Skipped without /usr/bin/chromium on a developer's machine; a failure
when CI=true (CI installs the browser, so a skip there would hide a broken install)."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import EXAMPLES, launch_browser, need_browser
from tests.webserver import running

pytestmark = pytest.mark.browser

SCREENSHOT = os.environ.get("READINESS_SCREENSHOT")  # where to keep a screenshot to look at


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    need_browser()
    with launch_browser() as b:
        yield b


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("browser")
    not_ready = root / "vestfold-uten-avtale.yaml"
    not_ready.write_text(
        (EXAMPLES / "vestfold-nord-klar.yaml")
        .read_text(encoding="utf-8")
        .replace("status: intent", "status: none  # venter på kommunestyret"),
        encoding="utf-8",
    )
    with running([str(not_ready)]) as base:
        yield base, not_ready


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    try:
        yield context.new_page()
    finally:
        context.close()


def _verdict(page: Any) -> str:
    return page.locator("#verdict").get_attribute("data-verdict")


def _wait_verdict(page: Any, verdict: str) -> None:
    page.wait_for_selector(f'#verdict[data-verdict="{verdict}"]', timeout=10_000)


def test_flip_the_agreement_and_download_the_changed_file(
    page: Any, site: tuple[str, Path], tmp_path: Path
) -> None:
    base, not_ready = site
    before = hashlib.sha256(not_ready.read_bytes()).hexdigest()
    page.goto(base + "/")
    page.click("text=vestfold-uten-avtale.yaml")
    # a click does not wait for the page it opens to load: wait until its script has set up
    # (it marks the body), or a change made before would post nothing
    page.wait_for_selector("body.js")
    assert _verdict(page) == "not_ready"
    assert page.locator("#verdict").inner_text() == "IKKE KLAR"
    assert page.locator('.findings.missing [data-rule="IDE-05"]').count() == 1

    page.select_option("select[name='c:agreement.status']", "signed")  # fetch, no reload
    _wait_verdict(page, "ready")
    change = page.locator("#change").inner_text()
    assert re.search(r"IKKE KLAR\s*→\s*KLAR", change)
    assert "Løst (1)" in change and "IDE-05" in change
    assert page.locator(".findings.missing").count() == 0

    page.select_option("select[name='c:agreement.status']", "intent")
    _wait_verdict(page, "ready")
    page.select_option("select[name='c:agreement.status']", "none")
    _wait_verdict(page, "not_ready")
    page.select_option("select[name='c:agreement.status']", "signed")
    _wait_verdict(page, "ready")
    if SCREENSHOT:
        page.screenshot(path=SCREENSHOT, full_page=False)

    with page.expect_download() as info:
        page.click("#download")
    download = info.value
    assert download.suggested_filename == "vestfold-uten-avtale.yaml"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    assert re.search(r"\n  status: signed +# venter på kommunestyret\n", text)
    assert text.startswith("# Viser:")  # the file's own comments are kept
    original = not_ready.read_text(encoding="utf-8")
    assert text == original.replace("status: none  #", "status: signed #")
    assert hashlib.sha256(not_ready.read_bytes()).hexdigest() == before  # never written


def test_english_switch_keeps_the_what_if(page: Any, site: tuple[str, Path]) -> None:
    base, _ = site
    page.goto(base + "/f/0")
    page.select_option("select[name='c:agreement.status']", "draft")
    _wait_verdict(page, "ready")
    page.click("button.lang")
    page.wait_for_selector("text=NOT READY")  # the comparison: NOT READY → READY
    assert page.locator("#verdict").inner_text() == "READY"
    assert page.locator("select[name='c:agreement.status']").input_value() == "draft"
    assert "Missing prerequisites" not in page.content()


def test_without_javascript_the_button_reassesses(browser: Any, site: tuple[str, Path]) -> None:
    base, _ = site
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base + "/f/0")
        page.select_option("select[name='c:agreement.status']", "signed")
        assert _verdict(page) == "not_ready"  # nothing happens by itself
        page.click("#reassess")  # a full page: wait for it, not for the one it replaces
        _wait_verdict(page, "ready")
        assert page.locator("select[name='c:agreement.status']").input_value() == "signed"
    finally:
        context.close()


def test_untick_a_youth_entry_and_add_one(page: Any, site: tuple[str, Path]) -> None:
    base, _ = site
    page.goto(base + "/f/0")
    page.select_option("select[name='c:agreement.status']", "signed")
    _wait_verdict(page, "ready")
    page.uncheck("input[name='c:youth_involvement[0]']")
    page.uncheck("input[name='c:youth_involvement[1]']")
    _wait_verdict(page, "not_ready")
    assert page.locator('.findings.missing [data-rule="IDE-06"]').count() == 1
    page.fill("input[name='c:youth_new.with']", "Ungdomsrådet i Færder")
    page.locator("input[name='c:youth_new.with']").blur()
    _wait_verdict(page, "ready")
