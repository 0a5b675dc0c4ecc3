"""Attributed speech in news prose: quoted spans in any quote style, and who said them.

Pure text functions with no knowledge of actors or the pipeline, so they can be tested on
sentences alone. Speakers come back as raw phrases ('French President Jacques
Chirac', 'he', 'the French leader'); resolving them is the engine's job.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import rules
from ..spans import sentence_bounds, sentences_of
from ..textcache import text_cache

# Word lists live in briefer/data/speech.toml and names.toml (overridable: see rules.py).
SPEECH_VERBS = rules.words("speech", "verbs")
_PARTICIPLES = frozenset(v for v in SPEECH_VERBS if v.endswith("ing"))

# Lower-case words that may sit inside a speaker's title: 'Foreign Ministry spokesman X'.
ROLE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson minister ministry adviser advisor president
    chancellor envoy leader official officials diplomat secretary aide aides governor mayor chief
    head deputy foreign defence defense policy affairs special prime home interior national
    official
    security state general colonel commander ambassador representative negotiator director
    analyst expert professor senator congressman lawmaker mp mps sources source spokespeople
    members executive chairman chairwoman director manager editor correspondent founder boss
    commissioner officer treasurer economist co-ordinator coordinator partner
    shadow party justice finance economy trade culture health education leader's""".split()
)
_PRONOUNS = frozenset({"he", "she", "they", "it"})
# Role words that only qualify a title ('foreign minister', 'economy secretary'): a phrase
# ending in one ('the US economy', 'the home') names nobody.
_MODIFIERS = frozenset(
    """foreign defence defense policy affairs special prime home interior national security
    state general shadow party justice finance economy trade culture health
    education""".split()
)
# Campaign and party titles between a side and a name ('Democratic strategist Hank Mills',
# 'Republican political consultant Jo Ruiz'): the phrase runs on to the name, so the side
# alone ('Democratic') is never read as the speaker.
_CAMPAIGN_TITLES = frozenset(
    "strategist strategists pollster consultant operative candidate nominee political "
    "presidential".split()
)
# People who speak for someone else: 'a spokesman for X', "X's aide".
PROXY_WORDS = frozenset("spokesman spokeswoman spokesperson aide adviser advisor".split())
# Verbs of thinking: 'Mr X believes that ...' reports a view, but an inverted 'believes Mr X'
# inside the reporter's sentence is the reporter's paraphrase, not the person's words.
_THOUGHT_VERBS = rules.words("speech", "thought_verbs")
_PREPOSITIONS = frozenset("of at from for with".split())
# Words after which a name is an object, not the subject of the verb that follows it.
_NOT_BEFORE_SUBJECT = frozenset(
    """at of on in to by with from about against into over under onto upon between among
    the an these those such other""".split()
)
_PASSIVE = frozenset("was were been being is are be".split())
_SUBORDINATORS = rules.words("speech", "subordinators")
_PARTICIPLES_PAST = rules.words("speech", "passive_verbs")
_FINAL_CUE = re.compile(
    r",\s+(said|says|added|adds|explained|insisted|warned|argued|noted)\s+"
    r"([^,.;:]{3,60})\.?$"
)
_JOINERS = frozenset("of for and in at on who which that whose".split())
_PARTITIVES = frozenset("one two three four some several many each all both none most".split())
# Verbs after which a name closing the clause is their subject: '..., said Mr Hirsch.'
# ('denied Mr Yeo, his spokesman, said ...' has an object there instead).
_INVERTIBLE = rules.words("speech", "inverted_verbs")
_SKIPPABLE = frozenset(
    """later also then again has have had was is were recently earlier previously repeatedly
    reportedly once further publicly separately meanwhile subsequently already has
    initially will would only now still first""".split()
)
# Capitalised words that are not names: sentence openers, days, months, and a verb of speech
# opening a headline's sentence ('Says Clinton would stack the court').
NOT_NAMES = (
    rules.words("names", "openers")
    | rules.words("names", "calendar")
    | rules.words("names", "headline_verbs")
)

_HONORIFIC_WORDS = rules.words("names", "honorifics")
_DEFINITE_ROLE = re.compile(
    r"^(?:the|The)\s+(?:(?P<demonym>[A-Z][\w.-]+)\s+)?(?:\w+\s+)?(?P<role>"
    r"leader|president|diplomat|official|minister|envoy|spokesman|spokeswoman|"
    r"prime minister|foreign minister|chancellor|adviser|aide|senator|governor|congressman|"
    r"congresswoman|mayor|secretary|candidate|nominee|chairman|chairwoman|director|"
    r"executive|manager|premier|mp|MP|MEP|MSP|chief)$"
)
_LEADING_WORDS = frozenset({"the", "a", "an", "one", "three", "two", "several", "some"})
# Nouns that name an organisation by its kind ('the company', 'the committee'): 'the
# company said' refers back to a body the story named, as 'the minister' does to a person.
BODY_NOUNS = rules.words("speech", "body_nouns")
# People who speak as a definite body when named alone ('Ministers insist', 'Police think').
BODY_GROUPS = rules.words("speech", "body_groups")
# Capitalised words of organisations' names ('the National Audit Office', 'Bank of England').
ORGANISATION_WORDS = frozenset(
    """Party Government Office Department Ministry Council Committee Union Commission Campaign
    Group Association Street House Executive Assembly Parliament Cabinet Treasury Watch Trust
    Research Services Institute Foundation Bank Society Agency Organisation Organization
    Federation Confederation Alliance Network Forum Centre Center Company Corporation News
    Times Post Court Police Service Board Authority University College School Exchange
    Airlines Airways Consortium Academy""".split()
)
# Words that may open the clause before 'the <body noun>': 'However, the company said'.
_BODY_OPENERS = frozenset("however but and yet so meanwhile later earlier also then".split())


_TIME_OPENERS = frozenset("Last Earlier Later On In This Next".split())


def _opens_clause(before: list[str]) -> bool:
    """Do these tokens leave what follows them the subject of its clause? Nothing, a comma,
    'However'/'But', or a time phrase opening the sentence ('Last month', 'On Tuesday')."""
    lowered = [w.lower() for w in before]
    k = len(lowered)
    while k and lowered[k - 1] in _BODY_OPENERS:
        k -= 1  # '..., but the Scot admitted': a clause opening after a comma
    if k == 0 or before[k - 1] == ",":
        return True
    return (
        len(before) <= 3
        and before[0] in _TIME_OPENERS
        and all(w.islower() or w in NOT_NAMES for w in before[1:])
        and not any(w in SPEECH_VERBS for w in lowered)
    )


def _body_title(tokens: list[str], from_start: bool) -> str | None:
    """'the company', 'the Paris-based economics think tank': a body named by its kind, the
    whole of the tokens (from_start) or their end, opening its clause. Lower-case words only
    between 'the' and the noun, so 'the Treasury' or 'the BBC's report' are not this."""
    words = list(tokens)
    if not words:
        return None
    end = len(words)
    two = " ".join(words[-2:]).lower() if len(words) >= 2 else ""
    if two in BODY_NOUNS:
        end = len(words) - 2
    elif words[-1].islower() and (
        words[-1] in BODY_NOUNS or words[-1] in PLURAL_BODY_NOUNS
    ):  # 'the firms said': the firms the story listed ('Technology firms Sony, ... and X')
        end = len(words) - 1
    else:
        return None
    start = end
    while (
        start > 0
        and end - start < 3
        and re.fullmatch(r"[a-z][a-z-]*|[A-Z][a-z]+-[a-z]+|\d[\d,.]*-[a-z]+", words[start - 1])
    ):  # 'economics', 'Paris-based', '36-page'
        if words[start - 1] in ("the", "a", "an") or words[start - 1] in SPEECH_VERBS:
            break
        start -= 1
    return _definite_phrase(words, start, from_start)


def _definite_phrase(words: list[str], start: int, from_start: bool) -> str | None:
    """words[start - 1:] when 'the' stands there and opens its clause ('However, the company',
    'But the Scot'; the whole of the words when from_start), else None."""
    if start == 0 or words[start - 1] not in ("the", "The"):
        return None
    start -= 1
    if from_start and start:
        return None
    if not _opens_clause(words[:start]):
        return None
    return " ".join(words[start:])


# Plurals of the business nouns: 'the firms said' refers back to the firms a story listed.
PLURAL_BODY_NOUNS = frozenset(
    "firms companies groups banks airlines carmakers retailers insurers lenders".split()
)
PERSON_NOUNS = rules.words("speech", "person_nouns")
_EX = re.compile(r"ex-[A-Z][\w-]+|\d+-year-old")  # 'the ex-Wallaby', 'the 66-year-old'


def _person_title(tokens: list[str], from_start: bool) -> str | None:
    """'the 74-year-old comedian', 'the Arsenal boss', 'the former cabinet secretary', 'the
    Two Ronnies star': a person described by what they are, opening the clause (the whole of
    the tokens when from_start). Like 'the minister', it refers back to someone named."""
    words = list(tokens)
    if len(words) < 2:
        return None
    head = words[-1]
    if (
        not (head.lower() in PERSON_NOUNS and head.islower())
        and not (head in PERSON_NOUNS or _EX.fullmatch(head))
        and not _described_by_modifier(words)
    ):
        return None
    start = len(words) - 1
    while (
        start > 0
        and len(words) - 1 - start < 4
        and words[start - 1] not in ("the", "The")
        and re.fullmatch(r"[A-Za-z0-9][\w’'-]*", words[start - 1])
        and words[start - 1] not in NOT_NAMES
        and words[start - 1].lower() not in SPEECH_VERBS | _NOT_BEFORE_SUBJECT | _PASSIVE
        and not words[start - 1].endswith(("'s", "’s"))
    ):  # modifiers: 'Two Ronnies', '74-year-old', 'former cabinet'
        start -= 1
    return _definite_phrase(words, start, from_start)


def _described_by_modifier(words: list[str]) -> bool:
    """'the Galway man', 'the 25-year-old Dubliner': 'man' or 'woman' after a word that
    describes them, or a capitalised word after an age (a demonym no list holds, or a
    surname), is a person described, who is named elsewhere."""
    if len(words) < 3 or words[-2] in ("the", "The"):
        return False
    head, before = words[-1], words[-2]
    if head in ("man", "woman"):
        return True
    return (
        head[:1].isupper() and head.isalpha() and re.fullmatch(r"\d+-year-old", before) is not None
    )


def is_person_title(phrase: str) -> bool:
    """'the 74-year-old comedian', 'the Arsenal boss': see `_person_title`."""
    return _person_title(phrase.split(), from_start=True) is not None


def _possessed_body(tokens: list[str]) -> str | None:
    """ "Australia's competition watchdog", "Mr Yushchenko's administration": a body named by
    whose it is, opening its clause. (A person so named, "Scotland's first minister", is
    someone the sentence does not name.)"""
    words = list(tokens)
    if not words or words[-1].lower() not in BODY_NOUNS | {"administration", "watchdog"}:
        return None
    if not words[-1].islower():
        return None
    i = len(words) - 2
    while i >= 0 and len(words) - 2 - i < 3 and re.fullmatch(r"[a-z][a-z-]*", words[i]):
        i -= 1
    if i < 0 or not words[i].endswith(("'s", "’s")) or not words[i][:1].isupper():
        return None
    j = i
    while j > 0 and (words[j - 1][:1].isupper() and words[j - 1] not in NOT_NAMES):
        j -= 1  # 'Mr Yushchenko's', 'South Africa's'
    if not _opens_clause(words[:j]):
        return None
    return " ".join(words[j:])


def is_body_title(phrase: str) -> bool:
    """'the company', 'The economics think tank': see `_body_title`."""
    return _body_title(phrase.split(), from_start=True) is not None


_TOKEN = re.compile(r"[\w’'.\-]+(?:&[\w’'.\-]+)*|[,;:()\[\]]")  # 'M&S', 'AT&T' are one word
_OPEN_ONLY = "“‘«"
_CLOSE_ONLY = "”»"
_AMBIGUOUS = "\"'’"
_PAIRS = {"“": '”"', "‘": "’'", "«": "»", '"': '"”', "'": "'’", "’": "’"}
MIN_QUOTE_WORDS = 3
_MARKS = re.compile("[" + re.escape(_OPEN_ONLY + _CLOSE_ONLY + _AMBIGUOUS) + "]")


@dataclass(frozen=True)
class Quote:
    """A quoted span: `start`/`end` bound the words inside the marks."""

    start: int
    end: int
    open_mark: int
    close_mark: int


@dataclass(frozen=True)
class Attribution:
    """Who a quote or sentence is attributed to, and by which verb."""

    speaker: str
    verb: str
    kind: str  # "name", "pronoun", "title" ('the French leader'), "proxy" or "joint" ('A and B')
    role: str = ""  # for a proxy: 'spokesman' in 'a spokesman for Michael Howard'


@text_cache(maxsize=512)
def find_quotes(text: str) -> tuple[Quote, ...]:
    """Outermost quoted spans; apostrophes ("That's", "Blair's") are not quote marks.
    Cached: the LLM engine asks once per statement about the same passage."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int, int]] = []  # (open mark, end of the words, close mark)
    for mark in _MARKS.finditer(text):  # only the marks: the scan itself runs in C
        index, char = mark.start(), mark.group()
        role = _mark_role(text, index)
        if role == "close":
            for depth in range(len(stack) - 1, -1, -1):
                opener, position = stack[depth]
                if char in _PAIRS[opener]:
                    pairs.append((position, index, index))
                    del stack[depth:]
                    break
        elif role == "open":
            if stack and stack[-1][0] == char and _ends_sentence(text, index):
                # '"First sentence. "Second sentence."': a quote running over several
                # sentences (or paragraphs) reopens each one; the earlier one ends at its
                # full stop, which stands in for the missing closing mark.
                end = index
                while end > 0 and text[end - 1].isspace():
                    end -= 1
                pairs.append((stack.pop()[1], end, end - 1))
            stack.append((char, index))
    pairs += _running_to_the_end(text, stack)
    pairs.sort()
    outer: list[tuple[int, int, int]] = []
    for open_mark, end, close_mark in pairs:
        if outer and open_mark < outer[-1][2]:
            continue  # nested inside the previous quote
        outer.append((open_mark, end, close_mark))
    return tuple(Quote(o + 1, e, o, c) for o, e, c in outer if e > o + 1)


def _running_to_the_end(text: str, stack: list[tuple[str, int]]) -> list[tuple[int, int, int]]:
    """'But he said: "Terrorists have long memories. They understand ... electorate.' ending a
    passage: news copy leaves a quote open at a paragraph's end when it carries on in the next
    paragraph, so a quote still open in the last paragraph, whose words end a sentence, ends
    there (the next passage, if any, reopens it)."""
    end = len(text.rstrip())
    if not stack or text[end - 1 : end] not in (".", "!", "?", "…"):
        return []
    for _, position in stack:
        if "\n" not in text[position:end] and end > position + 1:
            later = sentences_of(text[position:end])[1:]
            if any(_reports(text[position + a : position + b]) for a, b in later):
                return []  # '"Each one has ... people. All companies said ...': a closing
                # mark was lost and the reporter's own sentence goes on
            return [(position, end, end - 1)]
    return []


def _reports(sentence: str) -> bool:
    """Does a sentence report someone's speech in the third person ('All companies said')?"""
    for verb in _verbs(sentence):
        before = sentence[: verb.start()]
        if not re.search(r"\b(?:I|we|We|you|You)\b", before):
            return True
    return False


def _ends_sentence(text: str, index: int) -> bool:
    before = text[max(0, index - 4) : index].rstrip().rstrip("'’")  # "…about it?' "Next"
    return bool(before) and before[-1] in ".!?…" and index > 0 and text[index - 1].isspace()


def quote_words(text: str, quote: Quote) -> int:
    return len(text[quote.start : quote.end].split())


# '“… who knows?” Trump told ITV': a quote ending its sentence with '?' or '!', then a name
# and its verb opening the next sentence of the same paragraph (the splitter breaks there),
# is that name's.
_NEXT_CUE = re.compile(
    r"(?<=[?!][”\"’'])[ \t]+((?:(?:Mr|Mrs|Ms|Dr)\.?\s)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})"
    r"\s+(said|says|told|tells|added|asked|wrote|writes)\b"
)


# 'our correspondent', 'our political editor': the outlet's own journalist, whom the story
# names with that title ('BBC correspondent Stephen Cape'); read as 'the correspondent'.
_OUR_JOURNALIST = re.compile(
    r"\b([Oo])ur(?=\s+(?:[a-z-]+\s+){0,2}(?:correspondent|editor|reporter)\b)"
)


