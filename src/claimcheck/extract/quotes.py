"""Who says it: quotations, their speakers, and reported speech ("police said 128,000 ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .names import EntityIndex, clean_name
from .tree import kids

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SPEECH_VERBS = frozenset(
    [
        "say",
        "add",
        "tell",
        "continue",
        "explain",
        "state",
        "reiterate",
        "warn",
        "claim",
        "insist",
        "write",
        "comment",
        "note",
        "argue",
        "admit",
        "announce",
        "confirm",
        "reveal",
        "describe",
        "estimate",
        "report",
        "put",
        "believe",
        "told",
    ]
)
PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "this", "that", "who"])
_MIN_QUOTE_WORDS = 5  # shorter quoted fragments are scare quotes or titles, not speech


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    speaker: str | None
    role: str | None


_QUOTE_MARKS = re.compile('[“”"]')


def _quote_spans(text: str, s: int, e: int) -> tuple[list[tuple[int, int]], bool, bool]:
    """Quoted stretches of one paragraph; whether it opens with a quote; whether the last one is unclosed."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    para = text[s:e]
    starts_quoted = para.lstrip()[:1] in ('"', "“")
    for mark in _QUOTE_MARKS.finditer(para):  # only the quotation marks, not every character, are visited
        i, ch = mark.start(), mark.group()
        if ch == "“" or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = i + 1
        elif ch in ("”", '"') and open_at is not None:
            spans.append((s + open_at, s + i))
            open_at = None
    unclosed = open_at is not None
    if open_at is not None:
        spans.append((s + open_at, e))
    spans = [(a, b) for a, b in spans if len(text[a:b].split()) >= _MIN_QUOTE_WORDS]
    return spans, starts_quoted, unclosed


def subject_of(verb: Token) -> Token | None:
    for child in kids(verb):
        if child.dep_ in ("nsubj", "nsubjpass"):
            if not _dateline_place(child):
                return child
            after = past_dateline(child)
            if after is not None:
                return after
    if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        return subject_of(verb.head)
    return None


def past_dateline(tok: Token) -> Token | None:
    """The subject after a dateline that the parse took for the clause's subject, in apposition to it ("LAMONAN,
    Balintaya - The death toll ... rose to 11": the toll); None when ``tok`` is no dateline's place or has none."""
    if not _dateline_place(tok):
        return None
    doc = tok.doc
    dash = next((t.i for t in doc[tok.i + 1 : min(len(doc), tok.i + 10)] if t.text in _DASHES), None)
    # (the noun after the dash: "BAYFIELD, Colo. (AP) - A fast-moving wildfire", not the dateline's "Colo.")
    return next(
        (c for c in kids(tok) if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and dash is not None and c.i > dash),
        None,
    )


def _dateline_place(tok: Token) -> bool:
    """ "WASHINGTON (APS) - An Ohio meat processor on Thursday expanded ...": a dateline's place, in capitals, opening
    its paragraph and closed by a dash, which the parse may read as the clause's subject; it is where the story was
    filed from, never who did anything."""
    doc = tok.doc
    left = tok.left_edge
    if not (tok.text.isupper() and len(tok.text) > 1 and left.text.isupper()):
        return False
    if left.i > 0 and not (doc[left.i - 1].is_space and "\n" in doc[left.i - 1].text):
        return False  # (read from the token before, not the doc's text, which spaCy joins anew on each access)
    return any(t.text in _DASHES for t in doc[tok.i + 1 : min(len(doc), tok.i + 10)])


_DASHES = frozenset(("-", "–", "—", "--"))


