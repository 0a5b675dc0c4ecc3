"""Who the article says a person is: the title, party or country it binds to their name.

"Tory leader Michael Howard", "Welsh Lib Dem leader Mike German", "Home Secretary Charles
Clarke", "Clinton campaign chairman John Podesta", "Mike German, the Welsh Liberal Democrat
leader," - the words *next to* the name decide the side, before any data file, and a name is
never read as a country because a word of it looks like one ("Mike German" is not Germany).

`StoryNames` reads a story once (linear in its length) and answers every later question from
that index: full names by surname, and the role bound to each name. Both engines use it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from . import rules
from .actors import Actors
from .engines.speech import (
    BODY_NOUNS,
    NOT_NAMES,
    PERSON_NOUNS,
    find_quotes,
    is_hyphenated_modifier,
)
from .engines.speech import ORGANISATION_WORDS as ORGANISATION_WORDS  # re-exported

COMMENTATORS = "Analysts and commentators"
HONORIFICS = rules.words("names", "honorifics")
# Lower-case words that make up a title bound to a name ("shadow home secretary", "campaign
# chairman", "presidential nominee").
TITLE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson minister ministry adviser advisor president
    chancellor envoy leader official diplomat secretary aide governor mayor chief head deputy
    foreign defence defense policy affairs special prime home interior national security state
    general colonel commander ambassador representative negotiator director analyst expert
    professor senator congressman congresswoman lawmaker mp mep msp am mps shadow party justice
    finance economy trade culture health education presidential vice nominee candidate campaign
    chairman chairwoman chair manager strategist pollster economist commentator lecturer
    researcher fellow editor correspondent columnist executive founder boss secretary-general
    first deputy-leader leader's co-founder chief-executive assistant attorney treasurer whip
    backbencher councillor peer member premier officer commissioner dj ceo""".split()
)
STAFF_WORDS = frozenset(
    "spokesman spokeswoman spokesperson aide adviser advisor campaign chairman chairwoman "
    "manager strategist assistant".split()
)
COMMENTATOR_WORDS = frozenset(
    """analyst analysts professor lecturer economist economists commentator commentators
    expert experts researcher researchers academic pollster columnist editor correspondent
    think-tank fellow""".split()
)
# Capitalised words that open sentences or clauses (or name a day), never part of a title
# or a name: briefer/data/names.toml.
_NOT_TITLE = NOT_NAMES
_RUN = re.compile(r"(?<![\w’'])[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# The words of an appositive before its head noun: up to four, none a preposition or 'and'
# (', a UK oil firm,' is a firm; ', the head of the union,' is no union).
APPOSITIVE_MODIFIERS = r"(?:(?!(?:of|for|at|in|with|to|and)\b)[\w’'-]+\s+){0,4}?"
# An appositive naming a kind of body: ', a UK oil firm,' after 'Cairn Energy'.
_BODY_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+"
    + APPOSITIVE_MODIFIERS
    + r"(?:"
    + "|".join(sorted(BODY_NOUNS, key=len, reverse=True))
    + r")[,.;]"
)
_SPEAKS_NEXT = re.compile(
    r"(?:,(?!\s+(?:which|where)\b)| (?:said|says|told|added|argued|insisted|warned|claimed)\b)"
)  # not 'the new stadium in Stanley Park, which ...': 'which' is said of things
_WHO_NEXT = re.compile(r",\s+who\s+(?!(?:have|are|were)\b)")  # 'England, who have lost': a team
_CLAUSE_END = re.compile(r"[,.;:()\n]")
_UNNAMED = re.compile(
    r"\b(?:A|An|a|an) (?:[\w-]+ ){0,3}?(?:spokesman|spokeswoman|spokesperson|"
    r"official|aide|source|adviser)\b"
)
_GIVEN = re.compile(r"[A-Z][a-z’'-]+")
_AFTER_THE = re.compile(r"(?<![\w’'])[Tt]he\s+$")
_APPOSITIVE_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
_MAX_TITLE = 6


@dataclass(frozen=True)
class Role:
    """What the article binds to a name: the title words, the side they name (None when
    none), the principal a staff title names ('Clinton campaign chairman' -> 'Clinton'), and
    whether the title makes an unaffiliated commentator."""

    title: str
    actor: str | None
    principal: str | None = None
    commentator: bool = False


def _clean(word: str) -> tuple[str, bool, bool]:
    """(word without a trailing full stop or possessive, possessive?, ended in punctuation?)"""
    stripped = word.rstrip(".,;:!?)\"”’'-")
    punctuated = stripped != word and not word.endswith(("’s", "'s"))
    possessive = stripped.endswith(("’s", "'s"))
    if possessive:
        stripped = stripped[:-2]
    return stripped, possessive, punctuated


@functools.lru_cache(maxsize=8192)
def _is_name_word(word: str) -> bool:
    """Could this word be part of a person's or a body's name? Cached: a story asks about
    the same few hundred words some hundred thousand times."""
    return (
        word[:1].isupper()
        and not is_hyphenated_modifier(word)  # 'Paris-based'
        and word not in _NOT_TITLE
        and word not in HONORIFICS
        and word.lower() not in TITLE_WORDS
    )


def _is_title_word(word: str) -> bool:
    if word in _NOT_TITLE or word in HONORIFICS or not _WORD.fullmatch(word):
        return False
    if is_hyphenated_modifier(word):
        return False
    return word[:1].isupper() or word.lower() in TITLE_WORDS


