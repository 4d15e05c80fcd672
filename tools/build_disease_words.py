"""Write claimcheck/data/disease_words.txt: every noun in claimcheck's WordNet table that is a kind of disease or
illness (by reconcile.related.same_meaning, the test the reconciler uses), one per line, sorted.

Extraction asks one question of WordNet: does an article name a disease (so that its "cases" count people
infected)? Reading this short list answers it without loading the whole table during extraction.

    python tools/build_disease_words.py
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.reconcile.related import _table, same_meaning

OUT = Path(__file__).resolve().parent.parent / "src" / "claimcheck" / "data" / "disease_words.txt"


def main() -> None:
    nouns = sorted(_table().lemmas["n"])
    words = [w for w in nouns if same_meaning(w, "disease", "n") or same_meaning(w, "illness", "n")]
    OUT.write_text(
        "# nouns that are a kind of disease or illness in WordNet 3.0 (tools/build_disease_words.py)\n"
        + "\n".join(words)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(words)} of {len(nouns)} nouns -> {OUT}")


if __name__ == "__main__":
    main()
