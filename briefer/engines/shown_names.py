"""The name a speaker is shown by: one the story writes, and the fullest it gives.

A reader checks a brief against the article by looking for the speaker's name in it. So the
name shown is written as the story writes it ('Ernst & Young', not the 'Ernst Young' a
word-by-word reading leaves), never one it does not write at all, and one entity has one
name: the full name the story gives before it shortens it ('Marsh & McLennan' for 'Marsh',
'Desmond Tutu' for 'Archbishop Tutu') or misspells it ('Diane Abbot' for 'Ms Abbott')."""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from ..abbreviations import definitions
from ..models import Evidence, Statement
from ..roles import HONORIFICS, ORGANISATION_WORDS, StoryNames
from ..textcache import text_cache
from .speech import PROXY_WORDS, find_quotes

VOICES = frozenset(PROXY_WORDS | {"official", "officials", "source", "sources"})

# What a word-by-word reading drops between a name's words: '&', '/', one small word, the
# marks around a nickname ('Antonio "LA" Reid'); an initial's or title's dot goes with its
# word ('Benjamin J. Rhodes', 'Gov. Kasich').
_JOINED = (
    r"(?:[ \t]*[&/]+[ \t]*|[ \t]+(?:and|of|for|the|without|Without)[ \t]+"
    r"|[ \t]*[\"“”][ \t]*|[ \t]+)"
)

# The rest of a body's name after its first words: capitalised words, '&' or a small word
# between them ('& McLennan', 'Rovers', 'of Britain').
_NAME_REST = re.compile(
    r"(?: ?& ?| (?:of|for) | )[A-Z][\w’'-]*(?:(?: ?& ?| (?:of|for) | )[A-Z][\w’'-]*)*"
)


def as_written(text: str, speaker: str) -> str | None:
    """The speaker's name as the story writes it, or None when it writes no such name. A
    name read word by word loses the signs and small words between its words ('Ernst &
    Young', 'In-Stat/MDR', 'Nurses Without Frontiers' were shown 'Ernst Young', 'In-Stat
    MDR', 'Nurses Frontiers'): they are put back. A name joined across punctuation
    ('Harrogate, Kennedy' -> 'Harrogate Kennedy') is no name a reader can find, nor one
    the story gives anyone. A voice is checked by its principal ("the Home Office's
    spokesman", 'REM spokesman')."""
    written = []
    for name in speaker.split(" and "):
        core = re.sub(r"[’']s? [a-z ]+$", "", name.removeprefix("the "))  # "X's spokesman"
        words = core.split()
        while len(words) > 1 and words[-1].lower() in VOICES:
            words.pop()  # 'REM spokesman'
        core = " ".join(words)
        if not words or core in text or core.replace("'", "’") in text:
            written.append(name)
            continue
        dotted = (
            [  # an initial's or a title's dot, never a sentence's ('Harrogate. Kennedy')
                re.escape(word) + (r"\.?" if len(word) == 1 or _is_abbreviation(word) else "")
                for word in words[:-1]
            ]
            + [re.escape(words[-1])]
        )
        found = re.search(rf"(?<![\w’']){_JOINED.join(dotted)}(?![\w’'])", text)
        if found is None:
            return None
        written.append(name.replace(core, found.group(), 1))
    return " and ".join(written)


def by_full_name(
    statement: Statement, text: str, names: StoryNames, sides: Container[str]
) -> Statement:
    """A body shown by the first words of a name the story gave it in full before ('Marsh'
    after 'Marsh & McLennan', 'the Bank' after 'the Bank of England') is shown by that name,
    and the statement records where the story gives it. Only when the story wrote the full
    name before it first used the short one (a firm's product, 'Google News' after 'Google',
    is not the firm) and gave no other longer name those words begin, and never for a
    person's name or a side the actors data knows ('Labour' is not 'Stevenage Labour
    Party')."""
    speaker = statement.speaker
    core = speaker.removeprefix("the ")
    words = core.split()
    if (
        not 1 <= len(words) <= 3
        or not all(w[:1].isupper() for w in words)
        or words[-1] in names.people
        or words[0] in names.by_given
        or statement.actor not in (speaker, core)
        or core in sides
        or words[-1] in sides
    ):
        return statement
    start = statement.evidence[0].start
    bare_first, longer = _uses_of(text, core)
    fuller: dict[str, int] = {}
    for at, full in longer:
        if at < start:
            fuller.setdefault(full, at)
    if len(fuller) != 1:
        return statement
    ((full, at),) = fuller.items()
    if bare_first is not None and bare_first < at:
        return statement
    shown = ("the " if speaker.startswith("the ") else "") + full
    return _shown_by(statement, shown, full, at, actor=shown)