@dataclass
class StoryNames:
    """One reading of one story: full names by surname and roles by name."""

    full_names: dict[str, str] = field(default_factory=dict)
    full_at: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # every full use
    knights: dict[str, str] = field(default_factory=dict)  # 'Ian' -> 'Ian Blair' (Sir Ian Blair)
    job_before: dict[str, str] = field(default_factory=dict)  # 'Ian Dale' -> 'Coach
    by_given: dict[str, set[str]] = field(default_factory=dict)  # 'Sharon' -> {'Sharon Osbourne'}
    roles: dict[str, Role] = field(default_factory=dict)
    mention_at: list[int] = field(default_factory=list)  # people named in the article's own
    mention_key: list[str] = field(default_factory=list)  # words: offsets and surnames
    mention_subject: list[bool] = field(default_factory=list)  # does the name open its clause
    mention_unsure: list[bool] = field(default_factory=list)  # an untitled full name's
    # surname the story never uses alone ('Tsunami Blog', 'Old Trafford'): perhaps no person
    capitalised_inside: set[str] = field(default_factory=set)  # capitalised mid-sentence
    people: frozenset[str] = frozenset()  # the surnames in `mention_key`
    possessive_at: frozenset[int] = frozenset()  # mentions written 'Mr Bush's'
    introduced_at: frozenset[int] = frozenset()  # first mentions with a description after
    # them ('came from Brian Gammage, vice-president of research at Gartner')
    first_at: dict[str, int] = field(default_factory=dict)  # surname -> first mention
    long_forms: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # short form
    # (upper case) -> where the story writes the body's full name, and how

    def long_form(self, short: str, at: int) -> tuple[int, str] | None:
        """The full name the story gave, before offset `at`, for a body it then calls by a
        short form ('PTC' after 'the Parents Television Council (PTC)', 'FA' after 'the
        Football Association', 'Bat' after 'British American Tobacco'), and where: the
        last such use. None when the word is no short form the story explains, or names a
        person ('Mr Bat')."""
        if not _SHORT_FORM.fullmatch(short) or short in self.people or short in self.by_given:
            return None  # 'Sam' the story's Sam Lee, not 'Severn Area Marine'

        before = [use for use in self.long_forms.get(short.upper(), []) if use[0] < at]
        return before[-1] if before else None

    def _mentions_between(self, start: int, end: int) -> range:
        """Indexes of the mentions whose offsets fall in [start, end)."""
        return range(
            bisect.bisect_left(self.mention_at, start), bisect.bisect_left(self.mention_at, end)
        )

    def _same(self, i: int, key: str | None, name: str | None) -> bool:
        """Is mention `i` the person with surname `key` (and full name `name`)? Two people
        who share a surname are told apart by the full name last given before the mention."""
        if self.mention_key[i] != key:
            return False
        if name is None or key is None or " " not in name:
            return True
        return self.full_name_at(key, self.mention_at[i]) in (name, key)

    def last_other_subject(
        self,
        key: str | None,
        start: int,
        end: int,
        name: str | None = None,
        ignore: Callable[[int], bool] | None = None,
    ) -> tuple[str, int] | None:
        """When exactly one other person is named between the offsets, and as the subject
        of their clause ('But Mr Hirsch from X said ...', 'The shadow foreign secretary,
        Michael Ancram, welcomed ...'): their surname and where. A reader takes a following
        'he' to be them. Mentions `ignore` accepts (by index) do not count."""
        kept = [
            i
            for i in self._mentions_between(start, end)
            if (ignore is None or not ignore(i)) and not self.mention_unsure[i]
        ]  # 'Dina Mehta is a blogger who helps the Tsunami Blog. She says': one person
        others = {
            (self.mention_key[i], self.full_name_at(self.mention_key[i], self.mention_at[i]))
            for i in kept
            if not self._same(i, key, name)
        }
        if len(others) != 1 or any(k == "" for k, _ in others) or not kept:
            return None
        i = kept[-1]
        if self._same(i, key, name) or not (
            self.mention_subject[i] or self.mention_at[i] in self.introduced_at
        ):  # a person introduced with a description is whom a next "he" means
            return None
        return self.mention_key[i], self.mention_at[i]

    def other_person_between(
        self,
        key: str | None,
        start: int,
        end: int,
        name: str | None = None,
        ignore: Callable[[int], bool] | None = None,
    ) -> bool:
        """Does the article name a person other than `key` (`name`) in its own words
        between these offsets? Then 'he' or 'she' after them is not sure to mean the last
        speaker. Mentions `ignore` accepts (by index: 'Mrs Hale' for a 'he') do not count."""
        return bool(self._others_between(key, start, end, name, ignore))

    def _others_between(
        self,
        key: str | None,
        start: int,
        end: int,
        name: str | None,
        ignore: Callable[[int], bool] | None,
    ) -> list[int]:
        """Indexes of the mentions between the offsets of people other than `key` (`name`)
        that `ignore` does not accept."""
        return [
            i
            for i in self._mentions_between(start, end)
            if not self._same(i, key, name) and (ignore is None or not ignore(i))
        ]

    def other_subject_between(
        self,
        key: str | None,
        start: int,
        end: int,
        name: str | None = None,
        ignore: Callable[[int], bool] | None = None,
    ) -> bool:
        """Does a person other than `key` (`name`) open a clause between the offsets, not as
        a possessive ('Though Ms Olivieri has lived there ...', not "Mr Bush's plan")?
        Mentions `ignore` accepts (by index) do not count."""
        return any(
            self.mention_subject[i] and self.mention_at[i] not in self.possessive_at
            for i in self._others_between(key, start, end, name, ignore)
        )

    def only_objects_between(
        self,
        key: str | None,
        start: int,
        end: int,
        name: str | None = None,
        ignore: Callable[[int], bool] | None = None,
        opens: Callable[[int], bool] = lambda at: False,
    ) -> bool:
        """Are all other people named between these offsets named where they do not open
        their clause ('... the plans of Mr Brown'; not "Mr Bush's first task", nor a name
        opening a sentence, `opens` by offset), and is there at least one? A person the story
        introduces ('One dissenting opinion came from Brian Gammage, vice-president of
        research') is whom a reader takes the next 'he' to be, so they count as a subject."""
        others = self._others_between(key, start, end, name, ignore)
        return bool(others) and not any(
            self.mention_subject[i]
            or self.mention_at[i] in self.possessive_at
            or opens(self.mention_at[i])
            or self.mention_at[i] in self.introduced_at
            for i in others
        )

    def last_subject_at(
        self, key: str | None, start: int, end: int, name: str | None = None
    ) -> int | None:
        """Where the article last makes this person (`key`, `name`) the subject of a clause
        between the offsets ('However Mr Mulligan was not convinced'), else None."""
        for i in reversed(self._mentions_between(start, end)):
            if self.mention_subject[i] and self._same(i, key, name):
                return self.mention_at[i]
        return None

    def person_between(
        self, key: str | None, start: int, end: int, name: str | None = None
    ) -> bool:
        """Does the article name this person (`key`, `name`) in its own words between the
        offsets?"""
        return key is not None and any(
            self._same(i, key, name) for i in self._mentions_between(start, end)
        )

    def full_name(self, surname: str) -> str:
        """'Howard' -> 'Michael Howard' when the story names him in full somewhere."""
        return self.full_names.get(surname, surname)

    def full_name_at(self, word: str, at: int) -> str:
        """The full name a reader gives a bare surname at offset `at`: the person of that
        surname the story named in full last before it ('Azmat Begg, father of Moazzam'
        after 'Moazzam Begg'; 'Mr Blair' after 'Tony Blair', not an earlier 'Sir Ian
        Blair'), else the first one named after it. A knight's given name alone ('Sir Ian')
        is the knight ('Sir Ian Blair'); so is a given name alone that only one full name in
        the story starts with ('Sharon said' after 'Sharon Osbourne')."""
        if len(word) > 1 and word.isalpha() and word.isupper():
            return word  # 'UKIP said' after 'members of London UKIP': an acronym is no surname
        uses = self.full_at.get(word)
        if uses:
            before = [full for offset, full in uses if offset <= at]
            return before[-1] if before else uses[0][1]
        if word in self.knights or word in self.full_names:
            return self.knights.get(word, self.full_names.get(word, word))
        given = self.by_given.get(word, set())
        if len(given) != 1:
            return word
        (full,) = given
        last = full.split()[-1]
        if len(last) == 1 or (last.isupper() or last in ORGANISATION_WORDS):
            return word  # 'Sony PSP', 'Google News', 'Donald J' (of 'Donald J. Trump'): no
            # surname is an initial, in capitals or a body's word
        person = last in self.people or word in self.people or full in self.roles
        return full if person else word  # titled or with an honorific ('Mr Chung')

    def role(self, name: str) -> Role | None:
        """The role bound to this name (a surname alone finds the full name's role)."""
        return self.roles.get(name)


