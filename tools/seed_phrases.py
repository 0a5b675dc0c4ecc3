"""Find text copied from the seed articles into briefer's code and data.

briefer was started from four scraped articles (seeds/*.txt). Rules tuned to them flatter
the seeds and do nothing for anyone else, so no phrase or name of theirs may sit in the code
(strings, comments, docstrings) or the shipped data. This script reports:

- phrases: every run of 4+ words that a seed and a file share, unless it is ordinary English
  - all of its words common ones, or the phrase also in the general corpora (the BBC and
  PolNeAR articles beside the project, ../shared/corpora);
- names: every capitalised word of the seeds that the general corpora never use (their
  distinctive proper names: 'Tikhiy', 'Daily8'), found as a whole word in a file.

The tables of public figures and outlets (actors.toml, outlets.toml) are world knowledge a
user extends, and a name is what an entry is; they are checked for phrases only.

Usage: python tools/seed_phrases.py [ROOT]   (exit status 1 when anything is found)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bm25s.stopwords import STOPWORDS_EN_PLUS  # type: ignore[import-untyped]

N = 4
NAME_DATA = frozenset({"actors.toml", "outlets.toml"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")
_NAME = re.compile(r"(?<![\w’'-])[A-Z][a-z]*[a-z0-9](?:[-’'][A-Z]?[a-z]+)*(?![\w’'-])")
_COMMON = frozenset(STOPWORDS_EN_PLUS) | {
    "said", "says", "say", "told", "also", "would", "could", "one", "two", "three", "new",
    "year", "years", "day", "days", "time", "first", "last", "week", "like", "well", "way",
}  # fmt: skip


@dataclass(frozen=True)
class Hit:
    path: Path
    line: int
    kind: str  # "phrase" or "name"
    text: str


def words(text: str) -> list[tuple[str, int]]:
    """Lower-case words with their offsets; curly apostrophes read as straight ones."""
    lowered = text.lower().replace("’", "'")
    return [(m.group(), m.start()) for m in _WORD.finditer(lowered)]


def ngrams(tokens: Sequence[str], n: int = N) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def general_text(corpora: Path) -> str | None:
    """The general corpora as one string of lower-case words, ' a b c ', or None."""
    files = sorted(corpora.glob("bbc/*/*.txt")) + sorted(corpora.glob("polnear-train/text/*.txt"))
    if not files:
        return None
    texts = (path.read_text(encoding="utf-8", errors="replace") for path in files)
    return " " + " ".join(" ".join(w for w, _ in words(text)) for text in texts) + " "


def general_names(corpora: Path) -> set[str] | None:
    files = sorted(corpora.glob("bbc/*/*.txt")) + sorted(corpora.glob("polnear-train/text/*.txt"))
    if not files:
        return None
    found: set[str] = set()
    for path in files:
        found.update(_NAME.findall(path.read_text(encoding="utf-8", errors="replace")))
    return found


def distinctive_names(seed_texts: Iterable[str], known: set[str]) -> set[str]:
    """Capitalised seed words the general corpora never use, nor the seeds in lower case."""
    texts = list(seed_texts)
    lower_as_written = {w for text in texts for w in re.findall(r"\b[a-z][a-z0-9]+\b", text)}
    return {
        name
        for text in texts
        for name in _NAME.findall(text)
        if name not in known and name.lower() not in lower_as_written
    }


def targets(root: Path) -> list[Path]:
    package = root / "briefer"
    found = sorted(package.rglob("*.py")) + sorted((package / "data").glob("*"))
    return [path for path in found if path.is_file() and "__pycache__" not in path.parts]


def find(root: Path, corpora: Path | None = None) -> tuple[list[Hit], list[str]]:
    """Every seed phrase and seed name in briefer's code and data, and notes on what could not
    be checked."""
    corpora = corpora if corpora is not None else root.parent / "shared" / "corpora"
    seed_texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    seed_grams = set().union(*(ngrams([w for w, _ in words(t)]) for t in seed_texts))
    general = general_text(corpora)
    known_names = general_names(corpora)
    notes = []
    if general is None or known_names is None:
        notes.append(f"no general corpora at {corpora}: phrases judged by common words only")
    names = distinctive_names(seed_texts, known_names) if known_names is not None else set()
    if known_names is None:
        notes.append("names not checked (they need the general corpora)")
    name_pattern = (
        re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names))) + r")(?![\w-])")
        if names
        else None
    )
    hits: list[Hit] = []
    for path in targets(root):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        hits += _phrases(path, text, seed_grams, general)
        if name_pattern is not None and path.name not in NAME_DATA:
            hits += [
                Hit(path, text.count("\n", 0, m.start()) + 1, "name", m.group())
                for m in name_pattern.finditer(text)
            ]
    return hits, notes


def _phrases(
    path: Path, text: str, seed_grams: set[tuple[str, ...]], general: str | None
) -> list[Hit]:
    tokens = words(text)
    plain = [w for w, _ in tokens]
    shared = [i for i in range(len(plain) - N + 1) if tuple(plain[i : i + N]) in seed_grams]
    hits = []
    for start, end in _runs(shared):
        phrase = plain[start : end + N]
        if all(w in _COMMON or w.isdigit() for w in phrase):
            continue
        if general is not None and _in_general(phrase, general):
            continue
        line = text.count("\n", 0, tokens[start][1]) + 1
        hits.append(Hit(path, line, "phrase", " ".join(phrase)))
    return hits


def _runs(starts: list[int]) -> list[tuple[int, int]]:
    """Overlapping n-gram starts merged into (first start, last start) runs."""
    runs: list[tuple[int, int]] = []
    for i in starts:
        if runs and i <= runs[-1][1] + N - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _in_general(phrase: list[str], general: str) -> bool:
    """Is every 4-word window of the phrase ordinary news English (in the general corpora)?"""
    return all(f" {' '.join(phrase[i : i + N])} " in general for i in range(len(phrase) - N + 1))


def main(argv: Sequence[str] = ()) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parents[1]
    hits, notes = find(root)
    for note in notes:
        print(f"note: {note}")
    for hit in hits:
        print(f"{hit.path.relative_to(root)}:{hit.line}: seed {hit.kind}: {hit.text}")
    print(f"{len(hits)} seed phrase(s) or name(s) in briefer's code and data")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