def _our_journalist(text: str) -> str:
    """'our correspondent' -> 'the correspondent', offsets kept (both words are 3 letters)."""
    if "our " not in text.lower():
        return text
    return _OUR_JOURNALIST.sub(lambda m: "The" if m.group(1) == "O" else "the", text)


# 'the paper quoted Qantas chief Geoff Dixon as saying', 'Dixon was quoted by The Australian
# as saying', 'The Standard quoted Mr Clarke telling activists': whoever is quoted said the
# words, not whoever quotes them.
_QUOTED_AS = re.compile(
    r"\bquoted\s+(?:by\s+(?P<by>[^,;:\"“”]{2,60}?)\s+)?(?:(?!as\s)(?P<object>[^,;:\"“”]{2,80}?)\s+)?"
    r"(?:as\s+)?(?:saying|telling)\b"
)


def _quoted_as_saying(clause: str) -> Attribution | None:
    """The one `clause` quotes: the object of 'quoted ... as saying' when it names someone,
    or the subject of a passive 'was quoted (by the paper, in a paper) as saying'."""
    match = _QUOTED_AS.search(clause)
    if match is None:
        return None
    where = re.match(r"(?:in|on|to)\s", match.group("object") or "")
    if match.group("object") and not match.group("by") and not where:
        return _subject_after_verb(" " + match.group("object") + ".", "said")
    # 'was quoted in a French newspaper as saying': where the words appeared, not who
    before = clause[: match.start()].rstrip()
    passive = re.search(r"\b(?:was|were|is|has\s+been|had\s+been)$", before)
    if passive is None:
        return None
    return _subject_before(before[: passive.start()], "said")


# A determiner right before a quote makes its words a noun of the sentence ('the "bonfire of
# quangos"'), not a speaker's sentence.
_DETERMINER_BEFORE = re.compile(r"(?<![\w’'-])(?:the|a|an|its|his|her|their|this|these|our)\s*$")


def attribute_quote(
    text: str, quote: Quote, sentence_start: int, sentence_end: int
) -> Attribution | None:
    """Look after the quote (', Putin said'), then before it ('Mr Howard said on Monday that')."""
    text = _our_journalist(text)
    after = text[quote.close_mark + 1 : sentence_end]
    found = _quoted_as_saying(after) or _attribution_after(after)
    before = text[sentence_start : quote.open_mark]
    if (
        found is not None
        and _DETERMINER_BEFORE.search(before)
        and after[:1].isspace()
        and text[quote.open_mark + 1 : quote.close_mark].rstrip()[-1:] not in ",.!?;:"
        and after.split()[0].lower() not in SPEECH_VERBS
    ):  # 'said instead of the "bonfire of quangos" New Labour had promised': the words
        found = None  # name a thing, and the clause after them says who promised it, not
        # who says them ('the "billions of ... Malaysia," said Jay Gelb' is his)
    introduced = before.rstrip().endswith(":")  # 'He continued: "…?"' has its own cue
    if found is None and not after.strip() and not introduced:
        follow = _NEXT_CUE.match(text, sentence_end)
        if follow and follow.group(1).split()[0] not in NOT_NAMES:
            return Attribution(follow.group(1), follow.group(2), "name")  # '“…?” Trump told'

    if found is None:
        found = _closing_cue(after)  # '"…" in the campaign, Charles Kennedy has said.'
    if found is None:
        turn = _question_turn(text, quote, sentence_end)
        if turn is not None:  # '"…?" Mr Weingarten pressed.'
            return _turn_attribution(turn)
    if found and found.kind == "pronoun":  # 'X, for the party, added: "…," she said.'
        named = _attribution_before(before)
        if named and named.kind in ("name", "proxy"):
            return named
    if found:
        return found
    return (
        _split_cue(text, quote, sentence_start)
        or _subject_before_colon(before)
        or _attribution_before(before)
    )


# 'Rubio fired back forcefully: "…"', 'O'Malley interjected: "…"': a sentence that is only a
# name and its verb (past tense, an adverb or particle or two after it) before a colon,
# after an opening clause or none
_NAME_THEN_COLON = re.compile(
    r"(?:[^\"“”]*,)?\s*((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\s+([a-z]+ed)(?:\s+[a-z]+){0,2}\s*:\s*$"
)


def _subject_before_colon(before: str) -> Attribution | None:
    found = _NAME_THEN_COLON.fullmatch(before)
    if found is None:
        return None
    if found.group(1).lower() in _PRONOUNS:  # 'He continued: "…"'
        return Attribution(found.group(1).lower(), found.group(2), "pronoun")
    phrase = _name_phrase(_tokens(found.group(1)), from_start=True)
    if not phrase or phrase != found.group(1) or phrase.split()[0] in NOT_NAMES:
        return None
    return Attribution(phrase, found.group(2), "name")


def _split_cue(text: str, quote: Quote, sentence_start: int) -> Attribution | None:
    """The second half of a quote split around its cue: '"…," said Ana Ruiz, "and …"'
    (or '"…," Ana Ruiz said, "…"'): the cue between the two halves of one sentence."""
    earlier = [
        q
        for q in find_quotes(text)
        if sentence_start <= q.open_mark and q.close_mark < quote.open_mark
    ]
    if not earlier:
        return None
    between = text[earlier[-1].close_mark + 1 : quote.open_mark]
    if not between.rstrip().endswith(",") or re.search(r"[.!?]\s", between):
        return None
    return _attribution_after(between.rstrip()[:-1])


def _closing_cue(after: str) -> Attribution | None:
    """The cue that closes a sentence after a comma, when the quote sits earlier in it:
    '"the real alternative" in the campaign, Charles Kennedy has said.' Only a short
    subject and its verb end the sentence; words after the quote up to the comma are the
    reporter's, so nothing else may be a cue."""
    verbs = _verbs(after)
    if not verbs or after[verbs[-1].end() :].strip(" .\n"):
        return None
    head = after[: verbs[-1].start()]
    comma = head.rfind(",")
    cue = head[comma + 1 :]
    if comma < 0 or not cue.strip() or len(cue.split()) > 6 or re.search(r"[\"“”‘’«»]", cue):
        return None
    if len(verbs) > 1 and verbs[-2].start() > comma:
        return None
    return _subject_before(cue, verbs[-1].group())


def is_attributed(text: str, start: int, end: int) -> bool:
    """Does text[start:end] sit in speech the article attributes to someone? Inside quotation
    marks with an attribution in that sentence (or, for a quote that carries on, the one
    before); otherwise in a sentence of reported speech. Instructions planted in an article
    ('Ignore previous instructions and say ...', fake JSON) are neither."""
    return quote_attribution(text, start, end) is not None


def quote_attribution(text: str, start: int, end: int) -> Attribution | None:
    """The attribution that makes text[start:end] someone's words (see `is_attributed`)."""
    for quote in find_quotes(text):
        if quote.start <= start and end <= quote.end:
            first, last = sentence_bounds(text, quote.open_mark, quote.close_mark + 1)
            found = attribute_quote(text, quote, first, last)
            if found:
                return found
            before = [span for span in sentences_of(text) if span[1] <= first]
            return attribute_sentence(text[slice(*before[-1])]) if before else None
    return attribute_sentence(text[slice(*sentence_bounds(text, start, end))])


_NAME_ABBREVIATION = re.compile(r"(?<![\w.])([A-Z][a-z]{0,3})\.(?=[ \xa0][A-Z])")
_DATELINE = re.compile(r"^\s*[A-Z][\w.’' -]{1,30}\s\((?:[A-Z][\w.]*\s?){1,3}\)\s*[–—-]+\s*")


# After 'According to X,': a main clause that opens with its subject and a verb of saying
# ('According to its accounts, the lab said it spent ...') names its own speaker.
_SAYS_NEXT = re.compile(
    r",\s*(?:[A-Z][\w’'.-]*\s+|the\s+){1,5}(?:has\s+|have\s+|had\s+|also\s+)?"
    r"(?:said|says|told|tells|added|adds|wrote|writes|stated|insisted|argued|warned|explained)\b"
)
# Sources that carry someone's own words, not an account of them.
_RECORDINGS = frozenset("video audio recording transcript tape tapes footage clip".split())


def _inside_an_aside(sentence: str, at: int) -> bool:
    """Does offset `at` sit between dashes or in brackets the sentence opened before it?"""
    before, after = sentence[:at].lstrip(" (“\"‘'"), sentence[at:]
    dash = r"\s[–—-]\s|—"
    if len(re.findall(dash, before)) % 2 == 1 and re.search(dash, after):
        return True  # '... while - according to emails - knowing', not '... - 13.3 million
        # to be exact, according to X.'
    return before.count("(") > before.count(")")


def _owned_thing(tokens: list[str]) -> bool:
    """'the California secretary of state's website', "Mr Reyes's office": a thing owned by
    the one named, not its owner's words (a spokesman, aide or agent speaks for them)."""
    for i, token in enumerate(tokens[:-1]):
        if token.endswith(("'s", "’s")) and tokens[i + 1].islower():
            return tokens[i + 1] not in _BODY_VOICES | ROLE_WORDS | PERSON_NOUNS
    return False


def attribute_sentence(sentence: str) -> Attribution | None:
    """Who a reported sentence says spoke (see `_attribute_sentence`), but never a name
    that only says whom the unnamed speaker is related to: 'A close associate of former
    Yukos boss Mikhail Khodorkovsky has told a court ...' is the associate's."""
    attribution = _attribute_sentence(sentence)
    if attribution is None or attribution.kind not in ("name", "title"):
        return attribution
    at = sentence.find(attribution.speaker)
    if at > 0 and _RELATIVE_OF.match(sentence[:at]):
        return None
    return attribution


# A sentence whose subject is someone described by whom they are related to, then (titles
# and all) that person: 'A close associate of former oil boss', 'Friends of murdered
# student', 'The brother of'. Only as the subject: 'After meeting relatives of the victims
# the president said' is the president's.
_RELATIVE_OF = re.compile(
    r"\W*(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]ome|[Ss]everal)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?i:associates?|friends?|allies|ally|brothers?|sisters?|sons?|daughters?|wife|"
    r"husband|father|mother|parents?|relatives?|colleagues?|supporters?|critics?|rivals?|"
    r"neighbours?|cousins?|fans?)\s+of\s+(?:[\w’'-]+\s+){0,4}$"
)


def _attribute_sentence(sentence: str) -> Attribution | None:
    """Reported speech: 'X said ...', '..., X said', 'said X', 'According to X, ...'. A
    dateline ('Washington (AFP) –') is where the story was filed, never a speaker."""
    dateline = _DATELINE.match(sentence)
    if dateline:
        sentence = " " * dateline.end() + sentence[dateline.end() :]
    sentence = _our_journalist(sentence)
    quoted_by = _quoted_as_saying(sentence)
    if quoted_by:  # 'The paper quoted its boss Tom Reed as saying ...'
        return quoted_by
    # 'According to Rep. Dana Mills, ...': a short capitalised abbreviation before a name is
    # part of it, not the sentence's end
    according = re.search(
        r"\b[Aa]ccording to ((?:[^,.;:()–—-]|(?<=\w)-(?=\w)){2,80})",
        _NAME_ABBREVIATION.sub(r"\1 ", sentence),
    )
    if according and _inside_an_aside(sentence, according.start()):
        according = None  # 'Clinton blamed the video while - according to emails - knowing
        # ...': the aside's source is not that of the sentence
    if according:
        tokens = _tokens(according.group(1))
        body = next(filter(None, (_body_title(tokens[:n], True) for n in range(2, 6))), None)
        if body:  # 'According to the report, ...'
            return Attribution(body, "according to", "title")
        phrase = _name_phrase(tokens, from_start=True) or _described_person(tokens)
        following = (
            tokens[len(phrase.split())] if phrase and len(tokens) > len(phrase.split()) else ""
        )
        if (
            phrase
            and phrase.split()[0].lower() not in _PARTITIVES
            and not (following[:1].islower() and following not in _JOINERS)
            and not _owned_thing(tokens)
        ):  # not 'according to some LA film critics': 'LA' qualifies unnamed critics
            return Attribution(phrase, "according to", "name")
        if (
            not sentence[: according.start()].strip(" (“\"‘'")
            and not _FINAL_CUE.search(sentence)
            and not _SAYS_NEXT.match(sentence, according.end(1))
            and not _RECORDINGS & {t.lower() for t in tokens}
        ):
            return None  # 'According to an FBI summary, Mills and Clinton told ...': the
            # words are the source's, one no rule names, not those of whom it reports on (at
            # the end, '..., according to the rules', it may only qualify them; a recording
            # carries the speaker's own: 'According to audio of the rally, Reyes said')
    final = _FINAL_CUE.search(sentence)
    if final:  # '..., the rules were "weighted" against them, said Mr Clarke.'
        inverted = _inverted_name(" " + final.group(2))
        if inverted:
            return Attribution(inverted, final.group(1), "name")
    quoted = [q for q in find_quotes(sentence) if _MARKS.match(sentence, q.close_mark)]
    verbs = [  # 'The paper said the minister "claimed ignorance"': quoted words are no cue
        v for v in _verbs(sentence) if not any(q.start <= v.start() < q.end for q in quoted)
    ]  # (a quote left open, its closing mark lost, may hold the reporter's next sentence)
    if len(verbs) > 1 and _CLOSING_TAIL.fullmatch(sentence, verbs[-1].end()):
        head = sentence[: verbs[-1].start()]  # 'X denied the report, the paper said.': the
        comma = head.rfind(",")  # closing cue attributes the whole sentence
        cue = head[comma + 1 :] if comma > 0 else ""
        if cue and len(cue.split()) <= 6 and not any(v.start() > comma for v in verbs[:-1]):
            closing = _subject_before(cue, verbs[-1].group())  # None: no speaker we can name
            if closing or not sentence[verbs[-1].end() :].strip(" .\n"):
                return closing  # (with words after the verb, only a named speaker: in
                # ', will have the final say on his future.' the verb is a noun)
    for number, match in enumerate(verbs):
        if len(verbs) > number + 1 and _in_which_aside(sentence, match):
            continue  # 'Qwest, which had an earlier offer for MCI rejected, said': the aside's
            # verb is not the cue; the verb after it is
        if number and match.group().lower() in _THOUGHT_VERBS | {"believed"}:
            continue  # 'aides said Mr Obama believed ...': the belief is reported by them
        if number and _reported_by_earlier_verb(sentence, verbs[0], match):
            continue  # 'The harbour board said adviser Jo Park told ...': the later verb sits
            # in what the first reports, so its subject is not who speaks here
        if _after_reporting_that(sentence[: match.start()]):
            continue  # 'Critics pointed out that Reyes had said ...': what they report
        inverted = (
            _inverted_name(sentence[match.end() :])
            if match.group().lower() in _INVERTIBLE
            else None
        )
        after_comma = sentence[: match.start()].rstrip()[-1:] in (",", '"', "”", "'", "’")
        if inverted and after_comma:  # '..., said Dominic Hirsch, of ...'
            return Attribution(inverted, match.group(), "name")
        clause = _CLAUSE.match(sentence, match.end()) if after_comma else None
        document = _document_author(_tokens(clause.group(1))) if clause else None
        if document:  # '..., predicts the report by telecoms giant BT.'
            return Attribution(document, match.group(), "name")
        if match.group().endswith("ing") and sentence[: match.start()].rstrip().endswith(","):
            # 'Fiorina was upfront about Donald Trump, the front-runner, saying ...': a
            # participle's subject is the sentence's, never the name just before the comma
            passive = _PASSIVE_WITH_AGENT.search(sentence, 0, match.start())
            if (
                passive
                and match.group().lower() in ("claiming", "alleging", "accusing")
                and not re.search(r"\b(?:who|which|that)\b", sentence[: passive.start()])
            ):
                continue  # 'Mick Mars is being sued by his ex-girlfriend ..., claiming he
                # broke a promise': the agent may be who claims, not the subject
            clauses = [b.end() for b in _SECOND_CLAUSE.finditer(sentence, 0, match.start())]
            tokens = _tokens(sentence[clauses[-1] if clauses else 0 :])  # 'It was denied,
            subject = _clause_subject(tokens)  # but the Tories remain suspicious, claiming':
            found = (  # the subject of the participle's own clause
                _classify(subject[0], match.group(), subject[1][:1]) if subject else None
            )
            if found:
                return found
            continue
        if match.group().endswith("ing") and _object_before_participle(sentence[: match.start()]):
            tokens = _tokens(sentence[: match.start()])  # 'Mr Hockney left UKIP saying ...':
            subject = _clause_subject(tokens)  # the party is what he left, he speaks
            found = _classify(subject[0], match.group(), subject[1][:1]) if subject else None
            if found:
                return found
            continue
        relative = _relative_speaker(sentence[: match.start()], sentence[match.end() :])
        if relative:  # 'It is a first nomination for Staunton, 49, who told the BBC she ...'
            return Attribution(relative, match.group(), "name")
        if (
            after_comma
            and match.group().lower() in _INVERTIBLE
            and re.fullmatch(
                r"\s+(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*"
                r"\s*[.!?]?[\"”’']*\s*",
                sentence[match.end() :],
            )
        ):  # '..., remain defendants in the lawsuit, said the newspaper.': the subject is
            found = _subject_after_verb(sentence[match.end() :], match.group())  # after the
            if found:  # verb, never a name in the words it reports
                return found
            continue
        found = _subject_before(sentence[: match.start()], match.group())
        if found:
            return found
        prefix = _tokens(sentence[: match.start()])
        while prefix and prefix[-1].lower() in _AUXILIARIES:
            prefix = prefix[:-1]  # 'The Tory leader supports X and has said'
        subject = _clause_subject(prefix[:-1]) if prefix and prefix[-1] in ("and", "but") else None
        if subject and "," not in subject[1]:
            opening = subject[0]  # 'AOL backed the cuts but said'
            if (
                not opening.endswith(("'s", "’s"))
                and not re.search(r"(?:^|\s)\d", opening)  # "10 MPs backed it and said"
                and len(prefix) > 2
                and not (opening and _modifies_a_noun(opening, subject[1]))  # 'some Democrats'
                and not _clause_of_its_own(
                    subject[1], coordinated=True
                )  # '... when the host opened the
            ):  # envelope and declared': the host's verbs, not the subject's
                found = _classify(opening, match.group(), subject[1][:1])
                if found:
                    return found
        if (
            match.group().endswith("ing")
            and prefix
            and prefix[-1].islower()
            and prefix[-1] not in _NOT_BEFORE_SUBJECT | _PASSIVE | _SUBORDINATORS | _NOT_A_CLAUSE
            and _CLAUSE_NEXT.match(sentence, match.end())
        ):  # 'Ms Blears defended the move saying it ...': the clause's subject speaks (not
            # 'a warning of', 'calling balls and strikes', 'while calling it')
            subject = _clause_subject(prefix, verb_next=True)
            if subject and "," not in subject[1] and len(subject[1]) > 2:
                found = _classify(subject[0], match.group(), subject[1][:1])
                if found:
                    return found
        if inverted and len(prefix) >= 2 and prefix[-2].lower() in _NOT_BEFORE_SUBJECT:
            # '... turn to Windows said Dominic Hirsch, of ...': the name before the verb is
            # the object of a preposition, so the one after it is the speaker
            return Attribution(inverted, match.group(), "name")
        if (
            sentence[: match.start()].rstrip().endswith(",")
            and match.group().lower() in _INVERTIBLE
        ):  # '..., said Gemma, 23'
            found = _subject_after_verb(sentence[match.end() :], match.group())
            if found:
                return found
    return _passive_agent(sentence) or _document_finding(sentence)


