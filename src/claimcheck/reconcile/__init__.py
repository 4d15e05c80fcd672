"""claims -> groups: blocking, comparison and clustering, then names across the corpus."""

from __future__ import annotations

import gc
import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..types import Article, Claim, Entity, Group, Quantity, Verdict
from .settings import Settings

if TYPE_CHECKING:
    from .entities import NameIndex

# The scorer's modules (cluster, entities, verdict and what they import) load when reconcile() first runs, so
# that reading Settings (the CLI's option defaults) costs `claimcheck --help` nothing.

__all__ = ["Entity", "Reconciliation", "Settings", "local_currencies", "local_degrees", "local_dollars", "reconcile"]


@dataclass(frozen=True)
class Reconciliation:
    groups: tuple[Group, ...]
    entities: tuple[Entity, ...]


def reconcile(
    claims: tuple[Claim, ...], articles: tuple[Article, ...], settings: Settings | None = None
) -> Reconciliation:
    """Group claims about the same fact across sources and give each group a verdict and reasons."""
    from .cluster import reconcile_claims
    from .entities import cluster_names

    settings = settings or Settings()
    with _gc_paused():
        names = cluster_names(claims, settings.name_variant_threshold)
        groups = list(reconcile_claims(claims, articles, settings, _Canonical(names).__getitem__))
        groups.extend(_name_groups(claims, names))
    order = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}
    groups.sort(key=lambda g: (order[g.verdict], g.kind == "name", g.key, g.claims[0]))
    return Reconciliation(tuple(groups), names.entities)


# A dollar sign with a country's letters glued before it ("NZ$4.6 million", "A$40 million", "US$25.7 million"), and one
# with none ("$6.4 million")
_PREFIXED_DOLLAR = re.compile(r"[A-Za-z]\$")
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")
_DOLLARS_AFTER = re.compile(r"\s*dollars?\b", re.IGNORECASE)  # "half a billion dollars": a dollar named bare, in words
_GLUED_CENTS = re.compile(r"\d[c¢]\Z")  # "4c a litre", "20¢": the hundredths of a dollar whose country is unsaid


def _bare_dollar(c: Claim) -> bool:
    """An amount in a dollar whose country is unsaid: "$6.4 million", "half a billion dollars", "4c a litre"."""
    if _PREFIXED_DOLLAR.search(c.text):
        return False
    at = c.end - c.sentence_start
    return (
        _BARE_DOLLAR.search(c.text) is not None
        or _DOLLARS_AFTER.match(c.sentence, at) is not None
        or _GLUED_CENTS.search(c.text) is not None
    )