def by_defined_name(statement: Statement, text: str, sides: Container[str]) -> Statement:
    """A body shown by a short form the story defined before the statement ('AK had
    insisted ...' after 'Athletics Kenya (AK) had suspended ...') is shown by the name it
    stands for: a reader of the brief never met 'AK'. The statement records where the
    story defines it; a side the actors data knows ('the EU') keeps its heading."""
    short = statement.speaker.removeprefix("the ")
    if not short.isupper() or statement.actor not in (statement.speaker, short) or short in sides:
        return statement
    start = statement.evidence[0].start
    found = [d for d in definitions(text) if d.short == short and d.at < start]
    if not found or len({d.name for d in found}) != 1:
        return statement
    name, at = found[0].name, found[0].at
    return _shown_by(statement, name, name, at, actor=name)


def by_described_name(statement: Statement, text: str) -> Statement:
    """A body shown by the lower-case words the story refers back to it with ('the assembly
    government said' after 'the Welsh Assembly Government', 'the health board' after 'the
    Powys Health Board') is shown by its name, as its heading already is; the statement
    records where the story last wrote that name before the words. One word ('the
    government', 'the party') may be a guess at which one, so it stays as written."""
    definite = statement.speaker.startswith(("the ", "The "))
    described = statement.speaker.split()[1:] if definite else statement.speaker.split()
    name = statement.actor.removeprefix("the ")
    words = name.split()
    if (
        len(described) < 2  # 'the government said' may be a guess at which government
        or not all(w.islower() for w in described)
        or len(words) <= len(described)
        or [w.lower() for w in words[-len(described) :]] != described
        or not words[0][:1].isupper()
    ):
        return statement
    start = statement.evidence[0].start
    at = text.rfind(name, 0, start)
    if at < 0:
        return statement
    return _shown_by(statement, ("the " if definite else "") + name, name, at)


def by_numbered_name(statement: Statement, text: str) -> Statement:
    """'50 Cent said': a one-word name the story only ever writes after the same number is
    shown with it ('50 Cent', not 'Cent'; a year is no part of a name: '2013 FOIA reply')."""
    word = statement.speaker
    if not word.isalpha() or not word[:1].isupper() or word.endswith("s"):
        return statement  # ('More than 100 Republicans said': a count of people)
    number = _only_number_before(text, word)
    if number is None:
        return statement
    shown = f"{number} {word}"
    at = text.find(shown)
    actor = shown if statement.actor == word else None  # a side of its own: the name's
    return _shown_by(statement, shown, shown, at, actor=actor)


def _only_number_before(text: str, word: str) -> str | None:
    """The number every use of `word` in the story follows, if it follows one each time of
    two or more: read once per story and name, as every statement of that speaker asks."""
    memo = _numbers_before(text)
    if word not in memo:
        pattern = rf"(?<![\w’'-])(?:(\d{{1,3}}) )?{re.escape(word)}(?![\w’'-])"
        uses = [match.group(1) for match in re.finditer(pattern, text)]
        one = len(uses) >= 2 and len(set(uses)) == 1 and uses[0] is not None
        memo[word] = uses[0] if one else None  # ('Under rule 11 Uefa said': once)
    return memo[word]


@text_cache(maxsize=64)
def _numbers_before(text: str) -> dict[str, str | None]:
    """Per story, what `_only_number_before` found for each name (filled as asked; a text
    cache, not `lru_cache`: equal texts of a second run are not compared on every lookup)."""
    return {}


def _shown_by(
    statement: Statement, shown: str, written: str, at: int, actor: str | None = None
) -> Statement:
    """The statement shown by the name `shown`, recording where the story writes it
    (`written` at `at`) as the chain the attribution check follows, unless it has one."""
    chain = Evidence(
        source_id=statement.evidence[0].source_id, start=at, end=at + len(written), quote=written
    )
    update: dict[str, object] = {"speaker": shown, "attribution": statement.attribution or chain}
    if actor is not None:
        update["actor"] = actor
    return statement.model_copy(update=update)


