"""claimcheck on Dask: extraction and reconciliation as Dask tasks, with the one-machine ledger, byte for byte.

Install with ``pip install "claimcheck[dask]"`` (Dask and its ``distributed`` scheduler). ``scheduler`` is the
address of a running ``distributed`` scheduler (``tcp://host:8786``; every worker needs claimcheck and its
model installed), or None for a ``distributed.LocalCluster`` of ``workers`` worker processes started here and
closed after. Dask's single-machine schedulers ("processes", "threads", "synchronous") run the same tasks
without ``distributed``.

- **Extraction**: the articles are cut into ordered partitions, one task each. A worker process loads the
  model on its first task and keeps it (``nlp.load_model``'s per-process cache), so the model loads once per
  worker, not per task. ``extract_to_parts`` has each task write its partition as one JSON lines file that
  ``claimcheck reconcile`` reads; ``extract_dask`` brings the claims back (for ``scan``).
- **Reconciliation**: ``engines.blockwise``: blocks of claims scored by key range on the workers, connected
  components of the scored links found here, and the components clustered on the workers.

The corpus's reference date (for weekdays in undated articles) is worked out here from all the articles and
handed to every task, so that an article's claims do not depend on its partition.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ..api import Extraction, build_result, claims_of, reconcile_jsonl
from ..cache import ExtractionCache
from ..corpus import Corpus, EncodingErrors, read_corpus
from ..errors import ClaimcheckError, InputError
from ..ledger import claim_json, source_json
from ..nlp import MODEL_ENV, find_model, load_model, model_info, parse
from ..reconcile import Reconciliation, Settings
from ..types import Article, Claim, ModelInfo, ScanResult
from .blockwise import Shared, batch_cost, cluster_batch, reconcile_blockwise

if TYPE_CHECKING:
    from ..readers import RecordFields

INSTALL_HINT = 'pip install "claimcheck[dask]"'
LOCAL_SCHEDULERS = ("processes", "threads", "synchronous")
PARTITION_ARTICLES = 1000  # at most this many articles in one partition by default
PART_NAME = "part-{:05d}.jsonl"
_PART_RE = re.compile(r"part-\d{5,}\.jsonl")


class EngineMissing(ClaimcheckError):
    """The optional package an engine runs on is not installed."""


def _dask() -> Any:
    try:
        import dask
    except ImportError:
        raise EngineMissing(f"the Dask engine needs Dask, which is not installed; run: {INSTALL_HINT}") from None
    return dask


def _distributed(scheduler: str | None) -> Any:
    try:
        import distributed
    except ImportError:
        where = f"--scheduler {scheduler}" if scheduler else "a LocalCluster (the default without --scheduler)"
        raise EngineMissing(
            f"{where} needs Dask's distributed package, which is not installed; run: {INSTALL_HINT}"
        ) from None
    return distributed


def check_scheduler(scheduler: str | None) -> None:
    """Fail fast, before any article is read from the cache or parsed, on a scheduler that cannot run."""
    _dask()
    if scheduler in LOCAL_SCHEDULERS:
        return
    if scheduler is not None and ":" not in scheduler:
        raise InputError(
            f"--scheduler {scheduler}: give a distributed scheduler's address (tcp://host:8786), or one of "
            f"{', '.join(LOCAL_SCHEDULERS)}, or no --scheduler for a LocalCluster of --jobs workers"
        )
    _distributed(scheduler)


def partition(articles: Sequence[Article], n: int) -> list[list[Article]]:
    """``articles`` in ``n`` contiguous slices (fewer when there are fewer articles) whose sizes differ by at
    most one, in order, so that joining the slices gives the list back."""
    if n < 1:
        raise InputError(f"the number of partitions must be at least 1, not {n}")
    n = min(n, len(articles))
    size, extra = divmod(len(articles), n) if n else (0, 0)
    out: list[list[Article]] = []
    start = 0
    for k in range(n):
        end = start + size + (1 if k < extra else 0)
        out.append(list(articles[start:end]))
        start = end
    return out


def default_partitions(n_articles: int, workers: int) -> int:
    """At least one partition a worker, and no more than ``PARTITION_ARTICLES`` articles in one."""
    return max(1, workers, -(-n_articles // PARTITION_ARTICLES))


def _apply(item: Any, fn: Callable[[Any, Any], Any], shared: Any) -> Any:
    return fn(shared, item)


def _placement(costs: list[float], workers: list[str]) -> list[str]:
    """A worker for each item: largest first, each to the worker with the least work so far (ties: the first)."""
    if not workers:
        return [""] * len(costs)
    load = dict.fromkeys(workers, 0.0)
    out = [""] * len(costs)
    for k in sorted(range(len(costs)), key=lambda k: -costs[k]):
        w = min(workers, key=lambda w: load[w])
        out[k] = w
        load[w] += costs[k]
    return out


class DaskRunner:
    """Where the tasks run, as a context manager: a client of the scheduler at ``scheduler``, a LocalCluster of
    ``workers`` processes (``scheduler`` None; closed on exit, its workers with it), or one of Dask's
    single-machine schedulers. ``map(fn, items, shared)`` is ``[fn(shared, item) for item in items]``, computed
    there, with ``shared`` sent to each worker once."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None) -> None:
        check_scheduler(scheduler)
        self.scheduler = scheduler
        self.requested = workers
        self.client: Any = None
        self.cluster: Any = None
        self._shared: Any = None
        self._shared_token: str | None = None

    def __enter__(self) -> DaskRunner:
        if self.scheduler in LOCAL_SCHEDULERS:
            return self
        distributed = _distributed(self.scheduler)
        try:
            if self.scheduler is None:
                self.cluster = distributed.LocalCluster(
                    n_workers=self.requested or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",  # its HTTP routes on a free local port, not 8787
                    silence_logs=logging.ERROR,
                )
                self.client = distributed.Client(self.cluster, set_as_default=False)
            else:
                self.client = distributed.Client(self.scheduler, set_as_default=False, timeout=10)
        except (OSError, ValueError, TimeoutError, RuntimeError) as e:
            self.close()
            where = (
                f"--scheduler {self.scheduler}: cannot reach a Dask scheduler there"
                if self.scheduler
                else ("cannot start a Dask LocalCluster")
            )
            raise InputError(f"{where} ({e})") from None
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._shared = self._shared_token = None
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    @property
    def workers(self) -> int:
        """How many tasks run at once: the cluster's worker threads, else the number asked for."""
        if self.client is not None:
            info = self.client.scheduler_info()
            return max(1, sum(int(w.get("nthreads", 1)) for w in info.get("workers", {}).values()))
        if self.scheduler == "synchronous":
            return self.requested or 1
        return self.requested or os.cpu_count() or 1

    def _scattered(self, shared: Any) -> Any:
        """``shared`` on every worker, sent once for all the maps that share it (by its ``token``): the whole
        claim pool of a reconciliation is tens of megabytes. Only the latest is kept."""
        if shared is None:
            return None
        token = getattr(shared, "token", None)
        if token is None or self._shared_token != token:
            self._shared = self.client.scatter(shared, broadcast=True, hash=False)
            self._shared_token = token
        return self._shared

    def map(
        self,
        fn: Callable[[Any, Any], Any],
        items: list[Any],
        shared: Any = None,
        cost: Callable[[Any], float] | None = None,
    ) -> list[Any]:
        """With ``cost`` (an estimate of each item's work) on a cluster, the items are placed on the workers
        largest first, each on the least loaded one so far, as a preference the scheduler may still override:
        left to itself, it queued seven of eight clustering batches on one of two workers."""
        if not items:
            return []
        if self.client is not None:
            handle = self._scattered(shared)
            if cost is None:
                futures = self.client.map(_apply, items, fn=fn, shared=handle, pure=False)
            else:
                place = _placement([cost(x) for x in items], sorted(self.client.scheduler_info()["workers"]))
                futures = [
                    self.client.submit(
                        _apply, x, fn=fn, shared=handle, pure=False, workers=[w], allow_other_workers=True
                    )
                    for x, w in zip(items, place, strict=True)
                ]
            return list(self.client.gather(futures))
        dask = _dask()
        import multiprocessing as mp

        token = getattr(shared, "token", None) or "none"
        box = dask.delayed(shared, name=f"claimcheck-shared-{token}")
        tasks = [dask.delayed(_apply, pure=False)(item, fn, box) for item in items]
        kwargs: dict[str, Any] = {"scheduler": self.scheduler}
        if self.requested is not None and self.scheduler != "synchronous":
            kwargs["num_workers"] = self.requested
        # As --jobs does: forked workers start at once and need no `if __name__ == "__main__"` guard in the
        # caller's script; spawned ones (where there is no fork) import claimcheck again.
        context = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        with dask.config.set({"multiprocessing.context": context}):
            return list(dask.compute(*tasks, **kwargs))


