"""Score claimcheck's date normaliser on Duckling's English time corpus.

Usage: PYTHONPATH=src python bench/eval_dates.py [time_en.json] [--misses N] [--tense future|none]

In scope: cases whose expected grain is day, week, month, quarter or year, outside section latentCorpus
(those need Duckling's "latent" option), and not open intervals ("since 2014", "before 2014"): DateValue
has no open ends, so open intervals are scored apart (reported, not counted in the ratio).

Right means: for an instant, our start equals Duckling's value (its date) and our grain equals its grain;
for an interval, our start and end (exclusive) equal Duckling's start and end_exclusive dates.

The reference date is the date part of each case's reference_time. Duckling resolves toward the future
(it is an assistant's parser: "friday" is the next Friday), so the score is taken with tense="future";
the figure with tense=None (claimcheck's default, the reference's year / the last weekday) is printed too.
time_en_negative.json (texts that must give no time) is run through parse_date and find_dates.

Times of day are scored apart (not in the ratio above): Duckling's instants of grain Hour or Minute, outside
latentCorpus. "clock right" means our value is a time of day (grain "minute") with Duckling's HH:MM; "day too"
also needs its date. Duckling moves a time that has passed at the reference to the next day and converts
zones to the reference's; claimcheck keeps the reference's day and the stated clock, so "day too" is lower.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck.extract.dates import find_dates, parse_date

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = Path("/work/shared/eval/duckling/time_en.json")
FIXTURE = ROOT / "fixtures" / "duckling" / "time_en.json"
# Festivals of lunar / lunisolar calendars (Islamic, Hebrew, Hindu, Chinese, Buddhist, Parsi, ...), which the
# normaliser takes from holiday_table.py (bench/gen_holidays.py). Used only to print a breakdown; they stay in
# the main figure.
LUNAR = re.compile(
    r"eid|ramadan|adha|bakr|sacrifice|jayanti|pongal|diwali|deepavali|puja|chinese|yom|rosh|hanuk|chanuk|hannuk|"
    r"passover|succos|ingathering|shavuot|mawlid|laylat|night of|islamic|amun|ashura|bishvat|jamat|jumu|isra|"
    r"prophet|night journey|heaven|dhan|chaudas|dooj|chhath|surya|saptami|dussehra|vijaya|navaratri|karva|"
    r"ratha|rakhi|mahav|shivaratri|sankrant|bogi|vaisakhi|baisakhi|vasakhi|vaishakhi|onam|panchami|holi|"
    r"krishna|gokul|dhulandi|phagwah|parsi|navroz|vesak|vaisakha|buddha|purim|gobind|govind|koningsdag|"
    r"king's day|rabindra|ravidas|valmiki|pargat|ganesh|rama navami|ugadi|samvat|chaitra|kamudu|maghi|"
    r"shemini|simchat|tisha|lag b|hashoah|holocaust|haatzmaut|lakshmi|shushan",
    re.I,
)
GRAINS = {"Day": "day", "Week": "week", "Month": "month", "Quarter": "quarter", "Year": "year"}


def load(path: Path | None = None) -> list[dict[str, Any]]:
    p = path or (DEFAULT if DEFAULT.exists() else FIXTURE)
    data: list[dict[str, Any]] = json.loads(p.read_text(encoding="utf-8"))
    return data


def in_scope(case: dict[str, Any]) -> bool:
    ev = case["expected_value"]
    return case.get("section") != "latentCorpus" and ev.get("grain") in GRAINS and ev["type"] in ("instant", "interval")


def ref_of(case: dict[str, Any]) -> date:
    return date.fromisoformat(case["reference_time"][:10])


def judge(case: dict[str, Any], tense: str | None = "future") -> tuple[bool, str]:
    """(right, what we gave) for one in-scope case."""
    ev = case["expected_value"]
    got = parse_date(case["text"], ref_of(case), tense=tense)
    shown = "None" if got is None else f"{got.start}..{got.end} {got.grain}"
    if got is None:
        return False, shown
    if ev["type"] == "instant":
        return got.start.isoformat() == ev["value"][:10] and got.grain == GRAINS[ev["grain"]], shown
    same = got.start.isoformat() == ev["start"][:10] and got.end.isoformat() == ev["end_exclusive"][:10]
    return same, shown


def score_times(cases: list[dict[str, Any]]) -> tuple[int, int, int, list[str]]:
    """(clock right, clock and day right, total, misses) over Duckling's time-of-day instants."""
    clock = both = total = 0
    misses: list[str] = []
    for c in cases:
        ev = c["expected_value"]
        if c.get("section") == "latentCorpus" or ev["type"] != "instant" or ev.get("grain") not in ("Hour", "Minute"):
            continue
        total += 1
        got = parse_date(c["text"], ref_of(c), tense="future")
        iso = got.iso() if got is not None and got.minute is not None else None
        if iso is not None and iso[-5:] == ev["value"][11:16]:
            clock += 1
            both += iso[:10] == ev["value"][:10]
        else:
            misses.append(f"{c['text']!r}: want {ev['value'][:16]}, got {iso or (got and got.iso())}")
    return clock, both, total, misses


