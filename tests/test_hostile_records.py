"""Records read back are checked: a bad claims file is one line naming the file and line (exit 2, nothing
written), and a cache entry of the wrong shape is a miss that the next scan replaces."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck.cache import ExtractionCache
from claimcheck.cli import app
from claimcheck.ledger import check_claim, claim_json, claims_to_jsonl, iter_ledger, loads
from claimcheck.types import Article, Claim, DateValue, ModelInfo, Quantity


def _claim(source: str = "a", n: int = 12) -> Claim:
    text = f"Police said {n} people were hurt."
    return Claim(
        id=f"{source}:count:12-14",
        source=source,
        kind="count",
        text=str(n),
        start=12,
        end=12 + len(str(n)),
        sentence=text,
        sentence_start=0,
        sentence_end=len(text),
        value=Quantity(value=n, low=n, high=n, approximate=True),
        counted="person",
        modifiers=("injured",),
    )


def _set(**kw: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d.update(kw)


BAD_CLAIMS: dict[str, Callable[[dict[str, Any]], None]] = {
    "start a string": _set(start="12"),
    "modifiers a string": _set(modifiers="police"),
    "unknown kind": _set(kind="banana"),
    "400-digit value": _set(value=10**400),
    "low not a number": _set(value={"value": 1, "low": "abc", "high": 3}),
    "int id": _set(id=5),
    "sentence null": _set(sentence=None),
    "text null": _set(text=None),
    "end before start": _set(start=9, end=3),
    "sentence_start far below zero": _set(sentence_start=-(2**63) + 13),  # (its offsets overflowed a regex position)
    "end far past any text": _set(end=2**70),
    "negated a string": _set(negated="no"),
    "interval with a bad grain": _set(interval={"start": "2020-01-01", "end": "2020-01-02", "grain": "eon"}),
    "interval with a bad date": _set(interval={"start": "2020-13-01", "end": "2020-01-02", "grain": "day"}),
    "unit a number": _set(value={"value": 1, "low": 1, "high": 1, "unit": 5}),
}
BAD_LINES = {
    "NaN value": lambda line: line.replace('"value": {', '"value": NaN, "v": {', 1),
    "Infinity value": lambda line: line.replace('"value": {', '"value": Infinity, "v": {', 1),
    "an array": lambda line: "[]",
    "null": lambda line: "null",
    "100k-deep array": lambda line: "[" * 100_000 + "]" * 100_000,
}


def _claims_file(tmp_path: Path, second: str) -> Path:
    p = tmp_path / "claims.jsonl"
    p.write_text("".join(claims_to_jsonl([_claim("a")])) + second + "\n", encoding="utf-8")
    return p


def _check_refused(tmp_path: Path, claims: Path) -> None:
    out = tmp_path / "ledger.json"
    out.write_text("old", encoding="utf-8")
    r = CliRunner().invoke(app, ["reconcile", str(claims), "--json", str(out)], env={"NO_COLOR": "1"})
    assert r.exit_code == 2, r.output
    assert r.stderr.count("\n") == 1 and r.stderr.startswith(f"error: {claims}, line 2: "), r.stderr
    assert out.read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize("name", sorted(BAD_CLAIMS))
def test_reconcile_refuses_a_claim_of_the_wrong_shape(tmp_path: Path, name: str) -> None:
    d = {"type": "claim", **claim_json(_claim("b"))}
    BAD_CLAIMS[name](d)
    _check_refused(tmp_path, _claims_file(tmp_path, json.dumps(d)))


@pytest.mark.parametrize("name", sorted(BAD_LINES))
def test_reconcile_refuses_a_line_that_is_not_strict_json_of_a_record(tmp_path: Path, name: str) -> None:
    line = json.dumps({"type": "claim", **claim_json(_claim("b"))})
    _check_refused(tmp_path, _claims_file(tmp_path, BAD_LINES[name](line)))


@pytest.mark.parametrize(
    "source",
    [
        {"type": "source", "id": "b", "path": "b.txt", "sha256": "", "time": "noon"},
        {"type": "source", "id": "b", "path": "b.txt", "sha256": "", "title": 5},
        {"type": "source", "id": 7, "path": "b.txt", "sha256": ""},
        {"type": "model", "name": ["x"], "version": "1"},
    ],
)
def test_reconcile_refuses_a_source_or_model_record_of_the_wrong_shape(tmp_path: Path, source: dict[str, Any]) -> None:
    _check_refused(tmp_path, _claims_file(tmp_path, json.dumps(source)))


def test_every_claim_shape_written_is_accepted() -> None:
    time = DateValue.from_interval(
        {"start": "2020-01-01", "end": "2020-01-02", "grain": "minute", "minute": 600, "lo": -5, "hi": 6}
    )
    for value in (Quantity.exact(3), Quantity.exact(2.5), Quantity(value=None, low=3, high=None), time, None):
        c = _claim()
        d = claim_json(Claim(**{**{f: getattr(c, f) for f in c.__slots__}, "value": value}))  # type: ignore[attr-defined]
        check_claim(d)


def test_strict_json_refuses_nan_and_deep_nesting() -> None:
    for text in ("NaN", "[1, -Infinity]", "[" * 50_000 + "]" * 50_000):
        with pytest.raises(ValueError):
            loads(text)
    assert loads('{"a": [1.5]}') == {"a": [1.5]}


def test_the_ledger_is_never_written_with_nan() -> None:
    from claimcheck.api import build_result

    art = Article(id="a", path="a.txt", text="", sha256="")
    bad = Claim(**{**{f: getattr(_claim(), f) for f in _claim().__slots__}, "value": Quantity.exact(math.nan)})  # type: ignore[attr-defined]
    result = build_result((art,), (bad,), ModelInfo("m", "1"))
    with pytest.raises(ValueError):
        "".join(iter_ledger(result))


# -- the extraction cache ---------------------------------------------------------------------------------


WRONG_SHAPES = ["[]", "[null]", '{"a": 1}', "null", "[1, 2", '{"source": "a", "claims": [{"id": 5}]}', "NaN"]


@pytest.mark.parametrize("entry", WRONG_SHAPES)
def test_a_cache_entry_of_the_wrong_shape_is_a_miss(tmp_path: Path, entry: str) -> None:
    cache = ExtractionCache(tmp_path)
    art = Article(id="a", path="a.txt", text="x", sha256="0" * 64)
    model = ModelInfo("m", "1")
    cache.put(art, model, (_claim("a"),))
    assert cache.get(art, model) == (_claim("a"),)
    path = next((tmp_path / "extract-v2").rglob("*.json"))
    path.write_text(entry, encoding="utf-8")
    assert cache.get(art, model) is None
    cache.put(art, model, (_claim("a"),))
    assert cache.get(art, model) == (_claim("a"),)


def test_an_article_without_claims_is_cached_as_one(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    art = Article(id="a", path="a.txt", text="x", sha256="0" * 64)
    cache.put(art, ModelInfo("m", "1"), ())
    assert cache.get(art, ModelInfo("m", "1")) == ()


def test_scan_re_extracts_an_article_whose_cache_entry_has_the_wrong_shape(
    seed_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(cache))
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    r = CliRunner().invoke(app, ["scan", str(seed_corpus), "--json", str(first)])
    assert r.exit_code == 0, r.output
    entries = sorted(cache.rglob("*.json"))
    for entry, bad in zip(entries, ["[]", "[null]", '{"a": 1}', "[]", "[null]"], strict=False):
        entry.write_text(bad, encoding="utf-8")
    r = CliRunner().invoke(app, ["scan", str(seed_corpus), "--json", str(second)])
    assert r.exit_code == 0, r.output
    assert second.read_bytes() == first.read_bytes()
    for entry in entries:
        assert isinstance(loads(entry.read_text(encoding="utf-8")), dict)  # rewritten
