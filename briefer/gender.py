"""Whether the article itself says a person is a man or a woman, so that 'she said' never
refers back to 'Mr Parton' and 'he said' never to 'Mrs Clinton'.

Only evidence in the text counts: an honorific written before the name (Mr, Sir, Lord; Mrs,
Ms, Miss, Lady, Dame), a title only women are given ('spokeswoman'; papers call women
'chairman' too), or a 'he' or 'she' already bound to the speaker. No list of first names:
'Jan', 'Kim' or 'Hillary' say nothing a rule may rely on. Evidence that disagrees (two
people who share a surname, 'Mr Clinton' and 'Mrs Clinton') leaves the person's gender
unknown, and unknown never blocks.
"""

from __future__ import annotations

import re

from .roles import StoryNames

Gender = str  # "m" or "f"
UNKNOWN = "?"  # evidence disagrees

_MALE_HONORIFICS = frozenset("Mr Sir Lord".split())
_FEMALE_HONORIFICS = frozenset("Mrs Ms Miss Lady Dame Baroness".split())
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_HONORED = re.compile(
    r"(?<![\w’'])(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame|Baroness)\.? "
    r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})"
)


def pronoun_gender(pronoun: str) -> Gender | None:
    """'he' -> 'm', 'she' -> 'f'; 'they' and 'it' -> None."""
    return _PRONOUNS.get(pronoun.lower())


def word_gender(word: str) -> Gender | None:
    """A title only a woman is given: 'spokeswoman', 'chairwoman', 'congresswoman' -> 'f'.
    The '-man' forms say nothing: papers call women 'chairman' too ('UKIP chairman Petrina
    Holdsworth'), and 'human' or 'German' are no titles."""
    if not word.islower() or not word.isalpha():
        return None
    if word.endswith("woman") or word.endswith("women"):
        return "f"
    return None


def phrase_gender(phrase: str) -> Gender | None:
    """The gender a speaker phrase states: its honorific ('Mrs Clinton', 'Mr. Gidley') or a
    gendered title word in it ('the executive spokeswoman'); None when it states none or
    contradicts itself."""
    words = phrase.split()
    found: set[Gender] = set()
    for word in words:
        bare = word.rstrip(".,")
        if bare in _MALE_HONORIFICS:
            found.add("m")
        elif bare in _FEMALE_HONORIFICS:
            found.add("f")
        else:
            gender = word_gender(bare.removesuffix("'s").removesuffix("’s"))
            if gender:
                found.add(gender)
    return found.pop() if len(found) == 1 else None


def merge(known: dict[str, Gender], name: str, gender: Gender | None) -> None:
    """Record one piece of evidence; a second that disagrees makes the name unknown."""
    if not gender or not name:
        return
    before = known.get(name)
    known[name] = gender if before in (None, gender) else UNKNOWN


def story_genders(text: str, names: StoryNames) -> dict[str, Gender]:
    """Full name (and surname) -> gender, from honorifics written before names and gendered
    titles bound to them. One pass over the text."""
    known: dict[str, Gender] = {}
    for match in _HONORED.finditer(text):
        gender = "m" if match.group(1) in _MALE_HONORIFICS else "f"
        run = match.group(2).split()
        surname = run[-1].removesuffix("'s").removesuffix("’s")
        if len(run) > 1:
            full = " ".join([*run[:-1], surname])
        elif match.group(1) in ("Sir", "Dame", "Lord", "Lady") and surname in names.knights:
            full = names.knights[surname]  # 'Sir Ian' is Sir Ian Blair
        elif len({f for _, f in names.full_at.get(surname, [])}) == 1:
            full = names.full_at[surname][0][1]  # the one person of that surname
        else:  # 'Mr Jackson' after 'his mother Katherine Jackson': which one is unsure
            full = surname
        merge(known, full, gender)
        merge(known, surname, gender)
    for name, role in names.roles.items():
        merge(known, name, phrase_gender(role.title))
    for match in _KIN.finditer(text):  # 'His wife Sharon', 'her son Tom Lee'
        gender = "f" if match.group(1).lower() in _FEMALE_KIN else "m"
        run = match.group(2).split()
        given = names.by_given.get(run[0], set()) if len(run) == 1 else set()
        if len(run) > 1:
            full = " ".join(run)
        elif len(given) == 1:
            full = next(iter(given))  # 'His wife Sharon' ... 'Sharon Osbourne'
        elif not given and run[0] not in names.full_at:
            full = run[0]  # 'His wife Dana', never named in full; not a surname
        else:
            full = ""
        merge(known, full, gender)  # the full name only: a husband and wife share a surname
    return known


_FEMALE_KIN = frozenset(
    "wife mother daughter sister widow girlfriend grandmother aunt niece".split()
)
_MALE_KIN = frozenset(
    "husband father son brother widower boyfriend grandfather uncle nephew".split()
)
# A kinship word right before a name says whether that person is a man or a woman.
_KIN = re.compile(
    r"(?<![\w’'-])(" + "|".join(sorted(_FEMALE_KIN | _MALE_KIN)) + r"),? "
    r"([A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?)(?![\w’'-])"
)
