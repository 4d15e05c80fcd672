"""What a figure measures: the event that happened to the counted things, in a normal form.

"61 bodies recovered", "the death toll stands at 61" and "61 people died" all report one quantity, *killed*;
"28 wounded" and "28 people were hurt" report *injured*. A claim carries that normal form as its ``measure``,
and the reconciler meets claims on it when their nouns differ.

The types and the words that signal them come from two general lexicons, not from any one story:

- GDELT's Global Knowledge Graph count types (GKG codebook V1.0 and V2.1, "Counts"): KILL, WOUND, ARREST, KIDNAP,
  PROTEST, AFFECT, EVACUATION, DISPLACED, SICKENED, SEIZE, STRANDED, and the crisis counts of V2.1;
- FrameNet 1.7 frames and their lexical units: Killing and Death (kill, die, perish, dead, fatality, ...),
  Cause_harm and Experience_bodily_harm (injure, wound, hurt), Arrest (arrest, detain), Kidnapping, Rescuing,
  Evacuation, Being_employed and Employing, Firing (lay off, sack), Change_of_leadership is not a count and is left
  out; Medical_conditions and Cause_to_be_included (infect, contract, diagnose) for outbreaks; Participation and
  Protest for crowds; Vote.

The tables below are lemma-level and written by hand from those lexical units; ARCHITECTURE.md says the same.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .tree import kids

if TYPE_CHECKING:
    from spacy.tokens import Token

TREATED = "treated"  # FrameNet Cure: given care, which a measure the counted noun names ("casualties") outranks

# Predicates (verbs, and adjectives or participles used of the counted things) -> measure.
PREDICATES: dict[str, str] = {
    # GKG KILL; FrameNet Killing, Death
    **dict.fromkeys(
        "kill die perish murder slay drown dead killed fatal massacre execute behead electrocute suffocate".split(),
        "killed",
    ),
    # GKG WOUND; FrameNet Cause_harm, Experience_bodily_harm
    **dict.fromkeys("injure wound hurt maim injured wounded hurt burn".split(), "injured"),
    # GKG AFFECT (missing, stranded)
    **dict.fromkeys("missing unaccounted".split(), "missing"),
    **dict.fromkeys("strand stranded trap trapped".split(), "stranded"),
    **dict.fromkeys("hospitalise hospitalize hospitalised hospitalized".split(), "hospitalised"),
    **dict.fromkeys("critical".split(), "critical"),
    # FrameNet Cure (treat, heal): "143 people were treated for heatstroke", "treated at the scene"
    **dict.fromkeys("treat".split(), TREATED),
    # GKG ARREST; FrameNet Arrest
    **dict.fromkeys("arrest detain apprehend".split(), "arrested"),
    **dict.fromkeys("charge indict".split(), "charged"),
    **dict.fromkeys("convict".split(), "convicted"),
    **dict.fromkeys("acquit".split(), "acquitted"),
    # GKG KIDNAP; FrameNet Kidnapping
    **dict.fromkeys("kidnap abduct".split(), "kidnapped"),
    # GKG EVACUATION / DISPLACED
    **dict.fromkeys("evacuate".split(), "evacuated"),
    **dict.fromkeys("displace flee homeless displaced".split(), "displaced"),
    # FrameNet Rescuing
    **dict.fromkeys("rescue".split(), "rescued"),
    # GKG PROTEST; FrameNet Protest, Participation
    **dict.fromkeys("attend protest march rally demonstrate".split(), "attended"),
    # FrameNet Vote
    **dict.fromkeys("vote".split(), "voted"),
    # GKG SICKENED; FrameNet Medical_conditions
    **dict.fromkeys("infect sicken contract diagnose infected sick ill".split(), "infected"),
    **dict.fromkeys("vaccinate immunise immunize inoculate vaccinated immunised immunized".split(), "vaccinated"),
    **dict.fromkeys("unvaccinated unimmunised unimmunized".split(), "unvaccinated"),
    # FrameNet Being_employed, Employing, Firing
    **dict.fromkeys("employ hire".split(), "employed"),
    **dict.fromkeys("sack dismiss redundant".split(), "laid off"),  # ("were made redundant", British)
    # FrameNet Destroying, Damaging
    **dict.fromkeys(
        "destroy flatten raze demolish collapse gut obliterate destroyed flattened gutted".split(), "destroyed"
    ),
    **dict.fromkeys("damage damaged".split(), "damaged"),
    # GKG SEIZE
    **dict.fromkeys("seize confiscate".split(), "seized"),
    # FrameNet Change_event_time (delay, postpone) and cancelling: what befell a service, a flight or a train, in
    # a disruption ("73 trains were cancelled and 112 delayed")
    # ("scrapped", "axed": the words of news for it; but "axed 300 jobs" is a lay-off, read before this table)
    **dict.fromkeys("cancel cancelled canceled scrap scrapped axe ax axed".split(), "cancelled"),
    **dict.fromkeys("delay delayed postpone postponed".split(), "delayed"),
}

# FrameNet Medical_conditions' severity: the seriously injured are a part of the injured, as those in critical
# condition are ("36 were hurt, eight of them seriously", "seven were in a serious condition").
SERIOUS = "seriously injured"
SERIOUS_ADVERBS = frozenset("seriously severely badly gravely".split())
SERIOUS_ADJECTIVES = frozenset("serious severe grave".split())
SEVERITY_MEASURES = frozenset({SERIOUS, "critical"})
_SUFFER_VERBS = frozenset("suffer sustain receive".split())

# A measure said with "not" that is a measure of its own: "had not been vaccinated" counts the unvaccinated.
NEGATED_MEASURES = {"vaccinated": "unvaccinated", "unvaccinated": "vaccinated"}

# Nouns that name the counted things by what happened to them.
NOUNS: dict[str, str] = {
    **dict.fromkeys("death fatality body corpse dead toll".split(), "killed"),
    **dict.fromkeys("injury injured wounded casualty".split(), "injured"),
    **dict.fromkeys("arrest detainee".split(), "arrested"),
    **dict.fromkeys("hostage abductee".split(), "kidnapped"),
    **dict.fromkeys("evacuee".split(), "evacuated"),
    **dict.fromkeys("refugee".split(), "displaced"),
    **dict.fromkeys(
        "protester protestor demonstrator marcher attendee participant crowd attendance".split(), "attended"
    ),
    **dict.fromkeys("voter ballot".split(), "voted"),
    **dict.fromkeys("infection".split(), "infected"),
    **dict.fromkeys("employee staff worker workforce personnel".split(), "employed"),
    **dict.fromkeys("layoff redundancy".split(), "laid off"),
    **dict.fromkeys("cancellation".split(), "cancelled"),
}

# Predicates that say what happened only with their object: "lost their lives", "claimed 90 lives".
LIFE_VERBS = frozenset("lose claim take cost".split())
# FrameNet Firing and Employment_end said of the jobs: "lose their jobs", "cost 650 jobs", "shed 300 posts".
JOB_VERBS = frozenset("lose cut cost shed axe ax eliminate slash scrap".split())  # (the model's lemma of "axed": "ax")
JOB_NOUNS = frozenset("job post position".split())
_JOB_LOSS_NOUNS = frozenset("cut loss".split())  # "1,100 job cuts", "650 job losses"
# GKG STRIKE; FrameNet Labor_action (as an event noun): those who "began a strike", "joined the walkout", "staged
# a stoppage" or made "the strike by 1,840 workers" are on strike, whatever their role noun says.
STRIKE_NOUNS = frozenset("strike walkout stoppage".split())
ON_STRIKE = "on strike"
# The people a place has ("a village of 1,400 people", "a town of 7,800", "a population of about 180,000", "home to
# some 180,000 people"): how many live there, a figure of the place, whatever the sentence goes on to tell.
RESIDENT = "living there"
# Verbs whose subject holds what a count after them counts ("the plant employs 5,400 people", "the line carries 1.9
# million journeys a year"): the count is that holder's, and two holders' counts are two facts
HOLDING_VERBS = frozenset({"employ", "carry"})

# Nouns that stand for a tally of something else: "the death toll", "the number of protesters", "a total of 51",
# "estimates climbed to 500,000".
TALLY_NOUNS = frozenset("toll total tally figure number count sum estimate".split())

# Words of a place where a hospital is, or where the hurt are treated: "taken to hospital", "treated at hospitals",
# "taken to the island's clinic".
HOSPITAL_WORDS = frozenset("hospital hospitals clinic clinics infirmary infirmaries".split())
# "300 people turned out", "200 flights were called off"
# "held hostage", "taken captive": the verb of holding with what its object is held as
_CAPTOR_VERBS = frozenset("hold take keep".split())
_CAPTIVE_NOUNS = frozenset("hostage captive".split())
_PARTICLE_MEASURES = {("lay", "off"): "laid off", ("turn", "out"): "attended", ("call", "off"): "cancelled"}


# Words that make a doing's doer one who may do it, not one who did ("registered to vote", "eligible voters",
# "entitled to vote"): the electorate, not the votes cast.
ELIGIBLE = frozenset("register registered eligible entitle entitled".split())


def _numbered(noun: Token) -> bool:
    """A noun a number counts ("58 strikes", "more than 19,400 strikes")."""
    return any(c.dep_ == "nummod" for c in kids(noun))


def _out_not_of(c: Token) -> bool:
    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
    return c.lower_ == "out" and c.dep_ in ("prt", "advmod", "prep") and not (nxt is not None and nxt.lower_ == "of")


def predicate_measure(tok: Token) -> str | None:
    """The measure a predicate word says of its subject or object, if it says one.

    ``tok`` is a verb, adjective or participle: "killed", "dead", "injured", "missing", "laid off";
    "lost their lives" is killed; "taken to hospital" is hospitalised; "in critical condition" is critical; a
    verb with a complement of state says that state ("feared dead", "reported missing", "found dead")."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    children = kids(tok)
    for c in children:
        if c.dep_ == "prt" and (lemma, c.lower_) in _PARTICLE_MEASURES:
            if (lemma, c.lower_) == ("turn", "out") and any(o.dep_ == "dobj" for o in children):
                break  # "the plant turns out 1.2 million packets a day": it makes them; "40,000 turned out" came
            return _PARTICLE_MEASURES[(lemma, c.lower_)]
    if (
        tok.pos_ == "VERB"
        and any(c.lower_ == "alive" and c.i > tok.i for c in children)
        and any((c.dep_ == "prt" and c.lower_ == "out") or (c.dep_ == "prep" and c.lower_ == "from") for c in children)
    ):
        return "rescued"  # FrameNet Rescuing: "pulled 21 people out alive", "were dug out alive", "lifted alive from"
    if lemma in LIFE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in children):
        return "killed"
    if lemma in ("fight", "battle") and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(_own_life(p) for p in kids(c)) for c in children
    ):
        return "critical"  # "four are fighting for their lives": alive, in a critical condition (not the dead)
    if lemma == "take" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() in STRIKE_NOUNS for p in kids(c))
        for d in children
        if d.dep_ == "dobj" and d.lower_ == "part"
        for c in [*kids(d), *children]
    ):
        return ON_STRIKE  # "took part in the walkout"
    if lemma == "take" and any(
        (c.dep_ == "dobj" and c.lower_ == "part")
        or (c.dep_ == "prep" and c.lower_ == "to" and any(p.lemma_.lower() == "street" for p in kids(c)))
        for c in children
    ):
        return "attended"  # FrameNet Participation, Protest: "took part", "took to the streets"
    if lemma == "cast" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("vote", "ballot") for c in children):
        return "voted"  # FrameNet Vote: "41,206 members cast a vote", "cast their ballots"
    if lemma in JOB_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in JOB_NOUNS for c in children):
        return "laid off"  # "650 people will lose their jobs", "will cost 650 jobs", "is cutting 1,100 jobs"
    if tok.pos_ == "VERB" and (
        any(c.dep_ == "dobj" and c.lemma_.lower() in STRIKE_NOUNS and not _numbered(c) for c in children)
        or (lemma == "walk" and any(_out_not_of(c) for c in children))
    ):
        # "began a strike", "started a walkout", "walked out" (not "walked out of the stadium", nor "recorded 58
        # wildlife strikes", which counts the strikes: a bird's, or a union's, are events, no one on strike)
        return ON_STRIKE
    if lemma in _CAPTOR_VERBS and any(
        c.i > tok.i and c.dep_ in ("oprd", "dobj", "acomp", "attr") and c.lemma_.lower() in _CAPTIVE_NOUNS
        for c in children
    ):
        return "kidnapped"  # FrameNet Kidnapping: "nine workers were held hostage", "taken hostage", "held captive"
    got = PREDICATES.get(low) or PREDICATES.get(lemma)
    if got is not None:
        # (an adverb with a number of its own tells of that part: "22 were injured, nine of them critically")
        how = {c.lower_ for c in children if not any(k.like_num for k in c.children)}
        if got == "injured" and "critically" in how:
            return "critical"
        if got == "injured" and how & SERIOUS_ADVERBS:
            return SERIOUS  # "eight were seriously injured": a part of the injured, not all of them
        if got == "treated" and _in_hospital(children):
            return "hospitalised"  # "treated in hospital", "treated at hospitals"
        if got == "treated" and (hurt := _for_an_injury(children)) is not None:
            return hurt  # "two people were treated at the scene for minor injuries": they were injured
        return got
    for c in children:
        if (c.dep_ in ("oprd", "acomp") and c.i > tok.i) or (c.dep_ == "advmod" and c.i == tok.i + 1):
            # "1,000 feared dead", "were reported missing", "found dead": the complement says the state (the
            # parse may make it an adverb right after the verb: "16 have fallen ill")
            got = PREDICATES.get(c.lower_) or PREDICATES.get(c.lemma_.lower())
            if got is not None:
                return got
        if c.i > tok.i and tok.pos_ == "VERB" and _as_complement(c):
            # "seven are described as seriously injured", "three were listed as missing": the state they are
            # said to be in
            got = predicate_measure(c) if c.dep_ == "advcl" else next(
                (m for m in (predicate_measure(p) for p in kids(c) if p.dep_ in ("pcomp", "pobj", "amod")) if m),
                None,
            )
            if got is not None:
                return got
    if tok.pos_ == "VERB" and _with_a_disease(tok):
        return "infected"  # "confirmed with measles", "diagnosed with cholera": people who have the disease
    in_hospital = False
    for c in children:
        if c.dep_ == "prep":
            for p in kids(c):
                if (
                    p.dep_ == "pobj"
                    and p.lower_ in HOSPITAL_WORDS
                    and (tok.pos_ == "VERB" or tok.lemma_ == "be")  # ("Fourteen children are still in hospital")
                    and not _moved_on(tok, p)
                ):
                    in_hospital = True
                if p.dep_ == "pobj" and p.lemma_.lower() == "condition":
                    # "remained in hospital in a serious condition": the condition says which of those in hospital
                    if any(a.lower_ == "critical" for a in kids(p)):
                        return "critical"
                    if any(a.lower_ in SERIOUS_ADJECTIVES for a in kids(p)):
                        return SERIOUS  # "in a serious condition"
    if in_hospital:
        return "hospitalised"
    if lemma in _SUFFER_VERBS:
        for c in kids(tok):
            if c.dep_ == "dobj" and c.lemma_.lower() in ("injury", "wound", "burn"):
                # "five passengers suffered (serious) injuries": those who suffered them are (seriously) injured
                return SERIOUS if any(a.lower_ in SERIOUS_ADJECTIVES for a in kids(c)) else "injured"
    return None


