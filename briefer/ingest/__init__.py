"""Ingest: files, folders, URLs and stdin become `Source`s; bad inputs become `Skipped` lines."""

from __future__ import annotations

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

import httpx

from ..models import Skipped, Source
from .decode import NotText, decode_bytes
from .fetch import FetchError, fetch_url
from .formats import Parsed, looks_like_html, parse_html, parse_json, parse_jsonl, parse_text
from .pages import MIN_STORY_WORDS
from .parallel import map_in_order, worker_count
from .story import RawStory, resolve_age

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
DEFAULT_MAX_BYTES = 20_000_000


@dataclass
class Corpus:
    """What ingestion found: usable sources, inputs it skipped and notes worth a line."""

    sources: list[Source] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stripped: dict[str, list[str]] = field(default_factory=dict)  # path -> lines removed


@dataclass
class IngestOptions:
    as_of: date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    stdin: BinaryIO | None = None
    http_client: httpx.Client | None = None
    workers: int | None = None  # processes reading a folder; None: every core, for a big one
    on_file: Callable[[int], None] | None = None  # told of each file read (progress)


def ingest(inputs: Sequence[str], options: IngestOptions | None = None) -> Corpus:
    """Read every input in order; one bad input never stops the others."""
    options = options or IngestOptions()
    corpus = Corpus()
    for item in inputs:
        for name, parsed in _read_input(item, options, corpus):
            if parsed.stripped:
                corpus.stripped[name] = parsed.stripped
            for problem in _summarised(parsed.problems):
                corpus.skipped.append(Skipped(path=name, reason=problem))
            if not parsed.stories and not parsed.problems:
                corpus.skipped.append(Skipped(path=name, reason=(
                    f"no story found (only headlines, or under {MIN_STORY_WORDS} words)")))
            stories = [story for story in parsed.stories if _has_words(story.text)]
            if parsed.stories and not stories:
                corpus.skipped.append(Skipped(path=name, reason=(
                    f"no story found (under {MIN_STORY_WORDS} words of text)")))
            for story in stories:
                corpus.sources.append(_to_source(story, name, len(corpus.sources) + 1, options))
    return corpus


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


def _read_input(item: str, options: IngestOptions, corpus: Corpus
                ) -> Iterator[tuple[str, Parsed]]:
    if item == "-":
        stream = options.stdin or sys.stdin.buffer
        yield from _parse_bytes("<stdin>", stream.read(), None, corpus)
    elif re.match(r"https?://", item):
        try:
            text, is_html = fetch_url(item, options.http_client, options.max_bytes)
        except (FetchError, NotText) as exc:
            corpus.skipped.append(Skipped(path=item, reason=str(exc)))
            return
        yield item, parse_html(text, url=item) if is_html or looks_like_html(text) else (
            parse_text(text))
    else:
        paths = list(_expand(Path(item), corpus))
        workers = worker_count(len(paths), options.workers)
        for found in map_in_order(_load_file, paths, options.max_bytes, workers):
            corpus.skipped += found.skipped
            corpus.notes += found.notes
            if options.on_file is not None:
                options.on_file(1)
            yield from found.parsed


@dataclass
class _Loaded:
    """One file's stories, or why not: what a worker process sends back."""

    parsed: list[tuple[str, Parsed]]
    skipped: list[Skipped]
    notes: list[str]


def _load_file(path: Path, max_bytes: int) -> _Loaded:
    """Read, decode and clean one file; runs in a worker process for a big folder."""
    mine = Corpus()
    data = _read_file(path, IngestOptions(max_bytes=max_bytes), mine)
    parsed = [] if data is None else _parse_safely(str(path), data, path.suffix.lower(), mine)
    return _Loaded(parsed, mine.skipped, mine.notes)


def _parse_safely(name: str, data: bytes, suffix: str, corpus: Corpus
                  ) -> list[tuple[str, Parsed]]:
    """One file's stories, or one line saying why not: a parser's failure on a strange file
    (nesting 100,000 deep, say) costs that file only."""
    try:
        return list(_parse_bytes(name, data, suffix, corpus))
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
        for root, dirs, names in os.walk(path):  # does not follow symlinked folders: no loops
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            where = Path(root).relative_to(path).parts
            files += [((*where, name), root) for name in names if not name.startswith(".")]
        articles = []
        for parts, root in sorted(files):  # the order of the relative paths' parts
            file = Path(root, parts[-1])
            if file.suffix.lower() in SUPPORTED_SUFFIXES:
                articles.append(file)
            else:
                corpus.skipped.append(Skipped(path=str(file),
                                              reason=f"unsupported file type '{file.suffix}'"))
        if not articles:
            corpus.skipped.append(Skipped(
                path=str(path), reason="folder has no articles (" + " ".join(SUPPORTED_SUFFIXES)
                + ")"))
        yield from articles
    elif path.exists() or path.is_symlink():
        yield path
    else:
        corpus.skipped.append(Skipped(path=str(path), reason="no such file or folder"))


def _read_file(path: Path, options: IngestOptions, corpus: Corpus) -> bytes | None:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
            corpus.skipped.append(Skipped(path=str(path), reason="not a regular file"))
            return None
        size = info.st_size
        if size > options.max_bytes:
            corpus.skipped.append(Skipped(path=str(path), reason=(
                f"too large ({size / 1e6:.1f} MB; the limit is {options.max_bytes / 1e6:.0f} MB,"
                " see --max-file-mb)")))
            return None
        return path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        corpus.skipped.append(Skipped(path=str(path), reason=f"cannot read ({reason.lower()})"))
        return None


def _parse_bytes(name: str, data: bytes, suffix: str | None, corpus: Corpus
                 ) -> Iterator[tuple[str, Parsed]]:
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
    return Source(
        id=f"s{number}", title=story.title or _title_from_text(story.text), outlet=story.outlet,
        published=published, age=story.age, url=story.url, path=path, text=story.text,
    )


def _title_from_text(text: str, max_words: int = 12) -> str:
    """No headline on the page: the opening words of the story stand in for one."""
    first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    words = first.split()
    return " ".join(words) if len(words) <= max_words else " ".join(words[:max_words]) + " …"
