"""Readers of each input kind, metadata, labels and decoding: unit tables on invented text (no spaCy model)."""

from __future__ import annotations

import builtins
import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimcheck.corpus import read_corpus
from claimcheck.errors import SourceError
from claimcheck.labels import id_prefix, source_labels
from claimcheck.readers import RecordFields, read_source
from claimcheck.readers.decode import Undecodable, decode
from claimcheck.readers.markdown import split_front_matter, to_plain
from claimcheck.readers.meta import parse_when
from claimcheck.types import Article

NEWSROOM = Path(__file__).parent.parent / "fixtures" / "newsroom"

# -- metadata dates ------------------------------------------------------------------------------------------

WHEN_CASES: list[tuple[Any, date | None, str | None]] = [
    ("2024-03-01", date(2024, 3, 1), None),
    ("2024-03-01T09:30:00Z", date(2024, 3, 1), "09:30"),
    ("2024-03-01 21:05", date(2024, 3, 1), "21:05"),
    ("2024-03-01T23:59:59.123+05:30", date(2024, 3, 1), "23:59"),  # the day the outlet printed, not UTC's
    ("Fri, 01 Mar 2024 09:30:00 +0000", date(2024, 3, 1), "09:30"),
    ("1 March 2024", date(2024, 3, 1), None),
    ("March 1, 2024", date(2024, 3, 1), None),
    ("13/03/2024", date(2024, 3, 13), None),
    (1709285400, date(2024, 3, 1), "09:30"),  # Unix seconds, read in UTC
    ("1709285400", date(2024, 3, 1), "09:30"),
    ("2024-02-30", None, None),
    ("last week", None, None),
    ("", None, None),
    (None, None, None),
    (True, None, None),
]


@pytest.mark.parametrize(("raw", "day", "clock"), WHEN_CASES)
def test_parse_when(raw: Any, day: date | None, clock: str | None) -> None:
    assert parse_when(raw) == (day, clock)


# -- front matter and Markdown -------------------------------------------------------------------------------

FRONT = """---
title: "Council votes: 7 to 4"
outlet: The Borough Post   # a comment
date: 2023-11-02
authors:
  - Sam Lee
  - 'Kit O''Hara'
tags: [budget, "roads, bridges"]
nested:
  key: 1
empty:
---
Body starts here.
"""


def test_front_matter_is_flat_yaml() -> None:
    meta, body = split_front_matter(FRONT)
    assert meta == {
        "title": "Council votes: 7 to 4",
        "outlet": "The Borough Post",
        "date": "2023-11-02",
        "authors": ["Sam Lee", "Kit O'Hara"],
        "tags": ["budget", "roads, bridges"],
        "nested": None,
        "empty": None,
    }
    assert body == "Body starts here.\n"


def test_no_front_matter_leaves_text_alone() -> None:
    text = "---\nnot closed\nThe rest.\n"
    assert split_front_matter(text) == ({}, text)


PLAIN_CASES = [
    ("# A heading\n", "A heading\n"),
    ("## Closing hashes ##\n", "Closing hashes\n"),
    ("The **council** voted *7 to 4*.\n", "The council voted 7 to 4.\n"),
    ("Read [the report](https://x.example/a_(b)) now.\n", "Read the report now.\n"),
    ("See [the plan][1].\n\n[1]: https://x.example/plan\n", "See the plan.\n\n\n"),
    ("![A photo](pic.jpg) Caption text.\n", " Caption text.\n"),
    ("> Quoted, said the mayor.\n", "Quoted, said the mayor.\n"),
    ("Costs rose 3 * 4 times, snake_case_name stays.\n", "Costs rose 3 * 4 times, snake_case_name stays.\n"),
    ("- a bullet stays a bullet\n", "- a bullet stays a bullet\n"),
    ("Before<!-- hidden 99 -->after\n", "Beforeafter\n"),
    ("Use `code` and <https://x.example>.\n", "Use code and https://x.example.\n"),
    ("An escaped \\*star\\*.\n", "An escaped *star*.\n"),
    ("Title\n=====\nText\n", "Title\n\nText\n"),
    ("~~old~~ new\n", "old new\n"),
    ("crlf line\r\nnext\r\n", "crlf line\r\nnext\r\n"),
]


@pytest.mark.parametrize(("md", "plain"), PLAIN_CASES)
def test_markdown_to_plain(md: str, plain: str) -> None:
    assert to_plain(md) == plain


# -- decoding ------------------------------------------------------------------------------------------------


def test_decode_utf8_drops_bom_and_keeps_line_endings() -> None:
    assert decode(b"\xef\xbb\xbfa\r\nb", "f") == ("a\r\nb", "utf-8", None)


def test_decode_falls_back_to_cp1252_with_a_warning() -> None:
    text, enc, warning = decode(b"caf\xe9 \x93quoted\x94 \x80100", "f.txt")
    assert (text, enc) == ("café “quoted” €100", "cp1252")
    assert warning is not None and "f.txt" in warning and "cp1252" in warning


