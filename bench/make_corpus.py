"""Build a synthetic corpus of n articles from the fixture articles, for benchmarks.

Usage: python bench/make_corpus.py N OUT_DIR [--seed S]

The corpus is a run of "stories". Each story takes one fixture family (corpus/*.txt is one family, each
fixtures/stories/<name>/ another) and writes 3-6 articles from it, each under a different outlet. Within a
story one set of substitutions is applied to every article, so the articles keep agreeing with each other:

- numbers (digits and number words) are mapped value by value (a story-wide scale, ages shifted), and
  written back the way the original wrote them (words stay words while they can);
- person names, first names, surnames and place names are swapped from lists;
- years are shifted, and days of the month shifted the same way in "12 March" and in the date line.

Each article then differs a little on its own: now and then one of its figures takes another value (a
conflict for the reconciler to find), a surname is misspelt, or a paragraph is left out.

Deterministic: the same (n, seed) gives the same bytes, and the corpus for n is a prefix (by story) of the
corpus for any larger n with the same seed. No spaCy needed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from claimcheck.extract.numbers import _TEENS, _TENS, _UNITS  # noqa: PLC2701 (one table, not two)

ROOT = Path(__file__).resolve().parent.parent

OUTLETS = (
    "echo herald courier gazette wire post times chronicle mirror observer standard tribune express journal "
    "sentinel examiner advertiser argus bulletin clarion dispatch globe inquirer ledger monitor news record "
    "register reporter review star telegraph voice"
).split()

FIRST_NAMES = (
    "Adam Aisha Alan Alice Amir Ana Andrew Beth Bilal Carl Chloe Chris Clara Colin Dan Diane Elena Emma Ewan "
    "Farah Fiona Gary Grace Hannah Harry Helen Imran Isla Jack James Jane Jonah Karen Kate Kevin Laura Leon "
    "Lucy Marek Mark Marta Megan Mo Nadia Neil Nina Oliver Omar Paul Priya Rachel Raj Rosa Ryan Sam Sara "
    "Sean Simon Sophie Tariq Tom Vera Will Yusuf Zoe"
).split()

SURNAMES = (
    "Abbott Ahmed Baker Bell Bennett Brooks Campbell Carter Chen Clarke Cole Cooper Davies Dixon Doyle Edwards "
    "Ellis Evans Fischer Fletcher Foster Garcia Gill Graham Grant Hughes Hussain Jensen Kaur Kelly Khan Kowalski "
    "Lambert Lewis Lloyd Malik Mason Mills Moreno Morgan Murphy Nolan Novak Okafor Owen Palmer Patel Pearce "
    "Quinn Reid Reyes Richards Rossi Russell Shaw Singh Spencer Stewart Sullivan Turner Walsh Ward Webb Wells "
    "Wilson Wright Young Zielinski"
).split()

TOWNS = (
    "Ashford Banbury Brackley Carnforth Dunmow Eastleigh Fenwick Garstang Hexham Ilkley Kendal Ludlow Malton "
    "Morpeth Newbury Oakham Penrith Redruth Selby Skipton Stroud Thirsk Tiverton Wetherby Whitby Yeovil"
).split()

# Names in the fixture articles (read once with the model; kept here so the builder needs no spaCy).
PERSON_NAMES = (
    "Stephen Port",
    "Anthony Walgate",
    "Daniel Whitworth",
    "Gabriel Kovari",
    "Jack Taylor",
    "Jon Savell",
    "Graham Beesley",
    "Helen Ball",
    "John Pape",
    "Neil Hudgell",
    "Ricky Waumsley",
    "Sarah Munro",
    "Steve Noonan",
    "Maria Lopez",
    "Ian Marsh",
    "Dave Hollis",
    "Tomasz Nowak",
    "Anna Nowak",
    "Graham Pellow",
    "Liam Pellow",
    "Margaret Hale",
    "Tom Ashworth",
    "Susan Marr",
    "Priya Raman",
    "Paul Greaves",
    "Dorothy Pryce",
    "Daniel Okafor",
    "Aaron Fenwick",
    "Simon Reeve",
    "Peter Collins",
    "Edna Collins",
    "Moira Quinn",
    "Marcus Grey",
    "Leah Morgan",
    "Karen Doyle",
    "Jean Fairley",
    "Helen Carrick",
    "Alison Kemp",
)
EXTRA_FIRST = ("Donna", "Jenny")
PLACES = (
    "Eastfield",
    "Kingsmoor",
    "Dunmore",
    "Barking",
    "Dagenham",
    "Gravesend",
    "Hull",
    "Wexcombe",
    "Lowbridge",
    "Hollin",
    "Carrow",
)

MONTHS = "January February March April May June July August September October November December".split()
_MONTH = "|".join(MONTHS)

# Number words we rewrite, from claimcheck's own tables ("one" is left alone: "no one", "one of the").
WORDS = {w: v for w, v in {**_UNITS, **_TEENS, **_TENS}.items() if v >= 2}
SPELL: dict[int, str] = {}
for _w, _v in WORDS.items():
    SPELL.setdefault(_v, _w)  # the first spelling ("forty"), not an accepted misspelling ("fourty")

_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(\s+(?:{_MONTH})\b)")
_MONTH_DAY = re.compile(rf"\b((?:{_MONTH})\s+)(\d{{1,2}})\b(?!,? ?\d{{4}}\b)")
_TIME = re.compile(r"\b\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|T\d\d:\d\d")
_AGE = re.compile(r"(,\s|\baged\s)(\d{1,2})(?=\s*[,;.)]|\s+from\b)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NUMBER = re.compile(
    r"(?<![\w.,\x00])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])|\b(" + "|".join(WORDS) + r")\b",
    re.IGNORECASE,
)
_PROTECTED = "\x00"  # marks spans already rewritten (dates, times, ages) so the number pass skips them


def _families() -> list[list[Path]]:
    fams: list[list[Path]] = []
    base = sorted((ROOT / "corpus").glob("*.txt"))
    if base:
        fams.append(base)
    for d in sorted((ROOT / "fixtures" / "stories").glob("*")):
        files = sorted(d.glob("*.txt"))
        if files:
            fams.append(files)
    if not fams:
        raise SystemExit("no fixture articles found under corpus/ or fixtures/stories/")
    return fams


class _Story:
    """The substitutions one story applies to all its articles."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.scale = rng.choice((0.5, 0.75, 1.0, 1.0, 1.25, 1.5, 2.0, 3.0))
        self.age_shift = rng.randint(-12, 12)
        self.year_shift = rng.randint(-12, 3)
        self.day_shift = rng.randint(0, 27)
        self.words: dict[str, str] = {}
        firsts = rng.sample(FIRST_NAMES, len(FIRST_NAMES))
        lasts = rng.sample(SURNAMES, len(SURNAMES))
        for name in PERSON_NAMES:
            first, last = name.split()[0], name.split()[-1]
            if first not in self.words:
                self.words[first] = firsts.pop()
            if last not in self.words:
                self.words[last] = lasts.pop()
        for first in EXTRA_FIRST:
            self.words.setdefault(first, firsts.pop())
        towns = rng.sample(TOWNS, len(PLACES))
        self.words.update(zip(PLACES, towns, strict=True))
        self.name_re = re.compile(r"\b(" + "|".join(sorted(self.words, key=len, reverse=True)) + r")\b")
        self.values: dict[float, float] = {}

    def value(self, v: float, is_int: bool) -> float:
        if v not in self.values:
            if v <= 1 or self.scale == 1.0:
                new = v
            elif is_int and v <= 20:
                new = max(2, round(v * self.scale))
            elif is_int:
                new = float(_round_plausible(v * self.scale))
            else:
                new = round(v * self.scale, 1)
            self.values[v] = new
        return self.values[v]

    def day(self, d: int) -> int:
        return (d - 1 + self.day_shift) % 28 + 1


