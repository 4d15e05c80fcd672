"""A cache of each article's extraction, keyed by the file's hash, the model, claimcheck's version and a
fingerprint of the extraction code.

It lives in the user's cache folder ($CLAIMCHECK_CACHE_DIR overrides it). A cache that cannot be read or
written is skipped silently: it may make a scan faster, never make it fail.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from datetime import date
from pathlib import Path

from ._version import __version__
from .types import Article, Claim, ModelInfo

CACHE_ENV = "CLAIMCHECK_CACHE_DIR"
FORMAT = 2  # 2: an object {source, claims}, so an entry of another shape is a miss, not zero claims


_FINGERPRINT: str | None = None


def code_fingerprint() -> str:
    """A hash of the code that turns an article into claims: an edited extractor never reads stale claims,
    even before the version number changes."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        here = Path(__file__).resolve().parent
        files = sorted(
            [*here.glob("extract/*.py"), here / "nlp.py", here / "corpus.py", here / "types.py", here / "ledger.py"]
        )
        h = hashlib.sha256()
        for f in files:
            try:
                h.update(f.name.encode() + b"\0" + f.read_bytes())
            except OSError:
                continue
        _FINGERPRINT = h.hexdigest()[:16]
    return _FINGERPRINT


def cache_dir() -> Path:
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("claimcheck", appauthor=False))


class ExtractionCache:
    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or cache_dir()) / f"extract-v{FORMAT}"
        self._cleaned: set[Path] = set()

    def _path(self, article: Article, model: ModelInfo, reference: date | None = None) -> Path:
        parts = [__version__, code_fingerprint(), model.name, model.version, article.id, article.sha256]
        if article.date is None and reference is not None:
            parts.append(reference.isoformat())  # an undated article's dates depend on its corpus's
        key = "\n".join(parts)
        h = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self.root / h[:2] / f"{h}.json"

    def get(self, article: Article, model: ModelInfo, reference: date | None = None) -> tuple[Claim, ...] | None:
        """The cached claims, or None for a miss: no entry, or one that cannot be read or has not the shape
        ``put`` writes (each claim is checked as a claims file's is), which the next ``put`` replaces."""
        from .ledger import claim_from_json, loads

        try:
            data = loads(self._path(article, model, reference).read_text(encoding="utf-8"))
            claims = data.get("claims") if isinstance(data, dict) and data.get("source") == article.id else None
            if not isinstance(claims, list):
                return None
            return tuple(claim_from_json(d) for d in claims)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, article: Article, model: ModelInfo, claims: tuple[Claim, ...], reference: date | None = None) -> None:
        from .ledger import claim_json, temp_prefix

        path = self._path(article, model, reference)
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._clean(path.parent)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=temp_prefix(path.name), suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                entry = {"source": article.id, "claims": [claim_json(c) for c in claims]}
                json.dump(entry, f, ensure_ascii=False, allow_nan=False)
            os.replace(tmp, path)
        except (OSError, ValueError):  # ValueError: a value JSON cannot hold; the next scan extracts again
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def _clean(self, folder: Path) -> None:
        """Remove the temporary files a killed process left in ``folder`` (once per folder and process)."""
        from .ledger import remove_stale_temps

        if folder not in self._cleaned:
            self._cleaned.add(folder)
            remove_stale_temps(folder)
