"""Flat outputs a newsroom pastes or opens: CSV (one row per claim), Markdown tables, NDJSON records."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from .._version import __version__
from ..api import DiffItem, DiffResult
from ..ledger import claim_json, entity_json, group_json, source_json, summary
from ..types import VERDICTS, Claim, Group, ScanResult
from .common import claim_groups, flat, labels, side_of

CSV_COLUMNS = (
    "group",
    "verdict",
    "key",
    "side",
    "claim",
    "source",
    "outlet",
    "kind",
    "value",
    "text",
    "claimant",
    "hedges",
    "sentence",
    "start",
    "end",
    "date",
    "url",
    "reason",
)


def _csv_text(rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")  # RFC 4180, as spreadsheets expect
    w.writerows(rows)
    return buf.getvalue()


def scan_csv(result: ScanResult) -> Iterator[str]:
    """One row per claim, in the ledger's order, with the group it is shown under (a conflict over the side it
    is on, whose id is ``side``) and that group's verdict. A claim that joined no group (a restatement in other
    units) has an empty group."""
    lab = labels(result.articles)
    arts = {a.id: a for a in result.articles}
    groups = claim_groups(result)
    sides = side_of(result)
    yield _csv_text([list(CSV_COLUMNS)])
    for c in result.claims:
        g = groups.get(c.id)
        a = arts.get(c.source)
        side = sides.get(c.id)
        row = [
            g.id if g else "",
            g.verdict if g else "",
            g.key if g else "",
            side.id if side and g and g.verdict == "conflict" else "",
            c.id,
            lab.get(c.source, c.source),
            (a.outlet if a else None) or "",
            c.kind,
            c.value_text(),
            c.text,
            c.claimant or "",
            "; ".join(c.hedges),
            flat(c.sentence),
            c.start,
            c.end,
            a.date.isoformat() if a and a.date else "",
            (a.url if a else None) or "",
            g.reason if g else "",
        ]
        yield _csv_text([row])


def _md(s: str) -> str:
    """Text safe in a Markdown table cell: one line, pipes and markup characters escaped."""
    s = flat(s)
    for ch in "\\|*_`[]<>":
        s = s.replace(ch, "\\" + ch)
    return s


def _sides_text(g: Group, result: ScanResult, lab: dict[str, str]) -> str:
    """What each source says: "212: Bay Radio (citing police), Isles Today; 214: Callan Courier", values in
    the order the group states them."""
    by_value: dict[str, list[str]] = {}
    for cid in g.claims:
        c = result.claim(cid)
        who = lab.get(c.source, c.source) + (f" (citing {c.claimant})" if c.claimant else "")
        names = by_value.setdefault(c.value_text(), [])
        if who not in names:
            names.append(who)
    return "; ".join(f"{v}: {', '.join(ws)}" for v, ws in by_value.items())


SECTION_TITLES = {
    "conflict": "Conflicts",
    "compatible": "Compatible",
    "agree": "Agreements",
    "single": "Stated by one source only",
}


def scan_markdown(result: ScanResult, *, only: str | None = None) -> Iterator[str]:
    """The summary, then a table per verdict (conflicts first): the fact, what each source says, and why.
    GitHub-flavoured pipe tables, which most CMS editors accept."""
    lab = labels(result.articles)
    s = summary(result)
    by = s["groups"]
    yield "# claimcheck report\n\n"
    yield (
        f"{s['sources']} sources, {s['claims']} claims, {sum(by.values())} groups: "
        + ", ".join(f"{by[v]} {v}" for v in VERDICTS)
        + "\n\n"
    )
    yield "| Source | Id | Title | Date | URL |\n| --- | --- | --- | --- | --- |\n"
    for a in result.articles:
        when = (a.date.isoformat() + (f" {a.time}" if a.time else "")) if a.date else ""
        yield f"| {_md(lab.get(a.id, a.id))} | {_md(a.id)} | {_md(a.title or '')} | {when} | {_md(a.url or '')} |\n"
    yield "\n"
    side_ids = {x for g in result.groups for x in g.sides}
    for verdict in (only,) if only else VERDICTS:
        groups = [g for g in result.groups if g.verdict == verdict and (verdict == "conflict" or g.id not in side_ids)]
        if not groups:
            continue
        yield f"## {SECTION_TITLES[verdict]} ({len(groups)})\n\n"
        if verdict == "single":
            yield "| Fact | Value | Source | Sentence |\n| --- | --- | --- | --- |\n"
            for g in groups:
                c = result.claim(g.claims[0])
                who = lab.get(c.source, c.source)
                yield f"| {_md(g.key)} | {_md(c.value_text())} | {_md(who)} | {_md(c.sentence)} |\n"
        else:
            yield "| Fact | What each source says | Why |\n| --- | --- | --- |\n"
            for g in groups:
                yield f"| {_md(g.key)} | {_md(_sides_text(g, result, lab))} | {_md(g.reason)} |\n"
        yield "\n"


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"


def scan_ndjson(result: ScanResult) -> Iterator[str]:
    """One JSON record a line, each with its ``type``: the run, then sources, claims, groups and entities,
    each as the ledger gives it."""
    yield _dump(
        {
            "type": "run",
            "claimcheck_version": __version__,
            "model": {"name": result.model.name, "version": result.model.version},
            "settings": result.settings,
            "summary": summary(result),
            "warnings": list(result.warnings),
        }
    )
    for a in result.articles:
        yield _dump({"type": "source", **source_json(a)})
    for c in result.claims:
        yield _dump({"type": "claim", **claim_json(c)})
    for g in result.groups:
        yield _dump({"type": "group", **group_json(g)})
    for e in result.entities:
        yield _dump({"type": "entity", **entity_json(e)})


# -- diff ---------------------------------------------------------------------------------------------------

DIFF_SECTIONS = (
    ("differ", "Where they differ"),
    ("both", "Stated by both"),
    ("only_a", "Only in"),
    ("only_b", "Only in"),
)


def _diff_items(d: DiffResult) -> Iterator[tuple[str, DiffItem]]:
    for name, _ in DIFF_SECTIONS:
        for it in getattr(d, name):
            yield name, it


def diff_csv(d: DiffResult) -> Iterator[str]:
    """One row per claim of either source, with the section it falls in and the relation of the two."""
    cols = ["section", "relation", "group", "key", "claim", "source", "value", "text", "claimant", "sentence", "reason"]
    yield _csv_text([cols])
    for name, it in _diff_items(d):
        for c in (*it.a, *it.b):
            yield _csv_text(
                [
                    [
                        name,
                        it.relation,
                        it.group.id,
                        it.group.key,
                        c.id,
                        d.labels.get(c.source, c.source),
                        c.value_text(),
                        c.text,
                        c.claimant or "",
                        flat(c.sentence),
                        it.group.reason,
                    ]
                ]
            )


def diff_ndjson(d: DiffResult) -> Iterator[str]:
    """A {"type": "diff"} record naming the two sources, then one record per item."""
    yield _dump(
        {"type": "diff", "a": d.a, "b": d.b, "labels": {d.a: d.labels.get(d.a, d.a), d.b: d.labels.get(d.b, d.b)}}
    )
    for name, it in _diff_items(d):
        yield _dump(
            {
                "type": "item",
                "section": name,
                "relation": it.relation,
                "group": group_json(it.group),
                "a": [claim_json(c) for c in it.a],
                "b": [claim_json(c) for c in it.b],
            }
        )


def _claims_cell(claims: tuple[Claim, ...]) -> str:
    seen: list[str] = []
    for c in claims:
        v = c.value_text() + (f" (according to {c.claimant})" if c.claimant else "")
        if v not in seen:
            seen.append(v)
    return "; ".join(seen)


def diff_markdown(d: DiffResult) -> Iterator[str]:
    la, lb = d.labels.get(d.a, d.a), d.labels.get(d.b, d.b)
    yield f"# {_md(la)} and {_md(lb)}\n\n"
    yield (
        f"{len(d.both)} stated by both, {len(d.differ)} differ, {len(d.only_a)} only in {_md(la)}, "
        f"{len(d.only_b)} only in {_md(lb)}\n\n"
    )
    titles = {
        "differ": "Where they differ",
        "both": "Stated by both",
        "only_a": f"Only in {la}",
        "only_b": f"Only in {lb}",
    }
    for name, _ in DIFF_SECTIONS:
        items: tuple[DiffItem, ...] = getattr(d, name)
        if not items:
            continue
        yield f"## {_md(titles[name])} ({len(items)})\n\n"
        yield f"| Fact | {_md(la)} | {_md(lb)} | Relation |\n| --- | --- | --- | --- |\n"
        for it in items:
            yield f"| {_md(it.group.key)} | {_md(_claims_cell(it.a))} | {_md(_claims_cell(it.b))} | {it.relation} |\n"
        yield "\n"
