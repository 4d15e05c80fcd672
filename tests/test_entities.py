"""Names across sources: which spellings are one entity, and how a name spelt two ways is reported."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimcheck.reconcile import Settings, reconcile
from claimcheck.reconcile.entities import NameIndex, cluster_names
from claimcheck.types import Claim
from test_reconcile import art, name


def _index(*claims: Claim) -> NameIndex:
    return cluster_names(tuple(claims), Settings().name_variant_threshold)


@pytest.mark.parametrize(
    ("a", "b", "label", "same"),
    [
        # full stops of initials do not tell names apart
        ("U.S. Fish and Wildlife Service", "US Fish and Wildlife Service", "org", True),
        # an acronym met in another article is the one longer name with those initials
        ("NTSB", "National Transportation Safety Board", "org", True),
        ("UNHCR", "UN High Commissioner for Refugees", "org", True),
        # a person's name without a first or middle name, or an initial, is the longer one
        ("Maria Elena Costa", "Elena Costa", "person", True),
        ("Peter J. Walsh", "Peter Walsh", "person", True),
        ("Hugo Brandt Jr.", "Hugo Brandt", "person", True),
        # one word spelt another way, or in the plural
        ("Harald Sorensen", "Harald Sorenson", "person", True),
        ("Northern Rowing Societies", "Northern Rowing Society", "org", True),
        # a short surname one letter off, after the same given names, is one person's name mistyped
        ("Ingrid Holm", "Ingrid Halm", "person", True),
        ("Ingrid Holm", "Ingrid Bolm", "person", False),  # another first letter: another name
        # a surname that sounds alike (Soundex) and keeps most of its letters, after the same given names, is one
        # surname heard or copied two ways, though the whole names are further apart than a slip of the pen
        ("Dale Hendricks", "Dale Hendrix", "person", True),
        ("Dale Hendricks", "Dale Henderson", "person", False),  # another sound
        ("Dale Hendricks", "Dave Hendrix", "person", False),  # and another given name
        ("Hamdy Abdel-Aal", "Hamdy Abdel-Aziz", "person", False),  # alike in its first four sounds only
        ("Holm Partners", "Halm Partners", "org", False),  # a person's surname only
        # another word is another body, another first name another person
        ("Regional Water Authority", "National Water Authority", "org", False),
        ("John Harker", "Joan Harker", "person", False),
        ("East Lothian Council", "West Lothian Council", "org", False),
        ("Anna Kowalski", "Maria Elena Kowalski", "person", False),
        # a shorter name whose every word is the longer one's respelt, in order, surname for surname
        ("Tomas Andrei Vukovic", "Andrej Vukovich", "person", True),
        ("Maria Elena Costa", "Helena Costa", "person", True),
        # but another first name, or a surname that is another word, is another person
        ("Anna Carla Webber", "Karl Weber", "person", False),
        ("Maria Elena Lindqvist", "Elena Lind", "person", False),
        ("Maria Elena Kowalski", "Anna Kowalsky", "person", False),
        # a given name and the first of two surnames, as Spanish and Portuguese names are shortened, are the name
        # of three words they begin (the given name the same or respelt); another given name is another person
        ("Javier Ortuño Lázaro", "Javier Ortuño", "person", True),
        ("Javier Ortuño Lázaro", "Xavier Ortuño", "person", True),
        ("Javier Ortuño Lázaro", "Pablo Ortuño", "person", False),
        # a first name and its nickname are one person ("nicknames" dataset); two nicknames of one name are not
        ("Bill Ostrander", "William Ostrander", "person", True),
        ("Peggy Lund", "Margaret Lund", "person", True),
        ("Erin Dunmore", "Ron Dunmore", "person", False),  # both nicknames of Aaron: likelier two people
        # given names and the surname's initial, as some countries' press names people, are the one full name
        ("Hans-Peter Wendler", "Hans-Peter W.", "person", True),
        ("Hans-Peter Wendler", "Hans-Peter K.", "person", False),  # another initial: another surname
    ],
)
def test_one_entity_or_two(a: str, b: str, label: str, same: bool) -> None:
    idx = _index(name("001", 1, a, label=label), name("002", 1, b, label=label))
    assert (idx.entity(a) == idx.entity(b)) is same


def test_a_name_a_headline_writes_in_capitals_is_named_as_the_text_writes_it() -> None:
    """ "STRIKE GROUNDS FLIGHTS AT FIUMICINO" first, then "at Fiumicino": the entity is Fiumicino, as reasons and the
    ledger then name it."""
    idx = _index(name("001", 1, "FIUMICINO", label="gpe"), name("002", 1, "Fiumicino", label="gpe"))
    assert idx.canonical("FIUMICINO") == "Fiumicino"


def test_a_full_name_the_model_typed_a_person_once_is_still_a_persons() -> None:
    """ "Orla Ní Fhearghail" typed an organisation at its first mention and a person at the next: "Ní Fhearghail"
    (her surname, with its particle) in other articles is still hers."""
    idx = _index(
        name("001", 1, "Orla Ní Fhearghail", label="org"),
        name("002", 1, "Orla Ní Fhearghail", label="person"),
        name("003", 1, "Ní Fhearghail", label="person"),
    )
    assert idx.entity("Ní Fhearghail") == idx.entity("Orla Ní Fhearghail")
    never = _index(name("001", 1, "Orla Ní Fhearghail", label="org"), name("003", 1, "Ní Fhearghail", label="person"))
    assert never.entity("Ní Fhearghail") != never.entity("Orla Ní Fhearghail")  # an organisation's name, to the model


def test_a_surname_an_age_is_told_of_is_a_persons_whatever_the_model_typed_it() -> None:
    """ "Kumawat, 66, a former minister": the model typed "Kumawat" a place, but an age is a person's, so it is the
    one person of that surname the other outlets name in full; a surname of no age stays what the model made it."""
    from claimcheck.types import Quantity
    from test_reconcile import claim

    full = name("001", 1, "Ashok Kumawat", label="person")
    bare = name("008", 1, "Kumawat", label="gpe")
    age = claim("008", 9, Quantity(value=66, low=66, high=66), kind="age", about="Kumawat", text="66")
    idx = _index(full, bare, age)
    assert idx.entity("Kumawat") == idx.entity("Ashok Kumawat")
    unaged = _index(full, bare)
    assert unaged.entity("Kumawat") != unaged.entity("Ashok Kumawat")


def test_a_shorter_name_respelt_is_one_name_spelt_two_ways() -> None:
    claims = (
        name("001", 1, "Tomas Andrei Vukovic", label="person"),
        name("002", 1, "Andrej Vukovich", label="person"),
    )
    (g,) = [g for g in reconcile(claims, (art("001"), art("002"))).groups if g.kind == "name"]
    assert (g.verdict, g.finding) == ("compatible", "name_variant")


@pytest.mark.parametrize(
    ("spellings", "verdict"),
    [
        # two outlets or more spell a person's name one way and one outlet another: that outlet's slip
        (("Harald Sorensen", "Harald Sorensen", "Harald Sorenson"), "conflict"),
        # one spelling to an outlet, or several spellings, are how a name is transliterated
        (("Harald Sorensen", "Harald Sorenson"), "compatible"),
        (("Jan Muhammad Baledi", "Jan Muhammad Buledi", "Jan Muhammad Baledi", "Jan Muhammad Bulaidi"), "compatible"),
        # a dropped accent is no other spelling, nor a letter written without its stroke or dot
        (("Tomasz Wójcik", "Tomasz Wójcik", "Tomasz Wojcik"), "compatible"),
        (("Paweł Nowicki", "Paweł Nowicki", "Pawel Nowicki"), "compatible"),
    ],
)
def test_a_person_one_outlet_alone_spells_otherwise_is_a_conflict(spellings: tuple[str, ...], verdict: str) -> None:
    claims = tuple(name(f"00{i}", 1, n, label="person") for i, n in enumerate(spellings, 1))
    (g,) = [g for g in reconcile(claims, tuple(art(f"00{i}") for i in range(1, len(spellings) + 1))).groups]
    assert (g.verdict, g.finding) == (verdict, "name_variant")


@pytest.mark.parametrize(
    ("one", "other", "short"),
    [
        # a respelt shorter name that fits two longer ones
        ("Tomas Andrei Vukovic", "Pavel Andrei Vukovic", "Andrej Vukovich"),
        # given names and a surname's initial that two full names share ("Ewa M.": Mazur or Michalska)
        ("Ewa Mazur", "Ewa Michalska", "Ewa M."),
    ],
)
def test_a_short_name_fitting_two_longer_ones_joins_neither(one: str, other: str, short: str) -> None:
    names = (one, other, short)
    idx = _index(*(name(f"00{i}", 1, n, label="person") for i, n in enumerate(names, 1)))
    assert idx.entity(short) not in (idx.entity(one), idx.entity(other))


def test_a_name_shortened_to_its_first_surname_is_an_alias_and_a_respelt_one_a_variant() -> None:
    """ "Javier Ortuño" is how "Javier Ortuño Lázaro" is shortened, no other spelling; "Xavier Ortuño" in a copy is
    the name spelt another way, which the reader is shown."""
    full = name("001", 1, "Javier Ortuño Lázaro", label="person")
    idx = _index(full, name("002", 1, "Javier Ortuño", label="person"))
    assert not idx.variant_pairs
    idx = _index(full, name("002", 1, "Xavier Ortuño", label="person"))
    assert [(a, b) for a, b, _ in idx.variant_pairs] == [("Javier Ortuño Lázaro", "Xavier Ortuño")]


def test_an_acronym_shared_by_two_names_stays_apart() -> None:
    idx = _index(
        name("001", 1, "Port Safety Board"),
        name("002", 1, "Public Service Broadcasting"),
        name("003", 1, "PSB"),
    )
    assert idx.entity("PSB") not in (idx.entity("Port Safety Board"), idx.entity("Public Service Broadcasting"))


def test_a_name_spelt_two_ways_says_who_wrote_what() -> None:
    claims = (
        name("001", 1, "Harald Sorensen", label="person"),
        name("002", 1, "Harald Sorenson", label="person"),
        name("003", 1, "Harald Sorensen", label="person"),
    )
    (g,) = [g for g in reconcile(claims, (art("001"), art("002"), art("003"))).groups if g.kind == "name"]
    assert (g.verdict, g.finding) == ("conflict", "name_variant")  # one outlet's slip (see above)
    who = "002 writes 'Harald Sorenson'; 001, 003 write 'Harald Sorensen'"
    assert g.reason.startswith(f"one outlet spells a person's name unlike the others: {who}")
    (g,) = [g for g in reconcile(claims[:2], (art("001"), art("002"))).groups if g.kind == "name"]
    assert (g.verdict, g.finding) == ("compatible", "name_variant")
    assert g.reason.startswith("one name spelt two ways: 001 writes 'Harald Sorensen'; 002 writes 'Harald Sorenson'")


@pytest.mark.parametrize(
    ("longer", "shorter", "slip"),
    [
        ("County Clerk Janet Pruitt", "Janet Pruitt", "Janet Pruett"),  # the name written with her office
        ("Dale Everett Roarke", "Dale Roarke", "Dale Rourke"),  # and with his middle name
    ],
)
def test_a_slip_in_a_name_others_also_write_longer_is_one_outlets(longer: str, shorter: str, slip: str) -> None:
    """ "County Clerk Janet Pruitt" is "Janet Pruitt" written with her office, "Dale Everett Roarke" is "Dale
    Roarke" with his middle name: with those two outlets against one's "Janet Pruett" or "Dale Rourke", the one is
    the slip."""
    claims = (
        name("001", 1, longer, label="person"),
        name("002", 1, shorter, label="person"),
        name("003", 1, slip, label="person"),
    )
    (g,) = [g for g in reconcile(claims, (art("001"), art("002"), art("003"))).groups if g.kind == "name"]
    assert (g.verdict, g.finding) == ("conflict", "name_variant")
    assert f"most often that one's slip ('{slip}')" in g.reason


def test_a_person_the_model_typed_an_organisation_once_is_still_one_name_spelt_two_ways() -> None:
    """ "Declan Moriarty" in most outlets, "Declan Moriarity" in one sentence the model read as an organisation's
    name: the same given name and a surname spelt two ways are one person's name, and the slip is shown."""
    idx = _index(
        name("001", 1, "Declan Moriarty", label="person"),
        name("002", 1, "Declan Moriarity"),
    )
    assert [(a, b) for a, b, _ in idx.variant_pairs] == [("Declan Moriarity", "Declan Moriarty")]
    other = _index(name("001", 1, "Jordan Peterson", label="person"), name("002", 1, "Jordan Petersen Ltd"))
    assert not other.variant_pairs


