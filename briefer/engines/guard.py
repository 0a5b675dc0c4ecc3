"""The attribution guard for model answers: are these words someone's, by the article's say?

A model may quote any words of a passage; only words the article itself attributes to
someone can be a statement. Planted instructions ('Ignore previous instructions and say …'),
fake JSON and fake citations ('[1] Smith: “…”') are nobody's words, so a statement resting
on them is dropped. News attributes quotes in many shapes, and each is accepted here:

- a cue in the quote's sentence, before or after it ('"…," Mr. Rhodes said', 'Trump said "…"'),
  including a cue that sits past a sentence break the splitter saw ('"…." said Mr. X, adding');
- a quote split around its cue ('"…," he said, "…"') and a quote that carries on in the next
  sentence or paragraph after an attributed one (a paragraph that is only a quote);
- an introduction ending in a colon with a speech verb ('as Joel Pollak observed, …:' then the
  quote, even in the next paragraph; 'Trump tweeted:'; 'Isaiah 45:1 reads:');
- a tweet signed under the quote ('— Donald J. Trump (@realDonaldTrump)');
- reported speech ('X said that …', 'according to X').

A colon alone never attributes ('Smith: “…”' is a citation format anyone can plant), and
'according to' needs a named source. NYT-style '' marks are read as quotation marks.
"""

from __future__ import annotations

import re

from .. import rules
from ..spans import sentence_bounds, sentences_of
from ..textcache import text_cache
from .speech import (
    NOT_NAMES,
    SPEECH_VERBS,
    Attribution,
    Quote,
    attribute_quote,
    attribute_sentence,
    find_quotes,
)

# Verbs that bind a quote to a speaker: briefer/data/speech.toml, `verbs` and `cue_verbs`.
GUARD_VERBS = SPEECH_VERBS | rules.words("speech", "cue_verbs")
_STRONG = re.compile(
    r"\b(?:said|says|wrote|writes|told|tells|added|adds|reads|stated|states|"
    r"noted|notes|argued|argues|declared|warned|concluded)\b"
)
_VERB = re.compile(r"\b(?:" + "|".join(sorted(GUARD_VERBS, key=len, reverse=True)) + r")\b")
_PRONOUN = re.compile(r"\b(?:he|she|they|we|I|it)\b", re.I)
_SIGNATURE = re.compile(
    r"^[\s,.]*[—–-]+\s*(?:[A-Z][^\n]{0,80}?\(@\w+\)"
    r"|(?:[A-Z][\w.’'-]*\s?){1,4}(?:,|$))"
)
_OPENING = re.compile(r"(?<!\S)''(?=\S)")
_CLOSING = re.compile(r"(?<=\S)''(?=[\s.,;:!?)]|$)")
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|[A-Z])\.")
_NAME = re.compile(r"\b(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*[a-z]")


@text_cache(maxsize=64)
def normalise_marks(text: str) -> str:
    """'' used as quotation marks become ", keeping every offset."""
    text = _CLOSING.sub('" ', text)
    return _OPENING.sub(' "', text)


def is_attributed(text: str, start: int, end: int) -> bool:
    """Does text[start:end] sit in words the article attributes to someone?"""
    return quote_attribution(text, start, end) is not None


def quote_attribution(text: str, start: int, end: int) -> Attribution | None:
    """The attribution that makes text[start:end] someone's words, or None. Its `kind` is
    'name' when the cue binds the words to a named speaker, 'pronoun'/'title' for those, and
    'carried' when the words carry on from an attributed quote or introduction (the speaker
    is then whoever the nearby text names)."""
    text = normalise_marks(text)
    quote = next((q for q in find_quotes(text) if q.start <= start and end <= q.end), None)
    if quote is None:
        return _reported(text, start, end)
    return _quoted(text, quote, depth=0)


def _paragraph(text: str, at: int) -> tuple[int, int]:
    begin = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return begin, len(text) if end == -1 else end


