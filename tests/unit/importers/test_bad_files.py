"""Bad input: every failure is an ImportFailure naming the file, with a Vietnamese message."""

from __future__ import annotations

import os
import zipfile

import pytest

from tthc_desktop.importers.errors import ImportFailure
from tthc_desktop.importers.plan_source import list_candidate_tables, read_plan_file
from tthc_desktop.importers.table_readers import read_docx_tables, read_xlsx_sheets
from tthc_desktop.importers.text_table import read_text_file


def _fails(path, *fragments, reader=read_plan_file) -> ImportFailure:
    with pytest.raises(ImportFailure) as info:
        reader(path)
    err = info.value
    text = str(err)
    assert text.startswith(f"Tệp {os.path.basename(path)}"), text
    assert err.file == os.fspath(path)
    for fragment in fragments:
        assert fragment in text, text
    return err


def test_import_failure_sentence():
    err = ImportFailure("/x/ke-hoach.xlsx", "không tìm thấy bảng nhiệm vụ", location="Phụ lục", row=12,
                        location_kind="sheet")
    assert str(err) == 'Tệp ke-hoach.xlsx, trang tính "Phụ lục", dòng 12: không tìm thấy bảng nhiệm vụ.'
    assert (err.file, err.location, err.row) == ("/x/ke-hoach.xlsx", "Phụ lục", 12)
    assert str(ImportFailure("a.docx", "lỗi", location="Bảng 2")) == "Tệp a.docx, bảng 2: lỗi."


def test_missing_file(tmp_path):
    _fails(tmp_path / "khong-co.docx", "không tìm thấy tệp")


@pytest.mark.parametrize("name", ["rong.docx", "rong.xlsx", "rong.txt"])
def test_empty_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    _fails(path, "tệp rỗng")


@pytest.mark.parametrize("fixture", ["tien_giang_docx", "tien_giang_xlsx"])
def test_truncated_zip(request, plans, tmp_path, fixture):
    src = request.getfixturevalue(fixture)
    cut = plans.truncate(src, tmp_path / f"cut-{src.name}")
    ext = src.suffix
    err = _fails(cut, f"tệp {ext} bị hỏng")
    assert "không đầy đủ" in err.message or "không đọc được" in err.message
    reader = read_docx_tables if ext == ".docx" else read_xlsx_sheets
    _fails(cut, "bị hỏng", reader=reader)
    _fails(cut, "bị hỏng", reader=list_candidate_tables)


def test_zip_with_a_corrupt_member(tien_giang_docx, tmp_path):
    # a valid zip whose document.xml is not XML (lxml error inside python-docx)
    bad = tmp_path / "hong.docx"
    with zipfile.ZipFile(tien_giang_docx) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info) if info.filename != "word/document.xml" else b"<w:document><oops"
            dst.writestr(info, data)
    _fails(bad, "tệp .docx bị hỏng hoặc không đọc được")


def test_zip_missing_parts(tmp_path):
    path = tmp_path / "thieu.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    _fails(path, "bị hỏng")
    xlsx = tmp_path / "thieu.xlsx"
    with zipfile.ZipFile(xlsx, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    _fails(xlsx, "tệp .xlsx bị hỏng")


def test_docx_without_table(plans, tmp_path):
    path = plans.build_docx_without_table(tmp_path / "khong-bang.docx")
    _fails(path, "văn bản không có bảng nào")


def test_docx_with_a_table_that_is_not_a_task_table(tmp_path):
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Họ tên", "Chức vụ"
    t.cell(1, 0).text, t.cell(1, 1).text = "Nguyễn Văn A", "Chủ tịch"
    d.save(tmp_path / "danh-sach.docx")
    _fails(tmp_path / "danh-sach.docx", "không tìm thấy bảng nhiệm vụ", "Nội dung công việc")
    with pytest.raises(ImportFailure) as info:
        read_plan_file(tmp_path / "danh-sach.docx", table=1)
    assert str(info.value).startswith("Tệp danh-sach.docx, bảng 1: không tìm thấy bảng nhiệm vụ: thiếu cột")


def test_random_bytes_named_xlsx(tmp_path):
    path = tmp_path / "ngau-nhien.xlsx"
    path.write_bytes(os.urandom(4096).replace(b"PK", b"pk"))
    _fails(path, "không đúng định dạng .xlsx")


def test_pdf_renamed_docx(plans, tmp_path):
    path = plans.build_pdf(tmp_path / "ke-hoach.docx")
    _fails(path, "PDF")  # read by its content: a PDF (here without any text), whatever its extension


def test_image_renamed_xlsx(tmp_path):
    path = tmp_path / "anh.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    _fails(path, "hình ảnh")


@pytest.mark.parametrize("name", ["mat-khau.docx", "mat-khau.xlsx", "cu.doc", "cu.xls"])
def test_encrypted_or_legacy_office_file(plans, tmp_path, name):
    path = plans.build_ole(tmp_path / name)
    err = _fails(path)
    assert "mã hóa" in err.message or "Office cũ" in err.message


def test_zip_bomb_is_refused_before_decompression(plans, tmp_path_factory):
    path = plans.build_zip_bomb(tmp_path_factory.mktemp("bomb") / "bom.docx")
    assert path.stat().st_size < 2 * 1024 * 1024  # small on disk
    _fails(path, "zip bomb", reader=read_docx_tables)
    _fails(path, "từ chối mở")


def test_total_size_and_member_count_limits(tmp_path, monkeypatch):
    from tthc_desktop.importers import table_readers

    path = tmp_path / "nhieu.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(12):
            zf.writestr(f"xl/p{i}.xml", "x" * 100)
    monkeypatch.setattr(table_readers, "MAX_MEMBERS", 10)
    _fails(path, "quá nhiều thành phần")
    monkeypatch.setattr(table_readers, "MAX_MEMBERS", 10_000)
    monkeypatch.setattr(table_readers, "MAX_UNCOMPRESSED", 1000)
    _fails(path, "quá lớn")


def test_binary_named_txt(tmp_path):
    path = tmp_path / "nhi-phan.txt"
    path.write_bytes(b"STT\x00\x01\x02" * 100)
    _fails(path, "không phải văn bản thuần", reader=read_text_file)


def test_text_without_table(tmp_path):
    path = tmp_path / "van-ban.txt"
    path.write_text("KẾ HOẠCH\n\nI. Mục tiêu\n1. Nội dung\n", encoding="utf-8")
    _fails(path, "không tìm thấy bảng")


def test_wrong_table_or_sheet(tien_giang_xlsx):
    _fails(tien_giang_xlsx, 'không có trang tính "Sheet9"', reader=lambda p: read_plan_file(p, sheet="Sheet9"))
    _fails(tien_giang_xlsx, "không có bảng số 5", reader=lambda p: read_plan_file(p, table=5))


def test_directory_instead_of_file(tmp_path):
    d = tmp_path / "thu-muc.docx"
    d.mkdir()
    _fails(d, "thư mục")