def test_a_name_the_model_typed_an_organisation_is_a_persons_when_an_age_is_told_of_it() -> None:
    """ "Helena Carvalhosa, 52, head of climatology", a name the model typed an organisation's in every outlet: the
    age makes it a person's, and one outlet's "Helena Carvalhoso" against three is that outlet's slip."""
    from test_reconcile import claim, q

    claims = (
        *(name(s, 1, "Helena Carvalhosa") for s in ("001", "002", "003")),
        name("004", 1, "Helena Carvalhoso"),
        claim("001", 40, q(52), kind="age", counted="age", about="Helena Carvalhosa"),
    )
    arts = tuple(art(s) for s in ("001", "002", "003", "004"))
    (g,) = [g for g in reconcile(claims, arts).groups if g.kind == "name"]
    assert (g.verdict, g.finding) == ("conflict", "name_variant")
    assert "most often that one's slip ('Helena Carvalhoso')" in g.reason


def test_a_name_written_with_another_word_is_a_conflict() -> None:
    claims = (
        name("001", 1, "Office for Road Standards"),
        name("002", 1, "Office of Road Standards"),
    )
    (g,) = [g for g in reconcile(claims, (art("001"), art("002"))).groups if g.kind == "name"]
    assert (g.verdict, g.finding) == ("conflict", "name_variant")
    assert g.reason.startswith("name written with different words: ")


