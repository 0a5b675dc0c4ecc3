"""The command line: parse options, call the pipeline, print. No logic lives here."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import __version__, flags
from .app import MakeRequest, run_check, run_eval, run_make, run_sources
from .check import load_brief
from .diff import diff_briefs, diff_markdown
from .errors import BrieferError
from .logs import redact, setup_logging
from .outcome import say_if_off_topic
from .output import deliver, plan_output
from .render import check_template, render
from .report import plural, say, sources_table
from .resources import resource_dir
from .settings import Settings, config_location, describe, load_settings

app = typer.Typer(
    help="Turn news articles into a one-page, fully cited brief of who stands where.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish
    pretty_exceptions_show_locals=False,  # a traceback must never print locals (API keys)
    rich_markup_mode=None,  # plain help: flags without a "<bool>" type column
)

EXIT_INTERRUPTED = 130  # what shells report for Ctrl-C
Template = Annotated[
    Path | None,
    typer.Option("--template", help="Your own Jinja template (see `briefer templates`)."),
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


def _settings(ctx: typer.Context, config: Path | None) -> Settings:
    """defaults < config file < environment < the setting flags the user typed."""
    typed = {k: v for k, v in ctx.params.items() if k in Settings.model_fields}
    return load_settings(typed, config)


@app.command()
def sources(
    ctx: typer.Context,
    topic: flags.Topic,
    paths: flags.Paths = None,
    as_of: flags.AsOf = None,
    max_file_mb: flags.MaxFileMb = None,
    topics: flags.Topics = None,
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
    since: flags.Since = None,
    outlets: flags.Outlets = None,
    config: flags.Config = None,
) -> None:
    """List every story found, what was skipped and which passages are on topic."""
    setup_logging()
    with _user_errors():
        prepared = run_sources(topic, paths, _settings(ctx, config), as_of, since)
        sources_table(prepared, show_passages=passages, show_stripped=stripped)
        say_if_off_topic(prepared)


@app.command()
def make(
    ctx: typer.Context,
    topic: flags.Topic,
    paths: flags.Paths = None,
    fmt: flags.Format = None,
    out: flags.Out = None,
    engine: flags.Engine = None,
    as_of: flags.AsOf = None,
    max_words: flags.MaxWords = None,
    max_file_mb: flags.MaxFileMb = None,
    topics: flags.Topics = None,
    actors: flags.Actors = None,
    model: flags.Model = None,
    base_url: flags.BaseUrl = None,
    concurrency: flags.Concurrency = None,
    batch_chars: flags.BatchChars = None,
    cache_dir: flags.CacheDir = None,
    no_cache: flags.NoCache = False,
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
    template: Template = None,
    open_it: flags.OpenIt = False,
    timeout: flags.Timeout = None,
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
    verbose: flags.Verbose = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help="Also log the SDK's and HTTP client's details (secrets redacted)."
        ),
    ] = False,
    since: flags.Since = None,
    outlets: flags.Outlets = None,
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
    max_cost: flags.MaxCost = None,
    price_in: flags.PriceIn = None,
    price_out: flags.PriceOut = None,
    prices: flags.Prices = None,
    config: flags.Config = None,
) -> None:
    """Write the one-page brief: who stands where on TOPIC, every sentence cited."""
    setup_logging(verbose, debug)
    with _user_errors():
        request = MakeRequest(
            topic=topic,
            paths=paths,
            fmt=fmt,
            out=out,
            as_of=as_of,
            since=since,
            title=title,
            template=template,
            compare=compare,
            record=record,
            replay=replay,
            no_cache=no_cache,
            dry_run=dry_run,
            strict=strict,
            allow_partial=allow_partial,
            open_it=open_it,
        )
        run_make(request, _settings(ctx, config))


@app.command("render")
def render_command(
    brief_file: flags.BriefFile,
    fmt: flags.Format = None,
    template: Template = None,
    out: flags.Out = None,
    open_it: flags.OpenIt = False,
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
    ctx: typer.Context,
    brief_file: flags.BriefFile,
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
    config: flags.Config = None,
) -> None:
    """Re-verify a saved brief: every quote verbatim at its offsets, every speaker named near
    their words, every citation known, every sentence supported by the quotes it cites."""
    setup_logging()
    with _user_errors():
        brief, report = run_check(brief_file, paths, _settings(ctx, config))
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
    ctx: typer.Context,
    annotated_dir: Annotated[
        Path,
        typer.Argument(
            help="A folder of annotated articles: text/NAME.txt and attributions/NAME.ann "
            "(PolNeAR's brat format)."
        ),
    ],
    engine: Annotated[
        str | None, typer.Option("--engine", help="offline or llm. Default: offline")
    ] = None,
    model: flags.Model = None,
    base_url: flags.BaseUrl = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Only the first N articles (by name).")
    ] = None,
    topic: Annotated[
        str, typer.Option("--topic", help="The topic named in the model's prompt.")
    ] = "politics",
    concurrency: flags.Concurrency = None,
    batch_chars: flags.BatchChars = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor write the cache.")
    ] = False,
    actors: flags.Actors = None,
    verbose: flags.Verbose = False,
    config: flags.Config = None,
) -> None:
    """Measure attribution against hand annotations: precision, recall, what each check
    drops, per publisher, and speaker grouping."""
    setup_logging(verbose, False)
    with _user_errors():
        settings = _settings(ctx, config)
        sys.stdout.write(run_eval(annotated_dir, settings, topic, limit, no_cache))


@app.command("config")
def config_command(
    ctx: typer.Context,
    path: Annotated[
        bool, typer.Option("--path", help="Print only the config file's path.")
    ] = False,
    config: flags.Config = None,
    engine: flags.Engine = None,
    model: flags.Model = None,
    base_url: flags.BaseUrl = None,
    concurrency: flags.Concurrency = None,
    batch_chars: flags.BatchChars = None,
    timeout: flags.Timeout = None,
    cache_dir: flags.CacheDir = None,
    max_words: flags.MaxWords = None,
    max_file_mb: flags.MaxFileMb = None,
    max_cost: flags.MaxCost = None,
    price_in: flags.PriceIn = None,
    price_out: flags.PriceOut = None,
    topics: flags.Topics = None,
    actors: flags.Actors = None,
    outlets: flags.Outlets = None,
    prices: flags.Prices = None,
) -> None:
    """Print the settings a run would use and where each comes from: default, the config
    file, the environment or a flag (the API key redacted). Keys are the flags' names with
    underscores: put `max_words = 800` in the config file."""
    setup_logging()
    with _user_errors():
        if path:
            typer.echo(str(config_location(config)[0] or ""))
            return
        typer.echo("\n".join(describe(_settings(ctx, config))))


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


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"briefer: error: {redact(message)}", err=True)
    raise typer.Exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