def _round_plausible(x: float) -> int:
    """Keep two significant figures for big numbers, so 376 * 1.5 reads 560, not 564."""
    if x < 100:
        return round(x)
    digits = len(str(int(x))) - 2
    return int(round(x, -digits))


def _render(original: str, new: float, *, word: bool) -> str:
    n = int(new) if float(new).is_integer() else new
    if word and isinstance(n, int) and n in SPELL:
        s = SPELL[n]
        if original.isupper():
            return s.upper()
        return s.capitalize() if original[:1].isupper() else s
    if isinstance(n, int):
        return f"{n:,}" if "," in original else str(n)
    decimals = len(original.split(".")[1]) if "." in original else 1
    return f"{n:.{decimals}f}"


def _article(text: str, story: _Story, rng: random.Random, *, conflict_rate: float, typo_rate: float) -> str:
    # Paragraph drop: any body paragraph (not the first two lines) now and then.
    paras = text.split("\n\n")
    if len(paras) > 4:
        paras = paras[:2] + [p for p in paras[2:] if rng.random() > 0.12]
    text = "\n\n".join(paras)

    protected: list[str] = []

    def protect(s: str) -> str:
        protected.append(s)
        return f"{_PROTECTED}{len(protected) - 1}{_PROTECTED}"

    def iso(m: re.Match[str]) -> str:
        y, mo, d = int(m.group(1)) + story.year_shift, int(m.group(2)), story.day(int(m.group(3)))
        return protect(f"{y:04d}-{mo:02d}-{d:02d}")

    text = _ISO_DATE.sub(iso, text)
    text = _TIME.sub(lambda m: protect(m.group(0)), text)
    text = _DAY_MONTH.sub(lambda m: protect(str(story.day(int(m.group(1))))) + m.group(2), text)
    text = _MONTH_DAY.sub(lambda m: m.group(1) + protect(str(story.day(int(m.group(2))))), text)
    text = _YEAR.sub(lambda m: protect(str(int(m.group(0)) + story.year_shift)), text)

    # Ages: shifted, and the same in every article of the story (an age conflict now and then).
    def age(m: re.Match[str]) -> str:
        a = max(16, min(95, int(m.group(2)) + story.age_shift))
        if rng.random() < conflict_rate:
            a += rng.choice((-2, -1, 1, 2))
        return m.group(1) + protect(str(a))

    text = _AGE.sub(age, text)

    conflicted: dict[float, float] = {}

    def number(m: re.Match[str]) -> str:
        raw = m.group(0)
        if m.group(2):
            v: float = WORDS[raw.lower()]
            is_int, word = True, True
        else:
            v, is_int, word = float(raw.replace(",", "")), "." not in raw, False
        new = story.value(v, is_int)
        if v > 1 and (v in conflicted or rng.random() < conflict_rate):
            if v not in conflicted:
                bump = max(1, round(abs(new) * 0.15)) if is_int else round(abs(new) * 0.15, 1) or 0.1
                conflicted[v] = new + rng.choice((-1, 1)) * bump if new - bump > 1 else new + bump
            new = conflicted[v]
        return _render(raw, new, word=word)

    text = _NUMBER.sub(number, text)

    def name(m: re.Match[str]) -> str:
        new = story.words[m.group(0)]
        if len(new) > 4 and rng.random() < typo_rate:
            i = rng.randrange(2, len(new) - 1)
            new = new[:i] + new[i + 1] + new[i] + new[i + 2 :]
        return new

    text = story.name_re.sub(name, text)
    return re.sub(f"{_PROTECTED}(\\d+){_PROTECTED}", lambda m: protected[int(m.group(1))], text)


