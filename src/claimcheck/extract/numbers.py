"""The quantity normaliser: numbers written in digits or words, with their hedges, bounds and units.

Pure Python (no spaCy). A text is cut once into tokens by one compiled regex; a small recursive-descent
parser over those tokens reads, at a given token, every quantity expression that starts there. Two entry
points share that grammar:

- :func:`parse_quantity` reads a whole string as one quantity ("loose" mode: it also accepts the forms
  that are too ambiguous to pick out of running text, see below).
- :func:`find_quantities` scans a sentence and keeps the leftmost-longest matches ("strict" mode).

Documented choices
------------------
- Hedges widen a value by 10 %: "about/around/some/roughly/approximately/an estimated/circa 50" and
  "50 or so" -> value 50, [45, 55], approximate.
- "nearly/almost/close to 400" -> value 400, [360, 400], approximate; the top is *inclusive* because
  outlets round, and "nearly 400" next to another outlet's "400" is compatible, not a conflict.
  "just under/just below/just short of 400" -> the same with the top exclusive, [360, 400).
- "just over/just above/just more than/slightly more than 400" -> value 400, (400, 440], approximate.
- "more than/over/above/beyond/exceeding/in excess of/upwards of/well over/> 20" -> (20, inf), value None,
  not approximate; "at least/no fewer than/a minimum of/≥ 20", the verb "tops/topped 20" (reached or
  passed), and "20 or more" / "20-plus" / "20+" / "20-odd" -> [20, inf), value None.
- "fewer than/less than/under/below/< 10" -> (None, 10), value None;
  "at most/no more than/up to/a maximum of/≤ 5" and "5 or fewer" -> (None, 5], value None.
- "as many as/as much as/as high as 1,000" (the top of an estimate) -> (None, 1000], approximate;
  "as few as/as little as/as low as 3" -> [3, inf), approximate.
- An open bound closed by the opposite one is one range: "more than 100 but fewer than 200" -> (100, 200),
  "at least 5 and at most 10" -> [5, 10]. A stray "a" after a modifier is skipped ("more than a 1,000").
- Ranges "between 20 and 30", "from 20 to 30", "20 to 30", "20-30", "two or three" -> [20, 30], value
  None. A scale or unit written once is shared ("2 to 3 million", "20-30%", "€2-3bn"). A "range" whose
  first number is not below its second ("2014-15") is not read as a range, nor is "(from) X to Y" after a
  word of change ("rose from 30 to 40", "rose 5% to 61%", "up by 5 to 61"): those are two quantities.
  A suspended hyphen is a range too: "8- to 16-metre", "a 10- or 12-point lead". A unit written once after
  "N and M" is both numbers' ("doses of 20 and 40 mg" -> 20 mg and 40 mg) when they are written alike and rise.
- "a few" -> value 3, [2, 5], approximate ("a few hundred" scales it). "a couple (of)" and "a pair (of)"
  -> exactly 2. "a dozen" -> 12.
- Vague plurals: "dozens (of)" -> [24, inf), "hundreds" -> [200, inf), "thousands", "millions",
  "scores" (>= 40), "tens of thousands" -> [20000, inf), "hundreds of thousands" -> [200000, inf);
  value None, approximate. (Twice the unit: "dozens" means at least two dozen.)
- Parts of a whole: "16 of the 17", "16 of 17", "16 out of 17" -> 16, whole 17; "none of the 17" -> 0 of
  17; "all 17" / "all of the 17" -> 17 of 17; "all but one" -> all_but 1 and no value (see
  :func:`resolve_all_but`); "all but one of the 17" -> 16 of 17. "three of the men" matches just
  "three": the caller finds partitives without a number. A four-digit year-like whole ("one of the 2014
  ...") is not read as a whole.
- A trailing "of" is kept after collectives ("a couple of", "dozens of", "a dozen of") unless a
  determiner follows it ("a dozen of the men" -> "a dozen"), so the caller still sees the partitive.
- "half a million" -> 500000; "two and a half million" -> 2500000; "a million and a half" -> 1500000;
  a fraction before a singular scale word is a number: "half million", "a quarter million",
  "three quarters of a million" -> 500000, 250000, 750000.
- Shares. A word fraction of a group is a share, given in percent (unit "%") to two decimals, approximate
  when that rounds it: "two thirds (of voters)" -> ~66.67 %, "three-quarters" -> 75 %, "a fifth of" -> 20 %,
  "half of" -> 50 %. A singular fraction ("a third", "one quarter") is a share only before "of", a hyphen
  ("one-third") or punctuation, or after "by" when a preposition or a word of time ends it ("fell by a quarter
  since 2022"), so "a third term" is not one ("an hour and a half" neither, nor "by a third party"). A ratio
  "N in (every) M" is a share too: "one in five" -> 20 %, "2 in 3" -> ~66.67 %, and it yields no count
  of M. Digit fractions are numbers, not shares: "1 1/2" -> 1.5, "2½" -> 2.5, "¾" -> 0.75. So is a
  word fraction that parse_quantity reads as the whole string, since no group is named: "half" -> 0.5,
  "two thirds" -> 0.666..., "a quarter" -> 0.25 (find_quantities in running text gives the share).
  Before a unit of measure a fraction is so much of the unit: "1/4 inch" -> 0.25 in (a digit fraction in
  running text is read only there), "one-half mile", "a quarter mile", "half a mile", "three-quarters of an
  hour". One unit and a half is 1.5 of the unit, the unit inside the span: "a day and a half" -> 1.5 day, "an
  hour and a half" (and its "a half of ..." is no share).
- A bound that is not a hedge on one unit is a bound on 1: "more than an hour" -> (1, inf) hour, "less than a
  mile", "nearly a year"; "about a mile" and a bare "an hour" are no figure.
- A measure given twice with a slash after its unit is two figures: "7,700 feet/2,347 meters" ("24/7", "3/10"
  are neither).
- Spelled numbers may set their groups apart with commas or join them with "&": "three million, two hundred
  & forty" -> 3000240 (the group after a comma holds hundreds). Thousands may be grouped by spaces: "10 000",
  "1 250 000" (not after a month or another number: "March 3 200 people").
- Multiples: "8x", "8×" (glued) -> 8 with unit "x"; "more than 8x" -> (8, inf) "x"; "three times more", "eight times
  that of", "3 times the crowd" (a comparative or the thing multiplied after "times") -> unit "x" too.
- Spoken digit groups: a number word 1-19 followed by a compound tens word reads as digits: "one twenty
  two" -> 122, "nineteen eighty-four" -> 1984 (but "twenty thirty" stays two numbers).
- A restatement in brackets is one quantity: "five (5)", "45 (forty five)".
- Units: currency signs before the number ("$", "US$", "$US" -> USD, "A$", "$A" -> AUD, "R$" -> BRL, "€" -> EUR,
  "£" -> GBP, "¥", "₹", ...; and a capital glued to a sum: "R500 000" -> ZAR, "P1.42 billion" -> PHP), currency
  words or codes before it ("Rs 6 lakh" -> INR, "USD 5m", "Sh2bn" glued) or
  after it ("5 million euros" -> EUR, "300 dollars" -> USD, "1.2 crore rupees" -> INR); "%", "per
  cent", "percent", glued "pc" -> "%", "percentage point(s)" -> "pp", "basis point(s)", "bp", "bps" -> "bp".
  Suffixes "k", "mn", "bn", "tn" glued to digits are multipliers ("275k", "$4bn"); a glued "m" is one only after a
  currency sign ("£1.2m"), else it is metres ("a 100m sprint").
- Measures: a unit after the number is normalised into ``Quantity.unit`` (table ``_UNIT_SURFACES``):
  "metres/meters/m" -> "m", "km", "ft" (foot/feet), "in" (inch(es), or "in" glued to the number: "14in"; never
  the bare word "in"), "mi", "km2" ("sq km", "km²"), "ha", "acre", "l", "kg" (and "g", "mg", "µg" or "mcg",
  "ng"), "t" (tonnes), "mph", "km/h"
  ("kph"), "kn", "°C" ("25C", "25 degrees Celsius"), "°F", "degree", time units ("day", "year", ...), "kV", "MW",
  "kWh", "MJ" (joules to terajoules, and terawatt-hours), "point" ("a 10-point lead"), "magnitude"
  ("7.8-magnitude", and before the number: "magnitude 7.7", "magnitude of 7.7"), "category" ("Category 3"). A
  one-letter unit must be glued to the number ("5kg", "25C"), but "m"
  and "L" and "t" may stand apart ("30 m", "278,000 t"). "hr"/"hrs" are hours (not "0530 hrs"). "in" is
  inches only after a fraction ("2 1/2 in") or before a word of size ending the phrase ("2 in thick"); "2 in
  5" is a ratio. "25-year-old" / "25 years old" keep no unit (an age). A measure in two units of one
  dimension is one amount in the smaller: "6 feet 2 inches" and "6ft 2in" -> 74 in, "3 hours and 20 minutes" ->
  200 minutes; "12 degrees below zero" -> -12 degree.
  :func:`unit_dimension` and :func:`to_base` say what a unit measures and convert to the dimension's base
  unit, so "100 mph" and "161 km/h" can be compared.
- Spans: a unit written as a separate word (or hyphen-glued: "10-point") stays out of the match's span,
  which remains the number phrase; ``QuantityMatch.unit_end`` says where it ends. Nothing is read past
  such a unit, so that the counted noun never sits inside a span: "10 years or more" is "10" (years), except
  a range that repeats the unit ("5 km to 8 km" is "5 km to 8", unit km; not with a currency word: "5 million
  euros to 8 million euros" is two amounts). Below zero a range runs either way ("-18 to -34 °C"). Glued and
  symbol units ("100mph", "25°C", "$5m", "50%") are inside the span.
- A bracketed conversion is one amount stated twice: in "50 metres (165 feet)", "€300m (£260m)", "$150
  million (about £120m)" the second match's ``restates`` is the index of the first (units of one dimension).
- Ordinals are values of their own, read by :func:`find_ordinals` / :func:`parse_ordinal` ("a sixth life"
  -> 6, "71st" -> 71, "twenty-fifth" -> 25), never by find_quantities.
- Indian scales: lakh/lakhs/lac/lacs/lkh/lkhs (1e5), crore/crores/krore/krores/koti (1e7).
- Loose mode (parse_quantity only) also accepts: bare suffixes "3M", "1.2M", ".0012G"; digit
  fractions "1/5"; "single", "nil", bare "few"; a bare scale word as the start ("million and
  one", "hundred and five"); "point 77"; leading zeros ("0033"); "- 5" with a space; "cr"/"kr" for crore,
  "l" for lakh ("30 l").
  In running text these are too often something else (3M the company, "100m sprint", dates "1/5",
  "single mother", Swedish "kr"), so find_quantities does not return them.
- find_quantities never returns: numbers glued to letters or digits ("GHB2", "A1", "3rd", "1990s",
  "10am"), a number hyphen-glued to a word ("COVID-19"; but "mid-2014" and "pre-2020" are kept),
  ordinals ("first", "twenty-first", "one hundred and first"), times
  ("10:30", "3 p.m."), dotted or slashed runs ("3.5.1", "24/7", "2014-15"), phone-like runs (three or
  more bare digit groups in a row, a group with a leading zero, or a run after "+"), and "one" used as a
  pronoun ("no one", "the one", "each one", "one another", "one-off").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, NamedTuple

from claimcheck.types import Number, Quantity, num

__all__ = [
    "QuantityMatch",
    "find_ordinals",
    "find_quantities",
    "is_currency_word",
    "parse_ordinal",
    "parse_quantity",
    "resolve_all_but",
    "pounds_in",
    "to_base",
    "to_base_range",
    "unit_dimension",
]

D = Decimal
_ZERO = D(0)
_ONE = D(1)
_TENTH = D("0.1")

# ---------------------------------------------------------------------------------------------- tables

_UNITS: dict[str, int] = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_LOOSE_UNITS: dict[str, int] = {"nil": 0, "single": 1}
_TEENS: dict[str, int] = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_HUNDRED = frozenset({"hundred", "hundreds"})
# One-word numbers from one to ninety, for the date grammar's counts ("three years ago").
ONE_WORD_NUMBERS: dict[str, int] = {w: v for w, v in {**_UNITS, **_TEENS, **_TENS}.items() if v > 0}

_SCALE_WORDS: dict[str, int] = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "lakh": 10**5,
    "lac": 10**5,
    "lkh": 10**5,
    "crore": 10**7,
    "krore": 10**7,
    "koti": 10**7,
    "dozen": 12,
}
_SCALES: dict[str, Decimal] = {w: D(v) for w, v in _SCALE_WORDS.items()}
_SCALES.update({w + "s": D(v) for w, v in _SCALE_WORDS.items() if w != "koti"})
_LOOSE_SCALES: dict[str, Decimal] = {"cr": D(10**7), "crs": D(10**7), "kr": D(10**7), "l": D(10**5)}
# a scale word may start a number by itself only in loose mode, and only in the singular ("million and one")
BARE_SCALES = frozenset(w for w in _SCALE_WORDS if w != "dozen")

# multipliers glued to digits: "€500m", "£2.5bn", "$40k"
_SUFFIXES: dict[str, Decimal] = {
    "k": D(10**3),
    "m": D(10**6),
    "mn": D(10**6),
    "mln": D(10**6),
    "bn": D(10**9),
    "tn": D(10**12),
    "trn": D(10**12),
}
_LOOSE_SUFFIXES: dict[str, Decimal] = {"g": D(10**9), "b": D(10**9)}
# only after a currency: "€10B", and Malaysia's "RM38bil", "RM2.5mil"
_MONEY_SUFFIXES: dict[str, Decimal] = {"b": D(10**9), "t": D(10**12), "bil": D(10**9), "mil": D(10**6)}

_CURRENCY_SIGNS: dict[str, str] = {"$": "USD", "€": "EUR", "£": "GBP"}
_CURRENCY_PREFIXES: dict[str, str] = {"us": "USD"}  # "US$" = "us" + glued "$"
_CURRENCY_SIGNS.update({"¥": "JPY", "₹": "INR", "₦": "NGN", "₩": "KRW", "₱": "PHP", "₵": "GHS"})
_CURRENCY_SIGNS.update({"₸": "KZT", "₺": "TRY", "₴": "UAH", "₽": "RUB", "₪": "ILS", "฿": "THB"})
# the other signs of currencies in use that Unicode gives one of its own (the colón, guaraní, dong, kip, tögrög,
# manat, lari and taka)
_CURRENCY_SIGNS.update({"₡": "CRC", "₲": "PYG", "₫": "VND", "₭": "LAK", "₮": "MNT", "₼": "AZN", "₾": "GEL", "৳": "BDT"})
# letters glued before "$": "US$", "A$", "HK$"
_CURRENCY_PREFIXES.update({"a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD", "nz": "NZD", "s": "SGD"})
_CURRENCY_PREFIXES["r"] = "BRL"  # "R$ 50 million", "R$1.2 bilhão": the Brazilian real
_CURRENCY_PREFIXES["nt"] = "TWD"  # "NT$1.37 billion": the New Taiwan dollar
# the pesos and dollars of the Americas as their own papers and the wires write them: "MX$18.2 million", "Mex$500",
# "AR$", "CLP$", "COL$", "RD$" (Dominican), "J$" (Jamaican), "TT$" (Trinidad and Tobago)
_CURRENCY_PREFIXES.update({"mx": "MXN", "mex": "MXN", "ar": "ARS", "clp": "CLP", "col": "COP", "rd": "DOP"})
_CURRENCY_PREFIXES.update({"j": "JMD", "tt": "TTD"})
# words or codes written before the number ("Rs 6 lakh", "USD 5m", "Sh2bn"); two-letter ones must be glued
# to it or followed by a dot ("Rs. 6"), so "Sh" and "Rs" stay names elsewhere
_CURRENCY_WORDS_BEFORE: dict[str, str] = {
    "rs": "INR",
    "inr": "INR",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "ksh": "KES",
    "kshs": "KES",  # the Kenyan house style, often with a full stop: "Kshs. 100,000"
    "kes": "KES",
    "sh": "SHILLING",
    "shs": "SHILLING",  # "Shs 50,000", "Shs. 2m": shillings, the country unsaid
    "tk": "BDT",  # "Tk12,500", "Tk 2 lakh": the Bangladeshi taka, as Dhaka's papers write it
    "bdt": "BDT",
}
# house styles of other currencies, glued before the number or followed by a dot ("RM3 million", "Rp 5,000",
# "TSh 3 million", "Php2.5 million")
_CURRENCY_WORDS_BEFORE.update({"rm": "MYR", "rp": "IDR", "tsh": "TZS", "ush": "UGX", "php": "PHP"})
# "Dh6.3 million", "Dhs500": the dirham as the Gulf's English-language papers write it (which dirham is the
# corpus's to say, as for the word "dirhams")
_CURRENCY_WORDS_BEFORE.update({"dh": "DIRHAM", "dhs": "DIRHAM"})
# "kr 155", "kr 2.4 billion": the crown as Scandinavian papers abbreviate it before the figure (which crown is the
# corpus's to say, as for the word "crowns")
_CURRENCY_WORDS_BEFORE.update({"kr": "CROWN"})
# two-letter ones a house style sets apart by a space: "Rs 6 lakh", "Tk 2 lakh", "Rp 1.8 billion" (as Indonesia's
# English-language papers write the rupiah), "kr 155"
_SPACED_WORDS = frozenset({"rs", "tk", "rp", "kr"})
# ISO 4217 codes, read before or after a number only as written, in capitals ("PHP 2.5 million", "GHS 40,000",
# "5,000 USD"): the codes of the currencies in use, less those that are English words or common abbreviations
# before a number in capitals ("ALL", "TOP", "CUP", "GEL", "MAD", "PEN", "SOS", "TRY", "BOB", "MOP", "AMD", "BAM",
# "TMT"), plus "RMB" and the old cedi's "GHC", which papers still write
_ISO_CURRENCIES = frozenset(
    """AED AFN ANG AOA ARS AUD AWG AZN BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP
    CRC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD GBP GHS GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK
    JMD JOD JPY KES KGS KHR KMF KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR
    MZN NAD NGN NIO NOK NPR NZD OMR PAB PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SLE SRD SSP
    STN SYP SZL THB TJS TND TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG
    ZWL""".split()
)
_ISO_ALIASES: dict[str, str] = {"RMB": "CNY", "GHC": "GHS"}
# capital letters a house style writes before a sum as its currency's sign, only there: "MT 54 million" (the
# Mozambican metical; after a number "MT" is as often a metric ton)
_SIGNS_BEFORE: dict[str, str] = {"MT": "MZN"}
# the Gulf's and Jordan's English-language papers write their rial and dinars so ("RO1.8 million", "RO 500", "BD5,000",
# "KD 2m", "JD 40,000"), as West and Central Africa's write the CFA franc ("CFA12.5bn", "CFA 50,000": which of
# the two CFA francs is the corpus's to say, as for the word "francs"); not Saudi Arabia's "SR", which before a
# number is as often a state route
_SIGNS_BEFORE.update({"RO": "OMR", "BD": "BHD", "KD": "KWD", "QR": "QAR", "JD": "JOD", "CFA": "FRANC"})
# "ZiG12 million", "ZiG 12 million": Zimbabwe Gold, which Harare's papers write by its name (ISO 4217: ZWG)
_SIGNS_BEFORE.update({"ZiG": "ZWG", "ZIG": "ZWG"})
# "MK48.6 billion", "MK2,500": the Malawian kwacha as Lilongwe's and Blantyre's papers write it, read only as a sum
# is written (see lettered_sum: "MK2", "Mk 5" are a model's mark)
_MARKED_SIGNS: dict[str, str] = {"MK": "MWK"}
_ISO_CODES: dict[str, str] = {**{c: c for c in _ISO_CURRENCIES}, **_ISO_ALIASES}
# "GH¢1.2 million", "GH₵ 50": the Ghanaian cedi as Accra's papers write it, letters and a sign
_CEDI_SIGNS = frozenset("¢₵")
# Capital letters that South African, Nigerian, Zambian, Malawian and Philippine English glue before a sum as its
# currency: "R500 000", "N5m", "K4.2 million" (the kwacha of either country, as the word "kwacha" is), "P1.42
# billion" (the peso, whose sign is "₱"; Botswana's pula, which shares the letter, is read as the peso), "Q18
# million" (Guatemala's quetzal; "Q1" alone is a quarter, and a quarter is never written "Q1.8 million" or "Q1,500")
LETTER_SIGNS: dict[str, str] = {"R": "ZAR", "N": "NGN", "K": "KWACHA", "P": "PHP", "Q": "GTQ"}
# a lettered figure's digits that say it is a sum of money without a scale: thousands grouped by a space or a comma
# ("R500 000", "R15,000", "N500,000") or cents ("R12.50")
_LETTERED_FIGURE = re.compile(r"\d{1,3}(?:[ ,]\d{3})+(?:[.,]\d{2})?|\d+\.\d{2}")
# currency names written after the number ("5 million euros", "300 US dollars"), longest first
_CURRENCY_AFTER: dict[str, str] = {
    "euro": "EUR",
    "euros": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "american dollars": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "hong kong dollars": "HKD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "pounds sterling": "GBP",
    "cfa francs": "FRANC",  # West or Central Africa's, which the corpus says, as for "francs"
    "cfa franc": "FRANC",
    "rupee": "INR",
    "rupees": "INR",
    "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "naira": "NGN",
    "rand": "ZAR",
    "shilling": "SHILLING",
    "shillings": "SHILLING",
    "kenyan shillings": "KES",
    # names several countries' currencies share keep the name, as "shilling" does: which crown is not said
    "krona": "SEK",
    "kronor": "SEK",
    "kroner": "KRONE",  # the Danish and the Norwegian plural (the Swedish is "kronor")
    "krone": "KRONE",
    "danish kroner": "DKK",
    "norwegian kroner": "NOK",
    "kronur": "ISK",
    "new taiwan dollars": "TWD",
    "taiwan dollars": "TWD",
    "swedish crowns": "SEK",
    "norwegian crowns": "NOK",
    "danish crowns": "DKK",
    "czech crowns": "CZK",
    "crowns": "CROWN",
    "pesos": "PESO",
    "mexican pesos": "MXN",
    "chilean pesos": "CLP",
    "argentine pesos": "ARS",
    "philippine pesos": "PHP",
    "francs": "FRANC",
    "swiss francs": "CHF",
    "roubles": "RUB",
    "rubles": "RUB",
    "zlotys": "PLN",
    "zloty": "PLN",
    "złotys": "PLN",  # the Polish spelling, and its sign written after the amount ("480,000 zł")
    "złoty": "PLN",
    "zł": "PLN",
    "forints": "HUF",
    "ringgit": "MYR",
    "baht": "THB",
    "rupiah": "IDR",
    "won": "KRW",  # (only after a large amount: see unit_after)
    "taka": "BDT",
    "reais": "BRL",
    "soles": "PEN",  # the Peruvian sol
    "nuevos soles": "PEN",
    "shekels": "ILS",
    "hryvnias": "UAH",
    "cedis": "GHS",
    "dirhams": "DIRHAM",
    "riyals": "RIYAL",
    "dinars": "DINAR",
    "dinar": "DINAR",
    "dirham": "DIRHAM",
    "riyal": "RIYAL",
    "rials": "RIAL",
    "lira": "TRY",  # the Turkish lira (Italy's lira is gone; Lebanon's pound is written in English as pounds)
    "liras": "TRY",
    "turkish lira": "TRY",
    "egyptian pounds": "EGP",
    "lebanese pounds": "LBP",
    "sudanese pounds": "SDG",
    "syrian pounds": "SYP",
    "kwacha": "KWACHA",  # Zambia's and Malawi's
    "birr": "ETB",
    "tenge": "KZT",
    "lari": "GEL",
    "hryvnia": "UAH",
    "shekel": "ILS",
    "afghanis": "AFN",
    "kyat": "MMK",
    "meticais": "MZN",
    "metical": "MZN",
    "lei": "RON",  # the Romanian leu (Moldova's shares the name, as Zambia's and Malawi's kwacha do)
    "leu": "RON",
    "forint": "HUF",
    "koruna": "CZK",
    "korunas": "CZK",
    "kč": "CZK",  # the koruna's sign, written after the amount ("25 000 Kč")
    "leva": "BGN",
    "dong": "VND",  # (only after a large amount, as "won": see unit_after)
    "quetzales": "GTQ",
    "lempiras": "HNL",
    "colones": "CRC",
    "córdobas": "NIO",
    "guaraníes": "PYG",
    "bolívares": "VES",
    # the rest of the world's currencies English writes by name after an amount (ISO 4217's names; not "real",
    # "mark", "colon" or "dram", which are words of their own, nor "rand"'s and "won"'s kin above)
    "kina": "PGK",
    "kip": "LAK",
    "lek": "ALL",
    "lekë": "ALL",
    "leke": "ALL",
    "manat": "MANAT",  # Azerbaijan's and Turkmenistan's
    "som": "KGS",
    "somoni": "TJS",
    "ouguiya": "MRU",
    "leone": "SLE",
    "leones": "SLE",
    "dalasi": "GMD",
    "dalasis": "GMD",
    "loti": "LSL",
    "maloti": "LSL",
    "lilangeni": "SZL",
    "emalangeni": "SZL",
    "pula": "BWP",
    "ariary": "MGA",
    "kwanza": "AOA",
    "kwanzas": "AOA",
    "nakfa": "ERN",
    "tala": "WST",
    "vatu": "VUV",
    "guarani": "PYG",
    "guaranis": "PYG",
    "bolivar": "VES",
    "bolivars": "VES",
    "bolívar": "VES",
    "boliviano": "BOB",
    "bolivianos": "BOB",
    "cordoba": "NIO",
    "cordobas": "NIO",
    "córdoba": "NIO",
    "quetzal": "GTQ",
    "lempira": "HNL",
    "balboa": "PAB",
    "balboas": "PAB",
    "gourde": "HTG",
    "gourdes": "HTG",
    "sol": "PEN",
    "lev": "BGN",
    "denar": "MKD",
    "denars": "MKD",
    "denari": "MKD",
    "kuna": "HRK",
    "kunas": "HRK",
    "tugrik": "MNT",
    "tugriks": "MNT",
    "togrog": "MNT",
    "pataca": "MOP",
    "patacas": "MOP",
    "ngultrum": "BTN",
    "rufiyaa": "MVR",
    "afghani": "AFN",
    "riel": "KHR",
    "riels": "KHR",
    "kyats": "MMK",
    "cedi": "GHS",
}


# An amount of money written with points between groups of three digits ("30.000 lei", "15.000 pesos", "$2.500"):
# thousands grouped as much of Europe and Latin America write them, since no currency but a few dinars and rials
# counts thousandths, and those are left alone
_POINTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_THOUSANDTHS = frozenset({"DINAR", "RIAL", "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})


# The currencies a name several countries share stands for ("shillings", "crowns", "pesos"): which one a story's
# writer means, its other outlets may say by country or code (reconcile.local_currencies)
SHARED_CURRENCIES: dict[str, frozenset[str]] = {
    "SHILLING": frozenset("KES TZS UGX SOS".split()),
    "CROWN": frozenset("SEK NOK DKK CZK ISK".split()),
    "KRONE": frozenset("NOK DKK".split()),  # "kroner": Danish or Norwegian, never Swedish "kronor"
    "PESO": frozenset("MXN CLP ARS PHP COP UYU DOP CUP".split()),
    "FRANC": frozenset("CHF XAF XOF RWF BIF CDF GNF DJF KMF XPF".split()),
    "DIRHAM": frozenset("AED MAD".split()),
    "RIYAL": frozenset("SAR QAR".split()),
    "RIAL": frozenset("IRR OMR YER".split()),
    "DINAR": frozenset("DZD BHD IQD JOD KWD LYD RSD TND".split()),
    "KWACHA": frozenset("ZMW MWK".split()),
    "MANAT": frozenset("AZN TMT".split()),
}


def currency_of_word(word: str) -> str | None:
    """The currency a name written after an amount gives ("euro", "kronor" -> "SEK"), or None."""
    w = word.lower()
    return _CURRENCY_AFTER.get(w) or _CURRENCY_AFTER.get(w + "s")
_CURRENCIES = frozenset(
    set(_CURRENCY_SIGNS.values())
    | set(_CURRENCY_PREFIXES.values())
    | set(_CURRENCY_WORDS_BEFORE.values())
    | set(_CURRENCY_AFTER.values())
    | set(_ISO_CODES.values())
)

# Units written after a number: surface -> normalised unit. A surface is matched token by token, case-blind
# except a one-letter token, which must match exactly ("25C" is Celsius, "25c" is not). A one-letter unit
# must be glued to the number ("5kg", "25C", "5l") unless listed in _LOOSE_LETTER_UNITS ("30 m", "4 L").
_UNIT_SURFACES: dict[str, tuple[str, ...]] = {
    "m": ("m", "metre", "metres", "meter", "meters"),
    "km": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"),
    "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
    "mm": ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
    "ft": ("ft", "foot", "feet"),
    "in": ("inch", "inches"),
    "yd": ("yd", "yard", "yards"),
    "mi": ("mi", "mile", "miles"),
    "nmi": ("nautical mile", "nautical miles"),
    "m2": ("m2", "m²", "m ^ 2", "m squared", "sq m", "square metre", "square metres", "square meter", "square meters"),
    "km2": (
        "km2",
        "km²",
        "km ^ 2",
        "km squared",
        "sq km",
        "sq. km",
        "sqkm",
        "square km",
        "square kilometre",
        "square kilometres",
        "square kilometer",
        "square kilometers",
    ),
    "mi2": ("sq mi", "sq. mi", "sq miles", "square mile", "square miles"),
    "ft2": ("sq ft", "sq. ft", "square foot", "square feet"),
    "ha": ("ha", "hectare", "hectares"),
    "acre": ("acre", "acres"),
    "m3": ("m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters"),
    "km3": ("km3", "km³", "km ^ 3", "km cubed", "cubic km", "cubic kilometre", "cubic kilometres", "cubic kilometers"),
    # the cubic hectometre, a million cubic metres, in which Spain and Portugal give their reservoirs
    "hm3": ("hm3", "hm³", "cubic hectometre", "cubic hectometres", "cubic hectometer", "cubic hectometers"),
    "l": ("l", "L", "litre", "litres", "liter", "liters"),
    "ml": ("ml", "mls", "millilitre", "millilitres", "milliliter", "milliliters"),
    "cl": ("cl", "centilitre", "centilitres"),
    "gal": ("gallon", "gallons"),
    "bbl": ("barrel", "barrels"),
    "kg": ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"),
    "g": ("g", "gram", "grams", "gramme", "grammes"),
    "mg": ("mg", "milligram", "milligrams", "milligramme", "milligrammes"),
    "µg": ("µg", "μg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes"),
    "ng": ("ng", "nanogram", "nanograms", "nanogramme", "nanogrammes"),
    "t": ("t", "tonne", "tonnes", "metric ton", "metric tons"),
    "ton": ("ton", "tons"),
    "lb": ("lb", "lbs"),
    # the British stone of 14 lb, singular after its number ("lost six stone"): plural "stones" are stones
    "st": ("stone",),
    "oz": ("oz", "ounce", "ounces"),
    "mph": ("mph", "miles per hour", "miles an hour", "mile per hour", "miles-per-hour"),
    "km/h": (
        "km/h",
        "km / h",
        "km/hr",
        "km / hr",
        "kmh",
        "kph",
        "kmph",
        "km per hour",
        "km an hour",
        "kilometres per hour",
        "kilometers per hour",
        "kilometres an hour",
        "kilometers an hour",
    ),
    "m/s": ("m/s", "metres per second", "meters per second"),
    "kn": ("knot", "knots"),
    "°C": (
        "°C",
        "° C",
        "C",
        "ºC",
        "degrees Celsius",
        "degree Celsius",
        "degrees C",
        "Celsius",
        "centigrade",
        "degrees centigrade",
    ),
    "°F": ("°F", "° F", "F", "ºF", "degrees Fahrenheit", "degree Fahrenheit", "degrees F", "Fahrenheit"),
    "degree": ("°", "º", "degree", "degrees"),
    "second": ("second", "seconds", "sec", "secs", "s"),
    "minute": ("minute", "minutes", "min", "mins"),
    "hour": ("hour", "hours", "hr", "hrs"),
    "day": ("day", "days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "year": ("year", "years"),
    "decade": ("decade", "decades"),
    "century": ("century", "centuries"),
    "W": ("W", "watt", "watts"),
    "kW": ("kW", "kilowatt", "kilowatts"),
    "MW": ("MW", "megawatt", "megawatts"),
    "GW": ("GW", "gigawatt", "gigawatts"),
    "V": ("V", "volt", "volts"),
    "kV": ("kV", "kilovolt", "kilovolts"),
    "Wh": ("Wh", "watt hour", "watt hours"),
    "kWh": ("kWh", "kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours"),
    "MWh": ("MWh", "megawatt hour", "megawatt hours"),
    "GWh": ("GWh", "gigawatt hour", "gigawatt hours"),
    "TWh": ("TWh", "terawatt hour", "terawatt hours"),
    "J": ("J", "joule", "joules"),
    "kJ": ("kJ", "kilojoule", "kilojoules"),
    "MJ": ("MJ", "megajoule", "megajoules"),
    "GJ": ("GJ", "gigajoule", "gigajoules"),
    "TJ": ("TJ", "terajoule", "terajoules"),
    "eV": ("eV", "electronvolt", "electronvolts"),
    "GeV": ("GeV",),
    "TeV": ("TeV",),
    "Hz": ("Hz", "hertz"),
    "MHz": ("MHz", "megahertz"),
    "GHz": ("GHz", "gigahertz"),
    "B": ("byte", "bytes"),
    "KB": ("KB", "kilobyte", "kilobytes"),
    "MB": ("MB", "megabyte", "megabytes"),
    "GB": ("GB", "gigabyte", "gigabytes"),
    "TB": ("TB", "terabyte", "terabytes"),
    "EB": ("EB", "exabyte", "exabytes"),
    "magnitude": ("magnitude",),
    "point": ("point", "points"),
    "x": ("x", "×"),
}
_LOOSE_LETTER_UNITS = frozenset({"m", "L", "t"})
# What follows "N times" when it multiplies something rather than counting occasions: a comparative ("three times
# more", "four times higher", "twice as"), or the thing multiplied ("eight times that of", "3 times the crowd").
_MULTIPLE_NEXT = frozenset(
    "more less fewer higher lower larger bigger greater smaller faster slower longer shorter heavier wider deeper"
    " taller bigger older as the that those what its their his her our".split()
)
# "pounds" after a number is money or a weight, as its sentence says (see _Parser.pounds): words of buying,
# paying and owing make it sterling ("fined 2.4 million pounds", "worth 40,000 pounds"), words of weighing a
# weight ("weighed 180 pounds"); an amount in another currency in brackets after it restates it in money
_POUNDS = frozenset({"pound", "pounds"})
_MONEY_WORDS = frozenset(
    "worth cost costs costing price prices priced pricing fine fines fined pay pays paid paying payment payments "
    "payout payouts sell sells sold selling sale sales buy buys bought buying spend spends spent spending budget "
    "budgets salary salaries wage wages fee fees compensation damages raise raises raised raising fund funds funded "
    "funding invest invests invested investing investment investments grant grants bill bills tax taxes taxed loan "
    "loans debt debts profit profits revenue revenues deal deals contract contracts bonus bonuses award awards "
    "awarded earn earns earned earning earnings income money cash donate donated donation donations charge charges "
    "charged bail bribe bribes ransom penalty penalties settlement settlements owe owes owed value valued turnover "
    "savings subsidy subsidies pension pensions rent rents bid bids offer offered jackpot prize prizes".split()
)
MONEY_WORDS = _MONEY_WORDS  # words of buying, paying, owing and raising money
_WEIGHT_WORDS = frozenset(
    "weigh weighs weighed weighing weight weights heavy heavier heaviest light lighter lightest load loads "
    "payload cargo".split()
)
# units written before the number: "a magnitude 7.7 quake", "magnitude of 7.7", "a Category 3 storm"
_UNITS_BEFORE: dict[str, str] = {"magnitude": "magnitude", "category": "category", "ph": "pH"}
# a rating on a scale of its own, after "a": "a size 3 avalanche", "a force 9 gale", "a grade 2 listed building",
# "a level 4 alert" (without "a", "level 3" or "stage 2" may be a floor or a label)
_RATINGS_BEFORE = frozenset({"size", "force", "grade", "level", "stage", "tier"})

# the dimension of each unit, and its factor to the dimension's base unit (temperature is affine, see to_base)
_DIMENSIONS: dict[str, tuple[str, float]] = {
    "pp": ("pp", 1.0),  # percentage points, and basis points, their hundredths ("a 200bp rise", "2 percentage points")
    "bp": ("pp", 0.01),
    "m": ("length", 1.0),
    "km": ("length", 1000.0),
    "cm": ("length", 0.01),
    "mm": ("length", 0.001),
    "ft": ("length", 0.3048),
    "in": ("length", 0.0254),
    "yd": ("length", 0.9144),
    "mi": ("length", 1609.344),
    "nmi": ("length", 1852.0),
    "m2": ("area", 1.0),
    "km2": ("area", 1e6),
    "mi2": ("area", 2589988.110336),
    "ft2": ("area", 0.09290304),
    "ha": ("area", 1e4),
    "acre": ("area", 4046.8564224),
    "m3": ("volume", 1000.0),
    "km3": ("volume", 1e12),
    "hm3": ("volume", 1e9),
    "l": ("volume", 1.0),
    "ml": ("volume", 0.001),
    "cl": ("volume", 0.01),
    "gal": ("volume", 3.785411784),
    "bbl": ("volume", 158.987294928),
    "kg": ("mass", 1.0),
    "g": ("mass", 0.001),
    "mg": ("mass", 1e-6),
    "µg": ("mass", 1e-9),
    "ng": ("mass", 1e-12),
    "t": ("mass", 1000.0),
    "ton": ("mass", 907.18474),
    "lb": ("mass", 0.45359237),
    "st": ("mass", 6.35029318),
    "oz": ("mass", 0.028349523125),
    "km/h": ("speed", 1.0),
    "mph": ("speed", 1.609344),
    "m/s": ("speed", 3.6),
    "kn": ("speed", 1.852),
    "°C": ("temperature", 1.0),
    "°F": ("temperature", 1.0),
    "second": ("time", 1.0),
    "minute": ("time", 60.0),
    "hour": ("time", 3600.0),
    "day": ("time", 86400.0),
    "week": ("time", 604800.0),
    "W": ("power", 1.0),
    "kW": ("power", 1e3),
    "MW": ("power", 1e6),
    "GW": ("power", 1e9),
    "V": ("voltage", 1.0),
    "kV": ("voltage", 1e3),
    "Wh": ("energy", 1.0),
    "kWh": ("energy", 1e3),
    "MWh": ("energy", 1e6),
    "GWh": ("energy", 1e9),
    "TWh": ("energy", 1e12),
    "J": ("energy", 1 / 3600),  # (a watt-hour is 3,600 joules)
    "kJ": ("energy", 1e3 / 3600),
    "MJ": ("energy", 1e6 / 3600),
    "GJ": ("energy", 1e9 / 3600),
    "TJ": ("energy", 1e12 / 3600),
    "eV": ("particle energy", 1.0),
    "GeV": ("particle energy", 1e9),
    "TeV": ("particle energy", 1e12),
    "Hz": ("frequency", 1.0),
    "MHz": ("frequency", 1e6),
    "GHz": ("frequency", 1e9),
    "B": ("data", 1.0),
    "KB": ("data", 1e3),
    "MB": ("data", 1e6),
    "GB": ("data", 1e9),
    "TB": ("data", 1e12),
    "EB": ("data", 1e18),
    "%": ("share", 1.0),
}

# the units a compound measure may join ("3 years and 4 months"), with years and months, whose lengths in seconds
# vary, as a calendar of months of their own
# Lengths of the calendar's units in months, which no count of days gives: exact, so figures in them compare as
# written ("an 18-month ban", "a two-year ban")
CALENDAR_MONTHS: dict[str, int] = {"month": 1, "year": 12, "decade": 120, "century": 1200}
_COMPOUND_DIMENSIONS: dict[str, tuple[str, float]] = {
    **_DIMENSIONS,
    "year": ("calendar", float(CALENDAR_MONTHS["year"])),
    "month": ("calendar", float(CALENDAR_MONTHS["month"])),
}

# the words after a height's unsaid inches ("5 feet 9 and about 160 pounds", "6 feet 2 tall", "5 feet 11 in his boots")
_AFTER_A_HEIGHT = frozenset("and tall with in or but".split())
# the imperial units written glued in a compound ("6ft 2in", "3lb 4oz"): a glued metric unit is written whole
# ("1.85m", never "1m 85cm" in news)
_GLUED_COMPOUNDS = frozenset({"ft", "lb"})

# vague plurals, as the unit they count in: "dozens" >= 24, "tens of thousands" >= 20000
_VAGUE: dict[str, Decimal] = {
    "dozens": D(12),
    "scores": D(20),
    "hundreds": D(100),
    "thousands": D(10**3),
    "millions": D(10**6),
    "billions": D(10**9),
}
_VAGUE_LEAD: dict[str, Decimal] = {"tens": D(10)}  # only before "of <vague plural>"

# a trailing "of" stays outside the match when one of these follows it ("a dozen of the men")
_DETERMINERS = frozenset(
    {
        "the",
        "these",
        "those",
        "this",
        "that",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "them",
        "us",
        "which",
        "whom",
        "whose",
        "all",
    }
)

_ORDINALS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
        "hundredth",
        "thousandth",
        "millionth",
        "billionth",
    }
)
_FRACTIONS = frozenset(
    {
        "half",
        "halves",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fourths",
        "fifths",
        "sixths",
        "sevenths",
        "eighths",
        "ninths",
        "tenths",
    }
)
# Nouns of a parent, whose "of" and a number count their children ("a father of three", "mother-of-two")
PARENT_NOUNS = frozenset(
    "father mother dad mum mom parent grandfather grandmother grandad granddad grandma grandmum grandparent".split()
)
# "one-off", "one-sided": a number hyphen-glued to these is not a count
_HYPHEN_BLOCK = _ORDINALS | _FRACTIONS | frozenset({"off", "on", "sided", "way", "liner", "stop"})
# lower-case prefixes a number may be hyphen-glued to ("mid-2014", "pre-2020")
_HYPHEN_PREFIXES = frozenset(
    {
        "mid",
        "pre",
        "post",
        "late",
        "early",
        "over",
        "under",
        "non",
        "sub",
        "anti",
        "ex",
        "circa",
        "c",
        "top",
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "up",
        "to",
        "from",
        "than",
        "magnitude",
        "category",
    }
)
# "one" as a pronoun: "no one", "the one who", "one another"
_ONE_BLOCK_BEFORE = frozenset(
    {
        "no",
        "any",
        "every",
        "each",
        "this",
        "that",
        "the",
        "which",
        "another",
        "someone",
        "anyone",
        "everyone",
        "little",
        "loved",
        "no-",
    }
)
_ONE_BLOCK_AFTER = frozenset({"another", "anothers"})
_TIME_WORDS = frozenset({"am", "pm", "gmt", "bst", "utc", "hrs"})
_DASHES = frozenset({"-", "–", "—"})
# Prepositions, conjunctions and words of time that end a noun phrase before them: after "by a quarter" they say the
# fraction is the whole phrase ("fell by a quarter since 2022", "by a third in March", "by a fifth last year")
_ENDS_A_PHRASE = frozenset(
    "since in on at over from to and or but after before between during within than compared last this next".split()
)
# "X to Y" / "from X to Y" after these is a change ("rose from 30 to 40"), not a range
_CHANGE_WORDS = frozenset(
    {
        "rose",
        "rise",
        "rises",
        "risen",
        "rising",
        "fell",
        "fall",
        "falls",
        "fallen",
        "falling",
        "increased",
        "increase",
        "increases",
        "increasing",
        "decreased",
        "decrease",
        "decreases",
        "decreasing",
        "dropped",
        "drop",
        "drops",
        "dropping",
        "climbed",
        "climb",
        "climbs",
        "climbing",
        "grew",
        "grow",
        "grows",
        "grown",
        "growing",
        "jumped",
        "jump",
        "jumps",
        "surged",
        "soared",
        "slumped",
        "plunged",
        "declined",
        "decline",
        "cut",
        "raised",
        "lowered",
        "reduced",
        "revised",
        "changed",
        "went",
        "up",
        "down",
        "by",
        "moved",
        "slipped",
        "edged",
        "doubled",
        "tripled",
        "halved",
        "shrank",
        "shrunk",
        "swelled",
        # verbs of a price's or a level's motion ("slid 14p to 138p", "tumbled $2 to $84")
        "slid",
        "slide",
        "slides",
        "sliding",
        "tumbled",
        "tumbles",
        "dipped",
        "dips",
        "sank",
        "eased",
        "plummeted",
        "rallied",
        "rebounded",
        "leapt",
        "leaped",
        "rocketed",
        "sagged",
        "crept",
        "spiked",
        "dived",
        "dove",
        "skidded",
        "sinks",
        # verbs of setting a figure anew, in any form ("raising the total from £1.46 million to £1.49 million",
        # "corrected the toll from 12 to 11")
        "raise",
        "raises",
        "raising",
        "lowering",
        "cutting",
        "reducing",
        "revising",
        "corrected",
        "correcting",
        "amended",
        "upgraded",
        "downgraded",
    }
)
# Verbs that move a thing they name to a new level ("taking the top rate from $22.40 to $25.56", "brought the toll
# from 12 to 15", "pushing the total from 80 to 95"): a change only with the thing named between the verb and "from",
# since with nothing between they take a range ("the trip takes from two to three hours")
_MOVING_WORDS = frozenset(
    "take takes taking took taken bring brings bringing brought push pushes pushing pushed lift lifts lifting lifted"
    " boost boosts boosting boosted hike hikes hiking hiked".split()
)

# modifiers: phrase -> kind; see _apply
_ABOUT, _NEARLY, _JUST_UNDER, _JUST_OVER, _OVER, _AT_LEAST, _UNDER, _AT_MOST, _AS_HIGH, _AS_LOW = (
    "about",
    "nearly",
    "just_under",
    "just_over",
    "over",
    "at_least",
    "under",
    "at_most",
    "as_high",
    "as_low",
)
_PREFIX_PHRASES: dict[str, str] = {
    "about": _ABOUT,
    "around": _ABOUT,
    "around about": _ABOUT,
    "some": _ABOUT,
    "roughly": _ABOUT,
    "approximately": _ABOUT,
    "approx": _ABOUT,
    "circa": _ABOUT,
    "an estimated": _ABOUT,
    "estimated": _ABOUT,
    "an approximate": _ABOUT,
    "in the region of": _ABOUT,
    "of the order of": _ABOUT,
    "on the order of": _ABOUT,
    "something like": _ABOUT,
    "nearly": _NEARLY,
    "almost": _NEARLY,
    "close to": _NEARLY,
    "closer to": _NEARLY,
    "getting on for": _NEARLY,
    "approaching": _NEARLY,
    "very nearly": _NEARLY,
    "not quite": _NEARLY,
    "just under": _JUST_UNDER,
    "just below": _JUST_UNDER,
    "just short of": _JUST_UNDER,
    "just less than": _JUST_UNDER,
    "just fewer than": _JUST_UNDER,
    "slightly less than": _JUST_UNDER,
    "slightly fewer than": _JUST_UNDER,
    "slightly under": _JUST_UNDER,
    "a little under": _JUST_UNDER,
    "a little less than": _JUST_UNDER,
    "just over": _JUST_OVER,
    "just above": _JUST_OVER,
    "just more than": _JUST_OVER,
    "slightly more than": _JUST_OVER,
    "slightly over": _JUST_OVER,
    "slightly above": _JUST_OVER,
    "a little over": _JUST_OVER,
    "a little more than": _JUST_OVER,
    "more than": _OVER,
    "over": _OVER,
    "above": _OVER,
    "in excess of": _OVER,
    "upwards of": _OVER,
    "upward of": _OVER,
    "well over": _OVER,
    "well above": _OVER,
    "far more than": _OVER,
    "many more than": _OVER,
    "much more than": _OVER,
    "greater than": _OVER,
    "well in excess of": _OVER,
    "at least": _AT_LEAST,
    "no fewer than": _AT_LEAST,
    "no less than": _AT_LEAST,
    "not less than": _AT_LEAST,
    "not fewer than": _AT_LEAST,
    "a minimum of": _AT_LEAST,
    "at the very least": _AT_LEAST,
    "fewer than": _UNDER,
    "less than": _UNDER,
    "under": _UNDER,
    "below": _UNDER,
    "well under": _UNDER,
    "well below": _UNDER,
    "far fewer than": _UNDER,
    "far less than": _UNDER,
    "at most": _AT_MOST,
    "no more than": _AT_MOST,
    "not more than": _AT_MOST,
    "up to": _AT_MOST,
    "as many as": _AS_HIGH,
    "as much as": _AS_HIGH,
    "as high as": _AS_HIGH,
    "as large as": _AS_HIGH,
    "as big as": _AS_HIGH,
    "as few as": _AS_LOW,
    "as little as": _AS_LOW,
    "as low as": _AS_LOW,
    "as small as": _AS_LOW,
    "beyond": _OVER,
    "exceeding": _OVER,
    "surpassing": _OVER,
    "tops": _AT_LEAST,
    "topped": _AT_LEAST,
    "topping": _AT_LEAST,
    ">": _OVER,
    "≥": _AT_LEAST,
    "> =": _AT_LEAST,
    "<": _UNDER,
    "≤": _AT_MOST,
    "< =": _AT_MOST,
    "a maximum of": _AT_MOST,
    "at the most": _AT_MOST,
}
_POSTFIX_PHRASES: dict[str, str] = {
    "or more": _AT_LEAST,
    "or over": _AT_LEAST,
    "or above": _AT_LEAST,
    "or greater": _AT_LEAST,
    "and over": _AT_LEAST,
    "and above": _AT_LEAST,
    "and up": _AT_LEAST,
    "and upwards": _AT_LEAST,
    "plus": _AT_LEAST,
    "- plus": _AT_LEAST,
    "+": _AT_LEAST,
    "or so": _ABOUT,
    "or thereabouts": _ABOUT,
    "more or less": _ABOUT,
    "odd": _AT_LEAST,
    "- odd": _AT_LEAST,
    "or fewer": _AT_MOST,
    "or less": _AT_MOST,
    "or under": _AT_MOST,
    "or below": _AT_MOST,
    "and under": _AT_MOST,
    "and below": _AT_MOST,
}
_ABOUTISH = frozenset({_ABOUT})


_PhraseIndex = dict[str, tuple[tuple[tuple[str, ...], str], ...]]


def _phrase_index(table: dict[str, str]) -> _PhraseIndex:
    """First word -> the phrases starting with it, longest first."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, kind in table.items():
        words = tuple(phrase.split())
        out.setdefault(words[0], []).append((words, kind))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in out.items()}


