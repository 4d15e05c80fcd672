"""Names within one article (extract/names.py) on invented sentences, with the real model."""

from __future__ import annotations

import pytest
from spacy.language import Language

import claimcheck
from claimcheck.extract.names import build_index, clean_name
from claimcheck.types import Claim


@pytest.fixture(scope="module")
def nlp() -> Language:
    return claimcheck.load_model()


def claims_of(nlp: Language, text: str) -> list[Claim]:
    return list(claimcheck.extract_text("t", text, nlp))


def names_of(nlp: Language, text: str) -> dict[str, str]:
    """Each name claim's value and its label."""
    return {str(c.value): str(c.counted) for c in claims_of(nlp, text) if c.kind == "name"}


def counts_of(nlp: Language, text: str) -> list[str]:
    return [c.text for c in claims_of(nlp, text) if c.kind in ("count", "date", "measure", "money", "percent")]


def test_clean_name_drops_an_honorific_before_a_name() -> None:
    assert clean_name("Sheikh Omar Haddad") == "Omar Haddad"
    assert clean_name("Maulana Tariq Hussain") == "Tariq Hussain"
    assert clean_name("Mir Jalal Dashti") == "Jalal Dashti"
    assert clean_name("Sardar Karim Rind") == "Karim Rind"
    # the same word after a first name is a surname, and a name of one word keeps it
    assert clean_name("Yusuf Mir") == "Yusuf Mir"
    assert clean_name("Mir") == "Mir"


def test_clean_name_keeps_the_numbers_of_a_numbered_name() -> None:
    assert clean_name("06:52 Northline Rail") == "Northline Rail"
    assert clean_name("10 Harrow Lane", numbered=True) == "10 Harrow Lane"
    assert clean_name("the M4", numbered=True) == "M4"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The coach overturned in Port Ellery, a quiet district beside the Severn Estuary.", "Port Ellery"),
        ("Most of the dead came from Lowland East, officials said on Monday.", "Lowland East"),
        ("Ferries were halted on the Delaware River after the storm.", "Delaware River"),
    ],
)
def test_places_that_are_not_countries_or_cities_are_names(nlp: Language, text: str, name: str) -> None:
    got = names_of(nlp, text)
    assert name in got and got[name] in ("loc", "gpe", "fac"), got


def test_a_name_never_runs_on_into_a_share_or_a_sum(nlp: Language) -> None:
    # the model reads "Tessaline 80 percent" as one organisation; the name is Tessaline, the figure a share
    names = names_of(nlp, "Jurors found Tessaline 80 percent at fault, with the rest assigned to the seller.")
    assert "Tessaline" in names and not [n for n in names if "percent" in n], names
    assert "Apollo 11" in names_of(nlp, "Apollo 11 landed on the Moon in July 1969.")


def test_an_amounts_currency_and_number_are_no_name(nlp: Language) -> None:
    # the model reads "Tk 2" of "Tk 2 lakh" as a person; it is an amount of taka, and names no one
    text = "The family of each worker who died will receive Tk 2 lakh from the labour ministry."
    assert not [c for c in claims_of(nlp, text) if c.kind == "name" or "Tk 2" in c.entities]


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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Northway Airlines Flight 512 vanished with 143 people on board.", "Northway Airlines Flight 512"),
        ("Traffic on Route 9 was heavy as 400 cars queued.", "Route 9"),
        ("Bill C-44 passed its second reading on Tuesday.", "Bill C-44"),
        ("A lorry overturned on the M4 near Swindon.", "M4"),
        ("Passengers at Terminal 3 waited for hours.", "Terminal 3"),
        ("The train, No. 455, left late.", "No. 455"),
        ("He spoke outside 12 Harrow Lane on Friday.", "12 Harrow Lane"),
    ],
)
def test_numbered_names_are_names_and_their_numbers_are_no_counts(nlp: Language, text: str, name: str) -> None:
    cs = claims_of(nlp, text)
    names = [c for c in cs if c.kind == "name"]
    assert name in [c.value for c in names], [(c.kind, c.text) for c in cs]
    label_number = name.split()[-1] if name[-1].isdigit() else ""
    assert not any(c.kind != "name" and c.text == label_number for c in cs), [(c.kind, c.text) for c in cs]
    assert all(c.counted != "person" for c in names if c.value == name)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In Kerwa 42 people died when the bridge fell.", "42"),
        ("The storm struck as a Category 4 hurricane.", "4"),
        ("The final result was Yes 55%, No 45%.", "55%"),
        ("Zambia reported 31 deaths.\n\nThe toll by country was Zambia 31, with more feared.", "31"),
        ("The hearing was set for May 5 at the county court.", "May 5"),
        ("The firm raised £100M from 40 investors.", "£100M"),
        ("The shop sold 400 PS5 consoles.", "400"),
    ],
)
def test_a_number_after_a_capitalised_word_can_still_be_an_amount(nlp: Language, text: str, figure: str) -> None:
    got = counts_of(nlp, text)
    assert figure in got, [(c.kind, c.text) for c in claims_of(nlp, text)]


