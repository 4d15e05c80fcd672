"""Names within one article: clean each PERSON/ORG/GPE mention, and resolve short forms to the full name.

"Port" and "Mr Port" go to "Stephen Port"; "IOPC" goes to "Independent Office for Police Conduct" when the
article defines it as "Independent Office for Police Conduct (IOPC)".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy

from ..reconcile.nationality import peoples_plural
from ..reconcile.related import noun_lemma, person_noun
from .dates import TIME_ZONE, find_dates
from .numbers import (
    LETTER_SIGNS,
    currency_sign_before,
    currency_written_before,
    find_quantities,
    house_sum,
    is_currency_sign,
    letter_signs_in,
)
from .tree import kids

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# People, organisations and places: countries and cities (GPE), and other places such as neighbourhoods,
# regions, rivers and seas (LOC: "Port Richmond", "the Delaware River"). Not the model's buildings, streets and
# bridges (FAC): the small model gives that label to too much that is not one ("Port - Jack Taylor", "Metro"),
# and a street named in passing ("his Cooke Street flat") is seldom where a figure holds.
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC")
_DASHES = frozenset({"-", "–", "—"})
# Titles and honorifics written before a name, English and those of South Asian and Arabic names in English news
# ("Sheikh", "Maulana", "Sardar", "Mir"): the name is what follows.
TITLES = frozenset(
    """mr mrs ms miss mx dr cdr sir dame lord lady prof professor det sgt insp supt rev revd judge cllr capt
    col gen lt maj cmdr commander pc dc ds di dci dcs acc dac chief inspector sergeant constable superintendent
    detective president senator governor mayor minister king queen prince princess father sister brother
    her his honour majesty councillor alderman bishop archbishop rabbi imam reverend pastor doctor baroness
    baron sheikh shaikh haji hajji maulana mufti ayatollah sardar nawab mir pir begum sheriff marshal ambassador
    chancellor coroner magistrate warden premier commissioner congressman congresswoman""".split()
)
SUFFIXES = frozenset("KC QC MP MSP MS AM MEP OBE MBE CBE KBE DBE JR SR JNR SNR PHD".split())
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^(?:the|a|an)\s+", re.I)
# "Independent Office for Police Conduct (IOPC)": a capitalised phrase, then its initials in brackets.
_ACRONYM_DEF = re.compile(
    r"((?:[A-Z][\w’'&.-]*)(?:\s+(?:(?:of|for|and|the|on|in|to|&)\s+)*[A-Z][\w’'&.-]*)+)\s*\(([A-Z][A-Za-z&]{1,9})\)"
)
_ACRONYM_CUE = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")  # the bracketed initials every _ACRONYM_DEF match ends with
_SMALL = frozenset({"of", "for", "and", "the", "on", "in", "to", "&"})
# A nickname between a first name and a surname: 'Henry "Hank" Asbill', "Henry (Hank) Asbill".
_NICKNAME = re.compile(r"(?<=\w)\s+(?:\"[^\"]{1,20}\"|“[^”]{1,20}”|‘[^’]{1,20}’|\([A-Z][^()]{0,19}\))\s+(?=[A-Z])")
_NICKNAME_MARK = re.compile(r"[\"“‘(]")  # what opens every _NICKNAME match


def clean_name(text: str, numbered: bool = False) -> str:
    """A mention as a name: no leading article, title, number or time ("06:52 Northline Rail"), no honours
    after it ("Rachel Odell KC"), no possessive, no bracketed tail, single spaces. A ``numbered`` name keeps
    its numbers ("10 Downing Street", "M6")."""
    # (each pattern tried only on a text that holds what its every match holds: most names have none of it)
    t = _NICKNAME.sub(" ", text).split("(")[0] if _NICKNAME_MARK.search(text) else text
    t = " ".join(t.replace("\n", " ").split())
    if t[:1] in ("t", "T", "a", "A"):
        t = _LEADING_THE.sub("", t)
    if t.endswith(("s", "'", "’")):
        t = _POSSESSIVE.sub("", t)
    t = t.strip(" ,.;:-'\"“”‘’")
    words = t.split()
    # (a word of letters alone holds no digit: most first words are one)
    while words and not numbered and not words[0].isalpha() and any(ch.isdigit() for ch in words[0]):
        words = words[1:]
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    while len(words) > 1 and words[-1].rstrip(".").upper() in SUFFIXES:
        words = words[:-1]
    if len(words) == 1 and words[0].rstrip(".").upper() in SUFFIXES:
        return ""
    return " ".join(words)


def acronym_matches(long_form: str, acronym: str) -> bool:
    """True when ``acronym`` is the initials of the long form's significant words."""
    words = [w for w in re.split(r"[\s-]+", long_form) if w]
    sig = "".join(w[0] for w in words if w.lower() not in _SMALL).upper()
    full = "".join(w[0] for w in words).upper()
    a = acronym.upper().replace("&", "")
    if a in (sig, full) or (len(a) >= 2 and sig.endswith(a) and len(sig) - len(a) <= 1):
        return True
    # "International Federation of Red Cross and Red Crescent Societies (IFRC)": initials of what comes before
    # the name's last "and", when the acronym has at least three letters
    low = [w.lower() for w in words]
    if "and" in low[1:-1] and len(a) >= 3:
        head = words[: len(low) - 1 - low[::-1].index("and")]
        return "".join(w[0] for w in head if w.lower() not in _SMALL).upper() == a
    return False


def acronym_definitions(text: str) -> dict[str, str]:
    """Acronyms an article defines, as {"IOPC": "Independent Office for Police Conduct"}."""
    out: dict[str, str] = {}
    if not _ACRONYM_CUE.search(text):
        return out  # most articles bracket no acronym: one quick search instead of trying every capitalised run
    for m in _ACRONYM_DEF.finditer(text):
        long_form, acr = m.group(1), m.group(2)
        words = long_form.split()
        # The phrase may start earlier than the name ("east London. The Independent ..."): it starts after
        # the last word that ends a sentence, and is the shortest tail whose initials spell the acronym.
        start = max((i + 1 for i, w in enumerate(words[:-1]) if w.endswith(".") and len(w) > 2), default=0)
        for i in range(len(words) - 1, start - 1, -1):
            cand = clean_name(" ".join(words[i:]))
            if cand and len(cand.split()) >= len(acr) - 1 and acronym_matches(cand, acr):
                out.setdefault(acr, cand)
                break
    return out


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str  # as written
    name: str  # cleaned
    label: str
    canonical: str  # the full name it resolves to within the article


@dataclass
class EntityIndex:
    """Every resolved mention of an article, and the lookups the extractor needs."""

    mentions: list[Mention] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)  # lower-cased alias -> canonical
    labels: dict[str, str] = field(default_factory=dict)  # canonical -> label
    acronyms: dict[str, str] = field(default_factory=dict)
    text: str = ""  # the doc's text
    numbered: list[tuple[int, int]] = field(default_factory=list)  # "Flight 370": numbers that are no amounts
    # each token's first and end character, read with the rest of the doc's array (the extractor's _token_of)
    token_bounds: tuple[list[int], list[int]] | None = None

    def resolve(self, name: str) -> str | None:
        return self.aliases.get(clean_name(name).lower())

    _starts: list[int] = field(default_factory=list)
    _longest: int = 0

    def numbers_in_names(self, start: int, end: int) -> list[tuple[int, int]]:
        """The character spans of numbered names ("Flight 370", "Route 66") within [start, end): their numbers
        are labels, never counts or years."""
        return [(a, b) for a, b in self.numbered if a < end and start < b]

    def index_mentions(self) -> None:
        """Sort the mentions and index their starts, so that ``in_span`` is a binary search."""
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)

    def in_span(self, start: int, end: int) -> list[Mention]:
        if len(self._starts) != len(self.mentions):
            self.index_mentions()
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.start < end and start < m.end]


