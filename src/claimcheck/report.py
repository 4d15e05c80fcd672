"""Rich renderings of a scan and a diff. Takes a Console; never decides where output goes."""

from __future__ import annotations

import dataclasses
import functools
import os
import re
from collections.abc import Iterable, Sequence
from contextvars import ContextVar
from typing import Any, TypeVar

from rich.console import Console
from rich.console import Group as RenderGroup
from rich.table import Table
from rich.text import Text

from .api import DiffItem, DiffResult
from .errors import clean
from .ledger import claim_json, group_json, summary
from .timeline import Timeline, timelines
from .types import Claim, Group, ScanResult

VERDICT_STYLE = {"conflict": "bold red", "compatible": "yellow", "agree": "green", "single": "dim"}
SECTION_ORDER = ("conflict", "compatible", "agree", "single")


# How this rendering names sources (see claimcheck.labels); set by render_scan and render_diff.
_LABELS: ContextVar[dict[str, str] | None] = ContextVar("claimcheck_labels", default=None)
T = TypeVar("T")


def scrub(obj: T) -> T:
    """A copy of a claim, group, value or diff item with every string in it ``clean``: nothing read from an
    article or a file name reaches the terminal as a control sequence. What holds no such string is returned
    as it is (no copy)."""
    if isinstance(obj, str):
        return clean(obj)  # type: ignore[return-value]
    if isinstance(obj, tuple):
        out = tuple(scrub(x) for x in obj)
        return obj if all(x is y for x, y in zip(out, obj, strict=True)) else out  # type: ignore[return-value]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {}
        for name in _fields(type(obj)):
            v = getattr(obj, name)
            if v is None or isinstance(v, (bool, int, float)):
                continue
            w = scrub(v)
            if w is not v:
                changes[name] = w
        return dataclasses.replace(obj, **changes) if changes else obj
    return obj


@functools.cache
def _fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


class _Scrubbed(dict[str, Claim]):
    """Claims by (raw) id, each scrubbed when first looked up: a report shows few of a large scan's claims."""

    def __getitem__(self, key: str) -> Claim:
        c = super().__getitem__(key)
        safe = scrub(c)
        if safe is not c:
            super().__setitem__(key, safe)
        return safe


def short_id(source: str) -> str:
    return (_LABELS.get() or {}).get(source) or source.split("_", 1)[0]


