"""Compose the brief from the planned positions and the sentences synthesis wrote for them.

Compose writes no prose of its own about what anyone thinks: where synthesis wrote nothing
for an actor, its sentences are attributed, verbatim quotes. Whatever the writer, every
sentence is vetted against the evidence it cites (see `claims`) before it can be shown.

Breadth before depth: every actor with an on-topic statement gets one line (the overview:
its stance and the statement that shows it) before any actor gets a second; then the room
left goes to points where two shown actors answer each other, then to the strongest
remaining statements, whoever made them. A unit that does not fit the word budget or the
printed page is skipped and the next, smaller one tried, so the page fills before anything
is cut; actors left out are named ("also quoted"), never dropped silently. No sentence is
ever cut.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from .actors import Actors
from .citations import (
    cite,
    excerpts,
    number_sources,
    source_entries,
)
from .claims import (
    SupportAudit,
    SupportChecker,
    backing,
    statement_sentence,
    vet_sentences,
)
from .contention import answered, find_contention
from .dating import claim_when, newest_date
from .layout import fits_one_page
from .models import (
    ActorPosition,
    Brief,
    Contention,
    Sentence,
    Source,
    Stance,
    Statement,
    Stats,
)
from .rank import Plan, quote_text, statement_score, word_count
from .relevance import topic_level
from .select import TopicQuery
from .stance import position_stance, reason_for, shown_stance
from .synthesis import quote_sentences

STANCE_PHRASES = {
    "supports": "supports",
    "conditional": "conditional",
    "opposes": "opposes",
    "mixed": "mixed signals",
    "neutral": "no stated side",
    "unclear": "no clear stance in these sources",
}
MAX_CONTENTION = 2
ALSO_QUOTED_NAMES = 8


@dataclass
class ComposeOptions:
    topic: str
    generated_at: date
    title: str | None = None
    max_words: int = 600
    max_actors: int = 12  # candidates for the page; the page decides how many are shown
    per_actor: int = 3
    one_page: bool = True  # fill until the default HTML template prints on one page
    query: TopicQuery | None = None  # the topic's phrases, for stance checks
    notices: list[str] = field(default_factory=list)  # shown in the brief, so they take room
    finish: Callable[[Brief], Brief] | None = None  # adds what the page shows besides (outlet
    # labels, dates, "new" marks), so the one-page estimate sees the brief as printed


@dataclass
class _Draft:
    """Every candidate sentence, and which of them are shown."""

    positions: list[tuple[str, list[Statement], list[Sentence]]]  # writer's order per actor
    contention: list[tuple[Statement, Statement]]
    shown: list[list[bool]] = field(default_factory=list)  # per actor, per sentence
    shown_contention: list[bool] = field(default_factory=list)
    also_quoted: list[str] = field(default_factory=list)  # on topic, not among the candidates
    sentence: Callable[[Statement], str] = statement_sentence  # a statement as a sentence

    def __post_init__(self) -> None:
        self.shown = [[False] * len(sentences) for _, _, sentences in self.positions]
        self.shown_contention = [False] * len(self.contention)


def compose(
    plan: Plan,
    written: Mapping[str, list[Sentence]],
    sources: Mapping[str, Source],
    actors: Actors,
    options: ComposeOptions,
    stats: Stats,
) -> Brief:
    """Vet and label the sentences synthesis wrote for each planned position (attributed
    quotes where it wrote none), fill the page breadth first, number the citations."""
    options = replace(options, query=plan.query)
    checker = SupportChecker.for_sources(actors, sources)
    audit = SupportAudit()
    contested = answered(plan.unique)
    all_by_actor: dict[str, list[Statement]] = {}  # duplicates too: the same words reported
    for statement in plan.statements:  # by another outlet corroborate them
        all_by_actor.setdefault(statement.actor, []).append(statement)
    positions = []
    for actor, items in plan.positions:
        sentences = (
            written.get(actor) or quote_sentences([(actor, items[:2])], checker.sentence)[actor]
        )
        sentences = vet_sentences(sentences, items, checker, audit)
        items = list(items)
        sentences = [
            _labelled(s, items, all_by_actor[actor], contested, checker) for s in sentences
        ]
        if sentences:
            positions.append((actor, items, sentences))
    draft = _Draft(
        positions,
        find_contention(plan.unique, limit=MAX_CONTENTION + 2),
        also_quoted=plan.also_quoted,
        sentence=checker.sentence,
    )
    notice = audit.notice()
    options = replace(options, notices=[*options.notices, *([notice] if notice else [])])
    stats = stats.model_copy(
        update={
            "sentences_checked": audit.checked,
            "sentences_supported": audit.supported,
            "sentences_replaced": audit.replaced,
            "sentences_dropped": audit.dropped,
        }
    )
    dating = _Dating(sources, plan.contexts, options.generated_at)
    strength = {
        s.id: statement_score(s, plan.contexts[s.id], plan.query, 0.0, plan.before[s.id])
        for _, items in plan.positions
        for s in items
    }
    _fill(draft, lambda: _assemble(draft, sources, options, stats, dating), options, strength)
    return _assemble(draft, sources, options, stats, dating)


def _fill(
    draft: _Draft,
    assemble: Callable[[], Brief],
    options: ComposeOptions,
    strength: Mapping[str, float],
) -> None:
    """Show units in order of importance while they fit: each actor's lead, then points of
    contention between shown actors, then the strongest remaining sentences whoever said
    them. A unit that does not fit is skipped and the next (perhaps smaller) one tried."""

    def fits() -> bool:
        if _body_words(draft) > options.max_words:
            return False
        return not options.one_page or fits_one_page(assemble())

    for index in range(len(draft.positions)):
        draft.shown[index][0] = True
        if not fits() and any(draft.shown[i][0] for i in range(index)):
            draft.shown[index][0] = False  # the first actor's lead always shows
    depth = [
        (index, place)
        for index, (_, _, sentences) in enumerate(draft.positions)
        if draft.shown[index][0]
        for place in range(1, len(sentences))
    ]

    def sentence_strength(unit: tuple[int, int]) -> tuple[float, int]:
        index, place = unit
        sentence = draft.positions[index][2][place]
        return (
            -max((strength.get(sid, 0.0) for sid in sentence.statement_ids), default=0.0),
            place,
        )

    for index, pair in enumerate(draft.contention):
        if sum(draft.shown_contention) >= MAX_CONTENTION or not _contention_allowed(draft, pair):
            continue
        draft.shown_contention[index] = True
        if not fits():
            draft.shown_contention[index] = False
    in_contention = {
        s.id
        for pair, shown in zip(draft.contention, draft.shown_contention, strict=True)
        if shown
        for s in pair
    }
    for index, place in sorted(depth, key=sentence_strength):
        if in_contention & set(draft.positions[index][2][place].statement_ids):
            continue  # already quoted as a point of contention
        draft.shown[index][place] = True
        if not fits():
            draft.shown[index][place] = False


def _contention_allowed(draft: _Draft, pair: tuple[Statement, Statement]) -> bool:
    """Both actors are shown and neither statement is one a position sentence stands on
    (shown or still to come) or another point uses: nothing is said twice, and a point of
    contention never takes a statement from a position."""
    shown_actors = {
        actor for (actor, _, _), flags in zip(draft.positions, draft.shown, strict=True) if flags[0]
    }
    quoted = {
        sid
        for _, _, sentences in draft.positions
        for sentence in sentences
        for sid in sentence.statement_ids
    }
    for index, other in enumerate(draft.contention):
        if draft.shown_contention[index]:
            quoted |= {other[0].id, other[1].id}
    return {pair[0].actor, pair[1].actor} <= shown_actors and not {pair[0].id, pair[1].id} & quoted


def _shown_sentences(draft: _Draft) -> list[Sentence]:
    return [
        s
        for (_, _, sentences), flags in zip(draft.positions, draft.shown, strict=True)
        for s, shown in zip(sentences, flags, strict=True)
        if shown
    ]


def _labelled(
    sentence: Sentence,
    items: list[Statement],
    same_actor: Sequence[Statement],
    contested: set[str],
    checker: SupportChecker,
) -> Sentence:
    """The sentence citing a second outlet that backs it, if one exists, and its label.
    A statement it newly cites joins `items`, so its excerpt is shown."""
    by_id = {s.id: s for s in items}
    cited = [by_id[i] for i in sentence.statement_ids]
    others = [s for s in same_actor if s.id not in sentence.statement_ids]
    extra, label = backing(sentence, cited, others, contested, checker)
    items += [s for s in extra if s.id not in by_id]
    return sentence.model_copy(
        update={"statement_ids": [s.id for s in cited + extra], "corroboration": label}
    )


def _body_words(draft: _Draft) -> int:
    words = sum(
        word_count(f"{actor} {STANCE_PHRASES['unclear']}")
        for (actor, _, _), flags in zip(draft.positions, draft.shown, strict=True)
        if flags[0]
    )
    words += sum(word_count(s.text) for s in _shown_sentences(draft))
    words += sum(
        word_count(draft.sentence(a)) + word_count(draft.sentence(b))
        for (a, b), shown in zip(draft.contention, draft.shown_contention, strict=True)
        if shown
    )
    return words


def _level(statement: Statement, contexts: Mapping[str, str], query: TopicQuery | None) -> float:
    if query is None:
        return 0.0
    context = contexts.get(statement.id, "")
    return float(topic_level(quote_text(statement), context, query, speaker=statement.speaker))


def _stance(statement: Statement, query: TopicQuery | None) -> Stance:
    return shown_stance(statement.stance, quote_text(statement), query)


def _named(actors: Sequence[str], limit: int = ALSO_QUOTED_NAMES) -> list[str]:
    """Who else was quoted on the topic, for the 'also quoted' line: the first `limit` names,
    then how many more."""
    if len(actors) <= limit:
        return list(actors)
    return [*actors[:limit], f"{len(actors) - limit} more"]


@dataclass
class _Dating:
    """Dates claims against the newest source cited, read on the brief's date."""

    sources: Mapping[str, Source]
    contexts: Mapping[str, str]
    read_on: date

    def when(
        self, sentence: Sentence, statements: Mapping[str, Statement], newest: date | None
    ) -> Sentence:
        first = statements[sentence.statement_ids[0]]
        source = self.sources[first.source_id]
        when = claim_when(self.contexts.get(first.id, ""), source, newest, self.read_on)
        return sentence.model_copy(update={"when": when})


