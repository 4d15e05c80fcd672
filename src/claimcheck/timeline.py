"""Running figures: the groups of one rolling tally (a death toll, a case count) that supersede one another,
put in time order so a reader sees who gave which figure when, in one place."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from .reconcile.identity import state_at
from .types import Group, ScanResult


@dataclass(frozen=True)
class TimelineEntry:
    """One report of a running figure: when it stood so, the values, who gave them, and its group."""

    when: str  # ISO date (and time) the figure stood so: the day its sentence gives, else its article's
    values: tuple[str, ...]
    sources: tuple[str, ...]
    claimants: tuple[str, ...]
    group: str


@dataclass(frozen=True)
class Timeline:
    """A running figure's reports, earliest first."""

    key: str
    entries: tuple[TimelineEntry, ...]


def timelines(result: ScanResult) -> tuple[Timeline, ...]:
    """Every chain of groups linked by ``supersedes``, as a timeline; sides of a conflict keep their place in
    it. Deterministic: chains by their first group's key and id, entries by time then group id."""
    by_id = {g.id: g for g in result.groups}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for g in result.groups:
        for earlier in g.supersedes:
            if earlier in by_id:
                a, b = find(g.id), find(earlier)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    chains: dict[str, list[Group]] = defaultdict(list)
    for gid in sorted(parent):
        chains[find(gid)].append(by_id[gid])
    claims = {c.id: c for c in result.claims}
    when = {a.id: a.timestamp for a in result.articles}
    out: list[Timeline] = []
    for members in chains.values():
        if len(members) < 2:
            continue
        entries = []
        for g in members:
            cs = [claims[i] for i in g.claims]
            times = [t for t in (state_at(c, when) for c in cs) if t is not None]
            at: datetime | None = min(times) if times else None
            entries.append(
                TimelineEntry(
                    when="" if at is None else _iso(at),
                    values=tuple(sorted({c.value_text() for c in cs})),
                    sources=g.sources,
                    claimants=tuple(sorted({c.claimant for c in cs if c.claimant})),
                    group=g.id,
                )
            )
        # of one time, a group comes after those it supersedes (the text told it as the update: "rose to three")
        after = {g.id: len(set(g.supersedes) & {m.id for m in members}) for g in members}
        entries.sort(key=lambda e: (e.when or "9999", after[e.group], e.group))
        first = min(members, key=lambda g: (g.key, g.id))
        out.append(Timeline(first.key, tuple(entries)))
    out.sort(key=lambda t: (t.key, t.entries[0].group))
    return tuple(out)


def _iso(t: datetime) -> str:
    return t.date().isoformat() if (t.hour, t.minute) == (0, 0) else t.isoformat(timespec="minutes")
