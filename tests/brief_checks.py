"""The product's first promise, checked on rendered output: every sentence of the body cites a
source, every quoted span appears verbatim in a source it cites, (as `briefer check` finds)
every sentence is supported by the evidence it cites, and no quote is shown twice."""

from __future__ import annotations

import re
from collections.abc import Mapping

from lxml import html as lxml_html

from briefer.check import check_brief as recheck
from briefer.models import Brief, Source
from briefer.render import render

_QUOTED = re.compile(r"“(.+?)”(?=[\s.,;:\[)]|$)")
_CITATION = re.compile(r"\[(\d+)\]")
_MD_UNESCAPE = re.compile(r"\\([\\`*_<\[\]()#>])")


def check_brief(brief: Brief, sources: Mapping[str, Source]) -> None:
    """Raise AssertionError naming the first broken promise in the model, Markdown or HTML."""
    by_number = {entry.number: sources[entry.id] for entry in brief.sources}
    _check_model(brief, sources)
    markdown, page = render(brief, "md"), render(brief, "html")
    _check_markdown(markdown, by_number)
    _check_html(page, by_number)
    _check_each_quote_once(markdown, page)


def _check_model(brief: Brief, sources: Mapping[str, Source]) -> None:
    sentences = [*brief.overview, *(s for p in brief.positions for s in p.sentences)]
    sentences += [s for c in brief.contention for s in (c.a, c.b)]
    for sentence in sentences:
        assert sentence.citations, f"uncited sentence: {sentence.text!r}"
        assert len(sentence.citations) == len(sentence.statement_ids)
    for position in brief.positions:
        for statement in position.statements:
            for evidence in statement.evidence:
                text = sources[evidence.source_id].text
                assert text[evidence.start : evidence.end] == evidence.quote, evidence
    for excerpt in brief.excerpts:
        source = sources[brief.sources[excerpt.source_number - 1].id]
        assert excerpt.context in source.text, f"excerpt not in its source: {excerpt.context!r}"
        assert excerpt.quote in excerpt.context
    report = recheck(brief, sources.values())
    assert report.ok, report.problems


def _check_markdown(markdown: str, by_number: Mapping[int, Source]) -> None:
    body = markdown.split("\n## Sources", 1)[0]
    for paragraph in re.split(r"\n\s*\n", body):
        lines = [line for line in paragraph.splitlines() if line.strip()]
        if not lines or (lines[0].startswith(("#", "*", "---")) and len(lines) == 1):
            continue
        cited = {int(n) for n in _CITATION.findall(paragraph)}
        _assert_quotes_verbatim(_MD_UNESCAPE.sub(r"\1", paragraph), cited, by_number)
        for line in lines:
            line = line.lstrip()  # an excerpt block may be indented under its list item
            if line.startswith((">", "#")) or (line.startswith("*") and not line.startswith("**")):
                continue
            _assert_every_sentence_cited(line)


def _check_html(page: str, by_number: Mapping[int, Source]) -> None:
    root = lxml_html.fromstring(page)
    assert not root.xpath("//script"), "the brief must not contain a script"
    anchors = {element.get("id") for element in root.xpath("//*[@id]")}
    excerpt_source: dict[str, int] = {}
    for item in root.xpath("//ol[@class='sources']/li"):
        number = int(item.get("id").removeprefix("source-"))
        for quote in item.xpath(".//*[contains(@class, 'excerpt')]"):
            excerpt_source[quote.get("id")] = number
            _assert_quotes_verbatim(quote.text_content(), {number}, by_number)
    for paragraph in root.xpath("//p[not(@class='meta') and not(@class='foot')] | //li[not(@id)]"):
        links = paragraph.xpath(".//a[@class='cite']")
        cited = set()
        for link in links:
            target = link.get("href").removeprefix("#")
            assert target in anchors, f"citation {link.text} points to missing #{target}"
            cited.add(excerpt_source[target])
            _assert_quotes_verbatim(link.get("title"), {excerpt_source[target]}, by_number)
        if paragraph.text_content().startswith("No attributed statements"):
            continue
        assert links, f"paragraph without citations: {paragraph.text_content()[:80]!r}"
        _assert_quotes_verbatim(paragraph.text_content(), cited, by_number)


def _check_each_quote_once(markdown: str, page: str) -> None:
    """A reader meets each quote once: in Markdown (the sources list carries no quotes) and
    in the visible text of the HTML (a citation's hover title may repeat its excerpt)."""
    body = markdown.split("\n## Sources", 1)[0]
    _assert_no_repeats(_QUOTED.findall(_MD_UNESCAPE.sub(r"\1", body)), "Markdown")
    root = lxml_html.fromstring(page)
    for source in root.xpath("//ol[@class='sources']/li"):
        source.text = ""  # the source's title is a title, not a quote
    visible = root.xpath("//td[@class='content']")[0].text_content()
    _assert_no_repeats(_QUOTED.findall(visible), "HTML")


def _assert_no_repeats(quotes: list[str], where: str) -> None:
    seen: set[str] = set()
    for quote in quotes:
        flat = " ".join(quote.split())
        assert flat not in seen, f"{where} shows this quote twice: {flat[:80]!r}"
        seen.add(flat)


def _assert_quotes_verbatim(text: str, cited: set[int], by_number: Mapping[int, Source]) -> None:
    for quoted in _QUOTED.findall(text):
        assert cited, f"a quote with no citation beside it: {quoted!r}"
        assert any(quoted in by_number[n].text for n in cited), (
            f"quoted span is not verbatim in sources {sorted(cited)}: {quoted!r}"
        )


def _assert_every_sentence_cited(line: str) -> None:
    """Quotes removed, each run of text up to a citation must end in one: no bare sentence."""
    prose = _QUOTED.sub("Q", line).removeprefix("- ").removeprefix("**Overview:**")
    prose = re.sub("[✓⇄]", "", prose)  # corroboration marks follow citations
    pieces = re.split(r"(?<=\])(?=[\s;.↔])", prose)
    for piece in pieces:
        words = piece.strip(" ;.↔")
        if words and not _CITATION.search(words):
            raise AssertionError(f"a sentence without a citation: {words!r} in {line!r}")
