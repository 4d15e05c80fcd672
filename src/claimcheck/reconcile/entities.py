"""Names across the corpus: aliases clustered, and one name spelt two ways reported as a finding.

Aliases (one entity, several names): a defined acronym ("IOPC"), a surname ("Port" -> "Stephen Port"), a
clipped word ("Met Police" -> "Metropolitan Police", "Met" -> "Met Police"). Variants (one name, two
spellings): rapidfuzz ratio at or above the threshold between names of the same shape
("Kovari" / "Kovary", "Independent Office of / for Police Conduct"), and one person's two first names of one
initial that outlets give the same office, age or description ("chief executive Dana / Diane Whitlock", a copy's
slip: ``_one_office_apart``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from nicknames import NickNamer
from rapidfuzz import fuzz

from ..types import Claim, Entity
from .related import kind_of
from .unionfind import UnionFind
from .words import FUNCTION_WORDS

_VARIANT_WINDOW = 8


@lru_cache(maxsize=1 << 16)
def _key(name: str) -> str:
    """ "U.S. Geological Survey" and "US Geological Survey" are one key: case, curly quotes and the full stops
    of initials and abbreviations do not tell names apart."""
    words = (w.replace(".", "") for w in name.lower().replace("’", "'").split())
    return " ".join(w for w in words if w)


# English function words that may differ inside one organisation's name ("Office of / for Police Conduct")
_FUNCTION_WORDS = frozenset({"of", "for", "and", "&", "the", "on", "in", "at", "to", "de", "du", "des", "la", "le"})
# Generational suffixes that end a person's name without being the surname
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _clipped(short: str, long: str) -> bool:
    """ "Met Police" is a clipping of "Metropolitan Police": same words, each a prefix of the other's, and one cut
    short by more than a letter ("Helen Marchbank" and "Helen Marchbanks" are one name spelt two ways)."""
    s, lg = short.split(), long.split()
    if len(s) != len(lg) or s == lg:
        return False
    pairs = list(zip(s, lg, strict=True))
    return all(b.startswith(a) and (len(a) >= 3 or a == b) for a, b in pairs) and any(
        len(b) - len(a) >= 2 for a, b in pairs
    )


@dataclass(frozen=True)
class NameIndex:
    """Where each name of the corpus goes: name key -> entity id, and the entities."""

    entity_of: dict[str, str]
    entities: tuple[Entity, ...]
    variant_pairs: tuple[tuple[str, str, float], ...]  # (spelling, spelling, ratio)

    names: dict[str, str]  # entity id -> its name
    reworded: frozenset[str] = frozenset()  # entities whose name is written with two function words

    def entity(self, name: str) -> str | None:
        """The entity id of a name as written, if the corpus names it."""
        return self.entity_of.get(_key(name))

    def canonical(self, name: str) -> str:
        eid = self.entity_of.get(_key(name))
        return name if eid is None else self.names[eid]


def cluster_names(claims: tuple[Claim, ...], variant_threshold: float) -> NameIndex:
    """Cluster every name the claims mention (name claims' spellings and every claim's entities)."""
    label: dict[str, str] = {}
    typed_person: set[str] = set()  # names the model typed a person at least once
    # names an age is told of ("Kumawat, 66,"): a person's, whatever the model typed them ("Kumawat" a place)
    aged = {_key(c.about) for c in claims if c.kind == "age" and c.about}
    written: dict[str, str] = {}  # key -> a spelling as written
    sources: dict[str, set[str]] = defaultdict(set)
    count: dict[str, int] = defaultdict(int)
    uf = UnionFind()

    def add(name: str, lab: str, src: str) -> str:
        k = _key(name)
        if k not in written or (written[k].isupper() and not name.isupper()):
            written[k] = name  # (a headline's "FIUMICINO" is the name "Fiumicino", as the text writes it)
        label.setdefault(k, lab)
        if lab == "PERSON":
            typed_person.add(k)
        sources[k].add(src)
        count[k] += 1
        uf.find(k)
        return k

    offices: dict[str, set[str]] = defaultdict(set)  # a person's name key -> what its articles mark the person by
    named_as: dict[str, list[Claim]] = {}  # each name key of two or three words -> its name claims, in order
    for c in claims:
        if c.kind == "name" and isinstance(c.value, str):
            lab = (c.counted or "org").upper()
            k = add(c.value, lab, c.source)
            if len(k.split()) in (2, 3):
                named_as.setdefault(k, []).append(c)
            if c.about:
                ka = add(c.about, lab, c.source)
                uf.union(k, ka)  # resolved within the article (surname, title, acronym)
    # What marks a person out is read only where another name of two words shares the surname: _one_office_apart
    # pairs no name with none other, and reading the sentence around each name claim is the costliest step here
    # (measured: cluster_names of 100,000 replicated bench claims, min of 5 CPU, 0.742 s -> 0.716 s)
    # (so with a given name another name of two words shares: _surname_one_office_apart pairs those)
    # (and with a name of three words another shares the first and the last word of: _middle_one_office_apart)
    surnames = Counter(k.split()[1] for k in named_as if len(k.split()) == 2)
    given_names = Counter(k.split()[0] for k in named_as if len(k.split()) == 2)
    ends = Counter(_ends(k) for k in named_as if len(k.split()) == 3)
    for k, named_claims in named_as.items():
        w = k.split()
        if (len(w) == 2 and (surnames[w[1]] >= 2 or given_names[w[0]] >= 2)) or (len(w) == 3 and ends[_ends(k)] >= 2):
            for c in named_claims:
                offices[k].update(_descriptions(c))
    # every claim's entities, as add() would take each with its label or ORG, but each name's key made once and no
    # call per entity (some 137,000 of 100,000 claims; measured: 0.075 s -> 0.06 s CPU)
    parent = uf.parent
    for c in claims:
        src = c.source
        for e in c.entities:
            k = _key(e)
            written.setdefault(k, e)
            label.setdefault(k, "ORG")
            sources[k].add(src)
            count[k] += 1
            parent.setdefault(k, k)  # (uf.find's record of a new name; path halving changes no root)

    keys = sorted(written)
    # Clippings and single-word short forms: "Met" -> the one multiword ORG that starts with it.
    by_first: dict[str, list[str]] = defaultdict(list)
    by_surname: dict[str, list[str]] = defaultdict(list)  # people's multiword names by their last name
    by_initials: dict[str, list[str]] = defaultdict(list)  # organisations' multiword names by their initials
    # A clipping keeps each word's first three letters: "met police" ~ "metropolitan police".
    by_shape: dict[tuple[str, ...], list[str]] = defaultdict(list)
    # people's names by their surname's first letters, then by surname (a respelt surname is sought among the
    # few surnames of its first letters, not among every name that has one of them)
    by_surname_start: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    # people's names of three words by their second word: a given name and two surnames, of which the first alone
    # often stands for both ("Javier Ortuño Lázaro", "Javier Ortuño")
    by_first_surname: dict[str, list[str]] = defaultdict(list)
    variants: list[tuple[str, str, float]] = []
    words = {k: k.split() for k in keys}
    alike_surnames: dict[str, list[str]] = {}  # a surname -> the surnames it may be a respelling of
    for k in keys:
        w = k.split()
        if len(w) >= 2:
            by_first[w[0]].append(k)
            if label.get(k) == "PERSON" or k in typed_person:
                # (a person's full name the small model typed an organisation at its first mention, "Orla Ní
                # Fhearghail", is still the name a surname of hers stands for)
                by_surname[_surname(w)].append(k)
                by_surname_start[_surname(w)[:2]][_surname(w)].append(k)
                if len(w) == 3 and w[-1] not in _NAME_SUFFIXES:
                    by_first_surname[w[1]].append(k)
            else:
                by_initials[_initials(written[k])].append(k)
        by_shape[tuple(x[:3] for x in w)].append(k)
    for k in keys:
        w = k.split()
        if len(w) == 1:
            if label.get(k) == "PERSON" or (k in aged and k in by_surname):
                pool = by_surname.get(k, [])
            elif _is_acronym(written[k]) and by_initials.get(k):  # "USGS" -> "US Geological Survey"
                pool = by_initials[k]
            else:  # "Met" -> "Met Police" or "Metropolitan Police"
                pool = by_first.get(k, []) or [
                    t for f, ts in by_first.items() if len(k) >= 3 and f.startswith(k) for t in ts
                ]
                pool = [t for t in pool if label.get(t) != "PERSON"]  # "Council" is no clipping of a councillor
            targets = {uf.find(t) for t in pool}
            if len(targets) == 1:
                uf.union(k, targets.pop())
        elif label.get(k) == "PERSON":
            # "Kamran Zia" -> "Mirza Kamran Zia", "Robert Sumwalt" -> "Robert L. Sumwalt": the one longer name
            # of that surname that holds every word of it, in order
            pool = [t for t in by_surname.get(_surname(w), []) if len(t) > len(k) and _subsequence(w, words[t])]
            targets = {uf.find(t) for t in pool}
            if len(targets) == 1:
                uf.union(k, targets.pop())
            elif not targets:
                # "Qudus Bizenjo" -> "Abdul Qudoos Bizinjo": the one longer name that holds every word of it
                # respelt, in order, surname for surname; one name transliterated two ways, so a variant
                last = _surname(w)
                alike = alike_surnames.get(last)
                if alike is None:
                    near = by_surname_start.get(last[:2], {})
                    alike = alike_surnames[last] = [other for other in near if _same_word(last, other)]
                respelt = sorted(
                    t for other in alike for t in by_surname_start[last[:2]][other] if _respelt_within(w, words[t])
                )
                targets = {uf.find(t) for t in respelt}
                shortened = False
                if not targets and len(w) == 2:
                    # "Javier Ortuño" (or a copy's "Xavier Ortuño") -> "Javier Ortuño Lázaro": a given name and the
                    # first of two surnames, as Spanish and Portuguese names are shortened, stand for the one name
                    # of three words that begins with them, the given name the same or respelt
                    respelt = sorted(t for t in by_first_surname.get(w[1], []) if _same_word(w[0], words[t][0]))
                    targets = {uf.find(t) for t in respelt}
                    shortened = True
                if len(targets) == 1:
                    t = respelt[0]
                    uf.union(k, t)
                    if not shortened or words[t][0] != w[0]:  # (a name shortened as it is written is an alias)
                        pair = (k, t) if k < t else (t, k)
                        variants.append((written[pair[0]], written[pair[1]], round(fuzz.ratio(k, t), 1)))
        else:
            for other in by_shape[tuple(x[:3] for x in w)]:
                if other != k and _clipped(k, other):
                    uf.union(k, other)
    # "Klaus-Dieter B." -> "Klaus-Dieter Brenneis": a person's given names and the initial of the surname, as the
    # press of some countries names a suspect or a victim, stand for the one full name of those given names and a
    # surname of that initial
    for k in keys:
        w = words[k]
        if len(w) >= 2 and len(w[-1]) == 1 and w[-1].isalpha() and (label.get(k) == "PERSON" or k in aged):
            fitting = {
                uf.find(t)
                for t in by_first.get(w[0], [])
                if words[t][:-1] == w[:-1] and len(words[t][-1]) > 1 and words[t][-1][0] == w[-1]
                and (label.get(t) == "PERSON" or t in typed_person or t in aged)
            }
            if len(fitting) == 1:
                uf.union(k, fitting.pop())
    # Spelling variants: same label, same number of words, close but not equal. Compared by sorted
    # neighbourhood, once in spelling order and once in reversed order (a variant late in the name sorts
    # next to its twin; one early in the name sorts next to it backwards), so the work grows linearly.
    reworded: set[str] = set()  # keys of names written with another function word ("Office of / for ...")
    seen: set[tuple[str, str]] = set()
    candidates = [k for k in keys if len(k.split()) >= 2 or len(k) >= 5]
    for order in (sorted(candidates), sorted(candidates, key=lambda x: x[::-1])):
        for i, a in enumerate(order):
            for b in order[i + 1 : i + 1 + _VARIANT_WINDOW]:
                pair = (a, b) if a < b else (b, a)
                if pair in seen or len(a.split()) != len(b.split()):
                    continue
                labels = {label.get(a), label.get(b)}
                if len(labels) > 1 and not (labels == {"PERSON", "ORG"} and _one_given_name(a, b)):
                    continue
                seen.add(pair)
                r = fuzz.ratio(a, b)  # first, as it is the cheaper test and most pairs fail it
                person = "PERSON" in labels
                if r >= variant_threshold or (person and _surname_sounded_alike(a, b)):
                    how = _variant(a, b, person)
                else:
                    how = None
                if how is not None:
                    variants.append((written[pair[0]], written[pair[1]], round(r, 1)))
                    uf.union(a, b)
                    if how == "wording":
                        reworded.update(pair)
    # Nicknames: "Rick Halvorsen" and "Richard Halvorsen", "Bill Foster" and "William Foster" are one person (a
    # first name and its English hypocorism, from the curated `nicknames` dataset); only names of two words whose
    # other word is the same, so a middle name or an initial never stands in for a first name.
    # (Each first name's nicknames are looked up among the names of its surname: linear in the names.)
    for same_surname in by_surname.values():
        by_given: dict[tuple[str, str], str] = {}
        for k in same_surname:
            w = k.split()
            if len(w) == 2:
                by_given.setdefault((w[0], w[1]), k)
        for (given, last), full in by_given.items():
            for nick in _nicknamer().nicknames_of(given):
                short = by_given.get((nick, last))
                if short is not None:
                    uf.union(full, short)
    # people's names of two words by surname, with those the model typed otherwise that an age or a description
    # marks as people ("a 19-year-old deckhand named Elijah Thornbury", "founded by Justin Ashdown, a former
    # commodities trader", typed as organisations)
    people: dict[str, list[str]] = defaultdict(list)
    people_by_given: dict[str, list[str]] = defaultdict(list)
    people_by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k, marks in offices.items():
        if marks and (label.get(k) == "PERSON" or any(m.startswith("age ") or _a_person(m) for m in marks)):
            if len(k.split()) == 3:
                people_by_ends[_ends(k)].append(k)
                continue
            people[k.split()[1]].append(k)
            people_by_given[k.split()[0]].append(k)
    slips = [pair for same_surname in people.values() for pair in _one_office_apart(same_surname, offices, sources)]
    for same_given in people_by_given.values():
        slips += _surname_one_office_apart(same_given, offices, sources)
    for same_ends in people_by_ends.values():
        slips += _middle_one_office_apart(same_ends, offices, sources)
    for a, b in slips:
        if uf.find(a) == uf.find(b):
            continue  # "Ray" and "Raymond Delgado": one name and its nickname, already one person, no slip
        variants.append((written[a], written[b], round(fuzz.ratio(a, b), 1)))
        uf.union(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        groups[uf.find(k)].append(k)
    variant_keys = {_key(x) for a, b, _ in variants for x in (a, b)}
    entities: list[Entity] = []
    entity_of: dict[str, str] = {}
    for root in sorted(groups):
        members = groups[root]
        # The entity's name: its most used longest form.
        best = max(members, key=lambda m: (len(m.split()), count[m], -len(sources[m]) * 0, m))
        name = written[best]
        kind = label.get(best, "ORG")
        if kind != "PERSON" and any(m in typed_person or m in aged for m in members):
            # "Helena Carvalhosa, 52, head of climatology", a name the model typed an organisation's where it was
            # first written in full: a person's, as an age told of it, or the model's type elsewhere, makes it (not
            # a description beside it, which may be another's: "the master of the Hanse Meridian")
            kind = "PERSON"
        eid = "E-" + "-".join(name.lower().split())[:48]
        srcs = sorted({s for m in members for s in sources[m]})
        entities.append(
            Entity(
                id=eid,
                name=name,
                label=kind,
                aliases=tuple(sorted({written[m] for m in members} - {name})),
                variants=tuple(sorted(written[m] for m in members if m in variant_keys)),
                sources=tuple(srcs),
            )
        )
        for m in members:
            entity_of[m] = eid
    return NameIndex(
        entity_of,
        tuple(entities),
        tuple(sorted(variants)),
        {e.id: e.name for e in entities},
        frozenset(entity_of[k] for k in reworded),
    )


def _office(role: str) -> str | None:
    """The office a role names, as its last two words: "Corvid chief executive" and "Chief executive" are "chief
    executive", "plant director" is itself (and "Corvane chief executive Dr" too: a title after it is the name's).
    A role of one word ("owner", "resident") names no office: several people hold it."""
    words = role.lower().split()
    while words and words[-1].rstrip(".") in _TITLES:
        words.pop()
    return " ".join(words[-2:]) if len(words) >= 2 and all(w.isalpha() for w in words[-2:]) else None


# Titles of an office a name is written after ("Professor Idris Okafor", "Judge Harriet Colquitt"), the short forms
# as their words; not the titles anyone may bear (Mr, Mrs, Sir, Lady), nor those of kin or rank by birth
_TITLES = {
    **{t: t for t in "professor judge doctor detective sergeant inspector superintendent captain commander".split()},
    **{t: t for t in "councillor reverend bishop senator governor mayor minister president constable".split()},
    **{t: t for t in "sheriff marshal ambassador chancellor coroner magistrate warden commissioner".split()},
    "prof": "professor",
    "dr": "doctor",
    "det": "detective",
    "sgt": "sergeant",
    "insp": "inspector",
    "supt": "superintendent",
    "capt": "captain",
    "cllr": "councillor",
    "rev": "reverend",
    "revd": "reverend",
}
_WORD_BEFORE = re.compile(r"(?:\b([A-Z][a-z]+)\s+)?\b([A-Za-z]+)\.?\s+\Z")


# what a name's first mention says of the person right after it: an age ("Darren Keogh, 48,") or a description
# in apposition ("Priya Halloran, the WCA's director of transport,"), less its articles and owners
_AGE_AFTER = re.compile(r"\A,\s+(?:aged\s+)?(\d{1,3})\s*[,;.)]")
_APPOSITION_AFTER = re.compile(
    r"\A,\s+(?:(?:aged\s+)?\d{1,3}\s*,\s+)?(?:(?:the|a|an|\S+['’]s)\s+([^,;.()]{3,60}?)"
    # (or a bare office: "Graham Ollerton, joint administrator at Crane Maddox, said"; not "who ..." nor "said ...")
    r"|(?!(?:who|which|said|says|told|and|but|according)\b)([a-z][^,;.()]{2,60}?))\s*[,;.]"
)
# a description set before the name between its article or owner and a comma ("The museum's executive director,
# Evelyn Marchetti, said"; "Its chief executive, Declan Furlong,")
_APPOSITION_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|\S+['’]s\s+)([a-z][a-z -]{2,50}?),\s+\Z"
)
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+[a-z][a-z -]{0,30}?\s*\Z")
_OWNER = re.compile(r"\S+['’]s?\Z")


def _descriptions(c: Claim) -> set[str]:
    """What marks out the person a name claim names, as its sentence gives it: the office (``_office`` of its
    role, else the title before the name), an age just after or before the name ("age 48"), and a description
    set beside it ("director of transport" of "Priya Halloran, the WCA's director of transport,")."""
    out: set[str] = set()
    # (the office a role names, and the title before the name too: "Chief executive Dr Anne Kowalczyk" is marked
    # by both, as another outlet's "Dr Anne Kowalski" is by the title alone; a role of one word names no office,
    # "medical officer of health Dr Hemi Rawiri" read as "health Dr")
    for office in (_office(c.role) if c.role else None, _title_before(c)):
        if office is not None:
            out.add(_described(office))
    at, end = c.start - c.sentence_start, c.end - c.sentence_start
    if not 0 <= at <= end <= len(c.sentence):
        return out
    after = c.sentence[end : end + 80]
    if (m := _AGE_AFTER.match(after)) is not None or (m := _AGE_BEFORE.search(c.sentence, max(0, at - 48), at)):
        out.add(f"age {int(m.group(1))}")
    # "Priya Halloran, the WCA's director of transport,", "Colin Forsythe, 56, a Gallagher Creek dentist;", and
    # before the name: "Its chief executive, Dermot Furlong, said"
    for m in (_APPOSITION_AFTER.match(after), _APPOSITION_BEFORE.search(c.sentence, max(0, at - 70), at)):
        if m is None:
            continue
        g = 1 if m.group(1) else 2
        key = _described(m.group(g))
        # (one word names one person only as someone's: "His solicitor, Gareth Mollison,"; "a vet" is one of many)
        owned = _OWNED.search(m.string, m.start(), m.start(g)) is not None
        if len(key.split()) >= 2 or (owned and _a_role(key)):
            out.add(key)
    return out


_OWNED = re.compile(r"(?:\b(?:his|her|their|its)|['’]s)\s+\Z", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _a_role(word: str) -> bool:
    """A one-word description that marks one person out: a role whose first WordNet sense is a person ("His
    solicitor, Gareth Mollison,"), but no kin ("her son, Paul Pruitt": a family shares its surname, and two sons
    are two people)."""
    return (
        " " not in word
        and kind_of(word, "person", senses=1, steps=12)
        and not kind_of(word, "relative", senses=1, steps=12)
    )


@lru_cache(maxsize=4096)
def _a_person(description: str) -> bool:
    """Whether a description beside a name (its words, as _described keeps them) holds a noun whose first WordNet
    sense is a person ("commodities former trader"; not "regulator", first of all a device)."""
    return any(kind_of(w, "person", senses=1, steps=12) for w in description.split() if not w.isdigit())


def _described(words: str) -> str:
    """A description as the set of its words, less articles, owners and other function words, so that "a dentist in
    Gallagher Creek" and "a Gallagher Creek dentist" are one: its words sorted and joined."""
    kept = {w for w in words.lower().split() if not _OWNER.fullmatch(w) and w not in FUNCTION_WORDS}
    return " ".join(sorted(kept))


