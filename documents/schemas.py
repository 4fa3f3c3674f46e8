"""Loads the published JSON Schemas (draft 2020-12) of each design document version."""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

SUPPORTED_VERSIONS: tuple[str, ...] = ("1.4", "2.0")

_SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"


@functools.cache
def load_schema(version: str) -> dict[str, Any]:
    """The shared, cached schema of ``version``; callers must not mutate it."""
    if version not in SUPPORTED_VERSIONS:
        raise ValueError(f"unknown design schema version {version!r}; supported: "
                         + ", ".join(SUPPORTED_VERSIONS))
    with (_SCHEMA_DIR / f"design-{version}.json").open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def get_schema(version: str) -> dict[str, Any]:
    """A copy of the published JSON Schema of ``version`` (raises ValueError if unknown)."""
    return copy.deepcopy(load_schema(version))
