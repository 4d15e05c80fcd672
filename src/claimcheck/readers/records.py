"""Exports from news databases: one article per record of a JSON-lines, CSV (or TSV) or JSON file."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

Record = dict[str, Any]

csv.field_size_limit(2**31 - 1)  # an article's text is one field, often longer than the csv module's default limit


def jsonl_records(text: str, path: str) -> Iterator[tuple[int, Record | None, str | None]]:
    """(line number, record or None, warning or None) for each non-blank line."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield n, None, f"skipped {path}, line {n}: not a JSON object ({e.msg})"
            continue
        if not isinstance(rec, dict):
            yield n, None, f"skipped {path}, line {n}: a JSON {type(rec).__name__}, not an object with the article"
            continue
        yield n, rec, None


def json_records(text: str, path: str) -> Iterator[tuple[int, Record | None, str | None]]:
    """A JSON file: an array of article objects, one article object, or an object holding such an array
    under its only list-valued key ("articles", "items", "data", ...). Records are numbered from 1."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield 0, None, f"skipped {path}: not JSON ({e.msg} at line {e.lineno})"
        return
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        data = lists[0] if len(lists) == 1 else [data]
    if not isinstance(data, list):
        yield 0, None, f"skipped {path}: JSON that holds no article objects"
        return
    for n, rec in enumerate(data, 1):
        if isinstance(rec, dict):
            yield n, rec, None
        else:
            yield n, None, f"skipped {path}, record {n}: a JSON {type(rec).__name__}, not an object"


def csv_records(text: str, path: str, *, tab: bool = False) -> Iterator[tuple[int, Record | None, str | None]]:
    """Rows of a CSV file with a header row, numbered from 1 after the header. The delimiter is a tab for
    .tsv, else the one of ``,``, ``;`` and tab that the header row uses most (spreadsheets in many locales
    write ``;``)."""
    first = text.split("\n", 1)[0]
    delim = "\t" if tab else max((",", ";", "\t"), key=lambda d: (first.count(d), d == ","))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as e:
        yield 0, None, f"skipped {path}: not CSV ({e})"
        return
    names = [h.strip() for h in header]
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield n + 1, None, f"skipped the rest of {path} from row {n + 1}: not CSV ({e})"
            return
        if not any(cell.strip() for cell in row):
            continue
        n += 1
        if len(row) > len(names):
            yield n, None, f"skipped {path}, row {n}: {len(row)} cells for {len(names)} columns (a stray delimiter?)"
            continue
        yield n, {name: cell for name, cell in zip(names, row, strict=False) if name}, None
