"""One group in full, for `claimcheck show`: every claim with its sentence, and the scored comparisons behind it."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import PrefixError
from ..types import Claim, Group, ScanResult
from .common import labels, marked

STYLE = {"conflict": "bold red", "compatible": "yellow", "agree": "green", "single": "dim"}


def find_group(result: ScanResult, ref: str) -> Group:
    """The group whose id is ``ref`` or starts with it (the leading "G" may be left out)."""
    ids = [g.id for g in result.groups]
    for cand in (ref, "G" + ref):
        if cand in ids:
            return next(g for g in result.groups if g.id == cand)
    hits = sorted({i for i in ids for cand in (ref, "G" + ref) if i.startswith(cand)})
    if len(hits) == 1:
        return next(g for g in result.groups if g.id == hits[0])
    if not hits:
        raise PrefixError(f"no group id starts with {ref!r}; `claimcheck scan` shows each group's id in brackets")
    raise PrefixError(f"{ref!r} is ambiguous: it matches {', '.join(hits[:8])}; type more of the id")


def render_group_detail(console: Console, result: ScanResult, g: Group) -> None:
    lab = labels(result.articles)
    head = Text()
    head.append(g.verdict.upper(), style=STYLE[g.verdict])
    head.append(f"  {g.key}  ", style="bold")
    head.append(f"[{g.id}, confidence {g.confidence:.2f}" + (f", finding {g.finding}" if g.finding else "") + "]")
    console.print(head)
    console.print(Text(g.reason))
    if g.sides:
        console.print(Text("sides: " + ", ".join(g.sides)))
    if g.supersedes:
        console.print(Text("supersedes: " + ", ".join(g.supersedes)))
    part_of = [x.id for x in result.groups if g.id in x.sides]
    if part_of:
        console.print(Text("one side of: " + ", ".join(part_of)))
    console.print()
    console.rule(Text(f"Claims ({len(g.claims)})"), align="left")
    for cid in g.claims:
        c = result.claim(cid)
        line = Text()
        line.append(f"{lab.get(c.source, c.source)}  ", style="bold")
        line.append(f"{c.value_text()}  ", style="bold")
        line.append(f"{c.id}", style="dim")
        console.print(line)
        before, words, after = marked(c)
        sent = Text("  " + " ".join(before.split()) + (" " if before[-1:].isspace() else ""))
        sent.append(words, style="bold")
        sent.append((" " if after[:1].isspace() else "") + " ".join(after.split()))
        console.print(sent)
        facts = [
            f"{name} {value}"
            for name, value in (
                ("counted", c.counted),
                ("measure", c.measure),
                ("claimant", c.claimant),
                ("hedges", ", ".join(c.hedges)),
                ("tense", c.tense),
                ("place", c.place),
                ("time", c.time),
                ("block", c.block if c.block != "body" else None),
                ("posted", c.posted),
                ("unresolved", c.unresolved),
            )
            if value
        ]
        console.print(Text("  " + "; ".join(facts), style="dim"))
    held = held_back(result, g)
    if held:
        console.print()
        console.rule(Text(f"Other groups under the same key, not in conflict with it ({len(held)})"), align="left")
        for note in held:
            console.print(Text(note))
    console.print()
    console.rule(Text(f"Comparisons ({len(g.comparisons)})"), align="left")
    if not g.comparisons:
        console.print(Text("none: a group of one claim, or of names that met by spelling"))
        return
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("claims", no_wrap=True)
    table.add_column("relation, key and the parts of the score; then what held or helped", overflow="fold")
    for x in g.comparisons:
        table.add_row(f"{x.score:g}", f"{x.a}\n{x.b}", x.detail)
    console.print(table)


# What the conflict guards read of a claim (reconcile/identity.py, Guard), named for a reader.
_GUARD_FIELDS = (
    ("source", "source"),
    ("claimant", "claimant"),
    ("measure", "measure"),
    ("place", "place"),
    ("counted", "counted noun"),
    ("tense", "tense"),
    ("partitive", "part of a whole"),
    ("negated", "negated"),
    ("generic", "vague noun"),
    ("about", "about"),
)


def held_back(result: ScanResult, g: Group) -> list[str]:
    """Why this group is apart from the other groups that share its key: for each such group, what the
    reconciler's own guards say of a pair of their claims (``other_identity``: about another thing;
    ``guards_allow`` False: a guard holds the conflict back; else the pair scored too low), with what the guards
    read differently in the two claims."""
    from ..reconcile.entities import cluster_names
    from ..reconcile.identity import era, eras, guard, guards_allow, other_identity
    from ..reconcile.settings import Settings

    if g.verdict == "conflict":
        return []
    linked = {x.id for x in result.groups if g.id in x.sides} | set(g.sides)
    conflicted = {s for x in result.groups if x.id in linked for s in x.sides}
    others = [
        x for x in result.groups if x.key == g.key and x.id != g.id and x.id not in linked and x.id not in conflicted
    ]
    years = eras(result.articles)
    lab = labels(result.articles)
    out = []
    canonical = cluster_names(result.claims, Settings().name_variant_threshold).canonical if others else None
    for x in others:
        a, b = _closest(result, g, x)
        ga, gb = guard(a, canonical), guard(b, canonical)
        if other_identity(ga, gb, era(a, years), era(b, years)):
            why = "about another thing (another measure, place or year): never one fact, never a conflict"
        elif a.value_text() == b.value_text():
            why = "the same value, but the pair did not score high enough to be one fact"
        elif not guards_allow(ga, gb):
            why = "a guard holds a conflict back"
        else:
            why = "the guards allow a conflict, but the pair did not score high enough to be one fact"
        diff = [
            f"{name} {getattr(ga, f)!s} vs {getattr(gb, f)!s}"
            for f, name in _GUARD_FIELDS
            if getattr(ga, f) != getattr(gb, f)
        ]
        out.append(
            f"{x.id} ({x.verdict}, {b.value_text()} in {lab.get(b.source, b.source)}) against {a.value_text()} in "
            f"{lab.get(a.source, a.source)}: {why}" + (f"; the claims differ in: {', '.join(diff)}" if diff else "")
        )
    return out


def _closest(result: ScanResult, g: Group, x: Group) -> tuple[Claim, Claim]:
    """A pair of claims of the two groups, from different sources where there is one."""
    pairs = [(result.claim(i), result.claim(j)) for i in g.claims for j in x.claims]
    return min(pairs, key=lambda p: (p[0].source == p[1].source, p[0].id, p[1].id))