# Particles of names written in other languages ("Banca d'Italia", "Caisse des Dépôts", "Ursula von der
# Leyen", "Mohammed bin Salman"): lower-case words that join the capitalised words of one name.
_PARTICLES = frozenset(
    "de des du da di del della delle dos das do van von der den ter la le les y et al el bin ibn bint ben zu".split()
)
_ELIDED = re.compile(r"^[dl][’'][A-ZÀ-Ý]")  # "d'Italia", "l'Équipe": an elided particle on a capitalised word
# A code or a numbered name: capitals and digits in one word ("M6", "A38", "MH370", "C-21", "COVID-19").
_CODE_WORD = re.compile(r"^[A-Z]{1,5}-?\d{1,4}[A-Za-z]?$")
# "R500" of "R500 000", "N5" of "N5 million": a sum in rand or naira (numbers.lettered_sum), not a code
_LETTERED_START = re.compile(rf"^[{''.join(LETTER_SIGNS)}]\d{{1,3}}$")
_THOUSANDS = re.compile(r"^\d{3}(?:[.,]\d{2})?$")
_SIGNED = re.compile(r"^([A-Z]{2,3})\d")  # "RO500", "BD5": capitals that may be a currency's sign
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "bn", "m"})  # "R15 million", "R2 bn"
_LABEL_NUMBER = re.compile(r"^\d{1,4}[A-Za-z]?$")  # the number of "Flight 370", "Route 66", "Terminal 5B"
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_ENDS_IN_DIGIT = re.compile(r"\d(?![\w-])")
_NOT_NAMES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "NORP"})
_NUMBER_WORDS = frozenset({"no.", "nos.", "no", "nos", "number"})  # "No. 188", "Number 10"


def _next_text(doc: Doc, tok: Token) -> str:
    return doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""


def _capitalised(tok: Token) -> bool:
    t = tok.text
    return tok.pos_ == "PROPN" and (t[:1].isupper() or bool(_ELIDED.match(t)))


_INITIAL = re.compile(r"^[A-Z]\.?$")


def title_noun(tok: Token, end: int | None = None) -> bool:
    """Is ``tok`` a common noun naming what a person is, written before the person's name ("nurse Claire Dumont",
    "Boss Gary Hinds", "Widower Tobias Wendt")? Then it is the person's role, not a word of the name. A word
    capitalised mid-sentence is a name's own ("Dean Ann Lowe" in a sentence); one a sentence opens with may be
    either, and is a role when WordNet's first senses make it a kind of person and a first name and a surname follow
    it (not an initial: "Hunter S. Thompson"; not one word: "David Cameron's", "Daniel Okafor-Reid"). ``end``: the
    token after the name, when ``tok`` opens it."""
    if not tok.is_alpha or not (tok.text.islower() or tok.is_sent_start):
        return False
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or _INITIAL.match(nxt.text):
        return False
    if end is not None:
        rest = [t for t in doc[tok.i + 1 : end] if t.text[:1].isupper() and t.is_alpha]
        if len(rest) < 2 or not all(t.i == rest[0].i or doc[t.i - 1].whitespace_ for t in rest):
            return False
    return person_noun(tok.lower_)


def _is_particle(tok: Token) -> bool:
    return tok.text.islower() and tok.lower_.rstrip(".") in _PARTICLES  # "al." of "et al."


