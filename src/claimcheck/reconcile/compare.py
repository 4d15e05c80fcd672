"""Stage 2: score a candidate pair on what is said of the claims, with rapidfuzz over lemmas.

score = 0.45 predicate + 0.15 modifiers + 0.15 entities + 0.25 sentence, each 0..100, then adjusted:
+15 when both give the same whole ("of the 17"), -10 when one counts only "people" or "individuals".
A part against a whole ("three of the men" against "four men") is noted here and kept from conflict by
the guards in cluster.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..types import Claim, Quantity

GENERIC = frozenset(["individual", "people", "person", "one", "other", "member", "figure", "number", "case"])


@dataclass(frozen=True)
class Score:
    total: float
    predicate: float
    modifiers: float
    entities: float
    sentence: float
    notes: tuple[str, ...]


def _ratio(a: str, b: str) -> float:
    if not a or not b:
        return 50.0
    return 0.5 * fuzz.token_sort_ratio(a, b) + 0.5 * fuzz.token_set_ratio(a, b)


def score(a: Claim, b: Claim, canonical: Callable[[str], str]) -> Score:
    notes: list[str] = []
    p = _ratio(a.predicate or "", b.predicate or "")
    ma, mb = " ".join(a.modifiers), " ".join(b.modifiers)
    if not ma and not mb:
        m = 100.0
    elif not ma or not mb:
        m = 70.0
    else:
        m = float(fuzz.token_set_ratio(ma, mb))
    ea = {canonical(x) for x in a.entities}
    eb = {canonical(x) for x in b.entities}
    e = 100.0 * len(ea & eb) / len(ea | eb) if ea and eb else 50.0
    s = float(fuzz.token_set_ratio(a.sentence.lower(), b.sentence.lower()))
    total = 0.45 * p + 0.15 * m + 0.15 * e + 0.25 * s
    wa = a.value.whole if isinstance(a.value, Quantity) else None
    wb = b.value.whole if isinstance(b.value, Quantity) else None
    if wa is not None and wa == wb:
        total += 15
        notes.append(f"same whole {wa}")
    if a.partitive != b.partitive:
        notes.append("one counts a part, the other a whole")
    if a.counted != b.counted and ((a.counted in GENERIC) or (b.counted in GENERIC)):
        total -= 10
        notes.append(f"'{a.counted}' vs '{b.counted}'")
    total = max(0.0, min(100.0, total))
    return Score(round(total, 1), round(p, 1), round(m, 1), round(e, 1), round(s, 1), tuple(notes))
