"""claimcheck: pull the checkable claims out of several outlets' reports of one story, and say where
they agree, are only compatible, or conflict.

    >>> import claimcheck
    >>> result = claimcheck.scan(["corpus/"])
    >>> [g.reason for g in result.groups if g.verdict == "conflict"]

Importing claimcheck does not import spaCy (nor Dask); the model loads when a scan needs it.
``claimcheck.scan_dask`` is ``scan`` with extraction on Dask (``pip install "claimcheck[dask]"``).
"""

from __future__ import annotations

from ._version import __version__
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
from .errors import ClaimcheckError, InputError, ModelError, OutputError, PrefixError, SourceError
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