def _title_before(c: Claim) -> str | None:
    """The title of an office written just before a person's name in its sentence ("Professor Idris Okafor"), as
    one word ("professor"), if it is one."""
    at = c.start - c.sentence_start
    m = _WORD_BEFORE.search(c.sentence, max(0, at - 30), at) if 0 < at <= len(c.sentence) else None
    if m is not None and m.group(2).lower() == "chief" and m.group(1) is not None:
        return f"{m.group(1).lower()} chief"  # "Fire Chief Dana Kowalczyk": a chief is one of a service
    return _TITLES.get(m.group(2).lower()) if m else None


def _one_office_apart(
    keys: list[str], offices: dict[str, set[str]], sources: dict[str, set[str]]
) -> list[tuple[str, str]]:
    """Pairs of people's names of two words, one surname, whose given names differ but begin with one sound, that
    different outlets mark alike (``_descriptions``): one office ("chief executive Dana Whitlock", "chief executive
    Diane Whitlock"; "Professor Idris Okafor", "Professor Isaac Okafor"), one age ("Darren Keogh, 48,", "Daniel
    Keogh, 48,") or one description beside the name ("the WCA's director of transport"). One person, the given name
    miscopied. Never when an outlet names both (a family shares a surname), nor on nothing both give."""
    out = []
    two = sorted(k for k in keys if len(k.split()) == 2 and offices.get(k))
    for i, a in enumerate(two):
        for b in two[i + 1 :]:
            ga, gb = a.split()[0], b.split()[0]
            if ga == gb or _initial_sound(ga) != _initial_sound(gb):
                continue
            if sources[a] & sources[b] or not (offices[a] & offices[b]):
                continue
            out.append((a, b))
    return out


