"""Extraction on Dask: the article list is cut into partitions, each partition is one task that loads the
model once (``load_model``) and extracts its articles' claims, and the claims come back to this process,
which reconciles them with the same code as ``scan``. The ledger is byte-identical to ``scan``'s.

Install with ``pip install "claimcheck[dask]"``. The scheduler is Dask's: "processes" (the default),
"threads", "synchronous", or the address of a running ``distributed`` scheduler (``tcp://host:8786``),
which needs the ``distributed`` package and claimcheck with its model installed on every worker.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..api import Extraction, build_result, claims_of
from ..cache import ExtractionCache
from ..corpus import Corpus, EncodingErrors, read_corpus
from ..errors import ClaimcheckError, InputError
from ..nlp import MODEL_ENV, find_model, load_model, model_info, parse
from ..reconcile import Settings
from ..types import Article, Claim, ModelInfo, ScanResult

if TYPE_CHECKING:
    from ..readers import RecordFields

INSTALL_HINT = 'pip install "claimcheck[dask]"'
LOCAL_SCHEDULERS = ("processes", "threads", "synchronous")


class EngineMissing(ClaimcheckError):
    """The optional package an engine runs on is not installed."""


def _dask() -> Any:
    try:
        import dask
    except ImportError:
        raise EngineMissing(f"the Dask engine needs Dask, which is not installed; run: {INSTALL_HINT}") from None
    return dask


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


def extract_partition(
    articles: list[Article], model: str | None, reference: date | None
) -> tuple[ModelInfo, list[tuple[str, tuple[Claim, ...]]]]:
    """One task: load the model (once per worker process) and extract the partition's claims, in order."""
    nlp = load_model(model)
    docs = parse(nlp, articles)
    return model_info(nlp), [(a.id, claims_of(a, doc, reference)) for a, doc in zip(articles, docs, strict=True)]


def check_scheduler(scheduler: str) -> None:
    """Fail fast, before any article is read from the cache or parsed, on a scheduler that cannot run."""
    _dask()
    if scheduler in LOCAL_SCHEDULERS:
        return
    if ":" not in scheduler:
        raise InputError(
            f"--scheduler {scheduler}: choose {', '.join(LOCAL_SCHEDULERS)}, or give a distributed scheduler's "
            "address (tcp://host:8786)"
        )
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise EngineMissing(
            f"--scheduler {scheduler}: a scheduler address needs Dask's distributed package; run: "
            'pip install "claimcheck[dask]" distributed (or choose processes, threads or synchronous)'
        ) from None


def _compute(tasks: list[Any], scheduler: str, workers: int | None) -> tuple[Any, ...]:
    dask = _dask()
    if scheduler in LOCAL_SCHEDULERS:
        import multiprocessing as mp

        kwargs: dict[str, Any] = {"scheduler": scheduler}
        if workers is not None and scheduler != "synchronous":
            kwargs["num_workers"] = workers
        # As --jobs does: forked workers start at once and need no `if __name__ == "__main__"` guard in the
        # caller's script; spawned ones (where there is no fork) import claimcheck again.
        context = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        with dask.config.set({"multiprocessing.context": context}):
            return tuple(dask.compute(*tasks, **kwargs))
    from distributed import Client

    try:
        client = Client(scheduler, set_as_default=False)
    except (OSError, ValueError, TimeoutError) as e:
        raise InputError(f"--scheduler {scheduler}: cannot reach a Dask scheduler there ({e})") from None
    with client:
        return tuple(client.gather(client.compute(tasks)))


def extract_dask(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    partitions: int | None = None,
    scheduler: str = "processes",
    workers: int | None = None,
    cache: bool = True,
) -> Extraction:
    """Every article's claims, from the cache where possible, else from Dask tasks of one partition each.

    ``partitions`` defaults to ``workers`` (else 2); the claims are the same for any number of partitions,
    because an article's claims depend only on its text and on the corpus's reference date, which is worked
    out here from all the articles and handed to every task."""
    from ..extract.dates import corpus_reference

    check_scheduler(scheduler)
    dask = _dask()
    # the model is named here, so that workers elsewhere load the one $CLAIMCHECK_MODEL names on this machine
    model = model or os.environ.get(MODEL_ENV) or None
    info = find_model(model)
    store = ExtractionCache() if cache else None
    ref = corpus_reference(a.date for a in articles if a.date is not None)
    out: dict[str, tuple[Claim, ...]] = {}
    todo: list[Article] = []
    for art in articles:
        hit = store.get(art, info, ref) if store is not None else None
        if hit is None:
            todo.append(art)
        else:
            out[art.id] = hit
    if todo:
        chunks = partition(todo, partitions or workers or 2)
        task = dask.delayed(extract_partition)
        results = _compute([task(chunk, model, ref) for chunk in chunks], scheduler, workers)
        by_id = {a.id: a for a in todo}
        for part_info, part in results:
            info = part_info
            for art_id, claims in part:
                out[art_id] = claims
                if store is not None:
                    store.put(by_id[art_id], info, claims, ref)
    return Extraction(info, out)


def scan_corpus_dask(
    corpus: Corpus,
    *,
    model: str | None = None,
    settings: Settings | None = None,
    partitions: int | None = None,
    scheduler: str = "processes",
    workers: int | None = None,
    cache: bool = True,
) -> ScanResult:
    """``scan_corpus`` with extraction on Dask; reconciliation runs here, on the claims in the corpus's order."""
    ex = extract_dask(
        corpus.articles, model=model, partitions=partitions, scheduler=scheduler, workers=workers, cache=cache
    )
    claims = tuple(c for a in corpus.articles for c in ex.claims[a.id])
    return build_result(corpus.articles, claims, ex.model, settings, corpus.warnings)


def scan_dask(
    paths: Sequence[str | Path],
    *,
    model: str | None = None,
    settings: Settings | None = None,
    encoding_errors: EncodingErrors = "cp1252",
    fields: RecordFields | None = None,
    partitions: int | None = None,
    scheduler: str = "processes",
    workers: int | None = None,
    cache: bool = True,
) -> ScanResult:
    """``scan`` with extraction on Dask: read the articles, extract their claims in ``partitions`` Dask tasks
    on ``scheduler``, and reconcile them here. The result, and so the ledger, is the same as ``scan``'s."""
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
