"""What form definitions (:mod:`.forms`) and report templates (:mod:`.templates`) share as versioned JSON files.

Both are ``resources/templates/<kind>/<id>.json`` with ``"$schema_version": 1``, an id of lower-case
letters, digits and ``_``, and optional ``effective_from`` / ``effective_to`` ISO dates (inclusive,
null = open) saying when a version applies. Each module keeps its own error type and wording.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
DATA_ID = re.compile(r"^[a-z0-9_]+$")


class Effective:
    """Mixin of a versioned definition: ``valid_on(day)`` from its ``effective_from`` / ``effective_to``."""

    __slots__ = ()
    effective_from: date | None
    effective_to: date | None

    def valid_on(self, day: date) -> bool:
        return (self.effective_from is None or self.effective_from <= day) and (
            self.effective_to is None or day <= self.effective_to)


def read_json(path: Path, error: type[Exception], what: str) -> Any:
    """The file's JSON; *error* "Không đọc được <what> <file>: …" when it cannot be read or parsed."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise error(f"Không đọc được {what} {path.name}: {exc}") from None


def iso_date(value: Any, error: type[ValueError] = ValueError) -> date | None:
    """An ``effective_from`` / ``effective_to`` value: None when absent, else a YYYY-MM-DD date."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise error(f"ngày hiệu lực «{value}» phải có dạng YYYY-MM-DD") from None


def choice(value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValueError(f"giá trị «{value}» không thuộc {', '.join(allowed)}")
    return value
