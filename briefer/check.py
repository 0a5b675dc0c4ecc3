"""Re-verify a saved brief against its sources, so whoever receives a brief can check it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .actors import Actors, load_actors
from .attribution import failures as attribution_failures
from .claims import SupportChecker
from .compose import STANCE_PHRASES
from .errors import BrieferError
from .models import Brief, Evidence, Excerpt, Sentence, Source, Statement


@dataclass
class CheckReport:
    """What was checked and every problem found, one line each."""

    quotes: int = 0
    citations: int = 0
    sentences: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def load_brief(path: Path) -> Brief:
    """A brief saved with `--format json`, or a one-line error saying what is wrong."""
    try:
        return Brief.model_validate_json(Path(path).read_bytes())
    except OSError as exc:
        raise BrieferError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the file"
        raise BrieferError(f"{path}: not a briefer JSON brief ({where}: {first['msg']})") from None


def recorded_inputs(brief: Brief) -> list[str]:
    """The paths the brief was made from, relative ones resolved against the folder it was
    made in (when it recorded one), so `check` works from any folder."""
    base = Path(brief.made_in) if brief.made_in else None
    paths = dict.fromkeys(entry.path for entry in brief.sources)
    return [
        str(base / path)
        if base and not Path(path).is_absolute() and "://" not in path and path != "<stdin>"
        else path
        for path in paths
    ]


def match_sources(brief: Brief, sources: Iterable[Source]) -> dict[int, Source]:
    """Citation number -> the re-read source with the same file name and title."""
    by_key = {(Path(s.path).name, s.title): s for s in sources}
    return {
        entry.number: by_key[(Path(entry.path).name, entry.title)]
        for entry in brief.sources
        if (Path(entry.path).name, entry.title) in by_key
    }


def check_brief(
    brief: Brief, sources: Iterable[Source], actors: Actors | None = None
) -> CheckReport:
    """Every quote verbatim at its offsets, every citation known and backed by an excerpt,
    every sentence supported by the evidence it cites and labelled as its citations allow."""
    report = CheckReport()
    sources = list(sources)
    _check_quotes(brief, sources, report)
    _check_attributions(brief, sources, report)
    _check_support(brief, actors or load_actors(), report)
    return report


def _check_quotes(brief: Brief, sources: Iterable[Source], report: CheckReport) -> None:
    matched = match_sources(brief, sources)
    numbers = {entry.number for entry in brief.sources}
    number_of = {entry.id: entry.number for entry in brief.sources}
    for entry in brief.sources:
        if entry.number not in matched:
            report.problems.append(
                f"source not found: [{entry.number}] {entry.title!r} "
                f"({entry.path}) is not among the files read"
            )
    for position in brief.positions:
        for statement in position.statements:
            for evidence in statement.evidence:
                report.quotes += 1
                number = number_of.get(evidence.source_id)
                source = matched.get(number) if number is not None else None
                if source is None:
                    continue
                actual = source.text[evidence.start : evidence.end]
                if actual != evidence.quote:
                    report.problems.append(
                        f"{statement.id} ({statement.speaker}): quote not in source "
                        f"[{number}] at {evidence.start}-{evidence.end}: "
                        f"{_difference(evidence.quote, actual)}"
                    )
    excerpts = {excerpt.statement_id: excerpt for excerpt in brief.excerpts}
    for excerpt in brief.excerpts:
        source = matched.get(excerpt.source_number)
        report.quotes += 1
        if excerpt.source_number not in numbers:
            report.problems.append(
                f"excerpt {excerpt.anchor} cites unknown source [{excerpt.source_number}]"
            )
        elif source is not None and (
            excerpt.quote not in source.text or excerpt.context not in source.text
        ):
            report.problems.append(
                f"excerpt {excerpt.anchor} ({excerpt.speaker}): quote "
                f"not in source [{excerpt.source_number}]: "
                f"{_short(excerpt.quote)}"
            )
    for sentence in _sentences(brief):
        if not sentence.citations:
            report.problems.append(f"sentence without a citation: {_short(sentence.text)}")
        for number, statement_id in zip(sentence.citations, sentence.statement_ids, strict=False):
            report.citations += 1
            if number not in numbers:
                report.problems.append(
                    f"citation [{number}] names no source: {_short(sentence.text)}"
                )
            if statement_id not in excerpts:
                report.problems.append(
                    f"citation {statement_id} has no excerpt: {_short(sentence.text)}"
                )


def _check_attributions(brief: Brief, sources: Iterable[Source], report: CheckReport) -> None:
    """The attribution rule again: every shown statement's speaker named near its words."""
    matched = match_sources(brief, sources)
    text_of = {
        entry.id: matched[entry.number].text for entry in brief.sources if entry.number in matched
    }
    statements = [s for p in brief.positions for s in p.statements]
    for statement in attribution_failures(statements, text_of):
        report.problems.append(
            f"{statement.id}: the source does not name "
            f"{statement.speaker!r} near the words attributed to them: "
            f"{_short(statement.said.quote)}"
        )


