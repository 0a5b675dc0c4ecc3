"""Hand-annotated articles in PolNeAR's format: who said which quote, for `briefer eval`.

A folder holds `text/NAME.txt` (the article; offsets count characters of this file) and
`attributions/NAME.ann` (brat standoff). `T` lines are spans: `T5<TAB>Source 112 135<TAB>the
latest US newspaper`, kinds Source, Cue, Content and Attribution, a discontinuous span written
`2103 2168;2170 2425`; an `E` line ties one attribution together
(`E2<TAB>Attribution:T8 Content:T7 Cue:T6 Source:T5`). Other lines are ignored. An optional
`metadata.tsv` (tab-separated, with `filename` and `publisher` columns) names each article's
publisher; without it the publisher is the file name up to its first `_`.

A Source may be a pronoun ("he", "who", "the candidate"); it is resolved to the nearest named
Source or name before it, a reader's guess that is right for most quotes ("…," he said) and
recorded as such. What counts as a *direct quote* here: a span inside quotation marks, of three
words or more, that lies inside an annotated Content; its speaker is that of the smallest
Content holding it (a quote within a quote belongs to whoever is quoting).
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .actors import Actors, load_actors
from .engines.guard import normalise_marks
from .engines.speech import MIN_QUOTE_WORDS, NOT_NAMES, ROLE_WORDS, SPEECH_VERBS, find_quotes
from .errors import BrieferError
from .roles import StoryNames, read_story

PRONOUNS = frozenset(
    """he she they it i we you his her him hers their them its me us our my
    who which that whom whose this these those""".split()
)
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_FEMALE = re.compile(
    r"\b(?:she|her|Mrs\.?|Ms\.?|spokeswoman|woman|congresswoman|wife|"
    r"mother|daughter|sister)\b",
    re.I,
)
_MALE = re.compile(
    r"\b(?:he|his|him|Mr\.?|spokesman|man|congressman|husband|father|son|"
    r"brother)\b",
    re.I,
)
_NAME = re.compile(r"(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+")
_TRAILING = " ,;:–—-"


@dataclass(frozen=True)
class Span:
    """One annotated span; `parts` are (start, end) pieces, usually one."""

    kind: str
    parts: tuple[tuple[int, int], ...]
    text: str

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def holds(self, start: int, end: int, slack: int = 2) -> bool:
        return any(s <= start and end <= e + slack for s, e in self.parts)


@dataclass(frozen=True)
class Attribution:
    """Who (source, resolved to a name where the annotation is a pronoun), cue and content."""

    source: Span | None
    cue: Span | None
    content: Span
    speaker: str  # the source as a name: the antecedent of a pronoun, else the source text
    resolved: bool  # True when `speaker` was found for a pronoun or title


@dataclass(frozen=True)
class AnnotatedQuote:
    """A direct quote: text[start:end] is inside quotation marks and inside `attribution`."""

    start: int
    end: int
    text: str
    attribution: Attribution

    @property
    def speaker(self) -> str:
        return self.attribution.speaker


@dataclass
class AnnotatedArticle:
    name: str
    path: Path
    text: str
    publisher: str
    attributions: list[Attribution] = field(default_factory=list)
    quotes: list[AnnotatedQuote] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.text.split("\n", 1)[0].strip()


class AnnotationError(BrieferError):
    """A folder that is not in the annotation format (names the file and the problem)."""


def load_annotated(
    folder: Path, limit: int | None = None, names: list[str] | None = None
) -> list[AnnotatedArticle]:
    """Every article of `folder` that has both its text and its annotations, sorted by name."""
    folder = Path(folder)
    texts, anns = folder / "text", folder / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        raise AnnotationError(
            f"{folder}: expected text/NAME.txt and attributions/NAME.ann (PolNeAR's format)"
        )
    publishers = _publishers(folder / "metadata.tsv")
    chosen = names or sorted(
        p.stem for p in texts.glob("*.txt") if (anns / f"{p.stem}.ann").is_file()
    )
    articles = []
    for name in chosen[:limit] if limit else chosen:
        path = texts / f"{name}.txt"
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise AnnotationError(f"{path}: cannot read as UTF-8 text ({exc})") from None
        article = AnnotatedArticle(name, path, text, publishers.get(name) or name.split("_", 1)[0])
        article.attributions = parse_ann(
            (anns / f"{name}.ann").read_text(encoding="utf-8"), text, anns / f"{name}.ann"
        )
        article.quotes = direct_quotes(text, article.attributions)
        articles.append(article)
    return articles


def parse_ann(ann: str, text: str, where: Path | str = "annotations") -> list[Attribution]:
    """Attributions with their sources resolved, in the order of their contents."""
    spans: dict[str, Span] = {}
    events: list[dict[str, str]] = []
    for number, line in enumerate(ann.splitlines(), 1):
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            kind, _, offsets = fields[1].partition(" ")
            try:
                pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
            except ValueError:
                raise AnnotationError(f"{where}:{number}: bad offsets {offsets!r}") from None
            if any(len(p) != 2 or p[0] > p[1] or p[1] > len(text) for p in pieces):
                raise AnnotationError(
                    f"{where}:{number}: offsets {offsets!r} are outside the article"
                )
            parts = tuple((start, end) for start, end in pieces)
            spans[fields[0]] = Span(kind, parts, " ".join(text[s:e] for s, e in parts))
        elif line.startswith("E") and len(fields) >= 2:
            events.append(dict(role.split(":", 1) for role in fields[1].split() if ":" in role))
    found: list[tuple[Span | None, Span | None, Span]] = []
    for event in events:
        content = spans.get(event.get("Content", ""))
        if content is not None:
            source, cue = spans.get(event.get("Source", "")), spans.get(event.get("Cue", ""))
            if _swapped(source, cue):
                source, cue = cue, source
            found.append((source, cue, content))
    found.sort(key=lambda item: item[2].start)
    named = sorted(
        (s for s, _, _ in found if s is not None and _is_named(s.text)), key=lambda s: s.start
    )
    story = read_story(text, _actors())
    return [
        _attribution(source, cue, content, named, text, story) for source, cue, content in found
    ]


def _swapped(source: Span | None, cue: Span | None) -> bool:
    """A few annotations mark the verb as Source and the speaker as Cue ('”, said Jillian
    Soto': Source 'said', Cue 'Jillian Soto'). Read that way round, the source would be
    guessed from the name before it (someone else); the named Cue is the source."""
    if source is None or cue is None or not source.text.split():
        return False
    verb = source.text.split()[0].lower()
    return verb in SPEECH_VERBS and _is_named(cue.text) and not _is_named(source.text)


@lru_cache(maxsize=1)
def _actors() -> Actors:
    return load_actors()


def direct_quotes(text: str, attributions: list[Attribution]) -> list[AnnotatedQuote]:
    """Quoted spans of three words or more inside a Content, with the innermost speaker."""
    quotes = []
    for quote in find_quotes(normalise_marks(text)):
        start, end = quote.start, quote.end
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if len(text[start:end].split()) < MIN_QUOTE_WORDS:
            continue
        holders = [
            a
            for a in attributions
            if a.content.holds(quote.open_mark + 1, end) and a.source is not None
        ]
        if holders:
            best = min(holders, key=lambda a: sum(e - s for s, e in a.content.parts))
            quotes.append(AnnotatedQuote(start, end, text[start:end], best))
    return quotes


def same_speaker(said: str, annotated: str) -> bool:
    """Does a speaker name stand for the annotated one? 'Haley Morris' and 'Spokeswoman Haley
    Morris' or 'Morris' do; a name shares a capitalised word (not a title or honorific)."""
    if _short_for(said, annotated) or _short_for(annotated, said):
        return True
    ours, theirs = _name_words(said), _name_words(annotated)
    if ours and theirs:
        return bool(ours & theirs)
    return said.strip().lower() == annotated.strip().lower()


def _short_for(short: str, full: str) -> bool:
    """Is `short` an acronym of three letters or more made of the initials of `full` ('the
    RNC' and 'the Republican National Committee')?"""
    words = [w for w in short.split() if w[:1].isupper() and w != "The"]  # 'FEC records'
    capitals = [w for w in re.findall(r"[A-Z][\w’'-]*", full) if w != "The"]
    return (
        len(words) == 1
        and len(words[0]) >= 3
        and words[0].isupper()
        and words[0] == "".join(w[0] for w in capitals)
    )


def _name_words(phrase: str) -> set[str]:
    words = re.findall(r"[A-Z][\w’'-]+", phrase.replace("’s", "").replace("'s", ""))
    return {w for w in words if w not in NOT_NAMES and w not in _TITLES}


_TITLES = frozenset(
    """Mr Mrs Ms Dr Sen Rep Gov President Senator Governor Spokesman Spokeswoman
    Secretary Speaker Chairman Chairwoman Democratic Republican Campaign Former Vice GOP
    Presidential Candidate Nominee Democrat Rev Gen State""".split()
)


def _is_named(phrase: str) -> bool:
    """A name, not a pronoun or a definite description ('the former Maryland governor')."""
    words = phrase.strip().split()
    if not words or phrase.strip().lower() in PRONOUNS:
        return False
    if words[0].lower() == "the" and words[-1].lower() in _DESCRIPTIONS:
        return False
    return bool(_name_words(phrase))


_DESCRIPTIONS = ROLE_WORDS | frozenset(
    """candidate nominee businessman billionaire mogul
    senator congressman congresswoman governor contender frontrunner front-runner hopeful
    real-estate developer star""".split()
)


def _attribution(
    source: Span | None,
    cue: Span | None,
    content: Span,
    named: list[Span],
    text: str,
    story: StoryNames | None = None,
) -> Attribution:
    if source is None:
        return Attribution(None, cue, content, "", False)
    if _is_named(source.text):
        return Attribution(source, cue, content, source.text, False)
    guess = _antecedent(source, named, text)
    subject = _subject_before(source, story, named) if story is not None else None
    return Attribution(source, cue, content, subject or guess, True)


def _subject_before(source: Span, story: StoryNames, named: list[Span]) -> str | None:
    """For 'he'/'she': the last person the article made the subject of a clause before the
    pronoun, when that is nearer than the last named source ('Growing up in El Paso, Mendoza
    regularly witnessed …. "…," he said' is Mendoza, not the source two paragraphs up)."""
    if source.text.strip().lower() not in ("he", "she", "him", "her", "his"):
        return None
    last_named = max((s.end for s in named if s.end <= source.start), default=-1)
    i = bisect.bisect_left(story.mention_at, source.start) - 1
    while i >= 0 and story.mention_at[i] > last_named and story.mention_at[i] >= source.start - 600:
        if story.mention_subject[i] and story.mention_key[i]:
            return story.full_name(story.mention_key[i])
        i -= 1
    return None


def _antecedent(source: Span, named: list[Span], text: str) -> str:
    """The name a pronoun or title stands for: for 'who', the name just before it; else the
    nearest named source before it whose gender words do not contradict it, else the
    nearest name in the text before it."""
    word = source.text.strip().lower()
    before = text[max(0, source.start - 300) : source.start]
    if word in _RELATIVE:
        names = _names_in(before)
        return names[-1] if names else ""
    female, male = bool(_FEMALE.search(source.text)), bool(_MALE.search(source.text))
    for candidate in reversed([s for s in named if s.end <= source.start]):
        if (female and _MALE.search(candidate.text)) or (male and _FEMALE.search(candidate.text)):
            continue
        return candidate.text
    names = _names_in(text[: source.start])
    return names[-1] if names else ""


def _names_in(text: str) -> list[str]:
    """Names in running text: runs of two capitalised words, or one after a lower-case word
    (so a sentence's first word - 'Maybe', 'Still' - is not taken for a name)."""
    found = []
    for match in _NAME.finditer(text):
        run = match.group()
        mid = re.search(r"[a-z,;]\s+$", text[max(0, match.start() - 3) : match.start()])
        if _is_named(run) and (len(run.split()) > 1 or mid):
            found.append(run)
    return found


def _publishers(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["filename"]: row.get("publisher") or ""
            for row in csv.DictReader(handle, delimiter="\t")
            if row.get("filename")
        }


def speaker_name(phrase: str) -> str:
    """The name in an annotated source phrase, as a reader would give it: 'Michael Ahrens, a
    Rubio spokesman,' -> 'Michael Ahrens'; 'Democratic presidential candidate Hillary
    Clinton' -> 'Hillary Clinton'; a phrase with no name ('Hundreds of demonstrators') kept."""
    clause = re.sub(
        r"^(?:For|To|From|By)\s+|\s+(?:himself|herself|themselves)$",
        "",
        phrase.split(",")[0].strip(),
    )
    if clause and not clause.split()[-1][:1].isupper():
        return clause  # a description, not a name: 'Hundreds of pro-Sanders demonstrators'
    head = re.split(r" of | from | at ", clause)[0].strip()
    for part in (head, clause):  # 'Secretary of State John F. Kerry': the name is after 'of'
        runs = re.findall(r"(?<![\w-])(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*", part)
        for run in reversed(runs):
            words = run.split()
            while words and (words[0].rstrip(".") in _TITLES or words[0] in NOT_NAMES):
                words.pop(0)
            if words:
                return " ".join(words)
    return head or phrase.strip()
