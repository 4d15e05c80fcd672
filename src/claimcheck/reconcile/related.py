"""How close two words are in meaning, from WordNet 3.0's noun and verb hierarchies, offline.

spaCy's small English model has no word vectors, and the medium model's pruned vectors share rows between
words that must stay apart (its "dead", "killed" and "injured" are one row). WordNet's hierarchy says what
vectors blur: a boat is a kind of vessel, a protester and a demonstrator are one synset, a passenger is a
traveller; injuring is not killing, and a car is not a house.

The data is src/claimcheck/data/wordnet_table.json.gz, built by tools/build_wordnet_table.py: every single-word
noun and verb lemma of WordNet 3.0 with the synsets of its first three senses (WordNet orders senses by how often
they were tagged, so the first ones are the common meanings, and "boat" never reaches "gravy boat"), each synset's
hypernyms up to the root, and the members of group nouns ("staff" has staff members, "crew" crewmen). Phrasal verbs
of an adverb particle ("set_up", "make_up", "call_off") are verbs of their own there (``phrasal_verb``).

- ``relatedness(a, b)``: Wu-Palmer similarity, 2·depth(lcs) / (steps(a→lcs) + steps(b→lcs) + 2·depth(lcs)), the
  best over the first senses of the two lemmas, within nouns and within verbs; 1.0 for synonyms (one synset),
  about 0.9 for a word and its direct hypernym or two sisters deep in the tree, less higher up, 0.0 for words
  with no common ancestor or not in the table. A group noun stands for its members at ``MEMBER_FACTOR``.
- ``same_meaning(a, b)``: the two can name the same things: one sense is the other's (synonyms) or one is a
  kind of the other ("boat" is a "vessel", "employee" a "worker") within ``MAX_STEPS`` hypernym steps, scoring
  at least ``SAME_MEANING_THRESHOLD``. Sisters never pass, however close: WordNet's co-hyponyms are contrast
  sets ("man"/"woman", "passenger"/"crew", "car"/"truck") and a count of one is not a count of the other.

Lemmas are looked up lowercased; a form not in the table is tried with WordNet's own suffix rules ("vessels",
"injured") and British spellings ("traveller", "hospitalise"). Everything is pure Python, deterministic and
memoised; the table is read once per process, on first use (about 40 ms, 0.9 MB on disk).

WordNet 3.0 Copyright 2006 by Princeton University; its licence is src/claimcheck/data/LICENSE_WordNet.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

SENSES = 3
SAME_MEANING_THRESHOLD = 0.8
MAX_STEPS = 4
MEMBER_FACTOR = 0.9
_FORMAT = 1
_POS = ("n", "v")
_MEMO_MAX = 1 << 16

# WordNet's morphy detachment rules (suffix, replacement), tried in order on a form not in the table.
_DETACH: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (
        ("s", ""),
        ("ses", "s"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
        # (not WordNet's rules but its noun exceptions' commonest pattern: "thieves", "wolves", "knives", "lives")
        ("ves", "f"),
        ("ves", "fe"),
    ),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
}
# British spellings WordNet often lists only in their American form.
_SPELLING = (
    ("isation", "ization"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("our", "or"),
    ("ller", "ler"),
    ("lled", "led"),
    ("lling", "ling"),
    ("tre", "ter"),
)


@dataclass(frozen=True, slots=True)
class _Table:
    lemmas: dict[str, dict[str, str]]
    names: list[str]
    hypernyms: list[str]
    members: list[str]
    verb_first: frozenset[str]


@dataclass(frozen=True, slots=True)
class Link:
    """The best pair of senses found for two lemmas: its score and how the senses are related."""

    score: float
    kind: str  # "same" (one synset), "kind-of" (one subsumes the other), "sister" (a common ancestor), "none"
    steps: int  # hypernym steps between the two senses through their lowest common ancestor
    via: str  # "<sense a> ~ <sense b> @ <common ancestor>", by each synset's first lemma

    def __str__(self) -> str:
        return f"{self.score:.2f} {self.kind} ({self.via})" if self.kind != "none" else "0.00 none"


_NONE = Link(0.0, "none", 0, "")


@lru_cache(maxsize=1)
def _table() -> _Table:
    blob = resources.files("claimcheck").joinpath("data/wordnet_table.json.gz").read_bytes()
    raw = json.loads(gzip.decompress(blob))
    if raw.get("format") != _FORMAT:
        raise ValueError(f"wordnet_table.json.gz: format {raw.get('format')!r}, expected {_FORMAT}")
    return _Table(
        raw["lemmas"],
        raw["name"].split(";"),
        raw["hypernyms"].split(";"),
        raw["members"].split(";"),
        frozenset(raw["verb_first"].split()),
    )


@cache
def _hypernyms(i: int) -> tuple[int, ...]:
    return tuple(int(h) for h in _table().hypernyms[i].split())


@cache
def _members(i: int) -> tuple[int, ...]:
    return tuple(int(m) for m in _table().members[i].split())


@cache
def _depth(i: int) -> int:
    """Nodes on the longest path from synset i up to a root, the root and i included (a root is 1)."""
    return 1 + max((_depth(h) for h in _hypernyms(i)), default=0)


@cache
def _ancestors(i: int) -> dict[int, int]:
    """Synset i and everything above it, each with the fewest hypernym steps from i."""
    out = {i: 0}
    for h in _hypernyms(i):
        for a, d in _ancestors(h).items():
            if d + 1 < out.get(a, 1 << 30):
                out[a] = d + 1
    return out


def phrasal_verb(verb: str, particle: str) -> str | None:
    """The WordNet lemma of a verb and the adverb particle after it, when WordNet has it as one verb ("set", "up":
    "set_up", which means establish; "make", "up": "make_up", constitute), else None."""
    lemma = f"{verb}_{particle}"
    return lemma if lemma in _table().lemmas["v"] else None


def _lookup(word: str, pos: str) -> str | None:
    """The table's lemma for a word in a part of speech: the word itself, or a base form by English rules."""
    lemmas = _table().lemmas[pos]
    if word in lemmas:
        return word
    for form in _variants(word):
        if form in lemmas:
            return form
        for suffix, repl in _DETACH[pos]:
            if form.endswith(suffix) and len(form) > len(suffix) + 1:
                base = form[: len(form) - len(suffix)] + repl
                if base in lemmas:
                    return base
    return None


