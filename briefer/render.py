"""Render a Brief as Markdown, HTML or JSON. Templates see the Brief and nothing else."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path, PurePath
from urllib.parse import urlsplit

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from .dating import shown_date
from .errors import TemplateError
from .logs import redact
from .models import Brief, Copy, Excerpt, Sentence, SourceEntry
from .resources import resource_dir

FORMATS = ("md", "html", "json")
_LINE_BREAKS = re.compile(r"[ \t]*[\r\n]+[ \t]*")
# '_' only where it could open or close emphasis: 001_f7f8.txt pastes as it is
_MD_SPECIAL = re.compile(r"([\\`*<]|\]\(|\]\[|&(?=#?\w+;)|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))")
_SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\\x00-\x1f\x7f]+", re.I)


def render(brief: Brief, fmt: str, template: Path | None = None) -> str:
    """The brief as text in `fmt`; `template` replaces the built-in Markdown/HTML template.
    Every brief leaves the program through here, so here the API key is redacted."""
    return redact(_render(brief, fmt, template))


def _render(brief: Brief, fmt: str, template: Path | None) -> str:
    if fmt == "json":
        return brief.model_dump_json(indent=2) + "\n"
    if fmt not in FORMATS:
        raise TemplateError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    env, name = _environment(fmt, template)
    try:
        text = env.get_template(name).render(**template_context(brief))
    except jinja2.TemplateError as exc:
        where = template or name
        raise TemplateError(f"{where}: {type(exc).__name__}: {exc}") from None
    return inline_css(text) if fmt == "html" else text


def check_template(template: Path | None, fmt: str) -> None:
    """Load and compile a user template before any work, so a missing file or a syntax error
    is found before the run, not after it."""
    if template is None:
        return
    if fmt == "json":
        raise TemplateError(
            f"--template {template}: templates are for md and html; json is always the Brief itself"
        )
    env, name = _environment(fmt, template)
    try:
        env.get_template(name)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{template}: line {exc.lineno}: {exc.message}") from None
    except (jinja2.TemplateError, OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{template}: cannot be read ({type(exc).__name__})") from None


def inline_css(html: str) -> str:
    """Move CSS into style attributes, as email clients need; @media and @page rules stay in
    the <style> block. Nothing is fetched.

    css-inline writes attribute values the HTML5 way, with '<' left as is; article text sits
    in citation titles, so the page is serialized again with lxml, which escapes it."""
    import css_inline
    import lxml.html

    inliner = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)
    document = lxml.html.document_fromstring(inliner.inline(html))
    return lxml.html.tostring(document, doctype="<!DOCTYPE html>", encoding="unicode") + "\n"


MARKS = {  # label -> (mark, what it means), in the order the legend lists them
    "corroborated": ("✓✓", "two or more outlets"),
    "single-source": ("✓", "one outlet"),
    "contested": ("⇄", "answered by another actor"),
}


def template_context(brief: Brief) -> dict[str, object]:
    """What a template may use: the Brief, plus helpers to reach excerpts by citation."""
    by_statement = {excerpt.statement_id: excerpt for excerpt in brief.excerpts}

    def excerpts_for(sentences: Iterable[Sentence]) -> list[Excerpt]:
        wanted = [sid for sentence in sentences for sid in sentence.statement_ids]
        return [by_statement[sid] for sid in dict.fromkeys(wanted) if sid in by_statement]

    def citations(sentence: Sentence) -> list[tuple[int, Excerpt]]:
        """(source number, excerpt) per statement the sentence stands on, one per number."""
        pairs: dict[int, Excerpt] = {}
        for number, sid in zip(sentence.citations, sentence.statement_ids, strict=True):
            pairs.setdefault(number, by_statement[sid])
        return list(pairs.items())

    def mark(sentence: Sentence) -> str:
        """The claim's compact corroboration mark, or nothing for unlabelled sentences."""
        return MARKS[sentence.corroboration][0] if sentence.corroboration else ""

    under = _excerpts_under(brief, by_statement)

    def unquoted(sentences: Iterable[Sentence]) -> list[Excerpt]:
        """Excerpts to show under these sentences: each quote once, where first cited, and
        never under a sentence that already quotes it."""
        return [ex for sentence in sentences for ex in under.get(id(sentence), [])]

    labels = {
        s.corroboration
        for s in [*brief.overview, *(s for p in brief.positions for s in p.sentences)]
    }
    legend = [(MARKS[label][0], MARKS[label][1]) for label in MARKS if label in labels]
    return {
        "brief": brief,
        "excerpts_for": excerpts_for,
        "citations": citations,
        "mark": mark,
        "marks": MARKS,
        "legend": legend,
        "unquoted": unquoted,
        "quoted_in_body": _quoted_in_body(brief, by_statement),
        "source_label": source_label,
        "source_date": lambda entry: shown_date(entry.date, brief.generated_at),
    }


