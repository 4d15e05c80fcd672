"""How claimcheck scales: scan vs bare spaCy, reconciliation, --jobs, the cache, and --help.

Usage:
    .venv/bin/python bench/bench_scale.py                 # sizes 100,1000,10000 (N=10000 takes long)
    .venv/bin/python bench/bench_scale.py --quick         # sizes 50,200, smaller side sections
    .venv/bin/python bench/bench_scale.py --sizes 100,1000 --sections sizes,jobs

Every measurement runs in a subprocess of its own (so each N's peak memory is its own), on corpora written
by bench/make_corpus.py into a temporary folder. Progress goes to stderr, the tables to stdout. See
bench/README.md for what each column means. Exit status 0 whatever the figures (targets are reported, not
asserted).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import build_corpus  # noqa: E402

SECTIONS = ("sizes", "jobs", "reconcile", "cache", "help")
T0 = float(os.environ.setdefault("CLAIMCHECK_BENCH_T0", str(time.time())))  # workers share the driver's clock


def log(msg: str) -> None:
    print(f"[{time.time() - T0:7.1f}s] {msg}", file=sys.stderr, flush=True)


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


# ---------------------------------------------------------------------------------------------------------
# Workers: each runs in its own process (python bench_scale.py --worker KIND --args JSON --out FILE).
# ---------------------------------------------------------------------------------------------------------


def _settings() -> Any:
    """The thresholds `claimcheck scan` uses: the CLI's defaults, which differ from Settings()."""
    import inspect

    from claimcheck import Settings

    try:
        from claimcheck import cli

        params = inspect.signature(cli.scan).parameters
        names = ("agree_threshold", "compatible_threshold", "conflict_threshold", "name_variant_threshold")
        return Settings(**{n: float(params[n].default) for n in names})
    except Exception:  # noqa: BLE001 - the CLI changed shape: fall back to the library defaults
        return Settings()


def _nlp(model: str | None, texts: list[str]) -> Any:
    from claimcheck.nlp import load_model

    nlp = load_model(model)
    for _ in nlp.pipe(texts[:16], batch_size=_batch_size()):  # warm: first batches allocate
        pass
    return nlp


def _batch_size() -> int:
    import inspect

    from claimcheck.nlp import parse

    return int(inspect.signature(parse).parameters["batch_size"].default)


def _progress(label: str) -> Callable[[int, int], None]:
    state = {"next": 0.25}

    def update(done: int, n: int) -> None:
        if n >= 100 and done >= state["next"] * n:
            log(f"  {label}: {done}/{n}")
            state["next"] = done / n + 0.25

    return update


def _pipe_time(nlp: Any, texts: list[str], n_process: int = 1) -> tuple[float, int]:
    t = time.perf_counter()
    ntok = 0
    for doc in nlp.pipe(texts, batch_size=_batch_size(), n_process=n_process):
        ntok += len(doc)
    return time.perf_counter() - t, ntok


def w_size(a: dict[str, Any]) -> dict[str, Any]:
    """scan (cache off, model warm, one process) vs bare nlp.pipe vs reconciliation alone, for one N."""
    from claimcheck import build_result, read_corpus, scan

    corpus = [a["dir"]]
    texts = [art.text for art in read_corpus(corpus).articles]
    nlp = _nlp(a.get("model"), texts)
    settings = _settings()
    out: dict[str, Any] = {"n": len(texts), "words": sum(len(t.split()) for t in texts)}
    best: dict[str, float] = {}
    for r in range(a["repeat"]):
        t = time.perf_counter()
        res = scan(corpus, cache=False, nlp=nlp, settings=settings, progress=_progress(f"scan N={len(texts)}"))
        best["scan"] = min(best.get("scan", 1e99), time.perf_counter() - t)
        if r == 0:
            out["rss_scan_mb"] = _maxrss_mb()  # before anything else runs: the scan's own high-water mark
        if a.get("scan_only"):
            log(f"  scan N={len(texts)}: {best['scan']:.2f}s")
            rec, ntok = res, None
            continue
        log(f"  scan N={len(texts)}: {best['scan']:.2f}s; bare nlp.pipe ...")
        tp, ntok = _pipe_time(nlp, texts)
        best["pipe"] = min(best.get("pipe", 1e99), tp)
        t = time.perf_counter()
        rec = build_result(res.articles, res.claims, res.model, settings)
        best["reconcile"] = min(best.get("reconcile", 1e99), time.perf_counter() - t)
    out.update({"pipe": None, "reconcile": None, **best})
    out.update(
        tokens=ntok,
        claims=len(res.claims),
        groups=len(rec.groups),
        conflicts=sum(g.verdict == "conflict" for g in rec.groups),
        rss_end_mb=_maxrss_mb(),
    )
    return out


