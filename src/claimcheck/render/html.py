"""The HTML report: one self-contained page (inline CSS, no script, nothing fetched) a reader opens in a browser.

The summary, then the conflicts with each side's value, source and sentence, then the compatible and agreeing
groups and the single claims, then each source's text with its claims highlighted and coloured by verdict.
A highlighted claim links to its group (``#G...``), which the page outlines when it is the link's target; a
group's claims link back to the text. Every piece of article text is escaped.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from .._version import __version__
from ..api import DiffItem, DiffResult
from ..ledger import summary
from ..types import VERDICTS, Article, Claim, Group, ScanResult
from .common import claim_groups, labels, marked
from .tables import SECTION_TITLES

CSS = """
:root{--conflict:#c62828;--conflict-bg:#fde0e0;--compatible:#b26a00;--compatible-bg:#fff0c8;--agree:#2e7d32;
--agree-bg:#dcf3dc;--single:#616161;--single-bg:#ececec;--ink:#1d1d1d;--line:#d0d0d0}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);margin:0;
background:#fafafa}
header,main{max-width:1100px;margin:0 auto;padding:0 20px}
header{padding-top:18px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:19px;margin:28px 0 10px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:0 0 4px}
h4.side{font-size:14px;margin:10px 0 2px}h4.side .value{font-size:15px}
.summary{font-size:16px;margin:6px 0}
.counts span{display:inline-block;padding:1px 8px;border-radius:10px;margin-right:6px;font-weight:600}
.meta{color:#666;font-size:13px}
nav a{margin-right:14px}
.group{background:#fff;border:1px solid var(--line);border-left:6px solid var(--single);border-radius:4px;
padding:10px 14px;margin:10px 0}
.group:target{outline:3px solid #1565c0;outline-offset:2px}
.group .reason{color:#555;font-size:13px;margin:2px 0 8px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:4px 8px;border-top:1px solid #eee}
th{font-size:12px;text-transform:uppercase;color:#666;border-top:none}
td.value{font-weight:700;white-space:nowrap}
td.src{white-space:nowrap}
.v-conflict{border-left-color:var(--conflict)}.v-compatible{border-left-color:var(--compatible)}
.v-agree{border-left-color:var(--agree)}.v-single{border-left-color:var(--single)}
.badge{font-size:11px;font-weight:700;text-transform:uppercase;padding:1px 6px;border-radius:3px;margin-right:6px;
color:#fff}
.b-conflict{background:var(--conflict)}.b-compatible{background:var(--compatible)}.b-agree{background:var(--agree)}
.b-single{background:var(--single)}
.c-conflict{background:var(--conflict-bg);color:var(--conflict)}
.c-compatible{background:var(--compatible-bg);color:var(--compatible)}
.c-agree{background:var(--agree-bg);color:var(--agree)}.c-single{background:var(--single-bg);color:var(--single)}
mark{background:#fff59d;padding:0 1px}
a.claim{text-decoration:none;border-radius:3px;padding:0 2px;border-bottom:2px solid;color:inherit}
a.claim.v-conflict{background:var(--conflict-bg);border-color:var(--conflict)}
a.claim.v-compatible{background:var(--compatible-bg);border-color:var(--compatible)}
a.claim.v-agree{background:var(--agree-bg);border-color:var(--agree)}
a.claim.v-single{background:var(--single-bg);border-color:var(--single)}
a.claim.v-none{border-color:#bbb;border-bottom-style:dotted}
a.claim:target{outline:2px solid #1565c0}
.source{background:#fff;border:1px solid var(--line);border-radius:4px;padding:12px 16px;margin:12px 0}
.text{white-space:pre-wrap;font-family:Georgia,"DejaVu Serif",serif;font-size:15px;line-height:1.6}
.legend span{margin-right:10px}
details summary{cursor:pointer;font-weight:600;margin:8px 0}
footer{max-width:1100px;margin:30px auto;padding:0 20px;color:#888;font-size:12px}
"""


def _e(s: object) -> str:
    return escape(str(s), quote=True)


def _page(title: str, body: Iterator[str]) -> Iterator[str]:
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    yield '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    yield f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
    yield from body
    yield f"<footer>Written by claimcheck {_e(__version__)}. This page loads nothing from the network.</footer>\n"
    yield "</body>\n</html>\n"


def _counts(by: dict[str, int]) -> str:
    return " ".join(f'<span class="c-{v}">{by[v]} {v}</span>' for v in VERDICTS)


def _sentence(c: Claim) -> str:
    before, words, after = marked(c)
    s = _e(" ".join(before.split()) + (" " if before[-1:].isspace() else ""))
    s += f"<mark>{_e(words)}</mark>" if words else ""
    s += _e((" " if after[:1].isspace() else "") + " ".join(after.split()))
    return s


def _source_link(c: Claim, lab: dict[str, str], anchors: dict[str, str]) -> str:
    """The claim's source, linked to the claim in the source's text where the text is in the page."""
    name = _e(lab.get(c.source, c.source))
    return f'<a href="#{_e(anchors[c.id])}">{name}</a>' if c.id in anchors else name


def _claim_rows(claims: list[Claim], lab: dict[str, str], anchors: dict[str, str]) -> Iterator[str]:
    yield "<table><tr><th>value</th><th>source</th><th>sentence</th></tr>\n"
    for c in claims:
        who = f" <i>— according to {_e(c.claimant)}</i>" if c.claimant else ""
        hedge = f" <i>(hedged: {_e(', '.join(c.shown_hedges()))})</i>" if c.shown_hedges() else ""
        yield (
            f'<tr><td class="value">{_e(c.value_text())}</td>'
            f'<td class="src">{_source_link(c, lab, anchors)}</td>'
            f"<td>{_sentence(c)}{who}{hedge}</td></tr>\n"
        )
    yield "</table>\n"


def _anchor(claim_id: str) -> str:
    return "c-" + claim_id


def _group_card(g: Group, result: ScanResult, lab: dict[str, str], anchors: dict[str, str]) -> Iterator[str]:
    yield f'<section class="group v-{g.verdict}" id="{_e(g.id)}">\n'
    yield (
        f'<h3><span class="badge b-{g.verdict}">{g.verdict}</span>{_e(g.key)} '
        f'<span class="meta">{_e(g.id)}, confidence {g.confidence:.2f}</span></h3>\n'
    )
    yield f'<div class="reason">{_e(g.reason)}</div>\n'
    sides = [x for x in result.groups if x.id in g.sides] if g.verdict == "conflict" else []
    if not sides:
        yield from _claim_rows([result.claim(i) for i in g.claims], lab, anchors)
    for n, side in enumerate(sides, 1):
        claims = [result.claim(i) for i in side.claims]
        values = ", ".join(dict.fromkeys(c.value_text() for c in claims))
        who = ", ".join(dict.fromkeys(lab.get(c.source, c.source) for c in claims))
        yield (
            f'<h4 class="side">Side {n}: <span class="value">{_e(values)}</span> '
            f'<span class="meta">({_e(who)}; <a href="#{_e(side.id)}">{_e(side.id)}</a>)</span></h4>\n'
        )
        yield from _claim_rows(claims, lab, anchors)
    yield "</section>\n"


def _marked_claims(a: Article, claims: list[Claim]) -> tuple[list[Claim], dict[str, str]]:
    """The claims highlighted in the source's text, in order, and for every claim the anchor that shows it: its
    own, or, for a claim inside another claim's words (the 17 of "16 of the 17"), the outer claim's."""
    marked: list[Claim] = []
    anchor: dict[str, str] = {}
    pos = 0
    for c in sorted(claims, key=lambda c: (c.start, -c.end, c.id)):
        if c.end > len(a.text) or a.text[c.start : c.end] != c.text:
            continue
        if c.start < pos:
            anchor[c.id] = anchor[marked[-1].id]
            continue
        marked.append(c)
        anchor[c.id] = _anchor(c.id)
        pos = c.end
    return marked, anchor


def _anchors(result: ScanResult) -> dict[str, str]:
    by_source: dict[str, list[Claim]] = {}
    for c in result.claims:
        by_source.setdefault(c.source, []).append(c)
    out: dict[str, str] = {}
    for a in result.articles:
        out.update(_marked_claims(a, by_source.get(a.id, []))[1])
    return out


def _highlighted(a: Article, claims: list[Claim], shown: dict[str, Group]) -> str:
    """The source's text with each claim a link to its group; a claim inside another claim's words (the 17 of
    "16 of the 17") is left to the outer one, which links to its own group."""
    text = a.text
    out: list[str] = []
    pos = 0
    for c in _marked_claims(a, claims)[0]:
        g = shown.get(c.id)
        verdict = g.verdict if g else "none"
        target = f"#{g.id}" if g else f"#{_anchor(c.id)}"
        tip = f"{c.kind}: {c.value_text()}" + (f" ({g.verdict}, {g.key})" if g else "")
        out.append(_e(text[pos : c.start]))
        out.append(
            f'<a class="claim v-{verdict}" id="{_e(_anchor(c.id))}" href="{_e(target)}" title="{_e(tip)}">'
            f"{_e(text[c.start : c.end])}</a>"
        )
        pos = c.end
    out.append(_e(text[pos:]))
    return "".join(out)


def _source_block(a: Article, claims: list[Claim], shown: dict[str, Group], lab: dict[str, str]) -> Iterator[str]:
    yield f'<article class="source" id="src-{_e(a.id)}">\n<h3>{_e(lab.get(a.id, a.id))}'
    if a.title:
        yield f": {_e(a.title)}"
    yield "</h3>\n"
    meta = [f"id {a.id}", f"read from {a.path}" + (f", record {a.record}" if a.record is not None else "")]
    if a.outlet:
        meta.append(f"outlet {a.outlet}")
    if a.author:
        meta.append(f"by {a.author}")
    if a.date:
        meta.append(f"dated {a.date.isoformat()}" + (f" {a.time}" if a.time else ""))
    if a.url:
        meta.append(a.url)
    yield f'<div class="meta">{_e(" · ".join(meta))} · {len(claims)} claims</div>\n'
    if a.text:
        yield f'<div class="text">{_highlighted(a, claims, shown)}</div>\n'
    yield "</article>\n"


def scan_html(result: ScanResult, *, title: str = "claimcheck report") -> Iterator[str]:
    return _page(title, _scan_body(result, title))


def _scan_body(result: ScanResult, title: str) -> Iterator[str]:
    lab = labels(result.articles)
    s = summary(result)
    by = s["groups"]
    shown = claim_groups(result)
    anchors = _anchors(result)
    side_ids = {x for g in result.groups for x in g.sides}
    yield f"<header>\n<h1>{_e(title)}</h1>\n"
    yield (
        f'<p class="summary">{s["sources"]} sources, {s["claims"]} claims, {sum(by.values())} groups: '
        f'<span class="counts">{_counts(by)}</span></p>\n'
    )
    yield (
        '<p class="meta legend">Claims in the texts below are coloured by verdict: '
        '<span class="c-conflict">conflict</span><span class="c-compatible">compatible</span>'
        '<span class="c-agree">agree</span><span class="c-single">one source only</span>. '
        "Click a claim to see its group.</p>\n"
    )
    yield '<nav><a href="#conflict">Conflicts</a><a href="#compatible">Compatible</a><a href="#agree">Agreements</a>'
    yield '<a href="#single">Single claims</a><a href="#sources">Sources</a></nav>\n'
    for w in result.warnings:
        yield f'<p class="meta">warning: {_e(w)}</p>\n'
    yield "</header>\n<main>\n"
    for verdict in VERDICTS:
        # a single claim that is one side of a conflict is listed too: the conflict links to it
        keep_sides = verdict in ("conflict", "single")
        groups = [g for g in result.groups if g.verdict == verdict and (keep_sides or g.id not in side_ids)]
        yield f'<h2 id="{verdict}">{SECTION_TITLES[verdict]} ({len(groups)})</h2>\n'
        if verdict == "single":
            yield from _singles(groups, result, lab, anchors)
            continue
        for g in groups:
            yield from _group_card(g, result, lab, anchors)
        sides = [g for g in result.groups if g.verdict == verdict and g.id in side_ids]
        if sides:
            yield f"<details><summary>Sides of conflicts ({len(sides)})</summary>\n"
            for g in sides:
                yield from _group_card(g, result, lab, anchors)
            yield "</details>\n"
    yield f'<h2 id="sources">Sources ({len(result.articles)})</h2>\n'
    by_source: dict[str, list[Claim]] = {}
    for c in result.claims:
        by_source.setdefault(c.source, []).append(c)
    for a in result.articles:
        yield from _source_block(a, by_source.get(a.id, []), shown, lab)
    yield "</main>\n"


def _singles(groups: list[Group], result: ScanResult, lab: dict[str, str], anchors: dict[str, str]) -> Iterator[str]:
    if not groups:
        return
    yield "<table><tr><th>fact</th><th>value</th><th>source</th><th>sentence</th></tr>\n"
    for g in groups:
        c = result.claim(g.claims[0])
        yield (
            f'<tr class="group-row" id="{_e(g.id)}"><td>{_e(g.key)}</td><td class="value">{_e(c.value_text())}</td>'
            f'<td class="src">{_source_link(c, lab, anchors)}</td>'
            f"<td>{_sentence(c)}</td></tr>\n"
        )
    yield "</table>\n"


def diff_html(d: DiffResult, result: ScanResult) -> Iterator[str]:
    la, lb = d.labels.get(d.a, d.a), d.labels.get(d.b, d.b)
    return _page(f"{la} and {lb}", _diff_body(d, result, la, lb))


def _diff_body(d: DiffResult, result: ScanResult, la: str, lb: str) -> Iterator[str]:
    lab = labels(result.articles)
    shown = claim_groups(result)
    two = [a for a in result.articles if a.id in (d.a, d.b)]
    anchors = {k: v for k, v in _anchors(result).items() if result.claim(k).source in (d.a, d.b)}
    yield f"<header>\n<h1>{_e(la)} and {_e(lb)}</h1>\n"
    yield (
        f'<p class="summary">{len(d.both)} stated by both, {len(d.differ)} differ, {len(d.only_a)} only in '
        f"{_e(la)}, {len(d.only_b)} only in {_e(lb)}</p>\n</header>\n<main>\n"
    )
    sections: list[tuple[str, tuple[DiffItem, ...]]] = [
        ("Where they differ", d.differ),
        ("Stated by both", d.both),
        (f"Only in {la}", d.only_a),
        (f"Only in {lb}", d.only_b),
    ]
    for title, items in sections:
        yield f"<h2>{_e(title)} ({len(items)})</h2>\n"
        for it in items:
            rel = it.relation if it.relation in VERDICTS else "single"
            g = it.group
            yield f'<section class="group v-{rel}" id="{_e(g.id)}">\n'
            yield f'<h3><span class="badge b-{rel}">{_e(it.relation)}</span>{_e(g.key)}</h3>\n'
            yield f'<div class="reason">{_e(g.reason)}</div>\n'
            yield from _claim_rows([*it.a, *it.b], lab, anchors)
            yield "</section>\n"
    yield '<h2 id="sources">Sources</h2>\n'
    for a in two:
        yield from _source_block(a, [c for c in result.claims if c.source == a.id], shown, lab)
    yield "</main>\n"
