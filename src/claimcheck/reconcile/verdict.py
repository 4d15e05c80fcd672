"""A group's verdict and its reasons: which claims were compared, how alike they were, which values, and why
they can or cannot both hold, in words a reporter reads.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ..types import UPDATE_HEDGE, Claim, Comparison, Group, Quantity, Verdict
from .compare import Score, Scorer, head_verb, measure_words, same_claimant
from .values import Relation, contains_text, relation_of, relative_gap, value_key, why_disjoint
from .words import FUNCTION_WORDS, as_written, verb_as_written

ORDER = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}


def per_value(c: Claim, value: object) -> object:
    """A key for one distinct value of a group (``c.value``, or its ``value_key`` where only the relation
    matters); an age also by its article, whose date it depends on."""
    return (value, c.source) if c.kind == "age" else value


@dataclass(frozen=True, slots=True)
class Edge:
    """A scored pair kept for a group's reasons; its score's parts and notes are worked out on demand."""

    a: Claim
    b: Claim
    key: str
    rel: Relation
    total: float


Link = tuple[float, int, int, str, Relation]  # (-score, i, j, key, relation): sorts strongest first, then by ids


class Explain:
    """Links as edges and scores with their parts and notes, for the few pairs a group shows (each once)."""

    def __init__(self, scorer: Scorer, pool: list[Claim]) -> None:
        self.scorer = scorer
        self.pool = pool
        self.done: dict[tuple[str, str], Score] = {}

    def edge(self, t: Link) -> Edge:
        return Edge(self.pool[t[1]], self.pool[t[2]], t[3], t[4], -t[0])

    def __call__(self, e: Edge) -> Score:
        got = self.done.get((e.a.id, e.b.id))
        if got is None:
            got = self.done[(e.a.id, e.b.id)] = self.scorer.score(e.a, e.b)
        return got


def gid(claim_ids: list[str]) -> str:
    h = hashlib.sha1("\n".join(sorted(claim_ids)).encode("utf-8")).hexdigest()
    return f"G{h[:10]}"


def _values(members: list[Claim]) -> str:
    by_val: dict[str, list[str]] = defaultdict(list)
    for c in members:
        by_val[c.value_text()].append(c.source.split("_")[0])
    return "; ".join(f"{v} ({', '.join(sorted(set(s)))})" for v, s in sorted(by_val.items()))


def _about(members: list[Claim], written: bool = True) -> str:
    """What a group's claims give, as a phrase in the article's words: "people killed", "the age of Stephen
    Port", "officers counted", "speed in mph", "the date of 'derailed'". With ``written`` false, the words are
    the lemmas in quotes ("'officer' counted", "the date of 'derail'"), which do not change with the sentence
    a group's first claim comes from: that is the group key, and groups about one thing share it."""
    c = members[0]

    def word(lemma: str) -> str:
        return as_written(lemma, c.sentence) if written else f"'{lemma.replace('_', ' ')}'"  # ("set_up": set up)

    if c.kind == "age":
        return f"the age of {c.about}" if c.about else "an age"
    if c.kind == "date":
        head = head_verb(c.predicate)
        if head and head not in FUNCTION_WORDS:
            return f"the date of {verb_as_written(head, c.sentence) if written else word(head)}"
        return f"the date of the {word(c.counted)}" if c.counted else "a date"
    unit = c.value.unit if isinstance(c.value, Quantity) and c.value.unit else None
    if c.measure is not None:
        return measure_words(c.measure, c.counted, c.sentence if written else None) + (f" ({unit})" if unit else "")
    thing = word(c.counted) if c.counted else "a figure"
    if unit:
        return thing if c.counted == unit else f"{thing} in {unit}"
    return f"{thing} counted" if c.kind == "count" else f"{thing} ({c.kind})"


_QUOTE_WIDTH = 70  # characters of a claim's sentence a reason quotes around the figure


def quote(c: Claim) -> str:
    """The figure in its words: the claim's text with the sentence around it, cut at words ("... put the
    toll at 58 on Wednesday ...")."""
    s = " ".join(c.sentence.split())
    text = " ".join(c.text.split())
    i = s.find(text)
    if i < 0:
        return text
    room = max(0, _QUOTE_WIDTH - len(text)) // 2
    lo, hi = max(0, i - room), min(len(s), i + len(text) + room)
    if lo > 0:
        lo = s.find(" ", lo, i) + 1 or lo
    if hi < len(s):
        cut = s.rfind(" ", i + len(text), hi)
        hi = cut if cut > 0 else hi
    return ("…" if lo > 0 else "") + s[lo:hi] + ("…" if hi < len(s) else "")


