"""Feeds as inputs, served by a local site: pages fetched politely and cached, summaries as a
fallback, --since, syndicated copies merged, and a re-run that only asks 'changed since?'."""

from __future__ import annotations

import json
from itertools import pairwise

import pytest
from site_server import article_html, rss

from briefer.cli import app
from briefer.ingest import IngestOptions, ingest
from briefer.ingest.feeds import parse_feed, sniff

SUMMARY = (
    "The foreign secretary said the court was wrong and that the government would keep "
    "the suspects in prison while the law is reviewed, a decision critics called a "
    "blow to civil liberties that Parliament must now answer."
)


def article(bbc_dir, name: str) -> tuple[str, str]:
    title, _, body = (bbc_dir / name).read_text(encoding="utf-8").partition("\n")
    return title.strip(), body.strip()


def edited_copy(body: str) -> str:
    """What a second outlet runs of a wire story: first two paragraphs swapped, the last one
    cut, a word changed."""
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    paragraphs[0], paragraphs[1] = paragraphs[1], paragraphs[0]
    return "\n\n".join(paragraphs[:-1]).replace("government", "Government", 1)


def options(tmp_path, **extra) -> IngestOptions:
    return IngestOptions(page_cache=tmp_path / "pages", fetch_timeout=1.0, **extra)


def test_rss_atom_and_json_feed_are_recognised_and_parsed():
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        b'<entry><title>T</title><link href="http://h/1"/><updated>2026-11-21T10:00:00Z'
        b"</updated><summary>s</summary></entry></feed>"
    )
    assert sniff(atom) == "feed"
    title, [entry] = parse_feed(atom, None)
    assert (title, entry.link, entry.published.isoformat()) == ("A", "http://h/1", "2026-11-21")
    doc = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "J",
            "items": [
                {
                    "id": "1",
                    "url": "/a",
                    "title": "T",
                    "content_text": "x",
                    "date_published": "2026-11-22T23:30:00+00:00",
                }
            ],
        }
    ).encode()
    assert sniff(doc) == "jsonfeed"
    title, [entry] = parse_feed(doc, "http://h/feed.json")
    assert (title, entry.link, entry.published.isoformat()) == ("J", "http://h/a", "2026-11-22")
    assert sniff(b"<opml version='2.0'><body/></opml>") == "opml"
    assert sniff(b"<!doctype html><html><body>hi</body></html>") is None
    with pytest.raises(ValueError, match="not a readable feed"):
        parse_feed(b"<html>not a feed", None)


def test_entry_pages_are_fetched_politely_and_fall_back_to_the_summary(site, bbc, tmp_path):
    title, body = article(bbc, "politics/040.txt")
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.add("/good", article_html(title, body))
    site.add("/slow", article_html(title, body), delay=3)
    site.add("/loop", status=302, location="/loop")
    site.add("/huge", article_html(title, body + "\n\n" + "word " * 400_000))
    site.add("/private/page", article_html(title, body))
    items = [
        {"title": f"Story {name}", "link": site.base + f"/{name}", "description": SUMMARY}
        for name in ("good", "slow", "loop", "huge", "private/page", "missing")
    ]
    site.add("/feed.rss", rss("Daily Planet", items), content_type="application/rss+xml")
    corpus = ingest([site.base + "/feed.rss"], options(tmp_path, max_bytes=1_000_000))
    by_link = {source.url.removeprefix(site.base): source for source in corpus.sources}
    assert set(by_link) == {"/good", "/slow", "/loop", "/huge", "/private/page", "/missing"}
    assert "Jack Straw has attacked" in by_link["/good"].text  # the page, cleaned
    for fallback in ("/slow", "/loop", "/huge", "/private/page", "/missing"):
        assert by_link[fallback].text == SUMMARY, fallback
    assert all(s.outlet == "Daily Planet" for s in corpus.sources)
    assert "/private/page" not in site.paths()  # robots.txt said no
    assert site.paths().count("/robots.txt") == 1
    assert all("briefer" in r.headers["user-agent"] for r in site.requests)
    [note] = [n for n in corpus.notes if n.startswith("feeds:")]
    assert "1 read" in note and "5 from the feed's summary" in note
    assert corpus.skipped == []


def test_pages_are_fetched_at_most_two_at_a_time_per_host(site, bbc, tmp_path):
    title, body = article(bbc, "politics/040.txt")
    items = []
    for n in range(6):
        site.add(f"/p{n}", article_html(title, body), delay=0.3)
        items.append({"title": f"Story {n}", "link": site.base + f"/p{n}"})
    site.add("/feed.rss", rss("Daily Planet", items))
    corpus = ingest([site.base + "/feed.rss"], options(tmp_path))
    assert len(corpus.sources) == 6
    assert site.most_in_flight == 2  # in parallel, but never more than the per-host limit


