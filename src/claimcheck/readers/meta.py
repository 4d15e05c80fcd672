"""Per-source metadata: the usual names of an export's fields, and dates and times as exports write them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

# The names exports and front matter give each field, compared without case, spaces, "_" or "-" (so
# "Published At" is "publishedat"). The first name present wins.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "body",
        "content",
        "articletext",
        "article",
        "fulltext",
        "bodytext",
        "maintext",
        "story",
        "articlebody",
        "plaintext",
        "description",
    ),
    "id": ("id", "articleid", "docid", "documentid", "uid", "guid", "uuid", "key", "slug"),
    "outlet": (
        "outlet",
        "source",
        "sourcename",
        "publisher",
        "publication",
        "sitename",
        "site",
        "newspaper",
        "media",
        "medium",
        "provider",
        "network",
        "brand",
        "domain",
        "hostname",
    ),
    "url": ("url", "link", "canonicalurl", "canonical", "permalink", "weburl", "href", "sourceurl", "articleurl"),
    "date": (
        "date",
        "published",
        "publishedat",
        "publishdate",
        "publisheddate",
        "publicationdate",
        "datepublished",
        "pubdate",
        "datetime",
        "publishedtime",
        "timestamp",
        "createdat",
        "created",
        "dateline",
        "day",
    ),
    "time": ("time", "publishedtime", "pubtime", "timeofday"),
    "title": ("title", "headline", "heading", "head", "name", "subject"),
    "author": ("author", "authors", "byline", "by", "creator", "writer", "writers", "reporter", "reporters"),
}
META_KEYS = ("id", "outlet", "url", "date", "time", "title", "author")


def norm_key(name: str) -> str:
    return re.sub(r"[\s_\-.]+", "", name).lower()


@dataclass(frozen=True)
class RecordFields:
    """Which field of a record holds what. None means: the first usual name present (``FIELD_NAMES``)."""

    text: str | None = None
    id: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    time: str | None = None
    title: str | None = None
    author: str | None = None

    @staticmethod
    def parse(text_field: str | None = None, pairs: tuple[str, ...] | list[str] = ()) -> RecordFields:
        """From ``--text-field`` and ``--field KEY=NAME`` options; ValueError says what is wrong."""
        out = RecordFields(text=text_field)
        for pair in pairs:
            key, sep, name = pair.partition("=")
            key = key.strip().lower()
            if not sep or not name.strip() or key not in FIELD_NAMES:
                raise ValueError(
                    f"--field {pair!r}: write KEY=NAME, KEY being one of {', '.join(FIELD_NAMES)} (e.g. outlet=Source)"
                )
            out = replace(out, **{key: name.strip()})
        return out


@dataclass
class Meta:
    """What a source says about itself."""

    outlet: str | None = None
    url: str | None = None
    date: date | None = None
    time: str | None = None
    title: str | None = None
    author: str | None = None
    id: str | None = None
    problems: list[str] = field(default_factory=list)


def find_field(record: Mapping[str, Any], key: str, chosen: str | None = None) -> str | None:
    """The record's own name for ``key``: the one chosen, else the first usual name it has."""
    by_norm: dict[str, str] = {}
    for name in record:
        by_norm.setdefault(norm_key(str(name)), str(name))
    if chosen is not None:
        return by_norm.get(norm_key(chosen))
    for candidate in FIELD_NAMES[key]:
        if candidate in by_norm:
            return by_norm[candidate]
    return None


def scalar(value: Any) -> str | None:
    """A metadata value as one line of text: lists are joined ("Jane Roe, John Doe"), objects give their name."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (list, tuple)):
        parts = [s for s in (scalar(v) for v in value) if s]
        return ", ".join(parts) or None
    if isinstance(value, dict):
        for k in ("name", "title", "value", "url"):
            if k in value:
                return scalar(value[k])
        return None
    s = " ".join(str(value).split())
    return s or None


def read_meta(record: Mapping[str, Any], fields: RecordFields, skip: str | None = None) -> Meta:
    """The metadata of one record or front matter; ``skip`` is the name of its text field."""
    meta = Meta()
    used: set[str] = {skip} if skip else set()
    for key in META_KEYS:
        name = find_field(record, key, getattr(fields, key))
        if name is None or name in used:
            continue
        raw = record[name]
        if key == "date":
            used.add(name)
            d, t = parse_when(raw)
            if d is None and scalar(raw):
                meta.problems.append(f"its {name} {scalar(raw)!r} is not a date claimcheck reads")
            meta.date = d
            if t is not None and meta.time is None:
                meta.time = t
        elif key == "time":
            t = _clock(scalar(raw) or "")
            if t is not None:
                used.add(name)
                meta.time = t
        else:
            used.add(name)
            setattr(meta, key, scalar(raw))
    return meta


_ISO = re.compile(
    r"\A\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?)?\s*\Z"
)
_CLOCK = re.compile(r"\A\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*\Z")


def parse_when(raw: Any) -> tuple[date | None, str | None]:
    """A date, and a time "HH:MM" when one is given, as the source wrote them (no time-zone conversion, so the
    day is the one the outlet printed). Reads ISO 8601, RFC 2822 ("Fri, 01 Mar 2024 09:30:00 +0000"), Unix
    seconds, and written dates ("1 March 2024", "March 1, 2024")."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if 10**8 <= raw < 10**11:  # Unix seconds: read in UTC, the only zone a bare number can mean
            ts = datetime.fromtimestamp(float(raw), tz=timezone.utc)
            return ts.date(), f"{ts.hour:02d}:{ts.minute:02d}"
        return None, None
    s = scalar(raw)
    if not s:
        return None, None
    m = _ISO.match(s)
    if m:
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None, None
        t = f"{m.group(4)}:{m.group(5)}" if m.group(4) and int(m.group(4)) < 24 and int(m.group(5)) < 60 else None
        return d, t
    if re.fullmatch(r"\d{9,10}", s):
        return parse_when(int(s))
    try:
        dt = parsedate_to_datetime(s)
        return dt.date(), f"{dt.hour:02d}:{dt.minute:02d}"
    except (TypeError, ValueError, IndexError):
        pass
    return _written_date(s), None


def _written_date(s: str) -> date | None:
    from ..extract.dates import parse_date

    try:
        v = parse_date(s, None)
    except Exception:  # a metadata value is free text: any failure means "no date"
        return None
    if v is None or v.grain != "day" or v.minute is not None:
        return None
    return v.start


def _clock(s: str) -> str | None:
    m = _CLOCK.match(s)
    if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    return None