def _joined(doc: Doc, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """A name's tokens [start, end) widened across name particles to the capitalised words on their other
    side, within the sentence [lo, hi): "Ursula von der" + "Leyen", "Caisse des" + "Dépôts"."""
    while end > start + 1 and _is_particle(doc[end - 1]):
        end -= 1  # "Ursula von der": the particles belong with what follows
    while True:
        j = end
        while j < hi and _is_particle(doc[j]):
            j += 1
        if j == end or j >= hi or not _capitalised(doc[j]):
            break
        end = j
        while end < hi and _capitalised(doc[end]):
            end += 1
    while True:
        k = start
        while k > lo and _is_particle(doc[k - 1]):
            k -= 1
        if k == start or k <= lo or not _capitalised(doc[k - 1]):
            break
        start = k
        while start > lo and _capitalised(doc[start - 1]):
            start -= 1
    return start, end


def _doc_text(doc: Doc) -> str:
    """The doc's text, which spaCy joins from its tokens on every access: joined once per doc."""
    got = doc.user_data.get(DOC_TEXT_KEY)
    if got is None:
        got = doc.user_data[DOC_TEXT_KEY] = doc.text
    return str(got)


DOC_TEXT_KEY = "claimcheck.text"


class _Sents:
    """The doc's sentences as token bounds, listed once: ``of(i)`` is the sentence holding token i."""

    def __init__(self, doc: Doc, sents: list[Span] | None = None) -> None:
        self.bounds = [(s.start, s.end) for s in (doc.sents if sents is None else sents)]
        self.starts = [b[0] for b in self.bounds]

    def of(self, i: int) -> tuple[int, int]:
        return self.bounds[bisect_right(self.starts, i) - 1]


def _name_spans(
    doc: Doc,
    long_forms: set[str],
    sentences: list[Span] | None = None,
    attrs: numpy.ndarray | None = None,
    bounds: _Sents | None = None,
) -> tuple[list[tuple[int, int, str]], set[tuple[int, int]]]:
    """The token spans and labels of the article's names: the model's people, organisations and places, each
    cut to the name it holds and joined across name particles, and the ``long_forms`` of the acronyms the article
    defines; and which of them are numbered names. ``attrs``: the doc's POS, LOWER and IDX array, if read;
    ``bounds``, its sentences' bounds, if listed."""
    if attrs is None:
        attrs = _attrs(doc)
    out: list[tuple[int, int, str]] = []
    sents = bounds if bounds is not None else _Sents(doc, sentences)
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        start, end = ent.start, ent.end
        if end - start >= 2 and doc[start + 1].like_num and currency_written_before(doc[start].text):
            continue  # "will receive Tk 2 lakh": the model may take an amount's currency and number for a person
        while start < end - 1 and doc[start].pos_ in ("VERB", "ADJ", "ADV", "NOUN", "NUM"):
            start += 1  # "Defending Graham Pellow": NER took the verb in; a name starts at a proper noun
        if ent.label_ == "PERSON" and end - start >= 3 and title_noun(doc[start], end):
            start += 1  # "Boss Gary Hinds, 50, said": the boss is what he is, "Gary Hinds" who he is
        for i in range(start + 1, end):  # (by index: a slice of the doc is a Span made through Python code)
            t = doc[i]
            # "Port. The Independent Office ...": NER ran across a sentence break; "HARARE - Zimbabwe",
            # "Port - Jack Taylor": across a spaced dash, which parts a dateline or an aside, never a name
            if t.is_sent_start or (t.text in _DASHES and t.whitespace_ and doc[t.i - 1].whitespace_):
                end = t.i
                break
            if _figure_starts(doc, i) or gapped_name(t) is not None:
                # "Jurors found Tessaline 80 percent at fault": a name never runs on into a share or a sum, nor into
                # a gapped clause's count ("Ana Duarte received 8,412 votes and Rui Matos 7,903")
                end = i
                break
        start, end = _joined(doc, start, end, *sents.of(start))
        out.append((start, end, ent.label_))
    # the particles, place prepositions and titles of the doc, found by one search of its words for all three
    particles, place_at, titles, opens, commas = _words_in_each(
        doc, attrs[:, 1], (_PARTICLES, _PLACE_AT, _TITLE_FORMS, _OPENING_BRACKET, _COMMA)
    )
    out.extend(_particle_names(doc, out, sents, particles))
    out.extend(_untagged_places(doc, out, sents, place_at))
    out.extend(_titled_people(doc, out, sents, titles))
    out.extend(_apposed_people(doc, out, sents, commas))
    out.extend(_bracket_aged_people(doc, out, sents, opens))
    out.extend(_comma_aged_people(doc, out, sents, commas))
    out.extend(_aged_mistyped(doc, out))
    out.extend(_names_of_a_kind(doc, out, sents, attrs[:, 0]))
    out.extend(_defined_names(doc, long_forms))
    numbered = _numbered_names(doc, out, sents, attrs[:, 2].tolist())
    kept = _without_overlaps([*numbered, *out])  # a numbered name first, on a tie
    return kept, {(s, e) for s, e, _ in numbered}


def _numbered_names(
    doc: Doc, found: list[tuple[int, int, str]], sents: _Sents, char_starts: list[int]
) -> list[tuple[int, int, str]]:
    """Codes and numbered names, whose numbers are labels and not counts: a capitalised word and the number
    after it ("Flight 370", "Route 66", "Train 188", "No. 10"), a number before a capitalised singular noun
    ("10 Downing Street", "the 737 Max"), a word of capitals and digits ("the M6", "Bill C-21")."""
    ends = {e - 1: (s, lab) for s, e, lab in found}
    # Names the article gives a place or a person: a number after one is a tally ("Mozambique 417").
    text = _doc_text(doc)
    # each name's text cut from the doc's, from its first word's start to its last word's end, as Span.text gives it
    known = {text[doc[s].idx : _end_char(doc[e - 1])].lower() for s, e, lab in found if lab in ("GPE", "LOC", "PERSON")}
    letters = letter_signs_in(text)  # the letters it writes as its currency's sign, "P" of "P6,500"
    out: list[tuple[int, int, str]] = []
    n = len(doc)
    # Visit only the words that end in a digit, without making a Token of every word.
    at = sorted({bisect_right(char_starts, m.start()) - 1 for m in _ENDS_IN_DIGIT.finditer(text)})
    for tok in (doc[i] for i in at):
        word = tok.text
        if not word[-1:].isdigit():
            continue
        code = bool(_CODE_WORD.match(word))
        if (
            code
            and _LETTERED_START.match(word)
            and tok.whitespace_ == " "
            and (_THOUSANDS.match(_next_text(doc, tok)) or _next_text(doc, tok).lower() in _SCALE_WORDS)
        ):
            continue  # "R500 000", "R15 million", "N5 million": a sum in rand or naira, as the country writes them
        before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        after = _next_text(doc, tok).lower()
        if code and _LETTERED_START.match(word) and house_sum(word[0], word[1:], before, after, letters):
            continue  # "a P48 increase" where the article writes "P6,500": its house style's sum
        signed = _SIGNED.match(word) if code else None
        if signed and (currency_sign_before(signed.group(1)) or currency_written_before(signed.group(1))):
            continue  # "fined up to RO500", "RM38 million": a sum in rials or ringgit, whatever follows it
        if not code and not (_LABEL_NUMBER.match(word) and not _YEAR.match(word)):
            continue
        lo, hi = sents.of(tok.i)
        head = doc[tok.i - 1] if tok.i > lo and doc[tok.i - 1].whitespace_ else None
        if head is not None and head.text == "." and head.i > lo and not doc[head.i - 1].whitespace_:
            head = doc[head.i - 1] if doc[head.i - 1].lower_ in _NUMBER_WORDS else None  # "No." is two tokens
        if head is not None and not _label_head(head, ends, known):
            head = None
        start = end = tok.i
        if head is not None:
            start = head.i
        elif not code:
            # "10 Downing Street", "the 737 Max": the number names what follows when it is not counting it
            h = tok.head
            if not (
                tok.dep_ in ("nummod", "compound")
                and tok.i < h.i < hi
                and h.tag_ == "NNP"
                and all(_capitalised(t) for t in doc[tok.i + 1 : h.i + 1])
            ):
                continue
            if tok.i > lo and _capitalised(doc[tok.i - 1]):
                continue
        if not code and tok.dep_ == "nummod" and tok.head.i > tok.i and tok.head.tag_ in ("NNS", "NNPS"):
            continue  # "in Kech 42 people died": the number counts the people
        if not code and gapped_name(tok) is not None:
            continue  # "Sinn Fein took 39 seats, Fianna Fail 38": a gapped clause's count, told of the name before it
        if not code and tok.dep_ == "nummod" and tok.head.i == tok.i + 1 and peoples_plural(tok.head.text):
            continue  # "97 Thais were among those detained": a people's plural, which the tagger may take for a name
        if not code and _has_unit(text, tok, doc[tok.i - 1] if tok.i > 0 else tok):
            continue  # "Leave 52%", "Route 66 miles", "Category 3": a measure, not a label
        if code and find_dates(word, None):
            continue  # "Q3": a quarter of a year
        while start > lo and _capitalised(doc[start - 1]) and doc[start - 1].ent_type_ not in _NOT_NAMES:
            start -= 1  # "Malaysia Airlines Flight 370"
        while end + 1 < min(n, hi) and _capitalised(doc[end + 1]) and doc[end + 1].tag_ == "NNP":
            end += 1  # "Boeing 737 Max"
        end += 1
        a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        if any(m.start <= tok.idx - a < m.end for m in find_dates(text[a:b], None)):
            continue  # "6 June", "Thursday 6": a date
        labels = [lab for s, e, lab in found if s < end and start < e] + [
            t.ent_type_ for t in doc[start:end] if t.ent_type_ and t.ent_type_ not in _NOT_NAMES
        ]
        label = next((lab for lab in labels if lab not in ("PERSON", "GPE", "NORP")), "CODE")
        out.append((start, end, label))
    return out


def gapped_name(tok: Token) -> tuple[Token, Token] | None:
    """A bare number right after a name that is a conjunct of a clause counting something before it ("Labour won
    12 seats, the Conservatives eight and the Greens three"; "Kenya won 10 medals and Ethiopia six"; "PN won eight,
    and Pakatan Harapan (PH) five"): English gapping, which leaves out the first clause's verb and noun. The name
    and the number the first clause counts with, or None. The name is a conjunct of that clause's verb, object or
    number, never of a preposition's object ("flights from Terminal 2 and Terminal 5": two numbered names)."""
    name = tok.head
    if tok.dep_ not in ("nummod", "appos") or name.i >= tok.i or name.tag_ not in ("NNP", "NNPS"):
        return None
    between = [t.text for t in tok.doc[name.i + 1 : tok.i]]
    if between and not (len(between) == 3 and between[0] == "(" and between[2] == ")"):
        return None  # "Pakatan Harapan (PH) five": only an abbreviation in brackets stands between them
    if any(c.pos_ in ("NOUN", "PROPN") for c in kids(tok)):
        return None
    first = name
    while first.head.i < first.i and (
        first.dep_ in ("conj", "appos") or (first.dep_ == "npadvmod" and first.head.pos_ in ("VERB", "AUX"))
    ):
        first = first.head  # (the parse may hang a gapped clause's name on the verb: "and Rui Matos 7,903")
    if first is name or first.dep_ == "pobj":
        return None
    # the first clause counts with a number set before its noun ("won 15 seats"), or one standing alone ("won
    # eight"), never with a label set after it ("won Game 3 and Game 9": two numbered names)
    if first.like_num:
        number: Token | None = first  # "BN won 15 of the 28 seats, Perikatan Nasional eight"
    elif first.pos_ in ("VERB", "AUX"):
        number = next((c for c in kids(first) if c.dep_ == "dobj" and c.like_num), None)
        obj = next((c for c in kids(first) if c.dep_ == "dobj"), None)
        if number is None and obj is not None:
            number = next((c for c in kids(obj) if c.dep_ == "nummod" and c.like_num), None)
    else:
        number = next((c for c in kids(first) if c.dep_ == "nummod" and c.like_num and c.i < first.i), None)
    if number is None or number.i >= name.i:
        return None
    return name, number


_PERCENT_WORDS = frozenset({"percent", "per", "%", "pc", "pct"})


def _figure_starts(doc: Doc, i: int) -> bool:
    """Does a share or a sum start at token ``i`` ("80 percent", "12%", "$5m")? The model sometimes runs an
    organisation's name on into the figure after it; a name holds a number as a label ("Flight 370"), never so."""
    t = doc[i]
    if is_currency_sign(t.text):
        return True
    return t.like_num and i + 1 < len(doc) and doc[i + 1].lower_ in _PERCENT_WORDS


def _end_char(tok: Token) -> int:
    return int(tok.idx + len(tok.text))


def _label_head(head: Token, ends: dict[int, tuple[int, str]], known: set[str]) -> bool:
    """Can ``head`` be the word a number labels ("Flight" of "Flight 370")? A capitalised word, or "No.",
    that is not a date's ("May 5"), nor a place or a person the number counts ("Mozambique 417")."""
    if head.lower_ in _NUMBER_WORDS and head.text[:1].isupper():
        return True
    if not (head.text[:1].isupper() and head.is_alpha and head.pos_ in ("PROPN", "NOUN")):
        return False
    if head.ent_type_ in ("DATE", "TIME") or any(m.start == 0 for m in find_dates(head.text, None)):
        return False
    got = ends.get(head.i)
    return (got is None or got[1] not in ("GPE", "LOC", "PERSON")) and head.lower_ not in known


def _has_unit(text: str, tok: Token, before: Token) -> bool:
    """Does the number read as an amount with a unit or a range ("52%", "66 miles", "52-48", "Category 3")?"""
    a = tok.idx - before.idx
    for m in find_quantities(text[before.idx : tok.idx + 40]):
        if m.start <= a < m.end:
            return m.quantity.unit is not None or m.start < a or m.end > a + len(tok.text)
    return False


_WORD_KEYS: dict[frozenset[str], numpy.ndarray] = {}  # the LOWER hash of each word of a list, sorted


def _words_in(doc: Doc, lower: numpy.ndarray, words: frozenset[str]) -> list[int]:
    """The indices of the tokens whose lower-case form is one of ``words``, found in the doc's LOWER array
    (the strings' hashes, the same in every vocabulary) without making a Token of every word: each hash is
    looked up among the words' sorted hashes."""
    keys = _WORD_KEYS.get(words)
    if keys is None:
        keys = _WORD_KEYS[words] = numpy.array(sorted({doc.vocab.strings.add(w) for w in words}), dtype=numpy.uint64)
    at = numpy.searchsorted(keys, lower)
    at[at == len(keys)] = 0  # past the last key: no key, and compared with the first below
    return numpy.flatnonzero(keys[at] == lower).tolist()  # type: ignore[no-any-return]


_WORD_TABLES: dict[tuple[frozenset[str], ...], tuple[numpy.ndarray, numpy.ndarray]] = {}  # see _words_in_each


def _words_in_each(doc: Doc, lower: numpy.ndarray, lists: tuple[frozenset[str], ...]) -> list[list[int]]:
    """``_words_in`` for each of ``lists`` (at most eight), from one search of the LOWER array for the words of
    all of them: the search of every word of the doc is what costs, not the few words found. Each hash is looked up
    among the sorted hashes of all the lists' words, which keep, as bits, the lists each word is in."""
    table = _WORD_TABLES.get(lists)
    if table is None:
        which: dict[int, int] = {}
        for k, words in enumerate(lists):
            for w in words:
                h = doc.vocab.strings.add(w)
                which[h] = which.get(h, 0) | 1 << k
        hashes = sorted(which)
        table = _WORD_TABLES[lists] = (
            numpy.array(hashes, dtype=numpy.uint64),
            numpy.array([which[h] for h in hashes], dtype=numpy.uint8),
        )
    keys, bits = table
    at = keys.searchsorted(lower)
    at[at == len(keys)] = 0  # past the last key: no key, and compared with the first below
    found = numpy.flatnonzero(keys[at] == lower)
    found_bits = bits[at[found]]
    return [found[found_bits & (1 << k) != 0].tolist() for k in range(len(lists))]


def _particle_names(
    doc: Doc, found: list[tuple[int, int, str]], sents: _Sents, particles: list[int]
) -> list[tuple[int, int, str]]:
    """Names the model missed that a particle holds together: "the Caisse des Dépôts said"."""
    out: list[tuple[int, int, str]] = []
    covered = {i for s, e, _ in found for i in range(s, e)}
    for i in particles:
        tok = doc[i]
        if not _is_particle(tok) or i in covered or i == 0 or not _capitalised(doc[i - 1]):
            continue
        start, end = _joined(doc, i - 1, i, *sents.of(i))
        if end > tok.i + 1 and not any(i in covered for i in range(start, end)):
            label = next((t.ent_type_ for t in doc[start:end] if t.ent_type_ in NAME_LABELS), "ORG")
            out.append((start, end, label))
            covered.update(range(start, end))
    return out


def _defined_names(doc: Doc, long_forms: set[str]) -> list[tuple[int, int, str]]:
    """Every occurrence of a name the article defines an acronym for, as one name, where the model split it or
    missed it: "International Federation of Red Cross and Red Crescent Societies (IFRC)"."""
    out: list[tuple[int, int, str]] = []
    text = _doc_text(doc)
    for long_form in sorted(long_forms):
        for m in re.finditer(re.escape(long_form), text):
            span = doc.char_span(m.start(), m.end())
            if span is not None:
                out.append((span.start, span.end, "ORG"))
    return out


def _titled_people(
    doc: Doc, found: list[tuple[int, int, str]], sents: _Sents, titles: list[int]
) -> list[tuple[int, int, str]]:
    """People the model left untagged, or typed as a facility or a work: a capitalised title or two ("Mayor",
    "Detective Superintendent", "Dame") and then two or more capitalised proper nouns that no other name holds
    ("Mayor Stefano Dal Col visited", "Dame Helen Ashworth KC published"). The title is what the person is; the
    name is what follows it, with a post-nominal ("KC") if written."""
    out: list[tuple[int, int, str]] = []
    covered = {i for s, e, label in found if label in NAME_LABELS for i in range(s, e)}
    n, after = len(doc), -1
    for i in titles:
        if i < after or i in covered or not doc[i].text[:1].isupper():
            continue
        j = i + 1
        while j < n and doc[j].text[:1].isupper() and doc[j].lower_.rstrip(".") in TITLES:
            j += 1  # "Detective Superintendent", "Chief Inspector"
        lo, hi = sents.of(j) if j < n else (j, j)
        end = j
        while end < hi and _capitalised(doc[end]) and end not in covered and doc[end].ent_type_ in _MISTYPED:
            end += 1
            if (
                end + 1 < hi
                and doc[end].text == "-"
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
                and _capitalised(doc[end + 1])
            ):
                end += 1  # "Okonedo-Hart": a double-barrelled surname goes on past its hyphen
        if end - j >= 2 and not _title_case(doc[lo:hi]):
            out.append((j, end, "PERSON"))
        after = end
    return out


_OPENING_BRACKET = frozenset({"("})
_COMMA = frozenset({","})


def _apposed_people(
    doc: Doc, found: list[tuple[int, int, str]], sents: _Sents, commas: list[int]
) -> list[tuple[int, int, str]]:
    """People the model left untagged, named in apposition to what they are, set off by commas ("The Secretary of
    State for Tourism, Inês Carvalho Teles, said", "the farm's owner, Tomasz Wielgosz Nowak, was"): two to four
    capitalised proper nouns that no other name holds, right after a comma and ending at a comma or a full stop,
    whose last word the parse sets in apposition to an earlier noun for a person ("secretary", "owner")."""
    out: list[tuple[int, int, str]] = []
    covered = {i for s, e, _ in found for i in range(s, e)}
    n = len(doc)
    for c in commas:
        start = end = c + 1
        lo, hi = sents.of(start) if start < n else (n, n)
        while end < hi and end - start < 4 and end not in covered and doc[end].pos_ == "PROPN":
            if not _capitalised(doc[end]) or doc[end].ent_type_ not in _MISTYPED:
                break
            end += 1
        if end - start < 2 or end >= n or doc[end].text not in (",", "."):
            continue
        last = doc[end - 1]
        head = last.head
        if last.dep_ != "appos" or head.i >= c or head.i < lo or not person_noun(head.lemma_.lower()):
            continue
        if not _title_case(doc[lo:hi]):
            out.append((start, end, "PERSON"))
    return out


def _bracket_aged_people(
    doc: Doc, found: list[tuple[int, int, str]], sents: _Sents, opens: list[int]
) -> list[tuple[int, int, str]]:
    """People the model left untagged, named as a tabloid names them, with the age in brackets right after the name
    ("Tomasz (45), a bus driver, died", "Pensioner Gerda Lind (74): 'We lost everything'"): one to three
    capitalised proper nouns that no other name holds, before a bracketed number of an age that the clause goes on
    from (a comma, a colon, a full stop or a word in lower case: not "Route (66) Diner")."""
    out: list[tuple[int, int, str]] = []
    covered = {i for s, e, _ in found for i in range(s, e)}
    n = len(doc)
    for i in opens:
        if i < 1 or not doc[i - 1].whitespace_ or not _bracket_age_after(doc, i):
            continue
        follow = doc[i + 3].text if i + 3 < n else "."
        if follow not in (",", ":", ".") and not follow[:1].islower():
            continue
        lo, hi = sents.of(i)
        start = i
        while start > lo and i - start < 3 and (start - 1) not in covered and _name_word(doc[start - 1]):
            start -= 1
        if start < i and not _title_case(doc[lo:hi]):
            out.append((start, i, "PERSON"))
    return out


def _comma_aged_people(
    doc: Doc, found: list[tuple[int, int, str]], sents: _Sents, commas: list[int]
) -> list[tuple[int, int, str]]:
    """People the model left untagged, named as news names a person again, often by the surname alone, with the age
    set off by commas before the clause's verb ("Nkosi, 29, was buried in his home village", "Priya, 29, said"): one
    to three capitalised proper nouns that no other name holds, right before the comma, as no place or thing is
    written with a number so set off and then a verb."""
    out: list[tuple[int, int, str]] = []
    covered = {i for s, e, _ in found for i in range(s, e)}
    # (one word of a longer name of a person or a body the article already gives is read as that name's where the
    # age is read: "Tomasz Wielgosz of Poland", which the model calls an organisation, "... Wielgosz, 31,"; but
    # "Doreen Haskett, 89," is a name of its own beside "Julie Haskett")
    surnames = {doc[i].text for s, e, label in found if e - s >= 2 and label in ("PERSON", "ORG") for i in range(s, e)}
    n = len(doc)
    for c in commas:
        if c < 1 or c + 3 >= n or doc[c + 2].text != "," or not (doc[c + 1].text.isdigit() and len(doc[c + 1]) <= 3):
            continue
        verb = doc[c + 3]
        if int(doc[c + 1].text) > 110 or verb.pos_ not in ("VERB", "AUX") or not verb.text.islower():
            continue
        if verb.lower_ in ("were", "are", "have"):  # ("Smith, 29, and Jones, 31, were": a list's, read elsewhere)
            continue
        lo, hi = sents.of(c)
        start = c
        while (
            start > lo
            and c - start < 3
            and (start - 1) not in covered
            and doc[start - 1].pos_ == "PROPN"
            and _capitalised(doc[start - 1])
            and doc[start - 1].ent_type_ in _MISTYPED
        ):
            start -= 1
        if start == c or (start > lo and _capitalised(doc[start - 1])) or _title_case(doc[lo:hi]):
            continue
        if c - start == 1 and doc[start].text in surnames:
            continue  # (one word of a longer name: "Wielgosz, 31," after "Tomasz Wielgosz of Poland")
        out.append((start, c, "PERSON"))
    return out


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun, or a capitalised word the model took for a common noun that no dictionary holds
    ("Tomasz" opening a sentence)."""
    if tok.lower_.rstrip(".") in TITLES:
        return False  # "The Mayor (45)": what the person is, not who
    return _capitalised(tok) or (
        tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.is_alpha and noun_lemma(tok.text) is None
    )


def _aged_mistyped(doc: Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """People the model typed as a facility or a work, named as news names a person: two or more capitalised proper
    nouns with an age set off after them (_AGE_AFTER: "Nurse Sanne Bakker, 29, said", "..., 29."), as no building or
    work is written. A role that opens the sentence before the name is no word of it ("Nurse")."""
    out: list[tuple[int, int, str]] = []
    covered = {i for s, e, _ in found for i in range(s, e)}
    text = _doc_text(doc)
    for ent in doc.ents:
        start, end = ent.start, ent.end
        if ent.label_ not in ("FAC", "WORK_OF_ART") or end - start < 2 or any(i in covered for i in range(start, end)):
            continue
        if not all(t.pos_ == "PROPN" and _capitalised(t) for t in ent):
            continue
        aged = _AGE_AFTER.match(text, ent.end_char, ent.end_char + 14)  # (as _typed reads a person's age after a name)
        if aged is None or int(aged.group(1)) > 110:
            continue
        if end - start >= 3 and title_noun(doc[start], end):
            start += 1
        out.append((start, end, "PERSON"))
    return out


def _bracket_age_after(doc: Doc, end: int) -> bool:
    """A bracketed number of an age right after a name's last token ("Tomasz (45)")."""
    return (
        end + 2 < len(doc)
        and doc[end].text == "("
        and doc[end + 1].text.isascii()
        and doc[end + 1].text.isdigit()
        and int(doc[end + 1].text) <= 110
        and doc[end + 2].text == ")"
    )


def _kin_mistyped(doc: Doc, raw: list[tuple[Span, str, str]], covered: set[int]) -> list[tuple[Span, str, str]]:
    """People the model typed as a facility or a work whose surname is that of a person the article names
    ("Tessa Morland, 41, died ... Lachlan Morland, 43, and Fiona Gask, 52, remain in hospital"): families share a
    surname, buildings rarely share a named person's. A run of two or more capitalised proper nouns that no other
    name holds, no title first."""
    surnames = {n.split()[-1] for _, n, label in raw if label == "PERSON" and " " in n}
    if not surnames:
        return []
    out: list[tuple[Span, str, str]] = []
    for ent in doc.ents:
        if ent.label_ not in ("FAC", "WORK_OF_ART") or len(ent) < 2 or doc[ent.end - 1].text not in surnames:
            continue
        if any(i in covered for i in range(ent.start, ent.end)) or ent[0].lower_.rstrip(".") in TITLES:
            continue
        if all(t.pos_ == "PROPN" and _capitalised(t) for t in ent):
            out.append((ent, clean_name(ent.text, False), "PERSON"))
            covered.update(range(ent.start, ent.end))
    return out


_TITLE_FORMS = TITLES | frozenset(f"{t}." for t in TITLES)  # "Supt." as well as "Supt"


# Prefixes of a ship's name: "MV Kalinda Star", "HMS Victory".
_SHIP_PREFIXES = frozenset("MV MS MT SS RMS HMS USS HMAS HMCS HMNZS FV RV".split())
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august"
    " september october november december".split()
)


