"""Names across the corpus: aliases clustered, and one name spelt two ways reported as a finding.

Aliases (one entity, several names): a defined acronym ("IOPC"), a surname ("Port" -> "Stephen Port"), a
clipped word ("Met Police" -> "Metropolitan Police", "Met" -> "Met Police"). Variants (one name, two
spellings): rapidfuzz ratio at or above the threshold between names of the same shape
("Kovari" / "Kovary", "Independent Office of / for Police Conduct").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from ..types import Claim, Entity
from .unionfind import UnionFind

_VARIANT_WINDOW = 8


@lru_cache(maxsize=1 << 16)
def _key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


def _clipped(short: str, long: str) -> bool:
    """ "Met Police" is a clipping of "Metropolitan Police": same words, each a prefix of the other's."""
    s, lg = short.split(), long.split()
    if len(s) != len(lg) or s == lg:
        return False
    return all(b.startswith(a) and (len(a) >= 3 or a == b) for a, b in zip(s, lg, strict=True))


@dataclass(frozen=True)
class NameIndex:
    """Where each name of the corpus goes: name key -> entity id, and the entities."""

    entity_of: dict[str, str]
    entities: tuple[Entity, ...]
    variant_pairs: tuple[tuple[str, str, float], ...]  # (spelling, spelling, ratio)

    names: dict[str, str]  # entity id -> its name

    def canonical(self, name: str) -> str:
        eid = self.entity_of.get(_key(name))
        return name if eid is None else self.names[eid]


def cluster_names(claims: tuple[Claim, ...], variant_threshold: float) -> NameIndex:
    """Cluster every name the claims mention (name claims' spellings and every claim's entities)."""
    label: dict[str, str] = {}
    written: dict[str, str] = {}  # key -> a spelling as written
    sources: dict[str, set[str]] = defaultdict(set)
    count: dict[str, int] = defaultdict(int)
    uf = UnionFind()

    def add(name: str, lab: str, src: str) -> str:
        k = _key(name)
        written.setdefault(k, name)
        label.setdefault(k, lab)
        sources[k].add(src)
        count[k] += 1
        uf.find(k)
        return k

    for c in claims:
        if c.kind == "name" and isinstance(c.value, str):
            lab = (c.counted or "org").upper()
            k = add(c.value, lab, c.source)
            if c.about:
                ka = add(c.about, lab, c.source)
                uf.union(k, ka)  # resolved within the article (surname, title, acronym)
    for c in claims:
        for e in c.entities:
            add(e, label.get(_key(e), "ORG"), c.source)

    keys = sorted(written)
    # Clippings and single-word short forms: "Met" -> the one multiword ORG that starts with it.
    by_first: dict[str, list[str]] = defaultdict(list)
    by_last: dict[str, list[str]] = defaultdict(list)
    # A clipping keeps each word's first three letters: "met police" ~ "metropolitan police".
    by_shape: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for k in keys:
        w = k.split()
        if len(w) >= 2:
            by_first[w[0]].append(k)
            by_last[w[-1]].append(k)
        by_shape[tuple(x[:3] for x in w)].append(k)
    for k in keys:
        w = k.split()
        if len(w) == 1:
            if label.get(k) == "PERSON":
                pool = by_last.get(k, [])
            else:  # "Met" -> "Met Police" or "Metropolitan Police"
                pool = by_first.get(k, []) or [
                    t for f, ts in by_first.items() if len(k) >= 3 and f.startswith(k) for t in ts
                ]
                pool = [t for t in pool if label.get(t) != "PERSON"]  # "Council" is no clipping of a councillor
            targets = {uf.find(t) for t in pool}
            if len(targets) == 1:
                uf.union(k, targets.pop())
        else:
            for other in by_shape[tuple(x[:3] for x in w)]:
                if other != k and _clipped(k, other):
                    uf.union(k, other)
    # Spelling variants: same label, same number of words, close but not equal. Compared by sorted
    # neighbourhood, once in spelling order and once in reversed order (a variant late in the name sorts
    # next to its twin; one early in the name sorts next to it backwards), so the work grows linearly.
    variants: list[tuple[str, str, float]] = []
    seen: set[tuple[str, str]] = set()
    candidates = [k for k in keys if len(k.split()) >= 2 or len(k) >= 5]
    for order in (sorted(candidates), sorted(candidates, key=lambda x: x[::-1])):
        for i, a in enumerate(order):
            for b in order[i + 1 : i + 1 + _VARIANT_WINDOW]:
                pair = (a, b) if a < b else (b, a)
                if pair in seen or label.get(a) != label.get(b) or len(a.split()) != len(b.split()):
                    continue
                seen.add(pair)
                r = fuzz.ratio(a, b)  # first, as it is the cheaper test and most pairs fail it
                if r >= variant_threshold and _spelling_differs(a, b):
                    variants.append((written[pair[0]], written[pair[1]], round(r, 1)))
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
        eid = "E-" + "-".join(name.lower().split())[:48]
        srcs = sorted({s for m in members for s in sources[m]})
        entities.append(
            Entity(
                id=eid,
                name=name,
                label=label.get(best, "ORG"),
                aliases=tuple(sorted({written[m] for m in members} - {name})),
                variants=tuple(sorted(written[m] for m in members if m in variant_keys)),
                sources=tuple(srcs),
            )
        )
        for m in members:
            entity_of[m] = eid
    return NameIndex(entity_of, tuple(entities), tuple(sorted(variants)), {e.id: e.name for e in entities})


def _spelling_differs(a: str, b: str) -> bool:
    """Two keys that are not clippings or short forms of each other, nor names told apart by their numbers
    ("Apollo 11" and "Apollo 13" are two things): a real difference of spelling."""
    if a == b or _clipped(a, b) or _clipped(b, a):
        return False
    return [c for c in a if c.isdigit()] == [c for c in b if c.isdigit()]
