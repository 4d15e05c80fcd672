"""Fuzz claimcheck for N minutes: the normalisers, extraction and reconciliation on hostile text and records.

Usage:
    python bench/fuzz.py --minutes 10 [--seed 0] [--timeout 20] [--out failures.jsonl]

Each case is one of:
- ``parse_quantity`` / ``parse_date`` on a text made of news pieces ("16 of the 17", "last Tuesday", "£4bn") and
  hostile pieces (hundreds of digits, escape sequences, odd Unicode digits, NaN);
- ``extract_text`` on such a text, often long (up to ~20k characters);
- ``reconcile`` of a claims file whose good records have fields replaced by random JSON (NaN, deep nesting,
  huge numbers, wrong types).

Checks for each: no exception but ClaimcheckError (a crash); no case runs over ``--timeout`` seconds (a hang);
``text == source[start:end]`` and ``sentence == source[sentence_start:sentence_end]`` for every claim, the same
output twice, and a ledger that is strict JSON (invariant violations). Deterministic for a seed. Prints a summary
line every minute and the totals at the end; each failure goes to ``--out`` as a JSON line with its input.
Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

NEWSY = (
    "17|1,234|3.5|2.5m|£4bn|$1.2 million|40%|12 per cent|half|a dozen|seventeen|twenty-one|hundreds|between 10 and 20|"
    "more than 300|all but one|16 of the 17|aged 45|45-year-old|on 12 March 2021|last Tuesday|in 2019|the 1990s|"
    "at 9:20 p.m.|two years ago|five hours|50 metres (165 feet)|-3C|3,000 km|1e10|0.000001|Mr Smith|said|police|"
    "people|were killed|injured|the mayor|according to officials|about|nearly|at least|up to|Police said|"
    "The death toll rose to|A spokesman said|on Friday|last year|since 2015|from 2010 to 2014|per hour|mph"
).split("|")
HOSTILE = [
    "9" * 309,
    "7" * 400,
    "1" * 5000,
    "." * 30,
    "\x1b]0;x\x07",
    "\x1b]52;c;ZXZpbA==\x07",
    "\x1b[2J",
    "\x1b[8m",
    "\x9b31m",
    "\x00",
    "\r",
    "\t",
    "\u202e",
    "\ufeff",
    "𝟙𝟚",
    "١٢٣",
    "½",
    "⅓",
    "Ⅻ",
    "٫",
    "NaN",
    "Infinity",
    "-0",
    "--",
    "date 2024-02-30\n",
    "date 9999-12-31T23:59\n",
    "0x1F",
    "1_000",
    "\u00a0",
    "\u2009",
    "\u200b",
    "\n" * 5,
    "[reverse]",
    "$$$",
    "%%%",
    "(((",
    ")))",
    "“",
    "”",
    "'",
    "'s",
    "—",
    "–",
]
PIECES = NEWSY * 3 + HOSTILE


class Hang(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Hang


def text_case(rng: random.Random, long: bool = False) -> str:
    n = rng.randint(200, 3000) if long else rng.randint(0, 30)
    parts = []
    for _ in range(n):
        parts.append(rng.choice(PIECES))
        parts.append(rng.choice((" ", " ", " ", "", ". ", ".\n", "\n\n", ", ")))
    if rng.random() < 0.1:
        parts.insert(0, f"date {date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))}\n")
    return "".join(parts)


def json_value(rng: random.Random, depth: int = 0) -> Any:
    r = rng.random()
    if depth > 3 or r < 0.5:
        return rng.choice(
            [None, True, False, 0, -1, 10**400, 1.5, math.nan, math.inf, "", "12", "banana", "police", "count", [], {}]
        )
    if r < 0.55:
        return [[[[[[]]]]]]
    if r < 0.8:
        return [json_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(["value", "low", "high", "start", "grain", "x"]): json_value(rng, depth + 1) for _ in range(3)}


FIELDS = (
    "id source kind text start end sentence sentence_start sentence_end value interval modifiers entities hedges "
    "negated tense block counted claimant type"
).split()


def records_case(rng: random.Random) -> list[str]:
    lines = []
    for i in range(rng.randint(1, 8)):
        n = rng.randint(0, 50)
        s = f"Police said {n} people were hurt."
        d: dict[str, Any] = {
            "type": "claim", "id": f"s{i % 3}:count:{i}", "source": f"s{i % 3}", "kind": "count", "text": str(n),
            "start": 12, "end": 12 + len(str(n)), "sentence": s, "sentence_start": 0, "sentence_end": len(s),
            "value": n, "counted": "person", "modifiers": [], "entities": [], "hedges": [],
        }  # fmt: skip
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            d[rng.choice(FIELDS)] = json_value(rng)
        r = rng.random()
        if r < 0.03:
            lines.append("[" * 100_000 + "]" * 100_000)  # nested far deeper than a parser recurses
        elif r < 0.06:
            lines.append(json.dumps(d)[: rng.randint(0, 80)])  # a line cut short
        else:
            lines.append(json.dumps(d))  # NaN and Infinity as Python writes them
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--timeout", type=int, default=20, help="seconds a case may take before it counts as a hang")
    ap.add_argument("--out", default="fuzz-failures.jsonl")
    a = ap.parse_args()

    import claimcheck
    from claimcheck.api import reconcile_jsonl
    from claimcheck.errors import ClaimcheckError
    from claimcheck.ledger import claims_to_jsonl, iter_ledger, loads

    nlp = claimcheck.load_model()
    rng = random.Random(a.seed)
    signal.signal(signal.SIGALRM, _alarm)
    counts: Counter[str] = Counter()
    failures = Counter[str]()
    out = open(a.out, "w", encoding="utf-8")  # noqa: SIM115 - open for the whole run
    tmp = Path(tempfile.mkdtemp(prefix="claimcheck-fuzz-"))
    start = time.monotonic()
    next_report = start + 60

    def fail(kind: str, case: str, data: Any, why: str) -> None:
        failures[kind] += 1
        out.write(json.dumps({"failure": kind, "case": case, "input": data, "why": why[-2000:]}) + "\n")
        out.flush()

    def run(fn: Any, *args: Any) -> tuple[str, Any]:
        try:
            return "ok", fn(*args)
        except ClaimcheckError as e:
            return "error", str(e)

    while time.monotonic() - start < a.minutes * 60:
        case = rng.choice(("quantity", "date", "extract", "extract", "reconcile"))
        counts[case] += 1
        data: Any = None
        signal.alarm(a.timeout)
        try:
            if case == "quantity":
                data = text_case(rng)
                first = run(claimcheck.parse_quantity, data)
                if first != run(claimcheck.parse_quantity, data):
                    fail("nondeterministic", case, data, "two runs differ")
                elif first[0] == "ok" and first[1] is not None:
                    repr(first[1])
                    first[1].describe()
            elif case == "date":
                data = text_case(rng)
                ref = None if rng.random() < 0.3 else date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
                first = run(claimcheck.parse_date, data, ref)
                if first != run(claimcheck.parse_date, data, ref):
                    fail("nondeterministic", case, data, "two runs differ")
                elif first[0] == "ok" and first[1] is not None:
                    first[1].iso()
            elif case == "extract":
                data = text_case(rng, long=rng.random() < 0.2)
                first = run(claimcheck.extract_text, "fuzz", data, nlp)
                if first != run(claimcheck.extract_text, "fuzz", data, nlp):
                    fail("nondeterministic", case, data, "two runs differ")
                elif first[0] == "ok":
                    for c in first[1]:
                        if data[c.start : c.end] != c.text or data[c.sentence_start : c.sentence_end] != c.sentence:
                            fail("offsets", case, data, f"claim {c.id}: {c.text!r}")
                        c.value_text()
                    "".join(claims_to_jsonl(first[1]))
            else:
                data = records_case(rng)
                path = tmp / "claims.jsonl"
                path.write_text("\n".join(data) + "\n", encoding="utf-8")
                first = run(reconcile_jsonl, [path])
                if first[0] == "ok":
                    ledger = "".join(iter_ledger(first[1]))
                    loads(ledger)
                    again = run(reconcile_jsonl, [path])
                    if again[0] != "ok" or "".join(iter_ledger(again[1])) != ledger:
                        fail("nondeterministic", case, data, "two runs differ")
        except Hang:
            fail("hang", case, data, f"over {a.timeout} s")
        except Exception:  # noqa: BLE001 - a crash is what we look for
            fail("crash", case, data, traceback.format_exc())
        finally:
            signal.alarm(0)
        if time.monotonic() >= next_report:
            next_report += 60
            print(f"[{(time.monotonic() - start) / 60:4.1f} min] cases {sum(counts.values())} {dict(counts)} "
                  f"failures {dict(failures)}", file=sys.stderr, flush=True)  # fmt: skip
    out.close()
    total = sum(counts.values())
    print(
        f"{total} cases in {a.minutes:g} min (seed {a.seed}): {dict(counts)}; "
        f"crashes {failures['crash']}, hangs {failures['hang']}, "
        f"invariant violations {failures['offsets'] + failures['nondeterministic']}"
    )
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
