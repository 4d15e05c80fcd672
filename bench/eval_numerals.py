"""Measure the quantity normaliser on peer test corpora.

Usage: python bench/eval_numerals.py [numeral_en.json] [spellout_values.json]

- Duckling's English numerals (facebook/duckling, BSD): every ``text`` is read with ``parse_quantity``
  and its ``value`` compared with ``expected_value``. Target: at least 95 %.
- quantulum3's spell-out values (nielstron/quantulum3, MIT), reported, no target: a text with one
  expected value is read with ``parse_quantity``, one with several with ``find_quantities``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimcheck.extract.numbers import find_quantities, parse_quantity  # noqa: E402

SHARED = Path("/work/shared/eval")
DUCKLING = [SHARED / "duckling" / "numeral_en.json", ROOT / "fixtures" / "duckling" / "numeral_en.json"]
SPELLOUT = [SHARED / "quantulum3" / "spellout_values.json"]
TOL = 1e-9


def _first(paths: list[Path]) -> Path | None:
    return next((p for p in paths if p.exists()), None)


def _close(a: Any, b: Any) -> bool:
    return a is not None and b is not None and abs(float(a) - float(b)) <= TOL * max(1.0, abs(float(b)))


def duckling(path: Path) -> tuple[int, int, list[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    right, misses = 0, []
    for item in data:
        q = parse_quantity(item["text"])
        got = None if q is None else q.value
        if _close(got, item["expected_value"]):
            right += 1
        else:
            misses.append(f"  {item['text']!r}: expected {item['expected_value']}, got {got}")
    return right, len(data), misses


def spellout(path: Path) -> tuple[int, int, list[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    right, misses = 0, []
    for item in data:
        want = item["expected_values"]
        if len(want) == 1:
            q = parse_quantity(item["text"])
            got = [] if q is None else [q.value]
        else:
            got = [m.quantity.value for m in find_quantities(item["text"])]
        if len(got) == len(want) and all(_close(g, w) for g, w in zip(got, want, strict=True)):
            right += 1
        else:
            misses.append(f"  {item['text']!r}: expected {want}, got {got}")
    return right, len(data), misses


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else _first(DUCKLING)
    if path is None or not path.exists():
        print("duckling numerals: no data file found")
        return 2
    right, total, misses = duckling(path)
    pct = 100.0 * right / total if total else 0.0
    print(f"duckling numerals: {right}/{total} right ({pct:.1f}%)  [{path}]")
    print("\n".join(misses))
    sp = Path(argv[2]) if len(argv) > 2 else _first(SPELLOUT)
    if sp is not None and sp.exists():
        r2, t2, m2 = spellout(sp)
        print(f"quantulum3 spell-out values: {r2}/{t2} right ({100.0 * r2 / t2 if t2 else 0.0:.1f}%)  [{sp}]")
        print("\n".join(m2))
    return 0 if pct >= 95.0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
