"""The shortcuts the extractor takes for speed (bench/eval_extraction.py) answer as the slow way they replace.

Each test runs the shortcut and the plain form beside it on invented text, so a shortcut that drops a case fails."""

from __future__ import annotations

import importlib
import re
from datetime import date

import pytest
from spacy.language import Language

import claimcheck
from claimcheck.extract import dates, names, numbers

# Date expressions of many shapes (and spans that are none), as the date scan tries them.
SPANS = [
    "7",  # the shortest year
    "Q3",  # the shortest quarter
    "03/2019",  # the longest month and year in digits
    "17",
    "2019",
    "Tuesday",
    "on Tuesday",
    "12 March",
    "March 12, 2019",
    "12/03/2019",
    "2019-03-12",
    "the 1990s",
    "last week",
    "three days after",
    "two weeks ago",
    "the following morning",
    "between 12 March and 14 April 2019",
    "from Monday to Wednesday",
    "Monday 12 March 2018",
    "the second Tuesday of next month",
    "the week beginning 4 June",
    "overnight into Wednesday",
    "overnight into the early hours of Wednesday 12 March 2018, police said",
    "the night of 4 July",
    "Thanksgiving Day 2019",
    "Christmas Eve",
    "early next year",
    "the end of the month",
    "Q3 2019",
    "the third quarter",
    "this summer",
    "in 2019",
    "the 12th",
    "an indication that the behaviour of these eight individuals may",
    "£23,000",
    "about 7.40",
    "the pair targeted 46",
    "2009 and employs about 300",
]


@pytest.mark.parametrize("span", SPANS)
def test_rules_for_keeps_every_rule_that_matches(span: str) -> None:
    """A rule left out by its first and last characters or by its length would never have matched."""
    s = dates._norm(span)
    kept = dates._rules_for(s)
    for rule in dates._RULES:
        if rule[0].fullmatch(s):
            assert rule in kept, (span, rule[1].__name__)


def test_rules_for_keeps_order_and_leaves_out_what_cannot_match() -> None:
    s = dates._norm("17")
    kept = dates._rules_for(s)
    assert [r for r in dates._RULES if r in kept] == kept  # the rules' own order
    assert len(kept) < len(dates._RULES)  # the ISO date ("2019-03-12") cannot be two characters long


def _norm_slowly(text: str) -> str:
    s = text.strip().lower()
    s = s.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-").replace("‐", "-")
    s = re.sub(r"\s+", " ", s)
    s = dates._TRAIL.sub("", s)
    return s.strip()


@pytest.mark.parametrize(
    "text", ["12  March", "12\tMarch", "12\u00a0March", "12\nMarch,", "Tuesday.", " on  Tuesday ; ", "12 March"]
)
def test_norm_folds_every_run_of_whitespace(text: str) -> None:
    assert dates._norm(text) == _norm_slowly(text)


@pytest.mark.parametrize(
    "span", [*SPANS, "1 - 3 may", "12/3", "monday through friday", "mid-march", "ten to five", "toronto"]
)
def test_connected_is_the_connector_regex(span: str) -> None:
    s = dates._norm(span)
    assert dates._connected(s) == bool(dates._CONNECT.search(s))


CUE_TEXTS = [
    "The council met.",
    "Officials said 17 people died.",
    "a dozen homes",
    "Dozens were hurt",
    "half of the staff",
    "½ a mile",
    "the Twenty-Fifth Amendment",
    "the 3RD time",
    "for the ſecond time",
    "It happened often.",
    "ten-year-old",
    "a fifth of nurses",
    "the FIRST time",
    "nothing to count here at all",
    "their second child",
    "the seventies",
]


@pytest.mark.parametrize("cue", [numbers._quantity_cue, numbers._ordinal_cue])
def test_cue_lookahead_changes_no_answer(cue: object) -> None:
    rx = cue()  # type: ignore[operator]
    lead = re.match(r"\(\?=\[[^\]]*\]\)", rx.pattern)
    assert lead is not None  # the cue starts with the lookahead of its first characters
    plain = re.compile(rx.pattern[lead.end() :], rx.flags)
    for text in CUE_TEXTS:
        assert bool(rx.search(text)) == bool(plain.search(text)), text


