"""Every figure the extraction issue asks for, in one run:

- Duckling's numerals (bench/eval_numerals.py), target >= 95%;
- Duckling's calendar-grain times (bench/eval_dates.py), target >= 85%;
- the seed corpus's gold values (bench/eval_seed_values.py), target: every member;
- extraction's cost over spaCy's own nlp.pipe on the same texts, in wall and CPU time, target <= 10%.

    python bench/eval_extraction.py [--repeat N] [--rounds R] [--speed-only]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(script: str) -> None:
    print(f"== {script}", flush=True)
    out = subprocess.run([sys.executable, str(ROOT / "bench" / script)], capture_output=True, text=True)
    lines = [x for x in out.stdout.splitlines() if x.strip()]
    summary = [x for x in lines if not x.startswith((" ", "\t"))]
    print("\n".join(summary[-12:] if summary else lines[-12:]), flush=True)


def speed(repeat: int, rounds: int) -> None:
    """Time nlp.pipe alone, then nlp.pipe plus claimcheck's extraction, over the same texts, ``rounds`` times
    each, the two alternating.

    Both wall and CPU time are given. On a shared machine wall time also counts the time the process waited for a
    core, which comes and goes with the other jobs and is no cost of either: the CPU time (``time.process_time``)
    is the figure to read there (on a quiet machine the two agree). Each is given as the best run of each against
    the best of the other, and as the median over the rounds of each round's own pair: extraction is a tenth of the
    pipe's time, so a swing of 1% in a pipe run moves the best-of figure by a tenth of itself, and the median of the
    pairs holds stiller. The last line is extraction's own CPU time, read around each extract_claims call of the
    runs with extraction, against the pipe alone: the same cost, without the difference of two long runs."""
    import statistics

    import claimcheck
    from claimcheck.corpus import read_corpus
    from claimcheck.extract.claims import extract_claims

    folders = [ROOT / "corpus", *sorted(p for p in (ROOT / "fixtures" / "stories").iterdir() if p.is_dir())]
    articles = [a for f in folders for a in read_corpus([f]).articles] * repeat
    nlp = claimcheck.load_model()
    texts = [a.text for a in articles]
    list(nlp.pipe(texts[:5]))  # warm up
    bare, full = [], []  # (wall, cpu) of each run
    own: list[float] = []  # extraction's own CPU time in each run with it
    for _ in range(rounds):
        t, c = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts):
            pass
        bare.append((time.perf_counter() - t, time.process_time() - c))
        t, c = time.perf_counter(), time.process_time()
        n, ext = 0, 0.0
        for art, doc in zip(articles, nlp.pipe(texts), strict=True):
            e = time.process_time()
            n += len(extract_claims(art, doc))
            ext += time.process_time() - e
        full.append((time.perf_counter() - t, time.process_time() - c))
        own.append(ext)
    words = sum(len(x.split()) for x in texts)
    print("== extraction speed")
    print(f"{len(texts)} articles, {words} words, {n} claims; {rounds} rounds")
    for k, clock in ((0, "wall"), (1, "CPU")):
        b, f = min(x[k] for x in bare), min(x[k] for x in full)
        added = 100 * (f - b) / b
        pairs = statistics.median(100 * (fu[k] - ba[k]) / ba[k] for ba, fu in zip(bare, full, strict=True))
        print(
            f"{clock}: nlp.pipe alone {b:.2f} s; nlp.pipe + extraction {f:.2f} s; extraction adds {added:.1f}% "
            f"(best of each), {pairs:.1f}% (median of the rounds' pairs)"
        )
    ratios = [100 * e / ba[1] for e, ba in zip(own, bare, strict=True)]
    print(
        f"CPU of extract_claims itself: {min(own):.2f} s (best), {statistics.median(own):.2f} s (median), "
        f"{statistics.median(ratios):.1f}% of nlp.pipe alone (median of the rounds)"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=10, help="copies of the fixture articles timed (default 10)")
    ap.add_argument("--rounds", type=int, default=5, help="runs of each, alternating (default 5)")
    ap.add_argument("--speed-only", action="store_true", help="time extraction only, not the other figures")
    args = ap.parse_args()
    if not args.speed_only:
        for script in ("eval_numerals.py", "eval_dates.py", "eval_seed_values.py"):
            run(script)
    speed(args.repeat, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