def noun_lemma(word: str) -> str | None:
    """The noun a form is of ("thieves" -> "thief", "vessels" -> "vessel"), or None for a form of no noun the table
    holds."""
    return _lookup(word.lower(), "n")


def is_verb(word: str) -> bool:
    """Whether a word is a verb the table holds ("catch", "take_off"; not "aboard", "hospital")."""
    return _lookup(word.lower(), "v") is not None


def _variants(word: str) -> tuple[str, ...]:
    out = [word]
    for british, american in _SPELLING:
        if word.endswith(british) and len(word) > len(british) + 2:
            out.append(word[: len(word) - len(british)] + american)
    return tuple(out)


@lru_cache(maxsize=_MEMO_MAX)
def _senses(word: str, pos: str) -> tuple[tuple[int, float], ...]:
    """The first senses of a word with weight 1, then the members of those that are groups, at MEMBER_FACTOR."""
    lemma = _lookup(word, pos)
    if lemma is None:
        return ()
    first = [int(s) for s in _table().lemmas[pos][lemma].split()[:SENSES]]
    out: dict[int, float] = {s: 1.0 for s in first}
    for s in first:
        for m in _members(s):
            out.setdefault(m, MEMBER_FACTOR)
    return tuple(out.items())


def _pair(x: int, y: int, pos: str) -> tuple[float, str, int, int]:
    """Wu-Palmer score of two synsets, the relation's kind, its steps and the common ancestor (-1 if none).

    WordNet's verbs have no single root; as in NLTK's Wu-Palmer, they are scored as if one stood above their
    roots (one more level of depth), but verbs with no real common ancestor still score 0."""
    if x == y:
        return 1.0, "same", 0, x
    ax, ay = _ancestors(x), _ancestors(y)
    common = ax.keys() & ay.keys()
    if not common:
        return 0.0, "none", 0, -1
    lcs = max(common, key=lambda a: (_depth(a), -(ax[a] + ay[a]), -a))
    d = _depth(lcs) + (pos == "v")
    score = 2 * d / (ax[lcs] + ay[lcs] + 2 * d)
    return score, ("kind-of" if lcs in (x, y) else "sister"), ax[lcs] + ay[lcs], lcs


@lru_cache(maxsize=_MEMO_MAX)
def _link(a: str, b: str, pos: str | None, subsumption: bool) -> Link:
    best = _NONE
    names = _table().names
    for p in _parts(a, b) if pos is None else (pos,):
        sb = _senses(b, p)
        for x, wx in _senses(a, p):
            for y, wy in sb:
                score, kind, steps, lcs = _pair(x, y, p)
                if kind == "none" or (subsumption and (kind == "sister" or steps > MAX_STEPS)):
                    continue
                score *= wx * wy
                if score > best.score:
                    best = Link(round(score, 4), kind, steps, f"{names[x]} ~ {names[y]} @ {names[lcs]}")
    return best


def _parts(a: str, b: str) -> tuple[str, ...]:
    """The parts of speech to compare two words in when none is given: those both words have; and when both are
    nouns and verbs, only the one both are mostly used as, if they agree ("mother" and "father" are compared as
    nouns, not as the verbs that share a sense "beget"; "build" and "construct" as verbs)."""
    shared = tuple(p for p in _POS if _senses(a, p) and _senses(b, p))
    if len(shared) == 2:
        main_a, main_b = _main_part(a), _main_part(b)
        if main_a == main_b:
            return (main_a,)
    return shared


def _main_part(word: str) -> str:
    lemma = _lookup(word, "v")
    return "v" if lemma is not None and lemma in _table().verb_first else "n"


def _key(a: str, b: str) -> tuple[str, str]:
    a, b = a.strip().lower(), b.strip().lower()
    return (a, b) if a <= b else (b, a)


