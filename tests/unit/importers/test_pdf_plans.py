"""PDF plans (issue 13, point 1): ruled tables over landscape pages of a signed PDF, read like the .docx.

Fixtures are built by fixtures_pdf_plans (reportlab + pyHanko): portrait body pages with a stamp image over
the heading, then the appendix table with wrapped cells, its header repeated on every page, groups with
vertically merged cells and one row split by a page break; signed twice incrementally.
"""

from __future__ import annotations

from pathlib import Path

import fixtures_pdf_plans as fx
import pytest

from tthc_desktop.importers.errors import ImportFailure
from tthc_desktop.importers.pdf_tables import read_pdf
from tthc_desktop.importers.plan_source import choose_table, open_plan_source, read_plan_file


@pytest.fixture(scope="module")
def signed_pdf(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pdf")
    path = fx.build_plan_pdf(folder / "ke-hoach-165.pdf")
    return fx.sign_incrementally(path, folder / "pki", times=2)


@pytest.fixture(scope="module")
def same_docx(tmp_path_factory) -> Path:
    return fx.build_plan_docx(tmp_path_factory.mktemp("docx") / "ke-hoach-165.docx")


def test_fixture_has_the_structures_of_point_1(signed_pdf):
    """The fixture itself: two signature revisions, portrait then landscape pages, a stamp image on page 1."""
    import pdfplumber

    data = signed_pdf.read_bytes()
    assert data.count(b"%%EOF") >= 3 and data.count(b"/ByteRange") >= 2
    with pdfplumber.open(signed_pdf) as pdf:
        sizes = [(p.width < p.height) for p in pdf.pages]
        assert sizes[0] and not sizes[-1] and sizes == sorted(sizes, reverse=True)
        assert pdf.pages[0].images and pdf.pages[0].chars


def test_table_is_joined_over_pages_with_merges_and_page_numbers(signed_pdf):
    content = read_pdf(signed_pdf)
    (table,) = content.tables  # one logical table, though it spans every landscape page
    assert table.width == len(fx.HEADER)
    assert table.rows[0] == fx.HEADER  # "Thời gian hoàn\nthành" wrapped in its cell: joined by a space
    pages = sorted(set(table.pages))
    assert len(pages) >= 4 and pages == list(range(pages[0], pages[-1] + 1))
    # the header is repeated at the top of every page, as a row the inferer drops
    assert [table.pages[i] for i, r in enumerate(table.rows) if r == fx.HEADER] == pages
    # a group's three children share merged lead and deadline cells: repeated and flagged merged_above
    child = next(i for i, r in enumerate(table.rows) if r[0] == "2.2")
    assert table.rows[child][2] == table.rows[child - 1][2] != ""
    assert {(child, 2), (child, 4), (child + 1, 2)} <= table.merged_above
    # wrapped cell text is one line again
    first_task = next(r for r in table.rows if r[0] == "1")
    assert first_task[1] == f"Nhiệm vụ 1: {fx.LONG}"
    # the row split by a page break: its continuation (empty STT) follows the repeated header
    cont = next(i for i, r in enumerate(table.rows) if r[0] == "" and r[1])
    assert table.rows[cont - 1] == fx.HEADER and table.pages[cont] != table.pages[cont - 2]


def test_heading_and_attached_line_are_read_from_the_text_layer(signed_pdf):
    source = open_plan_source(signed_pdf)
    h = source.heading
    assert (h.symbol, h.issued_on.isoformat(), h.issuer) == ("165/KH-UBND", "2025-04-14",
                                                             "Ủy ban nhân dân tỉnh An Giang")
    assert h.title == "Kế hoạch " + " ".join(fx.TITLE_LINES)
    assert any("Ban hành kèm theo" in line for line in source.heading_lines)
    assert source.kind == "pdf" and len(source.sha256) == 64


def test_pdf_yields_the_same_tasks_as_the_docx(signed_pdf, same_docx):
    _, from_pdf = read_plan_file(signed_pdf)
    _, from_docx = read_plan_file(same_docx)
    fields = ("number", "content", "lead_text", "coordinating_text", "deadline_text", "product", "parent")
    got = [tuple(getattr(t, f) for f in fields) for t in from_pdf.tasks]
    want = [tuple(getattr(t, f) for f in fields) for t in from_docx.tasks]
    assert got == want and len([t for t in got if t[0].count(".") >= 1]) >= 33
    split = next(t for t in from_pdf.tasks if t.content.startswith("Nhiệm vụ 18:"))
    assert split.content == "Nhiệm vụ 18: " + "; ".join([fx.LONG] * 3)  # both halves, one space between


def test_choose_table_is_shared_and_names_pages(signed_pdf):
    source = open_plan_source(signed_pdf)
    assert choose_table(source) == 0
    assert source.tables[0].name.startswith("Bảng 1 (trang ")
    with pytest.raises(ImportFailure, match="không có bảng số 3"):
        choose_table(source, table=3)


@pytest.mark.parametrize("kind, fragment", [
    ("scanned", "không có lớp văn bản"),
    ("encrypted", "bảo vệ bằng mật khẩu"),
    ("damaged", "bị hỏng"),
])
def test_unreadable_pdfs_get_a_vietnamese_message(kind, fragment, signed_pdf, tmp_path):
    path = {
        "scanned": lambda: fx.build_scanned_pdf(tmp_path / "ban-quet.pdf"),
        "encrypted": lambda: fx.build_encrypted_pdf(tmp_path / "mat-khau.pdf"),
        "damaged": lambda: fx.build_damaged_pdf(tmp_path / "hong.pdf", signed_pdf),
    }[kind]()
    with pytest.raises(ImportFailure) as info:
        open_plan_source(path)
    text = str(info.value)
    assert text.startswith(f"Tệp {path.name}: ") and fragment in text
    if kind == "scanned":
        assert "OCR" in text and ".docx/.xlsx" in text


def test_table_on_next_page_without_header_continues(tmp_path):
    """No repeated header at all (a converted document): same columns on the next page → one table."""
    table = fx.plan_rows(12)
    path = fx.build_plan_pdf(tmp_path / "khong-lap-tieu-de.pdf", table, body_pages=1, repeat_header=False)
    content = read_pdf(path)
    assert len(content.tables) == 1
    rows = content.tables[0].rows
    assert sum(r == fx.HEADER for r in rows) == 1 and len(set(content.tables[0].pages)) >= 2


def test_next_appendix_with_the_same_columns_is_another_table(tmp_path):
    """"PHỤ LỤC II" above a table of the same columns on the next page starts a new table."""
    path = fx.build_plan_pdf(tmp_path / "hai-phu-luc.pdf", fx.plan_rows(6), body_pages=1, second_appendix=True)
    first, second = read_pdf(path).tables
    assert second.rows[1][1] == "Báo cáo định kỳ số 1" and len(second.rows) == 3
    assert not any("Báo cáo định kỳ" in r[1] for r in first.rows)


def test_text_body_with_scanned_appendix_names_the_scanned_pages(tmp_path):
    import io

    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from tthc_desktop.reports.pdf.fonts import font_name, register_fonts

    register_fonts()
    path = tmp_path / "phu-luc-quet.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font_name(), 13)
    c.drawString(72, 760, "KẾ HOẠCH cải cách thủ tục hành chính năm 2025")
    c.showPage()
    for _ in range(2):
        buf = io.BytesIO()
        Image.new("RGB", (300, 400), "white").save(buf, format="PNG")
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    with pytest.raises(ImportFailure) as info:
        open_plan_source(path)
    assert "các trang 2, 3 của tệp PDF là ảnh quét" in str(info.value) and "OCR" in str(info.value)


def test_office_made_pdf_with_merges_cut_by_page_breaks(same_docx, tmp_path):
    """The .docx printed to PDF by an office suite (portrait, ~18 pages): merged cells cut by a page break are
    printed as an empty cell on the next page, rows split over pages, the header row repeated (w:tblHeader).
    The tasks must be the .docx's own."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is required: apt-get install libreoffice-writer-nogui"
    done = subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                           "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path), str(same_docx)],
                          capture_output=True, text=True, timeout=180, check=False)
    pdf = tmp_path / f"{same_docx.stem}.pdf"
    assert done.returncode == 0 and pdf.is_file(), done.stderr
    table = read_pdf(pdf).tables[0]
    assert len(set(table.pages)) >= 5
    _, from_pdf = read_plan_file(pdf)
    _, from_docx = read_plan_file(same_docx)
    fields = ("number", "content", "lead_text", "coordinating_text", "deadline_text", "product", "parent")
    assert [tuple(getattr(t, f) for f in fields) for t in from_pdf.tasks] == \
        [tuple(getattr(t, f) for f in fields) for t in from_docx.tasks]
