"""Score claimcheck on the development stories in fixtures/dev_stories/<event>/ and keep their expectations.

A port of the project's story scorer (../shared/tools/ledger_score.py and score_stories.py) that needs neither
/work/shared nor a CLI run: each story's articles are scanned with tests/golden.py's ``scan`` (the library as the
CLI runs it), the result is turned into the CLI's JSON ledger records, and those are scored by the same
definitions:

- gold figures extracted: gold members covered by a claim whose normalised value is the gold value;
- agreement recall: agree/approx facts found as one consistent group holding at least two of their sources;
- conflict recall: conflict facts found as one conflict group holding two different gold values (for a rolling
  figure, one that changes over time, a group that ``supersedes`` another with a different gold value also counts);
- conflict precision: reported numeric/date conflict groups that a gold conflict or attributed pair explains;
- traps kept: no group holds claims from two sides of a trap.

Each story's expect.json records what claimcheck achieves now (tests/test_dev_stories.py fails on any loss):

    python tests/story_score.py              # per-story lines and the ALL line, like score_stories.py
    python tests/story_score.py -q           # the figures only, no per-miss lines
    python tests/story_score.py --compare    # also what changed against expect.json (exit 1 on a regression)
    python tests/story_score.py --record     # rewrite every expect.json from a fresh scan
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Run as a script, score this checkout's claimcheck rather than whichever one is installed.
_SRC = Path(__file__).resolve().parent.parent / "src"
if __name__ == "__main__" and str(_SRC) not in sys.path:
    sys.path.insert(0, str(_SRC))

import golden  # noqa: E402  (after the path set-up above)
from claimcheck.ledger import claim_json, group_json  # noqa: E402

STORIES_DIR = golden.ROOT / "fixtures" / "dev_stories"
# stories written for this project after the rules they test were not yet known to their writers (held out, then
# read): scored and kept like the development stories
HELDOUT_DIR = golden.ROOT / "fixtures" / "heldout_stories"
EXPECT_NAME = "expect.json"
CONSISTENT = frozenset({"agree", "compatible", "approx", "consistent"})

Member = Mapping[str, Any]
Record = Mapping[str, Any]


def source_texts(folder: Path) -> dict[str, str]:
    """Each article's text by file stem, read byte for byte (no newline translation), as the scorer reads them."""
    texts: dict[str, str] = {}
    for p in sorted(folder.iterdir()):
        if p.is_file():
            with p.open(encoding="utf-8", newline="") as f:
                texts[p.stem] = f.read()
    return texts


class StoryLedger:
    """A claimcheck JSON ledger (its "claims" and "groups" records) with the articles' texts.

    A gold member {source, token} matches a claim of that source whose [start, end) overlaps an occurrence of
    token in the source text."""

    def __init__(self, ledger: Mapping[str, Any], texts: Mapping[str, str]) -> None:
        self.claims: dict[str, Record] = {c["id"]: c for c in ledger.get("claims", [])}
        self.groups: list[Record] = list(ledger.get("groups", []))
        self.texts = texts

    def matches(self, claim: Record, member: Member) -> bool:
        src = str(claim.get("source", ""))
        if not src.startswith(member["source"]):
            return False
        tok: str = member["token"]
        text = self.texts.get(src)
        s, e = claim.get("start"), claim.get("end")
        if text is not None and isinstance(s, int) and isinstance(e, int):
            i = text.find(tok)
            while i >= 0:
                if s < i + len(tok) and i < e:
                    return True
                i = text.find(tok, i + 1)
            return False
        return tok in str(claim.get("text", "")) or str(claim.get("text", "")) in tok

    def claims_for(self, member: Member) -> list[Record]:
        return [c for c in self.claims.values() if self.matches(c, member)]

    def _group_claims(self, g: Record) -> list[Record]:
        return [self.claims[cid] for cid in g.get("claims", []) if cid in self.claims]

    def group_sources(self, g: Record, members: Sequence[Member]) -> set[str]:
        """Which gold members' sources are covered by claims in group g."""
        return {m["source"] for c in self._group_claims(g) for m in members if self.matches(c, m)}

    def found_consistent(self, members: Sequence[Member]) -> bool:
        need = min(2, len({m["source"] for m in members}))
        return any(g.get("verdict") in CONSISTENT and len(self.group_sources(g, members)) >= need for g in self.groups)

    def _gold_values(self, g: Record, members: Sequence[Member]) -> dict[str, set[str]]:
        vals: dict[str, set[str]] = {}
        for c in self._group_claims(g):
            for m in members:
                if self.matches(c, m):
                    vals.setdefault(str(m.get("value", m["token"])), set()).add(m["source"])
        return vals

    def found_conflict(self, members: Sequence[Member], rolling: bool = False) -> bool:
        """Two different gold values in one conflict group; for a rolling figure (one that changes over time)
        also two groups of different gold values where the later one supersedes the earlier."""
        for g in self.groups:
            if g.get("verdict") == "conflict" and len(self._gold_values(g, members)) >= 2:
                return True
        if rolling:
            by_id = {g.get("id"): g for g in self.groups}
            for g in self.groups:
                mine = set(self._gold_values(g, members))
                for old in g.get("supersedes") or []:
                    theirs = set(self._gold_values(by_id.get(old, {}), members))
                    if mine and theirs and mine != theirs:
                        return True
        return False

    def conflict_groups(self, kinds_excluded: Iterable[str] = ("name",)) -> list[Record]:
        excluded = set(kinds_excluded)
        out = []
        for g in self.groups:
            if g.get("verdict") != "conflict":
                continue
            ks = {c.get("kind") for c in self._group_claims(g)}
            if ks and ks <= excluded:
                continue
            out.append(g)
        return out

    def trap_grouped(self, members: Sequence[Member]) -> bool:
        """A trap (members with sides) is broken when one group holds claims from two different sides of it."""
        for g in self.groups:
            claims = self._group_claims(g)
            sides = {m.get("side", i) for i, m in enumerate(members) if any(self.matches(c, m) for c in claims)}
            if len(sides) >= 2:
                return True
        return False


