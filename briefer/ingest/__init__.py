"""Ingest: files, folders, URLs and stdin become `Source`s; bad inputs become `Skipped` lines."""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import httpx

from ..dates import dateline_date
from ..models import Skipped, Source
from .crawl import DEFAULT_TIMEOUT, Fetcher
from .decode import NotText, decode_bytes
from .feeds import FEED_SUFFIXES, FeedReader, sniff
from .fetch import FetchError
from .formats import Parsed, looks_like_html, parse_html, parse_json, parse_jsonl, parse_text
from .pagecache import PageCache
from .pages import MIN_STORY_WORDS
from .parallel import map_in_order, worker_count
from .story import RawStory, resolve_age

SUPPORTED_SUFFIXES = (
    ".txt",
    ".md",
    ".markdown",
    ".html",
    ".htm",
    ".json",
    ".jsonl",
    *FEED_SUFFIXES,
)
DEFAULT_MAX_BYTES = 20_000_000


@dataclass
class Corpus:
    """What ingestion found: usable sources, inputs it skipped and notes worth a line."""

    sources: list[Source] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stripped: dict[str, list[str]] = field(default_factory=dict)  # path -> lines removed
    too_old: int = 0  # sources dated before --since, left out
    undated: int = 0  # sources with no date found, kept


@dataclass
class IngestOptions:
    as_of: date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    stdin: BinaryIO | None = None
    http_client: httpx.Client | None = None
    since: date | None = None  # leave out sources dated before this (undated ones are kept)
    page_cache: Path | None = None  # fetched pages kept here for conditional re-fetches
    fetch_timeout: float = DEFAULT_TIMEOUT
    outlet_for_url: Callable[[str], str | None] | None = None  # known outlet of a link
    workers: int | None = None  # processes reading a folder; None: every core, for a big one
    on_file: Callable[[int], None] | None = None  # told of each file read (progress)
    _feeds: FeedReader | None = field(default=None, repr=False)


def ingest(inputs: Sequence[str], options: IngestOptions | None = None) -> Corpus:
    """Read every input in order; one bad input never stops the others."""
    options = options or IngestOptions()
    corpus = Corpus()
    try:
        _ingest(inputs, options, corpus)
    finally:
        if options._feeds is not None:
            note = options._feeds.note()
            if note:
                corpus.notes.append(note)
            corpus.too_old += options._feeds.report.too_old
            options._feeds.fetcher.close()
            options._feeds = None
    if options.since:
        kept = [s for s in corpus.sources if s.published is None or s.published >= options.since]
        corpus.too_old += len(corpus.sources) - len(kept)
        corpus.sources = kept
    corpus.undated = sum(source.published is None for source in corpus.sources)
    return corpus


def _feeds(options: IngestOptions, corpus: Corpus) -> FeedReader:
    """One fetcher and feed reader per run, made when the first URL or feed needs it."""
    if options._feeds is None:
        if options.outlet_for_url is None:
            from ..outlets import load_outlets

            options.outlet_for_url = load_outlets().for_url
        fetcher = Fetcher(
            PageCache(options.page_cache) if options.page_cache else None,
            options.http_client,
            timeout=options.fetch_timeout,
            max_bytes=options.max_bytes,
        )
        options._feeds = FeedReader(fetcher, options.since, options.outlet_for_url, corpus.skipped)
    return options._feeds


def _ingest(inputs: Sequence[str], options: IngestOptions, corpus: Corpus) -> None:
    for item in inputs:
        for name, parsed in _read_input(item, options, corpus):
            if parsed.stripped:
                corpus.stripped[name] = parsed.stripped
            for problem in _summarised(parsed.problems):
                corpus.skipped.append(Skipped(path=name, reason=problem))
            if not parsed.stories and not parsed.problems:
                corpus.skipped.append(
                    Skipped(
                        path=name,
                        reason=(
                            f"no story found (only headlines, or under {MIN_STORY_WORDS} words)"
                        ),
                    )
                )
            stories = [story for story in parsed.stories if _has_words(story.text)]
            if parsed.stories and not stories:
                corpus.skipped.append(
                    Skipped(
                        path=name,
                        reason=(f"no story found (under {MIN_STORY_WORDS} words of text)"),
                    )
                )
            for story in stories:
                corpus.sources.append(_to_source(story, name, len(corpus.sources) + 1, options))


def _has_words(text: str) -> bool:
    """Enough words with letters in them to be an article, whatever the format said."""
    found = islice(_WORD_WITH_LETTER.finditer(text), MIN_STORY_WORDS)  # stops early
    return sum(1 for _ in found) >= MIN_STORY_WORDS


