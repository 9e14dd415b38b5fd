"""Store errors with Vietnamese messages meant to be shown to the officer as they are."""

from __future__ import annotations


class StoreError(Exception):
    """Base class: the message is a complete Vietnamese sentence."""


class DatabaseInUse(StoreError):
    """Another process holds the database's lock file."""


class UnsupportedLocation(StoreError):
    """The database is on a network share or in a folder we cannot write."""


class NotADatabase(StoreError):
    """The file exists but is not an SQLite database, or is damaged."""


class DiskFull(StoreError):
    """The disk holding the database (or a backup) is full; the interrupted transaction was rolled back."""


class ReadOnlyLocation(UnsupportedLocation):
    """The database's folder or file cannot be written (read-only folder, no permission)."""