def value_matches(claim: Record, want: Any) -> bool:
    """Whether a claim's normalised value is the gold value (a number, a [low, high] range, an ISO date, a year)."""
    v = claim.get("value")
    if want is None:
        return True
    if isinstance(want, list) and len(want) == 2:
        return isinstance(v, dict) and v.get("low") == want[0] and v.get("high") == want[1]
    if isinstance(want, str) and claim.get("kind") == "date":
        return isinstance(v, str) and (v == want or v.startswith(want + "/") or v.split("/")[0] == want)
    if isinstance(want, int) and claim.get("kind") == "date":
        return isinstance(v, str) and v[:4] == str(want) and (len(v) == 4 or v[4] == "/")
    if isinstance(want, (int, float)):
        if isinstance(v, (int, float)):
            nums: list[Any] = [v]
        elif isinstance(v, dict):
            nums = [v.get("value"), v.get("high"), v.get("low")]
        else:
            nums = []
        return any(isinstance(n, (int, float)) and abs(n - want) <= 1e-9 * max(1, abs(want)) for n in nums)
    return isinstance(want, str)  # names: a claim over the token is enough


@dataclass
class StoryScore:
    """One story's figures, with the gold ids behind them (for expect.json) and one line per miss."""

    event: str
    figures: list[int] = field(default_factory=lambda: [0, 0])  # [extracted, gold members]
    figures_missed: list[str] = field(default_factory=list)  # "F3 004 'token'"
    agreements: list[str] = field(default_factory=list)  # ids of the agree/approx facts found
    agreements_total: int = 0
    conflicts: list[str] = field(default_factory=list)  # ids of the conflict facts found
    conflicts_total: int = 0
    traps_kept: list[str] = field(default_factory=list)
    traps_total: int = 0
    reported: int = 0  # numeric/date conflict groups reported
    false_conflicts: list[dict[str, Any]] = field(default_factory=list)  # {"key", "values"} of the unexplained
    lines: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.event}: figures {self.figures[0]}/{self.figures[1]}, agreements "
            f"{len(self.agreements)}/{self.agreements_total}, conflicts {len(self.conflicts)}/{self.conflicts_total},"
            f" false conflicts {len(self.false_conflicts)}/{self.reported}, traps kept "
            f"{len(self.traps_kept)}/{self.traps_total}"
        )

    def expectation(self) -> dict[str, Any]:
        """What expect.json records: the gold ids found, the figures extracted and the false conflicts."""
        return {
            "event": self.event,
            "figures_extracted": self.figures[0],
            "figures_missed": sorted(self.figures_missed),
            "agreements_found": list(self.agreements),
            "conflicts_found": list(self.conflicts),
            "traps_kept": list(self.traps_kept),
            "false_conflicts": sorted(self.false_conflicts, key=_false_key),
        }


def _false_key(fc: Mapping[str, Any]) -> tuple[str, tuple[str, ...]]:
    return str(fc["key"]), tuple(fc["values"])


