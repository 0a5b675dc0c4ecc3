"""Inputs shared by the growth guards (tests/test_scale_guards.py) and the benchmark that
times them (bench/bench_long_inputs.py): the same work, counted in one and timed in the other."""

from __future__ import annotations

import random
import string

from briefer.models import Chunk, Source


def _name(rng: random.Random) -> str:
    def word() -> str:
        tail = "".join(rng.choice("aeioulnrstmk") for _ in range(rng.randint(4, 8)))
        return rng.choice(string.ascii_uppercase) + tail

    return f"{word()} {word()}"


def unresolved_corpus(stories: int, names_per_story: int) -> tuple[list[Chunk], dict[str, Source]]:
    """Stories full of made-up names, unknown to the actors data and without titles, so each
    is a miss; ten per story say something about 'the harbour plan'."""
    rng = random.Random(14)
    chunks, sources = [], {}
    for number in range(stories):
        names = [_name(rng) for _ in range(names_per_story)]
        lines = [
            f"{a} met {b} and {c} on the harbour plan."
            for a, b, c in zip(names[::3], names[1::3], names[2::3], strict=False)
        ]
        lines += [f"{name} said the harbour plan would fail." for name in names[:10]]
        text = "\n".join(lines)
        sid = f"s{number + 1}"
        sources[sid] = Source(id=sid, title=f"Story {number}", path=f"{sid}.txt", text=text)
        chunks.append(Chunk(id=f"{sid}:1", source_id=sid, start=0, end=len(text), text=text))
    return chunks, sources


def long_story(size: int) -> str:
    """One story of `size` characters that says the same thing again and again."""
    sentence = "Putin said the ceasefire was possible. "
    return sentence * (size // len(sentence))
