"""ScanResult <-> JSON: the claims ledger (schema version 1), and claims as JSON lines.

The ledger is written item by item (it can be large), to a temporary file beside the target that replaces
the target only once complete: an existing ledger is never lost to a failed write.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from ._version import __version__
from .errors import InputError, OutputError
from .types import CLAIM_KINDS, Article, Block, Claim, DateValue, Entity, Group, Quantity, ScanResult

SCHEMA_VERSION = 1


def _dump(obj: Any) -> str:
    """json.dumps(obj, ensure_ascii=False, allow_nan=False), with one encoder for every record (json.dumps
    builds a new one per call when given options)."""
    return _ENCODER.encode(obj)


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=False, allow_nan=False)


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


def source_from_json(d: dict[str, Any], text: str | None = None) -> Article:
    """Rebuild an Article from its ledger form (the inverse of ``source_json``). Its text is ``text`` when given
    (the file read again), else the record's own ``text``; a null ``text`` in the record means the offsets refer
    to the file itself."""
    return Article(
        id=d["id"],
        path=d.get("path") or d["id"],
        text=text if text is not None else d.get("text") or "",
        sha256=d.get("sha256") or "",
        date=date.fromisoformat(d["date"]) if d.get("date") else None,
        time=d.get("time"),
        title=d.get("title"),
        label=d.get("label"),
        outlet=d.get("outlet"),
        url=d.get("url"),
        author=d.get("author"),
        format=d.get("format") or "text",
        record=d.get("record"),
        encoding=d.get("encoding") or "utf-8",
        file_sha256=d.get("file_sha256"),
        text_is_file=d.get("text") is None,
    )


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
            "posted": c.posted,
            "participants": list(c.participants),
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
    if writes_directly(target):
        if not os.access(target, os.W_OK):
            raise OutputError(f"cannot write {target}: permission denied; choose a path you can write to")
        return target.parent
    target = _final(target)
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(
            f"cannot write {target}: the folder {parent} does not exist; create it or choose another path"
        )
    if not os.access(parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise OutputError(f"cannot write {target}: permission denied; choose a path you can write to")
    return parent


_STREAM_PATHS = ("/dev/stdout", "/dev/stderr", "/dev/tty")
_STREAM_DIRS = ("/dev/fd/", "/proc/self/fd/")


def writes_directly(target: Path) -> bool:
    """Is ``target`` written in place rather than replaced: a device (``/dev/null``), a FIFO, a socket, or a
    name for one of this process's streams (``/dev/stdout``, whatever it points to)? Only a regular file, or a
    path that does not exist yet, is replaced by a complete new file."""
    name = str(target)
    if name in _STREAM_PATHS or name.startswith(_STREAM_DIRS):
        return True
    try:
        mode = target.stat().st_mode  # follows symlinks
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _final(target: Path) -> Path:
    """The file a path names: a symlink is followed (to a target that may not exist yet), so the target is
    replaced, not the link."""
    if not target.is_symlink():
        return target
    try:
        return Path(os.path.realpath(target, strict=True))
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise OutputError(f"cannot write {target}: it is a loop of symbolic links; choose another path") from None
        return Path(os.path.realpath(target))  # a dangling link: write the file it names


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


def temp_prefix(name: str) -> str:
    """The name a temporary file for ``name`` starts with: hidden, and naming this process, so a later run can
    tell a file a killed process left (see remove_stale_temps) from one another process is writing."""
    return f".{name}.{os.getpid()}."


STALE_AFTER = 24 * 3600  # seconds; where a writer's liveness cannot be asked, its temporary file is stale after this


def remove_stale_temps(folder: Path, name: str | None = None) -> None:
    """Delete the temporary files of ours in ``folder`` (of ``name``, or of any name) whose process is gone.
    Best effort: a file that cannot be examined or removed is left."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for e in entries:
        if not (e.name.startswith(".") and e.name.endswith(".tmp")):
            continue
        parts = e.name[:-4].rsplit(".", 2)
        if len(parts) != 3 or not parts[1].isdigit() or (name is not None and parts[0] != f".{name}"):
            continue
        if _writer_alive(int(parts[1]), e):
            continue
        with contextlib.suppress(OSError):
            os.unlink(e.path)


