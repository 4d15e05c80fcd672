"""WordNet relatedness: pairs that can name the same things, and pairs that must stay apart."""

from __future__ import annotations

import pytest

from claimcheck.reconcile.related import SAME_MEANING_THRESHOLD, link, relatedness, same_meaning

# Synonyms (one synset), a word and its hypernym, a group noun and its members; general English.
SAME = [
    ("boat", "vessel"),
    ("ship", "vessel"),
    ("car", "automobile"),
    ("car", "vehicle"),
    ("truck", "lorry"),
    ("home", "house"),
    ("cottage", "house"),
    ("protester", "demonstrator"),
    ("passenger", "traveller"),
    ("passenger", "traveler"),
    ("employee", "worker"),
    ("labourer", "worker"),
    ("staff", "employee"),
    ("staff", "staffer"),
    ("crew", "crewman"),
    ("clergy", "priest"),
    ("people", "person"),
    ("pupil", "student"),
    ("kid", "child"),
    ("infant", "baby"),
    ("police", "policeman"),
    ("officer", "policeman"),
    ("physician", "doctor"),
    ("lawyer", "attorney"),
    ("motorist", "driver"),
    ("attacker", "assailant"),
    ("migrant", "immigrant"),
    ("corpse", "body"),
    ("fatality", "death"),
    ("homicide", "murder"),
    ("injury", "wound"),
    ("blaze", "fire"),
    ("plane", "aircraft"),
    ("jet", "plane"),
    ("rifle", "gun"),
    ("highway", "road"),
    ("shop", "store"),
    ("murder", "kill"),
    ("slay", "kill"),
    ("massacre", "kill"),
    ("injure", "wound"),
    ("arrest", "apprehend"),
    ("buy", "purchase"),
    ("build", "construct"),
    ("die", "perish"),
    ("evacuate", "displace"),
]

