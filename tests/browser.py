"""Real-browser helpers: Debian's Chromium for printing, Playwright driving it for the DOM."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pypdf
import pytest

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_or_skip() -> str:
    """The browser's path. CI installs it (.ci/run); elsewhere a missing one skips, saying why."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed: .ci/run must install it (apt-get install chromium)")
    pytest.skip("chromium is not installed (apt-get install chromium); CI installs it")


def printed_pages(html: str, paper: str | None = None) -> int:
    """Pages of `html` printed by headless Chromium; `paper` ('A4') forces a page size."""
    if paper:
        html = html.replace("</head>", f"<style>@page {{ size: {paper}; }}</style></head>", 1)
    with tempfile.TemporaryDirectory() as work:
        page, pdf = Path(work) / "brief.html", Path(work) / "brief.pdf"
        page.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                chromium_or_skip(),
                *CHROMIUM_FLAGS,
                f"--user-data-dir={work}/profile",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=True,
        )
        return len(pypdf.PdfReader(pdf).pages)


def screenshot(html: str, png: Path, width: int = 600, browser: object | None = None) -> None:
    """A full-page screenshot at `width` CSS px, as a reader of a 600 px email column sees it.
    Uses `browser` (a Playwright Browser) when given, else launches Chromium for the shot."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as work:
        page_file = Path(work) / "brief.html"
        page_file.write_text(html, encoding="utf-8")

        def shoot(open_browser: object) -> None:
            page = open_browser.new_page(viewport={"width": width, "height": 800})
            page.goto(page_file.as_uri())
            page.screenshot(path=str(png), full_page=True)
            page.close()

        if browser is not None:
            shoot(browser)
            return
        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(
                executable_path=chromium_or_skip(), args=CHROMIUM_FLAGS[1:]
            )
            shoot(launched)
            launched.close()


PRINT_WIDTH_PX = 725  # Letter's 8.5 in less two 12 mm margins, in CSS px


def content_height(html: str, browser: object) -> float:
    """The brief's height in CSS px as Chromium lays it out for print (print media, the
    printable width of a Letter page): what briefer/layout.py estimates."""
    with tempfile.TemporaryDirectory() as work:
        page_file = Path(work) / "brief.html"
        page_file.write_text(html, encoding="utf-8")
        page = browser.new_page(viewport={"width": PRINT_WIDTH_PX, "height": 1000})
        page.emulate_media(media="print")
        page.goto(page_file.as_uri())
        height = page.evaluate(
            "document.querySelector('table.main').getBoundingClientRect().height"
        )
        page.close()
        return float(height)
