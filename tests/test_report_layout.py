"""The terminal report's own table layout (report.plain_table) prints what rich's Table prints, byte for byte."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.report import plain_table

HEADERS = ("source", "value", "sentence")
NO_WRAP = (True, True, False)


def rich_text(rows: list[tuple[str, str, str]], width: int) -> str:
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=False)
    table.add_column("source", no_wrap=True)
    table.add_column("value", no_wrap=True)
    table.add_column("sentence", overflow="fold")
    for a, b, c in rows:
        table.add_row(Text(a), Text(b), Text(c, style="italic"))
    buf = io.StringIO()
    Console(file=buf, width=width, color_system=None, highlight=False, markup=False).print(
        table, no_wrap=True, overflow="ignore", crop=False
    )
    return buf.getvalue().removesuffix("\n")


def test_a_report_table_is_laid_out_as_rich_lays_it_out() -> None:
    rows = [
        ("Reuters", "17", "…the IOPC said it had examined the actions of 17 officers, seven of whom…"),
        ("BBC News", "about 1,200 (hedged)", "Some 1,200 people were evacuated — police"),
        ("AP", "2019-03-14", "x" * 300),  # a word longer than the column: folded
        ("", "", ""),
    ]
    for width in (40, 60, 80, 120, 200):
        got = plain_table(HEADERS, NO_WRAP, rows, width)
        assert got is not None, width
        assert got == rich_text(rows, width), width


def test_a_table_it_cannot_lay_out_is_left_to_rich() -> None:
    wide = [("NHK", "3", "東京で三人が負傷した")]  # two cells a character
    assert plain_table(HEADERS, NO_WRAP, wide, 80) is None
    squeezed = [("an outlet with a very long name indeed", "a value just as long as the name", "words")]
    assert plain_table(HEADERS, NO_WRAP, squeezed, 60) is None


_WORD = st.text(alphabet=st.sampled_from("abcXYZ019,.'()-–—…éü "), min_size=0, max_size=30)
_CELL = st.lists(_WORD, max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.tuples(_WORD, _WORD, _CELL), min_size=0, max_size=6),
    width=st.integers(min_value=8, max_value=160),
)
def test_any_table_is_rich_s_or_left_to_rich(rows: list[tuple[str, str, str]], width: int) -> None:
    got = plain_table(HEADERS, NO_WRAP, rows, width)
    if got is not None:
        assert got == rich_text(rows, width)
