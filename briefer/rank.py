"""Group: grounded statements -> the positions a brief may show, strongest first.

Each actor's statements on the topic, ranked by how strongly they belong in a brief on it
(see `statement_score`), actors the data knows first. Synthesis words these positions and
compose lays them out; neither re-ranks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .abbreviations import defined_abbreviations
from .actors import Actors
from .citations import excerpt_context, previous_sentence
from .models import Source, Statement
from .relevance import NAMES_EXPANSION, UNRELATED, outside_references, speech_act, topic_level
from .roles import COMMENTATORS
from .select import TopicQuery
from .synthesis import Position

LONG_STATEMENT_WORDS = 45
MIN_SIDES = 2  # fewer speakers naming the topic than this, and those quoted beside it count
# the topic named in the quote, by an expansion, only in the sentence around it, not at all
LEVEL_WEIGHT = {3: 5.0, 2: 4.5, 1: 2.0, 0: 0.0}
ACT_WEIGHT = {
    "demand": 3.5,
    "condition": 3.0,
    "refusal": 2.5,
    "offer": 2.0,
    "challenge": 2.0,
    "reaction": 0.0,
}


@dataclass
class Plan:
    """Who may be shown and with what: the positions to word, in rank order, plus what the
    layout needs to know about every grounded statement."""

    positions: list[Position]  # the candidates for the page, each with its chosen statements
    also_quoted: list[str]  # actors on topic beyond the candidates
    statements: list[Statement]  # every grounded statement (copies corroborate)
    unique: list[Statement]  # without repeats, whose actor is named somewhere
    contexts: dict[str, str]  # statement id -> the source sentence(s) around its quote
    before: dict[str, str]  # statement id -> the sentence before it
    query: TopicQuery


def plan_positions(
    statements: Sequence[Statement],
    sources: Mapping[str, Source],
    chunk_scores: Mapping[str, float],
    actors: Actors,
    query: TopicQuery,
    per_actor: int,
    max_actors: int,
) -> Plan:
    """Rank the actors and each one's statements; keep the first `max_actors` actors with at
    most `per_actor` statements each, no quote given to two actors."""
    known = set(actors.by_alias.values())
    unique = [s for s in _deduplicate(statements) if _named_somewhere(s, known, sources)]
    stories = {s.said.source_id for s in unique}
    abbreviations = defined_abbreviations(sources[sid].text for sid in stories if sid in sources)
    unique = merge_name_variants(unique, known, abbreviations)
    contexts = {s.id: _context(s, sources) for s in statements}  # duplicates corroborate
    before = {s.id: _before(s, sources) for s in unique}
    ranked = _quoted_once(
        rank_actors(unique, contexts, chunk_scores, known, query, before), per_actor
    )
    return Plan(
        positions=[(actor, items[:per_actor]) for actor, items in ranked[:max_actors]],
        also_quoted=[actor for actor, _ in ranked[max_actors:]],
        statements=list(statements),
        unique=unique,
        contexts=contexts,
        before=before,
        query=query,
    )


def _name_words(name: str) -> frozenset[str]:
    words = (w.lower().removesuffix("'s").removesuffix("’s").rstrip("'’") for w in name.split())
    return frozenset(words) - {"the"}


def merge_name_variants(
    statements: Sequence[Statement],
    known_actors: set[str],
    abbreviations: Mapping[str, str] | None = None,
) -> list[Statement]:
    """One heading per body the stories write in several ways with the same words: 'Group
    Menatep' and 'Menatep Group', 'the FA' and 'FA'. The heading is the way written most
    often, then the shortest. Names that add a word are left apart: 'FA' is not 'Egypt FA',
    'Scotland' not 'Scotland Yard', and no rule tells 'Judge Clark' in 'Texas Judge Letitia
    Clark' from 'Football Association' in 'Scottish Football Association'. An abbreviation
    the stories define ('Electronic Arts (EA)') joins the name it stands for when both are
    headings. Actors the data knows and the commentators' heading are never merged;
    speakers are never changed."""
    counts: dict[str, int] = {}
    for statement in statements:
        if statement.actor not in known_actors and statement.actor != COMMENTATORS:
            counts[statement.actor] = counts.get(statement.actor, 0) + 1
    groups: dict[frozenset[str], list[str]] = {}
    for name in counts:
        groups.setdefault(_name_words(name), []).append(name)
    canonical: dict[str, str] = {}
    for group in groups.values():
        best = min(group, key=lambda n: (-counts[n], len(n), n))
        canonical.update({name: best for name in group if name != best})
    for short, name in (abbreviations or {}).items():
        if short in counts and name in counts:
            canonical[short] = canonical.get(name, name)
    return [
        s.model_copy(update={"actor": canonical[s.actor]}) if s.actor in canonical else s
        for s in statements
    ]


def word_count(text: str) -> int:
    return len(text.split())


def _named_somewhere(statement: Statement, known: set[str], sources: Mapping[str, Source]) -> bool:
    """An actor the data does not know must be named in the story it is quoted from: a
    name that is in neither (a model's invention) never heads a position."""
    if statement.actor in known:
        return True
    text = sources[statement.source_id].text
    return statement.actor in text


def _quoted_once(
    ranked: list[tuple[str, list[Statement]]], limit: int
) -> list[tuple[str, list[Statement]]]:
    """Each actor's first `limit` statements, where the same words given to two actors (an
    attribution that could go either way) go to the higher-ranked one only, so no quote is
    shown twice; words inside a longer quote already taken count as the same."""
    taken: list[str] = []
    kept = []
    for actor, items in ranked:
        mine: list[Statement] = []
        for statement in items:
            if len(mine) >= limit:
                break
            words = " ".join(quote_text(statement).split())
            if any(words in other or other in words for other in taken):
                continue
            mine.append(statement)
        taken += [" ".join(quote_text(s).split()) for s in mine]
        if mine:
            kept.append((actor, mine))
    return kept


def _deduplicate(statements: Sequence[Statement]) -> list[Statement]:
    seen: set[tuple[str, str]] = set()
    unique = []
    for statement in statements:
        key = (statement.actor, " ".join(statement.claim.split()))
        if key not in seen:
            seen.add(key)
            unique.append(statement)
    return unique


def quote_text(statement: Statement) -> str:
    """The statement's own words: its verbatim quotes (a model's claim is a paraphrase)."""
    return " ".join(evidence.quote for evidence in statement.evidence)


def _context(statement: Statement, sources: Mapping[str, Source]) -> str:
    first = statement.said
    return excerpt_context(sources[first.source_id], first.start, first.end)


def _before(statement: Statement, sources: Mapping[str, Source]) -> str:
    first = statement.said
    return previous_sentence(sources[first.source_id], first.start)


def statement_score(
    statement: Statement,
    context: str,
    query: TopicQuery,
    chunk_score: float = 0.0,
    previous: str = "",
) -> float:
    """How strongly a statement belongs in a brief on the topic: naming the topic first, then
    saying where the speaker stands (a condition, demand, refusal or offer), then a clear
    stance and the speaker's own words. Fragments and long narrations rank lower."""
    quote = quote_text(statement)
    level = topic_level(quote, context, query, previous)
    words = word_count(quote)
    direct = statement.said.kind == "direct"
    score = LEVEL_WEIGHT[level]
    score += ACT_WEIGHT[speech_act(quote)]
    score += 1.5 if statement.stance in ("supports", "conditional", "opposes") else 0.0
    score += 0.5 if direct else 0.0
    score -= 0.75 * min(3, outside_references(quote)) if direct else 0.0
    score += chunk_score
    score -= 2.0 if words > LONG_STATEMENT_WORDS else 0.0
    score -= 3.0 if words < 5 else 0.0
    return score


def rank_actors(
    statements: Sequence[Statement],
    contexts: Mapping[str, str],
    chunk_scores: Mapping[str, float],
    known_actors: set[str],
    query: TopicQuery,
    before: Mapping[str, str] | None = None,
) -> list[tuple[str, list[Statement]]]:
    """On-topic statements by actor, strongest first, led by the strongest whose own words
    name the topic. A statement whose words and sentence do not touch the topic is left out;
    so is an actor none of whose quotes names it, unless fewer than two do. Actors the data
    knows come first, then speakers quoted in more stories, then those named in full (a first
    name alone is usually a passer-by), then those with more statements."""
    top_score = max(chunk_scores.values(), default=0.0) or 1.0
    groups: dict[str, list[tuple[float, int, Statement]]] = {}
    for statement in statements:
        context = contexts.get(statement.id, statement.claim)
        previous = (before or {}).get(statement.id, "")
        level = topic_level(quote_text(statement), context, query, previous)
        if level == UNRELATED:
            continue
        score = statement_score(
            statement,
            context,
            query,
            chunk_scores.get(statement.chunk_id or "", 0.0) / top_score,
            previous,
        )
        groups.setdefault(statement.actor, []).append((score, level, statement))
    order = list(groups)
    ranked, in_context = [], []
    for actor, items in groups.items():
        items.sort(key=lambda item: -item[0])
        leads = [item for item in items if item[1] >= NAMES_EXPANSION]
        if not leads:  # nothing it said names the topic; only the sentence around it does
            in_context.append((actor, [statement for _, _, statement in items]))
            continue
        ordered = [leads[0], *(item for item in items if item is not leads[0])]
        ranked.append((actor, [statement for _, _, statement in ordered]))

    def key(pair: tuple[str, list[Statement]]) -> tuple[int, int, bool, int, int, int]:
        actor, items = pair
        stories = len({s.source_id for s in items})
        if actor in known_actors:
            return (0, 0, False, -len(items), -stories, order.index(actor))
        tier = 2 if actor == COMMENTATORS else 1  # a pundit never outranks a side
        return (tier, -stories, len(actor.split()) < 2, -len(items), 0, order.index(actor))

    # Who-stands-where needs two sides: where fewer than two speakers name the topic in their
    # own words (quotes about 'the ceremony' in stories about an awards night), those quoted
    # in sentences that name it follow them, rather than a page that says nobody spoke.
    if len(ranked) >= MIN_SIDES:
        return sorted(ranked, key=key)
    return sorted(ranked, key=key) + sorted(in_context, key=key)
