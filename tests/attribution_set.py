"""Score the offline extractor and the attribution rule against the hand-labelled BBC set
(`tests/data/attribution/bbc.jsonl`, see its README). Shared by the test and the bench.

A *shown attribution* is a statement kept after grounding and the attribution rule whose
evidence overlaps a labelled quote (the set is not exhaustive, so statements elsewhere are
not judged; a statement that quotes part of a labelled sentence, e.g. the quoted words
inside a labelled reported clause, is judged against that item). It is right when its
speaker is the labelled one (a proxy must be shown as the principal's spokesman, never as
the principal; a narration item is never right) and its actor is not a wrong side (the
data's 'United States' is the labels' 'US government', its EU their 'European
Commission'). Recall:
labelled speech items (not narration) with a right attribution.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefer.actors import Actors, load_actors
from briefer.attribution import check_attributions, speaker_key
from briefer.chunk import chunk_all, sentence_spans
from briefer.engines.offline import OfflineEngine
from briefer.ground import ground_statements
from briefer.ingest import ingest
from briefer.models import Statement
from briefer.select import build_query

LABELS = Path(__file__).resolve().parent / "data" / "attribution" / "bbc.jsonl"
PROXY_WORDS = frozenset(
    "spokesman spokeswoman spokesperson aide aides adviser advisor "
    "source sources official officials".split()
)
HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Sir Dame Lord Lady Prof Professor".split())


def held_out(file: str) -> bool:
    """Articles with an odd number are held out: rules were developed on the even ones only."""
    return int(Path(file).stem) % 2 == 1


def load_items(path: Path = LABELS) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _given_names(name: str) -> list[str]:
    words = [w.rstrip(".,") for w in re.findall(r"[\w’'.-]+", name)]
    names = [w for w in words if w[:1].isupper() and w not in HONORIFICS]
    return names[:-1]


def _is_proxy(speaker: str) -> bool:
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in speaker.split()]
    return any(w in PROXY_WORDS for w in words)


def _initials(name: str) -> str:
    """'National Institute of Economic and Social Research' -> 'NIESR'."""
    return "".join(w[0] for w in re.findall(r"[A-Z][\w&’'-]*", name))


def _plain(phrase: str) -> str:
    words = phrase.lower().split()
    while words and words[0] in ("a", "an", "the"):
        words.pop(0)
    return " ".join(words)


def _members_of(label: str) -> bool:
    """Does the label name only a group of members ('MPs', 'officials'), nobody by name?"""
    return re.fullmatch(r"[a-z]+s|[A-Z]{2,}s", label) is not None


def _plain_name(shown: str) -> str:
    return shown.removeprefix("the ").removeprefix("The ")


def _same_body(shown: str, label: str, sides: list[str], actor: str) -> bool:
    """A body the label gives as its side, shown as speaker and side by a longer or shorter
    form of the label's name: 'Nortel Networks' for 'Nortel', 'Blackburn' for 'Blackburn
    Rovers', 'GE' for 'General Electric' (two letters only then: the label is the side)."""
    if actor != shown:
        return False
    if shown == _initials(label) and len(shown) == 2 and label in sides:
        return True
    longer, shorter = sorted((shown.split(), label.split()), key=len, reverse=True)
    return " ".join(longer) in sides and longer[: len(shorter)] == shorter


def speaker_right(shown: str, item: dict, actor: str = "") -> bool:
    """Is `shown` the speaker the label names (or, for a proxy, the principal's proxy)?
    A body shown by the acronym the article itself uses for it ('NIESR' for the National
    Institute of Economic and Social Research) is that body; an unnamed proxy shown with the
    article's own words ('the prime minister's official spokesman') is that proxy."""
    if item["kind"] == "narration" or not item["speaker"]:
        return False
    label = item["speaker"]
    if len(shown) >= 3 and shown.isupper() and shown == _initials(label):
        return True
    if len(label) >= 3 and label.isupper() and label == _initials(shown):
        return True  # the other way round: 'the World Trade Organisation' for 'WTO'
    if speaker_key(label) is None and _plain(shown) == _plain(label):
        return True
    if label in item["actors"] and actor == label:
        return True  # the speaker is a body ('the Tories' for the Conservatives)
    if _same_body(shown, label, item["actors"], actor):
        return True
    if _members_of(label) and item["actors"] == [_plain_name(shown)] and actor == shown:
        return True  # 'MPs said' of a committee's MPs: the committee their side names
    unnamed_proxy = item["how"] == "proxy" or (item["proxy_for"] and _is_proxy(label))
    if unnamed_proxy:
        principal = item["proxy_for"] or label
        if not _is_proxy(shown):
            return False
        return speaker_key(principal) == speaker_key(shown) or (
            speaker_key(label) is not None and speaker_key(label) == speaker_key(shown)
        )
    if _is_proxy(shown) and speaker_key(shown) != speaker_key(label):
        return False
    key = speaker_key(label)
    if key is None:
        return " ".join(shown.lower().split()) == " ".join(label.lower().split())
    if speaker_key(shown) != key:
        return False
    given_shown, given_label = _given_names(shown), _given_names(label)
    return not (given_shown and given_label and given_shown[-1] != given_label[-1])


@dataclass
class Judged:
    item: dict
    statement: Statement | None
    speaker_ok: bool
    side: str  # "right", "unknown" or "wrong"

    @property
    def right(self) -> bool:
        return self.speaker_ok and self.side != "wrong"


