"""Row ↔ dataclass conversions shared by the repositories (dates stored as ISO text, flags as 0/1)."""

from __future__ import annotations

from datetime import date


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def from_iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
