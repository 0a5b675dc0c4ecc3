"""What `make`, `sources`, `check` and `eval` do between parsing and printing: the Settings
and a run's own flags in, the pipeline run, the result out. The CLI only parses and calls
these; every problem is a BrieferError (one line, its exit code)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from .actors import load_actors
from .check import CheckReport, check_brief, load_brief, recorded_inputs
from .cost import Estimate, Meter, check_limit, describe, estimate_run, find_price, load_prices
from .dates import parse_since
from .engines.registry import choose_engine
from .errors import BrieferError, OptionError
from .ingest import IngestOptions, ingest
from .ingest.pagecache import default_page_cache_dir
from .llm.settings import LLMSettings, default_cache_dir
from .models import Brief
from .outcome import EXIT_PARTIAL, offline_notice, say_if_off_topic, unread_passages
from .output import deliver, plan_output
from .pipeline import Prepared, RunOptions, make_brief, prepare
from .progress import run_progress
from .render import check_template, render
from .report import print_notes, print_usage, say, stderr_console
from .settings import Settings
from .validate import check_llm_endpoint, check_topic

EXIT_NO_INPUT = 2


class NoInput(BrieferError):
    """Nothing usable to make a brief from."""

    exit_code = EXIT_NO_INPUT


class PartRead(BrieferError):
    """The brief was written without some passages the model could not read."""

    exit_code = EXIT_PARTIAL


@dataclass
class MakeRequest:
    """What one `make` asks for beyond the settings: the topic, the inputs, the output."""

    topic: str
    paths: list[str] | None = None
    fmt: str | None = None
    out: Path | None = None
    as_of: str | None = None
    since: str | None = None
    title: str | None = None
    template: Path | None = None
    compare: Path | None = None
    record: Path | None = None
    replay: Path | None = None
    no_cache: bool = False
    dry_run: bool = False
    strict: bool = False
    allow_partial: bool = False
    open_it: bool = False


def run_make(request: MakeRequest, settings: Settings) -> None:
    """`briefer make`: everything checked that can be before any work, then the run."""
    topic = check_topic(request.topic)
    output = plan_output(request.fmt, request.out)  # before any work: a bad --out costs nothing
    check_template(request.template, output.fmt)
    options = _make_options(request, settings)
    inputs = request.paths or [default_input()]
    made = _run(inputs, topic, options, request, settings)
    if made is None:  # a dry run: the estimate is printed, nothing was sent
        return
    brief, prepared = made
    print_notes(prepared.corpus)
    print_usage(brief)
    if not prepared.corpus.sources:
        raise NoInput("no usable articles in " + ", ".join(inputs))
    say_if_off_topic(prepared)
    missing = unread_passages(brief, request.strict)
    with options.times.stage("render"):
        text = render(brief, output.fmt, request.template)
    written = deliver(text, output, request.open_it)
    if written is not None:
        say(f"briefer: wrote {written}")
    if missing and not request.allow_partial:
        raise PartRead(
            f"{missing}; the brief was written without them (--allow-partial makes this exit 0)"
        )


def _make_options(request: MakeRequest, settings: Settings) -> RunOptions:
    """The pipeline's options: the engine chosen, the endpoint checked, the caches placed."""
    if request.dry_run and settings.engine == "offline":
        raise OptionError(
            "--dry-run: the offline engine sends nothing: --dry-run estimates an LLM run"
        )
    wants_llm = bool(request.replay or request.dry_run or settings.from_flag("max_cost"))
    engine = choose_engine(settings, wants_llm=wants_llm)
    if engine == "offline" and settings.engine is None:
        offline_notice(default_cache_dir().parent)
    options = run_options(settings, request.as_of, request.since, request.no_cache)
    options.engine, options.max_words, options.title = engine, settings.max_words, request.title
    options.actors_files = settings.actors
    options.generated_at = options.as_of or build_date()
    options.compare = load_brief(request.compare) if request.compare else None
    options.llm = _endpoint(settings, request, "dry-run" if request.dry_run else engine)
    return options


def _endpoint(settings: Settings, request: MakeRequest, engine: str) -> LLMSettings:
    """The endpoint and its options, checked before any work: an llm run with nowhere to
    send requests, or a key HTTP cannot carry, is one line now."""
    llm = settings.llm(cache=not request.no_cache, record=request.record, replay=request.replay)
    if engine == "llm":  # not for a dry run: it sends nothing
        from .llm.client import check_api_key  # the openai SDK: only for a model's runs

        check_llm_endpoint(engine, llm.api_key, llm.base_url, request.replay)
        check_api_key(llm.api_key)
    return llm


