"""Cell text read straight from the sheet XML is what openpyxl's own reader gives, for every way a workbook
stores text: shared strings (plain, rich-text runs, phonetic runs, the x005F_ escape), inline strings (as
write-only openpyxl and some exporters write them) and rich text cells."""

from __future__ import annotations

import html
import io
import re
import zipfile
from xml.etree import ElementTree

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont, Text

from tthc_desktop.importers.table_readers import _cell_text, read_xlsx_sheets
from tthc_desktop.importers.xlsx_text import string_item_text

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

ITEMS = [
    "<t>Sở Tư pháp</t>",
    '<t xml:space="preserve">  Rà soát  </t>',
    "<t/>",
    "<r><t>Trước ngày </t></r><r><rPr><b/></rPr><t>30/6/2025</t></r>",
    "<t>Chủ trì</t><r><t>: Văn phòng</t></r>",
    "<r><t>UBND xã</t></r><rPh sb='0' eb='1'><t>ignored</t></rPh><phoneticPr fontId='1'/>",
    "<r><rPr><i/></rPr><t/></r><r><t>Quý IV</t></r>",
]


@pytest.mark.parametrize("inner", ITEMS)
def test_string_item_text_is_openpyxls_text_content(inner):
    node = ElementTree.fromstring(f'<si xmlns="{NS}">{inner}</si>')
    assert string_item_text(node) == Text.from_tree(node).content


def as_shared_strings(path, items: dict[str, str] | None = None) -> None:
    """Rewrite an openpyxl workbook (which writes every text inline) as Excel writes it: texts in the shared
    string table, cells pointing at them. ``items`` replaces a text's ``<si>`` body (runs, phonetic runs)."""
    items = items or {}
    table: list[str] = []

    def shared(match: re.Match) -> str:
        table.append(items.get(html.unescape(match.group(2)), f"<t>{match.group(2)}</t>"))
        return f'<c r="{match.group(1)}" t="s"><v>{len(table) - 1}</v></c>'

    raw = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(raw, "w") as out:
        for item in src.infolist():
            data = src.read(item).decode()
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(r'<c r="([A-Z]+\d+)" t="inlineStr"><is><t>([^<]*)</t></is></c>', shared, data)
            elif item.filename == "[Content_Types].xml":
                data = data.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace("</Relationships>", '<Relationship Id="rIdSst" Target="sharedStrings.xml" Type="'
                                    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"'
                                    "/></Relationships>")
            out.writestr(item, data)
        out.writestr("xl/sharedStrings.xml", f'<sst xmlns="{NS}">' + "".join(f"<si>{t}</si>" for t in table) + "</sst>")
    assert table, "no text was moved to the shared string table"
    path.write_bytes(raw.getvalue())


def _with_rich_shared_strings(path):
    """A workbook whose shared strings hold runs, phonetic runs and the x005F_ escape (as Excel writes them)."""
    wb = Workbook()
    ws = wb.active
    for r, value in enumerate(["Nội dung", "Cơ quan", "Thời hạn", "x005F_x000D_ dòng"], start=1):
        ws.cell(r, 1, value)
    wb.save(path)
    as_shared_strings(path, {
        "Cơ quan": "<r><t>Cơ quan </t></r><r><rPr><b/></rPr><t>chủ trì</t></r>",
        "Thời hạn": "<r><t>Thời hạn</t></r><rPh sb='0' eb='1'><t>x</t></rPh>",
    })


def _inline_strings(path):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("KH")
    ws.append(["STT", "Nội dung công việc", "Cơ quan chủ trì"])
    ws.append([1, "Rà soát, đơn giản hóa TTHC", "Sở Tư pháp"])
    wb.save(path)


def _rich_text_cells(path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = CellRichText(["Trước ", TextBlock(InlineFont(b=True), "30/6/2025")])
    ws["B2"] = "thường"
    ws["C3"] = 12.5
    wb.save(path)


@pytest.mark.parametrize("make", [_with_rich_shared_strings, _inline_strings, _rich_text_cells])
def test_grid_matches_openpyxl(tmp_path, make):
    path = tmp_path / "book.xlsx"
    make(path)
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        expected = [[_cell_text(v) for v in row] for row in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()
    (table,) = read_xlsx_sheets(path)
    width = len(table.rows[0])
    assert table.rows == [(row + [""] * width)[:width] for row in expected]
    assert any(cell for row in table.rows for cell in row)


def _mixed_without_references(path):
    """Shared strings, numbers, a date, a boolean, an empty shared-string reference and cells without the
    ``r`` attribute (some exporters write none: openpyxl then counts columns)."""
    import datetime as dt

    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Nội dung", "Thời hạn", "Xong"])
    ws.append([1, "Rà soát", dt.datetime(2025, 6, 30), True])
    ws.append([2.5, "Công bố", "Quý II/2025", False])
    wb.save(path)
    as_shared_strings(path)
    raw = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(raw, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.startswith("xl/worksheets/"):
                text = data.decode()
                text = re.sub(r'(<row r="3"[^>]*>.*?</row>)', lambda m: re.sub(r' r="[A-Z]+3"', "", m.group(1)), text)
                text = text.replace("</sheetData>", '<row r="4"><c r="B4" t="s"><v></v></c></row></sheetData>')
                data = text.encode()
            out.writestr(item, data)
    path.write_bytes(raw.getvalue())


@pytest.mark.parametrize("make", [_with_rich_shared_strings, _inline_strings, _rich_text_cells,
                                  _mixed_without_references])
def test_parsed_cells_are_openpyxls(tmp_path, make):
    """Every parsed cell (row, column, value, type, style) is what openpyxl's own sheet parser gives."""
    from openpyxl.worksheet._reader import WorkSheetParser

    from tthc_desktop.importers.xlsx_text import TextWorkbook

    path = tmp_path / "book.xlsx"
    make(path)
    with open(path, "rb") as fh:
        book = TextWorkbook(fh)
        try:
            (title, part), *_ = book.sheets
            with book.parser(part) as parser:
                ours = list(parser.parse())
            wb = book.wb
            with book._reader.archive.open(part) as src:
                theirs = list(WorkSheetParser(src, book._reader.shared_strings, data_only=True, epoch=wb.epoch,
                                              date_formats=wb._date_formats,
                                              timedelta_formats=wb._timedelta_formats).parse())
        finally:
            book.close()
    assert ours == theirs
    assert any(cell["value"] for _, cells in ours for cell in cells)
