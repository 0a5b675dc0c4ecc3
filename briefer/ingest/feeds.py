"""Feeds as inputs: RSS, Atom, JSON Feed, and OPML lists of them.

Each entry's page is fetched (politely, see `crawl`) and cleaned like any page; when the page
cannot be had, the feed's own summary stands in. Entries the feed dates before `--since` are
not fetched at all. A feed that fails costs that feed one line; the others go on.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import urljoin

from ..models import Skipped
from .crawl import Fetched, Fetcher
from .decode import NotText, decode_bytes
from .fetch import FetchError
from .formats import Parsed, _plain_html_text, looks_like_html, parse_html, parse_text
from .pages import MIN_STORY_WORDS, clean_text
from .story import RawStory

FEED_SUFFIXES = (".opml", ".rss", ".atom", ".xml")
MAX_ENTRIES_PER_FEED = 100
MAX_FEEDS = 200
MAX_ENTRY_LINES = 3  # entries of one feed that could not be used, one line each; more: one

_XML_HEAD = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?P<tag>[\w:]+)", re.S)


@dataclass
class FeedEntry:
    link: str | None
    title: str | None
    published: date | None
    summary: str
    outlet: str | None


@dataclass
class FeedReport:
    """What reading feeds did, for one line on stderr."""

    feeds: int = 0
    entries: int = 0
    too_old: int = 0
    pages: int = 0
    summaries: int = 0  # pages that could not be had, so the feed's summary was used
    fallback_reasons: list[str] = field(default_factory=list)


def sniff(data: bytes) -> str | None:
    """'opml', 'feed' or 'jsonfeed' when the bytes are one, else None (a page, a text)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    match = _XML_HEAD.match(head)
    if match:
        tag = match["tag"].split(b":")[-1].lower()
        if tag == b"opml":
            return "opml"
        if tag in (b"rss", b"feed", b"rdf"):
            return "feed"
        return None
    if head.lstrip().startswith(b"{") and b"jsonfeed.org" in head:
        return "jsonfeed"
    return None


