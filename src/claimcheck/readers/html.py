"""Saved web pages: the article's main text and its metadata, through trafilatura (the ``html`` extra).

trafilatura drops the page around the story (menus, links to other stories, comments) and gives the title,
site name, author, canonical URL and publication date. The text kept is trafilatura's, paragraphs one a line;
claim offsets refer to it, and the ledger keeps it.
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass
from typing import Any

from ..errors import SourceError

INSTALL_HINT = 'pip install "claimcheck[html]"'

_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", re.I)
# The publication time, which trafilatura's date leaves out: "2024-03-01T09:30:00Z" in the usual meta tags.
_TIME_META = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|datePublished|pubdate|"
    r"publish[-_]date|date|dc\.date(?:\.issued)?|sailthru\.date|parsely-pub-date)[\"'][^>]*>",
    re.I,
)
_CONTENT = re.compile(r"content\s*=\s*[\"']([^\"']+)[\"']", re.I)
_JSONLD_TIME = re.compile(r"\"datePublished\"\s*:\s*\"([^\"]+)\"")


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    outlet: str | None
    author: str | None
    url: str | None
    date: str | None
    published: str | None  # the raw published timestamp, for its time of day
    extractor: str


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset=...>``), if Python knows it."""
    import codecs

    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def extractor_version() -> str:
    """ "trafilatura X.Y.Z"; SourceError with the install command when the extra is missing."""
    try:
        import trafilatura
    except ImportError as e:
        raise SourceError(
            f"reading .html pages needs the html extra: {INSTALL_HINT} (could not import {e.name or 'trafilatura'})"
        ) from None
    return f"trafilatura {getattr(trafilatura, '__version__', '?')}"


def extract_page(markup: str) -> Page | None:
    """The page's article, or None when trafilatura finds no main text."""
    version = extractor_version()
    import trafilatura

    doc: Any = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": True, "original_date": True},
    )
    if doc is None:
        return None
    data: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()

    def get(key: str) -> str | None:
        v = data.get(key)
        return v if isinstance(v, str) and v.strip() else None

    text = get("text") or get("raw_text") or ""
    if not text.strip():
        return None
    return Page(
        text=text,
        title=get("title"),
        outlet=get("sitename") or get("hostname"),
        author=get("author"),
        url=get("url"),
        date=get("date"),
        published=_published(markup),
        extractor=version,
    )


def _published(markup: str) -> str | None:
    for m in _TIME_META.finditer(markup):
        c = _CONTENT.search(m.group(0))
        if c and "T" in c.group(1):
            return htmllib.unescape(c.group(1))
    m2 = _JSONLD_TIME.search(markup)
    return m2.group(1) if m2 else None
