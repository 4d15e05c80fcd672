"""Counts the extractor reads from tallies, bounds, pronouns and ordinals, on invented sentences with the real model."""

from __future__ import annotations

import pytest
from spacy.language import Language

import claimcheck
from claimcheck.types import Claim, Quantity


@pytest.fixture(scope="module")
def nlp() -> Language:
    return claimcheck.load_model()


def claims_of(nlp: Language, text: str) -> list[Claim]:
    return [c for c in claimcheck.extract_text("t", text, nlp) if c.kind != "name"]


def one(claims: list[Claim], text: str, kind: str | None = None) -> Claim:
    hits = [c for c in claims if c.text == text and (kind is None or c.kind == kind)]
    assert len(hits) == 1, [(c.kind, c.text) for c in claims]
    return hits[0]


def qty(c: Claim) -> Quantity:
    assert isinstance(c.value, Quantity), c.value
    return c.value


# -- a tally stated with a bound, after a verb of change or a copula ---------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "counted", "measure"),
    [
        (
            "The death toll from the landslide could go beyond 400, the governor said.",
            "beyond 400",
            400,
            None,
            "death",
            "killed",
        ),
        (
            "The flood's death toll may be as high as 250, officials fear.",
            "as high as 250",
            None,
            250,
            "death",
            "killed",
        ),
        ("Police said the death toll was as high as 35.", "as high as 35", None, 35, "death", "killed"),
        ("Officials said the number of dead had gone past 80.", "past 80", 80, None, "people", "killed"),
        ("The toll went past 2,000 on Sunday.", "past 2,000", 2000, None, "death", "killed"),
        ("The death toll rose to more than 90 overnight.", "more than 90", 90, None, "death", "killed"),
    ],
)
def test_a_tally_with_a_bound(
    nlp: Language, text: str, span: str, low: int | None, high: int | None, counted: str, measure: str
) -> None:
    c = one(claims_of(nlp, text), span, "count")
    q = qty(c)
    assert (q.low, q.high) == (low, high)
    assert q.value is None
    assert c.measure == measure
    assert c.counted in (counted, "toll")


def test_past_is_a_bound_only_after_a_verb_of_change(nlp: Language) -> None:
    # "the past 12 months" is a period, and "half past" a time: neither says "more than 12"
    cs = claims_of(nlp, "Over the past 12 months the number of arrests rose to 40.")
    assert all(not c.text.startswith("past") or c.kind != "count" for c in cs)
    c = one(cs, "40", "count")
    assert qty(c) == Quantity.exact(40) and c.measure == "arrested"


def test_the_number_of_an_adjective_counts_people(nlp: Language) -> None:
    c = one(claims_of(nlp, "Rescuers put the number of injured at 61."), "61", "count")
    assert qty(c) == Quantity.exact(61)
    assert c.counted == "people" and c.measure == "injured"


def test_an_estimate_is_a_tally_of_what_was_counted(nlp: Language) -> None:
    text = "Police expected up to 3,000 marchers, but those estimates later climbed to as high as 8,000."
    cs = claims_of(nlp, text)
    c = one(cs, "as high as 8,000", "count")
    assert (qty(c).low, qty(c).high) == (None, 8000)
    assert c.counted == "marcher" and c.measure == "attended"
    first = one(cs, "up to 3,000", "count")
    assert first.counted == "marcher"


def test_a_tally_without_a_counted_noun_is_still_not_a_count(nlp: Language) -> None:
    # nothing was counted before "the estimate", so there is nothing for it to be a tally of
    assert not [c for c in claims_of(nlp, "The estimate climbed to as high as 8,000.") if c.kind == "count"]


# -- "N of them": the pronoun stands for the last count of the previous sentence -------------------------------


def test_of_them_takes_its_noun_from_the_previous_sentence(nlp: Language) -> None:
    text = (
        "Organisers said about 40,000 people took part in the rallies nationwide. "
        "The capital alone accounted for roughly 15,000 of them, the organisers said."
    )
    c = one(claims_of(nlp, text), "roughly 15,000", "count")
    q = qty(c)
    assert q.value == 15000 and q.approximate
    assert c.counted == "people" and c.partitive and c.inferred


def test_of_them_reaches_back_one_sentence_only(nlp: Language) -> None:
    text = (
        "Organisers said about 40,000 people took part in the rallies nationwide. "
        "The weather was cold. "
        "The capital alone accounted for roughly 15,000 of them."
    )
    assert not [c for c in claims_of(nlp, text) if c.text == "roughly 15,000"]


# -- a count of a nationality or group counts people ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "demonym", "measure"),
    [
        ("Doctors confirmed the infection in nine Oregonians last week.", "nine", 9, "oregonian", None),
        ("Two Canadians died in the avalanche.", "Two", 2, "canadian", "killed"),
        ("Some 40 Somalis were rescued off the coast.", "Some 40", 40, "somali", "rescued"),
    ],
)
def test_a_count_of_a_nationality_counts_people(
    nlp: Language, text: str, span: str, value: int, demonym: str, measure: str | None
) -> None:
    c = one(claims_of(nlp, text), span, "count")
    assert qty(c).value == value
    assert c.counted == "people" and demonym in c.modifiers and c.measure == measure


def test_a_plural_brand_name_is_not_a_count_of_people(nlp: Language) -> None:
    c = one(claims_of(nlp, "The carrier ordered six Airbuses this year."), "six", "count")
    assert c.counted != "people"


def test_a_predicate_under_a_verbless_sentence_names_its_root_once(nlp: Language) -> None:
    # spaCy makes a new Token object for every .head, so the root is found by index, not identity
    c = one(claims_of(nlp, "Beira, a port of 500,000 people, in ruins."), "500,000", "count")
    assert c.predicate is not None and c.predicate.split().count("beira") == 1