def _holder(source: str, spelling: str, role: str | None) -> Claim:
    return replace(name(source, 1, spelling, label="person"), role=role)


def test_one_office_s_holder_given_another_first_name_by_one_outlet_is_a_conflict() -> None:
    claims = (
        _holder("001", "Rhona Keddie", "Halden chief executive"),
        _holder("002", "Rhona Keddie", "chief executive"),
        _holder("003", "Rachel Keddie", "Halden chief executive"),  # a copy's slip
    )
    (g,) = [g for g in reconcile(claims, (art("001"), art("002"), art("003"))).groups if g.kind == "name"]
    assert (g.verdict, g.finding) == ("conflict", "name_variant")
    assert g.reason.startswith("one outlet gives a person another first name than the others: 003 writes")


def test_a_copys_first_name_of_another_initial_is_still_a_slip_of_one_office() -> None:
    """ "Karen Maddox, Penhallow's chief executive" in a copy, "Carys Maddox, Penhallow's chief executive" in the
    others: a given name miscopied need not keep its first letter; one office and one surname mark one person."""
    claims = (
        _holder("001", "Carys Maddox", "chief executive"),
        _holder("002", "Karen Maddox", "chief executive"),
        _holder("003", "Carys Maddox", "chief executive"),
    )
    (g,) = [g for g in reconcile(claims, (art("001"), art("002"), art("003"))).groups if g.kind == "name"]
    assert (g.verdict, g.finding) == ("conflict", "name_variant")
    # an outlet that names both tells two people, whatever office each holds
    both = (*claims, _holder("003", "Karen Maddox", "chief executive"))
    assert "conflict" not in [g.verdict for g in reconcile(both, (art("001"), art("002"), art("003"))).groups]