# What a report or study is said to find: a verb of speech only for a document ('A study by
# X found that ...'), never for a person ('Police found a body').
_FINDING = re.compile(r"\b(?:has\s+|have\s+)?(found|finds|shows|showed|concluded|concludes)\b")


def _document_finding(sentence: str) -> Attribution | None:
    """'New research from the Royal Academy of Dance has found fewer children ...': what a
    document whose author the phrase names found, its author's words."""
    finding = _FINDING.search(sentence)
    if finding is None:
        return None
    author = _document_author(_tokens(sentence[: finding.start()]))
    return Attribution(author, finding.group(1), "name") if author else None


# '... reported that', '..., pointing out that': a verb of saying and the 'that' opening what
# it reports (a speech verb after it, with its subject, is inside those words).
_REPORTING_THAT = re.compile(r"\b([a-z]+)\s+(?:out\s+)?that\s")
_REPORTING_WORDS = SPEECH_VERBS | rules.words("speech", "cue_verbs") | {"pointing", "points"}


def _in_which_aside(sentence: str, verb: re.Match[str]) -> bool:
    """Does the verb stand inside an aside that opens with ', which' or ', who' and closes
    with a comma before the sentence's next verb ('Qwest, which had an offer for MCI
    rejected, said ...')?"""
    opening = max(
        sentence.rfind(", which ", 0, verb.start()), sentence.rfind(", who ", 0, verb.start())
    )
    if opening < 0 or "," in sentence[opening + 1 : verb.start()]:
        return False
    closing = sentence.find(",", verb.end())
    return closing >= 0 and not sentence[verb.end() : closing].strip(" ")


def _after_reporting_that(prefix: str) -> bool:
    """Does `prefix` (the sentence before a speech verb) end inside the words an earlier verb
    reports: 'Turkish media reported that during the visit, Mr Erdogan', 'fact checkers have
    pointed out that Comey'? Not after a passive ('it was reported that'), a noun ('the
    claims that'), a semicolon or a quotation mark."""
    found = list(_REPORTING_THAT.finditer(prefix))
    if not found:
        return False
    last = found[-1]
    word = last.group(1)
    reported = prefix[last.end() :]
    if (
        word not in _REPORTING_WORDS
        or re.search(r"[;\"“”]|,\s+(?:and|but|while|whereas|although|though)\s", reported)
        or prefix.rstrip().endswith(",")
    ):  # '..., and Brian Deese said', 'X, who did not say that ..., said': a clause of its own
        return False
    before = _PREVIOUS_WORD.search(prefix[max(0, last.start() - 30) : last.start()])
    previous = before.group(1).lower() if before else ""
    if previous in ("has", "have", "had"):
        return not word.endswith("s")  # 'have pointed out that', not 'have claims that'
    if word.endswith("ing") and previous in _NOT_BEFORE_SUBJECT | _NOT_A_CLAUSE | _SUBORDINATORS:
        return False  # 'In addition to stating that ..., Clinton has vowed': an opening phrase
    return previous not in _NOUN_BEFORE | _PASSIVE_BEFORE


# Words that make the name after them a person's ('Mr Reyes', 'Professor Hill').
_PERSON_HONORIFICS = frozenset("Mr Mrs Ms Dr Sir Lord Lady Professor".split())


def _named_person(tokens: list[str]) -> str | None:
    """The person `tokens` end with, named with a title or an honorific: 'chief operating
    officer Dana Hill' -> 'Dana Hill', 'Mr Reyes'; None for a body or a bare name."""
    name: list[str] = []
    for token in reversed(tokens):
        if not _is_name_token(token) or token.lower() in ROLE_WORDS:
            break
        name.insert(0, token)
    title = tokens[: len(tokens) - len(name)]
    if not _looks_like_person(" ".join(name)) or len(title) > 5:
        return None
    if not all(t.isalpha() and t.lower() not in _NOT_A_CLAUSE for t in title):
        return None
    titled = any(t.lower() in _HEAD_TITLES | ROLE_WORDS for t in title)
    if not titled and name[0].rstrip(".") not in _PERSON_HONORIFICS:
        return None  # 'Plaid Cymru', 'Munich Re': two capitals alone may be a body
    return " ".join(name)


def joint_subject(tokens: list[str]) -> str | None:
    """'Harbourline chief executive Tom Reyes and chief operating officer Dana Hill' -> 'Tom
    Reyes and Dana Hill': two named people who speak together (neither alone)."""
    if tokens.count("and") != 1 or any(t in ",;:()" for t in tokens):
        return None
    i = tokens.index("and")
    first, second = _named_person(tokens[:i]), _named_person(tokens[i + 1 :])
    return f"{first} and {second}" if first and second else None


def _object_before_participle(prefix: str) -> bool:
    """Is the name right before a participle the object of a verb ('left UKIP saying',
    'praised Tom Reyes saying'), so that the clause's subject speaks? No comma may part them."""
    if prefix.rstrip().endswith(","):
        return False
    tokens = _tokens(prefix)
    phrase = _name_phrase(tokens, from_start=False)
    if not phrase or len(tokens) <= len(phrase.split()) + 1 or phrase[:1].islower():
        return False  # 'a letter from company president Lee Scott saying': titled, speaks
    before = tokens[-len(phrase.split()) - 1]
    return before.isalpha() and before.islower() and before not in _NOT_AN_OBJECTS_VERB


def _reported_by_earlier_verb(sentence: str, first: re.Match[str], later: re.Match[str]) -> bool:
    """Does `later` sit in the words `first` reports ('said adviser Jo Park told')? Not
    when a comma or the like parts them, nor when 'and'/'but' joins the two verbs of one
    subject ('called for X and said'), nor after a noun that looks like a verb ('think tank')."""
    between = sentence[first.end() : later.start()]
    return (
        first.group().lower() not in _THOUGHT_VERBS
        and not re.search(r"[,;:()—–]", between)
        and not re.search(r"\b(?:and|but)\s+(?:[a-z]+\s+){0,2}$", between)
    )


# 'was strongly denied by Shepherd', 'has been criticised by the SNP': the agent of a passive
# verb of speech is who spoke.
_AGENT = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:[a-z]+ly\s+)?([a-z]+)\s+by\s+((?:the\s+)?[A-Z][^,.;:()]{0,60})"
)


# Verbs of judging someone's claim or act: their passive's agent spoke ('was denied by').
_JUDGING = frozenset(
    """denied rejected dismissed criticised criticized praised welcomed questioned hailed
    branded labelled labeled lambasted slated""".split()
)
_AFTER_AGENT = _NOT_BEFORE_SUBJECT | _JOINERS | frozenset("as after over who".split())


def _passive_agent(sentence: str) -> Attribution | None:
    """The agent of a passive verb of speech, when the sentence has no other cue: 'The claim
    was strongly denied by Shepherd, who ...' is Shepherd's."""
    found = _AGENT.search(sentence)
    if found is None or found.group(1) not in _JUDGING:
        return None  # 'was announced by the minister' reports an act, not his words
    tokens = _tokens(found.group(2))
    phrase = _name_phrase(tokens, from_start=True)
    following = tokens[len(phrase.split())] if phrase and len(phrase.split()) < len(tokens) else ""
    if not phrase or (following[:1].islower() and following not in _AFTER_AGENT):
        return None  # 'by the BBC report': a name qualifying a noun
    return Attribution(phrase, found.group(1), "name")


_AUXILIARIES = frozenset("has have had also then later".split())
_NOT_A_CLAUSE = frozenset("for and but or a while when as by without".split())
# Words that open an adverbial phrase before a clause's subject: 'In his speech, he ...',
# 'On Tuesday, Mr Blair ...', 'Speaking in Leeds, she ...'.
_INTRO_OPENERS = frozenset(
    "in on at during after before following despite earlier later last this".split()
)


def _clause_subject(tokens: list[str], verb_next: bool = False) -> tuple[str, list[str]] | None:
    """The subject opening a sentence's main clause, past connectives ('But', 'Meanwhile')
    and an adverbial phrase closed by a comma ('In his speech,', 'But in an interview with
    the Financial Times,'): (its name phrase or pronoun, the tokens from it on), else None.
    With `verb_next`, a name must be followed by a word shaped like a verb ('Ms Hill
    defended'), not by a noun it qualifies ('Internet service provider Plus.net')."""
    i = 0
    while i < len(tokens) and tokens[i].lower() in _BODY_OPENERS:
        i += 1
    if i + 1 < len(tokens) and (
        tokens[i].lower() in _INTRO_OPENERS
        or (re.fullmatch(r"[A-Z][a-z]+ing", tokens[i]) and tokens[i + 1].islower())
    ):  # not 'Downing Street'
        comma = next((k for k in range(i, min(len(tokens), i + 14)) if tokens[k] == ","), None)
        if comma is None or any(t.lower() in SPEECH_VERBS for t in tokens[i:comma]):
            return None
        i = comma + 1
    rest = tokens[i:]
    if not rest:
        return None
    if rest[0].lower() in _PRONOUNS:
        return "", rest
    phrase = _name_phrase(rest, from_start=True) or _described_person(rest)
    if not phrase:
        return None
    phrase = _name_past_qualifier(rest, len(phrase.split()), opens_clause=True) or phrase
    following = rest[len(phrase.split())] if len(rest) > len(phrase.split()) else ""
    if verb_next and not _verb_shaped(following):
        return None  # 'Internet service provider Plus.net': the name qualifies a noun
    if _heads_a_plural(phrase, rest) or _unnamed_body(phrase, rest):
        return None  # 'Church ministers are trying ..., saying': 'Church' names no one
    count = len(phrase.split())
    if (
        _modifies_a_noun(phrase, rest)
        and count < len(rest)
        and rest[count].lower() not in _BODY_VOICES
        and not _verb_shaped(rest[count])
    ):
        return None  # 'A US woman is suing HP, saying', 'A Norwegian court ruled ...,
        # saying': someone the sentence does not name (not 'A Labour spokesman said')
    return phrase, rest


def _unnamed_body(phrase: str, tokens: list[str]) -> bool:
    """'A British Muslim group has criticised ...': an indefinite name before a kind of body
    is a body the sentence does not name, not a person called 'British Muslim'."""
    words = phrase.split()
    count = len(words)
    noun = tokens[count] if count < len(tokens) else ""
    return words[0] in ("A", "An", "a", "an") and noun in BODY_NOUNS


def _heads_a_plural(phrase: str, tokens: list[str]) -> bool:
    """'Church ministers are ...', 'Rail unions have ...': the capitalised words qualify a
    lower-case plural noun that a finite verb follows, the clause's real subject (a group
    the sentence does not name), not a verb of the name ('Smith warns that ...')."""
    count = len(phrase.split())
    noun = tokens[count] if count < len(tokens) else ""
    verb = tokens[count + 1] if count + 1 < len(tokens) else ""
    return noun.islower() and noun.endswith("s") and verb in _AUXILIARY


def _described_person(tokens: list[str]) -> str | None:
    """'Ex-chat show host Robert Kilroy-Silk', 'veteran campaigner Jo Bell': at most four
    lower-case words of description, then a person's name; the whole phrase."""
    k = 0
    while (
        k < min(4, len(tokens))
        and (tokens[k].islower() or is_hyphenated_modifier(tokens[k]))
        and tokens[k].lower() not in SPEECH_VERBS | _NOT_BEFORE_SUBJECT | _PASSIVE | _FINITE
    ):
        k += 1
    name = _name_phrase(tokens[k:], from_start=True) if k else None
    if not name or not _looks_like_person(name):
        return None
    return " ".join(tokens[: k + len(name.split())])


# The nouns that name a kind of body right before its name ('oil giant Yukos').
BODY_KIND_NOUNS = BODY_NOUNS | {"giant"}


def _name_past_qualifier(tokens: list[str], count: int, opens_clause: bool = False) -> str | None:
    """'UK advertising giant WPP', 'Spanish teenager Nadal', 'Wallabies coach Eddie Jones':
    when the `count` capitalised words opening `tokens` come before lower-case words headed
    by a title or a kind of body, then a name, they say where someone is from or whom they
    play for, and name nobody. The phrase through that name comes back, else None. Opening
    a clause, the words before the title must be shaped like modifiers: a verb may follow a
    subject there ('Tenney took down businessman Steve Wells')."""
    k = count
    while (
        k < len(tokens)
        and k - count < 3
        and re.fullmatch(r"[a-z][a-z-]*", tokens[k])
        and tokens[k] not in _NOT_BEFORE_SUBJECT | _PASSIVE | _FINITE | _JOINERS | SPEECH_VERBS
        and tokens[k] not in _LINKING
    ):
        k += 1
    head = tokens[k - 1]
    if k == count or not (_head_title(head) or head in BODY_KIND_NOUNS):
        return None
    if opens_clause and not all(_MODIFIER_SHAPED.fullmatch(w) for w in tokens[count : k - 1]):
        return None
    name = _name_phrase(tokens[k:], from_start=True)
    if not name or name.endswith(("'s", "’s")):
        return None
    after = tokens[k + len(name.split())] if k + len(name.split()) < len(tokens) else ""
    if after[:1].isupper():
        return None  # 'England sevens coach Mike Friday': the name runs on, unread
    return " ".join([*tokens[:k], name])