@dataclass
class Score:
    shown: list[Judged] = field(default_factory=list)  # one per shown, overlapping statement
    found: list[Judged] = field(default_factory=list)  # one per labelled speech item
    missing: list[str] = field(default_factory=list)

    def precision(self, how: str | None = None) -> tuple[int, int]:
        judged = [j for j in self.shown if how is None or j.item["how"] == how]
        return sum(j.right for j in judged), len(judged)

    def recall(self, how: str | None = None) -> tuple[int, int]:
        judged = [j for j in self.found if how is None or j.item["how"] == how]
        return sum(j.right for j in judged), len(judged)

    def sides(self) -> Counter:
        return Counter(j.side for j in self.shown if j.speaker_ok)


def _side(statement: Statement, item: dict, known_actors: set[str], actors: Actors) -> str:
    if statement.actor in item["actors"]:
        return "right"
    if any(_state_of(label, actors) == statement.actor for label in item["actors"]):
        return "right"
    if statement.actor not in known_actors and statement.actor != "Analysts and commentators":
        return "unknown"  # the speaker's own name: no side claimed
    return "wrong"


def _state_of(label: str, actors: Actors) -> str | None:
    """The actors data's name for a side a label names otherwise: 'US government' is the
    data's 'United States' (as 'Trump' and 'the State Department' are), 'French government'
    is France (labels name a state's side '<country> government'), and the 'European
    Commission' is the data's EU (an alias of it)."""
    if label in actors.by_alias:
        return actors.by_alias[label]
    country = label.removesuffix(" government")
    if country == label:
        return None
    return actors.by_demonym.get(country) or actors.by_alias.get(country)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _judge(statement: Statement, item: dict, known: set[str], actors: Actors) -> Judged:
    return Judged(
        item,
        statement,
        speaker_right(statement.speaker, item, statement.actor),
        _side(statement, item, known, actors),
    )


def score(items: Iterable[dict], corpus: Path) -> Score:
    """Run extraction + grounding + the attribution rule on each labelled article alone."""
    actors = load_actors()
    known = set(actors.by_alias.values())
    result = Score()
    by_file: dict[str, list[dict]] = {}
    for item in items:
        by_file.setdefault(item["file"], []).append(item)
    for file, labelled in sorted(by_file.items()):
        corpus_result = ingest([str(corpus / file)])
        sources = {s.id: s for s in corpus_result.sources}
        source = corpus_result.sources[0]
        chunks = chunk_all(corpus_result.sources)
        engine = OfflineEngine(actors, build_query(labelled[0]["topic"]))
        statements = engine.extract(chunks, sources).statements
        kept = check_attributions(
            ground_statements(statements, sources).statements, sources
        ).statements
        spans = []
        sentences = sentence_spans(source.text)
        for item in labelled:
            start = source.text.find(item["quote"])
            if start < 0:
                result.missing.append(item["id"])
                continue
            end = start + len(item["quote"])
            sentence = next(((s, e) for s, e in sentences if s <= start < e), (start, end))
            spans.append((item, (start, end), (min(start, sentence[0]), max(end, sentence[1]))))
        best_for_item: dict[str, Judged] = {}
        for statement in kept:
            evidence = statement.evidence[0]
            span = (evidence.start, evidence.end)
            overlapping = [
                (_overlap(span, s), item)
                for item, s, _ in spans
                if _overlap(span, s) * 2 >= min(span[1] - span[0], s[1] - s[0])
            ]
            if not overlapping:  # a part of the labelled sentence: 'said the four had been
                overlapping = [
                    (0, item)
                    for item, _, (s, e) in spans  # rescued from a "…"'
                    if s <= span[0] and span[1] <= e and item["kind"] != "narration"
                ]
            if not overlapping:
                continue
            _, best = max(overlapping, key=lambda pair: pair[0])
            result.shown.append(_judge(statement, best, known, actors))
            for _, item in overlapping:  # every labelled quote the shown words hold: a
                judged = _judge(statement, item, known, actors)  # quote of three labelled
                previous = best_for_item.get(item["id"])  # sentences finds all three
                if previous is None or (judged.right and not previous.right):
                    best_for_item[item["id"]] = judged
        for item, _, _ in spans:
            if item["kind"] == "narration":
                continue
            result.found.append(
                best_for_item.get(item["id"]) or Judged(item, None, False, "unknown")
            )
    return result


def percent(pair: tuple[int, int]) -> str:
    right, total = pair
    return f"{100 * right / total:5.1f}% ({right}/{total})" if total else "   n/a"


def article_interval(judged: list[Judged], runs: int = 2000) -> tuple[float, float]:
    """A 95% interval for the share of `judged` that is right, resampling whole articles
    (a wrong speaker is often wrong for every quote of a run, so items are not independent)."""
    by_article: dict[str, list[int]] = {}
    for j in judged:
        counts = by_article.setdefault(j.item["file"], [0, 0])
        counts[0] += j.right
        counts[1] += 1
    articles = list(by_article.values())
    draw = random.Random(13)
    shares = []
    for _ in range(runs):
        sample = [articles[draw.randrange(len(articles))] for _ in articles]
        total = sum(n for _, n in sample)
        shares.append(100 * sum(r for r, _ in sample) / total if total else 0.0)
    shares.sort()
    return shares[int(0.025 * runs)], shares[int(0.975 * runs) - 1]