def _titled(source: str, spelling: str, title: str) -> Claim:
    sentence = f"{title} {spelling} said the stone was fresh."
    c = name(source, len(title) + 1, spelling, label="person")
    return replace(c, sentence=sentence, sentence_start=0, end=len(title) + 1 + len(spelling))


def test_a_title_before_the_name_or_after_the_role_names_the_office() -> None:
    claims = (
        _titled("001", "Idris Okafor", "Professor"),
        _titled("002", "Isaac Okafor", "Prof."),
        _titled("003", "Idris Okafor", "Professor"),
        _holder("004", "Rhona Keddie", "Halden chief executive Dr"),
        _holder("005", "Rachel Keddie", "Chief executive"),
        _holder("006", "Rhona Keddie", "chief executive"),
    )
    idx = _index(*claims)
    assert idx.entity("Isaac Okafor") == idx.entity("Idris Okafor")
    assert idx.entity("Rachel Keddie") == idx.entity("Rhona Keddie")
    # Mr, Mrs or Sir is no office: a husband and a wife may each be given it
    apart = _index(_titled("001", "Alan Reid", "Mr"), _titled("002", "Anne Reid", "Mr"))
    assert apart.entity("Alan Reid") != apart.entity("Anne Reid")


def test_one_offices_holder_whose_surname_one_outlet_respells_is_one_person() -> None:
    """ "Chief executive Dr Anne Kowalczyk" in two outlets, "Dr Anne Kowalski" in the local paper: the same given
    name, a surname respelt (not alike enough to sound the same), and one title both give, are one person's name
    miscopied, as one office and a given name respelt are (``_one_office_apart``)."""
    claims = (
        replace(_titled("001", "Anne Kowalczyk", "Dr"), role="Chief executive Dr"),
        _titled("002", "Anne Kowalski", "Dr"),
        replace(_titled("003", "Anne Kowalczyk", "Dr"), role="chief executive Dr"),
    )
    (g,) = [g for g in reconcile(claims, (art("001"), art("002"), art("003"))).groups if g.kind == "name"]
    assert (g.verdict, g.finding) == ("conflict", "name_variant")
    # nothing both give, or an outlet that names both, tells two people
    plain = _index(claims[0], name("002", 1, "Anne Kowalski", label="person"))
    assert plain.entity("Anne Kowalski") != plain.entity("Anne Kowalczyk")
    both = _index(*claims, replace(_titled("002", "Anne Kowalczyk", "Dr"), role="chief executive Dr"))
    assert both.entity("Anne Kowalski") != both.entity("Anne Kowalczyk")