def test_a_nickname_between_first_name_and_surname_is_no_part_of_the_name() -> None:
    assert clean_name('Robert "Bobby" Lindqvist') == "Robert Lindqvist"
    assert clean_name("Robert “Bobby” Lindqvist") == "Robert Lindqvist"
    assert clean_name("Robert (Bobby) Lindqvist") == "Robert Lindqvist"
    assert clean_name("Office for Rail Regulation (ORR") == "Office for Rail Regulation"


def labels_of(nlp: Language, text: str) -> dict[str, str]:
    idx = build_index(nlp(text))
    return {m.name: idx.labels[m.canonical] for m in idx.mentions}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # the object of a place preposition is a place, never a person
        ("Seven people died in Malawi. Malawi said 7 had died.", "Malawi", "GPE"),
        # a title before a name makes it a person
        ("Mr Orlando denied the claim. Orlando said he was at home.", "Orlando", "PERSON"),
        # an organisation the model names more often than the article places it stays one
        ("The bill passed in Congress on Friday. Congress adjourned.", "Congress", "ORG"),
        # what stands beside a place, or is joined to it, is a place too
        ("Floods cut off 300 homes in Nhamatanda, Mozambique, on Sunday.", "Mozambique", "GPE"),
        ("Dr Lincoln treated 12 patients on the ward.", "Lincoln", "PERSON"),
        # a name that owns what only an organisation has is one, however the model typed it; customers of a place
        # are customers in it
        ("Brastova shares fell 3 per cent after the outage in Brastova's network.", "Brastova", "ORG"),
        ("Customers of Selvaria lost service. Selvaria's chief executive, Ann Roe, apologised.", "Selvaria", "ORG"),
        ("Ohio customers lost power on Monday in Ohio.", "Ohio", "GPE"),
    ],
)
def test_one_label_per_name_from_what_the_article_does_with_it(nlp: Language, text: str, name: str, label: str) -> None:
    assert labels_of(nlp, text).get(name) == label, labels_of(nlp, text)


def test_a_common_noun_capitalised_only_at_a_sentence_start_is_no_name(nlp: Language) -> None:
    from spacy.tokens import Span

    def index(text: str) -> list[str]:
        doc = nlp(text)
        doc[0].pos_ = "PROPN"  # as the model tags it in some sentences: a capitalised word taken for a name
        doc.ents = [Span(doc, 0, 1, label="PERSON")]
        return [m.name for m in build_index(doc).mentions]

    assert index("Turnout was 64 per cent on Thursday. The turnout was the highest since 1992.") == []
    assert "Hollis" in index("Hollis was 64 when he retired. Hollis said he would travel.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He will be tried at the Old Bailey next week.", "Old Bailey"),  # untagged
        ("Survivors sheltered in Nhamuzi Ward overnight.", "Nhamuzi Ward"),  # a facility to the model
    ],
)
def test_a_place_the_model_missed_or_took_for_a_facility_is_read_after_a_place_preposition(
    nlp: Language, text: str, name: str
) -> None:
    assert labels_of(nlp, text).get(name) == "LOC", labels_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "His trust remained in the Lord, he said.",  # one word after "the"
        "Police said Tuesday that the road was shut.",  # no place preposition
    ],
)
def test_no_place_is_made_of_other_capitalised_words(nlp: Language, text: str) -> None:
    assert labels_of(nlp, text) == {}