def _run(
    inputs: list[str],
    topic: str,
    options: RunOptions,
    request: MakeRequest,
    settings: Settings,
) -> tuple[Brief, Prepared] | None:
    """Prepare, estimate (and stop there for a dry run), extract and compose, with progress."""
    with run_progress(stderr_console()) as state:
        options.ingest.on_file = state.file_read
        options.times.on_start = state.stage_started
        prepared = prepare(inputs, topic, options)
        state.selected(prepared.selection, len(prepared.chunks))
        if options.engine == "llm" and prepared.corpus.sources:
            assert options.llm is not None
            estimate = _estimate(prepared, options.llm, settings)
            if request.dry_run:
                print_notes(prepared.corpus)
                sys.stdout.write("\n".join(describe(estimate, topic)) + "\n")
                return None
            assert options.llm.meter is not None
            state.expect(estimate, options.llm.meter)
        return make_brief(inputs, topic, options, prepared)


def _estimate(prepared: Prepared, llm: LLMSettings, settings: Settings) -> Estimate:
    """What the LLM run will send and cost; refuse it if that is above --max-cost."""
    prices = load_prices(settings.prices)
    price = find_price(llm.model, prices, settings.price_in, settings.price_out)
    from .llm.client import endpoint_key  # the openai SDK: only for a model's runs

    estimate = estimate_run(
        prepared.selection.chunks,
        prepared.selection.query.topic,
        llm.model,
        llm.batch_chars,
        llm.cache_dir,
        price,
        endpoint=endpoint_key(llm),
    )
    if settings.max_cost is not None:
        check_limit(estimate, settings.max_cost)
    llm.meter = Meter(price=price, limit=settings.max_cost)
    return estimate


def run_sources(
    topic: str, paths: list[str] | None, settings: Settings, as_of: str | None, since: str | None
) -> Prepared:
    """`briefer sources`: the model-free front half of a run, for the table."""
    topic = check_topic(topic)
    options = run_options(settings, as_of, since, no_cache=False)
    inputs = paths or [default_input()]
    prepared = prepare(inputs, topic, options)
    print_notes(prepared.corpus)
    if not prepared.corpus.sources:
        raise NoInput("no usable articles in " + ", ".join(inputs))
    return prepared


def run_check(
    brief_file: Path, paths: list[str] | None, settings: Settings
) -> tuple[Brief, CheckReport]:
    """`briefer check`: the saved brief against its articles as they read now."""
    brief = load_brief(brief_file)
    inputs = paths or recorded_inputs(brief)
    corpus = ingest(inputs, IngestOptions(page_cache=default_page_cache_dir()))
    print_notes(corpus)
    return brief, check_brief(brief, corpus.sources, load_actors(settings.actors))


def run_eval(
    annotated_dir: Path, settings: Settings, topic: str, limit: int | None, no_cache: bool
) -> str:
    """`briefer eval`: the report, offline unless the settings name an engine."""
    from .evaluate import EvalOptions, evaluate, format_report

    options = EvalOptions(
        engine=choose_engine(settings, auto=False),
        topic=topic,
        llm=settings.llm(cache=not no_cache),
        actors_files=settings.actors,
        limit=limit,
    )
    report = evaluate(annotated_dir, options)
    if not report.total.articles:
        raise NoInput(
            f"{annotated_dir}: no article has both text/NAME.txt and attributions/NAME.ann"
        )
    return format_report(report)


def run_options(
    settings: Settings, as_of: str | None, since: str | None, no_cache: bool
) -> RunOptions:
    """The options `make` and `sources` share: dates, limits, data files, the page cache."""
    options = RunOptions(
        as_of=parse_date(as_of),
        max_file_bytes=int(settings.max_file_mb * 1_000_000),
        topics_files=settings.topics,
        outlets_files=settings.outlets,
    )
    if since:
        try:
            options.since = parse_since(since, options.as_of or build_date())
        except ValueError as exc:
            raise OptionError(f"--since: {exc}") from None
    options.ingest.page_cache = None if no_cache else default_page_cache_dir()
    return options


def default_input() -> str:
    if not Path("seeds").is_dir():
        raise NoInput("no input given and ./seeds does not exist: name files, folders or URLs")
    return "seeds"


def build_date() -> date:
    """Today, or SOURCE_DATE_EPOCH (the reproducible-builds convention) when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).date()
    return date.today()


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise OptionError(f"--as-of: {value!r} is not a date like 2025-08-21") from None
