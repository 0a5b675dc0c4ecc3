"""A generated corpus of bad and odd inputs, mixed with the seed articles.

`build(root)` writes it and returns {path relative to root: expectation}: "bad" inputs must
each get one line naming them; "odd" ones are strange but readable (spaces and unicode in
names, BOMs, CRLF, other encodings) and may be used or skipped, but never crash a run.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

SUFFIXES = (".txt", ".md", ".html", ".json", ".jsonl")
STORY = (
    "Ceasefire talks resume\n\nThe ceasefire talks resumed on Monday in Geneva, officials "
    "said. 'We hope for progress,' said Foreign Minister Jane Doe. The talks continue "
    "tomorrow with both delegations present and a mediator from Switzerland.\n"
)


def build(root: Path, seeds: Path) -> dict[str, str]:
    rng = random.Random(20261123)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes | str, kind: str) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expected[name] = kind

    for seed in sorted(seeds.iterdir()):
        shutil.copy(seed, root / seed.name)
    for suffix in SUFFIXES:  # 5 kinds x 12 contents = 60 bad files
        put(f"empty{suffix}", b"", "bad")
        put(f"whitespace{suffix}", " \n\t\r\n   \n", "bad")
        put(f"random-bytes{suffix}", rng.randbytes(4096), "bad")
        put(f"nul-bytes{suffix}", b"\x00" * 2048, "bad")
        put(f"png{suffix}", b"\x89PNG\r\n\x1a\n" + rng.randbytes(1024), "bad")
        put(f"gzip{suffix}", b"\x1f\x8b\x08\x00" + rng.randbytes(512), "bad")
        put(f"one-word{suffix}", "ceasefire", "bad")
        put(f"only-punctuation{suffix}", "!!! ??? ... --- ***\n" * 20, "bad")
        put(f"elf{suffix}", b"\x7fELF\x02\x01\x01" + bytes(200), "bad")
        put(f"pdf{suffix}", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rng.randbytes(800), "bad")
        put(f"utf16-no-bom{suffix}", "x".encode("utf-16-le") * 3, "bad")
        put(f"zero-width{suffix}", "\u200b\u200c\u200d\ufeff" * 100, "bad")
    for depth, name in ((5_000, "nested-divs"), (50_000, "very-nested-divs")):
        put(f"{name}.html", "<div>" * depth + "ceasefire" + "</div>" * depth, "bad")
    put("only-scripts.html", "<html><script>alert(1)</script><script>x()</script></html>", "bad")
    put("only-styles.html", "<html><head><style>p{color:red}</style></head><body></body>", "bad")
    put("comment-only.html", "<!-- " + "ceasefire " * 200 + "-->", "bad")
    put(
        "broken-lines.jsonl",
        "\n".join(
            [
                "{not json",
                "[1, 2",
                '"a string"',
                "42",
                "null",
                '{"text": 5}',
                '{"title": "no text"}',
            ]
        ),
        "bad",
    )
    put("deep.json", "[" * 100_000 + "]" * 100_000, "bad")
    put("number.json", "12345", "bad")
    put("truncated.json", json.dumps({"title": "T", "text": STORY})[:40], "bad")
    put("wrong-types.json", json.dumps({"articles": [{"text": ["a", "b"]}, {"text": None}]}), "bad")
    put("list-of-numbers.json", json.dumps(list(range(1000))), "bad")
    put("big.txt", b"ceasefire words " * 3_300_000, "bad")  # 52.8 MB, over the 20 MB limit
    put(
        "one-long-line.txt", "The ceasefire held overnight, residents said. " * 4_400, "odd"
    )  # 200 KB on one line
    put("one-long-word.txt", "x" * 200_000, "bad")
    put("headline-only.txt", "Ceasefire talks resume", "bad")
    put("unsupported.pdf", b"%PDF-1.4 ceasefire", "bad")
    put("unsupported.docx", b"PK\x03\x04 ceasefire", "bad")
    put("noext", STORY, "bad")
    put("mixed-encodings.txt", STORY.encode() + "Genève café".encode("cp1252") + b"\n", "odd")
    put("latin1.txt", STORY.replace("Geneva", "Genève").encode("latin-1"), "odd")
    put("utf16-bom.txt", STORY.encode("utf-16"), "odd")
    put("utf8-bom.md", b"\xef\xbb\xbf" + STORY.encode(), "odd")
    put("crlf.txt", STORY.replace("\n", "\r\n"), "odd")
    put("cr-only.txt", STORY.replace("\n", "\r"), "odd")
    put("names with spaces.txt", STORY, "odd")
    put("ünïcödé — 停战 🕊.md", STORY, "odd")
    put("nested/deeper/still/story.txt", STORY, "odd")
    put(
        "good-and-broken.jsonl",
        json.dumps({"title": "Ceasefire talks resume", "text": STORY}) + "\n{broken\n",
        "bad",
    )
    put(("long-name-" + "x" * 230)[:240] + ".txt", STORY, "odd")
    put("rtl.txt", "محادثات وقف إطلاق النار\n\n" + STORY, "odd")
    put("html-in-txt.txt", f"<html><body><p>{STORY}</p></body></html>", "odd")
    put("script-injection.html", f"<p>{STORY}</p><script>document.write('x')</script>", "odd")
    put("utf32-bom.txt", STORY.encode("utf-32"), "odd")
    put("invalid-utf8.txt", STORY.encode() + b"\xff\xfe\xc3\x28 broken bytes\n", "odd")
    put("control-chars.txt", "\x01\x02\x03\x04\x05\x06\x07\x08" * 200, "bad")
    put("html-entities-only.html", "&nbsp;&amp;&lt;&gt;" * 500, "bad")
    (root / "folder.txt").mkdir()  # a folder named like a file: an empty folder
    expected["folder.txt"] = "odd"
    (root / "empty-folder").mkdir()
    expected["empty-folder"] = "odd"
    os.symlink("loop-b.txt", root / "loop-a.txt")
    os.symlink("loop-a.txt", root / "loop-b.txt")
    expected["loop-a.txt"] = expected["loop-b.txt"] = "bad"
    os.symlink("does-not-exist.txt", root / "dangling.txt")
    expected["dangling.txt"] = "bad"
    os.symlink(".", root / "nested" / "self-loop")  # a folder that contains itself
    os.mkfifo(root / "named-pipe.txt")  # reading it would block forever
    expected["named-pipe.txt"] = "bad"
    locked = root / "unreadable.txt"
    locked.write_text(STORY)
    locked.chmod(0)
    expected["unreadable.txt"] = "bad" if os.geteuid() != 0 else "odd"  # root reads anything
    return expected
