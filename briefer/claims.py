"""Vet each written sentence before it reaches the brief, and say how well it is backed.

Whatever wrote a sentence (a model, or the offline quote writer), it is shown as prose only
if its cited evidence supports it (see `support`). Otherwise it becomes its strongest cited
quote, attributed, or is left out; both are counted. Every shown claim is then labelled:
corroborated (supported on its own by evidence from two or more outlets), single-source, or
contested (another actor answers or contradicts what it cites).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .actors import Actors
from .citations import excerpt_context
from .models import Corroboration, Sentence, Source, Statement
from .support import Verdict, check_support, statement_evidence, strongest


@dataclass
class SupportAudit:
    """What the check did to the sentences the writer wrote."""

    checked: int = 0
    supported: int = 0
    replaced: int = 0
    dropped: int = 0

    def notice(self) -> str | None:
        """One line for the brief when any written sentence was not shown as written."""
        failed = self.replaced + self.dropped
        if not failed:
            return None
        head = f"{failed} of {self.checked} written sentences said more than the quotes they cite"
        if not self.dropped:
            return f"{head} and are shown as those quotes instead."
        if not self.replaced:
            return f"{head} and are left out."
        return (
            f"{head}: {self.replaced} shown as the quotes they cite instead, "
            f"{self.dropped} left out."
        )


class SupportChecker:
    """Checks sentences against the statements they cite, with the evidence a reader sees:
    `context_of` gives a statement's excerpt, `outlet_of` the outlet that reported it."""

    def __init__(
        self,
        actors: Actors,
        context_of: Callable[[Statement], str],
        outlet_of: Callable[[Statement], str | None],
    ) -> None:
        self.actors = actors
        self.context_of = context_of
        self.outlet_of = outlet_of
        self._evidence: dict[str, str] = {}

    @classmethod
    def for_sources(cls, actors: Actors, sources: Mapping[str, Source]) -> SupportChecker:
        def context_of(statement: Statement) -> str:
            first = statement.said
            return excerpt_context(sources[first.source_id], first.start, first.end)

        def outlet_of(statement: Statement) -> str | None:
            return sources[statement.source_id].outlet

        return cls(actors, context_of, outlet_of)

    def evidence(self, statement: Statement) -> str:
        if statement.id not in self._evidence:
            context = f"{self.context_of(statement)} {self.outlet_of(statement) or ''}"
            self._evidence[statement.id] = statement_evidence(statement, context)
        return self._evidence[statement.id]

    def sentence(self, statement: Statement) -> str:
        """`statement_sentence` naming the outlet that reports words it does not quote."""
        return statement_sentence(statement, self.outlet_of(statement))

    def outlet(self, statement: Statement) -> str:
        """Outlets are independent by name; sources without one count as one, unknown."""
        return (self.outlet_of(statement) or "").strip().lower() or "unknown"

    def verdict(self, text: str, cited: Sequence[Statement], labels: Sequence[str] = ()) -> Verdict:
        # an overview line is a label ('Ukraine: opposes'), not a paraphrase of the quote
        quotes = [] if labels else [" ".join(e.quote for e in s.evidence) for s in cited]
        return check_support(
            text,
            [self.evidence(s) for s in cited],
            self.actors,
            {s.actor for s in cited},
            labels,
            quotes,
        )


def vet_sentences(
    sentences: Sequence[Sentence],
    statements: Sequence[Statement],
    checker: SupportChecker,
    audit: SupportAudit,
) -> list[Sentence]:
    """Keep supported sentences; replace each other one by its strongest cited quote not
    shown elsewhere in this position, or drop it when there is none."""
    by_id = {s.id: s for s in statements}
    verdicts = [
        checker.verdict(s.text, [by_id[i] for i in s.statement_ids if i in by_id])
        for s in sentences
    ]
    cited_by_supported = {
        i for s, v in zip(sentences, verdicts, strict=True) if v.supported for i in s.statement_ids
    }
    vetted: list[Sentence] = []
    quoted: set[str] = set()
    for sentence, verdict in zip(sentences, verdicts, strict=True):
        audit.checked += 1
        if verdict.supported:
            audit.supported += 1
            vetted.append(sentence)
            continue
        candidates = [
            (by_id[i], checker.evidence(by_id[i]))
            for i in sentence.statement_ids
            if i in by_id and i not in cited_by_supported and i not in quoted
        ]
        best = strongest(sentence.text, candidates)
        if best is None:
            audit.dropped += 1
            continue
        audit.replaced += 1
        quoted.add(best.id)
        vetted.append(Sentence(text=checker.sentence(best), statement_ids=[best.id]))
    return vetted


def statement_sentence(statement: Statement, outlet: str | None = None) -> str:
    """An attributed verbatim quote: the only prose the offline composer writes. A trailing
    comma of the quote ('…the bill,' Mr Clarke said) is left out; the rest is verbatim. Words
    the article reports without quotation marks are the outlet's, not the speaker's: they
    read 'X (as reported by <outlet>)', never 'X said'."""
    quote = statement.said.quote.rstrip().rstrip(",;:")
    speaker = statement.speaker[:1].upper() + statement.speaker[1:]
    if statement.said.kind == "reported":
        by = f" by {outlet.strip()}" if outlet and outlet.strip() else ""
        return f"{speaker} (as reported{by}): “{quote}”"
    verb = "asked" if quote.rstrip().endswith("?") else "said"
    end = "" if quote.rstrip()[-1:] in ".?!…" else "."
    return f"{speaker} {verb}: “{quote}”{end}"


def backing(
    sentence: Sentence,
    cited: Sequence[Statement],
    candidates: Sequence[Statement],
    contested: set[str],
    checker: SupportChecker,
) -> tuple[list[Statement], Corroboration]:
    """Statements from other outlets worth citing too, and the sentence's label.

    'contested' if anything it cites is answered by another actor. Otherwise, when the
    outlets whose evidence supports it on its own number fewer than two, a candidate from
    another outlet that supports it alone is added (so the reader can check it), and the
    label is 'corroborated' with two or more such outlets, else 'single-source'."""
    outlets = {checker.outlet(s) for s in cited if checker.verdict(sentence.text, [s]).supported}
    extra = []
    for candidate in candidates:
        if len(outlets) >= 2:
            break
        outlet = checker.outlet(candidate)
        if outlet not in outlets and checker.verdict(sentence.text, [candidate]).supported:
            outlets.add(outlet)
            extra.append(candidate)
    if any(s.id in contested for s in cited):
        return extra, "contested"
    return extra, "corroborated" if len(outlets) >= 2 else "single-source"