def expected_text(ev: dict[str, Any]) -> str:
    if ev["type"] == "interval":
        return f"{ev['start'][:10]}..{ev['end_exclusive'][:10]} {ev['grain']}"
    return f"{ev['type']} {ev['value'][:10]} {ev['grain']}"


Score = tuple[int, int, list[str], Counter[str], Counter[str]]


def score(cases: list[dict[str, Any]], tense: str | None = "future") -> Score:
    right = total = 0
    misses: list[str] = []
    per_ok: Counter[str] = Counter()
    per_all: Counter[str] = Counter()
    for c in cases:
        if not in_scope(c):
            continue
        total += 1
        ok, shown = judge(c, tense)
        key = f"{c['expected_value']['type']}:{c['expected_value']['grain']}"
        per_all[key] += 1
        if ok:
            right += 1
            per_ok[key] += 1
        else:
            misses.append(f"{c['text']!r}: want {expected_text(c['expected_value'])}, got {shown}")
    return right, total, misses, per_ok, per_all


def negatives(path: Path) -> tuple[int, int, list[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    bad: list[str] = []
    for c in data:
        ref = ref_of(c)
        hits = [m.text for m in find_dates(c["text"], ref)]
        got = parse_date(c["text"], ref)
        if got is not None or hits:
            bad.append(f"{c['text']!r}: parse={got and got.iso()} find={hits}")
    return len(bad), len(data), bad


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    n_miss = 25
    for a in argv:
        if a.startswith("--misses="):
            n_miss = int(a.split("=", 1)[1])
    path = Path(args[0]) if args else (DEFAULT if DEFAULT.exists() else FIXTURE)
    cases = load(path)
    right, total, misses, per_ok, per_all = score(cases, "future")
    print(
        f"duckling calendar times: {right}/{total} right ({100 * right / max(total, 1):.1f}%) "
        f"[in scope: {total} of {len(cases)}]  ({path})"
    )
    for key in sorted(per_all):
        print(f"  {key:20s} {per_ok[key]:4d}/{per_all[key]:<4d} ({100 * per_ok[key] / per_all[key]:.0f}%)")
    solar = [c for c in cases if not LUNAR.search(c["text"])]
    rs, ts, _, _, _ = score(solar, "future")
    print(
        f"  of which outside lunar/lunisolar festivals: {rs}/{ts} "
        f"({100 * rs / max(ts, 1):.1f}%); those festivals: {right - rs}/{total - ts}"
    )
    r0, t0, _, _, _ = score(cases, None)
    print(f"same cases with tense=None (claimcheck's default): {r0}/{t0} ({100 * r0 / max(t0, 1):.1f}%)")
    opens = [
        c
        for c in cases
        if c.get("section") != "latentCorpus"
        and c["expected_value"]["type"].startswith("open")
        and c["expected_value"].get("grain") in GRAINS
    ]
    print(
        f"open intervals (scored apart, not modelled): {len(opens)} cases, e.g. "
        + ", ".join(repr(c["text"]) for c in opens[:4])
    )
    tc, tb, tt, tmiss = score_times(cases)
    print(
        f"times of day (scored apart): clock right {tc}/{tt} ({100 * tc / max(tt, 1):.1f}%), "
        f"day too {tb}/{tt}; e.g. missed: " + "; ".join(tmiss[:6])
    )
    print(f"sample of misses ({len(misses)}):")
    for line in misses[:n_miss]:
        print("  " + line)
    neg = path.with_name("time_en_negative.json")
    if not neg.exists():
        neg = FIXTURE.with_name("time_en_negative.json")
    nbad, ntot, bad = negatives(neg)
    print(f"negatives: {nbad}/{ntot} wrongly give a date")
    for line in bad:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
