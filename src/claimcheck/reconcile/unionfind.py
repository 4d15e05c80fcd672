"""A union-find over string keys; the smaller key is always the root, so results do not depend on order."""

from __future__ import annotations


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> tuple[str, str | None]:
        """Join the sets of a and b; returns (root kept, root merged into it or None if already one set)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra, None
        keep, gone = (ra, rb) if ra < rb else (rb, ra)
        self.parent[gone] = keep
        return keep, gone
