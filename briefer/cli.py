"""The command line: parse options, call the pipeline, print. No logic lives here."""

from __future__ import annotations

import functools
import inspect
import os
import sys
import traceback
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

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
        warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)
        _fail("interrupted; nothing was written", EXIT_INTERRUPTED)  # (a request cut off
        # mid-read leaves a coroutine that would print a warning when collected: one line)
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


Command = Callable[..., None]
ALL_SETTINGS = tuple(name for name in Settings.model_fields if name != "api_key")  # no key flag
KEYWORD_ONLY = inspect.Parameter.KEYWORD_ONLY


def with_settings(*names: str, **own: object) -> Callable[[Command], Command]:
    """Give a command the setting flags `names` (declared once, in flags.SETTINGS, or as
    `own`) and --config; it is called with `settings`, built from defaults < config file <
    environment < the flags the user typed."""

    def wrap(command: Command) -> Command:
        signature = inspect.signature(command, eval_str=True)
        kept = [p for p in signature.parameters.values() if p.name != "settings"]
        added = [
            inspect.Parameter(
                name, KEYWORD_ONLY, default=None, annotation=own.get(name, flags.SETTINGS[name])
            )
            for name in (*names, "config")
        ]

        @functools.wraps(command)
        def run(*args: Any, **kwargs: Any) -> None:
            typed = {name: kwargs.pop(name) for name in names}
            config = kwargs.pop("config")
            with _user_errors():
                settings = load_settings(typed, config)
            command(*args, settings=settings, **kwargs)

        # typer reads a command's parameters from __signature__, which functions lack in typeshed
        run.__signature__ = signature.replace(parameters=[*kept, *added])  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in [*kept, *added]}
        return run

    return wrap


@app.command()
@with_settings("max_file_mb", "topics", "outlets")
def sources(
    topic: flags.Topic,
    paths: flags.Paths = None,
    as_of: flags.AsOf = None,
    since: flags.Since = None,
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
    *,
    settings: Settings,
) -> None:
    """List every story found, what was skipped and which passages are on topic."""
    setup_logging()
    with _user_errors():
        prepared = run_sources(topic, paths, settings, as_of, since)
        sources_table(prepared, show_passages=passages, show_stripped=stripped)
        say_if_off_topic(prepared)


@app.command()
@with_settings(*ALL_SETTINGS)
def make(
    topic: flags.Topic,
    paths: flags.Paths = None,
    fmt: flags.Format = None,
    out: flags.Out = None,
    as_of: flags.AsOf = None,
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
    *,
    settings: Settings,
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
        run_make(request, settings)


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
@with_settings("actors", actors=flags.CheckActors)
def check(
    brief_file: flags.BriefFile,
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="The articles it was made from. Default: the paths the brief records.",
            show_default=False,
        ),
    ] = None,
    *,
    settings: Settings,
) -> None:
    """Re-verify a saved brief: every quote verbatim at its offsets, every speaker named near
    their words, every citation known, every sentence supported by the quotes it cites."""
    setup_logging()
    with _user_errors():
        brief, report = run_check(brief_file, paths, settings)
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
@with_settings(
    "engine", "model", "base_url", "concurrency", "batch_chars", "actors", engine=flags.EvalEngine
)
def eval_command(
    annotated_dir: Annotated[
        Path,
        typer.Argument(
            help="A folder of annotated articles: text/NAME.txt and attributions/NAME.ann "
            "(PolNeAR's brat format)."
        ),
    ],
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Only the first N articles (by name).")
    ] = None,
    topic: Annotated[
        str, typer.Option("--topic", help="The topic named in the model's prompt.")
    ] = "politics",
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor write the cache.")
    ] = False,
    verbose: flags.Verbose = False,
    *,
    settings: Settings,
) -> None:
    """Measure attribution against hand annotations: precision, recall, what each check
    drops, per publisher, and speaker grouping."""
    setup_logging(verbose, False)
    with _user_errors():
        sys.stdout.write(run_eval(annotated_dir, settings, topic, limit, no_cache))


def _print_config_path(value: bool) -> None:
    if value:
        typer.echo(str(config_location()[0] or ""))
        raise typer.Exit()


@app.command("config")
@with_settings(*ALL_SETTINGS)
def config_command(
    path: Annotated[
        bool,
        typer.Option(
            "--path",
            is_eager=True,
            callback=_print_config_path,
            help="Print only where the config file is looked for (BRIEFER_CONFIG or the "
            "user config dir).",
        ),
    ] = False,
    *,
    settings: Settings,
) -> None:
    """Print the settings a run would use and where each comes from: default, the config
    file, the environment or a flag (the API key redacted). Keys are the flags' names with
    underscores: put `max_words = 800` in the config file."""
    typer.echo("\n".join(describe(settings)))


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