def _names_of_a_kind(
    doc: Doc, found: list[tuple[int, int, str]], sents: _Sents, pos: numpy.ndarray
) -> list[tuple[int, int, str]]:
    """Names the model left untagged that English marks as names of a kind of thing: a ship's prefix ("the MV
    Kalinda Star"), or a common noun of an organisation or a group right before capitalised proper nouns ("the
    charity Mare Aperto", "the ransomware gang Vesper", "the operator Hanseline"), which name one of its kind."""
    from spacy.symbols import NOUN as noun  # the ids the POS column holds
    from spacy.symbols import PROPN as propn

    from ..reconcile.related import kind_of

    out: list[tuple[int, int, str]] = []
    covered = {i for s, e, _ in found for i in range(s, e)}
    # (a noun or proper noun before a proper noun, found in the doc's POS column without making a Token of every
    # word, nor reading the column a word at a time)
    for i in numpy.flatnonzero(((pos[:-1] == noun) | (pos[:-1] == propn)) & (pos[1:] == propn)).tolist():
        tok = doc[i]
        ship = tok.text in _SHIP_PREFIXES and pos[i] == propn
        kind = pos[i] == noun and tok.text.islower() and i > 0 and doc[i - 1].pos_ in ("DET", "NOUN")
        if not (ship or kind):
            continue
        lo, hi = sents.of(i)
        start = end = i + 1
        # (a ship's name is one whatever the model made of its words: "MV Orla Brennan" is no person)
        while end < hi and _capitalised(doc[end]) and (ship or end not in covered):
            end += 1
        if end == start or doc[start].lower_ in _CALENDAR_WORDS or doc[start].lower_.rstrip(".") in TITLES:
            continue
        if ship:
            out.append((i, end, "PRODUCT"))
        elif any(kind_of(tok.lower_, k, senses=1, steps=12) for k in ("organization", "group")):
            out.append((start, end, "ORG"))
    return out


