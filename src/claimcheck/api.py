"""The library's entry points: scan a corpus, diff two sources, and the per-article seam for other engines."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import ExtractionCache
from .corpus import Corpus, EncodingErrors, RecordFields, make_article, read_corpus, resolve_prefix, with_labels
from .errors import ExtractionFailed, InputError, PrefixError, SourceError
from .ledger import check_source, claim_from_json, claim_json, json_type, loads, source_from_json, source_json
from .nlp import find_model, load_model, model_info, parse, parse_texts
from .reconcile import Reconciliation, Settings, local_currencies, local_degrees, reconcile
from .reconcile.values import relation_between, stated_amount
from .types import Article, Claim, Group, ModelInfo, ScanResult

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Progress = Callable[[int, int], None]
Reconciler = Callable[[tuple[Claim, ...], tuple[Article, ...], Settings], Reconciliation]


def extract_article(article: Article, nlp: Language) -> tuple[Claim, ...]:
    """One article's claims. A pure map from one article to serialisable claims: the seam for running
    extraction on an engine of your choice (see ARCHITECTURE.md)."""
    doc = next(parse_texts(nlp, [article.text]))
    return claims_of(article, doc)


def claims_of(article: Article, doc: Doc, reference: date | None = None) -> tuple[Claim, ...]:
    """extract_claims, less any claim of an amount no news text states (hundreds of digits: see
    reconcile.values.stated_amount), which nothing downstream could print or compare."""
    from .extract.claims import extract_claims

    try:
        claims = extract_claims(article, doc, reference)
    except Exception as e:  # a fault of the extractor: say which article met it
        raise ExtractionFailed(f"extraction failed on {article.path or article.id}") from e
    return tuple(c for c in claims if stated_amount(c.value))


def extract_text(source_id: str, text: str, nlp: Language) -> tuple[Claim, ...]:
    """Claims of a text that is not a file (the date line and title are read as from a file)."""
    return extract_article(make_article(source_id, source_id, text), nlp)


def scan(
    paths: Sequence[str | Path],
    *,
    model: str | None = None,
    settings: Settings | None = None,
    encoding_errors: EncodingErrors = "cp1252",
    fields: RecordFields | None = None,
    jobs: int = 1,
    cache: bool = True,
    nlp: Language | None = None,
    progress: Progress | None = None,
) -> ScanResult:
    """Read the articles, extract their claims, and reconcile them across sources.

    With ``cache``, an article whose bytes, model, claimcheck version and extraction code are unchanged since
    an earlier scan is not parsed again (and if no article needs parsing, the model is not even loaded)."""
    corpus = read_corpus(paths, encoding_errors=encoding_errors, fields=fields)
    return scan_corpus(corpus, model=model, settings=settings, jobs=jobs, cache=cache, nlp=nlp, progress=progress)


def scan_corpus(
    corpus: Corpus,
    *,
    model: str | None = None,
    settings: Settings | None = None,
    jobs: int = 1,
    cache: bool = True,
    nlp: Language | None = None,
    progress: Progress | None = None,
) -> ScanResult:
    """``scan`` of a corpus already read with ``read_corpus``; its warnings go into the result."""
    by_source = extract_all(corpus.articles, model=model, jobs=jobs, cache=cache, nlp=nlp, progress=progress)
    claims = tuple(c for a in corpus.articles for c in by_source.claims[a.id])
    return build_result(corpus.articles, claims, by_source.model, settings, corpus.warnings)


@dataclass(frozen=True)
class Extraction:
    model: ModelInfo
    claims: dict[str, tuple[Claim, ...]]


def extract_all(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    jobs: int = 1,
    cache: bool = True,
    nlp: Language | None = None,
    progress: Progress | None = None,
) -> Extraction:
    """Every article's claims, from the cache where possible, else from one pass of ``nlp.pipe``."""
    from .extract.dates import corpus_reference

    info = model_info(nlp) if nlp is not None else find_model(model)
    store = ExtractionCache() if cache else None
    out: dict[str, tuple[Claim, ...]] = {}
    todo: list[Article] = []
    # an article without a date line reads its weekdays against the others' dates (None when they span a week)
    ref = corpus_reference(a.date for a in articles if a.date is not None)
    for art in articles:
        hit = store.get(art, info, ref) if store is not None else None
        if hit is None:
            todo.append(art)
        else:
            out[art.id] = hit
    n, done = len(articles), len(articles) - len(todo)
    if progress is not None and done:
        progress(done, n)
    if todo:
        nlp = nlp or load_model(model)
        info = model_info(nlp)
        if jobs > 1 and len(todo) >= 2 * PARALLEL_CHUNK:
            results: Iterable[tuple[str, tuple[Claim, ...]]] = _extract_parallel(nlp, model, todo, jobs, ref)
        else:
            pairs = zip(todo, parse(nlp, todo), strict=True)
            results = ((art.id, claims_of(art, doc, ref)) for art, doc in pairs)
        by_id = {a.id: a for a in todo}
        for art_id, claims in results:
            out[art_id] = claims
            if store is not None:
                store.put(by_id[art_id], info, claims, ref)
            done += 1
            if progress is not None:
                progress(done, n)
    return Extraction(info, out)