# Sentences a cue word sits in, glued to digits, underscores and other words, in any case (ASCII and not).
CUE_WORD_TEXTS = [
    "Seven were hurt.",
    "SEVEN WERE HURT",
    "sevenfold",
    "the Sevens tournament",
    "a_dozen",
    "4dozen eggs",
    "dozens_of them",
    "Halfway there",
    "a Couple of hours",
    "the pair's lawyer",
    "fewer than expected",
    "the few",
    "ninety-nine",
    "No figure is given here.",
    "Zero tolerance",
    "“Seven,” she said.",
    "“No,” she said.",
    "Café owners met",
    "Café owners met seven times",
    "it cost ١٢ dinars",
    "a KILO of rice",
]


def test_quantity_cue_shortcut_answers_as_the_regex() -> None:
    rx = numbers._quantity_cue()
    assert all(w.isascii() and w.isalpha() and w.islower() for w in numbers._quantity_cue_words())
    for text in [*CUE_TEXTS, *CUE_WORD_TEXTS, *SPANS]:
        assert numbers._has_quantity_cue(text) == bool(rx.search(text)), text


def test_ordinal_cue_shortcut_answers_as_the_regex() -> None:
    rx = numbers._ordinal_cue()
    assert rx.pattern == rx.pattern.lower()  # no upper-case literal, nor a class such as \W
    extra = ["the 3RD time", "21St Century", "Twentieth", "the 1st_run", "a First", "FIFTH", "x5th", "“Second,” he"]
    for text in [*CUE_TEXTS, *CUE_WORD_TEXTS, *SPANS, *extra]:
        assert numbers._has_ordinal_cue(text) == bool(rx.search(text)), text


def test_ascii_tokens_are_the_tokens() -> None:
    texts = [*CUE_TEXTS, *CUE_WORD_TEXTS, *SPANS, "O'Neill's 1,250.5 km_h x2 A&B", "it's 3.5%; (see p.12) _under_ Zz"]
    for text in (t for t in texts if t.isascii()):
        assert numbers._ASCII_SPACED_TOKEN_RE.findall(text) == numbers._SPACED_TOKEN_RE.findall(text), text


def test_plainly_dateless_text_passes_no_date_word_digit_or_clock() -> None:
    texts = [*CUE_TEXTS, *CUE_WORD_TEXTS, *SPANS, *TIME_TEXTS]
    texts += ["He left on Monday's flight.", "She came MONDAY'S way", "the mondays", "at half past three", "Mondayish"]
    texts += ["They met at dawn.", "quarter to ten", "to be sure", "the past tense", "Sundays_off", "Week-long talks"]
    for text in texts:
        tokens = [w.lower().replace("’", "'") for _, w in dates._SPACED_TOKEN.findall(text)]
        slow = (
            dates._DATE_WORDS.isdisjoint(tokens)
            and not any(w[:1].isdigit() for w in tokens)
            and not (("past" in tokens or "to" in tokens) and dates._PAST_CUE.search(text))
        )
        if dates._plainly_dateless(text):
            assert slow and dates.find_dates(text, None) == [], text
    assert not dates._plainly_dateless("He left on Monday's flight.")
    assert dates._plainly_dateless("They met at dawn.")


# Sentences with dates among words no date holds, and date words run together with others or with capitals
WORD_TEXTS = [
    "Two passengers were killed in a derailment near Hollin Bridge on Thursday 6 June 2019, police said.",
    "The inquest, due to start next year after the trial, sat through eight weeks of the trial and eight weeks.",
    "between 12 March and 14 April 2019 the council met from Monday to Wednesday",
    "The end ofChristmas came three days after Easter; the week beginning 4 June was quiet.",
    "Officers said the closest Monday to Christmas 2019 and Diwali six years hence were busy days.",
    "He was born on March 25th in 1995 and left at the weekend, the night of 4 July.",
    "the early hours of Wednesday\u00a0 12 March; mid-March; the first ramadan in two years; Eid al-Fitr 2019",
    "KILLED ON TUESDAY, 12th March 2019: Café İstanbul shut \u212a days later, the following month",
]


