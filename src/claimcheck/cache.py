"""A cache of each article's extraction, keyed by the file's hash, the model, claimcheck's version and a
fingerprint of the extraction code.

It lives in the user's cache folder ($CLAIMCHECK_CACHE_DIR overrides it). A cache that cannot be read or
written is skipped silently: it may make a scan faster, never make it fail.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from datetime import date
from pathlib import Path

from ._version import __version__
from .types import Article, Claim, ModelInfo

CACHE_ENV = "CLAIMCHECK_CACHE_DIR"
FORMAT = 1


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

    def _path(self, article: Article, model: ModelInfo, reference: date | None = None) -> Path:
        parts = [__version__, code_fingerprint(), model.name, model.version, article.id, article.sha256]
        if article.date is None and reference is not None:
            parts.append(reference.isoformat())  # an undated article's dates depend on its corpus's
        key = "\n".join(parts)
        h = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self.root / h[:2] / f"{h}.json"

    def get(self, article: Article, model: ModelInfo, reference: date | None = None) -> tuple[Claim, ...] | None:
        from .ledger import claim_from_json

        try:
            data = json.loads(self._path(article, model, reference).read_text(encoding="utf-8"))
            return tuple(claim_from_json(d) for d in data)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, article: Article, model: ModelInfo, claims: tuple[Claim, ...], reference: date | None = None) -> None:
        from .ledger import claim_json

        path = self._path(article, model, reference)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump([claim_json(c) for c in claims], f, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            return
