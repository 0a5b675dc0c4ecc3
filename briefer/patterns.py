"""One builder for "any of these words or phrases, as whole words" regular expressions.

Stance cues, act cues and actor aliases are all matched this way: longest alternative first
(so 'only if' wins over 'if'), never inside a longer word ('if' is not in 'gift').
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NEVER = re.compile(r"(?!x)x")  # matches nothing: an empty list of phrases


def any_of(
    phrases: Iterable[str],
    *,
    regex: bool = False,
    ignore_case: bool = True,
    not_after: str = r"\w'",
) -> re.Pattern[str]:
    """A pattern matching any phrase as a whole word. `regex`: the phrases are regular
    expressions ('urge[sd]?'), else literal text. `not_after`: the characters (a regex class
    body) that may not come right before a match: a word character and an apostrophe by
    default, so "won't" does not match 't'; actor aliases add '.' ('U.S.' is not 'S.')."""
    alternatives = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not alternatives:
        return NEVER
    body = "|".join(alternatives if regex else map(re.escape, alternatives))
    return re.compile(rf"(?<![{not_after}])(?:{body})(?![\w])", re.IGNORECASE if ignore_case else 0)
