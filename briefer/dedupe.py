"""Syndicated copies are one source: the same wire story run by several outlets, with its own
headline, trimmed or its paragraphs reordered, is one report, listed with every outlet.

Candidates come from MinHash LSH Ensemble over five-word shingles (datasketch), which finds
stories that contain much of another whatever their lengths, so a thousand
articles are not compared pairwise; each candidate pair is then confirmed on the exact
shingle sets: most of the shorter story's shingles must be in the longer one. Two reports
of one event by two newsrooms share quotes, not runs of their own sentences, so they stay
apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Copy, Source

SHINGLE_WORDS = 5
NUM_PERM = 128
LSH_THRESHOLD = 0.4  # containment, generous: candidates only, confirmed exactly below
MIN_CONTAINMENT = 0.6  # share of the shorter story's shingles found in the longer one
MIN_SIZE_RATIO = 0.15  # reprints are often cut to the first paragraphs; a 100-word
# passage quoted inside a 2,000-word feature is not a copy of it
MIN_SHINGLES = 20  # shorter texts say too little to be called copies

_WORD = re.compile(r"\w+", re.U)


@dataclass
class Collapsed:
    sources: list[Source]  # one per story, each listing its copies
    copies: int  # sources folded into another


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def containment(a: set[str], b: set[str]) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small) if small else 0.0


def is_copy(a: set[str], b: set[str]) -> bool:
    """Most of the shorter story is word for word in the longer, and it is not a mere
    fragment of it."""
    small, large = sorted((len(a), len(b)))
    if small < MIN_SHINGLES or small / large < MIN_SIZE_RATIO:
        return False
    return containment(a, b) >= MIN_CONTAINMENT


def copy_groups(texts: Sequence[str]) -> list[list[int]]:
    """Indices of texts that are copies of each other, in groups of two or more."""
    from datasketch import MinHash, MinHashLSHEnsemble

    sets = [shingles(text) for text in texts]
    hashes: dict[int, MinHash] = {}
    for index, shingle_set in enumerate(sets):
        if len(shingle_set) >= MIN_SHINGLES:
            minhash = MinHash(num_perm=NUM_PERM, seed=1)
            minhash.update_batch([s.encode("utf-8", "surrogatepass") for s in shingle_set])
            hashes[index] = minhash
    lsh = MinHashLSHEnsemble(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, num_part=8)
    if hashes:
        lsh.index([(index, minhash, len(sets[index])) for index, minhash in hashes.items()])
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for index, minhash in hashes.items():
        for other in lsh.query(minhash, len(sets[index])):
            if other != index and is_copy(sets[index], sets[other]):
                parent[root(other)] = root(index)
    groups: dict[int, list[int]] = {}
    for index in range(len(texts)):
        groups.setdefault(root(index), []).append(index)
    return [members for members in groups.values() if len(members) > 1]


def collapse_copies(sources: Sequence[Source]) -> Collapsed:
    """One source per story: the fullest text stands for its group (it has every quote a
    shorter copy has) and lists the others as copies; order otherwise unchanged."""
    groups = copy_groups([source.text for source in sources])
    folded: dict[int, list[int]] = {}
    for members in groups:
        keeper = max(members, key=lambda i: (sources[i].words, -i))
        folded[keeper] = [i for i in members if i != keeper]
    dropped = {i for members in folded.values() for i in members}
    kept = []
    for index, source in enumerate(sources):
        if index in dropped:
            continue
        if index in folded:
            copies = [*source.copies, *(_as_copy(sources[i]) for i in folded[index])]
            source = source.model_copy(update={"copies": copies})
        kept.append(source)
    return Collapsed(kept, len(dropped))


def _as_copy(source: Source) -> Copy:
    return Copy(id=source.id, outlet=source.outlet, title=source.title, url=source.url,
                path=source.path, published=source.published)


def outlets_of(source: Source) -> list[str]:
    """Every outlet that ran the story, first the one shown, without repeats."""
    names = [source.outlet or "unknown", *(copy.outlet or "unknown" for copy in source.copies)]
    return list(dict.fromkeys(names))
