"""The command line: parse options, call the pipeline, print. No logic lives here."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import __version__
from .actors import load_actors
from .check import check_brief, load_brief, recorded_inputs
from .cost import Estimate, Meter, check_limit, describe, estimate_run, find_price, load_prices
from .dates import parse_since
from .diff import diff_briefs, diff_markdown
from .engines.registry import choose_engine
from .errors import BrieferError
from .ingest import IngestOptions, ingest
from .ingest.pagecache import default_page_cache_dir
from .llm.settings import DEFAULT_MODEL, DEFAULT_TIMEOUT, LLMSettings, default_cache_dir
from .logs import redact, setup_logging
from .outcome import EXIT_PARTIAL, offline_notice, say_if_off_topic, unread_passages
from .output import deliver, plan_output
from .pipeline import Prepared, RunOptions, make_brief, prepare
from .progress import run_progress
from .render import check_template, render
from .report import plural, print_notes, print_usage, say, sources_table, stderr_console
from .resources import resource_dir
from .validate import check_llm_endpoint, check_max_file_mb, check_topic

app = typer.Typer(
    help="Turn news articles into a one-page, fully cited brief of who stands where.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish
    pretty_exceptions_show_locals=False,  # a traceback must never print locals (API keys)
    rich_markup_mode=None,  # plain help: flags without a "<bool>" type column
)

EXIT_NO_INPUT = 2
EXIT_INTERRUPTED = 130  # what shells report for Ctrl-C

TopicOpt = Annotated[
    str, typer.Option("--topic", "-t", help="What the brief is about (free text).")
]
PathsArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, folders, URLs, or - for stdin. Default: ./seeds", show_default=False
    ),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", help="Date (YYYY-MM-DD) that ages like '6 days ago' count back from."),
]
MaxFileOpt = Annotated[
    float, typer.Option("--max-file-mb", help="Skip files larger than this (MB, above 0).")
]
TopicsOpt = Annotated[
    list[Path] | None, typer.Option("--topics", help="Extra topic expansions (TOML), repeatable.")
]
SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since",
        help="Only sources published since then: 2d, 1w or "
        "2026-11-20 (undated sources are kept and counted).",
    ),
]
OutletsOpt = Annotated[
    list[Path] | None,
    typer.Option("--outlets", help="Extra outlet names and labels (TOML), repeatable."),
]


def main() -> None:
    """Console entry point."""
    app()


@contextmanager
def _user_errors() -> Iterator[None]:
    """A BrieferError (or a bug) becomes one line on stderr; BRIEFER_DEBUG=1 shows the traceback."""
    try:
        yield
    except (typer.Exit, typer.Abort, typer.TyperException):
        raise
    except KeyboardInterrupt:  # Ctrl-C: output is only ever written whole, at the very end
        _fail("interrupted; nothing was written", EXIT_INTERRUPTED)
    except BrieferError as exc:
        _debug_traceback()
        _fail(str(exc), exc.exit_code)
    except Exception as exc:
        _debug_traceback()
        _fail(f"internal error: {type(exc).__name__}: {exc} (BRIEFER_DEBUG=1 shows the traceback)")


def _debug_traceback() -> None:
    """With BRIEFER_DEBUG=1, the traceback, redacted like every other message."""
    if os.environ.get("BRIEFER_DEBUG"):
        sys.stderr.write(redact(traceback.format_exc()))


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[bool, typer.Option("--version", "-V", help="Print the version.")] = False,
) -> None:
    if version:
        typer.echo(f"briefer {__version__}")
        raise typer.Exit()


@app.command()
def sources(
    topic: TopicOpt,
    paths: PathsArg = None,
    as_of: AsOfOpt = None,
    max_file_mb: MaxFileOpt = 20.0,
    topics: TopicsOpt = None,
    passages: Annotated[
        bool, typer.Option("--passages", help="Also list every on-topic passage with its score.")
    ] = False,
    stripped: Annotated[
        bool,
        typer.Option(
            "--stripped",
            help="Also list the lines removed from each file as site chrome or headlines.",
        ),
    ] = False,
    since: SinceOpt = None,
    outlets: OutletsOpt = None,
) -> None:
    """List every story found, what was skipped and which passages are on topic."""
    setup_logging()
    with _user_errors():
        topic = check_topic(topic)
        options = _run_options(as_of, max_file_mb, topics)
        _live_options(options, since, outlets, no_cache=False)
        prepared = _prepare_or_exit(topic, paths, options)
        sources_table(prepared, show_passages=passages, show_stripped=stripped)
        say_if_off_topic(prepared)


@app.command()
def make(
    topic: TopicOpt,
    paths: PathsArg = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="md, html or json. Default: from the --out file's extension, else md.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Write here (atomically) instead of to stdout; - is stdout."
        ),
    ] = None,
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine", help="offline or llm. Default: llm when an API key or base URL is set."
        ),
    ] = None,
    as_of: AsOfOpt = None,
    max_words: Annotated[
        int, typer.Option("--max-words", min=50, help="Word budget for the brief's body.")
    ] = 600,
    max_file_mb: MaxFileOpt = 20.0,
    topics: TopicsOpt = None,
    actors: Annotated[
        list[Path] | None, typer.Option("--actors", help="Extra actor mappings (TOML), repeatable.")
    ] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", help=f"Model name. Env: BRIEFER_MODEL. Default: {DEFAULT_MODEL}"),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="Any OpenAI-compatible API, e.g. http://localhost:11434/v1 (Ollama)."
            " Env: OPENAI_BASE_URL.",
        ),
    ] = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", min=1, max=64, help="Requests in flight at once.")
    ] = 4,
    batch_chars: Annotated[
        int,
        typer.Option(
            "--batch-chars",
            min=500,
            help="Passage text per extraction request (lower it for "
            "models with a small context, e.g. 4000 for a 4k-token local model).",
        ),
    ] = 12_000,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            "--cache-dir", help="Where model answers are cached. Default: the user cache dir."
        ),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Neither read nor write the model-answer and page caches."),
    ] = False,
    record: Annotated[
        Path | None,
        typer.Option(
            "--record", help="Save every answer of the live endpoint here (keys scrubbed)."
        ),
    ] = None,
    replay: Annotated[
        Path | None,
        typer.Option(
            "--replay", help="Answer from recordings in this folder instead of an endpoint."
        ),
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="The brief's title.")] = None,
    template: Annotated[
        Path | None,
        typer.Option("--template", help="Your own Jinja template (see `briefer templates`)."),
    ] = None,
    open_it: Annotated[
        bool,
        typer.Option(
            "--open", help="Write the brief to a temporary file and open it in the browser."
        ),
    ] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", min=1, help="Seconds to wait for each model answer.")
    ] = DEFAULT_TIMEOUT,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Exit 1 without writing anything if any passage could not be read by the model.",
        ),
    ] = False,
    allow_partial: Annotated[
        bool,
        typer.Option(
            "--allow-partial",
            help="Exit 0 when some passages could not be read by the model "
            "(the brief says how many); otherwise such a run exits 4.",
        ),
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="Log each model request, retry and failure to stderr."
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help="Also log the SDK's and HTTP client's details (secrets redacted)."
        ),
    ] = False,
    since: SinceOpt = None,
    outlets: OutletsOpt = None,
    compare: Annotated[
        Path | None,
        typer.Option(
            "--compare",
            help="A brief saved before (--format json): mark what is new since it "
            "and say what dropped out.",
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help="Send nothing: print the requests, tokens and cost an LLM run "
            "would spend, per stage.",
        ),
    ] = False,
    max_cost: Annotated[
        float | None,
        typer.Option(
            "--max-cost",
            min=0,
            help="US dollars. Refuse a run estimated above it; stop sending "
            "requests once the spending passes it.",
        ),
    ] = None,
    price_in: Annotated[
        float | None,
        typer.Option(
            "--price-in",
            min=0,
            help="US dollars per million input tokens (for a model not in the price table).",
        ),
    ] = None,
    price_out: Annotated[
        float | None,
        typer.Option("--price-out", min=0, help="US dollars per million output tokens."),
    ] = None,
    prices: Annotated[
        list[Path] | None, typer.Option("--prices", help="Extra model prices (TOML), repeatable.")
    ] = None,
) -> None:
    """Write the one-page brief: who stands where on TOPIC, every sentence cited."""
    setup_logging(verbose, debug)
    with _user_errors():
        topic = check_topic(topic)
        output = plan_output(fmt, out)  # before any work: a bad --out costs nothing
        check_template(template, output.fmt)
        if dry_run and engine == "offline":
            raise typer.BadParameter(
                "the offline engine sends nothing: --dry-run estimates an LLM run",
                param_hint="--dry-run",
            )
        engine_name = choose_engine(
            engine or ("llm" if base_url or replay or dry_run or max_cost is not None else None)
        )
        if engine_name == "offline" and engine is None:
            offline_notice(default_cache_dir().parent)
        options = _run_options(
            as_of,
            max_file_mb,
            topics,
            actors_files=actors or (),
            engine=engine_name,
            max_words=max_words,
            title=title,
        )
        options.generated_at = options.as_of or _build_date()
        _live_options(options, since, outlets, no_cache)
        options.compare = load_brief(compare) if compare else None
        options.llm = _llm_settings(
            "dry-run" if dry_run else engine_name,
            model,
            base_url,
            concurrency,
            batch_chars,
            timeout,
            None if no_cache else cache_dir or default_cache_dir(),
            record,
            replay,
        )
        inputs = paths or [_default_input()]
        with run_progress(stderr_console()) as state:
            options.ingest.on_file = state.file_read
            options.times.on_start = state.stage_started
            prepared = prepare(inputs, topic, options)
            state.selected(prepared.selection, len(prepared.chunks))
            if engine_name == "llm" and prepared.corpus.sources:
                estimate = _estimate(prepared, options, prices, price_in, price_out, max_cost)
                if dry_run:
                    print_notes(prepared.corpus)
                    typer.echo("\n".join(describe(estimate, topic)))
                    return
                state.expect(estimate, options.llm.meter)  # type: ignore[union-attr]
            brief, prepared = make_brief(inputs, topic, options, prepared)
        print_notes(prepared.corpus)
        print_usage(brief)
        if not prepared.corpus.sources:
            _fail("no usable articles in " + ", ".join(inputs), EXIT_NO_INPUT)
        say_if_off_topic(prepared)
        missing = unread_passages(brief, strict)
        with options.times.stage("render"):
            text = render(brief, output.fmt, template)
        written = deliver(text, output, open_it)
        if written is not None:
            say(f"briefer: wrote {written}")
        if missing and not allow_partial:
            _fail(
                f"{missing}; the brief was written without them (--allow-partial makes "
                "this exit 0)",
                EXIT_PARTIAL,
            )


def _llm_settings(
    engine: str,
    model: str | None,
    base_url: str | None,
    concurrency: int,
    batch_chars: int,
    timeout: float,
    cache_dir: Path | None,
    record: Path | None,
    replay: Path | None,
) -> LLMSettings:
    """The endpoint and its options, checked before any work: an llm run with nowhere to
    send requests, or a key HTTP cannot carry, is one line now."""
    api_key = os.environ.get("OPENAI_API_KEY")
    base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
    if engine == "llm":  # not for a dry run: it sends nothing
        from .llm.client import check_api_key  # the openai SDK: only for a model's runs

        check_llm_endpoint(engine, api_key, base_url, replay)
        check_api_key(api_key)
    return LLMSettings(
        model=model or os.environ.get("BRIEFER_MODEL") or DEFAULT_MODEL,
        base_url=base_url,
        api_key=api_key,
        concurrency=concurrency,
        batch_chars=batch_chars,
        timeout=timeout,
        cache_dir=cache_dir,
        record_dir=record,
        replay_dir=replay,
    )


@app.command("render")
def render_command(
    brief_file: Annotated[Path, typer.Argument(help="A brief saved with --format json.")],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="md, html or json. Default: from the --out file's extension, else md.",
            show_default=False,
        ),
    ] = None,
    template: Annotated[Path | None, typer.Option("--template", help="Your own template.")] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here; - is stdout.")
    ] = None,
    open_it: Annotated[bool, typer.Option("--open", help="Open it in the browser.")] = False,
) -> None:
    """Render a saved brief again, in another format or template, with no engine."""
    setup_logging()
    with _user_errors():
        output = plan_output(fmt, out)
        check_template(template, output.fmt)
        written = deliver(render(load_brief(brief_file), output.fmt, template), output, open_it)
        if written is not None:
            say(f"briefer: wrote {written}")


@app.command()
def check(
    brief_file: Annotated[Path, typer.Argument(help="A brief saved with --format json.")],
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="The articles it was made from. Default: the paths the brief records.",
            show_default=False,
        ),
    ] = None,
    actors: Annotated[
        list[Path] | None,
        typer.Option(
            "--actors", help="The actor mappings the brief was made with (TOML), repeatable."
        ),
    ] = None,
) -> None:
    """Re-verify a saved brief: every quote verbatim at its offsets, every speaker named near
    their words, every citation known, every sentence supported by the quotes it cites."""
    setup_logging()
    with _user_errors():
        brief = load_brief(brief_file)
        inputs = paths or recorded_inputs(brief)
        corpus = ingest(inputs, IngestOptions(page_cache=default_page_cache_dir()))  # as read
        print_notes(corpus)
        report = check_brief(brief, corpus.sources, load_actors(actors or ()))
        for problem in report.problems:
            typer.echo(f"FAIL {problem}")
        verdict = "OK" if report.ok else f"{len(report.problems)} problem(s)"
        counted = ", ".join(
            f"{n} {plural(n, noun)}"
            for n, noun in ((report.quotes, "quote"), (report.citations, "citation"))
        )
        typer.echo(
            f"checked {counted} and {report.sentences} "
            f"{plural(report.sentences, 'sentence')} against {len(brief.sources)} "
            f"{plural(len(brief.sources), 'source')}: {verdict}"
        )
        if not report.ok:
            raise typer.Exit(1)


@app.command("eval")
def eval_command(
    annotated_dir: Annotated[
        Path,
        typer.Argument(
            help="A folder of annotated articles: text/NAME.txt and attributions/NAME.ann "
            "(PolNeAR's brat format)."
        ),
    ],
    engine: Annotated[str, typer.Option("--engine", help="offline or llm.")] = "offline",
    model: Annotated[
        str | None,
        typer.Option("--model", help=f"Model name. Env: BRIEFER_MODEL. Default: {DEFAULT_MODEL}"),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option("--base-url", help="Any OpenAI-compatible API. Env: OPENAI_BASE_URL."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Only the first N articles (by name).")
    ] = None,
    topic: Annotated[
        str, typer.Option("--topic", help="The topic named in the model's prompt.")
    ] = "politics",
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=64)] = 4,
    batch_chars: Annotated[int, typer.Option("--batch-chars", min=500)] = 12_000,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor write the cache.")
    ] = False,
    actors: Annotated[
        list[Path] | None, typer.Option("--actors", help="Extra actor mappings (TOML), repeatable.")
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Measure attribution against hand annotations: precision, recall, what each check
    drops, per publisher, and speaker grouping."""
    from .evaluate import EvalOptions, evaluate, format_report

    setup_logging(verbose, False)
    with _user_errors():
        if engine not in ("offline", "llm"):
            raise typer.BadParameter(
                f"{engine!r} is not one of offline, llm", param_hint="--engine"
            )
        settings = LLMSettings(
            model=model or os.environ.get("BRIEFER_MODEL") or DEFAULT_MODEL,
            base_url=base_url or os.environ.get("OPENAI_BASE_URL") or None,
            api_key=os.environ.get("OPENAI_API_KEY"),
            concurrency=concurrency,
            batch_chars=batch_chars,
            cache_dir=None if no_cache else default_cache_dir(),
        )
        report = evaluate(
            annotated_dir,
            EvalOptions(
                engine=engine, topic=topic, llm=settings, actors_files=actors or (), limit=limit
            ),
        )
        if not report.total.articles:
            _fail(
                f"{annotated_dir}: no article has both text/NAME.txt and attributions/NAME.ann",
                EXIT_NO_INPUT,
            )
        sys.stdout.write(format_report(report))


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier brief (--format json).")],
    new: Annotated[Path, typer.Argument(help="The later brief (--format json).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md or json.")] = "md",
) -> None:
    """What changed between two briefs: positions new, changed or gone, and new sources."""
    setup_logging()
    with _user_errors():
        if fmt not in ("md", "json"):
            raise typer.BadParameter(f"{fmt!r} is not one of md, json", param_hint="--format")
        changes = diff_briefs(load_brief(old), load_brief(new))
        sys.stdout.write(changes.to_json() if fmt == "json" else diff_markdown(changes))


