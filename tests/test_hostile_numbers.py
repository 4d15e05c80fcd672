"""Numbers of any length: a run of hundreds or thousands of digits never crashes scan, extract or reconcile."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

import claimcheck
from claimcheck.cli import app
from claimcheck.reconcile.values import MAX_STATED, quantity_relation, stated_amount
from claimcheck.types import Quantity


@pytest.fixture(scope="module")
def nlp() -> Language:
    return claimcheck.load_model()


@pytest.mark.parametrize(
    ("q", "stated"),
    [
        (Quantity.exact(17), True),
        (Quantity.exact(2.5), True),
        (Quantity.exact(MAX_STATED), True),
        (Quantity.exact(-MAX_STATED), True),
        (Quantity.exact(MAX_STATED + 1), False),
        (Quantity.exact(10**400), False),
        (Quantity(value=None, low=12, high=None), True),
        (Quantity(value=None, low=12, high=10**309), False),
        (Quantity(value=5, low=5, high=5, whole=10**40), False),
        (Quantity.exact(math.inf), False),
        (Quantity.exact(math.nan), False),
        (Quantity.exact(1e300), False),
    ],
)
def test_stated_amount(q: Quantity, stated: bool) -> None:
    assert stated_amount(q) is stated


def test_relations_of_numbers_too_large_for_a_float_do_not_overflow() -> None:
    big = 10**400
    assert quantity_relation(Quantity.exact(big), Quantity.exact(big)) == "equal"
    assert quantity_relation(Quantity.exact(big), Quantity.exact(big + 1)) == "disjoint"
    assert quantity_relation(Quantity(value=None, low=big, high=None), Quantity.exact(big + 1)) == "compatible"
    assert quantity_relation(Quantity.exact(big), Quantity.exact(2.5)) == "disjoint"


@pytest.mark.parametrize("digits", [309, 400, 5000])
def test_a_long_run_of_digits_is_no_claim_and_the_rest_are_kept(nlp: Language, digits: int) -> None:
    text = f"Police said {'9' * digits} people were hurt. Officials said 12 people were taken to hospital.\n"
    claims = claimcheck.extract_text("t", text, nlp)
    assert [c.text for c in claims if c.kind == "count"] == ["12"]
    for c in claims:
        c.value_text()
        repr(c)


def test_scan_of_an_article_with_thousands_of_digits(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"date 2024-01-01\nPolice said {'9' * 400} people were hurt.\n", encoding="utf-8")
    (corpus / "b.txt").write_text(f"date 2024-01-01\nPolice said {'7' * 5000} people were hurt.\n", encoding="utf-8")
    (corpus / "c.txt").write_text("date 2024-01-01\nPolice said 12 people were hurt.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    result = CliRunner().invoke(app, ["scan", str(corpus)], env={"CLAIMCHECK_CACHE_DIR": str(cache), "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert "12" in result.stdout
    assert not list(cache.rglob("*.tmp"))


def test_parse_quantity_refuses_a_run_of_digits_no_text_states() -> None:
    from claimcheck.extract.numbers import parse_quantity

    assert parse_quantity("7" * 4400) is None  # its repr() would raise past Python's 4,300-digit limit
    assert parse_quantity("9" * 40) is None
    assert parse_quantity("12 million") is not None


def test_a_time_of_day_on_the_calendar_s_last_day_does_not_overflow() -> None:
    from datetime import date

    from claimcheck.extract.dates import parse_date

    for ref in (date(9999, 12, 31), date(9999, 12, 30)):
        for text in ("at 9:20 p.m.", "just before midnight"):
            got = parse_date(text, ref)
            assert got is not None and got.minute is not None


def test_a_whole_of_thousands_of_digits_is_no_claim() -> None:
    import claimcheck
    from claimcheck.nlp import load_model

    text = "16 of the 17" + "1" * 4400 + " people were hurt. Officials counted 17 people."
    claims = claimcheck.extract_text("t", text, load_model(None))  # the fuzzer's last crash: str() of the whole
    assert all(len(c.value_text()) < 100 for c in claims if c.kind != "name")