def speaker_phrase(subj: Token, index: EntityIndex, last: str | None) -> tuple[str | None, str | None]:
    """The speaker's name (canonical when it is a known entity) and role, from the subject of a speech verb."""
    if subj.lower_ in PRONOUNS:
        return last, None
    doc = subj.doc
    left = subj.left_edge.i
    right = subj.i
    # "The Met's acting deputy commissioner Helen Ball said": the name may follow the noun the parser chose
    # as subject; take the whole phrase up to a comma, dash or relative clause.
    for t in doc[subj.i + 1 : subj.right_edge.i + 1]:
        if t.is_punct or t.dep_ in ("relcl", "acl", "prep", "cc"):
            break
        right = t.i
    phrase = doc[left : right + 1]
    mentions = index.in_span(phrase.start_char, phrase.end_char)
    for m in mentions:
        if index.labels.get(m.canonical) == "PERSON":
            role = clean_name(index.text[phrase.start_char : m.start]) or None
            return m.canonical, role
    for m in mentions:
        if m.start <= subj.idx < m.end:  # "The Independent Office for Police Conduct (IOPC) said"
            return m.canonical, None
    name = clean_name(phrase.text)
    canon = index.resolve(name)
    return (canon or name or None), None


def find_quotes(doc: Doc, paragraphs: list[tuple[int, int]], index: EntityIndex) -> list[Quote]:
    """Quotations in the body paragraphs, each with its speaker.

    A paragraph that opens with a quotation mark and names no speaker continues the previous paragraph's
    quotation (the newspaper convention for quotes that run over several paragraphs)."""
    text = index.text or doc.text
    out: list[Quote] = []
    last_speaker: str | None = None
    last_role: str | None = None
    prev_was_quote = False
    for s, e in paragraphs:
        spans, starts_quoted, _ = _quote_spans(text, s, e)
        if not spans:
            prev_was_quote = False
            continue
        speaker: str | None = None
        role: str | None = None
        found = False
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            for tok in span:
                if tok.lemma_ not in SPEECH_VERBS or tok.pos_ not in ("VERB", "AUX"):
                    continue
                if any(a <= tok.idx < b for a, b in spans):
                    continue
                subj = subject_of(tok)
                if subj is None or any(a <= subj.idx < b for a, b in spans):
                    continue
                speaker, role = speaker_phrase(subj, index, last_speaker)
                found = True
                break
        if not found and starts_quoted and prev_was_quote:
            speaker, role = last_speaker, last_role
        for a, b in spans:
            out.append(Quote(a, b, speaker, role))
        if speaker:
            last_speaker, last_role = speaker, role
        prev_was_quote = True
    return out


def reported_by(tok: Token, index: EntityIndex, quotes_speaker: str | None, sentence: Span | None = None) -> str | None:
    """The claimant of a clause: the quote's speaker, else the subject of a reporting verb above it
    ("Organisers said 1.7 million ..."), else "according to X"; None means the outlet itself."""
    if quotes_speaker:
        return quotes_speaker
    for clause in kids(tok):  # "the 140 posts the council had announced": the noun's own reporting clause
        if clause.dep_ in ("relcl", "acl") and clause.lemma_ in SPEECH_VERBS:
            subj = subject_of(clause)
            if subj is not None and subj.lower_ not in PRONOUNS:
                who, _ = speaker_phrase(subj, index, None)
                return who
    cur = tok
    seen = 0
    while seen < 12:  # (Token.head makes a new Token: an identity test never ends the walk at the root)
        seen += 1
        came_from = cur
        cur = cur.head
        if cur.lemma_ in SPEECH_VERBS and cur.pos_ == "VERB" and came_from.dep_ in ("ccomp", "dobj", "parataxis"):
            subj = subject_of(cur)
            if subj is not None:
                who, _ = speaker_phrase(subj, index, None)
                return who
        if cur.i == came_from.i:
            break  # the root, its own head: every further step would test it again, as it came from itself
    sent = sentence if sentence is not None else tok.sent
    # the index keeps the doc's text: a slice of it spares Span.text, which makes a Token of every word
    said = index.text[sent.start_char : sent.end_char] if index.text else sent.text
    if "according to" not in said.lower():
        return None
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            for pobj in kids(t.doc[t.i + 1]):
                if pobj.dep_ == "pobj":
                    phrase = t.doc[pobj.left_edge.i : pobj.i + 1]
                    name = clean_name(phrase.text)
                    return index.resolve(name) or name
    return None