@app.command()
def templates(
    fmt: Annotated[str, typer.Option("--format", "-f", help="md or html.")] = "md",
) -> None:
    """Print a default template, to start your own (use it with `make --template`)."""
    with _user_errors():
        if fmt not in ("md", "html"):
            raise typer.BadParameter(f"{fmt!r} is not one of md, html", param_hint="--format")
        sys.stdout.write((resource_dir("templates") / f"brief.{fmt}.j2").read_text())


def _estimate(
    prepared: Prepared,
    options: RunOptions,
    prices: list[Path] | None,
    price_in: float | None,
    price_out: float | None,
    max_cost: float | None,
) -> Estimate:
    """What the LLM run will send and cost; refuse it if that is above --max-cost."""
    settings = options.llm
    assert settings is not None
    price = find_price(settings.model, load_prices(prices or ()), price_in, price_out)
    from .llm.client import endpoint_key  # the openai SDK: only for a model's runs

    estimate = estimate_run(
        prepared.selection.chunks,
        prepared.selection.query.topic,
        settings.model,
        settings.batch_chars,
        settings.cache_dir,
        price,
        endpoint=endpoint_key(settings),
    )
    if max_cost is not None:
        check_limit(estimate, max_cost)
    settings.meter = Meter(price=price, limit=max_cost)
    return estimate