# A lower-case word that may qualify a title ('advertising giant', 'communications
# director'), unlike a verb or a particle ('took down businessman', 'backs coach').
_MODIFIER_SHAPED = re.compile(r"[a-z-]+(?:ing|ions|al|ic|ary|ive|an|ese|ish|ern)")
# Words that link a clause to what follows, never part of a title ('said Hale while manager
# Tom Reyes watched', 'said Hale as coach Tom Reyes looked on').
_LINKING = frozenset("while as when once if and or but so then after before until since".split())


_FINITE = frozenset(
    """has have had was were is are will would could should can did does do may might must
    also then later again still now already""".split()
)
# Finite verbs proper (not the adverbs `_FINITE` also lets follow a subject).
_AUXILIARY = _FINITE - {"also", "then", "later", "again", "still", "now", "already"}


def _verb_shaped(word: str) -> bool:
    """Could this word follow a clause's subject: a finite verb, an auxiliary, an adverb?"""
    return word.islower() and (
        word in _FINITE or word.endswith(("ed", "ly")) or (word.endswith("s") and len(word) > 3)
    )


def _inverted_name(rest: str) -> str | None:
    """A person's name right after the verb and closing its clause: 'said Dominic Hirsch,'
    or 'said Mr Hirsch.' (not 'said Howard was wrong')."""
    match = re.match(
        r"\s+((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Professor)\.? )?"
        r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})(?=[,.;:]|$)",
        rest,
    )
    if not match:
        return None
    words = match.group(1).split()
    honorific = words[0].rstrip(".") in (
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Lord",
        "Lady",
        "Professor",
    )
    names = [w for w in words[honorific:] if _is_name_token(w) and w.lower() not in ROLE_WORDS]
    if len(names) != len(words) - honorific or not names or (len(names) < 2 and not honorific):
        return None
    return match.group(1)


def _mark_role(text: str, index: int) -> str | None:
    char = text[index]
    if char in _OPEN_ONLY:
        return "open"
    if char in _CLOSE_ONLY:
        return "close"
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return None  # an apostrophe inside a word
    opens = (before.isspace() or before in '([{—–-/"“‘«') and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-\"”’»'")
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return None


# A question's cue in the next sentence that is only a name and one verb, either way round:
# '"…?" Mr Weingarten pressed.' - a turn of its own, whatever the verb.
_CUE_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
_TURN = rf"(?:{_CUE_NAME}\s+[a-z]+|[a-z]+\s+{_CUE_NAME})[.!?]"
_NEXT_TURN = re.compile(rf"[ \t]+{_TURN}(?:\s|$)")
_SAME_SENTENCE_TURN = re.compile(rf"[ \t]+{_TURN}?\s*$")


def _question_turn(text: str, quote: Quote, sentence_end: int) -> str | None:
    """A question or exclamation whose cue is only a name and one verb, in its own sentence or
    the next ('"…?" Mr Weingarten pressed.', '"…?" pressed Mr Weingarten.'): that cue,
    whatever the verb, else None. In a cross-examination the lawyer's question is not the
    witness's, so such a quote never carries on the last speaker."""
    if text[quote.close_mark - 1 : quote.close_mark] not in ("?", "!"):
        return None
    after = text[quote.close_mark + 1 : sentence_end]
    if after.strip():
        same = _SAME_SENTENCE_TURN.match(after)
        return same.group() if same else None
    following = _NEXT_TURN.match(text, sentence_end)
    return following.group() if following else None


def _turn_attribution(clause: str) -> Attribution | None:
    """The name in a cue that is only a name and one verb ('Mr Weingarten pressed.',
    'pressed Mr Weingarten'), whatever the verb; None when the capitals name no one."""
    words = re.findall(r"[\w’'.-]+", clause)
    if not words:
        return None
    verb_first = words[0].islower()
    verb = words[0] if verb_first else words[-1]
    name = " ".join(words[1:] if verb_first else words[:-1]).rstrip(".")
    if not name or name.split()[0] in NOT_NAMES or name.split()[-1] in NOT_NAMES:
        return None
    return Attribution(name, verb.rstrip("."), "name")


def question_has_own_cue(text: str, quote: Quote, sentence_end: int) -> bool:
    """See `_question_turn`."""
    return _question_turn(text, quote, sentence_end) is not None


def cue_after(text: str) -> bool:
    """Does a speech verb follow a quote in its own clause ('"…," a spokesman said')? Then
    the quote has a speaker of its own, even one no rule can name: it does not carry on
    the last speaker's words."""
    if re.match(r"[\s,;:—–-]*according to\b", text):
        return True  # '"…," according to a court document': a source of its own
    quoted = _QUOTED_AS.search(text[:200])
    if quoted and not re.search(r"[.!?\"“”]", text[: quoted.start()]):
        return True  # '"…," the paper quoted several lawmakers as saying'
    if re.match(r"[\s,;:—–-]*(?:[\w’'-]+\s+){1,4}quot(?:es|ed)\s", text):
        return True  # '"…," the newspaper quotes a source close to the firm': the source's
    verbs = _verbs(text[:160])
    return bool(verbs) and not re.search(r"[.!?\"“”]", text[: verbs[0].start()])


_CLAUSE_VERBS = rules.words("speech", "clause_verbs")
# A clause after the verb: 'that', a quote, 'to' with a verb ('agreed to pay'), never 'to'
# with a noun phrase ('agreed to the FCC's demands', 'to Apple's terms').
_CLAUSE_NEXT = re.compile(
    r"\s*(?:that\b|to\b(?!\s+(?:the|a|an|its|his|her|their|our|this|these|those|[A-Z]))"
    r"|(?:he|she|it|they|we)\s|[:\"“‘'])"
)
# '..., Mr Brown forecast.': a short cue after a comma closing the sentence it reports
_CLOSING_CUE = re.compile(r",\s*(?:[\w’'.-]+\s+){1,5}$")


# Words before a verb form that make it a noun ('have claims', 'the reports') or a passive
# ('was confirmed', 'were announced': the subject is not the speaker).
_NOUN_BEFORE = frozenset(
    "the a an his her its their our my your these those such any no have has had".split()
)
_PASSIVE_BEFORE = frozenset("was were been being be is are".split())
_PASSIVE_ADVERB = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+first\s+$")
# Words after a verb that make it something other than speech: 'reported from Los
# Angeles' (a byline), 'added to the confusion', 'responded by blocking'.
_NOT_SPEECH_AFTER = {
    "reported": "from",
    "reports": "from",
    "added": "to",
    "adds": "to",
    "add": "to",
    "adding": "to",  # 'won Virginia, adding to his victories': more of them, not words
}
# 'added a second goal', 'adds another 2%': 'add' with an object is an action, not speech
_ADDED_OBJECT = re.compile(
    r"\s+(?:a|an|another|his|her|their|its|two|three|four|five|more|\d[\d.,%]*)\b", re.I
)
# '"…,'' Ms. Mills answered.': a verb that closes the clause after a quote is its cue
_CUE_AFTER_QUOTE = re.compile(
    r"[\s,”\"’']*(?:(?:he|she|they|we|I)\s+|(?:[A-Z][\w.’'-]*\s+){1,4})\w+[.,][\s\S]?"
    r"|[\s,”\"’']*[a-z]+\s+[A-Z]"  # '"…," tweeted Sam Cole'
)
# What is left of a clause that opens right after a quote, its verb next ('"…," added a ...')
_RIGHT_AFTER_QUOTE = re.compile(r"[\s,”\"’']*")
_ACTION_AFTER = frozenset("by with".split())
# 'what he calls red tape', 'what they called a scandal': the verb names a thing the
# sentence speaks of; whoever calls it so says nothing there
_NAMING_VERBS = frozenset({"calls", "called", "call", "calling", "describes", "described"})
_WHAT_SUBJECT = re.compile(
    r"\bwhat\s+(?:he|she|they|we|I|it|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+$"
)
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\W*$")


# 'claimed the prize', 'claiming his third victory': what one claims here is won, not said
# ('claimed the victory was stolen' still says something).
_CLAIMED_A_WIN = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|another|two|three|four)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:victory|victories|win|wins|prize|prizes|title|titles|crown|seat|seats|nomination"
    r"|trophy|medal|medals|majority|draw|spot|place|gold|silver|bronze|pole|wicket|wickets)\b"
    r"(?!\s+(?:was|is|were|would|had|has|will)\b)"
)  # ('claimed her seventh Grand Slam title', 'claimed victory', 'claimed top spot')


_REJECTED_WORDS = "|".join(sorted(rules.words("speech", "rejected_words")))
# 'has rejected a move to Birmingham', 'rejected the bill': a thing turned down, after a
# determiner, with no noun of words in the next three ('rejected the claims', 'rejected the
# Tories' call' report words) and no 'as' calling it something ('dismissed the plan as ...').
_REJECTED_A_THING = re.compile(
    r"\s+(?:a|an|the|his|her|its|their|this|these|those|any|all|both)\s+"
    rf"(?!(?:[\w’'-]+\s+){{0,2}}(?:{_REJECTED_WORDS})s?\b)"
    r"(?![\w’'-]+(?:\s+[\w’'-]+){0,9}\s+as\s+[\"“a-z])"  # 'dismissed the plan as "desperate"'
    r"(?![^.:;\"“”]{0,90}:\s*[\"“])"  # 'rejected the inquiry's report: "…"': words follow
)


# What a film or a book is about, not words anyone says: 'tells the story of', in a sentence
# that quotes nobody ('Tom Reyes tells of the night ...: "…"', 'tells a different story: "…"'
# and a person telling a story with a quote still speak).
_TELLS_A_STORY = re.compile(r"\s+the\s+(?:story|tale)\s+of\b[^\"“”.:]*[.!?]?\s*$")


# 'proposed to Aguilera', 'proposed to her': asked someone to marry, no proposal put forward
# ('proposed to the committee that ...', 'proposed to cut taxes' still speak).
_PROPOSED_TO_SOMEONE = re.compile(
    r"\s+to\s+(?:her|him|(?:[A-Z][\w-]+\s+)?(?:[a-z]+-)?[a-z]*\s*"
    rf"(?:{'|'.join(sorted(w.lower() for w in PERSON_NOUNS if w.islower()))})"
    r"\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
    r"|[A-Z][a-z]+\s+[A-Z][a-z]+)"
    r"(?=\s*(?:[,.;]|$|\s+(?:on|in|at|during|last|after|before|while|when)\b))"
)  # ('proposed to singer Ann Hale,', 'proposed to Christina Aguilera on holiday'; not
# 'proposed to EU leaders a fund', 'proposed to Tory MPs that', 'proposed to Parliament')


# 'is being sued by', 'was criticised by': a passive with its agent named.
_PASSIVE_WITH_AGENT = re.compile(
    r"\b(?:is|was|are|were|been|being)\s+(?:being\s+)?(?:\w+ly\s+)?\w+(?:ed|en)\s+by\b"
)


# Adverbs between an auxiliary and its verb: 'is also recalled', 'was later quoted'.
_AFTER_ADVERBS = re.compile(r"(?:\s+(?:also|now|then|later|again|still|already|[a-z]+ly))+\s*$")


# 'Roddick claims the vital first break', 'claimed the lead': a score won, right after a
# determiner (not 'claiming he needed a break').
_CLAIMED_A_SCORE = re.compile(
    r"\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:break|lead|set|point)\b"
)


def _is_speech_verb(text: str, match: re.Match[str]) -> bool:
    """Is this speech-verb form used as one here (not a noun, a passive or an action)?"""
    word = match.group().lower()
    if (
        word in _CLAUSE_VERBS
        and not _CLAUSE_NEXT.match(text, match.end())
        and not _CUE_AFTER_QUOTE.fullmatch(text[: match.end() + 2])
        and not (
            not text[match.end() :].strip(" .!?\n")
            and _CLOSING_CUE.search(text[max(0, match.start() - 80) : match.start()])
        )
    ):
        return False
    before = _PREVIOUS_WORD.search(
        _AFTER_ADVERBS.sub("", text[max(0, match.start() - 40) : match.start()])
    )  # 'Matt Dawson is also recalled': the word before the adverbs
    previous = before.group(1).lower() if before else ""
    if not word.endswith("ing") and (
        previous in _PASSIVE_BEFORE
        or _PASSIVE_ADVERB.search(text, max(0, match.start() - 40), match.start())
    ):
        return False  # 'he was confirmed 92 to 0', 'it was first noted when ...'
    if previous == "as" and word.endswith("ing"):
        return False  # 'Apcom quoted several lawmakers as saying': whoever is quoted speaks,
        # not the clause's subject
    if previous in ("and", "or") and re.search(
        r"\b(?:was|were|been|being|is|are|be)\s+\w+ed\s+(?:and|or)\s*$",
        text[max(0, match.start() - 40) : match.start()],
    ):
        return False  # 'they were mocked and criticised': passive too
    if word.endswith("s") and previous in _NOUN_BEFORE:
        return False  # 'Taiwan have claims in the area'
    if word in _NAMING_VERBS and _WHAT_SUBJECT.search(
        text[max(0, match.start() - 40) : match.start()]
    ):
        return False  # 'she despises what he calls red tape': a name for a thing, no words
    following = re.match(r"\s+([a-z]+)", text[match.end() : match.end() + 20])
    after = following.group(1) if following else ""
    if word == "calls" and after not in ("for", "on"):
        return False  # 'Labour and Conservative calls in February', 'what Microsoft, in an
        # aside, calls the X': a noun or a naming; 'It calls for better pensions' speaks
    if _NOT_SPEECH_AFTER.get(word) == after:
        return False
    if word in ("points", "pointed") and after != "out":
        return False  # 'pointed out that ...'; not 'pointed a gun', 'pointed to the door'
    if (
        word in ("added", "adds", "add", "adding")
        and _ADDED_OBJECT.match(text, match.end())
        and not _RIGHT_AFTER_QUOTE.fullmatch(text[: match.start()])
    ):  # '"…," added a Northport Democrat.' is a cue: the one who adds words follows it
        return False
    if word == "called" and _CALLED_NOT_SPEECH.match(text, match.end()):
        return False
    if word.startswith("propos") and _PROPOSED_TO_SOMEONE.match(text, match.end()):
        return False  # 'Bratman proposed to Aguilera': marriage, not words
    if (
        word in ("tells", "tell")
        and _TELLS_A_STORY.match(text, match.end())
        and not _PRONOUNS
        & {
            w.lower()
            for w in re.findall(r"[A-Za-z]+", text[max(0, match.start() - 30) : match.start()])[-2:]
        }
    ):  # 'The Journey of Romeo Dallaire tells the story of a UN mission' (not 'She regularly
        return False  # tells the story of how ...': a person telling it speaks)
    if word.startswith(("reject", "dismiss")) and _REJECTED_A_THING.match(text, match.end()):
        return False  # 'The striker has rejected a move to Birmingham': an act, no words
    if word.startswith("claim") and (
        _CLAIMED_A_WIN.match(text, match.end()) or _CLAIMED_A_SCORE.match(text, match.end())
    ):
        return False  # 'Sanders claimed his third victory': won it, said nothing
    return not (word.startswith(("respond", "repl")) and after in _ACTION_AFTER)


def _verbs(text: str) -> list[re.Match[str]]:
    return [
        m
        for m in re.finditer(r"(?<![\w-])[A-Za-z]+(?![\w-])", text)  # not 'co-wrote'
        if m.group().lower() in SPEECH_VERBS and m.group()[0].islower() and _is_speech_verb(text, m)
    ]


def _title_then_name(tokens: list[str]) -> str | None:
    """'the minister for civil aviation Praful Patel', 'the head of the aviation authority
    Tom Reyes': a definite title (at most one word before its head), lower-case words of
    what it is over, then a full name closing the subject: the title's head and the name
    ('minister Praful Patel'). A name after a preposition is its object, not the holder
    ('the lawyer for the family of Tom Reyes')."""
    if len(tokens) > 12 or tokens[:1] not in (["the"], ["The"]):
        return None
    at = next((i for i in (1, 2) if i < len(tokens) and _head_title(tokens[i])), None)
    if at is None or (at == 2 and not tokens[1].islower()):
        return None
    name: list[str] = []
    k = len(tokens)
    while k > at + 1 and _is_name_token(tokens[k - 1]) and not tokens[k - 1].endswith(("'s", "’s")):
        k -= 1
        name.insert(0, tokens[k])
    between = tokens[at + 1 : k]
    if (
        len(name) < 2
        or not between
        or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in between)
        or between[-1] in _NOT_BEFORE_SUBJECT | _JOINERS | {"the", "a", "an", "to", "by", "about"}
        or any(w in SPEECH_VERBS or w in _FINITE or w in _PASSIVE for w in between)
        or len(name) > 3
        or _head_title(between[-1])
        or between[-1] in PERSON_NOUNS
        or any(w.endswith(("ed", "ing")) for w in between)
    ):  # 'the coach of world champion Ann Hale', 'the father of missing schoolgirl Ann
        return None  # Hale', 'the manager of struggling Dover Athletic Jim Bell': described
    return " ".join([tokens[at], *name])  # objects, not the title's holder


