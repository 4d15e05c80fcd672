"""Figures one sentence tells together, and parts told as such (issue 10): values one sentence lists of several
things are never the sides of one conflict; a part of a whole no figure gives counts what it names; and the
extraction rules these lean on (a clinic is where the hurt are treated, who gauges an amount is not what it
measures, a clock "shortly after" places an event, a permitted speed is a limit)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import claimcheck
from claimcheck.reconcile import reconcile
from claimcheck.types import Claim
from test_reconcile import art


@pytest.fixture(scope="module")
def nlp() -> Language:
    return claimcheck.load_model()


def _claims(nlp: Language, source: str, text: str) -> list[Claim]:
    return [c for c in claimcheck.extract_text(source, f"date 2026-05-19\n\n{text}\n", nlp) if c.kind != "name"]


def _conflict_values(nlp: Language, *texts: str) -> list[set[str]]:
    """The values of each conflict group that reconciling one article per text reports."""
    claims = [c for i, t in enumerate(texts, 1) for c in _claims(nlp, f"00{i}", t)]
    by_id = {c.id: c for c in claims}
    groups = reconcile(tuple(claims), tuple(art(f"00{i}") for i in range(1, len(texts) + 1))).groups
    return [{by_id[x].value_text() for x in g.claims} for g in groups if g.verdict == "conflict"]


def test_a_permitted_speed_read_as_a_noun_phrase_is_a_limit(nlp: Language) -> None:
    """The model may read "the maximum permitted speed drops" as one noun phrase: its speeds are still a limit's."""
    claims = _claims(nlp, "001", "On the bend the maximum permitted speed drops from 60 mph to 40 mph.")
    assert [c.about for c in claims if c.kind == "measure"] == ["limit", "limit"]
