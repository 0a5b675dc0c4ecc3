"""One parser per input format. Each returns stories plus problems worth one line each."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import date

from .pages import clean_text, outlet_for_url, split_page
from .story import RawStory

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

_TEXT_FIELDS = ("text", "body", "content")


@dataclass
class Parsed:
    stories: list[RawStory] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    stripped: list[str] = field(default_factory=list)  # lines dropped as site chrome


def parse_text(text: str) -> Parsed:
    stories, stripped = split_page(text)
    return Parsed(stories, stripped=stripped)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def parse_html(html: str, url: str | None = None) -> Parsed:
    """Main text and metadata via trafilatura; plain lxml text if trafilatura finds none."""
    import trafilatura  # slow import; only pay for it when there is HTML
    from trafilatura.settings import Document

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception:
        doc = None
    if isinstance(doc, Document) and doc.text and doc.text.strip():  # a dict only if as_dict
        text = clean_text(doc.text)
        story = RawStory(
            text=text,
            title=doc.title,
            outlet=doc.sitename,
            url=doc.url or url,
            published=_parse_date(doc.date),
        )
    else:
        text = _plain_html_text(html)
        if not text:
            return Parsed(problems=["no readable text in this HTML"])
        story = RawStory(text=text, url=url)
    if story.url and not story.outlet:
        story.outlet = outlet_for_url(story.url)
    return Parsed([story])


def parse_json(text: str) -> Parsed:
    """A JSON object, a list of objects, or {"articles": [...]}, with title/text/url/... fields."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return Parsed(problems=[f"not valid JSON (line {exc.lineno}: {exc.msg})"])
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    parsed = Parsed()
    for index, record in enumerate(records, 1):
        where = f"record {index}" if len(records) > 1 else "the object"
        _add_record(parsed, record, where)
    return parsed


def parse_jsonl(text: str) -> Parsed:
    parsed = Parsed()
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            parsed.problems.append(f"line {number}: not valid JSON ({exc.msg})")
            continue
        _add_record(parsed, record, f"line {number}")
    return parsed


def _add_record(parsed: Parsed, record: object, where: str) -> None:
    if not isinstance(record, dict):
        parsed.problems.append(f"{where}: expected an object with a 'text' field")
        return
    body = next((record[key] for key in _TEXT_FIELDS if isinstance(record.get(key), str)), "")
    if not body.strip():
        parsed.problems.append(f"{where}: no 'text' field with content")
        return
    text = _plain_html_text(body) if looks_like_html(body) else clean_text(body)
    url = _string(record.get("url"))
    outlet = _string(record.get("outlet")) or (outlet_for_url(url) if url else None)
    published_raw = _string(record.get("published") or record.get("date"))
    published = _parse_date(published_raw)
    story = RawStory(
        text=text, title=_string(record.get("title")), outlet=outlet, url=url, published=published
    )
    if published_raw and not published:
        story.age = published_raw
    parsed.stories.append(story)


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    match = re.match(r"(\d{4}-\d{2}-\d{2})", value.strip())
    if not match:
        return None
    try:
        return date.fromisoformat(match[1])
    except ValueError:
        return None


def _plain_html_text(html: str) -> str:
    """Visible text of broken or unusual HTML, scripts and styles removed."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for element in root.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    blocks = [block.strip() for block in root.text_content().split("\n")]
    return clean_text("\n".join(block for block in blocks if block))
