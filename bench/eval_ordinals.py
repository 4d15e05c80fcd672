"""Measure the ordinal reader on Duckling's English ordinal corpus.

Usage: python bench/eval_ordinals.py [ordinal_en.json]

Duckling's ordinals (facebook/duckling, BSD; Duckling/Ordinal/EN/Corpus.hs): every ``text`` ("third",
"31st", "twenty-fifth", "fortysecond") is read with ``parse_ordinal`` and compared with ``expected_value``.
Target: at least 95 %.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimcheck.extract.numbers import parse_ordinal  # noqa: E402

DATA = Path("/work/shared/eval/duckling/ordinal_en.json")


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DATA
    if not path.exists():
        print("duckling ordinals: no data file found")
        return 2
    data = json.loads(path.read_text(encoding="utf-8"))
    misses = []
    for item in data:
        got = parse_ordinal(item["text"])
        if got != item["expected_value"]:
            misses.append(f"  {item['text']!r}: expected {item['expected_value']}, got {got}")
    right = len(data) - len(misses)
    pct = 100.0 * right / len(data) if data else 0.0
    print(f"duckling ordinals: {right}/{len(data)} right ({pct:.1f}%)  [{path}]")
    print("\n".join(misses))
    return 0 if pct >= 95.0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
