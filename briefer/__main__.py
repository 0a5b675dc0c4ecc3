"""`python -m briefer` is the `briefer` command."""

from __future__ import annotations

import sys

from .errors import BrieferError


def run() -> None:
    """Console entry point. briefer's modules read the user's rules.toml (briefer/rules.py)
    as they load, so a bad one must be one line here, before the CLI's own handler exists."""
    try:
        from .cli import main
    except BrieferError as exc:
        sys.stderr.write(f"briefer: error: {exc}\n")
        raise SystemExit(exc.exit_code) from None
    main()


if __name__ == "__main__":
    run()