def read_story(text: str, actors: Actors) -> StoryNames:
    """Index a story: one regex pass finds runs of capitalised words; each run is looked at
    once, with the few words just before and after it."""
    names = StoryNames()
    runs = list(_RUN.finditer(text))
    for run in runs:
        words = [_clean(w) for w in run.group().split(" ")]
        offsets = _offsets(run.group(), run.start())
        if _describes_the_name_after(text, run, actors):
            _note_full_names(names, words[1:], offsets[1:])  # 'Former Aston Villa striker':
            # the club keeps its name, the standing word joins none
        elif not _names_a_publication(text, run):
            _note_full_names(names, words, offsets)
        k = 0
        while k < len(words):
            if not _is_name_word(words[k][0]):
                k += 1
                continue
            end = k
            while (
                end + 1 < len(words)
                and not words[end][1]
                and not words[end][2]
                and _is_name_word(words[end + 1][0])
            ):
                end += 1
            if end - k < 4:
                name = " ".join(w for w, _, _ in words[k : end + 1])
                after = offsets[end] + len(run.group().split(" ")[end])
                role = _title_before(text, offsets[k], actors)
                if role is None and end == len(words) - 1:
                    role = _appositive(text, after, actors)
                if role is not None:
                    _remember(names, name, role)
            k = end + 1
    _note_mentions(names, text, runs, actors)
    names.long_forms = _long_forms(text, names, actors)
    return names


# A short form: an acronym ('PTC', 'FA') or one written as a word ('Nato', 'Bat').
_SHORT_FORM = re.compile(r"[A-Z]{2,6}|[A-Z][a-z]{2,4}")
_LONG_NAME = re.compile(r"(?<![\w’'])[A-Z][\w’'-]*(?: (?:(?:of|for|and|&|the) )*[A-Z][\w’'-]*)+")
_JOINERS = frozenset("of for and & the".split())


def _long_forms(text: str, names: StoryNames, actors: Actors) -> dict[str, list[tuple[int, str]]]:
    """Every body's full name in the story's own words, by the short form its capitals make
    ('Parents Television Council' -> 'PTC', 'National Institute of Economic and Social
    Research' -> 'NIESR'): where it stands, and as written ('the Football Association' when
    the story puts 'the' before it). Only names a short form could stand for: three
    capitalised words or more, or two with an organisation's word ('Football Association'):
    'Tony Blair' is no 'TB'."""
    quotes = find_quotes(text)
    found: dict[str, list[tuple[int, str]]] = {}
    for match in _LONG_NAME.finditer(text):
        words = match.group().split(" ")
        start = match.start()
        while words and (words[0] in _NOT_TITLE or words[0] in _JOINERS):
            start += len(words[0]) + 1  # 'The Football Association', 'In July Bat'
            words = words[1:]
        while words and words[-1] in _JOINERS:
            words.pop()
        capitals = [w.removesuffix("’s").removesuffix("'s") for w in words if w[:1].isupper()]
        if len(capitals) < 2:
            continue
        if len(capitals) == 2 and not set(capitals) & ORGANISATION_WORDS:
            continue  # 'Tony Blair' is no 'TB', nor 'Buenos Aires' 'BA'
        if any(w in HONORIFICS for w in capitals):
            continue  # a person: 'Sir Ian Blair'
        if any(q.open_mark < start < q.close_mark for q in quotes):
            continue  # a quote's words are no place the story names a body
        full = " ".join(words).removesuffix("’s").removesuffix("'s").rstrip("’'")
        if text[max(0, start - 4) : start].lower() == "the ":
            full = "the " + full
        found.setdefault("".join(w[0] for w in capitals).upper(), []).append((start, full))
        defined = _DEFINED_SHORT.match(text, match.end())  # 'the US Environmental Protection
        if (
            defined
            and defined.group(1) != "".join(w[0] for w in capitals).upper()
            and defined.group(1) not in actors.by_alias
            and defined.group(1) not in actors.by_demonym
            and capitals[-1] not in names.people
        ):  # not 'Peter Mandelson (UK)': a side or a person's name is no definition
            short = defined.group(1)  # Agency (EPA)': the brackets define it
            opens = not text[:start].rstrip(" ") or text[:start].rstrip(" ")[-1] in ".!?\n"
            if opens and "".join(w[0] for w in capitals[1:]) == short:
                start += len(words[0]) + 1  # 'Past Congressional Budget Office (CBO)': the
                full = full.split(" ", 1)[1]  # sentence's first word is not the name's
            found.setdefault(short, []).append((start, full))
    return found


# A short form the story defines in brackets right after the full name: '... Agency (EPA)'.
_DEFINED_SHORT = re.compile(r" \(([A-Z][A-Za-z]{1,5})\)")


def _job_before(text: str, start: int) -> bool:
    """Is the word right before `start` a lower-case job ('champion', 'coach', 'singer'), one
    that names no firm or place ('travel agent Thomas Cook', 'oil producer Saudi Arabia',
    'World Cup host South Africa', 'market leader Tesco')?"""
    if text[start - 1 : start] != " ":
        return False
    low = max(0, start - 24)
    space = text.rfind(" ", low, start - 1)
    word = text[space + 1 if space >= 0 else low : start - 1]
    return word in _PERSON_NOUNS_LOWER and word not in _ALSO_FIRMS


_ALSO_FIRMS = frozenset("agent host producer model leader star".split())


# A kinship noun just before a name: 'his son Nick', 'her husband Tom Reyes'.
KIN_WORDS = (
    r"(?:son|daughter|wife|husband|brother|sister|father|mother|uncle|aunt|nephew|niece"
    r"|cousin|grandson|granddaughter|grandfather|grandmother|widow|widower|fiancée?|partner)"
)  # a regex alternation: kinship nouns, shared with pronoun_chain
_KIN_BEFORE = re.compile(rf"\b{KIN_WORDS}\s+$")


