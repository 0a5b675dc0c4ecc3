"""Check bbc.jsonl: every quote is verbatim, single-line, 6+ words, once in its file.

Run: python3 tests/data/attribution/validate.py [path/to/bbc.jsonl]
The corpus is looked up at ../shared/corpora/bbc beside the project root (or $BBC_CORPUS).
"""

from __future__ import annotations

import collections
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"direct", "reported", "narration"}
HOWS = {
    "same-sentence",
    "pronoun",
    "title",
    "earlier-paragraph",
    "multi-speaker",
    "proxy",
    "split",
    "according-to",
    "narration",
}
KEYS = {
    "id",
    "file",
    "quote",
    "kind",
    "speaker",
    "speaker_title",
    "proxy_for",
    "actors",
    "how",
    "topic",
    "note",
}


def corpus_root() -> Path:
    env = os.environ.get("BBC_CORPUS")
    if env:
        return Path(env)
    for parent in HERE.parents:
        cand = parent.parent / "shared" / "corpora" / "bbc"
        if cand.is_dir():
            return cand
    return Path("/work/shared/corpora/bbc")


def check(path: Path) -> int:
    root = corpus_root()
    errors: list[str] = []
    items = []
    ids: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            it = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON ({exc})")
            continue
        items.append(it)
        where = f"line {n} ({it.get('id')})"
        if set(it) != KEYS:
            errors.append(f"{where}: keys {sorted(set(it) ^ KEYS)} differ")
            continue
        if it["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(it["id"])
        if it["kind"] not in KINDS:
            errors.append(f"{where}: kind {it['kind']!r}")
        if it["how"] not in HOWS:
            errors.append(f"{where}: how {it['how']!r}")
        if (it["kind"] == "narration") != (it["how"] == "narration"):
            errors.append(f"{where}: narration kind and how disagree")
        if it["kind"] == "narration":
            if it["speaker"] is not None or it["actors"]:
                errors.append(f"{where}: narration must have speaker null and no actors")
        elif not it["speaker"] or not it["actors"]:
            errors.append(f"{where}: speaker and actors required")
        if (it["how"] == "proxy") and not it["proxy_for"]:
            errors.append(f"{where}: how=proxy without proxy_for")
        q = it["quote"]
        if "\n" in q or len(q.split()) < 6:
            errors.append(f"{where}: quote must be one line of 6+ words")
        try:
            text = (root / it["file"]).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(f"{where}: cannot read {it['file']} as UTF-8 ({exc.__class__.__name__})")
            continue
        count = text.count(q)
        if count != 1:
            errors.append(f"{where}: quote occurs {count} times in {it['file']}")
    for e in errors:
        print("ERROR", e)
    files = {it.get("file") for it in items}
    print(f"{len(items)} items, {len(files)} articles")
    for field in ("kind", "how", "topic"):
        c = collections.Counter(it.get(field) for it in items)
        ordered = sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))
        print(f"{field}: " + ", ".join(f"{k}={v}" for k, v in ordered))
    print("proxy items:", sum(1 for it in items if it.get("proxy_for")))
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(check(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "bbc.jsonl"))