def test_one_offices_holder_whose_middle_name_one_outlet_changes_is_one_person() -> None:
    """ "Chairman Rajendra Prasad Mishra" in two outlets, "Chairman Rajendra Prakash Mishra" in a third: the same
    first and last names and one office both give are one person's name miscopied in the middle; nothing both give,
    or an outlet that names both, tells two people."""
    claims = (
        _holder("001", "Rajendra Prasad Mishra", "board chairman"),
        _holder("002", "Rajendra Prakash Mishra", "board chairman"),
        _holder("003", "Rajendra Prasad Mishra", "board chairman"),
    )
    (g,) = [g for g in reconcile(claims, (art("001"), art("002"), art("003"))).groups if g.kind == "name"]
    assert (g.verdict, g.finding) == ("conflict", "name_variant")
    assert "most often that one's slip ('Rajendra Prakash Mishra')" in g.reason
    plain = _index(claims[0], name("002", 1, "Rajendra Prakash Mishra", label="person"))
    assert plain.entity("Rajendra Prakash Mishra") != plain.entity("Rajendra Prasad Mishra")
    both = _index(*claims, _holder("002", "Rajendra Prasad Mishra", "board chairman"))
    assert both.entity("Rajendra Prakash Mishra") != both.entity("Rajendra Prasad Mishra")