_MISTYPED = frozenset({"", "FAC", "WORK_OF_ART"})  # what the model may call an untitled person's name


def _title_case(sent: Span) -> bool:
    """A headline written in title case ("The President Will Speak Today"), where capitals mark no name."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and all(t.text[:1].isupper() for t in words)


def _untagged_places(
    doc: Doc, found: list[tuple[int, int, str]], sents: _Sents, place_at: list[int]
) -> list[tuple[int, int, str]]:
    """Places the model left untagged, or called a facility, read from English alone: a run of capitalised
    proper nouns that is the object of a place preposition ("in Nhamuzi Ward", "at the Old Bailey"), inside a
    sentence (not its capitalised first word) and outside every other entity the model found; a single word
    after "the" is no place ("in the Lord")."""
    out: list[tuple[int, int, str]] = []
    covered = {i for s, e, _ in found for i in range(s, e)}
    for i in place_at:
        lo, hi = sents.of(i)
        j = i + 1
        if j < hi and doc[j].lower_ == "the":
            j += 1
        start = end = j
        while end < hi and _capitalised(doc[end]) and doc[end].ent_type_ in ("", "FAC") and end not in covered:
            end += 1
        if end == start or start == lo or (end == start + 1 and j > i + 1):
            continue
        if (end < hi and (_capitalised(doc[end]) or doc[end].like_num)) or doc[end - 1].dep_ != "pobj":
            continue  # the run goes on into a name the model did tag, or a number: not a name of its own
        if doc[end - 1].head.i != i:
            continue
        out.append((start, end, "LOC"))
    return out


def _without_overlaps(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Longest first, then leftmost: a span that overlaps one already kept is dropped."""
    kept: list[tuple[int, int, str]] = []
    used: set[int] = set()
    for s, e, lab in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if not any(i in used for i in range(s, e)):
            kept.append((s, e, lab))
            used.update(range(s, e))
    return sorted(kept)


