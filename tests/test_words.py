"""Reasons quote a lemma as its sentence wrote it (reconcile/words.py), and never a form it did not write."""

from __future__ import annotations

import pytest

from claimcheck.reconcile.compare import same_word_note
from claimcheck.reconcile.words import as_written, form_in, verb_as_written


@pytest.mark.parametrize(
    ("lemma", "sentence", "form"),
    [
        ("kill", "Four hikers were killed in the slide.", "killed"),
        ("car", "Nine cars left the track.", "cars"),
        ("injury", "He suffered two injuries.", "injuries"),
        ("derail", "The tram derailed at dawn.", "derailed"),
        ("stop", "Traffic stopped for an hour.", "stopped"),
        ("plan", "Officials are planning a second count.", "planning"),
        ("hospitalise", "Six were hospitalised overnight.", "hospitalised"),
        ("fireman", "Twelve firemen were sent.", "firemen"),
        ("close", "The road closed on Monday.", "closed"),
        ("Evacuate", "Residents evacuated the block.", "evacuated"),
    ],
)
def test_form_in_finds_the_inflected_word(lemma: str, sentence: str, form: str) -> None:
    assert form_in(lemma, sentence) == form


@pytest.mark.parametrize(
    ("lemma", "sentence"),
    [
        ("take", "The rescue took about three hours."),  # irregular: never guessed
        ("kill", "Four hikers died in the slide."),
        ("car", "The carriage was empty."),
    ],
)
def test_form_in_gives_nothing_rather_than_a_guess(lemma: str, sentence: str) -> None:
    assert form_in(lemma, sentence) is None


def test_a_noun_falls_back_to_its_lemma_a_verb_to_its_infinitive() -> None:
    assert as_written("officer", "Nine officers were cleared.") == "officers"
    assert as_written("vessel", "Boats joined the search.") == "vessel"
    assert verb_as_written("derail", "The tram derailed.") == "'derailed'"
    assert verb_as_written("take", "The rescue took three hours.") == "'to take'"
    assert verb_as_written("set_up", "The board, set up in 1965, met.") == "'set up'"  # a phrasal verb, as written
    assert verb_as_written("make_up", "Students made up 38 per cent.") == "'to make up'"


def test_same_word_note_quotes_what_each_article_wrote() -> None:
    assert same_word_note("kill", "Five were killed.", "Police said five were killed.") == "both say 'killed'"
    assert same_word_note("kill", "Five were killed.", "The blast kills five.") == "the same verb: 'killed' and 'kills'"
    assert same_word_note("take", "It took hours.", "It took a day.") == "the same verb, 'to take'"
    # a word the lexicon folds to the head is quoted as written: "died" for "kill", "blaze" for "fire"
    assert same_word_note("fire", "The 1990 fires.", "The 1990 blaze.", date=True) == (
        "words of one meaning: 'fires' and 'blaze'"
    )
    assert same_word_note("kill", "He died on Wednesday.", "She died on Sunday.", date=True) == "both say 'died'"
    assert verb_as_written("kill", "He died on Wednesday.") == "'died'"
    assert same_word_note("kill", "Two murders.", "He was murdered.") == "the same verb: 'murders' and 'murdered'"
    assert same_word_note("fire", "The 1990 season.", "The 1990 blaze.", date=True) == "the same word, 'fire'"
