"""claimcheck as spaCy components: `nlp.add_pipe("claimcheck")` sets doc._.claims, the same claims a scan
extracts, and both components are declared as `spacy_factories` entry points."""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from claimcheck.api import extract_article
from claimcheck.corpus import make_article
from claimcheck.nlp import PARAGRAPHS, find_model, load_model

ROOT = Path(__file__).parent.parent
TEXT = (
    "Ferry aground off Port Callan\n"
    "The ferry ran aground on Tuesday with 212 passengers on board, the coastguard said.\n"
    "Five people, including a 58-year-old man, were taken to hospital.\n"
)
ENTRY_POINTS = {
    "claimcheck": "claimcheck.spacy_components:make_claimcheck",
    "claimcheck_paragraphs": "claimcheck.spacy_components:paragraphs_factory",
}


def test_component_sets_the_claims_a_scan_extracts() -> None:
    import claimcheck.spacy_components  # noqa: F401  (what the entry point imports)

    nlp = load_model()
    assert PARAGRAPHS in nlp.pipe_names
    want = extract_article(make_article("doc", "doc", TEXT, date=date(2024, 3, 13)), nlp)
    import spacy

    fresh = spacy.load(find_model().name)  # a plain pipeline, as a user loads it
    fresh.add_pipe("claimcheck_paragraphs", before="parser")
    fresh.add_pipe("claimcheck", config={"date": "2024-03-13"})
    doc = fresh(TEXT)
    assert doc._.claims == want
    assert [(c.kind, c.text, c.value_text()) for c in doc._.claims][:2] == [
        ("date", "Tuesday", "2024-03-12"),
        ("count", "212", "212"),
    ]
    undated = spacy.load(find_model().name)
    undated.add_pipe("claimcheck")
    tuesday = next(c for c in undated(TEXT)._.claims if c.text == "Tuesday")
    assert tuesday.value is None and tuesday.unresolved


def test_pyproject_declares_both_factories_as_entry_points() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = text.split("[project.entry-points.spacy_factories]\n", 1)[1].split("\n[", 1)[0]
    assert dict(re.findall(r'^(\w+) = "([^"]+)"$', section, re.M)) == ENTRY_POINTS
    for target in ENTRY_POINTS.values():
        module, attr = target.split(":")
        assert callable(getattr(importlib.import_module(module), attr))


def test_add_pipe_by_name_works_after_pip_install(tmp_path: Path) -> None:
    """In a fresh process that never imports claimcheck, spaCy finds both components by their entry points."""
    eps = {
        ep.name for ep in importlib.metadata.entry_points(group="spacy_factories") if ep.value in ENTRY_POINTS.values()
    }
    if eps != set(ENTRY_POINTS):
        if os.environ.get("CI"):
            pytest.fail("claimcheck is installed without its spacy_factories entry points")
        pytest.skip("claimcheck is not pip-installed from this tree (its entry points are not registered)")
    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('claimcheck_paragraphs')\n"
        "nlp.add_pipe('claimcheck')\n"
        "print(nlp.pipe_names)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['claimcheck_paragraphs', 'claimcheck']"