def _moved_on(verb: Token, hospital: Token) -> bool:
    """ "transferred to other hospitals", "moved to another hospital", patients moved to hospitals: people moved
    between hospitals, who were in one already; the move says nothing of how many were taken to hospital (but "six
    were taken to another hospital" after a crash were)."""
    if verb.lemma_.lower() not in ("transfer", "move", "relocate", "evacuate"):
        return False
    return any(a.lower_ in ("other", "another", "different") for a in kids(hospital)) or any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() == "patient" for c in kids(verb)
    )  # "87 patients were moved to hospitals across the state": patients already


def _own_life(p: Token) -> bool:
    """ "for their lives", "for life": the fighters' own lives, not another's ("for the life of the baby", "for
    his life" said of nurses)."""
    if p.dep_ != "pobj" or p.lemma_.lower() != "life":
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "poss" and c.lower_ != "their") for c in kids(p)
    )


def _in_hospital(children: tuple[Token, ...]) -> bool:
    """A predicate's prepositional phrase names a hospital ("treated at hospitals", "taken to hospital")."""
    return any(
        p.dep_ == "pobj" and p.lower_ in HOSPITAL_WORDS for c in children if c.dep_ == "prep" for p in kids(c)
    )


def _as_complement(c: Token) -> bool:
    """ "as missing" (a preposition "as" before the state) or "as seriously injured" (a clause the parse opens with
    "as")."""
    if c.dep_ == "prep":
        return c.lower_ == "as"
    return c.dep_ == "advcl" and any(m.lower_ == "as" and m.dep_ in ("advmod", "mark") for m in kids(c))


