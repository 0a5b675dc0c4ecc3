"""Where the brief goes and in what format, decided and checked before any work is done:
a folder, a missing parent or an unwritable one is one line now, not after paid requests."""

from __future__ import annotations

import os
import sys
import tempfile
import webbrowser
from dataclasses import dataclass
from pathlib import Path

from .errors import BrieferError, OptionError
from .files import write_atomic
from .render import FORMATS

FORMAT_OF_SUFFIX = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}


@dataclass(frozen=True)
class Output:
    fmt: str
    path: Path | None  # None: stdout


def plan_output(fmt: str | None, out: Path | str | None) -> Output:
    """The format (`-f`, else the file's extension, else md) and the file (`-` or none:
    stdout), with the file's folder checked for writing."""
    path = None if out is None or str(out) == "-" else Path(out)
    if fmt is None:
        fmt = FORMAT_OF_SUFFIX.get(path.suffix.lower(), "md") if path else "md"
    if fmt not in FORMATS:
        raise OptionError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    if path is not None:
        check_writable(path)
    return Output(fmt, path)


def check_writable(path: Path) -> None:
    """A file briefer can create or replace, or a one-line error saying why not."""
    if path.is_dir():
        raise BrieferError(f"--out {path}: is a folder; name a file, e.g. {path / 'brief.md'}")
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # write_atomic creates the missing folders below this one
    if not folder.is_dir():
        raise BrieferError(f"--out {path}: {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BrieferError(f"--out {path}: cannot write in {folder} (permission denied)")


def deliver(text: str, output: Output, open_it: bool = False) -> Path | None:
    """stdout, a file written atomically, or a temporary file opened in the browser; the
    file written, if any."""
    path = output.path
    if open_it and path is None:
        handle, name = tempfile.mkstemp(prefix="brief-", suffix=f".{output.fmt}")
        os.close(handle)
        path = Path(name)
    if path is None:
        sys.stdout.write(text)
        return None
    write_atomic(path, text)
    if open_it:
        webbrowser.open(path.resolve().as_uri())
    return path
