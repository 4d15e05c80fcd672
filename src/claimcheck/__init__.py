"""claimcheck: pull the checkable claims out of several outlets' reports of one story, and say where
they agree, are only compatible, or conflict.

    >>> import claimcheck
    >>> result = claimcheck.scan(["corpus/"])
    >>> [g.reason for g in result.groups if g.verdict == "conflict"]

Importing claimcheck does not import spaCy (nor Dask); the model loads when a scan needs it.
``claimcheck.scan_dask`` is ``scan`` with extraction on Dask (``pip install "claimcheck[dask]"``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .api import (
        DiffItem,
        DiffResult,
        build_result,
        diff,
        extract_article,
        extract_corpus_jsonl,
        extract_text,
        reconcile_jsonl,
        scan,
        scan_corpus,
    )
    from .corpus import Corpus, make_article, read_corpus, resolve_prefix
    from .engines.dask import extract_dask, scan_corpus_dask, scan_dask
    from .errors import (
        ClaimcheckError,
        ExtractionFailed,
        InputError,
        ModelError,
        OutputError,
        PrefixError,
        SourceError,
    )
    from .extract.dates import parse_date
    from .extract.numbers import parse_quantity
    from .labels import source_labels
    from .ledger import claims_to_jsonl, iter_ledger, read_claims_jsonl, write_ledger
    from .nlp import load_model
    from .readers import RecordFields, read_source
    from .reconcile import Reconciliation, Settings
    from .reconcile import reconcile as group_claims
    from .render import FORMATS, render_diff, render_scan
    from .schema import ledger_schema
    from .timeline import Timeline, TimelineEntry, timelines
    from .types import (
        Article,
        Claim,
        Comparison,
        DateValue,
        Entity,
        Group,
        ModelInfo,
        Quantity,
        ScanResult,
    )

# name -> (module, attribute): imported on first use (PEP 562), so that `import claimcheck` (which
# `claimcheck --help` and `python -m claimcheck` run first) costs the package's name table, not every module
_LAZY = {
    "DiffItem": (".api", "DiffItem"),
    "DiffResult": (".api", "DiffResult"),
    "build_result": (".api", "build_result"),
    "diff": (".api", "diff"),
    "extract_article": (".api", "extract_article"),
    "extract_corpus_jsonl": (".api", "extract_corpus_jsonl"),
    "extract_text": (".api", "extract_text"),
    "reconcile_jsonl": (".api", "reconcile_jsonl"),
    "scan": (".api", "scan"),
    "scan_corpus": (".api", "scan_corpus"),
    "Corpus": (".corpus", "Corpus"),
    "make_article": (".corpus", "make_article"),
    "read_corpus": (".corpus", "read_corpus"),
    "resolve_prefix": (".corpus", "resolve_prefix"),
    "extract_dask": (".engines.dask", "extract_dask"),
    "scan_corpus_dask": (".engines.dask", "scan_corpus_dask"),
    "scan_dask": (".engines.dask", "scan_dask"),
    "ClaimcheckError": (".errors", "ClaimcheckError"),
    "ExtractionFailed": (".errors", "ExtractionFailed"),
    "InputError": (".errors", "InputError"),
    "ModelError": (".errors", "ModelError"),
    "OutputError": (".errors", "OutputError"),
    "PrefixError": (".errors", "PrefixError"),
    "SourceError": (".errors", "SourceError"),
    "parse_date": (".extract.dates", "parse_date"),
    "parse_quantity": (".extract.numbers", "parse_quantity"),
    "source_labels": (".labels", "source_labels"),
    "claims_to_jsonl": (".ledger", "claims_to_jsonl"),
    "iter_ledger": (".ledger", "iter_ledger"),
    "read_claims_jsonl": (".ledger", "read_claims_jsonl"),
    "write_ledger": (".ledger", "write_ledger"),
    "load_model": (".nlp", "load_model"),
    "RecordFields": (".readers", "RecordFields"),
    "read_source": (".readers", "read_source"),
    "Reconciliation": (".reconcile", "Reconciliation"),
    "Settings": (".reconcile", "Settings"),
    "group_claims": (".reconcile", "reconcile"),
    "FORMATS": (".render", "FORMATS"),
    "render_diff": (".render", "render_diff"),
    "render_scan": (".render", "render_scan"),
    "ledger_schema": (".schema", "ledger_schema"),
    "Timeline": (".timeline", "Timeline"),
    "TimelineEntry": (".timeline", "TimelineEntry"),
    "timelines": (".timeline", "timelines"),
    "Article": (".types", "Article"),
    "Claim": (".types", "Claim"),
    "Comparison": (".types", "Comparison"),
    "DateValue": (".types", "DateValue"),
    "Entity": (".types", "Entity"),
    "Group": (".types", "Group"),
    "ModelInfo": (".types", "ModelInfo"),
    "Quantity": (".types", "Quantity"),
    "ScanResult": (".types", "ScanResult"),
}


def __getattr__(name: str) -> Any:
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), attr)
    globals()[name] = value  # the next access is a plain lookup
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "Article",
    "Claim",
    "ClaimcheckError",
    "Comparison",
    "Corpus",
    "DateValue",
    "DiffItem",
    "DiffResult",
    "Entity",
    "ExtractionFailed",
    "FORMATS",
    "Group",
    "InputError",
    "ModelError",
    "ModelInfo",
    "OutputError",
    "PrefixError",
    "Quantity",
    "Reconciliation",
    "RecordFields",
    "ScanResult",
    "Settings",
    "SourceError",
    "Timeline",
    "TimelineEntry",
    "__version__",
    "build_result",
    "claims_to_jsonl",
    "diff",
    "extract_article",
    "extract_corpus_jsonl",
    "extract_dask",
    "extract_text",
    "group_claims",
    "iter_ledger",
    "ledger_schema",
    "load_model",
    "make_article",
    "parse_date",
    "parse_quantity",
    "read_claims_jsonl",
    "read_corpus",
    "read_source",
    "reconcile_jsonl",
    "render_diff",
    "render_scan",
    "resolve_prefix",
    "scan",
    "scan_corpus",
    "scan_corpus_dask",
    "scan_dask",
    "source_labels",
    "timelines",
    "write_ledger",
]
