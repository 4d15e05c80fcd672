"""ScanResult <-> JSON: the claims ledger (schema version 1), and claims as JSON lines.

The ledger is written item by item (it can be large), to a temporary file beside the target that replaces
the target only once complete: an existing ledger is never lost to a failed write.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ._version import __version__
from .errors import InputError, OutputError
from .types import Article, Block, Claim, DateValue, Entity, Group, Quantity, ScanResult

SCHEMA_VERSION = 1


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False)


def source_json(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "path": a.path,
        "sha256": a.sha256,
        "date": a.date.isoformat() if a.date else None,
        "time": a.time,
        "title": a.title,
        "label": a.label,
        "outlet": a.outlet,
        "url": a.url,
        "author": a.author,
        "format": a.format,
        "record": a.record,
        "encoding": a.encoding,
        "file_sha256": a.file_sha256,
        # what claim offsets refer to: null means the file itself (decoded); else the text kept, given here
        "text": None if a.text_is_file else a.text,
    }


def claim_json(c: Claim) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": c.id,
        "source": c.source,
        "kind": c.kind,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "sentence": c.sentence,
        "sentence_start": c.sentence_start,
        "sentence_end": c.sentence_end,
        "value": c.value_json(),
        "value_text": c.value_text(),
    }
    if isinstance(c.value, DateValue):
        out["interval"] = c.value.interval_json()
    out.update(
        {
            "counted": c.counted,
            "modifiers": list(c.modifiers),
            "predicate": c.predicate,
            "entities": list(c.entities),
            "about": c.about,
            "role": c.role,
            "speaker": c.speaker,
            "claimant": c.claimant,
            "hedges": list(c.hedges),
            "negated": c.negated,
            "tense": c.tense,
            "partitive": c.partitive,
            "unresolved": c.unresolved,
            "derived_from": c.derived_from,
            "inferred": c.inferred,
            "measure": c.measure,
            "place": c.place,
            "party": c.party,
            "time": c.time,
            "restates": c.restates,
            "block": c.block,
        }
    )
    return out


def group_json(g: Group) -> dict[str, Any]:
    return {
        "id": g.id,
        "kind": g.kind,
        "key": g.key,
        "verdict": g.verdict,
        "claims": list(g.claims),
        "sources": list(g.sources),
        "reason": g.reason,
        "confidence": g.confidence,
        "finding": g.finding,
        "supersedes": list(g.supersedes),
        "sides": list(g.sides),
        "comparisons": [{"a": x.a, "b": x.b, "score": x.score, "detail": x.detail} for x in g.comparisons],
    }


def entity_json(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "label": e.label,
        "aliases": list(e.aliases),
        "variants": list(e.variants),
        "sources": list(e.sources),
    }


def summary(result: ScanResult) -> dict[str, Any]:
    by: dict[str, int] = {"conflict": 0, "compatible": 0, "agree": 0, "single": 0}
    for g in result.groups:
        by[g.verdict] += 1
    return {"sources": len(result.articles), "claims": len(result.claims), "groups": by}


def iter_ledger(result: ScanResult) -> Iterator[str]:
    """The ledger as text chunks, in a fixed order: byte-identical for the same input."""
    yield "{\n"
    yield f'  "schema_version": {SCHEMA_VERSION},\n'
    yield f'  "claimcheck_version": {_dump(__version__)},\n'
    yield f'  "model": {_dump({"name": result.model.name, "version": result.model.version})},\n'
    yield f'  "settings": {_dump(result.settings)},\n'
    yield f'  "summary": {_dump(summary(result))},\n'
    yield f'  "warnings": {_dump(list(result.warnings))},\n'
    for name, items in (
        ("sources", (source_json(a) for a in result.articles)),
        ("claims", (claim_json(c) for c in result.claims)),
        ("groups", (group_json(g) for g in result.groups)),
        ("entities", (entity_json(e) for e in result.entities)),
    ):
        yield f'  "{name}": ['
        first = True
        for item in items:
            yield ("\n    " if first else ",\n    ") + _dump(item)
            first = False
        yield ("\n  ]" if not first else "]") + (",\n" if name != "entities" else "\n")
    yield "}\n"


def check_writable(target: Path) -> Path:
    """Raise OutputError unless ``target`` can be written; returns its folder. Cheap, so the CLI calls it
    before the slow part of a scan."""
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder; give a file name inside it instead")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(
            f"cannot write {target}: the folder {parent} does not exist; create it or choose another path"
        )
    if not os.access(parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise OutputError(f"cannot write {target}: permission denied; choose a path you can write to")
    return parent


def _match_mode(fd: int, target: Path) -> None:
    """mkstemp makes a private file (0600); give it the mode ``open(target, "w")`` would have left: the existing
    file's, else 0666 less the umask. Best effort: a file system without modes keeps what it has."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    with contextlib.suppress(OSError, AttributeError):  # no os.fchmod on Windows before Python 3.13
        os.fchmod(fd, mode)


