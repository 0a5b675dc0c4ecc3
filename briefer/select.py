"""Keep the chunks that are on topic, scored locally with BM25: nothing else reaches an engine."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np

from .models import Chunk
from .resources import data_file, load_toml, string_list, table

RELATED_WEIGHT = 0.5
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class TopicQuery:
    """A topic as phrases: `terms` define the topic, `related` only count inside it."""

    topic: str
    terms: tuple[tuple[str, ...], ...]
    related: tuple[tuple[str, ...], ...]


@dataclass
class Selection:
    """On-topic chunks in reading order, with every chunk's score for ranking and display."""

    query: TopicQuery
    chunks: list[Chunk]
    scores: dict[str, float]

    def on_topic_count(self, source_id: str) -> int:
        return sum(1 for chunk in self.chunks if chunk.source_id == source_id)


def tokens(text: str) -> list[str]:
    """Lower-case word stems: 'Talks' and 'talk', 'cease-fire' and 'cease fire' match."""
    return [_stem(word) for word in _WORD.findall(text.lower())]


def load_topics(extra: Sequence[Path] = ()) -> dict[str, dict]:
    """Built-in expansions, then the user's files; a user entry replaces a built-in one."""
    topics = load_toml(data_file("topics.toml"))
    for path in extra:
        for name, entry in load_toml(Path(path)).items():
            entry = table(Path(path), name, entry)
            for key in ("aliases", "terms", "related"):
                entry[key] = string_list(Path(path), f"{name}.{key}", entry.get(key, []))
            topics[name] = entry
    return topics


def build_query(topic: str, topics: dict[str, dict] | None = None) -> TopicQuery:
    """Expand free text: known entries add their phrases; unknown words stand for themselves."""
    topics = load_topics() if topics is None else topics
    wanted = tokens(topic)
    terms: list[tuple[str, ...]] = [tuple(wanted)] if wanted else []
    related: list[tuple[str, ...]] = []
    for name, entry in topics.items():
        names = [name.replace("-", " "), *entry.get("aliases", [])]
        if any(contains_phrase(wanted, tuple(tokens(alias))) for alias in names):
            terms += [tuple(tokens(term)) for term in entry.get("terms", [])]
            related += [tuple(tokens(term)) for term in entry.get("related", [])]
    if len(wanted) > 1 and len(terms) == 1:
        related += [(word,) for word in wanted if len(word) > 3]
    return TopicQuery(topic, _unique(terms), _unique(related))


def select(chunks: Sequence[Chunk], query: TopicQuery) -> Selection:
    """On topic: a chunk that matches the query, in a story that matches its defining terms."""
    if not chunks:
        return Selection(query, [], {})
    docs = [_with_phrases(tokens(chunk.text), query) for chunk in chunks]
    retriever = bm25s.BM25()
    retriever.index(docs, show_progress=False)
    term_scores = _scores(retriever, query.terms, len(docs))
    related_scores = _scores(retriever, query.related, len(docs))
    on_topic_sources = {
        chunk.source_id for chunk, score in zip(chunks, term_scores, strict=True) if score > 0
    }
    scores, kept = {}, []
    for chunk, term_score, related_score in zip(chunks, term_scores, related_scores, strict=True):
        score = float(term_score + RELATED_WEIGHT * related_score)
        scores[chunk.id] = round(score, 4)
        if score > 0 and chunk.source_id in on_topic_sources:
            kept.append(chunk)
    return Selection(query, kept, scores)


def _scores(retriever: bm25s.BM25, phrases: Sequence[tuple[str, ...]], n: int) -> np.ndarray:
    query = [_phrase_token(phrase) for phrase in phrases]
    if not query:
        return np.zeros(n)
    vocab = retriever.vocab_dict
    known = [token for token in query if token in vocab]
    return retriever.get_scores(known) if known else np.zeros(n)


def _with_phrases(doc: list[str], query: TopicQuery) -> list[str]:
    """Add one token per multi-word phrase found, so BM25 scores phrases, not loose words."""
    extra = [
        _phrase_token(phrase)
        for phrase in (*query.terms, *query.related)
        if len(phrase) > 1 and contains_phrase(doc, phrase)
    ]
    return doc + extra if doc or extra else ["<empty>"]


def _phrase_token(phrase: tuple[str, ...]) -> str:
    return "_".join(phrase)


def contains_phrase(doc: Sequence[str], phrase: tuple[str, ...]) -> bool:
    """Does the token list contain the phrase's tokens consecutively?"""
    if not phrase:
        return False
    width = len(phrase)
    first = phrase[0]
    return any(
        doc[i] == first and tuple(doc[i : i + width]) == phrase
        for i in range(len(doc) - width + 1)
    )


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _unique(phrases: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    return tuple(dict.fromkeys(phrase for phrase in phrases if phrase))