def noun_measure(noun: Token) -> str | None:
    """The measure a counted noun itself names ("bodies", "protesters"), or its compound ("death toll"); a
    case of a disease is a person infected ("52 measles cases", "cases of cholera", "20 cases" in an article
    about measles)."""
    lemma = noun.lemma_.lower()
    if NOUNS.get(lemma) == "employed" and any(
        c.dep_ in ("compound", "nmod") and c.i < noun.i and NOUNS.get(c.lemma_.lower()) is None
        and any(PREDICATES.get(w.lemma_.lower()) is not None for w in (c, *c.conjuncts))
        for c in kids(noun)
    ):
        return None  # "940 search and rescue personnel", "rescue workers": a team at its work, not a workforce
    for c in kids(noun):
        if c.dep_ == "compound" and c.i < noun.i:
            if lemma in _JOB_LOSS_NOUNS and c.lemma_.lower() in JOB_NOUNS:
                return "laid off"  # "1,100 job cuts", "650 job losses"
            got = NOUNS.get(c.lemma_.lower())
            if got is None and not _doer(lemma) and not _made_thing(lemma):
                # "murder victims", "vote tally": what befell the head; "58 rescue personnel", "rescue teams": the
                # work the head does, as the noun itself says (NOUNS) or not at all; "three rescue helicopters",
                # "evacuation buses": the use a made thing is put to, which befalls no one counted
                got = PREDICATES.get(c.lemma_.lower())
            if got is not None:
                return got
    if lemma == "case" and _of_a_disease(noun):
        return "infected"
    if _with_a_disease(noun) or (lemma in _SICK_NOUNS and any(_a_disease(c) for c in kids(noun) if c.i < noun.i)):
        return "infected"  # "18 people with measles", "a dozen measles patients": those who have the disease
    hurt = _with_an_injury(noun)
    if hurt is not None:
        return hurt
    if any(c.dep_ == "amod" and c.lemma_.lower() in ELIGIBLE for c in kids(noun)):
        return None  # "271,460 registered voters", "eligible voters": who may vote, not who voted
    return NOUNS.get(lemma) or NOUNS.get(noun.lower_)