def _umask() -> int:
    """The process's umask, read without changing it where Linux shows it (changing it races other threads)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text_atomic(path: str | Path, chunks: Iterable[str]) -> None:
    """Write ``chunks`` to ``path`` ("-" is stdout) so that the target is replaced only by a complete file."""
    if str(path) == "-":
        out: IO[str] = sys.stdout
        for ch in chunks:
            out.write(ch)
        out.flush()
        return
    target = Path(path)
    parent = check_writable(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    except OSError as e:
        raise OutputError(f"cannot write {target}: {e.strerror or e}; choose a path you can write to") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            _match_mode(f.fileno(), target)
            for ch in chunks:
                f.write(ch)
        os.replace(tmp, target)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write {target}: {e.strerror or e}; choose a path you can write to") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_ledger(result: ScanResult, path: str | Path) -> None:
    write_text_atomic(path, iter_ledger(result))


# -- claims as JSON lines: the seam for running extraction and reconciliation on other engines ----------


def claims_to_jsonl(claims: Iterable[Claim]) -> Iterator[str]:
    for c in claims:
        yield _dump(claim_json(c)) + "\n"


def claim_from_json(d: dict[str, Any]) -> Claim:
    """Rebuild a Claim from its ledger form (the inverse of ``claim_json``)."""
    value: Quantity | DateValue | str | None
    raw = d.get("value")
    if d.get("interval"):
        value = DateValue.from_interval(d["interval"])
    elif isinstance(raw, bool):
        value = None
    elif isinstance(raw, (int, float)):
        value = Quantity.exact(raw)
    elif isinstance(raw, dict):
        value = Quantity(
            value=raw.get("value"),
            low=raw.get("low"),
            high=raw.get("high"),
            low_inclusive=raw.get("low_inclusive", True),
            high_inclusive=raw.get("high_inclusive", True),
            approximate=raw.get("approximate", False),
            whole=raw.get("whole"),
            all_but=raw.get("all_but"),
            unit=raw.get("unit"),
        )
    elif isinstance(raw, str) and d.get("kind") == "name":
        value = raw
    else:
        value = None
    return Claim(
        id=d["id"],
        source=d["source"],
        kind=d["kind"],
        text=d["text"],
        start=d["start"],
        end=d["end"],
        sentence=d["sentence"],
        sentence_start=d.get("sentence_start", 0),
        sentence_end=d.get("sentence_end", 0),
        value=value,
        counted=d.get("counted"),
        modifiers=tuple(d.get("modifiers", ())),
        predicate=d.get("predicate"),
        entities=tuple(d.get("entities", ())),
        about=d.get("about"),
        speaker=d.get("speaker"),
        claimant=d.get("claimant"),
        role=d.get("role"),
        hedges=tuple(d.get("hedges", ())),
        negated=d.get("negated", False),
        tense=d.get("tense", "past"),
        partitive=d.get("partitive", False),
        unresolved=d.get("unresolved"),
        derived_from=d.get("derived_from"),
        inferred=d.get("inferred"),
        measure=d.get("measure"),
        place=d.get("place"),
        party=d.get("party"),
        time=d.get("time"),
        restates=d.get("restates"),
        block=_block(d.get("block")),
    )


def _block(raw: Any) -> Block:
    """A claim's block as the ledger gives it; a ledger written before blocks were recorded gives none: body."""
    if raw == "headline" or raw == "caption":
        return raw  # type: ignore[no-any-return]
    return "body"


def read_claims_jsonl(path: str | Path) -> list[Claim]:
    out: list[Claim] = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        record = json.loads(line)
                        if record.get("type", "claim") != "claim":
                            continue  # the model and source records of `claimcheck extract`
                        record.pop("type", None)
                        out.append(claim_from_json(record))
                    except (ValueError, KeyError, TypeError) as e:
                        raise InputError(
                            f"{path}, line {n}: not a claim ({e}); give a file written by `claimcheck extract`"
                        ) from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from None
    return out