def w_jobs(a: dict[str, Any]) -> dict[str, Any]:
    """scan with --jobs 1 and --jobs J (cache off), and the ledgers compared byte for byte."""
    from claimcheck import iter_ledger, read_corpus, scan

    corpus = [a["dir"]]
    texts = [art.text for art in read_corpus(corpus).articles]
    nlp = _nlp(a.get("model"), texts)
    settings = _settings()
    out: dict[str, Any] = {"n": len(texts), "jobs": a["jobs"]}
    ledgers = {}
    for j in (1, a["jobs"]):
        t = time.perf_counter()
        res = scan(corpus, cache=False, nlp=nlp, settings=settings, jobs=j, progress=_progress(f"scan --jobs {j}"))
        out[f"scan_j{j}"] = time.perf_counter() - t
        ledgers[j] = "".join(iter_ledger(res)).encode("utf-8")
        log(f"  scan --jobs {j}: {out[f'scan_j{j}']:.2f}s; bare nlp.pipe(n_process={j}) ...")
        out[f"pipe_j{j}"] = _pipe_time(nlp, texts, n_process=j)[0]
    out["identical"] = ledgers[1] == ledgers[a["jobs"]]
    out["ledger_bytes"] = len(ledgers[1])
    out["claims"] = len(res.claims)
    return out


def w_rbase(a: dict[str, Any]) -> dict[str, Any]:
    """Extract a corpus once and keep its claims (JSON lines) and articles for the reconcile workers."""
    from claimcheck import claims_to_jsonl, read_corpus
    from claimcheck.api import extract_all

    arts = read_corpus([a["dir"]]).articles
    nlp = _nlp(a.get("model"), [x.text for x in arts[:16]])
    ex = extract_all(arts, cache=False, nlp=nlp, progress=_progress("extract base"))
    claims = [c for x in arts for c in ex.claims[x.id]]
    Path(a["claims"]).write_text("".join(claims_to_jsonl(claims)), encoding="utf-8")
    meta = [
        {"id": x.id, "path": x.path, "sha256": x.sha256, "date": x.date and x.date.isoformat(), "time": x.time}
        for x in arts
    ]
    Path(a["articles"]).write_text(json.dumps(meta), encoding="utf-8")
    return {"articles": len(arts), "claims": len(claims)}


_SYLL = "ba ko ri tan vel mor sen dra lin gu fe nor har pel sto wyn cal ith om bre".split()


def _fake_word(word: str, k: int) -> str:
    import hashlib

    h = int.from_bytes(hashlib.blake2b(f"{word}|{k}".encode(), digest_size=8).digest(), "big")
    parts = [_SYLL[(h >> (5 * i)) % len(_SYLL)] for i in range(2 + h % 2)]
    return "".join(parts).capitalize()