def _without_date_words(texts: list[str]) -> list[list[dates.DateMatch]]:
    saved = dict(dates._WORDS)
    dates._WORDS.clear()
    dates._WORDS[len(dates._RULES)] = None  # too many to list: no word stops a span
    try:
        return [dates.find_dates(t, date(2019, 3, 14), tense="past") for t in texts]
    finally:
        dates._WORDS.clear()
        dates._WORDS.update(saved)


def test_date_words_are_listed_and_hold_every_word_of_a_date() -> None:
    words = dates._date_words()
    assert words is not None  # the patterns allow few enough words to list them
    assert {"between", "and", "christmas", "monday", "weeks", "ago", "fitr"} <= words
    assert not {"killed", "passengers", "said"} & words
    for span in SPANS:
        if dates.parse_date(span, date(2019, 3, 14)) is not None:
            assert set(re.findall("[a-z]+", dates._norm(span))) <= words, span


def test_a_word_no_date_holds_changes_no_date_found() -> None:
    texts = [*WORD_TEXTS, *SPANS, *CUE_TEXTS, *TIME_TEXTS]
    found = [dates.find_dates(t, date(2019, 3, 14), tense="past") for t in texts]
    assert found == _without_date_words(texts)
    assert sum(map(len, found)) > 20


@pytest.fixture(scope="module")
def nlp() -> Language:
    return claimcheck.load_model()


def test_words_in_finds_the_words_a_scan_of_tokens_finds(nlp: Language) -> None:
    doc = nlp("Officials in Beira met Ursula von der Leyen at the Caisse des Dépôts near the river in the morning.")
    lower = names._attrs(doc)[:, 1]
    for words in (names._PARTICLES, names._PLACE_AT):
        assert names._words_in(doc, lower, words) == [t.i for t in doc if t.lower_ in words]


TIME_TEXTS = [
    "The fire started at about 3:16 a.m. on Tuesday.",
    "shortly before 9:30pm",
    "at noon and again at 12 midnight",
    "around eight in the evening",
    "by 1430 GMT",
    "Seven o'clock came; then eleven-thirty p.m.",
    "@ 10am local time",
    "until 02:40 (EST)",
    "12 people were hurt at 5 a.m.",
    "nothing happened",
]


def test_time_lookahead_changes_no_match() -> None:
    lead = re.match(r"\(\?=\[[^\]]*\]\)", dates._TIME_RX.pattern)
    assert lead is not None
    plain = re.compile(dates._TIME_RX.pattern[lead.end() :], dates._TIME_RX.flags)
    for text in TIME_TEXTS:
        got = [m.groupdict() | {"span": m.span()} for m in dates._TIME_RX.finditer(text)]
        assert got == [m.groupdict() | {"span": m.span()} for m in plain.finditer(text)], text
    assert any(dates._TIME_RX.search(t) for t in TIME_TEXTS)


def test_time_cue_shortcut_answers_as_the_regex() -> None:
    texts = [*TIME_TEXTS, *CUE_TEXTS, *SPANS, "at NOON", "MIDNIGHT mass", "Midday", "at 5 P.M.", "at 5 PM", "8PM"]
    texts += ["at 4 Hours", "the 3 O'Clock train", "at 9 in the Morning", "a 4 am start", "a 4am start", "a PM said"]
    texts += ["at 5 p.m., “too late”", "Café at noon", "Café", "by 1430 GMT — officials", "2 hrs", "the 7 Z"]
    for text in texts:
        want = dates._TIME_CUE.search(text) or dates._TIME_CUE_WORD.search(text)
        assert dates._time_cue(text) == bool(want), text
    assert dates._time_cue("at NOON") and not dates._time_cue("nothing happened")