def test_a_feed_that_fails_costs_one_line_and_the_others_go_on(site, bbc, tmp_path):
    title, body = article(bbc, "politics/040.txt")
    site.add("/story", article_html(title, body))
    site.add("/good.rss", rss("Daily Planet", [{"title": title, "link": site.base + "/story"}]))
    site.add("/junk.rss", "<html><body>Our feed has moved</body></html>")
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        f'<opml version="2.0"><body><outline xmlUrl="{site.base}/junk.rss"/>'
        f'<outline xmlUrl="{site.base}/gone.rss"/>'
        f'<outline xmlUrl="{site.base}/good.rss"/></body></opml>'
    )
    corpus = ingest([str(opml)], options(tmp_path))
    assert [s.title for s in corpus.sources] == [title]
    assert [s.path for s in corpus.skipped] == [site.base + "/junk.rss", site.base + "/gone.rss"]
    assert "not a readable feed" in corpus.skipped[0].reason
    assert "404" in corpus.skipped[1].reason


def test_entries_older_than_since_are_not_fetched(site, bbc, tmp_path):
    from datetime import date

    title, body = article(bbc, "politics/040.txt")
    site.add("/new", article_html(title, body))
    site.add("/old", article_html(title, body))
    site.add(
        "/feed.rss",
        rss(
            "Daily Planet",
            [
                {
                    "title": "New",
                    "link": site.base + "/new",
                    "pubDate": "Sat, 22 Nov 2026 09:00:00 GMT",
                },
                {
                    "title": "Old",
                    "link": site.base + "/old",
                    "pubDate": "Sat, 01 Nov 2026 09:00:00 GMT",
                },
            ],
        ),
    )
    corpus = ingest([site.base + "/feed.rss"], options(tmp_path, since=date(2026, 11, 20)))
    assert [(s.title, s.published) for s in corpus.sources] == [("New", date(2026, 11, 22))]
    assert corpus.too_old == 1 and "/old" not in site.paths()