# ---------------------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Job:
    """One partition's work: its articles, the claims the cache already holds for some of them, and where
    its JSON lines go (None: the claims come back to the caller)."""

    articles: list[Article]
    cached: dict[str, tuple[Claim, ...]]
    out: str | None


@dataclass(frozen=True)
class _Common:
    model: str | None
    info: ModelInfo  # the model found here: what a partition whose claims are all cached reports
    reference: date | None
    cache: bool
    token: str = "extract"


def _extract_job(common: _Common, job: _Job) -> tuple[ModelInfo, list[tuple[str, tuple[Claim, ...]]] | int]:
    """One task: extract the partition's claims (the model loaded once per worker process), put the new ones
    in the worker's cache, and write the partition's JSON lines or hand the claims back."""
    todo = [a for a in job.articles if a.id not in job.cached]
    got: dict[str, tuple[Claim, ...]] = dict(job.cached)
    info = common.info
    if todo:
        nlp = load_model(common.model)
        info = model_info(nlp)
        store = ExtractionCache() if common.cache else None
        for art, doc in zip(todo, parse(nlp, todo), strict=True):
            got[art.id] = claims_of(art, doc, common.reference)
            if store is not None:
                store.put(art, info, got[art.id], common.reference)
    if job.out is None:
        return info, [(a.id, got[a.id]) for a in job.articles]
    from ..ledger import write_text_atomic

    write_text_atomic(job.out, jsonl_lines(info, job.articles, got))
    return info, sum(len(got[a.id]) for a in job.articles)


