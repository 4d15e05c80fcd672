"""What every renderer needs: which group a claim is shown under, and sources' labels."""

from __future__ import annotations

from ..types import VERDICTS, Article, Claim, Group, ScanResult

RANK = {v: i for i, v in enumerate(VERDICTS)}  # conflict first


def labels(articles: tuple[Article, ...] | list[Article]) -> dict[str, str]:
    return {a.id: a.label or a.id for a in articles}


def claim_groups(result: ScanResult) -> dict[str, Group]:
    """Each grouped claim's group as a report shows it: a conflict over the side it is on, else its own group."""
    out: dict[str, Group] = {}
    for g in result.groups:
        for cid in g.claims:
            cur = out.get(cid)
            if cur is None or RANK[g.verdict] < RANK[cur.verdict]:
                out[cid] = g
    return out


def side_of(result: ScanResult) -> dict[str, Group]:
    """claim id -> the side group it is on, for claims of a conflict."""
    sides = {s for g in result.groups for s in g.sides}
    return {cid: g for g in result.groups if g.id in sides for cid in g.claims}


def marked(c: Claim) -> tuple[str, str, str]:
    """The claim's sentence as (before, the claim's words, after)."""
    i, j = c.start - c.sentence_start, c.end - c.sentence_start
    if 0 <= i <= j <= len(c.sentence) and c.sentence[i:j] == c.text:
        return c.sentence[:i], c.text, c.sentence[j:]
    k = c.sentence.find(c.text)
    if k < 0:
        return c.sentence, "", ""
    return c.sentence[:k], c.text, c.sentence[k + len(c.text) :]


def flat(s: str) -> str:
    """One line: runs of white space as one space."""
    return " ".join(s.split())


def filter_kinds(result: ScanResult, kinds: tuple[str, ...] | None) -> ScanResult:
    """The result with only claims and groups of ``kinds`` (all when None)."""
    if not kinds:
        return result
    from dataclasses import replace

    keep = set(kinds)
    return replace(
        result,
        claims=tuple(c for c in result.claims if c.kind in keep),
        groups=tuple(g for g in result.groups if g.kind in keep),
    )