def _note_mentions(names: StoryNames, text: str, runs: list[re.Match[str]], actors: Actors) -> None:
    """Where the article names a person outside quotation marks. A person is a name the
    story gives a title or an honorific ('Tory leader Michael Howard', 'Mr Straw'), or one
    the actors data knows as a person ('Putin'); 'Truth Social' or 'Surrey Police' are not."""
    quotes = find_quotes(text)
    opens = [q.open_mark for q in quotes]
    people = {
        name.split()[-1]
        for name in names.roles
        if not set(name.split()) & ORGANISATION_WORDS  # 'National Audit Office' is a body
    } | _person_aliases(actors)
    split_runs = [(run, [_clean(w)[0] for w in run.group().split(" ")]) for run in runs]
    for run, words in split_runs:
        people |= {
            words[i + 1]
            for i in range(len(words) - 1)
            if words[i] in HONORIFICS and _is_name_word(words[i + 1])
        }
        if (
            2 <= len(words) <= 3
            and _GIVEN.fullmatch(words[0])
            and all(_is_name_word(w) and w not in ORGANISATION_WORDS for w in words)
            and _SPEAKS_NEXT.match(text, run.end())
            and not _BODY_APPOSITIVE.match(text, run.end())
            and actors.resolve(run.group()) is None
            and not _AFTER_THE.search(text[max(0, run.start() - 5) : run.start()])
        ):  # not 'the Nou Camp, where ...': a name after 'the' is a place or a thing
            people.add(words[-1])  # 'Roger Knapman says', 'Kirsty Williams, for the party,'
        named = [w for w in words if _is_name_word(w)]
        if (
            1 <= len(named) <= 3
            and named == words[len(words) - len(named) :]
            and all(_GIVEN.fullmatch(w) and w not in ORGANISATION_WORDS for w in named)
            and _WHO_NEXT.match(text, run.end())
            and actors.resolve(" ".join(named)) is None
        ):
            people.add(named[-1])  # 'Meanwhile Rihanna, who was honoured, ...': 'who' is a person
        if (
            1 <= len(named) <= 3
            and named == words
            and _KIN_BEFORE.search(text, max(0, run.start() - 24), run.start())
            and actors.resolve(" ".join(named)) is None
        ):
            people.add(named[-1])  # 'introduced by his son Nick': a relative is a person
        if (
            2 <= len(named) <= 3
            and named == words
            and _job_before(text, run.start())
            and _GIVEN.fullmatch(named[0])
            and not any(w.endswith((".", ",", ";", ":")) for w in run.group().split(" ")[:-1])
            and actors.resolve(" ".join(named)) is None
        ):
            people.add(named[-1])  # 'Olympic champion Kelly Holmes', 'Spain coach Luis
            # Aragones': a job before a full name makes it a person's

    maybe = {  # named in full but never titled: perhaps a person ('Arsene Wenger'), so a
        surname  # later bare mention stops a 'he' from reaching back past it, and is never
        for surname, full in names.full_names.items()  # itself taken for the speaker
        if not any(
            w in ORGANISATION_WORDS or w in actors.by_alias or w in actors.by_demonym
            for w in full.split()
        )
        and full not in actors.by_alias
    } - people
    alone = _people_by_surname(split_runs, maybe)
    things = {
        s
        for s in maybe
        if _written_as_a_thing(text, names.full_names[s])
        or written_with_a_body_kind(text, names.full_names[s])
    }
    maybe -= things - alone  # 'the Six Nations': no person's name is in the way of 'he'
    alone -= things  # 'United' after 'the Manchester United manager' is not who 'he' is
    found: list[tuple[int, str, bool, bool]] = []
    possessive: set[int] = set()
    described: set[int] = set()
    for match in _UNNAMED.finditer(text):  # 'A spokesman for X said': someone else speaks
        k = bisect.bisect_right(opens, match.start()) - 1
        if not (k >= 0 and match.start() <= quotes[k].close_mark):
            found.append((match.start(), "", False, False))
    for run, words in split_runs:
        before = text[max(0, run.start() - 3) : run.start()].rstrip(" “‘\"'(")
        if before and before[-1] not in ".!?:\n":
            names.capitalised_inside.update(words)
        k = bisect.bisect_right(opens, run.start()) - 1
        if k >= 0 and run.start() <= quotes[k].close_mark:
            continue
        offset = run.start()
        raw = run.group().split(" ")
        begin = offset  # where the name (with its honorific) starts: a run may span a
        for i, word in enumerate(words):  # sentence end ('Labour MPs. Mr Jackson, who')
            if i and raw[i - 1].endswith((".", ",", ";", ":")) and raw[i - 1] not in _HONOR_DOT:
                begin = offset
            last = i + 1 == len(words) or not _is_name_word(words[i + 1])
            if last and word in people and _is_name_word(word):
                if raw[i].rstrip(",.;:").endswith(("'s", "’s")):
                    possessive.add(offset)  # "Mr Bush's first task was ..."
                if _DESCRIBED.match(text, offset + len(raw[i])):
                    described.add(offset)  # 'Brian Gammage, vice-president of ...'
                found.append((offset, word, _opens_clause(text, begin), False))
            elif last and word in maybe and _is_name_word(word) and not _in_body(text, begin):
                subject = word in alone and _opens_clause(text, begin)
                found.append((offset, word, subject, word not in alone))
            offset += len(raw[i]) + 1
    found = [
        (at, _knight_surname(names, key), subject, unsure) for at, key, subject, unsure in found
    ]  # 'Sir Ian told' names Sir Ian Blair, whose key is 'Blair'
    found.sort()
    names.mention_at = [at for at, _, _, _ in found]
    names.mention_key = [key for _, key, _, _ in found]
    names.mention_subject = [subject for _, _, subject, _ in found]
    names.mention_unsure = [unsure for _, _, _, unsure in found]
    names.people = frozenset(key for key in names.mention_key if key)
    names.possessive_at = frozenset(possessive)
    names.first_at = _first_mentions(names)
    names.introduced_at = frozenset(set(names.first_at.values()) & described)


def _first_mentions(names: StoryNames) -> dict[str, int]:
    """Where the story first names each person, by surname."""
    first: dict[str, int] = {}
    for at, key in zip(names.mention_at, names.mention_key, strict=True):
        first.setdefault(key, at)
    return first


# A description after a name: ', vice-president of research', ', a harbour pilot'.
_DESCRIBED = re.compile(r",\s+[a-z]")


_BODY_OF = re.compile(
    r"\b(?:" + "|".join(sorted(ORGANISATION_WORDS)) + r")\s+(?:of|for)\s+(?:the\s+)?$"
)


def _in_body(text: str, start: int) -> bool:
    """Does the capitalised run at `start` end a body's name ('the Office for [National
    Statistics]', 'the Institute of [Fiscal Studies]')? Then it is no person."""
    return _BODY_OF.search(text, max(0, start - 40), start) is not None


def _written_as_a_thing(text: str, full: str) -> bool:
    """Is an untitled full name written after 'the' ('the Six Nations', 'the Champions
    League', 'the Manchester United manager')? Then it names a thing or a body, unless the
    story also calls it by its last word alone, as it does people ('the Michael Jackson
    trial' ... 'Jackson denies'). Found by plain search: a pattern compiled per name outgrew
    the regex cache on stories of many names (most of a 200-story extraction's time)."""
    for needle in ("the " + full, "The " + full):
        start = text.find(needle)
        while start >= 0:
            end = start + len(needle)
            if not in_word(text[start - 1 : start]) and not in_word(text[end : end + 1]):
                return True
            start = text.find(needle, start + 1)
    return False


def written_with_a_body_kind(text: str, full: str) -> bool:
    """Is a full name followed by an appositive of a body's kind ('Cairn Energy, a UK oil
    firm,')? Then it is a body's name, whatever its words look like."""
    start = text.find(full + ",")
    while start >= 0:
        if not in_word(text[start - 1 : start]) and _BODY_APPOSITIVE.match(text, start + len(full)):
            return True
        start = text.find(full + ",", start + 1)
    return False


def in_word(char: str) -> bool:
    """Is this character part of a word (a regex's word character, or an apostrophe)?"""
    return bool(char) and (char.isalnum() or char in "_’'")


def _people_by_surname(runs: list[tuple[re.Match[str], list[str]]], maybe: set[str]) -> set[str]:
    """Untitled full names a reader takes for people: the story calls them by the surname
    alone too ('Pedro Mendes' ... 'Mendes shot')."""
    return {
        word
        for _, words in runs
        for i, word in enumerate(words)
        if word in maybe and (i == 0 or not _is_name_word(words[i - 1]))
    }