def jsonl_lines(info: ModelInfo, articles: Sequence[Article], claims: dict[str, tuple[Claim, ...]]) -> Iterator[str]:
    """The records ``claimcheck extract`` writes: the model, then each article's source line and its claims."""
    yield json.dumps({"type": "model", "name": info.name, "version": info.version}) + "\n"
    for a in articles:
        yield json.dumps({"type": "source", **source_json(a)}, ensure_ascii=False) + "\n"
        for c in claims[a.id]:
            yield json.dumps({"type": "claim", **claim_json(c)}, ensure_ascii=False) + "\n"


def _jobs(
    articles: Sequence[Article], runner: DaskRunner, model: str | None, cache: bool, partitions: int | None
) -> tuple[_Common, list[list[Article]], dict[str, tuple[Claim, ...]]]:
    from ..extract.dates import corpus_reference

    # the model is named here, so that workers elsewhere load the one $CLAIMCHECK_MODEL names on this machine
    model = model or os.environ.get(MODEL_ENV) or None
    info = find_model(model)
    store = ExtractionCache() if cache else None
    ref = corpus_reference(a.date for a in articles if a.date is not None)
    hits: dict[str, tuple[Claim, ...]] = {}
    if store is not None:
        for art in articles:
            hit = store.get(art, info, ref)
            if hit is not None:
                hits[art.id] = hit
    n = partitions or default_partitions(len(articles), runner.workers)
    return _Common(model, info, ref, cache), partition(articles, n), hits


def extract_dask(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    partitions: int | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    cache: bool = True,
    runner: DaskRunner | None = None,
) -> Extraction:
    """Every article's claims, from the cache where possible, else from Dask tasks of one partition each,
    brought back here. The claims are the same for any number of partitions."""
    if runner is None:
        with DaskRunner(scheduler, workers) as own:
            return extract_dask(articles, model=model, partitions=partitions, cache=cache, runner=own)
    common, parts, hits = _jobs(articles, runner, model, cache, partitions)
    out: dict[str, tuple[Claim, ...]] = dict(hits)
    todo = [p for p in parts if any(a.id not in hits for a in p)]
    jobs = [_Job(p, {a.id: hits[a.id] for a in p if a.id in hits}, None) for p in todo]
    info = common.info
    for part_info, part in runner.map(_extract_job, jobs, common):
        info = part_info
        out.update(part)
    return Extraction(info, out)


@dataclass(frozen=True)
class Parts:
    """What ``extract_to_parts`` wrote: the files in order, and the counts."""

    files: tuple[Path, ...]
    articles: int
    claims: int
    model: ModelInfo
    warnings: tuple[str, ...]


