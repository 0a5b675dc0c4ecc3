"""Measure glyph widths of the HTML brief's font stack in Chromium, for briefer/layout.py.

Run: python tools/measure_glyphs.py   (needs Chromium and Playwright; writes
briefer/data/glyph_widths.json). On Linux Chromium resolves the stack to Liberation Sans,
which has Arial's metrics, so the table also stands for Arial and Helvetica.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from playwright.sync_api import sync_playwright

FONT_STACK = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
EXTRA = "‘’“”–—…•·✓⇄↔€£«»′″→←"
CHARS = "".join(map(chr, range(32, 127))) + "".join(map(chr, range(160, 256))) + EXTRA
OUT = Path(__file__).resolve().parents[1] / "briefer" / "data" / "glyph_widths.json"


def main() -> None:
    browser_path = shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=browser_path, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page()
        widths = page.evaluate(
            """([chars, stack]) => {
            const ctx = document.createElement('canvas').getContext('2d');
            const out = {};
            for (const weight of ['normal', 'bold']) {
                ctx.font = `${weight} 1000px ${stack}`;
                out[weight] = Object.fromEntries([...chars].map(
                    c => [c, Math.round(ctx.measureText(c).width) / 1000]));
            }
            return out;
        }""",
            [CHARS, FONT_STACK],
        )
        browser.close()
    OUT.write_text(
        json.dumps({"font_stack": FONT_STACK, "em": widths}, ensure_ascii=False, indent=0) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT} ({len(CHARS)} glyphs, regular and bold)")


if __name__ == "__main__":
    main()