def _knight_surname(names: StoryNames, key: str) -> str:
    if key in names.knights and key not in names.full_at:
        return names.knights[key].split()[-1]
    return key


_PERSON_ALIASES: dict[int, tuple[Actors, frozenset[str]]] = {}


def _person_aliases(actors: Actors) -> frozenset[str]:
    """One-word aliases that are people's surnames ('Putin'), computed once per table."""
    cached = _PERSON_ALIASES.get(id(actors))
    if cached is None or cached[0] is not actors:
        found = frozenset(
            alias
            for alias in actors.by_alias
            if " " not in alias and alias[:1].isupper() and alias not in actors.collective_names
        )
        cached = _PERSON_ALIASES[id(actors)] = (actors, found)
    return cached[1]


_HONOR_DOT = frozenset(h + "." for h in HONORIFICS)
_CLAUSE_OPENERS = frozenset(
    """But And Yet So However Meanwhile Then Now Later the The Again Instead Indeed Elsewhere
    Separately Similarly Previously Currently Recently Finally Eventually Initially Overall
    Yesterday Tonight Tomorrow""".split()
)  # words that may open a sentence before its subject ('Instead, Fiorina opened ...')


def _opens_clause(text: str, start: int) -> bool:
    """Is the name at `start` the subject its sentence opens with (after a conjunction or a
    title at most: 'But Mr X', 'The shadow foreign secretary, X,')?"""
    before = text[max(0, start - 120) : start]
    cut = max(
        _sentence_stop(before),
        before.rfind("! "),
        before.rfind("? "),
        before.rfind("\n"),
        before.rfind('." '),
        before.rfind(".” "),
    )
    if cut < 0 and start > 120:
        return False
    words = before[cut + 1 :].replace(",", " ").replace('"', " ").replace("”", " ").split()
    if (
        len(words) <= 6
        and all(
            w in _CLAUSE_OPENERS
            or w in HONORIFICS
            or w.lower() in TITLE_WORDS
            or w in PERSON_NOUNS  # 'Spain coach Luis Aragones is furious'
            or (w[:1].isupper() and w not in _NOT_TITLE)
            for w in words
        )
    ):
        return True
    return (
        bool(words)
        and (words[0] in _OPENING_WORDS or _OPENING_PARTICIPLE.fullmatch(words[0]) is not None)
        and before.rstrip(" ").endswith(",")
        and _VERB_AFTER_NAME.match(text, start) is not None
    )


def _sentence_stop(before: str) -> int:
    """Where the last full stop and space in `before` stand that end a sentence: not the
    dot of an honorific ('Ms. Hill', 'Sen. Cole'); -1 when there is none."""
    cut = before.rfind(". ")
    while cut > 0 and before[: cut + 1].rsplit(None, 1)[-1] in _HONOR_DOT | _TITLE_DOT:
        cut = before.rfind(". ", 0, cut)
    return cut


_TITLE_DOT = frozenset("Sen. Rep. Gov. Gen. Lt. Col. Capt. Sgt. Adm. Maj. St.".split())


# A sentence that opens with a subordinate clause or a participle ('Asked whether ...,', 'When
# the vote came,', 'After meeting Obama,'): the name right after its closing comma, with a
# verb after it, is the main clause's subject ('..., Ban demurred').
_OPENING_WORDS = frozenset(
    "When After Before While Although Though If As Since Because Once Until Unless".split()
)
_OPENING_PARTICIPLE = re.compile(r"Asked|Pressed|Questioned|Told|[A-Z][a-z]{3,}ing")
_VERB_AFTER_NAME = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+\s+"
    r"(?:(?:also|then|later|again|quickly|simply|only)\s+)?"
    r"(?:[a-z]+ed|[a-z]{3,}s|has|had|was|is|will|would|said|told|wrote|spoke|did)\b"
)


# Nouns after a capitalised run that make it the name of a publication, not a person:
# 'Rolling Stone magazine', 'the Racing Post newspaper'.
_PUBLICATIONS = frozenset("magazine newspaper journal tabloid website".split())  # not 'film' ('the
# new Mike Leigh film' is his), nor 'show' (a verb: 'figures by Anna Pell show ...')


_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _names_a_publication(text: str, run: re.Match[str]) -> bool:
    """Does a lower-case noun of a publication follow the run ('one reviewer in
    Rolling Stone magazine')? Then its last word is no surname: 'Stone expressed the hope'
    later is still Oliver Stone, not the magazine."""
    after = _NEXT_WORD.match(text, run.end())
    if after is None or after.group(1) not in _PUBLICATIONS:
        return False
    return not run.group().endswith(("'s", "’s", "'", "’"))  # "Mike Leigh's film" is his


# Words that open a sentence describing a person's standing before their job and name:
# 'Double Olympic champion X', 'Former Welsh captain X', 'Veteran campaigner X'.
_STANDING = frozenset(
    """double triple former veteran outgoing incoming reigning defending retired acting
    interim embattled beleaguered""".split()
)
# Up to three lower-case words ending in a title or a job, then a capitalised name:
# 'champion Kelly Holmes', 'indoor champion Anna Pell', 'captain Gareth Lee'.
_JOB_THEN_NAME = re.compile(r" (?:[a-z][\w-]* ){0,2}([a-z]+) [A-Z][\w’'-]+")


def _describes_the_name_after(text: str, run: re.Match[str], actors: Actors) -> bool:
    """Is a capitalised run opening a sentence only the description of the person named
    after it ('Double Olympic champion Kelly Holmes', 'Former Welsh captain Gareth Lee',
    'Veteran campaigner Jo Bell')? Its capitals are the sentence's and a nationality's, so
    it names nobody: 'Double Olympic' is no full name whose 'Olympic' a 'she' could mean.
    Only a run opened by a word that describes a person's standing counts: a body's name is
    still one ('Federal Reserve chairman Alan Greenspan', 'Manchester United manager')."""
    words = run.group().split()
    if words[0].lower() not in _STANDING or len(words) > 3:
        return False
    if actors.resolve(" ".join(words[1:])) is not None or set(words) & ORGANISATION_WORDS:
        return False
    before = text[max(0, run.start() - 3) : run.start()].rstrip(" “‘\"'(")
    if before and before[-1] not in ".!?\n":
        return False
    job = _JOB_THEN_NAME.match(text, run.end())
    return job is not None and (job.group(1) in TITLE_WORDS or job.group(1) in _PERSON_NOUNS_LOWER)


def _offsets(run: str, start: int) -> list[int]:
    offsets, position = [], start
    for word in run.split(" "):
        offsets.append(position)
        position += len(word) + 1
    return offsets


def _remember(names: StoryNames, name: str, role: Role) -> None:
    """The first role that names a side wins; a bare title is kept until one does."""
    for key in {name, name.split()[-1]}:
        known = names.roles.get(key)
        if known is None:
            names.roles[key] = role
        elif known.actor is None and role.actor is not None and not known.commentator:
            title = f"{known.title} {role.title}"  # 'London mayor' + "Labour's": both hold
            names.roles[key] = Role(title, role.actor, role.principal, role.commentator)


