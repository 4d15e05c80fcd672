"""The HTML report in a real browser (headless Chromium, from Debian's chromium-headless-shell or chromium):
the DOM the browser builds has every highlighted claim, each linking to a group that exists, and a
screenshot shows the verdict colours.

A machine without Chromium skips these (.ci/run installs it where Debian's mirrors are reachable); set
CLAIMCHECK_REQUIRE_BROWSER=1 to make a missing browser fail instead."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimcheck.ledger_read import result_from_ledger
from claimcheck.render import render_scan

EXPECTED = Path(__file__).parent.parent / "fixtures" / "newsroom" / "expected"
BROWSERS = ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome")


def _browser() -> str:
    for name in (os.environ.get("CLAIMCHECK_BROWSER"), *BROWSERS):
        if name and shutil.which(name):
            return str(shutil.which(name))
    if os.environ.get("CLAIMCHECK_REQUIRE_BROWSER"):
        pytest.fail("no headless Chromium: apt-get install chromium-headless-shell")
    pytest.skip("no headless Chromium (apt-get install chromium-headless-shell)")


def _run(args: list[str], tmp: Path) -> subprocess.CompletedProcess[bytes]:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--user-data-dir={tmp / 'profile'}"]
    return subprocess.run([_browser(), *flags, *args], capture_output=True, timeout=120, check=True)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    ledger = json.loads((EXPECTED / "ledger.json").read_text(encoding="utf-8"))
    page = tmp_path_factory.mktemp("report") / "report.html"
    page.write_text("".join(render_scan(result_from_ledger(ledger), "html")), encoding="utf-8")
    return page, ledger


class _Dom(HTMLParser):
    """The links, ids and scripts of the DOM the browser dumped."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.claims: list[dict[str, str]] = []
        self.scripts = 0
        self.links: list[str] = []  # every in-page link target
        self._open: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "script":
            self.scripts += 1
        if tag == "a" and a.get("href", "").startswith("#"):
            self.links.append(a["href"][1:])
        if tag == "a" and "claim" in a.get("class", "").split():
            self._open = {**a, "text": ""}

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open is not None:
            self.claims.append(self._open)
            self._open = None


def test_browser_dom_has_every_claim_highlighted_and_linked(
    report: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    page, ledger = report
    out = _run(["--dump-dom", page.as_uri()], tmp_path)
    dom = _Dom()
    dom.feed(out.stdout.decode("utf-8"))
    claims = {c["id"]: c for c in ledger["claims"]}  # type: ignore[attr-defined]
    assert dom.scripts == 0
    assert sorted({t for t in dom.links if t not in dom.ids}) == []  # every link lands on something in the page
    assert len(dom.claims) >= 0.9 * len(claims)  # all but claims nested in another claim's words
    verdicts = {g["id"]: g["verdict"] for g in ledger["groups"]}  # type: ignore[attr-defined]
    seen = set()
    for a in dom.claims:
        cid = a["id"].removeprefix("c-")
        assert a["text"] == claims[cid]["text"]
        target = a["href"].removeprefix("#")
        assert target in dom.ids, a
        verdict = a["class"].split()[1].removeprefix("v-")
        assert verdict == verdicts.get(target, "none")
        seen.add(verdict)
    assert seen >= {"conflict", "compatible", "agree", "single"}


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows (RGB or RGBA bytes) of an 8-bit, non-interlaced PNG, as Chromium writes."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w = 8, b"", 0
    h = channels = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            w, h, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), w * channels, [], bytearray(w * channels)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, ul = prev[i], prev[i - channels] if i >= channels else 0
            if f == 1:
                line[i] = (line[i] + left) & 255
            elif f == 2:
                line[i] = (line[i] + up) & 255
            elif f == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif f == 4:
                p = left + up - ul
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - ul)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else ul)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, [bytes(r[i : i + 3]) for r in rows for i in range(0, stride, channels)]


def test_screenshot_shows_the_verdict_colours(report: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    page, _ = report
    shot = tmp_path / "report.png"
    _run(["--window-size=1200,1600", f"--screenshot={shot}", page.as_uri()], tmp_path)
    w, h, pixels = _png_pixels(shot.read_bytes())
    assert (w, h) == (1200, 1600)
    counts = {name: pixels.count(bytes(rgb)) for name, rgb in _COLOURS.items()}
    # the conflict card's border and badge, and the highlighted words of each verdict's rows
    assert counts["conflict"] > 2000 and counts["mark"] > 2000, counts
    assert counts["compatible"] > 500 and counts["agree-bg"] > 100, counts


_COLOURS = {
    "conflict": (0xC6, 0x28, 0x28),
    "compatible": (0xB2, 0x6A, 0x00),
    "agree-bg": (0xDC, 0xF3, 0xDC),
    "mark": (0xFF, 0xF5, 0x9D),
}