_WORD_WITH_LETTER = re.compile(r"(?<!\S)\S*?[^\W\d_]")  # from a word's start to its 1st letter


MAX_PROBLEM_LINES = 3  # per file; more are summed up in one line


def _summarised(problems: list[str]) -> list[str]:
    """A few problems one line each; a file with many (1,000 broken records) gets one line."""
    if len(problems) <= MAX_PROBLEM_LINES:
        return problems
    return [f"{len(problems)} records or lines not used (first: {problems[0]})"]


def _read_input(item: str, options: IngestOptions, corpus: Corpus) -> Iterator[tuple[str, Parsed]]:
    if item == "-":
        stream = options.stdin or sys.stdin.buffer
        yield from _parse_bytes("<stdin>", stream.read(), None, corpus, options)
    elif file_url_path(item) is not None:
        yield from _read_input(file_url_path(item) or "", options, corpus)
    elif re.match(r"[a-z][a-z0-9+.-]*://", item, re.I) and not re.match(r"https?://", item, re.I):
        corpus.skipped.append(
            Skipped(
                path=item,
                reason=(
                    f"unsupported URL scheme '{item.split(':', 1)[0]}' "
                    "(use http(s)://, file:// or a path)"
                ),
            )
        )
    elif re.match(r"https?://", item):
        yield from _read_url(item, options, corpus)
    else:
        paths = list(_expand(Path(item), corpus))
        workers = worker_count(len(paths), options.workers)
        for path, found in zip(
            paths, map_in_order(_load_file, paths, options.max_bytes, workers), strict=True
        ):
            corpus.skipped += found.skipped
            corpus.notes += found.notes
            if options.on_file is not None:
                options.on_file(1)
            if found.feed is not None:  # a feed may fetch its entries: the parent's job
                yield from _parse_safely(
                    str(path), found.feed, path.suffix.lower(), corpus, options
                )
            yield from found.parsed


@dataclass
class _Loaded:
    """One file's stories, or why not: what a worker process sends back."""

    parsed: list[tuple[str, Parsed]]
    skipped: list[Skipped]
    notes: list[str]
    feed: bytes | None = None  # a feed or OPML file, left for the parent to read


def _load_file(path: Path, max_bytes: int) -> _Loaded:
    """Read, decode and clean one file; runs in a worker process for a big folder."""
    mine = Corpus()
    options = IngestOptions(max_bytes=max_bytes)
    data = _read_file(path, options, mine)
    suffix = path.suffix.lower()
    if data is not None and suffix in (*FEED_SUFFIXES, ".json") and sniff(data):
        return _Loaded([], mine.skipped, mine.notes, feed=data)
    parsed = [] if data is None else _parse_safely(str(path), data, suffix, mine, options)
    return _Loaded(parsed, mine.skipped, mine.notes)


def _read_url(url: str, options: IngestOptions, corpus: Corpus) -> Iterator[tuple[str, Parsed]]:
    """A page, or a feed or OPML list whose entries are read in turn."""
    reader = _feeds(options, corpus)
    try:
        fetched = reader.fetcher.get(url)
    except FetchError as exc:
        corpus.skipped.append(Skipped(path=url, reason=str(exc)))
        return
    kind = sniff(fetched.body)
    if kind:
        yield from reader.read(url, fetched.body, kind, fetched.url)
        return
    try:
        text = decode_bytes(fetched.body).text
    except NotText as exc:
        corpus.skipped.append(Skipped(path=url, reason=str(exc)))
        return
    is_html = "html" in fetched.content_type or "xml" in fetched.content_type
    yield url, parse_html(text, url=url) if is_html or looks_like_html(text) else (parse_text(text))


def _parse_safely(
    name: str, data: bytes, suffix: str, corpus: Corpus, options: IngestOptions
) -> list[tuple[str, Parsed]]:
    """One file's stories, or one line saying why not: a parser's failure on a strange file
    (nesting 100,000 deep, say) costs that file only."""
    try:
        return list(_parse_bytes(name, data, suffix, corpus, options))
    except RecursionError:
        reason = "nested too deeply to read"
    except Exception as exc:  # any parser's bug must not end the run
        reason = f"could not be parsed ({type(exc).__name__})"
    corpus.skipped.append(Skipped(path=name, reason=reason))
    return []


