"""claimcheck's exceptions. The library raises them; the CLI turns each into a one-line message."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import threading
from collections.abc import Iterator
from types import FrameType


class ClaimcheckError(Exception):
    """Something the user can fix. ``str(err)`` is one line saying what went wrong and what to do."""


class SourceError(ClaimcheckError):
    """A path to read is missing, or holds no articles."""


class PrefixError(ClaimcheckError):
    """A source id prefix matches no source, or more than one."""


class ModelError(ClaimcheckError):
    """The spaCy model cannot be loaded."""


class OutputError(ClaimcheckError):
    """An output file cannot be written."""


class InputError(ClaimcheckError):
    """A ledger or claims file given as input cannot be read."""


class ExtractionFailed(RuntimeError):
    """Extraction stopped with an error on one article: a fault in claimcheck, not in the article, raised from
    the original error (``__cause__``). ``str(err)`` names the article's file."""


INTERNAL_ERROR_STATUS = 70  # EX_SOFTWARE of sysexits.h: an internal software error
TRACEBACK_ENV = "CLAIMCHECK_TRACEBACK"  # set to 1, the CLI shows a fault's traceback instead of its one line


def internal_error(e: BaseException) -> str:
    """The one line for a fault in claimcheck that reached the command line: what failed, and what to do."""
    cause = e.__cause__ if isinstance(e, ExtractionFailed) and e.__cause__ is not None else e
    what = f"{type(cause).__name__}: {cause}"
    if len(what) > 160:  # (an error may carry a whole claim in its message)
        what = what[:157] + "..."
    where = f"{e}: " if isinstance(e, ExtractionFailed) else ""
    return f"internal error: {where}{what} (a fault in claimcheck: please report it; {TRACEBACK_ENV}=1 shows where)"


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM interrupts like Ctrl-C (KeyboardInterrupt), so a half-written temporary file is
    removed and the command exits with its one-line message. Worker processes forked inside keep the default:
    they die at once."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        yield
        return
    me = os.getpid()

    def handler(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != me:  # a forked worker: die as a SIGTERM would have killed it
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except (ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def output_failure(e: OSError) -> str:
    """The one line for an OSError that reached the command line: a write to stdout that failed (a full disk,
    a closed pipe) or anything else the library did not turn into a ClaimcheckError."""
    from .ledger import silence_stdout

    if e.errno in _WRITE_ERRORS or not e.filename:
        silence_stdout()
        return f"cannot write output: {e.strerror or e}"
    return f"cannot use {e.filename}: {e.strerror or e}"


_WRITE_ERRORS = frozenset(
    getattr(errno, name) for name in ("EPIPE", "ENOSPC", "EDQUOT", "EFBIG", "EIO") if hasattr(errno, name)
)


# What a terminal would act on rather than show: escape sequences (CSI "ESC[2J", OSC "ESC]0;title BEL" and
# "ESC]52;..." clipboard writes, DCS/SOS/PM/APC strings, two-character escapes) with their payload, the 8-bit
# CSI, and every other C0 control but tab and newline, DEL and each C1 control (alone: a C1 character in
# badly decoded text is no reason to drop the words after it).
_CONTROLS = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def clean(s: str) -> str:
    """``s`` safe to print: terminal escape sequences and control characters (but tab and newline) removed."""
    return _CONTROLS.sub("", s) if _CONTROLS.search(s) else s