def iter_articles(n: int, seed: int = 0, families: list[list[Path]] | None = None) -> list[tuple[str, str]]:
    """(file name, text) for n articles, from ``families`` (default: corpus/ and each fixtures/stories/ story)."""
    fams = families or _families()
    texts = {p: p.read_text(encoding="utf-8") for fam in fams for p in fam}
    out: list[tuple[str, str]] = []
    story_no = 0
    while len(out) < n:
        rng = random.Random(seed * 1_000_003 + story_no)
        fam = fams[rng.randrange(len(fams))]
        size = rng.randint(3, 6)
        picks = rng.sample(fam, min(size, len(fam)))
        while len(picks) < size:
            picks.append(rng.choice(fam))
        outlets = rng.sample(OUTLETS, size)
        story = _Story(rng)
        for outlet, src in zip(outlets, picks, strict=True):
            if len(out) >= n:
                break
            text = _article(texts[src], story, rng, conflict_rate=0.06, typo_rate=0.02)
            out.append((f"{outlet}_s{story_no:05d}.txt", text))
        story_no += 1
    return out


def build_corpus(n: int, out_dir: str | Path, seed: int = 0, families: list[list[Path]] | None = None) -> list[Path]:
    """Write n articles into out_dir (created if needed) and return their paths, in story order.

    Refuses a folder that already holds other .txt/.md files, so that a corpus is never mixed with another."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    articles = iter_articles(n, seed, families)
    names = {name for name, _ in articles}
    stray = [p.name for p in out.iterdir() if p.suffix in (".txt", ".md") and p.name not in names]
    if stray:
        raise ValueError(f"{out} already holds other articles ({', '.join(sorted(stray)[:3])}, ...); use a new folder")
    paths = []
    for name, text in articles:
        p = out / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main(argv: list[str] | None = None, echo: Callable[[str], None] = print) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out_dir", type=Path, help="folder to write them to (created if needed)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    try:
        paths = build_corpus(args.n, args.out_dir, args.seed)
    except ValueError as e:
        echo(f"error: {e}")
        return 2
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    echo(f"wrote {len(paths)} articles ({words:,} words) to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