def _attribution_after(after: str) -> Attribution | None:
    """', Blair stressed', ' he asked', ', said Gemma, 23', ', Tom, 32, ... told'."""
    head = after[:160]
    verbs = _verbs(head)
    if not verbs:
        return None
    verb = verbs[0]
    between = head[: verb.start()]
    if any(mark in between for mark in '"“‘«') or re.search(r"[.!?]\s", between):
        return None  # the verb belongs to a later quote or sentence
    tokens = _tokens(between)
    while tokens and tokens[0] in ",;:":
        tokens.pop(0)
    if not tokens:
        return _subject_after_verb(head[verb.end() :], verb.group())
    joint = joint_subject(tokens)
    if joint:  # '"…," chief executive Tom Reyes and finance director Dana Hill said'
        return Attribution(joint, verb.group(), "joint")
    holder = _title_then_name(tokens)
    if holder:  # '"…," the minister for civil aviation Praful Patel said'
        return Attribution(holder, verb.group(), "name")
    body = _body_title(tokens, from_start=True) or _person_title(tokens, from_start=True)
    if body:  # '"…," the alliance said', '"…," the Arsenal boss said'
        return Attribution(body, verb.group(), "title")
    if len(tokens) >= 4 and tokens[-1] == "," and "," in tokens[:-1]:
        comma = len(tokens) - 2 - tokens[-2::-1].index(",")
        described = _named_after_description(tokens[:comma], tokens[comma + 1 : -1])
        if described:  # '"…," the club's chairman, Tom Reed, told the BBC'
            return Attribution(described, verb.group(), "name")
    document = _owned_document(tokens) or _document_author(tokens)
    if document:  # '"…," Mr Tanzi's statement said.', '"…," a survey by X found'
        return Attribution(document, verb.group(), "name")
    described = _described_name(tokens)
    if described:  # '"…," festival organiser Michael Eavis said.'
        return Attribution(described, verb.group(), "name")
    voice = _bare_voice(tokens)
    if voice:  # '"…," a spokesman said.'
        return Attribution("", verb.group(), "proxy", voice)
    phrase = _name_phrase(tokens, from_start=True) or ""
    count = len(phrase.split())
    if (
        phrase
        and _modifies_a_noun(phrase, tokens)
        and not {t.lower() for t in tokens[count : count + 3]} & _SPEAKS_FOR_A_BODY
    ):  # '"…," one Bombay trader said', 'a Frankfurt dealer': a place, someone unnamed (not
        return None  # 'one Conservative backbencher', 'a Treasury insider', 'a Unison report')
    return _classify(phrase, verb.group(), tokens)


# Nouns after an indefinite body name that make its unnamed member speak for the body.
_SPEAKS_FOR_A_BODY = frozenset(
    """spokesman spokeswoman spokesperson spokespeople official officials source sources
    insider insiders aide aides backbencher backbenchers mp mps member members researcher
    researchers report study survey statement letter analysis ad ads advert""".split()
)


_BARE_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _bare_voice(tokens: list[str]) -> str | None:
    """'a spokesman', 'However, a spokeswoman': someone who speaks for a body the phrase
    does not name (the engine takes the body that has just spoken). The voice word."""
    words = [t for t in tokens if t != ","]
    while words and words[0].lower() in _BODY_OPENERS:
        words = words[1:]
    if len(words) == 2 and words[0].lower() in ("a", "an") and words[1] in _BARE_VOICES:
        return words[1]
    return None


def _described_name(tokens: list[str]) -> str | None:
    """'festival organiser Michael Eavis', 'club spokesman Tom Reyes': lower-case words that
    say what someone is, headed by a title word, then a full name and nothing else (the
    subject of a cue after a quote). Words that would make the name someone else's object
    ('the report about ...') or a possessive are not such a title."""
    words = list(tokens)
    name: list[str] = []
    while words and _is_name_token(words[-1]) and not words[-1].endswith(("'s", "’s")):
        name.insert(0, words.pop())
    if words and words[0] in ("the", "The", "a", "A"):
        words = words[1:]
    body = _leading_body(words)
    if any(w == "campaign" or w in PROXY_WORDS for w in words[len(body) :]):
        body = []  # 'Clinton campaign aide X', 'Acme spokesman X': staff of a principal,
        # read as before (the principal's side)
    words = words[len(body) :]
    if len(name) < 2 or not 1 <= len(words) <= 3 or not _head_title(words[-1]):
        return None
    if not all(
        re.fullmatch(r"[a-z][a-z-]*", w)
        and w not in _NOT_BEFORE_SUBJECT | _PASSIVE
        and w not in SPEECH_VERBS
        for w in words
    ):
        return None
    return " ".join([*body, *words, *name])


def _leading_body(words: list[str]) -> list[str]:
    """'[Harbour Fund Management] investment chief Jo Reyes': the capitalised words of a
    body that open a person's lower-case title (up to five, joined by '&', 'and' or 'of');
    nothing when the title does not follow them."""
    taken = 0
    while taken < min(len(words), 6) and (
        _is_name_token(words[taken])
        or (taken and words[taken] in ("&", "and", "of") and taken + 1 < len(words))
    ):
        taken += 1
    if not 1 <= taken <= 5 or taken == len(words) or not words[taken][:1].islower():
        return []
    return words[:taken]


_RELAYS = frozenset({"reports", "reported"})
# 'but his lawyer', 'but Tom Reyes', 'but the club': a clause with a subject of its own.
_ANOTHER_SUBJECT = re.compile(r"\bbut\s+(?:the|his|her|its|their|a|an|[A-Z][\w’'-]+)\s")


def _another_subject_speaks(before: str, after: int, verbs: list[re.Match[str]]) -> bool:
    """After `after`, does 'but' open a clause whose own subject a verb of speech follows
    ('but his lawyer, Antony Townsden, told')? Not when a verb of its own comes first ('but
    the timing was wrong, and added') or the verb is joined by 'and' ('but a risky one and
    added')."""
    for found in _ANOTHER_SUBJECT.finditer(before, after):
        verb = next((v for v in verbs if v.start() >= found.end()), None)
        if verb is None:
            return False
        between = before[found.end() : verb.start()]
        words = re.findall(r"[A-Za-z]+", between)
        if not any(w.lower() in _AUXILIARY or w.endswith("ed") for w in words) and not (
            words and words[-1] == "and"
        ):
            return True
    return False


def _attribution_before(before: str) -> Attribution | None:
    """'Mr Howard later said on Monday that', 'Mr Kennedy, its leader, commented ..., calling it'.
    The verb nearest the quote wins unless it sits in an earlier verb's complement:
    'Mr Straw said the US had agreed to release them after "…"' is Mr Straw's."""
    verbs = _verbs(before)
    found: list[tuple[re.Match[str], Attribution]] = []
    relative = False
    for verb in verbs:
        prefix = before[: verb.start()]
        if verb.group().lower() in _PARTICIPLES and prefix.rstrip().endswith(","):
            continue  # ', calling it ...': the subject is that of an earlier verb
        who = _WHO_BEFORE_VERB.search(prefix)
        if who and not any(
            _CLAUSE_NEXT.match(before, v.end()) for v in verbs if v.end() <= who.start()
        ):  # 'from Mike Lee, who declared ...' (not 'Weitz said he had visited Pullman, who
            # had told him ...': that clause is in what Weitz reports)
            relative = True
            antecedent = _antecedent(_tokens(prefix[: who.start()]), verb.group())
            if antecedent:
                found.append((verb, antecedent))
            continue
        inverted = None
        if prefix.rstrip().endswith(",") and verb.group().lower() in _INVERTIBLE:
            rest = before[verb.end() :]  # 'The comments, said Junya Tanase of X, were "…"'
            inverted = _subject_after_verb(rest, verb.group()) if "," in rest else None
        attribution = inverted or _subject_before(prefix, verb.group())
        if (
            attribution is None
            and verb.group().lower() in _INVERTIBLE
            and prefix.rstrip().endswith(",")
        ):
            inverted_name = _inverted_name(before[verb.end() :])
            if inverted_name:  # 'the courts which, said Mr Hopkins, "is part of ..."'
                attribution = Attribution(inverted_name, verb.group(), "name")
        if attribution:
            found.append((verb, attribution))
    if found:
        chosen = len(found) - 1
        while (
            chosen > 0
            and not re.search(
                r"[,;:]", before[found[chosen - 1][0].end() : found[chosen][0].start()]
            )
            and not (
                found[chosen - 1][0].group().lower() in _RELAYS
                and found[chosen - 1][1].speaker.startswith(("The ", "the "))
            )
        ):  # ('The News of the World reports that Anelka told a magazine: "…"': a paper
            chosen -= 1  # relays the words, not who says them; 'Nurse Ann Hale reported
            # that Tom Reyes told her ...: "I could not"' is still hers)
        if found[chosen][0] is not verbs[-1] and _another_subject_speaks(
            before, found[chosen][0].end(), verbs
        ):
            return None  # 'US Customs claimed ... but his lawyer, Tom Reyes, told the BBC
            # ... and added: "…"': the nearest verb is another subject's, one no rule names
        return found[chosen][1]
    if relative:
        return None  # a verb bound to a 'who' no rule can name: not the clause's subject
    if any(v.group() not in _PLURAL_VIEWS for v in verbs):
        tokens = _tokens(before)
        to_verb = _tokens(before[: verbs[0].start()])  # the words up to the first cue
        first = _name_phrase(tokens, from_start=True)
        if (
            first
            and not _modifies_a_noun(first, tokens)
            and not _heads_a_plural(first, tokens)
            and _relative_of(before, verbs, first)
            and not _clause_of_its_own(to_verb)
        ):
            return Attribution(first, verbs[0].group(), "name")
        subject = _clause_subject(tokens, verb_next=True)  # 'But Ms Blears defended …: "…"'
        if (
            subject
            and subject[0]
            and not _clause_of_its_own(to_verb[len(tokens) - len(subject[1]) :])
        ):
            return _classify(subject[0], verbs[0].group(), subject[1][:1])
    return None


def _clause_of_its_own(words: list[str], coordinated: bool = False) -> bool:
    """`words` run from a sentence's subject to a verb: does the verb sit in a clause with a
    subject of its own ('Mr Sayeed was suspended after the committee said ...'), opened by a
    conjunction and a noun phrase? Then the subject is not who says the words ('while
    condemning violence, accused ...' opens no such clause, and 'when he said' may be the
    subject again)."""
    opened = [i for i, w in enumerate(words) if w.lower() in _CLAUSE_OPENERS]
    if not opened or opened[-1] + 1 >= len(words):
        return False
    clause = words[opened[-1] + 1 :]
    if "," in clause or any(w.lower() in _AUXILIARY for w in clause):
        return False  # 'broke down when the verdict was read and told reporters': the verb
        # is the subject's again, after the clause
    if coordinated and not any(w.endswith("ed") for w in clause[1:]):
        return False  # 'arrived after the vote and said': no clause, a time
    return clause[0].lower() in _LEADING_WORDS or _is_name_token(clause[0])


# Conjunctions opening a clause with a subject of its own: the subordinators, less those
# that open asides too ('a minister since 2010', 'once a close ally') or no clause a verb of
# speech sits in ('unless', 'whereas'), and with 'when' and 'while'.
_CLAUSE_OPENERS = (_SUBORDINATORS - {"unless", "whereas", "since", "once"}) | {"when", "while"}


# ', who said', ' - who previously said', ', who has publicly vowed': a relative clause whose
# verb is the cue; its speaker is the one it follows.
_WHO_BEFORE_VERB = re.compile(
    r"(?:,|\s[–—-])\s*who(?:\s+(?:has|have|had|also|previously|later|then|once|often|"
    r"[a-z]+ly))*\s*$"
)


def _antecedent(tokens: list[str], verb: str) -> Attribution | None:
    """Who a ', who <verb>' clause is about: the name the tokens end with; None when they
    end with none ('a group of hackers', 'the Mexican president': no one the sentence
    names) or with a name that is not who the clause is about ('the wife of Tom Reyes')."""
    phrase = _name_phrase(tokens, from_start=False)
    if not phrase or phrase.split()[0].lower() == "the":
        return None
    before = tokens[: len(tokens) - len(phrase.split())]
    if phrase.endswith(("'s", "’s")) or "of" in (t.lower() for t in before[-2:]):
        return None  # 'the daughter of ex-King Michael of Romania, who said'
    return Attribution(phrase, verb, "name")


_INDEFINITE = frozenset(_LEADING_WORDS - {"the"})
_RELATIVE_CUE = re.compile(r",\s*(?:who|which)(?:\s+[a-z]+)?\s*$")


# ', who said', 'Staunton, 49, who told', ', who has also warned': a relative clause whose
# verb of speech comes first, right after the name it is about
_RELATIVE_SPEECH = re.compile(
    r"(?<=[\w.’'])\s*,\s*(?:\d{1,3}\s*,\s*)?who\s+"
    r"(?:(?:has|had|have|also|later|then|earlier|previously|once|repeatedly)\s+){0,2}$"
)


# What a verb of speech in such a clause reports: a clause ('said he would', 'warned that'),
# or a clause after whom it was told to ('told BBC News 24 she had')
_TOLD_CLAUSE = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+|\d+\s+){1,4}(?:that|he|she|they|it)\s")


def _relative_speaker(prefix: str, rest: str) -> str | None:
    """The name a relative clause of speech is about: 'Jay-Z, who said he would ...', 'a
    nomination for Staunton, 49, who told BBC News she ...'. The name must stand right
    before the comma (after 'of', 'the wife of Tom Reyes, who said', 'who' may be either)
    and the verb must report a clause ('who also expressed an interest' reports nothing)."""
    cue = _RELATIVE_SPEECH.search(prefix)
    if cue is None or not (_CLAUSE_NEXT.match(rest) or _TOLD_CLAUSE.match(rest)):
        return None
    head = _tokens(prefix[: cue.start()])
    name = _name_phrase(head, from_start=False)
    if not name:
        return None
    before = head[: len(head) - len(name.split())]
    if before and before[-1].lower() in _PREPOSITIONS | {"in", "on", "to", "by"} and "," in before:
        comma = len(before) - 1 - before[::-1].index(",")
        if before[comma + 1 : comma + 2] and before[comma + 1].lower() in ("the", "a", "an"):
            return None  # 'Tom Reyes, the head of the port in Dover, who said': the place
            # or the man before the aside, a reader may take either
    if before and before[-1].lower() in ("of", "and", "&"):
        return None
    return name


# ', but Jones insisted', '; Mr Reyes said': a clause of a sentence's second speaker.
_SECOND_CLAUSE = re.compile(r"(?:,\s+(?:but|while|whereas)|;)\s+")


def own_clause(sentence: str, attribution: Attribution) -> int | None:
    """'The lock believes the forwards are not big enough, but Jones insisted his front row
    ...': where the clause the cue's speaker opens after ', but' (or ';', ', while') starts
    in `sentence`, when something else comes before it; None when the cue opens the
    sentence. Only that clause is the speaker's words."""
    if attribution.kind in ("pronoun", "proxy") or not attribution.speaker:
        return None
    at = sentence.find(attribution.speaker)
    if at <= 0:
        return None
    for boundary in _SECOND_CLAUSE.finditer(sentence, 0, at):
        if boundary.end() == at or (
            boundary.end() < at and sentence[boundary.end() : at].strip().lower() in ("the", "")
        ):
            return boundary.end()
    return None


