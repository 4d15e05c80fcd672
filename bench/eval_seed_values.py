"""Is every member of every gold fact covered by a claim whose value equals the gold value?

    python bench/eval_seed_values.py [SEEDS_JSON] [CORPUS]

Defaults: fixtures/seed/seeds.json and corpus/. A member {source, token, value} is covered when a claim of
that source overlaps an occurrence of the token and its value, written as the gold writes it, is equal:
17 for an exact count, ">12" for "more than a dozen", "2016-11" or "2014/2015" for dates (F10 and F11
are intervals).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import claimcheck
from claimcheck.types import Claim, DateValue, Quantity

ROOT = Path(__file__).resolve().parent.parent


def gold_form(c: Claim) -> str | None:
    """The claim's value written the way seeds.json writes values."""
    v = c.value
    if isinstance(v, DateValue):
        return v.iso()
    if isinstance(v, Quantity):
        if v.value is not None and (v.is_point or v.whole is not None):
            return str(v.value)
        if v.value is None and v.low is not None and v.high is None:
            return f"{'>=' if v.low_inclusive else '>'}{v.low}"
        return v.describe()
    return None


def main() -> int:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "fixtures" / "seed" / "seeds.json"
    corpus = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "corpus"
    gold = json.loads(seeds.read_text(encoding="utf-8"))
    result = claimcheck.scan([corpus], cache=False)
    texts = {a.id: a.text for a in result.articles}
    total = right = 0
    for fact in gold["facts"]:
        for m in fact["members"]:
            total += 1
            want = str(m["value"])
            got = []
            for c in result.claims:
                if not c.source.startswith(m["source"]) or c.kind == "name":
                    continue
                text, tok = texts[c.source], m["token"]
                i = text.find(tok)
                while i >= 0 and not (c.start < i + len(tok) and i < c.end):
                    i = text.find(tok, i + 1)
                if i >= 0:
                    got.append(gold_form(c))
            ok = want in got
            right += ok
            if not ok:
                print(f"  {fact['id']} {m['source']} {m['token']!r}: gold {want}, claims {got}")
    print(f"seed corpus: {right}/{total} gold members covered by a claim with the gold value")
    return 0 if right == total else 1


if __name__ == "__main__":
    sys.exit(main())
