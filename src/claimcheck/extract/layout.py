"""Where an article's sentences are: body paragraphs, headlines and subheads, picture captions, and the lines
that are no statement of the story (the date line, a bare publication date, bylines and picture credits, and
the page around the story: links to other stories, advertising).

This runs on the raw text before spaCy, so it is cheap, and the same rules tell the sentence splitter
where paragraphs break. Body, headline and caption blocks are read for claims (each claim says which block it
came from); datelines, credits and asides never are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..types import Article
from .dates import find_dates

BlockKind = Literal["body", "headline", "caption", "dateline", "credit", "aside"]
READ_KINDS: tuple[BlockKind, ...] = ("body", "headline", "caption")

# A label that opens a caption ("Photo: Rescuers at the site ...", "Video: ...") or a credit ("Credit: ...").
_LABEL = re.compile(
    r"(?P<label>(?:(?:photo(?:graph)?|picture|image|video|graphic|illustration)s?\s+)?"
    r"(?P<word>caption|credits?|photo(?:graph)?s?|pictures?|pictured|images?|video|graphic|illustration|watch))"
    r"\s*:\s*",
    re.I,
)
_CREDIT_LABEL = re.compile(r"credits?\Z", re.I)
# Words that say a line names where a picture comes from, not what it shows.
_CREDIT_WORD = re.compile(r"\b(?:photo(?:graph)?s?|pictures?|images?|credits?|courtesy|handout|file|pool)\b", re.I)
# A stamp of when a picture or video was published: a date, not a statement.
_STAMP = re.compile(r"\A(?:published|posted|updated|uploaded|first published|last updated)\b", re.I)
# The only lower-case words a credit or byline holds ("AP Photo/Jane Doe", "Jane Doe for Reuters", "Name via
# Twitter", "By staff, with wire reports"): anything else is a clause, so the line says something.
_CREDIT_GLUE = frozenset(
    "a an and at by de del der di du for from in la le of the van von via with courtesy file handout pool photo "
    "photos staff wire reports report writer reporter correspondent editor agencies agency".split()
)
_BYLINE = re.compile(r"\A(?:by|words by|reporting by)\s+\S", re.I)
_TEXT_CREDIT = re.compile(r"\b(?:reporting|editing|writing|compiled|additional reporting)\s+by\b", re.I)
# A credit before a caption: "Photo by Jane Doe/EPA: Residents wade through ...".
_LEAD_CREDIT = re.compile(
    r"\A(?:photo(?:graph)?|picture|image|video)s?\s+(?:by|from|courtesy of)\s+[^:\n]{1,80}?:\s+", re.I
)
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*\s*\Z")
# Inside a paragraph: a full stop after a lower-case word, then a capital ("acquitted on count 13. What ..."):
# two sentences, which a headline never holds ("Gov. Bob McDonnell" and "D.C. Women's" are no break).
_SENTENCE_BREAK = re.compile(r"(?<![A-Za-z])(?:[a-z]{2,}|\d+)[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z]")
# Where a credit may start inside a paragraph: after a sentence, after a "|", at a closing bracket group, or
# before a credit's label ("... and Jane Doe Credit: PA"). Every match starts with a space, a "|", a quotation mark
# or a closing bracket: the lookahead of those first (it changes no match) spares the regex engine the four branches,
# and the first one's lookbehind, at every other character (measured: credit_start's searches 0.66 -> 0.37 ms a pass)
_TAIL_START = re.compile(
    r"(?=[\s|\"'”’)\]])"
    r"(?:(?<=[.!?…])[\"'”’)\]]*\s+|\s*\|\s*|\s+(?=\()|\s+(?=(?:(?:photo|picture|image)\s+)?credits?\s*:))",
    re.I,
)
_STAMP_WORDS = re.compile(r"\b(?:published|posted|updated|last|first|on|at|and)\b|[|,;:\-–—/()]", re.I)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")
_MAX_CREDIT_WORDS = 14
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")  # a word of a credit: from a letter on
# The page around the story: links to other stories, advertising, calls to subscribe or share. Never read: a
# figure there is another story's ("Read more: 10 things to know about ...").
_ASIDE = re.compile(
    r"\A\W*(?:(?:read more|read next|see also|more on this(?: story)?|most read|sign up|subscribe|follow us|share this|"
    r"click here|listen to|download (?:the|our) app)\b|(?:related(?: stories| articles| coverage)?|recommended|"
    r"sponsored(?: content)?|advertisement)\s*(?::|\Z))",  # "Related:", but "Related charges were dropped" is body
    re.I,
)
# A list item of the body ("- By 9:30 a.m., half a million people had arrived"), not a subheading.
_BULLET = re.compile(r"\A(?:[-–—•*·▪]|\d{1,2}[.)])\s+\S")
_MAX_CREDIT_CHARS = 160
# What a credit or stamp is made of (see is_credit): a paragraph's end without any of them closes with no credit.
_CREDIT_HINTS = (
    "/ photo picture image video graphic illustration watch caption credit courtesy handout file pool publish "
    "posted updated uploaded by".split()
)
# A date line starts with a date, or with the word that stamps it ("Posted", "Updated").
_DATE_LINE_START = re.compile(
    r"\A\W*(?:(?:first |last )?(?:posted|updated|published)\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)",
    re.I,
)


@dataclass(frozen=True)
class Block:
    start: int
    end: int  # exclusive, without the line break
    kind: BlockKind


def continues_line(prev_line: str, next_line: str) -> bool:
    """True when a line break only wraps a sentence: the line before is unfinished and the next goes on
    in lower case."""
    nxt = next_line.lstrip()
    return bool(prev_line.strip()) and not _ends_sentence(prev_line) and nxt[:1].islower()


def blocks(article: Article) -> list[Block]:
    """Split the text into paragraphs and say what each one is. A caption's closing credit ("... on Tuesday.
    (AP Photo/Jane Doe)") is a block of its own, so that nothing is read from it."""
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
        out.extend(Block(s + a, s + b, kind) for a, b, kind in parts(text[s:e]))
    return out