def _expand(path: Path, corpus: Corpus) -> Iterator[Path]:
    """A file as given; a folder's supported files, recursively, in sorted order."""
    if path.is_dir():
        files = []

        def unreadable(error: OSError) -> None:  # said, never skipped in silence
            reason = (error.strerror or type(error).__name__).lower()
            corpus.skipped.append(
                Skipped(path=str(error.filename or path), reason=f"cannot read folder ({reason})")
            )

        # does not follow symlinked folders: no loops
        for root, dirs, names in os.walk(path, onerror=unreadable):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            where = Path(root).relative_to(path).parts
            files += [((*where, name), root) for name in names if not name.startswith(".")]
        articles = []
        for parts, root in sorted(files):  # the order of the relative paths' parts
            file = Path(root, parts[-1])
            broken = _broken_link(file)
            if broken:
                corpus.skipped.append(Skipped(path=str(file), reason=broken))
            elif file.suffix.lower() in SUPPORTED_SUFFIXES:
                articles.append(file)
            else:
                corpus.skipped.append(
                    Skipped(path=str(file), reason=f"unsupported file type '{file.suffix}'")
                )
        if not articles:
            corpus.skipped.append(
                Skipped(
                    path=str(path),
                    reason="folder has no articles (" + " ".join(SUPPORTED_SUFFIXES) + ")",
                )
            )
        yield from articles
    elif _broken_link(path):
        corpus.skipped.append(Skipped(path=str(path), reason=_broken_link(path)))
    elif path.exists():
        yield path
    else:
        corpus.skipped.append(Skipped(path=str(path), reason="no such file or folder"))


def _broken_link(path: Path) -> str | None:
    """Why a symbolic link leads nowhere (a loop, a missing target), or None."""
    if not path.is_symlink():
        return None
    try:
        path.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 reports a loop this way
        return "symbolic link loop"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"broken symbolic link (its target {os.readlink(path)} does not exist)"
    return None


def file_url_path(item: str) -> str | None:
    """The local path a file:// URL names (file:///etc/x -> /etc/x), else None."""
    if not item.lower().startswith("file://"):
        return None
    parts = urlsplit(item)
    if parts.netloc not in ("", "localhost"):
        return None
    return url2pathname(unquote(parts.path))


def _read_file(path: Path, options: IngestOptions, corpus: Corpus) -> bytes | None:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
            corpus.skipped.append(Skipped(path=str(path), reason="not a regular file"))
            return None
        size = info.st_size
        if size > options.max_bytes:
            corpus.skipped.append(
                Skipped(
                    path=str(path),
                    reason=(
                        f"too large ({size / 1e6:.1f} MB; "
                        f"the limit is {options.max_bytes / 1e6:.0f} MB, see --max-file-mb)"
                    ),
                )
            )
            return None
        return path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        corpus.skipped.append(Skipped(path=str(path), reason=f"cannot read ({reason.lower()})"))
        return None


def _parse_bytes(
    name: str, data: bytes, suffix: str | None, corpus: Corpus, options: IngestOptions
) -> Iterator[tuple[str, Parsed]]:
    if suffix in (*FEED_SUFFIXES, ".json", None) and (kind := sniff(data)):
        yield from _feeds(options, corpus).read(name, data, kind, None)
        return
    if suffix in FEED_SUFFIXES:
        corpus.skipped.append(Skipped(path=name, reason="not an RSS, Atom or OPML file"))
        return
    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        corpus.skipped.append(Skipped(path=name, reason=str(exc)))
        return
    if decoded.note:
        corpus.notes.append(f"{name}: {decoded.note}")
    text = decoded.text
    if suffix in (".html", ".htm") or (suffix is None and looks_like_html(text)):
        yield name, parse_html(text)
    elif suffix == ".json":
        yield name, parse_json(text)
    elif suffix == ".jsonl":
        yield name, parse_jsonl(text)
    else:
        yield name, parse_text(text)


def _to_source(story: RawStory, path: str, number: int, options: IngestOptions) -> Source:
    published = story.published
    if published is None and story.age and options.as_of:
        published = resolve_age(story.age, options.as_of)
    if published is None and not story.age:
        published = dateline_date(story.text)
    return Source(
        id=f"s{number}",
        title=story.title or _title_from_text(story.text),
        outlet=story.outlet,
        published=published,
        age=story.age,
        url=story.url,
        path=path,
        text=story.text,
    )


def _title_from_text(text: str, max_words: int = 12) -> str:
    """No headline on the page: the opening words of the story stand in for one."""
    first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    words = first.split()
    return " ".join(words) if len(words) <= max_words else " ".join(words[:max_words]) + " …"