def test_an_acronym_may_stand_for_the_words_before_the_names_last_and() -> None:
    from claimcheck.extract.names import acronym_matches

    assert acronym_matches("Union of Fishers and Boat Owners", "UF") is False  # too short to trust
    assert acronym_matches("Federation of Mountain Rescue and Cave Rescue Teams", "FMR")
    assert not acronym_matches("Federation of Mountain Rescue and Cave Rescue Teams", "FMRT")
    assert acronym_matches("Independent Office for Police Conduct", "IOPC")


def test_a_defined_name_is_one_name_wherever_it_is_written(nlp: Language) -> None:
    text = (
        "The Federation of Mountain Rescue and Cave Rescue Teams (FMR) said 14 walkers were found.\n\n"
        "The FMR sent six teams, and the Federation of Mountain Rescue and Cave Rescue Teams thanked them."
    )
    idx = build_index(nlp(text))
    canon = {m.canonical for m in idx.mentions if "Rescue" in m.name or m.name == "FMR"}
    assert canon == {"Federation of Mountain Rescue and Cave Rescue Teams"}, [
        (m.name, m.canonical) for m in idx.mentions
    ]


def test_a_name_written_after_the_is_no_person(nlp: Language) -> None:
    from spacy.tokens import Span

    def label(text: str) -> str:
        doc = nlp(text)
        spans = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text == "Glidewell"]
        for s in spans:
            doc[s.start].pos_ = "PROPN"
        doc.ents = spans  # as the model tags it in some sentences
        idx = build_index(doc)
        return idx.labels["Glidewell"]

    assert label("Riders crowded the Glidewell on Monday. Glidewell said 9,000 rode.") != "PERSON"
    assert label("Riders thanked Mr Glidewell on Monday. Glidewell said 9,000 rode.") == "PERSON"
    assert label("Riders thanked Glidewell on Monday. Glidewell said 9,000 rode.") == "PERSON"


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        # an age set off after a name, or "N-year-old" before it, is a person's, whatever label the model gave it
        ("The miner who died was identified as Darrell Pruitt, 47. Four others survived.", "Darrell Pruitt", 47),
        ("We are told that the miner is 48-year-old Darrell Pruitt of Madison.", "Darrell Pruitt", 48),
        # named beside a person's role, whatever verb the clause goes on to
        ("Four people, including the mill owner, Mizanur Haque, 61, have been arrested.", "Mizanur Haque", 61),
    ],
)
def test_a_name_told_with_an_age_is_a_persons(nlp: Language, text: str, name: str, age: int) -> None:
    assert names_of(nlp, text).get(name) == "person"
    (got,) = [c for c in claims_of(nlp, text) if c.kind == "age"]
    assert (got.about, got.value.value) == (name, age)  # type: ignore[union-attr]


def test_the_field_of_a_title_before_a_name_is_no_word_of_the_name(nlp: Language) -> None:
    """ "Minister of Agriculture Ingrid Solvang, 49,": the model may run the field of the title into the name; but
    "the daughter of Rose Mary Kelly" keeps its first name, which a role in lower case does not end."""
    text = "Farmers jeered Minister of Agriculture Ingrid Solvang, 49, who closed the scheme."
    (got,) = [c for c in claims_of(nlp, text) if c.kind == "age"]
    assert got.about == "Ingrid Solvang"
    text = "The daughter of Rose Mary Kelly, 44, who lives nearby, spoke to reporters."
    (got,) = [c for c in claims_of(nlp, text) if c.kind == "age"]
    assert got.about == "Rose Mary Kelly"


def test_of_after_a_persons_age_names_a_home_town(nlp: Language) -> None:
    """ "Darrell Pruitt, 47, of Madison": Madison is where he lives, a place, not a person."""
    names = names_of(nlp, "The fifth, Darrell Pruitt, 47, of Madison, was found dead.")
    assert names.get("Madison") == "gpe" and names.get("Darrell Pruitt") == "person"