def score_story(led: StoryLedger, gold: Mapping[str, Any]) -> StoryScore:
    """The figures the project is held to on a multi-outlet story, with one line per miss."""
    out = StoryScore(event=str(gold.get("event", "")))
    conflict_sets: list[Sequence[Member]] = []
    for f in gold["facts"]:
        for m in f["members"]:
            out.figures[1] += 1
            if any(value_matches(c, m.get("value")) for c in led.claims_for(m)):
                out.figures[0] += 1
            else:
                got = [f"{c.get('kind')}:{c.get('value_text') or c.get('value')}" for c in led.claims_for(m)]
                out.figures_missed.append(f"{f['id']} {m['source']} {m['token']!r}")
                out.lines.append(
                    f"  no claim with the value: {f['id']} {m['source']} {m['token']!r} want {m.get('value')!r};"
                    f" got {got or 'nothing'}"
                )
        if f["verdict"] == "conflict":
            conflict_sets.append(f["members"])
            out.conflicts_total += 1
            if led.found_conflict(f["members"], rolling="rolling" in f.get("what", "").lower()):
                out.conflicts.append(f["id"])
            else:
                out.lines.append(f"  conflict missed: {f['id']} {f.get('what', '')}")
        else:
            out.agreements_total += 1
            if led.found_consistent(f["members"]):
                out.agreements.append(f["id"])
            else:
                out.lines.append(f"  agreement missed: {f['id']} [{f['verdict']}] {f.get('what', '')}")
    for t in gold.get("traps", []):
        ms = t.get("must_not_group") or t.get("must_not_conflict") or []
        out.traps_total += 1
        if led.trap_grouped(ms):
            out.lines.append(f"  trap broken: {t['id']} {t.get('what', '')}")
        else:
            out.traps_kept.append(t["id"])
    allowed = conflict_sets + [a["members"] for a in gold.get("attributed", [])]
    for g in led.conflict_groups():
        out.reported += 1
        claims = led._group_claims(g)
        if not any(led.matches(c, m) for c in claims for ms in allowed for m in ms):
            vals = sorted({str(c.get("value_text") or c.get("value")) for c in claims})
            out.false_conflicts.append({"key": g.get("key"), "values": vals})
            out.lines.append(
                f"  conflict reported that no gold conflict or attributed pair explains: {g.get('key')} {vals[:6]}"
            )
    return out


def stories() -> list[Path]:
    """The development stories, then the held-out ones: every folder of fixtures/dev_stories and
    fixtures/heldout_stories with a gold.json, each by name."""
    return [
        p
        for folder in (STORIES_DIR, HELDOUT_DIR)
        if folder.is_dir()
        for p in sorted(folder.iterdir())
        if (p / "gold.json").is_file()
    ]


def load_gold(story: Path) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    return gold


def scan_story(story: Path) -> StoryScore:
    """Scan the story's articles as the CLI does and score the ledger it would write."""
    articles = story / "articles"
    result = golden.scan(articles).result
    ledger = {"claims": [claim_json(c) for c in result.claims], "groups": [group_json(g) for g in result.groups]}
    gold = load_gold(story)
    score = score_story(StoryLedger(ledger, source_texts(articles)), gold)
    score.event = str(gold.get("event", story.name))
    return score


def load_expectation(story: Path) -> dict[str, Any] | None:
    p = story / EXPECT_NAME
    if not p.is_file():
        return None
    exp: dict[str, Any] = json.loads(p.read_text(encoding="utf-8"))
    return exp


