"""Syndicated copies are one source: the same wire story run by several outlets, with its own
headline, trimmed or its paragraphs reordered, is one report, listed with every outlet.

Stories are compared as sets of five-word shingles: most of the shorter story's shingles
must be in the longer one (containment, which unlike Jaccard similarity does not punish a
copy for being trimmed). An inverted index from shingle to stories yields every pair that
shares any shingle, so a thousand articles are not compared pairwise, and the measure is
exact where MinHash (datasketch) would only estimate it; all 2,225 BBC stories take a few
seconds. Two reports of one event by two newsrooms share quotes, not runs of their own
sentences, so they stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from .models import Copy, Source

if TYPE_CHECKING:  # numpy itself is imported lazily, where it is used
    import numpy as np
    from numpy.typing import NDArray

SHINGLE_WORDS = 5
MAX_POSTING = 50
MIN_CONTAINMENT = 0.6  # share of the shorter story's shingles found in the longer one
MIN_SIZE_RATIO = 0.15  # reprints are often cut to the first paragraphs; a 100-word
# passage quoted inside a 2,000-word feature is not a copy of it
MIN_SHINGLES = 20  # shorter texts say too little to be called copies

_WORD = re.compile(r"\w+", re.U)


@dataclass
class Collapsed:
    sources: list[Source]  # one per story, each listing its copies
    copies: int  # sources folded into another


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    """The text's runs of `size` words, hashed (a quarter of the memory of the strings)."""
    words = _WORD.findall(text.lower())
    # hashing the word tuples (zip, map and set all run in C) is three times faster than
    # joining each run into a string first, and tells runs apart just as well
    return set(map(hash, zip(*(words[i:] for i in range(size)), strict=False)))


def containment(a: set[int], b: set[int]) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small) if small else 0.0


def is_copy(a: set[int], b: set[int]) -> bool:
    """Most of the shorter story is word for word in the longer, and it is not a mere
    fragment of it."""
    small, large = sorted((len(a), len(b)))
    if small < MIN_SHINGLES or small / large < MIN_SIZE_RATIO:
        return False
    return containment(a, b) >= MIN_CONTAINMENT


def copy_groups(texts: Sequence[str]) -> list[list[int]]:
    """Indices of texts that are copies of each other, in groups of two or more."""
    import numpy as np

    # sorted arrays, not sets: 8 bytes a shingle instead of ~60 (22,250 stories fit in memory)
    sets = [np.sort(np.fromiter(shingles(text), dtype=np.int64)) for text in texts]
    shared = _shared_counts(sets)
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (a, b), count in shared.items():
        if (
            count >= MIN_CONTAINMENT * min(len(sets[a]), len(sets[b])) / 2
            and (root(a) != root(b))
            and _arrays_copy(sets[a], sets[b])
        ):  # else: joined already
            parent[root(b)] = root(a)
    groups: dict[int, list[int]] = {}
    for index in range(len(texts)):
        groups.setdefault(root(index), []).append(index)
    return [members for members in groups.values() if len(members) > 1]


def _arrays_copy(a: NDArray[np.int64], b: NDArray[np.int64]) -> bool:
    """`is_copy` on sorted arrays of unique shingles."""
    import numpy as np

    small, large = sorted((len(a), len(b)))
    if small < MIN_SHINGLES or small / large < MIN_SIZE_RATIO:
        return False
    return np.intersect1d(a, b, assume_unique=True).size / small >= MIN_CONTAINMENT


def _shared_counts(sets: Sequence[NDArray[np.int64]]) -> dict[tuple[int, int], int]:
    """For each pair of stories, how many shingles they share among those in two or more
    stories (but not in so many that they are boilerplate). One sort of every shingle's hash
    finds the postings; the pairs are counted in numpy, postings of one size at a time, so
    ten copies of every story (45 pairs for each of their shingles) stay seconds, not
    minutes, and never hold a Python object per shingle."""
    import numpy as np

    owners = [index for index, shingle_set in enumerate(sets) if len(shingle_set) >= MIN_SHINGLES]
    if not owners:
        return {}
    keys = np.concatenate([sets[i] for i in owners])
    docs = np.repeat(np.array(owners, dtype=np.int64), [len(sets[i]) for i in owners])
    order = np.argsort(keys, kind="stable")  # stable: a posting lists its stories in order
    keys, docs = keys[order], docs[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.r_[starts[1:], len(keys)] - starts
    total = len(sets)
    found_pairs, found_counts = [], []
    for size in np.unique(sizes[(sizes > 1) & (sizes <= MAX_POSTING)]):  # a phrase in hundreds
        block = docs[starts[sizes == size][:, None] + np.arange(size)]  # of stories: boilerplate
        codes = np.concatenate(
            [block[:, i] * total + block[:, j] for i, j in combinations(range(int(size)), 2)]
        )
        pairs, counts = np.unique(codes, return_counts=True)
        found_pairs.append(pairs)
        found_counts.append(counts)
    if not found_pairs:
        return {}
    codes = np.concatenate(found_pairs)
    order = np.argsort(codes, kind="stable")
    codes, counts = codes[order], np.concatenate(found_counts)[order]
    firsts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    return {
        divmod(code, total): count
        for code, count in zip(
            codes[firsts].tolist(), np.add.reduceat(counts, firsts).tolist(), strict=True
        )
    }


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
    """The folded source as its group lists it: every field a Copy shares with a Source."""
    return Copy.model_validate(source, from_attributes=True)


def outlets_of(source: Source) -> list[str]:
    """Every outlet that ran the story, first the one shown, without repeats."""
    names = [source.outlet or "unknown", *(copy.outlet or "unknown" for copy in source.copies)]
    return list(dict.fromkeys(names))