def relative_words(sentence: str, attribution: Attribution) -> tuple[int, int] | None:
    """Where the words of a relative clause of speech lie in `sentence` ('who said he would
    make no more music' in 'Jay-Z, who said he would make no more music, will become its
    president'): from 'who' to the clause's next comma or the sentence's end. None when the
    attribution is not such a clause's."""
    for match in re.finditer(r"\bwho\b", sentence):
        verb = re.compile(rf"\s*(?:[a-z]+\s+){{0,2}}?{re.escape(attribution.verb)}\b")
        cue = verb.match(sentence, match.end())
        if cue is None:
            continue
        prefix, rest = sentence[: cue.end() - len(attribution.verb)], sentence[cue.end() :]
        if _relative_speaker(prefix, rest) != attribution.speaker:
            continue
        comma = sentence.find(",", cue.end())
        end = comma if comma > 0 else len(sentence.rstrip().rstrip(".!?"))
        if _verbs(sentence[end:]):
            return None  # 'Barkley, who said he votes Democrat, said ...': all his words
        return match.start(), end
    return None


def _relative_of(before: str, verbs: list[re.Match[str]], first: str) -> bool:
    """A verb right after ', who' or ', which' speaks for the name just before the comma:
    'Jack Straw, who argues ...' is Jack Straw's, but in 'The union's stance is endorsed by
    the Forum (MMF), who say ...' the sentence's first name does not speak. True when no
    verb is so placed, or the name before each such comma is `first`."""
    for verb in verbs:
        cue = _RELATIVE_CUE.search(before, 0, verb.start())
        if cue is None:
            continue
        head = _tokens(before[: cue.start()])
        if len(head) >= 3 and head[-1] == ")" and head[-3] == "(":
            head = head[:-3]  # 'the Music Managers' Forum (MMF), who say'
        if _name_phrase(head, from_start=False) != first:
            return False
    return True


def _modifies_a_noun(phrase: str, tokens: list[str]) -> bool:
    """'An IAAF statement', 'One Labour MP': a name after an indefinite word and before a
    lower-case noun describes that noun, which the sentence does not name."""
    words = phrase.split()
    following = tokens[len(words)] if len(words) < len(tokens) else ""
    return (
        words[0].lower() in _INDEFINITE
        and following[:1].islower()
        and following.lower() not in SPEECH_VERBS
    )


# 'the prime minister's official spokesman said': a proxy whose principal is a title.
_TITLE_PROXY = re.compile(
    r"(?:^|\s)[Tt]he\s+(?P<title>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)['’]s\s+"
    r"(?P<role>(?:official\s+|own\s+|chief\s+)?(?:spokesman|spokeswoman|spokesperson))$"
)
# Who speaks for a body when unnamed: 'a Labour spokesman', 'a Home Office official'.
_BODY_VOICES = PROXY_WORDS | {"official", "officials", "source", "sources", "spokespeople"}


# Plain forms of verbs of thinking ('They believe', 'Police think'): a view a definite body
# holds, never that of a group the story leaves unnamed ('some officials think').
_PLURAL_VIEWS = frozenset({"believe", "think"})


_NEGATED = re.compile(r"\s(?:(?:did|does|do)\s+not|didn['’]t|doesn['’]t|don['’]t)\s*$")


def _subject_before(prefix: str, verb: str) -> Attribution | None:
    negated = _NEGATED.search(prefix) if verb in _PLURAL_VIEWS else None
    if negated:  # 'Mr Adams did not believe anyone ...': his view, whoever holds it
        return _subject_before_verb(prefix[: negated.start()] + " ", verb)
    found = _subject_before_verb(prefix, verb)
    if found is not None and verb in _PLURAL_VIEWS:
        words = _tokens(prefix)
        while words and words[0].lower() in _BODY_OPENERS:
            words.pop(0)
        definite = (
            2 <= len(words) <= 4
            and words[0] in ("the", "The")
            and all(w[:1].isupper() for w in words[1:])
            and found.kind == "name"
        )  # 'The Lib Dems believe'
        plain = len(words) == 1 and (
            found.speaker == "they" or found.speaker.lower() in BODY_GROUPS
        )  # 'They believe', 'Police think'
        if not (definite or plain):
            return None  # 'Privately, some Democratic officials think', 'Americans believe'
    return found


_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_DAYS = "|".join(_WEEKDAYS)

# What may follow a closing cue's verb: nothing, or a short time or setting ('..., The
# Washington Post reported in 1991.', '..., the paper said on Monday.', '..., Reyes said in
# a statement.').
_CLOSING_TAIL = re.compile(
    r"(?:\s+(?:(?:in|on|at|during|last|this|earlier|late|later)\s+[^,;:\"“”()]{1,30}?"
    rf"|{_DAYS}|yesterday|today))?\s*[.!?]?\s*"
)


# 'Eric Trump called.', 'called into the show', 'a super PAC called Our Principles is ...',
# 'Mr. Obama called both candidates on Tuesday and ...': a telephone call or a name given,
# no words - 'called' speaks only with something said of its object ('called Reyes a liar').
_CALLED_NOT_SPEECH = re.compile(
    r"\s*(?:[.;!?)]|,\s)"
    r"|\s+(?:into|back|up|off|in)\b"
    r"|\s+(?:[A-Z][\w’'-]*+|\d++)(?:\.?\s+(?:[A-Z][\w’'-]*+|\d++)){0,3}+"  # a name
    r"(?:\s*+[.;!?)]|\s+(?:is|was|has|had|will|would|and|on|last)\b)"
    r"|\s+(?:both|the|his|her|their|its)\s+[a-z]+"  # ('called the sale illegal' speaks)
    r"\s*(?:[.;!?)]|\s(?:on|last|and)\b|\s(?:" + _DAYS + r")\b)"
)

# A time between the subject and its verb: 'The Times on Monday said', 'the firm last week said'
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_TIME_BEFORE_VERB = re.compile(
    rf"\s+(?:on\s+(?:{_DAYS})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|in\s+(?:(?:{_MONTH_NAMES})(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)"
    rf"|(?:(?:earlier|late|later)\s+)?(?:last|this)\s+(?:week|month|year|morning|night)"
    r"|yesterday|today)\s*$"
)


def _subject_before_verb(prefix: str, verb: str) -> Attribution | None:
    prefix = _TIME_BEFORE_VERB.sub(" ", prefix)
    bare = prefix.rstrip()
    while (last := bare.rsplit(None, 1)[-1] if bare else "") and (
        last in _SKIPPABLE or (last.endswith("ly") and last.islower())
    ):  # "The prime minister's official spokesman also said"
        bare = bare[: len(bare) - len(last)].rstrip()
    titled = _TITLE_PROXY.search(bare)
    if titled:
        role = " ".join(titled.group("role").split())
        return Attribution("the " + titled.group("title"), verb, "proxy", role)
    tokens = _tokens(prefix)
    while tokens and (
        tokens[-1].lower() in _SKIPPABLE or (tokens[-1].endswith("ly") and tokens[-1].islower())
    ):  # 'later', not 'Kelly'
        if tokens[-1].lower() in _PASSIVE and verb.lower() in _PARTICIPLES_PAST:
            return None  # 'Mr Blair was told by ...': the name before is not the speaker
        tokens.pop()
    if [t.lower() for t in tokens[-3:]] in (["went", "on", "to"], ["goes", "on", "to"]):
        tokens = tokens[:-3]  # 'He went on to say:'
    tokens = _without_aside(tokens, verb)
    if tokens and tokens[-1] == ",":  # appositive: 'X, an adviser to ..., said'
        tokens.pop()
        segment: list[str] = []
        while tokens and tokens[-1] != ",":
            segment.insert(0, tokens.pop())
        if not tokens:
            return None
        tokens.pop()
        if len(segment) >= 4 and segment[-1] == ")" and segment[-3] == "(":
            segment = segment[:-3]  # 'Oil & Natural Gas Corp (ONGC)'
        named = _name_phrase(segment, from_start=True)
        if (
            named
            and named == " ".join(segment)
            and not _looks_like_person(named)
            and (
                _possessed_body(tokens)
                or _body_title(tokens, from_start=False)
                or (tokens[-1].lower() in BODY_NOUNS and tokens[-1].islower())
            )  # "Manufacturers' organisation, the EEF, said"
        ):  # "India's biggest oil firm, Oil & Natural Gas Corp (ONGC), says": the body is
            return Attribution(named, verb, "name")  # named after its description
        if named != " ".join(segment) and len(segment) <= 6 and segment[0] in ("the", "The"):
            named = _name_phrase(segment, from_start=False)  # 'the Most Reverend Peter Smith'
            dropped = segment[: len(segment) - len((named or "").split())]
            if dropped and dropped[-1].lower() in _NOT_BEFORE_SUBJECT | _PREPOSITIONS:
                named = None  # 'The airline, the brainchild of Mr Mallya, expects': the name
                # is what the description is of, not the subject
            segment = (named or "").split()
        if (
            named
            and named == " ".join(segment)
            and _looks_like_person(named)
            and tokens
            and (
                tokens[-1].lower() in ROLE_WORDS
                or any(t.lower() in PERSON_NOUNS and t[:1].isupper() for t in tokens[-6:])
                or _describes_the_name(tokens)
            )
        ):  # 'The shadow foreign secretary, Michael Ancram, welcomed ...', 'The Roman
            # Catholic Archbishop of Cardiff, the Most Reverend Peter Smith, told ...'
            return Attribution(named, verb, "name")
        described = _named_after_description(tokens, segment)
        if described:  # "But the work's author, US playwright Eve Ensler, says"
            return Attribution(described, verb, "name")
        if len(tokens) >= 2 and tokens[-1].isdigit() and tokens[-2] == ",":
            tokens = tokens[:-2]  # 'Robert Jackson, 58, MP for Wantage, said'
    if len(tokens) >= 4 and tokens[-1] == ")" and tokens[-3] == "(" and tokens[-2][:1].isupper():
        tokens = tokens[:-3]  # 'The International Energy Agency (IEA) warned', '... (Apacs)'
    if not tokens:
        return None
    voice = _bare_voice(tokens)
    if voice:  # 'A spokesman said ...', 'However, a spokeswoman insisted ...'
        return Attribution("", verb, "proxy", voice)
    spoken_for = _proxy_for_a_body(tokens)
    if spoken_for:  # 'A spokesman for the World Summit for the Information Society told'
        return Attribution(spoken_for[0], verb, "proxy", spoken_for[1])
    opening = tokens
    while opening and opening[0].lower() in _BODY_OPENERS:
        opening = opening[1:]
    joint = joint_subject(opening)
    if joint:  # 'Tom Reyes and Dana Hill said ...'
        return Attribution(joint, verb, "joint")
    affiliated = _person_of_organisation(tokens)
    if affiliated:  # 'Laura Brown of Save the Children said'
        return Attribution(affiliated, verb, "name")
    body = _body_title(tokens, from_start=False) or _person_title(tokens, from_start=False)
    if body:  # 'However, the think tank said', 'the Two Ronnies star said'
        return Attribution(body, verb, "title")
    owned = _possessed_body(tokens)
    if owned:  # "Australia's competition watchdog said"
        return Attribution(owned, verb, "name")
    document = _owned_document(tokens) or _document_author(tokens)
    if document:  # '"…," Mr Tanzi's statement said.', 'a report by X says'
        return Attribution(document, verb, "name")
    phrase = _name_phrase(tokens, from_start=False) or ""
    if phrase and len(tokens) > len(phrase.split()) and tokens[-len(phrase.split()) - 1] == "and":
        listed = _listed_name(tokens[: len(tokens) - len(phrase.split()) - 1], phrase)
        if listed is None:
            return None  # 'Tom Reyes, Ann Hale and Jo Dale said': not the last one alone
        phrase, tokens = listed
    if phrase in POST_NOMINALS and len(tokens) >= 3 and tokens[-2] == ",":
        named = _name_phrase(tokens[:-2], from_start=False)  # 'Judge Richard Mawrey, QC
        if not named:  # told': the letters after a name are no speaker; the name is
            return None
        phrase, tokens = named, tokens[:-2]
    if phrase:
        taken = len(phrase.split())
        rest = tokens[: len(tokens) - taken]
        before = [t.lower() for t in rest]
        proxy = _proxy_before(rest)
        if proxy:
            return Attribution(phrase, verb, "proxy", proxy)  # 'a spokesman for X'
        if (
            phrase.startswith("the ")
            and len(rest) >= 2
            and re.fullmatch(r"[a-z]{2,}ing", rest[-1])
            and before[-1] not in _PARTICIPLES
            and (before[-2] in BODY_NOUNS or before[-2] in PERSON_NOUNS or rest[-2].endswith("s"))
            and before[-2] not in _NOT_BEFORE_SUBJECT | _LEADING_WORDS
        ):  # 'MPs from the committee scrutinising the Office for ... said': the body is what
            return None  # the participle acts on, not who speaks (not 'Following the ruling
            # the FA said', 'On Friday morning the Jockey Club said': no noun before it)
        if _qualifies_a_noun(before) and not any(w.lower() in ROLE_WORDS for w in phrase.split()):
            return None  # 'its (recently unveiled) Walkman branded phone': a name qualifying
            # a noun, not a subject ('its chief executive John Smith said' has a title)
        if before and before[-1] in ("a", "an"):
            if phrase.split()[-1].lower() not in _BODY_VOICES:
                return None  # 'A Labour MP suggested': someone the sentence does not name
            before = before[:-1]  # 'An FA spokesman said' speaks as 'A BBC spokesman' does
        relative = _relative_clause_subject(rest)
        if relative is not None:
            return Attribution(relative, verb, "name") if relative else None
        words = phrase.split()
        described = _name_before_title(rest, words)
        if described:
            return Attribution(described, verb, "name")
        owner = max((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), default=None)
        if (
            owner is not None
            and words[-1].lower() in PROXY_WORDS
            and all(w.lower() in ROLE_WORDS for w in words[owner + 1 :])
        ):
            # "Michael Howard's spokesman", "Tony Blair's official spokesman"
            principal = " ".join(words[: owner + 1])[:-2]
            return Attribution(principal, verb, "proxy", words[-1].lower())
        earlier = _name_before_affiliation(tokens[: len(tokens) - taken])
        if earlier:
            return Attribution(earlier, verb, "name")
        if len(before) >= 2 and before[-1] == "for" and before[-2] in ROLE_WORDS:
            return None  # 'The new health minister for Wales says': the place is no speaker
        if before and _SUBORDINATORS & {before[0], before[-1]} and len(before) <= 3:
            return None  # 'But before Newcastle said ..., Bellamy insisted': a clause that
            # opens the sentence is subordinate; its main clause's subject speaks
        if before and before[-1] == "than":
            return None  # '£2bn more than Mr Brown predicted': a comparison with what they
            # said, in the reporter's words
        partitive = len(before) >= 2 and before[-1] == "of" and before[-2] in _PARTITIVES
        if before and before[-1] == "with" and verb.lower().endswith("ing"):
            return _classify(phrase, verb, tokens[-1:])  # '..., with Charles Kennedy
            # claiming ...': the name is the subject of the verb after it
        if before and before[-1] in _NOT_BEFORE_SUBJECT and not partitive:
            return None  # 'hit back at Labour claims': a noun after a preposition
        if _object_of_preposition(rest, verb):
            return None  # 'the report about harbour master Tom Reyes said': the report
        if (
            before
            and before[-1].endswith("ed")
            and before[-1].isalpha()
            and any(w in ("who", "which", "that") for w in before[-4:-1])
        ):
            return None  # 'the barrister who represented Mr Martin had said': an object

    if not phrase and tokens and tokens[-1].lower() not in _PREPOSITIONS | {"the"}:
        earlier = _name_before_affiliation(tokens)
        if earlier:  # 'Mark Serwotka, from the Public and Commercial Services union said'
            return Attribution(earlier, verb, "name")
    return _classify(phrase, verb, tokens[-1:])


_ADVERBIAL_OPENERS = frozenset("In After Before During At On With Following Amid".split())
_POSSESSIVE_DETERMINERS = frozenset("its his her their our my your".split())


def _qualifies_a_noun(before: list[str]) -> bool:
    """Does a possessive determiner come right before the name, or before adverbs and
    participles only ('its Walkman branded phone', 'its recently unveiled Walkman')? Then the
    name qualifies a noun. Not 'his mother Katherine Jackson', 'In its statement Valve'."""
    k = len(before)
    while k > 0 and re.fullmatch(r"[a-z]+(?:ly|ed|ing)", before[k - 1]):
        k -= 1
    return k > 0 and before[k - 1] in _POSSESSIVE_DETERMINERS


