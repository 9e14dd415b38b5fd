"""The cell patcher: only the written <c> elements change; formulas are refused; the rest of the package is kept."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook
from province_form_fixture import build_province_form, members, strip_cells

from tthc_desktop.reports.xlsx_patch import (
    XlsxPatchError,
    covered_by_merge,
    ensure_full_calc,
    formula_cells,
    patch_cells,
    patch_sheet_xml,
    sheet_parts,
)


@pytest.fixture
def form(tmp_path):
    path = tmp_path / "bieu.xlsx"
    rows = build_province_form(path)
    return path, rows


def test_written_cells_hold_the_values_and_nothing_else_changes(form, tmp_path):
    path, rows = form
    out = tmp_path / "out.xlsx"
    r = rows["HỘ TỊCH"]
    values = {f"C{r}": 120, f"D{r}": 50, f"Z{r}": 7}  # Z: a cell that did not exist
    patch_cells(path, out, "Biểu 06", values)
    ws = load_workbook(out)["Biểu 06"]
    assert [ws[ref].value for ref in values] == [120, 50, 7]
    assert ws[f"C{r}"].border.left.style == "thin"  # the cell kept its style
    before, after = members(path), members(out)
    assert list(before) == list(after)
    member = sheet_parts(path)["Biểu 06"]
    changed = [name for name in before if before[name] != after[name]]
    assert changed == [member]
    assert strip_cells(after[member].decode(), set(values)) == strip_cells(before[member].decode(), set(values))
    with zipfile.ZipFile(path) as a, zipfile.ZipFile(out) as b:
        assert [(i.filename, i.compress_type, i.date_time) for i in a.infolist()] == \
            [(i.filename, i.compress_type, i.date_time) for i in b.infolist()]


def test_formula_cells_are_found_and_never_overwritten(form, tmp_path):
    path, rows = form
    member = sheet_parts(path)["Biểu 06"]
    xml = zipfile.ZipFile(path).read(member).decode()
    total = rows["total"]
    assert f"C{total}" in formula_cells(xml) and f"C{total - 1}" not in formula_cells(xml)
    with pytest.raises(XlsxPatchError, match=f"Ô C{total} chứa công thức"):
        patch_cells(path, tmp_path / "out.xlsx", "Biểu 06", {f"C{total}": 1})
    assert not (tmp_path / "out.xlsx").exists()  # nothing half-written
    with pytest.raises(XlsxPatchError, match="Không tìm thấy trang tính “Khác”"):
        patch_cells(path, tmp_path / "out.xlsx", "Khác", {"A1": 1})


def test_text_goes_in_as_an_inline_string_and_is_escaped():
    xml = '<worksheet><sheetData><row r="2"><c r="B2" s="3" t="s"><v>0</v></c></row></sheetData></worksheet>'
    out = patch_sheet_xml(xml, {"B2": "A & <B>", "A2": 5})
    assert out == ('<worksheet><sheetData><row r="2"><c r="A2"><v>5</v></c><c r="B2" s="3" t="inlineStr">'
                   '<is><t xml:space="preserve">A &amp; &lt;B&gt;</t></is></c></row></sheetData></worksheet>')
    between = patch_sheet_xml('<sheetData><row r="1"/><row r="5"></row></sheetData>', {"A3": 2})
    assert between == '<sheetData><row r="1"/><row r="3"><c r="A3"><v>2</v></c></row><row r="5"></row></sheetData>'
    empty = patch_sheet_xml("<worksheet><sheetData/></worksheet>", {"A1": 1})
    assert empty == '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'


def test_full_calc_on_load_is_set_once():
    assert ensure_full_calc('<workbook><sheets/><calcPr calcId="1"/></workbook>') == \
        '<workbook><sheets/><calcPr calcId="1" fullCalcOnLoad="1"/></workbook>'
    assert ensure_full_calc('<workbook><sheets/><extLst/></workbook>') == \
        '<workbook><sheets/><calcPr fullCalcOnLoad="1"/><extLst/></workbook>'
    same = '<workbook><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
    assert ensure_full_calc(same) is same


def test_cached_values_of_formula_cells_are_dropped_so_readers_recompute():
    xml = ('<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c>'
           '<c r="C1"><f>A1</f><v></v></c></row></sheetData>')
    assert patch_sheet_xml(xml, {"A1": 5}) == ('<sheetData><row r="1"><c r="A1"><v>5</v></c><c r="B1"><f>A1*2</f></c>'
                                               '<c r="C1"><f>A1</f><v></v></c></row></sheetData>')


def test_any_cells_written_read_back_and_leave_the_rest(tmp_path_factory):
    """Property: whatever non-formula cells get numbers or text, openpyxl reads exactly those back and every
    other cell of the sheet keeps its value."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    base = tmp_path_factory.mktemp("prop")
    path = base / "bieu.xlsx"
    rows = build_province_form(path)
    original = {(c.row, c.column): c.value for row in load_workbook(path)["Biểu 06"].iter_rows() for c in row}
    total = rows["total"]
    refs = st.tuples(st.sampled_from("ABCDEFGHIJKLMNOPQ"), st.integers(1, 30)).map(lambda t: f"{t[0]}{t[1]}") \
        .filter(lambda ref: not (ref[0] in "CDEFGHIJKLM" and ref[1:] == str(total)))  # formulas: refused
    xml = zipfile.ZipFile(path).read(sheet_parts(path)["Biểu 06"]).decode()
    values = st.one_of(st.integers(0, 10**9), st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
                                                       min_size=1, max_size=20))

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.dictionaries(refs, values, min_size=1, max_size=8))
    def check(written):
        if covered_by_merge(xml, written):
            with pytest.raises(XlsxPatchError, match="nằm trong vùng gộp ô"):
                patch_cells(path, base / "refused.xlsx", "Biểu 06", written)
            return
        out = base / "out.xlsx"
        patch_cells(path, out, "Biểu 06", written)
        ws = load_workbook(out)["Biểu 06"]
        from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

        for ref, value in written.items():
            assert ws[ref].value == value
        keys = {(coordinate_from_string(r)[1], column_index_from_string(coordinate_from_string(r)[0]))
                for r in written}
        for (r, c), value in original.items():
            if (r, c) not in keys:
                assert ws.cell(r, c).value == value

    check()


def test_a_filled_form_open_in_excel_is_named_in_vietnamese_and_left_whole(form, tmp_path, monkeypatch):
    """On Windows Excel holding OUT.xlsx makes the final rename fail (WinError 32): the officer is told which
    file to close, the old OUT.xlsx is untouched and no temporary file is left beside it."""
    import os

    from tthc_desktop.store.atomic_files import FileInUse

    path, rows = form
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"old")

    def held_open(src, dst):
        exc = PermissionError(13, "The process cannot access the file because it is being used by another process")
        exc.winerror = 32  # set by CPython on Windows only
        raise exc

    monkeypatch.setattr(os, "replace", held_open)
    with pytest.raises(FileInUse, match="đang mở trong chương trình khác"):
        patch_cells(path, out, "Biểu 06", {f"C{rows['HỘ TỊCH']}": 1})
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bieu.xlsx", "out.xlsx"]