def test_a_surname_without_its_accents_is_no_respelling_of_one_office() -> None:
    """ "Governor Hakan Yazıcıoğlu" and one outlet's "Governor Hakan Yazicioglu": the same surname written without
    its letters' marks (the dotless i has none to drop), not another spelling to check."""
    claims = (
        _titled("001", "Hakan Yazicioglu", "Governor"),
        _titled("002", "Hakan Yazıcıoğlu", "Governor"),
        _titled("003", "Hakan Yazıcıoğlu", "Governor"),
    )
    groups = [g for g in reconcile(claims, (art("001"), art("002"), art("003"))).groups if g.kind == "name"]
    assert "conflict" not in [g.verdict for g in groups]


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Ilić", "ilic"),
        ("Yazıcıoğlu", "yazicioglu"),
        ("Łukasz Wałęsa", "lukasz walesa"),
        ("Søren Ødegård", "soren odegard"),
    ],
)
def test_a_name_without_its_accents(written: str, plain: str) -> None:
    from claimcheck.reconcile.entities import unaccented

    assert unaccented(written) == plain


def test_a_title_after_a_role_of_one_word_still_marks_the_person() -> None:
    """ "medical officer of health Dr Hemi Rawiri", read with the role "health Dr", and "Dr Henare Rawiri": the role
    names no office, but the title before the name does, as it does when there is no role."""
    claims = (
        replace(_titled("001", "Hemi Rawiri", "Dr"), role="health Dr"),
        replace(_titled("002", "Henare Rawiri", "Dr"), role="health Dr"),
        replace(_titled("003", "Hemi Rawiri", "Dr"), role="health Dr"),
    )
    idx = _index(*claims)
    assert idx.entity("Henare Rawiri") == idx.entity("Hemi Rawiri")


def _described(source: str, spelling: str, before: str, after: str, label: str = "person") -> Claim:
    sentence = f"{before}{spelling}{after}"
    c = name(source, len(before), spelling, label=label)
    return replace(c, sentence=sentence, sentence_start=0, end=len(before) + len(spelling))


def test_one_age_or_one_description_beside_the_name_marks_one_person() -> None:
    claims = (
        _described("001", "Darren Keogh", "", ", 48, was sentenced on Friday."),
        _described("002", "Daniel Keogh", "", ", 48, was sentenced on Friday."),
        _described("003", "Darren Keogh", "", ", 48, was sentenced on Friday."),
        _described("001", "Priya Hallam", "", ", the agency's director of transport, said sorry."),
        _described("002", "Pippa Hallam", "", ", the WCA's director of transport, said sorry."),
        # a name the model typed as an organisation, which an age before it marks as a person
        _described("001", "Elias Thorne", "Only one, a 19-year-old deckhand named ", ", survived.", "org"),
        _described("002", "Elijah Thorne", "Only one, a 19-year-old deckhand named ", ", survived.", "org"),
        _described("003", "Elias Thorne", "The survivor, 19-year-old deckhand ", ", was rescued.", "person"),
    )
    idx = _index(*claims)
    assert idx.entity("Daniel Keogh") == idx.entity("Darren Keogh")
    assert idx.entity("Pippa Hallam") == idx.entity("Priya Hallam")
    assert idx.entity("Elijah Thorne") == idx.entity("Elias Thorne")
    # typed as organisations, but a description of a person beside the name marks one person
    founders = _index(
        _described("001", "Marcus Pell", "The firm was set up by ", ", a former bond trader.", "org"),
        _described("002", "Martin Pell", "The firm was set up by ", ", a former bond trader.", "org"),
        _described("003", "Marcus Pell", "It was founded by ", ", a former bond trader.", "person"),
    )
    assert founders.entity("Martin Pell") == founders.entity("Marcus Pell")
    # one word for a role marks one person too, but no word of kin: a family shares its surname
    lawyers = _index(
        _described("001", "Gareth Mollison", "His solicitor, ", ", said the family would appeal.", "person"),
        _described("002", "Gavin Mollison", "His solicitor, ", ", said the family would appeal.", "person"),
        _described("003", "Gareth Mollison", "His solicitor, ", ", spoke outside court.", "person"),
    )
    assert lawyers.entity("Gavin Mollison") == lawyers.entity("Gareth Mollison")
    sons = _index(
        _described("001", "Gareth Mollison", "Her son, ", ", said she was kind.", "person"),
        _described("002", "Gavin Mollison", "Her son, ", ", said she was kind.", "person"),
    )
    assert sons.entity("Gavin Mollison") != sons.entity("Gareth Mollison")
    # two ages: two people
    apart = _index(
        _described("001", "Darren Keogh", "", ", 48, spoke."), _described("002", "Dana Keogh", "", ", 46, spoke.")
    )
    assert apart.entity("Darren Keogh") != apart.entity("Dana Keogh")


