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

_CANDIDACY = re.compile(r"\b(?:candidate|nominee|hopeful|contender|front-?runner|challenger|"
                        r"running mate|presidential)\b", re.I)
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
    holders = {name for name, role in names.roles.items()
               if len(name.split()) > 1 and role.title.lower().endswith(title)}
    return next(iter(holders)) if len(holders) == 1 else None


def article_actor(name: str, names: StoryNames, actors: Actors, depth: int = 0) -> str | None:
    """What the article binds to the name (see the module docstring), or None."""
    role = names.role(name) or names.role(name.split()[-1])
    if role is None:
        return None
    if role.actor is not None:
        return role.actor
    if role.commentator:
        return COMMENTATORS
    if role.principal and depth == 0:
        principal = names.full_name(role.principal)
        return (article_actor(principal, names, actors, 1) or person_actor(principal, actors)
                or principal)
    if _CANDIDACY.search(role.title):
        return name
    return None


def model_actor(speaker: str, said_actor: str, names: StoryNames, actors: Actors
                ) -> tuple[str, str]:
    """(speaker to show, actor) for a model's statement."""
    shown = full_speaker(speaker, names)
    person = titled_person(speaker, names) or shown
    actor = article_actor(person, names, actors) or person_actor(person, actors)
    if actor is None and not _is_name(person):
        actor = actors.resolve(person)  # a body: 'the Kremlin', 'Russian Foreign Ministry'
    return shown, actor or actors.resolve(said_actor) or said_actor.strip() or person


def _is_name(phrase: str) -> bool:
    """A person's name: capitalised words only, not an organisation's."""
    words = display_name(phrase).split()
    return bool(words) and all(_NAME_WORD.fullmatch(w) for w in words) and \
        not any(w in ORGANISATION_WORDS for w in words)
