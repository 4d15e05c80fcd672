"""Layout: which paragraphs are body text, headlines, captions, credits or the article's own date line."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.corpus import make_article
from claimcheck.extract.layout import (
    blocks,
    classify,
    credit_start,
    fact_box_colon,
    head_date,
    is_credit,
    is_date_line,
    label_start,
    wire_dateline,
)


@pytest.mark.parametrize(
    ("para", "kind"),
    [
        # headlines and subheads: they do not end as a sentence does
        ("Twelve hurt as bus leaves the road near Leeds", "headline"),
        ("Ferry operator says 40 crossings cancelled | Storm to ease by Friday", "headline"),
        ("Who runs the port?", "headline"),
        ("# Council approves budget", "headline"),
        # body text, including a lead-in to a list that ends with a colon
        ("The council approved the budget on Monday.", "body"),
        ("The panel cleared him on charges 3 and 5. Here is what each charge said:", "body"),
        # captions: a picture label, or a closing picture credit
        ("Photo: Firefighters at the warehouse in Salford on Monday, where 12 people were hurt.", "caption"),
        ("Picture caption: The stand after the roof gave way", "caption"),
        ("Video: The mayor speaks to reporters about the 14 families rehoused.", "caption"),
        ("Crews clear the line near Carlisle on Sunday. (Jane Doe/Reuters)", "caption"),
        ("Crews clear the line near Carlisle on Sunday. JANE DOE/AFP", "caption"),
        ("Photo by Jane Doe/EPA: Residents wade through a flooded street.", "caption"),
        ("The three climbers, Ann Lee, Bo Park and Cy Rees Credit: PA", "caption"),
        # credits and bylines: never read
        ("Credit: Jane Doe/Getty Images", "credit"),
        ("PHOTO: Reuters", "credit"),
        ("Photo: Northern Fire and Rescue Service via Facebook", "credit"),
        ("By Jane Doe, Transport Correspondent", "credit"),
        ("By staff, with wire reports", "credit"),
        ("(AP Photo/Jane Doe)", "credit"),
        # a list item is body text, whatever its end
        ("- 40 homes flooded in the village", "body"),
        ("• Crossings cancelled until Friday", "body"),
        # the page around the story: never read
        ("Read more: Ten things to know about the storm", "aside"),
        ("RELATED: 5 dead in earlier crash on the same road", "aside"),
        ("Advertisement", "aside"),
        ("Sign up for our newsletter and get 3 months free", "aside"),
        ("Related charges against 3 other men were dropped.", "body"),
        ("Recommended doses were cut by 20% in 2019.", "body"),
        # the article's own date: a line that only gives a date and time
        ("March 3, 2021", "dateline"),
        ("Wednesday 3 March 2021 07:15 GMT", "dateline"),
        ("Posted March 3, 2021, 9:04 AM; updated Thursday, Mar 4, 1:10 PM", "dateline"),
    ],
)
def test_classify(para: str, kind: str) -> None:
    assert classify(para) == kind


def test_a_title_case_headline_is_no_credit() -> None:
    # no lower-case word, but nothing says it names a photographer or an agency
    assert classify("Storm Leaves 300 Homes Without Power") == "headline"
    assert not is_credit("Storm Leaves 300 Homes Without Power", labelled=False)


def test_credits_say_who_took_a_picture_never_what_it_shows() -> None:
    assert is_credit("Jane Doe / Associated Press", labelled=False)
    assert is_credit("(Published Monday, March 1, 2021)", labelled=False)  # a stamp: when, not what
    assert not is_credit("(Published before the vote was counted)", labelled=False)
    assert not is_credit("Rescuers search the rubble", labelled=True)
    assert not is_credit("(48.1%)", labelled=False)
    assert not is_credit("(Independent Office for Police Conduct)", labelled=False)  # an acronym, no credit


def test_a_closing_credit_is_found_where_it_starts() -> None:
    p = "Rescuers at the mine on Friday. Officials said 9 men were trapped. JOHN ROE/AFP"
    assert p[credit_start(p) or 0 :] == "JOHN ROE/AFP"
    p = "The mayor spoke on March 2. (Published Tuesday, March 2, 2021)"
    assert p[credit_start(p) or 0 :] == "(Published Tuesday, March 2, 2021)"
    assert credit_start("The mayor said 40 homes were flooded (the most since 2007).") is None


def test_date_lines() -> None:
    assert is_date_line("12 June 2019 | 10:41")
    assert not is_date_line("June 2019 was the wettest on record")
    assert not is_date_line("Flooding hits 300 homes")


def test_blocks_split_a_caption_from_its_credit() -> None:
    text = (
        "date 2021-03-03\n\n"
        "Bridge closed after 3 lorries crash\n\n"
        "By Jane Doe\n\n"
        "March 3, 2021\n\n"
        "Police at the bridge on Tuesday, March 2, 2021. (AP Photo/John Roe)\n\n"
        "Three lorries crashed on the bridge on Tuesday.\n"
    )
    got = [(b.kind, text[b.start : b.end]) for b in blocks(make_article("t", "t.txt", text))]
    assert got == [
        ("dateline", "date 2021-03-03\n"),
        ("headline", "Bridge closed after 3 lorries crash"),
        ("credit", "By Jane Doe"),
        ("dateline", "March 3, 2021"),
        ("caption", "Police at the bridge on Tuesday, March 2, 2021."),
        ("credit", "(AP Photo/John Roe)"),
        ("body", "Three lorries crashed on the bridge on Tuesday."),
    ]


# -- the date an article gives itself at its head, when it has no date line ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bridge shut after crack\n\nBy Ann Lee\n\nMonday 2 March 2026\n\nThe bridge closed.\n", date(2026, 3, 2)),
        ("Bridge closes\n\nMon 2 Mar 2026 14.20 GMT\n\nThe bridge closed on Monday.\n", date(2026, 3, 2)),
        ("Bridge closes\n\nRiver FM | Posted Monday, March 2, 2026\n\nThe bridge closed.\n", date(2026, 3, 2)),
        ("Bridge closes\nBy Ann Lee, Valley Post\nMarch 2, 2026\n\nThe bridge closed.\n", date(2026, 3, 2)),
        ("Bridge closes\n\nMarch 2, 2026, 9:40 a.m. ET\n\nThe bridge closed.\n", date(2026, 3, 2)),
        ("Bridge closes\n\nLEEDS, England, March 2, 2026 (Wire) - The bridge closed on Monday.\n", date(2026, 3, 2)),
        ("OTTAWA, Feb. 27, 2025 — Lawmakers voted 201-99 on Thursday.\n", date(2025, 2, 27)),
        # no year: the dateline names no day by itself
        ("Bridge closes\n\nLEEDS, March 2 (Wire) - The bridge closed on Monday.\n", None),
        # a date in a headline or in the body is what the story tells, not when it was published
        ("Vote set for March 2, 2026\n\nThe council votes on March 2, 2026.\n", None),
        ("Bridge closes\n\nThe bridge closed on 2 March 2026.\n\n3 March 2026\n", None),
        # a month is no publication date
        ("Bridge closes\n\nMarch 2026\n\nThe bridge closed.\n", None),
    ],
)
def test_head_date(text: str, expected: date | None) -> None:
    assert head_date(text) == expected


def test_an_article_without_a_date_line_takes_the_date_at_its_head() -> None:
    a = make_article("x", "x.txt", "Bridge closes\n\nMonday 2 March 2026\n\nThe bridge closed on Monday.\n")
    assert a.date == date(2026, 3, 2)
    dated = make_article("y", "y.txt", "date 2026-03-04\n\nBridge closes\n\nMonday 2 March 2026\n\nIt closed.\n")
    assert dated.date == date(2026, 3, 4)  # the date line wins
    given = make_article("z", "z.txt", "Bridge closes\n\nMonday 2 March 2026\n\nIt closed.\n", date=date(2026, 3, 5))
    assert given.date == date(2026, 3, 5)  # and metadata wins over both


@pytest.mark.parametrize(
    ("paragraph", "date_text"),
    [
        ("OSLO, May 4 (Wire) - The ferry operator said on Monday it would cut 300 jobs.", "May 4"),
        ("LYON, France, 12 March 2025 (AFP) -- Two trains collided on Tuesday.", "12 March 2025"),
        ("PERTH, Australia - Firefighters battled 40 blazes on Sunday.", None),  # a place and no date
        # a story filed from several places names them all, parted by slashes
        ("OSLO/HELSINKI, May 4 (Wire) - Two ferries collided on Monday.", "May 4"),
        ("LIMA / LA PAZ, 3 June 2025 (AFP) – Talks on the border resumed on Tuesday.", "3 June 2025"),
        ("BERLIN/WARSAW (Reuters) - The two governments signed a gas deal on Friday.", None),
        ("OSLO/Helsinki talks began on May 4 - two days late.", None),  # a city in capitals opens no sentence
        ("On May 4 the ferry operator cut 300 jobs.", None),  # no dateline
    ],
)
def test_a_wire_dateline_s_date_is_found(paragraph: str, date_text: str | None) -> None:
    """The date of a wire dateline is when the story was filed: found so that it is never read as a claim."""
    got = wire_dateline(paragraph)
    assert (paragraph[got[0] : got[1]] if got is not None else None) == date_text


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("- Teams: 180; total personnel: 720", "total personnel"),
        ("- Deaths: 4; cases: 226", "cases"),
        ("- Teams: 180", "- Teams"),
        ("Suspected cases; deaths: 4", "Suspected cases; deaths"),  # (no figure before the semicolon)
    ],
)
def test_a_fact_box_label_starts_after_a_label_and_figure_of_its_own(line: str, label: str) -> None:
    """ "- Teams: 180; total personnel: 720": a line may hold two labels and figures, parted by a semicolon; the
    second label starts after it."""
    colon = line.rindex(":")
    assert line[label_start(line, colon) : colon].strip() == label


@pytest.mark.parametrize(("token", "at"), [(":", 10), ("):", 11), ("]:", 11), (";", None), (")", None)])
def test_a_fact_box_colon_may_close_a_bracket_in_one_token(token: str, at: int | None) -> None:
    """ "Blank votes (voto en blanco): 2,106": the tokenizer makes the bracket and the colon one token, "):"."""
    assert fact_box_colon(token, 10) == at