def link(a: str, b: str, pos: str | None = None) -> Link:
    """The best related pair of senses of two lemmas (nouns and verbs unless ``pos`` is "n" or "v")."""
    a, b = _key(a, b)
    if not a or not b:
        return _NONE
    if a == b:
        return Link(1.0, "same", 0, a)
    return _link(a, b, pos, False)


def relatedness(a: str, b: str, pos: str | None = None) -> float:
    """Wu-Palmer relatedness of two lemmas in [0, 1] over their first senses; 0.0 if either is not in WordNet.

    A word is fully related to itself, known or not."""
    return link(a, b, pos).score


def same_meaning(a: str, b: str, pos: str | None = None) -> bool:
    """Whether two lemmas can name the same things: synonyms, or one a kind of the other within ``MAX_STEPS``
    hypernym steps with a Wu-Palmer score of at least ``SAME_MEANING_THRESHOLD``. Sisters never pass."""
    a, b = _key(a, b)
    if not a or not b:
        return False
    if a == b:
        return True
    return _link(a, b, pos, True).score >= SAME_MEANING_THRESHOLD


def synonyms(a: str, b: str, pos: str = "n") -> bool:
    """Whether two lemmas share one of their first senses ("quake" and "earthquake"), not merely a kind-of
    link ("aftershock" is a kind of quake, not the quake)."""
    a, b = _key(a, b)
    if not a or not b:
        return False
    if a == b:
        return True
    sb = {y for y, _ in _senses(b, pos)}
    return any(x in sb for x, _ in _senses(a, pos))


@lru_cache(maxsize=_MEMO_MAX)
def kind_of(word: str, kind: str, pos: str = "n", senses: int = SENSES, steps: int = MAX_STEPS) -> bool:
    """Whether one of a word's first ``senses`` is, or is within ``steps`` hypernym steps a kind of, one of another
    word's first senses ("Spaniard" is a kind of European; "person" is not, though a European is a person).
    Unlike ``same_meaning`` it has a direction, and groups' members are not its senses."""
    word, kind = word.strip().lower(), kind.strip().lower()
    lw, lk = _lookup(word, pos), _lookup(kind, pos)
    if lw is None or lk is None:
        return False
    kinds = {int(s) for s in _table().lemmas[pos][lk].split()[:SENSES]}
    for s in _table().lemmas[pos][lw].split()[:senses]:
        up = _ancestors(int(s))
        if any(up.get(k, 1 << 30) <= steps for k in kinds):
            return True
    return False


# Nouns of a person's sex or age, which describe anyone ("a 52-year-old man", "local man Dieter Franke, 66"): no role
# that one named person holds in a story, as "the driver" or "the pilot" is
ANYONE = frozenset(
    "man woman boy girl child baby infant toddler teenager teen youth adult male female person gentleman lady".split()
)


def person_noun(word: str) -> bool:
    """Is ``word`` (lower case) a common noun for a person: one of its first WordNet senses a kind of person
    ("nurse", "boss", "toddler", "colleague"), or its first sense one however far below person WordNet puts it
    ("captain": an officer, a serviceman, a skilled worker, a worker, a person)? (Here, beside kind_of, rather than
    with the names extract.names finds, so that reconciling alone never loads the extractor.) WordNet puts the one
    who operates a machine ("trucker", "motorist", "chauffeur": a driver, an operator) beside person under causal
    agent rather than below it, though every such operator is a person; so a word whose first sense is one is too."""
    return (
        kind_of(word, "person")
        or kind_of(word, "person", senses=1, steps=12)
        or kind_of(word, "manipulator", senses=1, steps=6)
    )


# English suffixes that make a noun of a doing from its verb, with what the verb ends in instead (tried in order).
_DOING_SUFFIXES = (
    ("ation", "ate"),  # evacuation: evacuate
    ("ition", "ite"),  # ignition: ignite
    ("ssion", "ss"),  # discussion: discuss
    ("sion", "de"),  # collision: collide, decision: decide
    ("ion", "e"),  # completion: complete
    ("ion", ""),  # inspection: inspect, eruption: erupt
    ("ment", ""),  # appointment: appoint
    ("al", "e"),  # approval: approve, arrival: arrive
    ("al", ""),  # dismissal: dismiss
    ("ure", "e"),  # closure: close
    ("ure", ""),  # failure: fail
    ("ery", "er"),  # discovery: discover
)


@lru_cache(maxsize=_MEMO_MAX)
def doing(noun: str) -> str:
    """The verb a noun of a doing is made from by an English suffix ("inspection": "inspect", "approval": "approve",
    "failure": "fail"), so that "its last inspection in 2019" and "was last inspected in 2018" date one doing; the
    noun itself when it is a verb too, is no act or event in WordNet ("station", "signal", "total"), or no suffix
    leaves a verb of the table."""
    if _lookup(noun, "v") is not None or not (kind_of(noun, "act", steps=12) or kind_of(noun, "event", steps=12)):
        return noun
    verbs = _table().lemmas["v"]
    for suffix, repl in _DOING_SUFFIXES:
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 3:
            base = noun[: len(noun) - len(suffix)] + repl
            if base in verbs:
                return base
    return noun
