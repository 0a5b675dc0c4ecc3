"""What an LLM run will cost before anything is sent, and what it has cost so far.

The extraction requests are built exactly as the engine will build them (same batches, same
prompts, same schema), so their number and input tokens are known before a model is
called; only the synthesis request depends on what extraction finds, and is estimated.
Tokens are counted exactly when a tokenizer that ships its tables is installed
(`bpe-openai`), else estimated from text length. `tiktoken` is never used: it downloads its
tables at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .errors import BrieferError
from .models import Chunk
from .resources import data_file, load_toml

CHARS_PER_TOKEN = 4.0  # English news text in OpenAI's tokenizers: about four characters a token
MESSAGE_OVERHEAD = 4  # tokens the chat format adds around each message
REQUEST_OVERHEAD = 3  # and once per request (the reply's priming)
EXTRACT_OUTPUT_SHARE = 0.5  # expected answer length, as a share of the passage tokens sent
SYNTH_ROW_CHARS = 120  # a statement row (id | speaker | stance | quotes): 121 on average in
# the hand-written seeds recording, the only answer shaped like a model's we have
SYNTH_OUTPUT_PER_ACTOR = 150  # two or three sentences and their statement ids

Counter = Callable[[str], int]


def estimate_tokens(text: str) -> int:
    """Tokens guessed from length: within ~10% of OpenAI's counts on English prose."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


@cache
def exact_counter() -> Counter | None:
    """A real tokenizer when one is installed with its tables (`bpe-openai`), else None."""
    try:
        import bpe_openai  # optional; ships o200k/cl100k tables, downloads nothing
    except ImportError:
        return None
    try:
        encoding = bpe_openai.get_encoding("o200k_base")
    except Exception:  # an incompatible version: estimate rather than fail
        return None
    return lambda text: len(encoding.encode(text))


def count_tokens(text: str) -> int:
    counter = exact_counter()
    return counter(text) if counter else estimate_tokens(text)


def prompt_tokens(body: Mapping[str, Any], count: Counter = count_tokens) -> int:
    """Input tokens of one chat request: its messages, the response schema and the chat
    format's overhead (providers bill the schema of structured outputs as input)."""
    messages = body.get("messages") or []
    tokens = sum(count(str(m.get("content") or "")) + MESSAGE_OVERHEAD for m in messages)
    if body.get("response_format"):
        tokens += count(json.dumps(body["response_format"]))
    return tokens + REQUEST_OVERHEAD


# -- prices ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Price:
    """US dollars per million tokens."""

    input: float
    output: float
    source: str = ""  # where the price came from, for the dry-run's last line

    def of(self, input_tokens: int, output_tokens: int) -> float:
        return (input_tokens * self.input + output_tokens * self.output) / 1_000_000


def load_prices(extra: Sequence[Path] = ()) -> dict[str, Price]:
    """The built-in table, then the user's files; a user entry replaces a built-in one."""
    prices: dict[str, Price] = {}
    for path in (data_file("prices.toml"), *map(Path, extra)):
        for model, entry in load_toml(path).get("models", {}).items():
            try:
                prices[model] = Price(float(entry["input"]), float(entry["output"]), f"{path.name}")
            except (KeyError, TypeError, ValueError):
                raise BrieferError(
                    f'{path}: [models."{model}"] needs numbers `input` and '
                    "`output` (US dollars per million tokens)"
                ) from None
    return prices


def find_price(
    model: str,
    prices: dict[str, Price],
    price_in: float | None = None,
    price_out: float | None = None,
) -> Price | None:
    """--price-in/--price-out win; else the table's entry for the model; else None."""
    listed = prices.get(model)
    if price_in is None and price_out is None:
        return listed
    price_in = listed.input if price_in is None and listed else price_in
    price_out = listed.output if price_out is None and listed else price_out
    if price_in is None or price_out is None:
        raise BrieferError(
            f"no price listed for {model!r}: give both --price-in and "
            "--price-out (US dollars per million tokens)"
        )
    return Price(price_in, price_out, "--price-in/--price-out")


# -- the estimate ---------------------------------------------------------------------------
@dataclass
class StageEstimate:
    stage: str
    requests: int = 0
    cached: int = 0  # answers already in the cache: sent to no one, cost nothing
    input_tokens: int = 0  # of the requests that will be sent
    output_tokens: int = 0  # expected, of the requests that will be sent


@dataclass
class Estimate:
    model: str
    passages: int
    stages: list[StageEstimate] = field(default_factory=list)
    price: Price | None = None
    exact: bool = False  # tokens counted by a tokenizer, not estimated from length

    @property
    def requests(self) -> int:
        return sum(stage.requests for stage in self.stages)

    @property
    def input_tokens(self) -> int:
        return sum(stage.input_tokens for stage in self.stages)

    @property
    def output_tokens(self) -> int:
        return sum(stage.output_tokens for stage in self.stages)

    def cost(self, stage: StageEstimate | None = None) -> float | None:
        if self.price is None:
            return None
        if stage is not None:
            return self.price.of(stage.input_tokens, stage.output_tokens)
        return self.price.of(self.input_tokens, self.output_tokens)