@pytest.mark.parametrize(
    "claims",
    [
        # an outlet that names both names two people: a family shares its surname
        (
            _holder("001", "Rhona Keddie", "chief executive"),
            _holder("002", "Rhona Keddie", "chief executive"),
            _holder("002", "Robert Keddie", "chief executive"),
        ),
        # other offices, or none that names one, or first names that begin with another sound: two people
        (_holder("001", "Rhona Keddie", "chief executive"), _holder("002", "Rachel Keddie", "finance director")),
        (_holder("001", "Rhona Keddie", "owner"), _holder("002", "Rachel Keddie", "owner")),
        (_holder("001", "Rhona Keddie", "chief executive"), _holder("002", "Mairi Keddie", "chief executive")),
    ],
)
def test_people_of_one_surname_stay_apart_unless_one_office_joins_them(claims: tuple[Claim, ...]) -> None:
    idx = _index(*claims)
    assert len({idx.entity(str(c.value)) for c in claims}) == len({c.value for c in claims})


def test_a_description_before_the_name_or_in_other_words_marks_one_person() -> None:
    claims = (
        # a description set before the name, between an owner and a comma
        _described("001", "Moira Tulloch", "The gallery's head curator, ", ", said the loss was grave."),
        _described("002", "Morag Tulloch", "The gallery's head curator, ", ", said the loss was grave."),
        # the chief of a service ("Harbour Chief"), before the name
        _described("001", "Kevin Strand", "Harbour Chief ", " said the berth was shut."),
        _described("002", "Keith Strand", "Acting Harbour Chief ", " said the berth was shut."),
        # a bare office set after the name
        _described("001", "Gavin Reddy", "", ", deputy harbourmaster at Port Ellis, said the berth was shut."),
        _described("002", "Glen Reddy", "", ", deputy harbourmaster at Port Ellis, said the berth was shut."),
        # one description in two orders of its words, after an age
        _described("001", "Alun Price", "The victim was named as ", ", a vet in Pennard."),
        _described("002", "Aled Price", "", ", 41, a Pennard vet, died at the scene."),
    )
    idx = _index(*claims)
    assert idx.entity("Morag Tulloch") == idx.entity("Moira Tulloch")
    assert idx.entity("Keith Strand") == idx.entity("Kevin Strand")
    assert idx.entity("Aled Price") == idx.entity("Alun Price")
    assert idx.entity("Glen Reddy") == idx.entity("Gavin Reddy")
    # a chief of another service is another office; a one-word description names no one
    apart = _index(
        _described("001", "Kevin Strand", "Harbour Chief ", " said the berth was shut."),
        _described("002", "Keith Strand", "Fire Chief ", " said the berth was shut."),
        _described("003", "Alun Price", "", ", a vet, spoke."),
        _described("004", "Aled Price", "", ", a vet, spoke."),
    )
    assert apart.entity("Keith Strand") != apart.entity("Kevin Strand")
    assert apart.entity("Aled Price") != apart.entity("Alun Price")
