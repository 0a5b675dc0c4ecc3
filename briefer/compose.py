"""Compose the brief from grounded statements: who is shown, in what words, within budget.

The offline composer writes no prose of its own about what anyone thinks: each sentence is
an attributed, verbatim quote. Whatever the writer, every sentence is vetted against the
evidence it cites (see `claims`) before it can be shown. The word budget is met by leaving
out lower-ranked statements, never by cutting a sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from .actors import Actors
from .citations import cite, excerpts, number_sources, source_entries
from .claims import (
    SupportAudit,
    SupportChecker,
    backing,
    statement_sentence,
    vet_sentences,
)
from .contention import answered, find_contention
from .layout import fits_one_page
from .models import ActorPosition, Brief, Contention, Sentence, Source, Statement, Stats
from .roles import COMMENTATORS
from .select import TopicQuery
from .stance import mentions_topic, position_stance

STANCE_PHRASES = {
    "supports": "supports",
    "conditional": "conditional",
    "opposes": "opposes",
    "mixed": "mixed signals",
    "neutral": "no stated side",
    "unclear": "no clear stance in these sources",
}
LONG_STATEMENT_WORDS = 45

Positions = Sequence[tuple[str, list[Statement]]]
Writer = Callable[[Positions], dict[str, list[Sentence]]]


@dataclass
class ComposeOptions:
    topic: str
    generated_at: date
    title: str | None = None
    max_words: int = 600
    max_actors: int = 6
    per_actor: int = 3
    one_page: bool = True  # trim until the default HTML template prints on one page
    notices: list[str] = field(default_factory=list)  # shown in the brief, so they take room
    finish: Callable[[Brief], Brief] | None = None  # adds what the page shows besides (outlet
    # labels, dates, "new" marks), so the one-page estimate sees the brief as printed


@dataclass
class _Draft:
    positions: list[tuple[str, list[Statement], list[Sentence]]]
    contention: list[tuple[Statement, Statement]]


def quote_writer(positions: Positions) -> dict[str, list[Sentence]]:
    """The offline writer: one attributed verbatim quote per statement."""
    return {actor: [Sentence(text=statement_sentence(s), statement_ids=[s.id]) for s in items]
            for actor, items in positions}


def compose(statements: Sequence[Statement], sources: Mapping[str, Source],
            chunk_scores: Mapping[str, float], actors: Actors, query: TopicQuery,
            options: ComposeOptions, stats: Stats, writer: Writer = quote_writer) -> Brief:
    """Rank, let the writer word each position, vet and label its sentences, fit the budget,
    number the citations."""
    unique = _deduplicate(statements)
    ranked = _rank_actors(unique, chunk_scores, set(actors.by_alias.values()), query)
    chosen = [(actor, items[: options.per_actor]) for actor, items in
              ranked[: options.max_actors]]
    written = writer(chosen)
    checker = SupportChecker.for_sources(actors, sources)
    audit = SupportAudit()
    contested = answered(unique)
    all_by_actor: dict[str, list[Statement]] = {}  # duplicates too: the same words reported
    for statement in statements:  # by another outlet corroborate them
        all_by_actor.setdefault(statement.actor, []).append(statement)
    positions = []
    for actor, items in chosen:
        sentences = written.get(actor) or quote_writer([(actor, items[:2])])[actor]
        sentences = vet_sentences(sentences, items, checker, audit)
        items = list(items)
        sentences = [_labelled(s, items, all_by_actor[actor], contested, checker)
                     for s in sentences]
        positions.append((actor, items, sentences))
    shown_actors = {actor for actor, _ in chosen}
    contention = [pair for pair in find_contention(unique)
                  if pair[0].actor in shown_actors and pair[1].actor in shown_actors]
    draft = _Draft(positions, contention)
    notice = audit.notice()
    options = replace(options, notices=[*options.notices, *([notice] if notice else [])])
    stats = stats.model_copy(update={
        "sentences_checked": audit.checked, "sentences_supported": audit.supported,
        "sentences_replaced": audit.replaced, "sentences_dropped": audit.dropped,
    })
    while _body_words(draft) > options.max_words and _trim_once(draft):
        pass
    brief = _assemble(draft, sources, options, stats)
    within_budget = brief.stats.statements_used
    while options.one_page and not fits_one_page(brief) and _trim_once(draft):
        brief = _assemble(draft, sources, options, stats)
    brief.stats.left_out_for_page = within_budget - brief.stats.statements_used
    return brief


def _labelled(sentence: Sentence, items: list[Statement], same_actor: Sequence[Statement],
              contested: set[str], checker: SupportChecker) -> Sentence:
    """The sentence citing a second outlet that backs it, if one exists, and its label.
    A statement it newly cites joins `items`, so its excerpt is shown."""
    by_id = {s.id: s for s in items}
    cited = [by_id[i] for i in sentence.statement_ids]
    others = [s for s in same_actor if s.id not in sentence.statement_ids]
    extra, label = backing(sentence, cited, others, contested, checker)
    items += [s for s in extra if s.id not in by_id]
    return sentence.model_copy(update={
        "statement_ids": [s.id for s in cited + extra], "corroboration": label})


def word_count(text: str) -> int:
    return len(text.split())


def _deduplicate(statements: Sequence[Statement]) -> list[Statement]:
    seen: set[tuple[str, str]] = set()
    unique = []
    for statement in statements:
        key = (statement.actor, " ".join(statement.claim.split()))
        if key not in seen:
            seen.add(key)
            unique.append(statement)
    return unique


def _rank_actors(statements: Sequence[Statement], chunk_scores: Mapping[str, float],
                 known_actors: set[str], query: TopicQuery) -> list[tuple[str, list[Statement]]]:
    """Most-cited first; actors the data knows before speakers it does not."""
    groups: dict[str, list[Statement]] = {}
    for statement in statements:
        groups.setdefault(statement.actor, []).append(statement)
    top_score = max(chunk_scores.values(), default=0.0) or 1.0

    def statement_rank(statement: Statement) -> float:
        score = 3.0 if statement.stance in ("supports", "conditional", "opposes") else 0.0
        score += 2.0 if statement.evidence[0].kind == "direct" else 0.0
        score += 2.0 if mentions_topic(statement.claim, query) else 0.0
        score += chunk_scores.get(statement.chunk_id or "", 0.0) / top_score
        score -= 2.0 if word_count(statement.claim) > LONG_STATEMENT_WORDS else 0.0
        score -= 1.0 if word_count(statement.claim) < 5 else 0.0
        return score

    ranked = [(actor, sorted(items, key=lambda s: -statement_rank(s)))
              for actor, items in groups.items()]
    order = list(groups)
    ranked.sort(key=lambda pair: (_tier(pair[0], known_actors), -len(pair[1]),
                                  -len({s.evidence[0].source_id for s in pair[1]}),
                                  order.index(pair[0])))
    return ranked


def _tier(actor: str, known_actors: set[str]) -> int:
    """Actors the data knows, then other speakers, then unaffiliated commentators: a pundit
    never outranks a side."""
    return 2 if actor == COMMENTATORS else int(actor not in known_actors)


def _body_words(draft: _Draft) -> int:
    words = sum(word_count(f"{actor} {STANCE_PHRASES['unclear']}") for actor, _, _ in
                draft.positions)
    words += sum(word_count(s.text) for _, _, sentences in draft.positions for s in sentences)
    words += sum(word_count(statement_sentence(a)) + word_count(statement_sentence(b))
                 for a, b in draft.contention)
    return words


KEEP_ACTORS = 4  # a brief shows this many actors in depth before it shows more in brief


def _trim_once(draft: _Draft) -> bool:
    """Drop the least important unit left: a third sentence, an extra point of contention,
    an actor beyond the first four, a second sentence, the last point of contention, then
    any actor but the first. False if nothing can go (one actor, one sentence)."""
    counts = [len(sentences) for _, _, sentences in draft.positions]
    if max(counts, default=0) > 2:
        _drop_last_sentence(draft, minimum=3)
    elif len(draft.contention) > 1:
        draft.contention.pop()
    elif len(draft.positions) > KEEP_ACTORS:
        _drop_last_actor(draft)
    elif max(counts, default=0) > 1:
        _drop_last_sentence(draft, minimum=2)
    elif draft.contention:
        draft.contention.pop()
    elif len(draft.positions) > 1:
        _drop_last_actor(draft)
    else:
        return False
    return True


def _drop_last_actor(draft: _Draft) -> None:
    actor = draft.positions.pop()[0]
    draft.contention = [pair for pair in draft.contention
                        if actor not in (pair[0].actor, pair[1].actor)]


def _drop_last_sentence(draft: _Draft, minimum: int) -> None:
    for _, _, sentences in reversed(draft.positions):
        if len(sentences) >= minimum:
            sentences.pop()
            return


def _assemble(draft: _Draft, sources: Mapping[str, Source], options: ComposeOptions,
              stats: Stats) -> Brief:
    all_statements = {s.id: s for _, items, _ in draft.positions for s in items}
    shown = []  # (actor, statements its sentences cite, sentences)
    for actor, _, sentences in draft.positions:
        cited_ids = [sid for sentence in sentences for sid in sentence.statement_ids]
        cited = [all_statements[sid] for sid in dict.fromkeys(cited_ids)]
        shown.append((actor, cited, sentences))
    by_id = {s.id: s for _, items, _ in shown for s in items}
    by_id.update({s.id: s for pair in draft.contention for s in pair})
    overview = [Sentence(text=f"{actor}: {STANCE_PHRASES[_stance(items)]}",
                         statement_ids=[items[0].id]) for actor, items, _ in shown]
    contention_sentences = [(Sentence(text=statement_sentence(a), statement_ids=[a.id]),
                             Sentence(text=statement_sentence(b), statement_ids=[b.id]))
                            for a, b in draft.contention]
    reading_order = overview + [s for _, _, sentences in shown for s in sentences]
    reading_order += [s for pair in contention_sentences for s in pair]
    numbers = number_sources(reading_order, by_id)
    positions = [
        ActorPosition(actor=actor, stance=_stance(items),
                      speakers=list(dict.fromkeys(s.speaker for s in items)),
                      sentences=[cite(s, by_id, numbers) for s in sentences], statements=items)
        for actor, items, sentences in shown
    ]
    stats = stats.model_copy(update={
        "sources_cited": len(numbers), "statements_used": len(by_id),
        "body_words": _body_words(draft), "max_words": options.max_words,
    })
    brief = Brief(
        topic=options.topic,
        title=options.title or f"Who stands where: {options.topic}",
        generated_at=options.generated_at,
        overview=[cite(s, by_id, numbers) for s in overview],
        positions=positions,
        contention=[Contention(a=cite(a, by_id, numbers), b=cite(b, by_id, numbers))
                    for a, b in contention_sentences],
        sources=source_entries(numbers, sources),
        excerpts=excerpts(by_id.values(), sources, numbers),
        notices=list(options.notices),
        stats=stats,
    )
    return options.finish(brief) if options.finish else brief


def _stance(items: Sequence[Statement]):
    return position_stance([s.stance for s in items])
