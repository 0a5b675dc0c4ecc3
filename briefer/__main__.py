"""`python -m briefer` is the `briefer` command."""

from .cli import main

main()