_PERSON_NOUNS_LOWER = frozenset(w for w in PERSON_NOUNS if w.islower())


def _note_full_names(
    names: StoryNames, words: list[tuple[str, bool, bool]], offsets: list[int]
) -> None:
    """'Michael Howard' teaches that 'Howard' is Michael Howard (first use wins;
    every use is kept with its offset for `full_name_at`); 'Sir Ian Blair' that 'Sir Ian'
    is Ian Blair."""
    for j in range(1, len(words)):
        surname = words[j][0]
        if not surname[:1].isupper() or any(c.isdigit() for c in surname):
            continue  # 'the Archos AV400 series': a model number is nobody's surname
        given: list[str] = []
        for i in (j - 1, j - 2):
            word, possessive, punctuated = words[i] if i >= 0 else ("", True, True)
            if possessive or punctuated or not _GIVEN.fullmatch(word):
                break
            if word in HONORIFICS:
                break  # 'Speaking in Bristol Ms Porter': a name starts at its honorific
            if is_hyphenated_modifier(word):
                break  # 'Paris-based Euronext' is Euronext
            given.insert(0, word)
        job = ""
        if len(given) == 2 and given[0].lower() in _PERSON_NOUNS_LOWER:
            job, given = given[0], given[1:]  # 'Actor Stephen Fry', 'Coach Ian Dale'
            # opening a sentence: the job is no part of the name (kept for 'Coach Dale')
        given = [
            w
            for w in given
            if w.lower() not in TITLE_WORDS and w not in _NOT_TITLE and w not in HONORIFICS
        ]
        if given:
            full = " ".join([*given[-2:], surname])
            if job:
                names.job_before.setdefault(full, job)
            names.full_names.setdefault(surname, full)
            names.full_at.setdefault(surname, []).append((offsets[j], full))
            last = j + 1 == len(words) or not words[j + 1][0][:1].isupper() or words[j][2]
            if len(given) == 1 and last:  # 'Sharon Osbourne', not 'Newcastle Evening Chronicle'
                names.by_given.setdefault(given[0], set()).add(full)
            before = words[j - len(given) - 1][0] if j - len(given) >= 1 else ""
            if before in ("Sir", "Dame") and len(given) == 1:
                names.knights.setdefault(given[0], full)


def _title_before(text: str, start: int, actors: Actors) -> Role | None:
    """'Welsh Lib Dem leader [Mike German]', 'Labour's [Alan Milburn]': the title words
    joined to the name by single spaces, read backwards from it."""
    words: list[str] = []
    owner_words = False
    position = start
    comma = text[max(start - 2, 0) : start] == ", "  # 'The shadow foreign secretary, Michael
    while len(words) < _MAX_TITLE and position > 1 and text[position - 1] == " ":
        low = max(0, position - 40)  # no title word is longer: the search stays local
        begin = max(text.rfind(" ", low, position - 1), text.rfind("\n", low, position - 1)) + 1
        if begin == 0 and low > 0:
            break
        raw = text[begin : position - 1]
        if comma and not words:
            raw = raw.removesuffix(",")
        word, possessive, punctuated = _clean(raw)
        mark = "'s" if possessive else ""
        if words and raw.endswith(("s'", "s’")) and raw[:1].isupper():
            word, possessive, punctuated, mark = raw[:-1], True, False, "'"  # "the Liberal
            # Democrats' shadow chancellor": a plural's possessive
        if not words and not punctuated and word in HONORIFICS and position == start:
            position = begin  # 'London mayor Mr Livingstone': the title is before the 'Mr'
            continue
        if punctuated or not _is_title_word(word):
            break
        if owner_words and not word[:1].isupper():
            break
        words.insert(0, word + mark)
        position = begin
        if possessive and len(words) > 1:
            owner_words = True  # "Howard's policy chief", "the Liberal Democrat's shadow home
            # secretary": the possessive opens the title; its owner's other words go too
    if owner_words and _possessive_side(words, actors) is None:
        words = _after_owner(words)  # "Rovers' assistant manager": an owner that is no
        # party or state is read as before, the possessive alone opening the title
    if comma and not any(w.lower() in TITLE_WORDS and w.islower() for w in words):
        return _opening_title(text, start, actors)
    if comma and _between_commas(text, position):
        return None  # 'Robbie Bach, senior vice president, Microsoft home ...': the title
        # between two commas is the earlier name's, not the one after it
    if not words:
        return None
    before = text[max(0, position - 12) : max(0, position - 1)].split()[-1:]
    if before and before[0].lower() in _FORMER:
        words.insert(0, before[0])  # 'former US president Bill Clinton': not the state's voice
    role = bound_role(" ".join(words), actors)
    if len(words) == 1 and words[0].endswith(("'s", "’s")) and role.actor is None:
        return None  # "Tottenham's Premiership fixture", "Microsoft's Windows": an owner
        # that names no side makes no title, and what it owns no person
    return role


def _between_commas(text: str, position: int) -> bool:
    """Does a comma open the clause the title at `position` stands in, with only lower-case
    words between it and the title ('Robbie Bach, senior vice president, ...')?"""
    comma = text.rfind(", ", max(0, position - 40), position)
    if comma < 0:
        return False
    between = text[comma + 2 : position].split()
    return all(w.islower() for w in between)


def _opening_title(text: str, start: int, actors: Actors) -> Role | None:
    """'The director of public prosecutions, [Ken Macdonald], says': a sentence that opens
    with a definite title, then a comma, then the name."""
    before = text[max(0, start - 90) : start - 2]
    opening = re.search(r"(?:^|[.!?][\"”’']?\s+|\n)(?:The|the) ([a-z][\w' -]*)$", before)
    if opening is None:
        return None
    words = opening.group(1).split()
    if len(words) > 8 or not any(w in TITLE_WORDS for w in words):
        return None  # 'In Paris, Anne Lee': not a title
    return bound_role(" ".join(words), actors)


_NOT_APPOSITIVE = frozenset(
    "who which whose said says and but where when while whereas as after before if because".split()
)


def _appositive(text: str, after: int, actors: Actors) -> Role | None:
    """'[Mike German], the Welsh Liberal Democrat leader,' / '[Rob Fahey], an analyst at X,'."""
    if text[after : after + 2] != ", ":
        return None
    stop = _CLAUSE_END.search(text, after + 2, after + 160)
    if stop is None:
        return None
    words = text[after + 2 : stop.start()].split()
    if not words or len(words) > 9 or words[0].lower() in _NOT_APPOSITIVE:
        return None  # 'the Old Quay, where the levy was set': a clause, not a title
    if words[0].lower() in _APPOSITIVE_OPENERS:
        words = words[1:]
    if not any(w.lower() in TITLE_WORDS or w.lower() in COMMENTATOR_WORDS for w in words):
        return None
    return bound_role(" ".join(words), actors)


