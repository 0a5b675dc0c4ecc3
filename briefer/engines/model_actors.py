"""Which actor a model's speaker stands for, decided by what the article says about them.

The model names a speaker; the article, read once by `roles.read_story`, says who they are
*at that time*: a party or country bound to the name decides ('Tory leader Michael Howard');
a campaign's staff stand under their principal ('Clinton campaign chairman John Podesta',
'Trump spokeswoman Hope Hicks'); a candidacy title makes the candidate their own side
('Republican presidential nominee Donald Trump' is not the United States of a later data
file); a title alone ('the Republican presidential nominee') is the person the article gives
it. The data file decides only where the article says nothing better.
"""

from __future__ import annotations

import re

from ..actors import Actors, display_name
from ..roles import COMMENTATORS, ORGANISATION_WORDS, StoryNames, person_actor

_CANDIDACY = re.compile(
    r"\b(?:candidate|nominee|hopeful|contender|front-?runner|challenger|"
    r"running mate|presidential)\b",
    re.I,
)
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")


def full_speaker(speaker: str, names: StoryNames) -> str:
    """'Podesta' -> 'John Podesta' when the article names him in full; else as given."""
    name = display_name(speaker)
    words = name.split()
    return names.full_name(words[0]) if len(words) == 1 else name


def titled_person(speaker: str, names: StoryNames) -> str | None:
    """The person the article gives this bare title: 'Republican presidential nominee' ->
    'Donald Trump' when one name carries it."""
    title = re.sub(r"^(?:the|a|an)\s+", "", speaker.strip(), flags=re.I).lower()
    if not title or _is_name(speaker):
        return None
    holders = {
        name
        for name, role in names.roles.items()
        if len(name.split()) > 1 and role.title.lower().endswith(title)
    }
    return next(iter(holders)) if len(holders) == 1 else None


def article_actor(
    name: str, names: StoryNames, actors: Actors, depth: int = 0, text: str = ""
) -> str | None:
    """What the article binds to the name (see the module docstring), or None."""
    role = names.role(name) or names.role(name.split()[-1])
    staff = _staff_title_before(name, text) if text and depth == 0 else None
    after = _principal_after(name, text, actors) if text and depth == 0 else None
    if role is None and staff is None and after is None:
        return None
    # a lower-case staff word after a name: 'Clinton campaign communications director'
    title = staff or (role.title if role is not None else "")
    principal = after or _principal_in(title, actors)
    if principal and depth == 0:  # before the title's own actor: 'Trump spokeswoman' is on
        principal = names.full_name(principal)  # Trump's side, whatever the data file says
        return (
            article_actor(principal, names, actors, 1)
            or person_actor(principal, actors)
            or principal
        )
    if role is None:
        return None
    if role.actor is not None:
        return role.actor
    if role.commentator:
        return COMMENTATORS
    if _CANDIDACY.search(role.title):
        return name
    return None


_STAFF_TITLE = re.compile(
    r"\b([A-Z][\w-]+)(?:[’']s?)?\s+(?:[a-z-]+\s+){0,3}?(?:campaign|spokes(?:man|woman|person)|"
    r"advis[eo]r|aide|chairman|chairwoman|manager|strategist|secretary|director|pollster|"
    r"surrogate|staffer)\b"
)
_HONORIFIC = frozenset("Mr Mrs Ms Dr Sen Rep Gov".split())


def _staff_title_before(name: str, text: str) -> str | None:
    """The staff title the article writes right before the full name, however long
    ('Clinton campaign communications director Jennifer Palmieri')."""
    if len(name.split()) < 2:
        return None
    match = re.search(
        r"\b([A-Z][\w-]+(?:[’']s?)?(?:\s+[a-z-]+){1,4})\s+" + re.escape(name) + r"\b", text
    )
    return match.group(1) if match and _STAFF_TITLE.search(match.group(1)) else None


_STAFF = (
    r"(?:campaign|spokes(?:man|woman|person)|advis[eo]r|aide|chairman|chairwoman|"
    r"manager|strategist|secretary|director|pollster|surrogate|staffer)"
)


def _principal_after(name: str, text: str, actors: Actors) -> str | None:
    """A staff title in apposition: 'Geoff Garin, a strategist for Mrs. Clinton,' or 'Warren
    Gunnels, Mr. Sanders's longtime policy director'."""
    if len(name.split()) < 2:
        return None
    head = rf"{re.escape(name)},\s+(?:a|an|the)?\s*"
    honorific = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov)\.?\s+)?"
    match = re.search(
        head + rf"(?:[a-z-]+\s+){{0,3}}{_STAFF}\s+(?:for|to)\s+{honorific}"
        r"(?:[A-Z][\w-]+\s+)?([A-Z][\w-]+)",
        text,
    ) or re.search(
        head + honorific + rf"([A-Z][\w-]+)[’']s?\s+(?:[a-z-]+\s+){{0,3}}{_STAFF}\b", text
    )
    if match is None:
        return None
    word = match.group(1)
    if word in actors.by_demonym or word in actors.collective_names or word in ORGANISATION_WORDS:
        return None
    return word


def _principal_in(title: str, actors: Actors) -> str | None:
    """'Clinton communications director' -> 'Clinton': the person a staff title works for
    (not a body or a nationality: 'Kremlin spokesman', 'Ukrainian spokesman')."""
    match = _STAFF_TITLE.search(title)
    if match is None:
        return None
    word = match.group(1)
    if (
        word in _HONORIFIC
        or word in actors.by_demonym
        or word in actors.collective_names
        or word in ORGANISATION_WORDS
    ):
        return None
    return word


def model_actor(
    speaker: str, said_actor: str, names: StoryNames, actors: Actors, text: str = ""
) -> tuple[str, str]:
    """(speaker to show, actor) for a model's statement; `text` is the article."""
    shown = full_speaker(speaker, names)
    person = titled_person(speaker, names) or shown
    actor = article_actor(person, names, actors, text=text) or person_actor(person, actors)
    if actor is None and not _is_name(person):
        actor = actors.resolve(person)  # a body: 'the Kremlin', 'French Foreign Ministry'
    actor = actor or actors.resolve(said_actor) or said_actor.strip() or person
    return shown, _one_name(actor, names)


def _one_name(actor: str, names: StoryNames) -> str:
    """A person who is an actor goes by the one full name the article gives them, however the
    model wrote it ('Sanders', 'Bernie Sanders' -> one actor)."""
    if not _is_name(actor) or (actor in names.roles and names.roles[actor].actor):
        return actor
    surname = display_name(actor).split()[-1].removesuffix("’s").removesuffix("'s")
    full = names.full_name(surname)
    return full if len(full.split()) > 1 else actor


def _is_name(phrase: str) -> bool:
    """A person's name: capitalised words only, not an organisation's."""
    words = display_name(phrase).split()
    return (
        bool(words)
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and not any(w in ORGANISATION_WORDS for w in words)
    )
