"""Stage 1: cheap keys, so that only claims that could be about the same fact are ever compared.

A claim's keys: its kind with its counted noun; its kind with its verb (so "three of the deaths" meets "three
of the men"); with a point value, the noun and the value, and for a generic noun ("people", "individuals")
every noun of its clause with the value; for an age, the person; for a date, the lemmas of the event it dates,
the entities of its sentence, and its value when finer than a year. A block larger than ``max_block`` is
first split by the entities its claims' sentences name (so that one story's claims meet each other), and what
is still larger is compared by sorted neighbourhood (each claim against the next ``window`` in value order),
so the number of pairs grows linearly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

from ..types import Claim, DateValue, Quantity
from .lexicon import fold
from .settings import Settings

# Lemmas too common to say which event a date is about.
_WEAK = frozenset(
    [
        "be",
        "have",
        "do",
        "say",
        "make",
        "take",
        "get",
        "give",
        "go",
        "come",
        "include",
        "follow",
        "find",
        "year",
        "month",
        "day",
        "time",
        "last",
        "next",
        "this",
        "new",
        "in",
        "on",
        "at",
        "of",
        "for",
        "to",
        "by",
        "with",
        "from",
        "after",
        "before",
        "since",
        "during",
    ]
)
_GENERIC = frozenset(["individual", "people", "person", "one", "other", "member", "figure", "number", "case"])


def _point(c: Claim) -> str | None:
    v = c.value
    if isinstance(v, Quantity) and v.value is not None:
        return str(v.value)
    return None


def _verb(c: Claim) -> str | None:
    for w in (c.predicate or "").split():
        if w not in _WEAK:
            return w
    return None


def keys(c: Claim, canonical: Callable[[str], str]) -> list[str]:
    if c.kind == "name" or c.value is None:
        return []
    out: list[str] = []
    if c.kind == "age":
        if c.about:
            out.append(f"age|{canonical(c.about)}")
        return out
    if c.kind == "date":
        if not isinstance(c.value, DateValue):
            return []
        words = {w for w in (c.predicate or "").split() if w not in _WEAK and len(w) > 2}
        out.extend(f"date|e:{w}" for w in sorted(words))
        out.extend(f"date|ent:{canonical(e)}" for e in sorted(set(c.entities)))
        if c.value.grain in ("day", "week", "month"):
            out.append(f"date|d:{c.value.iso()}")  # a precise date is itself worth comparing on
        return out
    noun = fold(c.counted) if c.counted and c.counted not in _GENERIC else c.counted  # "post" meets "job"
    if noun and noun not in _GENERIC:
        out.append(f"{c.kind}|n:{noun}")
    p, v = _point(c), _verb(c)
    if v is not None:
        # The same verb with any value: "contributed to three of the deaths" meets "... two of the men".
        out.append(f"{c.kind}|v:{v}")
    if p is not None:
        if noun and noun not in _GENERIC:
            out.append(f"{c.kind}|n:{noun}|{p}")
        else:
            # "Five of the eight people ... are serving officers": the clause's nouns, with the value.
            out.extend(
                f"{c.kind}|n:{w}|{p}"
                for w in sorted(set(c.modifiers) | set((c.predicate or "").split()))
                if w not in _WEAK and w not in _GENERIC and len(w) > 2
            )
            if v is not None:
                out.append(f"{c.kind}|v:{v}|{p}")
    return out


def _sort_key(c: Claim) -> tuple[float, str]:
    v = c.value
    if isinstance(v, Quantity):
        x = v.value if v.value is not None else (v.low if v.low is not None else v.high)
        return (float(x) if x is not None else 0.0, c.id)
    if isinstance(v, DateValue):
        return (float(v.start.toordinal()), c.id)
    return (0.0, c.id)


def _sub_blocks(members: list[Claim], canonical: Callable[[str], str]) -> list[tuple[str, list[Claim]]]:
    """A block too large to compare in full, split by the entities its claims' sentences name: claims of
    one story meet each other, not the same noun in every other story. Claims that name none stay together."""
    subs: dict[str, list[Claim]] = defaultdict(list)
    for c in members:
        names = {canonical(e) for e in c.entities}
        for e in sorted(names) or [""]:
            subs[e].append(c)
    return sorted(subs.items())


def candidate_pairs(
    claims: list[Claim], canonical: Callable[[str], str], settings: Settings
) -> Iterator[tuple[Claim, Claim, str]]:
    """Each candidate pair once, with the first key it met on. Deterministic order."""
    blocks: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        for k in keys(c, canonical):
            blocks[k].append(c)
    rank = {c.id: i for i, c in enumerate(sorted(claims, key=lambda c: c.id))}
    n_claims = len(rank)
    seen: set[int] = set()
    for key in sorted(blocks):
        parts = [("", blocks[key])] if len(blocks[key]) <= settings.max_block else _sub_blocks(blocks[key], canonical)
        for _, part in parts:
            members = sorted(part, key=_sort_key)
            n = len(members)
            span = n if n <= settings.max_block else settings.window + 1
            for i in range(n):
                for j in range(i + 1, min(n, i + span)):
                    a, b = members[i], members[j]
                    ra, rb = rank[a.id], rank[b.id]
                    pair = ra * n_claims + rb if ra < rb else rb * n_claims + ra
                    if pair in seen:
                        continue
                    seen.add(pair)
                    yield (a, b, key) if ra < rb else (b, a, key)
