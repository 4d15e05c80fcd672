"""Where an article's sentences are: body paragraphs, as opposed to headlines, captions and credits.

This runs on the raw text before spaCy, so it is cheap, and the same rules tell the sentence splitter
where paragraphs break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..types import Article

BlockKind = Literal["body", "headline", "caption", "dateline"]

_CAPTION = re.compile(r"\b(?:Picture|Credit|Photo|Photograph|Image|Pictured|Photo credit)s?\s*:", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*\s*\Z")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")


@dataclass(frozen=True)
class Block:
    start: int
    end: int  # exclusive, without the line break
    kind: BlockKind


def continues_line(prev_line: str, next_line: str) -> bool:
    """True when a line break only wraps a sentence: the line before is unfinished and the next goes on
    in lower case."""
    nxt = next_line.lstrip()
    return bool(prev_line.strip()) and not _ENDS_SENTENCE.search(prev_line) and nxt[:1].islower()


def blocks(article: Article) -> list[Block]:
    """Split the text into paragraphs and say what each one is."""
    text = article.text
    out: list[Block] = []
    if article.body_start:
        out.append(Block(0, article.body_start, "dateline"))
    paras: list[list[int]] = []  # [start, end] per paragraph
    prev_line = ""
    for m in _LINE.finditer(text, article.body_start):
        if m.start() == m.end():
            break
        line = m.group().rstrip("\r\n")
        s, e = m.start(), m.start() + len(line)
        if not line.strip():
            prev_line = ""
            continue
        if paras and prev_line and continues_line(prev_line, line):
            paras[-1][1] = e
        else:
            paras.append([s, e])
        prev_line = line
    for s, e in paras:
        out.append(Block(s, e, classify(text[s:e])))
    return out


def classify(para: str) -> BlockKind:
    p = para.strip()
    label = _CAPTION.search(p)
    if label:
        # A caption that tells what the picture shows states facts like any sentence ("Photo: Rescuers at the
        # site on Tuesday, May 12, 2015, where seven people died."); a bare credit line does not.
        rest = p[label.end() :].strip()
        if label.start() < 20 and len(rest.split()) >= 8 and _ENDS_SENTENCE.search(rest):
            return "body"
        return "caption"
    if p.startswith("#") or not _ENDS_SENTENCE.search(p):
        return "headline"
    words = len(p.split())
    if p.rstrip("\"'”’").endswith("?") and words <= 10:
        return "headline"  # "Who was Stephen Port?": a subheading, not a claim
    return "body"
