"""Bounded fuzzing (hypothesis, a few hundred examples in all): the normalisers, extraction and reconciliation
on hostile text and records raise nothing but ClaimcheckError, keep ``text == source[start:end]``, and give
the same output twice. bench/fuzz.py runs the same checks for as long as asked."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import claimcheck
from claimcheck.api import reconcile_jsonl
from claimcheck.errors import ClaimcheckError
from claimcheck.ledger import claims_to_jsonl, iter_ledger, loads

# Pieces of news text that exercise the normalisers, and pieces that no news text holds.
NEWSY = [
    "17",
    "1,234",
    "3.5",
    "2.5m",
    "£4bn",
    "$1.2 million",
    "40%",
    "12 per cent",
    "half",
    "a dozen",
    "seventeen",
    "twenty-one",
    "hundreds",
    "between 10 and 20",
    "more than 300",
    "all but one",
    "16 of the 17",
    "aged 45",
    "45-year-old",
    "on 12 March 2021",
    "last Tuesday",
    "in 2019",
    "the 1990s",
    "at 9:20 p.m.",
    "two years ago",
    "five hours",
    "50 metres (165 feet)",
    "-3C",
    "3,000 km",
    "1e10",
    "0.000001",
    "10^30",
    "Mr Smith",
    "said",
    "police",
    "people",
    "were killed",
    "injured",
    "\n",
    "\n\n",
    ".",
    ",",
    "(",
    ")",
    '"',
    "“",
    "”",
    " ",
]
HOSTILE = [
    "9" * 309,
    "7" * 400,
    "1" * 40,
    "." * 30,
    "\x1b]0;x\x07",
    "\x1b[2J",
    "\x9b",
    "\x00",
    "\r",
    "\t",
    "\u202e",
    "\ufeff",
    "\ud7ff",
    "𝟙𝟚",
    "١٢٣",
    "½",
    "⅓",
    "Ⅻ",
    "٫",
    "NaN",
    "Infinity",
    "-0",
    "--",
    "date 2024-02-30\n",
    "date 9999-12-31T23:59\n",
    "0x1F",
    "1_000",
    "١,٠٠٠",
    "\u00a0",
    "\u2009",
    "\u200b",
]
fragments = st.sampled_from(NEWSY + HOSTILE)
texts = st.one_of(
    st.lists(fragments, max_size=25).map(" ".join),
    st.lists(fragments, max_size=12).map("".join),
    st.text(max_size=80),
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _safe(fn: Any, *args: Any, **kw: Any) -> Any:
    try:
        return ("ok", fn(*args, **kw))
    except ClaimcheckError as e:
        return ("error", str(e))


@FAST
@given(texts)
def test_parse_quantity_never_crashes_and_is_deterministic(text: str) -> None:
    a = _safe(claimcheck.parse_quantity, text)
    assert a == _safe(claimcheck.parse_quantity, text)
    if a[0] == "ok" and a[1] is not None:
        repr(a[1])
        a[1].describe()


@FAST
@given(texts, st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_parse_date_never_crashes_and_is_deterministic(text: str, reference: date | None) -> None:
    a = _safe(claimcheck.parse_date, text, reference)
    assert a == _safe(claimcheck.parse_date, text, reference)
    if a[0] == "ok" and a[1] is not None:
        a[1].iso()


@pytest.fixture(scope="module")
def nlp() -> Language:
    return claimcheck.load_model()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(text=texts)
def test_extract_text_keeps_offsets_exact_and_is_deterministic(nlp: Language, text: str) -> None:
    first = _safe(claimcheck.extract_text, "fuzz", text, nlp)
    assert first == _safe(claimcheck.extract_text, "fuzz", text, nlp)
    if first[0] == "ok":
        for c in first[1]:
            assert text[c.start : c.end] == c.text
            assert text[c.sentence_start : c.sentence_end] == c.sentence
            c.value_text()
        "".join(claims_to_jsonl(first[1]))


# -- records for reconcile ----------------------------------------------------------------------------------

json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**40), max_value=10**40), st.floats(), st.text(max_size=12)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=8,
)
FIELDS = [
    "id",
    "source",
    "kind",
    "text",
    "start",
    "end",
    "sentence",
    "sentence_start",
    "sentence_end",
    "value",
    "interval",
    "modifiers",
    "entities",
    "hedges",
    "negated",
    "tense",
    "block",
    "counted",
    "claimant",
]


def _good(i: int, source: str, n: int) -> dict[str, Any]:
    s = f"Police said {n} people were hurt."
    return {
        "type": "claim",
        "id": f"{source}:count:{i}",
        "source": source,
        "kind": "count",
        "text": str(n),
        "start": 12,
        "end": 12 + len(str(n)),
        "sentence": s,
        "sentence_start": 0,
        "sentence_end": len(s),
        "value": n,
        "counted": "person",
        "modifiers": [],
        "entities": [],
        "hedges": [],
    }


@st.composite
def records(draw: st.DrawFn) -> list[dict[str, Any]]:
    out = []
    for i in range(draw(st.integers(min_value=1, max_value=6))):
        d = _good(i, draw(st.sampled_from(["a", "b", "c"])), draw(st.integers(min_value=0, max_value=40)))
        for _ in range(draw(st.integers(min_value=0, max_value=2))):
            d[draw(st.sampled_from(FIELDS))] = draw(json_values)
        out.append(d)
    return out


@FAST
@given(records())
def test_reconcile_of_hostile_records_is_an_error_or_a_ledger(
    tmp_path_factory: pytest.TempPathFactory, recs: list[dict[str, Any]]
) -> None:
    path = Path(tmp_path_factory.mktemp("fuzz")) / "claims.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")

    def run() -> Any:
        r = _safe(reconcile_jsonl, [path])
        return r if r[0] == "error" else ("ok", "".join(iter_ledger(r[1])))

    first = run()
    assert first == run()
    if first[0] == "ok":
        loads(first[1])  # strict JSON: no NaN or Infinity
