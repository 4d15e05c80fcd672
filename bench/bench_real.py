"""claimcheck scan against bare spaCy on real text, split into stages, with a profile of what is not spaCy.

Usage: python bench/bench_real.py [--n 200] [--repeat 3] [--top 25] [--workdir DIR] [--seed S] [--model M]
       python bench/bench_real.py --n 500 --jobs 2   # the CLI's --jobs 2 against --jobs 1 instead

The corpus is built by make_corpus.py from every real article the repository holds: corpus/, each
fixtures/stories/<name>/ and each fixtures/dev_stories/<event>/articles/ (real multi-outlet coverage), with
numbers, names and dates nudged per story so that no two files are the same. Then, each in a fresh process:

1. ``claimcheck scan DIR --json FILE --no-cache`` (its summary piped to a file), wall time, best of --repeat;
2. bare ``nlp.pipe`` over the same texts with the same pipeline (claimcheck.nlp.load_model: the same six
   components) and batch size, Python start-up, imports and model load included as in 1;
3. the scan's stages, timed one after another in one process: imports (claimcheck's modules), model load
   (spaCy's import included), reading the files, parse (``nlp.pipe``), claim extraction, reconciliation, ledger
   writing and the summary that 1 prints; its ledger is checked byte for byte against 1's. The terminal report
   (piped, 120 columns, as the CLI renders it with --report or without a file output) is timed after, apart;
4. cProfile of stages 3 from reading to the summary (model loaded first), top functions by own time outside
   spaCy, thinc and numpy (their Cython files included).

Progress goes to stderr, the tables to stdout.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

T_START = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def log(msg: str) -> None:
    print(f"[{time.perf_counter() - T_START:7.1f}s] {msg}", file=sys.stderr, flush=True)


def real_families() -> list[list[Path]]:
    """make_corpus's families (corpus/, fixtures/stories/*) and each dev story's articles."""
    from make_corpus import _families  # noqa: PLC2701 (the same families, plus the dev stories)

    fams = _families()
    for d in sorted((ROOT / "fixtures" / "dev_stories").glob("*/articles")):
        files = sorted(d.glob("*.txt"))
        if files:
            fams.append(files)
    return fams


def build(n: int, out: Path, seed: int) -> list[Path]:
    from make_corpus import build_corpus

    return build_corpus(n, out, seed, real_families())


# ---------------------------------------------------------------------------------------------------------
# Workers, each in a fresh process: python bench_real.py --worker KIND --args JSON; JSON result on stdout.
# ---------------------------------------------------------------------------------------------------------


def w_bare(a: dict[str, Any]) -> dict[str, Any]:
    from claimcheck.nlp import load_model, parse_texts

    texts = json.loads(Path(a["texts"]).read_text(encoding="utf-8"))
    nlp = load_model(a.get("model"))
    ntok = 0
    for doc in nlp.pipe(texts, batch_size=_batch_size(parse_texts)):
        ntok += len(doc)
    return {"tokens": ntok}


def _batch_size(fn: Any) -> int:
    import inspect

    return int(inspect.signature(fn).parameters["batch_size"].default)


def _stages(a: dict[str, Any], marks: list[tuple[str, float]], prof: cProfile.Profile | None = None) -> Any:
    def mark(name: str) -> None:
        marks.append((name, time.perf_counter()))

    mark("start")
    import claimcheck.cli  # noqa: F401 (what the command imports before it runs)
    from claimcheck.api import build_result, claims_of
    from claimcheck.cli import _out_console, _settings  # noqa: PLC2701 (the CLI's own console and settings)
    from claimcheck.corpus import read_corpus
    from claimcheck.extract.dates import corpus_reference
    from claimcheck.ledger import write_ledger
    from claimcheck.nlp import load_model, model_info, parse
    from claimcheck.reconcile.cluster import reconcile_claims  # noqa: F401 (imported when reconciling)
    from claimcheck.reconcile.settings import Settings
    from claimcheck.report import render_scan, render_summary

    mark("imports")  # every claimcheck module the scan runs, spaCy aside (its import is the model load's)
    d = Settings()
    settings = _settings(d.agree_threshold, d.compatible_threshold, d.conflict_threshold, d.name_variant_threshold)
    nlp = load_model(a.get("model"))
    mark("model load")
    if prof is not None:
        prof.enable()
    corpus = read_corpus([a["dir"]])
    mark("read files")
    docs = list(parse(nlp, corpus.articles))
    mark("parse (nlp.pipe)")
    ref = corpus_reference(x.date for x in corpus.articles if x.date is not None)
    by_id = {x.id: claims_of(x, doc, ref) for x, doc in zip(corpus.articles, docs, strict=True)}
    claims = tuple(c for x in corpus.articles for c in by_id[x.id])
    mark("claim extraction")
    result = build_result(corpus.articles, claims, model_info(nlp), settings, corpus.warnings)
    mark("reconciliation")
    write_ledger(result, a["ledger"])
    mark("ledger writing")
    console = _out_console()
    console.file = io.StringIO()  # piped: 120 columns, as when the CLI's stdout is not a terminal
    render_summary(console, result, [("ledger", a["ledger"])])
    mark("summary")  # what `scan --json FILE` prints
    if a.get("report"):
        render_scan(console, result)
        mark(REPORT)  # what it prints with --report, or without a file output
    if prof is not None:
        prof.disable()
    return result


REPORT = "terminal report"


def w_stages(a: dict[str, Any]) -> dict[str, Any]:
    marks: list[tuple[str, float]] = [("process start", T_START)]
    result = _stages(a, marks)
    times = {name: t - marks[i][1] for i, (name, t) in enumerate(marks[1:]) if name != "start"}
    times["imports"] += marks[1][1] - marks[0][1]  # this script's own start-up counts as Python's
    return {"stages": times, "claims": len(result.claims), "groups": len(result.groups)}


def w_profile(a: dict[str, Any]) -> dict[str, Any]:
    prof = cProfile.Profile()
    _stages(a, [], prof)
    st = pstats.Stats(prof)
    total = sum(v[2] for v in st.stats.values())  # type: ignore[attr-defined]
    rows = []
    for (file, line, func), (_cc, ncalls, tt, ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        where = f"{file}:{line}({func})"
        if file.endswith((".pyx", ".pxd")) or any(
            s in where for s in ("/spacy/", "/thinc/", "spacy.", "thinc.", "numpy")
        ):
            continue
        short = file.split("/src/", 1)[-1] if "/src/claimcheck/" in file else file.rsplit("/", 2)[-1]
        rows.append((tt, ct, ncalls, f"{short}:{line}({func})" if line else func))
    rows.sort(reverse=True)
    return {"total": total, "rows": rows[: a["top"]]}


WORKERS = {"bare": w_bare, "stages": w_stages, "profile": w_profile}


CPU: list[tuple[str, float]] = []  # (what, CPU seconds) of each timed child process, in the order run


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_worker(kind: str, args: dict[str, Any]) -> tuple[float, dict[str, Any]]:
    t, cpu = time.perf_counter(), _children_cpu()
    cmd = [sys.executable, __file__, "--worker", kind, "--args", json.dumps(args)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    CPU.append((kind, _children_cpu() - cpu))
    return time.perf_counter() - t, json.loads(out.strip().splitlines()[-1])


def run_cli(d: Path, ledger: Path, report: Path, model: str | None, jobs: int = 1) -> float:
    cmd = [sys.executable, "-m", "claimcheck", "scan", str(d), "--json", str(ledger), "--no-cache"]
    if model:
        cmd += ["--model", model]
    if jobs > 1:
        cmd += ["--jobs", str(jobs)]
    t, cpu = time.perf_counter(), _children_cpu()
    with report.open("w", encoding="utf-8") as f:
        subprocess.run(cmd, check=True, stdout=f, stderr=subprocess.DEVNULL)
    CPU.append((f"scan --jobs {jobs}", _children_cpu() - cpu))
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200, help="articles in the corpus (default 200)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of the scan and the bare pipe (default 3)")
    ap.add_argument("--top", type=int, default=25, help="functions in the profile's list (default 25)")
    ap.add_argument("--no-profile", action="store_true", help="skip the cProfile run")
    ap.add_argument(
        "--jobs",
        type=int,
        default=0,
        help="instead of the rest: the CLI scan with --jobs J against --jobs 1, best of --repeat, ledgers compared",
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--model", default=None, help="spaCy model (default: claimcheck's default)")
    ap.add_argument("--workdir", type=Path, default=None, help="keep the corpus here (default: a temporary folder)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--args", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(WORKERS[args.worker](json.loads(args.args))))
        return 0
    with tempfile.TemporaryDirectory(prefix="cc-bench-real-") as tmp:
        work = args.workdir or Path(tmp)
        return bench(args, work)


def bench(args: argparse.Namespace, work: Path) -> int:
    from claimcheck.corpus import read_corpus

    d = work / f"real-{args.n}-s{args.seed}"
    build(args.n, d, args.seed)
    arts = read_corpus([d]).articles
    texts = work / "texts.json"
    texts.write_text(json.dumps([x.text for x in arts]), encoding="utf-8")
    words = sum(len(x.text.split()) for x in arts)
    print(f"corpus: {len(arts)} articles, {words:,} words, from {len(real_families())} families of real articles")
    model = {"model": args.model} if args.model else {}
    if args.jobs > 1:
        return bench_jobs(args, d, work)
    scans, bares = [], []
    for r in range(args.repeat):
        log(f"run {r + 1}/{args.repeat}: claimcheck scan ...")
        scans.append(run_cli(d, work / "cli.json", work / "cli-report.txt", args.model))
        log(f"run {r + 1}/{args.repeat}: bare nlp.pipe ...")
        bares.append(run_worker("bare", {"texts": str(texts), **model})[0])
    scan_s, bare_s = min(scans), min(bares)
    scan_m, bare_m = sorted(scans)[len(scans) // 2], sorted(bares)[len(bares) // 2]
    print(f"\nclaimcheck scan DIR --json FILE --no-cache: {scan_s:.2f} s (median {scan_m:.2f})")
    print(f"bare nlp.pipe, same model and texts:        {bare_s:.2f} s (median {bare_m:.2f})")
    print(f"scan / bare: {scan_s / bare_s:.3f} (medians {scan_m / bare_m:.3f}); target <= 1.05 at N=200")
    cpu_scan = min(c for w, c in CPU if w.startswith("scan"))
    cpu_bare = min(c for w, c in CPU if w == "bare")
    print(
        f"CPU time (user + system; what other jobs on a shared machine add least to): scan {cpu_scan:.2f} s, "
        f"bare {cpu_bare:.2f} s: {cpu_scan / cpu_bare:.3f}"
    )
    log("stages ...")
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        _, st = run_worker("stages", {"dir": str(d), "ledger": str(work / "stages.json"), "report": True, **model})
        for k, v in st["stages"].items():
            best[k] = min(best.get(k, v), v)
    same = (work / "stages.json").read_bytes() == (work / "cli.json").read_bytes()
    print(f"\nstages (one process, best of {args.repeat} each; {st['claims']:,} claims, {st['groups']:,} groups):")
    report = best.pop(REPORT, 0.0)
    total = sum(best.values())
    print(f"{'stage':<22} {'s':>7} {'share':>7}")
    for k, v in best.items():
        print(f"{k:<22} {v:7.3f} {v / total:7.1%}")
    print(f"{'sum':<22} {total:7.3f}")
    print(f"ledger identical to the CLI's: {same}")
    print(
        f"not in that sum: the terminal report (--report, or no file output; piped, 120 columns) {report:.3f} s, "
        f"{report / total:.1%} more"
    )
    if not args.no_profile:
        log("profile ...")
        _, p = run_worker("profile", {"dir": str(d), "ledger": str(work / "prof.json"), "top": args.top, **model})
        print(f"\ncProfile of read..summary, top {args.top} by own time outside spaCy/thinc (of {p['total']:.2f} s):")
        print(f"{'own s':>7} {'cum s':>7} {'calls':>9}  function")
        for tt, ct, n, name in p["rows"]:
            print(f"{tt:7.3f} {ct:7.3f} {n:9d}  {name}")
    return 0


def bench_jobs(args: argparse.Namespace, d: Path, work: Path) -> int:
    """The CLI's --jobs J against --jobs 1 (each scan --json FILE --no-cache), best of --repeat, interleaved."""
    times: dict[int, list[float]] = {1: [], args.jobs: []}
    for r in range(args.repeat):
        for j in times:
            log(f"run {r + 1}/{args.repeat}: claimcheck scan --jobs {j} ...")
            times[j].append(run_cli(d, work / f"jobs{j}.json", work / f"jobs{j}.txt", args.model, j))
    one, many = min(times[1]), min(times[args.jobs])
    same = (work / "jobs1.json").read_bytes() == (work / f"jobs{args.jobs}.json").read_bytes()
    print(f"\nclaimcheck scan DIR --json FILE --no-cache --jobs 1: {one:.2f} s (all: {_all(times[1])})")
    print(f"the same with --jobs {args.jobs}: {many:.2f} s (all: {_all(times[args.jobs])})")
    print(f"speed-up: {one / many:.2f}x; ledgers identical: {same}")
    for j in times:
        cpu = [c for w, c in CPU if w == f"scan --jobs {j}"]
        print(f"CPU time of --jobs {j} (user + system, workers included): {_all(cpu)}")
    return 0


def _all(xs: list[float]) -> str:
    return ", ".join(f"{x:.2f}" for x in xs)


if __name__ == "__main__":
    sys.exit(main())
