"""Long articles: a text over spaCy's max_length is parsed in paragraph-aligned pieces, with exact offsets.

(That the paragraph step is linear is measured by bench/bench_long.py, not timed here.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

import claimcheck
from claimcheck.api import extract_text
from claimcheck.cli import app
from claimcheck.nlp import parse_texts, split_points

CORPUS = Path(__file__).parent.parent / "corpus"


def _long_text() -> str:
    """Three seed articles' bodies run together under one date line: about 6,000 characters."""
    paths = sorted(CORPUS.glob("*.txt"))[:3]
    bodies = ["\n".join(p.read_text(encoding="utf-8").splitlines()[1:]).strip() for p in paths]
    return "date 2024-03-01\n" + "\n\n".join(bodies) + "\n"


def test_split_points_prefer_a_blank_line_then_a_line_break_then_a_space() -> None:
    text = "aaaa bbbb\ncccc\n\ndddd eeee ffff"
    ends = split_points(text, 20)
    assert ends[-1] == len(text)
    assert text[: ends[0]].endswith("\n\n")
    assert split_points("aaaa bbbb\ncccc dddd eeee", 16)[0] == len("aaaa bbbb\n")
    assert split_points("aaaa bbbb cccc dddd", 12)[0] == len("aaaa bbbb ")


def test_split_points_cut_a_text_without_white_space_at_the_limit() -> None:
    assert split_points("x" * 25, 10) == [10, 20, 25]
    assert split_points("short", 10) == [5]
    assert split_points("", 10) == [0]


def test_every_piece_is_within_the_limit() -> None:
    text = ("word " * 7 + "\n") * 200 + "y" * 300 + ("\n\n" + "z " * 50) * 20
    start = 0
    for end in split_points(text, 97):
        assert 0 < end - start <= 97
        start = end
    assert start == len(text)


@pytest.fixture
def nlp() -> Language:
    return claimcheck.load_model()


def test_a_text_over_max_length_is_parsed_whole_with_the_same_claims(
    nlp: Language,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _long_text()
    whole = {(c.kind, c.start, c.end, str(c.value)) for c in extract_text("long", text, nlp)}
    monkeypatch.setattr(nlp, "max_length", 2500)  # spaCy's E088 before the split
    doc = next(parse_texts(nlp, [text]))
    assert doc.text == text
    claims = extract_text("long", text, nlp)
    assert claims
    assert all(text[c.start : c.end] == c.text for c in claims)
    # the same claims; only what the parser reads across a cut (the named entities nearby) may differ
    assert {(c.kind, c.start, c.end, str(c.value)) for c in claims} == whole


def test_scan_with_one_article_over_max_length_keeps_every_article(
    nlp: Language,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in sorted(CORPUS.glob("*.txt"))[3:]:
        (corpus / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "900_long.txt").write_text(_long_text(), encoding="utf-8")
    monkeypatch.setattr(nlp, "max_length", 2500)
    ledger = tmp_path / "ledger.json"
    result = CliRunner().invoke(app, ["scan", str(corpus), "--json", str(ledger), "--no-cache"])
    assert result.exit_code == 0, result.output
    data = json.loads(ledger.read_text(encoding="utf-8"))
    assert {c["source"] for c in data["claims"]} == {p.stem for p in corpus.glob("*.txt")}


def test_the_paragraph_step_refuses_a_parsed_doc(nlp: Language) -> None:
    from claimcheck.nlp import PARAGRAPHS

    doc = nlp("Police said 12 people were hurt.\n\nThe mayor said 14 died.")
    with pytest.raises(ValueError, match="before the parser"):
        nlp.get_pipe(PARAGRAPHS)(doc)