def _writer_alive(pid: int, entry: os.DirEntry[str]) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "posix":
        try:
            os.kill(pid, 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return False
        except OSError:
            return True  # it exists (another user's) or cannot be asked
        return True
    try:
        return time.time() - entry.stat().st_mtime < STALE_AFTER
    except OSError:
        return True


def write_text_atomic(path: str | Path, chunks: Iterable[str]) -> None:
    """Write ``chunks`` to ``path`` ("-" is stdout) so that a regular file is replaced only by a complete file
    (a symlink's target is replaced, the link kept); a device, FIFO or stream is written in place."""
    if str(path) == "-":
        write_stream(sys.stdout, chunks, "standard output")
        return
    target = Path(path)
    if writes_directly(target):
        try:
            with open(target, "w", encoding="utf-8", newline="\n") as f:
                write_stream(f, chunks, str(target))
        except OSError as e:
            raise OutputError(f"cannot write {target}: {e.strerror or e}; choose a path you can write to") from None
        return
    parent = check_writable(target)
    target = _final(target)
    remove_stale_temps(parent, target.name)
    try:
        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=".tmp", dir=parent)
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


def write_stream(f: IO[str], chunks: Iterable[str], what: str) -> None:
    """Write ``chunks`` to an open stream; a failed write (a full disk, a closed pipe) is an OutputError."""
    try:
        for ch in chunks:
            f.write(ch)
        f.flush()
    except OSError as e:
        if f is sys.stdout:
            silence_stdout()
        raise OutputError(f"cannot write {what}: {e.strerror or e}") from None


