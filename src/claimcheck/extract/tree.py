"""A token's children in the dependency parse, listed once per token and kept on its doc.

spaCy's ``Token.children`` scans the token's whole span and makes each child anew on every call, and the rules ask
the same verb or noun for its children many times over (its auxiliaries for the tense, its negation, its objects for
the predicate, ...). ``kids`` answers as ``tuple(tok.children)`` does, from a table on ``doc.user_data`` that
``forget`` takes off again, since the table's tokens hold their doc. (``Token.lefts`` and ``.subtree`` are left to
spaCy: asked for less often, they cost less there than walks of this table in Python.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

KIDS_KEY = "claimcheck.kids"


def kids(tok: Token) -> tuple[Token, ...]:
    """``tok.children``, in their order (left to right), listed the first time they are asked for."""
    table: dict[int, tuple[Token, ...]] | None = tok.doc.user_data.get(KIDS_KEY)
    if table is None:
        table = tok.doc.user_data[KIDS_KEY] = {}
    got = table.get(tok.i)
    if got is None:
        got = table[tok.i] = tuple(tok.children)
    return got


def forget(doc: Doc) -> None:
    """Take the table off ``doc``: its tokens refer to the doc, and would keep it alive until a garbage collection."""
    doc.user_data.pop(KIDS_KEY, None)