def local_dollars(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A bare "$" (or "dollars") read as the one dollar the corpus names by its country: a story covered in New
    Zealand writes "NZ$4.6 million" in one outlet and "$6.4 million" in another, and both are New Zealand dollars (the
    extractor reads a bare "$" as the US dollar, which it is where no other is named). The story's dollar is the one
    every outlet that names a dollar names, outside a bracket that converts an amount for its readers ("A$350 million
    (NZ$385m)"): an outlet abroad gives the story's "A$389, about NZ$430" and its readers' own costs in its dollar
    ("NZ$1,400 on flights"), and its dollar is no other outlet's. Only when the corpus never writes "US$" but in such
    a bracket ("A$2 million (US$1.3 million)"), or writes it only in outlets that also write a bare "$" (an outlet
    that marks the US dollar "US$" writes its own bare: "a US$8 million ransom" beside "shares fell to $4.39"), and not
    in an outlet that names another dollar; the corpus covers one story, as ``identity.eras`` takes it to."""
    written: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if (
            c.kind == "money"
            and isinstance(c.value, Quantity)
            and c.value.unit
            and _PREFIXED_DOLLAR.search(c.text)
            # ("A$350 million (NZ$385m)", "A$2 million (US$1.3 million)": the bracket is the reader's dollar, not
            # the story's)
            and c.restates is None
        ):
            written[c.value.unit].add(c.source)
    marking_us = written.pop("USD", set())
    if marking_us and not marking_us <= {c.source for c in claims if _bare_usd(c)}:
        return claims  # an outlet that writes "US$" and no bare "$": its dollars may all be American
    naming = set().union(*written.values())
    story = [unit for unit, sources in written.items() if sources == naming]
    if len(story) != 1:
        return claims
    (local,) = story
    abroad = set().union(*(sources for unit, sources in written.items() if unit != local))
    return tuple(
        replace(c, value=replace(c.value, unit=local))
        if isinstance(c.value, Quantity) and _bare_usd(c) and c.source not in abroad
        else c
        for c in claims
    )


def _bare_usd(c: Claim) -> bool:
    """An amount the extractor read in US dollars from a bare "$" or "dollars", not converted in brackets ("K40
    million ($2m)": converted for readers abroad, in US dollars)."""
    return (
        c.kind == "money"
        and isinstance(c.value, Quantity)
        and c.value.unit == "USD"
        and c.restates is None
        and _bare_dollar(c)
    )


# Currencies the extractor reads a shared word or sign as, by default, and the others of that name that English
# names by their country: "pounds" (sterling; Egypt's, Lebanon's, Sudan's, Syria's), "rupees" and "Rs" (India's;
# Nepal's, Pakistan's, Sri Lanka's)
_NAMED_ALIKE: dict[str, tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]] = {
    # default: (the others, how the default is written as the shared name, how it is written as its own)
    "GBP": (
        frozenset({"EGP", "LBP", "SDG", "SYP"}),
        re.compile(r"\s*pounds?\b(?!\s+sterling)", re.IGNORECASE),
        re.compile(r"£|\bGBP\b|\bsterling\b", re.IGNORECASE),
    ),
    "INR": (
        frozenset({"NPR", "PKR", "LKR"}),
        re.compile(r"\s*rupees?\b", re.IGNORECASE),
        re.compile(r"₹|\bINR\b|\bIndian\b"),
    ),
}
_RS = re.compile(r"\bRs\b\.?", re.IGNORECASE)  # "Rs 200,000", "Rs. 2 lakh": rupees, the country unsaid


def _unit(c: Claim) -> str | None:
    return c.value.unit if c.kind == "money" and isinstance(c.value, Quantity) else None


def _as_shared(c: Claim, shared: re.Pattern[str], own: re.Pattern[str]) -> bool:
    """Whether an amount's currency is written as the name several countries share ("85 million pounds", "Rs
    200,000"), not as its own ("£85m", "85 million pounds sterling", "₹2 lakh", "INR 200,000")."""
    at = c.end - c.sentence_start
    if own.search(c.text) or own.search(c.sentence, at, at + 20):
        return False
    return _RS.search(c.text) is not None or shared.match(c.sentence, at) is not None


def local_alike(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The word "pounds" or "rupees" (or "Rs"), which the extractor reads as sterling or as India's rupee, read as
    the one other pound or rupee the corpus names by its country: a story covered in Egypt writes "85 million
    Egyptian pounds" in one outlet and "85 million pounds" in another, one covered in Nepal "NPR 2 lakh" and "Rs
    200,000", and each pair is one currency. Only when the corpus names exactly one such other currency, and not in
    an article that writes the default as its own anywhere ("£", "sterling"; "₹", "INR", "Indian rupees"): there the
    name may be either; nor anywhere when an article writes both by their own names ("INR 4 lakh (about NPR 6.4
    lakh)"), which tells that the story's amounts are in both."""
    out = claims
    for default, (others, shared, own) in _NAMED_ALIKE.items():
        units = [(c, _unit(c)) for c in out]
        named = {u for _, u in units if u in others}
        if len(named) != 1:
            continue
        (local,) = named
        mixed = {c.source for c, u in units if u == default and not _as_shared(c, shared, own)}
        if mixed & {c.source for c, u in units if u == local}:
            # "INR 4 lakh (about NPR 6.4 lakh)": an outlet that writes both by their own names tells the corpus
            # holds both, and another outlet's bare "Rs 68" may be either: it keeps the default reading
            continue
        out = tuple(
            replace(c, value=replace(c.value, unit=local))
            if u == default and c.source not in mixed and isinstance(c.value, Quantity)
            else c
            for c, u in units
        )
    return out


def local_currencies(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """Each currency name several countries share ("shillings", "crowns", "kroner", "pesos", "francs") read as the
    one currency of that name the corpus names by its country or code, a bare "$" as its one named dollar
    (local_dollars) and the words "pounds" and "rupees" as its one named pound or rupee (local_alike): a story
    covered in Denmark writes "DKK 310 million" in one outlet and "310 million kroner" in another, and both are
    Danish kroner. Only when the corpus names exactly one currency of that name; the corpus
    covers one story, as ``identity.eras`` takes it to."""
    from ..extract.numbers import SHARED_CURRENCIES  # (here, not at the top: `claimcheck --help` needs no tables)

    claims = local_alike(local_dollars(claims))
    named: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.kind == "money" and isinstance(c.value, Quantity) and c.value.unit is not None:
            for shared, members in SHARED_CURRENCIES.items():
                if c.value.unit in members:
                    named[shared].add(c.value.unit)
    local = {shared: next(iter(units)) for shared, units in named.items() if len(units) == 1}
    if not local:
        return claims
    return tuple(
        replace(c, value=replace(c.value, unit=local[c.value.unit]))
        if c.kind == "money" and isinstance(c.value, Quantity) and c.value.unit in local
        else c
        for c in claims
    )


_SCALES = frozenset({"°C", "°F"})


def local_degrees(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """Bare "degrees" read as the one temperature scale the corpus writes: a story covered in Turkey writes "fell to
    minus 17 degrees Celsius" in one outlet and "minus 17 degrees" in another, and both are Celsius. Only when the
    corpus writes no figure in the other scale, not even one given again in it ("16C (61F)" beside an American
    outlet's "about 61 degrees"); and not a figure hyphened to its noun ("a 12-degree slope"), most often an
    angle. In a corpus that writes Celsius, a bare 60 to 135 degrees is Fahrenheit all the same, unless the sentence
    speaks of something heated (scale_of)."""
    written = {
        c.value.unit
        for c in claims
        if c.kind == "measure" and isinstance(c.value, Quantity) and c.value.unit in _SCALES
    }
    if len(written) != 1:
        return claims
    (scale,) = written
    american = _american_outlets(claims)

    def bare(c: Claim) -> bool:
        if c.kind != "measure" or not isinstance(c.value, Quantity) or c.value.unit != "degree" or c.counted == "angle":
            return False
        at = c.end - c.sentence_start
        # (but "84-degree water", "a 100-degree day": degrees hyphened to what has a temperature)
        return c.sentence[at : at + 1] != "-" or _WARM_NOUN.match(c.sentence, at) is not None

    def scale_of(c: Claim, q: Quantity) -> str:
        # "temperatures around 75 degrees" in an American outlet's copy of a story the others tell in Celsius: no
        # day's weather or body is 60-135 degrees Celsius, and 60-135 Fahrenheit is a warm day or a fever (but mud,
        # water or an oven may be, "measured the mud at 97 degrees", and an angle is no temperature)
        v = q.value if q.value is not None else q.low if q.low is not None else q.high
        heated = _HEATED.search(c.sentence, 0, max(0, c.start - c.sentence_start)) is not None
        if scale == "°C" and c.source in american and not heated:
            return "°F"  # "the temperature at the pass was about 52 degrees" in a paper of feet, miles and dollars
        if scale != "°C" or v is None or not 60 < v < 135:
            return scale
        return scale if heated else "°F"

    return tuple(
        replace(
            c,
            value=replace(c.value, unit=scale_of(c, c.value)),
            counted="temperature" if c.counted == "degree" else c.counted,
        )
        if bare(c) and isinstance(c.value, Quantity)
        else c
        for c in claims
    )


# The units an American outlet writes its own figures in, and the metric ones it does not (_american_outlets)
_CUSTOMARY = frozenset({"ft", "mi", "mph", "in", "lb", "gal", "yd", "°F"})
_METRIC = frozenset({"m", "km", "km/h", "cm", "mm", "kg", "t", "l", "°C", "kilometre", "metre"})


def _american_outlets(claims: tuple[Claim, ...]) -> frozenset[str]:
    """The outlets that write as American papers do: their measures in feet, miles or pounds and never in metric units,
    and their money in US dollars and no other currency. Such a paper's bare "degrees" are Fahrenheit, whatever scale
    the rest of the corpus writes (a British paper writes feet and miles too, but pounds sterling and Celsius)."""
    measures: dict[str, set[str]] = defaultdict(set)
    money: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.kind in ("measure", "money") and isinstance(c.value, Quantity) and c.value.unit and c.restates is None:
            (measures if c.kind == "measure" else money)[c.source].add(c.value.unit)
    return frozenset(
        source
        for source, told in measures.items()
        if told & _CUSTOMARY and not told & _METRIC and money.get(source) == {"USD"}
    )


# Degrees hyphened to a noun of what has a temperature, not of an angle ("84-degree water", "100-degree heat", "a
# 90-degree day"; not "a 12-degree slope", "a 180-degree turn")
_WARM_NOUN = re.compile(
    r"-degrees?\s+(?:water|heat|weather|days?|afternoons?|nights?|temperatures?|temps|air|sunshine)\b", re.IGNORECASE
)
# Words of things heated, or of an angle, before bare degrees in their sentence (local_degrees): "the mud at 97
# degrees" (not "hit 94 degrees, and he may break into a home for water")
_HEATED = re.compile(
    r"\b(?:water|mud|oven|steam|boil\w*|springs?|lava|sea|lake|river|oil|metal|fire|angle|turn\w*|tilt\w*|list\w*"
    r"|rotat\w*|slope|heading|bearing)\b",
    re.IGNORECASE,
)


class _Canonical(dict[str, str]):
    """``NameIndex.canonical`` remembered per name as written, read as one dict lookup: scoring, blocking and the
    guards ask it some 310,000 times of 100,000 claims (each entity of a claim several times over), for under 5,000
    names (measured: 0.1 s of reconciling 100,000 claims)."""

    def __init__(self, names: NameIndex) -> None:
        super().__init__()
        self.names = names

    def __missing__(self, name: str) -> str:
        got = self[name] = self.names.canonical(name)
        return got


def _misspelt(spelt: dict[str, set[str]], variants: list[str]) -> str | None:
    """The spelling of a person's name that one outlet alone gives, where two outlets or more give one other
    spelling ("Alan Pryce" in two, "Alan Price" in one): a slip to check, not a transliteration (those come in
    several spellings, or one to an outlet: "Bizinjo", "Bizenjo"), nor an accent dropped ("Ilić", "Ilic")."""
    from .entities import unaccented

    if len(variants) != 2:
        return None
    few, many = sorted(variants, key=lambda v: (len(spelt[v]), v))
    if len(spelt[few]) != 1 or len(spelt[many]) < 2 or unaccented(few) == unaccented(many):
        return None
    return few


def _titles_folded(spelt: dict[str, set[str]], variants: list[str]) -> tuple[dict[str, set[str]], list[str]]:
    """The spellings of a name with those written after a title or an office folded into the name they end with
    ("County Clerk Janet Pruitt" is "Janet Pruitt" written with her office): one spelling, however many words come
    before it; and so with a middle name written in full ("Dale Everett Roarke" is "Dale Roarke" with his middle
    name)."""
    folded: dict[str, set[str]] = {}
    for v in sorted(variants, key=lambda v: (len(v.split()), v)):
        words = v.split()
        into = next((u for u in folded if words[-len(u.split()) :] == u.split() or _middle_added(u, words)), v)
        folded.setdefault(into, set()).update(spelt[v])
    return folded, list(folded)


def _middle_added(name: str, words: list[str]) -> bool:
    """Whether ``words`` are a name of two words with one or two middle names put in ("Dale Roarke", "Dale Everett
    Roarke")."""
    two = name.split()
    return len(two) == 2 and 3 <= len(words) <= 4 and words[0] == two[0] and words[-1] == two[1]


def _other_given_name(variants: list[str]) -> bool:
    """Two names of one person that share the surname and not the first name ("Dana Whitlock", "Diane Whitlock",
    one office's holder in different outlets; see entities._one_office_apart)."""
    a, b = (v.split() for v in variants)
    return len(a) == len(b) == 2 and a[1] == b[1] and a[0] != b[0]


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector: reconciling allocates millions of small tuples and no
    cycles, and with the collector on, its repeated passes over the growing heap cost an eighth of the time.
    Whatever was collectable is collected as usual once the collector runs again."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _name_groups(claims: tuple[Claim, ...], names: NameIndex) -> list[Group]:
    from .verdict import gid

    by_entity: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "name" and isinstance(c.value, str):
            eid = names.entity(c.value)
            if eid:
                by_entity[eid].append(c)
    entities = {e.id: e for e in names.entities}
    out: list[Group] = []
    for eid, members in sorted(by_entity.items()):
        ent = entities[eid]
        members.sort(key=lambda c: (c.source, c.start, c.id))
        sources = tuple(sorted({c.source for c in members}))
        spelt: dict[str, set[str]] = defaultdict(set)
        for c in members:
            spelt[str(c.value)].add(c.source.split("_")[0])
        variants = [v for v in spelt if v in ent.variants]
        verdict: Verdict
        finding = None
        if len(variants) >= 2 and len({s for v in variants for s in spelt[v]}) >= 2:
            # Another word in a name ("Office of / for Police Conduct") is a wrong name in one of them; another
            # spelling of a word ("Bizinjo" / "Bizenjo", "Baluchistan" / "Balochistan") is often a transliteration
            # or a slip: one name, compatible, and still said.
            parts = sorted(((sorted(spelt[v]), v) for v in variants), key=lambda x: (len(x[0]), x[0]))
            who = "; ".join(f"{', '.join(s)} write{'s' if len(s) == 1 else ''} '{v}'" for s, v in parts)
            finding = "name_variant"
            if eid in names.reworded:
                verdict, confidence = "conflict", 0.9
                reason = f"name written with different words: {who}"
            elif ent.label == "PERSON" and (odd := _misspelt(*(folded := _titles_folded(spelt, variants)))) is not None:
                verdict, confidence = "conflict", 0.8
                how = (
                    "gives a person another first name than"
                    if _other_given_name(folded[1])
                    else "spells a person's name unlike"
                )
                reason = (
                    f"one outlet {how} the others: {who}; a name told alike by several outlets"
                    f" and otherwise by one only is most often that one's slip ('{odd}')"
                )
            else:
                verdict, confidence = "compatible", 0.9
                reason = f"one name spelt two ways: {who}"
        elif len(sources) == 1:
            verdict, confidence = "single", 1.0
            reason = f"{ent.label.lower()} '{ent.name}' named only in {sources[0].split('_')[0]}"
        else:
            verdict, confidence = "agree", 1.0
            reason = f"{ent.label.lower()} '{ent.name}' named alike in {len(sources)} sources"
            if len(spelt) > 1:
                reason += "; also written " + ", ".join(f"'{v}'" for v in sorted(spelt) if v != ent.name)
        if ent.aliases:
            reason += "; aliases: " + ", ".join(ent.aliases)
        out.append(
            Group(
                id=gid([c.id for c in members]),
                kind="name",
                key=f"name:{ent.name}",
                verdict=verdict,
                claims=tuple(c.id for c in members),
                sources=sources,
                reason=reason,
                confidence=confidence,
                finding=finding,
            )
        )
    return out