def replicate(claims: list[Any], articles: list[Any], n: int) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """n claims: the base claims, then copies of them as other stories (replica k = 1, 2, ...).

    A copy gets new source and claim ids (outlet prefix kept), person names swapped for made-up ones
    (in the claim's entities, subject, claimant, value and sentence), integer values moved by +k (interval
    bounds alike, so agreements within a copy stay agreements), and years (claims and article dates)
    moved by k. Deterministic."""
    import re
    from dataclasses import replace
    from datetime import date

    from claimcheck import DateValue, Quantity

    persons = {
        w
        for c in claims
        if c.kind == "name" and (c.counted or "").lower() == "person" and isinstance(c.value, str)
        for w in c.value.split()
        if w[:1].isupper() and len(w) > 2
    }
    word_re = re.compile(r"\b(" + "|".join(sorted(map(re.escape, persons), key=len, reverse=True)) + r")\b")

    def year(d: date, k: int) -> date:
        try:
            return d.replace(year=d.year + k)
        except ValueError:  # 29 February
            return d.replace(year=d.year + k, day=28)

    out_claims: list[Any] = []
    out_arts: list[Any] = []
    k = 0
    while len(out_claims) < n:
        if k == 0:
            out_claims.extend(claims)
            out_arts.extend(articles)
            k += 1
            continue
        names: dict[str, str] = {}

        def sub(s: str | None, k: int = k, names: dict[str, str] = names) -> str | None:
            if not s or not persons:
                return s
            return word_re.sub(lambda m: names.setdefault(m.group(0), _fake_word(m.group(0), k)), s)

        def num(x: Any, k: int = k) -> Any:
            if x is None or isinstance(x, bool):
                return x
            return x + k if isinstance(x, int) else round(x * (1 + k / 50), 3)

        def sid(s: str, k: int = k) -> str:
            return f"{s}x{k}"

        for art in articles:
            out_arts.append(replace(art, id=sid(art.id), date=art.date and year(art.date, k)))
        for c in claims:
            v = c.value
            if isinstance(v, Quantity):
                v = replace(v, value=num(v.value), low=num(v.low), high=num(v.high), whole=num(v.whole))
            elif isinstance(v, DateValue):
                v = replace(v, start=year(v.start, k), end=year(v.end, k))
            elif isinstance(v, str):
                v = sub(v)
            out_claims.append(
                replace(
                    c,
                    id=sid(c.id),
                    source=sid(c.source),
                    value=v,
                    sentence=sub(c.sentence),
                    entities=tuple(sub(e) or e for e in c.entities),
                    about=sub(c.about),
                    claimant=sub(c.claimant),
                    speaker=sub(c.speaker),
                    derived_from=c.derived_from and sid(c.derived_from),
                )
            )
            if len(out_claims) >= n:
                break
        k += 1
    out_claims = out_claims[:n]
    used = {c.source for c in out_claims}
    return tuple(out_claims), tuple(a for a in out_arts if a.id in used)


def w_reconcile(a: dict[str, Any]) -> dict[str, Any]:
    """build_result (reconciliation alone) on n claims made by replicate()."""
    from datetime import date

    from claimcheck import Article, ModelInfo, build_result, read_claims_jsonl

    base = read_claims_jsonl(a["claims"])
    arts = [
        Article(
            id=m["id"],
            path=m["path"],
            text="",
            sha256=m["sha256"],
            date=date.fromisoformat(m["date"]) if m["date"] else None,
            time=m["time"],
        )
        for m in json.loads(Path(a["articles"]).read_text(encoding="utf-8"))
    ]
    claims, articles = replicate(base, arts, a["n"])
    log(f"  reconcile: {len(claims)} claims from {len(articles)} articles ...")
    rss0 = _maxrss_mb()
    t, cpu = time.perf_counter(), time.process_time()
    res = build_result(articles, claims, ModelInfo("bench", "0"), _settings())
    dt = time.perf_counter() - t
    return {
        "claims": len(claims),
        "articles": len(articles),
        "seconds": dt,
        "cpu_seconds": time.process_time() - cpu,  # what a busy machine's other jobs do not add to
        "groups": len(res.groups),
        "conflicts": sum(g.verdict == "conflict" for g in res.groups),
        "entities": len(res.entities),
        "rss_before_mb": rss0,
        "rss_mb": _maxrss_mb(),
    }


