"""The command line: parse options, call the pipeline, print. No logic lives here."""

from __future__ import annotations

import os
import sys
import tempfile
import webbrowser
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import __version__
from .actors import load_actors
from .check import check_brief, load_brief
from .engines.registry import choose_engine
from .errors import BrieferError
from .files import write_atomic
from .ingest import ingest
from .llm.client import DEFAULT_MODEL, LLMSettings
from .llm.transport import default_cache_dir
from .logs import redact, setup_logging
from .pipeline import Prepared, RunOptions, make_brief, prepare
from .render import FORMATS, render
from .report import extraction_progress, print_notes, print_usage, sources_table
from .resources import resource_dir

app = typer.Typer(
    help="Turn news articles into a one-page, fully cited brief of who stands where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # a traceback must never print locals (API keys)
)

EXIT_NO_INPUT = 2
EXIT_INTERRUPTED = 130  # what shells report for Ctrl-C

TopicOpt = Annotated[
    str, typer.Option("--topic", "-t", help="What the brief is about (free text).")
]
PathsArg = Annotated[
    list[str] | None,
    typer.Argument(help="Files, folders, URLs, or - for stdin. Default: ./seeds",
                   show_default=False),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", help="Date (YYYY-MM-DD) that ages like '6 days ago' count back from."),
]
MaxFileOpt = Annotated[float, typer.Option("--max-file-mb", help="Skip files larger than this.")]
TopicsOpt = Annotated[
    list[Path] | None, typer.Option("--topics", help="Extra topic expansions (TOML), repeatable.")
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
        if os.environ.get("BRIEFER_DEBUG"):
            raise
        _fail(str(exc))
    except Exception as exc:
        if os.environ.get("BRIEFER_DEBUG"):
            raise
        _fail(f"internal error: {type(exc).__name__}: {exc} (BRIEFER_DEBUG=1 shows the traceback)")


@app.callback(invoke_without_command=True)
def _root(version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False
          ) -> None:
    if version:
        typer.echo(f"briefer {__version__}")
        raise typer.Exit()


@app.command()
def sources(
    topic: TopicOpt, paths: PathsArg = None, as_of: AsOfOpt = None,
    max_file_mb: MaxFileOpt = 20.0, topics: TopicsOpt = None,
    passages: Annotated[bool, typer.Option("--passages", help="Also list every on-topic "
                                           "passage with its score.")] = False,
    stripped: Annotated[bool, typer.Option("--stripped", help="Also list the lines removed "
                                           "from each file as site chrome or headlines.")] = False,
) -> None:
    """List every story found, what was skipped and which passages are on topic."""
    with _user_errors():
        prepared = _prepare_or_exit(topic, paths, _run_options(as_of, max_file_mb, topics))
        sources_table(prepared, show_passages=passages, show_stripped=stripped)


@app.command()
def make(
    topic: TopicOpt,
    paths: PathsArg = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, html or json.")] = "md",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here (atomically) "
                                             "instead of to stdout.")] = None,
    engine: Annotated[str | None, typer.Option("--engine", help="offline or llm. Default: llm "
                                               "when an API key or base URL is set.")] = None,
    as_of: AsOfOpt = None,
    max_words: Annotated[int, typer.Option("--max-words", min=50,
                                           help="Word budget for the brief's body.")] = 600,
    max_file_mb: MaxFileOpt = 20.0,
    topics: TopicsOpt = None,
    actors: Annotated[list[Path] | None, typer.Option(
        "--actors", help="Extra actor mappings (TOML), repeatable.")] = None,
    model: Annotated[str | None, typer.Option(
        "--model", help=f"Model name. Env: BRIEFER_MODEL. Default: {DEFAULT_MODEL}")] = None,
    base_url: Annotated[str | None, typer.Option(
        "--base-url", help="Any OpenAI-compatible API, e.g. http://localhost:11434/v1 (Ollama)."
        " Env: OPENAI_BASE_URL.")] = None,
    concurrency: Annotated[int, typer.Option(
        "--concurrency", min=1, max=64, help="Requests in flight at once.")] = 4,
    batch_chars: Annotated[int, typer.Option(
        "--batch-chars", min=500, help="Passage text per extraction request (lower it for "
        "models with a small context, e.g. 4000 for a 4k-token local model).")] = 12_000,
    cache_dir: Annotated[Path | None, typer.Option(
        "--cache-dir", help="Where model answers are cached. Default: the user cache dir.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the "
                                           "cache.")] = False,
    record: Annotated[Path | None, typer.Option(
        "--record", help="Save every answer of the live endpoint here (keys scrubbed).")] = None,
    replay: Annotated[Path | None, typer.Option(
        "--replay", help="Answer from recordings in this folder instead of an endpoint.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="The brief's title.")] = None,
    template: Annotated[Path | None, typer.Option(
        "--template", help="Your own Jinja template (see `briefer templates`).")] = None,
    open_it: Annotated[bool, typer.Option(
        "--open", help="Write the brief to a temporary file and open it in the browser.")
    ] = False,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Exit 1 without writing anything if any passage could not be read "
        "by the model.")] = False,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="Log each model request, retry and failure to stderr.")
    ] = False,
    debug: Annotated[bool, typer.Option(
        "--debug", help="Also log the SDK's and HTTP client's details (secrets redacted).")
    ] = False,
) -> None:
    """Write the one-page brief: who stands where on TOPIC, every sentence cited."""
    setup_logging(verbose, debug)
    with _user_errors():
        if fmt not in FORMATS:
            raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}",
                                     param_hint="--format")
        engine_name = choose_engine(engine or ("llm" if base_url or replay else None))
        if engine_name == "offline" and engine is None:
            typer.echo("briefer: no API key or base URL configured: using the offline engine "
                       "(no model).", err=True)
        options = _run_options(as_of, max_file_mb, topics, actors_files=actors or (),
                               engine=engine_name, max_words=max_words, title=title)
        options.generated_at = options.as_of or _build_date()
        options.llm = LLMSettings(
            model=model or os.environ.get("BRIEFER_MODEL") or DEFAULT_MODEL,
            base_url=base_url or os.environ.get("OPENAI_BASE_URL") or None,
            api_key=os.environ.get("OPENAI_API_KEY"), concurrency=concurrency,
            batch_chars=batch_chars,
            cache_dir=None if no_cache else (cache_dir or default_cache_dir()),
            record_dir=record, replay_dir=replay)
        inputs = paths or [_default_input()]
        with extraction_progress(enabled=engine_name == "llm") as advance:
            options.progress = advance
            brief, prepared = make_brief(inputs, topic, options)
        print_notes(prepared.corpus)
        print_usage(brief)
        if not prepared.corpus.sources:
            _fail("no usable articles in " + ", ".join(inputs), EXIT_NO_INPUT)
        if strict and brief.stats.failed_chunks:
            failed = brief.stats.failed_chunks
            _fail(f"--strict: {len(failed)} passage{'s' if len(failed) > 1 else ''} could not "
                  f"be read by the model (first: {failed[0]}); nothing written")
        _deliver(render(brief, fmt, template), fmt, out, open_it)