def _ends(k: str) -> tuple[str, str]:
    """A name's first and last words."""
    w = k.split()
    return w[0], w[-1]


def _middle_one_office_apart(
    keys: list[str], offices: dict[str, set[str]], sources: dict[str, set[str]]
) -> list[tuple[str, str]]:
    """Pairs of people's names of three words, one first and one last word, whose middle words differ ("Rajendra
    Prakash Mishra", "Rajendra Prasad Mishra"), that different outlets mark alike (``_descriptions``: the board's
    chairman in both): one person, the middle name miscopied. Never when an outlet names both, nor on nothing both
    give."""
    out = []
    three = sorted(keys)
    for i, a in enumerate(three):
        for b in three[i + 1 :]:
            if sources[a] & sources[b] or not (offices[a] & offices[b]):
                continue
            out.append((a, b))
    return out


def _surname_one_office_apart(
    keys: list[str], offices: dict[str, set[str]], sources: dict[str, set[str]]
) -> list[tuple[str, str]]:
    """Pairs of people's names of two words, one given name, whose surnames are one respelt (``_respelt``:
    "Kowalczyk" / "Kowalski"), that different outlets mark alike (``_descriptions``: "Dr Anne Kowalczyk", "Dr Anne
    Kowalski"): one person, the surname miscopied. Never when an outlet names both, nor on nothing both give."""
    out = []
    two = sorted(k for k in keys if len(k.split()) == 2 and offices.get(k))
    for i, a in enumerate(two):
        for b in two[i + 1 :]:
            sa, sb = a.split()[1], b.split()[1]
            if unaccented(sa) == unaccented(sb) or not _respelt(sa, sb):
                continue  # (a surname written without its accents is the same surname: "Yazicioglu", "Yazıcıoğlu")
            if sources[a] & sources[b] or not (offices[a] & offices[b]):
                continue
            out.append((a, b))
    return out