# Prepositions whose object is where something is: "in Malawi", "across Kech", "near Beira".
_PLACE_PREPS = frozenset("in inside within across throughout near outside".split())
_PLACE_AT = _PLACE_PREPS | {"at"}  # where an untagged place may follow
_PLACE_LABELS = ("GPE", "LOC")
_ARTICLES = frozenset({"the", "a", "an"})


# An age set off after a name, as news gives a person's ("Darrell Pruitt, 47, of Madison", "... Darrell Pruitt, 47.")
# (the clause goes on in lower case: "Hollis Freight Lines, 45, Dock Road" is an address; and a plural verb after it
# is a team's or a firm's: "Norwich City, 2, were beaten")
_AGE_AFTER = re.compile(r",\s(?:aged\s)?(\d{1,3})(?:,\s+(?!were\b|are\b|have\b)[a-z]|\.(?:\s|\Z)|\Z)")
_AGE_SET_OFF = re.compile(r",\s(?:aged\s)?(\d{1,3}),")
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+\Z")  # "48-year-old Darrell Pruitt"


# What only a company or another organisation has, never a place: its officers, its owners and its trade ("the
# carrier's chief executive", "Telvara shares fell", "shares in Telvara", "millions of Telvara's customers")
# (a chief executive and owned customers are read apart, below)
_COMPANY_NOUNS = frozenset({"ceo", "chairman", "chairwoman", "shareholder", "share"})


def _company_cue(root: Token) -> bool:
    """A name whose mention owns what only an organisation has: "Telvara's chief executive", "Telvara shares",
    "shares in Telvara" (a customer only as owned: "Ohio customers" are customers in Ohio)."""
    dep, head = root.dep_, root.head
    if dep == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in ("share", "stake"):
        return True
    if dep not in ("poss", "compound") or head.i <= root.i or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    if lemma == "customer":
        return dep == "poss"
    if lemma == "executive":
        return any(k.lower_ == "chief" for k in head.lefts)
    return lemma in _COMPANY_NOUNS


def _of_home(doc: Doc, of: Token) -> bool:
    """An "of" after a person's age, which names where the person lives: "Darrell Pruitt, 47, of Madison"."""
    i = of.i
    return i >= 3 and doc[i - 1].text == "," and doc[i - 2].like_num and doc[i - 3].text == ","