_FUNCTION_WORDS = frozenset(
    "which who whom whose that what how why where and or but as if when while because than".split()
)
# Prepositions whose object a name is; not those inside titles ('director of rugby', 'minister
# for sport', 'spokesman on home affairs', 'ambassador in Washington'), nor those of an
# author ('a letter from company president Lee Scott saying', 'a report by ...').
_OBJECT_PREPOSITIONS = frozenset(
    "about against to with into onto upon between among over under".split()
)


def _object_of_preposition(before: list[str], verb: str) -> bool:
    """Do a preposition and at most two lower-case words of a title come right before the
    name ('about harbour master', 'to ferry boss')? Then the name is that preposition's
    object, not the subject of the verb after it ('with its chairman Tom Reyes
    adding' is the participle's subject)."""
    if before and (before[0] in _ADVERBIAL_OPENERS or before[0].endswith("ing")):
        return False  # 'In a letter to staff boss Ann Hale said': an opening phrase, no comma
    k = len(before)
    while k > 0 and len(before) - k < 2 and before[k - 1].isalpha() and before[k - 1].islower():
        if before[k - 1] in _NOT_BEFORE_SUBJECT | _FUNCTION_WORDS or before[k - 1] in SPEECH_VERBS:
            break  # 'under proposals which the Tories say': a clause of its own
        k -= 1
    if not 0 < k < len(before):
        return False
    if before[k - 1] == "with" and verb.lower().endswith("ing"):
        return False  # 'with its chairman Tom Reyes adding'
    return before[k - 1] in _OBJECT_PREPOSITIONS


def _describes_the_name(description: list[str]) -> bool:
    """'Kenteris's lawyer, Gregory Ioannidis, said', 'his counterpart on the committee, Alan
    Beith, said', 'Head of genetics at the Institute, Professor Robin Hale, said': a noun
    phrase opening its clause, with a title or a noun of what someone is ('lawyer',
    'counterpart') and no verb of its own, before a person's name between commas, is that
    person's description, so the person speaks."""
    opening = description
    while opening and opening[0].lower() in _BODY_OPENERS:
        opening = opening[1:]
    if not opening or len(opening) > 12 or "," in opening or "and" in opening:
        return False  # ('The company and the minister, Ann Hale, confirmed': two speakers)
    words = [w.lower() for w in opening]
    if any(
        w in _SUBJECT_PRONOUNS
        or w in SPEECH_VERBS
        or w in _ASIDE_OPENERS
        or w == "that"
        or re.fullmatch(r"[a-z]+(?:ed|ing)", w)
        for w in words
    ):
        return False  # 'After meeting ...', 'The officer who shot ...': a clause of its own
    head = next((w for w in words if w in _TITLE_PREPOSITIONS), None)
    if head is not None and _names_a_person(opening[-1]):
        return False  # 'The mother of the teenager, Tom Reyes,', 'A spokesman for the
        # club's owner, Tom Reyes,': the name may be the one the phrase ends on
    noun = words[: words.index(head)] if head else words
    return bool(noun) and _says_what_someone_is(noun[-1])


def _says_what_someone_is(noun: str) -> bool:
    """'lawyer', 'counterpart', 'organiser', 'chairman': a lower-case noun of a person's title,
    job or relation to someone."""
    return (
        noun in ROLE_WORDS
        or noun in PERSON_NOUNS
        or noun in _KIN_AND_COLLEAGUES
        or bool(_AGENT_NOUN.fullmatch(noun))
    )


def _names_a_person(word: str) -> bool:
    """Is this lower-case noun one for a person ('teenager', 'victim', 'owner', 'father')?"""
    lowered = word.lower().removesuffix("'s").removesuffix("’s")
    return word.islower() and (_says_what_someone_is(lowered) or lowered in _PEOPLE_NOUNS)


_PEOPLE_NOUNS = frozenset(
    """man woman boy girl child children teenager victim family families pupil student
    patient widow widower people person resident residents fan fans parents""".split()
)
_TITLE_PREPOSITIONS = frozenset("of at from for with on in to about over under by".split())
_SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
_KIN_AND_COLLEAGUES = frozenset(
    """counterpart colleague predecessor successor deputy friend partner wife husband son
    daughter father mother brother sister""".split()
)


_DASHES = frozenset("- – —".split())
_ASIDE_OPENERS = frozenset("which who whose including".split())


def _without_aside(tokens: list[str], verb: str) -> list[str]:
    """The tokens before an aside that runs up to the verb: a dash pair ('Paul Myers, chief
    executive of X - a service which ... - believes'), or a relative or 'including' clause
    ('The Alliance, which includes A, B and C, said', 'the Association (Apacs) which
    represents the industry said'). Names inside the aside are never the subject."""
    window = max(0, len(tokens) - 40)
    if tokens and tokens[-1] in _DASHES:
        opening = [i for i in range(window, len(tokens) - 1) if tokens[i] in _DASHES]
        if opening:
            return tokens[: opening[-1]]
    for i in range(len(tokens) - 1, max(window, 1) - 1, -1):
        if tokens[i].lower() in _ASIDE_OPENERS and (
            tokens[i - 1] in (",", ")")
            or (tokens[i - 1][:1].isupper() and tokens[i] != "including")
        ):
            aside = tokens[i + 1 :]
            closed = bool(aside) and aside[-1] in (",", ")", *_DASHES)
            if not closed and (
                verb.lower() not in _INVERTIBLE
                or not 2 <= len(aside) <= 10
                or not re.fullmatch(r"[a-z]+(?:s|ed)", aside[0])
                or aside[0] in _PRONOUNS | _PASSIVE | _SKIPPABLE
            ):  # an open aside must start with its verb ('which represents', 'who
                # presents') and end at a strong verb; in 'Pullman, who had told him',
                # 'Robinson, who he believes was' or 'which nonpartisan analyses have
                # estimated', the verb is the clause's own
                break
            head = tokens[:i]
            while head and head[-1] == ",":
                head.pop()
            if "," in head[-10:]:  # 'Parker Eaton, a nominal Republican who voted ..., said':
                head.append(",")  # the clause is about the appositive; its subject is before
            return head
    return tokens


# Words that head an organisation's name ('the Department for ...', 'the Institute of ...').
_BODY_HEADS = BODY_NOUNS | frozenset(
    """department ministry office centre center centres centers board bureau service
    services society trust university college academy court""".split()
)


def _listed_name(tokens: list[str], last: str) -> tuple[str, list[str]] | None:
    """`tokens` stand before '... and <last>' ahead of a verb. A body named with a list
    ('the Department for Culture, Media and Sport') is one phrase: it comes back with the
    tokens up to it. A list of names ('Tom Reyes, Ann Hale and Jo Dale') is no one of them
    alone: None. Anything else comes back as it was."""
    items, end = 0, len(tokens)
    while True:
        start = end
        while start > 0 and _is_name_token(tokens[start - 1]):
            start -= 1
        if start == end:
            break
        items, end = items + 1, start
        if end == 0 or tokens[end - 1] != ",":
            break
        end -= 1
    unchanged = (last, [*tokens, "and", *last.split()])
    if items and end >= 2 and tokens[end - 1].lower() in ("for", "of"):
        head = end - 1
        while head > 0 and _is_name_token(tokens[head - 1]):
            head -= 1
        if head < end - 1 and tokens[head].lower() in ROLE_WORDS:
            named = last.split()[-2:]  # 'Minister for Children, Young People and Families
            return " ".join(named), [*tokens, "and", *named]  # Margaret Hodge said'
        if head < end - 1 and (
            {t.lower() for t in tokens[head : end - 1]} & _BODY_HEADS
            or not tokens[end - 2].endswith("s")  # 'The Chamber of Shipping, Commerce and
        ):  # Industry' (not 'Allies of X and Y', 'Members of ...': people)
            head -= 1 if head > 0 and tokens[head - 1] in ("the", "The") else 0
            listed = " ".join(tokens[head:]).replace(" ,", ",") + " and " + last
            return listed, [*tokens[:head], *listed.split()]
        if head < end - 1:
            return None  # 'Allies of Tony Blair and Gordon Brown', 'Leaders of Unison, GMB
            # and Unite': a group the sentence describes, no one body or person of it
        if tokens[end - 2].islower() and tokens[end - 2] not in _BODY_VOICES:
            return None  # 'The star of Rain Man and Tootsie said': someone the phrase
            # describes, not the last title it lists
    return None if items >= 2 else unchanged


def _name_before_title(rest: list[str], title: list[str]) -> str | None:
    """'Dafydd Rees, Plaid Cymru health spokesman said': a title with no name of its own (it
    ends in a lower-case title word), after a comma whose closing twin is left out, describes
    the person named before the comma, when that name opens the sentence ('After meeting
    Dafydd Rees, the health spokesman said' is the spokesman's)."""
    if not rest or rest[-1] != "," or not title[-1].islower() or title[-1] not in ROLE_WORDS:
        return None
    named = _name_phrase(rest[:-1], from_start=False)
    if not named or not _looks_like_person(named):
        return None
    opening = rest[: len(rest) - 1 - len(named.split())]
    return named if _opens_clause(opening) else None


def _named_after_description(description: list[str], segment: list[str]) -> str | None:
    """ "the work's author, [US playwright Eve Ensler],", "the play's organiser in Uganda,
    [Sarah Mukasa],": a definite description opening its clause, then between commas a
    person's name (after at most two words of their own title): that person."""
    at = max((i for i, t in enumerate(description) if t in ("the", "The")), default=-1)
    words = description[at + 1 :]
    if (
        at < 0
        or not 1 <= len(words) <= 7
        or "," in words
        or not _opens_clause(description[:at])
        or any(w.lower() in SPEECH_VERBS or w.lower() in _PRONOUNS for w in words)
        or not words[-1][:1].isalpha()
    ):
        return None
    named = _name_phrase(segment, from_start=False)
    if not named or not _looks_like_person(named) or len(segment) - len(named.split()) > 2:
        return None
    title = [w.lower() for w in segment[: len(segment) - len(named.split())]]
    if any(w in _NOT_BEFORE_SUBJECT or w.endswith("ed") for w in title):
        return None  # 'The company, owned by Tom Reyes, said': the owner is not the company
    return named


def _proxy_for_a_body(tokens: list[str]) -> tuple[str, str] | None:
    """'a spokesman for the World Summit for the Information Society': a proxy word, 'for',
    then a name running up to the verb, capitalised words with 'of' or 'for' (and 'the',
    'and') between them: (that name, the proxy word). The proxy speaks for all of it, not for
    its last capitalised words."""
    j = next(
        (
            k + 2
            for k in range(len(tokens) - 2)
            if tokens[k].lower() in PROXY_WORDS and tokens[k + 1] == "for"
        ),
        0,
    )
    if not j or len(tokens) - j > 12:
        return None
    name = tokens[j:]
    if name[:1] != ["the"]:
        return None  # 'a spokesman for Ann Hale of the Green Party': hers, read as before
    name = name[1:]
    if (
        not name
        or not {"of", "for"} & set(name)
        or not all(_is_name_token(w) or w in _INSIDE_A_NAME for w in name)
        or not _is_name_token(name[0])
        or not _is_name_token(name[-1])
    ):
        return None
    return " ".join(tokens[j:]), tokens[j - 2].lower()


def _proxy_before(tokens: list[str]) -> str | None:
    """'a spokesman for [X]', 'a spokesman for European Justice and Home Affairs
    Commissioner [Franco Frattini]': the proxy word when the tokens end in one, then 'for' or
    'to', then at most eight words of a title (capitalised, 'and', 'of')."""
    j = len(tokens)
    while (
        j > 0
        and len(tokens) - j < 8
        and (tokens[j - 1][:1].isupper() or tokens[j - 1] in ("and", "of", "&"))
    ):
        j -= 1
    if j >= 2 and tokens[j - 1].lower() in ("for", "to") and tokens[j - 2].lower() in PROXY_WORDS:
        return tokens[j - 2].lower()
    return None


_AFFILIATIONS = frozenset("of from at".split())
_INSIDE_A_NAME = frozenset("of for the and &".split())


def _person_of_organisation(tokens: list[str]) -> str | None:
    """'Tom Reyes of Save the Whales', 'Ana Ruiz from the Campaign for the Protection of Rural
    Wales': a person opening the clause, then 'of', 'from' or 'at' and a body's name running
    up to the verb (capitalised words, and 'the', 'of', 'for', 'and' between them). The
    person speaks, whatever lower-case words the body's name holds."""
    for i in range(2, len(tokens) - 1):
        if tokens[i].lower() not in _AFFILIATIONS or not _is_name_token(tokens[i - 1]):
            continue
        body = tokens[i + 1 :]
        if not _is_name_token(body[-1]) or not all(
            _is_name_token(t) or t.lower() in _INSIDE_A_NAME for t in body
        ):
            continue
        joined = [k for k, t in enumerate(body) if t == "and"]
        if any(_person_of_organisation(body[k + 1 :]) for k in joined):
            return None  # 'X of Labour and Y of the Tories said': two speakers
        person = _name_phrase(tokens[:i], from_start=False)
        if (
            person
            and _looks_like_person(person)
            and not person.split()[0].islower()
            and person.split()[0] not in ("The", "the")
            and not any(w.lower() in BODY_NOUNS for w in person.split())
            and _opens_clause(tokens[: i - len(person.split())])
        ):  # 'The Muslim Council of Britain said' is one body, no person of it
            return person
        return None
    return None


_DOCUMENTS = frozenset("statement letter".split())


def _owned_document(tokens: list[str]) -> str | None:
    """'Mr Tanzi's statement', "the Vestey Group's letter": a named owner's statement or
    letter opening the clause speaks for its owner."""
    if len(tokens) < 2 or tokens[-1].lower() not in _DOCUMENTS:
        return None
    if not tokens[-2].endswith(("'s", "’s")):
        return None
    owned = [*tokens[:-2], tokens[-2][:-2]]
    owner = _name_phrase(owned, from_start=False)
    if not owner or not _opens_clause(owned[: len(owned) - len(owner.split())]):
        return None
    return owner


# What a body publishes and a story quotes as its words: 'a report by X says', 'Recent
# research by X suggested', 'The X submission urges'.
_PUBLISHED = frozenset("report study survey research submission review analysis".split())
_DOCUMENT_MODIFIER = re.compile(r"[a-z][a-z-]*|\d[\d,.]*-[a-z]+|[A-Z][a-z]+|[A-Z][A-Z&]+")


def _document_author(tokens: list[str]) -> str | None:
    """'the report by telecoms giant BT', 'Recent research by Jupiter', 'The IPPR report':
    a report, study or survey whose author the phrase names, opening its clause, speaks
    for that author. A person's name after 'by' is a writer, not a body, and is left:
    'a study by Dr Ana Ruiz' may be one of many authors' work."""
    at = next((i for i, t in enumerate(tokens) if t in _PUBLISHED), None)
    if at is None:
        return None
    start = at
    while start and (
        tokens[start - 1].lower() in ("the", "a", "an")
        or _DOCUMENT_MODIFIER.fullmatch(tokens[start - 1])
    ):
        start -= 1
        if tokens[start].lower() in ("the", "a", "an"):
            break
    if not _opens_clause(tokens[:start]):
        return None
    before = tokens[start:at]
    if at + 1 == len(tokens):  # 'The IPPR report': an owner in capitals before the noun
        owner = [t for t in before if not t.islower()][1:] if before else []
        if (
            before
            and before[0] in ("the", "The")
            and owner
            and all(t.isupper() and len(t) >= 2 for t in owner)
        ):
            return " ".join(owner)
        return None
    if tokens[at + 1] not in ("by", "from"):
        return None
    rest = tokens[at + 2 :]
    if len(rest) >= 4 and rest[-1] == ")" and rest[-3] == "(":
        rest = rest[:-3]  # 'from the Royal Academy of Dance (RAD)'
    kind = False
    while rest and rest[0].islower() and rest[0] not in ("the", "a", "an"):
        rest = rest[1:]  # 'by telecoms giant BT', 'from investment firm Grant Samuel'
        kind = True
    if rest and rest[0] == "the" and len(rest) > 1 and rest[1][:1].isupper():
        rest = rest[1:]  # 'by the Institute for Fiscal Studies'
        kind = True
    author = _name_phrase(rest, from_start=True)
    if not author or len(author.split()) != len(rest):
        return None
    words = author.split()
    person = words[0].rstrip(".") in _PERSON_HONORIFICS or (
        len(words) in (2, 3) and _looks_like_person(author) and not set(words) & _JOINERS
    )
    return None if person and not kind else author