def _doer(lemma: str) -> bool:
    """A noun of those who do a work ("worker", "personnel", "diver", "team", "crew"), whom a verb's noun before
    it ("rescue", "vote") gives their work, not what befell them; a victim is what a happening befell, whatever the
    happening ("murder victims", "kidnap victims")."""
    from ..reconcile.related import kind_of, person_noun  # (WordNet's table loads on first use)

    if NOUNS.get(lemma) == "employed":
        return True
    if person_noun(lemma):
        return not kind_of(lemma, "victim")
    return kind_of(lemma, "group", steps=4)


def _made_thing(lemma: str) -> bool:
    """A noun of a thing made ("helicopter", "bus", "tent"; WordNet's artifacts, however many steps down)."""
    from ..reconcile.related import kind_of  # (WordNet's table loads on first use)

    return kind_of(lemma, "artifact", steps=_ARTIFACT_STEPS)


_ARTIFACT_STEPS = 12  # ("helicopter" is nine steps below "artifact")
_INJURY_NOUNS = frozenset("injury wound burn".split())


def _for_an_injury(children: tuple[Token, ...]) -> str | None:
    """ "treated for minor injuries", "treated for serious burns", "treated at the scene by paramedics from the
    ambulance service for minor injuries" (the phrase may hang from a noun after the verb): those treated for an
    injury were injured (seriously, when it is serious), as those "with injuries" are; "treated for heatstroke"
    says no injury. The subject's own words are not read."""
    todo = [c for c in children if c.dep_ not in ("nsubj", "nsubjpass")]
    while todo:
        c = todo.pop()
        if c.dep_ == "prep" and c.lower_ == "for":
            for p in kids(c):
                if p.dep_ == "pobj" and p.lemma_.lower() in _INJURY_NOUNS:
                    return SERIOUS if any(a.lower_ in SERIOUS_ADJECTIVES for a in kids(p)) else "injured"
        if c.dep_ in ("prep", "pobj", "agent", "compound", "conj"):
            todo.extend(kids(c))
    return None