def render_expectation(exp: Mapping[str, Any]) -> str:
    """expect.json's text: sorted keys, one item a line, a final newline; the same input gives the same bytes."""
    return json.dumps(exp, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def record(story: Path, score: StoryScore) -> None:
    (story / EXPECT_NAME).write_text(render_expectation(score.expectation()), encoding="utf-8")


@dataclass
class Comparison:
    """A score against a story's recorded expectation: what was lost (fails the test) and what was gained."""

    regressions: list[str] = field(default_factory=list)
    improvements: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # changes that are neither (a figure traded for another)


def compare(exp: Mapping[str, Any], score: StoryScore) -> Comparison:
    out = Comparison()
    now = score.expectation()
    for key, what in (
        ("agreements_found", "agreement"),
        ("conflicts_found", "conflict"),
        ("traps_kept", "trap kept"),
    ):
        was, got = list(exp.get(key, [])), set(now[key])
        lost = [i for i in was if i not in got]
        gained = [i for i in now[key] if i not in set(was)]
        if lost:
            verb = "now broken" if key == "traps_kept" else "no longer found"
            out.regressions.append(f"{what} {verb}: {', '.join(lost)}")
        if gained:
            verb = "now kept" if key == "traps_kept" else "now found"
            out.improvements.append(f"{what} {verb}: {', '.join(gained)}")
    n_was, n_now = int(exp.get("figures_extracted", 0)), int(now["figures_extracted"])
    was_missed, now_missed = set(exp.get("figures_missed", [])), set(now["figures_missed"])
    newly_missed = sorted(now_missed - was_missed)
    if n_now < n_was:
        out.regressions.append(
            f"gold figures extracted: {n_now} < {n_was} recorded; newly missed: {'; '.join(newly_missed) or '?'}"
        )
    elif n_now > n_was:
        out.improvements.append(f"gold figures extracted: {n_now} > {n_was} recorded")
    if newly_missed and n_now >= n_was:
        out.notes.append(f"figures missed now that were extracted: {'; '.join(newly_missed)}")
    was_false = Counter(_false_key(fc) for fc in exp.get("false_conflicts", []))
    now_false = Counter(_false_key(fc) for fc in now["false_conflicts"])
    new_false = sorted((now_false - was_false).elements())
    gone_false = sorted((was_false - now_false).elements())
    shown = "; ".join(f"{k} {list(v)}" for k, v in new_false)
    n_false_was, n_false_now = sum(was_false.values()), sum(now_false.values())
    if n_false_now > n_false_was:
        out.regressions.append(f"false conflicts: {n_false_now} > {n_false_was} recorded; new: {shown}")
    else:
        if n_false_now < n_false_was:
            out.improvements.append(f"false conflicts: {n_false_now} < {n_false_was} recorded")
        if new_false:
            out.notes.append(f"false conflicts that replaced recorded ones: {shown}")
    if gone_false:
        out.notes.append("recorded false conflicts gone: " + "; ".join(f"{k} {list(v)}" for k, v in gone_false))
    return out


def _frac(x: Sequence[int]) -> str:
    return f"{x[0]}/{x[1]} ({x[0] / x[1]:.2f})" if x[1] else "0/0"


def all_line(scores: Iterable[StoryScore]) -> str:
    """The shared scorer's ALL line for these stories."""
    members, agree, conflict, traps = [0, 0], [0, 0], [0, 0], [0, 0]
    reported = false = 0
    for s in scores:
        for tot, got, n in (
            (members, s.figures[0], s.figures[1]),
            (agree, len(s.agreements), s.agreements_total),
            (conflict, len(s.conflicts), s.conflicts_total),
            (traps, len(s.traps_kept), s.traps_total),
        ):
            tot[0] += got
            tot[1] += n
        reported += s.reported
        false += len(s.false_conflicts)
    prec = 1 - false / reported if reported else 1.0
    return (
        f"ALL: gold figures extracted {_frac(members)}, agreement recall {_frac(agree)}, conflict recall "
        f"{_frac(conflict)}, conflict precision {prec:.2f} ({reported} reported), traps kept {_frac(traps)}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "stories", nargs="*", help="story names under fixtures/dev_stories or heldout_stories (all by default)"
    )
    ap.add_argument("-q", "--quiet", action="store_true", help="the figures only, no per-miss lines")
    ap.add_argument("--compare", action="store_true", help="also show changes against expect.json")
    ap.add_argument("--record", action="store_true", help="rewrite expect.json from this scan")
    args = ap.parse_args(argv)
    known = {p.name: p for p in stories()}
    unknown = [n for n in args.stories if n not in known]
    if unknown:
        ap.error(f"no such story: {', '.join(unknown)} (known: {', '.join(known)})")
    chosen = [known[n] for n in args.stories] if args.stories else list(known.values())
    scores = []
    regressed = 0
    for story in chosen:
        s = scan_story(story)
        scores.append(s)
        print(s.line())
        if not args.quiet and s.lines:
            print("\n".join(s.lines))
        exp = load_expectation(story)
        if args.compare or args.record:
            if exp is None:
                print("  (no expect.json yet)")
            else:
                cmp = compare(exp, s)
                regressed += bool(cmp.regressions)
                for label, items in (("LOST", cmp.regressions), ("gained", cmp.improvements), ("note", cmp.notes)):
                    for item in items:
                        print(f"  {label}: {item}")
        if args.record:
            record(story, s)
    print(all_line(scores))
    if args.record:
        print(f"recorded {len(chosen)} expect.json file(s) under {STORIES_DIR.parent.relative_to(golden.ROOT)}")
        return 0
    return 1 if args.compare and regressed else 0


if __name__ == "__main__":
    sys.exit(main())