def bound_role(title: str, actors: Actors) -> Role:
    """The role title words bound to a name give: 'Tory leader' -> Conservatives; 'Clinton
    campaign chairman' -> principal Clinton; 'an analyst at X' -> a commentator."""
    words = title.split()
    principal = None
    for index, word in enumerate(words[:-1]):
        base = word.removesuffix("'s")
        between = words[index + 1]
        staff = between.lower() in STAFF_WORDS or (
            between.lower() in TITLE_WORDS
            and between not in ORGANISATION_WORDS
            and index + 2 < len(words)
            and words[index + 2].lower() in STAFF_WORDS
            and (word.endswith(("'s", "’s")) or between[:1].isupper())
            and not (index and words[index - 1][:1].isupper())
        )  # 'MGM Vice Chairman', "Kasich's chief strategist" (not 'UK Online general
        # manager', 'Ohio Democratic Party chairman': a name's last word is not its owner)
        if (
            base[:1].isupper()
            and base not in actors.collective_names
            and staff
            and base.lower() not in TITLE_WORDS  # 'Vice' in 'Vice Chairman' is no one
            and base not in actors.by_demonym
            and base not in ORGANISATION_WORDS
        ):
            principal = base  # 'Clinton campaign chairman', "Howard's spokesman"
    owners = [
        w.removesuffix("'s").removesuffix("’s")
        for w in words[:-1]
        if w.endswith(("'s", "’s")) and w[:1].isupper()
    ]
    if principal and owners and owners[0] not in actors.collective_names:
        principal = owners[0]  # "Trump's Indiana chairman" works for Trump, not Indiana
    if words and (words[0].lower() in _FORMER or words[0].lower().startswith("ex-")):
        principal = None  # 'Former Liverpool manager Gerard Houllier' no longer speaks for it
    actor = _possessive_side(words, actors) or _resolve_title(title, actors)
    named_body = any(
        w[:1].isupper() and w.lower() not in TITLE_WORDS and not actors.is_media(w) for w in words
    )  # 'BBC labour affairs correspondent' is a journalist: a commentator
    commentator = (
        actor is None
        and principal is None
        and not named_body
        and any(w.lower().strip(",") in COMMENTATOR_WORDS for w in words)
    )  # 'Gartner analyst': not
    return Role(title, actor, principal, commentator)


def _possessive_side(words: list[str], actors: Actors) -> str | None:
    """The party or state a possessive opening the title names: the title is theirs ('the
    Liberal Democrat's shadow home secretary' is the Liberal Democrats', whoever else's
    shadow home secretary the words alone would name). A possessive further in is not the
    title's owner ('a strategist at Moscow's Sovlink Securities')."""
    start = 1 if words and words[0].lower() in ("the", "a", "an") else 0
    for index, word in enumerate(words[start:-1], start):
        owner = word.removesuffix("'s").removesuffix("’s").removesuffix("'").removesuffix("’")
        if owner == word:
            if not word[:1].isupper():
                return None
            continue
        side = actors.by_alias.get(" ".join([*words[start:index], owner]))
        if side in _states(actors) and owner != side and _CITY_OFFICES & {w.lower() for w in words}:
            return None  # "London's Labour mayor": a city's office, not its country's (but
            # "Russia's Security Council secretary" is the state's)
        return side if side in actors.parties or side in _states(actors) else None
    return None


def _after_owner(words: list[str]) -> list[str]:
    """The title from its possessive on, as read before owners' other words were: "Howard's
    policy chief" from "Michael Howard's policy chief"; after a plural's possessive."""
    for index, word in enumerate(words):
        if word.endswith(("'", "’")):
            return words[index + 1 :]
        if word.endswith(("'s", "’s")):
            return words[index:]
    return words


def _resolve_title(title: str, actors: Actors) -> str | None:
    """The actor a title names; case differences do not hide a longer alias ('Shadow home
    secretary' is the alias 'Shadow Home Secretary', not 'home secretary')."""
    portfolio = _PORTFOLIO_VOICE.search(title)
    if portfolio is not None:  # 'the Conservative spokesman for the Cabinet Office': the
        parties = [  # party's voice on that office, not the office's
            actors.by_alias[match.group()]
            for match in actors._aliases.finditer(title, 0, portfolio.start())
            if actors.by_alias[match.group()] in actors.parties
        ]
        if parties:
            return parties[-1]
    best: tuple[int, int, str, str] | None = None
    for variant in {title, title.title(), title.lower()}:
        for match in actors._aliases.finditer(variant):
            if variant != title and " " not in match.group():
                continue  # 'labour affairs correspondent' names no party
            key = (match.end(), len(match.group()))
            if best is None or key > best[:2]:
                best = (*key, actors.by_alias[match.group()], match.group())
    if best is not None:
        one_word = " " not in best[3]  # 'London' in 'the London Stock Exchange'
        organisation = demonym_organisation(title, actors) if one_word else None
        if (
            organisation is None
            and one_word
            and best[2] in _states(actors)
            and _LOCAL_WORDS & set(title.lower().split())
        ):
            return None  # 'London mayor': a city's office, not its country's voice (a
            # 'Labour councillor' is still the party's)
        if (
            organisation is None
            and one_word
            and best[2] in _states(actors)
            and not _holds_office(title, best[3])
        ):
            return None  # 'head of Universal Music Germany': a firm's, not Germany's
        return organisation or best[2]
    body = resolve_body(title, actors)
    if body is not None and body == actors.demonym_actor(title):
        demonym = next(w for w in actors._demonyms.finditer(title)).group()
        if not _holds_office(title, demonym):
            return None  # 'British director Mike Leigh' is British, not his country's voice;
            # 'chief executive of US firm X' speaks for the firm
    return body


# A party's voice on a portfolio: 'Tory spokesman for health', 'Lib Dem spokeswoman on
# education'.
_PORTFOLIO_VOICE = re.compile(r"\b(?:spokesman|spokeswoman|spokesperson)\s+(?:for|on)\b")
_LINKS = frozenset("of to for at in with from and or until".split())
_FORMER = frozenset("former retired one-time onetime late then".split())


def is_former(role: Role | None) -> bool:
    """Was this title held before ('former US president')?"""
    return role is not None and role.title.split()[0].lower() in _FORMER


def _states(actors: Actors) -> frozenset[str]:
    """The actors that are states or unions of them: those the data gives a demonym."""
    return frozenset(actors.by_demonym.values())


def _holds_office(title: str, country: str) -> bool:
    """Does the country word in a title qualify a state's office ('US Treasury Secretary',
    "Germany's foreign minister", 'Kremlin spokesman', 'Russian oil official', 'president of
    France')? Not when it describes anything else: a firm ('US firm X', 'Russian oil giant',
    'US firm spokesman'), a name it ends ('head of Universal Music Germany'), a place an
    office is sent to ('ambassador to France'), or where someone is from ('British
    director', 'an analyst in Moscow')."""
    words = [w.strip(",;:()") for w in title.split()]
    if any(w.lower() in _FORMER or w.lower().startswith("ex-") for w in words):
        return False  # 'former US president Bill Clinton' no longer speaks for the state
    bases = [w.removesuffix("'s").removesuffix("’s") for w in words]
    if country not in bases:
        bases = [w.rstrip(".") for w in bases]  # 'U.S.' keeps its dots; 'Germany.' does not
        if country not in bases:  # inside a longer word: an office word anywhere decides
            return bool({w.lower() for w in bases} & OFFICIAL_WORDS)
    at = bases.index(country)
    described = 0  # lower-case words before the office: 'Russian oil official'
    for word in bases[at + 1 :]:
        low = word.lower()
        if low in OFFICIAL_WORDS:
            return True
        if low in TITLE_WORDS or word in STATE_WORDS:
            continue
        if not word.islower() or low in BODY_NOUNS or low in _LINKS or described == 2:
            break  # 'US firm', 'Universal Music Germany until', 'ambassador to France'
        described += 1
    return (
        at == len(bases) - 1
        and at >= 2
        and bases[at - 1] == "of"
        and bases[at - 2].lower() in OFFICIAL_WORDS
    )