@app.command("render")
def render_command(
    brief_file: Annotated[Path, typer.Argument(help="A brief saved with --format json.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md or html.")] = "md",
    template: Annotated[Path | None, typer.Option("--template", help="Your own template.")
                        ] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here.")] = None,
    open_it: Annotated[bool, typer.Option("--open", help="Open it in the browser.")] = False,
) -> None:
    """Render a saved brief again, in another format or template, with no engine."""
    with _user_errors():
        if fmt not in FORMATS:
            raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}",
                                     param_hint="--format")
        _deliver(render(load_brief(brief_file), fmt, template), fmt, out, open_it)


@app.command()
def check(
    brief_file: Annotated[Path, typer.Argument(help="A brief saved with --format json.")],
    paths: Annotated[list[str] | None, typer.Argument(
        help="The articles it was made from. Default: the paths the brief records.",
        show_default=False)] = None,
    actors: Annotated[list[Path] | None, typer.Option(
        "--actors", help="The actor mappings the brief was made with (TOML), repeatable.")
    ] = None,
) -> None:
    """Re-verify a saved brief: every quote verbatim at its offsets, every speaker named near
    their words, every citation known, every sentence supported by the quotes it cites."""
    with _user_errors():
        brief = load_brief(brief_file)
        inputs = paths or list(dict.fromkeys(entry.path for entry in brief.sources))
        corpus = ingest(inputs)
        print_notes(corpus)
        report = check_brief(brief, corpus.sources, load_actors(actors or ()))
        for problem in report.problems:
            typer.echo(f"FAIL {problem}")
        verdict = "OK" if report.ok else f"{len(report.problems)} problem(s)"
        typer.echo(f"checked {report.quotes} quotes, {report.citations} citations and "
                   f"{report.sentences} sentences against {len(brief.sources)} sources: "
                   f"{verdict}")
        if not report.ok:
            raise typer.Exit(1)


