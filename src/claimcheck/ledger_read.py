"""A ledger read back into a ScanResult, so a saved scan can be rendered in any format without scanning again."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from .errors import InputError
from .ledger import claim_from_json, source_from_json
from .types import Article, Comparison, Entity, Group, ModelInfo, ScanResult


def article_from_json(d: dict[str, Any], base: Path | None = None) -> Article:
    """A ledger's source. Its text is the ledger's ``text`` when given; else the file at ``path`` (relative to
    ``base``), read only when its bytes still have the ledger's sha256, so offsets never point into other text."""
    text = d.get("text")
    if text is None:
        text = ""
        p = Path(d.get("path") or "")
        if base is not None and not p.is_absolute():
            p = base / p
        try:
            data = p.read_bytes()
            if hashlib.sha256(data).hexdigest() == d.get("sha256"):
                from .readers.decode import decode

                text = decode(data, p, "replace" if d.get("encoding", "utf-8") == "utf-8" else "cp1252")[0]
        except OSError:
            pass
    return source_from_json(d, text)


def group_from_json(d: dict[str, Any]) -> Group:
    return Group(
        id=d["id"],
        kind=d["kind"],
        key=d["key"],
        verdict=d["verdict"],
        claims=tuple(d["claims"]),
        sources=tuple(d["sources"]),
        reason=d["reason"],
        confidence=d["confidence"],
        comparisons=tuple(Comparison(x["a"], x["b"], x["score"], x["detail"]) for x in d.get("comparisons", ())),
        finding=d.get("finding"),
        supersedes=tuple(d.get("supersedes", ())),
        sides=tuple(d.get("sides", ())),
    )


def entity_from_json(d: dict[str, Any]) -> Entity:
    return Entity(
        id=d["id"],
        name=d["name"],
        label=d["label"],
        aliases=tuple(d.get("aliases", ())),
        variants=tuple(d.get("variants", ())),
        sources=tuple(d.get("sources", ())),
    )


def result_from_ledger(data: dict[str, Any], base: Path | None = None) -> ScanResult:
    """The ScanResult a ledger records (the inverse of ``iter_ledger``)."""
    from .corpus import with_labels

    articles = [article_from_json(s, base) for s in data["sources"]]
    if any(a.label is None for a in articles):
        articles = list(with_labels(articles))
    model = data.get("model") or {}
    return ScanResult(
        articles=tuple(articles),
        claims=tuple(claim_from_json(c) for c in data["claims"]),
        groups=tuple(group_from_json(g) for g in data["groups"]),
        model=ModelInfo(model.get("name", "unknown"), model.get("version", "0")),
        entities=tuple(entity_from_json(e) for e in data.get("entities", ())),
        settings=data.get("settings", {}),
        warnings=tuple(data.get("warnings", ())),
    )


def read_ledger(path: str | Path) -> ScanResult:
    """Read a ledger written by ``claimcheck scan --json``. Source paths are read relative to the current folder,
    as the scan that wrote them gave them."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        return result_from_ledger(data, Path.cwd())
    except OSError as e:
        raise InputError(f"cannot read {p}: {e.strerror or e}") from None
    except (ValueError, KeyError, TypeError) as e:
        raise InputError(
            f"{p} is not a claimcheck ledger ({e!r}); give a file written by `claimcheck scan --json`"
        ) from None