def _link_text(e: Edge, explain: Explain) -> str:
    notes = explain(e).notes
    extra = f": {'; '.join(notes)}" if notes else ""
    sa, sb = e.a.source.split("_")[0], e.b.source.split("_")[0]
    return f'{sa} "{quote(e.a)}" and {sb} "{quote(e.b)}" read alike (score {e.total:g}{extra})'


def _side_text(cluster: list[Claim]) -> str:
    """One side of a conflict: its values, its sources, and who gave them ("9 (000, 001; according to
    police)")."""
    values = ", ".join(sorted({c.value_text() for c in cluster}))
    sources = ", ".join(sorted({c.source.split("_")[0] for c in cluster}))
    who = sorted({c.claimant for c in cluster if c.claimant})
    return f"{values} ({sources}" + (f"; according to {', '.join(who)})" if who else ")")


def key_of(members: list[Claim]) -> str:
    """A group's key as a phrase: its kind and what its claims give ("count: people killed")."""
    return f"{members[0].kind}: {_about(members, written=False)}"


MAX_COMPARISONS = 50  # per group in the ledger: the strongest links; a group of thousands lists no more


def _comparisons(links: list[Link], explain: Explain) -> tuple[Comparison, ...]:
    out = []
    strongest = heapq.nsmallest(MAX_COMPARISONS, links)  # by score, then ids (indices are in id order)
    for t in sorted(strongest, key=lambda t: (t[1], t[2])):
        e = explain.edge(t)
        s = explain(e)
        detail = (
            f"{e.rel}; key {e.key}; predicate {round(s.predicate, 1):g}, modifiers {round(s.modifiers, 1):g}, "
            f"entities {round(s.entities, 1):g}, sentence {round(s.sentence, 1):g}"
        )
        if s.notes:
            detail += "; " + "; ".join(s.notes)
        out.append(Comparison(e.a.id, e.b.id, s.total, detail))
    return tuple(out)


def _update_text(a: Claim, b: Claim, when: Callable[[Claim], datetime | None] | None) -> str:
    """An update said with when and by whom: "20 on 2015-01-21 (004, per county officials), then 21 on 2015-01-23
    (008)"; without the times, the two values."""
    ta, tb = (when(a), when(b)) if when is not None else (None, None)
    if ta is None or tb is None:
        return f"{a.value_text()} vs {b.value_text()}, reported at different times"
    # of one time, the figure told as an update of the other is the later ("rose to three", "now says three")
    (early, te), (late, tl) = sorted(((a, ta), (b, tb)), key=lambda x: (x[1], UPDATE_HEDGE in x[0].hedges))

    def told(c: Claim, t: datetime) -> str:
        per = f", per {c.claimant}" if c.claimant else ""
        day = t.isoformat(sep=" ", timespec="minutes") if t.hour or t.minute else t.date().isoformat()
        return f"{c.value_text()} on {day} ({c.source.split('_')[0]}{per})"

    return f"{told(early, te)}, then {told(late, tl)}"


def _relations(values: list[Claim]) -> tuple[bool, bool, tuple[Claim, Claim] | None]:
    """Of every pair (a, b) of a group's distinct values with a.id < b.id: whether all are equal, whether any is
    disjoint, and the first compatible one (None when a disjoint pair comes first, as the reason then names no
    pair). Each value's key is made once, where ``relation`` makes both again for every pair, and one walk of the
    pairs, stopped at the first disjoint pair (which decides the reason), does what took two (py-spy: 1% of
    reconciling 100,000 claims went to those walks)."""
    keys = [value_key(c.value) for c in values]
    all_equal = True
    pair: tuple[Claim, Claim] | None = None
    for a, ka in zip(values, keys, strict=True):
        for b, kb in zip(values, keys, strict=True):
            if a.id < b.id:
                rel = relation_of(ka, kb)
                if rel == "equal":
                    continue
                all_equal = False
                if rel == "disjoint":
                    return False, True, None
                if rel == "compatible" and pair is None:
                    pair = (a, b)
    return all_equal, False, pair