_PREFIX = _phrase_index(_PREFIX_PHRASES)
_POSTFIX = _phrase_index(_POSTFIX_PHRASES)

# Words a reading can start with other than by a prefix phrase: numbers, "a", fractions, vague amounts ("dozens"),
# partitives ("all", "none of"), ranges ("between", "from"), signs and currencies.
_OWN_START_WORDS = frozenset(
    set(_UNITS)
    | set(_TEENS)
    | set(_TENS)
    | set(_VAGUE)
    | set(_VAGUE_LEAD)
    | {"a", "an", "half", "quarter", "minus", "negative", "between", "from", "all", "none", "every", "each"}
    | set(_CURRENCY_PREFIXES)
    | set(_CURRENCY_WORDS_BEFORE)
    | {c.lower() for c in _ISO_CODES}  # (read only in capitals)
    | {c.lower() for c in _SIGNS_BEFORE}  # (read only in capitals)
    | {"gh"}  # the cedi's "GH¢"
    | {c.lower() for c in LETTER_SIGNS}  # "R500 000", "N5m", "K4.2 million", read only as lettered_sum allows
    | {c.lower() for c in _MARKED_SIGNS}  # "MK48.6 billion", likewise
)
_START_WORDS = _OWN_START_WORDS | frozenset(_PREFIX)
_START_SYMS = frozenset(set(_CURRENCY_SIGNS) | _DASHES | {">", "<", "≥", "≤", "−"})
# Words that start a reading only as the first word of a prefix phrase ("of the order of", "in excess of", "as
# many as"): where no prefix phrase is written, no reading starts there, and the parser need not be asked.
_PREFIX_ONLY_WORDS = frozenset(_PREFIX) - _OWN_START_WORDS - _START_SYMS