def _run_options(
    as_of: str | None, max_file_mb: float, topics: list[Path] | None, **extra: object
) -> RunOptions:
    max_file_mb = check_max_file_mb(max_file_mb)
    return RunOptions(
        as_of=_parse_date(as_of),
        max_file_bytes=int(max_file_mb * 1_000_000),
        topics_files=topics or (),
        **extra,
    )


def _live_options(
    options: RunOptions, since: str | None, outlets: list[Path] | None, no_cache: bool
) -> None:
    """--since counted back from --as-of (or today), outlet files, and the page cache."""
    if since:
        try:
            options.since = parse_since(since, options.as_of or _build_date())
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--since") from None
    options.outlets_files = outlets or ()
    options.ingest.page_cache = None if no_cache else default_page_cache_dir()


def _prepare_or_exit(topic: str, paths: list[str] | None, options: RunOptions) -> Prepared:
    inputs = paths or [_default_input()]
    prepared = prepare(inputs, topic, options)
    print_notes(prepared.corpus)
    if not prepared.corpus.sources:
        _fail("no usable articles in " + ", ".join(inputs), EXIT_NO_INPUT)
    return prepared


def _default_input() -> str:
    if not Path("seeds").is_dir():
        _fail(
            "no input given and ./seeds does not exist: name files, folders or URLs", EXIT_NO_INPUT
        )
    return "seeds"


def _build_date() -> date:
    """Today, or SOURCE_DATE_EPOCH (the reproducible-builds convention) when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).date()
    return date.today()


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date like 2025-08-21", param_hint="--as-of"
        ) from None


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"briefer: error: {redact(message)}", err=True)
    raise typer.Exit(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
