"""Reading articles: ids, the date line, titles, prefixes, BOMs and line endings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import claimcheck
from claimcheck import PrefixError, read_corpus, resolve_prefix


def article_file(folder: Path, prefix: str) -> Path:
    (match,) = folder.glob(f"{prefix}_*.txt")
    return match


def test_read_corpus_gives_sorted_ids(seed_corpus: Path) -> None:
    corpus = read_corpus([seed_corpus])
    ids = [a.id for a in corpus.articles]
    assert ids == sorted(ids)
    assert ids == sorted(p.stem for p in seed_corpus.glob("*.txt"))
    assert [i[:4] for i in ids] == ["000_", "001_", "002_", "003_", "004_"]
    assert corpus.warnings == ()


def test_read_corpus_takes_a_file_path(seed_corpus: Path) -> None:
    path = article_file(seed_corpus, "002")
    corpus = read_corpus([path])
    (article,) = corpus.articles
    assert article.id == path.stem
    assert Path(article.path) == path
    assert article.text == path.read_text(encoding="utf-8")


def test_date_line_gives_date_and_body_start(seed_corpus: Path) -> None:
    path = article_file(seed_corpus, "004")
    raw = path.read_text(encoding="utf-8")
    assert raw.startswith(" date 2022-06-23")
    (article,) = read_corpus([path]).articles
    assert article.date == date(2022, 6, 23)
    assert article.time is None
    assert article.body_start > len(" date 2022-06-23")
    assert article.text[: article.body_start].strip() == "date 2022-06-23"
    assert article.text[article.body_start :].startswith("The Met’s handling")


def test_articles_without_a_date_line(seed_corpus: Path) -> None:
    for a in read_corpus([seed_corpus]).articles:
        if not a.id.startswith("004_"):
            assert a.date is None and a.body_start == 0, a.id


def test_titles(seed_corpus: Path) -> None:
    by_prefix = {a.id[:3]: a for a in read_corpus([seed_corpus]).articles}
    assert by_prefix["001"].title == "Police won’t face misconduct charges over failings in Stephen Port case"
    assert by_prefix["000"].title is None  # its first line is a sentence, not a headline


IDS = ["000_aa", "001_bb", "002_cc", "010_dd"]


def test_resolve_prefix_unique() -> None:
    assert resolve_prefix("001", IDS) == "001_bb"
    assert resolve_prefix("01", IDS) == "010_dd"
    assert resolve_prefix("002_cc", IDS) == "002_cc"


def test_resolve_prefix_exact_id_wins_over_longer_ids() -> None:
    assert resolve_prefix("abc", ["abc", "abcd"]) == "abc"


def test_resolve_prefix_ambiguous_names_the_candidates() -> None:
    with pytest.raises(PrefixError) as err:
        resolve_prefix("00", IDS)
    msg = str(err.value)
    assert "000_aa" in msg and "001_bb" in msg and "002_cc" in msg
    assert "010_dd" not in msg
    assert "\n" not in msg


def test_resolve_prefix_unknown() -> None:
    with pytest.raises(PrefixError) as err:
        resolve_prefix("999", IDS)
    assert "999" in str(err.value)
    assert "\n" not in str(err.value)


def test_bom_is_dropped(seed_corpus: Path, tmp_path: Path) -> None:
    src = article_file(seed_corpus, "001")
    path = tmp_path / src.name
    path.write_bytes(b"\xef\xbb\xbf" + src.read_bytes())
    (article,) = read_corpus([path]).articles
    assert not article.text.startswith("\ufeff")
    assert article.text == src.read_text(encoding="utf-8")
    assert article.title == "Police won’t face misconduct charges over failings in Stephen Port case"


def test_crlf_line_endings_are_kept_and_offsets_match(seed_corpus: Path, tmp_path: Path) -> None:
    src = article_file(seed_corpus, "001")
    lf = src.read_bytes()
    assert b"\r\n" not in lf and b"\n" in lf
    path = tmp_path / src.name
    path.write_bytes(lf.replace(b"\n", b"\r\n"))
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    (article,) = read_corpus([path]).articles
    assert "\r\n" in article.text
    assert article.text == raw
    assert article.title == "Police won’t face misconduct charges over failings in Stephen Port case"

    result = claimcheck.scan([path], cache=False)
    assert result.claims
    for c in result.claims:
        assert raw[c.start : c.end] == c.text, c.id
        assert raw[c.sentence_start : c.sentence_end] == c.sentence, c.id


def test_a_json_file_in_a_folder_is_skipped_with_a_warning_but_read_when_named(tmp_path: Path) -> None:
    import json

    (tmp_path / "001.txt").write_text("Four boats sank.\n", encoding="utf-8")
    export = tmp_path / "export.json"
    export.write_text(json.dumps([{"id": "x1", "text": "Six boats sank."}]), encoding="utf-8")
    folder = claimcheck.read_corpus([tmp_path])
    assert [a.id for a in folder.articles] == ["001"]
    assert any("export.json" in w and "only when named" in w for w in folder.warnings)
    assert [a.text for a in claimcheck.read_corpus([export]).articles] == ["Six boats sank."]
