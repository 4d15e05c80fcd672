"""A terminal-safe report: escape sequences and control characters in article text and file names never reach
the terminal, and rich markup in a file name is shown as text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.errors import clean

ESC = "\x1b"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b]0;pwned\x07b", "ab"),  # OSC 0: window title, ended by BEL
        ("a\x1b]52;c;ZXZpbA==\x1b\\b", "ab"),  # OSC 52: clipboard write, ended by ST
        ("a\x1b[2Jb", "ab"),  # clear the screen
        ("a\x1b[8mhidden\x1b[0mb", "ahiddenb"),  # conceal
        ("a\x9b31mb", "ab"),  # 8-bit CSI
        ("a\x1bPq#0;2;0;0;0\x1b\\b", "ab"),  # DCS (sixel)
        ("a\x1b(Bb", "aBb"),  # ESC ( B: the escape goes, the B it designates is plain text
        ("a\x1b", "a"),  # a lone ESC at the end
        ("a\x07\x08\x7f\r\x00b", "ab"),  # BEL, BS, DEL, CR, NUL
        ("line\nnext\tcell", "line\nnext\tcell"),  # newline and tab stay
        ("Café “quoted” — 12 km² 😀", "Café “quoted” — 12 km² 😀"),
        ("mis\x9ddecoded text goes on", "misdecoded text goes on"),  # a lone C1 drops alone
    ],
)
def test_clean(raw: str, shown: str) -> None:
    assert clean(raw) == shown


HOSTILE = (
    "date 2024-01-01\nPolice said 12 people were hurt \x1b]0;pwned\x07in the fire\x1b[2J at the "
    "\x1b]52;c;ZXZpbA==\x07 mill. The \x1b[8mhidden\x1b[0m mayor, John \x9b31mSmith, said 14 people died.\n"
)
PLAIN = (
    "date 2024-01-01\nPolice said 13 people were hurt in the fire at the mill. The mayor, John Smith, said 14 "
    "people died.\n"
)
# What may be left: rich's own colours (SGR, ESC [ ... m, with none of the conceal code 8) and nothing else.
_SGR = re.compile(r"\x1b\[[0-9;]*m")


def _only_rich_colours(out: str) -> None:
    for m in _SGR.finditer(out):
        assert "8" not in m.group().strip("\x1b[m").split(";"), repr(m.group())
    rest = _SGR.sub("", out)
    assert ESC not in rest and "\x07" not in rest and "\x9b" not in rest and "\x9d" not in rest, repr(rest[:300])


@pytest.fixture
def hostile_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "[reverse]evil.txt").write_text(HOSTILE, encoding="utf-8")
    (corpus / "b\x1b[31mred.txt").write_text(PLAIN, encoding="utf-8")
    (corpus / "empty\x1b]0;x\x07.txt").write_text("", encoding="utf-8")
    return corpus


@pytest.mark.parametrize("terminal", [True, False], ids=["tty", "pipe"])
def test_scan_report_shows_no_escape_from_the_input(hostile_corpus: Path, terminal: bool) -> None:
    env = {"FORCE_COLOR": "1", "NO_COLOR": None} if terminal else {"NO_COLOR": "1", "FORCE_COLOR": None}
    r = CliRunner().invoke(app, ["scan", str(hostile_corpus)], env={**env, "COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    _only_rich_colours(r.stdout)
    _only_rich_colours(r.stderr)
    plain = _SGR.sub("", r.stdout)
    assert "[reverse]evil" in plain  # the markup is shown, not obeyed
    assert "\x1b[7m" not in r.stdout
    assert "empty.txt: the file is empty" in r.stderr


def test_diff_report_shows_no_escape_from_the_input(hostile_corpus: Path) -> None:
    r = CliRunner().invoke(
        app, ["diff", "[rev", "b", "--corpus", str(hostile_corpus)], env={"FORCE_COLOR": "1", "COLUMNS": "200"}
    )
    assert r.exit_code == 0, r.output
    _only_rich_colours(r.stdout)
    assert "[reverse]evil" in _SGR.sub("", r.stdout)


def test_every_output_format_on_stdout_is_free_of_escape_sequences(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "001.txt").write_text("Eight boats sank \x1b]52;c;ZXZpbA==\x07 off the coast.\n", encoding="utf-8")
    (folder / "002.txt").write_text("Nine boats sank \x1b[2J off the coast.\n", encoding="utf-8")
    for fmt in ("csv", "markdown", "html", "text"):
        out = CliRunner().invoke(app, ["scan", str(folder), "--format", fmt])
        assert out.exit_code == 0, out.output
        assert "\x1b" not in out.stdout and "\x07" not in out.stdout, fmt
