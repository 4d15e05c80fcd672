"""Generate src/claimcheck/extract/holiday_table.py: dates of festivals on lunar / lunisolar calendars.

claimcheck computes Gregorian holidays (Easter, Thanksgiving, ...) itself; festivals of the Islamic, Hebrew,
Chinese and Hindu calendars need astronomical tables or long calendar arithmetic, so they are tabulated once
here and shipped as a small data module (no runtime dependency). Sources (all offline, MIT/BSD-style):

- Islamic: ``hijridate`` (Umm al-Qura calendar, the Saudi civil calendar; 1343-1500 AH = 1924-2077).
- Hebrew: ``convertdate.hebrew`` (exact arithmetic), 1900-2100, with the Israeli postponement rules for
  Yom HaShoah (since 1951) and Yom HaAtzmaut (since 1949) and Tisha B'Av's postponement from Shabbat.
- Chinese: ``lunardate`` (Hong Kong Observatory tables), 1900-2099.
- Hindu / Sikh / Bengali: the ``holidays`` package's Indian tables (timeanddate.com, 2001-2035).
- Vesak: the ``holidays`` package's Buddhist table (1901-2100).

Each table lists the civil (Gregorian) date of the festival's main day; an entry ``YYYYMMDD/N`` is a span of N
days. Offsets (Yom Kippur = Rosh Hashanah + 9, Bhai Dooj = Diwali + 2, ...) and the Hebrew eve convention are
applied in dates.py.

Usage: pip install holidays convertdate hijridate lunardate; python bench/gen_holidays.py
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

import lunardate
from convertdate import hebrew
from hijridate import Hijri
from holidays.calendars.buddhist import _BuddhistLunisolar
from holidays.calendars.hindu import _HinduLunisolar

OUT = Path(__file__).resolve().parent.parent / "src" / "claimcheck" / "extract" / "holiday_table.py"
HIJRI_YEARS = range(1343, 1501)
HEBREW_YEARS = range(1900, 2101)


def _hijri(month: int, day: int) -> list[date]:
    out = []
    for hy in HIJRI_YEARS:
        try:
            out.append(Hijri(hy, month, day).to_gregorian())
        except (ValueError, OverflowError):
            continue
    return [date(d.year, d.month, d.day) for d in out]


def _ramadan() -> list[str]:
    out = []
    for hy in HIJRI_YEARS:
        try:
            start = Hijri(hy, 9, 1).to_gregorian()
            eid = Hijri(hy, 10, 1).to_gregorian()
        except (ValueError, OverflowError):
            continue
        out.append(f"{start:%Y%m%d}/{(eid - start).days}")
    return out


def _heb(y: int, month: int, day: int) -> date:
    return date(*hebrew.to_gregorian(y, month, day))


def _hebrew(month: int, day: int, first: int = 1900) -> list[date]:
    """The civil date of Hebrew ``month``/``day`` in each Gregorian year (Nisan = 1, Tishrei = 7, Adar = 12)."""
    out = []
    for gy in HEBREW_YEARS:
        if gy < first:
            continue
        for hy in (gy + 3760, gy + 3761):
            m = 13 if month == 12 and hebrew.leap(hy) else month  # Purim is in Adar II in a leap year
            d = _heb(hy, m, day)
            if d.year == gy:
                out.append(d)
                break
    return out


def _tisha_bav() -> list[date]:
    return [d + timedelta(days=1) if d.weekday() == 5 else d for d in _hebrew(5, 9)]


def _yom_hashoah() -> list[date]:
    shift = {4: -1, 6: 1}  # Friday -> Thursday, Sunday -> Monday
    return [d + timedelta(days=shift.get(d.weekday(), 0)) for d in _hebrew(1, 27, 1951)]


def _yom_haatzmaut() -> list[date]:
    out = []
    for d in _hebrew(2, 5, 1949):
        if d.weekday() == 4:
            d -= timedelta(days=1)
        elif d.weekday() == 5:
            d -= timedelta(days=2)
        elif d.weekday() == 0 and d.year >= 2004:
            d += timedelta(days=1)
        out.append(d)
    return out


def _chinese_new_year() -> list[date]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return [lunardate.LunarDate(y, 1, 1).toSolarDate() for y in range(1900, 2100)]


def _table(table: dict[int, object]) -> list[date]:
    out: list[date] = []
    for y, v in sorted(table.items()):
        parts = v if isinstance(v[0], tuple) else (v,)  # type: ignore[index]
        out.extend(date(y, m, d) for m, d in parts)  # type: ignore[union-attr]
    return out


def _hindu(name: str, offset: int = 0) -> list[date]:
    return [d + timedelta(days=offset) for d in _table(getattr(_HinduLunisolar, f"{name}_DATES"))]


def build() -> dict[str, list[str]]:
    tables: dict[str, Iterable[date] | list[str]] = {
        # Islamic (Umm al-Qura)
        "islamic_new_year": _hijri(1, 1),
        "ashura": _hijri(1, 10),
        "mawlid": _hijri(3, 12),
        "isra_miraj": _hijri(7, 27),
        "ramadan": _ramadan(),
        "laylat_al_qadr": _hijri(9, 27),
        "eid_al_fitr": _hijri(10, 1),
        "eid_al_adha": _hijri(12, 10),
        # Hebrew: the civil day of the festival's first full day (the eve is the day before)
        "rosh_hashanah": _hebrew(7, 1),
        "hanukkah": _hebrew(9, 25),
        "tu_bishvat": _hebrew(11, 15),
        "purim": _hebrew(12, 14),
        "passover": _hebrew(1, 15),
        "yom_hashoah": _yom_hashoah(),
        "yom_haatzmaut": _yom_haatzmaut(),
        "lag_baomer": _hebrew(2, 18),
        "shavuot": _hebrew(3, 6),
        "tisha_bav": _tisha_bav(),
        # Chinese
        "chinese_new_year": _chinese_new_year(),
        # Hindu, Sikh, Bengali (India)
        "diwali": _hindu("DIWALI_INDIA"),
        "chhath": _hindu("CHHATH_PUJA"),
        "navaratri": _hindu("SHARAD_NAVRATRI"),
        "maha_ashtami": _hindu("MAHA_ASHTAMI"),
        "maha_navami": _hindu("MAHA_NAVAMI"),
        "dussehra": _hindu("DUSSEHRA"),
        "karva_chauth": _hindu("KARWA_CHAUTH"),
        "rath_yatra": _hindu("RATH_YATRA"),
        "raksha_bandhan": _hindu("RAKSHA_BANDHAN"),
        "mahavir_jayanti": _hindu("MAHAVIR_JAYANTI"),
        "maha_shivaratri": _hindu("MAHA_SHIVARATRI"),
        "dayananda_jayanti": _hindu("SWAMI_DAYANAND_SARASWATI_JAYANTI"),
        "pongal": _hindu("PONGAL"),
        "makar_sankranti": _hindu("MAKAR_SANKRANTI"),
        "vaisakhi": _hindu("VAISAKHI"),
        "onam": _hindu("ONAM"),
        "vasant_panchami": _hindu("BASANT_PANCHAMI"),
        "holi": _hindu("HOLI"),
        "janmashtami": _hindu("JANMASHTAMI"),
        "ganesh_chaturthi": _hindu("GANESH_CHATURTHI"),
        "rama_navami": _hindu("RAM_NAVAMI"),
        "ugadi": _hindu("GUDI_PADWA"),
        "guru_gobind_singh_jayanti": _hindu("GURU_GOBIND_SINGH_JAYANTI"),
        "guru_nanak_jayanti": _hindu("GURU_NANAK_JAYANTI"),
        "guru_ravidas_jayanti": _hindu("GURU_RAVIDAS_JAYANTI"),
        "valmiki_jayanti": _hindu("MAHARSHI_VALMIKI_JAYANTI"),
        "rabindra_jayanti": _hindu("POHELA_BOISHAKH", 24),  # 25 Boishakh
        # Buddhist
        "vesak": _table(_BuddhistLunisolar.VESAK_DATES),
    }
    out: dict[str, list[str]] = {}
    for key, vals in tables.items():
        items = [v if isinstance(v, str) else f"{v:%Y%m%d}" for v in vals]
        out[key] = sorted(set(items))
    return out


def render(tables: dict[str, list[str]]) -> str:
    lines = [
        '"""Festival dates on lunar / lunisolar calendars. Generated by bench/gen_holidays.py: do not edit.',
        "",
        "Each value is a space-separated list of Gregorian dates YYYYMMDD (YYYYMMDD/N: a span of N days).",
        "Sources: hijridate (Umm al-Qura), convertdate (Hebrew), lunardate (Chinese), holidays (India, Vesak).",
        '"""',
        "",
        "TABLES: dict[str, str] = {",
    ]
    for key, vals in tables.items():
        lines.append(f'    "{key}": (')
        row: list[str] = []
        for v in vals:
            if row and len(" ".join([*row, v])) > 100:
                lines.append(f'        "{" ".join(row)} "')
                row = []
            row.append(v)
        lines.append(f'        "{" ".join(row)}"')
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    text = render(build())
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
