"""Names within one article (extract/names.py) on invented sentences, with the real model."""

from __future__ import annotations

import pytest
from spacy.language import Language

import claimcheck
from claimcheck.extract.names import build_index
from claimcheck.types import Claim


@pytest.fixture(scope="module")
def nlp() -> Language:
    return claimcheck.load_model()


def claims_of(nlp: Language, text: str) -> list[Claim]:
    return list(claimcheck.extract_text("t", text, nlp))


def names_of(nlp: Language, text: str) -> dict[str, str]:
    """Each name claim's value and its label."""
    return {str(c.value): str(c.counted) for c in claims_of(nlp, text) if c.kind == "name"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The coach overturned in Port Richmond, a quiet district beside the Severn Estuary.", "Port Richmond"),
        ("Most of the dead came from Lowland East, officials said on Monday.", "Lowland East"),
        ("Ferries were halted on the Delaware River after the storm.", "Delaware River"),
    ],
)
def test_places_that_are_not_countries_or_cities_are_names(nlp: Language, text: str, name: str) -> None:
    got = names_of(nlp, text)
    assert name in got and got[name] in ("loc", "gpe", "fac"), got


def test_a_spaced_dash_parts_two_names(nlp: Language) -> None:
    text = (
        "Tom Hale and Ray Ward died in the fire.\n\n"
        "The two men named by Carver - Tom Hale, 31, from Leeds; Ray Ward, 40, from York - are not commenting."
    )
    cs = claims_of(nlp, text)
    ages = {c.about: c.value for c in cs if c.kind == "age"}
    assert set(ages) == {"Tom Hale", "Ray Ward"}, [(c.kind, c.text, c.about) for c in cs]
    assert not any(c.kind == "name" and "-" in str(c.value) for c in cs)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials at the Caisse des Dépôts et Consignations declined to comment.", "Caisse des Dépôts"),
        ("The Banca d'Italia raised its main rate on Thursday.", "Banca d'Italia"),
        ("Shares rose after Ursula von der Leyen spoke in Brussels.", "Ursula von der Leyen"),
        ("A spokesman for the Musée du Louvre said twelve paintings were damaged.", "Musée du Louvre"),
    ],
)
def test_a_name_with_particles_is_one_name(nlp: Language, text: str, name: str) -> None:
    got = names_of(nlp, text)
    assert any(v.startswith(name) for v in got), got
    assert not any(v in name.split() for v in got), got  # no part of it as a name of its own


def test_et_al_is_no_part_of_a_name(nlp: Language) -> None:
    doc = nlp("The study by Morrow et al. found no link.")
    assert all("et al" not in m.name for m in build_index(doc).mentions)
