"""Read a folder or files into Articles, and resolve source-id prefixes."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from .errors import PrefixError, SourceError
from .types import Article

ARTICLE_SUFFIXES = (".txt", ".md")
EncodingErrors = Literal["skip", "replace"]

# A leading "date 2022-06-23" (optionally with a time of day) gives the article's own date.
_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?\b[ \t]*(?:\r?\n)?")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*\Z")


@dataclass(frozen=True)
class Corpus:
    """The articles read, and a warning for each file skipped or repaired."""

    articles: tuple[Article, ...]
    warnings: tuple[str, ...]


def read_corpus(paths: Sequence[str | Path], *, encoding_errors: EncodingErrors = "skip") -> Corpus:
    """Read each path: a folder means its ``*.txt`` and ``*.md`` files in sorted order; a file is read as is.

    Empty, binary and non-UTF-8 files are skipped with a warning (or, with ``encoding_errors="replace"``,
    non-UTF-8 files are decoded with replacement characters and a warning).
    """
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                raise SourceError(f"no articles in {p}: put .txt or .md files in it, or name the files to scan")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            raise SourceError(f"no such file or folder: {p} (check the path)")
    articles: list[Article] = []
    warnings: list[str] = []
    seen: dict[str, Path] = {}
    for f in files:
        art, warning = read_article(f, encoding_errors=encoding_errors)
        if warning:
            warnings.append(warning)
        if art is None:
            continue
        if art.id in seen:
            raise SourceError(
                f"two sources share the id {art.id!r}: {seen[art.id]} and {f}; rename one so ids stay unique"
            )
        seen[art.id] = f
        articles.append(art)
    if not articles:
        where = ", ".join(str(p) for p in paths)
        raise SourceError(f"no readable articles in {where}: every file was empty, binary or not UTF-8")
    return Corpus(tuple(articles), tuple(warnings))


def read_article(path: Path, *, encoding_errors: EncodingErrors = "skip") -> tuple[Article | None, str | None]:
    """Read one file. Returns (article or None, warning or None)."""
    try:
        data = path.read_bytes()
    except OSError as e:
        return None, f"skipped {path}: cannot read it ({e.strerror or e})"
    if not data.strip():
        return None, f"skipped {path}: the file is empty"
    if b"\x00" in data[:8192]:
        return None, f"skipped {path}: it looks binary, not text"
    warning = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        if encoding_errors != "replace":
            return None, (
                f"skipped {path}: not UTF-8 (byte {e.start}); re-save it as UTF-8 or pass --encoding-errors replace"
            )
        text = data.decode("utf-8", errors="replace")
        warning = f"decoded {path} with replacement characters: it is not valid UTF-8"
    if text.startswith("\ufeff"):
        text = text[1:]
    return make_article(path.stem, str(path), text, sha256=hashlib.sha256(data).hexdigest()), warning


def make_article(source_id: str, path: str, text: str, *, sha256: str | None = None) -> Article:
    """Build an Article from text: the date line, the title and the hash."""
    d, t, body_start = _date_line(text)
    title = _title(text[body_start:])
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(
        id=source_id, path=path, text=text, sha256=digest, date=d, time=t, title=title, body_start=body_start
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