def snippet(c: Claim, width: int = 150) -> Text:
    """The claim's sentence, cut to ``width`` around the claim, with the claim in bold."""
    s = " ".join(c.sentence.split())
    flat_claim = " ".join(c.text.split())
    i = s.find(flat_claim)
    if i < 0:
        i = max(0, c.start - c.sentence_start)
    j = i + len(flat_claim)
    lo = max(0, min(i - (width - len(flat_claim)) // 2, len(s) - width))
    hi = min(len(s), lo + width)
    out = Text(("…" if lo > 0 else "") + s[lo:hi] + ("…" if hi < len(s) else ""))
    off = 1 if lo > 0 else 0
    if i >= lo and j <= hi:
        out.stylize("bold", i - lo + off, j - lo + off)
    return out


def _who(c: Claim) -> str:
    return f" — {c.claimant}" if c.claimant else ""


def summary_line(result: ScanResult) -> Text:
    s = summary(result)
    by = s["groups"]
    t = Text(f"{s['sources']} sources, {s['claims']} claims, {sum(by.values())} groups: ")
    parts = []
    for v in SECTION_ORDER:
        parts.append(Text(f"{by[v]} {v}", style=VERDICT_STYLE[v] if by[v] else ""))
    t.append(Text(", ").join(parts))
    return t


def render_summary(console: Console, result: ScanResult, files: list[tuple[str, str]]) -> None:
    """What a scan or reconcile whose output went to files prints instead of the report: the summary line,
    where each file went, and how to see the full report."""
    console.print(summary_line(result))
    for what, where in files:
        console.print(Text(f"{what} written to {clean(where)}"), soft_wrap=True)  # a path is not cut
    ledger = next((where for what, where in files if what == "ledger"), None)
    how = f"--report, or claimcheck render {clean(ledger)} --format text" if ledger else "--report"
    console.print(Text(f"the full report: {how}", style="dim"), soft_wrap=True)


_CLAIMS_HEADERS = ("source", "value", "sentence")
_CLAIMS_NO_WRAP = (True, True, False)


def _claims_cells(claims: Iterable[Claim], width: int) -> list[tuple[Text, Text, Text]]:
    return [
        (
            Text(short_id(c.source)),
            Text(c.value_text() + (" (hedged)" if c.shown_hedges() else "")),
            snippet(c, width).append(_who(c), style="italic"),
        )
        for c in claims
    ]


def _claims_table(claims: Iterable[Claim], width: int, cells: list[tuple[Text, Text, Text]] | None = None) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=False)
    table.add_column("source", no_wrap=True)
    table.add_column("value", no_wrap=True)
    table.add_column("sentence", overflow="fold")
    for row in cells if cells is not None else _claims_cells(claims, width):
        table.add_row(*row)
    return table


def render_group(console: Console, g: Group, by_id: dict[str, Claim], *, full: bool = True) -> None:
    claims = [by_id[i] for i in g.claims]
    # what is shown of the group, cleaned (scrub of the whole group would clean its 50 comparisons too)
    verdict, key, gid, why = clean(g.verdict), clean(g.key), clean(g.id), clean(g.reason)
    head = Text()
    head.append(verdict.upper(), style=VERDICT_STYLE[g.verdict])
    head.append(f"  {key}  ", style="bold")
    head.append(f"[{gid}, confidence {g.confidence:.2f}]", style="dim")
    if not full:
        claims = _one_per_source(claims)
    reason = Text("  " + why, style="dim" if not full else "")
    cells = _claims_cells(claims, 140 if full else 90)
    plain = _plain_claims_table(console, cells) if console.color_system is None else None
    if plain is None:
        console.print(RenderGroup(head, reason, _claims_table(claims, 0, cells), Text()), style="")
    else:  # the same text, without rich's table layout (see plain_table)
        console.print(RenderGroup(head, reason), style="")
        console.print(Text(plain), no_wrap=True, overflow="ignore", crop=False)
        console.print()


_PLAIN_TABLES: bool | None = None  # None: plain_table not yet checked against rich's Table in this process


def _plain_claims_table(console: Console, cells: list[tuple[Text, Text, Text]]) -> str | None:
    """plain_table of a group's claims; the first such table of the process is also drawn by rich and compared,
    and if the two differ (another rich whose layout changed), rich draws every table."""
    global _PLAIN_TABLES
    if _PLAIN_TABLES is False:
        return None
    rows = [(a.plain, b.plain, c.plain) for a, b, c in cells]
    got = plain_table(_CLAIMS_HEADERS, _CLAIMS_NO_WRAP, rows, console.width)
    if got is not None and _PLAIN_TABLES is None:
        _PLAIN_TABLES = got == _rich_table_text(console, cells)
        if not _PLAIN_TABLES:
            return None
    return got


def _rich_table_text(console: Console, cells: list[tuple[Text, Text, Text]]) -> str:
    from rich.console import Console as PlainConsole

    with open(os.devnull, "w", encoding="utf-8") as sink:
        c = PlainConsole(file=sink, width=console.width, color_system=None, highlight=False, markup=False)
        with c.capture() as cap:
            c.print(_claims_table((), 0, cells), no_wrap=True, overflow="ignore", crop=False)
    return cap.get().removesuffix("\n")


_SINGLE_WIDTH: dict[str, bool] = {}


def _single_width(s: str) -> bool:
    """Every character of ``s`` takes one cell and none is white space but the space."""
    for ch in set(s):
        ok = _SINGLE_WIDTH.get(ch)
        if ok is None:
            ok = _SINGLE_WIDTH[ch] = ch == " " or (not ch.isspace() and ch.isprintable() and _cell_size(ch) == 1)
        if not ok:
            return False
    return True


def _cell_size(ch: str) -> int:
    from rich.cells import cell_len

    return cell_len(ch)


def plain_table(
    headers: tuple[str, ...], no_wrap: tuple[bool, ...], rows: Sequence[tuple[str, ...]], max_width: int
) -> str | None:
    """The text a rich ``Table(box=None, pad_edge=False, expand=False)`` with these column headers (no_wrap
    columns, the others folding) prints for ``rows`` at ``max_width`` without colour, worked out directly:
    rich measures every cell twice and renders each through several layers, which made the report cost more
    than reconciling. None where this does not follow rich's layout (a character of another width than one, a
    line break or tab, a column squeezed below its words or header), so that rich draws it."""
    n = len(headers)
    if max_width < 10:
        return None
    pads = [(0 if k == 0 else 1, 0 if k == n - 1 else 1) for k in range(n)]  # padding (0, 1), none at the edges
    table = [headers, *rows]
    for row in table:
        for cell in row:
            if not (cell.isascii() and cell.isprintable()) and not _single_width(cell):
                return None
    widths = []
    for k in range(n):
        extra = pads[k][0] + pads[k][1]
        hi = 1
        for row in table:
            cell = row[k]
            longest = min(len(cell), max_width)  # Measurement.get of the Text, then of its Padding
            hi = max(hi, min((longest + extra) if longest >= 1 else extra, max_width))
        widths.append(min(hi, max_width) or 1)
    total = sum(widths)
    if total > max_width:
        wrapable = [not w for w in no_wrap]
        if sum(wrapable) != 1:
            return None
        k = wrapable.index(True)
        widths[k] -= total - max_width
        if widths[k] - sum(pads[k]) < max(len(headers[k]), 2):
            return None  # squeezed: rich's last resort, or a wrapped header
    inner = [w - a - b for w, (a, b) in zip(widths, pads, strict=True)]
    for k in range(n):
        if no_wrap[k] and any(len(row[k]) > inner[k] for row in table):
            return None
    out: list[str] = []
    for row in table:
        cols: list[list[str]] = []
        for k, cell in enumerate(row):
            w = inner[k]
            pieces = [cell] if no_wrap[k] or len(cell) <= w else _fold(cell, w)
            left, right = " " * pads[k][0], " " * pads[k][1]
            cols.append([f"{left}{p[:w]}{' ' * (w - len(p))}{right}" for p in pieces])
        height = max(len(c) for c in cols)
        for line_no in range(height):
            out.append("".join(c[line_no] if line_no < len(c) else " " * widths[k] for k, c in enumerate(cols)))
    return "\n".join(out)


_TRAILING_SPACE = re.compile(r"\s+$")


def _fold(text: str, width: int) -> list[str]:
    """Text.wrap of one line with overflow "fold", before justification: rich's own divide_line, then each
    piece's white space beyond the width dropped (Text.rstrip_end)."""
    from rich._wrap import divide_line

    offsets = divide_line(text, width, fold=True)
    pieces = [text[a:b] for a, b in zip([0, *offsets], [*offsets, len(text)], strict=True)]
    out = []
    for p in pieces:
        if len(p) > width:
            m = _TRAILING_SPACE.search(p)
            if m is not None:
                p = p[: len(p) - min(len(m.group(0)), len(p) - width)]
        out.append(p)
    return out


def _one_per_source(claims: list[Claim]) -> list[Claim]:
    seen: set[str] = set()
    out = []
    for c in claims:
        if c.source not in seen:
            seen.add(c.source)
            out.append(c)
    return out


def render_scan(console: Console, result: ScanResult, *, only: str | None = None, max_single: int = 25) -> None:
    """Summary, then conflicts in full, then agreements and compatibles, then single-source claims, short."""
    _LABELS.set({a.id: clean(a.label) for a in result.articles if a.label})  # a label is input: cleaned
    by_id = _Scrubbed((c.id, c) for c in result.claims)
    console.print(summary_line(result))
    console.print()
    wanted = (only,) if only else SECTION_ORDER
    titles = {
        "conflict": "Conflicts",
        "compatible": "Compatible",
        "agree": "Agreements",
        "single": "Stated by one source only",
    }
    for verdict in wanted:
        groups = [g for g in result.groups if g.verdict == verdict]
        if verdict == "compatible" and not only:
            render_timelines(console, timelines(result))
        if not groups:
            continue
        console.rule(Text(f"{titles[verdict]} ({len(groups)})", style=VERDICT_STYLE[verdict]), align="left")
        if verdict == "single":
            limit = len(groups) if only == "single" else max_single
            # a grid, so that a sentence that wraps stays in its column instead of running under the source
            table = Table(show_header=False, box=None, pad_edge=False, expand=False)
            for style in ("dim", "dim", "bold"):
                table.add_column(no_wrap=True, style=style)
            table.add_column(overflow="fold")
            rows = [by_id[g.claims[0]] for g in groups[:limit]]
            used = sum(max((len(f(c)) for c in rows), default=0) + 2 for f in (_src, _kind, _value))
            width = max(30, min(90, console.width - used - 2))  # the sentence (and its two "…") cut to fit
            for c in rows:
                table.add_row(_src(c), _kind(c), _value(c), snippet(c, width))
            console.print(table)
            if len(groups) > limit:
                console.print(Text(f"… and {len(groups) - limit} more (--only single shows them all)", style="dim"))
            console.print()
            continue
        for g in groups:
            render_group(console, g, by_id, full=verdict == "conflict" or only is not None)


def _src(c: Claim) -> str:
    return short_id(c.source)


def _kind(c: Claim) -> str:
    return c.kind


def _value(c: Claim) -> str:
    return c.value_text()


def render_timelines(console: Console, lines: tuple[Timeline, ...]) -> None:
    """Running figures in one place each: when each figure stood, its value, who reported it, who said it."""
    if not lines:
        return
    console.rule(Text(f"Running figures, updated over time ({len(lines)})", style="cyan"), align="left")
    for t in lines:
        console.print(Text(clean(t.key), style="bold"))
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=False)
        for col in ("when", "value", "sources", "according to", "group"):
            table.add_column(col, no_wrap=col != "according to")
        for e in t.entries:
            table.add_row(
                Text(clean(e.when or "undated")),
                Text(clean(", ".join(e.values))),
                Text(clean(", ".join(short_id(s) for s in e.sources))),
                Text(clean(", ".join(e.claimants))),
                Text(clean(e.group)),
            )
        console.print(table)
        console.print()


