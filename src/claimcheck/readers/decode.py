"""Bytes to text: UTF-8, else Windows-1252 (what most non-UTF-8 news text is) with a warning."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

EncodingErrors = Literal["cp1252", "skip", "replace"]


class Undecodable(Exception):
    """The bytes are not UTF-8 and the caller asked to skip such files; ``str()`` is the warning."""


def decode(data: bytes, path: Path | str, encoding_errors: EncodingErrors = "cp1252") -> tuple[str, str, str | None]:
    """(text, encoding, warning or None). A BOM is dropped; line endings are kept as they are.

    Non-UTF-8 bytes are read as Windows-1252 (the default), skipped (raises Undecodable), or decoded as UTF-8
    with replacement characters."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as e:
        where = f"byte {e.start}"
        if encoding_errors == "skip":
            raise Undecodable(
                f"skipped {path}: not UTF-8 ({where}); re-save it as UTF-8, or leave out --encoding-errors skip "
                "to read it as Windows-1252"
            ) from None
        if encoding_errors == "replace":
            return (
                data.decode("utf-8", errors="replace"),
                "utf-8",
                f"decoded {path} with replacement characters: it is not valid UTF-8 ({where})",
            )
    text = data.decode("cp1252", errors="replace")  # five byte values are unassigned in cp1252
    return text, "cp1252", f"read {path} as Windows-1252 (cp1252): it is not valid UTF-8 ({where})"
