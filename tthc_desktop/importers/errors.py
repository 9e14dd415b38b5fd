"""Import failures with a clear Vietnamese message naming the file, sheet/table and row.

Every reader in :mod:`tthc_desktop.importers` converts its failures (missing, empty,
corrupt, encrypted, wrong-type or table-less files) into :class:`ImportFailure`, so callers
(the ``import-plan`` CLI, the wizard) need to catch only this one exception type.

``str(ImportFailure(...))`` is a full sentence, e.g.::

    Tệp ke-hoach.xlsx, trang tính "Phụ lục", dòng 12: không tìm thấy bảng nhiệm vụ.
"""

from __future__ import annotations

import os
import unicodedata

__all__ = ["ImportFailure"]


class ImportFailure(Exception):
    """A file could not be imported.

    Fields:
        file: the path as given (``str``); ``str()`` shows only its base name.
        location: sheet or table name (e.g. ``"Phụ lục"`` or ``"Bảng 2"``), or None.
        row: 1-based row in that sheet/table (line for text), or None.
        message: Vietnamese explanation, without the file/row prefix.
        location_kind: ``"sheet"`` (rendered ``trang tính "X"``) or ``"table"``
            (rendered as the name itself, e.g. ``bảng 2``).
    """

    def __init__(
        self,
        file: str | os.PathLike[str] | None,
        message: str,
        *,
        location: str | None = None,
        row: int | None = None,
        location_kind: str = "table",
    ) -> None:
        self.file = os.fspath(file) if file is not None else ""
        self.location = location
        self.row = row
        self.message = unicodedata.normalize("NFC", message)
        self.location_kind = location_kind
        super().__init__(self.__str__())

    def with_file(self, file: str | os.PathLike[str]) -> ImportFailure:
        """Return a copy naming ``file`` (used when a pure function raised without one)."""
        return ImportFailure(
            file, self.message, location=self.location, row=self.row, location_kind=self.location_kind
        )

    def __str__(self) -> str:
        parts: list[str] = []
        if self.file:
            parts.append(f"Tệp {os.path.basename(self.file)}")
        if self.location:
            if self.location_kind == "sheet":
                parts.append(f'trang tính "{self.location}"')
            else:
                loc = self.location
                parts.append(loc[:1].lower() + loc[1:] if loc[:1].isupper() and loc[1:2].islower() else loc)
        if self.row is not None:
            parts.append(f"dòng {self.row}")
        text = self.message.strip()
        if text and text[-1] not in ".!?…":
            text += "."
        if not parts:
            return text[:1].upper() + text[1:]
        return ", ".join(parts) + ": " + text