def parts(para: str) -> list[tuple[int, int, BlockKind]]:
    """One paragraph's blocks, as offsets into it: mostly the paragraph itself, but a credit that opens or
    closes a caption ("Photo by Jane Doe/AP: ...", "... on Tuesday. (AP Photo/Jane Doe)") or closes a story
    ("(Reporting by Jane Doe)") is a block of its own, so that nothing is read from it."""
    out: list[tuple[int, int, BlockKind]] = []
    p0 = 0
    kind: BlockKind
    lead = _LEAD_CREDIT.match(para)
    if lead and para[lead.end() :].strip():
        out.append((0, lead.end(), "credit"))
        p0 = lead.end()
    kind, tail = ("caption", credit_start(para, p0)) if lead else _classify(para)
    if kind in READ_KINDS and tail is not None:
        out.append((p0, p0 + len(para[p0:tail].rstrip()), kind))
        out.append((tail, len(para), "credit"))
        return out
    out.append((p0, len(para), kind))
    return out


def classify(para: str) -> BlockKind:
    """What one paragraph is: a caption (it opens with a picture label or closes with a picture credit), a
    credit or byline, a bare date line (the date the article was published), a headline or subhead (it does
    not end as a sentence does), or body text."""
    return _classify(para)[0]


def _classify(para: str) -> tuple[BlockKind, int | None]:
    """The paragraph's kind, and where a credit closing it starts (offsets into ``para``)."""
    p = para.strip()
    if _ASIDE.match(p):
        return "aside", None
    label = _LABEL.match(p)
    if label:
        rest = p[label.end() :]
        if _CREDIT_LABEL.search(label.group("word")) or is_credit(rest):
            return "credit", None  # "Credit: USGS", "PHOTO: AFP", "Photo: IFRC via Twitter"
        return "caption", credit_start(para)
    if _LEAD_CREDIT.match(p):
        return "caption", credit_start(para)
    if not _ends_sentence(p) and is_date_line(p):
        return "dateline", None  # "September 4, 2014", "Posted Jan. 23, 2017 4:52 PM": the article's own date
    if is_credit(p, labelled=False) or is_byline(p):
        return "credit", None
    tail = credit_start(para)
    text = p if tail is None else para[:tail].strip()
    if tail is not None and not _TEXT_CREDIT.search(para[tail:]):
        return "caption", tail  # "Villagers search the rubble ... on Wednesday. (Jane Doe/AP)"
    if p.startswith("#"):
        return "headline", tail
    if _BULLET.match(p):
        return "body", tail
    if not _ends_sentence(text):
        if p.endswith(":") and _SENTENCE_BREAK.search(p):
            return "body", tail  # "... acquitted on counts 12 and 13. What each count alleged:"
        return "headline", tail
    if p.rstrip("\"'”’").endswith("?") and len(p.split()) <= 10:
        return "headline", tail  # "Who was Stephen Port?": a subheading
    return "body", tail