@app.command("eval")
def eval_command(
    annotated_dir: Annotated[Path, typer.Argument(
        help="A folder of annotated articles: text/NAME.txt and attributions/NAME.ann "
        "(PolNeAR's brat format).")],
    engine: Annotated[str, typer.Option("--engine", help="offline or llm.")] = "offline",
    model: Annotated[str | None, typer.Option(
        "--model", help=f"Model name. Env: BRIEFER_MODEL. Default: {DEFAULT_MODEL}")] = None,
    base_url: Annotated[str | None, typer.Option(
        "--base-url", help="Any OpenAI-compatible API. Env: OPENAI_BASE_URL.")] = None,
    limit: Annotated[int | None, typer.Option(
        "--limit", min=1, help="Only the first N articles (by name).")] = None,
    topic: Annotated[str, typer.Option(
        "--topic", help="The topic named in the model's prompt.")] = "politics",
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=64)] = 4,
    batch_chars: Annotated[int, typer.Option("--batch-chars", min=500)] = 12_000,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the "
                                           "cache.")] = False,
    actors: Annotated[list[Path] | None, typer.Option(
        "--actors", help="Extra actor mappings (TOML), repeatable.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Measure attribution against hand annotations: precision, recall, what each check
    drops, per publisher, and speaker grouping."""
    from .evaluate import EvalOptions, evaluate, format_report

    setup_logging(verbose, False)
    with _user_errors():
        if engine not in ("offline", "llm"):
            raise typer.BadParameter(f"{engine!r} is not one of offline, llm",
                                     param_hint="--engine")
        settings = LLMSettings(
            model=model or os.environ.get("BRIEFER_MODEL") or DEFAULT_MODEL,
            base_url=base_url or os.environ.get("OPENAI_BASE_URL") or None,
            api_key=os.environ.get("OPENAI_API_KEY"), concurrency=concurrency,
            batch_chars=batch_chars, cache_dir=None if no_cache else default_cache_dir())
        report = evaluate(annotated_dir, EvalOptions(
            engine=engine, topic=topic, llm=settings, actors_files=actors or (),
            limit=limit))
        if not report.total.articles:
            _fail(f"{annotated_dir}: no article has both text/NAME.txt and "
                  "attributions/NAME.ann", EXIT_NO_INPUT)
        sys.stdout.write(format_report(report))


@app.command()
def templates(
    fmt: Annotated[str, typer.Option("--format", "-f", help="md or html.")] = "html",
) -> None:
    """Print a default template, to start your own (use it with `make --template`)."""
    with _user_errors():
        if fmt not in ("md", "html"):
            raise typer.BadParameter(f"{fmt!r} is not one of md, html", param_hint="--format")
        sys.stdout.write((resource_dir("templates") / f"brief.{fmt}.j2").read_text())


def _deliver(text: str, fmt: str, out: Path | None, open_it: bool) -> None:
    """stdout, a file written atomically, or a temporary file opened in the browser."""
    if open_it and out is None:
        handle, name = tempfile.mkstemp(prefix="brief-", suffix=f".{fmt}")
        os.close(handle)
        out = Path(name)
    if out is None:
        sys.stdout.write(text)
        return
    write_atomic(out, text)
    typer.echo(f"briefer: wrote {out}", err=True)
    if open_it:
        webbrowser.open(out.resolve().as_uri())


def _run_options(as_of: str | None, max_file_mb: float, topics: list[Path] | None,
                 **extra: object) -> RunOptions:
    return RunOptions(as_of=_parse_date(as_of), max_file_bytes=int(max_file_mb * 1_000_000),
                      topics_files=topics or (), **extra)


def _prepare_or_exit(topic: str, paths: list[str] | None, options: RunOptions) -> Prepared:
    inputs = paths or [_default_input()]
    prepared = prepare(inputs, topic, options)
    print_notes(prepared.corpus)
    if not prepared.corpus.sources:
        _fail("no usable articles in " + ", ".join(inputs), EXIT_NO_INPUT)
    return prepared


def _default_input() -> str:
    if not Path("seeds").is_dir():
        _fail("no input given and ./seeds does not exist: name files, folders or URLs",
              EXIT_NO_INPUT)
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
        raise typer.BadParameter(f"{value!r} is not a date like 2025-08-21",
                                 param_hint="--as-of") from None


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"briefer: error: {redact(message)}", err=True)
    raise typer.Exit(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
