"""How claimcheck's cost grows with the length of one article: parse and extraction of a single long text.

Usage:
    python bench/bench_long.py                              # sizes 100k,200k,500k,1000k,1200k characters
    python bench/bench_long.py --sizes 100000,200000 --repeat 3

The article is the fixture articles' bodies (corpus/*.txt, then fixtures/stories/*/*.txt) run together, repeated
until it is long enough, under one date line: news text of any length with the same mix of claims. Each size runs
in a subprocess of its own (its own peak memory), which loads and warms the model first, then times
``extract_text`` (spaCy's parse of the whole article, then extraction): wall time, CPU time and peak RSS, the best
of ``--repeat`` runs. A size over spaCy's ``max_length`` (1,000,000) is parsed in paragraph-aligned pieces.
The last column is the time per 100k characters: flat when the cost is linear. Exit status 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def long_text(n: int) -> str:
    """A news text of exactly ``n`` characters (cut at the end) made of the fixture articles' bodies."""
    paths = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "fixtures" / "stories").glob("*/*.txt"))
    bodies = []
    for p in paths:
        lines = p.read_text(encoding="utf-8").splitlines()
        if lines and lines[0].startswith("date "):
            lines = lines[1:]
        bodies.append("\n".join(lines).strip())
    unit = "\n\n".join(b for b in bodies if b)
    head = "date 2024-03-01\n"
    reps = (n - len(head)) // (len(unit) + 2) + 1
    return (head + "\n\n".join([unit] * reps))[:n]


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def worker(n: int, repeat: int) -> dict[str, Any]:
    from claimcheck.api import extract_text
    from claimcheck.nlp import load_model

    nlp = load_model(None)
    extract_text("warm", long_text(5000), nlp)
    text = long_text(n)
    best_wall, best_cpu, claims = 1e99, 1e99, 0
    for _ in range(repeat):
        t, c = time.perf_counter(), _cpu()
        claims = len(extract_text("long", text, nlp))
        best_wall, best_cpu = min(best_wall, time.perf_counter() - t), min(best_cpu, _cpu() - c)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    return {"chars": n, "wall": best_wall, "cpu": best_cpu, "rss_mb": rss, "claims": claims}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,200000,500000,1000000,1200000")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        print(json.dumps(worker(a.worker, a.repeat)))
        return
    print("| characters | claims | wall (s) | CPU (s) | peak RSS (MB) | CPU per 100k characters (s) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in (int(x) for x in a.sizes.split(",")):
        cmd = [sys.executable, __file__, "--worker", str(n), "--repeat", str(a.repeat)]
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=a.timeout, check=True).stdout
        except subprocess.TimeoutExpired:
            print(f"| {n:,} | timeout after {a.timeout:.0f} s | | | | |", flush=True)
            continue
        except subprocess.CalledProcessError as e:
            print(f"| {n:,} | failed: {(e.stderr or '').strip().splitlines()[-1:]} | | | | |", flush=True)
            continue
        r = json.loads(out)
        per = r["cpu"] / (n / 100_000)
        cells = [f"{n:,}", f"{r['claims']:,}", f"{r['wall']:.2f}", f"{r['cpu']:.2f}", f"{r['rss_mb']:.0f}"]
        cells.append(f"{per:.2f}")
        print("| " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