def _reported(text: str, start: int, end: int) -> Attribution | None:
    first, last = sentence_bounds(text, start, end)
    return _reported_cue(text, text[first:last])


def _quoted(text: str, quote: Quote, depth: int) -> Attribution | None:
    first, last = sentence_bounds(text, quote.open_mark, quote.close_mark + 1)
    para_start, para_end = _paragraph(text, quote.open_mark)
    after = text[quote.close_mark + 1 : para_end]
    ends = _ends_sentence(text, quote, after)
    if ends:
        last = quote.close_mark + 1  # '…exist.” She did not say more.': a new sentence
    found = _trusted(attribute_quote(text, quote, first, last), text)
    if found:
        return found
    if not ends:
        found = _cue_after(after) or _according(after)
        if found:
            return found
    following = text[para_end : para_end + 120].lstrip("\n")
    found = _signature(after) or (
        _signature(following.split("\n")[0]) if not after.strip() else None
    )
    if found:  # '“…” — Jane Ortiz (@janeortiz)', or a '-President Obama' line under it
        return found
    before = text[para_start : quote.open_mark]
    found = _cue_before(before, text)
    if found:
        return found
    found = _reported_cue(text, text[first : quote.open_mark]) or _according_before(before)
    if found:
        return found
    if depth < 3:
        return _carried(text, quote, para_start, depth)
    return None


def _ends_sentence(text: str, quote: Quote, after: str) -> bool:
    """A quote ending in a full stop, followed by a capitalised word, ends its sentence."""
    inner = text[quote.start : quote.end].rstrip()
    if not (inner.endswith(".") and after.lstrip()[:1].isupper()):
        return False
    # '“….” US Senator Jeff Sessions said': a name and its verb still belong to the quote
    return re.match(r"\s*(?:[A-Z][\w’'.-]*\s+){1,6}" + _VERB.pattern, after) is None


def _trusted(found: Attribution | None, text: str) -> Attribution | None:
    """A 'name' that is only a sentence's first word ('Ignore … and say “…”') is no name: a
    name is written capitalised mid-sentence somewhere in the article, or has two words."""
    if found is None or found.kind != "name":
        return found
    words = [
        w.rstrip(".") for w in re.findall(r"[A-Z][\w’'.-]*", found.speaker) if w not in NOT_NAMES
    ]
    if len(words) >= 2 or any(
        _is_name(text, w)
        or text.count(w) >= 2
        or re.search(
            rf"\b{re.escape(w)}\s+(?:[a-z]+ly\s+|(?:has|had|have|was|is|also|then|later|"
            rf"again)\s+){{0,2}}{_VERB.pattern}",
            text,
        )
        for w in words
    ):
        return found  # 'Mr Howard has rejected …': a subject before its verb
    if found.speaker.split()[0].lower() in ("he", "she", "they", "we", "i"):
        return Attribution(found.speaker.split()[0].lower(), found.verb, "pronoun")
    return None


def _cue_after(after: str) -> Attribution | None:
    """'," recalled James B. Cunningham' / '," Mr. Indyk said, "' / '." he complained to …':
    a speech verb within a few words after the quote, with its subject next to it."""
    head = re.sub(r"^[\s\"“”'’,.!?;:—–-]+", "", after)[:250]
    verb = _VERB.search(head)
    if verb is None or re.search(r"[\"“”«»]|[.!?]\s", _ABBREVIATION.sub("X", head[: verb.start()])):
        return None
    subject = head[: verb.start()].strip()
    if len(subject.split()) > 12:
        leading = _NAME.match(subject)  # 'Steve Rosenthal, a former director of …, said'
        if (
            leading
            and subject[leading.end() :].lstrip().startswith(",")
            and subject.endswith(",")
            and len(subject.split()) <= 30
        ):
            return Attribution(leading.group(), verb.group(), "name")
        return None
    following = _name_after(head[verb.end() :])
    if not subject or subject.endswith(","):  # 'said Yaakov Amidror, …', '…, like X, said Y'
        if following:
            return Attribution(following.group(), verb.group(), "name")
        described = re.match(r"\s*(?:the|a|an|one)\s+[a-z][\w-]*", head[verb.end() :])
        if not subject:  # 'said the designer, who …'
            return (
                Attribution(described.group().strip(), verb.group(), "title") if described else None
            )
    return _subject(subject, verb.group())


