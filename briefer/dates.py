"""Dates: when a story was published (from its dateline), and what `--since` means.

Feeds, page metadata (trafilatura's htmldate) and JSON fields give most stories a date; a
plain-text story often gives one only in its dateline ("LONDON, 20 November 2026 - ...").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
]
DATELINE_CHARS = 200  # a dateline opens the story; a date further on is about something else

_SINCE = re.compile(r"^(?P<n>\d+)\s*(?P<unit>d|day|days|w|week|weeks)$", re.I)


def dateline_date(text: str) -> date | None:
    """The date in the story's opening words, if one is written out in full (with a year)."""
    head = text.lstrip()[:DATELINE_CHARS]
    found = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(head):
            month = match["month"]
            number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
            try:
                found.append((match.start(), date(int(match["year"]), number, int(match["day"]))))
            except ValueError:
                continue
    return min(found)[1] if found else None


def parse_since(value: str, today: date) -> date:
    """'2d', '1w', '3 days' back from today, or a date like 2026-11-20. ValueError otherwise."""
    text = value.strip()
    match = _SINCE.match(text)
    if match:
        days = int(match["n"]) * (7 if match["unit"].lower().startswith("w") else 1)
        return today - timedelta(days=days)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{value!r} is not like 2d, 1w or 2026-11-20") from None
