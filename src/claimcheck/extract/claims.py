"""One parsed article -> its claims, each with its value, what it is about, who says it, and where.

The rules read the dependency parse, not particular sentences: a number's counted noun is the noun it
modifies, or the noun of "N of the ..."; what is said of it is the verb that governs that noun with the
verb's particles and objects; a date attaches to the event (verb or event noun) it modifies.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import chain
from typing import TYPE_CHECKING

from ..reconcile.nationality import people_noun, peoples_plural
from ..reconcile.related import ANYONE, kind_of, noun_lemma, person_noun
from ..reconcile.words import NOT_SUPERLATIVE
from ..types import (
    ADDED,
    AS_OF_HEDGE,
    CAPACITY_HEDGE,
    CHANGE_HEDGE,
    CHANGE_NOUNS,
    CONDITION_HEDGE,
    DAILY_HEDGE,
    DAY_ASSUMED,
    DIFFERENCE_HEDGE,
    EARLIER_HEDGE,
    FORECAST_HEDGE,
    INTERVAL_HEDGE,
    LIMIT_HEDGE,
    OCCURRENCE,
    PEAK_HEDGE,
    PLACES_IN_A_SERIES,
    POINTS_BACK,
    PREDICATE_WORDS,
    PUT_OFF_HEDGE,
    RANK,
    RATE_PREFIX,
    REPEAT_HEDGE,
    SPAN_HEDGE,
    STAMPED,
    UNDATED,
    UPDATE_HEDGE,
    WINDOW_HEDGE,
    WINDOW_PREFIX,
    Article,
    Claim,
    ClaimKind,
    DateValue,
    Number,
    Quantity,
    num,
)
from ..types import Block as ClaimBlock
from .dates import (
    STAMP_DAY_AFTER,
    STAMP_DAY_BEFORE,
    STORY_DAY_WINDOW,
    WRITTEN_STORY_DAY_WINDOW,
    DateMatch,
    anaphor_event,
    day_for_time,
    entry_day,
    find_dates,
    is_anaphoric,
    is_one_day,
    last_day_before,
    last_weekday_in_news,
    looks_back,
    month_value,
    names_day_of_month,
    names_weekday,
    on_day,
    parse_date,
    resolve_anaphoric,
    undated_value,
)
from .layout import READ_KINDS, Block, blocks, fact_box_colon, fact_box_line, label_start, wire_dateline
from .measures import (
    ELIGIBLE,
    HOLDING_VERBS,
    HOSPITAL_WORDS,
    HUMAN_MEASURES,
    NEGATED_MEASURES,
    ON_STRIKE,
    RESIDENT,
    SERIOUS,
    SERIOUS_ADJECTIVES,
    SERIOUS_ADVERBS,
    SEVERITY_MEASURES,
    STRIKE_NOUNS,
    TALLY_NOUNS,
    TREATED,
    agent_of,
    noun_measure,
    predicate_measure,
)
from .names import (
    DOC_TEXT_KEY,
    TITLES,
    EntityIndex,
    build_index,
    clean_name,
    gapped_name,
    in_spans,
    title_field,
    title_noun,
)
from .numbers import (
    BARE_SCALES,
    MEASURE_UNIT_WORDS,
    MONEY_WORDS,
    ONE_WORD_NUMBERS,
    PARENT_NOUNS,
    decimal_comma_in,
    find_ordinals,
    find_quantities,
    is_currency_word,
    letter_signs_in,
    parse_quantity,
    pounds_in,
    resolve_all_but,
    statable,
    to_base,
    unit_dimension,
    unit_named,
)
from .quotes import SPEECH_VERBS, Quote, find_quotes, past_dateline, reported_by, subject_of
from .tree import forget, kids

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Nouns that say only "some people": they can agree with a more specific count, never conflict with it.
GENERIC_NOUNS = frozenset(["individual", "people", "person", "one", "other", "member", "figure", "number", "case"])
TIME_UNITS = frozenset(["second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"])
MEASURE_UNITS = frozenset(
    [
        "metre",
        "meter",
        "kilometre",
        "kilometer",
        "km",
        "mile",
        "foot",
        "feet",
        "inch",
        "yard",
        "kg",
        "kilogram",
        "gram",
        "tonne",
        "ton",
        "litre",
        "liter",
        "gallon",
        "page",
        "acre",
        "hectare",
        "degree",
        "mph",
        "storey",
        "square",
        "cm",
        "mm",
        "magnitude",  # "put the magnitude at 7.7": a scale of its own
        "ph",  # "the lake's pH was measured at 10.4": acidity's scale
    ]
)
# Scales whose unit is written otherwise than their lemma
_SCALE_UNITS = {"ph": "pH"}
HEDGES = frozenset(
    [
        "may",
        "might",
        "could",
        "probably",
        "likely",
        "possibly",
        "allegedly",
        "reportedly",
        "apparently",
        "potentially",
        "perhaps",
        "suspected",
        "believed",
        "estimated",
        "possible",
        "potential",
    ]
)
CURRENCY_UNITS = frozenset({"GBP", "EUR", "USD", "JPY", "CHF", "INR", "AUD", "CAD", "$", "£", "€", "¥"})
_AGE_AFTER_NAME = re.compile(
    # (a quoted alias or initial may stand between: 'Héctor Manuel "N", 34,', as Mexican papers name a suspect)
    # (and "just", "only" or "barely" may say how young: "Tayla Burgess, just 23, a trainee")
    # (and a bracketed aside, the person's club, party or home: "Callum Strachan (Inverness Harriers), 28,")
    r"\A(?:\s+[\"“][^\"”\n]{1,24}[\"”]|\s+\([^()\d\n]{2,40}\))?,\s*(?:aged\s+|now\s+|then\s+(?:aged\s+)?|(?:just|only|barely)\s+)?"
    r"(\d{1,3})"
    r"(?![.,]\d)(?=\s*(?:,|\)|;|\.(?:\s|\Z)|\s+(?:from|of(?!\s+(?:the|them|those|these|its|their|all)\b)|and|who|was|is"
    r"|had|has)\b)|\s+[-–—]\s|[ \t]*(?:\n|\Z))"
)  # (a dash goes on after it: "and Daniel Okafor, 31 - died"; a headline may end with it: "mourns Chloe, 16";
# but "At Gara de Nord, 64 of the usual 180 departures have left" is a part, no age)
# "Kessler, now 61, was allowed": the age now, the person's age as the story is told)
# "Jason Reddick, who was 27, died": an age told in a relative clause of the name (or by the verb of a clause the
# name opens, set off by commas: "The captain, Josiah Pell, was 52 and had commanded her for six years")
_WHO_WAS = re.compile(
    r"\A(?:,\s*who\s+(?:was|is|had\s+turned|turned)|\s+is|,\s*(?:was|is))\s+(?:now\s+)?(\d{1,3})"
    r"(?=\s*[,;)]|\.(?:\s|\Z)|\s+(?:when|and)\b)"
)  # (and "Kilbride is now 43.", "who is now 43": a person's age told with the copula, as it is now)
# "Joseph Weber (55) is in custody": the continental house style puts a person's age in brackets after the name;
# the clause goes on after it in lower case ("Kane (2), Saka": goals in a list of scorers, is no age)
_BRACKET_AGE = re.compile(r"\A\s?\((\d{1,3})\)(?=,?\s+[a-z]|[.:](?:\s|\Z))")
_DIGIT = re.compile(r"\d")
_YEAR_OLD = re.compile(r"\A-?\s*years?[- ]old\b", re.I)
_HYPHEN_UNIT = re.compile(r"\A-([A-Za-z]+)")
_SCALED = re.compile(r"(?:million|billion|trillion|\dbn|\dm)\b", re.I)  # "140 million", "£2bn", "140m"
_STOREY_WORDS = frozenset({"storey", "story", "storied", "storeyed", "floor"})  # "a 9-story tower", "20-floor"
_NUMBER_NOUNS = frozenset("hundred thousand million billion trillion dozen score lakh crore".split())
# "a further 130 people", "another six cases", "an additional 20", "130 more deaths", "six extra water stations", "six
# other cabins": a count added to a total, which is a part of it, never the total itself
_ADDED_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+\Z", re.I)
_LEADING_WHOLE = re.compile(r"\s*(?:of|among)\s+(?:the|those|these|its|their|his|her)\s+[^,;:]{1,80}?[,:]", re.I)
_REST = "the rest of a whole ('the remaining')"
_REMAINING = re.compile(r".*\b(?:the|its|their|our)\s+(?:remaining|other)\s+\Z", re.I | re.S)
# ("six other cabins": those besides the one told of, a part of all of them)
_ADDED_AFTER = re.compile(r"\s+(?:more\b(?!\s+than\b)|additional\b|extra\b|other\b)", re.I)
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADP", "NUM", "ADV", "PART"})


@dataclass
class _State:
    article: Article
    doc: Doc
    index: EntityIndex
    quotes: list[Quote]
    last_count: Claim | None = None
    claims: list[Claim] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)  # spans of this sentence already claimed
    per_sentence: dict[int, tuple[str, tuple[str, ...], ClaimBlock, str | None]] = field(default_factory=dict)
    sents: list[Span] = field(default_factory=list)  # the doc's sentences, listed once
    sent_starts: list[int] = field(default_factory=list)
    sent_dates: list[Claim] = field(default_factory=list)  # this sentence's resolved date claims
    timing: set[str] = field(default_factory=set)  # ids of this sentence's dates that time a figure of their clause
    half_assumed: set[str] = field(default_factory=set)  # ids of bare 12-hour clocks read as a.m. (see _halves)
    # ids of weekdays told in the past perfect before the day their paragraph tells of (see _before_the_told_day):
    # a look back, after which the story goes on with its own day
    looked_back: set[str] = field(default_factory=set)
    pounds: str = "lb"  # what "pounds" with no cue in its sentence is in this article (numbers.pounds_in)
    comma: bool = False  # the article writes the decimal comma, "€1,4 million" (numbers.decimal_comma_in)
    letters: frozenset[str] = frozenset()  # capital letters the article writes as its currency's sign ("P6,500")
    layout: list[Block] = field(default_factory=list)  # the article's blocks, in text order
    layout_starts: list[int] = field(default_factory=list)
    unread: list[tuple[int, int]] = field(default_factory=list)  # credits and date lines: never claims
    dated: list[tuple[Claim, DateValue]] = field(default_factory=list)  # date claims so far with a value, in order
    first_day: DateValue | None = None  # the first day-long date the article's body states (not one it infers)
    first_day_window: int = STORY_DAY_WINDOW  # how many days before the article's that day may be (STORY_DAY_WINDOW)
    reference: date | None = None  # the article's date, else the one its corpus gives an undated article
    token_bounds: tuple[list[int], list[int]] | None = None  # each token's first and end character (see _token_of)
    comparisons: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # by sentence start
    searched: dict[tuple[int, int], bool] = field(default_factory=dict)  # see _sentence_has
    entry_days: dict[int, date | None] = field(default_factory=dict)  # a paragraph's start -> its entry's stamp day
    blog_opened: bool | None = None  # whether a live blog's date line is when it opened (see _blog_opened_at)
    day_headings: list[tuple[int, date | None]] | None = None  # a live blog's day headings ("SUNDAY"), see _heading_day


def extract_claims(article: Article, doc: Doc, reference: date | None = None) -> tuple[Claim, ...]:
    """All claims of one article, sorted by position. ``reference`` is the date to read the relative dates of
    an article without a date line against (``dates.corpus_reference`` of the corpus's date lines); it is not
    read when the article has a date."""
    layout = blocks(article)
    body = [(b.start, b.end) for b in layout if b.kind == "body"]
    read = [(b.start, b.end) for b in layout if b.kind in READ_KINDS]  # body, headlines and captions
    sents = list(doc.sents)  # spaCy builds them anew on every access: list them once
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(article.text):
        doc.user_data[DOC_TEXT_KEY] = article.text  # the doc was made from it: spare joining its tokens again
        _repair_scales(doc, article.text)
    _repair_silent_e(doc)
    index = build_index(doc, read, sents)
    st = _State(
        article,
        doc,
        index,
        find_quotes(doc, body, index),
        sents=sents,
        pounds=pounds_in(article.text),
        comma=decimal_comma_in(article.text),
        letters=letter_signs_in(article.text),
    )
    st.layout, st.layout_starts = layout, [b.start for b in layout]
    st.unread = [(b.start, b.end) for b in layout if b.kind not in READ_KINDS and b.start >= article.body_start]
    for b in layout:
        # "STOCKHOLM, Oct 22 (Wire) -" opening the story, or a paragraph of a roundup filed from elsewhere: the day
        # the story was filed, as a date line gives it, is no claim (nor is the dateline's place what a date is of)
        if b.kind == "body" and article.text[b.start + 1 : b.start + 2].isupper():
            filed = wire_dateline(article.text[b.start : b.end])
            if filed is not None:
                st.unread.append((b.start + filed[0], b.start + filed[1]))
    st.reference = article.date or reference
    text = index.text
    read_starts = [s for s, _ in read]
    for sent in st.sents:
        # the sentence's text as Span.text gives it (its words, without the last one's trailing space), cut
        # from the doc's text once: Span.text makes a Token of each word on every access
        sent_text = text[sent.start_char : sent.end_char]
        if in_spans(read, read_starts, sent.start_char) and sent_text.strip():
            _sentence(st, sent, sent_text)
    if st.half_assumed:
        _halves(st)
    st.claims.extend(_name_claims(st, read))
    forget(doc)
    uniq = {c.id: c for c in st.claims}
    return tuple(sorted(uniq.values(), key=lambda c: (c.start, c.end, c.kind)))


# The second side of a vote's tally spelled out: "by 31 votes to 19", "31 votes for and 17 against", "voted 31 in
# favour, with 19 against": before it, the first side's votes and "to", or "for"/"in favour" and a joining word
_SECOND_SIDE_BEFORE = re.compile(
    r"(?:\b(?P<to>votes?\s+to)|\b(?:votes?\s+)?(?:for|in\s+favou?r)\s*,?\s*(?:and|with|to)?)\s+\Z", re.IGNORECASE
)
_AGAINST_AFTER = re.compile(r"\s+(?:votes?\s+)?against\b", re.IGNORECASE)


def _spelled_tallies(st: _State, n_before: int) -> None:
    """ "by 31 votes to 19", "with 31 votes for and 17 against": the second side of a tally spelled out borrows its
    noun from the first side, and is a tally's side (TALLY_OF_VOTES), as in "voted 31-19", not a count whose noun
    was guessed from an earlier one."""
    text = st.article.text
    for k in range(n_before, len(st.claims)):
        c = st.claims[k]
        if c.kind != "count" or c.counted != "vote" or not c.inferred or "counted noun taken" not in c.inferred:
            continue
        before = _SECOND_SIDE_BEFORE.search(text, max(c.sentence_start, c.start - 30), c.start)
        if before is None:
            continue
        if before["to"] is None and not _AGAINST_AFTER.match(text, c.end):
            continue  # "31 for and 19 ...": the second side names "against" after it
        st.claims[k] = replace(c, inferred=TALLY_OF_VOTES, measure=None)


_MERIDIEM = re.compile(r"\d\s?[ap]\.?\s?m\b", re.I)  # "4:30 p.m.", "9pm", "7.45am"
_24_HOUR = re.compile(r"(?<![\d.,])(?:0\d|1[3-9]|2[0-3])[:.h]?[0-5]\d\b(?!\s?[ap]\.?\s?m\b)", re.I)  # "18.20", "0900"
TALLY_OF_VOTES = "a vote's tally (\"voted 9-5\"): each side counts votes"
HALF_FROM_ARTICLE = "a.m. or p.m. is not stated: the half of the day is the one nearer the article's other times"


def _halves(st: _State) -> None:
    """A bare 12-hour clock ("kickoff at 7:30", read as 7:30 a.m. when its sentence says nothing more) is put in
    the half of the day nearer the times of day its article states with a.m. or p.m.: an article that opens the
    gates "at 4:30 p.m." kicks off "at 7:30" in the evening. With no such time it stays a.m., as before, and so it
    does in an article that keeps a 24-hour clock anywhere ("18.20", "09:15")."""
    stated = []
    for c in st.claims:
        if c.kind != "date" or c.id in st.half_assumed or not isinstance(c.value, DateValue) or c.value.minute is None:
            continue
        if _24_HOUR.search(c.text):
            return  # "brought down at 18.20": the article keeps a 24-hour clock, and its "11.42" is 11.42
        if _MERIDIEM.search(c.text):
            stated.append(c.value.minute)
    if not stated:
        return
    for k, c in enumerate(st.claims):
        if c.id not in st.half_assumed or not isinstance(c.value, DateValue) or c.value.minute is None:
            continue
        am, pm = c.value.minute, c.value.minute + 12 * 60
        if min(abs(pm - x) for x in stated) < min(abs(am - x) for x in stated):
            st.claims[k] = replace(
                c, value=replace(c.value, minute=pm), inferred=c.inferred or HALF_FROM_ARTICLE
            )


# the scale is group 1, after its digit: a pattern that opens with the digit lets the regex engine skip to digits,
# where one opening with a lookbehind is tried at every character of the article (twice the time)
_SCALE_LETTERS = frozenset(("m", "bn", "mn", "tn", "k"))  # "21.4m", "£3bn"
_GLUED_SCALE = re.compile(r"\d(" + "|".join(sorted(_SCALE_LETTERS, key=lambda s: (-len(s), s))) + r")\b")


def _repair_scales(doc: Doc, text: str) -> None:
    """The model splits "£1.2m" into "£", "1.2", "m" and may read the "m" as a verb ("I'm": "spent £1.2m
    refurbishing" with "m" the verb of "refurbishing"), which gives the amount a verb of "be" and a present tense.
    A scale letter glued after a digit is the amount's own word: it is tagged back as a noun, lemma as written.
    ``doc`` is the doc of ``text``."""
    for m in _GLUED_SCALE.finditer(text):
        tok = doc.char_span(m.start(1), m.end(1))
        if tok is not None and len(tok) == 1 and tok[0].pos_ in ("VERB", "AUX"):
            t = tok[0]
            t.pos_, t.tag_, t.lemma_ = "NOUN", "NN", t.lower_


_VOWELS = frozenset("aeiou")


def _repair_silent_e(doc: Doc) -> None:
    """The model lemmatises "fined" as "fin" and "dined" as "din": a verb's past or participle whose base would
    end in one vowel and one consonant, in one syllable, doubles that consonant in English ("fin", "finned"; "pin",
    "pinned"), so a form that does not ("fined", "pining") is of the base with a silent "e" ("fine", "pine"). Such a
    lemma is given its "e" back, so that "fined the circus" meets "a fine of" (lexicon.fold) and is read as fining.
    (Not after w, x or y, which never double: "fixed", "snowed".)"""
    for t in doc:
        if t.tag_ not in ("VBD", "VBN", "VBG"):
            continue
        lemma, low = t.lemma_, t.lower_
        if low not in (lemma + "ed", lemma + "ing") or len(lemma) < 2:
            continue
        last, before = lemma[-1], lemma[-2]
        if last in _VOWELS or last in "wxy" or before not in _VOWELS:
            continue
        if sum(ch in _VOWELS for ch in lemma) != 1:
            continue  # ("visited", "opened": the stress is not on the last syllable, which then does not double)
        t.lemma_ = lemma + "e"


# -- one sentence ---------------------------------------------------------------------------------------


_DAY_RUN_BETWEEN = re.compile(r"\s*,?\s*(?:and|to|through|until|till|-|–)\s*", re.IGNORECASE)


def _days_in_order(st: _State, n_before: int) -> None:
    """ "an orange alert for Mandi for Tuesday and Wednesday", "red alert for Thursday and Friday": weekdays named as
    a run are named in order, each the day after the one before. Where the two, each read alone, fall out of order
    (in a Wednesday paper, Tuesday read ahead as next week's and Wednesday as the paper's own day; Thursday read ahead
    and Friday as the last one gone), one of them was read a week off: the run is the one of the two nearer the
    paper's day, the first moved back to before the last or the last on to after the first."""
    days = [
        k
        for k in range(n_before, len(st.claims))
        if (c := st.claims[k]).kind == "date"
        and isinstance(c.value, DateValue)
        and c.value.grain == "day"
        and names_weekday(c.text)
    ]
    ref = st.reference
    for i, j in zip(days, days[1:], strict=False):
        x, y = st.claims[i], st.claims[j]  # (as moved so far: "Monday, Tuesday and Wednesday" is two pairs)
        assert isinstance(x.value, DateValue) and isinstance(y.value, DateValue)
        if ref is None or x.value.start <= y.value.start:
            continue
        if not _DAY_RUN_BETWEEN.fullmatch(st.article.text, x.end, y.start):
            continue
        gap = (y.value.start.weekday() - x.value.start.weekday()) % 7
        first_back = y.value.start - timedelta(days=gap)  # the first moved back before the last
        last_on = x.value.start + timedelta(days=gap)  # or the last moved on after the first
        if max(abs((first_back - ref).days), abs((y.value.start - ref).days)) <= max(
            abs((x.value.start - ref).days), abs((last_on - ref).days)
        ):
            k, c, shift = i, x, first_back - x.value.start
        else:
            k, c, shift = j, y, last_on - y.value.start
        assert isinstance(c.value, DateValue)
        moved = replace(c.value, start=c.value.start + shift, end=c.value.end + shift)
        st.claims[k] = replace(c, value=moved)
        st.dated = [(replace(d, value=moved), moved) if d.id == c.id else (d, v) for d, v in st.dated]
        if st.first_day == c.value:
            st.first_day = moved


def _sentence(st: _State, sent: Span, sent_text: str) -> None:
    # a caption's closing credit ("... on Tuesday. (AP Photo/Jane Doe)") may share its last sentence, and a
    # numbered name's number is no count ("Flight 370")
    taken = st.taken = [(s, e) for s, e in st.unread if s < sent.end_char and sent.start_char < e]
    taken.extend(st.index.numbers_in_names(sent.start_char, sent.end_char))
    n_before = len(st.claims)
    _ages(st, sent, taken)
    if len(st.claims) > n_before:
        _listed_given_name_ages(st, sent, taken, n_before)
    told: list[str] = []  # the sentence's tense, read from its parse only once a date needs it

    def sentence_tense() -> str:
        if not told:
            told.append(_tense(sent.root))
        return told[0]

    ref, news_day = st.reference, st.article.date
    stamped = _entry_day(st, sent.start_char)
    if stamped is not None and (entry_posted := _posted(st, sent.start_char)) is not None:
        # "01:55 - Duyong declared at 1.52am" in a blog dated 17:30 the evening before: the day the entry was
        # posted on, past midnight as its stamp says (_posted), not the day the blog opened
        stamped = date.fromisoformat(entry_posted[:10])
    if stamped is not None:
        ref = news_day = stamped  # "Sunday 14:05 ... at 11:30 this morning": the entry's own day
    found = find_dates(sent_text, ref, tense=sentence_tense)
    yeared: list[DateValue] = []  # the sentence's dates so far that write their year and are finer than one
    for dm in found:
        tense = sentence_tense()
        a, b = sent.start_char + dm.start, sent.start_char + dm.end
        if _overlaps(a, b, taken) or _festival_of_a_kind(st.doc, a, b):
            continue
        taken.append((a, b))
        value, why = dm.value, None
        flashback = False
        doing: Token | None = None
        told_now: Token | None = None  # what a live entry stamped with this time tells as happening then
        if dm.value is None and is_anaphoric(dm.text):
            # "the previous day", "three days after the fire": dated by another event of the story; its
            # amount stays free for a duration claim ("contagious four days before the rash"). The dates
            # before it count, but one counted from another event anchors only in its own sentence.
            month = _month_before(st, a)  # "In November of that year": that year is another date's, not November's
            named = st.claims[month].id if month is not None else None
            # (not a year a change is measured against, "more than last year": no moment of the story's telling)
            earlier = [
                v
                for c, v in st.dated
                if (c.inferred != _COUNTED or c.start >= sent.start_char)
                and c.id != named
                and not _compared_with(st, c)
            ]
            counted_back = _own_day_before_a_doing(st, sent, a, b, dm.text)
            if counted_back is not None:
                # "died on Monday, two days after being admitted": the gap to the doing the participle tells,
                # counted back from its own clause's date (admitted on Saturday), not on from it
                doing, own_day = counted_back
                value = resolve_anaphoric(dm.text, own_day, back=True)
                why = "" if value is not None else f"cannot count '{dm.text}' back from {own_day.iso()}"
            else:
                value, why = _anaphoric_date(st, sent, a, b, dm.text, earlier)
            taken.pop()
            if value is not None and value.grain == "year" and month is not None:
                _set_year(st, month, value)
                continue  # the month, now of that year, is the claim
        elif value is not None and value.minute is not None:
            if dm.relative and dm.day_stated and st.article.date is not None and ref is not None:
                # "until 11.59pm on Monday": the clock time's own clause says which Monday, as a bare day's does
                own = _date_tense(st.doc, a, b, _block_at(st, a) == "body")
                # (but "announced the cap at 2pm on Tuesday, saying it would apply from 6pm": a future of a past
                # saying may fall on the day the saying names)
                if own is not None and own != tense and not (own == "future" and _future_in_the_past(st.doc, a, b)):
                    again = [m for m in find_dates(sent_text, ref, tense=own) if m.start == dm.start]
                    value = again[0].value if again and again[0].value is not None else value
            elif dm.relative and dm.day_stated and st.article.date is None and ref is not None:
                value = _undated_clock(found, value, ref)
            line = st.article.text.rfind("\n", 0, a) + 1
            entry = _CLOCK_ENTRY.match(st.article.text, line) if stamped is not None else None
            if entry is not None and entry.start(1) == a:
                # "9.05am - The vigil will go ahead tomorrow at 6pm": the entry's stamp, when it was posted;
                # furniture as a date line is, and no time of what its sentence tells (but "16:00 - Polls have
                # closed.": an entry that tells its news as happening now times it, at its stamp or just before)
                doing = told_now = _told_as_it_happens(sent, b, len(found))
                if told_now is None:
                    continue
                value = replace(value, lo=-_STAMP_LAG)
                b = a + len(st.article.text[a:b].rstrip())  # ("16:00 – Polls are closed": the stamp, not its space)
            if stamped is not None and not st.article.text[line:a].strip():
                # the entry's own stamp ("Sunday 18:40 Two people have died"): on the entry's day, whatever day
                # its sentence goes on to name
                value = on_day(value, DateValue(stamped, stamped + timedelta(days=1), "day"))
            elif not dm.day_stated:  # "at 9:21 p.m.": its paragraph's last day, the story's first, the article's
                para = st.article.text.rfind("\n", 0, a) + 1
                k = len(st.dated)
                while k and st.dated[k - 1][0].start >= para:  # only this paragraph's dates, not the article's
                    k -= 1
                # nor a day of its own sentence, which find_dates has already weighed and not given it ("talks broke
                # down late on Monday, the company said in a statement posted at 5.30am")
                back = looks_back(st.article.text[sent.start_char : a])
                # (and not a day a past perfect looked back to, unless this sentence looks back too: "On Sunday
                # the trap closed. A warning had been issued on Saturday. By the time they shut the pass at 17:30")
                days_before = [
                    v
                    for c, v in st.dated[k:]
                    if c.start < sent.start_char and (back or c.id not in st.looked_back)
                ]
                lede = [st.first_day] if st.first_day is not None else []
                if (
                    ref is not None
                    and tense == "future"
                    and _date_tense(st.doc, a, b, _block_at(st, a) == "body") == "future"
                ):
                    # "Yesterday the bureau put the figure at 51,380 ... The mayor is due to speak at 10am": what is
                    # still to happen is on no day before the article's own
                    days_before = [v for v in days_before if v.start >= ref]
                    lede = [v for v in lede if v.start >= ref]
                posted = _entry_minute(st.article.text, para)
                if (
                    posted is not None
                    and ref is not None
                    and value.minute is not None
                    and value.minute <= posted
                    and _AS_OF_BEFORE.search(st.article.text, max(sent.start_char, a - 40), a)
                ):
                    # "9:00 p.m. - ... landfall at 4:20 a.m. yesterday (Tuesday). As of the 6 p.m. report, the toll
                    # stands at 16": a live blog entry's "as of" a time of no day, before the entry's own, is the
                    # latest such time, of the entry's day, not of a day the entry names for something else (but
                    # "at 3:52 p.m. Saturday. About 20 minutes later, at 4:15 p.m., the first surge hit" goes on
                    # with the day before)
                    day: DateValue | None = DateValue(ref, ref + timedelta(days=1), "day")
                elif (
                    stamped is not None
                    and posted is not None
                    and ref is not None
                    and value.minute is not None
                    and (entry_day := _entry_clock_day(st, a, b, ref, posted, value.minute, days_before)) is not None
                ):
                    day = entry_day
                elif (
                    not days_before
                    and stamped is None
                    and (timeline := _timeline_day(st, k, para, value.minute)) is not None
                ):
                    # "... The exam began at 2:20 p.m. At 2:31 p.m., ... // The scheme unravelled at 2:52 p.m.": a
                    # later time of day, in the paragraph after one that ends on a clock time of a day, goes on
                    # with that day's timeline (but a live entry's clocks are of the day it was posted: _posted)
                    day = timeline
                else:
                    # (a live entry tells what goes on as it is posted: its bare clock is no day of a month written
                    # weeks back, "the original exam on 10 June", but at most the week's)
                    live = posted is not None or stamped is not None or _under_a_lone_clock(st.article.text, para)
                    window = STORY_DAY_WINDOW if live else st.first_day_window
                    day = day_for_time(days_before, lede, ref, value.minute, back, window)
                value = on_day(value, day) if day is not None else value
            if not value.day_known:
                why = "time of day, and nothing dates its day"
        elif dm.relative and ref is not None:
            # "closed until at least Monday": the date's own verb decides
            own = _date_tense(st.doc, a, b, _block_at(st, a) == "body")
            if st.article.date is None:  # no date line: a weekday is the one nearest the corpus's dates
                value = undated_value(dm.text, ref, own or tense) or value
            elif own is not None and own != tense:
                value = parse_date(dm.text, ref, tense=own) or value
            if news_day is not None:
                value = last_weekday_in_news(dm.text, value, news_day)  # "last Thursday" in a Friday paper
            if value is not None and names_weekday(dm.text):
                value, flashback = _before_the_told_day(st, sent, a, b, dm.text, value)
            if value is not None and yeared and names_day_of_month(dm.text):
                value = _in_the_year_told_before(value, yeared[-1])
        if (
            value is not None
            and value.grain != "year"
            and _WRITTEN_YEAR.search(dm.text)
            # (a bound of a state is no time of the sentence: "closed since March 2020, it reopened on 14 March")
            and not _BY_BEFORE.search(st.article.text, max(sent.start_char, a - 8), a)
        ):
            yeared.append(value)
        inferred = None
        if value is not None and why == "" and _POINTING_BACK.fullmatch(dm.text.strip()):
            inferred = POINTS_BACK
        elif value is not None and why == "":
            inferred = _COUNTED
        elif value is not None and told_now is not None:
            inferred = STAMPED
        elif value is not None and value.minute is not None and not dm.day_stated:
            inferred = DAY_ASSUMED
        elif value is not None and dm.relative and st.article.date is None:
            inferred = UNDATED
        made_date = _date_claim(st, sent, a, b, value, dm.relative, why, inferred, doing)
        if made_date is not None and flashback:
            st.looked_back.add(made_date.id)
        if made_date is not None and (first := _clock_restated(st, made_date, n_before)) is not None:
            # "plunged at 11:42 a.m. (0942 GMT)": the bracket gives the same moment on another clock
            made_date = replace(made_date, restates=first.id)
            st.claims[-1] = made_date
        if made_date is not None and not dm.half_stated:
            st.half_assumed.add(made_date.id)
        if made_date is not None and isinstance(made_date.value, DateValue) and made_date.inferred != STAMPED:
            # (an entry's stamp is the entry's own day, which its other dates already read: _entry_day)
            st.dated.append((made_date, made_date.value))
            if (
                st.first_day is None
                and made_date.inferred in (None, UNDATED)
                and made_date.block == "body"
                and is_one_day(made_date.value)
                and not _told_on(st, made_date)
                and not _still_going_on(st, made_date)
                # ("The ship that had blocked the canal since Tuesday morning was pulled free at 14.47 on Saturday":
                # the day a state began, not the story's event's, which the sentence dates after it; but "what has
                # happened since last Wednesday" dates the story's day)
                and not (
                    st.article.text[max(0, made_date.start - 6) : made_date.start].lower().endswith("since ")
                    and any(m.start > dm.start and m.value is not None and is_one_day(m.value) for m in found)
                )
                # (nor the day a span was told to run from: "a ridge extended across the Mediterranean from 5 July";
                # but "the death toll from Saturday's crash" names the crash's day)
                and not (
                    st.article.text[max(0, made_date.start - 5) : made_date.start].lower().endswith("from ")
                    and not _genitive_at(st.article.text, made_date.start, made_date.end)
                )
                # (a day more than a week before the article's, "We sowed this three weeks ago", is no story's day:
                # day_for_time takes none so far back, and a later day the article gives may be it; but a day of a
                # month written out is one the writer set down as the story's, "The heat emergency at the
                # marathon on June 15", in a trade paper's look back eight days on)
                and (
                    st.reference is None
                    or 0 <= (st.reference - made_date.value.start).days <= _story_day_window(made_date.text)
                )
            ):
                st.first_day_window = _story_day_window(made_date.text)
                # the story's day as its lede gives it: a headline's date ("Update on the crash, 17 August 2026,
                # 16:00") stamps when the text was issued, not the day of what it tells, and the day of a verb of
                # saying ("The government on Saturday said 117 were abducted ... on Thursday night") when it was told
                st.first_day = made_date.value
    _days_in_order(st, n_before)
    st.sent_dates = [c for c in st.claims[n_before:] if c.kind == "date" and c.value is not None]
    made: list[tuple[Claim, Token | None]] = []
    by_match: dict[int, Claim] = {}
    matches = find_quantities(sent_text, st.pounds, st.comma, st.letters)
    for k, qm in enumerate(matches):
        a, b = sent.start_char + qm.start, sent.start_char + qm.end
        if _overlaps(a, b, taken) or not statable(qm.quantity):
            continue  # (a run of hundreds of digits is no amount any text states, nor a whole of one)
        if qm.text.lower() in ("a", "an") and _unit_before_a_noun(sent, b):
            continue  # "went for a day trip": the unit names a kind of trip, no length of time
        if qm.tally:
            side = by_match.get(k - 1) if k > 0 and matches[k - 1].tally else None
            if side is not None and side.inferred == TALLY_OF_VOTES:
                # "voted 9-5": the second side is told by the clause that tells the first
                cid = f"{st.article.id}:count:{a}-{b}"
                side = replace(side, id=cid, text=qm.text, start=a, end=b, value=qm.quantity)
                st.claims.append(side)
            else:
                got = _quantity_claim(st, sent, a, b, qm.quantity, tally_side=True)
                if got is None or got[0].kind != "count":
                    continue
                side = replace(got[0], counted="vote", measure=None, inferred=TALLY_OF_VOTES)
                st.claims[st.claims.index(got[0])] = side
            taken.append((a, b))
            by_match[k] = side
            continue
        first = by_match.get(qm.restates) if qm.restates is not None else None
        running = st.last_count
        if first is not None and first.kind == "count":
            # "over 17 million votes (17,410,742)": the figure in brackets counts what the one before counts
            st.last_count = first
        got = _quantity_claim(st, sent, a, b, _millions_of_living(st, b, qm.quantity))
        if got is None:
            st.last_count = running  # a bounded count lends its noun to its restatement only, never further
        else:
            taken.append((a, b))
            claim = got[0]
            if first is not None:
                # "50 metres (165 feet)": one amount stated twice, not a second figure to weigh
                claim = replace(claim, restates=first.id)
                st.claims[st.claims.index(got[0])] = claim
            else:
                made.append(got)
            by_match[k] = claim
    for om in find_ordinals(sent_text):
        a, b = sent.start_char + om.start, sent.start_char + om.end
        before = st.article.text[max(sent.start_char, a - 4) : a].lower()
        if _overlaps(a, b, taken):
            continue
        indefinite = re.search(r"\ban? \Z", before) is not None
        if _ordinal_claim(st, sent, a, b, om.quantity, indefinite) is not None:
            taken.append((a, b))
            continue
        if not indefinite:
            continue
        kept = (len(st.claims), st.last_count, set(st.timing))
        got = _quantity_claim(st, sent, a, b, om.quantity)
        if got is None:
            continue
        if got[0].kind == "count" and got[0].measure is None:
            # "a second referendum", "a third explosion": another one, with no tally to reach (only what happens to
            # people or things tallied, "a sixth life", "a second death", says the tally reached that number)
            del st.claims[kept[0] :]
            st.last_count, st.timing = kept[1], kept[2]
            continue
        # "claimed a sixth life", "an eighth body": the tally has reached that number, one more than before
        taken.append((a, b))
        if got[0].kind == "count" and UPDATE_HEDGE not in got[0].hedges:
            st.claims[st.claims.index(got[0])] = replace(got[0], hedges=(*got[0].hedges, UPDATE_HEDGE))
    _listed_parts(st, made)
    _sums(st, sent, made)
    _spelled_tallies(st, n_before)
    if st.timing:
        # "The jobless rate stood at 4.1% in March": the date says when the figure held, as "by"/"as of" do
        for k in range(n_before, len(st.claims)):
            c = st.claims[k]
            if c.id in st.timing and AS_OF_HEDGE not in c.hedges:
                st.claims[k] = replace(c, hedges=(*c.hedges, AS_OF_HEDGE))
        st.timing.clear()
    _windows(st, n_before)


def _unit_before_a_noun(sent: Span, end: int) -> bool:
    """Whether the word after a figure's end (``end``, a character offset) modifies a noun after it ("for a day trip"):
    a unit that names a kind of thing, no length."""
    after = next((t for t in sent if t.idx >= end and not t.is_space), None)
    return after is not None and after.dep_ in ("compound", "amod", "nmod") and after.head.i > after.i


def _entry_day(st: _State, char: int) -> date | None:
    """The day the live blog entry holding ``char`` stamps itself with ("Sunday 14:05 At least nine people are
    dead ..."), when its paragraph opens with such a stamp (dates.entry_day), or when the line before it is that
    stamp alone ("Sunday 14:05" on its own line, the entry below it); read once per paragraph."""
    if st.reference is None:
        return None
    text = st.article.text
    para = text.rfind("\n", 0, char) + 1
    if para not in st.entry_days:
        day = entry_day(text[para : para + 80], st.reference)
        above = _line_above(text, para)
        if day is None and above is not None and _LONE_STAMP.fullmatch(above):
            day = entry_day(above, st.reference)
        if day is None and _CLOCK_ENTRY.match(text, para):
            day = _heading_day(st, para)
        st.entry_days[para] = day
    return st.entry_days[para]


# A live blog entry that opens with a clock time and a dash ("9.05am - The vigil will go ahead tomorrow", "14:05 -
# Police say"), and a line that is a day's heading alone ("SUNDAY", "Sunday 15 March") over the entries of that day
# (its hour, minutes and half of the day are its groups: _entry_minute)
# (after a stamp of day and month in figures, "26.01, 14:35 - ", or before a weekday in brackets, "02:25 (Sunday) - ",
# as dates.entry_day reads them)
_CLOCK_ENTRY = re.compile(
    rf"[ \t]*(?:{STAMP_DAY_BEFORE})?(\d{{1,2}})[:.](\d{{2}})[ \t]*(?:([ap])\.?m\.?)?[ \t]*"
    rf"(?:(?i:{STAMP_DAY_AFTER})[ \t]*)?[-–—][ \t]"
)


_AS_OF_BEFORE = re.compile(r"\bas of\b[^,.;:]*\Z", re.IGNORECASE)

# How many minutes before its stamp a live entry may tell what happened "now": a blog posts within minutes.
_STAMP_LAG = 5


def _told_as_it_happens(sent: Span, stamp_end: int, dates: int) -> Token | None:
    """The doing a live blog entry's first sentence, after its stamp ending at ``stamp_end``, tells as happening as
    the entry is posted: a finite verb in the present or the present perfect ("16:00 - Polls have closed.", "12:40 -
    The governor has taken his seat.", "14:52 - The council approves the plan.", "17:40 - The verdict is being
    read."); None when the sentence tells of another time (a past tense, a future, a plan, or a date of its own:
    ``dates`` counts the sentence's dates with the stamp), or only what someone says (when the saying was posted,
    not when what it tells happened), a state or a tally as it stands, or has no verb ("BREAKING: ...")."""
    if dates > 1:
        return None
    verb = sent.root
    if verb.idx < stamp_end or verb.pos_ not in ("VERB", "AUX"):
        # (a parse that makes the stamp the root may hang the entry's verb on it as a relative clause: "14:20 - The
        # maths paper has started")
        deps = ("ROOT", "ccomp", "relcl") if verb.idx < stamp_end else ("ROOT", "ccomp")
        verb = next((t for t in sent if t.idx >= stamp_end and _finite(t) and t.dep_ in deps), verb)
    lemma = verb.lemma_.lower()
    if _MADE_PUBLIC.match(sent.doc.text, stamp_end, sent.end_char):
        return sent.root  # "16:00 - IT'S OUT.", "22:47 - It's official.": the news the entry brings is made public now
    if verb.idx < stamp_end or verb.pos_ != "VERB" or not _finite(verb) or lemma in ("be", "have"):
        return None  # ("1.05pm - Four of the seven are now out.": a state as it stands, no doing)
    if lemma in SPEECH_VERBS or lemma in _LATER_FRAMES:
        return None
    told = next((t.idx for t in sent if t.idx > verb.idx and t.text == ":"), sent.end_char)
    if any(t.like_num and stamp_end <= t.idx < told for t in sent):
        # ("21:50 - 650 people have now been taken off the beaches": a tally as it stands; but "14:20 - The maths
        # paper has started: 50 questions, 90 minutes" tells what started after a colon)
        return None
    return verb if _tense(verb) in ("present", "perfect") else None


# An entry that opens by saying its news is made public as it is posted ("It's official.", "IT'S OUT!", "It is now
# confirmed:"), read from its words, which the parse of a line in capitals may not give
_MADE_PUBLIC = re.compile(
    r"[\s\-–—:]*it(?:['’]s|\s+is)\s+(?:now\s+)?(?:official|out|confirmed)\s*[.!:]", re.IGNORECASE
)


def _entry_minute(text: str, para: int) -> int | None:
    """The minute of the day a live blog entry opening at ``para`` was posted at ("9:00 p.m. - That's it for
    tonight": 21 * 60), or None when the paragraph opens with no clock stamp."""
    m = _CLOCK_ENTRY.match(text, para)
    if m is None:
        return None
    hour, minute, half = int(m[1]), int(m[2]), m[3] or ""
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12):
        return None
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return hour * 60 + minute


_DAY_HEADING = re.compile(
    r"^[ \t]*((?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,?[ \t]+\d{1,2}[ \t]+[a-z]+|,?[ \t]+[a-z]+[ \t]+\d{1,2})?)"
    r"[ \t]*\r?$",
    re.IGNORECASE | re.MULTILINE,
)


def _heading_day(st: _State, para: int) -> date | None:
    """The day of a live blog entry stamped with a clock time alone ("9.05am - ..."): the day heading nearest above
    it ("SUNDAY" over that day's entries), else the blog's own date, since the newest entries come first, under
    no heading. None when the heading names no day up to a week before the reference."""
    if st.reference is None:
        return None
    if st.day_headings is None:
        ref = st.reference
        st.day_headings = [
            (m.start(), entry_day(f"{m.group(1).title()} 00:00", ref))
            for m in _DAY_HEADING.finditer(st.article.text)
        ]
    above = [day for at, day in st.day_headings if at < para]
    return above[-1] if above else st.article.date


# A line that may be a live blog entry's stamp and nothing else ("Sunday 14:05", "Sat 16 Aug, 21:10")
_LONE_STAMP = re.compile(r"[\w.,: ]{4,40}")


# A line that is a clock time alone, a live blog entry's stamp over the entry ("10:00", "9.05am")
_LONE_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?", re.IGNORECASE)


def _line_above(text: str, para: int) -> str | None:
    """The line right above the paragraph opening at ``para``, stripped; None when a blank line or nothing is."""
    if para < 2 or text[para - 2] in "\r\n":
        return None
    return text[text.rfind("\n", 0, para - 1) + 1 : para - 1].strip()


def _under_a_lone_clock(text: str, para: int) -> bool:
    """Whether the paragraph opening at ``para`` is a live blog entry whose clock stamp is the line above it."""
    above = _line_above(text, para)
    return above is not None and _LONE_CLOCK.fullmatch(above) is not None


_WINDOW_PREPS = frozenset("in over within during across".split())


# After a length: "12 km away", "5 km (3 miles) from the plant", "(7.5 miles) away" inside a bracket;
# "35 km (22 miles) south-east of the city": a bearing from a place is how far, too.
_DISTANCE_AFTER = re.compile(
    r"\s*(?:[a-zA-Z]{0,12}\s*)?(?:\([^()]{0,40}\)\s*|\)\s*)?"
    r"(?:away|from|(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of|(?:down|up)(?:stream|river))\b",
    re.IGNORECASE,
)
_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:a\s+|about\s+|some\s+)?\Z", re.IGNORECASE)


def _a_distance(text: str, start: int, a: int, b: int) -> bool:
    """A length that says how far one place is from another, not how long, high or deep a thing is: "could be seen
    from 12 km away", "lies 5 km from the plant", "residents within 1.5 km of the plant", "18 km downstream"."""
    if _DISTANCE_AFTER.match(text, b, min(len(text), b + 60)):
        return True
    return _WITHIN_BEFORE.search(text, max(start, a - 20), a) is not None


# The relation a length is told in, by the word that governs it: how high something is above the ground ("at an
# altitude of 11 km", "at a height of 3 km", "8 miles up", "3 km above sea level"), how deep below it ("at a depth
# of 10 km", "20 km below the surface", "300 metres underground", "14in down"), how far out from a shore ("9 km off the
# coast", "400 metres offshore"), how tall a thing stands ("a 22cm-tall jug", "a wall 2 metres high"). Two
# relations are two facts whatever one unit they share.
_LENGTH_HEDGE = (  # a hedge between a length's governing words and its figure ("at an altitude of about 11 km")
    r"(?:(?:about|around|approximately|roughly|some|nearly|almost|over|more\s+than|up\s+to|just\s+over|under)\s+)?"
)
# What may stand between a figure and a word after it: its unit's word and a bracketed conversion ("52 metres
# (171ft) at its highest point"), or the bracket a conversion closes
_UNIT_AND_BRACKET = r"\s*(?:[a-zA-Z]{0,12}\s*)?(?:\([^()]{0,40}\)\s*|\)\s*)?"
_LENGTH_AFTER = re.compile(
    _UNIT_AND_BRACKET + r"(?:(?P<height>up\b(?!\s+to\b)|above\s+(?:sea|ground|the\s+[a-z]+)"
    r"|a\.s\.l\.|(?:a|am)sl\b"  # "2650 m a.s.l.", "2650 m asl": above sea level
    r"|-(?:tall|high)\b|tall\b|high\b(?=\s*(?:[^\sa-zA-Z-]|\Z|(?:and|at|in|on|above|with|when|from)\b)))"
    r"|(?P<depth>deep\b|down\b(?!\s+(?:to|from|the|a|an|on|into|through|along|by|in\s+the)\b)|underground\b|below\s+(?:sea|ground|the\s+(?:ground|surface|sea|seabed)))"
    r"|(?P<distance>off\s+(?:the\s+)?[a-zA-Z]|offshore\b|out\s+(?:to|at)\s+sea\b|inland\b))",
    re.IGNORECASE,
)
_LENGTH_BEFORE = re.compile(
    r"\b(?:(?P<height>altitude|height|elevation)|(?P<depth>depth))\s+of\s+"
    rf"{_LENGTH_HEDGE}(?:[\d.,]+\s*[a-zA-Z]{{0,12}}\s*\(\s*)?\Z",
    re.IGNORECASE,
)


# How far something fell: "fell some 200 metres", "dropped 650ft", "plunged about 40 metres", "a fall of 40
# metres". A drop is no height, depth or distance, nor a length told without its relation ("cruising at 37,000
# feet"): how far a plane fell is not how high it flew.
_LENGTH_DROP = re.compile(
    r"\b(?:(?P<drop>fell|falls?|falling|dropped|drops?|dropping|plunged|plunges?|plunging|plummet(?:ed|s|ing)?"
    r"|tumbled|tumbles?|descended|fall\s+of|drop\s+of|plunge\s+of))\s+(?:[a-z]+ly\s+)?"
    rf"{_LENGTH_HEDGE}\Z",
    re.IGNORECASE,
)


# The words right before a figure in degrees that make it an angle: a slope's, a tilt's, a turn's, a bearing's or a
# wind's direction ("at an angle of about 8 degrees", "tilted 12 degrees", "slopes steeper than 40 degrees", "wind
# from 230 degrees"); never with "to" between, which a temperature takes ("temperatures heading to 40 degrees")
_ANGLE_BEFORE = re.compile(
    r"\b(?:angle|tilt(?:s|ed|ing)?|inclin(?:e|ed|ation)|slopes?|steeper|gradient|turn(?:s|ed|ing)?|heading|bearing"
    r"|list(?:s|ed|ing)|rotat(?:e|ed|ing)|pitch(?:ed)?|(?:wind|winds|breeze)\s+(?:blowing\s+)?from)"
    r"(?:\s+(?:of|at|by|than|about|around|some|roughly|nearly|almost|more|less|just|over|under|an|a))*\s*\Z",
    re.IGNORECASE,
)


def _length_relation(text: str, start: int, a: int, b: int) -> str | None:
    """The relation of a length its governing words give: "height", "depth", "distance", "radius" or "drop",
    else None (a length of a thing: "a 27-metre rocket", "a 4 km tunnel")."""
    m = (
        _LENGTH_BEFORE.search(text, max(start, a - 40), a)
        or _LENGTH_DROP.search(text, max(start, a - 40), a)
        or _LENGTH_AFTER.match(text, b, min(len(text), b + 60))
    )
    if m is None:
        if _WITHIN_BEFORE.search(text, max(start, a - 20), a) is not None:
            # "residents within 1.5 km of the plant", "an end to blasting within 500 metres of homes": a zone's
            # radius, no rival of how far one place lies from another ("homes 350 metres from the blast face")
            return "radius"
        return "distance" if _a_distance(text, start, a, b) else None
    return next(k for k, v in m.groupdict().items() if v is not None)


def _windows(st: _State, n_before: int) -> None:
    """ "120 mm of rain fell in 24 hours", "185 mm over two days", "rainfall of 120 mm in 24 hours": a duration
    that a figure of its clause accumulates over is that figure's window, not a fact of its own. The figure just
    before a window carries it (hedge "over 24 hours", in hours, so that "two days" and "48 hours" read alike),
    and the duration the hedge WINDOW_HEDGE: figures over two windows are two facts, and windows never conflict."""
    claims = st.claims
    for j in range(n_before, len(claims)):
        if claims[j].kind == "duration":
            break
    else:
        return  # most sentences state no duration: no window, and nothing to sort (measured, about 0.3%)
    order = sorted(range(n_before, len(claims)), key=lambda j: claims[j].start)
    for pos, k in enumerate(order):
        d = claims[k]
        q = d.value
        if d.kind != "duration" or not isinstance(q, Quantity):
            continue
        span = st.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if span[0].lower_ in _WINDOW_PREPS and span[0].dep_ == "prep":
            prep, amount = span[0], q.low  # "over two days", read as a bound: the window is its number
        else:
            tok = span.root
            while tok.dep_ in ("nummod", "quantmod", "compound", "amod") and tok.head.i > tok.i:
                tok = tok.head
            prep, amount = tok.head, q.value if q.is_point else None
            if tok.dep_ != "pobj" or prep.lower_ not in _WINDOW_PREPS:
                continue
        seconds = to_base(amount, q.unit) if amount is not None else None
        if seconds is None:
            continue
        owner = prep.head  # the verb or noun the window is on: "fell ... in 24 hours", "rainfall ... in 24 hours"
        before = [j for j in order[:pos] if claims[j].kind in ("measure", "count", "percent", "money")]
        marked = False
        hedge = f"{WINDOW_PREFIX}{seconds / 3600:g} hours"
        for j in reversed(before):
            c = claims[j]
            ct = _token_of(st, c.start)
            if ct is None or not owner.left_edge.i <= ct.i <= owner.right_edge.i:
                break
            if any(h.startswith(WINDOW_PREFIX) and h != SPAN_HEDGE for h in c.hedges):
                break  # a window of its own, nearer to it (not "over several days", which this window says)
            claims[j] = replace(c, hedges=(*c.hedges, hedge))
            marked = True
            if c.restates is None:
                break  # the figure just before, with its restatements ("185 millimeters (7.3 inches)")
        if marked and WINDOW_HEDGE not in d.hedges:
            claims[k] = replace(d, hedges=(*d.hedges, WINDOW_HEDGE))


_COUNTED = "counted from the date of an earlier event"
_FUTURE_WORDS = frozenset("expect plan schedule due set intend will".split())
# Verbs of foretelling, whose infinitive or clause tells a time ahead of the foretelling ("temperatures were forecast to
# ease by the weekend"); as nouns ("the forecast for Saturday") they are read as any noun is
_FORETELLING = frozenset("forecast predict".split())
# Verbs of an aim or a pledge, whose infinitive is ahead of them ("hopes to hang it again in the summer", "pledged to
# reopen by June"); a date of their own is when the aim was told ("promised on Monday to review the case")
# So are verbs of a decision ("voted on Tuesday to close the school in June", "agreed to reopen the line in March"):
# what is decided is done after the deciding.
_AIM_WORDS = frozenset("hope aim promise pledge vow vote decide agree resolve opt".split())


def _aims_at(t: Token, verb: Token) -> bool:
    """``t`` is a verb of an aim or a pledge whose infinitive, through "to" clauses, is ``verb`` ("hopes to hang it
    again in the summer": "hopes" aims at "hang"), known by its form (the model lemmatises "hopes" as "hop"); not a
    verb the date's clause only hangs from ("Brandt, who toured the damage on Monday, promised state help")."""
    w = t.lower_
    if t.i == verb.i or t.pos_ not in ("VERB", "AUX"):
        return False
    if w.removesuffix("s") not in _AIM_WORDS and _stem_ed(w) not in _AIM_WORDS:
        return False
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        if verb.i == t.i:
            return True
    return False


def _stem_ed(w: str) -> str:
    """ "hoped" -> "hope", "vowed" -> "vow", "hoping" -> "hope": the verb of a regular past or present participle."""
    for end, back in (("ed", ""), ("d", ""), ("ing", ""), ("ing", "e")):
        if w.endswith(end) and w[: -len(end)] + back in _AIM_WORDS:
            return w[: -len(end)] + back
    return w


_UNTIL = frozenset("until till til by before".split())
_CLOCK_WORD = re.compile(r"\d{1,2}(?:[.:]\d{2})?(?:am|pm)?\Z|(?:a\.m\.|p\.m\.|am|pm|noon|midnight)\Z")


_MAYBE_MODALS = frozenset({"could", "may", "might", "should", "can", "must"})


_BY_BEFORE = re.compile(r"\b(?:by|until|till|since)\s+\Z", re.IGNORECASE)


def _beside_another_fate(st: _State, measure: str | None) -> bool:
    """Whether "another" before a count of what befell people sets it beside the article's last count of another
    fate, not on top of a tally of its own ("Seventeen people died in the riot. Another 32 people were injured"):
    the article has counted people with another fate just before, and never counted this fate. (Not "three more
    workers injured in the fire died", whose fate the parse may take from the wrong verb.)"""
    if measure is None:
        return False
    counts = [c for c in st.claims if c.kind == "count" and c.measure is not None]
    if not counts or counts[-1].measure == measure:
        return False
    return not any(c.measure == measure for c in counts)


def _before_the_told_day(
    st: _State, sent: Span, a: int, b: int, text: str, value: DateValue
) -> tuple[DateValue, bool]:
    """A bare weekday in the past perfect, later than the day its paragraph has told of ("On Sunday afternoon the
    trap closed. An orange warning had been issued on Saturday morning", in a weekly dated the Saturday after): the
    past perfect puts what it tells before that past day, so it is the latest such weekday on or before it, not
    the one before the date line. Any other value is returned as it is; and whether the weekday was so read."""
    para = st.article.text.rfind("\n", 0, a) + 1
    k = len(st.dated)
    while k and st.dated[k - 1][0].start >= para:  # only this paragraph's dates, walked back from the last
        k -= 1
    days = [(c, v) for c, v in st.dated[k:] if c.start < sent.start_char]
    told = last_day_before([v for _, v in days])
    if told is None or told.start >= value.start or looks_back(days[-1][0].sentence):
        # (the day told of must be the story's own, not one a sentence looks back to: "The travellers had paid for
        # a package that began on April 1. They had arrived in Lisbon on Monday")
        return value, False
    if _BY_BEFORE.search(st.article.text, max(sent.start_char, a - 8), a):
        return value, False  # "By Wednesday they had confirmed": the day is the past perfect's own time
    span = st.doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return value, False
    verb = _governor(span.root)
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in kids(verb)):
        return value, False
    before = parse_date(text, told.start, tense="past")
    return (before, True) if before is not None else (value, False)


def _future_in_the_past(doc: Doc, a: int, b: int) -> bool:
    """Whether a date's clause looks ahead only from a past it hangs from: "announced the cap at 2pm on Tuesday,
    saying it would apply from 6pm". Its "would" is the future of the announcing, so a time of day in it may fall on
    the past day its sentence names for the announcing."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = _governor(span.root)
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in kids(verb)):
        return False
    if not any(t.tag_ == "VBD" for t in verb.ancestors):
        return False
    # (not when its own clause names its day: "said on Monday the road would reopen at 6pm on Thursday")
    clause = doc[verb.left_edge.i : verb.right_edge.i + 1]
    return not (
        names_day_of_month(clause.text)
        or any(names_weekday(t.text) or t.lower_ in _DAY_WORDS for t in clause)
    )


_DAY_WORDS = frozenset({"today", "tonight", "tomorrow", "yesterday"})


def _date_tense(doc: Doc, a: int, b: int, body: bool = True) -> str | None:
    """The tense of the clause a date belongs to: its governing verb's, and future when the verb looks
    ahead ("is expected to stay closed until Monday", "would leave office by October", "are to be sentenced
    on January 6") or the date bounds a present state ("until")."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if _dates_an_earlier_value(span):
        return "past"  # "14 cases, up from 12 on Tuesday": the value a change is from held before it
    if span.start > 0 and doc[span.start - 1].lower_ == "since" and span.root.pos_ == "PROPN":
        # "the wildfire that has burned there since Tuesday enters its third day", which the parse reads as
        # "Tuesday enters": what has gone on since a named day began on a day gone by
        return "past"
    if _event_looked_back_on(span):
        return "past"
    verb = _governor(span.root)
    if _called_off(verb, span):
        return "present"  # the nearest such day, before or after the article's (see _CALLING_OFF)
    if _done_event_noun(span.root, verb):
        return "past"
    # "stays closed until Sunday": an adjective's tense is its linking verb's
    tense = _tense(verb.head if verb.dep_ == "acomp" and verb.head.pos_ in ("VERB", "AUX") else verb)
    auxes = {c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")}
    be_to = "to" in auxes and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"  # "are to be sentenced"
    # "with 140 jobs to go by 30 June": what a "with" clause has still to do is ahead
    with_to = verb.tag_ == "VB" and (
        (verb.dep_ == "pcomp" and verb.head.lower_ == "with")
        or any(c.dep_ == "mark" and c.lower_ == "with" for c in kids(verb))
    )
    be_to = be_to or ("to" in auxes and with_to)
    if be_to and verb.head.tag_ == "VBD" and _overtaken(verb.head):
        return "past"  # "cancelled the exam that was to be held on Wednesday": a plan overtaken, as _planned_before
    # a headline's bare infinitive is its future: "Museum to reopen Friday" (no verb governs "to reopen")
    headline_to = "to" in auxes and verb.dep_ == "ROOT" and verb.tag_ == "VB"
    # "could reopen by Tuesday", "may return on Friday": what may yet happen is ahead, not what happened ("could
    # not reach the blaze until Monday" tells what did not happen, and "could have reopened" looks back)
    maybe = (
        bool(auxes & _MAYBE_MODALS)
        and (verb.tag_ == "VB" or "be" in auxes)  # ("may be allowed home on Friday")
        and "have" not in auxes
        and not _negated(verb)
    )
    ahead_aux = be_to or headline_to or maybe or bool(auxes & {"would", "'d"})
    # a verb in the simple past keeps its own tense under a verb that looks ahead ("expects to reopen on Nov. 27,
    # after a tow struck the bridge on Sunday"), as does a past participle that tells what was done to a noun ("the
    # increase, approved by the council in July, is expected to raise £6m"): only its own words may make its date a
    # plan ("the match, scheduled for Sunday")
    done = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ == "acl")
    above = () if done else tuple(verb.ancestors)
    ancestry = {t.i for t in above}  # (a verb of foretelling looks ahead from above the date's verb, not below it)
    # (a verb with a particle is another verb: "the runners set off on Sunday" tells no plan)
    # (nor is a clause of purpose one: "jumped the gorge on Saturday to set a record" tells why, not a plan)
    # (nor a verb joined to the date's: "set out on Friday and planned to be out by Sunday" plans nothing of Friday)
    ahead = [
        t
        # (a child counts as a word, not as a noun: "approved the plans on Tuesday" tells no plan)
        for t in (
            verb,
            *above,
            *(k for k in kids(verb) if not _purpose(k) and k.pos_ in ("VERB", "AUX", "ADJ") and k.dep_ != "conj"),
        )
        # (a decision's aim is its infinitive's doing, not a day's event its object names: "has not yet decided
        # whether to appeal against Tuesday's judgment")
        if (
            t.lemma_ in _FUTURE_WORDS
            or (t.lemma_ in _FORETELLING and t.pos_ == "VERB" and (t.i == verb.i or t.i in ancestry))
            or (_aims_at(t, verb) and not _genitive_at(doc.text, a, b))
        )
        and not any(c.dep_ == "prt" for c in kids(t))
        and not _set_done(t)
    ]
    # "the road is likely to reopen on Friday": what is likely is ahead (but "the collapse on Saturday is likely to
    # focus attention": the likelihood is not the date's own verb's)
    looks_ahead = ahead_aux or bool(ahead) or any(t.lemma_ in _LIKELIHOOD for t in above[:2])
    if ahead and not ahead_aux and all(_planned_before(t) for t in ahead):
        return "past"  # "the launch had been scheduled for Tuesday", "the vote was due on Monday, but ...": a plan
    k = span.start - 1
    if k >= 1 and doc[k].lower_ in ("on", "at"):
        j = k - 1
        while j >= max(0, k - 3) and (doc[j].like_num or _CLOCK_WORD.match(doc[j].lower_)):
            j -= 1
        if j < k - 1:
            k = j  # "until 11.59pm on Monday": the clock time's bound is the day's
    if k >= 2 and doc[k].lower_ == "least" and doc[k - 1].lower_ == "at":
        k -= 2  # "stays closed until at least Thursday"
    before = doc[k].lower_ if k >= 0 else ""
    if looks_ahead or (before in _UNTIL and tense in ("present", "future")):
        return "future"
    if (
        before == "for"
        and doc[k].head.i == verb.i
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in kids(verb))
        and not _genitive_at(doc.text, a, b)
    ):
        # "a public meeting has been called for Thursday evening", "the hearing was fixed for Monday": the day a
        # thing was appointed for, which is ahead of its appointing (but "was jailed for Monday's attack")
        return "future"
    if before in ("by", "until", "till", "til") and (tense == "perfect" or _shares_perfect(verb)):
        # "has asked for a full written report by Friday", "has suspended classes and closed its campus until Monday":
        # the perfect tells a state that holds now, so the deadline or the end it is given is still ahead
        return "future"
    if _put_off_to(verb, span.root):
        return "future"  # "Their case was postponed to 18 March": the day a thing is put off to follows the putting off
    if tense in ("perfect", "present") and _announced_event(verb, span.root, tense):
        return "future"  # "Labour leaders have announced a protest rally on Sunday": the day of what is announced
    if before == "for" and span.root.dep_ == "pobj" and not _genitive_at(doc.text, span.start_char, span.end_char):
        # "has been listed for 15 June", "a hearing listed for 15 June", "called a meeting for 6pm on Thursday": the
        # day a thing is arranged for is ahead of the arranging (not "charged for Monday's attack": an event)
        return "future"
    if tense == "present" and verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and _placed_by(verb, span.root):
        return "future"  # "The closing ceremony is on Thursday", "the funeral is on Friday": an event set for a day
    if (
        tense == "present"
        and body
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in kids(verb))
        and span.root.dep_ == "pobj"
        and span.root.head.head.i == verb.i
        and not any(c.dep_ == "dobj" for c in kids(verb))
    ):
        # "the council is meeting on Friday": the present progressive with a day of its own is an arrangement (but
        # "are investigating a stabbing on Friday night": the day may be its object's)
        return "future"
    if (
        tense == "present"
        and body
        and verb.tag_ in ("VBZ", "VBP")
        # (a light verb's object names the event: "the council holds an extraordinary meeting on Friday")
        and (verb.lemma_ not in _STATE_VERBS or (verb.lemma_ in _LIGHT_VERBS and _has_event_object(verb, span)))
        and not (verb.i and doc[verb.i - 1].like_num)  # "275,000 rides on Saturday": a plural the model took for a verb
        # ("Tuesday's budget commits $1.2 billion": a day's thing told of in the present is no plan for the day;
        # the nearest such day it is)
        and not _genitive_at(doc.text, span.start_char, span.end_char)
    ):
        return "future"  # "the ban still starts on Friday", "he appears in court on Monday": a plan (headlines
        # tell the past in the present: "Man dies in crash on Sunday")
    return tense


# Prepositions that look back from what their clause tells to the event they take: "charged over Wednesday's clash",
# "one week on from Wednesday's strike", "after Sunday's vote", "an inquiry into Monday's crash", "the summary of
# Saturday's concert" (not "ahead of", "before", "for": "tickets for Saturday's concert" look forward).
_LOOKING_BACK = frozenset("over from after since following into of".split())


def _event_looked_back_on(span: Span) -> bool:
    """A day told as a genitive that names an event ("Wednesday's clash") taken by a preposition that looks back on
    it: the event has happened, whatever the tense of the clause ("A skipper is to be charged over Wednesday's clash",
    "neither side shows any sign of backing down, one week on from Wednesday's strike")."""
    root = span.root
    if root.dep_ != "poss" or not span.text.endswith(("'s", "’s")):
        return False
    event = root.head
    return event.pos_ == "NOUN" and event.dep_ == "pobj" and event.head.lower_ in _LOOKING_BACK


def _done_event_noun(date: Token, verb: Token) -> Token | None:
    """The noun a date hangs on, between it and its governing verb, when a relative clause of that noun tells it
    done: "The collapse ... on Saturday, which has so far cost three lives, will put wind management back on the
    agenda" dates a collapse gone by, whatever the verb of its sentence looks ahead to ("The vote on Tuesday will
    decide" names no such clause, and keeps the verb's future)."""
    t = date
    for _ in range(6):
        if t.i == verb.i:
            return None
        # (the parse may hang the clause on the date itself: "on Saturday, which has so far cost three lives")
        if t.pos_ in ("NOUN", "PROPN") and any(_told_done(k) for k in kids(t)):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _told_done(clause: Token) -> bool:
    """A relative clause that tells what its noun did, in the past or the perfect ("which has so far cost three
    lives", "that killed 12"); not what was done to it ("which was called by the mayor": arranged, maybe ahead), nor
    a "when" clause, which tells what happens at the date it is hung on ("will take effect on 1 October, when the
    licences run out": the clause's time is the sentence's)."""
    return (
        clause.dep_ == "relcl"
        and _tense(clause) in ("past", "perfect")
        and not any(k.dep_ in ("auxpass", "nsubjpass") or k.lower_ == "when" for k in kids(clause))
    )


# Verbs that make known or set up an event to come, whose object's date is that event's ("have called a strike on
# Monday", "are organising a vigil on Friday")
_ANNOUNCING = frozenset("announce call organise organize arrange".split())


def _announced_event(verb: Token, date: Token, tense: str) -> bool:
    """A date on the object of a verb of announcing, told in the present or the perfect ("have announced a protest
    rally on Sunday"); or, in the perfect, on the verb itself when it has such an object ("has called a strike on
    Monday"): the perfect takes no day gone by of its own, so the day is the announced event's."""
    prep = date.head if date.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or verb.lemma_.lower() not in _ANNOUNCING:
        return False
    noun = prep.head
    if noun.i == verb.i and tense == "perfect":
        return any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in kids(verb))
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.i == verb.i


def _shares_perfect(verb: Token) -> bool:
    """A verb joined to a present perfect with no auxiliary or subject of its own, so that it shares the perfect's
    "has" ("has suspended its programme and closed its campus until Monday", where the tagger may read "closed" as a
    simple past). (Not a day's tense in general: "have since given back their gains and closed at R43,90 on
    Wednesday" tells a day gone by, which no perfect takes.)"""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or verb.head.i == verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in kids(verb)):
        return False
    have = ("VBZ", "VBP")  # (a present perfect: a past perfect's state need not hold now)
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ in have for c in kids(verb.head))


# Verbs of putting off, whose "to" or "until" names the later day a thing now waits for ("the case was adjourned until
# Monday", "the hearing was postponed to 18 March"); with a particle: "pushed back to June", "put off until Friday"
_PUTTING_OFF = frozenset("postpone adjourn defer delay reschedule".split())
_PUT_OFF_PARTICLES = {"push": "back", "put": "off", "move": "back"}


def _put_off_to(verb: Token, date: Token) -> bool:
    """A date that a verb of putting off moves a thing to ("postponed to 18 March", "pushed back until Friday"); not
    the day of the putting off ("adjourned the case on Monday") nor the day of the thing put off ("postponed
    Sunday's match")."""
    prep = date.head if date.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("to", "until", "till", "til"):
        return False
    lemma = verb.lemma_.lower()
    if prep.head.i == verb.i and lemma in _PUTTING_OFF:
        return True
    particle = _PUT_OFF_PARTICLES.get(lemma)
    if particle is None:
        return False
    # (the parse may hang the "to" on the particle: "pushed back to Friday")
    word = prep.head
    return (word.i == verb.i and any(c.dep_ == "prt" and c.lower_ == particle for c in kids(verb))) or (
        word.lower_ == particle and word.head.i == verb.i and word.dep_ in ("prt", "advmod")
    )


def _placed_by(copula: Token, date: Token) -> bool:
    """A copula whose one complement is the date, placing an event noun its subject names ("The closing ceremony is
    on Thursday"; not "problems are at the centre of questions over Saturday night's crush", where the date is
    deeper in)."""
    prep = date.head if date.dep_ == "pobj" else None
    return prep is not None and prep.head.i == copula.i and _event_subject(copula) is not None


def _set_done(t: Token) -> bool:
    """ "set" of a thing done, not of a plan: a plan is set for a time or set to happen ("set for Sunday", "set to
    reopen"); "the state mark was set in 2023", "set a record" tell what was done."""
    if t.lemma_ != "set":
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ == "xcomp" and c.tag_ == "VB") for c in kids(t)
    )


def _purpose(t: Token) -> bool:
    """A clause of purpose on a verb: an infinitive with "to" set after it as an adverbial ("... to set a record")."""
    return t.dep_ == "advcl" and t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(t))


def _dates_an_earlier_value(span: Span) -> bool:
    """A date of the value a change is measured from ("up from 12 on Tuesday", "down from 450 last year", "rose to
    14 from 12 on Monday"): it hangs on the "from" whose object is that earlier value."""
    t = span.root
    for _ in range(3):
        head = t.head
        if head.i == t.i:
            return False
        if head.lower_ == "from" and head.dep_ == "prep":
            return any(c.dep_ == "pobj" and c.like_num and _earlier_value(c) for c in kids(head))
        t = head
    return False


# Verbs of calling off: what they take may be called off before it happens ("canceled Sunday's final races", in a
# Saturday paper: tomorrow's) or on its day ("Saturday's match was postponed", in a Monday paper), so a date in
# what they take is the nearest such day, whatever the tense of the calling off
_CALLING_OFF = frozenset("cancel postpone scrap suspend delay defer axe reschedule".split())


def _called_off(verb: Token, date: Span) -> bool:
    """Whether a date is part of what a verb of calling off takes ("canceled Sunday's final races", "Saturday's
    match was postponed"), not when the calling off happened ("postponed the match on Sunday")."""
    called_off = verb.lemma_.lower() in _CALLING_OFF or (
        verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in kids(verb))
    )
    if not called_off:
        return False
    t = date.root
    while t.head.i != verb.i and t.head.i != t.i:
        t = t.head
    return t.head.i == verb.i and t.dep_ in ("dobj", "nsubjpass") and t.i not in range(date.start, date.end)


# verbs whose simple present tells a state, a saying or a habit rather than a plan ("the toll stands at 12")
_STATE_VERBS = frozenset(
    "be have remain stand stay say tell show seem mean include know need want hold employ own contain house".split()
)
# Light verbs, whose object noun names the event they tell ("holds a meeting", "has talks"): a state verb's
# present tells now, but the event it has, set on a day, is a plan for that day
_LIGHT_VERBS = frozenset({"have", "hold"})


def _timeline_day(st: _State, k: int, para: int, minute: int | None) -> DateValue | None:
    """The day of the clock time that ends the paragraph before ``para`` (``st.dated[:k]`` are the dates before
    this paragraph), when that time is of a known day and earlier than ``minute``; else None."""
    if not k or minute is None or para < 2:
        return None
    claim, last = st.dated[k - 1]
    before = st.article.text.rfind("\n\n", 0, para - 1)
    if claim.start < before or last.minute is None or not last.day_known or last.minute >= minute:
        return None
    return DateValue(last.start, last.start + timedelta(days=1), "day")


def _has_event_object(verb: Token, date: Span) -> bool:
    """The light verb's object is a noun before the date, which the date follows ("holds a meeting on Friday")."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < date.start for c in kids(verb))


def _planned_before(word: Token) -> bool:
    """Is a word of planning ("scheduled", "due", "set") told of a plan of the past: in the past perfect ("had been
    scheduled for Tuesday"), or in the simple past of a plan the sentence says was overtaken ("the vote was due on
    Monday but was delayed", "was originally set for Friday")? Its day is then the last one. A simple past alone
    is the narrative's ("the Senate was expected to vote on Thursday"), and one under a verb of saying backshifts
    ("she said the vote was due on Monday"): both plans still ahead."""
    v = word if word.pos_ in ("VERB", "AUX") else word.head
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ == "VBD" for c in kids(v)):
        return True
    if not _told_as_past_plan(word):
        return False
    return _overtaken(v)


def _overtaken(v: Token) -> bool:
    """Whether the sentence of a plan's verb says the plan was overtaken: "originally" or a "but" after it, or a
    verb of calling off ("the vote was due on Monday but was delayed", "cancelled the exam that was to be held on
    Wednesday")."""
    return any(
        t.lower_ in _OVERTAKEN
        or (t.lower_ in ("but", "now") and t.i > v.i)
        or (t.pos_ == "VERB" and t.lemma_ in _CALLING_OFF)
        for t in v.sent
    )


def _past_plan(event: Token) -> bool:
    """A date of a plan told in the past, in the past perfect or in the outlet's own simple past ("was due to open in
    April 2024", "the vote had been scheduled for Tuesday"), or of what is only likely ("were likely to be confirmed
    this week"): what was planned or guessed, no day anything happened, so it carries the forecast's hedge and is
    never a rival of the day it did happen."""
    for t in (event, *list(event.ancestors)[:3]):
        if t.lemma_ in _LIKELIHOOD or _likely_ahead(t):
            # "more cases were likely to be confirmed this week", "the order would likely be lifted this morning": a
            # guess, whoever tells it, no day
            return True
        planned = t.lemma_ in _PLAN_WORDS or _aims_at(t, event)  # ("which it hoped to open in late 2027")
        if planned and not any(c.dep_ == "prt" for c in kids(t)):  # (not "had set off on Monday")
            return _planned_before(t) or _told_as_past_plan(t)
    return False


def _likely_ahead(verb: Token) -> bool:
    """A verb a modal and "likely" put ahead as a guess ("would likely be lifted", "will likely reopen"); not a past
    guessed ("was likely built in 1890")."""
    kids_ = kids(verb)
    return any(c.dep_ == "advmod" and c.lower_ in _LIKELIHOOD for c in kids_) and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in kids_
    )


def _told_as_past_plan(word: Token) -> bool:
    """A plan told in the simple past, in the outlet's own voice ("The project was due to open in April 2024")."""
    v = word if word.pos_ in ("VERB", "AUX") else word.head
    auxes = [c for c in kids(v) if c.dep_ in ("aux", "auxpass")]
    if not (v.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)) or any(a.tag_ == "MD" for a in auxes):
        return False
    return not any(t.lemma_ in _TELLING_VERBS for t in v.ancestors)


_PLAN_WORDS = _FUTURE_WORDS - {"will", "set"}  # (a record "was set in 2008": set, the word of a plan, sets more)
_LIKELIHOOD = frozenset({"likely", "unlikely"})  # "is likely to reopen on Friday": what is expected, not planned


# "was originally due on Monday"; "was due on Monday but ..." (a "but" after the plan: "7.40am, but crews were
# expected to stay into Sunday" overtakes nothing)
_OVERTAKEN = frozenset("originally initially previously".split())


def _sentence_of(st: _State, char: int) -> tuple[int, int]:
    """Character bounds of the sentence holding ``char``, from the sentences listed once per doc."""
    starts = st.sent_starts or [s.start_char for s in st.sents]
    st.sent_starts = starts
    k = max(0, bisect_right(starts, char) - 1)
    return st.sents[k].start_char, st.sents[k].end_char


def _undated_clock(found: list[DateMatch], value: DateValue, ref: date) -> DateValue:
    """A clock an article with no date line gives on a weekday its sentence names ("overturned at around 5.40pm on
    Saturday"): on the day that weekday alone is read as (undated_value: the one nearest the corpus's dates), so
    the clock and its weekday are one day, as they are in a dated article."""
    for d in found:
        v = d.value
        if v is None or v.minute is not None or v.start != value.start or not names_weekday(d.text):
            continue
        read = undated_value(d.text, ref, None)
        if read is not None:
            return replace(value, start=value.start + (read.start - v.start), end=value.end + (read.start - v.start))
    return value


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


# A span of time in the unit people count it in: decades and centuries in years ("two decades": 20 years), and a
# fraction of one unit in the next one down when that makes it whole ("half an hour": 30 minutes; "half a year": 6
# months); but "two and a half days" is counted in days
_COUNTED_IN: dict[str, tuple[str, int]] = {"decade": ("year", 10), "century": ("year", 100)}
_WHOLE_IN: dict[str, tuple[str, int]] = {
    "year": ("month", 12),
    "week": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}


def _in_whole_units(q: Quantity) -> Quantity:
    """A duration's amount in the unit its span is counted in (_COUNTED_IN, _WHOLE_IN): the same span of time, as a
    reader would give it, so that "half an hour" and "30 minutes" read alike in the ledger."""
    unit = q.unit or ""
    if unit in _COUNTED_IN:
        to, k = _COUNTED_IN[unit]
    elif unit in _WHOLE_IN:
        to, k = _WHOLE_IN[unit]
        xs = [x for x in (q.value, q.low, q.high) if x is not None]
        if not xs or not all(0 < x < 1 and float(x * k).is_integer() for x in xs):
            return q
    else:
        return q

    def scaled(x: Number | None) -> Number | None:
        return None if x is None else num(x * k)

    return replace(q, value=scaled(q.value), low=scaled(q.low), high=scaled(q.high), unit=to)


def _claim(
    st: _State, kind: ClaimKind, a: int, b: int, sent: Span, value: Quantity | DateValue | str | None, **kw: object
) -> Claim:
    text = st.article.text
    quote = next((q for q in st.quotes if q.start <= a < q.end), None)
    speaker = quote.speaker if quote else None
    anchor = kw.pop("anchor", None)
    claimant = reported_by(anchor, st.index, speaker, sent) if anchor is not None else speaker  # type: ignore[arg-type]
    shared = st.per_sentence.get(sent.start_char)
    if shared is None:  # one string, one entity tuple and one block per sentence, however many claims it holds
        shared = st.per_sentence[sent.start_char] = (
            text[sent.start_char : sent.end_char],
            tuple(sorted({m.canonical for m in st.index.in_span(sent.start_char, sent.end_char)})),
            _block_at(st, sent.start_char),
            _posted(st, sent.start_char),
        )
    ents = kw.pop("entities", None) or shared[1]
    if kind in _REFERENCED:
        ref = _reference(text, sent.start_char, sent.end_char, a, b)
        if ref == CAPACITY_HEDGE and kind not in ("count", "measure"):
            ref = None  # ("can take home £17": no thing holds an amount of money)
        if ref is None and kind == "count" and kw.get("counted") == "capacity":
            ref = LIMIT_HEDGE  # "its 35,000 capacity": the most its thing holds, as "a capacity of 35,000" is
        if ref is None and kind == "measure" and _rated_power_before_noun(st, a, b):
            ref = LIMIT_HEDGE  # "a 6.3 megawatt machine": a machine's rating, as "rated at 6.3 megawatts" tells it
        if ref is None and isinstance(value, Quantity) and _threshold_of_a_class(st, a, b, value):
            ref = LIMIT_HEDGE  # "defects deeper than 40mm are repaired": the bound that picks the defects out
        if ref is None and kind != "percent" and _comparative_after(st, a, b):
            ref = DIFFERENCE_HEDGE  # "ten degrees colder than the city", "300 more visitors than last year"
        if ref is not None:
            kw["hedges"] = (*kw.get("hedges", ()), ref)  # type: ignore[misc]
    if kind == "measure" and _a_peak(text, sent.start_char, sent.end_char, a, b):
        kw["hedges"] = (*kw.get("hedges", ()), PEAK_HEDGE)  # type: ignore[misc]
    if kind == "duration" and _comparative_after(st, a, b):
        kw["hedges"] = (*kw.get("hedges", ()), DIFFERENCE_HEDGE)  # type: ignore[misc]  # "three weeks longer"
    if kind == "duration" and isinstance(value, Quantity):
        value = _in_whole_units(value)
    return Claim(
        id=f"{st.article.id}:{kind}:{a}-{b}",
        source=st.article.id,
        kind=kind,
        text=text[a:b],
        start=a,
        end=b,
        sentence=shared[0],
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        value=value,
        entities=ents,  # type: ignore[arg-type]
        speaker=speaker,
        claimant=claimant,
        block=shared[2],
        posted=shared[3],
        **kw,  # type: ignore[arg-type]
    )


def _entry_clock_day(
    st: _State, a: int, b: int, posted_on: date, posted: int, minute: int, days_before: list[DateValue]
) -> DateValue | None:
    """The day of a time of no day (``minute``) in a live blog entry posted on ``posted_on`` at ``posted``, when the
    entry's stamp tells it and its paragraph names no earlier day: "2.20am - BoM confirms: Rowan crossed the coast
    around 2am", a past time no later than the stamp, is of the day the entry was posted (not of the day the blog's
    first entry names); "6.00pm Monday - Landfall is expected after midnight", a time still to come earlier in the
    day than the stamp, is of the next day (but one of a plan told in the past, "was due at 17:45", is the entry's
    day's). None when neither."""
    if minute > posted or any(v.minute is not None for v in days_before):
        return None
    tense = _date_tense(st.doc, a, b, _block_at(st, a) == "body")
    if tense == "past" and not days_before:
        return DateValue(posted_on, posted_on + timedelta(days=1), "day")
    if tense == "future" and minute < posted:
        span = st.doc.char_span(a, b, alignment_mode="expand")
        if span is not None and len(span) and _told_as_past_plan(_governor(span.root)):
            # "17:51 - The teams have not come out. Kick-off was due at 17:45": a plan told in the past, of a time
            # before the stamp, was for the entry's own day, now gone by
            return DateValue(posted_on, posted_on + timedelta(days=1), "day")
        after = posted_on + timedelta(days=1)
        return DateValue(after, after + timedelta(days=1), "day")
    return None


def _posted(st: _State, char: int) -> str | None:
    """When the live blog entry holding ``char`` was posted, as "YYYY-MM-DDTHH:MM": its clock stamp ("6:15 a.m. -
    NDRRMC morning report: 11 dead") on the entry's day (a day heading's, else the article's; the day before when
    the stamp is later than the article's own time, as a blog that runs past midnight shows); None for a paragraph
    with no clock stamp, or an article with no date."""
    text = st.article.text
    para = text.rfind("\n", 0, char) + 1
    minute = _entry_minute(text, para)
    if minute is None or st.reference is None:
        return None
    day = _entry_day(st, char) or st.reference
    told = st.article.time
    if day == st.article.date and told is not None:
        at = int(told[:2]) * 60 + int(told[3:5])
        if _blog_opened_at(st, at):
            if minute < at:
                day += timedelta(days=1)  # (a blog dated when it opened, run past midnight)
        elif minute > at:
            day -= timedelta(days=1)  # (no entry is posted later than its blog)
    return f"{day.isoformat()}T{minute // 60:02d}:{minute % 60:02d}"


_BLOG_DAY = 20 * 60  # minutes: longer back than this from its date line, a blog's entries are no day's coverage


def _blog_opened_at(st: _State, at: int) -> bool:
    """Whether a live blog's date line gives the time it opened, not its last update: its entries' stamps all lie
    within less time after that time than before it ("date 2026-07-18T22:05" over entries stamped 22:18 to 23:38
    and 00:15 opened at 22:05 and ran past midnight; over entries stamped 18:00 to 23:50 and 00:30, a date line
    of 00:40 is the last update). Read once per article."""
    if st.blog_opened is None:
        text = st.article.text
        starts = (0, *(m.end() for m in re.finditer("\n", text)))
        stamps = [m for p in starts if (m := _entry_minute(text, p)) is not None]
        after = max(((m - at) % 1440 for m in stamps), default=0)
        before = max(((at - m) % 1440 for m in stamps), default=0)
        # (and only when the other reading would have the blog run most of a day back from its date line: a blog
        # dated 21:00 over entries stamped 06:15 and 21:00 is one day's, dated at its last update)
        st.blog_opened = bool(stamps) and after < before and before > _BLOG_DAY
    return st.blog_opened


_REFERENCED = frozenset({"count", "measure", "money", "percent"})
# "nearly 40 km/h over the limit", "2% below forecast", "£3m short of the target": a difference from a reference
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:[^\s,.;()]+\s+){0,2}?(?:over|above|under|below|beyond|short\s+of)\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:limit|average|target|norm|normal|mean|median|usual|forecast|forecasts|expectations"
    r"|threshold|estimate|maximum|minimum)\b",
    re.IGNORECASE,
)
# "licensed to carry 51 passengers", "designed to hold 300", "a capacity of 300", "a unit rated at 380 megawatts", "a
# plant capable of producing 30 cubic metres an hour": the most its thing may hold or give; so too "its certificate
# allowed it to carry 96 passengers", "set its capacity at 96" and "licensed for 96 passengers"
_LIMIT_BEFORE = re.compile(
    r"\b(?:(?:licensed|allowed|permitted|authori[sz]ed|certified|designed|built|rated|able|fit|cleared|equipped)\s+"
    r"(?:(?:it|them)\s+)?to\s+(?:carry|hold|seat|take|accommodate|house)|capacity\s+(?:of|for|at)|rated\s+(?:at|for)"
    r"|(?:licensed|certified)\s+for|capable\s+of\s+[a-z]+ing)\s+"
    r"(?:up\s+to\s+|a\s+maximum\s+of\s+)?\Z",
    re.IGNORECASE,
)
# "can each carry up to 210 passengers": the most a thing may hold, said with "can" and a bound (but "can carry
# nearly 14,000 TEU" is the ship's size, as "a 13,892 TEU ship" is)
_CAN_HOLD_BEFORE = re.compile(
    r"\b(?:can|could)(?:\s+each)?\s+(?:carry|hold|seat|take|accommodate|house|store)\s+"
    r"(?P<bound>up\s+to\s+|a\s+maximum\s+of\s+)?(?:(?:about|around|some|nearly|almost|roughly)\s+)?\Z",
    re.IGNORECASE,
)
# "holds 67 million cubic metres when full", "seats 400 passengers when it is full": what its thing can hold
_WHEN_FULL_AFTER = re.compile(
    r"\s*(?:[^\s,.;()]+\s+){0,3}?when\s+(?:it\s+is\s+|they\s+are\s+)?(?:completely\s+)?full\b", re.IGNORECASE
)
# "At full capacity it holds 312 million cubic metres", "When full, the lake stores 2 billion": the same, said first
_WHEN_FULL_BEFORE = re.compile(
    r"\b(?:at\s+(?:full|maximum|its\s+full)\s+capacity|(?:when|once|if)\s+(?:it\s+is\s+|they\s+are\s+)?"
    r"(?:completely\s+)?full)\b,?\s+(?:[^\s,.;()]+\s+){0,4}?\Z",
    re.IGNORECASE,
)
_BOUND_FIRST = re.compile(r"(?:up\s+to|a\s+maximum\s+of)\s", re.IGNORECASE)  # the bound begins the figure


# "The forecast maximum was 36 degrees", "is projected to hit 2 million" (not "expected to cost £1.2 million", which
# says what will be as "will cost" does)
_FORECAST_BEFORE = re.compile(
    r"\b(?:forecasts?|forecaster?s?|predicted|predictions?|projected|projections?|expectations?)\b"
    # (but "The forecast is based on a survey of 1,350 growers": what a forecast rests on is counted, not foreseen)
    r"(?![^.;,:()]*\b(?:based|draws|drew|drawn|relies|relied|rests|rested)\s+on\b)[^.;,:()]{0,40}\Z",
    re.IGNORECASE,
)


# "about 9,400 vehicles a day", "9,000 vehicles daily", "150 cases a year", "£5,000 per month": a rate, told in its
# clause after the figure, before another figure or clause (not "died a day after the quake", "a year ago", the time
# taken of "died in less than a week" or "within a month", nor the 1,200 of "employs 1,200 people and makes 300 cars
# a day")
_RATE_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?"  # "€96 (about £82) per scooter each year": a bracketed aside is no break
    r"(?:(?!\b(?:and|but|while|whereas)\b)[^,;:.()\d]){0,50}?\b"
    r"(?:(?:(?<!\bless than\s)(?<!\bin\s)(?<!\bwithin\s)a|per|each|every)\s+(?P<span>day|week|month|year|hour|night)"
    r"|(?:over|for)\s+(?:the|a)\s+(?P<whole>week|month|year)"  # "will pay £87 more over the year"
    r"|(?P<adverb>daily|weekly|monthly|yearly|annually|hourly|nightly)|per\s+(?P<annum>annum))\b"
    r"(?!\s+(?:after|before|later|earlier|ago|old|of|into|when|since|or|and|to|ending|ended|through|until)\b)",
    re.IGNORECASE,
)
_EVERY_BEFORE = re.compile(r"\bevery\s+$", re.IGNORECASE)  # "every seven minutes": how often, not how long
# A count given for each one of something, right after its noun: "only one lane in each direction", "two guards on
# every floor" (not a span of time, which _RATE_AFTER reads)
_EACH_ONE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){1,2}?(?:in|on|at|for|per)\s+(?:each|every)\s+(?P<noun>[a-z]+)\b"
    r"(?<!\bday)(?<!\bweek)(?<!\bmonth)(?<!\byear)(?<!\bhour)(?<!\bnight)",
    re.IGNORECASE,
)
_RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year"}
_RATE_ADVERBS |= {"hourly": "hour", "nightly": "night"}


_RATE_NEEDS = ("day", "week", "month", "year", "hour", "night", "dail", "annu")  # one is in every _RATE_AFTER match


def _lacks(text: str, a: int, b: int, needs: tuple[str, ...]) -> bool:
    """Whether ``text[a:b]`` is ASCII and, lower-cased, holds none of ``needs``: then a case-blind pattern every match
    of which holds one of them finds nothing there, and need not be tried (in ASCII a letter matches case-blind just
    what its lower case matches). A slice lower-cased and a few substring tests cost a fraction of such a search."""
    part = text[a:b]
    if not part.isascii():
        return False
    part = part.lower()
    for w in needs:  # (a loop, not any() of a generator: most figures try every word)
        if w in part:
            break
    else:
        return True
    return False


# "in a normal year, handles about 450,000 tonnes": a typical span before a figure of its clause tells a rate too
_RATE_BEFORE = re.compile(
    r"\b(?:in|during|over)\s+(?:a|an)\s+(?:normal|typical|average|ordinary|usual)\s+(?P<span>day|week|month|year)\b"
    r"[^.;:()]{0,60}\Z",
    re.IGNORECASE,
)
_RATED = frozenset({"count", "money", "measure", "duration"})


def _rate(text: str, b: int, end: int, a: int, start: int, typical_only: bool) -> tuple[str, ...]:
    """The rate a figure is told as (RATE_PREFIX + "day", ...), from its clause after it, or from a typical span
    before it ("in a normal year"), or none. ``typical_only`` (a measure, whose unit may itself be a rate, "94
    kilometres per hour"): only the typical span."""
    if not _lacks(text, max(start, a - 90), a, ("normal", "typical", "average", "ordinary", "usual")):
        before = _RATE_BEFORE.search(text, max(start, a - 90), a)
        if before is not None:
            return (RATE_PREFIX + before["span"].lower(),)
    if typical_only:
        return ()
    if not _lacks(text, b, min(end, b + 40), ("each", "every")):
        each = _EACH_ONE_AFTER.match(text, b, end)
        if each is not None:
            return (RATE_PREFIX + each["noun"].lower(),)  # "one lane in each direction": so many to each one
    if _lacks(text, b, end, _RATE_NEEDS):
        return ()  # most figures: no word of a rate after them
    m = _RATE_AFTER.match(text, b, end)
    if m is None:
        return ()
    span = m["span"] or m["whole"] or (_RATE_ADVERBS[m["adverb"].lower()] if m["adverb"] else "year")
    return (RATE_PREFIX + span.lower(),)


# The most a thing reaches: "a top speed of 62mph", "maximum sustained winds of 150 mph", "a peak height of", "peaked
# at", "tops out at"; after it, "52 metres (171ft) at its highest point", "4.2 metres at its peak"
_PEAK_BEFORE = re.compile(
    r"(?:\b(?:top|maximum|max|peak)\s+(?:[a-z]+\s+){0,2}?of\s+|\b(?:peak(?:ed|s|ing)?|top(?:ped|s|ping)?\s+out)\s+at\s+)"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|up\s+to)\s+)?\Z",
    re.IGNORECASE,
)
_PEAK_AFTER = re.compile(
    _UNIT_AND_BRACKET + r"(?:[a-z]+\s+){0,2}?at\s+(?:its|their|his|her|the)\s+"
    r"(?:highest|deepest|widest|longest|tallest|fastest|strongest|greatest|peak|maximum|top|most)\b",
    re.IGNORECASE,
)


def _a_peak(text: str, start: int, end: int, a: int, b: int) -> bool:
    """A measure told as the most its thing reaches (see types.PEAK_HEDGE)."""
    return bool(_PEAK_BEFORE.search(text, max(start, a - 40), a) or _PEAK_AFTER.match(text, b, min(end, b + 60)))


# The words one of which every match holds (see _lacks): of _LIMIT_BEFORE and _CAN_HOLD_BEFORE, of
# _FORECAST_BEFORE, of _DIFFERENCE_AFTER
_HOLD_NEEDS = (
    "carry", "hold", "seat", "take", "accommodate", "house", "store", "capacity", "rated", "capable", "licensed",
    "certified",
)
_FORECAST_NEEDS = ("forecast", "predict", "project", "expectation")
_DIFFERENCE_NEEDS = (
    "limit", "average", "target", "norm", "mean", "median", "usual", "forecast", "expectations", "threshold",
    "estimate", "maximum", "minimum",
)


# a power in its unit's singular set before a noun: "a 6.3 megawatt machine", "3.6MW turbines", "a 150-hp engine"
_POWER_UNIT = r"(?:(?:[Mm]ega|[Kk]ilo|[Gg]iga)?watt|[MkG]W|hp|bhp|horsepower)"
_POWER_BEFORE_NOUN = re.compile(rf"\s?-?\s?{_POWER_UNIT}")
_POWER_WRITTEN = re.compile(rf"{_POWER_UNIT}\Z")  # a figure's text that holds its unit ("3.6MW")
_NOUN_GAP = re.compile(r"\s?-\s?|\s(?=[a-z])")  # a hyphen or a space before a word in lower case


def _rated_power_before_noun(st: _State, a: int, b: int) -> bool:
    """A power set before the noun of the machine or vehicle it is of ("each of the 12 turbines is a 6.3 megawatt
    machine", "a 3.6MW turbine"): the machine's rated power, what "rated at 6.3 megawatts" gives, not a power it gave
    at some moment ("the farm's 43.2 MW output fell")."""
    text = st.article.text
    m = _POWER_BEFORE_NOUN.match(text, b)
    end = m.end() if m is not None else b if _POWER_WRITTEN.search(text, a, b) else None
    gap = _NOUN_GAP.match(text, end) if end is not None else None
    tok = _token_at(st.doc, gap.end()) if gap is not None else None
    if tok is not None and tok.pos_ == "ADJ" and tok.i + 1 < len(st.doc):
        tok = st.doc[tok.i + 1]  # "a 3.6MW offshore turbine"
    if tok is None or tok.pos_ != "NOUN":
        return False
    noun = tok.lemma_.lower()
    return kind_of(noun, "device", senses=2, steps=20) or kind_of(noun, "vehicle", senses=2, steps=20)


def _reference(text: str, start: int, end: int, a: int, b: int) -> str | None:
    """The reference a figure is told against, as its hedge: a difference from a limit, average or target, a
    limit itself, or a forecast (see types.DIFFERENCE_HEDGE); None for a level."""
    if "full" in text[b : min(end, b + 50)] and _WHEN_FULL_AFTER.match(text, b, min(end, b + 50)):
        return CAPACITY_HEDGE  # "the reservoir, which holds 67 million cubic metres when full"
    if "full" in text[max(start, a - 60) : a] and _WHEN_FULL_BEFORE.search(text, max(start, a - 60), a):
        return CAPACITY_HEDGE  # "At full capacity it holds 312 million cubic metres"
    if not _lacks(text, max(start, a - 45), a, _HOLD_NEEDS):
        if _LIMIT_BEFORE.search(text, max(start, a - 45), a):
            return LIMIT_HEDGE
        can = _CAN_HOLD_BEFORE.search(text, max(start, a - 45), a)
        if can is not None and (can["bound"] or _BOUND_FIRST.match(text, a, b)):
            return LIMIT_HEDGE
        if can is not None:
            return CAPACITY_HEDGE
    if not _lacks(text, max(start, a - 60), a, _FORECAST_NEEDS) and _FORECAST_BEFORE.search(
        text, max(start, a - 60), a
    ):
        return FORECAST_HEDGE
    if not _lacks(text, b, min(end, b + 60), _DIFFERENCE_NEEDS) and _DIFFERENCE_AFTER.match(
        text, b, min(end, b + 60)
    ):
        return DIFFERENCE_HEDGE
    return None


def _block_at(st: _State, char: int) -> ClaimBlock:
    """The part of the article that holds ``char``: body text, a headline or subhead, or a caption."""
    k = bisect_right(st.layout_starts, char) - 1
    kind = st.layout[k].kind if k >= 0 else "body"
    if kind == "headline" or kind == "caption":
        return kind
    return "body"


# -- ages -----------------------------------------------------------------------------------------------


def _ages(st: _State, sent: Span, taken: list[tuple[int, int]]) -> None:
    """ "Jack Taylor, 25," / "Port, 44," / "Jane Doe, aged 52" / "the 25-year-old ...": an age of a person."""
    text = st.article.text
    # an ASCII sentence lower-cased, for the words the patterns below need: a word missing from it spares a
    # case-blind search (in ASCII a letter matches case-blind just what its lower case matches)
    words = text[sent.start_char : sent.end_char]
    lowered = words.lower() if words.isascii() else None
    decade = lowered is None or "in his " in lowered or "in her " in lowered or "in their " in lowered
    if decade and _AGE_DECADE_CUE.search(text, sent.start_char, sent.end_char):
        _decade_ages(st, sent, taken)
    aged = lowered is None or "age" in lowered  # every match of _AGE_RANGE, _AGE_LIST and _NOUN_AGED holds "age"
    # "victims aged 19 to 24", "children aged four to eleven": a group's ages, in digits or in words
    for ranged in _AGE_RANGE.finditer(text, sent.start_char, sent.end_char) if aged else ():
        first = 1 if ranged.group(1) is not None else 2
        a, b = ranged.start(first), ranged.end(3)
        low, high = _age_number(ranged.group(first)), _age_number(ranged.group(3))
        if _overlaps(a, b, taken) or not low < high <= 120:
            continue
        taken.append((a, b))
        people = _aged_people(_token_of(st, ranged.start()))
        _age_claim(st, sent, a, b, Quantity(value=None, low=low, high=high), None, people)
    if lowered is None or " of " in lowered:
        _described_ages(st, sent, _NOUN_OF_AGE_WORD, taken, kin=False)  # "a tiny girl of six who survived"
    if not _DIGIT.search(text, sent.start_char, sent.end_char + 1):
        if aged:
            # the patterns below read in words: "a boy aged four", "Muhannad, aged nine,", "..., aged ninety"
            _described_ages(st, sent, _NOUN_AGED, taken)
        if aged or _WORD_AGE.search(text, sent.start_char, sent.end_char):
            _named_ages_in_words(st, sent, taken)  # (and "Tadhg, four, who held out")
        if aged:
            _clause_ages(st, sent, taken)
        _copula_ages(st, sent, taken)  # "Little Aarav Yadav was only four"
        return  # the patterns below read an age in digits
    for m in st.index.in_span(sent.start_char, sent.end_char):
        tail = text[m.end : min(sent.end_char + 1, m.end + 40)]
        if st.index.labels.get(m.canonical) != "PERSON":
            # "Wielgosz, 31, resigned", where the model typed the name an organisation: a name followed by a number
            # set off by commas and then the clause's verb is a person's, with that person's age (an organisation
            # or a place is never written so); any other way of writing an age needs the model's person
            hit = _AGE_AFTER_NAME.match(tail) or _AGED_WORD.match(tail)
            if hit is None:
                continue
            told = hit.group()
            aged_set_off = "aged" in told.lower() and told.startswith(",") and tail[hit.end(1) :][:1] == ","
            if not (
                _verb_after(st.doc, m.end + hit.end(1))
                or aged_set_off
                or _said_by(st.doc, m.start)
                or _person_noun_before(st.doc, m.start)
            ):
                # (but "Grace Aua, aged 9, of Rabunagi": "aged" set off by commas after a name is an age; and so is
                # a number after the name a verb of saying puts after itself, '..., said Hauksdóttir, 52.', or after
                # a name a noun of a person comes before, "newcomer Ines Okafor, 29, as the daughter")
                continue
        elif names_weekday(m.text):
            continue  # "held R$830,000 on Tuesday (10)": a weekday the model took for a person, with its day
        else:
            hit = (
                _AGE_AFTER_NAME.match(tail)
                or _AGED_WORD.match(tail)
                or _BRACKET_AGE.match(tail)
                or _WHO_WAS.match(tail)
            )
        if not hit:
            continue
        a, b = m.end + hit.start(1), m.end + hit.end(1)
        age = _age_number(hit.group(1))
        if age > 120 or _overlaps(a, b, taken):
            continue
        taken.append((a, b))
        about = _another_first_name(st, m.start, m.text, m.name, m.canonical) or m.canonical
        _age_claim(st, sent, a, b, age, about, _named_role(st, m.start, m.end))
    for hit in _AGE_LIST.finditer(text, sent.start_char, sent.end_char) if aged else ():
        # "two men, aged 34 and 39": each one's age
        ages = [g for g in _DIGITS.finditer(text, hit.start(1), hit.end()) if int(g.group()) <= 120]
        if any(_overlaps(g.start(), g.end(), taken) for g in ages):
            continue
        people = _aged_people(_token_of(st, hit.start()))
        for g in ages:
            taken.append(g.span())
            _age_claim(st, sent, g.start(), g.end(), int(g.group()), None, people)
    if aged:
        _described_ages(st, sent, _NOUN_AGED, taken)  # "a woman aged 84 was found", "one man, aged 71,"
        _clause_ages(st, sent, taken)  # "Mr Munro died in 2023, aged 91"
    if "(" in words:
        _described_ages(st, sent, _NOUN_BRACKET_AGE, taken)  # "The captain (52) had 12,000 hours"
    if lowered is None or " of " in lowered:
        _described_ages(st, sent, _NOUN_OF_AGE, taken, kin=False)  # "a German man of 41"
    _copula_ages(st, sent, taken)  # "He is 18.", "The driver was 52 and had two children"
    if lowered is None or " at " in lowered:
        _life_event_ages(st, sent, taken)  # "since his debut at 17"
    if _WORD_AGE.search(text, sent.start_char, sent.end_char):
        _named_ages_in_words(st, sent, taken)  # "Tadhg, four, who was caught on Friday"
    if not _NAME_AGE_CUE.search(text, sent.start_char, sent.end_char):
        # (what every _NAME_AGE match holds: a literal ", 78," found fast, where most sentences have none; but a
        # described person's age may end the sentence: "Police arrested a ground-handling staffer, 39.")
        if _END_AGE_CUE.search(text, sent.start_char, sent.end_char):
            _described_ages(st, sent, _NOUN_AGE, taken)
        return
    for hit in _NAME_AGE.finditer(text, sent.start_char, sent.end_char):
        a, b = hit.span(2)
        if _overlaps(a, b, taken) or int(hit.group(2)) > 110:
            continue
        # "They are nurse Ann Lee, 34, cook Tom Hale, 29, and ...": a list of people, each named with an age
        listed = bool(_LISTED_AGE.match(text, hit.end(), sent.end_char))
        name = _unlabelled_person(st, sent, hit.start(1), hit.end(1), b, listed)
        if name is not None:
            taken.append((a, b))
            _age_claim(st, sent, a, b, int(hit.group(2)), name, _named_role(st, hit.start(1), hit.end(1)))
    for hit in _SURNAME_AGE.finditer(text, sent.start_char, sent.end_char):
        # "Wielgosz, 31, had held the title": a surname alone, of a name the article gives in full, the model having
        # tagged neither as a person; its age is set off by commas and followed by the clause's verb
        a, b = hit.span(2)
        if _overlaps(a, b, taken) or int(hit.group(2)) > 110 or not _verb_after(st.doc, b):
            continue
        full = _full_name_of(st, hit.group(1))
        if full is not None:
            taken.append((a, b))
            _age_claim(st, sent, a, b, int(hit.group(2)), full, None)
    _described_ages(st, sent, _NOUN_AGE, taken)  # "A Canadian colleague, 47, is still held"
    _described_ages(st, sent, _PARENT_AGE, taken, parent=True)  # "The mum-of-three, 42, set off"


# the words that may stand before a bare number a copula says of a person, and say how young or that it is the age
# now ("was only four")
_ONLY_AGE = frozenset({"only", "just", "barely", "still", "now", "then", "already"})
# what may follow such a number, for it to be the person's age: the clause ends, or goes on with another thing said
# of the person ("The driver was 52 and had two children"); not a time ("Raikes was 19 when he was convicted", "he
# was 18 at the time" tell an age of another day than the article's)
_COPULA_AGE_AFTER = re.compile(r"(?:\s*(?:[.;:)!?\"”]|,(?!\s+(?:when|then|at)\b)|\Z)|\s+and\b)")


# every form of "be" and of "turn" a copula age may hang on: a sentence with none is not read token by token
_COPULA_CUE = re.compile(r"\b(?:is|was|am|are|were|be|been|being|turn(?:s|ed|ing)?)\b|['’]s\b", re.IGNORECASE)


def _copula_ages(st: _State, sent: Span, taken: list[tuple[int, int]]) -> None:
    """ "He is 18.", "The driver was 52 and had two children", "Little Aarav Yadav was only four", "Ruiz turned 19
    in August": a bare number the copula (or "turned") says of one person, who is the clause's subject ("he" or
    "she", a person's name, or a role), is the person's age; never of a thing ("The score was 52") or of people
    ("The dead were 52")."""
    text = st.article.text
    if not _COPULA_CUE.search(text, sent.start_char, sent.end_char):
        return
    for tok in sent:
        if tok.tag_ != "CD" or tok.n_rights or any(t.lower_ not in _ONLY_AGE for t in tok.lefts):
            continue
        turned = tok.head.lemma_ == "turn" and tok.dep_ in ("dobj", "attr", "npadvmod")  # "Karaduman turned 19 in May"
        if not (turned or (tok.dep_ == "attr" and tok.head.lemma_ == "be")):
            continue
        a, b = tok.idx, tok.idx + len(tok.text)
        if not (tok.is_digit or tok.lower_ in ONE_WORD_NUMBERS) or _overlaps(a, b, taken):
            continue
        if not (turned or _COPULA_AGE_AFTER.match(text, b, sent.end_char + 1)):
            continue
        age = _age_number(tok.text)
        clause = tok.head
        subject = next((c for c in kids(clause) if c.dep_ == "nsubj"), None)
        if clause.dep_ == "ccomp" and clause.head.dep_ == "relcl" and clause.head.lemma_.lower() in SPEECH_VERBS:
            # "a lorry driver, who police said was 52": the relative clause is the saying's (the model may hang
            # "who" on the saying)
            clause = clause.head
            if subject is None:
                subject = next((c for c in kids(clause) if c.lower_ == "who" and c.dep_ == "nsubj"), None)
        if subject is None or not 0 < age <= 110:
            continue
        if subject.lower_ == "who" and clause.dep_ == "relcl":
            # "Dr Niamh Gallagher, the director, who is 47, said": the person the relative clause is told of, through
            # the role set beside the name
            subject = clause.head
            if subject.dep_ == "appos" and subject.head.pos_ == "PROPN":
                subject = subject.head
            elif (
                subject.dep_ == "pobj"
                and subject.head.lower_ == "from"
                and subject.head.head.pos_ == "NOUN"
                and person_noun(subject.head.head.lemma_.lower())
            ):
                # "who" stands for a person, not the place the model hangs it on: "a lorry driver from Emmen, who"
                subject = subject.head.head
        about: str | None = None
        role: str | None = None
        if subject.pos_ == "PRON" and subject.lower_ in ("he", "she"):
            # (of no one the reconciler can tell: "Ms Hang said ... 'I felt sorry for the boy. He is 18.'": the
            # person named nearest before is not always the one "he" stands for, and a wrong person's age would be
            # a rival of that person's own)
            pass
        elif subject.pos_ == "PROPN":
            # (the name the subject's words hold: "Little Aarav Yadav was only four", where the model names "Aarav";
            # a person's name it may type an organisation, since no organisation is ever told an age so, but never a
            # place's: "Bhaluahi is 40 km away")
            about = next(
                (
                    m.canonical
                    for m in st.index.in_span(subject.left_edge.idx, subject.idx + len(subject.text))
                    if st.index.labels.get(m.canonical) in ("PERSON", "ORG")
                ),
                None,
            )
            if about is None:
                continue
        elif (most := _of_people(subject)) is not None:
            role = most
        elif subject.pos_ == "NOUN" and person_noun(subject.lemma_.lower()) and subject.tag_ == "NN":
            role = _role_words(subject)
        else:
            continue
        taken.append((a, b))
        _age_claim(st, sent, a, b, age, about, role)


# "since his debut at 17", "her first title at 19": a bare number after "at" closing a phrase of a person's doing
_LIFE_EVENT_AGE = re.compile(
    r"\b(?:his|her)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+at\s+(\d{1,2})\b"
    r"(?![.:,]?\d|\s*(?:[ap]\.?m\b|o'?clock|h\b|hours?\b|%|per\b|[-–]|[a-z]))",
    re.IGNORECASE,
)


def _life_event_ages(st: _State, sent: Span, taken: list[tuple[int, int]]) -> None:
    """ "The magic man has banged in 20 goals since his debut at 17": a bare number after "at" that closes a
    phrase of someone's own doing ("his debut", "her first title") is that person's age then, of no one named (the
    reconciler meets it with no other age); not a clock's time ("his speech at 10am") or a count ("at 17 sites"),
    nor after "their", more often a club's or a firm's than a person's ("took him into their academy at 15")."""
    for hit in _LIFE_EVENT_AGE.finditer(st.article.text, sent.start_char, sent.end_char):
        a, b = hit.span(1)
        tok = _token_of(st, a)
        if tok is None or tok.dep_ != "pobj" or tok.n_rights or _overlaps(a, b, taken) or not 5 <= int(hit[1]) <= 99:
            continue
        taken.append((a, b))
        _age_claim(st, sent, a, b, int(hit[1]), None)


def _pro_form_one(tok: Token, sent: Span) -> bool:
    """ "I asked for a full count, and I got one": a bare "one" as an object, after a noun its sentence brings in
    with "a" or "an", stands for another such thing, and counts nothing."""
    if tok.lower_ != "one" or tok.dep_ != "dobj" or tok.n_lefts or tok.n_rights:
        return False
    return any(
        t.lower_ in ("a", "an") and t.dep_ == "det" and t.head.tag_ == "NN" and t.head.i < tok.i
        for t in tok.doc[sent.start : tok.i]
    )


def _of_people(subject: Token) -> str | None:
    """The superlative that picks one person out of a group ("The youngest of the winners", "the oldest
    victim"), as the role an age is told of, so that two outlets' youngest meet however each names the group."""
    if subject.tag_ == "JJS":
        of = next((c for c in kids(subject) if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in kids(of) if c.dep_ == "pobj"), None) if of is not None else None
        return subject.lower_ if group is not None and person_noun(group.lemma_.lower()) else None
    if subject.pos_ == "NOUN" and person_noun(subject.lemma_.lower()):
        return next((c.lower_ for c in kids(subject) if c.dep_ == "amod" and c.tag_ == "JJS"), None)
    return None


def _decade_ages(st: _State, sent: Span, taken: list[tuple[int, int]]) -> None:
    """ "A man in his 60s", "a woman in her early thirties": an age within the decade, or the part of it told."""
    for hit in _AGE_DECADE.finditer(st.article.text, sent.start_char, sent.end_char):
        a, b = hit.span("age")
        if _overlaps(a, b, taken):
            continue
        decade = int(hit["num"]) if hit["num"] else _DECADE_WORDS[hit["word"].lower()]
        first, last = _DECADE_PARTS[(hit["part"] or "").lower()]
        taken.append((a, b))
        inside = _token_of(st, hit.start())
        person = inside.head if inside is not None and inside.head.pos_ == "NOUN" else None
        role = _role_words(person) if person is not None else None
        _age_claim(st, sent, a, b, Quantity(value=None, low=decade + first, high=decade + last), None, role)


def _described_ages(
    st: _State,
    sent: Span,
    rx: re.Pattern[str],
    taken: list[tuple[int, int]],
    parent: bool = False,
    kin: bool = True,
) -> None:
    """The ages ``rx`` finds after a noun for a person described and not named (group 1 the noun, 2 the age);
    with ``parent``, a noun its pattern tells is a parent ("mum-of-three"), whatever senses WordNet gives it first;
    without ``kin``, no noun of a parent or a grandparent ("a father of 3" has three children; "a girl of 6" is
    six)."""
    for hit in rx.finditer(st.article.text, sent.start_char, sent.end_char):
        a, b = hit.span(2)
        age = _age_number(hit.group(2))  # (in digits, or after "aged" a word: "a boy aged four")
        if _overlaps(a, b, taken) or age > 110:
            continue
        noun = _token_of(st, hit.start(1))
        prep = noun.head if noun is not None and noun.dep_ == "pobj" else None
        if noun is not None and prep is not None and prep.dep_ == "prep" and prep.head.i == prep.i - 1:
            # "The driver of the train, 54, sat in the second row", "The night guard on duty, 61, is in shock": the
            # age of the noun right before the phrase (not "20 people were rushed to hospital, including a driver")
            noun = noun.head.head
        if noun is not None and not kin and kind_of(noun.lower_, "ancestor", senses=3, steps=6):
            continue
        if noun is not None and _described_person(st, noun, parent):
            taken.append((a, b))
            _age_claim(st, sent, a, b, age, None, _role_words(noun))


# "Patients were aged between 34 and 91", "victims aged 19 to 24", "ranging in age from 3 to 80": the ages of a group
# ("aged 34 and 39" is two people's ages; see _AGE_LIST)
# (either end in digits or one word: "children aged four to 11", "aged between five and nine")
_AGE_NUMBER = r"(\d{1,3}|" + "|".join(sorted(ONE_WORD_NUMBERS, key=len, reverse=True)) + r")"
_AGE_RANGE = re.compile(
    r"\b(?:aged|ages?\s+(?:of\s+|from\s+)?|in\s+age\s+from)\s*"
    rf"(?:between\s+{_AGE_NUMBER}\s*(?:and|-|–)|(?:from\s+)?{_AGE_NUMBER}\s*(?:to|-|–))\s*{_AGE_NUMBER}\b"
    r"(?!\s*(?:%|per\s*cent|percent|years?\s+ago|[a-z]*(?:metres|meters|miles|kilometres|pounds|kg|km)\b))",
    re.IGNORECASE,
)


# "Muhannad, aged nine, was swept away": an age after a name, in digits or in a word after "aged"
_AGED_WORD = re.compile(rf"\A,?\s*\(?aged\s+{_AGE_NUMBER}\b", re.IGNORECASE)
# what stands before the last item of a list ("Leeds, two, and Bristol, three,")
_LIST_ITEM_BEFORE = re.compile(r",\s*(?:and|or)\s+\Z")
# the basis of a concentration written after its per cent sign: "48.6% w/v", "40% v/v", "12% w/w", "5% m/m"
_SHARE_BASIS = re.compile(r"\s*[wvm]\s?/\s?[wvm]\b", re.IGNORECASE)
# "Tadhg, four, who held out": a number word set off by commas (see _named_ages_in_words)
_WORD_AGE = re.compile(
    r",\s*(" + "|".join(sorted((w for w, n in ONE_WORD_NUMBERS.items() if n > 0), key=len, reverse=True)) + r"),",
    re.IGNORECASE,
)
# "Mr Munro died in 2023, aged 91": an age set off at the end of a clause (not "..., aged 18 to 24", a range)
_CLAUSE_AGED = re.compile(rf",\s*aged\s+{_AGE_NUMBER}\b(?=\s*[.;,)]|\s*\Z)", re.IGNORECASE)
# "died in 2009 at the age of 84" (not "at the age of 84 months", nor a range, "at the age of 18 to 24")
_AGE_OF = re.compile(
    rf"\bat\s+the\s+age\s+of\s+{_AGE_NUMBER}\b"
    r"(?!\s*(?:%|per\s*cent|percent|to\b|-|–|or\b|and\b|months?\b|weeks?\b|days?\b))",
    re.IGNORECASE,
)


def _named_ages_in_words(st: _State, sent: Span, taken: list[tuple[int, int]]) -> None:
    """ "Muhannad, aged nine, is still missing": a person's age after "aged" in a word, in a sentence with no digit
    (where the name's other patterns, all in digits, are not tried); and "Tadhg, four, who held out": a number word
    set off by commas after a name and before "who" or one person's verb, in any sentence."""
    text = st.article.text
    for m in st.index.in_span(sent.start_char, sent.end_char):
        tail = text[m.end : min(sent.end_char + 1, m.end + 40)]
        hit = _AGED_WORD.match(tail)
        if hit is None:
            # "The last was Tadhg, four, who held out": a number word set off by commas after a name, then "who" or
            # one person's verb
            hit = _WORD_AGE.match(tail)
            if hit is None or not _verb_after(st.doc, m.end + hit.end(1)):
                continue
            if st.index.labels.get(m.canonical) in _PLACE_LABELS or _LIST_ITEM_BEFORE.search(
                text, max(sent.start_char, m.start - 8), m.start
            ):
                # ("crews from Leeds, two, and Bristol, three, took part": how many came from each place, which the
                # model may type a person or a firm, the last item of a list)
                continue
        a, b = m.end + hit.start(1), m.end + hit.end(1)
        # ("Grace Aua, aged nine, of Rabunagi village": an age set off by commas after a name is a person's, whatever
        # the model typed the name)
        set_off = hit.group().startswith(",") and text[b : b + 1] == ","
        person = st.index.labels.get(m.canonical) == "PERSON" or _verb_after(st.doc, b) or set_off
        if person and not _overlaps(a, b, taken):
            taken.append((a, b))
            _age_claim(st, sent, a, b, _age_number(hit.group(1)), m.canonical, _named_role(st, m.start, m.end))


def _clause_ages(st: _State, sent: Span, taken: list[tuple[int, int]]) -> None:
    """An age set off after a clause ("Mr Munro died in 2023, aged 91"; "He died in 2023, aged 92"), or the age a
    person died at ("When she died in 2009 at the age of 84"): the age of the clause's subject (_age_subject)."""
    text = st.article.text
    for hit in _CLAUSE_AGED.finditer(text, sent.start_char, sent.end_char):
        a, b = hit.span(1)
        aged = _token_of(st, hit.start() + hit.group().lower().index("aged"))
        if _overlaps(a, b, taken) or aged is None or aged.dep_ != "advcl" or aged.head.pos_ not in ("VERB", "AUX"):
            continue
        told = _age_subject(st, sent, aged.head)
        if told is not None:
            taken.append((a, b))
            _age_claim(st, sent, a, b, _age_number(hit.group(1)), *told)
    told_of = " age of " in text[sent.start_char : sent.end_char].lower()
    for hit in _AGE_OF.finditer(text, sent.start_char, sent.end_char) if told_of else ():
        a, b = hit.span(1)
        at = _token_of(st, hit.start())
        if _overlaps(a, b, taken) or at is None or at.dep_ != "prep" or at.head.lemma_.lower() != "die":
            # (only at death: "signed with Redfern at the age of 22" is her age at a time long past, no rival of
            # "Lindqvist, 34"; the age a person died at is the age the story gives them)
            continue
        told = _age_subject(st, sent, at.head)
        if told is not None and _age_number(hit.group(1)) <= 120:
            taken.append((a, b))
            _age_claim(st, sent, a, b, _age_number(hit.group(1)), *told)


def _age_subject(st: _State, sent: Span, verb: Token) -> tuple[str | None, str | None] | None:
    """Whose age a clause tells, as (person named, role): its subject, a person named, a person's role ("The driver
    died at the scene, aged 58"), or for "he" or "she" the one person the nearest earlier sentence naming anyone names
    (_one_person_before), or no one named when it names none or two; None for any other subject."""
    subject = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    about: str | None = None
    role: str | None = None
    if subject.pos_ == "PRON" and subject.lower_ in ("he", "she"):
        about = _one_person_before(st, sent, subject.idx)
        if about is None:
            return None, None  # a person's age, whoever "he" is ("In 1974 he wrote ... He died in 2023, aged 92")
    elif subject.pos_ == "PROPN":
        about = next(
            (
                m.canonical
                for m in st.index.in_span(subject.idx, subject.idx + len(subject.text))
                if st.index.labels.get(m.canonical) == "PERSON"
            ),
            None,
        )
    elif subject.pos_ == "NOUN" and person_noun(subject.lemma_.lower()) and subject.tag_ == "NN":
        role = _role_words(subject)
    return None if about is None and role is None else (about, role)


def _one_person_before(st: _State, sent: Span, at: int) -> str | None:
    """The person "he" or "she" at ``at`` stands for: the one person named in the nearest sentence before it that
    names any (its own sentence before it first, then up to three before); None when that sentence names two."""
    lo, hi = sent.start_char, at
    for _ in range(4):
        mentions = [m for m in st.index.in_span(lo, hi) if st.index.labels.get(m.canonical) == "PERSON"]
        named = {m.canonical for m in mentions}
        if named:
            # (a surname alone may stand for any of a family: "Archie Munro" split by the model, whose "Munro" the
            # index gives his daughter's full name)
            return named.pop() if len(named) == 1 and all(" " in m.text for m in mentions) else None
        first = _token_of(st, lo)
        if first is None or first.i == 0:
            return None
        before = st.doc[first.i - 1].sent
        lo, hi = before.start_char, before.end_char
    return None


def _age_number(written: str) -> int:
    """An age as _AGE_RANGE reads it: digits, or a number written as one word ("four", "eleven", "twenty")."""
    return int(written) if written.isdigit() else ONE_WORD_NUMBERS[written.lower()]


# "in his 60s", "in her early thirties", "in their mid-20s": an age told by its decade, or a part of it
_DECADE_WORDS = {
    w: 10 * k for k, w in enumerate("twenties thirties forties fifties sixties seventies eighties nineties".split(), 2)
}
_AGE_DECADE = re.compile(
    r"\bin\s+(?:his|her|their)\s+(?P<age>(?:(?P<part>early|mid|late)[- ]?)?(?:(?P<num>[1-9]0)(?:'|’)?s\b|(?P<word>"
    + "|".join(_DECADE_WORDS)
    + r")\b))",
    re.IGNORECASE,
)
_DECADE_PARTS = {"": (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_AGE_DECADE_CUE = re.compile(r"\bin (?:his|her|their) ", re.IGNORECASE)
# "two men, aged 34 and 39", "aged 19, 20 and 23": a list of ages, one each (not "aged 34 and over")
_AGE_LIST = re.compile(r"\baged\s+((?:\d{1,3},\s+)*\d{1,3},?\s+and\s+\d{1,3})\b(?!\s*(?:%|per\s*cent|percent))", re.I)
_DIGITS = re.compile(r"\d+")
_NOUN_AGED = re.compile(
    rf"\b([a-z]+),?\s+aged\s+{_AGE_NUMBER}\b(?!\s*(?:%|per\s*cent|percent|to\b|-|–|(?:and|or)\s+(?:over\b|under\b|above\b|\d)|,\s*\d))"
)


def _aged_people(aged: Token | None) -> str | None:
    """Who a range of ages is of: the noun "aged" describes ("victims aged 19 to 24"), else the subject of the verb
    it completes ("Patients were aged between 34 and 91")."""
    if aged is None:
        return None
    head = aged.head
    if aged.dep_ in ("acl", "amod") and head.pos_ == "NOUN":
        return _role_words(head)
    verb = aged if aged.pos_ in ("VERB", "AUX") and aged.dep_ in ("ROOT", "conj", "ccomp") else head
    subject = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    return _role_words(subject) if subject is not None else None


def _described_person(st: _State, noun: Token, parent: bool = False) -> bool:
    """ "A Canadian colleague, 47, is still held", "Tot, 4, survives": a person described and not named, whose age
    follows set off by commas: a singular common noun for a person (lower case, or opening its sentence), that is
    not a word of a name the article gives."""
    # "The Ecuadorian, 31, is from Esmeraldas": a people's word with an article before it names one of that people
    demonym = noun.ent_type_ == "NORP" and noun.tag_ == "NNP" and _definite_or_indefinite(noun)
    if noun.tag_ not in ("NN", "NNP") or not (noun.text.islower() or noun.is_sent_start or demonym):
        return False
    if not noun.is_alpha or _possessed(noun):
        return False  # "his brother, 12,": who he is to another person, and the age is told of him there
    if (noun.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") and not demonym) or st.index.in_span(
        noun.idx, noun.idx + len(noun.text)
    ):
        return False
    return _kin_noun(noun) if parent else person_noun(noun.lower_)


def _definite_or_indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in kids(noun))


def _kin_noun(noun: Token) -> bool:
    """A noun of a kin relation by any of its first senses ("mum" is first a flower in WordNet)."""
    return kind_of(noun.lower_, "relative", senses=3, steps=6)


_WORD_BEFORE = re.compile(r"([A-Z][a-z’'-]+) \Z")
_NOT_A_FIRST_NAME = frozenset({"NORP", "GPE", "LOC", "FAC", "ORG", "DATE", "TIME"})


def _another_first_name(st: _State, start: int, written: str, name: str, canonical: str) -> str | None:
    """A surname the article resolves to one person, written after a first name that is not that person's ("his
    sister An Vos, 48" where the story is of Jan Vos): the full name as written, another person of that family.
    (The model may read such a first name as a word of another kind: "An", "Will", "May".)"""
    if " " in name or " " not in canonical or not written.endswith(name):
        return None
    at = start + len(written) - len(name)  # where the surname is written
    hit = _WORD_BEFORE.search(st.article.text, max(0, at - 30), at)
    if hit is None or hit.group(1).lower().rstrip(".") in TITLES or hit.group(1) == canonical.split()[0]:
        return None
    tok = _token_at(st.doc, hit.start(1))
    if tok is None or tok.is_sent_start or tok.ent_type_ in _NOT_A_FIRST_NAME or tok.text != hit.group(1):
        return None
    return f"{hit.group(1)} {name}"


# "then a 34-year-old gas trader", "Ashdown, then 34,": an age told as it was at an earlier time the sentence gives
_THEN_AGE = re.compile(r"\bthen,?\s+(?:(?:an?|aged)\s+)?\Z", re.IGNORECASE)


def _then_age(st: _State, a: int) -> tuple[str, ...]:
    """The earlier-value hedge of an age told with "then" before it, else nothing."""
    return (EARLIER_HEDGE,) if _THEN_AGE.search(st.article.text, max(0, a - 14), a) else ()


def _age_claim(
    st: _State, sent: Span, a: int, b: int, age: int | Quantity, about: str | None, role: str | None = None
) -> None:
    anchor = _token_of(st, a)
    st.claims.append(
        _claim(
            st,
            "age",
            a,
            b,
            sent,
            age if isinstance(age, Quantity) else Quantity.exact(age),
            about=about,
            entities=(about,) if about else (),
            counted="age",
            anchor=anchor,
            predicate=_predicate(anchor) if anchor is not None else None,
            tense=_tense(anchor) if anchor is not None else "past",
            modifiers=(role,) if role else (),
            hedges=_then_age(st, a),
        )
    )


# "Cian, 11, Saoirse, 8, and Tadhg, 4", "Cian (11) and Saoirse (8)": one capitalised word, then an age set off by
# commas or in brackets, as an item of a list ("," or "and" before it, or a word of kin: "daughter Saoirse, 9")
_LISTED_NAME_AGE = re.compile(
    r"(?:,\s+(?:and\s+)?|\band\s+|\b(?P<kin>son|daughter|sons|daughters|children|child|wife|husband|brother|sister|mother"
    r"|father|mum|mom|dad|grandson|granddaughter|grandmother|grandfather|nephew|niece|cousin|baby|twins?)\s+)"
    r"([A-Z][^\W\d_]+(?:['’-][A-Za-z][^\W\d_]*)?)(?:,\s(\d{1,2})(?=,|\s+and\b|\s+who\b|\.(?:\s|\Z))|\s\((\d{1,2})\))"
)


def _listed_given_name_ages(st: _State, sent: Span, taken: list[tuple[int, int]], first: int) -> None:
    """The ages of a list of people named by a given name alone, beside one the age patterns already read ("Aoife
    Brennan, 38, and three of her children, Cian, 11, Saoirse, 8, and Tadhg, 4"; "her children Cian (11) and
    Saoirse (8)"), which the model may not have taken for people: a list that gives one person's age gives its
    other items' ages the same way. Not a name of a place, an organisation or a day the index knows."""
    ends = [c.end for c in st.claims[first:] if c.kind == "age" and c.about]
    if not ends:
        return
    text = st.article.text
    for hit in _LISTED_NAME_AGE.finditer(text, sent.start_char, sent.end_char):
        group = 3 if hit.group(3) is not None else 4
        a, b = hit.span(group)
        name_at, name_end = hit.span(2)
        if _overlaps(a, b, taken) or names_weekday(hit.group(2)) or hit.group(2).lower() in _NOT_GIVEN_NAMES:
            continue
        # an item of the list an age was read in (within a few words of it), or named by a word of kin
        if hit.group("kin") is None and not any(0 <= name_at - e <= _LIST_GAP for e in ends):
            continue
        known = list(st.index.in_span(name_at, name_end))
        if any(st.index.labels.get(m.canonical) not in (None, "PERSON") for m in known):
            continue
        taken.append((a, b))
        ends.append(b)
        about = known[0].canonical if known else hit.group(2)
        _age_claim(st, sent, a, b, int(hit.group(group)), about)


_LIST_GAP = 40  # characters between one listed person's age and the next name ("38, and three of her children, ")
# Capitalised words that begin a list item and are no one's name
_NOT_GIVEN_NAMES = frozenset("the a an and but he she they it his her their its this that these those".split())


# "Hermine Pock, 78, was found": capitalised words, then a number set off by commas
_NAME_AGE = re.compile(r"((?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+), (\d{1,3}),(?= [a-z])")
_NAME_AGE_CUE = re.compile(r", \d{1,3},")
_END_AGE_CUE = re.compile(r", \d{1,3}\.(?:\s|\Z)")
# "Wielgosz, 31, had held": a surname alone (no capitalised word before it), then a number set off by commas (one
# of two parts, "Ortega-Lind, 44, said", or of letters outside ASCII, "Hauksdóttir, 52, said", as well)
_SURNAME_AGE = re.compile(r"(?<![A-Za-z'’-] )\b([A-Z][^\W\d_'’-]*(?:['’-][A-Za-z][^\W\d_'’-]*)*), (\d{1,3}),(?= [a-z])")
# "A Canadian colleague, 47, is", "Tot, 4, survives": a described person's age, set off by commas
_NOUN_AGE = re.compile(r"\b([A-Za-z][a-z]+), (\d{1,3})(?:,(?= [a-z])|\.(?=\s|\Z))")
# "The captain (52) had 12,000 hours", "the first officer (46)": a described person's age in brackets, the house
# style that puts it after a name ("Joseph Weber (55)") put after the noun
_NOUN_BRACKET_AGE = re.compile(r"\b([A-Za-z][a-z]+) \((\d{1,3})\)(?=,?\s+[a-z]|\.(?:\s|\Z))")
# "The guest, a German man of 41, was also killed": a described person's age after "of", as British English writes
# it (not "a father of 3", who has three children: see _ages)
_NOUN_OF_AGE = re.compile(
    r"\b([a-z]+) of (\d{1,3})(?![.,]\d)(?=[,;)]|\.(?:\s|\Z)|\s+(?:was|is|who|from|and|had|has)\b)"
)
# "a tiny girl of six who survived": the same, in a word
_NOUN_OF_AGE_WORD = re.compile(
    r"\b([a-z]+) of (" + "|".join(sorted(ONE_WORD_NUMBERS, key=len, reverse=True)) + r")\b"
    r"(?=[,;)]|\.(?:\s|\Z)|\s+(?:was|is|who|from|and|had|has)\b)"
)
# "The mum-of-three, 42, set off", "a father-of-two, 38,": a person described by the children they have
_PARENT_AGE = re.compile(r"\b([A-Za-z][a-z]+)-of-[a-z]+, (\d{1,3}),(?= [a-z])")
# The next item of a list of people named with ages, after "Ann Lee, 34,": its role words ("cook", "and driver"),
# the name, the age
_LISTED_AGE = re.compile(r"\s+(?:and\s+)?(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+,\s\d{1,3}\b")
_PERSON_PRONOUNS = frozenset("he she his her him who whose".split())
_AFTER_AN_AGE = frozenset("who whose a an from of".split())


def _full_name_of(st: _State, word: str) -> str | None:
    """The one name of two or more words the article gives, other than a place's, whose last word is ``word``
    (the model may run a person's name on into where they are from: "Tomasz Wielgosz of Poland")."""
    found = set()
    for name, label in st.index.labels.items():
        own = name.split(" of ", 1)[0]
        if label not in _NOT_PEOPLE - {"PERSON"} and " " in own and own.rsplit(" ", 1)[1] == word:
            found.add(own)
    return found.pop() if len(found) == 1 else None


def _verb_after(doc: Doc, at: int) -> bool:
    """One person's verb, or "who", comes after the comma that closes an age at ``at`` ("Wielgosz, 31, had held")."""
    comma = _token_at(doc, at)
    if comma is None or comma.text != "," or comma.i + 1 >= len(doc):
        return False
    nxt = doc[comma.i + 1]
    if nxt.pos_ == "ADV" and comma.i + 2 < len(doc):
        nxt = doc[comma.i + 2]  # "Wielgosz, 31, then chose"
    return (
        _one_persons_verb(nxt)
        or nxt.lower_ in ("who", "whose")
        or _relative_after_preposition(nxt)
        or _role_after(nxt)
        or _hometown_after(nxt)
        or _NEXT_NAME_AGED.match(doc[comma.i : comma.i + 10].text) is not None
    )


def _relative_after_preposition(prep: Token) -> bool:
    """ "Considine, 67, on whose land the blade fell", "Ms Vos, 52, to whom the letter was sent": a relative clause
    led by a preposition and "whose" or "whom" after an age set off by commas, as after a person's name."""
    doc = prep.doc
    return prep.pos_ == "ADP" and prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ in ("whose", "whom")


# "Ferraro, 38, and Martín Ibarra, 41, spent": an age set off by commas, then "and" another name with its age: a list
# of people, each named with an age
_NEXT_NAME_AGED = re.compile(r",\s+and\s+(?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+,\s\d{1,3},")


def _hometown_after(of: Token) -> bool:
    """ "Marcus Oyelaran, 34, of Denver": "of" and a place's name after an age set off by commas, where a person is
    from, as no place or organisation is written (but "of the", "of them": a part)."""
    return of.lower_ == "of" and of.i + 1 < len(of.doc) and of.doc[of.i + 1].pos_ == "PROPN"


def _said_by(doc: Doc, at: int) -> bool:
    """A name at ``at`` that is the subject a verb of saying puts after itself ('"...," said Hauksdóttir'): a
    speaker, and so a person, whatever the model typed the name."""
    tok = _token_at(doc, at)
    if tok is None or tok.i == 0:
        return False
    verb = doc[tok.i - 1]
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ == "nsubj" and c.i >= tok.i for c in kids(verb))
    )


def _role_after(det: Token) -> bool:
    """ "Kumawat, 66, a former cooperation minister": a person's role in apposition after an age, as no place or
    organisation is written."""
    noun = det.head
    return (
        det.lower_ in ("a", "an")
        and det.dep_ == "det"
        and noun.pos_ == "NOUN"
        and noun.dep_ == "appos"
        and noun.i - det.i <= 4
        and person_noun(noun.lemma_.lower())
    )


def _one_persons_verb(tok: Token) -> bool:
    """A verb in the singular, as one person's is ("Norwich City, 2, were beaten" is a team's)."""
    return tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBP" and tok.lower_ != "were"


def _unlabelled_person(st: _State, sent: Span, a: int, b: int, after: int, listed: bool = False) -> str | None:
    """The name in "Hermine Pock, 78, was found in her basement" when the model did not take it for a person:
    two or more capitalised words, none a place, before a number set off by commas and followed by the clause's
    verb or "who", "a", "from" (as "Barclays Bank, 45 High Street" is not). A name the model took for an
    organisation must be followed by the verb itself or by a personal pronoun in its sentence ("her basement").
    One ``listed`` among other people named with ages ("nurse Ann Lee, 34, cook Tom Hale, 29"), or after a
    person's role ("For retiree Tan Boon Huat, 61, the breach"), needs no verb after it."""
    doc = st.doc
    span = doc.char_span(a, b, alignment_mode="contract")
    if span is None:
        return None
    start = span.end
    not_people = _NOT_PEOPLE_LISTED if listed else _NOT_PEOPLE  # a building among people is the model's slip
    while start > span.start and doc[start - 1].pos_ == "PROPN" and (
        doc[start - 1].ent_type_ not in not_people or _named_as_a_people(doc[start - 1])
    ):
        start -= 1  # "Dad-of-two Luca Benedetti": the proper nouns that end the run
    if span.end - start >= 3 and (title_noun(doc[start], span.end) or title_field(doc, start, span.end)):
        # "Widower Tobias Wendt, 83": a widower is what he is, not a word of his name; nor is the field of a title
        # before it ("Minister of Agriculture Ingrid Solvang, 49,")
        start += 1
    span = doc[start : span.end]
    if len(span) < 2:
        return None
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text == "," and span.start > 1:
        before = doc[span.start - 2]  # "the concert promoter, Sorin Dobre, 39,"
    role = before is not None and before.pos_ == "NOUN" and before.is_lower and person_noun(before.lower_)
    nxt = _token_at(doc, after + 2)
    if nxt is not None and nxt.pos_ == "ADV" and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]  # "Trucker Remzi Karataş, 58, never woke up": the verb after an adverb
    if nxt is None or not (
        listed or role or nxt.pos_ in ("VERB", "AUX") or nxt.lower_ in _AFTER_AN_AGE or _relative_after_preposition(nxt)
    ):
        # (but a person's role before the name says whose age it is wherever the clause goes on: "For retiree Tan
        # Boon Huat, 61, the breach was ...")
        return None
    if (
        any(t.ent_type_ == "ORG" for t in span)
        and not role  # "promoter Sorin Dobre, 39, were held": a person's role names a person
        and not _one_persons_verb(nxt)
        and not any(t.lower_ in _PERSON_PRONOUNS for t in doc[nxt.i : sent.end])
    ):
        return None  # "Marcus Tolliver, 34, was found": one person's verb right after the age ("Leeds United, 2,
        # were beaten" is a team's); or "..., who ... her"
    name = clean_name(span.text)
    return name if len(name.split()) >= 2 else None


def _named_as_a_people(tok: Token) -> bool:
    """A proper noun of a run of two or more the model typed a people ("Marcus Oyelaran" as a NORP): no people's
    name is two capitalised proper nouns, a person's is."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return (
        ent is not None
        and ent.label_ == "NORP"
        and len(ent) >= 2
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower() for t in ent)
    )


_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "PERSON"})
_NOT_PEOPLE_LISTED = _NOT_PEOPLE - {"FAC"}


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


# Comparatives of time, which make a figure an offset from a moment ("two hours later", "a week earlier") that the
# date rules read, not a difference between two amounts
_TIME_COMPARATIVES = frozenset({"earlier", "later", "sooner"})
# Comparatives of quantity, which make a figure a difference only against a "than" ("300 more visitors than last
# year"); without one the figure counts others or a further sum ("nine more were damaged", "a further €8m")
_QUANTITY_COMPARATIVES = frozenset({"more", "fewer", "less"})


# Words in "-er" that go before "than" and compare nothing ("£200 rather than £300", "40 people other than staff")
_NO_COMPARATIVES = frozenset({"other", "rather"})


def _a_comparative(t: Token, unit: Token | None) -> bool:
    """A comparative adjective or adverb, as tagged; or one the tagger calls plain whose form and place say it is
    one ("water that is ten degrees colder", tagged JJ): "-er" on an adjective or adverb that the figure's unit
    measures, or that "than" follows."""
    if t.tag_ in ("JJR", "RBR"):
        return True
    if t.pos_ not in ("ADJ", "ADV") or not t.lower_.endswith("er") or t.lower_ in _NO_COMPARATIVES:
        return False
    follows = t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "than"
    return follows or (unit is not None and unit.head.i == t.i and unit.dep_ == "npadvmod")


# A lower bound the number grammar leaves out of a figure's text (which holds "more than 250", "over 40mm", "40mm or
# more"): a comparative and "than" before it ("deeper than 40mm"), or "or more" past a word or two ("40mm deep or
# more")
_BOUND_BEFORE = re.compile(r"\b(?!(?:rath|oth)er\b)[a-z]+er\s+than\s+\Z", re.I)
_BOUND_AFTER = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:or|and)\s+(?:more|over|above|greater|higher)\b", re.I)
# The words that pick out any thing of a kind ("anything 40mm deep or more", "any hole deeper than 40mm")
_ANY = frozenset({"any", "anything", "all", "every"})


def _threshold_of_a_class(st: _State, a: int, b: int, q: Quantity) -> bool:
    """A lower bound that picks out a kind of thing rather than measuring one ("defects deeper than 40mm on a
    carriageway are repaired", "Carriageway defects of 40mm or more in depth are treated as actionable",
    "Anything 40mm deep or more should be fixed", "firms with more than 250 staff must report"): the figure, with
    its bound, reaches through an adjective or a preposition a plural noun with no determiner, or a word of "any";
    the threshold of a rule, no measure of the story's thing (not "more than 300 homes were destroyed", whose
    figure counts the noun itself, nor "a crater deeper than ten metres", one thing)."""
    text = st.article.text
    if (
        q.high is not None
        and _BOUND_BEFORE.search(text, max(0, a - 25), a) is None
        and _BOUND_AFTER.match(text, b, min(len(text), b + 30)) is None
    ):
        return False  # (a bound from above tells how far the story's things reached: "drifts of up to 3 metres")
    tok = _token_of(st, a)
    if tok is None:
        return False
    through = False
    t = tok
    for _ in range(6):
        if t.dep_ in ("nummod", "quantmod", "compound") and t.head.i != t.i:
            t = t.head  # the number's unit or noun
            continue
        if t.dep_ in ("pobj", "npadvmod", "conj", "cc", "advmod") and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ in ("prep", "amod", "acomp", "advmod") and t.head.i != t.i and t.pos_ in ("ADP", "ADJ"):
            through = True
            t = t.head
            continue
        break
    if not through or t.i == tok.i or not _told_as_a_rule(t):
        return False
    if t.lower_ in _ANY:
        return True
    dets = [c for c in kids(t) if c.dep_ in ("det", "poss", "nummod")]
    # (a plural the tagger reads as a verb is still the subject's noun: "holes deeper than 40mm ... are fixed")
    if (t.tag_ == "NNS" or (t.tag_ == "VBZ" and t.dep_ in ("nsubj", "nsubjpass"))) and not dets:
        return True
    return any(c.lower_ in _ANY for c in dets)


def _told_as_a_rule(noun: Token) -> bool:
    """Whether the clause a noun stands in tells what holds as a rule, in the simple present or with a modal
    ("defects ... are repaired", "Anything ... should be fixed", "firms ... must report"), not what happened
    ("temperatures above 44C were recorded", "more than 400 date palms were uprooted")."""
    verb = next((v for v in noun.ancestors if v.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    tags = [c.tag_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")] + [verb.tag_]
    return "VBD" not in tags and ("MD" in tags or "VBZ" in tags or "VBP" in tags)


def _comparative_after(st: _State, a: int, b: int) -> bool:
    """A figure followed, past its unit or noun, by a comparative: how far one thing is from another, not a level
    ("ten degrees colder than the city", "40 metres taller", "£200 more than the usual fine", "three weeks longer
    than planned"). A comparative set before a noun tells what is counted or measured ("his 15-year-old younger
    sister", "two older children"), so it is none. (A percentage is left to its caller: "closed 4.8% lower" is the
    change "closed down 4.8%" tells.)"""
    tok = _token_of(st, a)
    if tok is None:
        return False
    doc, i = st.doc, tok.i
    while i < len(doc) and doc[i].idx < b:
        i += 1
    skipped = 0
    while i < len(doc) and skipped < 2 and doc[i].pos_ in ("NOUN", "PROPN") and doc[i].tag_ not in ("JJR", "RBR"):
        i += 1
        skipped += 1
    unit = doc[i - 1] if skipped else None
    if i >= len(doc) or not _a_comparative(doc[i], unit) or doc[i].lower_ in _TIME_COMPARATIVES:
        return False
    t = doc[i]
    if t.lower_ in _QUANTITY_COMPARATIVES:
        # ("300 more visitors than last year"; but "nine more were damaged", "€8 million more": others, a further sum)
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN")
        return j < len(doc) and doc[j].lower_ == "than"
    return not (t.dep_ == "amod" and t.head.i > t.i)  # ("two older children": which children)


def _token_of(st: _State, char: int) -> Token | None:
    """``_token_of(st, char)``, the token whose text holds ``char`` (None in the space after a token), found
    by a binary search of the token offsets read once per doc: Doc.char_span makes a Span on every call."""
    if st.token_bounds is None:
        st.token_bounds = st.index.token_bounds  # (read by build_index with the doc's other columns)
    if st.token_bounds is None:
        from spacy.attrs import IDX, LENGTH

        arr = st.doc.to_array([IDX, LENGTH])
        starts = arr[:, 0].tolist()
        st.token_bounds = starts, [a + n for a, n in zip(starts, arr[:, 1].tolist(), strict=True)]
    starts, ends = st.token_bounds
    i = bisect_right(starts, char) - 1
    return st.doc[i] if i >= 0 and char < ends[i] else None


# -- dates ----------------------------------------------------------------------------------------------


_MONTH_OF = re.compile(r"(?:\s+of)?\s+\Z")  # between a month and the anaphoric year that follows it


def _month_before(st: _State, at: int) -> int | None:
    """The index of the claim of a month named just before ``at`` ("November" of "In November of that year", "in
    May that year"), else None."""
    for k in range(len(st.claims) - 1, -1, -1):
        c = st.claims[k]
        if c.kind != "date":
            continue
        v = c.value
        if not isinstance(v, DateValue) or v.grain != "month" or c.end > at or not c.text.strip()[:1].isupper():
            return None
        return k if _MONTH_OF.fullmatch(st.article.text, c.end, at) else None
    return None


_WRITTEN_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def _in_the_year_told_before(value: DateValue, told: DateValue) -> DateValue:
    """A day of a month written without its year ("14 March"), after a date of its sentence that writes one: in
    that year, when the earlier date holds the day in it ("in the spring of 2022, across the first operation on 14
    March") or names the same month ("on 14 March 2022, and a second on 23 March"). Else as it was read (not "closed
    since March 2020, it reopened on 14 June": another month, outside the earlier date)."""
    if value.grain != "day" or value.minute is not None:
        return value
    try:
        moved = value.start.replace(year=told.start.year)
    except ValueError:
        return value  # (29 February)
    last = told.end - timedelta(days=1)
    if moved == value.start or not (
        told.start <= moved <= last or (told.start.month == moved.month and last.month == moved.month)
    ):
        return value
    return replace(value, start=moved, end=moved + timedelta(days=1))


def _set_year(st: _State, k: int, year: DateValue) -> None:
    """The month claim ``k``, made with the tense's year, moved to the year an anaphor gives ("of that year")."""
    c = st.claims[k]
    assert isinstance(c.value, DateValue)
    m = c.value.start.month
    month = month_value(year.start.year, m)
    st.claims[k] = new = replace(c, value=month)
    st.dated = [(new, month) if d.id == c.id else (d, dv) for d, dv in st.dated]


def _anaphoric_date(
    st: _State, sent: Span, a: int, b: int, text: str, earlier: list[DateValue]
) -> tuple[DateValue | None, str]:
    """ "the previous day": resolved from the last date before it in the sentence or article; "three days
    after the fire": from the date of a claim about that event. The value, or None and why not."""
    nxt = st.doc.char_span(b, min(sent.end_char, b + 40), alignment_mode="contract")
    event = None
    if (
        anaphor_event(text)
        and nxt is not None
        and len(nxt)
        and nxt[0].pos_ in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM")
    ):
        heads = (
            t for t in nxt[:6] if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "poss", "amod", "nmod")
        )
        event = next(heads, None)
        if event is None:
            return None, "dated from an event the article does not date"
        lemma = event.lemma_.lower()
        dated = [v for c, v in st.dated if c.counted == lemma or (c.predicate or "").split()[:1] == [lemma]]
        anchor = last_day_before(dated)
        if anchor is None:
            return None, f"dated from '{event.text}', which the article does not date before this"
    else:
        # "Verrill bought the site in 2009. In November of that year, ...": a year or a month counted from the last
        # date before it, whatever that date's grain; a day ("the next day") only from a day
        latest = resolve_anaphoric(text, earlier[-1]) if earlier else None
        anchor = earlier[-1] if latest is not None and latest.grain != "day" else last_day_before(earlier)
        if anchor is None:
            return None, "relative to an earlier event, and no date comes before it"
    value = resolve_anaphoric(text, anchor)
    return value, "" if value is not None else f"cannot count '{text}' from {anchor.iso()}"


def _own_day_before_a_doing(st: _State, sent: Span, a: int, b: int, text: str) -> tuple[Token, DateValue] | None:
    """The doing a gap before a participle clause counts to, and the date its own clause gives, when this sentence
    has dated that clause already: "died on Monday, two days after being admitted", "filed for rehabilitation on
    Monday, three days after freezing withdrawals" tell when the admission and the freeze were (two and three days
    before Monday), not a day after Monday. None for a gap before a noun ("four days after the collapse") or one
    whose clause has no date of its own here."""
    if not anaphor_event(text):
        return None
    span = st.doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return None
    doing = next((c for c in kids(span[-1]) if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")), None)
    if doing is None:
        return None
    for c, v in reversed(st.dated):
        if c.start < sent.start_char:
            return None
        if c.end > a or c.inferred not in (None, DAY_ASSUMED):
            continue
        own = st.doc.char_span(c.start, c.end, alignment_mode="expand")
        if own is not None and len(own) and _first_verb_above(span.root, _governor(own.root)):
            return doing, v
    return None


def _first_verb_above(tok: Token, verb: Token) -> bool:
    """Whether ``verb`` is the first verb above ``tok`` in the parse: the gap hangs on the clause the date dates,
    not on a clause inside it ("said on Monday that she died two days after ..."), however the parse hangs it on
    the way (on the clause's subject, in one parse of "The firm filed ... on 9 June, a week after freezing")."""
    k = tok
    for _ in range(12):
        if k.head.i == k.i:
            return False
        k = k.head
        if k.i == verb.i:
            return True
        if k.pos_ in ("VERB", "AUX"):
            return False
    return False


# The clauses inside a clause that say something of one of its nouns, not what the clause itself tells
_INNER_CLAUSES = frozenset({"relcl", "acl", "appos", "parataxis"})


def _clause_figure(verb: Token, date: Span) -> bool:
    """Whether a verb's own clause holds a figure besides the date: "by Tuesday morning the fire had burned 12,400
    acres" (the date says by when that held), not "the plant will close by June 2026" (a deadline, the latest day
    the closing happens), nor "the site, which employs 640 people, will close by June 2026"."""
    for t in verb.subtree:
        if date.start <= t.i < date.end or not (t.like_num or t.tag_ == "CD"):
            continue
        k, inner = t, False
        while k.i != verb.i and k.head.i != k.i:
            if k.dep_ in _INNER_CLAUSES:
                inner = True
                break
            k = k.head
        if not inner:
            return True
    return False


def _clock_restated(st: _State, made: Claim, n_before: int) -> Claim | None:
    """The clock time of this sentence that a clock time in brackets right after it restates ("11:42 a.m. (0942
    GMT)", "at 3pm (1500 GMT)"), if ``made`` is one."""
    if not isinstance(made.value, DateValue) or made.value.minute is None or st.claims[-1] is not made:
        return None
    text = st.article.text
    for c in reversed(st.claims[n_before:-1]):
        if c.kind == "date" and isinstance(c.value, DateValue) and c.value.minute is not None:
            return c if text[c.end : made.start].strip() == "(" else None
    return None


def _doing_of_the_object(noun: Token) -> Token:
    """The verb a date that the parse hangs on an object dates: "attackers gained access to Sprigwell's systems on
    Mar 11", "gained initial access on May 11" date the gaining; a thing (a system) or a right (access) has no day,
    where an event or an act the verb takes may ("held an inquest on Monday", "the crash on Tuesday")."""
    tok = noun
    for _ in range(3):
        if tok.pos_ != "NOUN" or kind_of(tok.lemma_.lower(), "event", steps=12) or kind_of(
            tok.lemma_.lower(), "act", steps=12
        ):
            return noun
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            return tok.head
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return noun
        tok = tok.head.head  # ("to Sprigwell's systems" of "access")
    return noun


# "dropped to 97 per cent from 106 per cent a year earlier", "down from 241 a year ago", "compared with £132.7
# million the year before": a span back from the article's time, right after the figure a change is told from, is
# when that figure stood, told with it (the date claim's hedge is EARLIER_HEDGE, as the figure's is); it dates no
# event of its own (_EARLIER_FIGURE_BEFORE finds the figure; but "lost more than £300,000 last year": a bound's
# "than" compares nothing, and the year is the loss's)
_COMPARED_SPAN = re.compile(
    r"(?:(?:a|one|two|three|four|six|\d+)\s+(?:year|month|week|quarter|day)s?\s+(?:earlier|ago|before|previously)"
    r"|the\s+(?:previous|prior|preceding)\s+(?:year|month|week|quarter|day)"
    r"|the\s+(?:year|month|week|quarter|day)\s+before|last\s+(?:year|month|week|quarter))\Z",
    re.IGNORECASE,
)


def _date_claim(
    st: _State,
    sent: Span,
    a: int,
    b: int,
    value: DateValue | None,
    relative: bool,
    why: str | None = None,
    inferred: str | None = None,
    doing: Token | None = None,
) -> Claim | None:
    """A date claim for the date at ``a``:``b``, of what its phrase attaches to, or of ``doing`` when the date is
    counted back to a doing of its own (``_own_day_before_a_doing``)."""
    span = st.doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return None
    text = st.article.text
    compared = (
        relative
        and _COMPARED_SPAN.match(text, a, b) is not None
        and _EARLIER_FIGURE_BEFORE.search(text, max(sent.start_char, a - 60), a) is not None
    )  # "from 106 per cent a year earlier": when the figure changed from stood
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.head is not head:
        head = head.head  # "in November 2016" -> what the preposition attaches to
    if head.lower_ == "back" and head.dep_ == "advmod" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "The regatta dates back to 1925", "Back in 2019, the firm was sold": the verb's date
    if head.lemma_.lower() == "time" and head.dep_ == "npadvmod" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "has been adjourned again, this time until March": "this time" is an aside
    for _ in range(2):
        if head.pos_ in ("NOUN", "PROPN") and root.dep_ in ("compound", "nummod", "amod", "nmod", "pobj"):
            event = head  # "the 2021 inquests", "inquests into the deaths in 2021"
        else:
            event = head if root.head is not root else root
        if event.lower_ not in _DAY_PARTS or event.head is event:
            event = _subject_dated_aside(root, _teller_before_clause(root, _doing_of_the_object(event)))
            break
        # "broke out Saturday afternoon", "by Monday morning", "2:15 p.m. Saturday": a part of the day is more of
        # the date, not what it dates; that is what the whole phrase attaches to
        root, head = event, event.head
        if root.dep_ == "pobj" and head.head is not head:
            head = head.head
    if doing is not None:
        event = doing
    if (
        event.dep_ == "poss"
        and event.pos_ == "NOUN"
        and root.dep_ in ("nummod", "compound", "amod")
        and event.head.pos_ == "NOUN"
        and kind_of(event.head.lemma_.lower(), "event", senses=1, steps=8)
    ):
        # "since the 2018 national teachers' strike": the parse may hang the year on the possessor, which only
        # classifies the event the year dates (the teachers' strike of 2018)
        event = event.head
    if event.dep_ == "ROOT" and event.pos_ in ("ADP", "ADV"):
        # "Late on the night of Wednesday, April 22, near the village, the boat swung ...": no preposition is a
        # sentence's main clause; a parse that makes one the root has hung the clause's finite verb elsewhere
        event = next((t for t in sent if t.i > event.i and t.tag_ in ("VBD", "VBZ", "VBP")), event)
    unresolved = why or None
    prep = root.head if root.dep_ == "pobj" else None
    as_of = prep is not None and (
        (prep.lower_ == "by" and _clause_figure(event, span))
        or (prep.lower_ in ("of", "at") and prep.head.lower_ == "as" and prep.head is not prep)
    )  # "by Tuesday morning the fire had burned ...", "as of Friday, 52 cases": when a state held, not an event
    # "the road remained closed on Monday night", "customers stayed without power on Wednesday": a verb of a state
    # going on (FrameNet State_continue) says when the state held, not when anything happened
    held = event.head if event.dep_ in ("acomp", "xcomp", "oprd") else event  # ("remained closed on Monday")
    as_of = as_of or (held.pos_ in ("VERB", "AUX") and held.lemma_.lower() in _STATE_CONTINUE)
    if value is None and relative and unresolved is None:
        unresolved = "relative date and the article has no date line to resolve it against"
    pred = _predicate(event, exclude=span)
    if event.pos_ in ("NOUN", "PROPN"):
        pred = " ".join(x for x in (event.lemma_.lower(), pred) if x)
    elif event.pos_ == "VERB" and _first_held(event) and event.lemma_.lower() in (words := pred.split()):
        # "was first held in 1977": "be first hold in", a first holding, which compare reads as a beginning
        words.insert(words.index(event.lemma_.lower()), "first")
        pred = " ".join(words)
    when = _when_clause(span.root)
    if when is not None:
        # "had faced a similar episode in 2018, when it recalled a batch of syrup": the clause says what happened
        # then, as "it recalled a batch of syrup in 2018" does
        pred = " ".join(x for x in (pred, _predicate(when, exclude=span)) if x)
    tense = _tense(event)
    later = value is not None and st.reference is not None and value.start > st.reference
    if later and not any(_finite(t) for t in sent):
        tense = "future"  # a line of a list of dates with no clause at all ("- March 16-20: March Break"): to come
    elif later and event.pos_ in ("NOUN", "PROPN"):
        # "The eclipse of 2 August 2027 will be total here": a noun has no tense of its own; a thing dated after the
        # article is yet to come when the clause it is told in says so (not "the 2019 floods will be remembered")
        clause = next((t for t in event.ancestors if _finite(t)), None)
        if clause is not None and _tense(clause) == "future":
            tense = "future"
    claim = _claim(
        st,
        "date",
        a,
        b,
        sent,
        value,
        predicate=pred or None,
        counted=event.lemma_.lower() if event.pos_ in ("NOUN", "PROPN") else _event_subject(event),
        hedges=(
            *_hedges(event),
            *((AS_OF_HEDGE,) if as_of else ()),
            *((FORECAST_HEDGE,) if _past_plan(event) else ()),
            *((REPEAT_HEDGE,) if _done_again(event) else ()),
            *((DAILY_HEDGE,) if isinstance(value, DateValue) and value.minute is not None and _daily(event) else ()),
            *((PUT_OFF_HEDGE,) if _put_off_to(event, root) else ()),
            *((CONDITION_HEDGE,) if _conditional(event) else ()),
            *((EARLIER_HEDGE,) if compared else ()),
        ),
        # "were not brought down until 7.20pm": "not ... until" says when it happened, and denies nothing (but
        # "will not return until Sunday" is a side's stand, which a plan "to return on Friday" may answer)
        negated=(_negated(event) or _no_one_did(event))
        and not (
            tense in ("past", "perfect")
            and _UNTIL_BEFORE.search(st.article.text, max(sent.start_char, a - 8), a) is not None
        ),
        tense=tense,
        unresolved=unresolved,
        inferred=inferred,
        # (a doing counted back to is done by whoever does its clause's: "Narae filed ... three days after freezing")
        about=_date_agent(st, event if doing is None else _governor(span.root)),
        participants=_participants(event) if doing is None else (),
        anchor=event,
    )
    st.claims.append(claim)
    return claim


def _participants(event: Token) -> tuple[str, ...]:
    """Who or what a dated doing is told of, when its clause's subject is a common noun: its doer ("agent:union" of
    "the union would meet this week") or what it is done to ("patient:dam" of "the dam was filled in the
    eighties"; "patient:review" of "a review carried out at the hospital in 2023"). A name or a pronoun tells no kind
    of participant (a named doer is the claim's ``about``); a relative pronoun stands for its antecedent."""
    if event.pos_ not in ("VERB", "AUX"):
        return ()
    subj, passive = _clause_subject(event)
    role = "patient" if passive else "agent"
    if subj is None and event.dep_ == "acl" and event.tag_ in ("VBN", "VBG"):
        # "the review carried out in 2023" (done to the noun), "a strike starting at 6am" (the noun does it)
        subj, role = event.head, ("patient" if event.tag_ == "VBN" else "agent")
    if subj is None or subj.pos_ != "NOUN":
        return ()
    # "the first shipment of vials landed": the noun "of" gives is told of too, whatever its head names
    of = [o for p in kids(subj) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p) if o.dep_ == "pobj"]
    return tuple(f"{role}:{n.lemma_.lower()}" for n in (subj, *of[:1]) if n.pos_ == "NOUN")


def _told_when(st: _State, verb: Token, dates: list[Claim]) -> Claim | None:
    """The date a clause of "when" comes right after, set off by a comma ("in 1994, when two paintings were
    stolen"), or None."""
    when = next((k for k in kids(verb) if k.dep_ == "advmod" and k.lower_ == "when" and k.i < verb.i), None)
    if when is None or when.i < 2 or st.doc[when.i - 1].text != ",":
        return None
    end = st.doc[when.i - 1].idx
    return next((c for c in dates if c.end == end), None)


def _when_clause(date: Token) -> Token | None:
    """The verb of a "when" clause a date heads ("in 1998, when the river burst its banks"), or None."""
    for c in kids(date):
        if c.dep_ == "relcl" and any(k.dep_ == "advmod" and k.lower_ == "when" for k in kids(c)):
            return c
    return None


# Verbs whose subject is itself an event, which they begin, end or place in time: "the trial opened July 28", "the
# inquest resumed on Monday", "the fire broke out on Sunday", "the ceremony took place in May"
_EVENT_VERBS = frozenset("open begin start end close finish conclude resume commence happen occur".split())
_HOSTING_VERBS = frozenset("hold stage host convene".split())
_STATE_CONTINUE = frozenset("remain stay".split())


def _event_subject(verb: Token) -> str | None:
    """The event a date dates through a verb that only begins, ends or places it ("The trial opened July 28": the
    trial; "the funeral will be held on Thursday": the funeral), so that the date is the event noun's as "the trial on
    July 28" is; None for any other verb, and for one with an object ("the company opened a store on Friday", "police
    opened fire")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in kids(verb) if c.dep_ == "dobj"]
    if lemma == "be":
        # "The last death at the race was in 2016", "the funeral is on Friday": a copula whose one complement is the
        # date places its subject (but "the firm was in profit in 2016" says a state the firm was in)
        if objects or [c.dep_ for c in kids(verb) if c.dep_ in ("prep", "attr", "acomp", "advmod")] != ["prep"]:
            return None
    elif lemma == "take":
        if [c.lower_ for c in objects] != ["place"]:
            return None
    elif lemma in _HOSTING_VERBS:
        # "His funeral will be held on Thursday", "a vigil was staged on Sunday": a passive that places an event
        # dates its subject (FrameNet Social_event, Hosting): the funeral, the vigil
        subj = next((c for c in kids(verb) if c.dep_ == "nsubjpass"), None)
        if subj is None and len(objects) == 1 and _an_occasion(objects[0]):
            subj = objects[0]  # "The council will hold a community forum next Tuesday": the forum (not "held two men")
        return subj.lemma_.lower() if subj is not None and subj.pos_ == "NOUN" else None
    elif lemma in _ORIGIN_VERBS:
        return _made_thing(verb, objects)
    elif lemma in _MAKING_ENDS:
        thing = _made_thing(verb, objects)
        return thing if thing is not None and _a_thing(thing) else None
    elif lemma not in _EVENT_VERBS or objects:
        return None  # "the company opened a store": its subject is who acted, not what began
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    return subj.lemma_.lower() if subj is not None and subj.pos_ == "NOUN" else None


# Verbs of a thing's coming to be (FrameNet Building, Intentionally_create, Installing; "date from"): the date they
# give is the year the thing was made, founded or put in, which an outlet may tell with any of them ("instal" is how
# the model lemmatises "installed", a spelling British English also writes)
_ORIGIN_VERBS = frozenset(
    "build construct erect found establish install instal lay create form inaugurate date".split()
)

# Verbs that end a made thing's making or put it to work ("The dam was completed in 1964", "the dam was commissioned
# in 1967"): for a thing (WordNet artifact or object) the year of its coming to be, as "built" gives it; for anything
# else they end a task or order one ("completed the review", "commissioned a report"), which is no origin
_MAKING_ENDS = frozenset("complete commission".split())


def _first_held(verb: Token) -> bool:
    """A recurring event's first holding, which is when it began, as a founding is: "The race was first run in
    1971", "the festival, first held in 1994" (a verb of holding or running an event, with "first")."""
    return verb.lemma_.lower() in _FIRST_HELD and any(c.dep_ == "advmod" and c.lower_ == "first" for c in kids(verb))


_FIRST_HELD = _HOSTING_VERBS | frozenset("run play contest organise organize".split())


def _made_thing(verb: Token, objects: list[Token]) -> str | None:
    """What a verb of coming to be dates: its object ("Ashworth built the library in 1897"), its passive subject
    ("The library was built in 1897"), the noun its participle describes ("The school, founded in 1893", "a main
    dating from 1917"), a relative clause's antecedent ("the hall, which was built in 1884") or the subject of
    "date" ("The estate dated from 1966"); None for a name or a pronoun, which say no kind of thing."""
    thing: Token | None = None
    if len(objects) == 1:
        thing = objects[0]
    elif not objects:
        thing = next(
            (c for c in kids(verb) if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and verb.lemma_ in ("date", "form"))),
            None,
        )
        relative = thing is not None and thing.lower_ in ("which", "that") and verb.dep_ == "relcl"
        if (thing is None and verb.dep_ == "acl") or relative:
            thing = verb.head
    if thing is not None and thing.pos_ == "PROPN" and _kind_named(thing):
        return thing.lower_  # "The Calloway Bend Bridge, completed in 1967": a bridge
    return thing.lemma_.lower() if thing is not None and thing.pos_ == "NOUN" else None


def _kind_named(name: Token) -> bool:
    """A name of more than one word whose last word is a common noun of a made thing ("the Calloway Bend Bridge",
    "Ravensbourne Hall", "the Merrigong Dam"): the name says what kind of thing it is, as "the bridge" does (but a
    place or a person is no made thing, whatever its last word: "Carrow Springs", "Cedar Ridge")."""
    return (
        any(c.dep_ == "compound" for c in kids(name))
        and name.is_title
        and name.ent_type_ not in ("GPE", "LOC", "PERSON", "NORP")
        and kind_of(name.lower_, "artifact")
    )


def _done_again(event: Token) -> bool:
    """A doing told as one more of its kind: "again" ("is due to meet again tomorrow"), or a subject that is more of
    them ("two more men died on Tuesday", "another patient died", "a further three were arrested")."""
    if any(c.dep_ == "advmod" and c.lower_ == "again" for c in kids(event)):
        return True
    for subj in (c for c in kids(event) if c.dep_ in ("nsubj", "nsubjpass")):
        # ("more" may hang on the number: "Two more men")
        near = [*kids(subj), *(g for c in kids(subj) if c.dep_ == "nummod" for g in kids(c))]
        if subj.lower_ == "another" or any(c.lower_ in _MORE_OF and not _before_than(c) for c in near):
            return True  # (but "More than 20 people were arrested" bounds a count)
    return False


_MORE_OF = frozenset({"more", "another", "further", "additional"})
_DAILY_WORDS = frozenset({"daily", "nightly"})
_EVERY_DAY = frozenset({"day", "night", "morning", "evening", "afternoon"})


def _daily(event: Token) -> bool:
    """A doing told as kept every day: "daily" or "nightly" on its verb ("is open daily from 8 a.m."), or "every"
    or "each" day, night or morning ("runs every day at 6am")."""
    verbs = [event]
    while verbs[-1].head.i != verbs[-1].i and (
        verbs[-1].pos_ not in ("VERB", "AUX") or verbs[-1].dep_ in ("acomp", "xcomp")
    ):
        verbs.append(verbs[-1].head)  # ("open daily from 8 a.m. to 5 p.m.": the "to" hangs on "from", on "is")
    for v in verbs:
        for c in kids(v):
            if c.lower_ in _DAILY_WORDS and c.dep_ in ("advmod", "npadvmod"):
                return True
            if c.lemma_.lower() in _EVERY_DAY and any(d.lower_ in ("every", "each") for d in kids(c)):
                return True
    return False


def _before_than(tok: Token) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "than"


def _an_occasion(noun: Token) -> bool:
    """A noun of something held: an event or a gathering in WordNet ("forum", "vigil", "census", "summit")."""
    word = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (kind_of(word, "event", steps=12) or kind_of(word, "gathering", steps=12))


def _clause_subject(event: Token) -> tuple[Token | None, bool]:
    """The subject of a doing's clause, through the verbs it depends on ("are due to fly", "plans to leave") and a
    relative pronoun's antecedent ("the Red Cross, which has worked there since 1999"), and whether it is a passive's
    subject (what is done to); None when the clause has none, or a relative pronoun no noun stands before."""
    verb = event
    subj = None
    for _ in range(4):
        subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("xcomp", "acomp", "conj") or verb.head is verb:
            break
        verb = verb.head
    if subj is None:
        return None, False
    passive = subj.dep_ == "nsubjpass"
    if subj.lower_ in ("which", "who", "that"):
        subj = verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None
    return subj, passive


def _date_agent(st: _State, event: Token) -> str | None:
    """Whose event a date dates, when its sentence names them: the named subject of the event's verb ("Jan Vos is
    expected in Lyon tomorrow": Jan Vos), through the verbs it depends on ("are due to fly", "plans to leave") and
    a relative pronoun's antecedent ("the Red Cross, which has worked there since 1999"). Two named agents are two
    events of one verb, whatever day each is given. None for an agent only described or a pronoun."""
    subj, _ = _clause_subject(event)
    made = event.lemma_.lower() in _ORIGIN_VERBS or (event.pos_ == "VERB" and _first_held(event))
    if subj is None and made and event.dep_ == "acl":
        made_thing = event.head
        if made_thing.pos_ != "PROPN" and made_thing.dep_ == "appos" and made_thing.head.pos_ == "PROPN":
            # "Greenacre Holidays, the coach tour company founded by the Latham family in 1987": the name the noun
            # the participle describes stands in apposition to
            made_thing = made_thing.head
        if made_thing.pos_ == "PROPN":
            subj = made_thing  # "Cedar Ridge, founded in 1963": the name the participle describes
    if subj is None:
        return None
    text, left = st.article.text, subj.left_edge.idx
    if subj.text.isupper() and subj.left_edge.text.isupper() and not text[text.rfind("\n", 0, left) + 1 : left].strip():
        return None  # "MELBOURNE, March 16 (Wire) - A woman died": a dateline's city, read as the subject
    for tok in (*[c for c in kids(subj) if c.dep_ == "appos"], subj):  # "His sister, Ann Vos, ..."
        for m in st.index.in_span(tok.idx, tok.idx + len(tok.text)):
            if st.index.labels.get(m.canonical) in _AGENT_LABELS:
                return _another_first_name(st, m.start, m.text, m.name, m.canonical) or m.canonical
    if subj.pos_ == "PROPN" and (subj.ent_type_ in _AGENT_LABELS or made):
        # a name the index left out ("Vos, a doctor"); a thing named as made, founded or put in, whatever the model
        # takes it for ("The Summit Express was built in 2004": a lift; "Cedar Ridge, founded in 1963": a zoo)
        return " ".join(t.text for t in (*[t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"], subj))
    return None


_AGENT_LABELS = frozenset({"PERSON", "ORG", "GPE"})  # who acts (a country too); a date or a nationality does not


# Words that name a part of a day: said with a date ("Saturday afternoon") they are the date's, not its event.
_DAY_PARTS = frozenset(
    "morning mornings afternoon afternoons evening evenings night nights noon midday midnight dawn dusk daybreak"
    " overnight tonight a.m. p.m. am pm".split()
)


_POINTING_BACK = re.compile(r"(?:that|the same)\s+(?:day|morning|afternoon|evening|night)", re.IGNORECASE)
# (DAY_ASSUMED, POINTS_BACK and UNDATED, what a date's ``inferred`` says it took from context, are in types.py)


# -- counts, measures, durations, money, percents -------------------------------------------------------


_ONE_IDIOM = re.compile(r"(?i:at) (?i:one) (?:point|stage|time|moment)\b")
# "one of the largest private employers", "one of the biggest jobs I've been to", "one of the country's first": a
# rank among things, not a count of one of them; the word after "one of the" and up to two more is a superlative
_ONE_OF_A_RANK = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|my|your|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<rank>most|least|best|worst|first|last|[a-z]{2,}est)\b",
    re.IGNORECASE,
)


# A length unit a number written after gives a distance along a route from its start ("the crash at kilometre 187 of
# the highway", "the turnaround at mile 17"): a measure, not a label
_ROUTE_MARKS = frozenset({"kilometre", "kilometer", "km", "mile"})


def _label_number(tok: Token) -> bool:
    """A number written after the noun it modifies is a label, not a count: "counts 12 and 13", "room 101",
    "Trains 188 and 190" (English puts a count before its noun: "13 counts"). The numbers of a list that
    follows such a noun ("counts 4, 9, 11, and 13") are labels too."""
    if gapped_name(tok) is not None:
        return False  # "Labour won 12 seats, the Conservatives eight": a gapped clause's count, told of a name
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.like_num:
        tok = tok.head
    if _plural_after(tok) is not None:
        return False  # "By Thursday afternoon 289 people had been rescued": a count of the noun after it
    head = tok.head
    nominal = head.pos_ in ("NOUN", "PROPN") or head.dep_ in ("pobj", "nsubj", "nsubjpass")  # "counts" as a verb
    if tok.dep_ == "conj" and not any(
        c.like_num and c.i > head.i and c.dep_ in ("nummod", "appos", "dobj") for c in kids(head)
    ):
        return False  # "33 people killed and 28 wounded": a second count, joined to the first's noun
    return (
        tok.dep_ in ("nummod", "appos", "dobj", "conj")
        and head.i < tok.i
        and nominal
        and tok.like_num
        and not (tok.i > 0 and tok.doc[tok.i - 1].text == "(")  # "17 million votes (17,410,742)" restates
        and "," not in tok.text  # "Colombo 11,208, Gampaha 9,870": a label is never written with thousands
        and tok.lower_ not in _NUMBER_NOUNS  # nor in millions: "Cement Odrzański 61.2 million" is a gapped sum
        # nor a distance along a road, a river or a course ("at kilometre 187", "near mile 17"): a measure
        and head.lower_ not in _ROUTE_MARKS
        and not any(c.dep_ in ("quantmod", "advmod") or _partitive_of(c) for c in kids(tok))
        # "GHENT, Nov 17 - Three masked men": a dash between parts them, and a fact box's colon ("Deaths: 4",
        # "Suspected cases: 226", "Cases (confirmed and probable): 87") sets a count after the noun it counts; a
        # label is written on its noun
        and not any(t.text in ("-", "–", "—", "--") or _a_colon(t) for t in tok.doc[head.i + 1 : tok.i])
        and not any(c.lower_ in _MOST for c in kids(head))  # "Iowa had the most cases, 14": how many it had
    )


def _place_of(num: Token) -> Token | None:
    """The place a bare number is "of" ("this town of 7,800", "a nation of 60 million"): a noun whose first senses
    WordNet makes a kind of region or country (a town, a county, a state, a nation), else None."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    place = prep.head
    lemma = place.lemma_.lower()
    return place if any(kind_of(lemma, k, senses=2, steps=8) for k in ("region", "country")) else None


# The nouns of a place's people: "a village of 1,400 people", "a town of 7,800 residents", "Population: 229,416,803".
_PEOPLE_OF_A_PLACE = frozenset("people person resident inhabitant population soul citizen".split())
# Of those, the nouns that say by themselves that the people live there ("has roughly 1,100 residents").
_LIVING_THERE = frozenset("resident inhabitant".split())


def _population(num: Token, counted: str | None, figure: tuple[int, int] = (0, 0)) -> bool:
    """A count of the people a place has: a number a place is "of", bare or with a noun of people ("a village of
    1,400 people", "this town of 7,800"), a population's number ("a population of about 180,000 people", a fact
    box's "Total population: 229,416,803"), or the people a place is home to ("is home to some 180,000 people").
    A word of the figure's own characters (``figure``) is no place: "a quarter of a million people" is no quarter's
    people."""
    if counted not in _PEOPLE_OF_A_PLACE:
        return False
    if counted == "population":
        return True
    of = _taken_by_a_preposition(num)
    if of is None:
        # "Glenarden has roughly 1,100 residents": the people a place has, named by a noun of living there
        noun = num.head if num.dep_ == "nummod" else num
        return counted in _LIVING_THERE and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have"
    prep, owner = of.head, of.head.head
    if figure[0] <= owner.idx < figure[1]:
        return False
    return (prep.lower_ == "of" and (_settled_place(owner) or owner.lemma_.lower() == "population")) or (
        prep.lower_ == "to" and owner.lower_ == "home"
    )


def _settled_place(noun: Token) -> bool:
    """A place where people live, by WordNet: a district, a settlement or a country ("city", "town", "village",
    "county", "nation"); not any region ("in front of a few thousand people", "the top of the stand")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and any(kind_of(lemma, k, senses=2, steps=8) for k in _SETTLED)


_SETTLED = ("district", "settlement", "country", "community")


def _size_of_place(fig: Token) -> bool:
    """A number a place is "of", bare or with its noun ("The city of about 118,000 people last faced comparable
    conditions in 1983", "The city of 118,000 has received just 212mm of rain in the past 12 months"): it says which
    place, as the story tells it, and the date of what the place did or went through is no time of that figure."""
    if fig.dep_ in ("quantmod", "advmod") and fig.head.like_num:
        fig = fig.head  # ("about 118,000": the number, past its hedge)
    of = _taken_by_a_preposition(fig)
    return of is not None and of.head.lower_ == "of" and _settled_place(of.head.head)


def _taken_by_a_preposition(num: Token) -> Token | None:
    """The object of a preposition a number is, bare ("a town of 7,800") or with its noun ("a village of 1,400
    people": the noun); else None."""
    if num.dep_ == "pobj":
        return num
    return num.head if num.dep_ == "nummod" and num.head.dep_ == "pobj" else None


def _model_number(tok: Token) -> bool:
    """A number written between a proper name and the noun both modify is part of the name, a model, not a count:
    "Boeing 737 jets", "Windows 10 laptops" (English puts a count before the name: "12 Boeing jets"). Not before
    seats or votes, which results give after each party's name ("Freedom Party 15 seats, Coastal Left 10 seats"):
    no model is of a seat or a vote."""
    if tok.i == 0 or "," in tok.text or not tok.like_num:
        return False
    name, noun = tok.doc[tok.i - 1], tok.head
    return (
        name.pos_ == "PROPN"
        and name.head.i == noun.i
        and noun.i > tok.i
        and noun.pos_ == "NOUN"
        and tok.dep_ in ("nummod", "compound", "nmod")
        and noun.lemma_.lower() not in ("seat", "vote")
    )


def _partitive_of(prep: Token) -> bool:
    """ "46 of them", "12 of the 17": an "of" whose object is a pronoun, a definite group or a number (not
    "counts 12 and 13 of fraud")."""
    if prep.lower_ != "of":
        return False
    return any(
        o.dep_ == "pobj" and (o.pos_ in ("PRON", "NUM") or any(d.dep_ in ("det", "poss", "nummod") for d in kids(o)))
        for o in kids(prep)
    )


def _subject_misread(anchor: Token, span: Span) -> bool:
    """ "of whom around 300 are members": the parse may read the figure's own "around" as a preposition before the
    verb, with the figure its object; a verb with no subject before it has the figure as its subject."""
    head = anchor.head
    return (
        anchor.dep_ == "prep"
        and anchor.i == span.start
        and head.pos_ in ("VERB", "AUX")
        and anchor.i < head.i
        and not any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for t in head.children)
    )


def _place_under(span: Span, unit: str | None) -> bool:
    """ "was trapped under two women", "lay buried beneath three metres of snow": "under" a passive's participle is
    where its subject was, a preposition of place whose object the number counts or measures, not a bound ("fewer
    than two women"); a passive has no object for a bounded amount to be. A measure only when a substance follows
    it ("three metres of snow"), not "speeds were kept under 40 km/h"."""
    prep, verb = span[0], span[0].head
    if prep.lower_ not in ("under", "beneath", "underneath") or prep.dep_ != "prep" or verb.tag_ != "VBN":
        return False
    participle = verb.dep_ in ("xcomp", "oprd", "acomp", "advcl") or (verb.dep_ == "acl" and verb.head.dep_ != "ROOT")
    if not participle and not any(c.dep_ == "auxpass" for c in kids(verb)):
        # ("The fire injured under 20 people", "has sold under 300 tickets": an active verb, whose object the
        # amount is; but "the village lay buried under", "a man found trapped under": a participle of a passive)
        return False
    if prep.i > 0 and prep.doc[prep.i - 1].pos_ == "ADP":
        return False  # ("were sold to under 300 people": a bound after a preposition)
    number = next((t for t in span[1:] if t.like_num), None)
    if number is None or number.dep_ != "nummod" or number.head.head.i != prep.i:
        return False
    # (a count of things, or a measure of a substance; never an amount of money or a share)
    if unit is None:
        return True
    measured = unit != "%" and unit not in CURRENCY_UNITS and unit_dimension(unit) not in ("currency", "time")
    return measured and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(number.head))


_AGED_BEFORE = re.compile(r"\baged\s+\Z", re.IGNORECASE)


def _quantity_claim(
    st: _State, sent: Span, a: int, b: int, q: Quantity, tally_side: bool = False
) -> tuple[Claim, Token | None] | None:
    doc = st.doc
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if (span[0].dep_ == "prt" or _place_under(span, q.unit)) and len(span) > 1:
        # "handed over £64,000": "over" is the verb's particle, not "more than"; "was trapped under two women": a
        # place, not "fewer than"
        rest = parse_quantity(st.article.text[span[1].idx : b], st.comma)
        if rest is not None:
            a, q = span[1].idx, rest
            span = doc.char_span(a, b, alignment_mode="expand") or span
    figure_end = span.end  # (the figure's own words: a currency word after them may join the span below)
    anchor = span.root
    if anchor.dep_ in ("det", "predet"):
        # "All 214 domestic flights": the model may hang "All" and "214" each on the noun, and the span's root is
        # then its first word; the number is what counts the noun
        anchor = next((t for t in span if t.pos_ == "NUM" and not span.start <= t.head.i < span.end), anchor)
    elif anchor.pos_ in ("ADV", "ADJ") and anchor.dep_ == "advmod":
        # "lost close to 600 international students": the model may hang the hedge on the verb and the number on the
        # noun after the span; the number is what counts the noun, and the hedge only bounds it
        anchor = next(
            (t for t in span if t.pos_ == "NUM" and t.dep_ == "nummod" and t.head.i >= span.end), anchor
        )
    if q.unit is None and not tally_side and _label_number(anchor):
        return None  # "acquitted on counts 12 and 13", "room 101": a number after its noun names, not counts
    if q.unit is None and _AGED_BEFORE.search(st.article.text, max(sent.start_char, a - 6), a):
        # "his death in 2023, aged 91", "an Omani man aged 63": an age the age patterns gave no person, never a count
        if q.value is not None and q.value == int(q.value) and 0 < q.value <= 120:
            _age_claim(st, sent, a, b, int(q.value), None)
        return None
    if q.unit is None and _model_number(anchor):
        return None  # "its 12 Boeing 737 jets": the 737 is the jets' model, written as part of the maker's name
    if st.article.text[a:b].lower() == "one" and _ONE_IDIOM.match(st.article.text, max(0, a - 3), b + 12):
        return None  # "at one point", "at one stage": an adverb of time, no count of points
    if (
        st.article.text[a:b].lower() == "one"
        and anchor.dep_ not in ("nsubj", "nsubjpass")
        and (rank := _ONE_OF_A_RANK.match(st.article.text, b)) is not None
        and rank["rank"].lower() not in NOT_SUPERLATIVE
    ):
        # "making it one of the largest employers in the county": a rank, no count of employers (but "One of the
        # country's first female pilots died" counts who died)
        return None
    text = st.article.text
    after = text[b : b + 20]
    kind: ClaimKind = "count"
    unit = q.unit
    noun: Token | None = None
    controlled = False  # the noun is the subject of the clause a subjectless participle hangs on (_controller)
    partitive = False
    whole = q.whole
    inferred = None
    modifiers: tuple[str, ...] = ()
    compound: Token | None = None  # the noun a "12-day" or "77-page" compound measures
    gapped_about: str | None = None  # the name a gapped clause's sum is told of ("Cement Odrzański 61.2 million")

    dimension = unit_dimension(unit)
    if unit == "%":
        kind = "percent"
    elif unit is not None and (dimension == "currency" or unit in CURRENCY_UNITS):
        kind = "money"
    elif dimension == "time":
        kind = "duration"  # "three days", "a 45-minute video"
    elif unit is not None:
        kind = "measure"  # "106 mph", "50 metres", "a magnitude 7.7 quake", "a Category 3 storm"
    hy = _HYPHEN_UNIT.match(after)
    if _YEAR_OLD.match(after):
        if _age_class(anchor):
            return None  # "81 per cent of 18-year-old applicants": the age of a class, not of anyone
        return _age_compound(st, sent, a, b, q, anchor)
    storeys = hy is not None and hy.group(1).lower() in _STOREY_WORDS
    if kind == "count" and hy and (storeys or _unit_kind(hy.group(1)) is not None):
        # "the 77-page report", "a 77-minute video", "a 9-story office block": a measure of the noun the compound
        # modifies (the word after the compound's space: "a 12-storey residential building")
        u = "storey" if storeys else _singular(hy.group(1).lower())
        kind = _unit_kind(u) or "measure"
        unit = u
        hy_end = b + len(hy.group())
        noun = _noun_after(doc, hy_end + 1 if text[hy_end : hy_end + 1] == " " else hy_end)
        while noun is not None and noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "a 9-story office building": the building, which "office" only classifies
        compound = noun
    elif kind == "count" and hy and hy.group(1).isalpha() and (hy.group(1).islower() or _acronym(hy.group(1))):
        # "the six-carriage train" counts carriages, not trains; "the 13,000-TEU ship" counts TEU (an abbreviation
        # is as much the counted word as a noun is)
        noun = _token_at(doc, b + 1)
        if noun is not None and noun.text != hy.group(1):
            noun = None
        elif noun is not None and noun.lower_ == "strong" and noun.head.pos_ in ("NOUN", "PROPN"):
            # "its 26,500-strong workforce", "a 40-strong crowd": the noun numbers that many (but "the 32-flat block",
            # whose "flat" the model may take for an adjective, counts flats)
            noun = noun.head

    if noun is None and kind in ("count", "money", "percent"):
        noun, partitive, pobj_whole = _partitive(anchor, span)
        if noun is not None and span.start <= noun.i < span.end and noun.lemma_.lower() in _NUMBER_NOUNS:
            # "in the hundreds of thousands": the thousands are the figure's own words, not what it counts
            noun, partitive, pobj_whole = None, False, None
        if pobj_whole is not None and whole is None:
            whole = pobj_whole
        if noun is None:
            noun = _modified_noun(anchor, span)
            if noun is not None and noun.pos_ == "PROPN" and noun.i < anchor.i and _SCALED.search(text, a, b):
                # "Kalcem was fined 98.3 million zlotys, Cement Odrzański 61.2 million": a gapped clause's sum, told
                # of the name before it, which the parse makes what it counts
                gapped_about = next(
                    (m.canonical for m in st.index.in_span(noun.idx, noun.idx + len(noun.text))),
                    " ".join(t.text for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN")
                    + f" {noun.text}",
                ).strip()
                noun = None
        if noun is None and kind == "count":
            noun = _most_of(anchor)
        if kind == "money" and noun is None and span.end < len(doc) and _mistaken_verb(doc[span.end]):
            # "fined the company 12 million won": the currency word the tagger took for a verb is the unit still
            span = doc[span.start : span.end + 1]
        if kind == "money" and noun is not None and is_currency_word(noun.lower_):
            # "20,000 euros", "2.4 million pounds": a currency written as a word is the amount's unit, as "€" is
            # in "€20,000", not what the amount is of, nor what is said of it
            if noun.i >= span.end:
                span = doc[span.start : noun.i + 1]
            noun = _currency_noun(noun)
        if kind == "money":
            partitive = False  # "£18.5m of savings" is an amount of savings, not a part of them
        if noun is None and kind == "money":
            noun = _money_in(span)
        if noun is None and kind in ("money", "percent"):
            noun = _stuff_of(_measured_noun(span, share=kind == "percent"))
            controller = _controller(_governor(anchor))
            # ("after rising by 4.2 per cent on Thursday": the shares are the main clause's, the rise and its day the
            # participle's own)
            controlled = noun is not None and controller is not None and noun.head.i == controller.i
    if kind == "percent" and noun is not None and _SHARE_BASIS.match(text, b):
        # "diethylene glycol at 48.6% w/v": the letters after the sign say how the share is taken (weight in
        # volume), and name nothing it is a share of
        noun = _stuff_of(_measured_noun(span, share=True))
    # a gapped clause of a list of places ("11,208 cases in Colombo, 9,870 in Gampaha"; "Colombo 11,208, Gampaha
    # 9,870"): the count before it in the sentence lends its noun, and the place is the gapped count's own
    gap_ante, gap_place, gap_party = _gapped(st, sent, a, anchor, noun) if kind == "count" else (None, None, None)
    if gap_ante is not None:
        noun = None
    same_sentence_whole: Claim | None = None
    pron_ante: Claim | None = None
    borrowed = False  # the counted noun is a pronoun's antecedent, not a word of the number's own clause
    named_part: Token | None = None
    if noun is not None and noun.pos_ == "PRON":
        pron = noun
        named_part = _part_named_after(pron)
        noun = _relative_antecedent(noun)
        if noun is None and (noun := _apposed_to(anchor, pron)) is not None:
            partitive = False  # ("the volunteers - 220 of them - were thanked": all of them, 220 volunteers)
        borrowed = noun is not None
        if noun is None and pron.lower_ in ("those", "them", "these"):
            # "59 of the cases are in the state, and 42 of those ...": the count just made in this sentence
            same_sentence_whole = next(
                (
                    c
                    for c in reversed(st.claims)
                    if c.kind == "count" and c.sentence_start == sent.start_char and c.start < a
                ),
                None,
            )
        if noun is None and same_sentence_whole is None and pron.lower_ in ("those", "them", "these"):
            pron_ante = _pronoun_antecedent(st, sent, a)
        if noun is None and same_sentence_whole is None and (pron_ante or st.last_count) is not None:
            inferred = "counted noun and whole taken from the previous count in the article"
    if noun is None and kind == "count":
        noun = _copula_attr(anchor)  # "137 were volunteers": the number is the subject, the attribute is counted
    if noun is None and kind == "count":
        noun = _totalled_noun(span, b)  # "the recalled products, 71 in all, were shipped"
    if noun is None and kind == "count":
        noun = _elided_noun(anchor)  # "orangutans are endangered, with an estimated 14,600 left in the wild"
    # the number the figure gives: the last of its words ("two hundred"), but of a part, the part's ("Twelve of the
    # 40 passengers were killed": what is said of twelve, not of the 40)
    of_at = next((t.i for t in span if t.lower_ == "of"), span.end) if partitive else span.end
    # ("from 760 to 810 pesos", a change: the first figure's number is 760, though its span now runs to "pesos")
    numtok = _last_number(doc, span.start, min(of_at, figure_end), figure_end) or anchor
    scale = doc[numtok.head.i] if numtok.head.i == numtok.i + 1 and not numtok.whitespace_ else None
    if scale is not None and scale.lower_ in _SCALE_LETTERS:
        numtok = scale  # "has risen to 21.4m": the glued scale letter stands where "million" would
    tally = _tally(numtok, span.root) if noun is None and kind == "count" else None
    if tally is not None:
        # "the death toll stands at 57", "put the number of protesters at 9,000", "deaths numbered 64"
        noun = _of_object(tally) or _noun_right_after(numtok) or tally
        past = numtok.head
        if past.lower_ == "past" and past.i == numtok.i - 1 and numtok.dep_ == "pobj" and q.is_point:
            # "the toll had gone past 300": beyond the number, like "beyond 300"
            a, q = past.idx, replace(q, value=None, high=None, low_inclusive=False, high_inclusive=True)
    obj = numtok if numtok.dep_ == "dobj" else noun if noun is not None and numtok.head.i == noun.i else None
    passing = PASSING_VERBS.get(obj.head.lemma_.lower()) if obj is not None and obj.dep_ == "dobj" else None
    if passing is not None and q.is_point and not q.approximate:
        # "the toll could exceed 1,000", "sales surpassed 500 units": more than the number; "could top 1,000"
        # reached or passed it
        q = replace(q, value=None, high=None, low_inclusive=passing)
    if kind == "count" and text[a:b].lower() == "one" and _one_speaker(numtok, noun):
        return None  # "said one mountain guide who took part", "one resident told the BBC": who spoke, not how many
    counted = noun.lemma_.lower() if noun is not None else None
    if kind == "count" and noun is not None and noun.lower_ == "head" and (beasts := _of_object(noun)) is not None:
        # "about 450 head of livestock ... died": "head", singular after a number, counts the beasts it names
        # (whose clause still tells what befell them)
        counted = beasts.lemma_.lower()
    elif (
        kind == "count"
        and noun is not None
        and noun.lemma_.lower() in _UNIT_NOUNS
        and (stuff := _of_object(noun)) is not None
        and stuff.pos_ == "NOUN"
        and stuff.tag_ == "NN"
        and not any(t.dep_ in ("det", "poss") for t in stuff.lefts)
    ):
        # "48 pieces of heavy machinery", "35 units of machinery", "200 items of clothing": a unit noun counts the
        # mass noun it is "of", which another outlet counts in other units ("35 pieces of equipment"); but "11
        # pieces of the fallen satellite" are pieces of one thing, and count pieces
        counted = stuff.lemma_.lower()
    body = _compound(noun) if counted == "member" and noun is not None else None
    if body is None and counted == "member" and noun is not None:
        group_of = _of_object(noun)
        bare = group_of is not None and not any(t.dep_ in ("det", "poss") for t in group_of.lefts)
        if group_of is not None and group_of.pos_ == "NOUN" and bare:
            body = group_of  # "16 members of staff": the staff, as "16 staff members" (not "of the club": members)
    sized = None
    if body is None and counted == "member" and noun is not None and noun.dep_ in ("compound", "amod"):
        # "a 36-member team", "a five-member probe committee": the number and "member" hyphened before a noun say
        # how many people that body has (its members, not how many bodies)
        hyphen = noun.i > 0 and noun.doc[noun.i - 1].text == "-"
        if hyphen and noun.head.pos_ == "NOUN" and 0 < noun.head.i - noun.i <= 3:
            sized = noun.head
    if sized is not None:
        counted = f"{sized.lemma_.lower()} member"
    elif body is not None:
        counted = body.lemma_.lower()  # "14 crew members", "30 staff members": the body's people, as "14 crew"
    if counted is not None and noun is not None and kind == "count":
        both = _coordinated(noun)
        if both is not None:
            counted = f"{counted} and {both.lemma_.lower()}"  # "321 passengers and crew" counts both together
    parent = numtok.head.head.lemma_.lower() if numtok.dep_ == "pobj" and numtok.head.lower_ == "of" else None
    if parent is None and (glued := _PARENT_OF.search(st.article.text, max(0, numtok.idx - 16), numtok.idx)):
        parent = glued.group(1).lower()  # "The dad-of-three died": the parse may make "three" the subject
    holder: str | None = None
    if parent is not None and parent in PARENT_NOUNS:
        # "a father of three", "mother-of-two": the number counts the parent's children, of whom the sentence
        # tells nothing ("The dad-of-three died")
        noun, counted = None, "grandchild" if parent.startswith("grand") else "child"
        holder = _parent_named(st, numtok)
    else:
        parent = None
    demonym: str | None = None
    if noun is not None and noun.pos_ == "PROPN" and (noun.ent_type_ == "NORP" or peoples_plural(noun.text)):
        # "seven Californians", "three Germans": a nationality or group counts people, and says which
        demonym, counted = _singular(noun.lower_), "people"
    if noun is not None and (demonym is not None or noun.lemma_.lower() in GENERIC_NOUNS):
        attr = _copula_attr(noun)
        if attr is not None and not span.start <= attr.i < span.end:  # (not "m." of "the figure was £2.1m.")
            noun, counted = attr, attr.lemma_.lower()
    # "29 of them were unvaccinated", "11 of the workers who escaped were injured": what is said of the number
    # itself comes before what its borrowed noun, or the whole it is a part of, names
    measure = (_measure_of(numtok) if borrowed or partitive else None) or _measure_of(
        noun if noun is not None else numtok
    )
    if measure in _DONE_TO_PEOPLE and noun is not None and _a_thing(noun.lemma_.lower()):
        measure = None  # "36 holes charged with 2.4 tonnes of explosive": no thing is charged, arrested or hurt
    if measure in _DONE_TO_THINGS and noun is not None and (
        person_noun(noun.lemma_.lower()) or noun.lower_ == "people"
    ):
        measure = None  # "32 runners collapsed": a person who collapses falls ill; only a thing is destroyed
    if parent is not None:
        measure = None
    if noun is None and kind == "count" and measure is None and demonym is None and counted is None:
        label = _label_people(span)  # "- Dead: 2", "Vietnamese: 3": a fact box's line that names people
        if label is not None:
            measure, demonym = label
            if demonym is not None:
                counted = "people"
    nominal = _nominal_of(tally) if tally is not None and noun is tally else None
    if tally is not None and measure is None:
        measure = (
            noun_measure(tally)
            or (predicate_measure(nominal) if nominal is not None else None)
            # "the number of cattle that drowned", whose clause the parse may hang on "number"
            or (_own_measure(tally) if tally.lemma_.lower() in TALLY_NOUNS else None)
        )
    if tally is not None and noun is tally and counted in TALLY_NOUNS:
        comp = _compound(tally)
        if comp is not None:
            counted = comp.lemma_.lower()  # "the death toll" counts deaths
        elif nominal is not None and measure in HUMAN_MEASURES:
            counted = "people"  # "the number of dead": an adjective used as a noun names people
        elif measure is None:
            noun = counted = None  # "brings the total to 60": a total of what the article last counted

    if counted is None and same_sentence_whole is not None and isinstance(same_sentence_whole.value, Quantity):
        counted, modifiers = same_sentence_whole.counted, same_sentence_whole.modifiers
        measure = measure or same_sentence_whole.measure
        if whole is None and same_sentence_whole.value.is_point and same_sentence_whole.value.value is not None:
            whole = same_sentence_whole.value.value
        partitive = True
        inferred = "counted noun and whole taken from the count before it in the sentence"
    # "The injured numbered more than 200, with eight in critical condition": a bare number after "with" is of the
    # count before it, if there is one (_measure_of gives its state), else of people
    with_state = anchor.dep_ == "pobj" and anchor.head.lower_ == "with" and measure in HUMAN_MEASURES
    if counted is None and kind == "count" and measure in HUMAN_MEASURES and not with_state:
        # "45 dead and 28 wounded", "217 are missing": what happened to them says they are people
        counted = "people"
        inferred = f"counted noun implied by '{measure}': people"
    if (
        kind == "count"
        and (counted is None or (noun is not None and noun.i == numtok.head.head.i))
        and (place := _place_of(numtok)) is not None
    ):
        # "this town of 7,800", "a city of 2 million": a place of a number is its people
        counted = "people"
        inferred = f"counted noun implied by '{place.lower_}': its people"
    if kind == "count" and measure is None and _population(numtok, counted, (a, b)):
        measure = RESIDENT  # "a village of 1,400 people", "a population of 180,000": how many live in a place

    if kind == "count" and counted is None and noun is None and _who_told(anchor):
        # "beating the 48,709 who watched the 2024 final", "the 12 who died": what a "who" clause is told of is people
        counted = "people"
        inferred = "counted noun implied by 'who': people"
    if kind == "count" and counted is None and _SCALED.search(text, a, b):
        # "it cost £25m, a blow to a firm that has raised 140 million in all": an amount in millions that counts
        # nothing, after an amount of money in its sentence, is money in that currency, which it leaves unsaid
        money = next(
            (
                c
                for c in reversed(st.claims)
                if c.sentence_start == sent.start_char and c.kind == "money" and c.end <= a
            ),
            None,
        )
        verb = _governor(anchor)
        if (
            money is not None
            and isinstance(money.value, Quantity)
            and money.value.unit is not None
            and (verb.lower_ in MONEY_WORDS or verb.lemma_.lower() in MONEY_WORDS)
        ):  # (and the verb says it is money: "raised", "paid", "cost"; "saw 2 million at the gate" counts people)
            kind, unit = "money", money.value.unit
            inferred = inferred or "currency taken from the amount of money before it in the sentence"
    if counted is None and kind == "count" and anchor.dep_ in ("nsubj", "nsubjpass"):
        lead = _LEADING_WHOLE.match(text, sent.start_char, sent.end_char)
        things = (
            _opening_things(doc.char_span(lead.start(), lead.end(), alignment_mode="contract"))
            if lead is not None and a >= lead.end()
            else None
        )
        if things is not None and not any(c.like_num for c in things.lefts):
            # "Of the posts, 22 were found to be defamatory": a bare subject after an opening that names its whole
            # by a plural noun, and no number, counts a part of that noun's things
            counted, partitive = things.lemma_.lower(), True
            modifiers = _modifiers(things)
            inferred = inferred or "counted noun taken from the 'Of the ...' that opens the sentence"
    if counted is None and kind == "count":
        if pron_ante is None and tally is not None:
            # "as many as 200,000 participants, but those estimates climbed to as high as 500,000": a tally of
            # its own sentence's or the previous one's count, even one given by a bound or of a generic noun
            pron_ante = _pronoun_antecedent(st, sent, a, added=True)
        # "four were taken to hospital": a bare number that is the subject of a verb of its own
        own_subject = _told_as_subject(anchor) and _governor(anchor).i != anchor.i
        # "Nine people were caught that morning. Six were buried.": a count of its own sentence or the one before,
        # even of people, is nearer than a running count paragraphs back ("patrolled for six seasons")
        recent = _pronoun_antecedent(st, sent, a) if own_subject and pron_ante is None else None
        if recent is not None and (
            (st.last_count is not None and st.last_count.start > recent.start)
            or not (isinstance(recent.value, Quantity) and recent.value.is_point)  # ("in more than 30 cities")
        ):
            recent = None
        restated = _restated_figure(st, sent, numtok, a, _point_of(q))
        ante = (
            gap_ante
            or pron_ante
            # "The county counts 14 cases, up from 12": the value a change is from is of the figure changed
            or (_changed_figure(st, sent, a) if _earlier_value(numtok) else None)
            or recent
            # "seven of the suspects had been remanded, while four were granted bail": four of the suspects
            or (_part_before_in(st, sent, a) if own_subject else None)
            or _parallel_count(st, sent, anchor, a)
            or _near_count(st, st.last_count, a)
            or _bounded_before(st, sent, a)
            or (_count_before_in(st, sent, a) if own_subject else None)
            or (_count_tallied_before(st, a) if tally is not None else None)
        )
        elliptic = (
            gap_ante is not None
            or anchor.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj")
            # "11,208 cases have been reported in Colombo, 9,870 in Gampaha": a gapped clause's count
            or (anchor.dep_ == "npadvmod" and anchor.head.pos_ in ("VERB", "AUX") and anchor.head.i < anchor.i)
            or _subject_misread(anchor, span)
            or q.all_but
            or tally is not None  # "those estimates climbed to as high as 500,000": a tally of what was counted
        )
        if restated is not None and (ante is None or ante.start < restated.start):
            # "PetroAndes first spoke of about 1,200 barrels. The ministry later estimated around 2,100.": another
            # teller's figure for what was just measured, its unit left unsaid
            assert isinstance(restated.value, Quantity)
            kind, unit, counted = restated.kind, restated.value.unit, restated.counted
            measure = measure or restated.measure
            modifiers = restated.modifiers
            inferred = "unit taken from the figure before it, which this one gives again"
        elif (ante is None or not elliptic) and with_state:
            counted, inferred = "people", f"counted noun implied by '{measure}': people"
        elif (label_noun := _label_counted(span, st.article.text[a:b])) is not None:
            counted, inferred = label_noun, "counted noun read from the fact box line's label"
        elif tally_side and ante is None:
            counted, inferred = "vote", TALLY_OF_VOTES  # "the board approved the plan 6-3": a side of a vote
        elif ante is None or not elliptic or _pro_form_one(numtok, sent) or _labelled(span):
            # (nor "I asked for a full count, and I got one": "one" stands for "a full count"; nor a fact box's "Gate:
            # 14", whose label says what it is, under the line "Habituated groups: 22")
            return None
        else:
            counted = ante.counted
            # "Police evacuated 300 residents, and 40 refused to leave": a count with a verb of its own says its own
            # doing, and takes none from the count whose noun it borrows ("300 were killed and 40 in the south" has
            # no verb of its own, and keeps the killed)
            own_verb = own_subject or (
                anchor.dep_ in ("nsubj", "nsubjpass", "dobj") and anchor.head.pos_ in ("VERB", "AUX")
            )
            measure = measure or (None if own_verb else ante.measure)
            modifiers = ante.modifiers
            inferred = inferred or "counted noun taken from the previous count in the article"
            if ante.partitive and ante.sentence_start == sent.start_char:
                # another part of that whole, or a part of the part ("three of the six carriages left the rails, and
                # one came to rest on its side"): a part of its noun, of no whole the sentence settles
                partitive = True
                inferred = inferred or "counted noun taken from the part before it in its sentence"
            elif q.all_but is not None or partitive:
                ante_v = ante.value.value if isinstance(ante.value, Quantity) else None
                if whole is None and ante_v is not None:
                    whole = ante_v
                    inferred = "counted noun and whole taken from the previous count in the article"
                partitive = True
    elif noun is not None:
        modifiers = _modifiers(noun)
    if named_part is not None and partitive and kind == "count":
        counted = named_part.lemma_.lower()  # "36 people were hurt, nine of them crew": the part is the crew
    if demonym is not None and demonym not in modifiers:
        modifiers = (*modifiers, demonym)

    if kind == "duration" and counted is None:
        unit_noun = _modified_noun(anchor, span)  # "three days of deliberations": what lasted
        if (
            unit_noun is not None
            and unit_noun.lemma_.lower() not in TIME_UNITS
            and unit_noun.pos_ == "NOUN"
            and not _when_word(unit_noun)  # ("set a course record of 2:06:14 yesterday": when, not what lasted)
        ):
            counted = unit_noun.lemma_.lower()  # "a 12-day tour of Portugal", "a 45-minute video": the tour, the video
            # and its kind, from the noun's own words ("the 120-minute literature paper": literature)
            modifiers = modifiers or tuple(m for m in _modifiers(unit_noun) if _singular(m) not in TIME_UNITS)
        else:
            of = _of_object(unit_noun) if unit_noun is not None else None
            counted = of.lemma_.lower() if of is not None else unit
    elif kind == "measure" and counted is None:
        counted = dimension  # speed, length, magnitude: what "106 mph" and "170 km/h" both measure
        if dimension == "length":
            # "seen from 12 km (7.5 miles) away", "within 1.5 km of the plant": how far; "at an altitude of 11 km":
            # how high; "at a depth of 10 km": how deep
            counted = _length_relation(text, sent.start_char, a, b) or _depth_of(anchor, span) or counted
    if counted is not None and counted in TIME_UNITS and kind == "count":
        kind, unit = "duration", counted
        of = _of_object(noun) if noun is not None else None
        counted = of.lemma_.lower() if of is not None else counted
    elif (
        counted is not None
        and counted in MEASURE_UNITS
        and kind == "count"
        and not (counted in _SCALE_UNITS and noun is not None and noun.text != _SCALE_UNITS[counted])
    ):
        kind, unit = "measure", _SCALE_UNITS.get(counted, counted)
        counted = unit
        if noun is not None and noun.i < numtok.i and noun.lower_ in _ROUTE_MARKS:
            # "at kilometre 187", "at km 187": one unit however written, for a distance along the route
            unit = counted = unit_named(noun.lower_) or unit
    elif kind == "count" and counted is not None and _quake_magnitude(text[a:b], q, counted):
        # "A 5.8 quake struck", "measured the tremor at 6.1": no figure with a decimal point counts quakes; it is
        # the quake's magnitude, as "a magnitude 5.8 quake" says
        kind, unit, counted = "measure", "magnitude", "magnitude"
    if kind == "measure" and unit == "degree" and _ANGLE_BEFORE.search(text, max(sent.start_char, a - 40), a):
        counted = "angle"  # "tilted 12 degrees", "wind from 230 degrees": an angle, which no temperature is
    if kind == "count" and counted is None:
        return None

    if q.all_but is not None and whole is not None:
        q = resolve_all_but(q, whole)
    elif whole is not None and q.whole is None:
        q = replace(q, whole=num(whole))
    if unit != q.unit:
        q = replace(q, unit=unit)
    added_after = _ADDED_AFTER.match(text, b, b + 14) if kind == "count" else None
    # ("46 people stranded in six other cabins": other than the one told of, whatever else the sentence counts)
    other = added_after is not None and added_after.group().strip().lower() == "other"
    if (
        kind == "count"
        and (_ADDED_BEFORE.search(text, max(0, a - 16), a) or added_after)
        and not any(
            c.kind == "count"
            and c.sentence_start == sent.start_char
            and (
                c.counted == counted
                or (not other and (c.counted == "people" or (c.measure is not None and c.measure != measure)))
            )
            for c in reversed(st.claims[-8:])
        )
        and not (added_after is None and _beside_another_fate(st, measure))
    ):
        # "a further 130 were killed", "officials announced two more": added to a total, so a part of it; but
        # after a count of the same things, or of another fate, in its own sentence "more" only sets one group
        # beside another ("five people dead and dozens more hurt", "two soldiers killed and another 20 civilians
        # wounded") and counts all of its own; "three states have confirmed another six cases" still adds cases
        partitive = True
        inferred = inferred or ADDED
    if (
        kind == "count"
        and not partitive
        and noun is not None
        and noun.dep_ == "conj"
        and noun.tag_ == "NNS"
        and (
            (noun.head.pos_ == "PROPN" and noun.head.i < numtok.i)
            # (the parse may join the rest to the noun the name hangs on: "farms in Dunmore and two parishes")
            or (span.start >= 2 and doc[span.start - 1].lower_ == "and" and doc[span.start - 2].pos_ == "PROPN")
        )
    ):
        # "farms in Carrowmore and three neighbouring counties", "Smith and two other men": the named one and the
        # rest, so the number counts the rest, a part of what the two name together ("four counties")
        partitive = True
        inferred = inferred or ADDED
    if (
        kind == "count"
        and not partitive
        and noun is not None
        and (_REMAINING.match(text, max(0, a - 14), a) or any(c.lower_ == "remaining" for c in kids(noun)))
    ):
        # "the remaining 46 whales were returned to sea", "the 46 remaining whales": those left of a whole, a part
        partitive = True
        inferred = inferred or _REST
    lead = _LEADING_WHOLE.match(text, sent.start_char, sent.end_char) if kind == "count" and not partitive else None
    if lead is not None and a >= lead.end():
        # "Of the 34 patients whose status is known, five were vaccinated and 28 were not": a sentence opened by
        # "Of the N" counts parts of those N in every clause
        whole_claim = None
        for c in reversed(st.claims):  # this sentence's claims only: they are the last made
            if c.sentence_start < sent.start_char:
                break
            if c.kind == "count" and c.start < lead.end() and isinstance(c.value, Quantity) and c.value.is_point:
                whole_claim = c  # the first one in the opening phrase
        whole_q = whole_claim.value if whole_claim is not None else None
        whole_v = whole_q.value if isinstance(whole_q, Quantity) else None
        if whole_v is not None and q.is_point and q.value is not None and q.value <= whole_v:
            # (a part no larger than its whole: "Of the two candidates, Smith won 52,000 votes" is no part)
            partitive = True
            if (
                noun is None
                and whole_claim is not None
                and whole_claim.counted is not None
                and not person_noun(whole_claim.counted)
            ):
                # "Of the 157 whales that came ashore, 111 died": a bare part counts what its whole counts, not the
                # people its verb would imply (of a whole of patients, "people" says as much)
                counted, modifiers = whole_claim.counted, whole_claim.modifiers
                inferred = "counted noun and whole taken from the 'Of the N' that opens the sentence"
            if q.whole is None:
                q = replace(q, whole=whole_v)
                inferred = inferred or "whole taken from the 'Of the N' that opens the sentence"
        elif whole_claim is None:
            # "Of the injured, nine were cabin crew": a part of those the opening names by what befell them
            opening = doc.char_span(lead.start(), lead.end(), alignment_mode="contract")
            group = _fate_group(opening)
            if group is not None:
                partitive, measure = True, measure or group

    if kind == "count" and not partitive and noun is not None:
        group = _fate_included(noun)
        if group is not None:
            # "The dead included two crew members", "Among the injured were three firefighters": a part of those
            # the sentence names by what befell them, counted by that measure
            partitive, measure = True, measure or group
    listed = _listed_whole(st, sent, noun) if kind == "count" and not partitive and noun is not None else None
    if listed is not None and not _may_be_part(noun, listed.counted):
        listed = None  # "640 personnel, 37 engines, 12 hand crews": a list of things, not parts of the personnel
    included = _included_whole(st, sent, noun) if kind == "count" and not partitive and noun is not None else None
    # "covers 412 students at three schools, including 188 at Hillcrest": a bare figure "including" gives is a part
    # of the count it is included in, whatever that count measures
    elided = (
        _included_whole(st, sent, numtok)
        if kind == "count" and not partitive and numtok.dep_ == "pobj" and numtok.head.lower_ == "including"
        else None
    )
    if elided is not None and _larger_point(elided.value, q) is None:
        # "covers 260 pupils at four schools, including 95 at Eastbrook": the parse hangs "including" on the nearer
        # noun, whose four cannot hold 95; the count before it can
        elided = _last_whole_count(st, sent.start_char, elided.start)
    among = _among_whole(st, sent, noun) if kind == "count" and not partitive and noun is not None else None
    # "Six people were injured, including two plant workers": the two are of the six, and what befell the six
    # befell them (not the workforce "workers" would count alone); "36 people were hurt, 27 passengers and 9 crew": a
    # list set beside a count of what befell them names its parts, not all the passengers (but "carried 301 people,
    # 287 passengers and 14 crew" lists all), whatever measure the part's noun alone would give ("Six people were
    # hurt: two Veltron workers ... and four firefighters" lists the hurt)
    bare = measure is None or (listed is not None and noun is not None and measure == noun_measure(noun))
    beside, why = (
        (included, "the 'including' follows")
        if included is not None and included.measure in HUMAN_MEASURES
        else (elided, "the 'including' follows")
        if elided is not None
        else (among, "'among them' follows")
        if among is not None
        else (listed, "the list stands beside")
        if listed is not None and listed.measure is not None and bare
        else (None, "")
    )
    whole_v = _larger_point(beside.value, q) if beside is not None else None
    if beside is not None and whole_v is not None:
        partitive, measure = True, beside.measure or measure
        if beside is elided:
            counted = beside.counted  # (the figure names no noun: it counts what its whole counts)
        inferred = inferred or f"whole taken from the count {why}"
        if q.whole is None:
            q = replace(q, whole=whole_v)
    gov = noun if noun is not None and not controlled else anchor
    verb = _governor(gov)
    if kind == "count" and measure == "killed" and not partitive and _at_once(verb, noun):
        partitive = True  # "the two men killed outright": those who died at once, a part of a toll that may grow
    negated = _negated(verb) or _phrase_negated(noun if noun is not None else anchor)
    if negated and measure in NEGATED_MEASURES and predicate_measure(verb) == measure:
        # "28 had not been vaccinated" counts the unvaccinated: the negation is the measure's, not the claim's
        measure, negated = NEGATED_MEASURES[measure], False
    how = {c.lower_ for c in kids(numtok) if c.dep_ == "advmod"}
    if numtok.head.pos_ == "ADV" and numtok.dep_ in ("nsubj", "npadvmod"):
        how.add(numtok.head.lower_)  # "nine of them critically", parsed with the adverb as the number's head
    if measure == "killed" and partitive and how & (SERIOUS_ADVERBS | {"critically"}):
        # "17 people have died, 26 are injured, six of them seriously": none are seriously dead, so "them" are the
        # injured the sentence counts before, not the dead a nearer noun named
        hurt = next(
            (
                c
                for c in reversed(st.claims)
                if c.sentence_start == sent.start_char and c.kind == "count" and c.start < a and c.measure == "injured"
            ),
            None,
        )
        if hurt is not None and isinstance(hurt.value, Quantity):
            measure, counted, modifiers = "injured", hurt.counted, hurt.modifiers
            whole_v = hurt.value.value if hurt.value.is_point else None
            q = replace(q, whole=whole_v)
    serious = bool(how & SERIOUS_ADVERBS) or "critically" in how
    if measure == "injured" and (partitive or _elliptical_part(numtok)) and serious:
        # "36 were hurt, eight of them seriously": the part is those seriously (critically) injured
        measure = "critical" if "critically" in how else SERIOUS
    if measure in SEVERITY_MEASURES and (partitive or q.whole is not None):
        # "eight of them seriously", "seven of the patients were in a serious condition": the part is the tally
        # of those in that state, the count an outlet giving "eight were seriously injured" gives
        partitive, q = False, replace(q, whole=None)
    part_prep = _part_place_prep(numtok) if kind == "count" and (partitive or q.whole is not None) else None
    state = _condition_of(part_prep) if measure in HUMAN_MEASURES else None
    if state is None and kind == "count" and measure in HUMAN_MEASURES:
        # "Nine are being treated in hospital, two in serious condition": a bare count's own "in ... condition",
        # right after it, is the state of those it counts, as "two of them in serious condition" is
        own = next((c for c in kids(numtok) if c.dep_ == "prep" and c.lower_ == "in" and c.i == numtok.i + 1), None)
        state = _condition_of(own)
    if state is not None:
        # "taken to hospital, three of them in critical condition": the part is the tally of those in that state,
        # as "eight of them seriously" is
        measure, partitive, q = state, False, replace(q, whole=None)
    in_hospital = part_prep is not None and any(o.lower_ in HOSPITAL_WORDS for o in _objects(part_prep))
    if in_hospital and measure in HUMAN_MEASURES:
        # "31 people were treated, 12 of them in hospital": the part is those in hospital, the tally an outlet
        # giving "12 people were taken to hospital" gives
        measure, partitive, q = "hospitalised", False, replace(q, whole=None)
    own_place = next((p for p in (_place_name(st, o) for o in _objects(part_prep)) if p), None)
    if own_place is not None:
        # "52 cases had been confirmed, 46 of them in California": a part set apart by its place is that place's
        # whole, the count a paper giving "California had 45 cases" gives
        partitive, q = False, replace(q, whole=None)
        inferred = None if inferred is not None and "whole" in inferred else inferred
    predicate = _predicate(gov, exclude=span) or None
    if gap_ante is not None and gapped_name(anchor) is not None:
        predicate = gap_ante.predicate  # "Labour won 12 seats, the Conservatives eight": the first clause's doing
    if kind == "count" and noun is not None and numtok.head.i == noun.i and _whole_of_a_vague_part(noun):
        # "Most of the 157 whales have died": the clause tells what befell a part of them, of no stated size; the
        # 157 are only those the noun's own clause names (what "157 whales" alone would say)
        predicate = " ".join(_lemmas(c) for c in kids(noun) if c.dep_ in ("acl", "relcl")) or None
        measure = _own_measure(noun)
    claim = _claim(
        st,
        kind,
        a,
        b,
        sent,
        q,
        counted=counted,
        modifiers=modifiers,
        predicate=predicate,
        # "about 60 acres of the course": a part of the course's extent, no rival of the whole
        partitive=partitive
        or q.whole is not None
        or (kind == "measure" and _part_of_a_thing(anchor, span))
        or (kind == "count" and measure is None and _one_singled_out(numtok, noun))
        or (kind == "count" and counted == "other" and measure is not None and _others_after(st, sent, measure, a)),
        hedges=(
            *_hedges(verb),
            # ("beating the 48,709 who watched": people a "who" clause tells of, beaten, are the mark beaten)
            *(
                (EARLIER_HEDGE,)
                if _earlier_value(numtok)
                or (
                    (kind != "count" or _who_told(numtok))
                    and _mark_beaten(numtok)
                    # ("Temperatures topped 110 degrees": the verb read as the figure's bound, a level reached)
                    and _BOUND_VERB.match(st.article.text, a) is None
                )
                else ()
            ),
            *((CHANGE_HEDGE,) if kind == "money" and _change_amount(numtok) else ()),
            *(
                (CONDITION_HEDGE,)
                if (_conditional(verb) or _consequent(verb)) and not _real_subject(numtok, verb)
                else ()
            ),
            *((UPDATE_HEDGE,) if kind == "count" and _told_as_update(numtok, verb) else ()),
            *((AS_OF_HEDGE,) if kind in _TALLIED and _by_time_of_day(st, sent, verb) else ()),
            *((SPAN_HEDGE,) if kind in _TALLIED and _sentence_has(st, _OVER_DAYS, sent, _OVER_DAYS_NEEDS) else ()),
            *(
                _rate(st.article.text, b, sent.end_char, a, sent.start_char, kind == "measure")
                if kind in _RATED
                else ()
            ),
            *((INTERVAL_HEDGE,) if kind == "duration" and _EVERY_BEFORE.search(text, max(0, a - 7), a) else ()),
        ),
        negated=negated,
        tense=_tense(verb),
        inferred=inferred,
        anchor=gov,
        # "a $421 million stadium": an amount set before a noun is that thing's price, whoever the clause is about
        # "a 12-day tour": the tour's length, whoever the clause is about
        about=gapped_about
        or gap_party
        or (
            _measured_thing(st, verb, anchor, span, noun)
            if kind == "measure"
            or (kind == "money" and noun is not None and _modified_noun(anchor, span) is not None)
            or (kind == "money" and noun is not None and _worth_of(span) is not None)
            or (kind == "duration" and (compound is not None or _amount_noun(anchor, span, unit) is not None))
            else (
                _subject_entity(st, verb, anchor, kind == "money")
                if kind != "count"
                else holder or _count_holder(st, verb, noun)
            )
        ),
        measure=measure if kind in ("count", "percent") else None,
        # "with another 43 killed in Kech": the number's own participle places it before the clause's verb does;
        # "voters in England (53.4 per cent)": a figure in brackets after a place's name is that place's
        place=own_place
        or _label_place(st, span)
        or gap_place
        or _bracketed_place(st, span)
        or _place(st, [t for t in (noun, tally, *_participles(numtok), verb) if t is not None])
        or _there_place(st, sent, verb)
        or _fronted_place(st, verb)
        or _holder_place(st, noun if noun is not None else numtok, verb)
        # ("Minnesota had 11": a bare count the place has, as "Minnesota had 11 cases" is)
        or (_subject_place(st, noun if noun is not None else numtok, verb) if kind == "count" else None)
        or _changed_place(st, noun if noun is not None else numtok, verb)
        or (_scene_place(st, sent, verb) if kind == "measure" else None)
        or _wide_scope([t for t in (noun, verb) if t is not None]),
        party=_party([t for t in (noun, tally) if t is not None])
        or (_each_recipient(st, b, sent) if kind == "money" else None),
        time=_time_of(st, verb, a, tally=kind == "count" and measure is not None, state=measure in _HELD_STATES),
    )
    st.claims.append(claim)
    if (
        kind == "count"
        and (not claim.partitive or inferred == _REST)
        and isinstance(q.value, (int, float))
        and counted not in GENERIC_NOUNS
    ):
        st.last_count = claim  # (the rest of a whole names what it counts as well as a whole does)
    if claim.partitive and q.whole is not None and noun is not None and inferred is None:
        _whole_claim(st, sent, claim, noun, q.whole)
    return claim, noun


def _last_number(doc: Doc, start: int, of_at: int, end: int) -> Token | None:
    """The last word like a number among the tokens [start, of_at), else among [of_at, end), else None. Read by
    index: a slice of the doc makes a Span through spaCy's Python normalize_slice and a reversed walk of it a
    generator, for every figure (measured: about 1% of extract_claims)."""
    for i in range(of_at - 1, start - 1, -1):
        t = doc[i]
        if t.like_num:
            return t
    for i in range(end - 1, of_at - 1, -1):
        t = doc[i]
        if t.like_num:
            return t
    return None


def _gapped(
    st: _State, sent: Span, at: int, anchor: Token, noun: Token | None
) -> tuple[Claim | None, str | None, str | None]:
    """A bare number of a gapped clause that names a place ("11,208 cases have been reported in Colombo, 9,870 in
    Gampaha and 4,152 in Kalutara"; "Colombo has recorded 11,208 cases and Gampaha 9,870"), with the count before
    it in its sentence, whose noun (and measure) it shares, and its place; or one that names another party ("BN won
    15 seats, PN eight"), with that count and the party it is told of (gapped_name); else (None, None, None)."""
    gapped = gapped_name(anchor)
    if gapped is not None:
        name, number = gapped
        lo = name.left_edge if name.left_edge.dep_ != "det" else name.doc[name.left_edge.i + 1]
        party = next(
            (m.canonical for m in st.index.in_span(lo.idx, name.idx + len(name.text))),
            name.doc[lo.i : name.i + 1].text,
        )
        ante = next(
            (
                c
                for c in reversed(st.claims)
                if c.kind == "count"
                and c.sentence_start == sent.start_char
                and c.start <= number.idx < c.end
                and c.counted is not None
            ),
            None,
        )
        if ante is not None:
            # "Minnesota has reported 11 cases and Illinois 9": a place's count; a name joined to a place's count
            # is a place too, though the model may not tag it (what a gapped clause coordinates is of one kind)
            where = _place_name(st, name) or (party if ante.place is not None else None)
            return ante, where, None if where is not None else party
    place: str | None = None
    tok = anchor
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.like_num:
        tok = tok.head  # "..., 9,870 in Gampaha and 4,152 in Kalutara"
    if tok.dep_ == "npadvmod" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i:
        place = _place(st, [anchor])  # "9,870 in Gampaha"
    elif noun is not None and noun.pos_ == "PROPN" and noun.i == anchor.i - 1 and anchor.dep_ == "nummod":
        place = _place_name(st, noun)  # "Gampaha 9,870" (a name before a number is no count of the name)
    if place is None:
        return None, None, None
    ante = next(
        (
            c
            for c in reversed(st.claims)
            if c.kind == "count" and c.sentence_start == sent.start_char and c.end <= at and c.counted is not None
        ),
        None,
    )
    return (ante, place, None) if ante is not None else (None, None, None)


def _changed_figure(st: _State, sent: Span, at: int) -> Claim | None:
    """The count a bare earlier value is of: the last whole count its sentence gives before ``at`` ("14 cases, up
    from 12"; "cases rose to 14 from 12"), of whatever noun, "cases" and "people" too."""
    return _last_whole_count(st, sent.start_char, at)


def _others_after(st: _State, sent: Span, measure: str, at: int) -> bool:
    """ "Twelve injured are admitted to the Civil Hospital. Seven others with head injuries were referred to ...":
    "others" after a count of the same measure, in its sentence or the one before it in its paragraph, are the rest
    of a group already begun, a part of the measure's whole and never the whole itself (but "Two people died and 12
    others were injured": the others are other than the dead, and are all the injured)."""
    doc = sent.doc
    begin = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    begin = max(begin, st.article.text.rfind("\n\n", 0, at) + 1)  # (in its paragraph: not a headline's count)
    for c in reversed(st.claims):
        if c.start < begin:
            return False  # (claims are made in the order of the text: none before this one is nearer)
        if c.kind == "count" and c.measure == measure and c.start < at and not c.derived_from:
            return True
    return False


def _near_count(st: _State, ante: Claim | None, at: int) -> Claim | None:
    """The article's running count, if it is near enough to lend its noun to a bare number at ``at``: in the same
    paragraph or the one before ("Rescuers pulled out 12 survivors. // Three were taken to hospital"). A count told
    paragraphs earlier is of another part of the story ("84 patients on trolleys" is no noun for "a woman aged 84"
    three paragraphs on)."""
    if ante is None:
        return None
    text = st.article.text
    here = text.rfind("\n\n", 0, at)
    before = text.rfind("\n\n", 0, here) if here > 0 else -1
    return ante if ante.start > before else None


# A bare number in 1800-2099 written without a comma may be a year.
_YEARLIKE = re.compile(r"(?:18|19|20)\d\d")


def _restated_figure(st: _State, sent: Span, anchor: Token, a: int, value: float | None) -> Claim | None:
    """The amount of money, measure or share that a bare number gives again in another teller's words: "PetroAndes
    first spoke of about 1,200 barrels. The ministry later estimated around 2,100. A federation says it was more
    than 6,000." A number a verb of telling or gauging takes as its object ("estimated 2,100", "put it at 2,100"),
    or that "it" or "that" is ("says it was 6,000"), and whose sentence or the one before gives no figure between,
    is of the last figure's unit, when that figure has one; so is the value a change is from ("15.1 degrees, down
    from the 16.8 recorded on Wednesday"). A bare subject ("About 500 live below the dam") tells something of its
    own, and is left alone."""
    if _YEARLIKE.fullmatch(anchor.text) or anchor.lower_ == "one":
        return None  # ("was it one of us?", "it is not a large one": the pronoun, no amount given again)
    if _earlier_value(anchor):
        # "15.1 degrees, down from the 16.8 recorded on Wednesday": the value a change is from is in the unit of the
        # value its sentence says it changed to
        # (but not "£4.2m, up from 3.9", whose scale is left unsaid as much as its unit)
        last = _last_figure(st, sent, a, value)
        if last is None or last.sentence_start != sent.start_char or _SCALED.search(last.text):
            return None
        text = st.article.text
        if last.kind == "percent" and _CHANGE_BY.search(text, max(sent.start_char, last.start - 16), last.start):
            # "recorded 81 crashes in 2025, up 35 per cent from 60 in 2024": the share is how much the figure changed,
            # and the value it changed from is the figure's own, a count
            return None
        return last
    head = anchor.head
    if anchor.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "estimated around 2,100", "put it at 3,000"
    elif anchor.dep_ == "attr" and head.lemma_ == "be":
        if not any(k.dep_ == "nsubj" and k.lower_ in ("it", "that") for k in kids(head)):
            return None  # ("the toll was 40": a count of its own)
        return _last_figure(st, sent, a, value)
    elif anchor.dep_ != "dobj":
        return None
    verb = head.lemma_.lower()
    if head.pos_ != "VERB" or (verb not in SPEECH_VERBS and verb not in _GAUGING_VERBS):
        return None
    return _last_figure(st, sent, a, value)


# A change told as an amount right before it: "up 35 per cent", "down 3.8 per cent", "rose by 12%", "a fall of 4%"
# (not "a turnout of 64 per cent", a level)
_CHANGE_BY = re.compile(
    r"\b(?:up|down|by|(?:rise|fall|drop|increase|decrease|jump|gain|loss|cut|decline)s?\s+of)\s+\Z", re.IGNORECASE
)


def _last_figure(st: _State, sent: Span, at: int, value: float | None = None) -> Claim | None:
    """The last figure its sentence or the one before gives before ``at``, if it has a unit (a measure, an amount
    of money or a share); None if it is a count or there is none. Where those sentences give figures in two units
    ("measured the quake at magnitude 5.6, with the epicentre about 12 km south-west ... the USGS put it at 5.8"),
    the one another teller gives again is the one nearest ``value``, the bare number's, within half as much again;
    else none."""
    since = _sentence_of(st, sent.start_char - 1)[0] if sent.start > 0 else sent.start_char
    found: list[Claim] = []
    for c in reversed(st.claims):
        if c.sentence_start < since:
            break
        if c.start >= at or c.kind not in ("count", "measure", "money", "percent") or c.derived_from:
            continue
        if not (c.kind != "count" and isinstance(c.value, Quantity) and c.value.unit is not None):
            if not found:
                return None
            continue
        found.append(c)
    if not found:
        return None
    if len({c.value.unit for c in found if isinstance(c.value, Quantity)}) == 1:
        return found[0]
    near = [(r, k, c) for k, c in enumerate(found) if (r := _ratio(c, value)) is not None and r <= _RESTATED_RATIO]
    return min(near, key=lambda x: (x[0], x[1]))[2] if near else None


def _point_of(q: Quantity) -> float | None:
    """A quantity's value, or the bound it gives ("more than 6,000": 6,000)."""
    v = q.value if q.value is not None else q.low if q.low is not None else q.high
    return float(v) if v is not None else None


_RESTATED_RATIO = 1.5  # how far apart, as a ratio, two tellers' readings of one thing may be


def _ratio(c: Claim, value: float | None) -> float | None:
    """How many times the larger of a claim's value and ``value`` is the smaller (None where either is unknown or
    not above zero)."""
    v = c.value.value if isinstance(c.value, Quantity) else None
    if value is None or v is None or v <= 0 or value <= 0:
        return None
    return max(float(v), value) / min(float(v), value)


def _apposed_to(anchor: Token, pron: Token) -> Token | None:
    """The plural noun a figure "N of them" is set beside ("healthcare assistants, 1,200 of them, walked out", "the
    volunteers - 220 of them - were thanked"): "them" are that noun's things, and the figure counts them all."""
    if pron.lower_ != "them" or anchor.dep_ != "appos":
        return None
    k = anchor.i - 1
    while k >= 0 and anchor.doc[k].head.i == anchor.i and anchor.doc[k].dep_ in ("advmod", "quantmod"):
        k -= 1  # ("the elephants - about 130,000 of them - are": past the figure's hedge)
    if k < 0 or anchor.doc[k].text not in (",", "-", "–", "—", "("):
        return None  # (set off by a comma, a dash or a bracket; "The reasons: 12 of them." is a fact box's line)
    head = anchor.head
    return head if head.pos_ == "NOUN" and head.tag_ == "NNS" else None


def _told_as_subject(tok: Token) -> bool:
    """A bare number that is the subject of a verb of its own ("four were taken to hospital"), also when the
    parse makes it a conjunct of a noun before its auxiliary."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.dep_ == "conj" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "AUX"


def _count_before_in(st: _State, sent: Span, at: int) -> Claim | None:
    """The last count of people its own sentence gives before ``at``: "Twenty-seven people were treated and four
    were taken to hospital". A noun as general as "people" is never the article's running count, but within its
    sentence it is what a bare number after it counts. (A part, "16 of them in Mangoli", lends nothing: "a further
    16 in other areas" is no more of it.)"""
    for c in reversed(st.claims):
        if c.start < sent.start_char:
            return None
        if c.kind == "count" and c.start < at and not c.partitive and c.derived_from is None:
            return c if c.counted in GENERIC_NOUNS else None
    return None


def _part_before_in(st: _State, sent: Span, at: int) -> Claim | None:
    """The last part its own sentence counts before ``at``, when that is the sentence's last count: "seven of the
    suspects had been remanded, while four were granted bail" (four of the suspects). A bare number that is a
    verb's subject after a part counts that part's noun, as another part of the whole or a part of the part."""
    wholes: list[Claim] = []
    for c in reversed(st.claims):
        if c.start < sent.start_char:
            return None
        if c.kind != "count" or c.start >= at:
            continue
        if c.partitive and c.counted and c.derived_from is None:
            # (the whole "14 workers" of "Nine of the 14 workers were rescued" is the part's own, told after it)
            part_of = c.value.whole if isinstance(c.value, Quantity) else None
            if all(isinstance(w.value, Quantity) and w.value.value == part_of for w in wholes):
                return c
            return None
        if wholes or not c.counted:
            return None
        wholes.append(c)
    return None


def _totalled_noun(span: Span, b: int) -> Token | None:
    """ "the recalled products, 71 in all, were shipped", "the rescue force - 60 in total -": a number set beside a
    noun and told as its whole ("in all", "in total", "altogether", "all told") counts that noun."""
    doc = span.doc
    if not _IN_ALL.match(doc.text, b):
        return None
    j = span.start - 1  # the mark that sets the number off, and the noun before it (however the parse hangs them)
    if j < 1 or doc[j].text not in (",", "-", "–", "—", "("):
        return None
    noun = doc[j - 1]
    return noun if noun.pos_ == "NOUN" and noun.tag_ == "NNS" else None  # (things, not a body: "the force, 60 in all")


_IN_ALL = re.compile(r"\s*(?:in all|in total|altogether|all told)\b", re.IGNORECASE)


def _count_tallied_before(st: _State, at: int) -> Claim | None:
    """ "... said 'more than 40' people were crossing. // The police report puts the number at 32.": a tally noun
    with no "of" ("the number", "the figure", "the total") is of the last count told, bounded or not, in its own
    paragraph or the one before (_near_count's reach)."""
    last = next(
        (c for c in reversed(st.claims) if c.kind == "count" and c.counted is not None and c.start < at), None
    )
    return _near_count(st, last, at)


def _bounded_before(st: _State, sent: Span, at: int) -> Claim | None:
    """ "The injured numbered more than 200, with eight in critical condition": a count given by a bound, in this
    sentence or the one before, lends its noun to a bare number after it (the running count skips bounded ones)."""
    c = _pronoun_antecedent(st, sent, at)
    return c if c is not None and isinstance(c.value, Quantity) and not c.value.is_point else None


def _part_named_after(pron: Token) -> Token | None:
    """The noun right after "of them" in an absolute phrase ("36 people were hurt, nine of them crew"), which
    names the part; not a verb or an adverb ("nine of them were crew" is read as a copula)."""
    if pron.lower_ not in ("them", "whom", "those", "these") or pron.head.lower_ != "of":
        return None
    doc = pron.doc
    i = pron.i + 1
    while i < len(doc) and i <= pron.i + 2 and doc[i].pos_ == "ADJ":
        i += 1  # "eight of them foreign nationals": the noun its adjectives describe
    nxt = doc[i] if i < len(doc) else None
    if nxt is None or nxt.pos_ != "NOUN" or nxt.tag_ not in ("NN", "NNS"):
        return None
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    return nxt if after is None or after.is_punct else None


def _fate_group(opening: Span | None) -> str | None:
    """What befell the group an opening "Of the injured," or "Among the dead," names (a human measure, else
    None): what its parts are parts of. The phrase's last word says it, however the parse hung it."""
    last = _opening_word(opening)
    if last is None:
        return None
    got = predicate_measure(last) or noun_measure(last)
    return got if got in HUMAN_MEASURES else None


def _opening_things(opening: Span | None) -> Token | None:
    """The plural common noun an opening "Of the posts," or "Among its branches," ends on, else None."""
    last = _opening_word(opening)
    return last if last is not None and last.pos_ == "NOUN" and last.tag_ == "NNS" else None


def _opening_word(opening: Span | None) -> Token | None:
    """The last word of an opening "Of the ...," or "Among the ...," (the word that names its group), else None."""
    if opening is None or not len(opening) or opening[0].lower_ not in ("of", "among"):
        return None
    last = next((t for t in reversed(opening) if not t.is_punct), None)
    return None if last is None or last.i == opening.start else last


def _fate_included(noun: Token) -> str | None:
    """What befell the group a counted noun is said to be among (a human measure, else None): the object of
    "include" whose subject is "the dead", "the injured", "those killed" ("The dead included two crew members"),
    or the subject of "be" set "among" such a group ("Among the injured were three firefighters")."""
    head = _first_listed(noun)
    verb = head.head
    if head.dep_ == "dobj" and verb.lemma_ == "include":
        groups = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    elif head.dep_ in ("nsubj", "attr") and verb.lemma_ == "be":
        groups = [g for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "among" for g in kids(c)
                  if g.dep_ == "pobj"]
    else:
        return None
    for g in groups:
        got = noun_measure(g) or predicate_measure(g)
        if got is None:
            got = next((m for c in kids(g) if c.dep_ in ("acl", "relcl", "amod")
                        if (m := predicate_measure(c)) is not None), None)  # "those killed", "people injured"
        if got in HUMAN_MEASURES:
            return got
    return None


def _may_be_part(noun: Token | None, whole: str | None) -> bool:
    """Whether things counted by ``noun`` may be a part of a whole counted by ``whole``: people of people ("27
    passengers and 9 crew" of "36 people"), a kind of a thing of that thing; not engines of personnel."""
    if noun is None or whole is None:
        return True
    part = noun.lemma_.lower()
    if part == whole:
        return True
    if whole in GENERIC_NOUNS or person_noun(whole) or kind_of(whole, "group"):
        return person_noun(part) or kind_of(part, "group")
    return kind_of(part, whole)


def _listed_whole(st: _State, sent: Span, noun: Token) -> Claim | None:
    """The count a list of counts stands beside as its apposition ("36 people were hurt, 27 passengers and 9
    crew": the 36), made earlier in this sentence."""
    head = _first_listed(noun)
    if head.dep_ != "appos" or head.head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    # (a bare number may be the whole itself: "Seventeen were taken to hospital, three crew members and 14 ...")
    num = (
        head.head
        if head.head.like_num
        else next((c for c in kids(head.head) if c.dep_ == "nummod" and c.like_num), None)
    )
    return None if num is None else _count_at(st, sent, num)


def _first_listed(noun: Token) -> Token:
    """The first noun of the list a noun is in ("27 passengers and 9 crew": passengers), however the parse chains it."""
    head = noun
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head


def _count_at(st: _State, sent: Span, num: Token) -> Claim | None:
    """The count made earlier in this sentence whose words hold ``num``."""
    for c in reversed(st.claims):
        if c.sentence_start < sent.start_char:
            break
        if c.kind == "count" and c.start <= num.idx < c.end:
            return c
    return None


def _larger_point(whole: object, q: Quantity) -> float | None:
    """The value of a count a part is told beside, when both are one figure and the part is the smaller (a part no
    larger than its whole is none)."""
    if not isinstance(whole, Quantity) or whole.value is None or not whole.is_point:
        return None
    return whole.value if q.is_point and q.value is not None and q.value < whole.value else None


def _among_whole(st: _State, sent: Span, noun: Token) -> Claim | None:
    """The count "among them" or "among whom", set before a counted noun's figure, points back to: the last count
    before it in this sentence ("Eleven people are still missing, among them two children", which the parse hangs
    anywhere: the two are of the eleven), for each noun of the list it opens ("among them two Veltron employees and
    four firefighters": the four too)."""
    for listed in dict.fromkeys((noun, _first_listed(noun))):
        num = next((c for c in kids(listed) if c.dep_ == "nummod" and c.like_num), None)
        if num is None or num.i < 2 or noun.doc[num.i - 2].lower_ != "among":
            continue
        if noun.doc[num.i - 1].lower_ not in ("them", "whom"):
            continue
        return _last_whole_count(st, sent.start_char, noun.doc[num.i - 2].idx)
    return None


def _included_whole(st: _State, sent: Span, noun: Token) -> Claim | None:
    """The count a counted noun is said to be included in ("Six people were injured, including two plant workers",
    "injured 14 people, including three children": the six, the 14), made earlier in this sentence: the count of
    the noun "including" hangs on, or of the subject or object of the verb it hangs on."""
    head = _first_listed(noun)
    if head.dep_ != "pobj" or head.head.lower_ != "including":
        return None
    owner = head.head.head
    if owner.pos_ in ("VERB", "AUX"):
        # (the one of them a figure counts: "That exclusion now covers 412 students, including 188 at Hillcrest")
        nouns = [c for c in kids(owner) if c.dep_ in ("nsubjpass", "nsubj", "dobj") and c.pos_ in ("NOUN", "PROPN")]
        counted = [c for c in nouns if any(k.dep_ == "nummod" and k.like_num for k in kids(c))]
        if not counted:
            # "the number of deaths rose to five, including two children", "killing 12, including three children":
            # the figure the verb reaches or takes, which no noun of its own counts
            bare = next(
                (
                    n
                    for c in kids(owner)
                    for n in ([c] if c.dep_ == "dobj" else kids(c) if c.dep_ == "prep" and c.lower_ == "to" else [])
                    if n.like_num and n.dep_ in ("dobj", "pobj") and n.i < noun.i
                ),
                None,
            )
            if bare is not None:
                return _count_at(st, sent, bare)
        owner = (counted or nouns or [owner])[0]
    num = next((c for c in kids(owner) if c.dep_ == "nummod" and c.like_num), None)
    return None if num is None or num.i > noun.i else _count_at(st, sent, num)


def _pronoun_antecedent(st: _State, sent: Span, before: int, added: bool = False) -> Claim | None:
    """What "them" of "600,000 of them" or "those estimates" stands for: the last count before ``before`` in this
    sentence or the previous one ("... about 1.6 million people. Washington alone accounted for around 600,000 of
    them"), even of a generic noun or given by a bound, which the article's running count (``last_count``)
    skips. It reaches back one sentence, no further. With ``added``, for a total, a count added to it is one
    ("two more cases were confirmed, bringing the total to 12": a total of cases)."""
    prev_start = _sentence_of(st, sent.start_char - 1)[0] if sent.start > 0 else sent.start_char
    return _last_whole_count(st, prev_start, before, added)


def _counts_own_noun(obj: Token) -> bool:
    """A preposition's object that is a noun counted by a number of its own ("from 14 plants")."""
    return obj.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in kids(obj))


def _parallel_count(st: _State, sent: Span, num: Token, at: int) -> Claim | None:
    """The count a bare object number's clause runs parallel to: the last count in its sentence or the one before
    that is the object of the same verb with a name for its subject ("Iowa had the most cases, 14. Minnesota had
    11"), even of a generic noun, which the article's running count skips."""
    verb = num.head
    if num.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.i > num.i:
        return None
    subj = subject_of(verb)
    if subj is None or subj.pos_ != "PROPN":
        return None
    prev_start = _sentence_of(st, sent.start_char - 1)[0] if sent.start > 0 else sent.start_char
    ante = _last_whole_count(st, prev_start, at)
    if ante is None:
        return None
    span = st.doc.char_span(ante.start, ante.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    while tok.dep_ in ("nummod", "appos") and tok.head.i != tok.i:
        tok = tok.head  # "the most cases, 14": up to the object the figure counts
    other = tok.head
    if tok.dep_ != "dobj" or other.lemma_ != verb.lemma_ or other.i == verb.i:
        return None
    theirs = subject_of(other)
    return ante if theirs is not None and theirs.pos_ == "PROPN" else None


def _last_whole_count(st: _State, since: int, before: int, added: bool = False) -> Claim | None:
    """The last count of a noun made before ``before`` in the sentences from ``since`` on: a whole (or, ``added``,
    a count added to a total), not one read out of another."""
    for c in reversed(st.claims):
        if c.sentence_start < since:
            return None
        if (
            c.kind == "count"
            and c.start < before
            and (not c.partitive or (added and c.inferred == ADDED))
            and c.derived_from is None
            and c.counted
        ):
            return c
    return None


# Verbs whose subject gives an amount rather than has it: "put the magnitude at 7.7", "measured the quake at 6.1".
_GAUGING_VERBS = frozenset("put measure record give estimate rate register clock place peg value assess".split())
# Verbs that give a thing's price ("a house priced at £500,000").
_PRICING_VERBS = frozenset("price cost".split())
# Objects of those verbs that only name what is measured, not what it is of.
_MEASURED_WORDS = frozenset(
    "magnitude speed strength size height length depth cost value price figure total number amount level".split()
)


_PARENT_OF = re.compile(r"\b([A-Za-z]+)-of-\Z")


# Measures that only befall people, by law or force, or hurt them; a thing ("36 holes charged with explosive",
# "batteries charged overnight", "three vehicles were burnt") is never in their count
_DONE_TO_PEOPLE = frozenset({"charged", "arrested", "convicted", "acquitted", "kidnapped", "injured"})
# and what befalls only things ("collapsed" is "destroyed" of a building, but a runner who collapsed has fallen ill)
_DONE_TO_THINGS = frozenset({"destroyed", "damaged"})


def _a_thing(noun: str) -> bool:
    """A noun WordNet makes an artifact, a physical object or a measure ("burned about 5,000 calories a day"), and
    no person, nor first of all a group ("staff" is a stick too, but first people)."""
    if not (kind_of(noun, "artifact") or kind_of(noun, "object") or kind_of(noun, "measure")) or person_noun(noun):
        return False
    return not kind_of(noun, "group", senses=1, steps=12)


# Nouns of a reckoning, which name what they reckon by "of" ("an estimate of the damage", "its assessment of the
# losses"): alone they name nothing a figure is about
_RECKONING_WORDS = frozenset("estimate estimation assessment valuation tally count reckoning calculation".split())


# Verbs that set a norm for a measure rather than report one ("limited to 40 km/h", "capped at 3 m", "60 km/h is
# permitted"): such a figure is the limit's, whatever the clause is about.
_NORM_VERBS = frozenset("limit restrict cap permit allow".split())


def _amount_noun(anchor: Token, span: Span, unit: str | None) -> Token | None:
    """The noun an amount is set before ("a 12-day tour"), not its own unit's word ("20 years")."""
    noun = _modified_noun(anchor, span)
    if noun is None or _singular(noun.lower_) == unit or _unit_kind(_singular(noun.lower_)) is not None:
        return None
    return noun


# A bearing, never a thing a measure is of ("85 miles north-west of Tegucigalpa": how far, in which direction)
_COMPASS_POINTS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east south-west".split()
)


def _measured_thing(st: _State, verb: Token, anchor: Token, span: Span, noun: Token | None) -> str | None:
    """What a measure is of: the noun it modifies or stands beside ("a magnitude 6.8 aftershock", "the
    7.7-magnitude quake", "Tuesday's quake, magnitude 7.7, hit ..."), else its clause's subject ("Hurricane Irma
    had winds of 185 mph", "the speed limit is 50 mph") unless the verb only gauges it ("the USGS put the
    magnitude at 7.7"); never the words that only name the scale ("magnitude", "speed")."""
    if verb.lemma_.lower() in _NORM_VERBS:
        return "limit"  # "a bend limited to 40 km/h", "where 40 km/h is permitted": the norm, not what was measured
    thing = noun if noun is not None else _modified_noun(anchor, span)
    if thing is None or _only_a_scale(thing.lemma_.lower()):
        # "our 32-metre aerial ladder platform", "a 22cm-tall jug": a measure set before a noun, through its unit
        # or a word of dimension, is that noun's, whoever the clause is about
        # ("about 20 litres of hydrochloric acid": the acid's volume)
        thing = (
            _attributive_head(anchor, span)
            or _stuff_measured(anchor, span)
            or _noun_of_measure(verb, anchor, span)
            or thing
        )
    if thing is not None and thing.lower_ in _COMPASS_POINTS:
        thing = None  # "sits 85 miles north-west of the capital", which the model may read as "miles" of "west"
    if thing is None:
        t = anchor
        for _ in range(3):  # "quake, magnitude 7.7,": the measure in apposition to what it measures
            if t.dep_ == "appos" and t.head.pos_ in ("NOUN", "PROPN"):
                thing = t.head
                break
            if t.head.i == t.i:
                break
            t = t.head
    if (
        thing is not None
        and (thing.pos_ in ("NOUN", "PROPN") or _noun_as_adjective(thing))
        and not _only_a_scale(thing.lemma_.lower())
    ):
        for m in st.index.in_span(thing.idx, thing.idx + len(thing.text)):
            return m.canonical
        if thing.dep_ == "appos":  # "the Baltic Kestrel, a 343-metre container ship,": the ship the name names
            named = thing.head
            for m in st.index.in_span(named.idx, named.idx + len(named.text)):
                return m.canonical
        return thing.lemma_.lower()
    if verb.lemma_.lower() in _GAUGING_VERBS:
        return None  # its subject reports the measure, and its object only names the scale
    changed = _changed_object(verb, anchor)
    if changed is not None:
        return None if changed.pos_ == "PRON" else _thing_named(st, changed)
    if verb.pos_ == "NOUN" and any(t.dep_ == "amod" and t.lemma_.lower() in _NORM_VERBS for t in verb.lefts):
        return "limit"  # "the maximum permitted speed drops to 50 mph", which the model may read as one noun phrase
    subj = subject_of(verb)
    if subj is None and verb.dep_ in ("ccomp", "xcomp", "oprd"):
        # "leaving its train stuck at a height of 38 metres": a verb of a small clause is said of the object
        # of the verb it completes
        subj = next((t for t in kids(verb.head) if t.dep_ == "dobj" and t.i < verb.i), None)
    if (
        subj is None
        and verb.dep_ == "acl"
        and verb.head.pos_ in ("NOUN", "PROPN")
        # (not "after 58 hours trapped 1,200 feet below": a span of time is no thing; but "18 items weighing a
        # combined 214 pounds" are)
        and not (any(t.like_num for t in verb.head.lefts) and _singular(verb.head.lower_) in TIME_UNITS)
    ):
        subj = verb.head  # "the yacht stranded at a depth of 12 metres": the participle is said of its noun
    if subj is None:
        # the model may read "leaving its train stuck at 38 metres" as the participle's clause being the subject
        # of "stuck": the participle's object is still what is stuck
        clause = next((t for t in kids(verb) if t.dep_ == "csubj" and t.tag_ == "VBG"), None)
        subj = next((t for t in kids(clause) if t.dep_ == "dobj"), None) if clause is not None else None
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl" and verb.head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        # "reaching homes that sit just 350 metres from the blast face", "17 miners were in the pit, which was about
        # 45 metres deep": the noun the relative clause hangs on, not the nearest counted one
        subj = verb.head
    elif subj is not None and subj.lower_ == "which":
        subj = _relative_antecedent(subj)  # "the limit, which is 80 mph on the approach"
    elif _who_of_a_person(subj, verb):
        # "said Alexander Kuzmenko, who farms 4,800 hectares near Isilkul": the person the clause is said of (as
        # _subject_entity reads an age's or a span's), so another farmer's 6,200 hectares is no rival
        subj = verb.head
    if subj is None or subj.pos_ == "PRON" or _after_slash(subj):
        return None  # (nor "h" of "winds of 70 km/h gusting to 90 km/h", which the model may take for a subject)
    if any(t.dep_ == "amod" and t.lemma_.lower() in _NORM_VERBS for t in subj.lefts):
        return "limit"  # "the maximum permitted speed is 60 km/h"
    return _thing_named(st, subj)


def _after_slash(tok: Token) -> bool:
    """A word glued after a slash: the second half of a unit ("km/h", "m/s"), or of "and/or", never a thing."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "/" and not tok.doc[tok.i - 1].whitespace_


# How a figure hangs on the noun it is set before: "32" on "metre" on "platform" ("a 32-metre ladder platform"),
# "22cm" on "tall" on "jug" ("a 22cm-tall jug")
_ATTRIBUTIVE_DEPS = frozenset("nummod quantmod compound nmod npadvmod advmod amod".split())


def _stuff_measured(anchor: Token, span: Span) -> Token | None:
    """The noun a measure's unit takes with "of": "20 litres of acid", "40 tonnes (44 tons) of grain", "3 metres of
    snow" measure the acid, the grain, the snow; None when the unit takes none."""
    for unit in (span[-1], anchor.head):
        if unit.pos_ == "NOUN" and _only_a_scale(unit.lemma_.lower()):
            stuff = _of_object(unit)
            if stuff is not None and not _only_a_scale(stuff.lemma_.lower()) and not _when_word(stuff):
                return stuff
    return None


def _noun_of_measure(verb: Token, anchor: Token, span: Span) -> Token | None:
    """The noun a measure is given to with "of": "Police set up a cordon of 500 metres", "a detour of 23km", "a
    queue of about 2 km" measure the cordon, the detour, the queue, not the clause's subject (but "South Australia
    expects a crop of 2.6 million tonnes": a named subject is whose the thing is; nor "a depth of 12 metres" or "a
    rate of 3,800 cubic metres per second", whose noun only names the scale or how the figure is taken)."""
    subj = subject_of(verb)
    if subj is not None and subj.pos_ == "PROPN":
        return None
    unit = next((t for t in (span[-1], anchor, span[-1].head) if t.dep_ == "pobj"), None)
    if unit is None:
        return None
    of = unit.head
    if of.lower_ != "of" or of.head.pos_ != "NOUN" or of.head.i > unit.i:
        return None
    noun = of.head
    word = noun.lemma_.lower()
    if _only_a_scale(word) or word in _AGGREGATE_WORDS:
        return None
    # (nor "a national wheat crop of 24.6 million tonnes", "its crop of ...": a noun scoped by its own words, a
    # possessive or a name, whose scope the parse does not keep; "an available supply of 3,300MW" is the supply's)
    scoped = any(
        t.dep_ == "poss" or t.pos_ == "PROPN" or t.lower_ in _SCOPE_WORDS or t.lower_.replace("-", "") in _WIDE_WORDS
        for t in noun.lefts
    )
    return None if scoped else noun


def _part_of_a_thing(anchor: Token, span: Span) -> bool:
    """A measure of a part of a thing the text has named: its unit takes "of" and a noun with a determiner or a
    possessive ("about 60 acres of the course", "two metres of its wall"), where "20 litres of acid" is the stuff."""
    stuff = _stuff_measured(anchor, span)
    return stuff is not None and any(t.dep_ in ("det", "poss") for t in stuff.lefts)


def _attributive_head(anchor: Token, span: Span) -> Token | None:
    """The noun after a figure that the figure, with its unit and any word of dimension, modifies ("a 32-metre
    aerial ladder platform": platform; "a 2-metre-high wall": wall), else None."""
    tok = anchor
    while tok.dep_ in _ATTRIBUTIVE_DEPS and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        tok = tok.head
    if tok.i < span.end or tok.pos_ not in ("NOUN", "PROPN") or _only_a_scale(tok.lemma_.lower()):
        return None
    if any(t.text == "/" for t in anchor.doc[span.end : tok.i]):
        return None  # "60 km/h", which the model splits: the "h" is the unit's
    return tok


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids(noun))


def _thing_named(st: _State, head: Token) -> str | None:
    """The thing a noun phrase names: the entity it or its apposition names, else its noun with the words that
    classify it ("the flood barrier" -> "flood barrier"), less the words that only name a scale."""
    # (an apposition with "a" describes the thing rather than naming it: "their getaway car, a dark Audi")
    for tok in (*[c for c in kids(head) if c.dep_ == "appos" and not _indefinite(c)], head):
        for m in st.index.in_span(tok.idx, tok.idx + len(tok.text)):
            return m.canonical
    words = [
        _modifier_word(t)
        for t in head.lefts
        if t.dep_ in ("compound", "amod") and not any(d.like_num for d in kids(t))  # (not "car" of "four-car")
    ] + [head.lemma_.lower()]
    return " ".join(w for w in words if not _only_a_scale(w)) or None


def _changed_object(verb: Token, anchor: Token) -> Token | None:
    """The object a transitive verb takes to the measure or moves by it: "police widened the cordon to 400
    metres", "crews raised the barrier by two metres". The measure is the object's, and the subject is who did
    it; "the cordon was widened to 400 metres" measures its subject, as any clause without an object does. An
    object told by a pronoun ("widened it to 400 metres") is returned too: the measure is then of no named thing."""
    top = anchor
    while top.dep_ in ("nummod", "quantmod", "compound") and top.head.i != top.i:
        top = top.head  # "400" of "400 metres"
    prep = top.head
    if top.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("to", "by") or prep.head.i != verb.i:
        return None
    obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or _only_a_scale(obj.lemma_.lower()):
        return None
    return obj


def _modifier_word(tok: Token) -> str:
    """A modifier of a described party as the description keeps it: a name as written ("the California
    patients" -> "California"), so that it is told from a word that classifies ("the measles patients" ->
    "measle"); see identity.other_party."""
    return tok.text if tok.ent_type_ and tok.text[:1].isupper() else tok.lemma_.lower()


def _a_unit(word: str) -> bool:
    """A word of a unit of measure ("litres", "tonnes", "acres"), not of a dimension ("value", "depth")."""
    return _singular(word) in MEASURE_UNITS or word in MEASURE_UNIT_WORDS


# Adjectives that scope a thing to a country, a state or a place ("the national crop", "the state's regional total")
_SCOPE_WORDS = frozenset("national international federal state regional provincial local domestic".split())
# Nouns that say how a figure is taken or name a dimension, not what it measures ("a total of 30 km", "an average of
# 80 km/h", "a low of -24 degrees", "at an elevation of 2,350 m")
_AGGREGATE_WORDS = frozenset(
    "total average sum maximum minimum mean median range distance rate low high peak record elevation altitude width"
    " temperature flow volume capacity area reading estimate forecast".split()
)


def _only_a_scale(word: str) -> bool:
    """A word that names only a scale or a unit, never the thing measured ("magnitude", "metres", "oz" of
    "weighing 212g (7.5oz)", "C." of "about 2 C." ending a sentence)."""
    word = word.rstrip(".")
    return word in _MEASURED_WORDS or _a_unit(word) or word in _WEIGHT_OR_MONEY


# A unit of weight that is also money's, which the unit tables leave to the figure's context ("38 pounds" of a tank,
# "£38" a price): never the thing a weight is of ("lb" is in the tables).
_WEIGHT_OR_MONEY = frozenset({"pound", "pounds"})


_PLACE_PREPOSITIONS = frozenset({"from", "in", "at", "near"})  # "a sewing operator from Kurigram, who ...": a home


def _who_of_a_person(subj: Token | None, verb: Token) -> bool:
    """A relative "who" clause hung on a person: one named ("said Alexander Kuzmenko, who farms 4,800 hectares") or
    one described ("One woman, who has worked there for 17 years"); not a clause the parse hangs on a place ("a
    sewing operator from Kurigram, who was pulled out")."""
    return (
        subj is not None
        and subj.lower_ == "who"
        and verb.dep_ == "relcl"
        and (verb.head.ent_type_ == "PERSON" or _one_person(verb.head))
        and not (verb.head.dep_ == "pobj" and verb.head.head.lower_ in _PLACE_PREPOSITIONS)
    )


def _one_person(noun: Token) -> bool:
    """A common noun in the singular for one person ("One woman", "a retired nurse", "the driver")."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and person_noun(noun.lemma_.lower())


def _person_named(st: _State, tok: Token) -> str | None:
    """The person a token names, or the person named beside the description it heads ("Siobhán Keaveney, a dairy
    farmer"; "a dairy farmer, Siobhán Keaveney")."""
    for t in (tok, *(c for c in kids(tok) if c.dep_ == "appos"), *((tok.head,) if tok.dep_ == "appos" else ())):
        for m in st.index.in_span(t.idx, t.idx + len(t.text)):
            if st.index.labels.get(m.canonical) == "PERSON":
                return m.canonical
    return None


def _parent_named(st: _State, numtok: Token) -> str | None:
    """The person a parent's count of children describes, named right after it ("said mum-of-two Kirsty Fraser",
    "father-of-three Graham Sutherland"), or set beside the parent's noun ("Lorna Bautista, 46, a mother of four"):
    two parents' children are two facts, as two people's herds are. A name right after the parent's noun is a
    person's, whatever the model typed it ("mother-of-five Marites Dumalagan"), as a title's is."""
    doc = st.doc
    k = numtok.i + 1
    names: list[Token] = []
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title and len(names) < 3:
        names.append(doc[k])
        k += 1
    if names:
        for t in names:
            for m in st.index.in_span(t.idx, t.idx + len(t.text)):
                if st.index.labels.get(m.canonical) == "PERSON":
                    return m.canonical
        return " ".join(t.text for t in names)
    parent = numtok.head.head if numtok.dep_ == "pobj" and numtok.head.lower_ == "of" else None
    if parent is not None and parent.dep_ == "appos" and parent.head.pos_ == "PROPN":
        return _person_named(st, parent.head)
    return None


def _count_holder(st: _State, verb: Token, noun: Token | None) -> str | None:
    """The named person whose things a count counts: the person a "who" clause is told of ("Michael Tierney, who
    milks 85 cows"; "Siobhán Keaveney, a dairy farmer who milks 120 cows"), or the owner its noun names ("Tierney's 85
    cows"; "she milked her 120 cows", the named subject of the clause). Two people's herds are two facts; any other
    count is of no one (None)."""
    if noun is not None:
        owner = next((c for c in kids(noun) if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PRON" and owner.lower_ in ("his", "her"):
            subj = subject_of(verb)
            return _person_named(st, subj) if subj is not None and subj.pos_ == "PROPN" else None
        if owner is not None and owner.pos_ == "PROPN":
            return _person_named(st, owner)
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in kids(verb)):
        told_of = verb.head
        if told_of.ent_type_ in ("GPE", "LOC", "FAC") and told_of.dep_ == "pobj":
            told_of = told_of.head.head  # "a farmer from Kilturra who milks 120 cows": no place is a "who"
        return _person_named(st, told_of)
    if noun is not None and (verb.lemma_.lower() in _GETTING_VERBS or _had_with(noun, verb)):
        # "Arowolo-Bankole polled 287,416 votes", "Ige-Moses came third with 38,512 votes": what a named person got,
        # or ended with, is that person's; two candidates' votes are two facts
        subj = subject_of(verb)
        return _person_named(st, subj) if subj is not None and subj.pos_ == "PROPN" else None
    if verb.lemma_.lower() in HOLDING_VERBS:
        # "The Kisaragi plant employs about 5,400 people", "the Skelwick line, which carries about 1.9 million
        # journeys a year": a headcount is its employer's and a carried count its carrier's, named or described
        subj, _ = _clause_subject(verb)  # (through a verb it is joined to: "NSR was nationalised and carries ...")
        passive = any(c.dep_ == "auxpass" for c in kids(verb))  # ("were employed by the council": no holder)
        if subj is not None and not passive and subj.pos_ in ("NOUN", "PROPN"):
            return _thing_named(st, subj)
    return None


# Unit nouns, the closed class that counts a mass noun by its pieces ("pieces of machinery", "items of clothing")
_UNIT_NOUNS = frozenset({"piece", "unit", "item", "article"})

# Verbs of getting (FrameNet Getting, Receiving): their subject is who has what they count
_GETTING_VERBS = frozenset("poll receive get win secure garner obtain gain collect".split())


def _had_with(noun: Token, verb: Token) -> bool:
    """The counted noun is in a "with" phrase on the verb: "won with 287,416 votes", "finished second with 14"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.i == verb.i


def _other_clauses(verb: Token) -> list[tuple[int, int]]:
    """The character spans of the clauses of ``verb``'s sentence that have a subject of their own and do not hold
    ``verb`` (a "while" clause after it, another clause joined to it), but not a clause ``verb`` stands in (the "said"
    of "It has set aside €18 million, the company said")."""
    above = {t.i for t in verb.ancestors}
    out: list[tuple[int, int]] = []
    for t in verb.sent:
        if t.i == verb.i or t.i in above or t.pos_ not in ("VERB", "AUX") or t.dep_ == "ROOT":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(t)):
            left, right = t.left_edge, t.right_edge
            out.append((left.idx, right.idx + len(right.text)))
    return out


def _subject_entity(st: _State, verb: Token, amount: Token, stuff: bool = False) -> str | None:
    """Whom an amount is about: the named subject of its clause ("Graham Pellow ... was jailed for seven
    years"); a bare surname shared by two people stays as written, so it never matches either of them.
    In a gapped clause ("... for seven years and his nephew Liam Pellow for four years") an amount after a
    noun conjunct of the verb belongs to that conjunct."""
    if verb.lemma_.lower() in _GAUGING_VERBS:
        # "The USGS put the magnitude at 7.7", "officials estimated the damage at $5m": the subject reports the
        # amount; it is about the object, unless the object only names what is measured ("the magnitude")
        obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in _RECKONING_WORDS:
            # "put its early estimate of the damage at $46 million": the estimate is of the damage, which another
            # outlet puts at a figure itself
            of = next((c for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in kids(of) if c.dep_ == "pobj"), None) if of is not None else None
        if (
            obj is None
            or obj.i == amount.i
            or obj.lemma_.lower() in _MEASURED_WORDS
            or obj.like_num
            or obj.pos_ == "PRON"
        ):
            # (nor "would give ₱200,000", whose sign the parse takes for a noun, its figure the object; nor "give
            # Sh100,000", the amount one token; nor "estimate it at", whose "it" stands for a thing named before)
            return None
        for m in st.index.in_span(obj.idx, obj.idx + len(obj.text)):
            return m.canonical
        words = [_modifier_word(t) for t in obj.lefts if t.dep_ in ("compound", "amod")]
        return " ".join([*words, obj.lemma_.lower()])
    gapped = [c for c in kids(verb) if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i < amount.i]
    # "The judge jailed Graham Pellow for eight years": a named direct object is whom the amount is about.
    named_object = next(
        (c for c in kids(verb) if c.dep_ == "dobj" and st.index.in_span(c.idx, c.idx + len(c.text))), None
    )
    subj = gapped[-1] if gapped else named_object or subject_of(verb)
    if subj is None and verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
        subj = subject_of(verb.head)  # "Tesfaye pulled away in the final mile to win in 2:24:09": hers
    elif subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        subj = verb.head  # "an operation lasting five hours": the noun a participle qualifies does what it says
    elif _who_of_a_person(subj, verb):
        # "a duel with Ruth Chebet, who was 34 seconds back in 2:24:43": the person named before (not "a sewing
        # operator from Kurigram, who was pulled out", where the parse hangs the clause on a place); "One woman,
        # who has worked there for 17 years": the one person described, whom no other outlet's named person is
        subj = verb.head
    elif (
        subj is not None
        and subj.lower_ in ("which", "that")
        and verb.dep_ == "relcl"
        and verb.head.pos_ == "NOUN"
        and verb.head.i != amount.i
    ):
        # "the outage, which cut services to millions for almost 12 hours": the thing the clause is on, not the one
        # name its sentence holds ("..., the regulator said")
        subj = verb.head
    if subj is not None and (subj.i == amount.i or subj.lower_ in _PERCENT_WORDS):
        return None  # "85 per cent of members backed a strike": the subject is the amount itself
    if subj is not None and _CLOCK_WORD.match(subj.lower_) and any(ch.isdigit() for ch in subj.text):
        # "13:05 - According to a source, the man is demanding a ransom of €20,000": a live blog's stamp the parse
        # makes the subject is when the entry was written, no one the amount is about
        subj = None
    if stuff:
        subj = _stuff_of(subj)  # "the 36,000 litres of petrol on board was worth Sh3.6 million": the petrol
    if subj is not None and any(c.dep_ == "conj" for c in kids(subj)):
        return None  # "two French workers, a Belgian and a Malian walked free after 153 days": all of them, not one
    if subj is None or subj.pos_ == "PRON":
        # No usable subject: the sentence's one named person or organisation, if it has exactly one.
        sent = _sentence_of(st, verb.idx)
        # (not a name in another clause with a subject of its own: "It has set aside €18 million, while analysts at
        # Mainbank Research estimate the total cost": the analysts' clause is theirs)
        others = _other_clauses(verb)
        # (nor a word of the amount itself: "a gap of NOK 186 million", whose code the model may take for a name)
        own = (amount.left_edge.idx, amount.right_edge.idx + len(amount.right_edge.text))
        named = {
            m.canonical
            for m in st.index.in_span(sent[0], sent[1])
            if not _overlaps(m.start, m.end, st.unread)
            and st.index.labels.get(m.canonical) not in _PLACE_LABELS
            and not _overlaps(m.start, m.end, [*others, own])
        }  # (a place is where, not whom: "wins in the North East", "the US dollar")
        return named.pop() if len(named) == 1 else None  # (never the "TACOMA, Wash." of a date line)
    for tok in (*[c for c in kids(subj) if c.dep_ == "appos"], subj):  # "His nephew, Liam Pellow, ..."
        for m in st.index.in_span(tok.idx, tok.idx + len(tok.text)):
            return m.canonical
    if subj.lemma_.lower() in _HOLDINGS:
        # "Heltberg shares closed 7.4% lower", "Heltberg's shares fell 4.7%", "Shares in Banco do Vale Paulista fell
        # 4.3%": a company's shares are the company's, however the outlet ties its name to them
        for c in kids(subj):
            owner = next((p for p in kids(c) if p.dep_ == "pobj"), None) if c.dep_ == "prep" else c
            if owner is None or c.dep_ not in ("poss", "compound", "prep") or (c.dep_ == "prep" and c.lower_ != "in"):
                continue
            # (whatever label the model gives the name: "Banco do Vale Paulista" may be read as a place)
            for m in st.index.in_span(owner.left_edge.idx, owner.idx + len(owner.text)):
                return m.canonical
    if subj.pos_ == "PROPN" and not (
        subj.is_sent_start and not subj.ent_type_ and (subj.tag_ != "NNP" or _plural_of_noun(subj.lower_))
    ):
        # (but "Councillors have voted", "Jurors found Tessaline 90 percent at fault": a plural the model took for a
        # name as it opens a sentence)
        return subj.text
    # "A man who led a gang ... was jailed": a described party is still a party, distinct from a named one.
    words = [_modifier_word(t) for t in subj.lefts if t.dep_ in ("compound", "amod")]
    # ("Thieves have stolen ...": a plural opening a sentence that the model took for a name is still the noun's)
    head = subj.lemma_.lower() if subj.pos_ != "PROPN" else noun_lemma(subj.lower_) or _singular(subj.lower_)
    return " ".join([*words, head])


# Nouns of a holding in a company, whose owner is the company named with them (_subject_entity)
_HOLDINGS = frozenset({"share", "stock"})


def _quake_magnitude(written: str, q: Quantity, counted: str) -> bool:
    """A figure read as a count of earthquakes that can only be a magnitude: written with a decimal point, between
    1 and 10, of a noun WordNet makes an earthquake ("quake", "tremor", "aftershock", "temblor")."""
    return (
        q.is_point
        and q.value is not None
        and 1 <= q.value < 10
        and re.search(r"\d\.\d", written) is not None
        and kind_of(counted, "earthquake")
    )


def _plural_of_noun(word: str) -> bool:
    """Is a lowercase word the plural of a noun of the lexicon ("jurors", "thieves")? A name is not."""
    lemma = noun_lemma(word)
    return lemma is not None and lemma != word


_A_AN = frozenset({"a", "an"})


def _age_noun(anchor: Token) -> Token:
    """The noun an "N-year-old" phrase describes: "20" -> "year" -> "old" -> the noun."""
    noun = anchor
    for _ in range(4):
        if noun.dep_ not in ("nummod", "npadvmod", "amod", "punct", "compound") or noun.head is noun:
            break
        noun = noun.head
    if noun.dep_ == "poss" and noun.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in _A_AN for c in kids(noun)):
        # "a 45-year-old children's doctor": "a" picks out no plural, so the phrase is the doctor's, and the age his
        noun = noun.head
    return noun


def _told_age_of(tok: Token) -> Token | None:
    """The noun a predicative "N years old" is told of: the copula's subject ("the bull was 45 years old"), or the
    noun a participle hangs on ("a lone bull estimated to be about 45 years old", "a bull, estimated at around 45
    years old"), or a relative clause ("Kabelo Segokgo, who was 54 years old"); None for a pronoun or anything
    else."""
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX"):
            subject = next((c for c in kids(cur) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ == "who" and cur.dep_ == "relcl":
                subject = cur.head  # "Kabelo Segokgo, who was 54 years old"
            if subject is not None:
                return subject if subject.pos_ in ("NOUN", "PROPN") else None
            if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN"):
                return cur.head
        if cur.head is cur:
            break
        cur = cur.head
    return None


def _age_class(anchor: Token) -> bool:
    """An age hyphened to a plural noun that nothing picks out ("18-year-old applicants", "most 16-year-old
    drivers"): a class of people by their age; "two 17-year-old boys" and "the 25-year-old twins" are people."""
    noun = _age_noun(anchor)
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN":
        return False
    return not any(
        c.dep_ in ("nummod", "poss") or (c.dep_ == "det" and c.lower_ in _PICKING_DETS) for c in kids(noun)
    )


_PICKING_DETS = frozenset({"the", "these", "those", "this", "that", "both", "two", "three"})


def _age_compound(st: _State, sent: Span, a: int, b: int, q: Quantity, anchor: Token) -> tuple[Claim, Token | None]:
    """ "the 25-year-old Jack Taylor" / "Taylor, a 25-year-old chef" / "the 20-year-old striker Mateo Ruiz": the
    age is the person's the phrase describes; "the 30-year-old mother of Ann Reed" is nobody named."""
    about = None
    person = _age_noun(anchor)
    if person.pos_ not in ("NOUN", "PROPN") and (told := _told_age_of(person)) is not None:
        person = told  # "a lone bull estimated to be about 45 years old": the bull's age
    described = person
    while person.dep_ in ("compound", "appos") and person.head is not person and person.head.pos_ == "PROPN":
        person = person.head  # "the 20-year-old striker Mateo Ruiz", "Taylor, a 25-year-old chef"
    # a name the age's noun is set beside is a person's when that noun is ("Sanne de Vries, a 22-year-old
    # student", whatever label the model gave the name)
    as_person = described is not person and described.pos_ == "NOUN" and person_noun(described.lemma_.lower())
    for m in st.index.in_span(person.idx, person.idx + len(person.text)):  # the described noun itself is a name
        if as_person or st.index.labels.get(m.canonical) == "PERSON":
            about = m.canonical
            break
    if about is None and person.pos_ == "NOUN":
        # "A three-year-old girl, Neema Wanjiku, was pulled alive": the name set beside the described person
        for ap in kids(person):
            if ap.dep_ == "appos" and ap.pos_ == "PROPN":
                found = [
                    m.canonical
                    for m in st.index.in_span(ap.idx, ap.idx + len(ap.text))
                    if st.index.labels.get(m.canonical) == "PERSON"
                ]
                if found:
                    about = found[0]
                    break
        if about is None and person.i + 2 < len(person.doc) and person.doc[person.i + 1].text == ",":
            # "found by a 56-year-old farmer, Gwen Ashdown, on the track": the name set off right after the noun,
            # however the parse hangs it
            # (set off on both sides: in "a 9-year-old boy, Oyler said," the name says who told it)
            after = person.doc[person.i + 2]
            text = st.article.text
            about = next(
                (
                    m.canonical
                    for m in st.index.in_span(after.idx, after.idx + len(after.text))
                    if m.start == after.idx
                    and st.index.labels.get(m.canonical) == "PERSON"
                    and text[m.end : m.end + 1] in (",", ";", ".", ")")
                ),
                None,
            )
    # ("Chaurasiya, a 41-year-old coaching centre owner": the noun the age describes, beside the name it is set by)
    role = _role_of(anchor, described if described.pos_ == "NOUN" else person)
    if role is None and described.pos_ == "NOUN" and described.i < anchor.i:
        role = _role_words(described)  # "the bull ... was about 45 years old": told of the noun before it
    roles = (role,) if role else ()
    if about is None and (set_by := _described_role(described)) is not None and set_by != role:
        # (both: "the first patient, a seven-year-old girl" is the girl another outlet's "eight-year-old girl" is)
        roles = (*roles, set_by)
    claim = _claim(
        st,
        "age",
        a,
        b,
        sent,
        q,
        about=about,
        counted="age",
        anchor=anchor,
        entities=(about,) if about else (),
        modifiers=roles,
        hedges=_then_age(st, a),
    )
    st.claims.append(claim)
    return claim, None


def _role_of(age: Token, person: Token) -> str | None:
    """The common noun an age phrase describes a person by ("the 53-year-old driver", "the 20-year-old striker
    Mateo Ruiz"), with a noun before it ("the 45-year-old lorry driver"): who the person is in the story."""
    noun = person if person.pos_ == "NOUN" else next(
        (t for t in kids(person) if t.dep_ == "compound" and t.pos_ == "NOUN" and t.i > age.i), None
    )
    if noun is None or noun.i < age.i:
        return None
    return _role_words(noun)


def _described_role(described: Token) -> str | None:
    """The role a person described only by sex, age or nationality holds, from the noun the description is set
    beside: "The captain, a 54-year-old man," and "the ship's captain, a 52-year-old Ukrainian," are the captain's
    ages; so is "the driver of a delivery van, a 52-year-old man", which the parse sets beside the van (the person
    noun the of-phrase hangs from), and the description set off by a comma right after the noun however the parse
    hangs it. Not "his father, a 60-year-old man", whose role is to another person."""
    if not (described.lemma_.lower() in ANYONE or described.pos_ == "PROPN"):
        return None
    first = described.left_edge
    if described.dep_ == "appos":
        held = described.head
    elif (
        first.i >= 2
        and described.doc[first.i - 1].text == ","
        and first.lower_ in ("a", "an")
        and described.doc[first.i - 2].head == described.head  # (not "Speaking to reporters, a 30-year-old woman")
    ):
        held = described.doc[first.i - 2]
    else:
        return None
    if held.dep_ == "pobj" and held.head.lower_ == "of" and not person_noun(held.lemma_.lower()):
        held = held.head.head
    if held.pos_ not in ("NOUN", "PROPN") or not held.is_lower or held.tag_ not in ("NN", "NNP") or _possessed(held):
        return None
    if not any(d.dep_ == "poss" or d.lower_ == "the" for d in kids(held)):
        return None  # "a third suspect, a 41-year-old woman": one of several, which the age alone tells apart
    return _role_words(held) if person_noun(held.lemma_.lower()) else None


def _role_words(noun: Token) -> str:
    before = [t.lower_ for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"]
    return " ".join([*before, noun.lemma_.lower()])


def _person_noun_before(doc: Doc, start: int) -> bool:
    """Whether a name is written after a common noun of a person, as a role or a description ("newcomer Ines
    Okafor", "nurse Claire Dumont"): the name is a person's, whatever the model typed it."""
    first = _token_at(doc, start)
    return first is not None and first.i > 0 and doc[first.i - 1].is_lower and title_noun(doc[first.i - 1])


def _named_role(st: _State, start: int, end: int) -> str | None:
    """The role a name is given beside it: "The driver, Nikos Papadakis, 58" (the name in apposition to a common
    noun) or "coach driver Nikos Papadakis" (a common noun before the name)."""
    first = _token_at(st.doc, start)
    if first is None:
        return None
    last = first.i
    while last + 1 < len(st.doc) and st.doc[last + 1].idx < end:
        last += 1
    head = next((t for t in st.doc[first.i : last + 1] if not first.i <= t.head.i <= last), st.doc[last])
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        return None if _possessed(head.head) else _role_words(head.head)
    if _possessed(head):
        return None  # "her colleague Julien Roche", "his driver Tom Hale": who the person is to another, no role
    before = [
        t
        for t in kids(head)
        if t.dep_ == "compound"
        and t.i < first.i
        and (t.pos_ == "NOUN" or (t.pos_ in ("PROPN", "ADJ") and title_noun(t)))
    ]  # "coach driver Nikos Papadakis"; "Boss Gary Hinds", "nurse Claire Dumont", however the tagger took the noun
    return _role_words(before[-1]) if before and not _possessed(before[-1]) else None


def _possessed(noun: Token) -> bool:
    """ "her colleague", "his sister", "Claes's wife": the noun says who a person is to another person (a company's
    "its chief executive" is a role in it)."""
    return any(t.dep_ == "poss" and (t.lower_ in _PERSONAL_POSS or t.ent_type_ == "PERSON") for t in kids(noun))


_PERSONAL_POSS = frozenset("his her my your our".split())


# Words for a part of a group of no stated size: "most of the 157 whales", "many of the 2,000 workers".
_VAGUE_PARTS = frozenset("most many some few several majority minority rest remainder bulk dozens scores".split())


def _whole_of_a_vague_part(noun: Token) -> bool:
    """A counted noun that is the definite group a part is taken of, when the part is of no stated size ("most of
    the 157 whales", "many of its 2,000 workers") or is told in its own clause after an opening "Of the N"
    ("Of the 157 whales that came ashore, 111 died"); not "some of 157 whales", nor "all of the 40", which
    counts them all."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "among"):
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "any") for c in kids(noun)):
        return False
    prep, part = noun.head, noun.head.head
    if part.i < noun.i:
        return prep.lower_ == "of" and part.lower_ in _VAGUE_PARTS
    return prep.i == prep.sent.start and part.pos_ in ("VERB", "AUX")  # the whole that opens the sentence


def _whole_claim(st: _State, sent: Span, part: Claim, noun: Token, whole: int | float) -> None:
    """ "16 of the 17 officers" also says there were 17 officers: a claim of its own, derived from the part."""
    text = st.article.text
    seg_end = noun.idx + len(noun.text)
    num_tok = next((c for c in kids(noun) if c.dep_ == "nummod" and c.i < noun.i), None)
    value = Quantity.exact(whole)
    if num_tok is not None:
        words = _number_words(num_tok)
        i, w_end = words.start_char, words.end_char
        # "318 of the ship's nearly 3,000 passengers": the whole keeps the words that make it approximate or a
        # bound, as "nearly 3,000 passengers" alone would
        hedge = [c for c in kids(num_tok) if c.i < num_tok.i and c.dep_ in ("advmod", "amod", "quantmod")]
        if hedge and (told := parse_quantity(text[hedge[0].left_edge.idx : w_end], st.comma)) is not None:
            hedged = (told.approximate or told.value is None) and told.whole is None  # (not "all 14": a part)
            if hedged and told.low is not None and told.low <= whole and (told.high is None or whole <= told.high):
                value, i = told, hedge[0].left_edge.idx
    else:
        w = str(num(whole))
        i = text.find(w, part.start, seg_end)
        w_end = i + len(w)
    if i < 0:
        return
    a, b = i, seg_end
    st.taken.append((i, w_end))  # the whole's own number is this claim, not a count of its own
    pred = " ".join(_lemmas(c) for c in kids(noun) if c.dep_ in ("acl", "relcl")) or None
    measure = _own_measure(noun)  # "one of eight staff on duty": employed, as "eight staff" alone would say
    st.claims.append(
        _claim(
            st,
            "count",
            a,
            b,
            sent,
            value,
            counted=noun.lemma_.lower(),
            modifiers=_modifiers(noun),
            predicate=pred,
            measure=measure,
            derived_from=part.id,
            tense=part.tense,
            anchor=noun,
        )
    )


def _millions_of_living(st: _State, end: int, q: Quantity) -> Quantity:
    """ "the 9m turkeys", "2.5m people": a glued "m" before a plural noun of people or of living things is
    millions, never metres, as no one counts people in lengths (a length before a noun is its size, "a 9m
    wall"); the amount is then a count. Any other "m" is left to the number reader (metres)."""
    text = st.article.text
    if q.unit != "m" or end < 2 or text[end - 1] != "m" or not text[end - 2].isdigit():
        return q
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    tok = _token_of(st, k) if k > end else None
    if (
        (tok is None or tok.tag_ != "NNS" or not _living(tok.lemma_.lower()))
        and not _counted_by_label(st, end)
        and not _size_of_a_group(st, end)
    ):
        return q

    def scaled(x: Number | None) -> Number | None:
        return None if x is None else num(x * 1_000_000)

    return replace(q, value=scaled(q.value), low=scaled(q.low), high=scaled(q.high), unit=None)


def _counted_by_label(st: _State, end: int) -> bool:
    """ "Customers affected (company): 6.8m", "Visitors last year: 4.2m", "Total population: 21.4m": a fact box line
    whose figure ends it and whose label opens with a plural noun of people or living things, or a group of people
    (_line_label), counts them, in millions, as _millions_of_living reads "2.5m people" (a length's label names no
    living things: "Tower height: 212 m", "Waves: 9m")."""
    text = st.article.text
    if not text[end : end + 2].strip(" \t.;").startswith("\n") and text[end:].strip(" \t.;"):
        return False
    figure = _LABELLED_MILLIONS.search(text, max(0, end - 24), end)
    tok = _token_of(st, figure.start()) if figure is not None else None
    if tok is None or tok.i < 1 or not _a_colon(tok):
        return False
    noun = _line_label(st.doc, tok.i)  # (the plural or the group of people the line's label opens with)
    if noun is None or noun.ent_type_:
        return False
    lemma = noun.lemma_.lower()
    return _living(lemma) or _group_of_people(lemma)


def _size_of_a_group(st: _State, end: int) -> bool:
    """ "Malawi's population has risen to 21.4m, up from 17.6m", "a workforce of 1.2m": a glued "m" that says how
    large a body of people is, the subject of a verb of amount or the noun it is "of", is millions (no population
    or crowd is measured in metres)."""
    figure = _token_of(st, end - 1)
    if figure is None:
        return False
    group: Token | None = None
    tok = figure.head
    if figure.dep_ == "pobj" and tok.lower_ == "of" and tok.head.pos_ == "NOUN":
        group = tok.head  # "a population of 21.4m"
    for _ in range(3):  # up to the verb, through the figure's prepositions and adverbs ("risen to", "up from")
        if tok.pos_ in ("VERB", "AUX") or tok.pos_ not in ("ADP", "ADV") or tok.head.i == tok.i:
            break
        tok = tok.head
    if group is None and tok.lemma_.lower() in _SIZE_VERBS:
        group = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif group is None and tok.lemma_.lower() in _RECKONED:
        # "the crowd was put at 1.1m", "police estimated the crowd at 1.1m": what is reckoned, not who reckons
        group = next((c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")), None)
    # (any group, not only _group_of_people's: "a membership of 1.3m", "a herd of 1.2m"; no group is measured in metres)
    return group is not None and group.pos_ == "NOUN" and kind_of(group.lemma_.lower(), "group", senses=1)


_RECKONED = frozenset("estimate put count reckon".split())
# The verbs that say how large something is or has become ("the population stood at", "rose to", "was")
_SIZE_VERBS = frozenset(
    "be stand rise grow fall drop reach increase decrease decline top exceed total number hit".split()
)
_LABELLED_MILLIONS = re.compile(r":[ \t]*~?\d[\d,]*(?:\.\d+)?m\Z")


def _living(lemma: str) -> bool:
    from ..reconcile.related import kind_of

    # (its first sense, however far below "organism" WordNet puts it: a hen is a chicken, a fowl, a bird, ...)
    return lemma in ("people", "person") or kind_of(lemma, "organism", senses=1, steps=12)


def _number_words(tok: Token) -> Span:
    """The whole number a number token ends: "nine million" of "million" (the parse hangs "nine" on it), "2.5
    billion"; the token alone when no number word leads into it."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].like_num and tok.doc[start - 1].head.i in range(start, tok.i + 1):
        start -= 1
    end = tok.i + 1
    if end < len(tok.doc) and tok.doc[end].lower_ in _SCALE_AFTER:
        end += 1  # "of the 72 lakh tickets", parsed with "lakh" a modifier of the noun: the whole is 72 lakh
    return tok.doc[start:end]


_SCALE_AFTER = frozenset(
    "hundred thousand million billion trillion lakh lakhs lac lacs crore crores".split()
)


def _own_measure(noun: Token) -> str | None:
    """What befell a counted noun's things as its own words say it, its modifiers and clauses ("the 12 people
    killed"), else what the noun names ("eight staff": employed)."""
    return next(
        (m for c in kids(noun) if c.dep_ in ("amod", "acl", "relcl") and (m := predicate_measure(c)) is not None),
        None,
    ) or noun_measure(noun)


def _listed_parts(st: _State, made: list[tuple[Claim, Token | None]]) -> None:
    """ "Seventeen were taken to hospital, three crew members and 14 passengers": a list of counts after a count of
    what befell people, that adds up to it exactly, names its parts, however the parse hangs the list (see
    _listed_whole for a list it reads as the count's apposition). Each is then a part of that whole, of its measure.
    A whole of no measure is left alone: "carried 301 people, 287 passengers and 14 crew" lists all of each."""
    if len(made) < 3:
        return  # a whole and two parts at the least: most sentences make fewer figures, and need no lists built
    counts = [
        (c, n)
        for c, n in made
        if c.kind == "count" and isinstance(c.value, Quantity) and c.value.is_point and c.value.value is not None
    ]
    for k, (whole, _) in enumerate(counts):
        if whole.measure is None or whole.partitive:
            continue
        listed = [
            (c, n)
            for c, n in counts[k + 1 :]
            if n is not None and not c.partitive and c.measure in (None, whole.measure)
        ]
        if len(listed) < 2 or listed[0][1] is None:
            continue
        first = listed[0][1]
        joined = {first.i, *(x.i for x in first.conjuncts)}  # the list's nouns, however the parse chains them
        chain = [listed[0][0]]
        for c, n in listed[1:]:
            if n is None or n.dep_ != "conj" or n.i not in joined:
                break
            chain.append(c)
        total = sum(c.value.value for c in chain)  # type: ignore[union-attr,misc]
        if len(chain) < 2 or total != whole.value.value:  # type: ignore[union-attr]
            continue
        ids = {c.id for c in chain}
        for i, c in enumerate(st.claims):
            if c.id in ids and isinstance(c.value, Quantity):
                st.claims[i] = replace(
                    c,
                    value=replace(c.value, whole=whole.value.value),  # type: ignore[union-attr]
                    partitive=True,
                    measure=whole.measure,
                    inferred=c.inferred or "whole taken from the count the list adds up to",
                )
        return


def _sums(st: _State, sent: Span, made: list[tuple[Claim, Token | None]]) -> None:
    """ "Five Metropolitan Police officers and three former officers" also says eight officers in all, and "4 boys,
    5 boys and 6 boys" fifteen: counts of one noun joined in a list (each noun a conj of the one before it, or all
    of the first) add up, and each is then a part of that total, like "five of the eight"."""
    if len(made) < 2:
        return  # two counts at the least: most sentences make fewer, and need no noun's conjuncts read
    counts = {
        n.i: c
        for c, n in made
        if n is not None and c.kind == "count" and isinstance(c.value, Quantity) and c.value.value is not None
    }
    in_list: set[int] = set()
    for first, c1 in counts.items():
        if first in in_list:
            continue
        noun = st.doc[first]
        members = [c1]
        for n in noun.conjuncts:  # the list's other nouns, in order, however the parse chains them
            if n.i < first:
                continue  # (a list's first noun, when it has no number of its own)
            c = counts.get(n.i)
            if c is None or n.lemma_ != noun.lemma_ or n.dep_ != "conj":
                break  # the list of this noun's counts ends where another thing is listed
            if any(members[-1].start < o.start < c.start for o in counts.values()):
                # "five workers - three NEGC employees and two contract workers": a count of another noun between
                # the two says the second is no further part of one list but a part of a breakdown of the first
                break
            members.append(c)
            in_list.add(n.i)
            last = n
        if len(members) < 2 or any(c.partitive for c in members):
            continue
        if any(c.value.approximate for c in members):  # type: ignore[union-attr]
            continue  # "1,240 permanent jobs and about 3,100 construction jobs": no exact total
        values = [c.value.value for c in members]  # type: ignore[union-attr]
        total = num(sum(values))  # type: ignore[arg-type]
        st.claims.append(
            _claim(
                st,
                "count",
                c1.start,
                last.idx + len(last.text),
                sent,
                Quantity.exact(total),
                counted=c1.counted,
                modifiers=tuple(m for m in c1.modifiers if all(m in c.modifiers for c in members[1:])),
                predicate=c1.predicate,
                derived_from=c1.id,
                hedges=c1.hedges,
                tense=c1.tense,
                anchor=noun,
                inferred=f"the sum of {', '.join(str(v) for v in values[:-1])} and {values[-1]}",
            )
        )
        parts = {c.id for c in members}
        for i, part in enumerate(st.claims):
            q = part.value
            if part.id in parts and isinstance(q, Quantity):
                st.claims[i] = replace(part, value=replace(q, whole=total), partitive=True)


# -- ordinals that state a figure -------------------------------------------------------------------------

# (RANK, what an ordinal position counts, and PLACES_IN_A_SERIES, the nouns of a place in a numbered series, are in
# types.py)
_DASH_TOKENS = frozenset({"-", "–", "—"})
# Adjectives that make an ordinal unit of time a run: "the fifth straight day", "a third consecutive week".
# Verbs whose ordinal complement is a place in a contest's final order: "finished 14th", "came third".
_FINISHING_VERBS = frozenset("finish come place end rank".split())
_UNBROKEN = frozenset("straight consecutive successive running".split())
# Verbs of moving in an order, whose "to" and a bare ordinal is the place reached: "rose to 21st", "slipped to fifth".
_RANK_MOVES = frozenset("rise fall climb drop slip slide move jump tumble plunge sink".split())
# The superlatives of an amount: "the most trips" is "the highest number of trips", "the fewest" "the lowest".
_AMOUNT_SUPERLATIVES = {"high": "most", "great": "most", "low": "least", "few": "least", "little": "least"}


def _ordinal_claim(st: _State, sent: Span, a: int, b: int, q: Quantity, indefinite: bool = False) -> Claim | None:
    """An ordinal that states a checkable figure. Most ordinals only put things in order ("the first time", "a
    second referendum", "the seventh victim's body") and are no claim. Five constructions state a figure:

    - a rank, an ordinal before a superlative: "the second busiest day", "Mozambique's 4th largest city", "the
      second most trips" -> a count of "rank", measured by the superlative ("busy", "large", "most"), with
      what it ranks as modifiers;
    - a place in a numbered series of office holders or events, an ordinal noun "of" a name: "the 45th
      president of the United States", "71st Governor of Virginia" -> a count of "rank", measured by the
      title, with the series as modifiers;
    - a time reached, an ordinal unit of time that something possesses, that is one more of its kind, or that
      is unbroken: "the jury was in its third day of deliberations", "the strike entered its second week",
      "protests continued for a third day", "for the fifth straight day" -> a duration of more than N - 1 and
      at most N units;
    - a place in a numbered series, an ordinal before a word of one (PLACES_IN_A_SERIES: "on the seventh floor",
      "the 41st edition", "in 14th place") or after a verb of finishing ("finished 14th", "came third") or of
      moving in an order and "to" ("rose to 21st", "slipped to fifth") -> a count of "rank", measured by the
      series, about its clause's subject;
    - a place among all who have done a thing, an ordinal before a noun and an infinitive ("the sixth person to
      complete a three-way crossing", "the fifth woman ever to win") -> a count of "rank", measured by the verb.

    ("A sixth life", "an eighth body", the tally reached, is read as a count by the caller.) "first" states no
    place in a series or time reached: "the first lady of Virginia", "in its first week" mark a beginning."""
    doc = st.doc
    span = doc.char_span(a, b, alignment_mode="expand")
    n = q.value
    if span is None or not len(span) or not isinstance(n, int):
        return None
    last = span[-1]
    k = span.end + 1 if span.end < len(doc) and doc[span.end].text in _DASH_TOKENS else span.end
    sup = doc[k] if k < len(doc) else None
    if sup is not None and (sup.tag_ in ("JJS", "RBS") or sup.lower_ in ("most", "least")):
        noun = next((t for t in (sup.head, last.head) if t.pos_ in ("NOUN", "PROPN") and t.i > sup.i), None)
        while noun is not None and noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
            noun = noun.head  # "the third highest rainfall total" ranks totals
        scale = sup.lemma_.lower()
        mods = [scale]
        if noun is not None:
            mods += [m for m in _modifiers(noun) if m not in mods] + [noun.lemma_.lower()]
        # What the rank is by is its identity: the second deadliest is not the second largest. "The most
        # trips" is "the highest number of trips": an amount's superlatives are one scale.
        measure = _AMOUNT_SUPERLATIVES.get(scale, scale)
        return _ordinal_made(
            st, sent, a, b, "count", q, noun or sup, counted=RANK, modifiers=tuple(mods), measure=measure
        )
    verb = last.head
    if (
        last.dep_ in ("advmod", "npadvmod", "acomp", "oprd", "dobj")
        and verb.pos_ in ("VERB", "AUX")
        and verb.i < last.i
        and verb.lemma_.lower() in _FINISHING_VERBS
    ):
        # "Rovers finished 14th", "she came third", "placed second": a place in a contest's final order
        return _ordinal_made(
            st, sent, a, b, "count", q, verb, placed=True, counted=RANK, modifiers=("place",), measure="place"
        )
    prep = last.head
    if (
        n >= 2
        and last.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in _RANK_MOVES
    ):
        # "the school rose to 21st", "slipped to 22nd in the table": a place in an order reached by moving in it
        return _ordinal_made(
            st, sent, a, b, "count", q, prep.head, placed=True, counted=RANK, modifiers=("place",), measure="place"
        )
    first_to = _first_to_do(last)
    if n >= 2 and first_to is not None:
        # "only the sixth person to complete a three-way crossing", "the fifth woman ever to win the title": a place
        # in the series of all who have done it, which outlets count and may count differently
        noun, done = first_to
        return _ordinal_made(
            st,
            sent,
            a,
            b,
            "count",
            q,
            noun,
            placed=True,
            counted=RANK,
            modifiers=(noun.lemma_.lower(), done.lemma_.lower()),
            measure=done.lemma_.lower(),
        )
    since = _counted_since(st, span, k) if n >= 2 else None
    if since is not None:
        # "the eighth mass bleaching event since 1998", "for the seventh time since 1998", "the sixth since 2016":
        # how many times it has happened since then, which outlets count and may count differently
        words, start = since
        return _ordinal_made(
            st, sent, a, b, "count", q, last.head if last.head.i > last.i else last,
            counted=OCCURRENCE, modifiers=words, measure=f"since {start}",
        )
    after = doc[k] if k < len(doc) else None
    place = PLACES_IN_A_SERIES.get(after.lower_) if after is not None and n >= 2 else None
    if place is not None and after is not None:
        # "the fire started on the seventh floor", "a seventh-floor flat", "in the third round of talks", "the 23rd
        # running" (which the parse may read as a verb): a place in a numbered series of its own, which outlets
        # may give differently
        return _ordinal_made(
            st, sent, a, b, "count", q, after, placed=True, counted=RANK, modifiers=(place,), measure=place
        )
    noun = last.head
    if (
        n < 2
        or noun.pos_ not in ("NOUN", "PROPN")
        or noun.i <= last.i
        or last.dep_ not in ("amod", "nummod", "compound")
    ):
        return None
    unit = noun.lemma_.lower()
    if unit in TIME_UNITS:
        owner = next((c for c in kids(noun) if c.dep_ == "poss"), None)
        unbroken = any(c.dep_ == "amod" and c.lower_ in _UNBROKEN for c in kids(noun)) or _in_a_row(noun)
        if owner is None and not indefinite and not unbroken:
            return None  # "on the third day of the trial" says when, not how long
        # what lasted: "of deliberations", "the strike's", what "its" stands for; else, like "for three days", the unit
        what = _of_object(noun)
        if what is None and owner is not None:
            what = owner if owner.pos_ in ("NOUN", "PROPN") else _owner_of_its(noun)
        reached = Quantity(n, n - 1, n, low_inclusive=False, approximate=True, unit=unit)
        return _ordinal_made(st, sent, a, b, "duration", reached, noun, counted=what.lemma_.lower() if what else unit)
    series = _of_object(noun)
    if series is None or series.pos_ != "PROPN":
        return None
    named = (unit, *(t.lemma_.lower() for t in series.subtree if t.pos_ == "PROPN"))
    return _ordinal_made(
        st, sent, a, b, "count", q, noun, counted=RANK, modifiers=tuple(dict.fromkeys(named)), measure=unit
    )


def _in_a_row(noun: Token) -> bool:
    """A unit of time "in a row" right after it: "for the ninth day in a row", a run as "the ninth straight day" is."""
    doc = noun.doc
    return [t.lower_ for t in doc[noun.i + 1 : noun.i + 4]] == ["in", "a", "row"]


def _counted_since(st: _State, span: Span, k: int) -> tuple[tuple[str, ...], str] | None:
    """The words of what an ordinal counts and the date it counts from, when "since" and a date follow it with only
    that noun's words between ("the eighth mass bleaching event since 1998": ("mass", "bleaching", "event"), "1998");
    "time" says only that it happened again, and is no word of what. None for any other ordinal."""
    doc = span.doc
    j = k
    while j < len(doc) and j - k < 4 and doc[j].pos_ in ("NOUN", "ADJ", "PROPN"):
        j += 1
    if not (j < len(doc) and doc[j].lower_ == "since" and j + 1 < len(doc)):
        return None
    start = next((c for c in st.sent_dates if c.start == doc[j + 1].idx), None)
    if start is None or (j > k and doc[j - 1].lower_ != "time" and doc[j - 1].pos_ != "NOUN"):
        return None
    if any(t.lemma_.lower() in TIME_UNITS for t in doc[k:j]):
        return None  # "for the third straight month since January": a time reached, read as a duration
    words = tuple(t.lemma_.lower() for t in doc[k:j] if t.lower_ not in ("time", "times"))
    return words, start.value_text()


def _owner_of_its(noun: Token) -> Token | None:
    """What "its" of "now in its fifth day" stands for: the noun the phrase hangs on ("the search, now in its
    fifth day"), else the subject of its verb ("the strike entered its second week")."""
    cur = noun.head
    for _ in range(6):
        if cur.pos_ in ("NOUN", "PROPN"):
            return cur
        if cur.pos_ in ("VERB", "AUX"):
            subj = subject_of(cur)
            return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return None


def _first_to_do(last: Token) -> tuple[Token, Token] | None:
    """The noun an ordinal modifies and the verb of the infinitive or the participle right after it ("the sixth person
    to complete", "the fifth woman ever to win", "the third person killed"): the noun's place among all who have done
    that, or to whom it was done; else None."""
    noun = last.head
    if last.dep_ not in ("amod", "nummod") or noun.pos_ not in ("NOUN", "PROPN") or noun.i <= last.i:
        return None  # (a people's name is a noun of people too: "the 10th Kenyan to be sanctioned")
    doc = last.doc
    k = noun.i + 1
    if k < len(doc) and doc[k].lower_ == "ever":
        k += 1
    if k + 2 < len(doc) and doc[k].tag_ == "TO" and doc[k + 1].lower_ == "be" and doc[k + 2].tag_ == "VBN":
        return noun, doc[k + 2]  # "the third person to be killed": what was done to them, as "the third person killed"
    if k + 1 < len(doc) and doc[k].lower_ == "to" and doc[k].tag_ == "TO" and doc[k + 1].tag_ == "VB":
        return noun, doc[k + 1]
    if k < len(doc) and doc[k].tag_ == "VBN" and doc[k].dep_ == "acl" and doc[k].head.i == noun.i:
        return noun, doc[k]  # "the third person killed by elephants this year", as "the third person to be killed"
    return None


def _ordinal_made(
    st: _State, sent: Span, a: int, b: int, kind: ClaimKind, q: Quantity, gov: Token, placed: bool = False, **kw: object
) -> Claim:
    """The claim of an ordinal. ``placed``: a place in a series, which is about its clause's subject ("Amir Khalid,
    who lives on the 14th floor"), as a duration is."""
    verb = _governor(gov)
    claim = _claim(
        st,
        kind,
        a,
        b,
        sent,
        q,
        predicate=_predicate(gov) or None,
        hedges=_hedges(verb),
        negated=_negated(verb),
        tense=_tense(verb),
        anchor=gov,
        about=_subject_entity(st, verb, gov) if kind != "count" or placed else None,
        place=_place(st, [gov, verb]),
        time=_time_of(st, verb, a, tally=kind == "count" and kw.get("measure") is not None),
        **kw,
    )
    st.claims.append(claim)
    return claim


# -- what a count measures, and where, whose and when -----------------------------------------------------

# Verbs of a level and of its change: "the toll stands at 12", "rose to 57", "numbered 64", "put ... at 9,000",
# "has gone past 300", "estimates ranged as high as 80,000", "trips came to 570,000".
LEVEL_VERBS = frozenset(
    "stand rise climb jump soar increase grow reach hit fall drop decline decrease sink put raise revise bring lower"
    " push number total top exceed estimate confirm peak double triple place set mount swell go range come take"
    " cut reduce slash trim shrink boost expand".split()
)

# Verbs whose subject is the level and whose object is the number: "deaths numbered 64", "the toll topped 300".
SUBJECT_LEVEL_VERBS = frozenset("number total top exceed reach hit pass surpass measure".split())


# Verbs whose object is a level their subject goes beyond (False) or reaches or passes (True, as "tops 20" in
# numbers.py): "the toll could exceed 1,000", "deaths surpassed 300", "could top 1,000". Not "pass", which is
# also a vote ("the bill passed 300 to 100").
PASSING_VERBS = {"exceed": False, "surpass": False, "top": True}


def _tally(anchor: Token, top: Token | None = None) -> Token | None:
    """The noun whose level a bare number gives: "a death toll of 27" (toll), "the toll stands at 12" (toll),
    "police put the number of protesters at 9,000" (number), "deaths numbered at least 64" (deaths), "gave its
    ridership as 1,001,616" (ridership), "the limit was 50" (limit), "the toll was over 1,000" (toll), "the toll
    could go beyond 1,000" (toll). A comparison around the number stands where the number would: "the toll may
    be as high as 1,000", "estimates climbed to as high as 500,000", "could reach as high as 1,000", "the toll
    is now upwards of 400". ``top`` is the root of the quantity's words ("high", "upwards"), when it has one."""
    if anchor.dep_ == "quantmod" and anchor.head.like_num and anchor.head.i > anchor.i:
        anchor = anchor.head  # "rose from 48 to 53": the parse may make "48 to" a modifier of "53"
    if (
        anchor.dep_ == "conj"
        and anchor.head.like_num
        and anchor.head.i < anchor.i
        and any(t.lower_ == "between" for t in kids(anchor.head))
    ):
        # "put the toll at between 45 and 60": a range's far end hangs on its near end (not "the dead numbered 328
        # and the injured more than 450", a second clause whose verb is left out)
        anchor = anchor.head
    comparison = _as_high_as(anchor)
    if comparison is None and top is not None and top.i != anchor.i and top.pos_ in ("ADJ", "ADV"):
        comparison = top
    if comparison is not None:
        anchor = comparison
    head = anchor.head
    # "climbed to as high as 500,000": the parse may hang "high" on "to" as a modifier; it is still its object
    as_object = anchor.dep_ == "pobj" or (comparison is not None and anchor.dep_ in ("amod", "advmod"))
    if as_object and head.dep_ == "prep":
        owner = head.head
        prep = head.lower_
        if owner.pos_ == "NOUN" and prep == "of" and (owner.lemma_.lower() in TALLY_NOUNS or _sized(owner)):
            return owner
        if owner.lower_ == "from" and owner.dep_ == "prep" and prep == "to":
            owner = owner.head  # "climbed from 16 to 21": the parse may hang "to" on "from"
        if owner.dep_ == "pobj" and owner.tag_ in ("VBN", "VBD", "JJ") and owner.head.lower_ == "of" and prep == "to":
            # "bringing the number of injured to six": the parse may hang "to six" on "injured", which it reads as
            # a participle rather than the noun it is
            tally = owner.head.head
            level = tally.head.lemma_.lower() in LEVEL_VERBS
            if tally.pos_ == "NOUN" and tally.lemma_.lower() in TALLY_NOUNS and level:
                return tally
        if owner.dep_ in ("acl", "relcl") and prep in ("to", "at"):
            tally = owner.head  # "number" of "bringing the number of sheep that died to 56"
            if tally.dep_ == "pobj" and tally.head.lower_ == "of":
                tally = tally.head.head
            if (
                tally.pos_ == "NOUN"
                and tally.lemma_.lower() in TALLY_NOUNS
                and tally.head.lemma_.lower() in LEVEL_VERBS
            ):
                # the parse hangs "to 56" on the clause that says what befell the things, not on the verb that
                # brings their number to it
                return tally
        if owner.pos_ not in ("VERB", "AUX"):
            return None
        lemma = owner.lemma_.lower()
        if prep in ("at", "as"):
            deps: tuple[str, ...] = ("dobj", "nsubjpass")  # "put the number at", "the toll was confirmed at"
            if lemma in LEVEL_VERBS:
                deps += ("nsubj",)  # "the toll stands at 5"
        elif prep in ("to", "past", "above", "beyond", "over", "from") and lemma in LEVEL_VERBS:
            # "raised the toll to 19", "the toll rose to 57"; "rose from 52 to 57": the level before the change
            deps = ("dobj", "nsubjpass", "nsubj")
            if prep == "to" and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(_counts_own_noun(o) for o in kids(c))
                for c in kids(owner)
            ):
                return None  # "cut its network from 14 plants to 11": the level counts what the first figure counts
        elif lemma == "be" and prep in _BOUND_PREPS:
            deps = ("nsubj",)  # "the death toll was over 1,000"
        else:
            return None
        verb = owner
    elif (
        anchor.dep_ in ("dobj", "attr", "npadvmod", "oprd") and head.lemma_.lower() in SUBJECT_LEVEL_VERBS | {"be"}
    ) or (
        # "the crowd was nearly 42,000", which the parse may read as an adjective's place ("acomp")
        anchor.dep_ == "acomp" and head.lemma_ == "be" and anchor.like_num
    ) or (
        # "could go as high as 700", "could reach as high as 1,000": the comparison is the verb's complement
        comparison is not None
        and anchor.dep_ in ("acomp", "advmod", "npadvmod", "oprd", "attr", "dobj")
        and head.lemma_.lower() in LEVEL_VERBS | SUBJECT_LEVEL_VERBS | {"be"}
    ):
        verb = head  # "deaths numbered 64", "the limit was 50": the subject is the level, not an agent
        deps = ("nsubj", "nsubjpass")
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
            return verb.head  # "confirmed deaths numbered at least 64"
    else:
        return None
    for cur in (verb, verb.head) if verb.dep_ in ("xcomp", "conj") else (verb,):
        for dep in deps:
            for c in kids(cur):
                if c.dep_ == dep and c.i != anchor.i:
                    if c.pos_ == "PRON" and c.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "relcl":
                        c = verb.head  # "the quake, which measured 7.7"
                    elif c.dep_ == "nsubj" and c.pos_ == "PROPN":
                        c = past_dateline(c) or c  # "LAMONAN, Balintaya - The death toll ... rose to 11"
                    nominal = c.pos_ in ("ADJ", "VERB") and any(d.dep_ == "det" for d in kids(c))  # "the dead"
                    # ("the lake's pH was measured at 10.4": the model may take a scale written with a capital for
                    # a name)
                    scale = c.pos_ == "PROPN" and _SCALE_UNITS.get(c.lower_) == c.text
                    if (c.pos_ == "NOUN" or nominal or scale) and c.ent_type_ not in _PERSONISH:
                        return c
    return None


_BOUND_PREPS = frozenset("over above under below around about beyond near nearly".split())
_SIZING_DETERMINERS = frozenset("a an the its their his her our".split())
# "a man of 45", "a girl of 8": of a person, "of N" gives an age, not a size.
_ONE_PERSON = frozenset("man woman boy girl child baby infant toddler person lad teenager youth pensioner".split())


def _sized(noun: Token) -> bool:
    """ "a crowd of 24,936", "an audience of 3,200", "its workforce of 2,600": a singular noun with "a" or a
    possessive, whose "of" takes a bare number, is given its size, which counts what it is made of. So is a
    bare plural noun of a group ("drew crowds of 16,850", "averaged audiences of 3 million"): each one's size."""
    if noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in kids(noun)):
        from ..reconcile.related import kind_of

        return kind_of(noun.lemma_.lower(), "group", senses=1, steps=12)
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() not in _ONE_PERSON
        and any(
            (c.dep_ in ("det", "poss") and c.lower_ in _SIZING_DETERMINERS)
            or (c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"))  # "the mine's workforce of around 420"
            for c in kids(noun)
        )
    )


def _as_high_as(num: Token) -> Token | None:
    """ "as high as 1,000", "as many as 200,000", "as low as 3": the adjective of an equative comparison whose
    standard is the number; the comparison takes the number's place in the clause."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    adj = prep.head
    if adj.pos_ not in ("ADJ", "ADV") or adj.i > prep.i:
        return None
    if not any(c.lower_ == "as" and c.i < adj.i for c in kids(adj)):
        return None
    return adj


_PERSONISH = frozenset({"PERSON", "ORG", "NORP"})


def _noun_right_after(num: Token) -> Token | None:
    """ "a total of 51 reported measles cases": the noun phrase right after the number, when the parse hung the
    number on the tally instead."""
    for t in num.doc[num.i + 1 : num.i + 5]:
        if t.pos_ == "NOUN" and t.dep_ != "compound":
            return None if _when_word(t) else t  # "the toll rose to 14 yesterday": yesterday is when, not what
        if not (t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ == "VBN" or t.dep_ in ("amod", "compound")):
            return None
    return None


def _compound(noun: Token) -> Token | None:
    return next((c for c in kids(noun) if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "NOUN"), None)


def _habit_aside(verb: Token) -> bool:
    """A relative clause set off by commas whose verb is in the simple present, with no auxiliary ("members, who vote
    separately,"): it says what the noun's things do as a rule, not what befell them, and counts none of them."""
    return (
        verb.tag_ in ("VBP", "VBZ")
        and verb.lemma_ != "be"
        and not _has_auxiliary(verb)
        and _after_a_comma(verb)
    )


def _of_a_part(clause: Token) -> bool:
    """A relative clause told of a part of its noun ("one of whom is being treated", "three of which sank"): its
    subject is a number or pronoun with "of whom"/"of which"."""
    return any(
        k.dep_ in ("nsubj", "nsubjpass")
        and any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in ("whom", "which") for o in kids(p))
                for p in kids(k))
        for k in kids(clause)
    )


def _counted_by_number(noun: Token) -> bool:
    """A noun a number counts ("three men")."""
    return any(c.dep_ == "nummod" for c in kids(noun))


def _measure_of(base: Token) -> str | None:
    """What happened to the counted things: the noun's own modifiers and clause ("people killed", "the injured
    passengers"), the predicate over it ("seven people died", "are missing", "left 150 dead", "killing seven
    people", "lost their lives"), else what the noun itself names ("bodies", "protesters", "the death toll")."""
    for c in kids(base):
        if c.dep_ == "relcl" and _habit_aside(c):
            continue  # "Borrowing members, who vote separately, approved it by 79.1 per cent": what they do, not did
        if c.dep_ == "relcl" and _of_a_part(c):
            continue  # "two Veltron workers, one of whom is being treated": what befell one of them, not the two
        if c.dep_ in ("amod", "acl", "relcl") or (c.dep_ == "conj" and c.pos_ in ("ADJ", "VERB")):
            got = predicate_measure(c)
            if got is not None:
                return got
    if base.like_num and base.dep_ == "pobj" and base.head.lower_ == "with":
        # "19 people were hurt, with five in critical condition", "with 12 in hospital": the state a bare number
        # after "with" is said to be in
        for c in kids(base):
            if c.dep_ == "prep" and c.lower_ == "in":
                if any(p.dep_ == "pobj" and p.lower_ in HOSPITAL_WORDS for p in kids(c)):
                    return "hospitalised"
                got = predicate_measure(base)
                if got is not None:
                    return got
    if base.like_num and base.i + 1 < len(base.doc):
        nxt = base.doc[base.i + 1]  # "28 wounded", "150 dead": the participle right after a bare number
        if nxt.pos_ in ("ADJ", "VERB") and nxt.tag_ in ("JJ", "VBN"):
            got = predicate_measure(nxt)
            if got is not None:
                return got
    role = base
    while role.dep_ == "conj" and role.head.pos_ in ("NOUN", "PROPN") and _counted_by_number(role.head):
        # "Three men and two women were killed": the second count has the first's place in the clause (but "the
        # owner and two employees were detained" counts a part of those detained, whom no number counts)
        role = role.head
    head = role.head
    if role.dep_ == "pobj" and head.dep_ == "agent" and head.head.pos_ == "VERB":
        # "The meeting was attended by about 140 people": the agent of a doing that counts its doers (attended,
        # voted) is counted by it; the agent of "killed" is the killer, never the killed
        got = predicate_measure(head.head)
        if got in _DOER_MEASURES:
            return got
    if head.dep_ in ("aux", "auxpass") and head.head.pos_ == "VERB" and role.dep_ in ("nsubj", "nsubjpass"):
        head = head.head  # "11 remained hospitalized", parsed with "remained" as the participle's auxiliary
    of_head = (
        head is not base
        and role.dep_ in ("nsubj", "nsubjpass", "dobj", "npadvmod", "nummod", "attr")
        and head.pos_ in ("VERB", "ADJ", "AUX")
    )
    said = predicate_measure(head) if of_head else None  # (what the head says of it, read once)
    # "three helicopters took the injured to hospital": the vehicles carried, the injured were taken
    if of_head and not agent_of(role, head, said or ""):
        got = said
        if got == TREATED and base.pos_ in ("NOUN", "PROPN"):
            # "30 people with cholera were treated", "ten casualties were treated": what they are is the measure
            got = noun_measure(base) or got
        if got is not None:
            return got
        for c in kids(head):
            if c.i != base.i and c.dep_ in ("acomp", "oprd", "attr", "xcomp", "ccomp"):
                if c.dep_ == "xcomp" and head.lemma_.lower() in ELIGIBLE:
                    continue  # "271,000 people were registered to vote": who may vote, not who voted
                got = predicate_measure(c)
                if got is not None:
                    return got
    if base.pos_ == "NOUN" and base.tag_ == "NNS" and base.i + 2 < len(base.doc):
        # "the 14 people now confirmed dead", "the families of nine men feared dead": a participle right after the
        # plural noun, with its complement of state, reduces a relative clause the parse may have hung elsewhere
        nxt = base.doc[base.i + 1]
        if nxt.pos_ == "ADV" and nxt.i + 1 < len(base.doc):
            nxt = base.doc[nxt.i + 1]
        # (a participle the tagger may take for a past tense, and the parse for the verb of a wider subject)
        if nxt.tag_ in ("VBN", "VBD"):
            for c in kids(nxt):
                if c.dep_ in ("oprd", "acomp", "xcomp") and c.i == nxt.i + 1:
                    got = predicate_measure(c)
                    if got is not None:
                        return got
    if role.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in STRIKE_NOUNS:
        return ON_STRIKE  # "the strike by the 1,840 engine workers"
    if role.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        # "led to the cancellation of 73 trains", "the deaths of 40 people": the noun of a happening names what
        # befell them (not a body they make up: "a staff of 40", "a crowd of 5,000 people")
        event = head.head
        got = noun_measure(event) if event.lemma_.lower() not in TALLY_NOUNS else None
        if got is not None and got not in _DOER_MEASURES and got != "employed":
            return got
    if of_head and head.lemma_.lower() in ELIGIBLE:
        return None  # "More than 270,000 voters were registered": who may vote, whatever the noun says they do
    if base.pos_ in ("NOUN", "PROPN", "ADJ"):
        got = noun_measure(base)
        figure = base  # "A total of 58 personnel", "700 of its staff": the figure the noun is told by
        of_figure = head.head.like_num or head.head.lemma_.lower() in TALLY_NOUNS
        if base.dep_ == "pobj" and head.lower_ == "of" and of_figure:
            figure = head.head
        actor = figure.head
        acted = (actor is not base and actor.pos_ == "VERB" and actor.lemma_.lower() not in _STAFFING_VERBS) or (
            # "was carried out by about 60 workers", "a claim by about 700 of its staff": those who did it
            figure.dep_ == "pobj" and actor.lower_ == "by"
        )
        if got == "employed" and acted:
            # "1,800 workers began a strike", "60 staff crossed picket lines": those who did something, not the
            # workforce; "employs 2,600 staff", "has 2,600 workers" give the workforce
            return None
        return got
    return None


# Measures of those who do a doing, not of those it is done to: a passive's agent takes them ("attended by 140").
_DOER_MEASURES = frozenset({"attended", "voted"})


# Verbs whose subject or object is a workforce as such.
_STAFFING_VERBS = frozenset("be have employ hire work number total include count remain keep".split())

_PLACE_PREPS = frozenset("in across at inside throughout within near".split())
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _participles(num: Token) -> list[Token]:
    return [c for c in kids(num) if c.dep_ in ("acl", "amod", "relcl") and c.pos_ == "VERB"]


def _place(st: _State, heads: list[Token], before: int | None = None) -> str | None:
    """Where a figure holds: a place named on the counted noun or its verb ("the toll in Zimbabwe", "died in
    Mozambique", "Zimbabwe's death toll", "the Orange County cases"); with ``before``, only a place set by a
    preposition before that token (see _fronted_place)."""
    for h in heads:
        for c in kids(h):
            cand: list[Token] = []
            # (a place after a part's own noun places the part: "closed 48 of its restaurants in Ohio")
            if before is not None:
                if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and c.i < before:
                    cand = _objects(c)
            elif (
                c.dep_ == "prep"
                and c.lower_ in _PLACE_PREPS
                and not (_after_a_part(c) and c.i - 1 != h.i)
                and not _places_an_end(c)
            ):
                cand = _objects(c)
            elif c.dep_ in ("poss", "compound", "nmod") and c.i < h.i:
                cand = [c]
            for p in cand:
                if _superlative_frame(p):
                    continue  # "in one of the largest antitrust penalties in central Europe": the comparison's place
                if p.lower_ in HOSPITAL_WORDS and not (p.ent_type_ == "FAC" and any(_staff_noun(x) for x in heads)):
                    # "treated in hospitals in Manizales": where they are cared for, not where it befell (but "640
                    # nurses at Pūrere Hospital" are that hospital's: where they work)
                    continue
                got = _place_name(st, p)
                if got is not None:
                    # "in Ohio, Indiana and Michigan": the figure holds across all the places listed, not the first
                    names = sorted({got, *(m for m in (_place_name(st, c) for c in p.conjuncts) if m is not None)})
                    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return None


def _places_an_end(prep: Token) -> bool:
    """ "carrying 1,960 containers from Hamburg to Gdynia in Poland": a place right after a journey's end or start,
    however the parse hangs it, says where that end is, not where the figure holds."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return (
        before is not None
        and before.dep_ == "pobj"
        and before.pos_ == "PROPN"
        and before.head.lower_ in ("to", "from", "towards")
    )


def _superlative_frame(p: Token) -> bool:
    """A phrase that ranks what is told among others of its kind ("in one of the largest antitrust penalties in
    central Europe", "the biggest fine in the country's history"): a place in it is where the others were
    compared, not where the figure holds. Not a place ranked ("in the worst-hit district of Kech")."""
    noun = p
    if p.lower_ == "one":
        of = next((c for c in kids(p) if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((o for o in _objects(of)), p) if of is not None else p
    if noun.pos_ != "NOUN" or not any(
        c.tag_ == "JJS" or (c.dep_ == "amod" and any(g.lower_ == "most" for g in kids(c))) for c in kids(noun)
    ):
        return False
    # (WordNet asked last, and only of a noun a superlative ranks: most nouns of a place phrase are ranked by none)
    return not any(kind_of(noun.lemma_.lower(), k, senses=2, steps=8) for k in ("region", "country"))


def _wide_scope(heads: list[Token]) -> str | None:
    """A figure told of a whole country, state, city or the world ("Nationwide, at least 118 people have died",
    "the statewide rate was 90.3 percent", "118 lives across the country"): its scope, as a place, which no one
    place's figure is ("14 killed in the Ghanzir valley", "At Hillcrest, the rate was 71%")."""
    subjects = [c for h in heads if h.pos_ in ("VERB", "AUX") for c in kids(h) if c.dep_ in ("nsubj", "nsubjpass")]
    for h in (*heads, *subjects):
        # (and the words of a compound before it: "Global vehicle sales", where "Global" hangs on "vehicle")
        for c in (*kids(h), *(g for k in kids(h) if k.dep_ == "compound" and k.i < h.i for g in kids(k))):
            word = c.lower_.replace("-", "")
            if word in _WIDE_WORDS:  # (whatever the parse makes it: "67 were operating countywide", a "dobj")
                return _WIDE_WORDS[word]
    for h in heads:
        if h.pos_ not in ("VERB", "AUX"):
            continue
        for t in h.subtree:  # "lost their lives in rain-related incidents across the country": the clause's
            if t.dep_ != "prep" or t.lower_ not in ("across", "throughout"):
                continue
            clause = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if clause is None or clause.i != h.i:
                continue
            for o in _objects(t):
                if o.lemma_.lower() in _WIDE_NOUNS and any(d.lower_ == "the" for d in kids(o)):
                    return _WIDE_NOUNS[o.lemma_.lower()]
    return None


# Words that scope a figure to a whole area (measures.WIDE_SCOPES), and the nouns "across the ..." does it with.
_WIDE_WORDS = {
    **dict.fromkeys(("nationwide", "countrywide", "nationally"), "nationwide"),
    **dict.fromkeys(("worldwide", "globally", "global"), "worldwide"),  # "Global vehicle sales fell 7.9%"
    **{w: w for w in ("statewide", "countywide", "citywide", "districtwide", "provincewide")},
}
_WIDE_NOUNS = {"country": "nationwide", "nation": "nationwide", "world": "worldwide", "state": "statewide"}


def _fronted_place(st: _State, verb: Token) -> str | None:
    """ "in Mashkey at least 177 people had died and over 400 had been injured": a place set before the subject of
    the first of two joined clauses scopes the second too."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    first = verb.head
    subj = next((c for c in kids(first) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _place(st, [first], before=subj.left_edge.i) if subj is not None else None


def _there_place(st: _State, sent: Span, verb: Token) -> str | None:
    """ "Montreal's airport had 38cm of snow, and about 130 flights were cancelled there": the place "there" points
    back to, the last one its sentence names before it (not the "there" of "there were 130")."""
    there = next((c for c in kids(verb) if c.dep_ == "advmod" and c.lower_ == "there"), None)
    if there is None:
        return None
    last = None
    for ent in st.doc.ents:
        if ent.start >= there.i:
            break
        if ent.start >= sent.start and ent.label_ in _PLACE_LABELS:
            last = ent
    if last is None:
        return None
    return _place_name(st, last.root) or last.text  # (a place an airport's name begins with is still where "there" is)


def _condition_of(prep: Token | None) -> str | None:
    """The state a part's "in (a) critical condition" or "in a serious condition" names, if it names one."""
    for o in _objects(prep):
        if o.lemma_.lower() == "condition":
            adjs = {a.lower_ for a in kids(o)}
            if "critical" in adjs:
                return "critical"
            if adjs & SERIOUS_ADJECTIVES:
                return SERIOUS
    return None


def _part_place_prep(num: Token) -> Token | None:
    """The "in" of "46 of them in California": a place preposition right after a number's partitive "of"
    phrase, wherever the parse hung it, sets the part apart by place."""
    of = next((c for c in kids(num) if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or of.right_edge.i + 1 >= len(num.doc):
        return None
    nxt = num.doc[of.right_edge.i + 1]
    return nxt if nxt.dep_ == "prep" and nxt.lower_ in _PLACE_PREPS else None


def _after_a_part(prep: Token) -> bool:
    """Whether a place preposition follows a partitive "N of them" or "most of them", and so places the part, not
    its clause ("311 staff, most of them at its head office on Bellair Road": the staff are not all there)."""
    if prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    part = before.head.head
    return before.dep_ == "pobj" and before.head.lower_ == "of" and (part.like_num or part.lower_ in _VAGUE_PARTS)


def _objects(prep: Token | None) -> list[Token]:
    return [] if prep is None else [p for p in kids(prep) if p.dep_ == "pobj"]


def _holder_place(st: _State, tok: Token, verb: Token) -> str | None:
    """ "Orange County leads with 21 cases", "Texas follows with 14": a figure its clause's subject is said to be
    "with" is that subject's, when the subject is a place and the figure names no place of its own ("with 14 in
    Los Angeles County")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with" or prep.head.i != verb.i:
        return None
    if any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for c in kids(tok)):
        return None
    subject = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    return _place_name(st, subject) if subject is not None else None


# Verbs whose subject, when a place, is where the things its object counts are: "California had 45 cases",
# "Germany has recorded 300 deaths", "the county reported 12 cases".
_TALLY_VERBS = frozenset("have record report confirm register log see count".split())


def _subject_place(st: _State, noun: Token, verb: Token) -> str | None:
    """ "California had 45 cases": a place that has, records or reports the counted things is where they are."""
    if noun.dep_ != "dobj" or noun.head.i != verb.i or verb.lemma_.lower() not in _TALLY_VERBS:
        return None
    subject = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ not in _PLACE_LABELS:
        return None
    return _place_name(st, subject)


def _changed_place(st: _State, noun: Token, verb: Token) -> str | None:
    """ "Sales in China fell 23 percent to 96,000 units": the level a change reaches ("to"), or the change itself
    ("by"), is of the thing that changed, the verb's subject, and holds where that thing is."""
    t = noun
    while t.dep_ in ("nummod", "quantmod", "compound") and t.head.i > t.i:
        t = t.head  # ("to 96,000 units", "to $3.1 billion": up to the noun or the amount)
    if t.dep_ != "pobj" or t.head.lower_ not in ("to", "by") or t.head.head.i != verb.i:
        return None
    if verb.lemma_.lower() not in _CHANGE_VERBS or verb.lemma_.lower() in _CAUSED_CHANGE:
        return None  # ("Police cut the convoy to 40 vehicles": who made the change is no place of its level)
    subject = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _place(st, [subject]) if subject is not None else None


# Verbs of change whose subject makes the change in another thing rather than changing itself.
_CAUSED_CHANGE = frozenset("cut raise lower reduce revise correct amend upgrade downgrade".split())


_SCENE_PREPS = frozenset("in across throughout inside within".split())
_WHEN = frozenset("when as after while".split())


def _scene_place(st: _State, sent: Span, verb: Token) -> str | None:
    """Where a physical measure was taken, when neither it nor its verb names a place: a place that opens the
    sentence and its comma set the scene of all of it ("In Zimbabwe, winds reaching up to 170 km/h have cut
    off ..."), and a clause of "when" that says where the thing measured was then ("winds reached 177 km/h
    when it came ashore near Beira"). A wind's speed, a wave's height or a temperature differs from place to
    place; one outlet's place against another's silence still meets (identity.guards_allow)."""
    doc = sent.doc
    first = doc[sent.start]
    if first.lower_ in _SCENE_PREPS and first.dep_ == "prep":
        end = first.right_edge.i + 1
        if end < sent.end and doc[end].text == ",":
            got = next((p for p in (_place_name(st, o) for o in kids(first) if o.dep_ == "pobj") if p), None)
            if got is not None:
                return got
    for c in kids(verb):
        if c.dep_ == "advcl" and any(m.lower_ in _WHEN and m.dep_ in ("advmod", "mark") for m in kids(c)):
            got = _place(st, [c])
            if got is not None:
                return got
    return None


def _bracketed_place(st: _State, span: Span) -> str | None:
    """ "voters in England (53.4 per cent) and in Wales (52.5 per cent)": a figure in brackets right after a
    place's name is that place's."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "(" or doc[span.start - 2].ent_type_ not in _PLACE_LABELS:
        return None
    return _place_name(st, doc[span.start - 2])


def _staff_noun(tok: Token) -> bool:
    """A noun of those who work somewhere ("nurses", "doctors", "porters"): its first sense WordNet makes a
    professional or a worker."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and any(kind_of(lemma, k, senses=1, steps=6) for k in ("professional", "worker"))


def _place_name(st: _State, tok: Token) -> str | None:
    for t in tok.subtree:
        if t.ent_type_ in _PLACE_LABELS:
            for m in st.index.in_span(t.idx, t.idx + len(t.text)):
                if st.index.labels.get(m.canonical, "GPE") in _PLACE_LABELS:
                    return m.canonical
                return None  # "Port's victims": a person the model took for a place
            ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
            if ent is not None:
                return ent.text.removesuffix("'s").removesuffix("’s")
    return None


def _party(heads: list[Token]) -> str | None:
    """Whose the counted things are, or where they come from, or which group a rate is of: "paramedics from the
    county", "the vaccination rate among children"."""
    for h in heads:
        for c in kids(h):
            if c.dep_ == "prep" and c.lower_ in ("from", "among"):
                for p in kids(c):
                    if p.dep_ == "pobj" and not _when_word(p):  # ("aid ... from Thursday": when it starts)
                        return _lemmas(p)
    return None


# After an amount: "(to|for) each", "(to|for) every" or "per" and the one who gets it, past the currency word (of
# any alphabet: "6,000 zł per household") and a bracketed conversion ("100,000 shillings ($775) to each bereaved
# family").
_EACH_AFTER = re.compile(
    r"\s*(?:[^\W\d_]{0,12}\s*)?(?:\([^()]{0,40}\)\s*)?(?:(?:to|for)\s+(?:each|every)|per|(?P<a>an?))\s+(?=\w)",
    re.IGNORECASE,
)


_EACH_TO = re.compile(
    r"\s*(?:[^\W\d_]{0,12}\s*)?(?:\([^()]{0,40}\)\s*)?each\s+(?:to|for)\s+(?:the|their|all)\s+(?=\w)", re.IGNORECASE
)
_OF_EACH_AFTER = re.compile(r"\s*(?:to|for)\s+the\s+(?P<noun>\w+)\s+of\s+(?:each|every)\s+(?=\w)", re.IGNORECASE)


def _floating_each_subject(st: _State, b: int, sent: Span) -> str | None:
    """ "Workers will receive £2,000 each", "The families will each get Sh150,000": a floating "each" makes the
    clause's subject the one who gets the amount; its noun, or None."""
    text = st.article.text
    if "each" not in text[sent.start_char : sent.end_char].lower():
        return None
    amount = _token_at(st.doc, b - 1)
    verb = amount
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # (a Token is made anew on each access: compared by index, never by identity)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    after = _EACH_FLOAT.match(text, b, min(sent.end_char, b + 25)) is not None
    if not after and not any(c.lower_ == "each" and c.dep_ in ("advmod", "npadvmod", "dep") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subj is not None
        and subj.lower_ in ("that", "which", "who")
        and verb.dep_ == "relcl"
        and not (subj.lower_ == "that" and subj.i and subj.doc[subj.i - 1].text == ",")
    ):
        # "10 tickets that won ₹1 crore each": the relative pronoun stands for its noun (but "Split 14 ways, that
        # comes to $59.6 million each": a "that" after a comma opens no relative clause)
        subj = verb.head
    return subj.lemma_.lower() if subj is not None and subj.pos_ == "NOUN" else None


_EACH_FLOAT = re.compile(r"\s*(?:[^\W\d_]{0,12}\s*)?(?:\([^()]{0,40}\)\s*)?each\b", re.IGNORECASE)


def _each_recipient(st: _State, b: int, sent: Span) -> str | None:
    """Whom an amount is paid to, one by one: "KSh 100,000 to each bereaved family and KSh 50,000 to each injured
    person", "$500 per household", "$150 a person": the recipient's noun (family, person, household), so that the
    amounts of two recipients are two facts."""
    m = _EACH_AFTER.match(st.article.text, b, min(sent.end_char, b + 60))
    of_each = _OF_EACH_AFTER.match(st.article.text, b, min(sent.end_char, b + 60)) if m is None else None
    if of_each is not None:
        # "₱200,000 to the family of each fatality": each fatality's family, one by one, as "to each family"
        tok = _token_at(st.doc, of_each.start("noun"))
        if tok is not None and tok.pos_ == "NOUN":
            lemma = tok.lemma_.lower()
            if person_noun(lemma) or kind_of(lemma, "group", steps=4):
                return lemma
    if m is None:
        each_to = _EACH_TO.match(st.article.text, b, min(sent.end_char, b + 60))
        if each_to is not None:
            # "a solatium of Rs 4 lakh each to the families of the deceased": "each" after the amount and the
            # recipients after it, one by one, as "to each family"
            tok = _token_at(st.doc, each_to.end())
            for _ in range(3):
                if tok is None or tok.pos_ == "NOUN":
                    break
                tok = tok.head if tok.dep_ in ("amod", "compound", "advmod") and tok.head.i > tok.i else None
            if tok is not None and tok.pos_ == "NOUN":
                lemma = tok.lemma_.lower()
                if person_noun(lemma) or kind_of(lemma, "group", steps=4):
                    return lemma
        return _floating_each_subject(st, b, sent)
    tok = _token_at(st.doc, m.end())
    if tok is not None and (unit := unit_named(tok.text)) is not None:
        # "¥1.67 million per kilogram", "¥1.8 million for every kilo", "$3 a litre": a price per one unit, however
        # the unit is written
        return unit
    for _ in range(3):
        if tok is None or tok.pos_ in ("NOUN", "PROPN"):
            break
        tok = tok.head if tok.dep_ in ("amod", "compound", "det", "advmod", "nummod") else None
    if tok is not None and tok.dep_ == "poss" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        tok = tok.head  # "Tk 3 lakh for each dead worker's family": the family is paid, as "for each family"
    if tok is None or tok.pos_ != "NOUN":
        return None
    if m["a"] is not None and not person_noun(tok.lemma_.lower()) and not kind_of(tok.lemma_.lower(), "group", steps=4):
        return None  # "$150 a person", "£80 a household"; but "$150 a year" is a rate, "$3 a litre" a price
    return tok.lemma_.lower()


# Verbs that say at what level a figure stood or to what it changed ("the rate stood at 4.1% in March", "the toll
# rose to 14 on Tuesday"): the date times a state, not an event of its own.
_LEVEL_VERBS = frozenset(
    "be stand remain stay total number reach hit rise fall climb grow increase decrease drop jump top exceed"
    " surpass double pass near".split()
)


def _simple_past_passive(verb: Token) -> bool:
    """A participle made passive by a simple past ("was resurfaced", "were built"), not "has been" or "will be"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())


def _done_by_people(verb: Token) -> bool:
    """A verb of level whose subject is people, who do it, not a figure that stands at it: "rescuers reached the
    remaining five on Thursday" (not "the toll reached 50 on Thursday")."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.ent_type_ == "PERSON" or (subj.pos_ == "NOUN" and person_noun(subj.lemma_.lower()))


def _near_a_clock(prep: Token) -> bool:
    """A preposition that places a doing at or near a clock time: "at", "around", "about", and "after"/"before" said
    with how near ("shortly after 3.40am", "just before midnight"); "after 3pm" alone may be a bound."""
    low = prep.lower_
    return low in ("at", "around", "about") or (
        low in ("after", "before") and any(c.dep_ == "advmod" for c in kids(prep))
    )


def _places_an_event(st: _State, when: Claim, verb: Token) -> bool:
    """A date "on" a day, or a day named bare ("on April 9", "freed Tuesday"), that
    places what the verb tells happened: the event's date, which another outlet may give wrong, not a cut-off of
    the figure (only "by", "as of", "until", "so far" make one, and a level's time: "stood at 4.1% on Monday")."""
    if verb.lemma_.lower() in _LEVEL_VERBS and not _done_by_people(verb) and not _moved_to(verb):
        return False
    span = st.doc.char_span(when.start, when.end, alignment_mode="expand")
    value = when.value
    if span is None or not len(span) or not isinstance(value, DateValue):
        return False
    tok = span.root
    if value.grain not in ("day", "minute"):
        # "the ferry sank in 2012 with the loss of 38 lives", "the runway was resurfaced in 2019": the year of what
        # happened, not of a state held then ("employed 300 people in 2019" is the figure's year)
        return (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "in"
            and tok.head.head.i == verb.i
            # ("The project, begun in 2018 with €4.8 million": a participle that qualifies its noun tells a doing too)
            and (verb.tag_ == "VBD" or _simple_past_passive(verb) or (verb.tag_ == "VBN" and verb.dep_ == "acl"))
            and verb.lemma_.lower() not in _STATE_VERBS
        )
    day = tok
    if tok.dep_ in ("compound", "amod") and tok.head.lower_ in _PARTS_OF_DAY:
        # "sold Wednesday night", "on Friday morning": the part of the day stands where the day would; in "broke
        # through the lake last Thursday morning" the span's root may be "last", and the day is the name after it
        day = next((t for t in span if t.pos_ == "PROPN"), tok)
        tok = tok.head
    if tok.dep_ == "prep" and value.grain == "minute" and _near_a_clock(tok):
        # "were called to the block at 6.14am", "shortly after 3.40am" (the claim holds its preposition): when it
        # happened
        return tok.head.i == verb.i
    if tok.dep_ == "pobj":
        # "freed on Tuesday", and of a clock, "called at 6.14am": when the doing happened
        prep = tok.head
        return (prep.lower_ == "on" or (value.grain == "minute" and _near_a_clock(prep))) and prep.head.i == verb.i
    # a day named bare on the verb itself ("freed Tuesday"), as American copy drops "on", or counted from the
    # article's ("were released yesterday"), or a clock so named ("crossed the coast about 1am"); not a live blog's
    # stamp opening its paragraph ("Tuesday 23:40 Four people ...")
    para = st.article.text.rfind("\n", 0, when.start) + 1
    return (
        tok.dep_ == "npadvmod"
        and (
            day.pos_ == "PROPN"
            or day.lower_ in _RELATIVE_DAYS
            or _this_part_of_day(day)
            or value.grain == "minute"
        )
        and tok.head.i == verb.i
        and bool(st.article.text[para : when.start].strip())
    )


def _moved_to(verb: Token) -> bool:
    """A verb of level told of a thing that moved somewhere ("the cabin dropped 38 metres onto a wooded slope at
    11:42 a.m.", "fell into the river"): a motion, an event its time places, not a level that held then."""
    return any(c.dep_ == "prep" and c.lower_ in _MOTION_PREPS for c in kids(verb))


_MOTION_PREPS = frozenset("onto into down off through across".split())


def _this_part_of_day(tok: Token) -> bool:
    """ "handed over the ticket this morning", "was arrested last night": a part of the article's day, or of the
    day before, named bare on the verb, as "yesterday" is."""
    return tok.lower_ in _PARTS_OF_DAY and any(c.lower_ in ("this", "last") for c in kids(tok))


_RELATIVE_DAYS = frozenset({"yesterday", "today", "tonight"})


# Measures of a state people are still in when the story is told ("left five in a critical condition"), not of what
# befell them once
_HELD_STATES = frozenset({"critical", "hospitalised", "missing"})


def _time_of(st: _State, verb: Token, at: int | None = None, tally: bool = False, state: bool = False) -> str | None:
    """The date the sentence gives the figure: a date claim of the same clause (or the sentence's only date).
    With the figure's offset ``at``, a date that belongs to another figure or to an aside never times it
    (see _dates_apart). The day a verb of saying gives times only a ``tally`` (a count of what happened to people:
    "the toll rose to 12, police said on Tuesday" is the toll as it stood on Tuesday), never another figure.
    A figure set before its noun is the thing's size, of no day ("the 13,000-TEU ship arrived on Saturday"); but
    a year its clause sets the thing in tells which thing it is ("Last year a 1,100-pound bomb was found"), unless
    the thing is one already known (_known_thing: "The 91,400-tonne Azure Calliope entered service in 2019")."""
    if not st.sent_dates:
        return None  # most figures' sentences give no date: nothing to look up
    fig = _token_of(st, at) if at is not None else None
    if fig is not None and _size_of_place(fig):
        return None
    if fig is not None and _attributive(fig):
        timing = set(st.timing)
        year = _clause_date(st, verb, fig, at, tally, state)
        if year is not None and len(year) == 4 and year.isdigit() and not _known_thing(fig.head.head):
            return year
        st.timing &= timing  # nor does the clause's day become the time a size held ("At 4:57 p.m. ... a 60-foot tree")
        return None
    return _clause_date(st, verb, fig, at, tally, state)


def _clause_date(
    st: _State, verb: Token, fig: Token | None, at: int | None, tally: bool, state: bool
) -> str | None:
    """_time_of's date of the figure's clause, the figure's own token ``fig`` read."""
    dates = [
        c
        for c in st.sent_dates
        if not _record_since(st, c, verb)
        and not _LAST_SEEN.search(st.article.text, max(0, c.start - 40), c.start)
        and not _compared_with(st, c)
        and not _another_figures_date(st, c, at)
        and not _ranked_within(st, c, verb)
        and not (not tally and _said_on(st, c, verb))
        and (fig is None or at is None or not _dates_apart(st, c, fig, at))
        and not _made_year(st, c)
    ]
    if not dates:
        return None
    if verb.dep_ in ("relcl", "acl") and not state:
        # "the Winecoff disaster of 1946, which killed 119", "the 1946 fire, which killed 119", "the decision in 2024
        # to cut the budget by 32%": a relative clause's or a noun's infinitive's figure is of the date its noun
        # carries, whatever else the sentence dates (but "Saturday's crush, which left five in a critical
        # condition": a state they are in as the story is told)
        for c in dates:
            tok = _token_of(st, c.start)
            if tok is not None and _on_the_noun(tok, verb.head):
                return _period_to(st, c) or c.value_text()
    noun = _counted_token(fig) if fig is not None else None
    if noun is not None:
        # "where more than 400 whales stranded in 2017", "the 119 people killed in 1946": a participle of the counted
        # noun tells what happened to the counted things, and its date is theirs, whatever the main clause says
        for c in dates:
            gov = _governor(_token_of(st, c.start) or verb)
            if gov.i != verb.i and gov.dep_ in ("acl", "relcl") and gov.head.i == noun.i:
                return _since_to_now(st, c, gov) or _period_to(st, c) or c.value_text()
    same = [c for c in dates if _governor(_token_of(st, c.start) or verb).i == verb.i]
    if not same:
        told = _told_when(st, verb, dates)
        if told is not None:
            # "was last hit by thieves in 1994, when two paintings were stolen": a clause of "when" right after a
            # date is of that date, whatever verb the parse hangs it on
            return _period_to(st, told) or told.value_text()
    if len(same) > 1:
        # "The death toll from Saturday night's crash stood at 26 on Sunday": the date the verb itself takes, before
        # a genitive that names the event
        same.sort(key=lambda c: _genitive(st, c) and not _on_the_verb(st, c, verb))
    if (
        same
        and verb.pos_ in ("VERB", "AUX")
        and not _places_an_event(st, same[0], verb)
        and not _genitive(st, same[0])
        and not _dates_a_noun(st, same[0])
    ):
        st.timing.add(same[0].id)  # (but "Wednesday's collision closed the port": the day names the event)
    pick = (
        same[0]
        if same
        else dates[0]
        if len(dates) == 1
        and not _describes_a_noun(st, dates[0], verb)
        and not _past_for_now(st, dates[0], verb)
        else None
    )
    if pick is None or (state and _genitive(st, pick)):
        return None  # ("Saturday night's crush ... left five in a critical condition": the crush's day, not theirs)
    return _since_to_now(st, pick, verb) or _period_to(st, pick) or pick.value_text()


def _made_year(st: _State, date: Claim) -> bool:
    """A year claim set before a made thing (see _made_in)."""
    if not isinstance(date.value, DateValue) or date.value.grain != "year":
        return False
    tok = _token_of(st, date.start)
    return tok is not None and _made_in(tok)


def _on_the_noun(tok: Token, noun: Token) -> bool:
    """A date's token set on ``noun`` itself or by a preposition, also through the noun of another phrase of it:
    "the 1946 fire", "the fire of 1946", "a crush at the same temple in 2008" (the parse may hang "in 2008" on
    "temple")."""
    for _ in range(2):
        if tok.head.i == noun.i or (tok.head.dep_ == "prep" and tok.head.head.i == noun.i):
            return True
        if tok.head.dep_ != "prep" or tok.head.head.dep_ != "pobj":
            return False
        tok = tok.head.head  # ("in 2008" of "temple" of "at the same temple" of "crush")
    return False


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _known_thing(noun: Token) -> bool:
    """Whether a noun a size is hyphened to names one known thing, by its name or as a definite ("The 91,400-tonne
    Azure Calliope", "the 22-metre bell tower", "the village's 27-metre bell tower"): no year of its clause tells
    which thing it is, as it does of "a 1,100-pound bomb found last year"."""
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "bell" of "bell tower": up to the noun the phrase is of
    if noun.pos_ == "PROPN":
        return True
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in kids(noun))


def _attributive(fig: Token) -> bool:
    """A figure hyphened to a noun that in turn modifies another ("the 13,000-TEU ship", "a 300-bed hospital"):
    a property of the second noun's thing, which the dates of its clause do not time."""
    head = fig.head
    return (
        fig.dep_ == "nummod"
        and head.i == fig.i + 2
        and fig.doc[fig.i + 1].text in _DASH_TOKENS
        and head.dep_ in ("compound", "nmod", "amod")  # (the parse reads "a 60-foot tree" either way)
        and head.head.i > head.i
    )


def _counted_token(fig: Token) -> Token | None:
    """The noun a figure's first token counts: "more than 400 whales" -> "whales" (None when it counts none)."""
    cur = fig
    for _ in range(4):
        if cur.pos_ in ("NOUN", "PROPN"):
            return cur
        if cur.dep_ not in ("nummod", "quantmod", "amod", "advmod", "compound") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _on_the_verb(st: _State, date: Claim, verb: Token) -> bool:
    """A date the verb takes itself ("stood at 26 on Sunday", "closed Friday"), not through a noun ("Saturday
    night's crash", "the March 3 vote")."""
    span = st.doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def _dates_a_noun(st: _State, date: Claim) -> bool:
    """A day or a year in a phrase on a noun, which dates what the noun names: "due in court for a preliminary
    hearing on March 21", "the vote on Tuesday", "a blaze in 2019 injured three workers", or on a name: "the
    Missionary Ridge Fire in 2002, burned 70,485 acres"; or a made thing's year set before it ("the 1901 hotel"). The
    date names the event, as a genitive does ("Monday's vote"), and is no cut-off of the clause's figure ("The three
    men are due ...")."""
    value = date.value
    if not isinstance(value, DateValue) or value.grain not in ("day", "minute", "year"):
        return False
    span = st.doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.dep_ == "npadvmod" and tok.head.pos_ in ("NOUN", "PROPN") and not span.start <= tok.head.i < span.end:
        # "A public meeting in the village hall on Wednesday 12 November drew more than 130 people": the model may
        # make the month the span's root, set bare on the noun, and hang "on Wednesday" on it apart
        return True
    if value.grain == "year" and tok.dep_ in ("nummod", "compound", "amod") and tok.head.pos_ == "NOUN":
        return _made_in(tok)
    named = tok.head
    if (
        value.grain == "day"
        and named.pos_ == "NOUN"
        and named.i >= span.end
        and all(t.head.i == named.i or span.start <= t.head.i < span.end for t in span)
        and any(t.dep_ in ("compound", "nmod") and t.head.i == named.i for t in span)
        and not kind_of(named.lemma_.lower(), "period", steps=12)  # (not "on Monday night": a part of the day)
    ):
        return True  # "The 13 July raid produced one of the largest hauls": the day set before the noun names it
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN")


def _made_in(year: Token) -> bool:
    """A year set before a made thing ("repairs to the 1901 hotel could take six months", "took 12 pieces, including
    an 1871 diamond tiara"): the year the thing was made says which thing, and times no figure of its clause (but
    "fell 94 percent from their 2022 peak": the figure's reference, of its clause's time)."""
    head = year.head
    return (
        year.dep_ in ("nummod", "compound", "amod")
        and head.pos_ == "NOUN"
        and head.i > year.i
        and kind_of(head.lemma_.lower(), "artifact", senses=1, steps=20)
    )


def _genitive(st: _State, date: Claim) -> bool:
    """A date told as a genitive that names an event: "Saturday night's crash", "Monday's vote"."""
    return _genitive_at(st.article.text, date.start, date.end)


def _genitive_at(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is written as a genitive ("Monday's attack", "Saturday night's")."""
    if text.endswith(("'s", "’s"), start, end) or text.startswith(("'s", "’s"), end):
        return True
    return _PART_OF_DAY_GENITIVE.match(text, end, min(len(text), end + 16)) is not None


_PART_OF_DAY_GENITIVE = re.compile(r"\s+(?:night|morning|afternoon|evening)['’]s\b")


# "in the year to March 2025", "the 12 months ended June 30", "the quarter to September": a period of accounts or
# statistics named by its last month, which the figure covers whole
_PERIOD_TO = re.compile(
    r"\b(?:the\s+)?(?:(?:financial|fiscal)\s+)?(?P<n>year|(?:twelve|12|three|3|six|6|nine|9)\s+months|quarter"
    r"|half[- ]year|half)\s+(?:to|ended|ending)\s+(?:the\s+end\s+of\s+)?\Z",
    re.IGNORECASE,
)
_PERIOD_MONTHS = {"year": 12, "twelve": 12, "12": 12, "three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9}


def _period_to(st: _State, when: Claim) -> str | None:
    """The months of a period its last month names ("in the year to March 2025": "2024-04/2025-03"), for a
    figure of that period; None for any other date. A year's accounts to March are of two calendar years, and
    "last year" in another outlet may name the same."""
    value = when.value
    if not isinstance(value, DateValue) or value.minute is not None or value.grain not in ("month", "day"):
        return None
    m = _PERIOD_TO.search(st.article.text, max(0, when.start - 48), when.start)
    if m is None:
        return None
    word = m["n"].split()[0].lower()
    months = _PERIOD_MONTHS.get(word, 3 if word == "quarter" else 6)
    end = value.start.year * 12 + value.start.month - 1
    first = end - months + 1
    return f"{first // 12:04d}-{first % 12 + 1:02d}/{end // 12:04d}-{end % 12 + 1:02d}"


def _since_to_now(st: _State, when: Claim, verb: Token) -> str | None:
    """A figure of a span that "since" opens in an earlier year than the article's ("has invested £35 million since
    2023", "200 homes built since March 2024"): the span runs from that date to the article's, so the figure is of
    all those years ("2023/2026"), not of the first alone; so too when "since" opens an event the date is of ("80
    have died on the mountain since its first ascent in 1861": 1861/2024). None when "since" does not open the date,
    or opens it in another clause than the figure's ("the worst since 2005, when a quake killed 75,000": 2005's own
    figure)."""
    value, today = when.value, st.article.date
    if not isinstance(value, DateValue) or today is None or value.minute is not None:
        return None
    if value.start.year >= today.year:
        return None  # "59 cases since December" of this year: left as it was read
    tok = _token_at(st.doc, when.start)  # (found only for a date of an earlier year: most are of this one)
    if tok is None:
        return None
    opener = tok.head if tok.dep_ == "pobj" else tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if (
        opener is not None
        and opener.lower_ != "since"
        and opener.dep_ == "prep"
        and opener.head.pos_ == "NOUN"
        and opener.head.dep_ == "pobj"
        and opener.head.head.lower_ == "since"
    ):
        opener = opener.head.head  # "since the first ascent in 1861": the span opens at the event the year dates
    if opener is None or opener.lower_ != "since" or _governor(opener).i != verb.i:
        return None
    start = value.iso()
    if "/" in start or len(start) not in (4, 7, 10):
        return None
    return f"{start}/{today.isoformat()[: len(start)]}"


# Verbs of change whose "from N" gives the value before the change ("fell to 4.1% from 9.8%").
_CHANGE_VERBS = frozenset(
    "rise fall drop climb grow shrink increase decrease decline jump surge slip slide plunge soar dip rebound "
    "narrow widen swell tumble sink ease cut raise lower reduce revise correct amend upgrade downgrade go come move up"
    " down".split()
)

# Verbs that move a thing to a new level, a change only with the thing named as their object ("taking the top rate
# from $22.40 to $25.56"; numbers._MOVING_WORDS)
_MOVING_VERBS = frozenset("take bring push lift boost hike".split())


def _change_amount(num: Token) -> bool:
    """An amount of money by which a thing changed, not the level it reached: "by" after a verb of change ("rises
    by €7.50 to €71", "widened by 2,000 euros"), or a noun of change the amount is of ("a €2,000 increase", "a rise
    of €2,000"). (Not a measure: "the river rose six metres" and "a 25-foot drop" tell one height either way.)"""
    t = num
    nouns = CHANGE_NOUNS - {"rate"}
    while t.dep_ in ("nummod", "quantmod", "compound", "advmod") and t.head is not t and t.head.i > t.i:
        if t.head.lemma_.lower() in nouns:
            return True  # "a €2,000 increase"
        t = t.head  # "by 2,000 euros", "by €7.50": up to the noun or the amount
    if t.dep_ != "pobj":
        return False
    if any(c.dep_ == "quantmod" and c.lower_ == "to" and c.i < num.i for c in kids(t)):
        return False  # "by £20 to £140" parsed as one phrase: £140 is the level the change reached
    prep, head = t.head, t.head.head
    if prep.lower_ == "by":
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _CHANGE_VERBS and head.i < prep.i
    return prep.lower_ == "of" and head.lemma_.lower() in nouns


# A bracket a results report opens with a period and a colon, the comparative figure of the period before: "(2024:
# £132.7m)", "(FY24: 11.2%)", "(H1 2025: $3.1bn)", "(2024/25: 412)"
_PRIOR_PERIOD_OPENS = re.compile(
    r"\((?:(?:FY|H[12]|Q[1-4])\s?'?\d{2}(?:\d{2})?|(?:(?:H[12]|Q[1-4])\s)?(?:19|20)\d{2}(?:[/-]\d{2}(?:\d{2})?)?)"
    r":\s*(?:[A-Z]{0,3}[$£€¥₹]|[A-Z]{3}\s?|Rs\.?\s?)?\Z"
)


def _earlier_value(num: Token) -> bool:
    """The value a change is measured from: "rose to 5.2% from 4.8%", "up from 48% in 2022", "down from 1,200",
    "compared with 31 a year earlier", "against 9.8% a year earlier" (the object of "from" after a verb of
    change, of "compared with/to", or "against" after a figure); and the value of a thing told as the one before
    ("the previous record of 62 megajoules", "The old record was 64 metres", "the former limit, 60 km/h")."""
    if any(c.dep_ == "quantmod" and c.lower_ == "to" for c in kids(num)):
        return False  # "from 48 to 53" parsed as one phrase: 53 is the value after the change
    if _PRIOR_PERIOD_OPENS.search(num.doc[max(0, num.i - 8) : num.i].text):
        return True  # "pre-tax profit rose to £148.6m (2024: £132.7m)": the bracket gives the prior period's figure
    t = num
    while t.dep_ in ("nummod", "quantmod", "compound", "advmod") and t.head is not t and t.head.i > t.i:
        t = t.head  # "from 19.6 billion crowns", "from $1.2m": up to the noun or the amount
    owner = _owner_of(t)
    if owner is not None and any(
        # (but "granted 52-year-old Bongani Khumalo bail of R100,000": an "old" with a length before it is an age)
        c.dep_ == "amod" and c.lower_ in _BEFORE_WORDS and not (c.lower_ == "old" and c.n_lefts)
        for c in kids(owner)
    ):
        return True
    if (
        owner is not None
        and owner.dep_ == "pobj"
        and owner.head.lower_ == "from"
        and owner.head.head.lower_ in _UP_DOWN
    ):
        # "down from its June forecast of 28.5 million tonnes": the value of what a change is measured from (but
        # "fell from a height of 30 metres" tells where from, not a value before)
        t = owner
    if t.dep_ != "pobj":
        return False
    prep = t.head
    word, head = prep.lower_, prep.head
    if word == "from" and head.pos_ == "NOUN" and head.dep_ == "conj" and head.head.pos_ == "VERB":
        # "raised the peak fare from 840 to 900 pesos, and the off-peak fare from 760 to 810 pesos": a gapped
        # clause's change, told of its verb's second object
        head = head.head
    if word == "from":
        lemma = head.lemma_.lower()
        if lemma in _MOVING_VERBS and head.i < prep.i:
            # "taking the top rate from $22.40 to $25.56": a verb of moving with the thing it moves named before
            # "from" (with none, "takes from two to three hours" is a range)
            return any(c.dep_ == "dobj" and c.i < prep.i for c in kids(head))
        return lemma in _CHANGE_VERBS and head.i < prep.i
    if word in ("with", "to"):
        return head.lower_ in ("compared", "comparing", "compare")
    return False


def _mark_beaten(num: Token) -> bool:
    """An amount that is the object of a verb of beating ("beating the 62-megajoule record", "beat the 62
    megajoules it managed in 2024", "surpassed the 2:08:15 mark"): the mark beaten, an earlier value. (Only an
    amount: "broke 200 windows" counts what broke.)"""
    t = num
    while t.dep_ in ("nummod", "quantmod", "compound", "advmod", "amod") and t.head is not t and t.head.i > t.i:
        t = t.head
    return t.dep_ == "dobj" and t.head.lemma_.lower() in _BEATING_VERBS


# A verb of beating that the number grammar reads as the figure's lower bound, opening the figure's text ("topped
# 110 degrees": at least 110, numbers._PREFIX_PHRASES): what its subject reached, no mark beaten.
_BOUND_VERB = re.compile(r"(?:tops|topped|topping|surpassing)\b", re.I)

_BEATING_VERBS = frozenset("beat surpass eclipse better outstrip outdo break smash shatter top".split())

_UP_DOWN = frozenset({"up", "down"})  # "up from", "down from": a change from an earlier value

# Words that make a thing the one before ("the previous record", "the old fare", "the former limit").
_BEFORE_WORDS = frozenset("previous former old earlier prior".split())


def _owner_of(t: Token) -> Token | None:
    """The noun whose value a figure's phrase gives: "the record of 62 MJ" (its "of"), "the record, 62 MJ," (set
    beside it), "the record was 62 MJ" (the subject it is said to be)."""
    head = t.head
    if head is t:
        return None
    if t.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.i < head.i:
        return head.head
    if t.dep_ == "appos" and head.pos_ == "NOUN":
        return head
    if t.dep_ == "attr" and head.lemma_ == "be":
        return next((c for c in kids(head) if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return None


# What sets apart those to whom something happened at once, or where it happened ("killed outright", "died
# instantly", "killed at once", "died at the scene", "on the spot", "on impact"): a part of a toll that later deaths,
# or those hurt, arrested or rescued later, add to.
_AT_ONCE_ADVERBS = frozenset("outright instantly instantaneously immediately".split())
_AT_ONCE_OBJECTS = {"at": frozenset({"once", "scene"}), "on": frozenset({"spot", "impact", "scene"})}


def _at_once(verb: Token, noun: Token | None) -> bool:
    """A count that its verb, or a participle of its noun, says happened at once or on the spot ("two men were
    killed outright", "the two men killed outright", "three died at the scene"): not the whole toll. "At the scene
    of the crash" only says where."""
    verbs = [verb, *(c for c in (kids(noun) if noun is not None else ()) if c.dep_ in ("acl", "relcl"))]
    for v in verbs:
        for c in kids(v):
            if c.dep_ == "advmod" and c.lower_ in _AT_ONCE_ADVERBS:
                return True
            if c.dep_ == "advmod" and c.lower_ == "once" and any(x.lower_ == "at" for x in kids(c)):
                return True  # "killed at once": the parse may make "at" a modifier of "once"
            objects = _AT_ONCE_OBJECTS.get(c.lower_) if c.dep_ == "prep" else None
            if objects is not None and any(
                p.dep_ in ("pobj", "pcomp") and p.lower_ in objects and not any(x.dep_ == "prep" for x in kids(p))
                for p in kids(c)
            ):
                return True
    return False


# Verbs of a level going up: "the toll rose to 57", "climbed from 16 to 21", "bringing (taking) the toll to three".
_RISE_VERBS = frozenset("rise climb jump soar increase grow mount swell bring take raise push".split())


def _told_as_update(num: Token, verb: Token) -> bool:
    """A count its sentence tells as a change of an earlier figure: the level a tally rose to ("the toll rose to
    57", "rose from two to three", "bringing the toll to three"), or a figure said "now" ("police now say three
    people have died", "the toll now stands at 12"), which sets it against what was said before."""
    if num.dep_ == "pobj":
        prep = num.head
        to = prep.lower_ == "to" or (
            prep.lower_ == "from" and any(c.dep_ == "quantmod" and c.lower_ == "to" for c in kids(num))
        )  # "rose from two to three": the parse may hang "two to" on "three", the object of "from"
        owner = prep.head
        if owner.lower_ == "from" and owner.dep_ == "prep":
            owner = owner.head  # "climbed from 16 to 21": the parse may hang "to" on "from"
        if owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.dep_ in ("dobj", "nsubj"):
            owner = owner.head.head.head  # "bringing the number of injured to six": "to six" hung on "injured"
        if to and owner.pos_ in ("VERB", "AUX") and owner.lemma_.lower() in _RISE_VERBS:
            return True
    said = verb.head if verb.dep_ in ("ccomp", "xcomp") else None  # "now says three people have died"
    if any(c.dep_ == "advmod" and c.lower_ == "now" for v in (verb, said) if v is not None for c in kids(v)):
        return True
    # "according to the latest information, 36 people have been injured", "updated figures show 36": the report
    # calls itself the newest (its sentence's words are made and read only in an article that has such a word)
    return _has_newest(num.doc) and any(t.lower_ in _NEWEST and t.dep_ in ("amod", "compound") for t in num.sent)


_NEWEST = frozenset({"latest", "updated", "revised"})
_NEWEST_KEY = "claimcheck.has_newest"


def _has_newest(doc: Doc) -> bool:
    """Whether the doc's lower-cased text holds a word of _NEWEST anywhere: a word whose lower-case form is one holds
    it. Read once per doc."""
    got = doc.user_data.get(_NEWEST_KEY)
    if got is None:
        text = doc.user_data.get(DOC_TEXT_KEY)  # (build_index has kept the doc's text)
        low = (text if isinstance(text, str) else doc.text).lower()
        got = doc.user_data[_NEWEST_KEY] = any(w in low for w in _NEWEST)
    return bool(got)


def _past_for_now(st: _State, when: Claim, verb: Token) -> bool:
    """A date of an earlier year, in another clause than a figure stated in the present or future tense ("a
    firm founded in 1987 that employs 1,400", "Founded in 1949, the group will cut 2,400 jobs"): the year
    dates the other clause; a figure told as now or to come is not of that year."""
    value = when.value
    if not isinstance(value, DateValue) or st.article.date is None or value.grain not in ("year", "decade"):
        return False  # a month or day of another clause may still be the figure's ("59 cases since December")
    if value.end > date(st.article.date.year, 1, 1):
        return False  # this year's dates, or later
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(t.dep_ == "aux" and t.lower_ in ("will", "shall", "'ll") for t in kids(verb))


_RECORD_WORDS = frozenset({"first", "record", "last"})
# What opens a comparison with an earlier or other figure: "up from 48% in 2022", "compared with 31 last year",
# "down from a penalty of £3.5m announced last autumn", "higher than in 2022", "against 310 in 2020"
_COMPARISON = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell|increas(?:e|ed|ing)|decreas(?:e|ed|ing)|drop(?:ped|ping)?|"
    r"declin(?:e|ed|ing)|climb(?:ed|ing)?|jump(?:ed|ing)?|grew|growing)\s+from|compared\s+(?:with|to)|"
    r"as\s+against|against|versus|vs\.?|(?P<comp>\w+)\s+than)\b",
    re.I,
)
_COMPARISON_NEEDS = ("from", "compared", "against", "versus", "vs", "than")  # one is in every match (see _lacks)
_BOUND_BEFORE_THAN = frozenset({"more", "less", "fewer", "no", "over", "under", "greater"})
_COMPARISON_END = re.compile(r"[,;:()]|\s[-–—]\s|--")


def _comparisons(st: _State, sent_start: int, sent_end: int) -> list[tuple[int, int]]:
    """Where the sentence compares with another figure: from the word that opens the comparison to the end of
    its phrase (the next comma, semicolon, dash or bracket, else the sentence's end). "more than 300" is a bound
    of its own number, not a comparison. Read once per sentence: each figure asks it of each date."""
    got = st.comparisons.get(sent_start)
    if got is not None:
        return got
    text = st.article.text
    out: list[tuple[int, int]] = []
    st.comparisons[sent_start] = out
    if _lacks(text, sent_start, sent_end, _COMPARISON_NEEDS):
        return out  # most sentences compare with nothing
    for m in _COMPARISON.finditer(text, sent_start, sent_end):
        comp = m.group("comp")
        if comp is not None:
            nxt = text[m.end() : m.end() + 12].lstrip()
            word = nxt.split(" ", 1)[0].split("-", 1)[0].lower()
            if comp.lower() in _BOUND_BEFORE_THAN and (
                nxt[:1].isdigit() or nxt[:1] in "$€£" or word in ONE_WORD_NUMBERS or word in ("a", "an", "about")
            ):
                continue
            if not comp[:1].isalpha():
                continue
        end = _COMPARISON_END.search(text, m.end(), sent_end)
        out.append((m.start(), end.start() if end is not None else sent_end))
    return out


def _dates_apart(st: _State, date: Claim, fig: Token, at: int) -> bool:
    """A date of the sentence that does not time the figure at ``at`` (token ``fig``), by rules of how news
    sentences are built:

    - a comparison's date is its own figure's ("Turnout was 61%, up from 48% in 2022"; "42 murders this year,
      compared with 31 last year"), and a date outside it is not the compared figure's;
    - a relative or participle clause set off by commas describes its noun: its date is not the main clause's
      ("Smith, who was last elected in 1987, won 5,000 votes"; but the main clause's date may well be an aside's
      figure's: "the Frankford Junction crash in 1943, in which 79 people were killed");
    - a clause that "since" opens gives the start of the span the figure has grown over, or a cause: its date is
      its own event's ("has burned 18,590 acres since it started on Sunday afternoon");
    - a participle of what some data spans gives the span of what was examined, not when the figure was found
      ("fell below standard in 46 per cent of the cases it examined, covering births from 2015 to 2024")."""
    for a, b in _comparisons(st, *_sentence_of(st, at)):
        if (a <= date.start < b) != (a <= at < b):
            return True
    tok = _token_of(st, date.start)
    if tok is None:
        return False
    if any(
        x.dep_ == "advcl" and not _within(fig, x) and any(c.dep_ == "mark" and c.lower_ == "since" for c in x.children)
        for x in (tok, *tok.ancestors)
    ):
        return True
    if any(x.tag_ == "VBG" and x.lemma_.lower() in _SPANNING and not _within(fig, x) for x in (tok, *tok.ancestors)):
        return True
    if _past_beside_present(_finite_verb(tok), _finite_verb(fig)):
        return True
    return any(not _within(fig, c) for c in _asides(tok))


def _past_beside_present(dated: Token, verb: Token) -> bool:
    """A date's verb and the figure's joined by "and", one in the simple past and the other in the simple present:
    "Karaduman turned 19 in August and has nine goals this season", "The plant opened in 2019 and employs 450 people",
    "said they paid the $165 entry fee and want a free place next year". The present tells how things stand as the
    story is told (or what is wanted now), whatever day the past event had, and neither clause's date is the
    other's (but "broke out on Sunday and has destroyed 200 homes" counts since that day: a perfect keeps the
    date)."""
    if dated.i == verb.i:
        return False
    if not ((verb.dep_ == "conj" and verb.head.i == dated.i) or (dated.dep_ == "conj" and dated.head.i == verb.i)):
        return False
    for past, present in ((dated, verb), (verb, dated)):
        if (
            (past.tag_ == "VBD" or _bare_participle(past))
            and (present.tag_ in ("VBZ", "VBP") or _bare_present(present))
            and not _has_auxiliary(present)
        ):
            return True
    return False


def _finite_verb(tok: Token) -> Token:
    """The finite verb of ``tok``'s clause: the nearest of it and its heads in a past or present tense form (a
    participle's clause is its head's: "including nine goals" is of "has")."""
    for x in (tok, *tok.ancestors):
        if x.dep_ in _CLAUSE_DEPS and (x.tag_ in ("VBD", "VBZ", "VBP") or _bare_participle(x) or _bare_present(x)):
            return x
    return tok


def _bare_present(verb: Token) -> bool:
    """A base form joined to a verb with no auxiliary of its own to share: a present the model tagged a base form
    ("they paid the fee and want a refund")."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "conj"
        and verb.head.tag_ in ("VBD", "VBZ", "VBP")
        and not _has_auxiliary(verb.head)
        and not _has_auxiliary(verb)
    )


_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis"})


def _bare_participle(verb: Token) -> bool:
    """A past participle heading its clause with no auxiliary: the model's tag for a simple past it misread ("The
    depot opened in September and ...")."""
    return verb.tag_ == "VBN" and not _has_auxiliary(verb)


_SPANNING = frozenset({"cover", "span"})  # "covering births from 2015 to 2024", "spanning three decades"


def _within(tok: Token, head: Token) -> bool:
    return head.left_edge.i <= tok.i <= head.right_edge.i


def _asides(tok: Token) -> list[Token]:
    """The asides ``tok`` stands in: relative or participle clauses set off by a comma."""
    out = []
    for x in (tok, *tok.ancestors):
        if x.dep_ in ("relcl", "acl"):
            left = x.left_edge.i
            if left > x.sent.start and x.doc[left - 1].text == "," and x.head.i < left:
                out.append(x)
    return out

_TALLIED = frozenset({"count", "percent"})  # figures that run up through a day: riders, votes counted, turnout
_CLOCK = (
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock)|noon|midday|mid-?morning|mid-?afternoon"
    r"|lunchtime|nightfall|dusk|(?:[a-z]+ )?(?:morning|afternoon|evening)"
)
_TALLY_POINT = re.compile(
    rf"\b(?:by|as of|as at)\s+(?:{_CLOCK})"
    r"|\bby\s+(?:the same|that|this)\s+(?:hour|point|time)\b|(?<!than )\bat\s+the same\s+(?:hour|point)\b",
    re.IGNORECASE,
)

_TALLY_POINT_NEEDS = ("by", "as of", "as at", "same")  # one of them is in every match of _TALLY_POINT


# "over the two days", "in the past three days", "both days combined", "the inauguration day and the march day
# combined": a sentence that sums its figures over several days
_OVER_DAYS = re.compile(
    r"\b(?:over|in|during|across) the (?:past |last |first )?(?:two|three|four|five|six|seven|\d+) days\b"
    r"|\bdays? combined\b"
    r"|\b(?:at|over|during|across|throughout) the (?:whole |long )?weekend\b",  # Saturday and Sunday together
    re.IGNORECASE,
)
_OVER_DAYS_NEEDS = ("day", "weekend")  # one of them in every match of _OVER_DAYS


def _span_text(st: _State, span: Span) -> str:
    """``span.text``, cut from the doc's text: Span.text makes a Token of every word on each access."""
    return st.index.text[span.start_char : span.end_char]


def _sentence_has(st: _State, rx: re.Pattern[str], sent: Span, needs: tuple[str, ...] = ()) -> bool:
    """Whether ``rx`` is found in the sentence's text: searched once per sentence, not once per figure of it.
    ``needs``: lower-case words of which every match of the case-blind ``rx`` holds one, so that an ASCII text
    (whose lower() is its case-folding) without any of them is no match, and need not be searched."""
    # keyed by the pattern's id, not the pattern: hashing a compiled pattern hashes all its code, a microsecond
    # or more each time (the patterns are the module's own, alive as long as it is)
    key = (id(rx), sent.start_char)
    got = st.searched.get(key)
    if got is None:
        text = _span_text(st, sent)
        if needs and text.isascii():
            low = text.lower()
            if not any(w in low for w in needs):
                st.searched[key] = False
                return False
        got = st.searched[key] = rx.search(text) is not None
    return got


def _by_time_of_day(st: _State, sent: Span, verb: Token) -> bool:
    """ "193,000 had ridden as of 11 a.m.", "by noon, turnout was 31%", "at the same point on Friday, the count was
    193,000": a figure of the clause is a tally up to a time of day, not the whole day's. A clock with "at" ("derailed
    at 9:21 p.m. with 238 aboard") says when something happened, and is no tally; "more than at the same point last
    year" times the figure compared with, not this one."""
    if not _sentence_has(st, _TALLY_POINT, sent, _TALLY_POINT_NEEDS):
        return False  # most sentences: no tally point at all, and no clause to walk
    words = "".join(t.text_with_ws for t in sent if _governor(t).i == verb.i)
    return _TALLY_POINT.search(words) is not None


def _compared_with(st: _State, c: Claim) -> bool:
    """A year, month or week a change is measured against, not when it happened: "up 6.2 per cent on last year",
    "higher than in 2024", "compared with the previous year" (a day after "on" is when: "rose on Monday")."""
    return (
        isinstance(c.value, DateValue)
        and c.value.grain in ("year", "quarter", "month", "week")
        and _COMPARED_WITH.search(st.article.text, max(0, c.start - 40), c.start) is not None
    )


def _ranked_within(st: _State, c: Claim, verb: Token) -> bool:
    """A date that bounds a ranking, not when the figure holds: "in one of the largest antitrust penalties in
    central Europe this decade", "the biggest fine in the regulator's history since 2010" (see _superlative_frame)."""
    tok = _token_of(st, c.start)
    if tok is None or any(a.i == tok.i for a in verb.ancestors):
        return False  # "its worst earthquake since 2005, when a quake killed about 75,000": the clause is of the date
    # (the parse may hang the date on the verb, right after the phrase: "... in central Europe this decade")
    for t in (tok, tok.doc[tok.i - 1]) if tok.i > 0 else (tok,):
        for a in (t, *t.ancestors):
            if a.i == verb.i or a.pos_ in ("VERB", "AUX"):
                break
            if a.pos_ == "NOUN" and a.dep_ == "pobj" and _superlative_frame(a):
                return True
    return False


_COMPARED_WITH = re.compile(
    r"\b(?:on|than(?: in)?|against|compared (?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:same\s+\w+\s+(?:of\s+|in\s+)?)?\Z"
)

# "fell to 1.5%, from 3.8% a year earlier", "up from 41,000 last year", "compared with £132.7 million the year
# before": a date right after the figure a change is from or measured against is that figure's, not the changed one's
_EARLIER_FIGURE_BEFORE = re.compile(
    r"\b(?:from|with|against)\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?"
    r"(?P<figure>[^\s\d]{0,4}\d[\d.,]*)\s*(?:%|per\s?cent|percent|[a-z]+(?:\s+[a-z]+)?)?\s+\Z",
    re.IGNORECASE,
)


def _another_figures_date(st: _State, c: Claim, at: int | None) -> bool:
    """Whether the date ``c`` comes right after the figure a change is from, and that figure is not the one at
    ``at``: it times the earlier figure only."""
    m = _EARLIER_FIGURE_BEFORE.search(st.article.text, max(0, c.start - 40), c.start)
    return m is not None and (at is None or not m.start("figure") <= at < m.end("figure"))

# "$1.33, a low last seen in 1985", "a level not seen since 1985": the date bounds a comparison with the past,
# as a superlative's "since" does; it is not when the figure holds
_LAST_SEEN = re.compile(
    r"\b(?:last|not(?: been)?|never)\s+(?:seen|recorded|reached|hit|touched|matched|witnessed)\s+(?:in|since|during)"
    r"\s+(?:the\s+)?\Z"
)


# Verbs that tell that something was said or heard: "police said on Tuesday", "a court heard yesterday",
# "the coroner was told on Monday". The day of one is when a figure was told, not when what it counts happened.
_TELLING_VERBS = frozenset(
    "say tell add state comment note write explain reiterate insist argue announce confirm report reveal admit "
    "claim warn hear testify".split()
)


def _telling_verb(st: _State, date: Claim) -> tuple[Token, Token] | None:
    """The date's first token and the verb of saying or hearing that governs it, if one does."""
    tok = _token_at(st.doc, date.start)
    if tok is None:
        return None
    gov = _governor(tok)
    return (tok, gov) if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in _TELLING_VERBS else None


def _said_on(st: _State, date: Claim, verb: Token) -> bool:
    """A date that a verb of saying or hearing governs, when that verb is not the figure's own ("dumped 50
    million gallons in a 19-day spill, a court heard yesterday", "On Tuesday the minister said 40 tonnes were
    dumped"): it is the day the figure was told, which is no time of the figure ("police reported 12 arrests on
    Tuesday", where the figure is the verb's own object, keeps it)."""
    told = _telling_verb(st, date)
    return told is not None and told[1].i != verb.i


def _story_day_window(text: str) -> int:
    """How many days before the article's own a date may be and still be the story's day: a week for a date told
    against the article's ("on Monday", "three weeks ago"), a month for a day of a month written out ("on June 15")."""
    return WRITTEN_STORY_DAY_WINDOW if names_day_of_month(text) else STORY_DAY_WINDOW


def _still_going_on(st: _State, date: Claim) -> bool:
    """A date of what was "still" going on ("Residents were on Wednesday still counting their losses after a tanker
    exploded on Tuesday night"), or of a state told as going on on the article's own day ("Three runners remained
    in critical condition Monday, a day after the heat emergency", in Monday's paper): an aftermath's day, not the
    day of the story's event, which its lede gives after. (A state of a day before the article's may be the event
    itself: "remained without electricity for nine hours on Sunday", in Monday's paper.)"""
    tok = _token_at(st.doc, date.start)
    if tok is None:
        return False
    gov = _governor(tok)
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    if gov.lemma_.lower() in _STATE_CONTINUE:
        return isinstance(date.value, DateValue) and date.value.start == st.reference
    # ("were on Wednesday still counting", parsed with "counting" a clause of "were")
    verbs = [gov, *(v for v in kids(gov) if v.dep_ in ("advcl", "xcomp", "acomp") and v.i > tok.i)]
    return any(c.dep_ == "advmod" and c.lower_ == "still" for v in verbs for c in kids(v))


def _told_on(st: _State, date: Claim) -> bool:
    """A date a verb of saying governs ("The government on Saturday said ...", "Police said on Friday"): the day
    something was told. A verb before the date in its sentence other than that one ("Passengers on a flight that
    skidded off the runway on Friday night say ...") may be the date's own, whatever the parse hangs it from."""
    told = _telling_verb(st, date)
    if told is None:
        return False
    tok, gov = told
    return not any(t.pos_ == "VERB" and t.i != gov.i for t in st.doc[tok.sent.start : tok.i])


def _record_since(st: _State, date: Claim, verb: Token) -> bool:
    """ "Turnout was 72%, the highest since 1992", "its lowest level since 1985", "the first time since 2001":
    the date after a superlative's "since" bounds the comparison, it is not when a figure before it holds; a
    figure after it is that date's own ("the worst since 1987, when 16 people died")."""
    tok = _token_of(st, date.start)
    if tok is None or verb.i > tok.i:
        return False
    since = next((a for a in tok.ancestors if a.lower_ == "since" or a.pos_ in ("VERB", "AUX")), None)
    if since is None or since.lower_ != "since":
        return False  # "since the general election of 1992" too
    for t in reversed(st.doc[max(tok.sent.start, since.i - 8) : since.i]):
        if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text in ";:":
            return False  # "prices rose most in March, and have fallen since 2019": another clause's span
        if t.tag_ in ("JJS", "RBS") or t.lower_ in _RECORD_WORDS:
            return True
    return False


def _describes_a_noun(st: _State, date: Claim, verb: Token) -> bool:
    """A date of the article's own year in a relative clause that does not hold the figure ("killed by the
    earthquake that struck on Tuesday"): it dates the noun the clause describes, not the figure; so does the date a
    clause says the noun began on, in any year ("in hearings which began in January 2023")."""
    value = date.value
    if not isinstance(value, DateValue):
        return False
    tok = _token_of(st, date.start)
    gov = _governor(tok) if tok is not None else None
    if gov is None or gov.i == verb.i or gov.dep_ not in ("relcl", "acl"):
        return False
    if gov.left_edge.i <= verb.i <= gov.right_edge.i:
        return False  # (the clause holds the figure)
    if gov.lemma_.lower() in _BEGIN_VERBS:
        return True  # "212 witnesses, in hearings which began in January 2023": the start of a span, in any year
    set_before_noun = tok is not None and tok.dep_ in ("nummod", "compound", "amod") and tok.head.pos_ == "NOUN"
    if tok is not None and set_before_noun and tok.i < tok.head.i and verb.dep_ not in ("relcl", "acl"):
        # "The vote in the city of about 310,000 people was the first run-off held under the 2025 electoral reform": a
        # year set before a noun says which reform, in any year, and the clause it stands in is another noun's (but
        # "the 2018 recalls, when around 900,000 patients were affected": a figure's own relative clause may be told
        # of that noun, however the parse hangs it)
        return True
    year = st.article.date.year if st.article.date is not None else None
    # ("the crash that happened in 1943": another year still dates what is counted)
    return value.grain not in ("year", "decade", "century") and value.start.year == year


_BEGIN_VERBS = frozenset("begin start open commence launch".split())


# -- parse helpers --------------------------------------------------------------------------------------


def _unit_kind(word: str) -> ClaimKind | None:
    w = _singular(word.lower())
    if w in TIME_UNITS:
        return "duration"
    if w in MEASURE_UNITS:
        return "measure"
    return None


def _singular(w: str) -> str:
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _noun_after(doc: Doc, char: int) -> Token | None:
    tok = _token_at(doc, char)
    if tok is None:
        return None
    for t in doc[tok.i : min(len(doc), tok.i + 5)]:
        if t.pos_ in ("NOUN", "PROPN") and t.idx >= char:
            return t
    return None


def _elliptical_part(num: Token) -> bool:
    """ "Two Veltron employees were injured, one seriously": a number after a comma that heads its own phrase, with
    no noun, after a count earlier in its sentence, is a part of that count with "of them" left out."""
    if num.i == 0 or num.doc[num.i - 1].text != "," or num.dep_ in ("nummod", "quantmod", "compound"):
        return False
    if any(c.pos_ in ("NOUN", "PROPN") or c.dep_ == "prep" for c in kids(num)):
        return False
    return any(t.like_num and t.dep_ == "nummod" for t in num.doc[num.sent.start : num.i - 1])


def _partitive(anchor: Token, span: Span) -> tuple[Token | None, bool, int | float | None]:
    """ "16 of the 17 officers" / "three of the men" / "seven of whom": (counted noun, partitive, whole)."""
    for tok in [anchor, *span]:
        for prep in kids(tok):
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in kids(prep):
                if pobj.dep_ != "pobj":
                    continue
                if pobj.pos_ in ("NUM",) and pobj.i < span.end:
                    # "16 of the 17" parsed with 17 as the object: the noun is what 17 counts
                    if pobj.head.pos_ in ("NOUN", "PROPN"):
                        return pobj.head, True, None
                    nxt = _noun_after(pobj.doc, pobj.idx + len(pobj.text))
                    return nxt, True, None
                if any(c.dep_ == "case" for c in kids(pobj)) or pobj.head.dep_ == "poss":
                    # "three of Port's victims" parsed with the possessor as the object: count the possessed
                    owned = pobj.head if pobj.dep_ == "poss" else _noun_after(pobj.doc, pobj.idx + len(pobj.text) + 1)
                    if owned is not None and owned.pos_ in ("NOUN", "PROPN"):
                        pobj = owned
                whole: int | float | None = None
                for c in kids(pobj):
                    # ("of the constituency's 2,41,860 electors": the parse may make the number a compound)
                    if c.dep_ in ("nummod", "compound") and c.like_num:
                        if (
                            span.start <= c.i < span.end
                            and c.lower_ in BARE_SCALES
                            and c.doc[c.i - 1].lower_ in ("a", "an", "one")
                        ):
                            # "a quarter of a million people", "three quarters of a billion dollars": the scale
                            # after "of" is the figure's own, which counts the noun; no part of a whole
                            return pobj, False, None
                        wq = parse_quantity(_number_words(c).text)
                        whole = wq.value if wq is not None and wq.is_point else None
                return pobj, True, whole
    doc = span.doc
    pron = doc[span.start - 1] if span.start >= 2 else None
    if pron is not None and doc[pron.i - 1].lower_ == "of" and pron.lower_ in _OF_PRONOUNS and pron.dep_ != "det":
        return pron, True, None  # "of whom around 300 are members", the "of" hung on the verb
    return None, False, None


_OF_PRONOUNS = frozenset({"whom", "which", "them", "these", "those"})


def _plural_after(tok: Token) -> Token | None:
    """The plural noun right after a number that the parse hung on a noun before it ("afternoon 289 people"):
    English puts a count before its noun, so the number counts the noun after it."""
    if not (tok.like_num and tok.dep_ == "nummod" and tok.head.i < tok.i and tok.i + 1 < len(tok.doc)):
        return None
    nxt = tok.doc[tok.i + 1]
    return nxt if nxt.tag_ == "NNS" and nxt.pos_ == "NOUN" else None


def _who_told(num: Token) -> bool:
    """A number that heads its own noun phrase, told of by a "who" clause ("the 48,709 who watched")."""
    return any(
        c.dep_ == "relcl" and any(k.dep_ in ("nsubj", "nsubjpass") and k.lower_ == "who" for k in kids(c))
        for c in kids(num)
    )


def _people_after(num: Token) -> Token | None:
    """ "police said 97 Thais were among the detained", which the parse reads with "97" as what was said: a number
    right before a people's plural counts them, however the parse hangs the two."""
    nxt = num.doc[num.i + 1] if num.like_num and num.i + 1 < len(num.doc) else None
    return nxt if nxt is not None and nxt.pos_ == "PROPN" and peoples_plural(nxt.text) else None


def _participle_noun(num: Token) -> Token | None:
    """ "a total of 48 reported measles cases", "it recorded 48 confirmed cases" parsed with the participle as a
    verb of its own: the plural noun after a past form that follows a number which is no subject. ("48 reported
    symptoms", with the number the verb's subject, is 48 people who reported them.)"""
    doc = num.doc
    if num.dep_ in ("nsubj", "nsubjpass") or num.i + 2 >= len(doc):
        return None
    verb = doc[num.i + 1]
    if (
        verb.tag_ not in ("VBN", "VBD") or verb.pos_ != "VERB"
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb))
    ):
        return None
    for t in doc[verb.i + 1 : verb.i + 4]:
        if t.tag_ == "NNS" and t.pos_ == "NOUN" and t.dep_ != "compound":
            return t
        if not (t.pos_ in ("ADJ", "NOUN", "PROPN") and t.dep_ in ("amod", "compound")):
            return None
    return None


def _modified_noun(anchor: Token, span: Span) -> Token | None:
    if (
        anchor.dep_ == "quantmod"
        and anchor.head.like_num
        and anchor.head.i > anchor.i
        and any(c.dep_ == "quantmod" and c.lower_ == "to" and anchor.i < c.i for c in kids(anchor.head))
    ):
        # "lift the hospital from 312 to 492 beds": a change, which the parse makes one phrase; the level before it
        # counts what the level after it counts, written once after the second
        return _modified_noun(anchor.head, anchor.doc[anchor.head.i : anchor.head.i + 1])
    after = _plural_after(anchor) or _participle_noun(anchor) or _people_after(anchor)
    if after is not None:
        return after
    label = _fact_box_label(span)
    if label is not None:
        return label
    code = anchor.head
    if (
        anchor.dep_ in ("compound", "nummod")
        and code.pos_ == "NUM"
        and code.i == anchor.i + 1
        and any(ch.isalpha() for ch in code.text)
        and code.head.pos_ == "NOUN"
        and code.head.i > code.i
    ):
        return code.head  # "seven VH-18 helicopters": the model's code is read as a number; the count is of the noun
    if (
        anchor.dep_ == "nummod"
        and code.pos_ == "ADJ"
        and code.dep_ == "amod"
        and code.i == span.end
        and code.head.pos_ == "NOUN"
        and code.head.i > code.i
    ):
        return code.head  # "3.2 million current and former customers": hung on the adjective before its noun
    if anchor.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and (
        anchor.head.pos_ in ("NOUN", "PROPN") or _noun_as_adjective(anchor.head) or _noun_as_verb(anchor.head)
    ):
        head = anchor.head
        # "Forty fire engines": the number may hang on the first noun of a compound; count its last noun.
        while head.dep_ in ("compound", "nummod") and head.head.pos_ == "NOUN" and head.head.i > head.i:
            head = head.head
        owner = head.head
        if (
            head.dep_ == "poss"
            and head.tag_ == "NNS"
            and any(c.dep_ == "case" and c.text in ("'", "’", "'s", "’s") for c in kids(head))
            and owner.pos_ == "NOUN"
            and owner.tag_ == "NNS"
            and owner.i > head.i
            and not person_noun(owner.lemma_.lower())
        ):
            # "five girls' schools", "two women's shelters" read as "girls' schools": a plural genitive that names a
            # kind of thing, whose number counts the things (but "the five girls' parents" are the girls')
            return owner
        return head
    nxt = anchor.doc[span.end] if span.end < len(anchor.doc) else None
    if (
        nxt is not None
        and nxt.pos_ == "NOUN"
        and nxt.head.i in (anchor.i, *(t.i for t in nxt.head.subtree))
        and not _when_word(nxt)
    ):
        return nxt
    for child in kids(anchor):
        # (never a word of the figure itself: the "m" of "$26.5m", which the parse may hang on 26.5 as a noun; nor a
        # counted apposition, which lists the parts of a bare number: "Seventeen were hurt, three crew and 14 ...")
        if (
            child.pos_ == "NOUN"
            and child.dep_ in ("compound", "appos")
            and child.i >= span.end
            and not (
                child.dep_ == "appos"
                and any(c.dep_ == "nummod" and c.like_num for c in kids(child))
                and _after_a_comma(child)  # (not a bracket: "16,141,242 (48.1%)")
            )
            # (nor who "one" is: "Two people were taken to hospital; one, a flight attendant, was released", one of
            # the two, described; no count of flight attendants)
            and not (child.dep_ == "appos" and anchor.lower_ == "one" and _indefinite(child) and _after_a_comma(child))
        ):
            return child
    return None


def _a_colon(tok: Token) -> bool:
    return fact_box_colon(tok.text, tok.idx) is not None  # (":" or "):", see layout.fact_box_colon)


def _fact_box_label(span: Span) -> Token | None:
    """The plural noun a fact box's line counts, set before a colon and the figure ("Suspected cases: 226", "- Deaths:
    4 (case fatality ratio 1.8 percent)"), however the parse hangs the figure: the line opens with the noun's phrase,
    and the figure comes right after its colon."""
    doc = span.doc
    k = span.start
    if k < 2 or not _a_colon(doc[k - 1]):
        return None
    noun = doc[k - 2]
    own = {t.i for t in noun.subtree}
    if noun.tag_ == "NNS" and all(t.i in own for t in doc[noun.sent.start : k - 1] if not t.is_punct):
        return noun
    return _line_label(doc, k - 1)


def _label_words(doc: Doc, colon: int) -> list[Token] | None:
    """The words of a fact box's label before the colon at ``colon`` (layout.fact_box_line), after its bullet; None
    for a sentence that only has a colon, or whose label says who spoke or gives a figure in words."""
    text = doc.text
    at = fact_box_colon(doc[colon].text, doc[colon].idx)
    if colon + 1 >= len(doc) or at is None or not fact_box_line(text, at, doc[colon + 1].idx):
        return None
    line_start = label_start(text, at)
    words = [t for t in doc[max(0, colon - 12) : colon] if t.idx >= line_start and not t.is_space]
    while words and (words[0].is_punct or words[0].text in _BULLETS):
        words = words[1:]
    # (a year in the label says when its figure holds, no figure of its own: "Candidates in the 2025 session")
    if not words or any(t.like_num and not _a_year(t) for t in words):
        return None
    depth, said = 0, False
    for t in words:  # ("Cases (confirmed and probable): 87": a bracket's aside says what kind, not who spoke)
        depth += t.text.count("(") - t.text.count(")")
        said = said or (depth <= 0 and t.lemma_ in SPEECH_VERBS)
    return None if said else words


def _a_year(tok: Token) -> bool:
    """A token written as a year of the modern calendar ("2025", "1998")."""
    return len(tok.text) == 4 and tok.text.isdigit() and 1800 <= int(tok.text) <= 2100


def _labelled(span: Span) -> bool:
    """A figure that is a fact box's line's, after its own label and colon, a word of which says what it is ("Gate:
    14"); not a name's ("Kowalczyk: 21,502", under "Final recount totals": whose figure, not what)."""
    k = span.start
    words = _label_words(span.doc, k - 1) if k >= 2 and _a_colon(span.doc[k - 1]) else None
    if words is None:
        return False
    alpha = [t for t in words if t.is_alpha]
    if len(alpha) == 1:
        return not alpha[0].ent_type_ and noun_lemma(alpha[0].lower_) is not None  # ("Gate", not "Kowalczyk")
    return any(t.text[:1].islower() for t in alpha[1:])  # ("Flight number", not "Ortega-Lind")


def _label_counted(span: Span, figure: str) -> str | None:
    """What a fact box's line counts when its label says what the figure is and the figure is written as an amount:
    grouped in thousands or with a word of scale ("Auto theft: 1,846", "Employment: 2.79 million", "Headcount:
    6,515"). A number that names one thing ("Gate: 14", "Flight number: 370") is never so written. The label's last
    word, as a noun's lemma where it is one; None for any other figure."""
    if not _WRITTEN_AMOUNT.search(figure) or not _labelled(span):
        return None
    words = _label_words(span.doc, span.start - 1)
    last = next((t for t in reversed(words or []) if t.is_alpha), None)
    if last is None or last.ent_type_:
        return None
    return noun_lemma(last.lower_) or last.lower_


# A figure written as an amount, not as a name's number: grouped in thousands, or with a word of scale
_WRITTEN_AMOUNT = re.compile(r"\d,\d{3}|\d\s*(?:thousand|million|billion|trillion|lakh|crore|m|bn)\b", re.IGNORECASE)


def _label_people(span: Span) -> tuple[str | None, str | None] | None:
    """A fact box's one-word label that names people, by what befell them or by their nationality ("- Dead: 2",
    "Missing: 4", "Vietnamese: 3"): (the measure, the demonym); None for any other line."""
    doc = span.doc
    k = span.start
    if k < 2 or not _a_colon(doc[k - 1]):
        return None
    words = _label_words(doc, k - 1)
    if words is None or len(words) != 1 or not words[0].is_alpha:
        return None
    word = words[0]
    if people_noun(word.lower_) is not None and word.text[:1].isupper():
        return None, word.lower_
    measure = predicate_measure(word)
    return (measure, None) if measure in HUMAN_MEASURES else None


def _label_place(st: _State, span: Span) -> str | None:
    """ "- Japan: 2,000", "- North America: 1,800" under "The 6,500 reductions break down as": a fact box's line whose
    label is a place's name alone gives that place's figure."""
    k = span.start
    words = _label_words(span.doc, k - 1) if k >= 2 and _a_colon(span.doc[k - 1]) else None
    if not words or any(t.ent_type_ not in _PLACE_LABELS for t in words if t.is_alpha):
        return None
    return _place_name(st, words[-1])


def _line_label(doc: Doc, colon: int) -> Token | None:
    """The plural noun that opens a fact box's line, whatever follows it before the colon ("- Beaches shut: 5",
    "Boats in clean-up: 40", "• Containers lost overboard: 17", "Fish farms affected off Pulau Lepai: 11"): the
    label's first plural noun, after at most two words that qualify it ("Clean-up vessels at peak"). The parse of a
    line with no verb is a guess (it tags a capitalised "Beaches" or "Homes" as a name), so the words are read by
    their form."""
    words = _label_words(doc, colon)
    if words is None:
        return None
    before = 0  # the words before the noun
    for t in words:
        if t.tag_ == "NNS" or (t.tag_ in ("NNP", "NNPS") and t.i == words[0].i and _plural_of_noun(t.lower_)):
            if t.tag_ != "NNS" and (lemma := noun_lemma(t.lower_)) is not None:
                t.lemma_ = lemma  # "Homes destroyed": the tagger's name is the plural of "home"
            return t
        if t.tag_ == "NN" and _group_of_people(t.lower_):
            return t  # "Total population: 229,416,803", "Crowd: 45,000": a group's number is how many it holds
        if t.is_punct or t.pos_ == "PART":
            continue  # ("Clean-up vessels")
        before += 1
        if before > 2 or t.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB", "ADP") or t.lower_ in ("said", "says"):
            break
    # "- Promoter's attendance figure: 62,000": a label that ends in a tally's noun counts the noun before it, as
    # "the attendance figure" does (not "Flight number: 370", which names one flight)
    last = words[-1].lemma_.lower()
    if len(words) >= 2 and last in _LABEL_TALLIES and words[-2].tag_ == "NN" and words[-2].is_alpha:
        return words[-2]
    return None


# The tally nouns a label may end in to count the noun before it: not "number", which after a noun names one thing
# ("flight number", "case number"), not how many.
_LABEL_TALLIES = TALLY_NOUNS - {"number"}


def _group_of_people(noun: str) -> bool:
    """Whether a noun's first sense is a group of people ("population", "crowd", "electorate", "workforce"): not a
    number or a formation of things ("Flight number: 370", "Flight: 370")."""
    return any(kind_of(noun, k, senses=1, steps=8) for k in ("people", "gathering", "citizenry", "organization"))


_BULLETS = frozenset("•*·▪–—-")


def _after_a_comma(tok: Token) -> bool:
    """Whether ``tok``'s phrase is set off by a comma before it (the comma may be the phrase's own first token)."""
    edge = tok.left_edge
    return edge.text == "," or (edge.i > 0 and tok.doc[edge.i - 1].text == ",")


def _one_speaker(num: Token, noun: Token | None) -> bool:
    """ "one" of a noun that is who says something ("said one mountain guide", "one resident told the BBC"): an
    indefinite speaker, as "a mountain guide" is, no count of guides."""
    return (
        noun is not None
        and num.lower_ == "one"
        and num.head.i == noun.i
        and noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in SPEECH_VERBS
    )


def _one_singled_out(num: Token, noun: Token | None) -> bool:
    """ "one water station near the 20-mile mark had run out": "one" with words after its noun that pick it out, the
    subject of its clause, is one of several, a part, no count of them all (unless something befell it: "one person
    in the car died" is a toll; "the town has one school for 400 children" counts all of them)."""
    return (
        noun is not None
        and num.lower_ == "one"
        and num.head.i == noun.i
        and noun.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ in ("prep", "relcl", "acl") and c.i > noun.i for c in kids(noun))
    )


def _noun_as_adjective(tok: Token) -> bool:
    """A noun the tagger took for an adjective ("ordered him to pay a $25,000 fine", "fine" an adjective): a word
    with a determiner in a noun's place in the clause (its object, subject or a preposition's object)."""
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr")
        and any(c.dep_ == "det" for c in kids(tok))
    )


def _noun_as_verb(tok: Token) -> bool:
    """A plural noun the tagger took for a verb ("the INP transferred 27 inmates", "inmates" a VBZ): a word in a
    noun's place in the clause with a number modifying it, which no verb has."""
    return (
        tok.tag_ == "VBZ"
        and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj")
        and any(c.dep_ == "nummod" and c.like_num for c in kids(tok))
    )


def _when_word(tok: Token) -> bool:
    """ "rose to 14 yesterday", "reached 30 this morning": a noun that says when (a time the model tags, or a bare
    noun phrase used as an adverb) is never what a number before it counts; a unit of time is what a duration
    counts ("in a few seconds", "for 3 weeks")."""
    return (tok.ent_type_ in ("DATE", "TIME") or tok.dep_ == "npadvmod") and _singular(tok.lower_) not in TIME_UNITS


def _gauges_its_head(verb: Token) -> bool:
    """A participle or a relative clause of gauging or pricing that describes the thing gauged, its head noun:
    "the lost load, valued at $340,000", "a load the contractor values at $240,000", "a house priced at £500,000"
    (a relative clause with its own subject and no object, so that the noun fills the object's place)."""
    if verb.lemma_.lower() not in _GAUGING_VERBS | _PRICING_VERBS or verb.head.pos_ != "NOUN":
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN"
    return (
        verb.dep_ == "relcl"
        and not any(c.dep_ == "dobj" for c in kids(verb))
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in kids(verb))
    )


def _gauged_object(tok: Token) -> Token | None:
    """The object of a verb of gauging ("estimated the damage", "put the bill") that ``tok`` is or stands in a
    phrase of ("the damage to rolling stock and infrastructure"), unless it only names what is measured; of a
    reckoning ("put its early estimate of the damage at $46 million"), what the reckoning is of."""
    for _ in range(5):
        if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in LEVEL_VERBS:
            if tok.lemma_.lower() in _RECKONING_WORDS:
                of = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
                tok = next((c for c in kids(of) if c.dep_ == "pobj"), tok) if of is not None else tok
            return tok if tok.lemma_.lower() not in _MEASURED_WORDS | _RECKONING_WORDS else None
        if tok.dep_ not in ("prep", "pobj", "pcomp", "conj", "dobj") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _festival_of_a_kind(doc: Doc, a: int, b: int) -> bool:
    """A festival's name set before a noun that is no time names a kind of thing, not the festival's day: "a
    thanksgiving service", "the town's Christmas market", "strong Easter sales", "the Halloween party". "the
    Christmas Day crash", "the Easter weekend" and "the Sunday service" are still days (a time noun, a day's own
    word, or a weekday)."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.dep_ != "det"]
    if len(words) != 1:
        return False
    word = words[0]
    if word.like_num or word.lower_ in _DAY_WORDS or not word.is_alpha:
        return False
    head = word.head
    if word.dep_ not in ("compound", "amod", "nmod") or head.i != word.i + 1 or head.pos_ != "NOUN":
        return False
    return not kind_of(head.lemma_.lower(), "period", steps=4)


# Words of a day that are no festival's name: weekdays, months and the days counted from today.
_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "january february march april may june july august september october november december "
    "today yesterday tomorrow tonight weekend".split()
)


def _money_in(span: Span) -> Token | None:
    """The kind of money an amount is in, named right after it: "found $240,000 in cash", "awarded her $50,000 in
    damages", "released $2 million in federal aid" (a bare noun WordNet makes a possession or money, alone; not "£5m
    in total", nor "in the bank")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "in":
        return None
    noun = next((c for c in kids(doc[span.end]) if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod", "conj") for c in kids(noun)):
        return None  # (nor "lost €2.1 million in sales and penalties": an amount of two kinds, neither its own)
    from ..reconcile.related import kind_of  # (WordNet's table loads on first use)

    # (the word as written first: "damages" is compensation, its lemma "damage" harm)
    words = (noun.lower_, noun.lemma_.lower())
    return noun if any(kind_of(w, "possession", steps=10) or kind_of(w, "money", steps=8) for w in words) else None


def _stuff_of(noun: Token | None) -> Token | None:
    """A unit noun's stuff, when it takes one with "of": what "the 36,000 litres of petrol on board was worth Sh3.6
    million" prices is the petrol, as "the petrol on board was worth Sh6.3 million" says."""
    if noun is None or noun.pos_ != "NOUN" or not _a_unit(noun.lemma_.lower()):
        return noun
    stuff = _of_object(noun)
    return stuff if stuff is not None and not _only_a_scale(stuff.lemma_.lower()) else noun


_MOST = frozenset({"most", "fewest"})


def _most_of(anchor: Token) -> Token | None:
    """The noun a bare number gives the count of after a superlative names it: "Iowa has the most cases, with 14",
    "Iowa had the most cases, 14", "California reported the most infections, with 48" (the number states how many
    of them the one with the most has)."""
    owner = anchor.head
    if anchor.dep_ == "pobj" and owner.lower_ == "with":
        owner = owner.head
    elif anchor.dep_ not in ("appos", "npadvmod"):  # (the parse hangs "cases, 14" either way)
        return None
    if owner.pos_ in ("VERB", "AUX"):
        owner = next((c for c in kids(owner) if c.dep_ == "dobj" and c.pos_ == "NOUN"), owner)
    if owner.pos_ == "NOUN" and owner.i < anchor.i and any(c.lower_ in _MOST for c in kids(owner)):
        return owner
    return None


def _worth_of(span: Span) -> Token | None:
    """The noun an amount after "worth" prices: "seized medicines worth an estimated N3.2 billion" (the medicines,
    whatever the parse hangs "worth" on), "a haul worth $2m"; None for another amount."""
    root = span.root
    worth = root.head
    if root.dep_ not in ("pobj", "npadvmod", "dobj") or worth.lower_ != "worth" or worth.i == 0:
        return None
    before = worth.doc[worth.i - 1]
    if before.pos_ in ("NOUN", "PROPN") and not before.like_num:
        return before
    return None


def _measured_noun(span: Span, share: bool = False) -> Token | None:
    """What an amount of money or a percentage measures, when no noun is counted:
    "raise council tax by 4.99%" / "bills rise by 4.99%" (the verb's object, else its subject),
    "the budget is £412m" (the subject), "a council tax rise of 4.99%" (the thing that rises), "attendances were
    up 38 per cent" (the subject of the change)."""
    root = span.root
    head = root.head
    worth = _worth_of(span)
    if worth is not None:
        return worth
    if root.dep_ == "pobj" and head.dep_ == "prep":
        owner = head.head
        # ("the total package is now valued at $30 million": what is valued, assessed or priced, told as the passive's
        # subject; an active gauge's object is _gauged_object's, below)
        valued = owner.lemma_.lower() in _GAUGING_VERBS | _PRICING_VERBS and any(
            c.dep_ == "nsubjpass" for c in kids(owner)
        )
        at_level = head.lower_ == "at" and (owner.lemma_.lower() in LEVEL_VERBS or valued)
        if (head.lower_ in ("by", "to", "from") or at_level) and owner.pos_ in ("VERB", "AUX"):
            # "bills rise by 4.99%", "turnout stood at 71.8%"
            gauged = owner.lemma_.lower() in _GAUGING_VERBS
            if owner.dep_ == "relcl" and owner.head.pos_ == "NOUN" and any(
                c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in kids(owner)
            ):
                return owner.head  # "a bill that the director puts at about €85,000": the bill the clause is told of
            for dep in ("dobj", "nsubj", "nsubjpass"):
                got = next(
                    (
                        c
                        for c in kids(owner)
                        if c.dep_ == dep and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in _PERCENT_WORDS
                    ),
                    None,
                )  # (not the "cent" of "Revenue declined 4.3 per cent to ¥3.12 trillion", the change's own unit)
                if (
                    got is not None
                    and gauged
                    and dep == "nsubj"
                    and (got.pos_ == "PROPN" or got.ent_type_ or any(c.dep_ == "dobj" for c in kids(owner)))
                ):
                    # "the Chamber of Commerce puts it at £2.5m", "Insiders estimate it at ten million francs": who
                    # gauges an amount is not its thing, named, or set before the thing gauged (here "it")
                    return None
                if got is not None:
                    return got
            controller = _controller(owner)
            if controller is not None and not gauged:
                # "Shares closed 9.8 per cent higher, after rising by 4.2 per cent on Thursday": what a participle
                # with no subject of its own tells of is the subject of the clause it hangs on
                got = next(
                    (c for c in kids(controller) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")),
                    None,
                )
                if got is not None:
                    return got
        gauged_object = _gauged_object(owner) if head.lower_ == "at" else None
        if gauged_object is not None:
            # "estimated the damage at ₦160 million", where the parse hangs "at" on the object, or on a word of a
            # phrase after it ("estimated the damage to rolling stock at R38-million", "rolling" read as a verb)
            return gauged_object
        if head.lower_ == "at" and _gauges_its_head(owner):
            return owner.head  # "the lost load, valued at $340,000": the load's value
        if share and head.lower_ == "at" and owner.pos_ == "VERB":
            # "the sensor showed oxygen at 17 percent", "kept rates at 5%": the level of the object set before it (an
            # amount of money is more often a price or a value of another thing: "value the club at £68m")
            got = next((c for c in kids(owner) if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < head.i), None)
            if got is not None:
                return got
        if share and head.lower_ == "at" and owner.pos_ == "NOUN" and owner.i == head.i - 1:
            return owner  # "with inflation at 2.3%": the level of the noun it is set beside
        if head.lower_ == "of" and owner.pos_ == "NOUN":
            if owner.lemma_.lower() in CHANGE_NOUNS:
                inner = [c for c in kids(owner) if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
                if inner:
                    return inner[-1]
            return _price_of(owner)
    if root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() == "cost":
        return head  # "the repairs would cost $83 million": an amount a thing costs is its cost
    if root.dep_ in ("attr", "dobj") and head.lemma_ == "be":
        # "Turnout was 72%": the model may take a capitalised "Turnout" opening a sentence for a name
        return next(
            (c for c in kids(head) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None
        )
    if root.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and head.i > root.i:
        return head  # "on a 72.2% turnout", "a 4.99% rise"
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < root.i and not share:
        # "came with a hefty price tag - an estimated $58,000": the amount the tag names (only a tag a price or a cost
        # names, set beside its amount: "a first estimate of insured losses: R450m" is the losses' amount)
        price = _price_of(head)
        if price.i != head.i:
            return price
    if root.dep_ == "npadvmod":
        # "attendances were up 38 per cent", "sales fell 5% on the year": the subject of the change
        owner = head.head if head.pos_ in ("ADV", "ADJ") and head.head.pos_ in ("VERB", "AUX") else head
        if owner.pos_ in ("VERB", "AUX"):
            return next(
                (c for c in kids(owner) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None
            )
    return None


def _controller(verb: Token) -> Token | None:
    """The verb whose subject a subjectless participle takes as its own: "closed higher after rising by 4.2%",
    "rose 3%, taking the index to a record" (the participle hung on it as an adverbial, or on a preposition of it)."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids(verb)):
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif verb.dep_ != "advcl":
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.i != verb.i else None


def _price_of(noun: Token) -> Token:
    """ "a price tag of $58,000": a noun whose compound before it says the amount is a price or a cost names it by
    that word (a tag names nothing of money); else the noun."""
    word = next((c for c in kids(noun) if c.dep_ == "compound" and c.lemma_.lower() in _PRICE_WORDS), None)
    return word if word is not None else noun


_PRICE_WORDS = frozenset("price cost".split())


def _coordinated(noun: Token) -> Token | None:
    """The second noun of "N passengers and crew", "N men and women": a number before a coordination of nouns
    counts them together, unless the second has a number of its own ("281 passengers and 31 crew members"), is one
    ("four air ambulances and hundreds of rescuers") or has a determiner that makes it a phrase of its own ("40
    people and the driver")."""
    for c in kids(noun):
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > noun.i:
            joined = noun.doc[noun.i + 1 : c.i]
            if not joined or joined[0].lower_ != "and":
                return None
            if any(t.head.i != c.i or t.pos_ not in ("ADJ", "NOUN", "PROPN") for t in joined[1:]):
                return None  # "cancelled 4,300 appointments and diverted ambulances": a clause of its own
            if any(d.like_num or d.dep_ in ("det", "poss", "nummod", "quantmod") for d in kids(c)):
                return None
            if c.lemma_.lower() in _NUMBER_NOUNS:
                return None  # "Four air ambulances and hundreds of rescuers": a figure of its own
            if any(d.lower_ in ("other", "another") for d in kids(c)):
                return None  # "45 snowploughs and other heavy machinery": the others are not counted
            return c
    return None


def _currency_noun(cur: Token) -> Token | None:
    """What an amount written with a currency word is of: the noun the word modifies ("a 5 million euro fine"),
    else what it measures in its clause ("compensation of 20,000 euros"), as for an amount with a sign."""
    head = cur.head
    if cur.dep_ in ("compound", "nmod", "amod") and head.pos_ == "NOUN" and head.i > cur.i:
        return head
    return _measured_noun(cur.doc[cur.i : cur.i + 1])


_PERCENT_WORDS = frozenset({"cent", "percent", "%", "pc", "percentage"})


def _relative_antecedent(pron: Token) -> Token | None:
    """ "17 officers - seven of whom ...": "whom" stands for the noun the relative clause hangs on."""
    if pron.lower_ not in _OF_PRONOUNS:
        return None
    cur = pron
    head: Token | None = None
    for _ in range(8):
        if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN"):
            head = cur.head
            break
        if cur.head.i == cur.i:
            break
        cur = cur.head
    if head is not None and any(c.dep_ == "nummod" for c in kids(head)):
        return head
    # Appositive or dash-attached relative clause, or one the parse hung on a nearer noun ("employs 900 people at
    # the plant, of whom 300 are members"): the nearest counted noun before it in the sentence, as a part is of a
    # counted whole.
    for t in reversed(list(pron.sent)[: pron.i - pron.sent.start]):
        if t.pos_ == "NOUN" and t.lower_ not in _PERCENT_WORDS and any(c.dep_ == "nummod" for c in kids(t)):
            return t  # (not the "cent" of "85 per cent of those balloted": that is the number's own unit)
    return head


def _elided_noun(number: Token) -> Token | None:
    """ "Sumatran orangutans are critically endangered, with an estimated 14,600 left in the wild", "the turkeys
    affected account for 1.2 per cent of the roughly 9 million reared in the UK": a number that heads its noun
    phrase, with a participle after it, stands for that many of the plural noun its sentence has made its subject
    right before it (the noun is left out, as English leaves out what it has just said)."""
    if not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in kids(number)):
        return None
    if any(c.pos_ in ("NOUN", "PROPN") and c.dep_ != "acl" for c in kids(number)):
        return None
    plurals = [t for t in number.sent if t.i < number.i and t.tag_ == "NNS"]
    # (the nearest plural before it: "officials counted nearly 150 homes destroyed and 412 damaged" leaves out homes)
    return plurals[-1] if plurals and plurals[-1].dep_ in ("nsubj", "nsubjpass") else None


def _copula_attr(noun: Token) -> Token | None:
    """ "Five of the eight people ... are serving officers": the generic noun is really the attribute."""
    head = noun
    while head.dep_ in ("pobj", "prep") and head.head is not head:
        head = head.head
        if head.dep_ == "pobj" and head.pos_ in ("NOUN", "PROPN"):
            return None  # "The vote in the city of about 310,000 people was the first run-off": another noun's phrase
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = head.head
    if verb.lemma_ != "be":
        return None
    for c in kids(verb):
        if c.dep_ == "attr" and c.pos_ == "NOUN":
            return c
    return None


def _nominal_of(noun: Token) -> Token | None:
    """ "the number of dead", "a count of the injured": an adjective or participle used as the noun of "of"."""
    for prep in kids(noun):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in kids(prep):
                if pobj.dep_ == "pobj" and (pobj.pos_ == "ADJ" or pobj.tag_ == "VBN"):
                    return pobj
    return None


def _depth_of(anchor: Token, span: Span) -> str | None:
    """What a length measures when its unit takes "of" and a bare noun: "1.5 inches of rain", "30 cm of snow",
    "40 metres of track" (rain, snow, track: a depth or a stretch of that stuff, not a distance); "within 2 km of
    the plant" is a distance from a thing, and no such noun."""
    unit_noun = _modified_noun(anchor, span)
    if unit_noun is None or not {unit_noun.lemma_.lower(), _singular(unit_noun.lower_)} & MEASURE_UNITS:
        return None  # "a 40 metre stretch of wall": the stretch's length
    of = _of_object(unit_noun)
    if of is None or of.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in kids(of)):
        return None
    return of.lemma_.lower()


def _of_object(noun: Token) -> Token | None:
    for prep in kids(noun):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in kids(prep):
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj
    return None


def _modifiers(noun: Token) -> tuple[str, ...]:
    out: list[str] = []
    for c in kids(noun):
        if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and not c.like_num:
            if any(d.like_num and d.tag_ == "CD" for d in kids(c)):
                continue  # "a £1.2m refurbishment": the amount itself (its "m"), no word of what is counted
            out.extend(
                t.lemma_.lower()
                for t in c.subtree
                if t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") and not t.like_num and t.i < noun.i
            )
    return tuple(dict.fromkeys(out))


def _clause_noun(tok: Token) -> bool:
    """A word the tagger took for a noun that heads a clause of its own, with a subject, under another verb: "has
    learnt that the census cost Rs 6.4 crore" (the census cost it: a verb)."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ in ("ccomp", "advcl", "relcl")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _objectless_for(tok: Token) -> Token | None:
    """ "The fire burned for about 14 hours before tugs brought it under control": the parse may hang the hours on
    "before", as an offset, and leave "for" with no object; the "for" they are the object of, else None."""
    noun = tok.head if tok.dep_ == "nummod" else tok
    if noun.dep_ != "npadvmod" or noun.head.lower_ not in ("before", "after") or noun.left_edge.i == 0:
        return None
    prep = noun.doc[noun.left_edge.i - 1]
    return prep if prep.dep_ == "prep" and prep.lower_ in ("for", "over") and prep.n_rights == 0 else None


def _mistaken_verb(tok: Token) -> bool:
    """A word the tagger took for a tensed verb where the parse makes it an object, as only a noun is ("fined the
    company 12 million won": the won, Korea's currency, not "to win")."""
    return tok.tag_ in ("VBD", "VBZ", "VBP") and tok.dep_ in ("dobj", "pobj", "dative")


def _subject_dated_aside(date: Token, verb: Token) -> Token:
    """The noun a date set off by commas right after it dates, when the parse hangs the date on its verb ("The last
    nationwide strike, on July 30 last year, also lasted 24 hours": the strike's day, not the lasting's); else
    ``verb``."""
    prep = date.head
    if date.dep_ != "pobj" or prep.head.i != verb.i or verb.pos_ not in ("VERB", "AUX") or prep.i < 2:
        return verb
    doc = date.doc
    subject = doc[prep.i - 2]
    if doc[prep.i - 1].text != "," or subject.head.i != verb.i or subject.dep_ not in ("nsubj", "nsubjpass"):
        return verb
    end = prep.right_edge.i + 1
    if end >= len(doc) or doc[end].text != "," or subject.pos_ != "NOUN":
        return verb
    return subject


def _teller_before_clause(tok: Token, verb: Token) -> Token:
    """The verb of saying a reported clause hangs from, for a token the parse hangs in that clause but that stands
    between the two, before the clause's subject or its "that" ("The authority said on Monday it would install
    rumble strips": Monday is when it was said); else ``verb``."""
    if verb.dep_ != "ccomp" or verb.i < tok.i:
        return verb
    teller = verb.head
    if teller.pos_ not in ("VERB", "AUX") or teller.lemma_.lower() not in _TELLING_VERBS or not teller.i < tok.i:
        return verb
    opens = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass", "expl", "mark")), None)
    return teller if opens is not None and tok.i < opens.i else verb


def _governor(tok: Token) -> Token:
    if tok.dep_ == "conj" and tok.pos_ == "NUM" and tok.i + 1 < len(tok.doc):
        # "27 people were treated for injuries and four were taken to hospital", parsed with "four" a conjunct of
        # "injuries": a bare number right before an auxiliary is the subject of the verb that auxiliary serves
        aux = tok.doc[tok.i + 1]
        if aux.pos_ == "AUX" and aux.head.pos_ == "VERB" and aux.head.i > aux.i:
            return aux.head
    prep = _objectless_for(tok)
    if prep is not None:
        return _governor(prep.head)
    cur = tok
    for _ in range(10):
        if (cur.pos_ in ("VERB", "AUX") and not _mistaken_verb(cur)) or _clause_noun(cur):
            return _teller_before_clause(tok, cur)
        head = cur.head  # (each .head makes a new token: asked for once per step)
        if head.i == cur.i:
            return cur
        cur = head
    return cur


def _lemmas(tok: Token, exclude: Span | None = None, limit: int = 6) -> str:
    """Content lemmas of ``tok``'s phrase, up to ``limit``, stopping at a comma, dash or bracket that opens
    an aside ("killed by Port - Jack Taylor, 25, ...": the names are not what is said of the men)."""
    out: list[str] = []
    lo, hi = (exclude.start, exclude.end) if exclude is not None else (0, 0)  # (read once, not per word)
    here = tok.i
    for t in tok.subtree:
        i = t.i
        if lo <= i < hi:
            continue
        if out and i > here and t.is_punct and t.text in {",", "-", "–", "—", "(", ";", ":"}:
            break
        if t.pos_ in _CONTENT_POS and not t.like_num and t.lower_ not in HEDGES:
            out.append(t.lemma_.lower())
        if len(out) >= limit:
            break
    return " ".join(out)


# A verb's dependents that are no part of what it says of a figure (its subject, auxiliaries, other clauses), and
# those that are (its particles, objects and complements, read with _lemmas).
_NOT_PREDICATE_DEPS = frozenset(
    "nsubj nsubjpass punct cc conj aux auxpass advcl mark ccomp advmod npadvmod neg parataxis".split()
)
_PREDICATE_DEPS = frozenset("dobj attr acomp oprd xcomp prep agent dative pobj".split())


def _predicate(tok: Token, exclude: Span | None = None) -> str:
    """What is said of ``tok``: the governing verb with its particles and objects, plus the path to it.

    "The IOPC investigated the actions of 17 officers" -> "investigate action of"."""
    misplaced = _objectless_for(tok)
    if misplaced is not None:
        return _predicate(misplaced, exclude)  # "burned for about 14 hours before ...": "burn for"
    path: list[str] = []
    # the tokens from tok up to the verb: of the verb's children, those on tok's path to the root (so the
    # children of the verb that are tok or its ancestors, which no token above the verb can be)
    on_path = {tok.i}
    cur = tok
    for _ in range(10):
        pos = cur.pos_
        if (pos in ("VERB", "AUX") and not _mistaken_verb(cur)) or _clause_noun(cur):
            break
        head = cur.head  # (each .head makes a new token: asked for once per step)
        if head.i == cur.i:
            break
        if cur is not tok and pos in ("NOUN", "ADP", "PROPN", "ADJ") and not (
            exclude is not None and exclude.start <= cur.i < exclude.end
        ):
            path.append(cur.lemma_.lower())
        cur = head
        on_path.add(cur.i)
    verb = cur
    words: list[str] = []
    if verb.pos_ in ("VERB", "AUX") or _clause_noun(verb):
        passive = False  # an auxpass among the children: "be" leads (found in the one walk of them below)
        words.append(verb.lemma_.lower())
        for c in kids(verb):
            dep = c.dep_
            if c.i in on_path or dep in _NOT_PREDICATE_DEPS:
                # (a particle the parse hangs on as an adverb, tagged a particle, is one: "has set aside €18 million")
                if dep == "prt" or (dep == "advmod" and c.tag_ == "RP"):
                    words.append(c.lemma_.lower())
                elif dep == "auxpass":
                    passive = True
                continue
            if dep == "prt":
                words.append(c.lemma_.lower())
            elif dep in _PREDICATE_DEPS and not (exclude is not None and exclude.start <= c.i < exclude.end):
                words.append(_lemmas(c, exclude))
        if passive:
            words.insert(0, "be")
    else:
        words.append(verb.lemma_.lower())
    words.extend(reversed(path))
    if tok.pos_ in ("NOUN", "PROPN"):
        # The noun's own clause ("men killed by Port") says more about it than the verb it hangs off
        # ("the families of the men ... are not commenting"), so it leads.
        own = [_lemmas(c, exclude) for c in kids(tok) if c.dep_ in ("acl", "relcl")]
        words = own + words
    elif verb.i == tok.i and tok.pos_ == "NUM":
        # "€8 million set aside by the manufacturer": a verbless line (a fact box's, a list of key points') whose
        # figure a participle after it tells of says what that participle says
        own = [_lemmas(c, exclude) for c in kids(tok) if c.dep_ == "acl" and c.tag_ == "VBN"]
        words = own or words
    phrase = " ".join(w for w in words if w).split()
    return " ".join(phrase[:PREDICATE_WORDS])


def _hedges(verb: Token) -> tuple[str, ...]:
    found: list[str] = []
    for t in chain((verb,), verb.ancestors):  # the ancestors made one by one: the loop mostly stops at the verb
        for c in (t, *kids(t)):
            if c.lower_ in HEDGES and c.dep_ in ("aux", "advmod", "acomp", "amod", "ROOT", "xcomp", "ccomp", "conj"):
                found.append(c.lower_)
        if t.dep_ not in ("xcomp", "ccomp", "conj", "acomp"):
            break
    return tuple(dict.fromkeys(found))


def _conditional(verb: Token) -> bool:
    """The figure's clause is a condition ("if he scores 20 goals", "unless 300 more staff are hired") or what did
    not happen ("than it would have paid a year ago", "could have opened in 2019")."""
    auxes = {c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")}
    return _if_marked(verb) or ("have" in auxes and bool(auxes & _WOULD))


def _if_marked(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids(verb))


def _consequent(verb: Token) -> bool:
    """The figure's clause is what would follow from a condition, told with a modal of what may be ("would consider
    a 48-hour strike if mediation failed", "could lose $40 million if the season is called off", "stand to lose $40
    million if the season is lost"; the condition may hang on the verb it completes). Not a plan's figure told with
    "will" ("If approved, the plan will cost £5m"), which is what the plan says."""
    clause = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)
    auxes = {c.lower_ for v in clause for c in kids(v) if c.dep_ in ("aux", "auxpass")}
    may = bool(auxes & _WOULD) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "stand")
    return may and any(c.dep_ == "advcl" and _if_marked(c) for v in clause for c in kids(v))


_WOULD = frozenset({"would", "could", "might", "should", "'d"})


def _real_subject(tok: Token, verb: Token) -> bool:
    """A figure in the subject of what did not happen, with no "if" or "unless": "the deaths of 113 babies could or
    would have been avoided" counts deaths that did happen; only what the clause says of them did not."""
    if _if_marked(verb):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= tok.i <= c.right_edge.i for c in kids(verb)
    )


_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+\Z", re.IGNORECASE)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in kids(verb))


def _phrase_negated(tok: Token) -> bool:
    """A figure whose own phrase is denied, not its verb: "can work offline not for a few hours but for a week" (the
    "not" hangs on the preposition that takes the figure)."""
    head = tok.head
    return tok.dep_ == "pobj" and head.dep_ == "prep" and head.i != tok.i and _negated(head)


def _no_one_did(verb: Token) -> bool:
    """A clause whose subject says no one did it ("this week nobody was talking about it", "no boats sailed on
    Monday"): its day is the day of nothing that happened."""
    subject = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    return subject.lower_ in ("nobody", "nothing", "none") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in kids(subject)
    )


# Words whose infinitive tells a later time than theirs: "is due to", "is expected to", "is set to", "plans to" (the
# words by which a date's clause looks ahead, and those of aims and promises)
_LATER_FRAMES = (_FUTURE_WORDS - {"will"}) | frozenset("aim hope go about poise slate promise pledge vow want".split())


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own: a finite form, or one with an auxiliary ("will decide")."""
    return verb.pos_ in ("VERB", "AUX") and (
        verb.tag_ in ("VBD", "VBZ", "VBP") or _has_auxiliary(verb)
    )


def _has_auxiliary(verb: Token) -> bool:
    """An auxiliary hangs on the verb ("will decide", "was taken", "has destroyed")."""
    return any(c.dep_ in ("aux", "auxpass") for c in kids(verb))


def _tense(verb: Token) -> str:
    """past | perfect | present | future, from the verb and its auxiliaries.

    "are being investigated" is a state now (present); "have died" is a past event still counted now
    (perfect); "were investigated" is past. Reconciliation uses this to keep states at different times apart."""
    auxes = [c for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.dep_ in ("acomp", "xcomp", "oprd") and verb.head.i != verb.i and verb.tag_ in ("VBN", "VBG"):
        # "would stay shut", "remains closed", "will cease operating": the participle has its head's time
        return _tense(verb.head)
    if not auxes and verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX"):
        return _tense(verb.head)  # "will stay open until 10pm and reopen at 7am on Friday": one "will" for both
    if not auxes and verb.dep_ != "ROOT" and verb.tag_ == "VBG":
        # "will decide at a remedy hearing starting on 15 June", "The decision comes with the dam sitting at 23.6 per
        # cent": a present participle with no auxiliary has the time of the clause it hangs in
        finite = next((t for t in verb.ancestors if _finite(t)), None)
        if finite is not None:
            return _tense(finite)
    lemmas = {a.lower_ for a in auxes}
    if lemmas & {"will", "shall", "'ll", "wo"} or (
        verb.lemma_ == "be" and any(c.lower_ == "due" for c in kids(verb))
    ):
        return "future"
    if verb.dep_ == "xcomp" and "to" in lemmas and verb.head.i != verb.i:
        head = verb.head
        frame = _tense(head if head.pos_ in ("VERB", "AUX") or head.head.i == head.i else head.head)
        if frame == "future":
            return "future"  # "will have to keep their birds indoors from Friday": an infinitive has its head's time
        if head.lemma_.lower() in _LATER_FRAMES and frame in ("present", "perfect"):
            return "future"  # "is due to report in the summer", "plans to reopen on Friday": a time yet to come
    if verb.dep_ == "acl" and "to" in lemmas and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in _LATER_FRAMES:
        return "future"  # "repeated the government's pledge to give Sh200,000": what a pledge or a plan is to do
    if (
        "would" in lemmas
        and "have" not in lemmas
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in SPEECH_VERBS
    ):
        return "future"  # "Denholm said the ride would stay shut for two weeks": the future of the saying
    tags = [a.tag_ for a in auxes] + [verb.tag_]
    if any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "perfect"
    if "VBD" in tags or "MD" in tags:
        return "past"
    if any(t in ("VBZ", "VBP") for t in tags):
        return "present"
    return "past"


# -- names ----------------------------------------------------------------------------------------------


def _name_claims(st: _State, body: list[tuple[int, int]]) -> list[Claim]:
    """One claim per spelling of each full name in the article (with the role it gives a person)."""
    out: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    sents = st.sents
    sent_starts = st.sent_starts or [s.start_char for s in sents]
    # a word the model took for a name inside an amount of money is its currency ("Kshs. 100,000")
    money = [(c.start, c.end) for c in st.claims if c.kind == "money"]
    # a short form ("Port") is left out before the sort (the full form carries the claim): the sort reads fewer
    full = [m for m in st.index.mentions if not _short_form(m.name, m.canonical)]
    # a name the body gives is claimed where the body gives it, not where a headline or caption repeats it
    for m in sorted(full, key=lambda m: _block_at(st, m.start) != "body"):
        if money and any(s <= m.start < e for s, e in money):
            continue
        key = (m.canonical, m.name)
        if key in seen:
            continue
        seen.add(key)
        k = bisect_right(sent_starts, m.start) - 1
        sent = sents[k] if k >= 0 and m.start < sents[k].end_char else None
        if sent is None:
            continue
        a = m.start + m.text.find(m.name) if m.name in m.text else m.start
        b = a + len(m.name) if m.name in m.text else m.end
        role = _role(st, m.start) if st.index.labels.get(m.canonical) == "PERSON" else None
        out.append(
            _claim(
                st,
                "name",
                a,
                b,
                sent,
                m.name,
                about=m.canonical,
                role=role,
                counted=st.index.labels.get(m.canonical, m.label).lower(),
            )
        )
    return out


def _short_form(name: str, canonical: str) -> bool:
    """Whether a mention's ``name`` is a short form of its ``canonical`` name: one word of a longer name, or
    two or more words fewer than it."""
    n, canon_words = len(name.split()), len(canonical.split())
    return n < min(2, canon_words) or n < canon_words - 1


def _title_before_name(tok: Token) -> str | None:
    """An office of two words or more written right before a name that the parse did not hang on it ("Coralwing
    chief executive Mark Tolliver said", with "executive" taken for the object of a verb the model made of the
    company's name): a lowercase noun and its lowercase modifiers."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or prev.tag_ != "NN" or not prev.text.islower() or not prev.whitespace_:
        return None
    mods = [t for t in prev.lefts if t.dep_ in ("amod", "compound") and t.text.islower()]
    if not mods or any(t.i != prev.i - len(mods) + k for k, t in enumerate(mods)):
        return None  # (its words run on to the name, none between)
    return " ".join([*(t.text for t in mods), prev.text])


def _role(st: _State, start: int) -> str | None:
    """ "IOPC regional director Steve Noonan": the words before the name in its noun phrase."""
    tok = _token_of(st, start)
    if tok is None:
        return None
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    left = [t for t in head.lefts if t.i < tok.i and t.dep_ in ("compound", "amod", "nmod", "poss")]
    if not left:
        return _title_before_name(tok)
    first = min(t.left_edge.i for t in left)
    words = [t.text for t in st.doc[first : tok.i] if t.pos_ not in ("DET", "PUNCT") and t.text not in ("'s", "’s")]
    if not words or not any(w[:1].islower() for w in words):
        return None
    return " ".join(words)