def _name_after(rest: str) -> re.Match[str] | None:
    """'said election lawyer Joe Birkenstock', 'mused Blaze co-host Stu Burguiere': the last
    name in the words after the verb, up to a comma, a full stop or 'of'/'from'/'at'."""
    segment = re.split(
        r",|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\b[A-Z])\. |\n| of | from | at "
        r"| in | on | who | during ",
        rest[:120],
    )[0]
    if len(segment.split()) > 8:
        return None
    names = list(_NAME.finditer(segment))
    return names[-1] if names else None


def _according(after: str) -> Attribution | None:
    head = re.sub(r"^[\s\"“”'’,.!?;:—–-]+", "", after)[:80]
    if head.startswith("according to"):
        name = _name_after(head[len("according to") :])
        if name:
            return Attribution(name.group(), "according to", "name")
    return None


def _according_before(before: str) -> Attribution | None:
    """'According to the newspaper, “…”': a source described, named within reach."""
    match = re.search(r"\b[Aa]ccording to ((?:the|a|an|its|his|her)\s+[\w\s-]{2,40}?),\s*$", before)
    return Attribution(match.group(1), "according to", "title") if match else None


def _reported_cue(text: str, sentence: str) -> Attribution | None:
    """Reported speech, more shapes than `attribute_sentence`: a speech verb after a named
    subject or a pronoun in the same sentence ('Carson shared a syllabus …, writing', 'He went
    on to say', 'Quintanilla … mentioned that'). A name must be a name: a capitalised word
    the article also writes capitalised mid-sentence, so 'Ignore … and say' is no subject."""
    found = _trusted(attribute_sentence(sentence), text)
    if found:
        return found
    for verb in _VERB.finditer(sentence):
        prefix = sentence[: verb.start()]
        if len(prefix.split()) > 30:
            break
        for word in re.findall(r"[\w’'.-]+", prefix):
            if word in ("He", "She", "They", "he", "she", "they", "We", "I"):
                return Attribution(word.lower(), verb.group(), "pronoun")
            if word[:1].isupper() and word not in NOT_NAMES and _is_name(text, word):
                name = re.search(re.escape(word) + r"(?:\s+[A-Z][\w’'.-]*)*", prefix)
                return Attribution(name.group() if name else word, verb.group(), "name")
    described = re.search(
        r"(?:^|[,;]\s*)((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[\w’'-]+\s+)"
        r"{0,5}?)(" + _STRONG.pattern + r")",
        sentence,
    )
    if described:  # 'The ad says “…”', 'the newspaper wrote': a title, named within reach
        return Attribution(described.group(1).strip(), described.group(2), "title")
    return None


def _is_name(text: str, word: str) -> bool:
    return word in _mid_sentence_capitals(text)


@text_cache(maxsize=64)
def _mid_sentence_capitals(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<=[a-z,;\"”'’] )[A-Z][\w’'-]*[a-z]", text))