# ------------------------------------------------------------------------------------------ tokenizer

_NUM, _WORD, _SYM = 0, 1, 2
_TOKEN_RE = re.compile(
    # (Indian grouping first, "4,00,000", "1,20,00,000": pairs of digits before the last three)
    # (and thousands grouped by two points or more, "1.250.000", as much of Europe and Latin America writes them: no
    # decimal has two points)
    r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.])|\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<sym>\S)"
)
# a token with the whitespace before it: every character between two tokens is whitespace, since \S is a token
_SPACED_TOKEN_RE = re.compile(r"(\s*)(?:" + _TOKEN_RE.pattern + ")")
assert _SPACED_TOKEN_RE.groupindex == {"num": 2, "word": 3, "sym": 4}  # findall's order after the space
# The same for an ASCII text, where a letter ``[^\W\d_]`` (a word character, no digit nor "_") is one of A-Z and
# a-z: a class of two ranges, matched a tenth faster than the class of categories.
_ASCII_SPACED_TOKEN_RE = re.compile(_SPACED_TOKEN_RE.pattern.replace(r"[^\W\d_]", "[A-Za-z]"))


class _Tok(NamedTuple):
    kind: int
    text: str
    low: str
    start: int
    end: int
    glued: bool  # no whitespace between the previous token and this one


_new_tok: Any = tuple.__new__  # builds a _Tok without the extra Python call of its generated __new__


# A figure as an article that writes the decimal comma writes it (decimal_comma_in): thousands grouped by points
# ("14.400", "1.250.000") with the decimals after a comma ("1.234,5"), or decimals of one or two digits after a
# comma ("4,5 million", "R46,20"), which no English grouping of three digits can be; then as _TOKEN_RE
_COMMA_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?![\d.,])|\d+,\d{1,2}(?![\d,])|"
_COMMA_FIGURE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{1,2}")  # such a token, to put in English form
_COMMA_SPACED_TOKEN_RE = re.compile(_SPACED_TOKEN_RE.pattern.replace("(?P<num>", "(?P<num>" + _COMMA_NUMBER, 1))
# An article's figures with a comma before one or two digits only: its decimals (see decimal_comma_in)
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])\d+,\d{1,2}(?![\d,])")
_POINT_AFTER_GROUPS = re.compile(r"\d,\d{3}\.\d")  # "1,234.5": the English decimal point after grouping
_LAST_GROUP = re.compile(r"\d{3}\.\d{1,2}")  # "284,6" of "1 284,6" in English form: a last group and its decimals


def decimal_comma_in(article_text: str) -> bool:
    """Does an article write decimals with a comma, as much of Europe and South Africa do ("spent €1,4 million", "a
    diamond of 1 284,6 carats", "4,5 million euros")? So it does when it writes a comma before one or two digits
    only, which no English grouping of thousands (three digits) makes, and nowhere a point after English grouping
    ("1,234.5"). Its "14.400 TEU" and "38.000 visitors" are then thousands, and its "1 284,6" one figure."""
    return (
        "," in article_text
        and _DECIMAL_COMMA.search(article_text) is not None
        and _POINT_AFTER_GROUPS.search(article_text) is None
    )


def _english_figure(s: str) -> str:
    """A figure as written with the decimal comma, in English form: "1.234,5" -> "1,234.5", "4,5" -> "4.5"."""
    return s.replace(".", "\0").replace(",", ".").replace("\0", ",")


@lru_cache(maxsize=64)
def _tokenize(text: str, comma: bool = False) -> list[_Tok]:
    """The tokens of ``text``. Cached, because a sentence is tokenised by find_quantities and again by
    find_ordinals: callers only read the list, never change it. With ``comma``, figures are read as an article
    that writes the decimal comma writes them (decimal_comma_in), each token's text in English form."""
    out: list[_Tok] = []
    prev_end = -1
    b = 0
    pattern = (
        _COMMA_SPACED_TOKEN_RE if comma else _ASCII_SPACED_TOKEN_RE if text.isascii() else _SPACED_TOKEN_RE
    )
    # the whitespace before each token comes along, so offsets are counted, not asked of a match object
    for space, number, word, sym in pattern.findall(text):
        a = b + len(space)
        if number:
            s, kind = number, _NUM
        elif word:
            s, kind = word, _WORD
        else:
            s, kind = sym, _SYM
        b = a + len(s)
        if comma and kind == _NUM and _COMMA_FIGURE.fullmatch(s):
            s = _english_figure(s)  # (its offsets stay the text's)
        out.append(_new_tok(_Tok, (kind, s, s.lower(), a, b, a == prev_end)))
        prev_end = b
    return out


_UnitIndex = dict[str, tuple[tuple[tuple[str, ...], str], ...]]


