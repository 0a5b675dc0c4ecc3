"""A story as a reader found it, before it gets an id and becomes a `Source`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_AGE = re.compile(
    r"^(?P<n>\d+|an?|one)\s+(?P<unit>second|minute|hour|day|week|month|year)s?\s+ago$", re.I
)
_UNIT_DAYS = {"second": 0, "minute": 0, "hour": 0, "day": 1, "week": 7, "month": 30, "year": 365}


@dataclass
class RawStory:
    text: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    age: str | None = None
    url: str | None = None


def resolve_age(age: str, as_of: date) -> date | None:
    """'6 days ago' against an as-of date; hours and minutes ago are the same day."""
    match = _AGE.match(age.strip())
    if not match:
        return None
    count = 1 if match["n"].lower() in ("a", "an", "one") else int(match["n"])
    return as_of - timedelta(days=count * _UNIT_DAYS[match["unit"].lower()])


def is_age(text: str) -> bool:
    return bool(_AGE.match(text.strip()))
