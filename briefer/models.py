"""The data that flows between pipeline stages. `Brief` is the contract with the templates."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Day = date  # for models with a field named `date`
Stance = Literal["supports", "conditional", "opposes", "neutral", "unclear"]
PositionStance = Literal["supports", "conditional", "opposes", "mixed", "neutral", "unclear"]
EvidenceKind = Literal["direct", "reported"]
Corroboration = Literal["corroborated", "single-source", "contested"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Copy(_Model):
    """A syndicated copy of a source: the same story as run by another outlet (or page)."""

    id: str
    outlet: str | None = None
    title: str
    url: str | None = None
    path: str
    published: date | None = None
    labels: list[str] = Field(default_factory=list, description="the outlet's labels")


class Source(_Model):
    """One story, cleaned of site chrome. Every offset in the pipeline points into `text`."""

    id: str
    title: str
    outlet: str | None = None
    published: date | None = None
    age: str | None = Field(
        default=None, description="relative age the page showed, e.g. '6 days ago'"
    )
    url: str | None = None
    path: str
    text: str
    copies: list[Copy] = Field(
        default_factory=list,
        description="the same story elsewhere; one report, however many outlets ran it",
    )

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def when(self) -> str:
        """What a reader should see as the date: the resolved date, else the page's age."""
        if self.published:
            return self.published.isoformat()
        return self.age or ""


class Chunk(_Model):
    """A span of a source; `source.text[start:end] == text` always holds."""

    id: str
    source_id: str
    start: int
    end: int
    text: str


class Skipped(_Model):
    """An input that could not be used, with a one-line reason a user can act on."""

    path: str
    reason: str


class Evidence(_Model):
    """A verbatim span of a source: `source.text[start:end] == quote`."""

    source_id: str
    start: int
    end: int
    quote: str
    kind: EvidenceKind = "direct"


class Statement(_Model):
    """What one speaker said or did about the topic, backed by evidence spans (at least one:
    the first is where it was said, the rest back it up)."""

    id: str = Field(min_length=1, description="given where the statement is made: 'st3'")
    actor: str
    speaker: str
    stance: Stance
    claim: str
    evidence: list[Evidence] = Field(min_length=1)
    chunk_id: str | None = None
    attribution: Evidence | None = Field(
        default=None,
        description="where the source names the speaker, when a pronoun or title in the "
        "quote's own sentence refers back to it (the recorded chain the attribution rule accepts)",
    )

    @property
    def said(self) -> Evidence:
        """The span where the statement was said: its first evidence."""
        return self.evidence[0]

    @property
    def source_id(self) -> str:
        """The story the statement was said in (further evidence may come from others)."""
        return self.evidence[0].source_id


class Sentence(_Model):
    """One sentence of prose in the brief and the statements it stands on."""

    text: str
    statement_ids: list[str]
    citations: list[int] = Field(default_factory=list, description="source numbers, filled in")
    corroboration: Corroboration | None = Field(
        default=None,
        description="for position claims: several outlets, one, or answered by another",
    )
    when: str | None = Field(
        default=None,
        description="when the claim was made, if its article dates it or its source is "
        "older than the others ('in January; reported 2024-02-14')",
    )
    only_from: str | None = Field(
        default=None,
        description="a caution label every outlet behind it carries ('state-controlled')",
    )
    new: bool = Field(
        default=False, description="not in the brief it was compared with (--compare)"
    )


class ActorPosition(_Model):
    actor: str
    stance: PositionStance
    speakers: list[str]
    sentences: list[Sentence]
    statements: list[Statement]


class Contention(_Model):
    """Two actors' statements that answer each other."""

    a: Sentence
    b: Sentence


class SourceEntry(_Model):
    """A cited source as the reader sees it, numbered in order of first citation."""

    number: int
    id: str
    title: str
    outlet: str | None
    date: str
    url: str | None
    path: str
    published: Day | None = None
    labels: list[str] = Field(
        default_factory=list, description="the outlet's labels, e.g. 'state-controlled', 'wire'"
    )
    copies: list[Copy] = Field(
        default_factory=list,
        description="the same story run by "
        "other outlets (syndicated copies), merged into this source",
    )
    new: bool = Field(default=False, description="not cited by the brief it was compared with")


class Excerpt(_Model):
    """A verbatim excerpt a citation stands for, with who said it and where."""

    anchor: str
    statement_id: str
    source_number: int
    speaker: str
    outlet: str
    quote: str
    context: str = Field(description="the source sentence(s) around the quote, verbatim")


class StageUse(_Model):
    """Requests and tokens one engine stage cost (cached answers cost no tokens): counted by
    the caller as the requests go, reported in the engine's results, shown in `Stats`."""

    stage: str
    requests: int = 0
    cached: int = 0
    input_tokens: int = 0
    output_tokens: int = 0


class Stats(_Model):
    engine: str
    model: str | None = None
    endpoint: str | None = Field(
        default=None, description="host[:port] that answered (never the key)"
    )
    sources_read: int = 0
    sources_on_topic: int = 0
    sources_cited: int = 0
    chunks: int = 0
    chunks_on_topic: int = 0
    statements: int = 0
    statements_used: int = 0
    quotes_dropped: int = 0
    quotes_garbled: int = Field(
        default=0, description="quotes dropped because they hold an undecodable byte (U+FFFD)"
    )
    statements_unattributed: int = Field(
        default=0, description="model statements whose words the article attributes to no one"
    )
    attributions_dropped: int = Field(
        default=0, description="statements whose speaker is not named within reach of the quote"
    )
    body_words: int = 0
    max_words: int = 0
    left_out_for_page: int = Field(default=0, description="statements left out to fit one page")
    sentences_checked: int = Field(
        default=0, description="written sentences checked against evidence"
    )
    sentences_supported: int = 0
    sentences_replaced: int = Field(default=0, description="shown as the quote they cite instead")
    sentences_dropped: int = 0
    skipped_inputs: int = 0
    sources_too_old: int = Field(default=0, description="dated before --since, left out")
    sources_undated: int = Field(default=0, description="no published date found (kept)")
    syndicated_copies: int = Field(default=0, description="copies folded into the story they copy")
    since: date | None = Field(default=None, description="sources dated before this were left out")
    compared_with: date | None = Field(
        default=None, description="the date of the brief this one marks new items against"
    )
    failed_chunks: list[str] = Field(default_factory=list)
    usage: list[StageUse] = Field(default_factory=list)


class Brief(_Model):
    """Everything a template may show. `briefer make --format json` prints exactly this."""

    topic: str
    title: str
    generated_at: date
    overview: list[Sentence]
    positions: list[ActorPosition]
    contention: list[Contention]
    sources: list[SourceEntry]
    excerpts: list[Excerpt]
    notices: list[str] = Field(default_factory=list)
    also_quoted: list[str] = Field(
        default_factory=list, description="actors quoted on the topic but left out to fit"
    )
    stats: Stats
    made_in: str | None = Field(default=None, description="the folder relative source paths are in")

    @property
    def sources_newest_first(self) -> list[SourceEntry]:
        """The sources as the reader's list shows them: newest first (an age the page showed,
        "6 days ago", counts back from the brief's date), then the undated in citation order.
        Citation numbers stay in order of first citation."""
        from .ingest.story import resolve_age

        def newest_first(entry: SourceEntry) -> tuple[bool, int, int]:
            when = entry.published or resolve_age(entry.date, self.generated_at)
            return (when is None, -(when.toordinal() if when else 0), entry.number)

        return sorted(self.sources, key=newest_first)