def test_anaphoric_atom_is_the_anaphor_regex() -> None:
    """The length and end-character gate before _ANA_RX leaves out only atoms it would not have matched."""
    atoms = [*SPANS, "the next day", "that day", "the day before", "two days later", "days later", "later that day"]
    atoms += ["the following monday", "shortly afterwards", "57", "years", "the night", "four years", "may"]
    hits = 0
    for span in atoms:
        s = dates._norm(span)
        want = dates._ANA_RX.fullmatch(s) is not None
        assert dates._anaphoric_atom(s) == want, span
        hits += want
    assert hits >= 5


def test_token_of_is_token_at(nlp: Language) -> None:
    """The binary search over token offsets finds the token Doc.char_span finds, and None in the space after one."""
    from claimcheck.extract import claims
    from claimcheck.types import Article

    text = "Officials said 17 people died.  Three more  were hurt\non Tuesday, police said."
    doc = nlp(text)
    st = claims._State(Article(id="a", path="a.txt", text=text, sha256=""), doc, names.build_index(doc), [])
    for char in range(-2, len(text) + 3):
        want = claims._token_at(doc, char)
        got = claims._token_of(st, char)
        assert (got.i if got is not None else None) == (want.i if want is not None else None), char
    assert claims._token_of(st, text.index(" 17")) is None  # the space after "said"


@pytest.mark.parametrize(
    ("rx", "needs"),
    [
        ("_TALLY_POINT", "_TALLY_POINT_NEEDS"),
        ("_OVER_DAYS", "_OVER_DAYS_NEEDS"),
    ],
)
def test_sentence_has_skips_only_sentences_without_a_match(nlp: Language, rx: str, needs: str) -> None:
    """A sentence without any of the words a pattern needs is no match of it, in any case of its letters."""
    from claimcheck.extract import claims
    from claimcheck.types import Article

    texts = [
        "By 11 a.m. turnout was 31%.",
        "193,000 had ridden AS OF 11 A.M., officials said.",
        "As at noon, 40 were counted.",
        "At the same point on Friday, the count was 193,000.",
        "by that time 12 had died",
        "Over the two days, 500 came.",
        "Both days combined drew 9,000 people.",
        "In the past THREE DAYS 120 mm fell.",
        "Police said 17 people died in the fire.",
        "The count was 193,000 on Friday.",
        "The rain fell over two weeks; 40 homes flooded at the coast.",
    ]
    pattern, words = getattr(claims, rx), getattr(claims, needs)
    found = 0
    for text in texts:
        doc = nlp(text)
        st = claims._State(Article(id="a", path="a.txt", text=text, sha256=""), doc, names.build_index(doc), [])
        for sent in doc.sents:
            want = pattern.search(sent.text) is not None
            assert claims._sentence_has(st, pattern, sent, words) == want, sent.text
            assert claims._sentence_has(st, pattern, sent, words) == want  # and again, from what it kept
            found += want
    assert found >= 2


def _clean_name_slowly(text: str, numbered: bool = False) -> str:
    t = names._NICKNAME.sub(" ", text).split("(")[0]
    t = " ".join(t.replace("\n", " ").split())
    t = names._LEADING_THE.sub("", t)
    t = names._POSSESSIVE.sub("", t).strip(" ,.;:-'\"“”‘’")
    words = t.split()
    while words and not numbered and any(ch.isdigit() for ch in words[0]):
        words = words[1:]
    while len(words) > 1 and words[0].lower().rstrip(".") in names.TITLES:
        words = words[1:]
    while len(words) > 1 and words[-1].rstrip(".").upper() in names.SUFFIXES:
        words = words[:-1]
    if len(words) == 1 and words[0].rstrip(".").upper() in names.SUFFIXES:
        return ""
    return " ".join(words)