def _typed(doc: Doc, raw: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """Each name with one label for the whole article, by what the article does with it: a person when a
    title comes before it ("President Nyusi") or an age after it ("Darrell Pruitt, 47,"), else a place when it is
    the object of a place preposition ("died in Malawi", or "of" after a person's age: "Pruitt, 47, of Madison"):
    never a person, nor an organisation when it is one word and placed as often as the model calls it one: "in
    Mozambique", but not "in Congress" and "Congress adjourned"), else the model's most frequent label.
    A one-word name only ever capitalised at the start of a sentence, and written in lower case elsewhere in
    the article, is a common noun ("Turnout was 72 per cent" and "a turnout of 72 per cent"), not a name. A
    person's name takes no article: a name the article writes after "the" is no person ("the Metrorail")."""
    votes: dict[str, dict[str, int]] = {}
    titled: set[str] = set()
    aged: set[str] = set()  # names told with an age after them ("Darrell Pruitt, 47,"): people
    determined: set[str] = set()  # names with a mention after an article: "the Metrorail", never a person
    placed: dict[str, str] = {}
    companies: set[str] = set()  # names told as owning what only an organisation has (see _company_cue)
    times_placed: dict[str, int] = {}
    inside: set[str] = set()  # names with a mention that does not start a sentence
    first: dict[str, str] = {}  # the label of a name's first mention, which breaks a tie
    for ent, name, label in raw:
        key = name.lower()
        v = votes.setdefault(key, {})
        v[label] = v.get(label, 0) + 1
        first.setdefault(key, label)
        # each Token below is made, and each of its attributes read, once: spaCy makes a new Token on every access
        start = ent.start
        root = ent.root
        dep, head = root.dep_, root.head
        while dep in ("appos", "conj") and head.i < root.i:
            root = head  # "in Nhamatanda, Mozambique", "in Malawi and Mozambique": places too
            dep, head = root.dep_, root.head
        if label in _PLACE_LABELS and _company_cue(root):
            companies.add(key)
        if (
            dep == "pobj"
            and (head.lower_ in _PLACE_PREPS or (head.lower_ == "of" and _of_home(doc, head)))
            and head.i < start
            and (label in ("PERSON", *_PLACE_LABELS) or " " not in name)
        ):
            placed[key] = "LOC" if label == "LOC" or placed.get(key) == "LOC" else "GPE"
            times_placed[key] = times_placed.get(key, 0) + 1
        first_tok = doc[start]
        first_low = first_tok.lower_
        before = doc[start - 1] if start > 0 else None
        before_low = before.lower_ if before is not None else None
        if first_low in _ARTICLES or before_low in _ARTICLES:
            determined.add(key)
        if first_low.rstrip(".") in TITLES or (before_low is not None and before_low.rstrip(".") in TITLES):
            titled.add(key)
        elif (
            label == "ORG"
            and " " in name
            and before is not None
            and before.pos_ == "NOUN"
            and before.is_lower
            and person_noun(before.lemma_.lower())
            and noun_lemma(name.rsplit(" ", 1)[-1].lower()) is None
        ):
            # "Union boss Marin Stoica said", "Group chief executive Fergus Nolan said": a role written before a
            # name as its title (the model may call the name an organisation's) makes the name a person's (but not
            # a name ending in a common noun, as a firm's often does: "supplier Foxconn Technology")
            titled.add(key)
        opening = before is not None and before.is_punct and (before.i == 0 or before.is_sent_start)
        if not (start == 0 or first_tok.is_sent_start or opening):
            inside.add(key)
        if " " in name and label not in _PLACE_LABELS:
            whole = _doc_text(doc)  # (kept on the doc: joined once)
            m = _AGE_AFTER.match(whole, ent.end_char, ent.end_char + 14)
            if m is None and ent.root.dep_ == "appos" and person_noun(ent.root.head.lower_):
                # "including the factory owner, Mizanur Rahman, 52, have been arrested": named beside a person's
                # role, a name with an age is that person, whatever verb the clause goes on to
                m = _AGE_SET_OFF.match(whole, ent.end_char, ent.end_char + 14)
            if (m is not None and int(m.group(1)) <= 110) or _AGE_BEFORE.search(
                whole, max(0, ent.start_char - 16), ent.start_char
            ):
                aged.add(key)
        if label not in _PLACE_LABELS and _bracket_age_after(doc, ent.end):
            aged.add(key)  # "Grzegorz (52), a postman": a tabloid's age, in brackets after the name
    text = _doc_text(doc)
    best: dict[str, str] = {}
    for key, v in votes.items():
        # (the word itself first: most are never written in lower case, and the test of a substring is a fraction
        # of the pattern's search of the whole article)
        if " " not in key and key not in inside and key in text and re.search(rf"\b{re.escape(key)}\b", text):
            continue  # "Turnout was 72.2 per cent" and "a turnout of 72 per cent"
        # (an age after it outweighs a place preposition it only stands in a list after: "Dale Whitcomb, 58, of
        # Calder Point and Luis Ortega, 34, of Hollins")
        person = key in titled or (key in aged and key not in determined)
        lab = "PERSON" if person else max(v, key=lambda x: (v[x], x == first[key]))
        if key in placed and not person:
            # never a person; an organisation only while the model calls it one more often than the article
            # places it ("in Congress" once, "Congress" twice)
            places = times_placed[key] + sum(v.get(x, 0) for x in _PLACE_LABELS)
            if lab != "ORG" or places >= v.get("ORG", 0):
                lab = placed[key]
        if lab in _PLACE_LABELS and key in companies:
            # "Telvara's chief executive", "Telvara shares fell": a name the model takes for a place, which owns
            # what only an organisation has, is an organisation
            lab = "ORG"
        if lab == "PERSON" and key in determined and key not in titled:
            lab = max((x for x in v if x != "PERSON"), key=lambda x: v[x], default="ORG")
        best[key] = lab
    out = []
    for ent, name, _ in raw:
        lab = best.get(name.lower(), "")
        if not lab:
            continue
        if lab == "PERSON":
            ent, name = _without_home(doc, ent, name)
            if len(ent) >= 3 and title_noun(ent[0], ent.end):
                ent = ent[1:]  # "Pensioner Ilse Varga, 77,": a pensioner is what she is, not a word of her name
                name = clean_name(ent.text)
        out.append((ent, name, lab))
    return out


def title_field(doc: Doc, start: int, end: int) -> bool:
    """A name the model began with the field of a title written before it ("Minister of Industries Birna
    Hauksdóttir"): a common noun after "of" after a capitalised role, and two more capitalised words (not "the
    daughter of Rose Mary Kelly", whose role is written in lower case)."""
    if end - start < 3 or start < 2 or doc[start - 1].lower_ != "of":
        return False
    role, field = doc[start - 2], doc[start]
    return (
        role.text[:1].isupper()
        and person_noun(role.lower_)
        and field.is_alpha
        and noun_lemma(field.lower_) is not None
        and all(t.text[:1].isupper() for t in doc[start + 1 : end] if t.is_alpha)
    )


def _without_home(doc: Doc, ent: Span, name: str) -> tuple[Span, str]:
    """A person's name without the home town the model took into it: "Darrell Pruitt of Madison" is Darrell
    Pruitt, of Madison (a person's name holds no "of" before a capitalised word; "Duke of York" is a title's)."""
    for t in ent:
        if t.lower_ == "of" and t.i - ent.start >= 2 and t.i + 1 < ent.end and doc[t.i + 1].text[:1].isupper():
            cut = doc[ent.start : t.i]
            return cut, clean_name(cut.text)
    return ent, name


# Nouns of kin that a first name stands beside as one of the family of the person named before: "his wife, Loretta"
_KIN = frozenset(
    "wife husband son daughter brother sister mother father widow widower grandson granddaughter".split()
)


def _kin_named(raw: list[tuple[Span, str, str]], sents: _Sents) -> list[tuple[Span, str, str]]:
    """A first name alone in apposition to a noun of kin of the person its sentence names before it ("Harold
    Pruitt, 81, and his wife, Loretta, 79"): news style leaves out the surname they share, which the name takes
    ("Loretta Pruitt"). ``sents``: the doc's sentences, where each name's is looked up (Span.sent walks the
    words back to its start and makes a new Span, on every access)."""
    out = []
    last: dict[int, str] = {}  # each sentence's last full name of a person so far, by the sentence's start
    for ent, name, label in raw:
        sent = sents.of(ent.start)[0]
        if label == "PERSON" and " " in name:
            last[sent] = name
        elif label == "PERSON" and sent in last and _kin_of(ent):
            name = f"{name} {last[sent].split()[-1]}"
        out.append((ent, name, label))
    return out


def _kin_of(ent: Span) -> bool:
    root = ent.root
    head = root.head
    return (
        root.dep_ == "appos"
        and head.lower_ in _KIN
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children)
    )


