"""Scraped text pages: strip site chrome and split 'Related Articles' blocks into stories.

Pages saved from news sites carry logos, app banners, tickers, view counters and
lists of related headlines, and often whole other stories under "Related Articles", each
with its own title, outlet and age. A reader sees several stories there; so do we.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlparse

from .. import rules
from ..resources import data_file, load_toml
from .story import RawStory, is_age

# Chrome patterns are data: briefer/data/chrome.toml, overridable (see briefer/rules.py).
_LINES = rules.regexes("chrome", "lines")
_INLINE_HINTS = rules.strings("chrome", "inline_hints")
_INLINE_CHROME = re.compile(
    r"\s*(?:" + "|".join(f"(?:{p})" for p in rules.regexes("chrome", "inline")) + r")\s*(?=\S|$)",
    re.I,
)
_SECTION = re.compile(
    r"^(related( articles?| stories| news| content)?|popular|most read|more stories|"
    r"more from .{1,30}|recommended( stories)?):?$",
    re.I,
)
_PAGE_DATE = re.compile(
    r"^date\s+(?P<date>\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$", re.I
)
_PAGE_LINK = re.compile(r"^(?:link|source|url|original):\s*(?P<url>https?://\S+)$", re.I)
_OUTLET_AGE = re.compile(
    r"^(?P<outlet>\S.{0,40}?)\s*(?P<age>(?:\d+|an?|one)\s+"
    r"(?:second|minute|hour|day|week|month|year)s?\s+ago)$",
    re.I,
)
_TIME_AGE = re.compile(r"^time\s*(?P<age>.+\bago)$", re.I)
_BULLET = re.compile(r"^[•·▪◦*-]\s*(?P<outlet>\S.{0,40})$")
_PROSE_END = re.compile(r"(?<![.…])[.!?][\"'’”»)\]]*(\s|$)")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'’”»)\]]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'’”»)\]]*(\s|$)")

MIN_STORY_WORDS = 25
MAX_FRAGMENT_WORDS = 5  # a last paragraph this short, with no sentence in it, is not text


@dataclass
class _PageMeta:
    published: date | None = None
    url: str | None = None


_ANY_CHROME = re.compile("|".join(f"(?:{pattern})" for pattern in _LINES), re.I)


def is_chrome(line: str) -> bool:
    """A whole line of site furniture rather than article text (one regex pass for all)."""
    return _ANY_CHROME.fullmatch(line) is not None


def strip_inline_chrome(line: str) -> str:
    """The line without advert markers and sign-up prompts inside it."""
    if not any(hint in line for hint in _INLINE_HINTS):  # nearly every line: no regex run
        return line.strip()
    return _INLINE_CHROME.sub(" ", line).strip()


def clean_text(text: str) -> str:
    """Drop chrome lines and inline ad markers; keep paragraphs separated by blank lines."""
    kept = [strip_inline_chrome(line.strip()) for line in text.split("\n")]
    return "\n\n".join(line for line in kept if line and not is_chrome(line))


def split_page(text: str) -> tuple[list[RawStory], list[str]]:
    """One `RawStory` per story on the page, and the lines dropped as chrome or headlines."""
    meta = _PageMeta()
    stripped: list[str] = []
    segments: list[list[str]] = [[]]
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if match := _PAGE_DATE.match(line):
            meta.published = date.fromisoformat(match["date"])
        elif match := _PAGE_LINK.match(line):
            meta.url = match["url"]
        elif _SECTION.match(line):
            segments.append([])
            stripped.append(line)
        elif is_chrome(line):
            stripped.append(line)
        else:
            cleaned = strip_inline_chrome(line)
            if cleaned != line:
                stripped += [m.group().strip() for m in _INLINE_CHROME.finditer(line)]
            if cleaned:
                segments[-1].append(cleaned)

    main = _parse_main(segments[0], meta)
    candidates = [main] if main else []
    for segment in segments[1:]:
        candidates.extend(_parse_related(segment))
    stories = []
    for story in candidates:
        if is_story(story.text):
            story.text, tail = _without_trailing_fragments(story.text)
            stripped += tail
            stories.append(story)
        else:
            stripped += [line for line in (story.title, *story.text.split("\n\n")) if line]
    return stories, stripped


def is_story(body: str) -> bool:
    """A body of real sentences, not a list of headlines (which rarely end with a full stop,
    and whose truncated entries end with '...')."""
    prose = [
        line
        for line in body.split("\n\n")
        if _PROSE_END.search(line) and not line.rstrip().endswith(("...", "…"))
    ]
    return sum(len(line.split()) for line in prose) >= MIN_STORY_WORDS


def _without_trailing_fragments(body: str) -> tuple[str, list[str]]:
    """A story ends with its last sentence: short fragments after it (an image's name, a
    label, a byline) are not article text."""
    paragraphs = body.split("\n\n")
    end = len(paragraphs)
    while end > 1 and len(paragraphs[end - 1].split()) <= MAX_FRAGMENT_WORDS:
        if _ENDS_SENTENCE.search(paragraphs[end - 1]):
            break
        end -= 1
    return "\n\n".join(paragraphs[:end]), paragraphs[end:]


def outlet_for_url(url: str) -> str:
    host = (urlparse(url).hostname or "").lower().removeprefix("www.")
    domains = _outlet_labels()
    for domain, label in domains.items():
        if host == domain or host.endswith("." + domain):
            return label
    return host


_OUTLETS: dict[str, str] | None = None


def _outlet_labels() -> dict[str, str]:
    global _OUTLETS
    if _OUTLETS is None:
        _OUTLETS = load_toml(data_file("outlets.toml")).get("domains", {})
    return _OUTLETS


def _parse_main(lines: list[str], meta: _PageMeta) -> RawStory | None:
    lines = _drop_repeats(lines)
    if not lines:
        return None
    title = None
    if len(lines) > 1 and _looks_like_title(lines[0]):
        title, lines = lines[0].lstrip("#").strip(), lines[1:]
    outlet = age = None
    if lines and (match := _OUTLET_AGE.match(lines[0])):
        outlet, age, lines = match["outlet"].strip(), match["age"], lines[1:]
    if meta.url and not outlet:
        outlet = outlet_for_url(meta.url)
    return RawStory(
        text="\n\n".join(lines),
        title=title,
        outlet=outlet,
        age=age,
        published=meta.published,
        url=meta.url,
    )


def _parse_related(lines: list[str]) -> list[RawStory]:
    """Related stories begin with their title printed twice; a list of headlines never does."""
    starts = [i for i in range(len(lines) - 1) if lines[i] == lines[i + 1]]
    first = starts[0] if starts else len(lines)
    stories = [RawStory(text="\n\n".join(lines[:first]))] if first else []  # headline lists
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        title = lines[start]
        outlet = age = None
        pos = start + 2
        while pos < end:
            line = lines[pos]
            following = lines[pos + 1] if pos + 1 < end else ""
            if line == title:
                pass
            elif match := _TIME_AGE.match(line):
                age = match["age"]
            elif match := _BULLET.match(line):
                outlet = outlet or match["outlet"].strip()
            elif match := _OUTLET_AGE.match(line):
                outlet, age = match["outlet"].strip(), match["age"]
            elif _is_label(line) and (
                _TIME_AGE.match(following) or _BULLET.match(following) or following == title
            ):
                outlet = line
            else:
                break
            pos += 1
        stories.append(
            RawStory(text="\n\n".join(lines[pos:end]), title=title, outlet=outlet, age=age)
        )
    return stories


def _drop_repeats(lines: list[str]) -> list[str]:
    """Scraped pages print the headline twice in a row; keep one."""
    return [line for i, line in enumerate(lines) if i == 0 or line != lines[i - 1]]


def _looks_like_title(line: str) -> bool:
    """Headlines are short and do not end with a full stop (they may ask a question)."""
    if line.startswith("#"):
        return True
    return len(line.split()) <= 30 and not re.search(r"\.[\"'’”»]?$", line)


def _is_label(line: str) -> bool:
    return len(line.split()) <= 5 and not _SENTENCE_END.search(line + " ") and not is_age(line)
