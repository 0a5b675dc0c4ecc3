"""When a claim was made, as the reader needs to see it next to the claim.

Two things date a claim: the article's own words around it ("in January", "in 2023", "last
week", "on 3 March") and its source's date when that source is much older than the newest
one cited (a 2024 report beside this week's news). A page's relative age ("6 days ago") is
only meaningful with the day it was read, so it is shown with that day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from .ingest.story import is_age, resolve_age
from .models import Source

OLDER_AFTER_DAYS = 30  # a source this much older than the newest one cited gets its date shown

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_DATED = re.compile(
    rf"\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Ll]ast|[Mm]id-?)\s+{_MONTH}"
    rf"(?:\s+(?:19|20)\d\d)?"
    rf"|(?:[Oo]n\s+)?\d{{1,2}}\s+{_MONTH}(?:\s+(?:19|20)\d\d)?"
    rf"|(?:[Oo]n\s+)?{_MONTH}\s+\d{{1,2}}(?:,\s+(?:19|20)\d\d)?"
    r"|(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate)\s+(?:19|20)\d\d"
    r"|[Ll]ast\s+(?:week|month|year|spring|summer|autumn|fall|winter)"
    r"|[Ee]arlier\s+this\s+(?:week|month|year))\b"
)


def dated_phrase(text: str) -> str | None:
    """The first phrase of `text` that dates what it reports ('in January', 'last week')."""
    match = _DATED.search(text)
    return " ".join(match.group(0).split()) if match else None


def source_date(source: Source, read_on: date) -> date | None:
    """The source's date, or its relative age counted back from the day it was read."""
    if source.published:
        return source.published
    return resolve_age(source.age, read_on) if source.age else None


def newest_date(sources: Iterable[Source], read_on: date) -> date | None:
    dates = [d for d in (source_date(s, read_on) for s in sources) if d]
    return max(dates, default=None)


def claim_when(context: str, source: Source, newest: date | None, read_on: date) -> str | None:
    """What to show next to a claim: the article's own dating, and the source's date when it
    is older than the rest ('in January; reported 2024-02-14')."""
    parts = []
    phrase = dated_phrase(context)
    if phrase:
        parts.append(phrase[0].lower() + phrase[1:])
    published = source_date(source, read_on)
    if published and newest and (newest - published).days > OLDER_AFTER_DAYS:
        parts.append(f"reported {published.isoformat()}")
    return "; ".join(parts) or None


def shown_date(when: str, read_on: date) -> str:
    """A source's date as the sources list shows it: a relative age ('6 days ago') gets the
    day it was read, since the age counts back from then."""
    if is_age(when):
        return f"{when} (read {read_on.isoformat()})"
    return when
