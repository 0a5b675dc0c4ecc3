"""Every command-line flag, declared once and shared by the commands that take it.

A flag that is also a setting (see `settings.py`) defaults to None: not typed, so the config
file or the environment decides, and its help says the built-in default.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .llm.settings import DEFAULT_MODEL, DEFAULT_TIMEOUT

Topic = Annotated[str, typer.Option("--topic", "-t", help="What the brief is about (free text).")]
Paths = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, folders, URLs, or - for stdin. Default: ./seeds", show_default=False
    ),
]
BriefFile = Annotated[Path, typer.Argument(help="A brief saved with --format json.")]
AsOf = Annotated[
    str | None,
    typer.Option("--as-of", help="Date (YYYY-MM-DD) that ages like '6 days ago' count back from."),
]
Since = Annotated[
    str | None,
    typer.Option(
        "--since",
        help="Only sources published since then: 2d, 1w or "
        "2026-11-20 (undated sources are kept and counted).",
    ),
]
Format = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="md, html or json. Default: from the --out file's extension, else md.",
        show_default=False,
    ),
]
Out = Annotated[
    Path | None,
    typer.Option("--out", "-o", help="Write here (atomically) instead of to stdout; - is stdout."),
]
OpenIt = Annotated[
    bool,
    typer.Option("--open", help="Write the brief to a temporary file and open it in the browser."),
]
Config = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Settings file (TOML). Default: briefer.toml in the user config dir, "
        "or BRIEFER_CONFIG (see `briefer config`).",
        show_default=False,
    ),
]
NoCache = Annotated[
    bool,
    typer.Option("--no-cache", help="Neither read nor write the model-answer and page caches."),
]
Verbose = Annotated[
    bool,
    typer.Option("--verbose", "-v", help="Log each model request, retry and failure to stderr."),
]

# -- flags that are settings: None means "not typed" ------------------------------------------
Engine = Annotated[
    str | None,
    typer.Option(
        "--engine", help="offline or llm. Default: llm when an API key or base URL is set."
    ),
]
Model = Annotated[
    str | None,
    typer.Option("--model", help=f"Model name. Env: BRIEFER_MODEL. Default: {DEFAULT_MODEL}"),
]
BaseUrl = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help="Any OpenAI-compatible API, e.g. http://localhost:11434/v1 (Ollama)."
        " Env: OPENAI_BASE_URL.",
    ),
]
Concurrency = Annotated[
    int | None,
    typer.Option("--concurrency", min=1, max=64, help="Requests in flight at once. Default: 4"),
]
BatchChars = Annotated[
    int | None,
    typer.Option(
        "--batch-chars",
        min=500,
        help="Passage text per extraction request (lower it for "
        "models with a small context, e.g. 4000 for a 4k-token local model). Default: 12000",
    ),
]
Timeout = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        min=1,
        help=f"Seconds to wait for each model answer. Default: {DEFAULT_TIMEOUT:g}",
    ),
]
CacheDir = Annotated[
    Path | None,
    typer.Option(
        "--cache-dir", help="Where model answers are cached. Default: the user cache dir."
    ),
]
MaxWords = Annotated[
    int | None,
    typer.Option("--max-words", min=50, help="Word budget for the brief's body. Default: 600"),
]
MaxFileMb = Annotated[
    float | None,
    typer.Option("--max-file-mb", help="Skip files larger than this (MB, above 0). Default: 20"),
]
MaxCost = Annotated[
    float | None,
    typer.Option(
        "--max-cost",
        min=0,
        help="US dollars. Refuse a run estimated above it; stop sending "
        "requests once the spending passes it.",
    ),
]
PriceIn = Annotated[
    float | None,
    typer.Option(
        "--price-in",
        min=0,
        help="US dollars per million input tokens (for a model not in the price table).",
    ),
]
PriceOut = Annotated[
    float | None,
    typer.Option("--price-out", min=0, help="US dollars per million output tokens."),
]
Topics = Annotated[
    list[Path] | None, typer.Option("--topics", help="Extra topic expansions (TOML), repeatable.")
]
Actors = Annotated[
    list[Path] | None, typer.Option("--actors", help="Extra actor mappings (TOML), repeatable.")
]
Outlets = Annotated[
    list[Path] | None,
    typer.Option("--outlets", help="Extra outlet names and labels (TOML), repeatable."),
]
Prices = Annotated[
    list[Path] | None, typer.Option("--prices", help="Extra model prices (TOML), repeatable.")
]
EvalEngine = Annotated[
    str | None,
    typer.Option("--engine", help="offline or llm. Default: offline, or the config file's engine"),
]
CheckActors = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="The actor mappings the brief was made with (TOML), repeatable."),
]

SETTINGS: dict[str, object] = {  # setting name -> its flag (with_settings adds them)
    "engine": Engine,
    "model": Model,
    "base_url": BaseUrl,
    "concurrency": Concurrency,
    "batch_chars": BatchChars,
    "timeout": Timeout,
    "cache_dir": CacheDir,
    "max_words": MaxWords,
    "max_file_mb": MaxFileMb,
    "max_cost": MaxCost,
    "price_in": PriceIn,
    "price_out": PriceOut,
    "topics": Topics,
    "actors": Actors,
    "outlets": Outlets,
    "prices": Prices,
    "config": Config,
}
