"""The reconciler's thresholds: one frozen dataclass, with documented defaults and CLI options."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Settings:
    """Scores are 0..100 (see compare.py).

    agree_threshold: two claims with the same value join one group at this score or above.
    compatible_threshold: claims whose values overlap without being equal need this much.
    conflict_threshold: claims whose values cannot both hold are called a conflict only at this score or
        above; set high on purpose, since a false conflict costs a reporter more than a missed one.
    name_variant_threshold: rapidfuzz ratio at which two different spellings are one name spelt two ways.
    max_block: a block larger than this is compared by sorted neighbourhood instead of all pairs.
    window: how many neighbours each claim meets in a large block.
    """

    agree_threshold: float = 42.0
    compatible_threshold: float = 42.0
    conflict_threshold: float = 55.0
    name_variant_threshold: float = 85.0
    max_block: int = 60
    window: int = 15

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