def _assemble(
    draft: _Draft,
    sources: Mapping[str, Source],
    options: ComposeOptions,
    stats: Stats,
    dating: _Dating,
) -> Brief:
    all_statements = {s.id: s for _, items, _ in draft.positions for s in items}
    shown = []  # (actor, stance, overview sentence, other sentences, statements cited)
    for (actor, _, sentences), flags in zip(draft.positions, draft.shown, strict=True):
        visible = [s for s, flag in zip(sentences, flags, strict=True) if flag]
        if not visible:
            continue
        cited_ids = [sid for sentence in visible for sid in sentence.statement_ids]
        cited = [all_statements[sid] for sid in dict.fromkeys(cited_ids)]
        stance = position_stance([_stance(s, options.query) for s in cited])
        firsts = [all_statements[s.statement_ids[0]] for s in visible]
        lead = reason_for(
            stance,
            [_stance(s, options.query) for s in firsts],
            [_level(s, dating.contexts, options.query) for s in firsts],
        )
        rest = visible[:lead] + visible[lead + 1 :]
        shown.append((actor, stance, visible[lead], rest, cited))
    pairs = [
        pair for pair, flag in zip(draft.contention, draft.shown_contention, strict=True) if flag
    ]
    by_id = {s.id: s for *_, items in shown for s in items}
    by_id.update({s.id: s for pair in pairs for s in pair})
    contention_sentences = [
        (
            Sentence(text=draft.sentence(a), statement_ids=[a.id]),
            Sentence(text=draft.sentence(b), statement_ids=[b.id]),
        )
        for a, b in pairs
    ]
    reading_order = [lead for _, _, lead, _, _ in shown]
    reading_order += [s for *_, rest, _ in shown for s in rest]
    reading_order += [s for pair in contention_sentences for s in pair]
    numbers = number_sources(reading_order, by_id)
    newest = newest_date((sources[sid] for sid in numbers), dating.read_on)

    def final(sentence: Sentence) -> Sentence:
        return dating.when(cite(sentence, by_id, numbers), by_id, newest)

    positions = [
        ActorPosition(
            actor=actor,
            stance=stance,
            speakers=list(dict.fromkeys(s.speaker for s in items)),
            sentences=[final(s) for s in rest],
            statements=items,
        )
        for actor, stance, _, rest, items in shown
    ]
    shown_actors = {actor for actor, *_ in shown}
    left_out = [actor for actor, _, _ in draft.positions if actor not in shown_actors]
    candidates = {s.id for _, items, _ in draft.positions for s in items}
    stats = stats.model_copy(
        update={
            "sources_cited": len(numbers),
            "statements_used": len(by_id),
            "body_words": _body_words(draft),
            "max_words": options.max_words,
            "left_out_for_page": len(candidates - set(by_id)),
        }
    )
    brief = Brief(
        topic=options.topic,
        title=options.title or f"Who stands where: {options.topic}",
        generated_at=options.generated_at,
        overview=[final(lead) for _, _, lead, _, _ in shown],
        positions=positions,
        contention=[Contention(a=final(a), b=final(b)) for a, b in contention_sentences],
        sources=source_entries(numbers, sources),
        excerpts=excerpts(by_id.values(), sources, numbers),
        notices=list(options.notices),
        also_quoted=_named(left_out + draft.also_quoted),
        stats=stats,
    )
    return options.finish(brief) if options.finish else brief
