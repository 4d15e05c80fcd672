"""How a report names each source: its outlet where the source says, else the shortest unique prefix of its
id. No two sources ever share a label."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from .types import Article

# Where an id may be cut: before a separator ("001" of "001_reuters-aol", "bbc_news" of "bbc_news-2024").
_CUT = re.compile(r"[_\-. ]")


def id_prefix(source_id: str, ids: Sequence[str]) -> str:
    """The shortest prefix of ``source_id`` that ends at a separator (or is the whole id) and that no other
    id starts with, so it also resolves as a prefix on the command line: "000" for "000_679308cf", "bbc_news"
    for "bbc_news" beside "bbc_world"."""
    return _prefix(source_id, sorted(ids))


def _prefix(source_id: str, ordered: Sequence[str]) -> str:
    for m in _CUT.finditer(source_id):
        cand = source_id[: m.start()]
        if cand and _starting_with(ordered, cand) == 1:
            return cand
    return source_id


def _starting_with(ordered: Sequence[str], prefix: str) -> int:
    """How many of the sorted ids start with ``prefix``: they are one run of the sorted order."""
    return bisect_left(ordered, prefix + "\U0010ffff") - bisect_left(ordered, prefix)


def source_labels(articles: Sequence[Article]) -> dict[str, str]:
    """id -> label, in a fixed way: the same sources give the same labels on every run.

    An outlet that only one source has labels that source ("Reuters"). Sources that share an outlet add their
    id's prefix ("BBC (bbc_news)", "BBC (bbc_world)"). A source with no outlet is its id's prefix."""
    ordered = sorted(a.id for a in articles)
    outlet_count = Counter((a.outlet or "").casefold() for a in articles if a.outlet)
    labels: dict[str, str] = {}
    for a in articles:
        prefix = _prefix(a.id, ordered)
        if a.outlet:
            labels[a.id] = a.outlet if outlet_count[a.outlet.casefold()] == 1 else f"{a.outlet} ({prefix})"
        else:
            labels[a.id] = prefix
    # an outlet may read as another source's prefix ("cnn" the outlet, "cnn" the file): fall back to ids
    seen = Counter(v.casefold() for v in labels.values())
    for a in articles:
        if seen[labels[a.id].casefold()] > 1:
            labels[a.id] = f"{a.outlet} ({a.id})" if a.outlet else a.id
    return labels