def body_sentences(brief: Brief) -> list[Sentence]:
    """The brief's sentences in reading order: overview, the rest of each position, contention."""
    found = [*brief.overview, *(s for p in brief.positions for s in p.sentences)]
    return found + [s for pair in brief.contention for s in (pair.a, pair.b)]


def _shows_quote(sentence: Sentence, excerpt: Excerpt) -> bool:
    return excerpt.quote.rstrip().rstrip(",;:") in sentence.text


def quoted_in_body(brief: Brief) -> set[str]:
    """Ids of the statements whose quote a body sentence already shows in full."""
    return _quoted_in_body(brief, {excerpt.statement_id: excerpt for excerpt in brief.excerpts})


def _quoted_in_body(brief: Brief, by_statement: dict[str, Excerpt]) -> set[str]:
    return {
        sid
        for sentence in body_sentences(brief)
        for sid in sentence.statement_ids
        if sid in by_statement and _shows_quote(sentence, by_statement[sid])
    }


def _excerpts_under(brief: Brief, by_statement: dict[str, Excerpt]) -> dict[int, list[Excerpt]]:
    quoted = _quoted_in_body(brief, by_statement)
    placed: set[str] = set()
    under: dict[int, list[Excerpt]] = {}
    for sentence in body_sentences(brief):
        for sid in dict.fromkeys(sentence.statement_ids):
            if sid in by_statement and sid not in quoted and sid not in placed:
                placed.add(sid)
                under.setdefault(id(sentence), []).append(by_statement[sid])
    return under


def source_label(entry: SourceEntry | Copy) -> str:
    """How the sources list names a source or a copy of it: its outlet, else its URL's host,
    else its file name - never a local path, never 'unknown'."""
    if entry.outlet:
        return entry.outlet
    if entry.url:
        return urlsplit(entry.url).netloc or entry.url
    return PurePath(entry.path.replace("\\", "/")).name or entry.path


def md_escape(text: object) -> str:
    """Keep article text literal in Markdown with the fewest escapes, so it pastes cleanly."""
    flat = _LINE_BREAKS.sub(" ", str(text).strip())  # no-break spaces stay: quotes are verbatim
    return _MD_SPECIAL.sub(lambda m: "\\" + m.group(), flat)


def md_link(url: object) -> str:
    """An http(s) URL as a Markdown autolink; anything else (javascript:, a URL carrying
    '<' or a space to break out of the link) as escaped, inert text."""
    text = str(url).strip()
    if _SAFE_URL.fullmatch(text):
        return f"<{text}>"
    return md_escape(text)


def count_of(number: int, noun: str) -> str:
    """'1 source', '2 sources': the templates' plurals."""
    return f"{number} {noun if number == 1 else noun + 's'}"


def _environment(fmt: str, template: Path | None) -> tuple[jinja2.Environment, str]:
    if template is not None:
        template = Path(template)
        if not template.is_file():
            raise TemplateError(f"{template}: template file not found")
        loader = jinja2.FileSystemLoader(str(template.parent))
        env: jinja2.Environment = SandboxedEnvironment(  # user templates are not trusted code
            loader=loader,
            undefined=jinja2.StrictUndefined,
            autoescape=fmt == "html",
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        name = template.name
    else:
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(resource_dir("templates"))),
            undefined=jinja2.StrictUndefined,
            autoescape=fmt == "html",
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        name = f"brief.{fmt}.j2"
    env.filters["md"] = md_escape
    env.filters["md_link"] = md_link
    env.filters["n"] = count_of
    return env, name
