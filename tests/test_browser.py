"""The brief as a reader gets it: printed by Chromium, and opened in it at 600 px."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from browser import chromium_or_skip, printed_pages, screenshot

from briefer import pipeline
from briefer.llm.client import LLMSettings
from briefer.llm.transport import ReplayTransport
from briefer.render import render

from conftest import FIXTURE_MODEL, RECORDINGS, SEEDS


def _html(inputs: list[str], topic: str, **options) -> str:
    brief, _ = pipeline.make_brief(
        inputs, topic, pipeline.RunOptions(generated_at=date(2025, 8, 22), **options)
    )
    return render(brief, "html")


def _bbc_30_articles(bbc: Path) -> list[str]:
    articles = [
        p
        for p in sorted((bbc / "politics").glob("*.txt"))
        if "election" in p.read_text(errors="replace").lower()
    ]
    return [str(p) for p in articles[:30]]


def _open(browser, html: str, tmp_path: Path, width: int = 600, dark: bool = False):
    page_file = tmp_path / "brief.html"
    page_file.write_text(html, encoding="utf-8")
    page = browser.new_page(
        viewport={"width": width, "height": 900}, color_scheme="dark" if dark else "light"
    )
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(page_file.as_uri())
    return page, dialogs


@pytest.mark.parametrize("paper", [None, "A4"])
def test_the_seeds_brief_prints_on_one_page_with_both_engines(paper):
    chromium_or_skip()
    offline = _html([str(SEEDS)], "ceasefire")
    llm = _html(
        [str(SEEDS)],
        "ceasefire",
        engine="llm",
        llm=LLMSettings(model=FIXTURE_MODEL, transport=ReplayTransport(RECORDINGS)),
    )
    assert printed_pages(offline, paper) == 1
    assert printed_pages(llm, paper) == 1


def test_a_30_article_bbc_brief_prints_on_one_page(bbc):
    chromium_or_skip()
    articles = _bbc_30_articles(bbc)
    assert len(articles) == 30
    html = _html(articles, "general election")
    assert "left out to fit one page" in html  # it had to trim, and says so
    assert printed_pages(html) == 1
    assert printed_pages(html, "A4") == 1


def test_without_the_page_limit_the_same_brief_would_not_fit(bbc):
    """The check above can fail: the untrimmed brief really is longer than a page."""
    chromium_or_skip()
    from briefer.compose import ComposeOptions

    original = ComposeOptions.__init__

    def no_limit(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.one_page = False

    ComposeOptions.__init__ = no_limit
    try:
        html = _html(_bbc_30_articles(bbc), "general election")
    finally:
        ComposeOptions.__init__ = original
    assert printed_pages(html) > 1


def test_at_600px_nothing_overflows_and_every_citation_resolves(browser, tmp_path):
    page, _ = _open(browser, _html([str(SEEDS)], "ceasefire"), tmp_path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 600
    citations = page.evaluate("""() => [...document.querySelectorAll('a.cite')].map(a => ({
        target: a.getAttribute('href').slice(1), title: a.title,
        exists: !!document.getElementById(a.getAttribute('href').slice(1))}))""")
    assert len(citations) >= 8
    assert all(c["exists"] for c in citations), [c for c in citations if not c["exists"]]
    assert all(c["title"] for c in citations)  # the excerpt shows on hover
    page.click("a.cite")
    assert page.evaluate("location.hash").startswith("#ex-")
    page.close()


def test_dark_mode_clients_get_light_text_on_dark(browser, tmp_path):
    page, _ = _open(browser, _html([str(SEEDS)], "ceasefire"), tmp_path, dark=True)
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    color = page.evaluate("getComputedStyle(document.querySelector('td.content')).color")
    assert background == "rgb(27, 27, 27)" and color == "rgb(232, 232, 232)"
    page.close()


def test_hostile_article_text_runs_nothing_and_shows_as_text(browser, tmp_path):
    hostile = (
        "Leaders discussed the ceasefire at length. 'The ceasefire <script>window.pwned="
        '1;alert(1)</script> is <img src=x onerror="window.pwned=2;alert(2)"> fine '
        "</style><script>window.pwned=3</script> today,' Foreign Minister Jane Doe "
        "said on Monday. Talks on the ceasefire continue this week with mediators."
    )
    record = {
        "title": "Truce </title><script>window.pwned=4</script>",
        "text": hostile,
        "url": "javascript:alert(5)",
        "outlet": "<b onmouseover=alert(6)>Evil</b>",
    }
    (tmp_path / "evil.json").write_text(json.dumps(record))
    html = _html([str(tmp_path / "evil.json")], "ceasefire")
    page, dialogs = _open(browser, html, tmp_path)
    page.hover("a.cite")
    page.hover("ul.overview li")
    assert dialogs == []
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("document.querySelectorAll('script, img, b').length") == 0
    assert page.evaluate("[...document.querySelectorAll('a[href^=\"javascript\"]')].length") == 0
    text = page.inner_text("body")
    assert '<script>window.pwned="1;alert(1)</script>' in text or "<script>" in text
    assert "<img src=x onerror=" in text
    page.close()


def test_screenshot_at_email_width(browser, tmp_path):
    png = tmp_path / "brief.png"
    screenshot(_html([str(SEEDS)], "ceasefire"), png, browser=browser)
    with png.open("rb") as handle:
        header = handle.read(24)
    width = int.from_bytes(header[16:20], "big")
    height = int.from_bytes(header[20:24], "big")
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and width == 600 and height > 600