def in_spans(spans: list[tuple[int, int]], starts: list[int], char: int) -> bool:
    """Whether ``char`` is in one of ``spans`` (in text order, each ending where or before the next starts;
    ``starts``, their starts): ``any(s <= char < e for s, e in spans)`` by a binary search, not a walk of them all."""
    k = bisect_right(starts, char) - 1
    return k >= 0 and char < spans[k][1]


def _attrs(doc: Doc) -> numpy.ndarray:
    """The doc's POS, LOWER (hashes), IDX (character offsets) and LENGTH of every token, one row each."""
    from spacy.attrs import IDX, LENGTH, LOWER, POS

    return doc.to_array([POS, LOWER, IDX, LENGTH])


def build_index(
    doc: Doc, body: list[tuple[int, int]] | None = None, sents: list[Span] | None = None
) -> EntityIndex:
    """Resolve the article's names. ``body`` limits which mentions count (offsets of body paragraphs, in text
    order); ``sents``, the doc's sentences if the caller has listed them (spaCy builds them anew on every
    access)."""
    text = _doc_text(doc)  # built from the tokens on every access: read once, kept on the index
    idx = EntityIndex(text=text)
    idx.acronyms = acronym_definitions(text)
    raw: list[tuple[Span, str, str]] = []
    attrs = _attrs(doc)  # read once for every step below: each Doc.to_array costs about as much as a step
    idx.token_bounds = attrs[:, 2].tolist(), (attrs[:, 2] + attrs[:, 3]).tolist()
    bounds = _Sents(doc, sents)  # the sentences' token bounds, for _name_spans and _kin_named
    spans, numbered = _name_spans(doc, set(idx.acronyms.values()), sents, attrs, bounds)
    covered = {i for s, e, _ in spans for i in range(s, e)}
    from spacy.tokens import Span

    for start, end, label in spans:
        is_numbered = (start, end) in numbered
        if not is_numbered and title_field(doc, start, end):
            start += 1  # "Minister of Industries Birna Hauksdóttir": the last word of her title, not of her name
        ent = Span(doc, start, end)  # doc[start:end], without the Python slice arithmetic of Doc.__getitem__
        # the name's text cut from the doc's, as Span.text joins it from its words (each made a Token)
        name = clean_name(text[ent.start_char : ent.end_char], is_numbered)
        if is_numbered:
            idx.numbered.append((ent.start_char, ent.end_char))
        if not name or not any(ch.isalpha() for ch in name):
            continue
        if (
            " " not in name
            and not is_numbered
            and name not in idx.acronyms  # ("According to the HYSA": the model may tag a defined acronym a noun)
            and not any(t.pos_ == "PROPN" for t in ent if t.text in name)
            and not (label == "PERSON" and _bracket_age_after(doc, end))  # ("Tomasz (45), a bus driver,")
        ):
            continue  # a one-word "name" that is a common noun ("Mum", "Band", "Council")
        if TIME_ZONE.fullmatch(name):
            continue  # "at 4:52 a.m. CDT": a clock's zone, which the model may tag a person or an organisation
        raw.append((ent, name, label))
    raw = _kin_named(_typed(doc, raw), bounds)
    raw.extend(_kin_mistyped(doc, raw, covered))
    # Full names first: the longest form of each person defines its surname and first name.
    persons = sorted({n for _, n, lab in raw if lab == "PERSON" and len(n.split()) >= 2}, key=lambda n: (-len(n), n))
    orgs = {n for _, n, lab in raw if lab != "PERSON"}
    for acr, long_form in idx.acronyms.items():
        orgs.add(long_form)
        idx.aliases[acr.lower()] = long_form
        idx.labels[long_form] = "ORG"
    for full in persons:
        idx.aliases.setdefault(full.lower(), full)
        idx.labels.setdefault(full, "PERSON")
    last_names: dict[str, set[str]] = {}
    first_names: dict[str, set[str]] = {}
    for full in persons:
        parts = full.split()
        last_names.setdefault(parts[-1].lower(), set()).add(full)
        first_names.setdefault(parts[0].lower(), set()).add(full)
    first_at: dict[str, int] = {}
    for ent, n, _ in raw:
        first_at.setdefault(n, ent.start_char)
    for full in persons:  # "Ms Ball" -> "Helen Ball", also when NER missed the short form
        for table in (last_names, first_names):
            key = full.split()[-1 if table is last_names else 0].lower()
            if len(table.get(key, ())) == 1:
                idx.aliases.setdefault(key, full)
    for key, fulls in sorted(last_names.items()):
        if len(fulls) > 1:
            # "Eleanor Pruitt ... her son, Paul Pruitt ... Pruitt, 76, died": news style calls the person of the
            # story by surname alone, and a relative who shares it by first or full name, so the bare surname is
            # whoever of that surname the article names first
            idx.aliases.setdefault(key, min(fulls, key=lambda n: (first_at.get(n, len(text)), n)))
    body_starts = [s for s, _ in body] if body is not None else []
    label_of = {n: lab for _, n, lab in raw}
    for o in sorted(orgs, key=lambda n: (-len(n), n)):
        idx.aliases.setdefault(o.lower(), idx.aliases.get(o.lower(), o))
        idx.labels.setdefault(idx.aliases[o.lower()], label_of.get(o, "ORG"))
    for ent, name, label in raw:
        canon = idx.aliases.get(name.lower())
        if canon is None:
            canon = name
            idx.aliases[name.lower()] = name
        idx.labels.setdefault(canon, label)
        if body is not None and not in_spans(body, body_starts, ent.start_char):
            continue
        a, b = ent.start_char, ent.end_char
        idx.mentions.append(Mention(a, b, text[a:b], name, label, canon))
    # Short forms NER did not tag ("Port drugged them"): proper nouns that are a known alias.
    tagged = {(m.start, m.end) for m in idx.mentions}
    single = {a for a in idx.aliases if " " not in a}
    from spacy.symbols import PROPN

    # Visit only the proper nouns that spell a known one-word alias, without making a Token of every word.
    strings = doc.vocab.strings
    lowers = attrs[:, 1].tolist()
    for i in numpy.flatnonzero(attrs[:, 0] == PROPN).tolist():  # the proper nouns, found by the array itself
        if i in covered or strings[lowers[i]] not in single:
            continue
        tok = doc[i]
        canon = idx.aliases.get(tok.text.lower())
        if canon is None or (tok.idx, tok.idx + len(tok.text)) in tagged:
            continue
        if body is not None and not in_spans(body, body_starts, tok.idx):
            continue
        idx.mentions.append(
            Mention(tok.idx, tok.idx + len(tok.text), tok.text, tok.text, idx.labels.get(canon, "ORG"), canon)
        )
    idx.index_mentions()
    return idx