@pytest.mark.parametrize(
    "text",
    [
        'Henry "Hank" Asbill',
        "Henry “Hank” Asbill",
        "Henry ‘Hank’ Asbill",
        "Henry (Hank) Asbill",
        "Northline Rail (NR)",
        "The Met's",
        "THE Independent Office",
        "An Garda Síochána",
        "a Tesco",
        "Thames Water’s",
        "James'",
        "Ms Ball's",
        "Ambrose  Lees\nKC",
        "06:52 Northline Rail",
        "Tomas Ruiz",
        "Dr Ana Ortiz",
        "Alexis",
    ],
)
def test_clean_name_answers_as_every_pattern_tried(text: str) -> None:
    assert names.clean_name(text) == _clean_name_slowly(text)
    assert names.clean_name(text, numbered=True) == _clean_name_slowly(text, numbered=True)


def _pounds_in_slowly(text: str) -> str:
    if numbers._STERLING.search(text):
        return "GBP"
    for m in numbers._POUNDS_WORD.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()].lower().split()
        if any(w.strip(",.;:") in numbers._MONEY_WORDS for w in before[-6:]):
            return "GBP"
    return "lb"


@pytest.mark.parametrize(
    "text",
    [
        "The fine was £4m.",
        "Shares fell 3 pence.",
        "It cost 2 million GBP.",
        "GBPX is no currency; sterling fell.",
        "The court fined the firm four point two million POUNDS.",
        "The court fined the firm four point two million pounds.",
        "The bag weighed 40 pounds.",
        "A 40-pound bag and nothing else.",
        "The calf weighed 90 poundſ and was fined 2 million poundſ.",
        "Fined 2 million Pounds, the café said.",
        "No money or weight here at all.",
    ],
)
def test_pounds_in_answers_as_every_pattern_searched(text: str) -> None:
    assert numbers.pounds_in(text) == _pounds_in_slowly(text)


def test_told_as_update_reads_the_newest_words_only_where_the_article_has_one(nlp: Language) -> None:
    """The article-wide test for "latest", "updated", "revised" leaves the answer the sentence scan gives."""
    from claimcheck.extract import claims

    def slowly(num: object, verb: object) -> bool:
        doc = num.doc  # type: ignore[attr-defined]
        doc.user_data[claims._NEWEST_KEY] = True  # as if the article held the words: the sentence is scanned
        try:
            return claims._told_as_update(num, verb)  # type: ignore[arg-type]
        finally:
            del doc.user_data[claims._NEWEST_KEY]

    texts = [
        "According to the LATEST information, 36 people have been injured.",
        "Updated figures show 36 dead. Police said 12 were hurt.",
        "The revised count was 40, officials said.",
        "Officials said 36 people were injured and 12 died.",
    ]
    told = 0
    for text in texts:
        doc = nlp(text)
        for num in (t for t in doc if t.like_num):
            verb = claims._governor(num)
            want = slowly(num, verb)
            assert claims._told_as_update(num, verb) == want, (text, num.text)
            doc.user_data.pop(claims._NEWEST_KEY, None)
            told += want
    assert told >= 1


@pytest.mark.parametrize(
    "text",
    [
        "Pensioner Hermine Pock, 78, drowned in her cellar.",
        "Luca Benedetti, 9, was found.",
        "Dad-of-two Luca Benedetti, 101, who lived nearby",
        "Barclays Bank, 45 High Street, closed.",
        "In 2019, 45, and more.",
        "Nobody was named.",
    ],
)
def test_name_age_cue_is_in_every_name_age(text: str) -> None:
    from claimcheck.extract import claims

    for m in claims._NAME_AGE.finditer(text):
        cue = claims._NAME_AGE_CUE.search(text)
        assert cue is not None and cue.start() <= m.start(2) - 2, text
    assert bool(claims._NAME_AGE.search(text)) <= bool(claims._NAME_AGE_CUE.search(text))