def test_decode_skip_and_replace() -> None:
    with pytest.raises(Undecodable, match="f.txt"):
        decode(b"caf\xe9", "f.txt", "skip")
    text, enc, warning = decode(b"caf\xe9", "f.txt", "replace")
    assert text == "caf\ufffd" and warning and "replacement" in warning


# -- labels --------------------------------------------------------------------------------------------------


def _art(source_id: str, outlet: str | None = None) -> Article:
    return Article(id=source_id, path=source_id, text="x", sha256="", outlet=outlet)


LABEL_CASES: list[tuple[list[tuple[str, str | None]], list[str]]] = [
    ([("000_aa", None), ("001_bb", None)], ["000", "001"]),
    ([("bbc_news", None), ("bbc_world", None)], ["bbc_news", "bbc_world"]),
    ([("bbc", None), ("bbc_world", None)], ["bbc", "bbc_world"]),
    ([("a", "Reuters"), ("b", "AP")], ["Reuters", "AP"]),
    ([("bbc_news", "BBC"), ("bbc_world", "BBC")], ["BBC (bbc_news)", "BBC (bbc_world)"]),
    ([("x_1", "BBC"), ("y_1", "bbc")], ["BBC (x)", "bbc (y)"]),
    ([("cnn_1", "AP"), ("ap", None)], ["AP (cnn_1)", "ap"]),  # an outlet that reads as another's id
    ([("wire-01", None), ("wire-02", None), ("wire-10", None)], ["wire-01", "wire-02", "wire-10"]),
]


@pytest.mark.parametrize(("sources", "expected"), LABEL_CASES)
def test_labels_are_outlets_else_unique_prefixes(sources: list[tuple[str, str | None]], expected: list[str]) -> None:
    arts = [_art(i, o) for i, o in sources]
    labels = source_labels(arts)
    assert [labels[a.id] for a in arts] == expected
    assert len({v.casefold() for v in labels.values()}) == len(arts)


def test_id_prefix_resolves_back_to_its_id() -> None:
    ids = ["001_reuters", "002_afp", "010_bbc", "bbc"]
    for i in ids:
        p = id_prefix(i, ids)
        assert [j for j in ids if j.startswith(p)] == [i] or p == i


# -- each input kind -----------------------------------------------------------------------------------------


def _offsets_hold(got: list[Article]) -> None:
    for a in got:
        assert a.text.strip()
        assert a.label is None or a.label  # labels are set by read_corpus, not per file


def test_jsonl_export_gives_one_source_per_record() -> None:
    got = read_source(NEWSROOM / "export.jsonl")
    assert got.warnings == []
    assert [a.id for a in got.articles] == ["nw-1001", "cc-77", "nw-1002"]
    first, second, third = got.articles
    assert (first.outlet, first.url, first.date, first.time) == (
        "Northern Wire",
        "https://wire.example/a/1001",
        date(2024, 3, 13),
        "06:00",
    )
    assert first.title == "Ferry aground with 212 on board" and first.author == "Staff"
    assert second.author == "Ann Bryce, Tom Hale" and second.time == "09:30"
    assert third.time is None and third.record == 3 and third.format == "jsonl"
    assert not first.text_is_file and first.file_sha256 and first.sha256 != first.file_sha256
    assert first.text.startswith("The Island Star ferry ran aground")


def test_csv_export_reads_quoted_multiline_text_and_warns_on_an_empty_row() -> None:
    got = read_source(NEWSROOM / "export.csv")
    assert [a.id for a in got.articles] == ["export-1", "export-2"]
    assert got.warnings == [f"skipped {NEWSROOM / 'export.csv'}, row 3: its Text field is empty"]
    a = got.articles[0]
    assert "\r\nThe ferry was carrying 212 passengers" in a.text
    assert (a.outlet, a.date, a.author, a.record) == ("Isles Today", date(2024, 3, 13), "Rhona Mair", 1)
    assert got.articles[1].date == date(2024, 3, 13)  # 13/03/2024


def test_csv_with_semicolons_and_named_fields(tmp_path: Path) -> None:
    f = tmp_path / "feed.csv"
    f.write_text("Kop;Tekst;Krant;Datum\nBrand;Twee huizen brandden af.;De Post;2024-05-06\n", encoding="utf-8")
    assert read_source(f).articles == []  # no usual name for the text column...
    fields = RecordFields.parse("Tekst", ["outlet=Krant", "date=Datum", "title=Kop"])
    (a,) = read_source(f, fields=fields).articles
    assert (a.text, a.outlet, a.date, a.title) == ("Twee huizen brandden af.", "De Post", date(2024, 5, 6), "Brand")


