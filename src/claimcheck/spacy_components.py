"""claimcheck as spaCy pipeline components, registered through the ``spacy_factories`` entry point so that
after ``pip install claimcheck``::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("claimcheck_paragraphs", before="parser")  # sentences never run across paragraphs
    nlp.add_pipe("claimcheck", config={"date": "2024-03-13"})
    doc = nlp(text)
    doc._.claims  # tuple of claimcheck.Claim, in text order

spaCy imports this module when it builds a pipeline; ``import claimcheck`` never does.
"""

from __future__ import annotations

from datetime import date as Date

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from .corpus import make_article
from .nlp import PARAGRAPHS, _register
from .types import Claim

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)

_register()  # the paragraph component, which claimcheck's own pipeline adds before the parser
paragraphs_factory = registry.factories.get(Language.get_factory_name(PARAGRAPHS))  # what the entry point names


class ClaimcheckComponent:
    """Sets ``doc._.claims`` to the claims of the doc's text. Needs a parsed doc (a trained pipeline's
    parser and ner before it): add it last."""

    def __init__(self, nlp: Language, name: str, *, source_id: str, date: str | None) -> None:
        self.name = name
        self.source_id = source_id
        self.date: Date | None = Date.fromisoformat(date) if date else None

    def __call__(self, doc: Doc) -> Doc:
        from .extract.claims import extract_claims

        article = make_article(self.source_id, self.source_id, doc.text, date=self.date)
        claims: tuple[Claim, ...] = extract_claims(article, doc)
        doc._.claims = claims
        return doc


@Language.factory("claimcheck", default_config={"source_id": "doc", "date": None})
def make_claimcheck(nlp: Language, name: str, source_id: str, date: str | None) -> ClaimcheckComponent:
    """``date`` (ISO, "2024-03-13") is the day relative dates ("on Tuesday", "last year") are read against,
    as a source's date line or metadata gives it; without it they stay unresolved, with the reason."""
    return ClaimcheckComponent(nlp, name, source_id=source_id, date=date)