def _diff_line(d: DiffResult) -> Text:
    a, b = short_id(d.a), short_id(d.b)
    return Text(
        f"{d.a} vs {d.b}: {len(d.both)} stated by both, {len(d.differ)} differ, "
        f"{len(d.only_a)} only in {a}, {len(d.only_b)} only in {b}"
    )


def render_diff_summary(console: Console, d: DiffResult, files: list[tuple[str, str]]) -> None:
    """What a diff whose output went to a file prints instead of the diff: its first line, and where it went."""
    _LABELS.set({k: clean(v) for k, v in dict(d.labels).items()})
    console.print(_diff_line(scrub(d)))
    for what, where in files:
        console.print(Text(f"{what} written to {clean(where)}"), soft_wrap=True)
    console.print(Text("the full diff: --report", style="dim"))


def render_diff(console: Console, d: DiffResult) -> None:
    _LABELS.set({k: clean(v) for k, v in dict(d.labels).items()})
    d = scrub(d)
    a, b = short_id(d.a), short_id(d.b)
    console.print(_diff_line(d))
    console.print()
    sections: list[tuple[str, tuple[DiffItem, ...], str]] = [
        (f"Where {a} and {b} differ", d.differ, "conflict"),
        (f"Stated by both {a} and {b}", d.both, "agree"),
        (f"Only in {a}", d.only_a, "single"),
        (f"Only in {b}", d.only_b, "single"),
    ]
    for title, items, style_key in sections:
        if not items:
            continue
        console.rule(Text(f"{title} ({len(items)})", style=VERDICT_STYLE[style_key]), align="left")
        for it in items:
            head = Text()
            head.append(
                it.relation.upper().replace("ONLY_A", "ONLY").replace("ONLY_B", "ONLY"),
                style=VERDICT_STYLE.get(it.relation, "dim"),
            )
            head.append(f"  {it.group.key}  ", style="bold")
            head.append(f"[{it.group.id}, scan verdict {it.group.verdict}]", style="dim")
            console.print(head)
            if it.a and it.b:
                console.print(Text("  " + it.group.reason, style="dim"))
            console.print(_claims_table([*_one_per_source(list(it.a)), *_one_per_source(list(it.b))], 140))
            console.print()


def diff_json(d: DiffResult) -> dict[str, Any]:
    def item(it: DiffItem) -> dict[str, Any]:
        return {
            "relation": it.relation,
            "group": group_json(it.group),
            "a": [claim_json(c) for c in it.a],
            "b": [claim_json(c) for c in it.b],
        }

    return {
        "a": d.a,
        "b": d.b,
        "both": [item(i) for i in d.both],
        "differ": [item(i) for i in d.differ],
        "only_a": [item(i) for i in d.only_a],
        "only_b": [item(i) for i in d.only_b],
    }
