"""HTML → PDF with headless Chromium's print-to-PDF (A4 comes from the page's @page rule).

Chromium is chosen over WeasyPrint because the browser tests need it anyway and it needs no
Python package; WeasyPrint would need pango from the system as well. The browser is found as
``$READINESS_CHROMIUM`` or on PATH as chromium, chromium-browser, google-chrome or
google-chrome-stable. It prints a file we wrote ourselves; the page's CSP allows no script
and no fetch.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from readiness.errors import UsageError

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT_SECONDS = 90
# How Chromium runs here and in the browser tests. The sandbox needs user namespaces, which
# containers and root often lack; the page is our own escaped HTML whose Content-Security-Policy
# forbids scripts and fetches. (--blink-settings=scriptEnabled=false would be stricter but makes
# headless print-to-PDF write nothing, seen with Chromium 156.)
CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def find_chromium() -> str | None:
    explicit = os.environ.get("READINESS_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def html_to_pdf(html: str) -> bytes:
    """Print ``html`` to PDF; a missing or failing browser is a usage error (exit 2)."""
    browser = find_chromium()
    if browser is None:
        raise UsageError("report.pdf.no_backend")
    with tempfile.TemporaryDirectory(prefix="readiness-pdf-") as tmp:
        page = Path(tmp) / "report.html"
        out = Path(tmp) / "report.pdf"
        page.write_text(html, encoding="utf-8")
        args = [
            browser,
            "--headless",
            *CHROMIUM_FLAGS,
            f"--user-data-dir={Path(tmp) / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            page.as_uri(),
        ]
        try:
            proc = subprocess.run(args, capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise UsageError("report.pdf.failed", detail=type(exc).__name__) from exc
        if not out.is_file() or out.stat().st_size == 0:
            tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [
                f"exit {proc.returncode}"
            ]
            raise UsageError("report.pdf.failed", detail=tail[0][:200])
        return out.read_bytes()
