"""Golden checks shared by tests/test_golden.py and a quick report (python tests/golden.py).

A gold member {source, token} matches a claim of that source whose [start, end) overlaps an occurrence of
token in the source text: the same rule as the user's scorer.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import claimcheck
from claimcheck.types import Claim, Group, ScanResult

ROOT = Path(__file__).resolve().parent.parent
CONSISTENT = {"agree", "compatible"}


@dataclass
class Ledger:
    result: ScanResult
    texts: dict[str, str]

    @classmethod
    def of(cls, result: ScanResult) -> Ledger:
        return cls(result, {a.id: a.text for a in result.articles})

    def matches(self, c: Claim, member: dict[str, Any]) -> bool:
        if not c.source.startswith(member["source"]):
            return False
        text, tok = self.texts[c.source], member["token"]
        i = text.find(tok)
        while i >= 0:
            if c.start < i + len(tok) and i < c.end:
                return True
            i = text.find(tok, i + 1)
        return False

    def covered(self, g: Group, members: list[dict[str, Any]]) -> list[dict[str, Any]]:
        claims = [self.result.claim(i) for i in g.claims]
        return [m for m in members if any(self.matches(c, m) for c in claims)]

    def found(self, members: list[dict[str, Any]], verdicts: set[str]) -> Group | None:
        """A group with one of ``verdicts`` covering members of at least two sources (or all, if fewer)."""
        need = min(2, len({m["source"] for m in members}))
        for g in self.result.groups:
            if g.verdict in verdicts and len({m["source"] for m in self.covered(g, members)}) >= need:
                return g
        return None

    def conflicts(self, kinds: set[str] | None = None) -> list[Group]:
        return [g for g in self.result.groups if g.verdict == "conflict" and (kinds is None or g.kind in kinds)]

    def in_conflict_together(self, members: list[dict[str, Any]]) -> Group | None:
        for g in self.conflicts():
            if len(self.covered(g, members)) == len(members):
                return g
        return None

    def signature(self, g: Group) -> tuple[str, str | frozenset[tuple[str, str]]]:
        if g.kind == "name":
            return g.kind, g.key  # a name group grows with each article that names the entity
        return g.kind, frozenset((self.result.claim(i).source, self.result.claim(i).text) for i in g.claims)


def scan(folder: Path) -> Ledger:
    return Ledger.of(claimcheck.scan([folder]))


def scan_texts(folder: Path, articles: Sequence[tuple[str, str, str]], headline: str = "News") -> ScanResult:
    """Write each (source, day, body) as ``folder/<source>.txt`` under its date line and a headline, and scan them."""
    for source, day, body in articles:
        (folder / f"{source}.txt").write_text(f"date {day}\n{headline}\n\n{body}\n", encoding="utf-8")
    return claimcheck.scan([folder])


def group_texts(result: ScanResult, verdict: str) -> list[set[str]]:
    """The claims' texts of each group of a verdict, one set a group."""
    text = {c.id: c.text for c in result.claims}
    return [{text[c] for c in g.claims} for g in result.groups if g.verdict == verdict]


def seed_problems(led: Ledger) -> list[str]:
    gold = json.loads((ROOT / "fixtures" / "seed" / "seeds.json").read_text(encoding="utf-8"))
    out = []
    for f in gold["facts"]:
        if led.found(f["members"], CONSISTENT) is None:
            out.append(f"missed {f['id']}: {f['what']}")
    for t in gold["traps"]:
        g = led.in_conflict_together(t["must_not_conflict"])
        if g is not None:
            out.append(f"trap {t['id']} violated by {g.id}")
    for g in led.conflicts({"count", "date", "age", "duration", "measure", "money", "percent"}):
        out.append(f"false conflict {g.id}: {g.reason}")
    n1 = next(n for n in gold["names"] if n["id"] == "N1")
    if not any(len({m["source"] for m in led.covered(g, n1["members"])}) >= 2 for g in led.conflicts({"name"})):
        out.append("name variant N1 not reported")
    return out