def estimate_run(
    chunks: Sequence[Chunk],
    topic: str,
    model: str,
    batch_chars: int,
    cache_dir: Path | None = None,
    price: Price | None = None,
    max_actors: int = 6,
    per_actor: int = 5,
    endpoint: str = "",
) -> Estimate:
    """Requests and tokens the LLM engine will spend on these on-topic chunks."""
    from .engines.llm import _messages, _Passage, make_batches  # the engine's own builders
    from .llm.schemas import ExtractionAnswer, PositionsAnswer

    estimate = Estimate(model, len(chunks), price=price, exact=exact_counter() is not None)
    from .llm.transport import is_cached  # keyed like the run's cache, endpoint included

    extract = StageEstimate("extract")
    for batch in make_batches(chunks, batch_chars):
        passages = [_Passage(f"c{i}", chunk) for i, chunk in enumerate(batch, 1)]
        body = request_body(
            model, _messages("extract.j2", {"topic": topic, "chunks": passages}), ExtractionAnswer
        )
        if cache_dir and is_cached(Path(cache_dir), endpoint, body):
            extract.cached += 1
            continue
        extract.requests += 1
        extract.input_tokens += prompt_tokens(body)
        passage_tokens = sum(count_tokens(chunk.text) for chunk in batch)
        extract.output_tokens += math.ceil(passage_tokens * EXTRACT_OUTPUT_SHARE)
    estimate.stages.append(extract)

    synthesize = StageEstimate("synthesize")
    rows = min(max_actors * per_actor, len(chunks))  # about one statement a passage, at most
    if rows:
        empty = request_body(
            model, _messages("synthesize.j2", {"topic": topic, "positions": []}), PositionsAnswer
        )
        synthesize.requests = 1
        synthesize.input_tokens = prompt_tokens(empty) + count_tokens("x" * SYNTH_ROW_CHARS * rows)
        synthesize.output_tokens = SYNTH_OUTPUT_PER_ACTOR * math.ceil(rows / per_actor)
    estimate.stages.append(synthesize)
    return estimate


def request_body(
    model: str, messages: Sequence[Mapping[str, object]], schema: type[BaseModel]
) -> dict[str, Any]:
    """What the openai SDK sends for a structured-output request (the parts a key covers)."""
    from openai.lib._parsing._completions import type_to_response_format_param

    return {
        "model": model,
        "messages": messages,
        "response_format": type_to_response_format_param(schema),
    }


def describe(estimate: Estimate, topic: str) -> list[str]:
    """The dry run's report: one line per stage, a total, and how it was counted."""

    def money(value: float | None) -> str:
        return "—" if value is None else f"${value:,.4f}"

    lines = [
        f"briefer would send {estimate.requests} requests to {estimate.model} about "
        f"{topic!r} ({estimate.passages} passages on topic). Nothing was sent.",
        f"{'stage':<11} {'requests':>8} {'cached':>6} {'input tokens':>13} "
        f"{'output tokens':>14} {'cost':>10}",
    ]
    for stage in estimate.stages:
        lines.append(
            f"{stage.stage:<11} {stage.requests:>8} {stage.cached:>6} "
            f"{stage.input_tokens:>13,} {'~' + format(stage.output_tokens, ','):>14} "
            f"{money(estimate.cost(stage)):>10}"
        )
    lines.append(
        f"{'total':<11} {estimate.requests:>8} "
        f"{sum(s.cached for s in estimate.stages):>6} {estimate.input_tokens:>13,} "
        f"{'~' + format(estimate.output_tokens, ','):>14} "
        f"{money(estimate.cost()):>10}"
    )
    counted = (
        "counted with the o200k tokenizer"
        if estimate.exact
        else f"estimated at {CHARS_PER_TOKEN:g} characters a token"
    )
    lines.append(
        f"Input tokens {counted}; extraction is exact in requests, synthesis (one "
        "request) is estimated; output tokens (~) are a rough guide."
    )
    if estimate.price is None:
        lines.append(
            f"No price listed for {estimate.model!r}: give --price-in and --price-out "
            "(US dollars per million tokens) or a --prices file."
        )
    else:
        lines.append(
            f"Price: ${estimate.price.input:g} in, ${estimate.price.output:g} out per "
            f"million tokens ({estimate.price.source})."
        )
    return lines


# -- the running total ---------------------------------------------------------------------
@dataclass
class Meter:
    """What a run has spent so far: progress shows it, and with a `limit` (--max-cost) no new
    request is sent once the spending passes it. Cached answers cost nothing."""

    price: Price | None = None
    limit: float | None = None
    requests: int = 0  # answered by the server
    cached: int = 0  # answered from the cache
    input_tokens: int = 0
    output_tokens: int = 0
    refused: int = 0  # requests not sent because of the limit

    @property
    def spent(self) -> float | None:
        return None if self.price is None else self.price.of(self.input_tokens, self.output_tokens)

    def record(self, input_tokens: int, output_tokens: int) -> None:
        self.input_tokens += input_tokens
        self.output_tokens += output_tokens

    def allows_another(self) -> bool:
        """False (and counted) once the limit is passed."""
        spent = self.spent
        if self.limit is not None and spent is not None and spent > self.limit:
            self.refused += 1
            return False
        return True

    def notice(self) -> str:
        return (
            f"The run stopped at the cost limit (--max-cost ${self.limit:g}; spent "
            f"${self.spent or 0:.4f}): {self.refused} request"
            f"{'s were' if self.refused > 1 else ' was'} not sent, so this brief is made "
            "from the answers that came back."
        )


def check_limit(estimate: Estimate, limit: float) -> None:
    """Refuse to start a run whose estimate is above the limit."""
    cost = estimate.cost()
    if cost is None:
        raise BrieferError(
            f"--max-cost needs a price for {estimate.model!r}: give --price-in "
            "and --price-out or a --prices file"
        )
    if cost > limit:
        raise BrieferError(
            f"the estimated cost ${cost:.4f} ({estimate.requests} requests, "
            f"{estimate.input_tokens:,} tokens in) is above --max-cost "
            f"${limit:g}; nothing was sent (see --dry-run)"
        )