# Spellings of a word's first sound that another letter also spells: "Carys" and "Karen", "Philippa" and "Fiona"
_FIRST_SOUNDS = (
    ("ph", "f"), ("kn", "n"), ("gn", "n"), ("wr", "r"), ("ps", "s"), ("ch", "ch"),
    ("ca", "k"), ("co", "k"), ("cu", "k"), ("cl", "k"), ("cr", "k"), ("ce", "s"), ("ci", "s"), ("cy", "s"),
)


def _initial_sound(given: str) -> str:
    """A given name's first sound, as its first letters spell it ("carys", "karen": "k"): a given name miscopied
    keeps its sound more often than its letter, and names of two first sounds are two people's."""
    for spelt, sound in _FIRST_SOUNDS:
        if given.startswith(spelt):
            return sound
    return given[:1]


def _surname(words: list[str]) -> str:
    """The last word of a person's name that is not a generation ("Jonnie Williams Sr." -> "williams")."""
    named = [x for x in words if x not in _NAME_SUFFIXES]
    return (named or words)[-1]


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(x in it for x in short)  # ("in" reads the iterator on up to the first word equal to x, as a walk would)


def _respelt_within(short: list[str], long: list[str]) -> bool:
    """A person's shorter name whose words are the longer name's, in order, at least one respelt, the last
    (the surname) the other's last: "qudus bizenjo" in "abdul qudoos bizinjo", never "anna kowalski" in "maria
    elena kowalski" (another first name) nor "john harker" in "peter joan harker"."""
    if len(short) >= len(long) or len(short) < 2:
        return False
    s, lg = [x for x in short if x not in _NAME_SUFFIXES], [x for x in long if x not in _NAME_SUFFIXES]
    if not s or not lg or not _same_word(s[-1], lg[-1]) or s == lg[len(lg) - len(s) :]:
        return False
    it = iter(lg[:-1])
    return all(any(_same_word(x, y) for y in it) for x in s[:-1])