def test_morning_run_from_an_opml_of_three_feeds(site, bbc, tmp_path, runner, monkeypatch):
    """The issue's 'done when': one feed broken, one runs a copy of another's story, one has
    entries older than --since; a second run makes only conditional requests."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    wire_title, wire_body = article(bbc, "politics/040.txt")
    other_title, other_body = article(bbc, "politics/070.txt")
    old_title, old_body = article(bbc, "politics/100.txt")
    site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    site.add("/planet/detainees", article_html(wire_title, wire_body))
    site.add("/planet/arrests", article_html(other_title, other_body))
    site.add("/planet/old", article_html(old_title, old_body))
    site.add(
        "/star/lords-ruling",
        article_html("Straw attacks law lords' ruling", edited_copy(wire_body)),
    )
    day = "Sat, 22 Nov 2026 09:00:00 GMT"
    site.add(
        "/planet.rss",
        rss(
            "Daily Planet",
            [
                {"title": wire_title, "link": site.base + "/planet/detainees", "pubDate": day},
                {
                    "title": other_title,
                    "link": site.base + "/planet/arrests",
                    "pubDate": "Fri, 21 Nov 2026 09:00:00 GMT",
                },
                {
                    "title": old_title,
                    "link": site.base + "/planet/old",
                    "pubDate": "Sat, 01 Nov 2026 09:00:00 GMT",
                },
            ],
        ),
    )
    site.add(
        "/star.rss",
        rss(
            "Evening Star",
            [
                {
                    "title": "Straw attacks law lords' ruling",
                    "link": site.base + "/star/lords-ruling",
                    "pubDate": day,
                }
            ],
        ),
    )
    site.add("/broken.rss", "<rss><channel><item><title>cut off")
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>morning</title>'
        "</head><body>"
        + "".join(
            f'<outline text="{n}" type="rss" xmlUrl="{site.base}/{n}.rss"/>'
            for n in ("planet", "broken", "star")
        )
        + "</body></opml>"
    )
    args = [
        "make",
        "--topic",
        "detainees",
        str(opml),
        "--since",
        "2026-11-20",
        "--as-of",
        "2026-11-26",
        "--format",
        "json",
        "--out",
        str(tmp_path / "today.json"),
    ]

    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    broken_lines = [line for line in first.stderr.splitlines() if "broken.rss" in line]
    assert len(broken_lines) == 1 and "not a readable feed" in broken_lines[0]
    brief = json.loads((tmp_path / "today.json").read_text())
    [merged] = [s for s in brief["sources"] if s["copies"]]
    assert {merged["outlet"], *(c["outlet"] for c in merged["copies"])} == {
        "Daily Planet",
        "Evening Star",
    }
    assert merged["published"] == "2026-11-22"
    assert brief["stats"]["syndicated_copies"] == 1
    assert brief["stats"]["sources_read"] == 2  # the wire story once, and the other story
    assert brief["stats"]["sources_too_old"] == 1 and "/planet/old" not in site.paths()
    assert any("before 2026-11-20 were left out (1)" in n for n in brief["notices"])
    assert all(
        s["corroboration"] != "corroborated" for p in brief["positions"] for s in p["sentences"]
    )  # a reprint is not a second report
    markdown = runner.invoke(app, ["render", str(tmp_path / "today.json")]).stdout
    assert "Same story also run by: Evening Star" in markdown or (
        "Same story also run by: Daily Planet" in markdown
    )

    site.requests.clear()
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert site.requests, "the feeds must be asked again"
    assert all(r.conditional for r in site.requests), [
        r.path for r in site.requests if not r.conditional
    ]
    assert "/robots.txt" not in site.paths()  # read at most once a day
    assert json.loads((tmp_path / "today.json").read_text())["sources"] == brief["sources"]
    checked = runner.invoke(app, ["check", str(tmp_path / "today.json")])
    assert checked.exit_code == 0, checked.stdout  # against the pages as they were read


def test_a_json_feed_file_and_an_atom_url_are_inputs(site, bbc, tmp_path):
    title, body = article(bbc, "politics/040.txt")
    site.add("/story", article_html(title, body))
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Json Planet",
        "items": [
            {
                "id": "1",
                "url": site.base + "/story",
                "title": title,
                "date_published": "2026-11-21T10:00:00Z",
            },
            {"id": "2", "title": "Only a summary", "content_html": f"<p>{SUMMARY}</p>"},
        ],
    }
    (tmp_path / "feed.json").write_text(json.dumps(feed))
    corpus = ingest([str(tmp_path / "feed.json")], options(tmp_path))
    assert [(s.title, s.outlet) for s in corpus.sources] == [
        (title, "Json Planet"),
        ("Only a summary", "Json Planet"),
    ]
    assert corpus.sources[1].text == SUMMARY
    atom = (
        f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Star'
        f'</title><entry><title>{title}</title><link href="{site.base}/story"/>'
        "<updated>2026-11-22T10:00:00Z</updated></entry></feed>"
    )
    site.add("/atom", atom, content_type="application/atom+xml")
    [source] = ingest([site.base + "/atom"], options(tmp_path)).sources
    assert (source.outlet, source.published.isoformat()) == ("Atom Star", "2026-11-22")


def test_a_crawl_delay_in_robots_txt_spaces_requests_to_that_host(site, bbc, tmp_path):
    title, body = article(bbc, "politics/040.txt")
    site.add("/robots.txt", "User-agent: *\nCrawl-delay: 0.4\n", content_type="text/plain")
    items = []
    for n in range(3):
        site.add(f"/p{n}", article_html(title, body))
        items.append({"title": f"Story {n}", "link": site.base + f"/p{n}"})
    site.add("/feed.rss", rss("Daily Planet", items))
    assert len(ingest([site.base + "/feed.rss"], options(tmp_path)).sources) == 3
    starts = sorted(r.at for r in site.requests if r.path.startswith("/p"))
    assert all(b - a >= 0.35 for a, b in pairwise(starts)), starts


def test_a_feed_whose_pages_all_fail_costs_one_line(site, tmp_path):
    items = [{"title": f"Story {n}", "link": f"{site.base}/gone/{n}"} for n in range(6)]
    site.add("/feed.rss", rss("Daily Planet", items))
    corpus = ingest([site.base + "/feed.rss"], options(tmp_path))
    [line] = corpus.skipped
    assert line.path == site.base + "/feed.rss"
    assert line.reason.startswith("6 entries not used (first: ") and "HTTP 404" in line.reason


def test_an_opml_list_from_the_web_cannot_name_local_files(site, tmp_path):
    secret = tmp_path / "private.rss"
    secret.write_text(rss("Private", [{"title": "x", "description": SUMMARY}]))
    site.add(
        "/list.opml",
        f'<opml version="2.0"><body><outline xmlUrl="{secret}"/>'
        '<outline xmlUrl="file:///etc/passwd"/></body></opml>',
        content_type="text/x-opml",
    )
    corpus = ingest([site.base + "/list.opml"], options(tmp_path))
    assert corpus.sources == []
    assert corpus.skipped[0].reason == "1 entry that is not an http(s) URL left out"
    # a path in a list from the web is a path on that web site, never a local file
    assert corpus.skipped[1].path == site.base + str(secret)
    assert "/etc/passwd" not in str(corpus.skipped[1:])
    local = tmp_path / "list.opml"  # the same list on disk may name files beside it
    local.write_text(f'<opml version="2.0"><body><outline xmlUrl="{secret.name}"/></body></opml>')
    assert [s.text for s in ingest([str(local)], options(tmp_path)).sources] == [SUMMARY]


def test_opml_lists_that_name_each_other_are_read_once(site, tmp_path):
    site.add(
        "/a.opml",
        f'<opml version="2.0"><body><outline xmlUrl="{site.base}/b.opml"/>'
        f'<outline xmlUrl="{site.base}/a.opml"/></body></opml>',
    )
    site.add(
        "/b.opml", f'<opml version="2.0"><body><outline xmlUrl="{site.base}/a.opml"/></body></opml>'
    )
    corpus = ingest([site.base + "/a.opml"], options(tmp_path))
    assert corpus.sources == [] and sorted(site.paths()) == ["/a.opml", "/b.opml"]