def test_record_fields_option_errors() -> None:
    with pytest.raises(ValueError, match="KEY=NAME"):
        RecordFields.parse(None, ["outlet"])
    with pytest.raises(ValueError, match="one of"):
        RecordFields.parse(None, ["publisher=Source"])


def test_record_ids_paragraph_lists_and_text_that_is_not_text(tmp_path: Path) -> None:
    f = tmp_path / "db.jsonl"
    rows = [
        {"id": 17, "body": ["Six people died.", "Two were hurt."]},
        {"id": "ap-17", "body": "Seven people died."},
        {"id": "17 b/c", "body": {"html": "<p>x</p>"}},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    got = read_source(f)
    assert [(a.id, a.text) for a in got.articles] == [
        ("db-17", "Six people died.\n\nTwo were hurt."),
        ("ap-17", "Seven people died."),
    ]
    assert got.warnings == [f"skipped {f}, line 3: its body field is not text"]


def test_json_array_and_bad_jsonl_lines(tmp_path: Path) -> None:
    arr = tmp_path / "items.json"
    arr.write_text(json.dumps({"items": [{"content": "Nine people were hurt.", "publisher": "A"}]}), encoding="utf-8")
    (a,) = read_source(arr).articles
    assert (a.id, a.outlet, a.format, a.record) == ("items-1", "A", "json", 1)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Ten cars."}\nnot json\n[1, 2]\n{"title": "no text"}\n', encoding="utf-8")
    got = read_source(bad)
    assert [x.id for x in got.articles] == ["bad-1"]
    assert [w.split(":")[0] for w in got.warnings] == [f"skipped {bad}, line {n}" for n in (2, 3, 4)]


def test_front_matter_markdown_keeps_plain_text_and_metadata() -> None:
    (a,) = read_source(NEWSROOM / "notes" / "harbourmaster.md").articles
    assert (a.outlet, a.date, a.time, a.author, a.title) == (
        "Reporter's notes",
        date(2024, 3, 13),
        "11:20",
        "Jo Reyes",
        "Call with the harbourmaster",
    )
    assert "**" not in a.text and "](" not in a.text and "follow up" not in a.text
    assert "went to Callan General Hospital with minor injuries" in a.text
    assert not a.text_is_file and a.format == "markdown"


def test_plain_markdown_without_markup_is_its_file(tmp_path: Path) -> None:
    f = tmp_path / "plain.md"
    f.write_text("date 2024-01-02\nEleven boats sank.\n", encoding="utf-8")
    (a,) = read_source(f).articles
    assert a.text_is_file and a.date == date(2024, 1, 2) and a.file_sha256 is None


def test_unknown_kind_is_skipped_with_a_warning_naming_it(tmp_path: Path) -> None:
    f = tmp_path / "story.docx"
    f.write_bytes(b"PK\x03\x04 not text")
    got = read_source(f)
    assert got.articles == [] and len(got.warnings) == 1 and str(f) in got.warnings[0]
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_text("Three people were hurt.", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    corpus = read_corpus([folder])
    assert [x.id for x in corpus.articles] == ["a"]
    assert corpus.warnings == (f"skipped {folder / 'photo.jpg'}: claimcheck does not read .jpg files",)


def test_missing_html_extra_is_one_error_saying_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_trafilatura(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "trafilatura" or name.startswith("trafilatura."):
            raise ImportError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    with pytest.raises(SourceError, match=r'pip install "claimcheck\[html\]"') as err:
        read_corpus([NEWSROOM / "pages"])
    assert "\n" not in str(err.value)


# -- saved pages (trafilatura) -------------------------------------------------------------------------------


def test_html_pages_give_the_story_without_the_page_around_it() -> None:
    if not os.environ.get("CI"):  # CI installs the html extra (.ci/run)
        pytest.importorskip("trafilatura", reason='the html extra: pip install ".[html]"')
    corpus = read_corpus([NEWSROOM / "pages"])
    by = {a.id: a for a in corpus.articles}
    assert sorted(by) == ["bayradio", "coastline", "gazette"]
    g = by["gazette"]
    assert (g.outlet, g.author, g.url, g.date, g.time) == (
        "Harbour Gazette",
        "Morag Ellis",
        "https://gazette.example/news/ferry-aground",
        date(2024, 3, 13),
        "08:15",
    )
    assert g.format == "html" and not g.text_is_file and g.label == "Harbour Gazette"
    assert "212 passengers and nine crew" in g.text and "£1.2 million & the route" in g.text
    for page in by.values():
        for boiler in ("Subscribe", "Most read", "All rights reserved", "Home", "not text", "Comments", "Listen live"):
            assert boiler not in page.text, (page.id, boiler)
    c = by["coastline"]
    assert c.encoding == "windows-1252" or c.encoding == "cp1252"
    assert "repairs costing £1.2 million" in c.text  # a cp1252 pound sign, decoded as the page declares
    assert corpus.warnings == ()
