"""`briefer eval`: how often an engine names the speaker annotators marked, on your articles.

Every article of an annotated folder (see `annotations.py` for the format) is read whole by
the engine - no topic selection, so every attribution counts - then grounded and checked as
`make` does. What is kept is judged against the annotations:

- precision: kept statements whose speaker is the annotated source of the words they quote
  (a statement quoting words no annotation covers counts as wrong);
- recall: annotated direct quotes that a kept statement quotes with the annotated speaker;
- dropped: the share of the engine's statements each check left out;
- grouping: the annotators' sources that belong to one side ('Clinton campaign chairman John
  Podesta', 'a Clinton spokesman', Hillary Clinton herself) and end under one actor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .actors import load_actors
from .annotations import AnnotatedArticle, load_annotated, same_speaker, speaker_name
from .attribution import check_attributions
from .chunk import DEFAULT_MAX_CHARS, chunk_all
from .engines.base import Engine, Extraction
from .engines.registry import build_engine
from .ground import ground_statements
from .llm.client import LLMSettings
from .models import Chunk, Source, Statement
from .select import build_query, load_topics

DEFAULT_TOPIC = "politics"
_STAFF = re.compile(
    r"\b([A-Z][\w-]+)(?:[’']s?)?\s+(?:\w+\s+)?(?:campaign|spokes(?:man|woman|person)|adviser|"
    r"advisor|aide|chairman|manager|strategist|press secretary|staffer|surrogate|"
    r"communications director|running mate)\b"
    r"|\b(?:campaign|spokes(?:man|woman|person)|adviser|advisor|aide|chairman|manager|"
    r"strategist|press secretary|staffer|surrogate|director)\s+(?:for|to)\s+"
    r"(?:[A-Z][\w’'-]+\s+)?([A-Z][\w’'-]+)"
)


_HONORIFIC = frozenset("Mr Mrs Ms Dr Sen Rep Gov".split())


@dataclass
class Tally:
    """Counts for one group of articles (all, or one publisher)."""

    articles: int = 0
    offered: int = 0  # statements the engine gave before any check
    kept: int = 0
    correct: int = 0  # kept statements whose speaker the annotators gave for those words
    quotes: int = 0  # annotated direct quotes
    found: int = 0  # ... quoted by a kept statement with the annotated speaker
    dropped: Counter[str] = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return self.correct / self.kept if self.kept else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.quotes if self.quotes else 0.0

    def add(self, other: Tally) -> None:
        for name in ("articles", "offered", "kept", "correct", "quotes", "found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.dropped.update(other.dropped)


@dataclass
class EvalReport:
    engine: str
    total: Tally
    by_publisher: dict[str, Tally]
    sides: int = 0  # sides with kept statements from two or more of their speakers
    sides_grouped: int = 0  # ... whose statements all sit under one actor
    split_sides: list[str] = field(default_factory=list)  # examples, for the reader
    wrong: list[str] = field(default_factory=list)  # examples of kept, wrong statements
    kept: list[Statement] = field(default_factory=list)  # what passed every check
    source_of: dict[str, str] = field(default_factory=dict)  # source id -> article name


@dataclass
class EvalOptions:
    engine: str = "offline"
    topic: str = DEFAULT_TOPIC
    chunk_chars: int = DEFAULT_MAX_CHARS
    llm: LLMSettings | None = None
    actors_files: Sequence[Path] = ()
    limit: int | None = None
    names: list[str] | None = None


def evaluate(folder: Path, options: EvalOptions) -> EvalReport:
    """Run the engine over every annotated article of `folder` and judge what it keeps."""
    articles = load_annotated(folder, options.limit, options.names)
    return evaluate_articles(articles, options)


def evaluate_articles(articles: Sequence[AnnotatedArticle], options: EvalOptions) -> EvalReport:
    sources = {
        f"s{i}": Source(
            id=f"s{i}", title=a.title, outlet=a.publisher, path=str(a.path), text=a.text
        )
        for i, a in enumerate(articles, 1)
    }
    by_source = dict(zip(sources, articles, strict=True))
    chunks = chunk_all(list(sources.values()), options.chunk_chars)
    query = build_query(options.topic, load_topics())
    engine = build_engine(options.engine, load_actors(options.actors_files), query, options.llm)
    try:
        if engine.name == "offline":  # articles are independent: read one at a time
            extraction = _each_article(engine, chunks, sources)
        else:  # a model reads them in batches, as `make` does
            extraction = engine.extract(chunks, sources)
    finally:
        engine.close()
    grounded = ground_statements(extraction.statements, sources)
    attributed = check_attributions(grounded.statements, sources)
    kept = attributed.statements
    report = EvalReport(
        engine.name, Tally(), {}, kept=kept, source_of={sid: a.name for sid, a in by_source.items()}
    )
    total = report.total
    total.offered = extraction.offered or len(extraction.statements)
    total.dropped.update(extraction.dropped)
    if len(grounded.statements) < len(extraction.statements):
        total.dropped["words not in the article"] += len(extraction.statements) - len(
            grounded.statements
        )
    if attributed.dropped:
        total.dropped["speaker not named near the words (attribution rule)"] += len(
            attributed.dropped
        )
    failed = len(extraction.failed_chunks)
    if failed:
        total.dropped["passages the model could not read"] += failed
    statements_of: dict[str, list[Statement]] = {}
    for statement in kept:
        statements_of.setdefault(statement.source_id, []).append(statement)
    for source_id, article in by_source.items():
        tally = _judge(article, statements_of.get(source_id, []), report)
        report.by_publisher.setdefault(article.publisher, Tally()).add(tally)
        total.articles += tally.articles
        total.kept += tally.kept
        total.correct += tally.correct
        total.quotes += tally.quotes
        total.found += tally.found
        _grouping(article, statements_of.get(source_id, []), report)
    return report


def _each_article(
    engine: Engine, chunks: Sequence[Chunk], sources: dict[str, Source]
) -> Extraction:
    """The offline engine learns who titles say people are from every story it reads at once;
    annotated articles are unrelated, so each is read on its own."""
    found = Extraction([])
    for source_id in sources:
        one = engine.extract(
            [c for c in chunks if c.source_id == source_id], {source_id: sources[source_id]}
        )
        found.statements += one.statements
        found.failed_chunks += one.failed_chunks
        found.offered += one.offered
        for reason, count in one.dropped.items():
            found.dropped[reason] = found.dropped.get(reason, 0) + count
    return found


def _judge(article: AnnotatedArticle, statements: list[Statement], report: EvalReport) -> Tally:
    tally = Tally(articles=1, kept=len(statements), quotes=len(article.quotes))
    for statement in statements:
        if _is_right(article, statement):
            tally.correct += 1
        elif len(report.wrong) < 12:
            evidence = statement.said
            report.wrong.append(
                f"{article.name}: {statement.speaker!r} for “{_short(evidence.quote)}”"
            )
    for quote in article.quotes:
        if any(
            _same(statement.speaker, quote.attribution.speaker)
            and any(
                _overlap(e.start, e.end, quote.start, quote.end) >= 0.5 * (quote.end - quote.start)
                for e in statement.evidence
            )
            for statement in statements
        ):
            tally.found += 1
    return tally


def _is_right(article: AnnotatedArticle, statement: Statement) -> bool:
    """Some evidence lies (half or more, for a direct quote) in a Content the annotators give
    to this speaker."""
    for evidence in statement.evidence:
        need = 0.5 * (evidence.end - evidence.start) if evidence.kind == "direct" else 1
        for attribution in article.attributions:
            if attribution.source is None or not _same(statement.speaker, attribution.speaker):
                continue
            inside = sum(
                _overlap(evidence.start, evidence.end, s, e) for s, e in attribution.content.parts
            )
            if inside >= need:
                return True
    return False


def _same(said: str, annotated: str) -> bool:
    return same_speaker(said, annotated) or same_speaker(said, speaker_name(annotated))


def _overlap(a: int, b: int, c: int, d: int) -> int:
    return max(0, min(b, d) - max(a, c))


def sides(article: AnnotatedArticle) -> dict[str, str]:
    """Annotated speaker name -> the side (a surname) the article puts them on: staff by the
    principal their title names ('Clinton campaign chairman John Podesta', 'Michael Ahrens, a
    Rubio spokesman'), a principal by their own surname when someone is on their side."""
    found: dict[str, str] = {}
    for attribution in article.attributions:
        if attribution.source is None or attribution.resolved:
            continue
        phrase = attribution.source.text
        name = speaker_name(phrase)
        for match in _STAFF.finditer(phrase):
            principal = match.group(1) or match.group(2)
            if principal and principal not in name.split() and principal not in _HONORIFIC:
                found[name] = principal
    principals = set(found.values())
    for attribution in article.attributions:
        if attribution.source is None:
            continue
        name = speaker_name(attribution.speaker)
        if name.split() and name.split()[-1] in principals and name not in found:
            found[name] = name.split()[-1]
    return found


def _grouping(article: AnnotatedArticle, statements: list[Statement], report: EvalReport) -> None:
    side_of = sides(article)
    members: dict[str, dict[str, set[str]]] = {}
    for statement in statements:
        for name, side in side_of.items():
            if same_speaker(statement.speaker, name) and _is_right(article, statement):
                members.setdefault(side, {}).setdefault(name, set()).add(statement.actor)
                break
    for side, speakers in members.items():
        if len(speakers) < 2:
            continue
        report.sides += 1
        actors = set().union(*speakers.values())
        if len(actors) == 1:
            report.sides_grouped += 1
        elif len(report.split_sides) < 8:
            report.split_sides.append(
                f"{article.name}: {side}'s side under {', '.join(sorted(actors))}"
            )


def format_report(report: EvalReport) -> str:
    """Plain text: the figures, per publisher, then a few examples to look at."""
    total = report.total
    lines = [
        f"engine: {report.engine}   articles: {total.articles}",
        f"statements offered {total.offered}, kept {total.kept}, right {total.correct}",
        f"attribution precision {total.precision:.1%}  (kept statements whose speaker "
        "the annotators give for those words)",
        f"attribution recall    {total.recall:.1%}  ({total.found} of {total.quotes} "
        "annotated direct quotes found with their speaker)",
    ]
    if total.offered:
        lines.append("dropped by each check (share of statements offered):")
        for reason, count in total.dropped.most_common():
            lines.append(f"  {count / total.offered:6.1%}  {count:5d}  {reason}")
        if not total.dropped:
            lines.append("    0.0%      0  (none)")
    if report.sides:
        lines.append(
            f"speaker grouping      {report.sides_grouped / report.sides:.1%}  "
            f"({report.sides_grouped} of {report.sides} sides with two or more "
            "speakers end under one actor)"
        )
    lines.append("per publisher:        precision  recall   kept  quotes")
    for publisher, tally in sorted(report.by_publisher.items()):
        lines.append(
            f"  {publisher:<18} {tally.precision:8.1%} {tally.recall:7.1%} "
            f"{tally.kept:6d} {tally.quotes:7d}"
        )
    if report.wrong:
        lines.append("some kept statements the annotations do not back:")
        lines += [f"  {line}" for line in report.wrong[:6]]
    if report.split_sides:
        lines.append("some sides split across actors:")
        lines += [f"  {line}" for line in report.split_sides[:6]]
    return "\n".join(lines) + "\n"


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"