def consistent_group(
    members: list[Claim],
    links: list[Link],
    near: float,
    sup: tuple[str, ...],
    sup_edges: list[Edge],
    explain: Explain,
    when: Callable[[Claim], datetime | None] | None = None,
    revised: bool = False,
) -> Group:
    """A consistent cluster; ``near`` is the best score its claims had against a consistent claim of another
    cluster (what a single-source claim came closest to). ``revised``: the first cluster it supersedes is one
    whose figure an outlet of this one tells as the figure before its own ("up from the $1.5 million")."""
    sources = tuple(sorted({c.source for c in members}))
    kind = members[0].kind
    key = key_of(members)
    verdict: Verdict
    if len(sources) == 1:
        verdict = "single"
        confidence = round(1.0 - near / 100.0, 2)
        reason = f"{_about(members)}; only {sources[0].split('_')[0]} states it: {_values(members)}"
        if near:
            reason += f" (the closest claim of another source with a consistent value scored {near:g})"
    else:
        values = list({per_value(c, c.value): c for c in members}.values())
        strongest = explain.edge(max(links, key=lambda t: (-t[0], t[1]))) if links else None
        confidence = round(sum(-t[0] for t in links) / len(links) / 100.0, 2) if links else 0.5
        all_equal, disjoint, pair = _relations(values)
        if all_equal:
            verdict = "agree"
            why = "the same value"
        else:
            verdict = "compatible"
            why = contains_text(*pair) if pair else "the values overlap"
            if disjoint:
                why = "ages given years apart differ by no more than the years between the articles"
        reason = f"{_about(members)}; " + (_link_text(strongest, explain) + "; " if strongest else "")
        reason += f"values {_values(members)}: {why}"
    if sup:
        e = sup_edges[0] if sup_edges else None
        if revised and e is not None:
            own, other = (e.a, e.b) if any(c.id == e.a.id for c in members) else (e.b, e.a)
            reason += (
                f"; supersedes {', '.join(sup)}: {own.source.split('_')[0]} gives {other.value_text()} as the figure"
                f" before its own {own.value_text()}"
            )
        else:
            reason += f"; supersedes {', '.join(sup)}: a later report of the same state"
            if e is not None:
                reason += f" ({_update_text(e.a, e.b, when)})"
    return Group(
        id=gid([c.id for c in members]),
        kind=kind,
        key=key,
        verdict=verdict,
        claims=tuple(c.id for c in members),
        sources=sources,
        reason=reason,
        confidence=max(0.0, min(1.0, confidence)),
        comparisons=_comparisons(links, explain),
        finding="supersedes" if sup else None,
        supersedes=sup,
    )


def conflict_group(
    members: list[Claim],
    clusters: list[list[Claim]],
    cedges: list[Link],
    links: list[Link],
    canonical: Callable[[str], str],
    explain: Explain,
    side_ids: list[str],
) -> Group:
    sources = tuple(sorted({c.source for c in members}))
    best = explain.edge(max(cedges, key=lambda t: (-t[0], t[1])))
    a, b = best.a, best.b
    finding = None
    who = ""
    if a.claimant and b.claimant and not same_claimant(a.claimant, b.claimant, canonical):
        finding = "claimants"
        who = (
            f"; two claimants disagree, not the outlets: {a.claimant} says {a.value_text()}, "
            f"{b.claimant} says {b.value_text()}"
        )
    hedged = a.shown_hedges() or b.shown_hedges()  # "as of 11 a.m." times a figure, it does not hedge it
    gap = relative_gap(a, b)
    # two exact figures close together ("84" and "85") are far likelier one fact told two ways than two figures far
    # apart: the confidence falls with the gap, to half at a gap of 100%
    confidence = best.total / 100.0 * (0.8 if hedged else 1.0) * (0.9 if finding else 1.0)
    confidence *= 1.0 - 0.5 * min(1.0, gap) if gap is not None else 1.0
    sides = " vs ".join(_side_text(cluster) for cluster in clusters)
    reason = (
        f"{_about(members)}; {_link_text(best, explain)}; values {sides}: {why_disjoint(a, b)}"
        + (f" ({_gap_text(a, b, gap)})" if gap is not None else "")
        + who
        + ("; hedged: " + ", ".join(sorted(set(a.shown_hedges() + b.shown_hedges()))) if hedged else "")
    )
    return Group(
        id=gid([c.id for c in members]),
        kind=members[0].kind,
        key=key_of(members),
        verdict="conflict",
        claims=tuple(c.id for c in members),
        sources=sources,
        reason=reason,
        confidence=round(confidence, 2),
        comparisons=_comparisons(cedges + links, explain),
        finding=finding,
        sides=tuple(side_ids),
    )


def _gap_text(a: Claim, b: Claim, gap: float) -> str:
    """How far apart two exact figures are, in words: "45 apart, under 1%", "0.1 apart, 1%"."""
    va, vb = a.value, b.value
    assert isinstance(va, Quantity) and isinstance(vb, Quantity) and va.value is not None and vb.value is not None
    diff = abs(va.value - vb.value)
    size = f"{diff:,}" if float(diff).is_integer() else f"{float(diff):.4g}"
    share = "under 1%" if gap < 0.01 else f"{gap:.0%}"
    return f"{size} apart, {share}"
