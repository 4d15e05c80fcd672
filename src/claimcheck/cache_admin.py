"""Looking after the extraction cache: what it holds, emptying it, and dropping what older versions left."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from .cache import FORMAT, cache_dir


@dataclass(frozen=True)
class CacheInfo:
    path: Path
    entries: int  # articles' claims stored in the current format
    bytes: int  # of everything under path
    stale: int  # files left by older cache formats, or by writes that never finished


def _current(root: Path) -> Path:
    return root / f"extract-v{FORMAT}"


def _stale_paths(root: Path) -> list[Path]:
    """Folders of other cache formats, and temporary files of interrupted writes."""
    if not root.is_dir():
        return []
    out = [p for p in sorted(root.iterdir()) if p.is_dir() and p.name.startswith("extract-v") and p != _current(root)]
    cur = _current(root)
    if cur.is_dir():
        out.extend(sorted(cur.glob("*/*.tmp")))
    return out


def _files(p: Path) -> list[Path]:
    return [f for f in p.rglob("*") if f.is_file()] if p.is_dir() else [p] if p.is_file() else []


def cache_info(root: Path | None = None) -> CacheInfo:
    root = root or cache_dir()
    every = _files(root)
    stale = sum(len(_files(p)) for p in _stale_paths(root))
    entries = len(list(_current(root).glob("*/*.json"))) if _current(root).is_dir() else 0
    return CacheInfo(root, entries, sum(f.stat().st_size for f in every), stale)


def prune_cache(root: Path | None = None) -> int:
    """Remove what older cache formats and interrupted writes left; returns the number of files removed."""
    root = root or cache_dir()
    n = 0
    for p in _stale_paths(root):
        n += len(_files(p))
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)
    return n


def clear_cache(root: Path | None = None) -> int:
    """Remove every cached extraction; returns the number of files removed. Only claimcheck's own folders
    (``extract-v*``) are touched, so a cache folder set to a shared place loses nothing else."""
    root = root or cache_dir()
    if not root.is_dir():
        return 0
    n = 0
    for p in sorted(root.iterdir()):
        if p.is_dir() and p.name.startswith("extract-v"):
            n += len(_files(p))
            shutil.rmtree(p, ignore_errors=True)
    return n