def _same_word(x: str, y: str) -> bool:
    return x == y or (min(len(x), len(y)) >= 4 and _respelt(x, y))


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    """The `nicknames` dataset (Apache-2.0, hand-curated English names and their hypocorisms), read once. Only a
    name's own nicknames are asked: "Erin" and "Ron", both Aaron's, are more often siblings than one person."""
    return NickNamer()


def _is_acronym(written: str) -> bool:
    letters = written.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def abbreviates(short: str, full: str) -> bool:
    """A name written as the initials of another of two words or more ("NZ" and "New Zealand", "CBK" and "Central
    Bank of Kenya")."""
    return _is_acronym(short) and len(full.split()) >= 2 and _initials(full) == short.replace(".", "").lower()


def _initials(written: str) -> str:
    """ "U.S. Geological Survey" -> "usgs", "Independent Office for Police Conduct" -> "iopc": a short all-capital
    word gives all its letters, a function word none, any other word its first letter."""
    out = []
    for word in written.replace(".", "").split():
        if word.lower() in _FUNCTION_WORDS:
            continue
        out.append(word.lower() if word.isupper() and len(word) <= 3 else word[:1].lower())
    return "".join(out)


def _variant(a: str, b: str, person: bool = False) -> str | None:
    """How two close keys of one shape differ, if they are one name: "spelling" when each differing word is the
    other spelt another way ("Bizinjo" / "Bizenjo", "Societies" / "Society"), "wording" when a function word
    differs ("Office of / for Police Conduct"). None for clippings and short forms (aliases), for names told
    apart by their numbers ("Apollo 11" and "Apollo 13"), and for names with a different word ("National" /
    "Provincial Disaster Management Authority" are two bodies)."""
    if a == b or _clipped(a, b) or _clipped(b, a):
        return None
    if [c for c in a if c.isdigit()] != [c for c in b if c.isdigit()]:
        return None
    how = "spelling"
    for x, y in zip(a.split(), b.split(), strict=True):
        if x == y:
            continue
        if x in _FUNCTION_WORDS and y in _FUNCTION_WORDS:
            how = "wording"
        elif x in _FUNCTION_WORDS or y in _FUNCTION_WORDS:
            return None  # "Office of Police" is no spelling of "Office Police"
        elif _singular(x) != _singular(y) and not _respelt(x, y) and not (person and _one_letter_surname(a, b)):
            return None
    return how