def test_people_listed_with_ages_and_home_towns_are_people(nlp: Language) -> None:
    """ "Dale Whitcomb, 58, of Calder Point and Luis Ortega, 34, of Hollins": the second name stands in the list
    after a home town, and is still a person, told with an age."""
    names = names_of(nlp, "Killed were Dale Whitcomb, 58, of Calder Point and Luis Ortega, 34, of Hollins.")
    assert names.get("Luis Ortega") == "person" and names.get("Hollins") == "gpe"


@pytest.mark.parametrize(
    ("text", "first", "full"),
    [
        (
            "Among the dead were Harold Pruitt, 81, and his wife, Loretta, 79, who were found at home.",
            "Loretta",
            "Loretta Pruitt",
        ),
        ("Officers spoke to Ann Lee and her son, Tom, on Monday.", "Tom", "Tom Lee"),
    ],
)
def test_a_first_name_beside_a_noun_of_kin_takes_the_family_name(
    nlp: Language, text: str, first: str, full: str
) -> None:
    """ "Harold Pruitt, 81, and his wife, Loretta, 79": news leaves out the surname the two share."""
    idx = build_index(nlp(text))
    assert {m.text: m.canonical for m in idx.mentions}[first] == full


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Detective Inspector Rosalind Achterberg said the inquiry continued.", "Rosalind Achterberg"),
        ("Mayor Tiziano De Luca visited the families.", "Tiziano De Luca"),
        ("Inquiry chair Dame Philippa Okonedo-Hart KC published her findings.", "Philippa Okonedo-Hart"),
        ("Sheriff Wade Tolliver told reporters the men were armed.", "Wade Tolliver"),
        ("Coroner Anne Pilbeam opened the inquest on Monday.", "Anne Pilbeam"),
    ],
)
def test_a_person_after_a_title_is_a_name_however_the_model_typed_it(nlp: Language, text: str, name: str) -> None:
    """The model tags some names after a title as nothing, or as a facility: the title says a person follows."""
    assert names_of(nlp, text).get(name) == "person", names_of(nlp, text)


def test_a_title_before_a_single_capitalised_word_makes_no_name(nlp: Language) -> None:
    assert "Monday" not in names_of(nlp, "The Mayor Monday said the road would reopen.")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The MV Orla Brennan ran aground off the headland.", "MV Orla Brennan", "product"),  # a ship's prefix
        ("The charity Mare Nostro said 40 people were brought ashore.", "Mare Nostro", "org"),
        ("The ransomware gang Wraithlock claimed the attack.", "Wraithlock", "org"),
    ],
)
def test_a_name_after_a_noun_of_its_kind_is_a_name(nlp: Language, text: str, name: str, label: str) -> None:
    """What the model leaves untagged, English marks: a ship's prefix, or "the charity" before a charity's name."""
    assert names_of(nlp, text).get(name) == label, names_of(nlp, text)


def test_a_weekday_after_a_noun_is_no_name(nlp: Language) -> None:
    assert names_of(nlp, "The company Monday said profits rose.") == {}


def test_a_defined_acronym_is_a_mention_of_its_name_whatever_the_model_tags_it(nlp: Language) -> None:
    """ "The Heartland Youth Soccer Association (HYSA) said ... According to the HYSA, ...": the model tags the bare
    acronym a common noun; the article defined it, so each use is a mention of the full name."""
    text = (
        "The Heartland Youth Soccer Association (HYSA) said Wednesday it would review its rules.\n\n"
        "According to the HYSA, the detector was working. SFSR asked the HYSA whether it was set."
    )
    idx = build_index(nlp(text))
    uses = [m for m in idx.mentions if m.name == "HYSA"]
    assert len(uses) == 3 and {m.canonical for m in uses} == {"Heartland Youth Soccer Association"}


@pytest.mark.parametrize(
    "text", ["The satellite came down at 4:52 a.m. CDT on Wednesday.", "Flights resume at 0600 GMT."]
)
def test_a_clocks_zone_is_no_name(nlp: Language, text: str) -> None:
    """ "at 4:52 a.m. CDT": the model may tag a zone's abbreviation a person or an organisation; it names no one."""
    names = [c.value for c in claimcheck.extract_text("001", f"date 2025-10-08\n\n{text}\n", nlp) if c.kind == "name"]
    assert "CDT" not in names and "GMT" not in names, names


