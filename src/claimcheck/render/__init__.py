"""Renderings of a scan or a diff in every output format, as text chunks for any writer.

``text`` is the terminal report (rich, without colour), ``json`` the ledger (or the diff as JSON), ``ndjson``
one record a line, ``csv`` one row per claim, ``markdown`` tables, ``html`` a self-contained page. The same
result always gives the same bytes.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

from ..api import DiffResult
from ..types import ScanResult
from .common import filter_kinds
from .html import diff_html, scan_html
from .tables import diff_csv, diff_markdown, diff_ndjson, scan_csv, scan_markdown, scan_ndjson

FORMATS = ("text", "json", "ndjson", "csv", "markdown", "html")
TEXT_WIDTH = 120  # the width of text written to a file or pipe

__all__ = [
    "FORMATS",
    "diff_csv",
    "diff_html",
    "diff_markdown",
    "diff_ndjson",
    "filter_kinds",
    "render_diff",
    "render_scan",
    "scan_csv",
    "scan_html",
    "scan_markdown",
    "scan_ndjson",
]


def _text(draw: object, width: int) -> Iterator[str]:
    from rich.console import Console

    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system=None, highlight=False, force_terminal=False)
    draw(console)  # type: ignore[operator]
    yield buf.getvalue()


def render_scan(result: ScanResult, fmt: str, *, only: str | None = None, width: int = TEXT_WIDTH) -> Iterator[str]:
    """The scan in ``fmt`` (one of FORMATS). ``only`` keeps one verdict in the text and Markdown reports."""
    if fmt == "text":
        from ..report import render_scan as draw_scan

        return _text(lambda console: draw_scan(console, result, only=only), width)
    if fmt == "json":
        from ..ledger import iter_ledger

        return iter_ledger(result)
    if fmt == "ndjson":
        return scan_ndjson(result)
    if fmt == "csv":
        return scan_csv(result)
    if fmt == "markdown":
        return scan_markdown(result, only=only)
    if fmt == "html":
        return scan_html(result)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


def render_diff(d: DiffResult, result: ScanResult, fmt: str, *, width: int = TEXT_WIDTH) -> Iterator[str]:
    """The diff of two sources of ``result`` in ``fmt`` (one of FORMATS)."""
    if fmt == "text":
        from ..report import render_diff as draw_diff

        return _text(lambda console: draw_diff(console, d), width)
    if fmt == "json":
        from ..report import diff_json

        return iter([json.dumps(diff_json(d), ensure_ascii=False, indent=2) + "\n"])
    if fmt == "ndjson":
        return diff_ndjson(d)
    if fmt == "csv":
        return diff_csv(d)
    if fmt == "markdown":
        return diff_markdown(d)
    if fmt == "html":
        return diff_html(d, result)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