def build_variant(variant: dict[str, Any], base: Path, out: Path) -> Path:
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(base, out)
    for e in variant.get("edits", []):
        p = out / e["file"]
        text = p.read_text(encoding="utf-8")
        assert text.count(e["find"]) == 1, (variant["id"], e["find"])
        p.write_text(text.replace(e["find"], e["replace"]), encoding="utf-8")
    for a in variant.get("add_files", []):
        (out / a["name"]).write_text(a["text"], encoding="utf-8")
    return out


def variant_problems(variant: dict[str, Any], led: Ledger, base: Ledger) -> list[str]:
    before = {base.signature(g) for g in base.conflicts()}
    new = [g for g in led.conflicts() if led.signature(g) not in before]
    out = []
    expected = variant["expect_conflicts"]
    hit: set[str] = set()
    for exp in expected:
        members = exp["members"]
        g = next((g for g in new if len({m["source"] for m in led.covered(g, members)}) >= 2), None)
        if g is None:
            out.append(f"missed the conflict: {[m['token'] for m in members]}")
        else:
            hit.add(g.id)
    for g in new:
        if g.id not in hit:
            out.append(f"unexpected conflict {g.id}: {g.reason}")
    for exp in variant.get("expect_spelt_two_ways", []):
        # one name spelt two ways: reported as a name_variant finding, in a group that is not a conflict
        if led.found(exp["members"], {"compatible"}) is None or not any(
            g.finding == "name_variant" and len({m["source"] for m in led.covered(g, exp["members"])}) >= 2
            for g in led.result.groups
        ):
            out.append(f"not reported as one name spelt two ways: {[m['token'] for m in exp['members']]}")
    return out


def story_problems(folder: Path, led: Ledger) -> list[str]:
    exp = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
    out = []
    for f in exp.get("agree", []) + exp.get("compatible", []):
        if led.found(f["members"], CONSISTENT) is None:
            out.append(f"not found as agree/compatible: {f['what']}")
        if led.in_conflict_together(f["members"][:2]):
            out.append(f"reported as a conflict: {f['what']}")
    expected_conflicts = exp.get("conflicts", []) + exp.get("claimant_conflicts", [])
    for f in exp.get("conflicts", []):
        g = led.found(f["members"], {"conflict"})
        if g is None:
            out.append(f"missed conflict: {f['what']}")
        elif g.finding == "claimants" and not f.get("claimants", False):
            out.append(f"one claimant's figures reported as two claimants disagreeing: {f['what']}")
    for f in exp.get("claimant_conflicts", []):
        g = led.found(f["members"], {"conflict"})
        if g is None:
            out.append(f"missed claimants' disagreement: {f['what']}")
        elif g.finding != "claimants":
            out.append(f"claimants' figures reported as outlets conflicting: {f['what']}")
    for f in exp.get("superseded", []):
        if led.in_conflict_together(f["members"]):
            out.append(f"rolling figure reported as a conflict: {f['what']}")
    for t in exp.get("traps", []):
        if led.in_conflict_together(t["must_not_conflict"]):
            out.append(f"trap violated: {t['what']}")
    for g in led.conflicts():
        if g.kind == "name" and exp.get("names_may_vary", False):
            continue
        if not any(len({m["source"] for m in led.covered(g, f["members"])}) >= 2 for f in expected_conflicts):
            out.append(f"unexpected conflict {g.id}: {g.reason}")
    return out


def main() -> int:
    import tempfile

    bad = 0
    base = scan(ROOT / "corpus")
    probs = seed_problems(base)
    print("seed:", probs or "ok")
    bad += bool(probs)
    spec = json.loads((ROOT / "fixtures" / "variants" / "variants.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        for v in spec["variants"]:
            led = scan(build_variant(v, ROOT / spec["base"], Path(tmp) / v["id"]))
            probs = variant_problems(v, led, base)
            print(f"{v['id']}:", probs or "ok")
            bad += bool(probs)
    for folder in sorted((ROOT / "fixtures" / "stories").iterdir()):
        if folder.is_dir():
            probs = story_problems(folder, scan(folder))
            print(f"story {folder.name}:", ("\n  " + "\n  ".join(probs)) if probs else "ok")
            bad += bool(probs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