def _ends_sentence(s: str) -> bool:
    return bool(_ENDS_SENTENCE.search(s.rstrip()[-12:]))  # its end only: a search tries every character


def is_credit(text: str, labelled: bool = True) -> bool:
    """A credit or stamp: names and agencies only ("AP Photo/Jane Doe", "(Jane Doe / Associated Press)",
    "Getty Images", "(Published Saturday, Jan. 21, 2017)", "(Reporting by Jane Doe)"), never a clause. Without
    a label before it, a line must also say it is a credit (a "/" between names, or a word such as "Photo",
    "Images" or "reporting by")."""
    t = text.strip().rstrip(".").strip()
    if len(t) > _MAX_CREDIT_CHARS:
        return False
    if t.startswith("(") and t.endswith(")"):
        t = t[1:-1].strip()
    inner = _LABEL.match(t)
    if inner:
        t, labelled = t[inner.end() :], True
    if not t or not any(ch.isalpha() for ch in t):
        return False
    if _STAMP.match(t):
        return is_date_line(t)
    # no words, too many, or a lower-case word that is no credit's glue: a clause (the first such word decides,
    # so most lines are read no further than it)
    n = 0
    for m in _WORD.finditer(t):
        w = m.group()
        n += 1
        if n > _MAX_CREDIT_WORDS or (w[0].islower() and w.lower() not in _CREDIT_GLUE):
            return False
    if not n:
        return False
    return labelled or "/" in t or bool(_CREDIT_WORD.search(t) or _TEXT_CREDIT.search(t))


def is_byline(p: str) -> bool:
    """ "By Jane Doe, Science Editor", "By staff, with wire reports"."""
    m = _BYLINE.match(p)
    return m is not None and is_credit(p[m.end() - 1 :])


def credit_start(para: str, pos: int = 0) -> int | None:
    """Where a credit closing the paragraph starts ("... as buildings swayed. AP PHOTO/JANE DOE", "... on
    Jan. 21. (Published Saturday, Jan. 21, 2017)", "... Credit: Jane Doe/Getty Images"), else None. The
    earliest such place wins, so a credit of two parts is one."""
    start = max(pos, len(para) - _MAX_CREDIT_CHARS - 40)
    end = para[start:].lower()
    for h in _CREDIT_HINTS:  # (a loop, not any() of a generator: most paragraphs try every hint)
        if h in end:
            break
    else:
        return None  # most paragraphs stop here
    for m in _TAIL_START.finditer(para, start):
        tail = para[m.end() :]
        if m.end() > pos and len(tail) <= _MAX_CREDIT_CHARS and is_credit(tail, labelled=False):
            return m.end()
    return None


def is_date_line(p: str) -> bool:
    """A line that only gives a date and time ("September 4, 2014", "Friday 24 June 2016 06:02 BST", "Posted
    Jan. 23, 2017 4:52 PM; updated Friday, 12:42 PM"): when the article was published, not a claim."""
    if len(p) > 120 or not _DATE_LINE_START.match(p):
        return False
    found = find_dates(p, None)
    if not found:
        return False
    rest = list(p)
    for d in found:
        rest[d.start : d.end] = " " * (d.end - d.start)
    left = _STAMP_WORDS.sub(" ", "".join(rest))
    return not re.search(r"\w", left)


# A clock time closing a date line ("Tue 9 Jun 2026 13.05 BST", "June 9, 2026 4:52 PM ET").
_CLOCK_TAIL = re.compile(r"[\s,]+\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*\Z", re.I)
# A wire dateline opening a paragraph: the place in capitals (a region may follow), the date, the agency in
# brackets, then a dash: "WASHINGTON, March 3, 2016 (Reuters) -", "COVENTRY, England, March 2 -". A story filed
# from several places names them all, parted by slashes: "PARIS/BAMAKO, Sept 9 (Wire) -".
_WIRE_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z'’.]+(?:(?:[ -]|\s?/\s?)[A-Z][A-Z'’.]+)*(?:,\s+[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3})*,\s+"
    r"(?P<date>[^()\n–—]{4,40}?)\s*(?:\([^()\n]{1,40}\)\s*)?(?:--|[-–—])\s"
)
_HEAD_LINES = 12  # how many lines before the first body paragraph may hold the article's date


def wire_dateline(paragraph: str) -> tuple[int, int] | None:
    """Where the date of a wire dateline opening ``paragraph`` is ("STOCKHOLM, Oct 22 (Wire) - ...": the offsets of
    "Oct 22"): when and where the story was filed, no fact of it. None when the paragraph opens with none, or its
    dateline gives a place and no date ("COPIAPO, Chile - ...")."""
    m = _WIRE_DATELINE.match(paragraph)
    if m is None or not find_dates(m.group("date"), None):
        return None
    return m.start("date"), m.end("date")


