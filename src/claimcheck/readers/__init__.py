"""Readers: one file in, its sources out, each with the text claimcheck keeps and the metadata the file gives.

=========================  ==========================================================  ========================
suffix                     sources                                                     offsets refer to
=========================  ==========================================================  ========================
``.txt``                   the file; a leading ``date YYYY-MM-DD`` line dates it         the file as decoded
``.md``, ``.markdown``     the file; YAML front matter gives metadata                  the body as plain text
``.html``, ``.htm``        the page's main text and metadata (trafilatura)             the extracted text
``.jsonl``, ``.ndjson``    one per line                                                the record's text field
``.csv``, ``.tsv``         one per row, under a header row                             the record's text field
``.json``                  one per object of its array                                 the record's text field
=========================  ==========================================================  ========================

Any other file is skipped with a warning that names it: it is never read as raw text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..types import Article
from .decode import EncodingErrors, Undecodable, decode
from .meta import Meta, RecordFields, find_field, parse_when, read_meta

__all__ = ["FORMATS", "READ_SUFFIXES", "EncodingErrors", "RecordFields", "SourceRead", "kind_of", "read_source"]

FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".json": "json",
}
READ_SUFFIXES = tuple(FORMATS)


def kind_of(path: Path) -> str | None:
    """The format a file is read as, from its suffix; None for a kind claimcheck does not read."""
    return FORMATS.get(path.suffix.lower())


@dataclass
class SourceRead:
    """What one file gave: its sources, and a warning for each thing skipped or repaired."""

    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_source(
    path: Path, *, encoding_errors: EncodingErrors = "cp1252", fields: RecordFields | None = None
) -> SourceRead:
    """Read one file of any kind claimcheck knows (see the module docstring)."""
    out = SourceRead()
    fmt = kind_of(path)
    if fmt is None:
        known = ", ".join(s for s in READ_SUFFIXES if s not in (".text", ".markdown", ".xhtml", ".ndjson"))
        out.warnings.append(f"skipped {path}: claimcheck does not read {path.suffix or 'suffix-less'} files ({known})")
        return out
    if fmt == "html":
        from .html import extractor_version

        extractor_version()  # a missing extra is one error for the whole scan, not a warning per page
    try:
        data = path.read_bytes()
    except OSError as e:
        out.warnings.append(f"skipped {path}: cannot read it ({e.strerror or e})")
        return out
    if not data.strip():
        out.warnings.append(f"skipped {path}: the file is empty")
        return out
    if b"\x00" in data[:8192]:
        out.warnings.append(f"skipped {path}: it looks binary, not text")
        return out
    file_sha = hashlib.sha256(data).hexdigest()
    if fmt == "html":
        from .html import declared_charset

        charset = declared_charset(data)
        if charset and charset not in ("utf-8", "utf_8"):
            try:
                _read_html(out, path, data.decode(charset), charset, file_sha)
                return out
            except UnicodeDecodeError:
                pass  # the page's bytes belie its declaration: decode them as any other file's
    try:
        text, encoding, warning = decode(data, path, encoding_errors)
    except Undecodable as e:
        out.warnings.append(str(e))
        return out
    if warning:
        out.warnings.append(warning)
    fields = fields or RecordFields()
    if fmt == "text":
        out.articles.append(_article(path.stem, path, text, Meta(), fmt, encoding, file_sha, None, text_is_file=True))
    elif fmt == "markdown":
        _read_markdown(out, path, text, encoding, file_sha, fields)
    elif fmt == "html":
        _read_html(out, path, text, encoding, file_sha)
    else:
        _read_records(out, path, text, fmt, encoding, file_sha, fields)
    return out


def _read_markdown(out: SourceRead, path: Path, text: str, encoding: str, sha: str, fields: RecordFields) -> None:
    from .markdown import split_front_matter, to_plain

    front, body = split_front_matter(text)
    meta = read_meta(front, fields) if front else Meta()
    plain = to_plain(body)
    for p in meta.problems:
        out.warnings.append(f"{path}: {p}")
    out.articles.append(
        _article(path.stem, path, plain, meta, "markdown", encoding, sha, None, text_is_file=plain == text)
    )


def _read_html(out: SourceRead, path: Path, markup: str, encoding: str, sha: str) -> None:
    from .html import extract_page

    page = extract_page(markup)
    if page is None:
        out.warnings.append(f"skipped {path}: no article text found in the page")
        return
    d, t = parse_when(page.date)
    if d is not None and page.published:
        pd, pt = parse_when(page.published)
        t = pt if pd == d else None
    meta = Meta(outlet=page.outlet, url=page.url, date=d, time=t, title=page.title, author=page.author)
    out.articles.append(_article(path.stem, path, page.text, meta, "html", encoding, sha, None, text_is_file=False))


def _read_records(
    out: SourceRead, path: Path, text: str, fmt: str, encoding: str, sha: str, fields: RecordFields
) -> None:
    from .records import csv_records, json_records, jsonl_records

    records: Iterator[tuple[int, dict[str, Any] | None, str | None]]
    if fmt == "jsonl":
        records = jsonl_records(text, str(path))
    elif fmt == "json":
        records = json_records(text, str(path))
    else:
        records = csv_records(text, str(path), tab=path.suffix.lower() == ".tsv")
    rows = list(records)
    width = len(str(max((n for n, _, _ in rows), default=1)))
    what = "line" if fmt == "jsonl" else "row" if fmt == "csv" else "record"
    for n, rec, warning in rows:
        if warning:
            out.warnings.append(warning)
        if rec is None:
            continue
        text_name = find_field(rec, "text", fields.text)
        if text_name is None:
            wanted = repr(fields.text) if fields.text else "text, body or content"
            out.warnings.append(
                f"skipped {path}, {what} {n}: no {wanted} field (it has {', '.join(map(str, rec)) or 'none'}); "
                "name the text field with --text-field"
            )
            continue
        body = rec[text_name]
        if isinstance(body, list) and body and all(isinstance(p, str) for p in body):
            body = "\n\n".join(body)  # an export that gives the paragraphs as a list
        if not isinstance(body, str):
            out.warnings.append(f"skipped {path}, {what} {n}: its {text_name} field is not text")
            continue
        if not body.strip():
            out.warnings.append(f"skipped {path}, {what} {n}: its {text_name} field is empty")
            continue
        meta = read_meta(rec, fields, skip=text_name)
        for p in meta.problems:
            out.warnings.append(f"{path}, {what} {n}: {p}")
        own = _safe_id(meta.id) if meta.id else None
        if own and own.isdigit():
            own = f"{path.stem}-{own}"  # a row number of the database: two exports would share it
        sid = own or f"{path.stem}-{n:0{width}d}"
        out.articles.append(_article(sid, path, body, meta, fmt, encoding, sha, n, text_is_file=False))


def _safe_id(raw: str) -> str | None:
    s = re.sub(r"[^\w.\-]+", "_", raw.strip()).strip("_")
    return s[:80] or None


def _article(
    source_id: str,
    path: Path,
    text: str,
    meta: Meta,
    fmt: str,
    encoding: str,
    file_sha: str,
    record: int | None,
    *,
    text_is_file: bool,
) -> Article:
    from ..corpus import make_article

    art = make_article(
        source_id,
        str(path),
        text,
        sha256=file_sha if text_is_file else None,
        date=meta.date,
        time=meta.time,
        title=meta.title,
        outlet=meta.outlet,
        url=meta.url,
        author=meta.author,
        format=fmt,
        record=record,
        encoding=encoding,
        file_sha256=None if text_is_file else file_sha,
        text_is_file=text_is_file,
    )
    return art


def content_sha256(text: str, d: date | None, t: str | None) -> str:
    """The hash of a source that is not a whole file: its text and the date it is read against."""
    h = hashlib.sha256()
    h.update(f"{d.isoformat() if d else ''}\n{t or ''}\n".encode())
    h.update(text.encode("utf-8", errors="surrogatepass"))
    return h.hexdigest()