def test_finite_language_lists_every_string_of_a_list_of_names() -> None:
    assert dates._finite_language(r"new year'?s (?:day|eve)") == {
        "new years day",
        "new year's day",
        "new years eve",
        "new year's eve",
    }
    assert dates._finite_language(r"st\.? (?:a|b)") == {"st a", "st. a", "st b", "st. b"}
    assert dates._finite_language(r"\d{4}") is None  # a class: too many strings
    assert dates._finite_language(r"[a-z]+ day") is None  # an open repeat


def _holiday_rule() -> tuple[re.Pattern[str], object]:
    return next((rx, gate) for rx, fn, gate in dates._RULES if fn.__name__ == "_r_holiday")


def test_year_suffix_opens_with_a_comma_or_a_space() -> None:
    """The holiday gate reads a one-word name followed by nothing, a comma or a space: what the suffix opens with."""
    parsed = importlib.import_module("re._parser").parse(dates._YEAR_SUFFIX)
    first, _ = dates._first_class(parsed)
    assert isinstance(first, list) and set(first) <= {",", re.escape(" ")}


HOLIDAY_TAILS = ["", ", 2024", " 2024", " of 2024", " in '24", ", last year", " this year", " two thousand and five"]


def test_holiday_gate_keeps_every_text_the_holiday_rule_matches() -> None:
    rx, gate = _holiday_rule()
    assert isinstance(gate, frozenset)
    names = dates._finite_language(dates._HOLIDAY_ALT)
    rels = dates._finite_language(dates._HOLIDAY_REL)
    assert names and rels and "christmas day" in names and "last " in rels
    tried = 0
    for h in names:
        for rel in rels:
            for tail in HOLIDAY_TAILS:
                s = rel + h + tail
                if rx.fullmatch(s):
                    tried += 1
                    assert dates._head(s) in gate, s
    assert tried > len(names) * len(HOLIDAY_TAILS)


@pytest.mark.parametrize("span", [*SPANS, "the case last year", "Christmas Day, 2019", "last Easter", "boxing day"])
def test_holiday_gate_leaves_out_only_spans_the_rule_cannot_match(span: str) -> None:
    rx, gate = _holiday_rule()
    assert isinstance(gate, frozenset)
    s = dates._norm(span)
    if dates._head(s) not in gate:
        assert rx.fullmatch(s) is None, span


def test_holiday_gate_keeps_the_rule_off_ordinary_spans() -> None:
    _, gate = _holiday_rule()
    assert isinstance(gate, frozenset)
    for span in ["the case last year", "the 12th", "last week", "2019"]:
        assert dates._head(dates._norm(span)) not in gate, span


def test_kids_answer_as_spacy(nlp: Language) -> None:
    """The children table answers as Token.children, in its order, also on a parse whose arcs cross (spaCy's
    parser makes such parses), and extraction takes it off the doc again."""
    from spacy.tokens import Doc

    from claimcheck.extract import claims, tree
    from claimcheck.types import Article

    text = "A hearing was held on Monday in the case of the two men, who were both charged with fraud last year."
    crossing = Doc(
        nlp.vocab,
        words=["A", "hearing", "was", "held", "yesterday", "on", "the", "case", "."],
        heads=[1, 3, 3, 3, 3, 1, 7, 5, 3],  # "on the case" hangs on "hearing", across "held yesterday"
        deps=["det", "nsubjpass", "auxpass", "ROOT", "npadvmod", "prep", "det", "pobj", "punct"],
    )
    for doc in (nlp(text), crossing):
        for tok in doc:
            assert tree.kids(tok) == tuple(tok.children)
        assert tree.KIDS_KEY in doc.user_data
        tree.forget(doc)
        assert tree.KIDS_KEY not in doc.user_data
    assert [t.i for t in tree.kids(crossing[1])] == [0, 5]  # "A" and "on", across "held yesterday"
    doc = nlp(text)
    assert claims.extract_claims(Article(id="a", path="a.txt", text=text, sha256=""), doc)
    assert tree.KIDS_KEY not in doc.user_data