def _uses_of(text: str, core: str) -> tuple[int | None, tuple[tuple[int, str], ...]]:
    """Where the story first writes `core` alone, and where it writes it as the first words
    of a longer body's name ('Marsh & McLennan', 'the Bank of England'; not 'IBM Blue Gene',
    nor the end of another name, 'Commonwealth Bank of Australia', nor inside a quotation).
    Read once per story and name: every statement of that speaker asks again."""
    known = _name_uses(text)
    if core not in known:
        bare_first = None
        longer = []
        for match in re.finditer(rf"(?<![\w’'&/-]){re.escape(core)}(?![\w’'-])", text):
            if _ends_another_name(text, match.start()):
                continue  # 'the Central Bank', 'Wells Fargo Bank': not 'Bank' alone
            rest = _NAME_REST.match(text, match.end())
            if rest is None:
                bare_first = match.start() if bare_first is None else bare_first
                continue
            full = core + rest.group()
            if not _in_quote(text, match.start()) and (
                " of " in full or "&" in full or full.split()[-1] in ORGANISATION_WORDS
            ):
                longer.append((match.start(), full))
        known[core] = (bare_first, tuple(longer))
    return known[core]


def _ends_another_name(text: str, at: int) -> bool:
    """Does a capitalised word other than an article stand just before `at` ('Central Bank',
    'Commonwealth Bank of Australia'; not 'The Bank of England' opening a sentence)?"""
    before = re.search(r"([A-Z][\w’'-]*) $", text[max(0, at - 40) : at])
    return before is not None and before.group(1) not in ("The", "A", "An")


@text_cache(maxsize=64)
def _name_uses(text: str) -> dict[str, tuple[int | None, tuple[tuple[int, str], ...]]]:
    """A story's memo for `_uses_of`, filled as names are asked for."""
    return {}


def _in_quote(text: str, at: int) -> bool:
    """Does offset `at` stand inside quotation marks? (The story's quotes, read once.)"""
    return any(q.open_mark < at < q.close_mark for q in _quotes_of(text))


_quotes_of = text_cache(maxsize=64)(find_quotes)


def spelt_otherwise(names: StoryNames, surname: str) -> tuple[str, int] | None:
    """The one person the story names in full (and as a person: titled or with an
    honorific) with this surname spelt one letter otherwise ('Diane Abbot' ... 'Ms Abbott',
    'Jarek Kujda' ... 'Kudja'), and where it first does, when it never names anyone in full
    with the surname as written. None when no such person, or more than one, is named."""
    if len(surname) < 5 or surname in names.full_at:
        return None
    if any(name.split()[-1] == surname for name in names.roles):
        return None  # 'The Chancellor, Mr Brown': titled as written, his own person
    fits = {
        uses[0]
        for other, named in names.full_at.items()
        if other != surname
        and other in names.people
        and one_slip(other, surname)
        and other.rstrip("s") != surname.rstrip("s")  # 'Catholics', 'Wal-Marts': plurals
        and other.removesuffix("e") != surname.removesuffix("e")  # 'Brown'/'Browne',
        # 'Clark'/'Clarke': two surnames, not a slip
        for uses in [[full for _, full in named if len(full.split()) > 1]]
        if uses
    }
    if len(fits) != 1:
        return None
    (full,) = fits
    at = min(offset for offset, written in names.full_at[full.split()[-1]] if written == full)
    return full, at


def one_slip(a: str, b: str) -> bool:
    """Are two words one letter apart: one added, dropped, changed, or two swapped?"""
    if abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = sorted((a, b), key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def titled_full_name(
    names: StoryNames, surname: str, title: str, is_title: Callable[[str], bool]
) -> str | None:
    """The full name, without its title, the story gives a person it also calls by a title
    and surname alone ('Judge Letitia Clark' ... 'Judge Clark' -> 'Letitia Clark'): the one
    it writes with the same title, else the only one with that surname; None when the story
    gives none or several ('Judge Clark' is not the general Wesley Clark the story also
    names)."""
    titled: set[str] = set()
    untitled: set[str] = set()
    for _, full in names.full_at.get(surname, []):
        words = full.split()
        first = words[0]
        while words and is_title(words[0]):
            words.pop(0)
        if len(words) > 1 and words[-1] == surname:
            same = first == title or names.job_before.get(" ".join(words)) == title
            (titled if same else untitled).add(" ".join(words))
    fits = titled or untitled
    return next(iter(fits)) if len(fits) == 1 else None


# Abbreviated titles written before a name like an honorific ('Sen. Lindsey Graham').
TITLE_ABBREVIATIONS = frozenset("Sen Rep Gov Gen Lt Col Capt Sgt Adm Maj Supt Insp Cllr".split())


def _is_abbreviation(word: str) -> bool:
    return word in HONORIFICS or word in TITLE_ABBREVIATIONS


def is_honorific(word: str) -> bool:
    bare = word.rstrip(".")
    return bare in HONORIFICS or bare in TITLE_ABBREVIATIONS
