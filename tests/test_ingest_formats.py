"""Every supported input kind becomes Sources with the metadata it carries."""

from __future__ import annotations

import io
import json

import httpx

from briefer.ingest import IngestOptions, ingest

BODY = (
    "Foreign Minister Jane Doe said on Monday that the truce would hold. "
    "'We are ready to talk,' she added. The talks resume next week in Geneva."
)


def test_plain_text_with_headline(tmp_path):
    (tmp_path / "a.txt").write_text(f"Truce holds in the north\n\n{BODY}\n")
    [source] = ingest([str(tmp_path / "a.txt")]).sources
    assert source.title == "Truce holds in the north"
    assert source.text == BODY


def test_markdown_heading_is_the_title(tmp_path):
    (tmp_path / "a.md").write_text(f"# Truce holds\n\n{BODY}\n")
    [source] = ingest([str(tmp_path / "a.md")]).sources
    assert (source.title, source.text) == ("Truce holds", BODY)


def test_html_main_text_and_metadata(tmp_path):
    html = f"""<!doctype html><html><head><title>Truce holds | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="og:url" content="https://example.org/truce">
    <meta name="date" content="2025-08-21"></head>
    <body><nav>Home | World | Sport | Subscribe now</nav>
    <article><h1>Truce holds</h1><p>{BODY}</p><p>{BODY}</p></article>
    <footer>Copyright Example News. All rights reserved.</footer><script>alert(1)</script>
    </body></html>"""
    (tmp_path / "a.html").write_text(html)
    [source] = ingest([str(tmp_path / "a.html")]).sources
    assert "Truce holds" in source.title
    assert source.outlet == "Example News"
    assert source.published.isoformat() == "2025-08-21"
    assert BODY in source.text
    assert "Subscribe" not in source.text and "alert" not in source.text


def test_json_and_jsonl_records(tmp_path):
    record = {"title": "T1", "text": BODY, "url": "https://www.rt.com/x", "published": "2025-08-20"}
    (tmp_path / "a.json").write_text(json.dumps([record, {**record, "title": "T2"}]))
    (tmp_path / "b.jsonl").write_text(
        json.dumps({**record, "title": "T3", "outlet": "NDTV"})
        + "\n{broken\n"
        + json.dumps({"title": "no text"})
        + "\n"
    )
    corpus = ingest([str(tmp_path)])
    assert [s.title for s in corpus.sources] == ["T1", "T2", "T3"]
    assert corpus.sources[0].outlet == "Russia Today"  # from the URL's domain
    assert corpus.sources[2].outlet == "NDTV"
    assert corpus.sources[0].published.isoformat() == "2025-08-20"
    reasons = {(s.path.split("/")[-1], s.reason.split(":")[0]) for s in corpus.skipped}
    assert reasons == {("b.jsonl", "line 2"), ("b.jsonl", "line 3")}


def test_stdin_dash():
    corpus = ingest(["-"], IngestOptions(stdin=io.BytesIO(f"Headline\n\n{BODY}".encode())))
    [source] = corpus.sources
    assert (source.path, source.title) == ("<stdin>", "Headline")


def test_folders_are_recursive_sorted_and_deterministic(tmp_path):
    for name in ("b/z.txt", "a.txt", "b/c/y.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"{name}\n\n{BODY}")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    first = ingest([str(tmp_path)])
    assert [s.title for s in first.sources] == ["a.txt", "b/c/y.md", "b/z.txt"]
    assert [s.id for s in first.sources] == ["s1", "s2", "s3"]
    assert first.sources == ingest([str(tmp_path)]).sources
    assert [s.reason for s in first.skipped] == ["unsupported file type '.png'"]


def test_url_is_fetched_and_extracted(site):
    page = f"<html><head><title>Truce holds</title></head><body><article><p>{BODY}</p>"
    page += f"<p>{BODY}</p></article></body></html>"
    corpus = ingest(
        [site.add("/story", page), site.base + "/gone"],  # nothing at /gone: a 404
        IngestOptions(http_client=httpx.Client(timeout=5)),
    )
    [source] = corpus.sources
    assert source.url.endswith("/story")
    assert BODY in source.text
    [skipped] = corpus.skipped
    assert skipped.path.endswith("/gone") and "404" in skipped.reason


def test_url_that_cannot_connect_is_one_line():
    dead = "http://127.0.0.1:9/nothing"  # the discard port: nothing listens there
    corpus = ingest([dead], IngestOptions(http_client=httpx.Client(timeout=2)))
    [skipped] = corpus.skipped
    assert skipped.path == dead and "\n" not in skipped.reason