def w_cache(a: dict[str, Any]) -> dict[str, Any]:
    """First scan into an empty cache, re-scan unchanged, re-scan after changing one file."""
    from claimcheck import iter_ledger, read_corpus, scan
    from claimcheck.cache import CACHE_ENV

    os.environ[CACHE_ENV] = a["cache_dir"]
    root = Path(a["cache_dir"])

    def entries() -> int:
        return sum(1 for _ in root.rglob("*.json"))

    corpus = [a["dir"]]
    arts = read_corpus(corpus).articles
    nlp = _nlp(a.get("model"), [x.text for x in arts[:16]])
    settings = _settings()
    out: dict[str, Any] = {"n": len(arts)}

    t = time.perf_counter()
    first = scan(corpus, cache=True, nlp=nlp, settings=settings, progress=_progress("first scan"))
    out["first"] = time.perf_counter() - t
    out["written_first"] = entries()

    t = time.perf_counter()
    again = scan(corpus, cache=True, nlp=nlp, settings=settings)
    out["rescan"] = time.perf_counter() - t
    out["rescan_identical"] = "".join(iter_ledger(first)) == "".join(iter_ledger(again))

    # Re-scan without a preloaded model: what the CLI does (the model is not loaded when all hit).
    t = time.perf_counter()
    scan(corpus, cache=True, settings=settings, model=a.get("model"))
    out["rescan_no_nlp"] = time.perf_counter() - t

    victim = Path(arts[len(arts) // 2].path)
    original = victim.read_bytes()
    try:
        victim.write_bytes(original + b"\n\nA further 9 people were taken to hospital, officials said.\n")
        before = entries()
        calls: list[int] = []
        t = time.perf_counter()
        scan(corpus, cache=True, nlp=nlp, settings=settings, progress=lambda d, n: calls.append(d))
        out["changed"] = time.perf_counter() - t
        out["reextracted"] = entries() - before
        cached_first = calls[0] if calls and calls[0] > 1 else 0
        out["reextracted_by_progress"] = out["n"] - cached_first
    finally:
        victim.write_bytes(original)
    return out


WORKERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "size": w_size,
    "jobs": w_jobs,
    "rbase": w_rbase,
    "reconcile": w_reconcile,
    "cache": w_cache,
}


# ---------------------------------------------------------------------------------------------------------
# The driver.
# ---------------------------------------------------------------------------------------------------------


def run_worker(kind: str, args: dict[str, Any], work: Path, timeout: float | None) -> dict[str, Any]:
    """Run one worker in a new process group; its result, or {"error": ...} on a failure or a timeout."""
    out = work / f"result-{kind}-{time.monotonic_ns()}.json"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--args", json.dumps(args)]
    cmd += ["--out", str(out)]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, start_new_session=True)
    try:
        rc = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the worker and its spaCy children, nothing else
        proc.wait()
        log(f"  {kind} timed out after {timeout:.0f}s")
        return {"error": f"timeout after {timeout:.0f}s"}
    wall = time.perf_counter() - t
    if rc != 0 or not out.exists():
        return {"error": f"worker exited with {rc}"}
    res: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    res["wall"] = wall
    res["children_maxrss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    return res


def corpus_dir(work: Path, n: int, seed: int) -> Path:
    d = work / f"corpus-{n}-s{seed}"
    if not d.exists():
        t = time.perf_counter()
        log(f"building corpus N={n} ...")
        build_corpus(n, d, seed)
        log(f"  built in {time.perf_counter() - t:.1f}s")
    return d


def machine() -> list[str]:
    cpu = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = "?"
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    from importlib.metadata import PackageNotFoundError, version

    def ver(p: str) -> str:
        try:
            return version(p)
        except PackageNotFoundError:
            return "not installed"

    from claimcheck.nlp import find_model

    try:
        m = find_model(None)
        model = f"{m.name} {m.version}"
    except Exception as e:  # noqa: BLE001
        model = f"? ({e})"
    return [
        f"CPU:      {cpu}",
        f"cores:    {os.cpu_count()} (usable by this process: {usable})",
        f"RAM:      {ram}",
        f"Python:   {platform.python_version()} ({platform.python_implementation()}, {platform.machine()})",
        f"spaCy:    {ver('spacy')}; model {model}; claimcheck {ver('claimcheck')}",
        f"platform: {platform.platform()}",
    ]


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    lines = ["  ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines)


def f2(x: Any, fmt: str = ".2f") -> str:
    return "-" if x is None else format(x, fmt)


def div(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b == 0 else a / b


def ok(cond: bool | None) -> str:
    return "n/a " if cond is None else ("MET " if cond else "MISSED")


def section_sizes(args: argparse.Namespace, work: Path, targets: list[str]) -> None:
    results: list[dict[str, Any]] = []
    for n in args.sizes:
        d = corpus_dir(work, n, args.seed)
        repeat = args.repeat or (2 if n <= 200 else 1)
        log(f"size N={n} (best of {repeat}) ...")
        wa = {"dir": str(d), "repeat": repeat, "model": args.model, "scan_only": args.scan_only}
        r = run_worker("size", wa, work, args.timeout)
        r["N"] = n
        results.append(r)
        if "error" not in r:
            log(f"  N={n}: scan {r['scan']:.2f}s, pipe {f2(r['pipe'])}s, reconcile {f2(r['reconcile'])}s")
    print("\n== scan vs bare nlp.pipe, by corpus size (one process, cache off, model warm) ==")
    hdr = ["N", "words", "claims", "groups", "scan s", "pipe s", "scan/pipe", "extract+ s", "reconcile s"]
    hdr += ["peak RSS MB", "tok/s pipe"]
    rows = []
    for r in results:
        if "error" in r:
            rows.append([str(r["N"]), r["error"]] + [""] * (len(hdr) - 2))
            continue
        rows.append(
            [
                str(r["N"]),
                f"{r['words']:,}",
                f"{r['claims']:,}",
                f"{r['groups']:,}",
                f2(r["scan"]),
                f2(r["pipe"]),
                f2(div(r["scan"], r["pipe"]), ".3f"),
                f2(None if r["pipe"] is None else r["scan"] - r["pipe"] - r["reconcile"]),
                f2(r["reconcile"]),
                f2(r["rss_scan_mb"], ".0f"),
                f2(div(r["tokens"], r["pipe"]), ".0f"),
            ]
        )
    print(table(hdr, rows))
    good = [r for r in results if "error" not in r]
    if len(good) > 1:
        print("\ngrowth between consecutive sizes (time ratio; linear growth = the N ratio):")
        grows = []
        for p, q in zip(good, good[1:], strict=False):
            grows.append(
                [
                    f"{p['N']} -> {q['N']}",
                    f2(q["N"] / p["N"], ".1f"),
                    f2(q["claims"] / max(1, p["claims"]), ".1f"),
                    f2(q["scan"] / p["scan"], ".1f"),
                    f2(div(q["pipe"], p["pipe"]), ".1f"),
                    f2(div(q["reconcile"], p["reconcile"]), ".1f"),
                    f2(q["rss_scan_mb"] / p["rss_scan_mb"], ".2f"),
                ]
            )
        print(table(["sizes", "N x", "claims x", "scan x", "pipe x", "reconcile x", "peak RSS x"], grows))
    timed = [r for r in good if r["pipe"] is not None]
    at200 = [r for r in timed if r["N"] == 200] or [r for r in timed if r["N"] >= 100]
    if at200:
        r = at200[0]
        ratio = r["scan"] / r["pipe"]
        note = "" if r["N"] == 200 else f" (measured at N={r['N']}, not 200)"
        targets.append(f"{ok(ratio <= 1.10)} scan <= 1.10x nlp.pipe at N=200: {ratio:.3f}x{note}")
    else:
        targets.append(f"{ok(None)} scan <= 1.10x nlp.pipe at N=200: not measured")
    big = [r for r in good if r["N"] >= 10000]
    if big:
        mb = big[0]["rss_scan_mb"]
        targets.append(f"{ok(mb <= 2048)} peak memory <= 2 GB at N=10,000: {mb:.0f} MB")
    elif len(good) >= 2:
        p, q = good[-2], good[-1]
        slope = (q["rss_scan_mb"] - p["rss_scan_mb"]) / (q["N"] - p["N"])
        est = q["rss_scan_mb"] + slope * (10000 - q["N"])
        targets.append(
            f"{ok(None)} peak memory <= 2 GB at N=10,000: not measured; rough linear estimate from the two "
            f"largest sizes {est:.0f} MB"
        )
    else:
        targets.append(f"{ok(None)} peak memory <= 2 GB at N=10,000: not measured")


def section_jobs(args: argparse.Namespace, work: Path, targets: list[str]) -> None:
    n = args.jobs_n
    d = corpus_dir(work, n, args.seed)
    log(f"jobs: N={n}, --jobs 1 vs --jobs {args.jobs} ...")
    r = run_worker("jobs", {"dir": str(d), "jobs": args.jobs, "model": args.model}, work, args.timeout)
    print(f"\n== --jobs {args.jobs} vs --jobs 1 (N={n}, cache off, model warm) ==")
    if "error" in r:
        print(r["error"])
        targets.append(f"{ok(None)} --jobs {args.jobs} >= 1.7x at N>=500: {r['error']}")
        return
    j = args.jobs
    rows = [
        ["claimcheck scan", f2(r["scan_j1"]), f2(r[f"scan_j{j}"]), f2(r["scan_j1"] / r[f"scan_j{j}"]) + "x"],
        ["bare nlp.pipe", f2(r["pipe_j1"]), f2(r[f"pipe_j{j}"]), f2(r["pipe_j1"] / r[f"pipe_j{j}"]) + "x"],
    ]
    print(table(["", "jobs 1 s", f"jobs {j} s", "speed-up"], rows))
    print(f"ledgers byte-identical: {r['identical']} ({r['ledger_bytes']:,} bytes, {r['claims']:,} claims)")
    sp = r["scan_j1"] / r[f"scan_j{j}"]
    note = "" if n >= 500 else f" (measured at N={n}, target is for N>=500)"
    targets.append(
        f"{ok(sp >= 1.7 and r['identical'])} --jobs {j} >= 1.7x and identical: {sp:.2f}x, "
        f"identical={r['identical']}{note}"
    )


def section_reconcile(args: argparse.Namespace, work: Path, targets: list[str]) -> None:
    d = corpus_dir(work, args.reconcile_base, args.seed)
    files = {"claims": str(work / f"base-{args.reconcile_base}.jsonl"), "articles": str(work / "base-articles.json")}
    log(f"reconcile: extracting the base corpus (N={args.reconcile_base}) ...")
    b = run_worker("rbase", {"dir": str(d), "model": args.model, **files}, work, args.timeout)
    print(f"\n== reconciliation alone (build_result), claims replicated from a {args.reconcile_base}-article corpus ==")
    if "error" in b:
        print(b["error"])
        return
    print(f"base: {b['claims']:,} claims from {b['articles']} articles")
    results = []
    for n in args.reconcile_claims:
        log(f"reconcile: {n:,} claims ...")
        r = run_worker("reconcile", {"n": n, **files}, work, args.timeout)
        r["N"] = n
        results.append(r)
    rows = []
    for r in results:
        if "error" in r:
            rows.append([f"{r['N']:,}", r["error"], "", "", "", "", ""])
        else:
            rows.append(
                [
                    f"{r['claims']:,}",
                    f2(r["seconds"]),
                    f2(r["cpu_seconds"]),
                    f"{r['groups']:,}",
                    f"{r['conflicts']:,}",
                    f"{r['entities']:,}",
                    f2(r["rss_mb"], ".0f"),
                ]
            )
    print(table(["claims", "seconds", "CPU s", "groups", "conflicts", "entities", "peak RSS MB"], rows))
    good = [r for r in results if "error" not in r]
    for p, q in zip(good, good[1:], strict=False):
        print(
            f"growth {p['N']:,} -> {q['N']:,}: claims x{q['N'] / p['N']:.1f}, time x{q['seconds'] / p['seconds']:.1f}"
        )
    big = [r for r in results if r["N"] == 100_000]
    if big and "error" not in big[0]:
        targets.append(f"{ok(big[0]['seconds'] <= 10)} reconcile 100,000 claims <= 10 s: {big[0]['seconds']:.2f}s")
    else:
        why = big[0]["error"] if big else "not measured"
        targets.append(f"{ok(False if big else None)} reconcile 100,000 claims <= 10 s: {why}")
    pair = [(p, q) for p, q in zip(results, results[1:], strict=False) if q["N"] == 10 * p["N"]]
    if pair and all("error" not in r for r in pair[0]):
        p, q = pair[0]
        g = q["seconds"] / p["seconds"]
        targets.append(f"{ok(g <= 15)} reconcile 10x claims <= 15x time: x{g:.1f} ({p['N']:,} -> {q['N']:,})")
    else:
        targets.append(f"{ok(False if pair else None)} reconcile 10x claims <= 15x time: not measured (or timed out)")


def section_cache(args: argparse.Namespace, work: Path, targets: list[str]) -> None:
    n = args.cache_n
    d = corpus_dir(work, n, args.seed)
    cache = Path(tempfile.mkdtemp(prefix="cache-", dir=work))
    log(f"cache: N={n} ...")
    r = run_worker("cache", {"dir": str(d), "cache_dir": str(cache), "model": args.model}, work, args.timeout)
    print(f"\n== cache (N={n}; library scan with the model warm; CLAIMCHECK_CACHE_DIR = a new temporary folder) ==")
    if "error" in r:
        print(r["error"])
        targets.append(f"{ok(None)} cache: {r['error']}")
        return
    rows = [
        ["first scan (empty cache)", f2(r["first"]), "100%", f"{r['written_first']} written"],
        ["re-scan, unchanged", f2(r["rescan"]), f"{100 * r['rescan'] / r['first']:.1f}%", "0 parsed"],
        [
            "re-scan, unchanged, no nlp passed",
            f2(r["rescan_no_nlp"]),
            f"{100 * r['rescan_no_nlp'] / r['first']:.1f}%",
            "",
        ],
        [
            "re-scan, one file changed",
            f2(r["changed"]),
            f"{100 * r['changed'] / r['first']:.1f}%",
            f"{r['reextracted']} re-extracted ({r['reextracted_by_progress']} by progress)",
        ],
    ]
    print(table(["", "seconds", "of first", "articles"], rows))
    print(f"re-scan ledger identical to first: {r['rescan_identical']}")

    # The same through the CLI (a fresh process each: Python start, imports, and the model load when needed).
    exe = Path(sys.executable).with_name("claimcheck")
    if exe.exists():
        env = dict(os.environ, CLAIMCHECK_CACHE_DIR=str(Path(tempfile.mkdtemp(prefix="clicache-", dir=work))))
        ledger = work / "cli-ledger.json"
        times = []
        for _ in range(2):
            t = time.perf_counter()
            subprocess.run(
                [str(exe), "scan", str(d), "--json", str(ledger)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
                timeout=args.timeout,
            )
            times.append(time.perf_counter() - t)
        print(
            f"CLI `claimcheck scan DIR --json FILE`: first {times[0]:.2f}s (cold, with model load), "
            f"re-scan {times[1]:.2f}s ({100 * times[1] / times[0]:.1f}%)"
        )
    frac = r["rescan"] / r["first"]
    targets.append(f"{ok(frac <= 0.10)} unchanged re-scan <= 10% of first: {100 * frac:.1f}% (N={n})")
    targets.append(f"{ok(r['reextracted'] == 1)} one changed file re-extracts only it: {r['reextracted']} re-extracted")


def section_help(args: argparse.Namespace, work: Path, targets: list[str]) -> None:
    exe = Path(sys.executable).with_name("claimcheck")
    cmd = [str(exe), "--help"] if exe.exists() else [sys.executable, "-m", "claimcheck", "--help"]
    times = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t)
    print(f"\n== `{' '.join(Path(c).name for c in cmd)}` wall time ==")
    print(f"best of 5: {min(times):.3f}s (all: {', '.join(f'{t:.3f}' for t in times)})")
    targets.append(f"{ok(min(times) <= 0.5)} --help <= 0.5 s: {min(times):.3f}s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="claimcheck scaling benchmark (see bench/README.md)")
    ints = lambda s: [int(x) for x in s.replace("_", "").split(",") if x]  # noqa: E731
    ap.add_argument("--sizes", type=ints, default=None, help="corpus sizes (default 100,1000,10000)")
    ap.add_argument("--quick", action="store_true", help="sizes 50,200 and small side sections")
    ap.add_argument("--sections", default=",".join(SECTIONS), help=f"which sections to run ({','.join(SECTIONS)})")
    ap.add_argument("--jobs", type=int, default=2, help="processes for the --jobs section (default 2)")
    ap.add_argument("--jobs-n", type=int, default=None, help="corpus size for the --jobs section (default 500)")
    ap.add_argument("--cache-n", type=int, default=None, help="corpus size for the cache section (default 200)")
    ap.add_argument(
        "--reconcile-claims",
        type=ints,
        default=None,
        help="claims to reconcile (default 10000,100000; quick 2000,20000)",
    )
    ap.add_argument("--reconcile-base", type=int, default=None, help="articles extracted for it (default 200)")
    ap.add_argument(
        "--scan-only", action="store_true", help="sizes: time the scan and its memory only (no bare pipe, no reconcile)"
    )
    ap.add_argument("--repeat", type=int, default=0, help="best of R runs per size (default 2 up to N=200, else 1)")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds before a measurement is abandoned")
    ap.add_argument("--model", default=None, help="spaCy model (default: claimcheck's default)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=None, help="keep corpora here (default: a temporary folder)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--args", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        res = WORKERS[args.worker](json.loads(args.args))
        Path(args.out).write_text(json.dumps(res), encoding="utf-8")
        return 0

    q = args.quick
    args.sizes = args.sizes or ([50, 200] if q else [100, 1000, 10000])
    args.jobs_n = args.jobs_n or (200 if q else 500)
    args.cache_n = args.cache_n or (50 if q else 200)
    args.reconcile_claims = args.reconcile_claims or ([2000, 20_000] if q else [10_000, 100_000])
    args.reconcile_base = args.reconcile_base or (100 if q else 200)
    wanted = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = set(wanted) - set(SECTIONS)
    if unknown:
        ap.error(f"unknown sections: {', '.join(sorted(unknown))} (choose from {', '.join(SECTIONS)})")

    print("claimcheck scaling benchmark")
    print("\n".join(machine()))
    print(f"sizes {args.sizes}; --jobs {args.jobs} at N={args.jobs_n}; cache at N={args.cache_n}; ", end="")
    print(f"reconcile {args.reconcile_claims} claims from N={args.reconcile_base}; seed {args.seed}")

    own = args.workdir is None
    work = Path(tempfile.mkdtemp(prefix="claimcheck-bench-")) if own else args.workdir
    work.mkdir(parents=True, exist_ok=True)
    targets: list[str] = []
    try:
        for name in SECTIONS:
            if name in wanted:
                globals()[f"section_{name}"](args, work, targets)
                sys.stdout.flush()
    finally:
        if own:
            shutil.rmtree(work, ignore_errors=True)
    print("\n== targets ==")
    print("\n".join(targets))
    print(f"\ntotal wall time {time.time() - T0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