def _with_an_injury(noun: Token) -> str | None:
    """ "eight patients with severe burns", "three people with minor injuries": those who have the injury are
    injured (seriously, when it is serious), as "who suffered injuries" are (FrameNet Medical_conditions)."""
    for c in kids(noun):
        if c.dep_ == "prep" and c.lower_ == "with":
            for p in kids(c):
                if p.dep_ == "pobj" and p.lemma_.lower() in _INJURY_NOUNS:
                    return SERIOUS if any(a.lower_ in SERIOUS_ADJECTIVES for a in kids(p)) else "injured"
    return None


# Nouns for people in care that a disease before them makes the sick ("measles patients", "cholera victims").
_SICK_NOUNS = frozenset("patient victim sufferer".split())


def _a_disease(tok: Token) -> bool:
    return tok.dep_ in ("compound", "amod", "pobj") and tok.pos_ in ("NOUN", "PROPN") and (
        tok.lower_ in disease_words() or tok.lemma_.lower() in disease_words()
    )


def _with_a_disease(tok: Token) -> bool:
    """ "people with measles", "confirmed with measles", "tested positive for cholera": a disease as what its
    person has (FrameNet Medical_conditions: Patient *with* Ailment)."""
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ == "with" and any(_a_disease(p) for p in kids(c)):
            return True
        if c.dep_ in ("acomp", "oprd") and c.lower_ == "positive":
            for p in kids(c):
                if p.dep_ == "prep" and p.lower_ == "for" and any(_a_disease(x) for x in kids(p)):
                    return True
    return False


