"""Measure find_quantities' values and units on quantulum3's quantity sentences.

Usage: python bench/eval_quantities.py [quantities.json] [-v]

quantulum3 (nielstron/quantulum3, MIT) lists, for each sentence, the quantities it holds as
``{value, unit, surface}``. Every expected quantity counts as right when one match of
``find_quantities(sentence)`` has the same value and the same unit:

- quantulum3's unit names are mapped to claimcheck's normalised units (``UNIT_NAMES``); "dimensionless"
  is a bare number (unit None); a unit with no entry in the table is one claimcheck does not read (exotic
  physics units) and the item is scored as a miss unless the match also has no known unit mapping.
- A range's value is its midpoint (quantulum3 reports "10-15 exabytes" as 12.5); an open bound's is the
  bound (quantulum3 reads "up to 4,000 km" as 4000).
- A share claimcheck gives in percent ("two thirds" -> 66.67 %) equals quantulum3's dimensionless
  fraction (0.6667) to two decimals of a percent.

Reported: items right / items expected (recall), matches that match no expected item (extra), and
sentences with every item right and nothing extra. No target: it is a before/after measure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimcheck.extract.numbers import find_quantities  # noqa: E402
from claimcheck.types import Quantity  # noqa: E402

DATA = Path("/work/shared/eval/quantulum3/quantities.json")

UNIT_NAMES: dict[str, str | None] = {
    "dimensionless": None,
    "percentage": "%",
    "metre": "m",
    "kilometre": "km",
    "centimetre": "cm",
    "millimetre": "mm",
    "mile": "mi",
    "inch": "in",
    "foot": "ft",
    "square kilometre": "km2",
    "square mile": "mi2",
    "square metre": "m2",
    "cubic kilometre": "km3",
    "kilometre per hour": "km/h",
    "mile per hour": "mph",
    "kilogram": "kg",
    "milligram": "mg",
    "gram": "g",
    "tonne": "t",
    "pound-mass": "lb",
    "litre": "l",
    "centilitre": "cl",
    "cubic centimetre": "ml",
    "gallon": "gal",
    "degree Celsius": "°C",
    "degree fahrenheit": "°F",
    "pound sterling": "GBP",
    "dollar": "USD",
    "euro": "EUR",
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "watt hour": "Wh",
    "megawatt hour": "MWh",
    "electronvolt": "eV",
    "teraelectronvolt": "TeV",
    "gigahertz": "GHz",
    "megabyte": "MB",
    "exabyte": "EB",
    "byte": "B",
}
TOL = 1e-6


def _point(q: Quantity) -> float | None:
    """The figure as written: the value, a range's midpoint, or an open bound ("up to 4,000 km" -> 4000)."""
    if q.value is not None:
        return float(q.value)
    if q.low is not None and q.high is not None:
        return (float(q.low) + float(q.high)) / 2
    bound = q.low if q.low is not None else q.high
    return None if bound is None else float(bound)


def _same(q: Quantity, value: float, unit: str | None) -> bool:
    got = _point(q)
    if got is None:
        return False
    if q.unit == "%" and unit is None:
        return abs(got - 100 * value) <= 0.01
    return q.unit == unit and abs(got - value) <= TOL * max(1.0, abs(value))


def score(data: list[dict[str, Any]], verbose: bool) -> tuple[int, int, int, int, int]:
    right = expected = extra = whole = 0
    for item in data:
        ms = find_quantities(item["req"])
        used: set[int] = set()
        ok = 0
        lines = []
        for r in item["res"]:
            unit = UNIT_NAMES.get(r["unit"], "?" + r["unit"])
            hit = next(
                (i for i, m in enumerate(ms) if i not in used and _same(m.quantity, float(r["value"]), unit)), None
            )
            if hit is not None:
                used.add(hit)
                ok += 1
            else:
                lines.append(f"    missing {r['value']} {unit!s} ({r['surface']!r})")
        xs = [m for i, m in enumerate(ms) if i not in used]
        lines += [f"    extra   {m.text!r}: {m.quantity.describe()}" for m in xs]
        right += ok
        expected += len(item["res"])
        extra += len(xs)
        whole += ok == len(item["res"]) and not xs
        if verbose and lines:
            print(repr(item["req"]))
            print("\n".join(lines))
    return right, expected, extra, whole, len(data)


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "-v"]
    path = Path(args[0]) if args else DATA
    if not path.exists():
        print("quantulum3 quantities: no data file found")
        return 2
    data = json.loads(path.read_text(encoding="utf-8"))
    right, expected, extra, whole, n = score(data, "-v" in argv)
    print(
        f"quantulum3 quantities: value+unit {right}/{expected} ({100.0 * right / expected:.1f}%), "
        f"extra {extra}, sentences all right {whole}/{n}  [{path}]"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