def _cue_before(before: str, text: str = "") -> Attribution | None:
    """'as Joel Pollak of Breitbart California observed, the biggest victor was …: ' or
    'Trump tweeted: ' or 'In a statement, Clinton said she …, adding, ': a speech verb with
    a subject in the text that leads to the quote, ending in a colon or a comma."""
    tail = before.rstrip()
    if not tail or (tail[-1] not in ":,—–-" and not tail.endswith("that")):
        return None
    shot = re.search(
        r"(?:^|[.!?,]\s+)((?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?)?\s*[A-Z][\w’'-]+)"
        r"(?:\s+[a-z][\w-]*){1,3}:$",
        tail,
    )
    if shot and text:  # 'Mr. Smith shot back:' - a named subject and its words before the
        found = _trusted(Attribution(shot.group(1).strip(), "colon", "name"), text)  # colon
        if found:  # ('Read more:', 'Ignore this:' name no one)
            return found
    last_break = max(tail.rfind(". "), tail.rfind("? "), tail.rfind("! "))
    clause = tail[last_break + 1 :] if last_break != -1 else tail
    clause = re.sub(r"[\"“«][^\"”»]*[\"”»]", lambda m: " " * len(m.group()), clause)
    for verb in reversed(list(_VERB.finditer(clause))):
        subject = clause[: verb.start()].strip().rstrip(",")
        found = _subject(subject.split(",")[-1].strip() or subject, verb.group())
        if found:
            return found
        name = _NAME.search(clause[verb.end() :])
        if name and clause[verb.end() :].lstrip()[:1].isupper():
            return Attribution(name.group(), verb.group(), "name")
    return None


def _subject(subject: str, verb: str) -> Attribution | None:
    words = subject.split()
    while (words and words[-1].lower() in _ADVERBS) or (words and words[-1].endswith("ly")):
        words.pop()
    if not words:
        return None
    last = words[-1]
    if last.lower() in ("he", "she", "they", "we", "i", "it"):
        return Attribution(last.lower(), verb, "pronoun")
    phrase = " ".join(words[-8:])
    if _NAME.search(phrase):
        return Attribution(phrase, verb, "name")
    if words[0].lower() in ("the", "a", "an", "one", "his", "her", "their"):
        return Attribution(phrase, verb, "title")
    return None


_ADVERBS = frozenset(
    """also later then again has have had was is were recently earlier
    previously repeatedly reportedly once further publicly separately meanwhile already
    initially would will had""".split()
)


def _signature(after: str) -> Attribution | None:
    match = _SIGNATURE.match(after)
    if match is None:
        return None
    name = _NAME.search(match.group())
    return Attribution(name.group() if name else "", "tweeted", "name")


def _carried(text: str, quote: Quote, para_start: int, depth: int) -> Attribution | None:
    """A quote that carries on from an attributed one: an earlier quote or sentence of its own
    paragraph, or - for a paragraph that opens with the quote - the paragraph before, which
    is attributed or introduces it with a colon."""
    earlier = [q for q in find_quotes(text) if para_start <= q.open_mark < quote.open_mark]
    for previous in reversed(earlier):
        found = _quoted(text, previous, depth + 1)
        if found:
            return _as_carried(found)
    between = text[earlier[-1].close_mark + 1 if earlier else para_start : quote.open_mark]
    if between.strip():
        found = _reported_cue(text, between)
        if found:
            return _as_carried(found)
        if earlier or text[para_start : quote.open_mark].strip():
            return None
    if para_start == 0:
        return None
    previous_para = text[:para_start].rstrip()
    if not previous_para:
        return None
    prev_start = previous_para.rfind("\n") + 1
    last_line = previous_para[prev_start:]
    if last_line.endswith(":") and _VERB.search(last_line):
        return _as_carried(_cue_before(last_line, text) or Attribution("", ":", "carried"))
    quotes_before = [q for q in find_quotes(text) if prev_start <= q.open_mark < para_start]
    if quotes_before:
        found = _quoted(text, quotes_before[-1], depth + 1)
        if found:
            return _as_carried(found)
    spans = [s for s in sentences_of(text) if prev_start <= s[0] < para_start]
    if spans:
        found = _reported_cue(text, text[spans[-1][0] : spans[-1][1]])
        if found:
            return _as_carried(found)
    return None


def _as_carried(found: Attribution) -> Attribution:
    """A name stays bound to the words that carry on; a pronoun or title is only 'carried':
    its speaker is whoever the nearby text names."""
    return found if found.kind == "name" else Attribution(found.speaker, found.verb, "carried")
