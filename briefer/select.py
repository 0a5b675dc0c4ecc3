"""Keep the chunks that are on topic, scored locally with BM25: nothing else reaches an engine."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bm25s
import numpy as np

from .models import Chunk
from .resources import data_file, load_toml, string_list, table
from .stems import common_start, contains_phrase, count_tokens, forms, tokens

RELATED_WEIGHT = 0.5


@dataclass(frozen=True)
class TopicQuery:
    """A topic as phrases: `terms` define the topic, `related` only count inside it."""

    topic: str
    terms: tuple[tuple[str, ...], ...]
    related: tuple[tuple[str, ...], ...]


@dataclass
class Selection:
    """On-topic chunks in reading order, with every chunk's score for ranking and display.
    `by_words` says no story held the topic as a phrase, so stories holding each of its
    words were kept (and `query` asks for the words)."""

    query: TopicQuery
    chunks: list[Chunk]
    scores: dict[str, float]
    by_words: bool = False

    def on_topic_count(self, source_id: str) -> int:
        return sum(1 for chunk in self.chunks if chunk.source_id == source_id)


def load_topics(extra: Sequence[Path] = ()) -> dict[str, dict[str, Any]]:
    """Built-in expansions, then the user's files; a user entry replaces a built-in one."""
    topics = load_toml(data_file("topics.toml"))
    for path in extra:
        for name, entry in load_toml(Path(path)).items():
            entry = table(Path(path), name, entry)
            for key in ("aliases", "terms", "related"):
                entry[key] = string_list(Path(path), f"{name}.{key}", entry.get(key, []))
            topics[name] = entry
    return topics


def build_query(topic: str, topics: dict[str, dict[str, Any]] | None = None) -> TopicQuery:
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


def select(
    chunks: Sequence[Chunk], query: TopicQuery, titles: Mapping[str, str] | None = None
) -> Selection:
    """On topic: a chunk that matches the query, in a story that matches its defining terms
    (in its text or its headline, `titles` by source id). A topic of several words that no
    story writes as a phrase ('China arms embargo' where stories say 'the arms embargo on
    China') falls back to the stories that hold every one of its words."""
    titles = titles or {}
    selection = _select(chunks, query, titles, every_term=False)
    words = _words_of(query)
    if selection.chunks or words is None:
        return selection
    by_words = _select(chunks, words, titles, every_term=True)
    return Selection(words, by_words.chunks, by_words.scores, by_words=bool(by_words.chunks))


# Words a topic's phrase needs that say nothing about the topic on their own.
_GLUE = frozenset("a an the of and or in on at to for with from by".split())


def _words_of(query: TopicQuery) -> TopicQuery | None:
    """The topic's own words as separate terms, when it is one phrase of two or more."""
    if len(query.terms) != 1:
        return None  # a known topic's expansions were asked for already
    words = tuple((word,) for word in query.terms[0] if word not in _GLUE)
    return TopicQuery(query.topic, words, query.related) if len(words) > 1 else None


def _select(
    chunks: Sequence[Chunk], query: TopicQuery, titles: Mapping[str, str], every_term: bool
) -> Selection:
    """The chunks scoring above nothing in stories that hold a defining term (with
    `every_term`, every one of them, anywhere in the story or its headline)."""
    if not chunks:
        return Selection(query, [], {})
    plan = _QueryWords(query)
    docs = [plan.reduced(chunk.text) for chunk in chunks]
    retriever = bm25s.BM25()
    retriever.index(docs, show_progress=False)
    term_scores = _scores(retriever, query.terms, len(docs))
    related_scores = _scores(retriever, query.related, len(docs))
    headlines = {source_id: tokens(title) for source_id, title in titles.items()}

    def holding(term_scores: np.ndarray, terms: Sequence[tuple[str, ...]]) -> set[str]:
        in_text = {c.source_id for c, score in zip(chunks, term_scores, strict=True) if score > 0}
        return in_text | {
            source_id
            for source_id, words in headlines.items()
            if any(contains_phrase(words, term) for term in terms)
        }

    if every_term:
        on_topic_sources = set.intersection(
            *(holding(_scores(retriever, [term], len(docs)), [term]) for term in query.terms)
        )
    else:
        on_topic_sources = holding(term_scores, query.terms)
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


_FILLER = "\x00"  # stands for every word the query does not ask about; never a token


class _QueryWords:
    """BM25 scores a query token from its counts, the document's length and the corpus's
    average length, nothing else. So each chunk is indexed as its query tokens (phrases
    included, as `_with_phrases` adds them) plus one filler per other word: the same scores
    as indexing every stem, bit for bit, for a fraction of the work - the words are counted
    by the regex engine and no other word is stemmed or indexed."""

    def __init__(self, query: TopicQuery) -> None:
        self.phrases = [p for p in (*query.terms, *query.related) if len(p) > 1]
        self.singles = list(
            dict.fromkeys(p[0] for p in (*query.terms, *query.related) if len(p) == 1)
        )
        self.forms = {word: forms(word) for word in self.singles}
        self.patterns = [
            re.compile(
                r"(?<![a-z0-9])"
                + r"[^a-z0-9]+".join(_alternatives(word) for word in phrase)
                + r"(?![a-z0-9])"
            )
            for phrase in self.phrases
        ]
        # a pattern that starts with a lookbehind scans every position: look only in a chunk
        # that holds its first word's letters at all (a plain substring test, in C)
        self.hints = [common_start(phrase[0]) for phrase in self.phrases]
        self.single_hints = [common_start(word) for word in self.singles]
        wanted = sorted(
            {form for forms in self.forms.values() for form in forms}, key=len, reverse=True
        )
        self.wanted = (
            re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, wanted)) + r")(?![a-z0-9])")
            if wanted
            else None
        )

    def reduced(self, text: str) -> list[str]:
        lower = text.lower()
        words = count_tokens(lower)
        doc: list[str] = []
        if self.wanted is not None and any(hint in lower for hint in self.single_hints):
            seen = Counter(self.wanted.findall(lower))
            for word in self.singles:
                doc += [word] * sum(seen[form] for form in self.forms[word])
        found = [
            _phrase_token(phrase)
            for phrase, pattern, hint in zip(self.phrases, self.patterns, self.hints, strict=True)
            if hint in lower and pattern.search(lower)
        ]
        length = words + len(found)  # phrase tokens are added to the words, as in _with_phrases
        if not length:
            return ["<empty>"]
        return doc + found + [_FILLER] * (length - len(doc) - len(found))


def _alternatives(stem: str) -> str:
    return "(?:" + "|".join(map(re.escape, sorted(forms(stem), key=len, reverse=True))) + ")"


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


def _unique(phrases: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    return tuple(dict.fromkeys(phrase for phrase in phrases if phrase))