def test_a_relative_the_model_calls_a_facility_is_a_person_of_their_own(nlp: Language) -> None:
    """ "Declan Morwood, 35" after "Ruth Morwood, 62": the model calls the second a facility, and his bare surname
    was then read as hers, so his age was hers; a name whose surname is a named person's is a relative."""
    text = (
        "Retired teacher Ruth Morwood, 62, died in hospital. Declan Morwood, 35, and Mark Ellery, 50, remain in"
        " Timaru Hospital."
    )
    doc = nlp(text)
    assert ("Declan Morwood", "FAC") in [(e.text, e.label_) for e in doc.ents]  # (what the model makes of it)
    idx = build_index(doc)
    assert ("Declan Morwood", "Declan Morwood", "PERSON") in [(m.text, m.canonical, m.label) for m in idx.mentions]
    claims = claimcheck.extract_text("t", f"date 2026-06-12\n\n{text}\n", nlp)
    ages = {c.text: c.about for c in claims if c.kind == "age"}
    assert ages["35"] == "Declan Morwood" and ages["62"] == "Ruth Morwood"


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("The wall gave way. Grzegorz (52), a postman and a keen angler, was crushed.", "Grzegorz", 52),
        ("The wall gave way. Anna Kowalska (38): 'I heard a terrible crack.'", "Anna Kowalska", 38),
    ],
)
def test_a_name_with_its_age_in_brackets_is_a_person(nlp: Language, text: str, name: str, age: int) -> None:
    """The tabloid's way of giving an age, in brackets right after the name, makes a person of a name the model
    left untagged or took for a common noun."""
    ages = [c for c in claims_of(nlp, text) if c.kind == "age"]
    assert [(c.about, c.value_json()) for c in ages] == [(name, age)]


def test_a_title_with_a_number_in_brackets_is_no_person(nlp: Language) -> None:
    """ "The Mayor (45)" names what someone is, not who."""
    assert not [c for c in claims_of(nlp, "The Mayor (45), a bus driver, died.") if c.kind == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary of State for Tourism, Inês Carvalho Teles, was due to chair an emergency meeting at midday.",
        '"No pupil will be left behind," the Secretary of State for Tourism, Inês Carvalho Teles, said at 20:30.',
    ],
)
def test_a_name_set_off_by_commas_after_a_persons_role_is_a_person(nlp: Language, text: str) -> None:
    """A name the model left untagged, in apposition to the role of the person it names, is that person's."""
    names = [c for c in claims_of(nlp, text) if c.kind == "name"]
    assert ("Inês Carvalho Teles", "person") in [(c.value_text(), c.counted) for c in names]


def test_a_name_set_off_by_commas_after_a_thing_is_no_person(nlp: Language) -> None:
    """Apposition to a noun for no person ("the harbour, ...") makes no person of the untagged words after it,
    where apposition to a person's role does (the model's own names cleared, as it leaves foreign names)."""
    for text, person in (
        ("They reached the harbour, Puerto Quetzal Sur, at dawn.", False),
        ("Its owner, Inês Carvalho Teles, said so.", True),
    ):
        doc = nlp(text)
        doc.ents = ()
        people = [m.text for m in build_index(doc).mentions if m.label == "PERSON"]
        assert bool(people) == person, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Union boss Marin Stoica said the strike would go on.", "Marin Stoica"),
        ('Group chief executive Fergus Nolan said: "We will not be paying criminals."', "Fergus Nolan"),
    ],
)
def test_a_name_after_a_persons_role_as_its_title_is_a_person(nlp: Language, text: str, name: str) -> None:
    """A role written before a name as its title ("union boss", "chief executive") makes a person of a name the
    model called an organisation's."""
    names = {c.value_text(): c.counted for c in claims_of(nlp, text) if c.kind == "name"}
    assert names[name] == "person"


def test_a_firm_after_a_role_it_may_hold_stays_an_organisation(nlp: Language) -> None:
    """ "The supplier Foxconn Technology said": a name that ends in a common noun, as a firm's often does, is no
    person's for the role before it."""
    names = {c.value_text(): c.counted for c in claims_of(nlp, "The supplier Foxconn Technology said it would appeal.")}
    assert names["Foxconn Technology"] == "org"