def _one_given_name(a: str, b: str) -> bool:
    """Two names of two words or more with the same first word ("Declan Moriarty", "Declan Moriarity"): a person's
    name, whichever the model typed an organisation in one sentence, when the rest is one spelt two ways."""
    wa, wb = a.split(), b.split()
    return len(wa) >= 2 and len(wb) >= 2 and wa[0] == wb[0]


def _surname_sounded_alike(a: str, b: str) -> bool:
    """Two people's names with the same given names whose surnames sound alike and keep most of their letters
    ("Dale Hendricks" / "Dale Hendrix", "Tomasz Zielonka" / "Tomasz Zielinski"): one surname heard or copied two ways,
    though the whole names differ by more than a slip of the pen. Sound is the surname's Soundex code, the key
    record linkage has long matched English surnames by, read to the word's end ("Abdel-Aal" and "Abdel-Aziz"
    share their first four characters of it)."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or wa[:-1] != wb[:-1]:
        return False
    x, y = wa[-1], wb[-1]
    return x != y and _respelt(x, y) and _soundex(x) == _soundex(y)


# Letters that Unicode does not decompose into a base letter and a mark, as a name is written without them
_BASE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l", "ß": "ss", "æ": "ae"})


def unaccented(name: str) -> str:
    """A name in lower case without its accents, as an outlet that drops them writes it ("Ilić" -> "ilic",
    "Yazıcıoğlu" -> "yazicioglu", "Łukasz" -> "lukasz")."""
    decomposed = unicodedata.normalize("NFKD", name.lower().translate(_BASE_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_SOUNDEX_CODES = {
    **dict.fromkeys("bfpv", "1"),
    **dict.fromkeys("cgjkqsxz", "2"),
    **dict.fromkeys("dt", "3"),
    "l": "4",
    **dict.fromkeys("mn", "5"),
    "r": "6",
}


def _soundex(word: str) -> str:
    """American Soundex (as the US census codes surnames), not cut to four characters: the first letter, then the
    codes of the consonants that follow, a run of one code written once, and also across "h" and "w", never across a
    vowel ("hendricks", "hendrix": "h5362")."""
    letters = [ch for ch in word.lower() if ch.isalpha()]
    if not letters:
        return ""
    out, last = letters[0], _SOUNDEX_CODES.get(letters[0], "")
    for ch in letters[1:]:
        code = _SOUNDEX_CODES.get(ch, "")
        if code and code != last:
            out += code
        if ch not in "hw":
            last = code
    return out


def _one_letter_surname(a: str, b: str) -> bool:
    """Two people's names that differ only in one letter of the surname, each of four letters or more, the first
    the same ("Sunniva Lind" / "Sunniva Lund"): given names alike and a surname one letter off are one person's
    name mistyped. (A short word one letter off is another word often enough, "John" / "Joan", that a lone
    surname or a given name gets no such reading.)"""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or wa[:-1] != wb[:-1]:
        return False
    x, y = wa[-1], wb[-1]
    return len(x) == len(y) >= 4 and x[0] == y[0] and sum(p != q for p, q in zip(x, y, strict=True)) == 1


def _respelt(x: str, y: str) -> bool:
    """Two spellings of one word keep most of its letters: "Bizinjo" / "Bizenjo" 86, "Baledi" / "Buledi" 83,
    "Smith" / "Smyth" 80, and a longer word its first letter too ("Noonan" / "Nunan" 73); two different words do
    not: "National" / "Provincial" 44, "North" / "South" 60, and short ones differ by a letter ("John" / "Joan",
    "East" / "West" 75)."""
    r = fuzz.ratio(x, y)
    return r >= 80.0 or (r >= 70.0 and min(len(x), len(y)) >= 5 and x[0] == y[0])


def _singular(word: str) -> str:
    """ "societies" -> "society", "games" -> "game": a name's word in the singular, so number is no difference."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