def feed_urls(opml: bytes, base: str | None) -> list[str]:
    """Every outline's xmlUrl, in document order, without repeats."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    root = etree.fromstring(opml, parser)
    if root is None:
        return []
    urls = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url:
            urls.append(urljoin(base, url) if base else url)
    return list(dict.fromkeys(urls))[:MAX_FEEDS]


def parse_feed(data: bytes, base: str | None) -> tuple[str | None, list[FeedEntry]]:
    """(feed title, entries) of RSS/Atom (feedparser) or JSON Feed; raises ValueError with a
    one-line reason when it is not a feed."""
    if sniff(data) == "jsonfeed":
        return _parse_json_feed(data, base)
    import feedparser

    parsed = feedparser.parse(data)
    title = _text(parsed.feed.get("title"))
    entries = []
    for item in parsed.entries[:MAX_ENTRIES_PER_FEED]:
        link = _text(item.get("link"))
        content = item.get("content") or []
        summary = next((c.get("value", "") for c in content if c.get("value")), "") or (
            item.get("summary") or ""
        )
        source = item.get("source") or {}
        entries.append(
            FeedEntry(
                link=urljoin(base, link) if base and link else link,
                title=_text(item.get("title")),
                published=_struct_date(item.get("published_parsed") or item.get("updated_parsed")),
                summary=summary,
                outlet=_text(source.get("title")) or title,
            )
        )
    entries = [entry for entry in entries if entry.link or entry.summary.strip()]
    if not entries:
        problem = parsed.get("bozo_exception")
        if problem:
            raise ValueError(f"not a readable feed ({type(problem).__name__}: {problem})")
        if parsed.get("version"):
            raise ValueError("the feed has no entries")
        raise ValueError("not a readable feed (no RSS, Atom or JSON Feed in it)")
    return title, entries


def _parse_json_feed(data: bytes, base: str | None) -> tuple[str | None, list[FeedEntry]]:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a readable JSON Feed ({exc})") from None
    items = doc.get("items") if isinstance(doc, dict) else None
    if not isinstance(items, list) or not items:
        raise ValueError("the JSON Feed has no items")
    title = _text(doc.get("title"))
    entries = []
    for item in items[:MAX_ENTRIES_PER_FEED]:
        if not isinstance(item, dict):
            continue
        link = _text(item.get("url")) or _text(item.get("external_url"))
        summary = next(
            (
                item[key]
                for key in ("content_html", "content_text", "summary")
                if isinstance(item.get(key), str) and item[key].strip()
            ),
            "",
        )
        entries.append(
            FeedEntry(
                link=urljoin(base, link) if base and link else link,
                title=_text(item.get("title")),
                published=_iso_date(_text(item.get("date_published") or item.get("date_modified"))),
                summary=summary,
                outlet=title,
            )
        )
    return title, entries


class FeedReader:
    """Reads the feeds of one run. `fetcher` is a `crawl.Fetcher`; `outlet_for_url` gives the
    known outlet of a link (None when unknown), which wins over the feed's title."""

    def __init__(
        self,
        fetcher: Fetcher,
        since: date | None,
        outlet_for_url: Callable[[str], str | None],
        skipped: list[Skipped],
    ) -> None:
        self.fetcher = fetcher
        self.since = since
        self.outlet_for_url = outlet_for_url
        self.skipped = skipped
        self.report = FeedReport()
        self._seen_links: set[str] = set()
        self._seen_locations: set[str] = set()

    def read(
        self, name: str, data: bytes, kind: str, base: str | None
    ) -> Iterator[tuple[str, Parsed]]:
        """The stories of one feed or OPML document already in hand."""
        if kind == "opml":
            self._seen_locations.add(name)
            try:
                urls = feed_urls(data, base)
            except Exception as exc:
                self.skipped.append(
                    Skipped(path=name, reason=f"not a readable OPML file ({type(exc).__name__})")
                )
                return
            if not urls:
                self.skipped.append(Skipped(path=name, reason="the OPML file lists no feeds"))
            web = [url for url in urls if re.match(r"https?://", url, re.I)]
            if base and len(web) < len(urls):  # a list from the web names no local files
                left_out = len(urls) - len(web)
                self.skipped.append(
                    Skipped(
                        path=name,
                        reason=(
                            f"{left_out} {'entry' if left_out == 1 else 'entries'} that "
                            f"{'is' if left_out == 1 else 'are'} not an http(s) URL left out"
                        ),
                    )
                )
                urls = web
            web = [url for url in web if url not in self._seen_locations]
            fetched = self.fetcher.get_many(web, respect_robots=False) if web else {}
            for url in urls:  # fetched all at once, read in the order the list gives
                yield from self.read_location(
                    url, None if base else Path(name).parent, fetched.get(url)
                )
            return
        try:
            _, entries = parse_feed(data, base)
        except (ValueError, RecursionError) as exc:
            self.skipped.append(
                Skipped(
                    path=name,
                    reason=str(exc) if isinstance(exc, ValueError) else "nested too deeply to read",
                )
            )
            return
        self.report.feeds += 1
        yield from self._stories(name, entries)

    def read_location(
        self,
        location: str,
        base_dir: Path | None = None,
        fetched: Fetched | FetchError | None = None,
    ) -> Iterator[tuple[str, Parsed]]:
        """A feed named in an OPML file: a URL (perhaps fetched already), or a path relative
        to that file. Each is read once, so lists that name each other cannot loop."""
        if location in self._seen_locations:
            return
        self._seen_locations.add(location)
        if re.match(r"https?://", location, re.I):
            try:
                if isinstance(fetched, FetchError):
                    raise fetched
                fetched = fetched or self.fetcher.get(location)
            except FetchError as exc:
                self.skipped.append(Skipped(path=location, reason=f"feed not read: {exc}"))
                return
            kind = sniff(fetched.body) or "feed"
            yield from self.read(location, fetched.body, kind, fetched.url)
            return
        path = (
            (base_dir / location)
            if base_dir and not Path(location).is_absolute()
            else (Path(location))
        )
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.skipped.append(
                Skipped(
                    path=str(path),
                    reason=f"feed not read: cannot read "
                    f"({(exc.strerror or type(exc).__name__).lower()})",
                )
            )
            return
        yield from self.read(str(path), data, sniff(data) or "feed", None)

    def _stories(self, feed: str, entries: list[FeedEntry]) -> Iterator[tuple[str, Parsed]]:
        wanted = []
        unused: list[Skipped] = []
        for entry in entries:
            if entry.link and entry.link in self._seen_links:
                continue
            if entry.link:
                self._seen_links.add(entry.link)
            self.report.entries += 1
            if self.since and entry.published and entry.published < self.since:
                self.report.too_old += 1
                continue
            wanted.append(entry)
        links = [e.link for e in wanted if e.link and re.match(r"https?://", e.link)]
        pages = self.fetcher.get_many(links, respect_robots=True) if links else {}
        for entry in wanted:
            result = pages.get(entry.link or "")
            name = entry.link or entry.title or "feed entry"
            story, why_not = None, "no link"
            if result is not None and not isinstance(result, FetchError):
                story, why_not = self._page_story(result.body, result.url, result.content_type)
            elif isinstance(result, FetchError):
                why_not = str(result)
            if story is None:
                story = self._summary_story(entry)
                if story is None:
                    unused.append(
                        Skipped(
                            path=name,
                            reason=(
                                f"page not used ({why_not}) and the feed gives no summary of "
                                f"{MIN_STORY_WORDS}+ words"
                            ),
                        )
                    )
                    continue
                self.report.summaries += 1
                self.report.fallback_reasons.append(why_not)
            else:
                self.report.pages += 1
            story.title = entry.title or story.title
            story.published = entry.published or story.published
            story.url = entry.link or story.url
            story.outlet = (
                (entry.link and self.outlet_for_url(entry.link)) or entry.outlet or (story.outlet)
            )
            yield name, Parsed([story])
        if len(unused) > MAX_ENTRY_LINES:  # a host that is down costs its feed one line
            unused = [
                Skipped(
                    path=feed,
                    reason=f"{len(unused)} entries not used (first: "
                    f"{unused[0].path}: {unused[0].reason})",
                )
            ]
        self.skipped.extend(unused)

    def _page_story(self, body: bytes, url: str, content_type: str) -> tuple[RawStory | None, str]:
        try:
            text = decode_bytes(body).text
        except NotText as exc:
            return None, str(exc)
        html = "html" in content_type or looks_like_html(text)
        try:
            parsed = parse_html(text, url=url) if html else parse_text(text)
        except Exception as exc:  # a parser's bug costs this page, not the feed
            return None, f"could not be parsed ({type(exc).__name__})"
        stories = [s for s in parsed.stories if len(s.text.split()) >= MIN_STORY_WORDS]
        if not stories:
            return None, "no story on the page"
        return stories[0], ""

    def _summary_story(self, entry: FeedEntry) -> RawStory | None:
        summary = entry.summary or ""
        text = _plain_html_text(summary) if "<" in summary else clean_text(summary)
        if len(text.split()) < MIN_STORY_WORDS:
            return None
        return RawStory(text=text)

    def note(self) -> str | None:
        """One line about the feeds read, or None when there were none."""
        report = self.report
        if not report.feeds:
            return None
        line = f"feeds: {report.feeds} read, {report.entries} entries, {report.pages} pages used"
        if report.summaries:
            line += (
                f", {report.summaries} from the feed's summary (page not used: "
                f"{report.fallback_reasons[0]})"
            )
        if report.too_old:
            line += f", {report.too_old} older than --since left out"
        return line + "."


def _text(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _struct_date(value: object) -> date | None:
    """A date from feedparser's time.struct_time (UTC); None for anything else."""
    if not isinstance(value, tuple):  # struct_time is a tuple
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc).date()
    except (TypeError, ValueError, OverflowError):
        return None


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        match = re.match(r"(\d{4}-\d{2}-\d{2})", value)
        try:
            return date.fromisoformat(match[1]) if match else None
        except ValueError:
            return None
