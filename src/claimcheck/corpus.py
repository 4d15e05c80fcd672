"""Read a folder or files into Articles (through ``claimcheck.readers``), and resolve source-id prefixes."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from .errors import PrefixError, SourceError
from .readers import READ_SUFFIXES, EncodingErrors, RecordFields, content_sha256, kind_of, read_source
from .types import Article

ARTICLE_SUFFIXES = READ_SUFFIXES
__all__ = ["ARTICLE_SUFFIXES", "Corpus", "EncodingErrors", "RecordFields", "make_article", "read_corpus"]

# A leading "date 2022-06-23" (optionally with a time of day) gives the article's own date.
_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?\b[ \t]*(?:\r?\n)?")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*\Z")


@dataclass(frozen=True)
class Corpus:
    """The articles read, and a warning for each file skipped or repaired."""

    articles: tuple[Article, ...]
    warnings: tuple[str, ...]


def read_corpus(
    paths: Sequence[str | Path], *, encoding_errors: EncodingErrors = "cp1252", fields: RecordFields | None = None
) -> Corpus:
    """Read each path: a folder means its files of the kinds claimcheck reads (``.txt``, ``.md``, ``.html``,
    ``.jsonl``, ``.csv``; see ``claimcheck.readers``) in sorted order; a file is read by its kind, and a
    ``.json`` export only when named, since in a folder it is more often a ledger or a config.

    A file of another kind is skipped with a warning naming it. Empty and binary files are skipped with a
    warning; non-UTF-8 files are read as Windows-1252 with a warning (``encoding_errors="skip"`` skips them,
    ``"replace"`` decodes them as UTF-8 with replacement characters). Each source gets its ``label``.
    """
    files: list[Path] = []
    warnings: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            entries = sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith("."))
            # A .json file in a folder is more often a ledger, a config or a test's expectations than an
            # export of articles: it is read only when named.
            found = [f for f in entries if kind_of(f) not in (None, "json")]
            if not found:
                raise SourceError(
                    f"no articles in {p}: put .txt, .md, .html, .jsonl or .csv files in it, or name the files to scan"
                )
            warnings.extend(
                f"skipped {f}: claimcheck does not read {f.suffix or 'suffix-less'} files" for f in entries
                if kind_of(f) is None
            )
            warnings.extend(
                f"skipped {f}: a .json file in a folder is read only when named (it may be a ledger, not articles)"
                for f in entries
                if kind_of(f) == "json"
            )
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            raise SourceError(f"no such file or folder: {p} (check the path)")
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for f in files:
        got = read_source(f, encoding_errors=encoding_errors, fields=fields)
        warnings.extend(got.warnings)
        for art in got.articles:
            where = f"{f}" if art.record is None else f"{f} (record {art.record})"
            if art.id in seen:
                raise SourceError(
                    f"two sources share the id {art.id!r}: {seen[art.id]} and {where}; rename one so ids stay unique"
                )
            seen[art.id] = where
            articles.append(art)
    if not articles:
        where = ", ".join(str(p) for p in paths)
        raise SourceError(
            f"no readable articles in {where}: every file was empty, binary, unreadable or of a kind not read"
        )
    return Corpus(with_labels(articles), tuple(warnings))


def with_labels(articles: Sequence[Article]) -> tuple[Article, ...]:
    """The articles, each with its label (see ``claimcheck.labels``)."""
    from .labels import source_labels

    labels = source_labels(articles)
    return tuple(replace(a, label=labels[a.id]) for a in articles)


def read_article(path: Path, *, encoding_errors: EncodingErrors = "cp1252") -> tuple[Article | None, str | None]:
    """Read one text or Markdown file. Returns (article or None, warning or None)."""
    got = read_source(path, encoding_errors=encoding_errors)
    return (got.articles[0] if got.articles else None), ("; ".join(got.warnings) or None)


def make_article(
    source_id: str,
    path: str,
    text: str,
    *,
    sha256: str | None = None,
    date: date | None = None,
    time: str | None = None,
    title: str | None = None,
    **meta: Any,
) -> Article:
    """Build an Article from text: the date line, the title and the hash. A ``date`` (and ``time``) given,
    from a source's metadata, wins over the date line, which wins over a date the article's head gives
    (``layout.head_date``); a ``title`` given wins over the first line. ``meta``
    are the other fields of Article (outlet, url, author, format, record, encoding, ...)."""
    d, t, body_start = _date_line(text)
    if date is not None:
        d, t = date, time
    elif d is None:
        from .extract.layout import head_date

        d = head_date(text)  # "Tuesday 9 June 2026" under the headline: the article dates itself
    title = title or _title(text[body_start:])
    # a date that is not in the text must be in the hash, which keys the extraction cache
    digest = sha256 or (content_sha256(text, d, t) if date is not None else hashlib.sha256(text.encode()).hexdigest())
    return Article(
        id=source_id, path=path, text=text, sha256=digest, date=d, time=t, title=title, body_start=body_start, **meta
    )


def _date_line(text: str) -> tuple[date | None, str | None, int]:
    m = _DATE_LINE.match(text)
    if not m:
        return None, None, 0
    try:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None, None, 0
    t = None
    if m.group(4) is not None and int(m.group(4)) < 24 and int(m.group(5)) < 60:
        t = f"{m.group(4)}:{m.group(5)}"
    end = m.end()
    while end < len(text) and text[end] in " \t":
        end += 1
    return d, t, end


def _title(text: str) -> str | None:
    """The first line, if it reads as a headline: short, and not ending like a sentence."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or _TERMINAL.search(first) or len(first.split()) > 25:
        return None
    return first


def resolve_prefix(prefix: str, ids: Iterable[str]) -> str:
    """The one id that is ``prefix`` or starts with it; PrefixError names the candidates otherwise."""
    ids = sorted(set(ids))
    if prefix in ids:
        return prefix
    hits = [i for i in ids if i.startswith(prefix)]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        shown = ", ".join(ids[:8]) + (", …" if len(ids) > 8 else "")
        raise PrefixError(f"no source id starts with {prefix!r}; the ids are: {shown}")
    raise PrefixError(f"{prefix!r} is ambiguous: it matches {', '.join(hits)}; type more of the id")
