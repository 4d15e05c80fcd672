"""Words that news uses for the same event, folded to one lemma before claims are compared.

A small, general lexicon of event verbs and their nouns (the kind a thesaurus gives), not a list of any
corpus's sentences: spaCy's small English model has no word vectors, and "killed" must meet "murdered",
"examined" must meet "investigated", "payout" must meet "compensation".
"""

from __future__ import annotations

SYNONYM_SETS: tuple[tuple[str, ...], ...] = (
    ("kill", "murder", "slay", "killing", "killer", "homicide", "manslaughter", "die", "death", "dead", "fatal"),
    (
        "investigate",
        "investigation",
        "probe",
        "examine",
        "examination",
        "inquiry",
        "enquiry",
        "inquire",
        "reinvestigate",
        "review",
        "scrutinise",
        "scrutinize",
    ),
    ("injure", "injury", "hurt", "wound", "injured", "casualty"),
    ("jail", "imprison", "imprisonment", "sentence", "prison", "sentencing", "incarcerate", "term"),
    ("convict", "conviction", "guilty"),
    ("arrest", "detain", "detention", "custody", "apprehend"),
    ("charge", "accuse", "prosecute", "prosecution", "indict"),
    ("rescue", "save", "free", "evacuate", "evacuation", "pull"),
    ("hospital", "hospitalise", "hospitalize", "treat", "treatment"),
    ("refuse", "decline", "reject"),
    ("pay", "payout", "payment", "compensation", "compensate", "settlement", "damages"),
    ("attend", "march", "protest", "rally", "demonstrate", "turnout", "participate", "join"),
    ("employ", "employee", "staff", "worker", "work", "workforce", "job", "post", "role", "position"),
    ("destroy", "damage", "demolish", "raze"),
    ("rise", "raise", "increase", "hike", "grow", "growth", "up", "climb", "soar"),
    ("fall", "cut", "reduce", "reduction", "decrease", "drop", "decline", "lower"),
    ("saving", "save", "savings"),
    ("vote", "ballot", "poll"),
    ("fine", "penalty", "penalise", "penalize"),
    ("cost", "spend", "price", "expense"),
    ("build", "construct", "construction", "open", "opening"),
    ("inquest", "coroner"),
    ("fire", "blaze", "flame", "inferno"),
    ("officer", "police", "policeman", "policewoman", "constable", "detective"),
    ("firefighter", "fireman"),
    ("victim", "casualty"),
    ("risk", "danger", "peril", "threat", "threaten", "endanger"),
)

_CANON: dict[str, str] = {}
for _group in SYNONYM_SETS:
    for _w in _group:
        _CANON.setdefault(_w, _group[0])


def fold(lemma: str) -> str:
    """The set's first word for a lemma in the lexicon, else the lemma itself."""
    return _CANON.get(lemma, lemma)


def synonyms_of(lemma: str) -> tuple[str, ...]:
    """The other words the lexicon folds to ``lemma`` ("die", "death", ... for "kill"), in the set's order."""
    return _FOLDED.get(lemma, ())


_FOLDED: dict[str, tuple[str, ...]] = {}
for _group in SYNONYM_SETS:
    _FOLDED.setdefault(_group[0], tuple(w for w in _group[1:] if _CANON[w] == _group[0]))