PARALLEL_CHUNK = 16  # articles a worker parses and extracts at a time
_WORKER_NLP: Language | None = None


def _worker_chunk(job: tuple[list[Article], date | None]) -> list[tuple[str, tuple[Claim, ...]]]:
    chunk, ref = job
    assert _WORKER_NLP is not None
    docs = parse(_WORKER_NLP, chunk)
    return [(a.id, claims_of(a, doc, ref)) for a, doc in zip(chunk, docs, strict=True)]


def _worker_init(model: str | None) -> None:
    global _WORKER_NLP
    if _WORKER_NLP is None:  # forked workers inherit the parent's pipeline; spawned ones load it
        _WORKER_NLP = load_model(model)


def _extract_parallel(
    nlp: Language, model: str | None, todo: list[Article], jobs: int, ref: date | None = None
) -> Iterator[tuple[str, tuple[Claim, ...]]]:
    """Parse and extract in ``jobs`` worker processes, each a whole chunk of articles at a time, and hand the
    claims back in the articles' order (so the output is the same as with one process). spaCy's own
    ``n_process`` would parse in parallel but leave extraction to the parent."""
    import multiprocessing as mp

    global _WORKER_NLP
    _WORKER_NLP = nlp
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    chunks = [(part, ref) for part in _chunks(todo, PARALLEL_CHUNK, jobs)]
    try:
        with ctx.Pool(jobs, initializer=_worker_init, initargs=(model,)) as pool:
            for part in pool.imap(_worker_chunk, chunks):
                yield from part
            # Done: let the workers finish on their own. Leaving the block terminates the pool, which kills each
            # worker with SIGTERM; once in a long while (seen in CI) a worker waiting on the task queue's lock was
            # left alive and the join that follows never ended. (An error, or a consumer that stops early, still
            # terminates them.)
            pool.close()
            pool.join()
    finally:
        _WORKER_NLP = None


def _chunks(todo: list[Article], size: int, jobs: int) -> list[list[Article]]:
    """``todo`` cut into runs of ``size`` articles, the last ``jobs`` runs' worth cut four times finer: the
    workers then finish within a small chunk of one another, instead of one idling while another parses its
    last 16 articles (the articles' order, and so the output, is the same)."""
    tail = min(len(todo), jobs * size)
    head = len(todo) - tail
    small = max(1, size // 4)
    return [todo[i : min(i + size, head)] for i in range(0, head, size)] + [
        todo[i : i + small] for i in range(head, len(todo), small)
    ]


def extract_corpus_jsonl(
    paths: Sequence[str | Path],
    *,
    model: str | None = None,
    encoding_errors: EncodingErrors = "cp1252",
    fields: RecordFields | None = None,
    jobs: int = 1,
    cache: bool = True,
    corpus: Corpus | None = None,
    progress: Progress | None = None,
) -> tuple[Iterator[str], tuple[str, ...]]:
    """The corpus as JSON lines: a {"type": "source"} line per article, then its {"type": "claim"} lines.
    ``corpus``, when given, is ``paths`` already read."""
    corpus = corpus or read_corpus(paths, encoding_errors=encoding_errors, fields=fields)
    ex = extract_all(corpus.articles, model=model, jobs=jobs, cache=cache, progress=progress)

    def lines() -> Iterator[str]:
        yield json.dumps({"type": "model", "name": ex.model.name, "version": ex.model.version}) + "\n"
        for a in corpus.articles:
            yield json.dumps({"type": "source", **source_json(a)}, ensure_ascii=False) + "\n"
            for c in ex.claims[a.id]:
                yield json.dumps({"type": "claim", **claim_json(c)}, ensure_ascii=False) + "\n"

    return lines(), corpus.warnings


def reconcile_jsonl(
    paths: Sequence[str | Path], *, settings: Settings | None = None, reconciler: Reconciler | None = None
) -> ScanResult:
    """Reconcile claims read from JSON lines written by ``extract_corpus_jsonl`` (or any engine that writes
    the same records): the group-by stage, with no spaCy. ``reconciler`` as for ``build_result``."""
    articles: list[Article] = []
    claims: list[Claim] = []
    model = ModelInfo("unknown", "0")
    read_at: dict[tuple[str, str], tuple[int, int]] = {}  # (record type, id) -> (file, line) it was first read at
    for k, p in enumerate(paths):
        try:
            lines = Path(p).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"cannot read {p}: {e}; give a file written by `claimcheck extract`") from None
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                d = loads(line)
                if not isinstance(d, dict):
                    raise ValueError(f"a record is a JSON object, not {json_type(d)}")
                kind = d.pop("type", "claim")
                if kind == "model":
                    if not (isinstance(d.get("name"), str) and isinstance(d.get("version"), str)):
                        raise ValueError("a model record needs a 'name' and a 'version' string")
                    model = ModelInfo(d["name"], d["version"])
                elif kind == "source":
                    check_source(d)
                    articles.append(source_from_json(d))
                else:
                    claims.append(claim_from_json(d))
            except (ValueError, KeyError, TypeError, AttributeError) as e:
                raise InputError(
                    f"{p}, line {n}: not a claimcheck record ({e}); give a file written by `claimcheck extract`"
                ) from None
            if kind != "model":
                what, rid = ("source", articles[-1].id) if kind == "source" else ("claim", claims[-1].id)
                first = read_at.setdefault((what, rid), (k, n))
                if first != (k, n):
                    raise InputError(
                        f"{p}, line {n}: {what} {rid} was already read at {paths[first[0]]}, line {first[1]}; "
                        "give each claims file once"
                    )
    known = {a.id for a in articles}
    for src in sorted({c.source for c in claims} - known):
        articles.append(Article(id=src, path=src, text="", sha256=""))
    return build_result(with_labels(articles), tuple(claims), model, settings, reconciler=reconciler)


