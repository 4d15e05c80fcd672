"""The nationality a count is of: "six Brits", "11 Germans", "Three German tourists", "eighteen were British".

A count of one nationality is a group within those counted ("Three Germans ... also died" among "eleven people
killed"): never the whole toll, and the same group as another outlet's count of that nationality, whatever noun
each gives it ("11 Germans", "eleven were German"; "18 Brits", "eighteen British passengers").

A nationality is read from the counted noun ("Brits", "Germans"), from a capitalised adjective before it
("German tourists", "British nationals"), or from the adjective a copula gives the count ("eighteen were
British"). WordNet says which nouns are peoples (a kind of European, American, Asian, African or Australian); an
adjective that is also such a noun ("German", "Greek", "Canadian") is one, and English's irregular demonym
adjectives, whose noun is another word ("British" / "Briton", "French" / "Frenchman"), are mapped to their
noun. Two nationalities are one when WordNet makes their nouns synonyms ("Brit" and "Briton").
"""

from __future__ import annotations

from functools import lru_cache

from ..types import Claim
from .related import kind_of, synonyms
from .words import form_in

_PEOPLES = ("european", "american", "asian", "african", "australian")

# English's demonym adjectives whose people noun is another word (WordNet's noun of the adjective's own form is
# the nation as a collective, "the British", which is no kind of European).
IRREGULAR_DEMONYMS: dict[str, str] = {
    "british": "briton",
    "english": "englishman",
    "french": "frenchman",
    "dutch": "dutchman",
    "spanish": "spaniard",
    "irish": "irishman",
    "welsh": "welshman",
    "scottish": "scot",
    "danish": "dane",
    "swedish": "swede",
    "polish": "pole",
    "finnish": "finn",
    "turkish": "turk",
}


@lru_cache(maxsize=4096)
def people_noun(word: str) -> str | None:
    """The people noun a demonym word stands for ("german" -> "german", "british" -> "briton"), else None."""
    noun = IRREGULAR_DEMONYMS.get(word, word)
    if any(kind_of(noun, p) for p in _PEOPLES):
        return noun
    if noun.endswith("s") and any(kind_of(noun[:-1], p) for p in _PEOPLES):
        return noun[:-1]  # "Brits", which the lemmatiser leaves plural as a proper noun
    return None


def _capitalised(word: str, sentence: str) -> bool:
    """The word is written with a capital where no sentence start explains it ("Three German tourists"; not
    "Federal agents arrested ...")."""
    form = form_in(word, sentence)
    return form is not None and form[:1].isupper() and not sentence.lstrip().startswith(form)


def nationality(c: Claim) -> str | None:
    """The nationality a count is of, as a people noun ("briton", "german"), or None; and the nationality of the
    person an age describes, written between the age and the person's noun ("a 34-year-old Chinese worker", "a
    41-year-old South Korean production worker")."""
    if c.kind == "age":
        return _described_nationality(c)
    if c.kind != "count" or c.counted is None:
        return None
    if c.counted != "people":
        got = people_noun(c.counted)
        if got is not None:
            return got
    # an adjective before the noun, written with a capital that no sentence start explains ("Three German
    # tourists"; not "federal agents", WordNet's noun "federal" being a Union soldier), or one a copula gives the
    # count ("eighteen were British")
    words = list(reversed(c.modifiers))
    predicate = (c.predicate or "").split()
    if len(predicate) >= 2 and predicate[0] == "be":
        words.append(predicate[1])
    for w in words:
        got = people_noun(w)
        if got is not None and _capitalised(w, c.sentence):
            return got
    return None


def _described_nationality(c: Claim) -> str | None:
    """The people noun of a capitalised demonym between "N-year-old" and the noun of the person it describes ("a
    41-year-old South Korean production worker": "korean"), else None."""
    rest = c.sentence[c.end - c.sentence_start :]
    if not rest.lower().startswith("-year-old "):
        return None  # only "a 34-year-old Chinese worker": "Kim, 52, ..." describes no one after it
    words = rest[len("-year-old ") :].split()[:4]
    for w in words:
        w = w.strip(",.;:'\"()")
        if not w[:1].isupper():
            if w.isalpha() and w.islower() and w not in ("a", "an"):
                break  # the person's noun ("worker"), or a word of the clause: the description has ended
            continue
        got = people_noun(w.lower())
        if got is not None:
            return got
    return None


def same_nationality(a: str | None, b: str | None) -> bool:
    """Two nationalities that are one ("brit" and "briton"), or both none."""
    return a == b or (a is not None and b is not None and synonyms(a, b))


def peoples_plural(written: str) -> bool:
    """A people's plural as written, capitalised ("Thais", "Indonesians"), which a tagger may take for a name: what a
    number before it counts."""
    word = written.lower()
    return written[:1].isupper() and word.endswith("s") and people_noun(word) is not None


def people_plural(noun: str) -> str:
    """A people noun as a reader writes its plural: "german" -> "Germans", "frenchman" -> "Frenchmen",
    "chinese" -> "Chinese"."""
    word = noun[:1].upper() + noun[1:]
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith(("ese", "ss", "s")):
        return word
    return word + "s"