def extract_to_parts(
    paths: Sequence[str | Path],
    out_dir: str | Path,
    *,
    model: str | None = None,
    encoding_errors: EncodingErrors = "cp1252",
    fields: RecordFields | None = None,
    partitions: int | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    cache: bool = True,
    corpus: Corpus | None = None,
    runner: DaskRunner | None = None,
) -> Parts:
    """Extract on Dask, each task writing its partition to ``out_dir/part-NNNNN.jsonl`` (one JSON lines file
    per partition, in the corpus's order: ``claimcheck reconcile out_dir/part-*.jsonl`` reads them as one
    ``claimcheck extract`` file). The part files an earlier run left in ``out_dir`` are removed first. On a
    cluster, ``out_dir`` must be a folder every worker can write to."""
    check_scheduler(scheduler)
    corpus = corpus or read_corpus(paths, encoding_errors=encoding_errors, fields=fields)
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"--out {folder}: not a folder; --engine dask writes one file per partition into a folder")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if _PART_RE.fullmatch(old.name):
            old.unlink()
    with DaskRunner(scheduler, workers) if runner is None else nullcontext(runner) as run:
        common, parts, hits = _jobs(corpus.articles, run, model, cache, partitions)
        files = [folder / PART_NAME.format(k) for k in range(len(parts))]
        jobs = [
            _Job(p, {a.id: hits[a.id] for a in p if a.id in hits}, str(f.resolve()))
            for p, f in zip(parts, files, strict=True)
        ]
        done = run.map(_extract_job, jobs, common)
    info = done[-1][0] if done else common.info
    return Parts(tuple(files), len(corpus.articles), sum(n for _, n in done), info, corpus.warnings)


# ---------------------------------------------------------------------------------------------------------
# Reconciliation and the whole scan
# ---------------------------------------------------------------------------------------------------------


def reconcile_dask(
    claims: tuple[Claim, ...],
    articles: tuple[Article, ...],
    settings: Settings | None = None,
    *,
    runner: DaskRunner,
    partitions: int | None = None,
) -> Reconciliation:
    """``reconcile`` with its pair scoring and clustering on ``runner``'s workers; the same result."""

    def run(fn: Callable[[Shared, Any], Any], items: list[Any], shared: Shared) -> list[Any]:
        return runner.map(fn, items, shared, cost=batch_cost if fn is cluster_batch else None)

    return reconcile_blockwise(claims, articles, settings, run, partitions or runner.workers)


def _reconciler(
    runner: DaskRunner, partitions: int | None
) -> Callable[[tuple[Claim, ...], tuple[Article, ...], Settings], Reconciliation]:
    def rec(claims: tuple[Claim, ...], articles: tuple[Article, ...], settings: Settings) -> Reconciliation:
        return reconcile_dask(claims, articles, settings, runner=runner, partitions=partitions)

    return rec


def reconcile_jsonl_dask(
    paths: Sequence[str | Path],
    *,
    settings: Settings | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    partitions: int | None = None,
) -> ScanResult:
    """``reconcile_jsonl`` (the files read here) with reconciliation on Dask: the same result."""
    with DaskRunner(scheduler, workers) as runner:
        return reconcile_jsonl(paths, settings=settings, reconciler=_reconciler(runner, partitions))


def scan_corpus_dask(
    corpus: Corpus,
    *,
    model: str | None = None,
    settings: Settings | None = None,
    partitions: int | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    cache: bool = True,
) -> ScanResult:
    """``scan_corpus`` with extraction and reconciliation on Dask; the claims come back here in the corpus's
    order, as ``scan`` has them."""
    with DaskRunner(scheduler, workers) as runner:
        ex = extract_dask(corpus.articles, model=model, partitions=partitions, cache=cache, runner=runner)
        claims = tuple(c for a in corpus.articles for c in ex.claims[a.id])
        return build_result(
            corpus.articles, claims, ex.model, settings, corpus.warnings, reconciler=_reconciler(runner, None)
        )


def scan_dask(
    paths: Sequence[str | Path],
    *,
    model: str | None = None,
    settings: Settings | None = None,
    encoding_errors: EncodingErrors = "cp1252",
    fields: RecordFields | None = None,
    partitions: int | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    cache: bool = True,
) -> ScanResult:
    """``scan`` on Dask: read the articles here, extract their claims in ``partitions`` tasks and reconcile them
    block-wise, on ``scheduler`` (None: a LocalCluster of ``workers`` processes). The same result as ``scan``."""
    check_scheduler(scheduler)
    corpus = read_corpus(paths, encoding_errors=encoding_errors, fields=fields)
    return scan_corpus_dask(
        corpus,
        model=model,
        settings=settings,
        partitions=partitions,
        scheduler=scheduler,
        workers=workers,
        cache=cache,
    )