# Sisters in the tree (contrast sets), opposites, far hypernyms, unrelated and unknown words.
APART = [
    ("injure", "kill"),
    ("injured", "killed"),
    ("wound", "kill"),
    ("dead", "injured"),
    ("injury", "death"),
    ("passenger", "crew"),
    ("car", "house"),
    ("car", "truck"),
    ("officer", "firefighter"),
    ("man", "woman"),
    ("boy", "girl"),
    ("son", "daughter"),
    ("husband", "wife"),
    ("mother", "father"),
    ("adult", "child"),
    ("teacher", "student"),
    ("pupil", "teacher"),
    ("doctor", "nurse"),
    ("employee", "employer"),
    ("soldier", "civilian"),
    ("victim", "suspect"),
    ("survivor", "victim"),
    ("refugee", "migrant"),
    ("protester", "police"),
    ("cat", "dog"),
    ("city", "town"),
    ("hospital", "school"),
    ("hospital", "clinic"),
    ("bus", "train"),
    ("plane", "helicopter"),
    ("gun", "knife"),
    ("week", "month"),
    ("death", "birth"),
    ("boat", "child"),
    ("water", "boat"),
    ("arrest", "release"),
    ("buy", "sell"),
    ("win", "lose"),
    ("rise", "fall"),
    ("thing", "boat"),
    ("object", "car"),
    ("entity", "person"),
    ("act", "murder"),
    ("xqzt", "boat"),
    ("flurble", "gronk"),
    ("", "boat"),
    ("boat", ""),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_meaning(a: str, b: str) -> None:
    assert same_meaning(a, b), link(a, b)
    assert same_meaning(b, a)
    assert relatedness(a, b) >= SAME_MEANING_THRESHOLD


@pytest.mark.parametrize(("a", "b"), APART)
def test_not_same_meaning(a: str, b: str) -> None:
    assert not same_meaning(a, b), link(a, b)
    assert not same_meaning(b, a)


def test_scores_follow_the_tree() -> None:
    assert relatedness("protester", "demonstrator") == 1.0  # one synset
    assert 0.9 <= relatedness("boat", "vessel") < 1.0  # direct hypernym
    assert relatedness("car", "vehicle") < relatedness("boat", "vessel")  # four steps up, not one
    assert relatedness("car", "object") < relatedness("car", "vehicle")
    # Injuring and killing meet only through minor senses high up ("hurt" and "stamp out" are kinds of "change").
    assert relatedness("injure", "kill") <= 0.5 < relatedness("murder", "kill")
    # Sisters can be close in the tree and still not the same things: relatedness says so, same_meaning does not.
    assert relatedness("man", "woman") >= 0.8 and not same_meaning("man", "woman")
    # Only the first senses count: "boat" reaches "child" only through "gravy boat", a sense it does not keep.
    assert relatedness("boat", "child") < 0.5


def test_unknown_and_empty_words_score_zero() -> None:
    assert relatedness("xqzt", "boat") == 0.0
    assert relatedness("boat", "") == 0.0
    assert relatedness("win", "lose") == 0.0  # verbs with no common ancestor


def test_a_phrasal_verb_is_one_verb_of_its_own() -> None:
    """ "set up" is WordNet's set_up (establish), "make up" its make_up (constitute): a verb and its adverb particle
    say another doing than the verb alone; a preposition before a date ("set in 2008") makes none."""
    from claimcheck.reconcile.compare import head_verb, one_doing
    from claimcheck.reconcile.related import phrasal_verb

    assert phrasal_verb("set", "up") == "set_up" and phrasal_verb("set", "in") is None
    assert head_verb("be set up in") == "set_up" and head_verb("be set in") == "set"
    assert one_doing("set_up", "found") and one_doing("make_up", "form")
    assert not one_doing("set", "found")


def test_a_word_is_itself() -> None:
    assert relatedness("boat", "boat") == 1.0
    assert relatedness("xqzt", "xqzt") == 1.0
    assert same_meaning("Boat", " boat ")


def test_symmetric_and_bounded() -> None:
    for a, b in SAME + APART:
        r = relatedness(a, b)
        assert 0.0 <= r <= 1.0
        assert r == relatedness(b, a)


def test_inflected_and_british_forms_find_their_lemma() -> None:
    assert same_meaning("vessels", "boats")
    assert same_meaning("hospitalised", "hospitalized")
    assert same_meaning("labourers", "workers")
    assert same_meaning("murdered", "killed")


def test_part_of_speech() -> None:
    # As verbs, "mother" and "father" share the sense "beget"; as nouns they are sisters. Without a part of
    # speech, two words that are both mostly nouns are compared as nouns.
    assert same_meaning("mother", "father", pos="v")
    assert not same_meaning("mother", "father", pos="n")
    assert not same_meaning("mother", "father")
    assert same_meaning("build", "construct", pos="v")
    assert not same_meaning("boat", "vessel", pos="v")


def test_link_explains_the_score() -> None:
    got = link("boats", "vessel")
    assert got.kind == "kind-of" and got.steps == 1 and "vessel" in got.via
    assert link("passenger", "crew").kind == "sister"
    assert str(link("xqzt", "boat")) == "0.00 none"


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("buy", "acquire", True),  # a kind of acquiring: one doing told two ways
        ("capsize", "overturn", True),
        ("build", "construct", True),
        ("open", "close", False),  # contrasts, side by side in WordNet but further apart
        ("build", "rebuild", False),  # a doing and its repeat are two doings, however close WordNet sets them
        ("reopen", "open", False),
        ("elect", "reelect", False),
        # a light verb's doing is in the words after it: "went public" is no flight, "made history" no building
        ("go", "fly", False),
        ("make", "build", False),
        ("go", "go", True),
    ],
)
def test_one_doing(a: str, b: str, one: bool) -> None:
    from claimcheck.reconcile.compare import one_doing

    assert one_doing(a, b) is one and one_doing(b, a) is one


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("inspection", "inspect"),
        ("approval", "approve"),
        ("failure", "fail"),
        ("discovery", "discover"),
        ("collision", "collide"),
        ("evacuation", "evacuate"),
        ("arrival", "arrive"),
        ("dismissal", "dismiss"),
        ("departure", "depart"),
        # no noun of a doing, or no verb it is made from: itself
        ("station", "station"),
        ("signal", "signal"),
        ("total", "total"),
        ("million", "million"),
        ("rival", "rival"),
        ("hospital", "hospital"),
        ("inspect", "inspect"),
    ],
)
def test_a_noun_of_a_doing_is_read_as_its_verb(noun: str, verb: str) -> None:
    from claimcheck.reconcile.related import doing

    assert doing(noun) == verb