def build_result(
    articles: tuple[Article, ...],
    claims: tuple[Claim, ...],
    model: ModelInfo,
    settings: Settings | None = None,
    warnings: Iterable[str] = (),
    *,
    reconciler: Reconciler | None = None,
) -> ScanResult:
    """Reconcile extracted claims into a ScanResult; ``reconciler`` (default ``reconcile``) is where that runs,
    e.g. ``engines.dask.reconcile_dask``, which gives the same result."""
    settings = settings or Settings()
    # (the corpus's own dollar for a bare "$", and its own crown for "kroner": one step of the whole corpus)
    claims = local_degrees(local_currencies(claims))  # (and its own scale for bare "degrees")
    rec = (reconciler or reconcile)(claims, articles, settings)
    return ScanResult(
        articles=articles,
        claims=claims,
        groups=rec.groups,
        model=model,
        entities=rec.entities,
        settings=settings.to_json(),
        warnings=tuple(warnings),
    )


@dataclass(frozen=True)
class DiffItem:
    """One group as two sources see it."""

    group: Group
    a: tuple[Claim, ...]
    b: tuple[Claim, ...]
    relation: str  # "agree" | "compatible" | "conflict" | "only_a" | "only_b"


@dataclass(frozen=True)
class DiffResult:
    a: str
    b: str
    both: tuple[DiffItem, ...]
    differ: tuple[DiffItem, ...]
    only_a: tuple[DiffItem, ...]
    only_b: tuple[DiffItem, ...]
    labels: dict[str, str] = field(default_factory=dict)  # source id -> how reports name it


def resolve_source(result: ScanResult, ref: str) -> str:
    """A source id from an id prefix or a file path given on the command line."""
    return resolve_ref(result.articles, ref)


def resolve_ref(articles: Sequence[Article], ref: str) -> str:
    """The id of the article ``ref`` names: a file (by its path), else an id prefix. A file that was read but
    skipped (empty, binary, not UTF-8) is an error, never another source whose id its name starts."""
    p = Path(ref)
    looks_like_path = bool(p.suffix) or os.sep in ref or "/" in ref
    if looks_like_path and p.is_file():
        for a in articles:
            if Path(a.path).resolve() == p.resolve():
                return a.id
        raise SourceError(
            f"{ref} was skipped as empty, binary or not UTF-8, so it cannot be compared; fix the file "
            "(or pass --encoding-errors replace)"
        )
    try:
        return resolve_prefix(ref, [a.id for a in articles])
    except PrefixError:
        if looks_like_path:
            raise SourceError(f"no such file: {ref}, and no source id starts with it (check the path)") from None
        raise


def diff(result: ScanResult, a_ref: str, b_ref: str) -> DiffResult:
    """What two sources both state, where they differ, and what only one of them says.

    It reads the groups of the whole scan, so a diff never contradicts the scan."""
    a, b = resolve_source(result, a_ref), resolve_source(result, b_ref)
    if a == b:
        raise PrefixError(f"{a_ref!r} and {b_ref!r} are the same source ({a}); name two different sources")
    by_id = {c.id: c for c in result.claims}
    both: list[DiffItem] = []
    differ: list[DiffItem] = []
    only_a: list[DiffItem] = []
    only_b: list[DiffItem] = []
    sides = {s for g in result.groups for s in g.sides}
    for g in result.groups:
        if g.id in sides:
            continue  # one side of a conflict: the conflict's group holds its claims
        ca = tuple(by_id[i] for i in g.claims if by_id[i].source == a)
        cb = tuple(by_id[i] for i in g.claims if by_id[i].source == b)
        if ca and cb:
            rel = relation_between(g, ca, cb)
            (differ if rel == "conflict" else both).append(DiffItem(g, ca, cb, rel))
        elif ca:
            only_a.append(DiffItem(g, ca, (), "only_a"))
        elif cb:
            only_b.append(DiffItem(g, (), cb, "only_b"))
    labels = {x.id: x.label or x.id for x in result.articles if x.id in (a, b)}
    return DiffResult(a, b, tuple(both), tuple(differ), tuple(only_a), tuple(only_b), labels)