def _unit_index(table: dict[str, tuple[str, ...]]) -> _UnitIndex:
    """First token (lower-cased) -> (surface tokens, unit), longest first. A one-letter token keeps its case."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for unit, surfaces in table.items():
        for surface in surfaces:
            words = tuple(t.text if len(t.text) == 1 and t.text.isalpha() else t.low for t in _tokenize(surface))
            out.setdefault(words[0].lower(), []).append((words, unit))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in out.items()}


_CURRENCY_SURFACES: dict[str, tuple[str, ...]] = {}
for _w, _u in _CURRENCY_AFTER.items():
    _CURRENCY_SURFACES[_u] = (*_CURRENCY_SURFACES.get(_u, ()), _w)
_UNIT_INDEX = _unit_index({**_UNIT_SURFACES, **_CURRENCY_SURFACES})
_LETTER_UNITS = frozenset(w for ws in _UNIT_SURFACES.values() for w in ws if len(w) == 1)
# the one-word names of the units of physical measures ("g", "oz", "kilograms", "mph"), not of time
MEASURE_UNIT_WORDS = frozenset(
    w.lower()
    for u, ws in _UNIT_SURFACES.items()
    if _DIMENSIONS.get(u, ("", 0.0))[0] != "time"
    for w in ws
    if " " not in w
)

# a one-word name of a unit of a physical measure -> the unit ("kilo", "kilograms" -> "kg")
_UNIT_OF_WORD = {
    w.lower(): u
    for u, ws in _UNIT_SURFACES.items()
    if _DIMENSIONS.get(u, ("", 0.0))[0] not in ("", "time")
    for w in ws
    if " " not in w and len(w) > 1
}


def unit_named(word: str) -> str | None:
    """The unit of a physical measure a word names, however written: "kilo", "kilogram" and "kgs" are "kg"."""
    return _UNIT_OF_WORD.get(word.lower())


# word fractions: denominator words, and the plural ones ("two thirds"); a singular one takes a numerator of one
_DENOMINATORS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "twelfth": 12,
    "twelfths": 12,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1000,
    "thousandths": 1000,
}
_PLURAL_DENOMINATORS = frozenset(w for w in _DENOMINATORS if w.endswith("s"))
_VULGAR: dict[str, Decimal] = {
    "½": D("0.5"),
    "⅓": D(1) / D(3),
    "⅔": D(2) / D(3),
    "¼": D("0.25"),
    "¾": D("0.75"),
    "⅕": D("0.2"),
    "⅖": D("0.4"),
    "⅗": D("0.6"),
    "⅘": D("0.8"),
    "⅙": D(1) / D(6),
    "⅛": D("0.125"),
    "⅜": D("0.375"),
    "⅝": D("0.625"),
    "⅞": D("0.875"),
}
_CENT = D("0.01")

# ordinals as values: "third" -> 3, "twenty-fifth" -> 25, "71st" -> 71
ORDINAL_VALUES: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 10**6,
    "billionth": 10**9,
}
_ORDINAL_SUFFIX = {"1": "st", "2": "nd", "3": "rd"}
# "a second", "per second", "30 second": a unit of time, not an ordinal; "at first": an adverb
_SECOND_BLOCK_BEFORE = frozenset({"a", "one", "per", "split", "every", "each", "nano", "milli", "micro"})
# Words after "a second" of time ("a second later", "a second or two", "a second of silence", "a second to spare")
_AFTER_A_SECOND_OF_TIME = frozenset(
    "later earlier ago before after or and of to too in per each every at the than longer when while as".split()
)
_TIME_DIMENSION_UNITS = frozenset({"month", "year", "decade", "century"})
# Periods of time a span may be spread over ("over three days", "over two years"), singular
_CLOCK_SIGNS = frozenset({"+", "-", "−", "–"})
_CLOCK_UNITS = frozenset(_UNIT_SURFACES["second"] + _UNIT_SURFACES["minute"] + _UNIT_SURFACES["hour"])
# words after which a clock's reading is a moment, not a time taken: "at 10:32:15"
_AT_A_MOMENT = frozenset({"at", "by", "until", "till", "from", "since", "before", "after", "around", "@"})
_CLOCK_UNIT_NAMES = frozenset({"second", "minute", "hour"})
# Words that take a length of time after them ("for a decade", "within a week", "lasted an hour", "took a fortnight")
_SPAN_BEFORE = frozenset(
    "for within lasted lasting last lasts took take takes taking spent spend spends spending".split()
)
_ONE_SPAN_UNITS = frozenset({"minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"})
_ONE_SPAN_CUE = re.compile(
    r"\b(?:" + "|".join(sorted(_SPAN_BEFORE)) + r")\s+(?:(?:about|around|roughly|some)\s+)?an?\s+"
    r"(?:" + "|".join(sorted(_ONE_SPAN_UNITS)) + r")\b",
    re.IGNORECASE,
)
# what after "for a year" makes it no length: another figure or a span's end ("or two", "ago", "later", "running")
_NOT_A_SPAN_AFTER = frozenset({"or", "ago", "later", "earlier", "running", "old", "-", "'s", "’s"})
_PERIODS = frozenset({"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade"})
_DEGREES = frozenset({"degree", "°C", "°F"})
# the first letters of the months, which a day's number follows ("May 5 100 people" is no "5 100")
_MONTH_STEMS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
# words of size after a measure: "2 in thick" is inches
_SIZE_WORDS = frozenset({"thick", "wide", "long", "tall", "deep", "high", "across", "thin", "square"})


# --------------------------------------------------------------------------------------------- values


def _n(d: Decimal) -> Number:
    """A Decimal as the int or float claimcheck stores (integral values as ints)."""
    if d == d.to_integral_value():
        return int(d)
    return num(float(d))


def _exact(
    v: Decimal, unit: str | None = None, whole: Decimal | None = None, all_but: Decimal | None = None
) -> Quantity:
    x = _n(v)
    return Quantity(
        value=x,
        low=x,
        high=x,
        unit=unit,
        whole=None if whole is None else _n(whole),
        all_but=None if all_but is None else _n(all_but),
    )


def _dec(x: Number) -> Decimal:
    return D(str(x)) if isinstance(x, float) else D(x)


def _hedge_band(v: Decimal) -> Decimal:
    """How far a hedge ("about", "nearly") lets a figure stray: a tenth of it, but no more than the step its
    writer rounded to. A round figure is a round estimate ("about 40" may be 37 or 43, "about 500" 460), a
    figure given to its last unit is a rounded count ("about 39" is 38 to 40, "about 242,000" is within a
    thousand of it, "about 72.2%" within a tenth of a point). A last digit 5 is a step of five ("about 25",
    "about 150": a tenth, as before). A figure with a fraction of four or more significant digits keeps the
    tenth: it is as likely a value worked out ("almost a third", 33.33%) as one written so; a whole one ("some
    1,206 ballot papers") is a count given to the unit."""
    tenth = abs(v) * _TENTH
    if v == 0:
        return tenth
    sign, digits, exponent = v.normalize().as_tuple()
    if not isinstance(exponent, int) or (len(digits) > 3 and exponent < 0):
        return tenth
    step = D(10) ** exponent * (5 if digits[-1] == 5 else 1)
    return min(tenth, step)


def _apply(kind: str, q: Quantity) -> Quantity | None:
    """A modifier applied to a quantity with a point value (or, for hedges, to a range)."""
    if q.whole is not None or q.all_but is not None:
        return None
    if q.value is None:
        if kind in _ABOUTISH and q.low is not None and q.high is not None:
            return replace(q, approximate=True)
        return None
    v = _dec(q.value)
    band = _hedge_band(v)
    u = q.unit
    if kind == _ABOUT:
        return Quantity(value=_n(v), low=_n(v - band), high=_n(v + band), approximate=True, unit=u)
    if kind in (_NEARLY, _JUST_UNDER):
        return Quantity(
            value=_n(v), low=_n(v - band), high=_n(v), high_inclusive=kind == _NEARLY, approximate=True, unit=u
        )
    if kind == _JUST_OVER:
        return Quantity(value=_n(v), low=_n(v), high=_n(v + band), low_inclusive=False, approximate=True, unit=u)
    if kind == _OVER:
        return Quantity(value=None, low=_n(v), high=None, low_inclusive=False, unit=u)
    if kind == _AT_LEAST:
        return Quantity(value=None, low=_n(v), high=None, unit=u)
    if kind == _UNDER:
        return Quantity(value=None, low=None, high=_n(v), high_inclusive=False, unit=u)
    if kind == _AT_MOST:
        return Quantity(value=None, low=None, high=_n(v), unit=u)
    if kind == _AS_HIGH:
        return Quantity(value=None, low=None, high=_n(v), approximate=True, unit=u)
    if kind == _AS_LOW:
        return Quantity(value=None, low=_n(v), high=None, approximate=True, unit=u)
    raise ValueError(kind)  # pragma: no cover


def _share(top: Decimal, bottom: Decimal) -> Quantity:
    """top/bottom as a percentage to two decimals (four significant digits below 1 %: "one in a million" is
    0.0001 %), approximate when that rounds it (thirds, sixths)."""
    pct = top * 100 / bottom
    r = pct.quantize(_CENT) if pct >= 1 else D(f"{pct:.4g}")
    v = _n(r)
    return Quantity(value=v, low=v, high=v, unit="%", approximate=pct != r)


def _join(a: Quantity, b: Quantity, e: int) -> Cand | None:
    """An open lower bound and an open upper bound (either order) as one range, if they make one."""
    lo, hi = (a, b) if a.high is None else (b, a)
    if lo.low is None or lo.high is not None or hi.high is None or hi.low is not None:
        return None
    if lo.unit is not None and hi.unit is not None and lo.unit != hi.unit:
        return None
    if not _dec(lo.low) < _dec(hi.high):
        return None
    return (
        Quantity(
            value=None,
            low=lo.low,
            high=hi.high,
            low_inclusive=lo.low_inclusive,
            high_inclusive=hi.high_inclusive,
            approximate=lo.approximate or hi.approximate,
            unit=lo.unit or hi.unit,
        ),
        e,
    )


def _few(mult: Decimal) -> Quantity:
    return Quantity(value=_n(3 * mult), low=_n(2 * mult), high=_n(5 * mult), approximate=True)


class _Amt(NamedTuple):
    """A plain number with its unit: the operand of ranges, parts and modifiers."""

    value: Decimal
    end: int
    unit: str | None
    scale: Decimal  # the largest multiplier written ("3 million" -> 1e6), for "2 to 3 million"


Cand = tuple[Quantity, int]

# ------------------------------------------------------------------------------------------------ parser


# determiners "half" may stand before as a share: "half the crop", "half its staff"
_HALF_DETERMINERS = frozenset("the its their his her our your this that these those".split())


class _Parser:
    """Reads quantity expressions from a token list; ``loose`` admits the whole-string-only forms."""

    __slots__ = ("t", "lows", "n", "loose", "tails", "amounts", "pounds_without_cue", "comma", "letters")

    def __init__(
        self,
        toks: list[_Tok],
        loose: bool,
        pounds: str = "lb",
        comma: bool = False,
        letters: frozenset[str] = frozenset(),
    ) -> None:
        self.t = toks
        self.comma = comma  # the figures are written with the decimal comma (decimal_comma_in)
        self.letters = letters  # the letters of LETTER_SIGNS the article writes as its currency's (letter_signs_in)
        self.pounds_without_cue = pounds
        self.lows = [t.low for t in toks]  # read far more often than anything else of a token
        self.n = len(toks)
        self.loose = loose
        # end token of an amount -> first token of the unit words after it that stay outside a match's span
        self.tails: dict[int, int] = {}
        self.amounts: dict[tuple[int, bool], _Amt | None] = {}  # amount() is asked for the same token often

    # small helpers -------------------------------------------------------------------------------

    def low(self, j: int) -> str:
        return self.lows[j] if j < self.n else ""

    def is_num(self, j: int) -> bool:
        return j < self.n and self.t[j].kind == _NUM

    def glued(self, j: int) -> bool:
        return j < self.n and self.t[j].glued

    def _unit_after_millions(self, j: int) -> bool:
        """Whether the word at ``j`` names a unit of money, mass, volume or energy, or is "pounds": after a number
        with a glued "m" ("100m naira"), what shows that the "m" is millions, not metres."""
        return self.low(j) in _POUNDS or any(
            unit_dimension(u) in ("currency", "mass", "volume", "energy") for u, _ in self.phrase(_UNIT_INDEX, j)
        )

    def phrase(self, index: _PhraseIndex, j: int) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        for words, kind in index.get(self.low(j), ()):
            e = j + len(words)
            # (a slice cut short by the end matches nothing, as no word is ""; a negative j counts from the end)
            if tuple(self.lows[j:e]) == words if j >= 0 else all(self.low(j + i) == w for i, w in enumerate(words)):
                out.append((kind, e))
        return out

    # numbers -------------------------------------------------------------------------------------

    def small(self, j: int) -> tuple[Decimal, int, str] | None:
        """0-99 in words: "seven", "fourteen", "forty", "forty-five", "forty five"."""
        if j >= self.n or self.t[j].kind != _WORD:
            return None
        w = self.t[j].low
        if w in _UNITS:
            return D(_UNITS[w]), j + 1, "unit"
        if w in _TEENS:
            return D(_TEENS[w]), j + 1, "teen"
        if w in _TENS:
            v = _TENS[w]
            if self.low(j + 1) == "-" and self.glued(j + 1) and self.glued(j + 2) and _UNITS.get(self.low(j + 2)):
                return D(v + _UNITS[self.low(j + 2)]), j + 3, "compound"
            if _UNITS.get(self.low(j + 1)) and not self.glued(j + 1):
                return D(v + _UNITS[self.low(j + 1)]), j + 2, "compound"
            return D(v), j + 1, "tens"
        if self.loose and w in _LOOSE_UNITS:
            return D(_LOOSE_UNITS[w]), j + 1, "unit"
        return None

    def decimals(self, j: int) -> tuple[Decimal, int] | None:
        """The digits after "point": "point 77", "point seven seven"."""
        if self.is_num(j) and self.t[j].text.isdigit():
            return D("0." + self.t[j].text), j + 1
        digits = ""
        while self.low(j) in _UNITS:
            digits += str(_UNITS[self.low(j)])
            j += 1
        return (D("0." + digits), j) if digits else None

    def group(self, j: int) -> tuple[Decimal, int, bool] | None:
        """Below a thousand (or "fourteen hundred"): value, end, whether written in digits."""
        if j >= self.n:
            return None
        t = self.t[j]
        if t.kind == _NUM:
            try:
                v = D(t.text.replace(",", "") if t.text.count(".") < 2 else t.text.replace(".", ""))
            except InvalidOperation:  # pragma: no cover
                return None
            k = j + 1
            if (
                k < self.n
                and self.lows[k] == "/"
                and self.glued(k)
                and self.is_num(k + 1)
                and self.glued(k + 1)
                and self.t[k + 1].text.isdigit()
                and t.text.isdigit()
                and int(self.t[k + 1].text) != 0
                and (self.loose or (0 < v < int(self.t[k + 1].text) <= 64 and self.measure_after(k + 2)))
            ):
                # "1/4 inch": in running text a digit fraction only before a unit of measure (else "1/5" is a date)
                return v / D(self.t[k + 1].text), k + 2, True
            if "." not in t.text and self.low(k) == "point":
                d = self.decimals(k + 1)
                if d is not None:
                    return v + d[0], d[1], True
            if t.text.isdigit() and self.glued(k) and self.low(k) in _VULGAR:  # "2½"
                return v + _VULGAR[self.low(k)], k + 1, True
            if (  # "1 1/2": a whole number and a fraction of it
                t.text.isdigit()
                and self.is_num(k)
                and not self.glued(k)
                and self.t[k].text.isdigit()
                and self.low(k + 1) == "/"
                and self.glued(k + 1)
                and self.is_num(k + 2)
                and self.glued(k + 2)
                and self.t[k + 2].text.isdigit()
                and 0 < int(self.t[k].text) < int(self.t[k + 2].text) <= 16
            ):
                return v + D(self.t[k].text) / D(self.t[k + 2].text), k + 3, True
            if (
                k < self.n
                and self.t[k].kind == _NUM
                and not self.t[k].glued
                and (len(self.t[k].text) == 3 or (self.comma and _LAST_GROUP.fullmatch(self.t[k].text)))
            ):
                e = self.thin_groups(j)
                if e > k:  # "10 000": thousands grouped by spaces
                    return D("".join(x.text for x in self.t[j:e])), e, True
            if self.low(k) in _HUNDRED and not self.glued(k):
                return v * 100, k + 1, True
            return v, k, True
        w = t.low
        if w in _VULGAR:
            return _VULGAR[w], j + 1, True
        if w == "point" and self.loose:
            d = self.decimals(j + 1)
            return (d[0], d[1], False) if d is not None else None
        has_hundred = False
        if w == "a" and self.low(j + 1) in _HUNDRED:
            v, k, has_hundred = D(100), j + 2, True
        elif self.loose and w == "hundred":
            v, k, has_hundred = D(100), j + 1, True
        else:
            s = self.small(j)
            if s is None:
                return None
            v, k, kind = s
            if kind in ("unit", "teen") and v > 0:
                c = self.small(k)
                if c is not None and c[2] == "compound":  # "one twenty two", "nineteen eighty-four"
                    return v * 100 + c[0], c[1], False
            if v > 0 and self.low(k) in _HUNDRED:
                v, k, has_hundred = v * 100, k + 1, True
        if has_hundred:
            kk = k + 1 if self.low(k) in ("and", "&") else k
            s2 = self.small(kk)
            if s2 is not None and s2[0] > 0:
                v, k = v + s2[0], s2[1]
        if self.low(k) == "point":
            d = self.decimals(k + 1)
            if d is not None:
                v, k = v + d[0], d[1]
        return v, k, False

    def thin_groups(self, j: int) -> int:
        """The end of a number written with spaces between its groups of three digits ("10 000", "1 250 000"),
        or j + 1. Not after a month ("May 5 100 people"), nor when the last group runs on ("3 100m titles")."""
        t = self.t
        if len(t[j].text) > 3 or not t[j].text.isdigit() or t[j].text[0] == "0":
            return j + 1
        if j > 0 and (t[j - 1].kind == _NUM or t[j - 1].low[:3] in _MONTH_STEMS):
            return j + 1
        k = j + 1
        while self.is_num(k) and not t[k].glued and len(t[k].text) == 3 and t[k].text.isdigit():
            k += 1
        if self.comma and self.is_num(k) and not t[k].glued and _LAST_GROUP.fullmatch(t[k].text):
            return k + 1  # "1 284,6 carats": the decimals after the last group, as the decimal comma writes them
        if self.comma and k > j + 1 and k < self.n and t[k].text == "-":
            return k  # "the 3 106-carat Cullinan": an article that groups so sets its figure before a noun whole
        if k == j + 1 or (k < self.n and t[k].glued and (t[k].kind != _SYM or t[k].text in "-–—/:")):
            return j + 1
        return k

    def scale_at(self, j: int) -> Decimal | None:
        w = self.low(j)
        s = _SCALES.get(w)
        if s is None and self.loose:
            s = _LOOSE_SCALES.get(w)
        return s

    def fraction(self, j: int) -> tuple[Decimal, Decimal, int] | None:
        """A word fraction: "two thirds", "two-thirds", "a quarter", "one fifth" -> numerator, denominator, end."""
        w = self.low(j)
        if w in ("a", "an"):
            top, k = _ONE, j + 1
        else:
            sm = self.small(j)
            if sm is None or sm[0] == 0 or sm[2] not in ("unit", "teen"):
                return None
            top, k = sm[0], sm[1]
        if self.low(k) in _DASHES and self.glued(k) and self.glued(k + 1) and w not in ("a", "an"):
            k += 1
        d = self.low(k)
        if d not in _DENOMINATORS or (d in _PLURAL_DENOMINATORS) != (top > 1):
            return None
        if (
            d not in ("half", "quarter")
            and self.low(k + 1) in _DASHES
            and self.glued(k + 1)
            and self.glued(k + 2)
            and k + 2 < self.n
            and self.t[k + 2].kind == _WORD
        ):
            return None  # "a seventh-floor flat", "a third-party claim": an ordinal compound, no share of anything
        return top, D(_DENOMINATORS[d]), k + 1

    def fraction_scale(self, k: int) -> tuple[Decimal, int] | None:
        """A fraction of a scale word: "half million", "a quarter million", "a quarter-million", "three quarters of a
        million".

        Returns the fraction and the index of the scale word."""
        w = self.low(k)
        if w in ("half", "quarter"):
            f, e = D(1) / D(_DENOMINATORS[w]), k + 1
        else:
            fr = self.fraction(k)
            if fr is None:
                return None
            f, e = fr[0] / fr[1], fr[2]
        if self.low(e) in _DASHES and self.glued(e) and self.glued(e + 1):
            e += 1  # "a quarter-million", "a half-million": the fraction hyphened to its scale word
        elif self.low(e) == "of" and self.low(e + 1) == "a":
            e += 2
        elif self.low(e) == "a" and w != "half":  # "half a million" is read by number() itself
            e += 1
        if self.scale_at(e) is None or self.low(e) not in BARE_SCALES:  # singular, not "dozen"
            return None
        return f, e

    def number(self, j: int, allow_suffix: bool) -> tuple[Decimal, int, Decimal] | None:
        """A whole number expression: value, end, largest multiplier written."""
        k = j
        sign = _ONE
        w = self.low(k)
        if w in ("minus", "negative") or (
            (w in _DASHES or w == "−") and self.is_num(k + 1) and (self.glued(k + 1) or self.loose)
        ):  # "-18", "−18" (the minus sign)
            sign, k = -_ONE, k + 1
        total = _ZERO
        cur: Decimal | None
        scale_max = _ONE
        prev_scale: Decimal | None = None
        last_add = _ZERO
        last_was_scale = False
        fs = self.fraction_scale(k)
        g = self.group(k) if fs is None else None
        w = self.low(k)
        if fs is not None:
            cur, k = fs
        elif g is not None:
            cur, k, digits = g
            if digits and self.glued(k) and k < self.n and self.t[k].kind == _WORD:
                sfx = _SUFFIXES.get(self.low(k))
                if sfx is None and self.loose:
                    sfx = _LOOSE_SUFFIXES.get(self.low(k))
                if sfx is None and allow_suffix:
                    sfx = _MONEY_SUFFIXES.get(self.low(k))
                if sfx is not None and (
                    allow_suffix
                    or self.loose
                    or self.low(k) != "m"
                    # "a ransom of 100m naira", "5m tonnes", "2m litres": a unit of money, mass or volume after it
                    # makes "m" millions (no length is measured in metres of tonnes)
                    or self._unit_after_millions(k + 1)
                ):
                    return sign * cur * sfx, k + 1, sfx
        elif w == "a" and self.scale_at(k + 1) is not None:
            cur, k = _ONE, k + 1
        elif w == "a" and self.low(k + 1) in ("couple", "pair"):
            kk = k + 3 if self.low(k + 2) == "of" else k + 2
            if self.low(kk) in _HUNDRED:
                cur, k = D(200), kk + 1
            elif self.scale_at(kk) is not None and self.low(kk) not in ("dozen", "dozens"):
                cur, k = D(2), kk
            else:
                return None
        elif w == "half" and self.low(k + 1) == "a" and self.scale_at(k + 2) is not None:
            cur, k = D("0.5"), k + 2
        elif self.loose and w in BARE_SCALES:
            cur = _ONE
        else:
            return None
        if self.low(k) == "and" and self.low(k + 1) == "a" and self.low(k + 2) == "half":
            cur, k = cur + D("0.5"), k + 3
        elif self.lows[k : k + 6] == ["-", "and", "-", "a", "-", "half"] and all(
            self.glued(i) for i in range(k, k + 6)
        ):
            cur, k = cur + D("0.5"), k + 6  # "13-and-a-half years", written as one word
        if (
            cur is not None
            and self.low(k) in _DASHES
            and self.glued(k)
            and self.glued(k + 1)
            and self.scale_at(k + 1) is not None
            and self.is_num(k - 1)
        ):
            k += 1  # "a $12-million lift", "a ₹3.2-crore project": a scale hyphened to its figure before a noun
        while True:
            s = self.scale_at(k)
            if s is not None:
                if cur is not None:
                    if prev_scale is not None and s >= prev_scale:
                        break
                    last_add = cur * s
                    total += last_add
                    prev_scale, cur, last_was_scale = s, None, True
                    scale_max = max(scale_max, s)
                    k += 1
                    continue
                if last_was_scale and prev_scale is not None and s > prev_scale:  # "three thousand millions"
                    total += last_add * s - last_add
                    last_add *= s
                    prev_scale *= s
                    scale_max = max(scale_max, prev_scale)
                    k += 1
                    continue
                break
            if cur is None and prev_scale is not None:
                if self.low(k) == "and" and self.low(k + 1) == "a" and self.low(k + 2) == "half":
                    total += prev_scale / 2
                    k += 3
                    break
                kk = k + 1 if self.low(k) in ("and", "&", ",") else k
                g2 = self.group(kk)
                if (
                    g2 is not None
                    and not g2[2]
                    and g2[0] < prev_scale
                    # "three million, two hundred and forty"; not "a million, two ..." nor "three million, two million"
                    and (self.low(k) != "," or (g2[0] >= 100 and (self.scale_at(g2[1]) or _ZERO) < prev_scale))
                ):
                    cur, k = g2[0], g2[1]
                    last_was_scale = False
                    continue
            break
        return sign * (total + (cur or _ZERO)), k, scale_max

    def amount(self, j: int, allow_suffix: bool = False) -> _Amt | None:
        """A number with its currency, percent or unit."""
        key = (j, allow_suffix)
        if key not in self.amounts:
            self.amounts[key] = self.read_amount(j, allow_suffix)
        return self.amounts[key]

    def read_amount(self, j: int, allow_suffix: bool) -> _Amt | None:
        k = j
        unit: str | None = None
        w = self.low(j)
        if (
            j < self.n
            and self.t[j].text == "$"
            and self.low(j + 1) in _CURRENCY_PREFIXES
            and self.glued(j + 1)
            and self.is_num(j + 2)
            and self.glued(j + 2)
        ):
            unit, k = _CURRENCY_PREFIXES[self.low(j + 1)], j + 2  # "$US4.5m", "$A2.1 million": Australian style
        elif j < self.n and self.t[j].text in _CURRENCY_SIGNS:
            unit, k = _CURRENCY_SIGNS[self.t[j].text], j + 1
        elif w in _CURRENCY_PREFIXES and self.low(j + 1) == "$" and self.glued(j + 1):
            unit, k = _CURRENCY_PREFIXES[w], j + 2
        elif w == "gh" and self.low(j + 1) in _CEDI_SIGNS and self.glued(j + 1) and self.is_num(j + 2):
            unit, k = "GHS", j + 2  # "GH¢1.2 million"
        elif j < self.n and self.t[j].text in _ISO_CODES and self.is_num(j + 1):
            unit, k = _ISO_CODES[self.t[j].text], j + 1  # "PHP 2.5 million", "USD 5m"
        elif j < self.n and self.t[j].text in _SIGNS_BEFORE and self.is_num(j + 1):
            unit, k = _SIGNS_BEFORE[self.t[j].text], j + 1  # "MT 54 million", "MT54m"
        elif w in _CURRENCY_WORDS_BEFORE and self.t[j].kind == _WORD:
            k = j + 2 if self.low(j + 1) == "." and self.glued(j + 1) else j + 1
            if not self.is_num(k) or (len(w) == 2 and k == j + 1 and not self.glued(k) and w not in _SPACED_WORDS):
                return None
            unit = _CURRENCY_WORDS_BEFORE[w]
        elif j + 1 < self.n and self.t[j].text == "S" and self.t[j + 1].text == "/" and self.glued(j + 1):
            # "S/ 1.5 million", "S/214,000", "S/. 30,000": the Peruvian sol as Peru writes it
            k = j + 3 if self.low(j + 2) == "." and self.glued(j + 2) else j + 2
            if not self.is_num(k):
                return None
            unit = "PEN"
        elif j < self.n and self.t[j].text in LETTER_SIGNS and self.is_num(j + 1) and self.glued(j + 1):
            if not self.lettered_sum(j + 1):
                return None
            unit, k = LETTER_SIGNS[self.t[j].text], j + 1
        elif j < self.n and self.t[j].text in _MARKED_SIGNS and self.is_num(j + 1) and self.lettered_sum(j + 1):
            unit, k = _MARKED_SIGNS[self.t[j].text], j + 1
        first = k
        r = self.number(k, allow_suffix or unit is not None)
        if r is None:
            return None
        v, k, scale = r
        digits_end = k
        if unit is None:
            w = self.low(k)
            if w in ("%", "percent"):
                unit, k = "%", k + 1
            elif w == "per" and self.low(k + 1) == "cent":
                unit, k = "%", k + 2
            elif w == "pc" and self.glued(k):
                unit, k = "%", k + 1
            elif w == "pence" or (w == "p" and self.glued(k)):
                unit, k, v = "GBP", k + 1, v / 100  # "142 pence", "142p": a share price in pence, £1.42
            elif w in ("cents", "cent") and not self.glued(k):
                unit, k, v = self.cents_of(), k + 1, v / 100  # "50 cents": hundredths of a dollar, or of a euro
            elif self.glued(k) and (w == "¢" or (w == "c" and self.cents_glued(k + 1))):
                unit, k, v = self.cents_of(), k + 1, v / 100  # "4c a litre", "from 48c", "20¢"
            elif w == "percentage" and self.low(k + 1) in ("point", "points"):
                unit, k = "pp", k + 2
            elif w == "basis" and self.low(k + 1) in ("point", "points"):
                unit, k = "bp", k + 2  # "200 basis points": hundredths of a percentage point
            elif w in ("bp", "bps"):
                unit, k = "bp", k + 1  # "+200bp", "80 bps"
        if (
            unit is None
            and k < self.n
            and self.t[k].text in _CURRENCY_SIGNS
            and (self.t[k].text != "$" or (self.t[k].glued and not self.glued(k + 1)))  # "10$", not "10 $20 bills"
        ):
            unit, k = _CURRENCY_SIGNS[self.t[k].text], k + 1  # "15€", "15 €": the European order
        if unit is None and k < self.n and self.t[k].text in _ISO_CODES:
            unit, k = _ISO_CODES[self.t[k].text], k + 1  # "5,000 USD", "2.5 million PHP"
        if unit is None and k < self.n and self.lows[k] == "in" and self.glued_inches(k):
            unit, k = "in", k + 1  # "buried 35cm (14in) below", "a 6in pipe": glued, as "14cm" is
        elif unit is None and k < self.n and self.lows[k] == "in" and self.inches(k, self.fraction_before(k)):
            unit, self.tails[k + 1] = "in", k  # "2 1/2 in thick"
            k += 1
        elif unit is None and k + 2 < self.n and self.lows[k] == "in" and self.inch_mark(k):
            unit, self.tails[k + 2] = "in", k  # "7.2 in. of rain"
            k += 2
        if unit is None:
            u = self.unit_after(k)
            if u is not None:
                unit, k2, outside = u
                if outside is not None:
                    self.tails[k2] = outside
                k = k2
            else:
                unit = self.unit_before(j)
        if (
            unit in _CURRENCIES
            and unit not in _THOUSANDTHS
            and scale == _ONE
            and digits_end == first + 1
            and _POINTED_THOUSANDS.fullmatch(self.t[first].text)
        ):
            v = D(self.t[first].text.replace(".", ""))  # "30.000 lei": thousands grouped by a point, as Europe writes
            if unit == "USD" and first > 0 and self.t[first - 1].text == "$" and not self.t[first - 1].glued:
                # "a bonus of $350.000": a bare "$" before thousands grouped by a point is the peso sign, as Latin
                # America writes it (which peso is the corpus's to say); a dollar's thousands take a comma
                unit = "PESO"
        return _Amt(v, k, unit, scale)

    def lettered_sum(self, j: int) -> bool:
        """The number at ``j``, glued to a capital letter of LETTER_SIGNS, is a sum as the country's English writes
        it: with a scale ("R4.2-million", "R3bn", "N5m"), its thousands grouped ("R500 000", "R15,000", "N500,000")
        or its cents ("R12.50"). A bare "R500", "R445" or "N95" may as well be a road, a form or a model, and is
        left alone."""
        got = self.number(j, True)
        if got is None:
            return False
        _, end, scale = got
        written = "".join(("" if i == j or self.t[i].glued else " ") + self.t[i].text for i in range(j, end))
        if scale > _ONE or _LETTERED_FIGURE.fullmatch(written):
            return True
        before = self.low(j - 2) if j >= 2 else ""
        return house_sum(self.t[j - 1].text, written, before, self.low(end) if end < self.n else "", self.letters)

    def cents_glued(self, j: int) -> bool:
        """Whether a "c" glued to a figure, before token ``j``, is cents ("cut by 4c a litre", "The 4c/L cut",
        "excise rises from 48c"), not degrees ("a scorching 30c"): a price per unit follows, or the sentence speaks
        of money and not of heat."""
        if (self.low(j) in ("a", "an", "per") and self.low(j + 1) in _PRICED_UNITS) or (
            self.low(j) == "/" and self.glued(j) and self.low(j + 1) in _PRICED_UNITS
        ):
            return True
        return _HEAT_WORDS.isdisjoint(self.lows) and not _PRICE_WORDS.isdisjoint(self.lows)

    def cents_of(self) -> str:
        """Whose hundredths "cents" are: the euro's or another dollar's when the sentence names one ("€2 and 50
        cents", "an A$2 coin and 50 cents"), else the US dollar's."""
        for i, t in enumerate(self.t):
            if t.text == "€" or t.low in ("euro", "euros"):
                return "EUR"
            if t.text == "$" and i > 0 and t.glued and self.low(i - 1) in _CURRENCY_PREFIXES:
                return _CURRENCY_PREFIXES[self.low(i - 1)]
            if t.low in ("dollar", "dollars") and i > 0:
                got = _CURRENCY_AFTER.get(f"{self.low(i - 1)} dollars")
                if got is not None:
                    return got
        return "USD"

    def mission_clock(self, j: int, e: int) -> bool:
        """ "T+68 seconds", "T-10 minutes": the mission clock of a launch, time after (or before) lift-off, a
        duration in the unit written after it."""
        t = self.t
        return (
            j >= 2
            and t[j].kind == _NUM
            and t[j - 1].text in _CLOCK_SIGNS
            and t[j - 1].glued
            and t[j - 2].text == "T"
            and not (j >= 3 and t[j - 2].glued)
            and t[e - 1].low in _CLOCK_UNITS
        )

    def measure_after(self, k: int) -> bool:
        """Whether a unit of measure (not a currency) is written at k, "in" for inches included."""
        if self.low(k) == "in":
            return self.inches(k, True)
        u = self.unit_after(k)
        return u is not None and u[0] not in _CURRENCIES

    def inches(self, k: int, fraction: bool) -> bool:
        """ "in" after a number is inches only where English makes it clear: after a fraction ("1/4 in", "2 1/2
        in") or before a word of size that ends the phrase ("2 in thick", "6 in wide."); "2 in 5 voters", "3 in
        the morning" and "2 in long-term care" keep the preposition."""
        if self.low(k) != "in" or self.glued(k):
            return False
        nxt = self.low(k + 1)
        if fraction:
            return not (self.is_num(k + 1) or nxt in ONE_WORD_NUMBERS or nxt in _DETERMINERS or nxt in ("a", "an"))
        if nxt not in _SIZE_WORDS:
            return False
        e = k + 2
        return e >= self.n or (self.t[e].kind == _SYM and self.t[e].text not in _DASHES) or self.low(e) in ("and", "by")

    def glued_inches(self, k: int) -> bool:
        """ "14in", "a 6in pipe": "in" glued to a number, with no letter or digit glued after it, is inches (English
        never glues the preposition to a number)."""
        if not self.glued(k) or k == 0 or not self.is_num(k - 1):
            return False
        return k + 1 >= self.n or not self.glued(k + 1) or self.t[k + 1].kind == _SYM

    def inch_mark(self, k: int) -> bool:
        """ "7.2 in. of rain", "a 6 in. pipe": "in" with its abbreviation's full stop, the sentence running on in
        lower case after it (a preposition closing a sentence is followed by a capital or nothing)."""
        if self.glued(k) or self.low(k + 1) != "." or not self.glued(k + 1) or self.glued(k + 2):
            return False
        nxt = self.t[k + 2]
        return nxt.kind == _WORD and nxt.text[:1].islower()

    def loose_degrees(self, k: int, e: int, letter: str) -> bool:
        """ "a water temperature of about 2 C.", "The air temperature was -6 C": Canadian Press style sets the scale's
        letter apart from the number; it is a temperature when the letter ends its phrase (a stop, a comma, the end)
        and no capitalised label stands before the number ("Plan 2 C", "Grade 3 F" name things)."""
        if letter not in ("C", "F") or not (e >= self.n or (self.t[e].kind == _SYM and self.t[e].text in ".,;:)")):
            return False
        before = k - 2 if k >= 2 and self.t[k - 1].kind == _NUM else -1
        return before < 0 or not (self.t[before].kind == _WORD and self.t[before].text[:1].isupper())

    def large_before(self, k: int) -> bool:
        """The number that ends right before ``k`` is written with a scale word ("12 million") or four digits or
        more ("500,000"): an amount large enough for a currency of small units, as the won is."""
        prev = self.t[k - 1] if k > 0 else None
        if prev is None:
            return False
        if prev.kind == _WORD:
            return self.low(k - 1) in ("million", "billion", "trillion", "bn", "m", "mn")
        return prev.kind == _NUM and sum(ch.isdigit() for ch in prev.text.split(".")[0]) >= 4

    def unit_after(self, k: int) -> tuple[str, int, int | None] | None:
        """A unit written after a number: unit, end, and where the unit starts when it stays outside the
        match's span (a separate word or a hyphen-glued one: "50 metres", "a 10-point lead"); None when
        it is glued or a symbol ("100mph", "25°C"), which stays inside."""
        if k >= self.n:
            return None
        start = k
        if self.low(k) == "-" and self.glued(k) and self.glued(k + 1) and self.t[k + 1].kind == _WORD:
            start = k + 1
        if self.low(start) in _POUNDS and self.low(start + 1) != "sterling":  # "pounds sterling": the table's
            first = self.t[start]
            apart = first.kind == _WORD and not (first.glued and start == k)
            return self.pounds(start, k - 1), start + 1, k if apart else None
        if self.low(start) == "times" and start == k and self.low(start + 1) in _MULTIPLE_NEXT:
            # "three times more people", "eight times that of a normal Saturday", "3 times the crowd": a multiple,
            # as "8x" is (but "inspected four times", "three times a day" count occasions)
            return "x", start + 1, k
        for words, unit in _UNIT_INDEX.get(self.low(start), ()):
            if not all(
                start + i < self.n and (self.t[start + i].text if w in _LETTER_UNITS else self.low(start + i)) == w
                for i, w in enumerate(words)
            ):
                continue
            e = start + len(words)
            first = self.t[start]
            glued = first.glued and start == k
            if words == ("s",) and "." not in self.t[k - 1].text:
                continue  # "9.58s", "6.4 s" are seconds; "the 1990s", "in his 60s", "two 747s" are not
            if len(words) == 1 and words[0] in _LETTER_UNITS and not glued:
                if words[0] not in _LOOSE_LETTER_UNITS and words[0] != "s" and not self.loose_degrees(k, e, words[0]):
                    continue  # "5 g", "25 C": a letter apart from the number is too often something else
                if words[0] != "m" and e < self.n and self.t[e].glued and self.t[e].text in _DASHES:
                    continue  # "2 t-shirts", "an L-shaped room": a letter that starts a word ("a 30 m-long pipe")
            if words[0] in ("hr", "hrs") and self.t[k - 1].kind == _NUM and len(self.t[k - 1].text) == 4:
                continue  # "1400 hrs": a time of day
            if unit == "x" and not glued:
                continue
            if words in (("won",), ("dong",)) and not self.large_before(k):
                continue  # "12 million won", "500,000 won"; but "of the 30 races, 12 won": the verb
            if words == ("point",) and start == k and self.t[k - 1].kind == _WORD:
                continue  # "at one point": an idiom; "a 10-point lead", "by 4 points", "three points" are units
            if words == ("stone",) and self.low(k - 1) in ("one", "1", "a", "an"):
                continue  # "threw one stone": a stone; "lost six stone" is the weight, always plural in number
            if self.low(e) == "old" or (self.low(e) == "-" and self.low(e + 1) == "old"):
                return None  # "25-year-old", "25 years old": an age, read by the claims extractor
            if e < self.n and self.t[e].glued and self.t[e].kind != _SYM:
                continue  # "5 kms2x": the unit runs on into other letters or digits
            outside = k if first.kind == _WORD and not glued else None
            return unit, e, outside
        named = self.t[start] if start == k and start + 1 < self.n else None
        if (
            named is not None
            and named.kind == _WORD
            and not named.glued
            and named.text[:1].isupper()
            and named.text[1:].islower()
            and self.low(start + 1) not in _POUNDS
            and (named_unit := currency_of_word(self.low(start + 1))) is not None
        ):
            # "15,000 Congolese francs", "500 Jordanian dinars": a country's currency named by its people's adjective
            # is the currency the name gives (the table names the pairs that say more: "Swiss francs", "Egyptian
            # pounds")
            return named_unit, start + 2, k
        return None

    def pounds(self, k: int, number: int) -> str:
        """ "pounds" at token k: sterling ("GBP") or a weight ("lb"). What follows decides first: an amount in
        another currency in brackets restates it as money ("2.4 million pounds ($3.2 million)"), one in a unit
        of mass as a weight, and "pounds of" measures a material ("500 pounds of explosives") unless money
        follows ("2 million pounds of public money"). Else the sentence's words: of paying, owing and selling
        (money) or of weighing (weight), the nearest to the number (token ``number``) winning when it has both;
        a weight when it has neither, as pounds of money are mostly written "£", unless the article's other
        pounds are money (``pounds_without_cue``, see find_quantities)."""
        if self.low(k + 1) == "(":
            j = k + 2
            while j < self.n and self.t[j].kind == _WORD and self.low(j) not in _CURRENCY_WORDS_BEFORE:
                j += 1  # "(about $3.2 million)", "(roughly 1,100 kg)"
            if j < self.n and (self.t[j].text in _CURRENCY_SIGNS or self.low(j) in _CURRENCY_WORDS_BEFORE):
                return "GBP"
            a = self.amount(j) if j < self.n and self.t[j].kind == _NUM else None
            if a is not None and a.unit is not None:
                dim = unit_dimension(a.unit)
                if dim == "currency":
                    return "GBP"
                if dim == "mass":
                    return "lb"
        if self.low(k + 1) == "of":
            j = k + 2
            while j < min(self.n, k + 6) and self.low(j) not in _MONEY_WORDS:
                j += 1  # "of taxpayers' money", "of public money"
            return "GBP" if j < min(self.n, k + 6) else "lb"
        best: tuple[int, str] | None = None
        for i, t in enumerate(self.t):
            cue = "GBP" if t.low in _MONEY_WORDS or t.text in _CURRENCY_SIGNS else None
            if t.low in _WEIGHT_WORDS:
                cue = "lb"
            if cue is None and t.low in _UNIT_INDEX and i != k:
                u = next((unit for words, unit in _UNIT_INDEX[t.low] if len(words) == 1), None)
                cue = "GBP" if u in _CURRENCIES else None  # "40,000 pounds, or 46,000 euros"
            if cue is not None and (best is None or abs(i - number) < best[0]):
                best = (abs(i - number), cue)
        return best[1] if best is not None else self.pounds_without_cue

    def fraction_before(self, k: int) -> bool:
        """Whether the number ending at k ends in a fraction: "1/4", "2 1/2", "2½", "¾"."""
        if k >= 1 and self.low(k - 1) in _VULGAR:
            return True
        return k >= 3 and self.is_num(k - 1) and self.low(k - 2) == "/" and self.glued(k - 2)

    def unit_before(self, j: int) -> str | None:
        """A unit written before the number: "magnitude 7.7", "magnitude of 7.7", "magnitude-7.7", "Category 3"."""
        k = j - 1
        if k >= 0 and self.t[k].text in _DASHES and self.glued(j) and self.t[k].glued:
            k -= 1
        elif k >= 1 and self.low(k) == "of":
            k -= 1
            if self.low(k) not in ("magnitude", "ph"):  # "a magnitude of 7.7", "a pH of 2.1"
                return None
        if k >= 1 and k == j - 1 and self.t[k].low in _RATINGS_BEFORE and self.low(k - 1) in ("a", "an"):
            return self.t[k].low
        unit = _UNITS_BEFORE.get(self.t[k].low) if k >= 0 else None
        if unit == "pH" and self.t[k].text != "pH":
            return None  # "BN contesting 20 and PH eight": a party's initials, not acidity, which is written "pH"
        return unit

    # expressions ---------------------------------------------------------------------------------

    def of_ok(self, k: int) -> bool:
        return self.low(k) == "of" and self.low(k + 1) not in _DETERMINERS

    def whole(self, k: int) -> tuple[Decimal, int] | None:
        """ "of the 17", "of 17", "out of 17": the whole a part is taken from."""
        if self.low(k) == "of":
            k += 1
        elif self.low(k) == "out" and self.low(k + 1) == "of":
            k += 2
        else:
            return None
        if self.low(k) == "the":
            k += 1
        return self.count(k)

    def count(self, k: int) -> tuple[Decimal, int] | None:
        """A plain positive whole number that is not a bare year."""
        b = self.amount(k)
        if b is None or b.unit is not None or b.value <= 0 or b.value != b.value.to_integral_value():
            return None
        t = self.t[k]
        if b.end == k + 1 and t.kind == _NUM and len(t.text) == 4 and 1800 <= b.value <= 2100:
            return None
        return b.value, b.end

    def partitive(self, j: int) -> list[Cand]:
        out: list[Cand] = []
        w = self.low(j)
        if w == "all" and self.low(j + 1) == "but":
            a = self.count(j + 2)
            if a is not None:
                wh = self.whole(a[1])
                if wh is not None and wh[0] > a[0]:
                    out.append((_exact(wh[0] - a[0], whole=wh[0], all_but=a[0]), wh[1]))
                else:
                    out.append((Quantity(value=None, low=None, high=None, all_but=_n(a[0])), a[1]))
            return out
        if w == "none" and self.low(j + 1) == "of":
            wh = self.whole(j + 1)
            if wh is not None:
                out.append((_exact(_ZERO, whole=wh[0]), wh[1]))
            return out
        if w == "all":
            k = j + 3 if self.low(j + 1) == "of" and self.low(j + 2) == "the" else j + 1
            c = self.count(k)
            if c is not None:
                out.append((_exact(c[0], whole=c[0]), c[1]))
            return out
        if w in ("every", "each"):
            k = j + 2 if self.low(j + 1) == "single" else j + 1
            if self.low(k) == "one" and self.low(k + 1) == "of":
                wh = self.whole(k + 1)  # "every one of the 382 areas", "each one of the 12": all of them
                if wh is not None:
                    out.append((_exact(wh[0], whole=wh[0]), wh[1]))
            return out
        part = self.amount(j)
        if part is not None and part.unit is None and part.value >= 0:
            wh = self.whole(part.end)
            if wh is not None and wh[0] >= part.value:
                out.append((_exact(part.value, whole=wh[0]), wh[1]))
        return out

    def collective(self, j: int) -> list[Cand]:
        """ "a couple (of)", "a pair (of)", "a few (hundred)", "dozens (of)", "tens of thousands"."""
        out: list[Cand] = []
        w = self.low(j)
        q: Quantity | None = None
        k = j
        if w == "a" and self.low(j + 1) in ("couple", "pair"):
            q, k = _exact(D(2)), j + 2
        elif (w == "a" and self.low(j + 1) == "few") or (self.loose and w == "few"):
            k = j + 2 if w == "a" else j + 1
            mult = _ONE
            if self.low(k) in _HUNDRED:
                mult, k = D(100), k + 1
            elif self.scale_at(k) is not None and self.low(k) not in ("dozen", "dozens"):
                mult, k = self.scale_at(k) or _ONE, k + 1
            q = _few(mult)
        elif w == "scores" and (self.low(j + 1) != "of" or (j > 0 and self.low(j - 1) in _DETERMINERS)):
            pass  # "exam scores", "the scores of the candidates": the noun; a quantity only as "scores of" people
        elif w in _VAGUE or (w in _VAGUE_LEAD and self.low(j + 1) == "of" and self.low(j + 2) in _VAGUE):
            prod = _VAGUE.get(w) or _VAGUE_LEAD[w]
            k = j + 1
            last = prod
            while self.low(k) == "of" and self.low(k + 1) in _VAGUE and _VAGUE[self.low(k + 1)] > last:
                last = _VAGUE[self.low(k + 1)]
                prod *= last
                k += 2
            q = Quantity(value=None, low=_n(2 * prod), high=None, approximate=True)
        if q is not None:
            out.append((q, k))
            if self.of_ok(k):
                out.append((q, k + 1))
        return out

    def core(self, j: int) -> list[Cand]:
        """A number with its unit, alone, with a postfix modifier, or as the start of a range."""
        out: list[Cand] = (
            self.collective(j) + self.share(j) + self.ratio(j) + self.and_a_half(j) + self.one_unit_and(j)
        )
        a = self.amount(j)
        if a is None:
            return out
        unit = a.unit
        if unit is None and a.end < self.n and self.lows[a.end] == "and":
            unit = self.shared_unit(j, a)
        base = _exact(a.value, unit)
        out.append((base, a.end))
        if a.end not in self.tails and (a.unit in _CLOCK_UNIT_NAMES or a.unit in _GLUED_COMPOUNDS):
            c = self.compound(a)  # "2hrs 7mins 41secs", "6ft 2in": units glued to their numbers
            if c is not None:
                out.append(c)
        if a.end in self.tails:
            # "10 years or more": a unit word inside would break the span, unless the same unit closes a range
            # ("5 km to 8 km"), a measure's span whose unit is read, not a counted noun
            if self.low(a.end) in ("to", *_DASHES) and not (j > 0 and self.low(j - 1) in _CHANGE_WORDS | {"from"}):
                r = self.range_from(a, a.end + 1, same_unit=True)
                if r is not None:
                    out.append(r)
            c = self.compound(a)
            if c is not None:
                out.append(c)
            if a.unit in _DEGREES and self.low(a.end) == "below" and self.low(a.end + 1) == "zero":
                out.append((_exact(-a.value, a.unit), a.end + 2))  # "5 degrees below zero"
            for kind, _e in self.phrase(_POSTFIX, a.end):
                # "can strike 10 miles or more from the rain shaft", "waited 10 hours or so": a bound or a hedge
                # written after the unit is the figure's, as it is after a bare number ("5,000 or more"); the span
                # still ends before the unit word, so that it never holds a counted noun
                if self.t[a.end].kind != _SYM and self.low(a.end) in ("or", "and"):
                    q = _apply(kind, base)
                    if q is not None:
                        out = [(q, a.end) if c == (base, a.end) else c for c in out]
                        break
            return out
        if self.low(a.end - 1) in ("dozen", "dozens") and self.of_ok(a.end):
            out.append((base, a.end + 1))
        for kind, e in self.phrase(_POSTFIX, a.end):
            if self.t[a.end].kind != _SYM or self.glued(a.end):  # "20+", "20-plus" are glued
                q = _apply(kind, base)
                if q is not None:
                    out.append((q, e))
        sep = self.low(a.end)
        if sep == "to" and j > 0 and self.low(j - 1) in _CHANGE_WORDS | {"from"}:
            pass  # "rose 5% to 61%", "rose from 5 to 61": a change, not a range
        elif sep in ("to", "or") or (
            sep in _DASHES
            and self.glued(a.end) == self.glued(a.end + 1)
            # "Nov 17 - Three masked men": a capitalised word after a spaced dash opens a new clause
            and (self.glued(a.end) or a.end + 1 >= self.n or not self.t[a.end + 1].text[:1].isupper())
        ):
            r = self.range_from(a, a.end + 1)
            if r is not None:
                out.append(r)
        elif sep in _DASHES and self.glued(a.end) and self.low(a.end + 1) in ("to", "or") and a.unit is None:
            # "8- to 16-metre": the first number's hyphen waits for the unit hyphen-glued to the second
            b = self.amount(a.end + 2)
            if (
                b is not None
                and b.unit is not None
                and self.low(self.tails.get(b.end, b.end)) in _DASHES
                and self.low(b.end + 1) not in ("old", "olds")  # "3- to 5-year-olds": ages, read by the claims
            ):
                r = self.range_from(a, a.end + 2)
                if r is not None:
                    out.append(r)
        return out

    def compound(self, a: _Amt) -> Cand | None:
        """A measure in two or more units of one dimension, the larger first: "2 hours and 30 minutes", "5 feet 10
        inches", "3 kg 200 g", "2hrs 7mins 41secs" -> the whole in the smallest unit (150 minutes, 70 inches,
        3200 g, 7661 seconds). Each later amount is less than one of the unit before it, as such a compound is
        written. Years and months, whose lengths in seconds vary, are counted in months, and the whole is given in
        years when it is a whole number of quarters ("12 years and six months" -> 12.5 years), as a reader says
        it; else in months ("two years and five months" -> 29 months)."""
        da = _COMPOUND_DIMENSIONS.get(a.unit or "")
        if da is None or a.value < 0:
            return None
        whole, unit, end, parts = a.value * D(str(da[1])), a.unit, a.end, 1
        while True:
            # "and" or a comma between only in time ("2 hours and 30 minutes"): "rose 2 m and 50 cm of rain fell"
            k = end + 1 if self.low(end) in ("and", ",") and da[0] in ("time", "calendar") else end
            if self.low(k) == "and" and self.low(end) == ",":
                k += 1  # "two hours, seven minutes and 41 seconds": the last of a list
            if not self.is_num(k) and self.low(k) not in ONE_WORD_NUMBERS:
                break
            b = self.amount(k)
            unsaid = b is not None and b.unit is None and self.inches_unsaid(a, unit, b)
            if b is not None and unsaid:
                b = _Amt(b.value, b.end, "in", b.scale)  # "Haskins is 5 feet 9 and about 160 pounds": 69 inches
            if (
                b is None
                or b.unit is None
                or b.value < 0
                # (units glued in one only as in the other: "6ft 2in", "6 feet 2 inches")
                or (
                    (b.end not in self.tails) != (a.end not in self.tails)
                    and da[0] not in ("time", "calendar")
                    and not unsaid
                )
            ):
                break
            db = _COMPOUND_DIMENSIONS.get(b.unit)
            last = _COMPOUND_DIMENSIONS[unit or ""]
            if db is None or db[0] != da[0] or da[0] == "temperature" or not db[1] < last[1]:
                break
            if not b.value * D(str(db[1])) < D(str(last[1])):
                break
            whole, unit, end, parts = whole + b.value * D(str(db[1])), b.unit, b.end, parts + 1
        if parts == 1 or unit is None:
            return None
        base = D(str(_COMPOUND_DIMENSIONS[unit][1]))
        if da[0] == "calendar" and whole % 3 == 0:
            return _exact(whole / 12, "year"), end
        return _exact(whole / base, unit), end

    def inches_unsaid(self, a: _Amt, unit: str | None, b: _Amt) -> bool:
        """ "5 feet 9", "6 ft 2 and 190 pounds": a person's height as English says it, the inches after the feet a
        bare whole number under 12 that ends the phrase (not "25 feet 3 people"). (The hyphened "a 5-foot-9 man" is
        not read.)"""
        if unit != "ft" or a.unit != "ft" or b.scale != 1 or not (0 < b.value < 12) or b.value != int(b.value):
            return False
        nxt = self.low(b.end)
        return b.end >= self.n or self.t[b.end].kind == _SYM or nxt in _AFTER_A_HEIGHT

    def shared_unit(self, j: int, a: _Amt) -> str | None:
        """The unit written once after two numbers joined by "and" ("45 and 50 mg", "5 and 10%"): the first
        one's unit too. Both written alike (digits or words, one scale) and rising, as such lists are."""
        k = a.end
        if self.low(k) != "and" or a.scale != 1 or a.value < 0 or self.is_num(j) != self.is_num(k + 1):
            return None
        if k == j + 1 and len(self.t[j].text) == 4 and 1800 <= a.value <= 2100:
            return None  # "in 2019 and 2020 tonnes were ...": a year, not an amount
        b = self.amount(k + 1)
        if b is None or b.unit is None or b.scale != 1 or not a.value < b.value or b.unit == "x":
            return None
        return b.unit

    def share(self, j: int) -> list[Cand]:
        """A fraction of a group, as a percentage: "two thirds (of voters)" -> 66.67 %, "a fifth of" -> 20 %,
        "half of" -> 50 %. A singular fraction ("a third", "one quarter") needs "of", a hyphen or the end of
        a clause after it, so "a third term" stays an ordinal."""
        if self.low(j) == "half":
            if self.low(j + 1) in ("a", "an"):
                m = self.measured(D("0.5"), j + 2)  # "half a mile"
                return [m] if m is not None else []
            if self.loose and j + 1 == self.n:
                return [(_exact(D("0.5")), j + 1)]  # a whole string "half": the number
            before = self.low(j - 1) if j > 0 else ""
            if before in _ORDINALS or before in ("the", "a", "an", "and"):
                return []
            # "half of the crop", and "nearly half the world's cocoa", "half its staff": "half" before a determiner
            # is a share of what the determiner's noun names, as "half of" is
            if self.low(j + 1) != "of" and self.low(j + 1) not in _HALF_DETERMINERS:
                return []
            return [(_share(_ONE, D(2)), j + 1)]
        fr = self.fraction(j)
        if fr is None:
            return []
        top, bottom, e = fr
        if top > 1 or self.low(e - 1) in ("half", "quarter") or (self.low(j + 1) in _DASHES and self.glued(j + 1)):
            # "one-half mile", "a quarter mile", "three-quarters of a mile"
            m = self.measured(top / bottom, e)
            if m is None and self.low(e) == "of" and self.low(e + 1) in ("a", "an"):
                m = self.measured(top / bottom, e + 2)
            if m is not None:
                return [m]
        if top > bottom or (self.loose and e == self.n and j == 0):
            # "three halves": more than the whole group; a whole string "two thirds": no group named
            return [(_exact(top / bottom), e)]
        if top == 1 and self.low(e - 1) == "half" and (self.low(e) != "of" or self.low(j - 1) == "and"):
            return []  # "an hour and a half", "a half-day", "a day and a half of bypass"
        if top == 1 and not (
            self.loose
            or self.low(e) == "of"
            or e >= self.n
            or self.t[e].kind == _SYM
            or (self.low(j + 1) in _DASHES and self.glued(j + 1))
            # "has fallen by a quarter since 2022": the amount of a change, its phrase ended by a word that
            # begins no noun (not "bought by a third party")
            or (j > 0 and self.low(j - 1) == "by" and self.low(e) in _ENDS_A_PHRASE)
        ):
            return []
        return [(_share(top, bottom), e)]

    def and_a_half(self, j: int) -> list[Cand]:
        """One unit and a half: "a day and a half" -> 1.5 day, "an hour and a half", "a mile and a half" (the unit
        word inside the span, between its two halves)."""
        if self.low(j) not in ("a", "an", "one") or self.lows[j + 2 : j + 5] != ["and", "a", "half"]:
            return []
        u = self.unit_after(j + 1)
        if u is None or u[0] in _CURRENCIES or u[1] != j + 2:
            return []
        return [(_exact(D("1.5"), u[0]), j + 5)]

    def one_unit_and(self, j: int) -> list[Cand]:
        """One unit of time and an amount of a smaller one: "an hour and 40 minutes" -> 100 minutes, "a year and
        six months" -> 1.5 years; the compound "2 hours and 30 minutes" is, with "a" for its first number."""
        if self.low(j) not in ("a", "an") or self.low(j + 2) != "and":
            return []
        u = self.unit_after(j + 1)
        if u is None or u[1] != j + 2 or _COMPOUND_DIMENSIONS.get(u[0], ("",))[0] not in ("time", "calendar"):
            return []
        c = self.compound(_Amt(_ONE, j + 2, u[0], _ONE))
        return [c] if c is not None else []

    def measured(self, v: Decimal, k: int) -> Cand | None:
        """A word fraction followed by a unit of measure is that much of the unit, not a share of a group: "a
        quarter mile" -> 0.25 mi. Its unit word stays outside the span."""
        u = self.unit_after(k)
        if u is None or u[0] in _CURRENCIES:
            return None
        unit, e, outside = u
        if outside is not None:
            self.tails[e] = outside
        return _exact(v, unit), e

    def ratio(self, j: int) -> list[Cand]:
        """ "one in five (nurses)", "2 in 5", "one in every four": a share, N/M as a percentage."""
        a = self.count(j)
        if a is None or self.low(a[1]) != "in":
            return []
        k = a[1] + 1
        if self.low(k) == "every":
            k += 1
        b = self.count(k)
        if b is None or not a[0] < b[0]:
            return []
        return [(_share(a[0], b[0]), b[1])]

    def range_from(self, a: _Amt, k: int, same_unit: bool = False) -> Cand | None:
        """The range from ``a`` to the amount at ``k``. With ``same_unit`` (``a``'s unit is a word after it),
        that amount must repeat the unit, and a currency, whose word names the counted noun, is not read."""
        b = self.amount(k, allow_suffix=a.unit in _CURRENCIES)
        if b is None:
            return None
        if same_unit and (b.unit != a.unit or a.unit in _CURRENCIES or b.end not in self.tails):
            return None
        lo, hi = a.value, b.value
        if a.scale == 1 and b.scale > 1 and lo * b.scale <= hi:  # "2 to 3 million"
            lo *= b.scale
        if a.unit is not None and b.unit is not None and a.unit != b.unit:
            return None
        if lo < 0 and hi < lo:  # "-18 to -34 °C": below zero, a range is written from the smaller magnitude
            lo, hi = hi, lo
        if not lo < hi:
            return None
        return Quantity(value=None, low=_n(lo), high=_n(hi), unit=a.unit or b.unit), b.end

    def between(self, j: int) -> list[Cand]:
        w = self.low(j)
        joiner = {"between": "and", "from": "to"}.get(w)
        if joiner is None or (w == "from" and self.changed_before(j)):
            return []
        a = self.amount(j + 1)
        if a is None or self.low(a.end) not in (joiner, *(_DASHES if w == "between" else ())):
            return []
        r = self.range_from(a, a.end + 1, same_unit=a.end in self.tails)  # "between 40 mg and 50 mg"
        return [r] if r is not None else []

    def moved_between(self, i: int, j: int) -> bool:
        """Words between a verb of moving at i and "from" at j that name only the thing moved ("taking the top rate
        from", "took the peak-hour fare from"): some words, and no number, comma or joining word ("takes from two to
        three hours and costs from")."""
        return i < j - 1 and all(
            (self.t[k].kind == _WORD and self.lows[k] not in ("and", "or", "but", "to", "from"))
            or (self.t[k].kind == _SYM and self.lows[k] in ("-", "'", "’"))
            for k in range(i + 1, j)
        )

    def changed_before(self, j: int) -> bool:
        """Whether a word of change governs the "from" at token j: right before it ("rose from 30 to 36") or
        earlier in its clause, before the thing that changed ("raised the number of injured from 30 to 36"), or
        governs an earlier change this one's clause is joined to with the verb left out ("raised the peak fare from
        840 to 900 pesos, or 7.1 percent, and the off-peak fare from 760 to 810 pesos")."""
        if self.governed(j):
            return True
        # back to the "and" that opens this "from"'s gapped clause: only words of the thing changed between, the
        # last of them the noun the earlier change's "from" follows ("the peak-hour fare", "the off-peak fare")
        k = j - 1
        while k >= 0 and j - k <= 6 and self.lows[k] not in ("and", "from", "to") and (
            self.t[k].kind == _WORD or self.lows[k] == "-"
        ):
            k -= 1
        if k < 0 or self.lows[k] != "and" or k == j - 1 or self.t[j - 1].kind != _WORD:
            return False
        # (back past ", or 7.1 percent,", the change told again as a rate, still its clause: "or" is no stop)
        for i in range(k - 1, max(-1, k - 20), -1):
            if self.lows[i] in (".", ";", ":", "and", "but"):
                return False
            if self.lows[i] == "from":
                return i > 0 and self.lows[i - 1] == self.lows[j - 1] and self.governed(i)
        return False

    def governed(self, j: int) -> bool:
        """Whether a word of change governs the "from" at token j within its own clause (changed_before)."""
        for i in range(j - 1, max(-1, j - 9), -1):
            if self.lows[i] in _CHANGE_WORDS or (self.lows[i] in _MOVING_WORDS and self.moved_between(i, j)):
                return True
            if self.t[i].kind == _SYM and self.lows[i] in (",", ";", ":", "(", ")"):
                # ("ticked up, from 6,490 to 6,515": a comma right after the word of change still leaves it governing)
                return self.lows[i] == "," and i > 0 and self.lows[i - 1] in _CHANGE_WORDS
        return False

    def candidates(self, j: int) -> list[Cand]:
        """Every reading starting at token j, in priority order (longest is picked by the caller)."""
        out = self.partitive(j)
        out += self.bounded(j, join=True)
        out += self.between(j)
        out += self.core(j)
        out += self.elapsed(j)
        out += self.one_span(j)
        return [self.restated(q, e) for q, e in out]

    def one_unit(self, k: int) -> Cand | None:
        """One of the unit at ``k`` (see measured), a fortnight being two weeks ("more than a fortnight")."""
        if self.low(k) == "fortnight":
            self.tails[k + 1] = k
            return _exact(D(2), "week"), k + 1
        return self.measured(_ONE, k)

    def one_span(self, j: int) -> list[Cand]:
        """One unit of time after a word that takes a length of time: "banned for a decade", "within a fortnight"
        (two weeks), "the trial lasted a week", "took an hour". A bare "an hour" elsewhere is no figure ("an hour
        later", "once a week", "44 hours a week"), nor is "for a day trip" or "for a year or two"."""
        if j == 0 or self.low(j) not in ("a", "an") or self.low(j - 1) not in _SPAN_BEFORE or j + 1 >= self.n:
            return []
        word = self.low(j + 1)
        if word not in _ONE_SPAN_UNITS:
            return []
        after = self.t[j + 2] if j + 2 < self.n else None
        if after is not None and ((after.glued and after.kind == _WORD) or after.text.lower() in _NOT_A_SPAN_AFTER):
            return []  # "for a year-long", "within a year's time", "for a year or two", "for a day ago"
        one = self.one_unit(j + 1)
        return [one] if one is not None else []

    def elapsed(self, j: int) -> list[Cand]:
        """A time taken, written as a clock reads: "won in 2:07:41" (hours, minutes, seconds), "a 3:59.4 mile"
        (minutes and seconds with a fraction), "halfway in 62:05" (minutes no clock reads) -> seconds. A time of day
        is never written so in news, save after a word that places a moment ("at 10:32:15", "by", "until"), left to
        the dates."""
        t = self.t
        if j + 2 >= self.n or (j > 0 and self.low(j - 1) in _AT_A_MOMENT):
            return []
        parts: list[str] = []
        k = j
        while k < self.n and t[k].kind == _NUM and (k == j or t[k].glued) and len(parts) < 3:
            parts.append(t[k].text)
            if not (k + 2 < self.n and t[k + 1].text == ":" and t[k + 1].glued and t[k + 2].glued):
                break
            k += 2
        e = k + 1
        if len(parts) < 2 or not all(x.isdigit() for x in parts[:-1]) or len(parts[0]) > 2:
            return []
        later = [x.partition(".")[0] for x in parts[1:]]  # minutes and seconds: two digits each, under 60
        whole, _, frac = parts[-1].partition(".")
        if not whole.isdigit() or (frac and not frac.isdigit()) or any(len(x) != 2 or int(x) >= 60 for x in later):
            return []
        if len(parts) == 2 and not frac and not (int(parts[0]) > 24 and j > 0 and self.low(j - 1) == "in"):
            # "4:28": a time of day, read by the dates; but no clock reads "62:05", and "through halfway in 62:05"
            # is minutes and seconds taken (a score, "won 31:28", or a split, "a 60:40 split", is not after "in")
            return []
        secs = D(0)
        for x in parts:
            secs = secs * 60 + D(x)
        return [(_exact(secs, "second"), e)]

    def slipped_a(self, k: int) -> bool:
        """ "a 1,000", "a 100": "a thousand" or "a hundred" written in digits, not an article ("under a
        14-count indictment")."""
        if not self.is_num(k) or (self.low(k + 1) in _DASHES and self.glued(k + 1)):
            return False
        digits = self.t[k].text.replace(",", "")
        return digits.isdigit() and len(digits) >= 3 and digits.strip("0") == "1"

    def bounded(self, j: int, join: bool) -> list[Cand]:
        """A modifier and what it modifies: "more than 100", "about a 1,000"; with ``join``, an open bound
        closed by the opposite one becomes a range: "more than 100 but fewer than 200" -> (100, 200)."""
        out: list[Cand] = []
        for kind, k in self.phrase(_PREFIX, j):
            if self.low(k) == "a" and self.slipped_a(k + 1):
                k += 1  # "more than a 1,000": a slip of the pen
            one_unit = (
                self.one_unit(k + 1)
                if self.low(k) in ("a", "an") and (kind != _ABOUT or (j > 0 and self.low(j - 1) in _SPAN_BEFORE))
                else None
            )
            # "more than an hour", "nearly a year", "less than a mile": a bound on one unit (a bare "an hour" is
            # no figure a story gives, "an hour later", "once an hour", and nor is "about a mile below the town")
            for q, e in self.core(k) + self.between(k) + ([one_unit] if one_unit is not None else []):
                if k == j + 1 and self.low(j) == "over" and self.over_a_period(j, q, e):
                    continue  # "18 hours over three days": the span the amount was spread over, not more than it
                q2 = _apply(kind, q)
                if q2 is None:
                    continue
                out.append((q2, e))
                if (
                    join
                    and q2.value is None
                    and (q2.low is None) != (q2.high is None)
                    and self.low(e) in ("but", "and")
                    and e not in self.tails
                ):
                    out += [c for q3, e3 in self.bounded(e + 1, join=False) if (c := _join(q2, q3, e3)) is not None]
        return out

    def over_a_period(self, j: int, q: Quantity, e: int) -> bool:
        """ "over" between an amount and a period of time ("deliberated for 18 hours over three days", "$5m over
        two years") says when, not how much: the period is exact."""
        if (q.unit or "").rstrip("s") not in _PERIODS and self.low(e).rstrip("s") not in _PERIODS:
            return False
        k = j - 1
        if k >= 0 and self.t[k].kind == _WORD and self.low(k) not in ("for", "of", "in", "lasted", "took"):
            k -= 1  # the amount's unit or noun: "18 hours", "$5 million", "3 inches"
        return k >= 0 and (self.t[k].kind == _NUM or self.low(k) in ONE_WORD_NUMBERS or self.low(k) in _SCALES)

    def restated(self, q: Quantity, e: int) -> Cand:
        """ "five (5)", "45 (forty five)": a bracketed restatement of the same value joins the match."""
        if self.low(e) == "(" and q.value is not None and e not in self.tails:
            a = self.amount(e + 1)
            if a is not None and self.low(a.end) == ")" and _n(a.value) == q.value:
                return q, a.end + 1
        return q, e

    # boundaries (strict mode) ----------------------------------------------------------------------

    def unit_slash(self, k: int) -> bool:
        """Token k is a slash between a unit word and a number: "7,700 feet/2,347 meters" (not "24/7", "1/2")."""
        return (
            self.low(k) == "/"
            and k >= 2
            and self.t[k - 1].kind == _WORD
            and self.t[k - 2].kind == _NUM
            and self.unit_after(k - 1) is not None
            and self.is_num(k + 1)
        )

    def parent_of(self, j: int) -> bool:
        """The number at j ends "mother-of-two", "dad-of-three": a parent's count of children."""
        t = self.t
        return j >= 4 and t[j - 2].low == "of" and t[j - 3].text in _DASHES and t[j - 4].low in PARENT_NOUNS

    def boundary_ok(self, j: int, e: int) -> bool:
        t = self.t
        first = t[j]
        if first.glued and j > 0 and not self.mission_clock(j, e):
            p = t[j - 1]
            # (a measure given twice with a slash, "7,700 feet/2,347 meters", starts again after its first unit)
            if (
                (p.kind != _SYM or p.text in "/:.,+#@'’")
                and not self.unit_slash(j - 1)
                and not (p.text == "+" and e > j and _share_unit(t[e - 1]))  # ("+1.9%", "+200bp": a signed change)
            ):
                return False
            if p.text in _DASHES and j >= 2 and p.glued:
                pp = t[j - 2]
                if pp.kind == _NUM or (
                    pp.kind == _WORD and pp.text not in _HYPHEN_PREFIXES and not self.parent_of(j)
                ):
                    return False
        if first.low in ("-", "−") and j > 0 and first.glued and t[j - 1].kind != _SYM:
            return False
        if e < self.n and t[e].glued:
            nx = t[e]
            if nx.kind != _SYM:
                return False
            if nx.text in "/:.,'’" and self.is_num(e + 1) and self.glued(e + 1) and not self.unit_slash(e):
                return False
            if nx.text in _DASHES and self.glued(e + 1) and (self.is_num(e + 1) or self.low(e + 1) in _HYPHEN_BLOCK):
                return False
        nxt = self.low(e)
        if nxt == "and" and self.low(e + 1) in _ORDINALS:
            return False
        if nxt in _ORDINALS and nxt != "second" and t[e - 1].low in _TENS:
            return False
        if nxt in _TIME_WORDS or (
            # "3 a.m.", but not "2650 m a.s.l." (above sea level)
            nxt in ("a", "p") and self.low(e + 1) == "." and self.glued(e + 1) and self.low(e + 2) in ("m", "")
        ):
            return False
        if (
            e - j == 1
            and first.low == "one"
            and ((j > 0 and t[j - 1].low in _ONE_BLOCK_BEFORE) or nxt in _ONE_BLOCK_AFTER)
        ):
            return False
        for i in range(j, e):
            s = t[i].text
            if (
                t[i].kind == _NUM
                and len(s) > 1
                and s[0] == "0"
                and s[1] != "."
                and (i == j or (len(s) != 3 and t[i - 1].text != ":" and not _padded_after_unit(s, t[i - 1].low)))
            ):
                # (but "10 000": a group of three digits after the first; "2:07:41" and "11 hours 02 minutes": a
                # time taken, its minutes and seconds written in two digits)
                return False
        return True


# Units of time a padded minute or second follows in a time taken ("11 hours 02 minutes", "3 min 05 sec").
_PADDED_AFTER = frozenset("hour hours hr hrs h minute minutes min mins m".split())


def _padded_after_unit(digits: str, before: str) -> bool:
    """Two digits with a leading zero right after a unit of time: a time taken's minutes or seconds."""
    return len(digits) == 2 and before in _PADDED_AFTER


def _share_unit(tok: _Tok) -> bool:
    """A word or sign of a share's unit: "%", "per (cent)", "percent", "pc", "points", "bp"."""
    return tok.text == "%" or tok.low in _SHARE_WORDS


_SHARE_WORDS = frozenset("per percent cent pc pp percentage point points basis bp bps".split())


def _phone_like(toks: list[_Tok]) -> set[int]:
    """Indices of tokens in digit runs that look like phone numbers or codes, not quantities."""
    bad: set[int] = set()
    i, n = 0, len(toks)
    while i < n:
        if toks[i].kind != _NUM:
            i += 1
            continue
        run = [i]
        k = i
        while True:
            if k + 1 < n and toks[k + 1].kind == _NUM and not toks[k + 1].glued:
                k += 1
            elif (
                k + 2 < n
                and toks[k + 1].text in "-."
                and toks[k + 1].glued
                and toks[k + 2].glued
                and toks[k + 2].kind == _NUM
            ):
                k += 2
            else:
                break
            run.append(k)
        # (but "+1.9%", "+200bp": a change with its sign, one figure and its share's unit)
        plus = (
            i > 0
            and toks[i - 1].text == "+"
            and toks[i].glued
            and not (k + 1 < n and _share_unit(toks[k + 1]) and all(toks[r].glued for r in range(i + 1, k + 1)))
        )
        lead0 = any(len(toks[r].text) > 1 and toks[r].text[0] == "0" and toks[r].text[1] != "." for r in run)
        thin = (  # "10 000", "1 250 000": groups of three digits apart, the first without a leading zero
            len(run) <= 5
            and run == list(range(i, k + 1))
            and 1 <= len(toks[i].text) <= 3
            and toks[i].text.isdigit()
            and toks[i].text[0] != "0"
            and all(len(toks[r].text) == 3 and toks[r].text.isdigit() for r in run[1:])
        )
        if not thin and (len(run) >= 3 or plus or (lead0 and len(run) > 1)):
            bad.update(range(i, k + 1))
        i = k + 1
    return bad


# ------------------------------------------------------------------------------------------------ API


@dataclass(frozen=True)
class QuantityMatch:
    """One quantity found in a text; ``text == input[start:end]``.

    - ``unit_end``: a unit written as a word after the number ("50 metres", "5 million euros", "a 10-point
      lead") is read into ``quantity.unit`` but kept out of ``[start, end)``, so the span stays the number
      phrase; ``unit_end`` is where that unit ends (``input[start:unit_end]`` is "50 metres"). None when
      the unit, if any, is inside the span (signs, "%", glued units: "$5m", "100mph", "25°C").
    - ``restates``: the index, in the same list, of the match this one restates in another unit:
      "50 metres (165 feet)", "€300m (£260m)", "$150 million (about £120m)" -> the bracketed match has
      ``restates`` set to the index of the first. One amount stated twice, never two claims to weigh.
    - ``ordinal``: set on :func:`find_ordinals`' matches ("the third day" -> 3); find_quantities never
      returns ordinals.
    - ``tally``: one side of a vote's tally ("voted 9-5", "a 5-2 vote"): the 9 and the 5 are two matches, each
      a count of votes.
    """

    start: int
    end: int
    quantity: Quantity
    text: str
    unit_end: int | None = None
    restates: int | None = None
    ordinal: bool = False
    tally: bool = False


def parse_quantity(text: str, comma: bool = False) -> Quantity | None:
    """Read a whole string as one quantity expression, or None if it is not one.

    Case-insensitive; surrounding whitespace and a leading "the" are ignored. Also accepts the forms
    that only a whole string makes unambiguous ("3M", "1/5", "single", "point 77"; see the module doc).
    ``comma``: the string is written with the decimal comma (decimal_comma_in).
    """
    toks = _tokenize(text, comma)
    start = 1 if len(toks) > 1 and toks[0].low == "the" else 0
    if start + 1 < len(toks) and toks[start].low in _UNITS_BEFORE:  # "magnitude 7.7": the unit is read back
        start += 2 if toks[start + 1].low == "of" else 1
    if start >= len(toks):
        return None
    p = _Parser(toks, loose=True, comma=comma)
    for q, e in p.candidates(start):
        if e == len(toks):
            return q if statable(q) else None
    return None


_MAX_STATED = 10**30  # as reconcile.values.MAX_STATED: no news text states a larger amount


def statable(q: Quantity) -> bool:
    """Whether a text could state this amount: a run of hundreds of digits is none (its repr() would pass
    Python's 4,300-digit limit)."""
    return all(
        x is None or (isinstance(x, (int, float)) and -_MAX_STATED <= x <= _MAX_STATED)
        for x in (q.value, q.low, q.high, q.whole, q.all_but)
    )


@lru_cache(maxsize=1)
def _quantity_cue() -> re.Pattern[str]:
    """Whatever every reading of a sentence holds somewhere: a number in digits, a number word ("seven", the
    scale of "a dozen", "a hundred", "a million"), a fraction ("half", "a third", "⅓"), a vague amount
    ("dozens", "a few", "a couple", "a pair") or a bound on one unit ("more than an hour", "nearly a year").
    A sentence without one holds no quantity: the parser's every
    reading starts from or runs into one of them. Case-blind, as the parser reads lower-cased words."""
    words = set(_quantity_cue_words())
    vulgar = "".join(re.escape(c) for c in _VULGAR)
    alts = rf"\d|[{vulgar}]|(?<![^\W\d_])" + _trie_alt(words) + r"(?![^\W\d_])"
    return re.compile(_first_chars(r"\d" + vulgar, words) + f"(?:{alts})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _quantity_cue_words() -> frozenset[str]:
    """The words of _quantity_cue, all lower-case ASCII letters."""
    words = {*_UNITS, *_TEENS, *_TENS, *_SCALES, *_HUNDRED, *_VAGUE, *_VAGUE_LEAD, *_DENOMINATORS}
    # and the bounds that make one unit a figure: "more than an hour", "less than a mile", "nearly a year", "under a
    # metre of snow", "up to a year in prison", "over a mile" (every bound of _PREFIX but "about", which does not)
    bounds = {"than", "nearly", "almost", "under", "below", "over", "above", "up", "least", "most", "beyond"}
    return frozenset(words | {"couple", "pair", "few", "half", "quarter"} | bounds)


_ASCII_DIGIT = re.compile(r"[0-9]")
_ASCII_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=4)
def ascii_letter_runs(text: str) -> list[str]:
    """The runs of letters a-z of the ASCII ``text`` lower-cased, which callers only read. A sentence without a
    digit is listed so by the dates' first test of it (dates._plainly_dateless) and then by the quantities'
    (_has_quantity_cue): kept for the few texts last asked, it is listed once (the lower-casing and the search
    are a regex's pass over every character; measured at about 1% of extract_claims)."""
    return _ASCII_LETTERS.findall(text.lower())


def _has_quantity_cue(text: str) -> bool:
    """Whether ``_quantity_cue().search(text)`` finds a cue, without that regex in an ASCII text (most
    sentences), where its case-blind trie costs a try at every letter: there a digit is one of 0-9, a letter one of
    a-z once lower-cased, no vulgar fraction is written, and a cue word is a whole run of letters."""
    if not text.isascii():
        return _quantity_cue().search(text) is not None or _ONE_SPAN_CUE.search(text) is not None
    return (
        _ASCII_DIGIT.search(text) is not None
        or not _quantity_cue_words().isdisjoint(ascii_letter_runs(text))
        or _ONE_SPAN_CUE.search(text) is not None
    )


def find_quantities(
    text: str, pounds: str = "lb", comma: bool = False, letters: frozenset[str] = frozenset()
) -> list[QuantityMatch]:
    """The quantities in a sentence: non-overlapping, leftmost then longest, sorted by start. ``pounds`` is what
    "pounds" is when the sentence has no word of money or of weight: "GBP" in an article that speaks of sterling
    elsewhere (see pounds_in), else a weight. ``comma``: the article writes the decimal comma (decimal_comma_in).
    ``letters``: the capital letters the article writes as its currency's sign (letter_signs_in)."""
    if not _has_quantity_cue(text):
        return []  # most sentences hold no number at all: one regex search instead of tokens and a parse
    toks = _tokenize(text, comma)
    p = _Parser(toks, loose=False, pounds=pounds, comma=comma, letters=letters)
    bad = _phone_like(toks)
    out: list[QuantityMatch] = []
    spans: list[tuple[int, int]] = []  # token span of each match, unit words included
    j, n = 0, len(toks)
    while j < n:
        t = toks[j]
        if not (t.kind == _NUM or t.low in _START_WORDS or t.text in _START_SYMS) or (
            t.low in _PREFIX_ONLY_WORDS and not p.phrase(_PREFIX, j)
        ):
            j += 1
            continue
        if t.kind == _NUM and _tally(p, j):
            # "voted 9-5", "in a 5-2 vote": two counts of votes, the first side's and the second's
            for k in (j, j + 2):
                q = _exact(D(toks[k].text))
                out.append(QuantityMatch(toks[k].start, toks[k].end, q, toks[k].text, None, None, tally=True))
                spans.append((k, k + 1))
            j += 3
            continue
        best: Cand | None = None
        for q, e in p.candidates(j):
            if (best is None or e > best[1]) and p.boundary_ok(j, e) and bad.isdisjoint(range(j, e)):
                best = (q, e)
        if best is None:
            j += 1
            continue
        q, e = best
        a, b = t.start, toks[e - 1].end
        unit_end = None
        tail = p.tails.get(e)
        if tail is not None and tail > j and q.unit is not None:
            unit_end, b = b, toks[tail - 1].end
        restates = None
        if out and _restates(p, spans[-1], out[-1].quantity, (j, e), q):
            restates = len(out) - 1
        out.append(QuantityMatch(a, b, q, text[a:b], unit_end, restates))
        spans.append((j, e))
        j = e
    return _shared_units(text, out)


_PLAIN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?%?")
_FROM_BEFORE = re.compile(r"\bfrom\s+\Z", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+to\s+")


def _shared_units(text: str, out: list[QuantityMatch]) -> list[QuantityMatch]:
    """ "raised the fare from 840 to 900 pesos", "rose from 5 to 7%": a change from one plain number to another
    writes the unit once, after the second, and it is the first's too (a range "from 40 to 50 km" is read whole
    before this)."""
    for k in range(len(out) - 1):
        x, y = out[k], out[k + 1]
        if x.quantity.unit is not None or y.quantity.unit is None or not x.quantity.is_point:
            continue
        if not (_PLAIN_NUMBER.fullmatch(x.text) and _PLAIN_NUMBER.fullmatch(y.text)):
            continue  # (not "from 2 to 3 million pesos", whose first number may be millions too)
        if _TO_BETWEEN.fullmatch(text, x.end, y.start) and _FROM_BEFORE.search(text, max(0, x.start - 8), x.start):
            out[k] = replace(x, quantity=replace(x.quantity, unit=y.quantity.unit))
    # "roughly 16 x 11 x 9 cm", "a 3 by 4 metre room": a thing's sides, each in the unit written after the last
    for k in range(len(out) - 2, -1, -1):
        x, y = out[k], out[k + 1]
        xv, yv = x.quantity.value, y.quantity.value
        if x.quantity.unit is not None or xv is None or yv is None or unit_dimension(y.quantity.unit) != "length":
            continue
        if not 0 < xv <= 10 * yv or not 0 < yv <= 10 * xv:
            continue  # sides of one thing are of a size: "the 4 x 100 m relay" is four legs of 100 m
        if _PLAIN_NUMBER.search(x.text) is None or not x.text.endswith(_PLAIN_NUMBER.findall(x.text)[-1]):
            continue  # (the first side a bare number, hedged or not: "roughly 16")
        if _BY_BETWEEN.fullmatch(text, x.end, y.start):
            out[k] = replace(x, quantity=replace(x.quantity, unit=y.quantity.unit))
    return out


_BY_BETWEEN = re.compile(r"\s*[x×]\s*|\s+by\s+")


_VOTE_WORDS = frozenset({"vote", "votes", "voted", "voting", "ballot"})
_VOTE_OUTCOMES = frozenset({"vote", "votes", "ballot", "decision", "ruling", "majority", "verdict", "split"})


def _tally(p: _Parser, j: int) -> bool:
    """Whether the number at token j opens a tally of votes, "9-5": two whole numbers joined by a dash with no
    space, which a vote word tells ("voted 9-5", "votes 6-1 to approve", "by nine votes to five" aside) or which
    names the outcome ("a 5-2 vote", "a 7-2 ruling"). Joined thus without such a word they are a score, a code or
    a range, and are left to the other readings."""
    t = p.t
    if not (
        p.low(j + 1) in _DASHES
        and p.glued(j + 1)
        and p.is_num(j + 2)
        and p.glued(j + 2)
        and (not p.glued(j + 3) or p.low(j + 3) in (",", ".", ";", ":", ")"))  # ("voted 9-5, with ...")
        and t[j].text.isdigit()
        and t[j + 2].text.isdigit()
        and t[j].text[0] != "0"
        and not (j > 0 and p.glued(j))
    ):
        return False
    before = p.low(j - 1) if j > 0 else ""
    return (
        before in _VOTE_WORDS
        or _decided_before(p, j)
        or p.low(j + 3) in _VOTE_OUTCOMES
        or (before in ("by", "of") and j > 1 and p.low(j - 2) in _VOTE_WORDS)  # "voted by 6-1"
        # "The vote was 7-4", "the ruling was 5-4": the outcome named before, as "a 5-2 vote" names it after
        or (before in ("was", "is", "were", "are") and j > 1 and p.low(j - 2) in _VOTE_OUTCOMES)
    )


def _decided_before(p: _Parser, j: int) -> bool:
    """A verb of a body's decision a few words before the tally, in its clause ("the board approved 6-3", "the
    committee split 6-1", "the court ruled 5-4", "councillors rejected the plan 7-2"): what a vote decides, as no
    game's score is told (a game is won, lost or drawn)."""
    for k in range(j - 1, max(-1, j - 5), -1):
        w = p.low(k)
        if w in _DECIDED:
            return True
        if w in (",", ";", ":", ".", "(", ")") or p.is_num(k):
            return False
    return False


# Verbs of a body's decision, which a vote's tally follows
_DECIDED = frozenset(
    """approve approved approves reject rejected rejects pass passed passes split splits back backed backs adopt
    adopted adopts uphold upheld upholds rule ruled rules endorse endorsed endorses overturn overturned
    overturns""".split()
)


def _restates(p: _Parser, prev: tuple[int, int], pq: Quantity, cur: tuple[int, int], q: Quantity) -> bool:
    """ "50 metres (165 feet)", "€300m (about £260m)": the bracketed amount is the previous one in another
    unit of the same dimension; "over 17 million votes (17,410,742)": the exact figure of a rounded one."""
    k = prev[1]
    if p.low(k) == "," and p.low(k + 1) == "or" and k + 2 == cur[0] and p.low(cur[1]) in (",", ";", ".", ")", ""):
        # "20,000 euros, or about $21,700, to each family": a conversion set off by commas, as news style gives it
        dim = unit_dimension(pq.unit)
        return pq.unit != q.unit and q.unit is not None and dim is not None and dim == unit_dimension(q.unit)
    rate = k + 2 if p.low(k) in _RATE_WORDS and p.low(k + 1).isalpha() else k
    if rate != k and pq.unit != q.unit and rate + 1 == cur[0] and p.low(rate) == "(" and p.low(cur[1]) == ")":
        # "A$10-12/kg (NZ$11-13)", "$4 a litre (£3.20)": a price converted, the thing it is per said once between
        dim = unit_dimension(pq.unit)
        return q.unit is not None and dim is not None and dim == unit_dimension(q.unit)
    while k < cur[0] - 1 and k - prev[1] < 2 and p.low(k).isalpha():
        k += 1  # the counted noun may come between: "over 17 million votes (17,410,742)"
    if not (k + 1 == cur[0] and p.low(k) == "(" and p.low(cur[1]) == ")"):
        return False
    if pq.unit == q.unit:
        # "over 17 million votes (17,410,742)", "about 500 (488)": the exact figure of a rounded or bounded one
        exact = q.value is not None and q.low == q.high == q.value
        rounded = pq.approximate or pq.value is None
        return exact and rounded and q.value is not None and _within(q.value, pq)
    if k != prev[1] or pq.unit is None or q.unit is None:
        return False
    dim = unit_dimension(pq.unit)
    return dim is not None and dim == unit_dimension(q.unit)


_RATE_WORDS = frozenset({"/", "per", "a", "an"})  # what an amount is per: "/kg", "per tonne", "a litre"


def _within(v: Number, q: Quantity) -> bool:
    lo_ok = q.low is None or (v > q.low if not q.low_inclusive else v >= q.low)
    hi_ok = q.high is None or (v < q.high if not q.high_inclusive else v <= q.high)
    return lo_ok and hi_ok


_CURRENCY_WORDS = frozenset(w for phrase in _CURRENCY_AFTER for w in phrase.split()[-1:]) | _POUNDS


def is_currency_sign(text: str) -> bool:
    """Whether a token is a currency's sign ("$", "£", "€", "₹"), as written before an amount."""
    return text in _CURRENCY_SIGNS


def currency_written_before(word: str) -> str | None:
    """The currency a code or word written before an amount gives ("Tk" of "Tk 2 lakh", "Rs.", "KSh"), or None."""
    return _CURRENCY_WORDS_BEFORE.get(word.lower().rstrip("."))


def currency_sign_before(word: str) -> str | None:
    """The currency capital letters written before an amount give ("RO" of "RO500", "CFA" of "CFA2,800"), or None."""
    return _SIGNS_BEFORE.get(word)


def is_currency_word(word: str) -> bool:
    """Whether a word names a currency written after an amount ("euros", "dollars", "pounds", "yen"): the
    amount's unit, not what it counts."""
    return word.lower() in _CURRENCY_WORDS


def unit_dimension(unit: str | None) -> str | None:
    """What a normalised unit measures: "length", "area", "volume", "mass", "speed", "temperature", "time",
    "power", "energy", "data", "share" ("%"), "currency", ...; the unit itself for a scale of its own
    ("magnitude", "category", "point", "pp", "x"); None for no unit."""
    if unit is None:
        return None
    if unit in _CURRENCIES:
        return "currency"
    if unit in _TIME_DIMENSION_UNITS:
        return "time"
    d = _DIMENSIONS.get(unit)
    return d[0] if d is not None else unit


# Units that name two sizes, by country: the US gallon and the imperial one that British copy means; the short
# (US) ton and the long (British) one. A figure in one of them may be either, so it converts to a range.
_NATIONAL_VARIANTS: dict[str, tuple[float, float]] = {"gal": (3.785411784, 4.54609), "ton": (907.18474, 1016.0469088)}


# What a price in cents is per ("4c a litre", "10c/kWh"), and the words of a sentence that speak of money or of heat
# (a "c" glued to a figure is cents in the one, degrees in the other: "from 48c", "a scorching 30c")
_PRICED_UNITS = frozenset(
    "l litre litres liter liters kilo kg kilogram kwh unit loaf packet bottle can km mile gallon".split()
)
_PRICE_WORDS = frozenset(
    "$ cents cent price prices priced cost costs excise levy duty tax fare fares fee fees petrol diesel fuel".split()
)
_HEAT_WORDS = frozenset("° degrees degree temperature temperatures heat hot celsius warm cold mercury".split())
_STERLING = re.compile(r"£|\bGBP\b|\bsterling\b|\bpence\b")
_STERLING_WORDS = ("GBP", "sterling", "pence")  # with "£", what every match of _STERLING holds


# a capital letter of LETTER_SIGNS glued before a figure that can only be a sum: thousands grouped, cents, or a scale
_LETTER_SUM = re.compile(
    r"(?<![\w$])([" + "".join(LETTER_SIGNS) + r"])(?:\d{1,3}(?:[ ,]\d{3})+(?:[.,]\d{2})?|\d+\.\d{2}"
    r"|\d+(?:\.\d+)?\s?(?:m|bn|million|billion)\b)(?![\d,.]\d)"
)


def house_sum(letter: str, digits: str, before: str, after: str, letters: frozenset[str]) -> bool:
    """A bare figure of two digits or more glued to a letter the article writes as its currency's sign
    (letter_signs_in): "a P48 increase", "from P540 to P588" in an article that writes "P6,500" elsewhere is a sum
    in its house style; but "N95 masks", a model before a plural noun (``after``, the next word), is none, nor "the
    R445" or "the R61 to Cradock", a road named by "the" (``before``) and no noun after it."""
    plural = len(after) > 3 and after.isalpha() and after.endswith("s") and not after.endswith("ss")
    named = before == "the" and not (after.isalpha() and after not in _AFTER_A_NAME)
    return letter in letters and digits.isdigit() and len(digits) >= 2 and not plural and not named


# words after a name that are no noun it modifies ("the R61 to Cradock is closed", "on the R445 and the N2")
_AFTER_A_NAME = frozenset(
    "to from is was were and or of in on at near between for has had will which that where".split()
)


def letter_signs_in(article_text: str) -> frozenset[str]:
    """The capital letters an article glues before sums as its currency's sign, as Manila's, Gaborone's, Lagos's
    or Johannesburg's papers do ("P6,500", "N5m", "R4.2 million"), where the figure can only be a sum: the article's
    house style, which then reads its bare "P48" as a sum too (see _Parser.lettered_sum)."""
    return frozenset(m.group(1) for m in _LETTER_SUM.finditer(article_text))


def pounds_in(article_text: str) -> str:
    """What "pounds" with no cue in its own sentence is in an article: sterling when the article writes money in
    pounds elsewhere ("£", "GBP", "sterling", "pence"; or "pounds" after a word of paying or owing, as in "fined
    four point two million pounds"), else a weight. A broadcast transcript spells out "three point six million
    pounds" without "£" in a sentence that names no payment."""
    # (each pattern is searched only in a text that holds what its every match holds: most articles name no pounds)
    if "£" in article_text or (any(w in article_text for w in _STERLING_WORDS) and _STERLING.search(article_text)):
        return "GBP"
    if article_text.isascii() and "pounds" not in article_text.lower():
        return "lb"  # (an ASCII text's lower() is its case-folding, as the case-blind _POUNDS_WORD reads it)
    for m in _POUNDS_WORD.finditer(article_text):
        before = article_text[max(0, m.start() - 60) : m.start()].lower().split()
        if any(w.strip(",.;:") in _MONEY_WORDS for w in before[-6:]):
            return "GBP"
    return "lb"


_POUNDS_WORD = re.compile(r"\bpounds\b", re.I)


def to_base_range(low: Number, high: Number, unit: str | None) -> tuple[float, float] | None:
    """The range ``low``-``high`` in the dimension's base unit, widened over both sizes of a unit that has two
    ("11 million gallons" is 41.6 to 50.0 million litres, as a US or an imperial gallon); None as to_base."""
    sizes = _NATIONAL_VARIANTS.get(unit or "")
    if sizes is not None:
        return float(low) * sizes[0], float(high) * sizes[1]
    lo, hi = to_base(low, unit), to_base(high, unit)
    return None if lo is None or hi is None else (lo, hi)


def to_base(value: Number, unit: str | None) -> float | None:
    """A value in its dimension's base unit, for comparing "100 mph" with "161 km/h": metres, square
    metres, litres, kilograms, km/h, °C, seconds, watts, watt-hours, bytes. None when the unit has no fixed
    factor (currencies, months and years, magnitudes, counts)."""
    if unit is None or unit not in _DIMENSIONS:
        return None
    if unit == "°F":
        return (float(value) - 32.0) * 5.0 / 9.0
    return float(value) * _DIMENSIONS[unit][1]


def _ordinal_at(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """An ordinal starting at token j: value and end. "71st", "third", "twenty-fifth", "twenty fifth"."""
    n = len(toks)
    t = toks[j]
    nxt = toks[j + 1] if j + 1 < n else None
    if t.kind == _NUM:
        if not t.text.isdigit() or nxt is None or not nxt.glued or nxt.low not in ("st", "nd", "rd", "th"):
            return None
        want = "th" if len(t.text) > 1 and t.text[-2] == "1" else _ORDINAL_SUFFIX.get(t.text[-1], "th")
        return (int(t.text), j + 2) if nxt.low == want else None
    if t.kind != _WORD:
        return None
    w = t.low
    if w in ORDINAL_VALUES:
        return ORDINAL_VALUES[w], j + 1
    if w in _TENS:
        k = j + 1
        if k < n and toks[k].text in _DASHES and toks[k].glued and k + 1 < n and toks[k + 1].glued:
            k += 1
        if k < n and toks[k].low in ORDINAL_VALUES and ORDINAL_VALUES[toks[k].low] < 10:
            return _TENS[w] + ORDINAL_VALUES[toks[k].low], k + 1
        return None
    for tens, v in _TENS.items():  # "twentyfifth"
        rest = w[len(tens) :]
        if w.startswith(tens) and ORDINAL_VALUES.get(rest, 10) < 10:
            return v + ORDINAL_VALUES[rest], j + 1
    return None


def parse_ordinal(text: str) -> int | None:
    """Read a whole string as one ordinal ("third", "twenty-fifth", "71st"), or None."""
    toks = _tokenize(text)
    start = 1 if len(toks) > 1 and toks[0].low == "the" else 0
    if start >= len(toks):
        return None
    r = _ordinal_at(toks, start)
    return r[0] if r is not None and r[1] == len(toks) else None


@lru_cache(maxsize=1)
def _ordinal_cue() -> re.Pattern[str]:
    """Whatever an ordinal may start with: a number glued to st/nd/rd/th, an ordinal word, a tens word
    ("twenty-fifth", "twentyfifth")."""
    words = set(ORDINAL_VALUES) | set(_TENS)
    alts = r"\d(?:st|nd|rd|th)\b|\b" + _trie_alt(words)
    return re.compile(_first_chars(r"\d", words) + f"(?:{alts})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _ordinal_cue_cased() -> re.Pattern[str]:
    """_ordinal_cue with its case kept: its words and suffixes are lower-case ASCII."""
    return re.compile(_ordinal_cue().pattern)


def _has_ordinal_cue(text: str) -> bool:
    """Whether ``_ordinal_cue().search(text)`` finds a cue. In an ASCII text (most sentences) the lower case is
    searched with the case kept, a fifth cheaper than a case-blind search: in ASCII a letter matches case-blind
    just what its lower case matches, and lower-casing changes no character from word to non-word."""
    if text.isascii():
        return _ordinal_cue_cased().search(text.lower()) is not None
    return _ordinal_cue().search(text) is not None


def _first_chars(cls: str, words: set[str]) -> str:
    """A lookahead for the characters a match may start with: the class ``cls`` or a first letter of one of
    ``words``. It changes no match of what follows it, but lets the regex engine skip to the places where one
    may start instead of trying every alternative at every character (a search a third faster). Case-blind
    with the pattern it leads."""
    letters = "".join(sorted({re.escape(w[0]) for w in words}))
    return f"(?=[{cls}{letters}])"


def _trie_alt(words: set[str]) -> str:
    """A regex matching exactly the strings in ``words`` (none empty), factored by shared prefixes: the regex
    engine tries one branch per next letter instead of every word in turn, about ten times faster on a
    sentence than the plain alternation of ~150 words."""
    heads: dict[str, set[str]] = {}
    for w in words:
        heads.setdefault(w[0], set()).add(w[1:])
    alts = []
    for c in sorted(heads):
        rests = heads[c]
        tails = {r for r in rests if r}
        if not tails:
            alts.append(re.escape(c))
            continue
        sub = _trie_alt(tails)
        alts.append(re.escape(c) + (f"(?:{sub})?" if "" in rests else f"(?:{sub})"))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def find_ordinals(text: str) -> list[QuantityMatch]:
    """The ordinals in a sentence ("claimed a sixth life" -> 6, "71st Governor" -> 71), with
    ``ordinal=True`` and an exact quantity; the caller decides which of them count something.

    Left out: "second" as a unit of time ("a second", "per second", "30 seconds"), "at first", and a
    fraction ("a third of", "one-third"), which :func:`find_quantities` reads as a share."""
    if not _has_ordinal_cue(text):
        return []  # most sentences hold no ordinal: one regex search instead of a scan of every token
    toks = _tokenize(text)
    out: list[QuantityMatch] = []
    j, n = 0, len(toks)
    while j < n:
        r = _ordinal_at(toks, j)
        if r is None:
            j += 1
            continue
        v, e = r
        t = toks[j]
        prev = toks[j - 1] if j > 0 else None
        nxt = toks[e] if e < n else None
        ok = not (t.glued and prev is not None and prev.kind != _SYM)
        ok = ok and not (nxt is not None and nxt.glued and nxt.kind != _SYM)
        before = prev.low if prev is not None else ""
        if t.low == "second" and (before in _SECOND_BLOCK_BEFORE or (prev is not None and prev.kind == _NUM)):
            # "a second" is a time ("for a second", "a second later"), unless a noun follows it ("a second death")
            ok = (
                before in ("a", "an")
                and nxt is not None
                and nxt.kind == _WORD
                and not nxt.glued
                and nxt.low not in _AFTER_A_SECOND_OF_TIME
            )
        if t.low == "first" and before == "at":
            ok = False
        if before in ("a", "an", "one") and nxt is not None and nxt.low == "of" and t.low in _DENOMINATORS:
            ok = False
        if prev is not None and prev.text in _DASHES and t.glued and j >= 2 and toks[j - 2].low in _UNITS:
            ok = False  # "one-third"
        if ok:
            a, b = t.start, toks[e - 1].end
            out.append(QuantityMatch(a, b, Quantity.exact(v), text[a:b], ordinal=True))
            j = e
        else:
            j += 1
    return out


def resolve_all_but(q: Quantity, whole: Number) -> Quantity:
    """ "all but N" once the whole is known: value ``whole - N``, exact bounds, ``whole`` set.

    A quantity without ``all_but`` is returned unchanged.
    """
    if q.all_but is None:
        return q
    v = _n(_dec(whole) - _dec(q.all_but))
    return replace(q, value=v, low=v, high=v, low_inclusive=True, high_inclusive=True, whole=num(whole))