def _check_support(brief: Brief, actors: Actors, report: CheckReport) -> None:
    """The composer's support check again, on the evidence the brief itself shows."""
    excerpts = {excerpt.statement_id: excerpt for excerpt in brief.excerpts}
    source_ids = {entry.number: entry.id for entry in brief.sources}
    statements = {  # an excerpt naming no listed source is reported by the quote check
        e.statement_id: _excerpt_statement(e, source_ids[e.source_number])
        for e in brief.excerpts
        if e.source_number in source_ids
    }
    statements.update({s.id: s for p in brief.positions for s in p.statements})
    outlets = {entry.id: entry.outlet for entry in brief.sources}
    checker = SupportChecker(
        actors,
        context_of=lambda s: excerpts[s.id].context if s.id in excerpts else "",
        outlet_of=lambda s: (
            outlets.get(s.source_id) or (excerpts[s.id].outlet if s.id in excerpts else None)
        ),
    )
    overview = {id(s) for s in brief.overview}
    for sentence in _sentences(brief):
        cited = [statements[i] for i in sentence.statement_ids if i in statements]
        if not cited:
            continue  # reported above as a citation without an excerpt
        report.sentences += 1
        labels = STANCE_PHRASES.values() if id(sentence) in overview else ()
        verdict = checker.verdict(sentence.text, cited, list(labels))
        if not verdict.supported:
            report.problems.append(
                f"sentence not supported by what it cites ({verdict.reason})"
                f": {_short(sentence.text)}"
            )
        cited_outlets = {checker.outlet(s) for s in cited}
        if sentence.corroboration == "corroborated" and len(cited_outlets) < 2:
            report.problems.append(
                f"marked corroborated but cites one outlet: {_short(sentence.text)}"
            )


def _excerpt_statement(excerpt: Excerpt, source_id: str) -> Statement:
    """A cited statement the brief keeps only as its excerpt (a point of contention): the
    support check reads its words; an excerpt keeps no offsets, so they span the quote."""
    evidence = Evidence(source_id=source_id, start=0, end=len(excerpt.quote), quote=excerpt.quote)
    return Statement(
        id=excerpt.statement_id,
        actor="",
        speaker=excerpt.speaker,
        stance="unclear",
        claim=excerpt.quote,
        evidence=[evidence],
    )


def _sentences(brief: Brief) -> list[Sentence]:
    found = [*brief.overview, *(s for p in brief.positions for s in p.sentences)]
    return found + [s for pair in brief.contention for s in (pair.a, pair.b)]


def _difference(claimed: str, actual: str) -> str:
    """The first words that differ: 'says “might” where the source says “could”'."""
    said, real = claimed.split(), actual.split()
    matcher = difflib.SequenceMatcher(a=said, b=real, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag != "equal":
            return (
                f"says {_short(' '.join(said[a1:a2]) or '(nothing)')} where the source "
                f"says {_short(' '.join(real[b1:b2]) or '(nothing)')}"
            )
    return f"whitespace differs: {_short(claimed)}"


def _short(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return f"“{flat[:limit]}…”" if len(flat) > limit else f"“{flat}”"
