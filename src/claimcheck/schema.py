"""The ledger's JSON Schema (draft 2020-12), shipped in the package as ``claimcheck/data/ledger.schema.json``."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

SCHEMA_FILE = "ledger.schema.json"


def ledger_schema() -> dict[str, Any]:
    """The schema a ledger written by ``write_ledger`` (``scan --json``) satisfies, as a dict for any JSON
    Schema validator (``jsonschema.Draft202012Validator(claimcheck.ledger_schema())``)."""
    text = files("claimcheck").joinpath("data").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
