"""Values compared as intervals: equal, compatible (they overlap or one contains the other), or disjoint."""

from __future__ import annotations

import math
from typing import Literal

from ..types import Claim, DateValue, Group, Quantity

Relation = Literal["equal", "compatible", "disjoint", "incomparable"]


def _bounds(q: Quantity) -> tuple[float, float, bool, bool] | None:
    if q.low is None and q.high is None:
        if q.value is None:
            return None
        return float(q.value), float(q.value), True, True
    lo = -math.inf if q.low is None else float(q.low)
    hi = math.inf if q.high is None else float(q.high)
    return lo, hi, q.low_inclusive or q.low is None, q.high_inclusive or q.high is None


def quantity_relation(a: Quantity, b: Quantity) -> Relation:
    if a.unit != b.unit and not ({a.unit, b.unit} <= {None, "person"}):
        return "incomparable"
    ba, bb = _bounds(a), _bounds(b)
    if ba is None or bb is None:
        return "incomparable"
    if a.is_point and b.is_point and not a.approximate and not b.approximate:
        return "equal" if a.value == b.value else "disjoint"
    if ba == bb and a.approximate == b.approximate:
        return "equal"
    lo = max(ba[0], bb[0])
    hi = min(ba[1], bb[1])
    if lo < hi:
        return "compatible"
    if lo == hi:
        lo_inc = (ba[2] if ba[0] == lo else True) and (bb[2] if bb[0] == lo else True)
        hi_inc = (ba[3] if ba[1] == hi else True) and (bb[3] if bb[1] == hi else True)
        return "compatible" if lo_inc and hi_inc else "disjoint"
    return "disjoint"


def date_relation(a: DateValue, b: DateValue) -> Relation:
    if a.start == b.start and a.end == b.end:
        return "equal"
    if a.start < b.end and b.start < a.end:
        return "compatible"
    return "disjoint"


def relation(a: Claim, b: Claim) -> Relation:
    va, vb = a.value, b.value
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        return quantity_relation(va, vb)
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        return date_relation(va, vb)
    if isinstance(va, str) and isinstance(vb, str):
        return "equal" if va == vb else "disjoint"
    return "incomparable"


def contains_text(a: Claim, b: Claim) -> str:
    """Why two compatible values are compatible, in words."""
    va, vb = a.value, b.value
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        if va.start <= vb.start and vb.end <= va.end:
            return f"{va.iso()} contains {vb.iso()}"
        if vb.start <= va.start and va.end <= vb.end:
            return f"{vb.iso()} contains {va.iso()}"
        return f"{va.iso()} overlaps {vb.iso()}"
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        if va.is_point and not vb.is_point:
            return f"{vb.describe()} contains {va.value}"
        if vb.is_point and not va.is_point:
            return f"{va.describe()} contains {vb.value}"
        return f"{va.describe()} overlaps {vb.describe()}"
    return "the values overlap"


def relation_between(group: Group, a: tuple[Claim, ...], b: tuple[Claim, ...]) -> str:
    """agree | compatible | conflict, for source A's claims against source B's in one group."""
    rels = {relation(x, y) for x in a for y in b}
    if group.verdict == "conflict":
        if group.kind == "name":
            return "conflict" if {str(x.value) for x in a}.isdisjoint({str(y.value) for y in b}) else "agree"
        if "disjoint" in rels:
            return "conflict"
    if rels <= {"equal"}:
        return "agree"
    return "compatible"
