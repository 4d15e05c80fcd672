"""claimcheck's exceptions. The library raises them; the CLI turns each into a one-line message."""

from __future__ import annotations


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