def head_date(text: str, start: int = 0) -> date | None:
    """The date an article gives itself at its head, for an article without a ``date`` line or metadata: the
    first full date (day, month and year) of a line that only stamps it ("Tuesday 9 June 2026", "Tue 9 Jun
    2026 13.05 BST", "WMLO News | Posted Thursday, Nov. 5, 2026") before the first body paragraph, or of a wire
    dateline opening that paragraph ("WASHINGTON, March 3, 2016 (Reuters) - ..."). A date without its year
    ("LONDON, June 9 (Reuters) -") dates nothing by itself; a headline or a sentence never dates the article."""
    n = 0
    for m in _LINE.finditer(text, start):
        if m.start() == m.end() or n >= _HEAD_LINES:
            break
        line = m.group().strip()
        if not line:
            continue
        n += 1
        kind = classify(line)
        if kind == "body":
            wire = _WIRE_DATELINE.match(line)
            return _full_day(wire.group("date")) if wire else None
        if kind != "aside":
            for part in line.split("|"):
                part = _CLOCK_TAIL.sub("", part.strip())
                if part and is_date_line(part):
                    got = _full_day(part)
                    if got is not None:
                        return got
    return None


def _full_day(s: str) -> date | None:
    """The day of the first date in ``s`` that names its day, month and year."""
    for d in find_dates(s, None):
        if d.value is not None and not d.relative and d.value.grain == "day" and d.value.minute is None:
            return d.value.start
    return None


# A fact box's label: a line's few words before its colon, after an optional bullet ("- Homes destroyed", "• Oil
# spilled (MHB estimate)"), with no figure and no sentence's end in them
# (a year may stand in the label, saying when its figure holds: "Candidates in the 2025 session: 184,632")
_FACT_BOX_LABEL = re.compile(
    r"[ \t]*(?:[-–—•*·▪][ \t]*)?[^\s\d.!?:;](?:[^\d.!?:;\n]|(?<!\d)(?:18|19|20)\d\d(?!\d)){0,60}"
)
# The rest of a fact box's line from its figure: the figure, a unit or a day after it, and the line's end or an aside
# ("120", "700 tonnes (officials)", "17, of which nine ...", "2.40am Tuesday"), not a clause ("40 people were hurt")
_LINE_VALUE = re.compile(r"\S+(?:[ \t]+[^\s(,;–—]+)?[ \t]*(?:$|[(,;–—]|\.?[ \t]*$)", re.MULTILINE)


def fact_box_colon(token: str, idx: int) -> int | None:
    """Where the colon of a token at ``idx`` stands, when the token is a colon or the tokenizer's one token of a
    bracket closed right before it ("Blank votes (voto en blanco): 2,106"); else None."""
    return idx + len(token) - 1 if token in (":", "):", "]:") else None


def label_start(text: str, colon: int) -> int:
    """Where the label before the colon at ``colon`` starts: its line's start, or just after a semicolon that ends
    a label and figure of its own on that line ("- Teams: 180; total personnel: 720")."""
    line_start = text.rfind("\n", 0, colon) + 1
    semi = text.rfind(";", line_start, colon)
    if semi < 0:
        return line_start
    first = text.find(":", line_start, semi)
    if first < 0 or _FACT_BOX_LABEL.fullmatch(text, line_start, first) is None:
        return line_start
    value = first + 1 + len(text[first + 1 : semi]) - len(text[first + 1 : semi].lstrip())
    return semi + 1 if _LINE_VALUE.match(text, value) is not None and value < semi else line_start


def fact_box_line(text: str, colon: int, value: int) -> bool:
    """Is the colon at ``colon`` a fact box's, with its figure at ``value`` ("- Beaches shut: 5", "Boats in clean-up:
    40", "• Oil spilled (MHB estimate): about 700 tonnes")? A short label of at most eight words opens its line, after
    an optional bullet, with no figure and no sentence's end in it, and the figure ends the line but for a unit, a day
    or an aside ("17, of which nine ..."); not "Police counted 83 vehicles: 61 cars", nor "Police said: 40 people were
    hurt"."""
    line_start = label_start(text, colon)
    return (
        _FACT_BOX_LABEL.fullmatch(text, line_start, colon) is not None
        and len(text[line_start:colon].split()) <= 8
        and _LINE_VALUE.match(text, value) is not None
    )
