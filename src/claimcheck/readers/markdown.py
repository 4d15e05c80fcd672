"""Markdown notes: YAML front matter as metadata, and the body as the plain text a reader sees.

The front matter is read as flat YAML (``key: value``, quoted or not, lists as ``[a, b]`` or ``- a`` lines);
nested mappings are passed over. The body loses its markup (headings' ``#``, emphasis, link targets, images,
HTML comments, code fences) so that no URL or ``**`` reaches a claim or a group key. The text kept is that
plain text, and claim offsets refer to it.
"""

from __future__ import annotations

import re
from typing import Any

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_KEY = re.compile(r"\A([A-Za-z_][\w \-.]*?)\s*:(?:\s+(.*?))?\s*\Z")
_ITEM = re.compile(r"\A\s*-\s+(.*?)\s*\Z")


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(the front matter as a dict, the rest of the text). No front matter gives ({}, text)."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    out: dict[str, Any] = {}
    last: str | None = None
    for line in m.group(1).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.match(line)
        if item and last is not None and (out[last] is None or isinstance(out[last], list)):
            out[last] = [*(out[last] or []), _yaml_scalar(item.group(1))]
            continue
        if line[:1] in " \t":
            continue  # a nested mapping's line: not a field claimcheck reads
        k = _KEY.match(line)
        if not k:
            continue
        last = k.group(1).strip()
        raw = k.group(2)
        if raw is None or raw in ("|", ">", "|-", ">-"):
            out[last] = None
        elif raw.startswith("[") and raw.endswith("]"):
            out[last] = [_yaml_scalar(x) for x in _split_flow(raw[1:-1])]
        else:
            out[last] = _yaml_scalar(raw)
    return out, text[m.end() :]


def _split_flow(s: str) -> list[str]:
    parts, buf, quote = [], "", ""
    for ch in s:
        if quote:
            buf += ch
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
            buf += ch
        elif ch == ",":
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    parts.append(buf)
    return [p.strip() for p in parts if p.strip()]


def _yaml_scalar(raw: str) -> Any:
    s = raw.strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'":
        inner = s[1:-1]
        return inner.replace("''", "'") if s[0] == "'" else inner.replace('\\"', '"')
    s = re.sub(r"\s+#.*\Z", "", s)  # a comment after the value
    if s in ("~", "null", "Null", "NULL", ""):
        return None
    if re.fullmatch(r"[+-]?\d+", s):
        return int(s)
    return s


# -- the body as plain text -------------------------------------------------------------------------------

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_FENCE = re.compile(r"\A\s{0,3}(?:```|~~~)")
_HEADING = re.compile(r"\A\s{0,3}#{1,6}(?:[ \t]+|\Z)(.*?)(?:[ \t]+#+)?[ \t]*\Z")
_SETEXT = re.compile(r"\A\s{0,3}(?:=+|-+)[ \t]*\Z")
_RULE = re.compile(r"\A\s{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})\Z")
_QUOTE = re.compile(r"\A\s{0,3}(?:>[ \t]?)+")
_REF_DEF = re.compile(r"\A\s{0,3}\[[^\]]+\]:\s+\S+.*\Z")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_CODE = re.compile(r"`+([^`]+?)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_HIDDEN = re.compile(r"\x00(\d+)\x00")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


def to_plain(body: str) -> str:
    """Markdown as the text a reader sees, line by line (line breaks are kept, so paragraphs stay paragraphs)."""
    body = _COMMENT.sub("", body)
    out: list[str] = []
    in_fence = False
    for line in body.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        end = line[len(content) :]
        if _FENCE.match(content):
            in_fence = not in_fence
            out.append(end)
            continue
        if in_fence:
            out.append(line)
            continue
        if _REF_DEF.match(content) or _RULE.match(content) or (_SETEXT.match(content) and out and out[-1].strip()):
            out.append(end)
            continue
        h = _HEADING.match(content)
        if h:
            content = h.group(1)
        content = _QUOTE.sub("", content)
        out.append(inline(content) + end)
    return "".join(out)


def inline(s: str) -> str:
    """One line without its inline markup."""
    s = _ESCAPE.sub(lambda m: f"\x00{ord(m.group(1))}\x00", s)  # an escaped "*" is no emphasis: hide it first
    s = _IMAGE.sub("", s)
    s = _LINK.sub(r"\1", s)
    s = _REF_LINK.sub(r"\1", s)
    s = _AUTOLINK.sub(r"\1", s)
    s = _HTML_TAG.sub("", s)
    s = _CODE.sub(r"\1", s)
    for rx in (_STRONG, _STRIKE):
        s = rx.sub(lambda m: m.group(2) if m.lastindex == 2 else m.group(1), s)
    s = _EM_STAR.sub(r"\1", s)
    s = _EM_UNDER.sub(r"\1", s)
    return _HIDDEN.sub(lambda m: chr(int(m.group(1))), s)
