"""A lemma back in the words its sentence used, so that reasons read as the article does.

Claims carry lemmas ("kill", "car", "derail") because lemmas are what the reconciler compares. A reason
or a group key quotes the word as written instead: "killed", "cars", "derailed". The word is found in the
claim's own sentence by undoing English inflection (WordNet's detachment rules, as related.py applies them,
plus doubled consonants: "stopped" -> "stop"). When the sentence holds no regular form of the lemma (an
irregular one, "made" for "make"), the lemma is given: a guessed word would misquote the article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import synonyms_of

# Nouns and verbs that end as a superlative does ("interest", "protest", "west"): no "-est" of a rank
NOT_SUPERLATIVE = frozenset(
    "interest forest protest request contest arrest harvest honest modest earnest inquest conquest unrest west rest"
    " test guest nest chest crest quest suggest digest invest attest detest manifest".split()
)

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
# (suffix, replacement): nouns' and verbs' regular endings, tried on each word of the sentence.
_ENDINGS = (
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("men", "man"),
)
# Closed-class words: a predicate whose first word is one of these has no verb to quote.
FUNCTION_WORDS = frozenset(
    "a an the to at in on of for from by with as into onto over under about after before since until be have "
    "do not no".split()
)


def _reduces_to(word: str, lemma: str) -> bool:
    if word == lemma:
        return True
    for suffix, repl in _ENDINGS:
        if word.endswith(suffix) and len(word) > len(suffix):
            stem = word[: -len(suffix)]
            if stem + repl == lemma:
                return True
            # a doubled final consonant: "stopped", "planning"
            if suffix in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] == lemma:
                return True
    return False


@lru_cache(maxsize=1 << 14)
def form_in(lemma: str, sentence: str) -> str | None:
    """The form of ``lemma`` its sentence uses ("kill" in "...were killed..." -> "killed"), or None."""
    low = lemma.lower()
    # every regular form starts with the lemma less at most its last three letters ("firemen" of "fireman")
    head = low[: max(1, len(low) - 3)]
    words: list[str] = _WORD.findall(sentence)
    for w in words:
        lw = w.lower()
        if lw.startswith(head) and _reduces_to(lw, low):
            return w
    return None


def doing_in(lemma: str, sentence: str) -> str | None:
    """A head verb's form in its sentence (form_in), with "first" read as the first doing it says ("first held" of
    "was first held in 1977": the head extract gives a recurring event's first holding). A head the lexicon folded
    to its set's first word is found as the sentence writes it: "died" for "kill" in "He died on Wednesday"."""
    if lemma == "first":
        got = _FIRST_DONE.search(sentence)
        return f"{got.group(1)} {got.group(2)}" if got else None
    folded = folded_form(lemma, sentence)
    return folded[1] if folded is not None else None


def folded_form(lemma: str, sentence: str) -> tuple[str, str] | None:
    """Which of the words the lexicon folds to ``lemma`` (``lemma`` itself first) its sentence writes, and the form
    it writes it in ("kill" in "He died on Wednesday": ("die", "died")), or None."""
    for word in (lemma, *synonyms_of(lemma)):
        form = form_in(word, sentence)
        if form is not None:
            return word, form
    return None


_FIRST_DONE = re.compile(r"\b([Ff]irst)\s+(\w+)")


def as_written(lemma: str, sentence: str) -> str:
    """A noun as its sentence writes it ("officers"), else the lemma, which for a noun reads as English."""
    return form_in(lemma, sentence) or lemma


def verb_as_written(lemma: str, sentence: str) -> str:
    """A verb as its sentence writes it, quoted ("'derailed'"), else its infinitive ("'to take'" for "took"),
    so that a reason never puts in an article's mouth a form it did not write."""
    verb, _, particle = lemma.partition("_")  # a phrasal verb ("set_up") as its sentence writes it: "set up"
    form = doing_in(verb, sentence)
    told = f"{form} {particle}" if form and particle else form
    return f"'{told}'" if told else f"'to {lemma.replace('_', ' ')}'"
