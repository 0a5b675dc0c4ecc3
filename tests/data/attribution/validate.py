"""Check the labelled sets: every quote is verbatim, single-line, 6+ words, once in its file.

Run: python3 tests/data/attribution/validate.py [set.jsonl ...]
Without arguments it checks bbc.jsonl, bbc_fresh.jsonl, bbc_heldout.jsonl, the parts of the
fourth, fifth and sixth sets (bbc_fourth_a/b, bbc_fifth_a/b, bbc_sixth_a/b/c), and that no
article (or byte-identical copy of one) is in two of them: each later set is held out from
everything the earlier ones were used for.
The corpus is looked up at ../shared/corpora/bbc beside the project root (or $BBC_CORPUS).
"""

from __future__ import annotations

import collections
import hashlib
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


SETS = (
    "bbc.jsonl",
    "bbc_fresh.jsonl",
    "bbc_heldout.jsonl",
    "bbc_fourth_a.jsonl",
    "bbc_fourth_b.jsonl",
    "bbc_fifth_a.jsonl",
    "bbc_fifth_b.jsonl",
    "bbc_sixth_a.jsonl",
    "bbc_sixth_b.jsonl",
    "bbc_sixth_c.jsonl",
    "bbc_seventh_a.jsonl",
    "bbc_seventh_b.jsonl",
    "bbc_seventh_c.jsonl",
    "bbc_eighth_a.jsonl",
    "bbc_eighth_b.jsonl",
    "bbc_eighth_c.jsonl",
    "bbc_ninth_a.jsonl",
    "bbc_ninth_b.jsonl",
    "bbc_ninth_c.jsonl",
    "bbc_tenth_a.jsonl",
    "bbc_tenth_b.jsonl",
    "bbc_tenth_c.jsonl",
    "bbc_eleventh_a.jsonl",
    "bbc_eleventh_b.jsonl",
    "bbc_eleventh_c.jsonl",
    "bbc_twelfth_a.jsonl",
    "bbc_twelfth_b.jsonl",
    "bbc_twelfth_c.jsonl",
    "bbc_twelfth_seen.jsonl",
    "bbc_thirteenth_a.jsonl",
    "bbc_thirteenth_b.jsonl",
    "bbc_thirteenth_c.jsonl",
    "bbc_fourteenth_a.jsonl",
    "bbc_fourteenth_b.jsonl",
    "bbc_fourteenth_c.jsonl",
    "bbc_fourteenth_d.jsonl",
    "bbc_fifteenth_a.jsonl",
    "bbc_fifteenth_b.jsonl",
    "bbc_fifteenth_c.jsonl",
    "bbc_fifteenth_d.jsonl",
)


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
    sections: dict[str, list[int]] = {}
    for it in items:
        sec = str(it.get("file", "")).split("/")[0]
        sections.setdefault(sec, [0, 0])[0] += 1
    for name in files:
        sections.setdefault(str(name).split("/")[0], [0, 0])[1] += 1
    print(
        "sections: "
        + ", ".join(f"{k}={v[0]} items/{v[1]} articles" for k, v in sorted(sections.items()))
    )
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


def article_keys(path: Path) -> dict[str, str]:
    """Map each article of a set to the digest of its bytes (copies in the corpus share one)."""
    root = corpus_root()
    keys: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            name = json.loads(line).get("file", "")
            if name not in keys:
                try:
                    keys[name] = hashlib.sha256((root / name).read_bytes()).hexdigest()
                except OSError:
                    keys[name] = name
    return keys


def check_disjoint(paths: list[Path]) -> int:
    """No article, nor a byte-identical copy of it, may be in two sets."""
    seen: dict[str, tuple[str, str]] = {}
    errors = 0
    for path in paths:
        for name, digest in article_keys(path).items():
            for key in (name, digest):
                if key in seen and seen[key][0] != path.name:
                    other_set, other_name = seen[key]
                    print(f"ERROR {path.name}: {name} is also in {other_set} ({other_name})")
                    errors += 1
                    break
            seen.setdefault(name, (path.name, name))
            seen.setdefault(digest, (path.name, name))
    print("sets disjoint" if not errors else f"{errors} articles in two sets")
    return errors


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in SETS]
    status = 0
    for path in paths:
        print(f"== {path.name}")
        status |= check(path)
    if len(paths) > 1 and check_disjoint(paths):
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