_LOCAL_WORDS = frozenset("mayor councillor council alderman".split())
_CITY_OFFICES = _LOCAL_WORDS - {"council"}


# Title words that make a demonym a state's side: 'French President', 'German leader',
# 'Chinese diplomat'. A nationality with any other title ('British director', 'French
# actress') says where someone is from, not whom they speak for; nor does a legislator's
# ('British MP', 'US Senator': their party's or their own, often against the government).
OFFICIAL_WORDS = frozenset(
    """minister ministry president leader official officials diplomat envoy ambassador
    spokesman spokeswoman spokesperson government chancellor premier secretary negotiator
    general commander army military navy adviser advisor aide sources source king queen
    prince emperor monarch governor mayor deputy embassy administration delegation
    representative foreign defence defense interior state officer troops forces police
    commissioner""".split()
)


# Capitalised words after a demonym that keep it a country's ('French Foreign Ministry',
# 'German Chancellor'): the state's own offices. Any other name after a demonym makes an
# organisation's name ('British Casino Association', 'British Airways').
STATE_WORDS = frozenset(
    """Ministry Ministries Government Embassy Consulate Army Navy Air Force Forces Military
    Parliament Cabinet Office Department Treasury Foreign Defence Defense Interior Home
    Security Intelligence Police Presidency Administration State Senate Congress
    Coastguard""".split()
)


def demonym_organisation(phrase: str, actors: Actors) -> str | None:
    """'British Casino Association chair' -> 'British Casino Association', 'secretary general
    of the Association of European Airlines' -> 'Association of European Airlines', 'the
    London Stock Exchange' -> 'London Stock Exchange': a demonym or a one-word place inside
    an organisation's name names that organisation, not a country."""
    words = phrase.split()
    for index, word in enumerate(words):
        base = word.removesuffix("'s").removesuffix("’s")
        demonym = base in actors.by_demonym
        place = base in actors.by_alias and base[:1].isupper() and " " not in base
        if not demonym and not place:
            continue
        name = [base]
        after = words[index + 1 :]
        for position, following in enumerate(after):
            clean = following.removesuffix("'s").removesuffix("’s").rstrip(",.;:")
            joins = (
                clean in ("of", "for", "and", "&")
                and position + 1 < len(after)
                and after[position + 1][:1].isupper()
            )  # 'British Chambers of Commerce'
            if (not clean[:1].isupper() and not joins) or clean in HONORIFICS:
                break
            if clean == name[-1]:
                continue  # 'British British Casino Association': a doubled word
            name.append(clean)
            if clean != following:
                break
        rest = name[1:]
        before: list[str] = []
        k = index
        while k >= 2 and words[k - 1] in ("of", "for") and words[k - 2][:1].isupper():
            before = [words[k - 2], words[k - 1], *before]  # 'Association of European ...'
            k -= 2
        k -= 1  # words[k + 1] opens `before`
        while before and k >= 0 and _is_name_word(words[k]):
            before.insert(0, words[k])  # 'Telecom Regulatory Authority of India'
            k -= 1
        if not rest and not before:
            return None
        if (
            all(w in STATE_WORDS or w.lower() in TITLE_WORDS or not w[:1].isupper() for w in rest)
            and not before
            and not set(rest) & (ORGANISATION_WORDS - STATE_WORDS)
        ):
            return None  # 'British Foreign Office' is the state's; 'British National Party'
            # (a body's word closing it) is a party's
        while rest and rest[-1].lower() in TITLE_WORDS and rest[-1] not in ORGANISATION_WORDS:
            rest.pop()  # 'British Casino Association Chairman' keeps the body only
        if (
            place
            and not demonym
            and not set([*rest, *before]) & ORGANISATION_WORDS
            and not _names_a_firm(rest)
        ):
            return None  # 'SNP Holyrood leader': a place alias needs a body's word
        return " ".join([*before, base, *rest])
    return None


def _names_a_firm(rest: list[str]) -> bool:
    """Two or more capitalised words after a place, before any title word, name a firm of
    that place ('China Aviation Oil'), not an office of its state ('US Treasury Secretary')."""
    run = []
    for word in rest:
        if word.lower() in TITLE_WORDS or word in HONORIFICS:
            break
        run.append(word)
    return len(run) >= 2


def resolve_body(phrase: str, actors: Actors) -> str | None:
    """`Actors.resolve`, except that a demonym or a one-word place inside an organisation's
    name gives the organisation ('British Retail Consortium', 'London Stock Exchange'),
    never the country."""
    matches = list(actors._aliases.finditer(phrase))
    best = max(matches, key=lambda m: (m.end(), len(m.group()))) if matches else None
    if best is None or " " not in best.group():
        organisation = demonym_organisation(phrase, actors)
        if organisation is not None:
            return organisation
    else:
        body = _party_named_after(best.group(), phrase[best.end() :].split())
        if body is not None:
            return body  # 'the United Kingdom Independence Party': a party named after a state
    return actors.resolve(phrase)


def _party_named_after(alias: str, rest: list[str]) -> str | None:
    """The party's name when capitalised words after a state's alias end in 'Party' ('United
    Kingdom' + 'Independence Party'), else None: a party is no voice of its state, where an
    agency is ('the US Environmental Protection Agency', a United Nations commission)."""
    name = list(itertools.takewhile(lambda w: w[:1].isupper(), rest))
    if not name or name[-1].rstrip(",.;:") != "Party":
        return None
    return " ".join([alias, *name]).rstrip(",.;:")


def person_actor(name: str, actors: Actors) -> str | None:
    """The actor the data file gives a *person's name*: only an alias that names them
    ('Putin', 'Michael Howard'), never a demonym or a place that one word of the name
    resembles ('Mike German', 'Paris Hilton')."""
    if name in actors.by_alias:
        return actors.by_alias[name]
    words = name.split()
    surname = words[-1]
    if len(words) < 2 or surname not in actors.by_alias or surname in actors.collective_names:
        return None
    namesakes = [alias for alias in actors.by_alias if alias.endswith(" " + surname)]
    return None if namesakes else actors.by_alias[surname]  # 'Michael Sullivan' is not Jake


def article_actor(name: str, stories: Iterable[StoryNames], actors: Actors) -> str | None:
    """The side the articles bind to `name` (first that names one), else the data file's
    entry for the name itself. Reusable by any engine that has a speaker's name."""
    for story in stories:
        role = story.role(name)
        if role is not None and role.actor is not None:
            return role.actor
    return person_actor(name, actors)