def silence_stdout() -> None:
    """After a write to stdout failed, point it at the null device, so that Python's flush at exit does not
    fail again with a traceback-like "Exception ignored" message."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)


def write_ledger(result: ScanResult, path: str | Path) -> None:
    write_text_atomic(path, iter_ledger(result))


# -- claims as JSON lines: the seam for running extraction and reconciliation on other engines ----------


def claims_to_jsonl(claims: Iterable[Claim]) -> Iterator[str]:
    for c in claims:
        yield _dump(claim_json(c)) + "\n"


def loads(text: str) -> Any:
    """Strict JSON: NaN and Infinity (which Python writes but JSON has not) and nesting too deep to read are
    a ValueError like any other bad record. (json.loads with parse_constant, with one decoder for every line
    instead of a new one each: building it cost a quarter of reading a claims file.)"""
    if text.startswith("\ufeff"):
        return json.loads(text)  # json.loads's own error
    try:
        return _DECODER.decode(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def json_type(x: Any) -> str:
    """What JSON calls the type of a parsed value: "an array", "null", ..."""
    if x is None:
        return "null"
    if isinstance(x, bool):
        return "a boolean"
    names = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number"}
    return names.get(type(x), type(x).__name__)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_DECODER = json.JSONDecoder(parse_constant=_no_constant)


_STR_FIELDS = ("id", "source", "kind", "text", "sentence")
_INT_FIELDS = ("start", "end", "sentence_start", "sentence_end")
_OPT_STR_FIELDS = (
    "counted predicate about speaker claimant role unresolved derived_from inferred measure place party time "
    "restates value_text block tense"
).split()
_STR_LIST_FIELDS = ("modifiers", "entities", "hedges")
_BOOL_FIELDS = ("negated", "partitive")
_MAX_OFFSET = 2**53  # (a JSON-safe whole number; far past any text, and within what a regex position may take)
_GRAINS = frozenset(("minute", "day", "week", "month", "season", "quarter", "year", "decade"))


def check_claim(d: Any) -> None:
    """Raise ValueError, saying which field, unless ``d`` has the shape of ``claim_json``'s output (fields
    added since may be missing; an unknown kind, a string for a number or a list, a NaN are refused)."""
    if not isinstance(d, dict):
        raise ValueError(f"a claim is a JSON object, not {json_type(d)}")
    for k in _STR_FIELDS:
        if not isinstance(d.get(k), str):
            raise ValueError(f"{k!r} must be a string")
    if d["kind"] not in CLAIM_KINDS:
        raise ValueError(f"unknown kind {d['kind'][:40]!r}")
    for k in _INT_FIELDS:
        if (k in d or k in ("start", "end")) and not _is_int(d.get(k)):
            raise ValueError(f"{k!r} must be a whole number")
        if k in d and not 0 <= d[k] <= _MAX_OFFSET:
            raise ValueError(f"{k!r} must be a character offset, from 0 to {_MAX_OFFSET}")
    if not 0 <= d["start"] <= d["end"]:
        raise ValueError("'start' and 'end' must be offsets with start <= end")
    for k in _OPT_STR_FIELDS:
        if d.get(k) is not None and not isinstance(d[k], str):
            raise ValueError(f"{k!r} must be a string or null")
    for k in _STR_LIST_FIELDS:
        if k in d and not (isinstance(d[k], list) and all(isinstance(x, str) for x in d[k])):
            raise ValueError(f"{k!r} must be a list of strings")
    for k in _BOOL_FIELDS:
        if k in d and not isinstance(d[k], bool):
            raise ValueError(f"{k!r} must be true or false")
    _check_value(d.get("value"), d.get("interval"))


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_amount(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and -_max_stated() <= x <= _max_stated()


@functools.cache
def _max_stated() -> float:
    from .reconcile.values import MAX_STATED

    return MAX_STATED


def _check_value(raw: Any, interval: Any) -> None:
    if interval:
        if not isinstance(interval, dict):
            raise ValueError("'interval' must be an object")
        if not (isinstance(interval.get("start"), str) and isinstance(interval.get("end"), str)):
            raise ValueError("'interval' needs ISO dates 'start' and 'end'")
        if interval.get("grain") not in _GRAINS:
            raise ValueError("'interval' has an unknown grain")
        for k in ("minute", "lo", "hi"):
            if interval.get(k) is not None and not _is_int(interval[k]):
                raise ValueError(f"'interval.{k}' must be a whole number")
        if interval.get("zone") is not None and not isinstance(interval["zone"], str):
            raise ValueError("'interval.zone' must be a string or null")
        return
    if raw is None or isinstance(raw, (bool, str)):
        return
    if isinstance(raw, (int, float)):
        if not _is_amount(raw):
            raise ValueError("'value' is not a number a news text states")
        return
    if not isinstance(raw, dict):
        raise ValueError("'value' must be a number, a string, an object or null")
    for k in ("value", "low", "high", "whole", "all_but"):
        if raw.get(k) is not None and not _is_amount(raw[k]):
            raise ValueError(f"'value.{k}' is not a number a news text states")
    for k in ("low_inclusive", "high_inclusive", "approximate"):
        if k in raw and not isinstance(raw[k], bool):
            raise ValueError(f"'value.{k}' must be true or false")
    if raw.get("unit") is not None and not isinstance(raw["unit"], str):
        raise ValueError("'value.unit' must be a string or null")


def check_source(d: Any) -> None:
    """Raise ValueError unless ``d`` has the shape of ``source_json``'s output."""
    if not isinstance(d, dict):
        raise ValueError(f"a source is a JSON object, not {json_type(d)}")
    for k in ("id", "path", "sha256"):
        if not isinstance(d.get(k), str):
            raise ValueError(f"{k!r} must be a string")
    for k in ("date", "time", "title", "label", "outlet", "url", "author", "format", "encoding", "file_sha256", "text"):
        if d.get(k) is not None and not isinstance(d[k], str):
            raise ValueError(f"{k!r} must be a string or null")
    if d.get("record") is not None and (isinstance(d["record"], bool) or not isinstance(d["record"], (int, str))):
        raise ValueError("'record' must be a number, a string or null")
    if d.get("time") is not None and not re.fullmatch(r"\d\d:\d\d", d["time"]):
        raise ValueError("'time' must be HH:MM")


def claim_from_json(d: dict[str, Any]) -> Claim:
    """Rebuild a Claim from its ledger form (the inverse of ``claim_json``), checked with check_claim."""
    check_claim(d)
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
        posted=d.get("posted"),
        participants=tuple(d.get("participants") or ()),
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
                        record = loads(line)
                        if not isinstance(record, dict):
                            raise ValueError(f"a record is a JSON object, not {json_type(record)}")
                        if record.get("type", "claim") != "claim":
                            continue  # the model and source records of `claimcheck extract`
                        record.pop("type", None)
                        out.append(claim_from_json(record))
                    except (ValueError, KeyError, TypeError) as e:
                        raise InputError(
                            f"{path}, line {n}: not a claim ({e}); give a file written by `claimcheck extract`"
                        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read {path}: {getattr(e, 'strerror', None) or e}") from None
    return out
