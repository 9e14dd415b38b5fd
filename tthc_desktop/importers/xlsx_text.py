"""openpyxl's read-only workbook and sheet parser, with cell text read as plain strings.

openpyxl builds a rich-text object (``Text.from_tree``) for every shared string and every inline string, only
to join its runs again: for a plan of 10,000 rows that was half the time of reading the sheet. Here the same
text is taken straight from the XML: the plain ``<t>`` and the ``<t>`` of each run ``<r>``, in order, without
phonetic runs (``<rPh>``), exactly what ``Text.content`` gives; shared strings keep openpyxl's removal of the
``x005F_`` escape. Everything else (cell places, numbers, dates, booleans, merged ranges) is openpyxl's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from openpyxl.cell.read_only import ReadOnlyCell
from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._reader import INLINE_STRING, VALUE_TAG, WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

_T = f"{{{SHEET_MAIN_NS}}}t"
_R = f"{{{SHEET_MAIN_NS}}}r"
_SI = f"{{{SHEET_MAIN_NS}}}si"


def string_item_text(node) -> str:
    """The text of an ``<si>`` or ``<is>`` element, as openpyxl's ``Text(...).content``."""
    parts = []
    for child in node:
        if child.tag == _T:
            if child.text is not None:
                parts.append(child.text)
        elif child.tag == _R:
            t = child.find(_T)
            if t is not None and t.text is not None:
                parts.append(t.text)
    return "".join(parts)


def _string_table(source: IO[bytes]) -> list[str]:
    strings = []
    for _, node in iterparse(source):
        if node.tag == _SI:
            strings.append(string_item_text(node).replace("x005F_", ""))
            node.clear()
    return strings


class _PlainTextReader(ExcelReader):
    """openpyxl's reader, stopping once the workbook, its shared strings and its styles are read: the sheets are
    streamed by the caller. (openpyxl's read-only sheet, when a file states no dimension, as openpyxl's own
    write-only files do, parses the whole sheet once just to find its size.)"""

    def read_strings(self) -> None:
        part = self.package.find(SHARED_STRINGS)
        if part is not None:
            with self.archive.open(part.PartName[1:]) as src:
                self.shared_strings = _string_table(src)

    def read(self) -> None:
        self.read_manifest()
        self.read_strings()
        self.read_workbook()
        apply_stylesheet(self.archive, self.wb)
        self.sheet_parts = [(sheet.name, rel.target) for sheet, rel in self.parser.find_sheets()
                            if rel.target in self.valid_files and "chartsheet" not in rel.Type]


class TextSheetParser(WorkSheetParser):
    """openpyxl's sheet parser (values only, as ``data_only=True``); a text cell's value is its plain text.

    Text cells, most of a plan, are placed here with openpyxl's own rule (the ``r`` reference, else the next
    column of the row); numbers, dates, booleans and errors go through openpyxl's parse_cell."""

    def parse_cell(self, element):
        kind = element.get("t")
        if kind == "s":
            index = element.findtext(VALUE_TAG, None)
            value = self.shared_strings[int(index)] if index else None
        elif kind == "inlineStr":
            inline = element.find(INLINE_STRING)
            value = string_item_text(inline) if inline is not None else None
        else:
            return super().parse_cell(element)
        coordinate = element.get("r")
        if coordinate:
            row, column = coordinate_to_tuple(coordinate)
            self.col_counter = column
        else:
            self.col_counter += 1
            row, column = self.row_counter, self.col_counter
        style_id = int(element.get("s", 0))
        return {"row": row, "column": column, "value": value, "data_type": "s" if value is not None else kind,
                "style_id": style_id}


class TextWorkbook:
    """An open .xlsx: its worksheets' names, and a parser over each sheet's XML (close() when done)."""

    def __init__(self, fh: IO[bytes]):
        self._reader = _PlainTextReader(fh, read_only=True, data_only=True)
        try:
            self._reader.read()
        except BaseException:
            self._reader.archive.close()
            raise
        self.wb = self._reader.wb
        self.sheets: list[tuple[str, str]] = self._reader.sheet_parts  # (title, XML part)

    def close(self) -> None:
        self._reader.archive.close()

    @contextmanager
    def parser(self, part: str) -> Iterator[TextSheetParser]:
        wb = self.wb
        with self._reader.archive.open(part) as src:
            yield TextSheetParser(src, self._reader.shared_strings, data_only=True, epoch=wb.epoch,
                                  date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)

    def number_format(self, cell: dict) -> str:
        """The number format of a parsed cell (openpyxl's rule, from the workbook's styles)."""
        return ReadOnlyCell(self, **cell).number_format

    @property
    def parent(self):  # ReadOnlyCell finds the styles at sheet.parent
        return self.wb
