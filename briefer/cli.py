"""The command line: parse options, call the pipeline, print. No logic lives here."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import __version__
from .errors import BrieferError
from .pipeline import Prepared, RunOptions, prepare
from .report import print_notes, sources_table

app = typer.Typer(
    help="Turn news articles into a one-page, fully cited brief of who stands where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # a traceback must never print locals (API keys)
)

EXIT_NO_INPUT = 2

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
def sources(topic: TopicOpt, paths: PathsArg = None, as_of: AsOfOpt = None,
            max_file_mb: MaxFileOpt = 20.0, topics: TopicsOpt = None) -> None:
    """List every story found, what was skipped and which passages are on topic."""
    with _user_errors():
        prepared = _prepare_or_exit(topic, paths, _run_options(as_of, max_file_mb, topics))
        sources_table(prepared)


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


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2025-08-21",
                                 param_hint="--as-of") from None


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"briefer: error: {message}", err=True)
    raise typer.Exit(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