def _of_a_disease(noun: Token) -> bool:
    """Whether a count of cases is of a disease: its article names one (a kind of disease or illness in
    WordNet, listed in ``data/disease_words.txt`` by ``tools/build_disease_words.py``). An outbreak's coverage
    says "45 cases" in one sentence and "measles" in another; a court case or a case of wine comes in an article
    that names no disease."""
    doc = noun.doc
    got = doc.user_data.get(_DISEASE_KEY)
    if got is None:
        diseases = disease_words()
        got = doc.user_data[_DISEASE_KEY] = any(
            t.lower_ in diseases or t.lemma_.lower() in diseases
            for t in doc
            if t.pos_ in ("NOUN", "PROPN") and len(t.text) > 2
        )
    return bool(got)


@lru_cache(maxsize=1)
def disease_words() -> frozenset[str]:
    """The nouns WordNet makes a kind of disease or illness ("measles", "cholera", "flu")."""
    text = resources.files("claimcheck").joinpath("data/disease_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


_DISEASE_KEY = "claimcheck.names_a_disease"


# Measures whose verb, active and with an object of its own, says them of its subject: those who "attended the
# rally", "voted Leave", "began a strike", "contracted measles" or "fled their homes" (FrameNet Participation,
# Protest, Vote, Medical_conditions, Fleeing). Every other measure a transitive verb says of its object, the
# patient (Killing, Cause_harm, Arrest, Kidnapping, Rescuing, Evacuation, Employing, Firing, Destroying,
# Damaging, taking to hospital): "three gunmen killed 12 people" killed the people, not the gunmen.
SUBJECT_MEASURES = frozenset({"attended", "voted", "infected", "displaced", ON_STRIKE})


def agent_of(noun: Token, verb: Token, measure: str) -> bool:
    """Whether ``noun`` is the doer of what ``verb`` does to another thing: the subject of an active verb with a
    direct object ("two ambulances took the injured to hospital", "three gunmen killed 12 people"), whose
    measure belongs to that object. "Four people lost their lives" says what happened to its subject."""
    if not measure or noun.dep_ != "nsubj" or noun.head.i != verb.i or measure in SUBJECT_MEASURES:
        return False
    if verb.lemma_.lower() in _SUFFER_VERBS:
        return False  # "three guests suffered burns": the subject undergoes what its object names
    if any(c.dep_ == "auxpass" for c in kids(verb)):
        return False
    lose = verb.lemma_.lower() == "lose"  # "650 people will lose their jobs": the losing happens to them
    return any(
        c.dep_ == "dobj"
        and c.i != noun.i
        and c.lemma_.lower() != "life"
        and not (lose and c.lemma_.lower() in JOB_NOUNS)
        for c in kids(verb)
    )


# Measures that only happen to people: a bare number with one of them ("45 dead", "217 are missing") counts people.
# The places a figure told of a whole area is given ("nationwide", "across the country": extract.claims._wide_scope)
WIDE_SCOPES = frozenset(
    {"nationwide", "statewide", "worldwide", "countywide", "citywide", "districtwide", "provincewide"}
)

HUMAN_MEASURES = frozenset(
    "killed injured missing stranded hospitalised critical arrested charged convicted acquitted kidnapped evacuated"
    " displaced rescued attended voted infected vaccinated unvaccinated employed treated".split()
) | {ON_STRIKE, SERIOUS, RESIDENT}