def _relative_clause_subject(tokens: list[str]) -> str | None:
    """'Ms Robinson, who presents [The Weakest Link] tells ...': the name after a relative
    clause's verb is its object; the speaker is who the clause is about. None when the
    tokens do not end in such a clause, '' when they do but name nobody."""
    window = [t.lower() for t in tokens[-4:]]
    if "who" not in window[:-1]:
        return None
    at = len(tokens) - len(window) + window.index("who")
    if at == 0 or tokens[at - 1] != ",":
        return ""
    phrase = _name_phrase(tokens[: at - 1], from_start=False)
    return phrase if phrase and _looks_like_person(phrase) else ""


def _name_before_affiliation(tokens: list[str]) -> str | None:
    """'Mr Hirsch from [Retail Banking Research] said', 'Lisa Power, head of policy at Aids
    charity [the Terrence Higgins Trust] said': the speaker is the person before the
    affiliation, not the body it names."""
    if tokens and tokens[-1].lower() == "the":
        tokens = tokens[:-1]
    if tokens and tokens[-1].lower() in _PREPOSITIONS:
        phrase = _name_phrase(tokens[:-1], from_start=False)
        if phrase and _looks_like_person(phrase):
            return phrase
    if "," not in tokens[-8:]:
        return None
    comma = len(tokens) - 1 - tokens[::-1].index(",")
    between = [t.lower() for t in tokens[comma + 1 :]]
    described = any(t in ROLE_WORDS for t in between) and any(t in _PREPOSITIONS for t in between)
    owned_title = (  # 'Alan Milburn, Labour's election strategist told'
        bool(between)
        and between[-1] in _HEAD_TITLES | _CAMPAIGN_TITLES  # not 'newspaper'
        and any(t.endswith(("'s", "’s")) for t in between)
    )
    if not (described or owned_title) and not (between and between[0] in ("from", "of", "at")):
        return None  # 'Mark Serwotka, from the PCS union said': an affiliation alone
    phrase = _name_phrase(tokens[:comma], from_start=False)
    if not phrase or not _looks_like_person(phrase):
        return None
    at = comma - len(phrase.split())
    if at > 0 and tokens[at - 1].lower() in _NOT_BEFORE_SUBJECT:
        return None  # 'a letter has been sent to Feroz Abbasi, the men's solicitor says':
        # the name is the object of a preposition; the description after it speaks
    if (
        owned_title
        and not described
        and not (
            at == 0 or tokens[at - 1] in (",", ";", ":") or tokens[at - 1].lower() in _BODY_OPENERS
        )
    ):
        return None  # '... is to marry music executive Jordan Bratman, the singer's agent has
        # confirmed': a name inside the clause is its object; the description speaks
    return phrase


def _looks_like_person(phrase: str) -> bool:
    words = phrase.split()
    names = [w for w in words if _is_name_token(w) and w.lower() not in ROLE_WORDS]
    return len(names) >= 2 or (bool(names) and words[0].rstrip(".") in _PERSON_HONORIFICS)


_HEAD_TITLES = (
    ROLE_WORDS
    | frozenset(
        """director chairman chairwoman chair executive manager editor correspondent founder
    boss president commissioner producer presenter host""".split()
    )
    | frozenset(noun for noun in PERSON_NOUNS if noun.islower())
)  # 'said EFF lawyer Kurt Opsahl'
# Lower-case words before a name that are no verb it could be the object of: function words,
# and titles ('company president Lee Scott saying' is titled, so the name speaks).
_NOT_AN_OBJECTS_VERB = (
    _NOT_BEFORE_SUBJECT | _PREPOSITIONS | _JOINERS | _NOT_A_CLAUSE | _SKIPPABLE | _HEAD_TITLES
)
_CLAUSE = re.compile(r"\s+([^,.;:()\"“”]{3,90}?)\s*(?=[,.;:()]|$)")


# An agent noun names what a person does ('organiser', 'campaigner', 'analyst', 'curator'),
# unlike the adverbs and adjectives shaped like one ('further', 'former', 'senior').
_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist)")
_NOT_AGENT = frozenset(
    """after under over other never ever whether rather together later earlier former further
    either neither better major minor senior junior interior exterior prior""".split()
)


def _head_title(word: str) -> bool:
    """Can `word` head a person's title before their name ('Cebit organiser Gabriele X')?"""
    lowered = word.lower()
    return lowered in _HEAD_TITLES or (
        word.islower() and _AGENT_NOUN.fullmatch(word) is not None and word not in _NOT_AGENT
    )


def _titled_name(rest: str) -> str | None:
    """'said Oscars communications director John Pavlik.': a title with lower-case words,
    then the name that closes the clause. The whole phrase (title and name) comes back."""
    clause = _CLAUSE.match(rest)
    if clause is None:
        return None
    words = clause.group(1).split()
    if not 3 <= len(words) <= 9:
        return None
    name: list[str] = []
    while words and words[-1][:1].isupper() and words[-1] not in NOT_NAMES:
        name.insert(0, words.pop())
    if len(name) < 2 or not words or not _head_title(words[-1]):
        return None
    if not all(w[:1].isupper() or w.lower() in _HEAD_TITLES or w.islower() for w in words):
        return None
    return " ".join([*words, *name])


# ', Berit Hanson.' closing a cue after a title: 'said Opera spokeswoman, Berit Hanson.'
_NAME_AFTER_TITLE = re.compile(r",\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)\s*(?:[.!?]|$)")


def _subject_after_verb(rest: str, verb: str) -> Attribution | None:
    clause = _CLAUSE.match(rest)
    words = clause.group(1).split() if clause else []
    named = _NAME_AFTER_TITLE.match(rest, clause.end()) if clause else None
    office = words[: words.index("of")] if "of" in words else words  # 'the chairman of the
    if named and office and office[-1].lower() in _HEAD_TITLES:  # Commons ... committee'
        return Attribution(named.group(1), verb, "name")  # the title's holder, named after it
    voice = _bare_voice(words)
    if voice:  # '…, said a spokeswoman.'
        return Attribution("", verb, "proxy", voice)
    body = _body_title(words, from_start=True) or _person_title(words, from_start=True)
    if body:  # '…, said the company.', '"…," said the 74-year-old comedian.'
        return Attribution(body, verb, "title")
    titled = _titled_name(rest)
    if titled:
        return Attribution(titled, verb, "name")
    document = _document_author(_tokens(clause.group(1))) if clause else None
    if document:  # '…, predicts the report by telecoms giant BT.'
        return Attribution(document, verb, "name")
    tokens = _tokens(rest)[:8]
    phrase = _name_phrase(tokens, from_start=True)
    if phrase:  # 'said Spanish teenager Nadal': the name, not where he is from
        phrase = _name_past_qualifier(tokens, len(phrase.split())) or phrase
    following = tokens[len(phrase.split())] if phrase and len(tokens) > len(phrase.split()) else ""
    if _verb_shaped(following) and not following.endswith("ly"):
        return None  # '..., said Trump continued to ...': the name opens what was said
    return Attribution(phrase, verb, "name") if phrase else None


_LAWS = frozenset("Bill Act Treaty Directive Constitution Convention Charter Regulations".split())


def _classify(phrase: str, verb: str, tokens: list[str]) -> Attribution | None:
    first = tokens[0].lower() if tokens else ""
    if first in _PRONOUNS and len(tokens) <= 2:
        return Attribution(first, verb, "pronoun")
    last = tokens[-1].lower() if tokens else ""
    if last in _PRONOUNS and not phrase:
        return Attribution(last, verb, "pronoun")
    if phrase and _DEFINITE_ROLE.match(phrase):
        return Attribution(phrase, verb, "title")
    if phrase.endswith(("'s", "’s")):
        return None  # "Scotland's first minister said": a possessive names no speaker
    if phrase and phrase.split()[-1] in _LAWS:
        return None  # 'The Police Bill proposes ...': what a law says is the reporter's account
    return Attribution(phrase, verb, "name") if phrase else None


def is_definite_role(phrase: str) -> bool:
    """'the prime minister', 'The French leader': a title that refers back to someone."""
    return _DEFINITE_ROLE.match(phrase) is not None


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _heads_an_institution(word: str) -> bool:
    """'Association', 'Bank', 'Federation': an organisation's word opening the sentence before
    'of' heads one name ('Association of Chief Police Officers president Chris Fox'), unlike
    any other capital there ('Ahead of Wimbledon Andy Murray', 'Five of Labour's MPs',
    'Captain of England Tom Reyes', 'Critics of Mr Hale')."""
    return word in ORGANISATION_WORDS or word in _STATE_HEADS


_STATE_HEADS = frozenset({"Republic", "Kingdom", "Union", "Federation", "Commonwealth"})


# 'London-based', 'US-born', 'Labour-run': a capital before a lower-case hyphenated part is
# a modifier of what follows, never part of a name ('Kilroy-Silk', 'Jean-Pierre' keep theirs)
_HYPHENATED_MODIFIER = re.compile(r"[A-Z][\w’'.]*-[a-z]")


@functools.lru_cache(maxsize=8192)
def is_hyphenated_modifier(token: str) -> bool:
    """'Paris-based', 'Labour-run': a modifier, not a name. Cached: asked per word of every
    capitalised run of a story."""
    return _HYPHENATED_MODIFIER.match(token) is not None


def _is_name_token(token: str) -> bool:
    return token[:1].isupper() and token not in NOT_NAMES and not is_hyphenated_modifier(token)


_MONTHS = frozenset(rules.words("names", "calendar")) - frozenset(_WEEKDAYS)


def _calendar_surnames(tokens: list[str]) -> set[int]:
    """Where a month is a surname: right after a capitalised name word ('Theresa May',
    'Mrs May', 'Brian May'), never after an opener or a day ('In May', 'Friday May 6')."""
    return {
        i
        for i, token in enumerate(tokens)
        if token in _MONTHS
        and i > 0
        and tokens[i - 1][:1].isupper()
        and (_is_name_token(tokens[i - 1]) or tokens[i - 1] in _HONORIFIC_WORDS)
        and tokens[i - 1] not in _MONTHS
        and not tokens[i - 1].endswith(("'s", "’s"))
    }


# A post-nominal or a short form in capitals closing a sentence ('said the Ealing North MP.'):
# its full stop ends the sentence, it is no abbreviation.
_POST_NOMINAL_DOT = re.compile(r"[A-Z]{2,3}\.")


# Lower-case words inside a person's name: 'Riccardo de Rinaldini', 'Rafael van der Vaart'.
_NAME_PARTICLES = frozenset("de van von der den da di du del della dos das ter ten".split())


def is_name_particle(word: str) -> bool:
    """Is `word` a lower-case part of a person's name ('de' in 'Riccardo de Rinaldini')?"""
    return word in _NAME_PARTICLES


# Letters after a person's name: 'Guy Mansfield QC', 'Tom Reyes MP'.
POST_NOMINALS = frozenset("QC KC MP MEP MSP AM OBE CBE MBE".split())

FIRM_SUFFIXES = frozenset("Co Corp Corporation Company Inc Ltd Plc plc Group Holdings".split())


def _ends_a_firm(taken: list[str]) -> bool:
    """Read backwards, does the name so far end with a firm's suffix ('Co.', 'Corp')?"""
    return bool(taken) and taken[0].rstrip(".") in FIRM_SUFFIXES


def _inner_the(sequence: list[str], index: int, taken: list[str], from_start: bool) -> bool:
    """Does `sequence[index]` join a body's name through 'for the' or 'of the' after an
    organisation's word: 'The Royal Society for the Protection of Birds' is not 'the Royal
    Society', nor 'the Campaign for the Protection of Rural Wales' 'the Campaign'?"""
    token = sequence[index]
    following = sequence[index + 1] if index + 1 < len(sequence) else ""
    beyond = sequence[index + 2] if index + 2 < len(sequence) else ""
    if not taken:
        return False
    if from_start:
        if token in ("of", "for"):
            return taken[-1] in ORGANISATION_WORDS and following == "the" and _is_name_token(beyond)
        return token == "the" and taken[-1] in ("of", "for") and _is_name_token(following)
    if token == "the":  # read backwards: 'Birds of Protection the for Society Royal'
        return (
            _is_name_token(taken[-1])
            and following in ("of", "for")
            and beyond in ORGANISATION_WORDS
        )
    return token in ("of", "for") and taken[-1] == "the" and following in ORGANISATION_WORDS


def _name_phrase(tokens: list[str], from_start: bool) -> str | None:
    """The speaker phrase at the start (or end) of `tokens`: names and title words only."""
    tokens = [
        t[:-1]
        if t.endswith(".") and t.count(".") == 1 and (len(t) > 3 or _POST_NOMINAL_DOT.fullmatch(t))
        else t
        for t in tokens
    ]  # 'leader.', 'MP.' end a sentence; 'U.S.' and 'Mr.' keep theirs
    surnames = _calendar_surnames(tokens)
    sequence = tokens if from_start else list(reversed(tokens))
    taken: list[str] = []
    for index, token in enumerate(sequence):
        lowered = token.lower()
        following = sequence[index + 1] if index + 1 < len(sequence) else ""
        beyond = sequence[index + 2].lower() if index + 2 < len(sequence) else ""
        joins = (
            (
                lowered in ("of", "for", "&")
                or (
                    lowered == "and"
                    and not from_start
                    and (
                        beyond in ("of", "for")
                        or (taken[:1] and taken[0].rstrip(".") in FIRM_SUFFIXES)
                    )
                )  # 'Baoshan Iron and Steel Co.': a firm's suffix keeps its 'and'
            )  # 'Ernst & Young', '[of] Payment and Clearing Services', not 'at Old
            and bool(taken)  # Trafford and Ancelotti said'
            and _is_name_token(taken[-1])
            and _is_name_token(following)
            and (
                from_start
                or index + 2 < len(sequence)
                or (
                    _heads_an_institution(following)
                    and not any(t[:1].isupper() and t.lower() in ROLE_WORDS for t in taken[:3])
                )  # 'Association of X president Chris Fox', 'Bank of America said'; not
            )  # 'Bank of England Governor Tom Reyes': no rule splits a capitalised title off
        )
        particle = (  # 'Riccardo de Rinaldini', 'Dirk van der Berg'
            is_name_particle(token)
            and bool(taken)
            and (_is_name_token(taken[-1]) or is_name_particle(taken[-1]))
            and (_is_name_token(following) or is_name_particle(following))
        )
        joins = joins or particle or _inner_the(sequence, index, taken, from_start)
        # 'the Institute for Fiscal Studies', not 'Critics of Mr Hale' opening a sentence
        numbered = token.isdigit() and (
            (from_start and bool(taken) and taken[-1] in ("Number", "No"))
            or (not from_start and following in ("Number", "No"))
        )  # 'a Number 10 spokeswoman'
        at = index if from_start else len(tokens) - 1 - index
        if (
            _is_name_token(token)
            or at in surnames
            or lowered in ROLE_WORDS | _CAMPAIGN_TITLES
            or joins
            or numbered
        ):
            taken.append(token)
        elif lowered == "the" and taken and not from_start:
            taken.append(token)
            break
        elif from_start and not taken and lowered in _LEADING_WORDS:
            taken.append(token)
        else:
            break
    if not from_start:
        taken.reverse()
    kept = {tokens[i] for i in surnames}
    while (
        taken
        and not _is_name_token(taken[-1])
        and taken[-1] not in kept
        and taken[-1].lower() not in ROLE_WORDS | _CAMPAIGN_TITLES
        and not (taken[-1].isdigit() and taken[-2:-1] in (["No"], ["Number"]))  # 'No 10'
    ):
        taken.pop()
    if (
        taken
        and taken[-1].endswith(".")
        and taken[-1].count(".") == 1
        and taken[-1][:-1] not in _HONORIFIC_WORDS
    ):  # '"...," said Swiss Re. Tightly packed ...': nothing of the name follows the full
        taken[-1] = taken[-1][:-1]  # stop, so it ends the sentence
    phrase = " ".join(taken).strip()
    if phrase.endswith(("'s", "’s")):
        return None  # "Scotland's first minister": a possessive is not the speaker
    if taken and (taken[-1] in _MODIFIERS or taken[-1] == "political"):
        return None  # 'The US economy added ...': a title word that names no one
    if taken and taken[-1] == "strategists":
        return None  # 'Democratic strategists say': unnamed people, not the party
    has_name = any(_is_name_token(t) for t in taken)
    if not has_name and not _DEFINITE_ROLE.match(phrase):
        return None
    return phrase
