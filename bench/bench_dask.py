"""claimcheck extract + reconcile on one machine and on Dask, at scale, through the CLI.

Usage: python bench/bench_dask.py [--articles 10000] [--claims 200000] [--jobs 2] [--workdir DIR] [--seed S]

1. A real-text corpus of --articles articles (bench_real.py's: corpus/, the fixture stories and the dev stories'
   coverage, numbers, names and dates nudged per story).
2. One machine, one process: ``claimcheck extract DIR --out one.jsonl --no-cache``, then
   ``claimcheck reconcile one.jsonl --json -`` (the ledger, with no report).
3. Dask, a LocalCluster of --jobs workers started by each command: ``claimcheck extract DIR --engine dask
   --jobs J --out parts/ --no-cache`` (one JSON lines file per partition), then ``claimcheck reconcile
   parts/part-*.jsonl --engine dask --jobs J --json -``. The two ledgers must be byte-identical.
4. --claims claims (the extracted ones, cut or copied as other stories by bench_scale.replicate), reconciled
   both ways as in 2 and 3; the ledgers must be byte-identical.

Every command is timed from outside, start-up, imports, model loads and the LocalCluster's start included.
The load average before and after each step is printed with it: the machine may be shared. Progress goes to
stderr, the table to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
T_START = time.perf_counter()


def log(msg: str) -> None:
    print(f"[{time.perf_counter() - T_START:7.1f}s] {msg}", file=sys.stderr, flush=True)


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def run(args: list[str], stdout: Path | None = None) -> tuple[float, str]:
    """Wall time of ``claimcheck ARGS`` in a fresh process, and the load average before -> after."""
    cmd = [sys.executable, "-m", "claimcheck", *args]
    before = load()
    t = time.perf_counter()
    with stdout.open("w", encoding="utf-8") if stdout else open(os.devnull, "w") as out:
        subprocess.run(cmd, check=True, stdout=out, stderr=subprocess.DEVNULL)
    dt = time.perf_counter() - t
    return dt, f"{before} -> {load()}"


def count_claims(paths: list[Path]) -> int:
    return sum(line.startswith('{"type": "claim"') for p in paths for line in p.open(encoding="utf-8"))


def claims_file(src: Path, n: int, out: Path) -> int:
    """``n`` claims of ``src`` (an extract file) as an extract file: its first ``n``, or copies of them all as
    other stories when it holds fewer (bench_scale.replicate)."""
    from claimcheck.engines.dask import jsonl_lines
    from claimcheck.ledger import claim_from_json, loads, source_from_json
    from claimcheck.types import ModelInfo

    model, arts, claims = ModelInfo("unknown", "0"), [], []
    for line in src.open(encoding="utf-8"):
        d = loads(line)
        kind = d.pop("type")
        if kind == "model":
            model = ModelInfo(d["name"], d["version"])
        elif kind == "source":
            arts.append(source_from_json(d))
        else:
            claims.append(claim_from_json(d))
    if len(claims) >= n:
        claims = claims[:n]
        used = {c.source for c in claims}
        arts = [a for a in arts if a.id in used]
    else:
        from bench_scale import replicate

        claims_t, arts_t = replicate(claims, arts, n)
        claims, arts = list(claims_t), list(arts_t)
    by_source: dict[str, list[object]] = {a.id: [] for a in arts}
    for c in claims:
        by_source[c.source].append(c)
    with out.open("w", encoding="utf-8") as f:
        f.writelines(jsonl_lines(model, arts, {k: tuple(v) for k, v in by_source.items()}))  # type: ignore[misc]
    return len(claims)


def same(a: Path, b: Path) -> bool:
    return a.read_bytes() == b.read_bytes()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--claims", type=int, default=200000)
    ap.add_argument("--jobs", type=int, default=2, help="LocalCluster workers for the Dask runs (default 2)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=None, help="keep the files here (default: a temporary folder)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cc-bench-dask-") as tmp:
        return bench(args, args.workdir or Path(tmp))


def bench(args: argparse.Namespace, work: Path) -> int:
    from bench_real import build

    work.mkdir(parents=True, exist_ok=True)
    d = work / f"real-{args.articles}-s{args.seed}"
    if not d.is_dir():
        log(f"building a real-text corpus of {args.articles} articles in {d}")
        build(args.articles, d, args.seed)
    jobs = ["--jobs", str(args.jobs)]
    rows: list[tuple[str, str, float, str]] = []

    def step(what: str, how: str, argv: list[str], stdout: Path | None = None) -> None:
        log(f"{what}, {how} ...")
        dt, ld = run(argv, stdout)
        log(f"  {dt:.1f} s (load {ld})")
        rows.append((what, how, dt, ld))

    one, parts = work / "one.jsonl", work / "parts"
    led1, led2 = work / "one-ledger.json", work / "dask-ledger.json"
    step("extract", "one process", ["extract", str(d), "--out", str(one), "--no-cache"])
    step(
        "extract",
        f"Dask, LocalCluster of {args.jobs}",
        ["extract", str(d), "--engine", "dask", *jobs, "--out", str(parts), "--no-cache"],
    )
    files = sorted(parts.glob("part-*.jsonl"))
    n_claims = count_claims([one])
    assert count_claims(files) == n_claims, "the partition files hold other claims than the one-process file"
    step("reconcile", "one process", ["reconcile", str(one), "--json", "-"], led1)
    step(
        "reconcile",
        f"Dask, LocalCluster of {args.jobs}",
        ["reconcile", *map(str, files), "--engine", "dask", *jobs, "--json", "-"],
        led2,
    )
    identical = [same(led1, led2)]

    many = work / f"claims-{args.claims}.jsonl"
    got = claims_file(one, args.claims, many)
    led3, led4 = work / "many-one.json", work / "many-dask.json"
    step(f"reconcile {got} claims", "one process", ["reconcile", str(many), "--json", "-"], led3)
    step(
        f"reconcile {got} claims",
        f"Dask, LocalCluster of {args.jobs}",
        ["reconcile", str(many), "--engine", "dask", *jobs, "--json", "-"],
        led4,
    )
    identical.append(same(led3, led4))

    print(
        f"\n{args.articles} articles, {n_claims} claims extracted; {len(files)} partition files; "
        f"{os.cpu_count()} cores; ledgers byte-identical: {all(identical)} ({identical})\n"
    )
    print("| step | where | seconds | load average (1/5/15 min) before -> after |")
    print("| --- | --- | ---: | --- |")
    for what, how, dt, ld in rows:
        print(f"| {what} | {how} | {dt:.1f} | {ld} |")
    totals: dict[str, float] = {}
    for _, how, dt, _ld in rows[:4]:
        totals[how] = totals.get(how, 0.0) + dt
    for how, dt in totals.items():
        print(f"| extract + reconcile, {args.articles} articles | {how} | {dt:.1f} | |")
    print(
        json.dumps({"articles": args.articles, "claims": n_claims, "rows": rows, "identical": identical}),
        file=sys.stderr,
    )
    return 0 if all(identical) else 1


if __name__ == "__main__":
    raise SystemExit(main())
