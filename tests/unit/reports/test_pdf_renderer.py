"""The official-document PDF read back with poppler and pypdfium2 (docs/ARCHITECTURE.md §10.3)."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

import pdf_readback as rb
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import sample_document as sample

from tthc_desktop.reports.pdf import renderer
from tthc_desktop.reports.pdf.document import (
    Appendix,
    Column,
    HeadingBlock,
    OfficialDocument,
    Section,
    Signer,
    Table,
)
from tthc_desktop.reports.pdf.layout import LANDSCAPE, PORTRAIT
from tthc_desktop.reports.pdf.markers import NumberingRestart
from tthc_desktop.reports.pdf.renderer import appendix_geometry, render_pdf
from tthc_desktop.reports.pdf.tables import RowTooTall

MM = rb.MM
TOL = 0.5


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf")
    doc = sample.sample_document(number=5, date=datetime.date(2025, 2, 5))
    result = render_pdf(doc, out / "bao-cao.pdf")
    return result, rb.pages(result.path)


def _body_page_count(pages) -> int:
    return next(i for i, page in enumerate(pages) if page.landscape)


# --- fonts and text ------------------------------------------------------------------


def test_every_font_is_embedded_and_serif(rendered):
    result, _pages = rendered
    rows = rb.fonts(result.path)
    assert rows, "no fonts listed"
    for row in rows:
        assert row.embedded, row
        assert any(f in row.name for f in ("TimesNewRoman", "Times", "LiberationSerif", "Tinos", "DejaVuSerif")), row
    assert not [r for r in rows if "Helvetica" in r.name]


def test_vietnamese_text_comes_back_exactly(rendered):
    result, _pages = rendered
    text = rb.flat(rb.text(result.path))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert rb.flat(sample.LONG_PARAGRAPH) in text
    assert "Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính Quý III năm 2025" in text
    assert "Nguyễn Văn An" in text


def test_metadata_and_page_count(rendered):
    result, pages = rendered
    info = rb.info(result.path)
    assert info["Title"] == sample.sample_document().summary
    assert info["Author"] == "SỞ TƯ PHÁP"
    assert info["Producer"] == "TTHC Desktop"
    assert int(info["Pages"]) == result.page_count == len(pages)
    assert info["Page size"].startswith("595.2")  # A4 portrait first page


# --- page geometry -------------------------------------------------------------------


def test_portrait_text_stays_inside_the_margins(rendered):
    _result, pages = rendered
    portrait = [p for p in pages if not p.landscape]
    assert len(portrait) >= 2
    for number, page in enumerate(portrait, start=1):
        for word in page.words:
            assert word.x0 >= 30 * MM - TOL, (number, word)
            assert word.x1 <= 195 * MM + TOL, (number, word)
            assert word.y1 <= page.height - 20 * MM + TOL, (number, word)


def test_page_numbers_from_page_two_centred_in_the_top_margin(rendered):
    _result, pages = rendered
    assert pages[0].in_top_margin(20 * MM) == []
    numbers = pages[1].in_top_margin(20 * MM)
    assert [w.text for w in numbers] == ["2"]
    assert abs(numbers[0].centre_x - PORTRAIT.frame_centre_x) <= 3
    assert numbers[0].y0 > 0


def test_appendix_is_landscape_with_its_own_numbering(rendered):
    _result, pages = rendered
    first = _body_page_count(pages)
    appendix = pages[first:]
    assert len(appendix) >= 2, "the 40-row appendix should take several pages"
    assert all(p.landscape for p in appendix)
    assert (appendix[0].width, appendix[0].height) == pytest.approx((841.89, 595.28), abs=0.1)
    assert appendix[0].find("PHỤ", "LỤC", "I")
    assert appendix[0].in_top_margin(30 * MM) == []  # page 1 of the appendix: no number
    for number, page in enumerate(appendix[1:], start=2):
        label = page.in_top_margin(30 * MM)
        assert [w.text for w in label] == [str(number)]
        assert abs(label[0].centre_x - LANDSCAPE.frame_centre_x) <= 3
    # The repeated header row is on every appendix page.
    for page in appendix:
        assert page.find("Nội", "dung", "công", "việc"), page.words[:10]
    for page in appendix:
        for word in page.words:
            assert LANDSCAPE.left - TOL <= word.x0 and word.x1 <= page.width - LANDSCAPE.right + TOL


# --- heading -------------------------------------------------------------------------


def test_number_and_date_are_zero_padded(rendered):
    _result, pages = rendered
    first = pages[0]
    assert first.find("Số:", "05/BC-STP")
    assert first.find("Tiền", "Giang,", "ngày", "05", "tháng", "02", "năm", "2025")


def test_month_eleven_is_not_padded_and_unnumbered_document(tmp_path):
    doc = sample.sample_document(number=None, date=datetime.date(2025, 11, 3))
    result = render_pdf(doc, tmp_path / "x.pdf")
    text = rb.flat(rb.text(result.path, 1, 1))
    assert "Tiền Giang, ngày 03 tháng 11 năm 2025" in text
    # A blank for the number, filled in by hand at issuance, on the same line.
    page = rb.pages(result.path)[0]
    label, symbol = page.find("Số:"), page.find("/BC-STP")
    assert label and symbol and symbol[0].x0 - label[0].x1 > 10
    assert label[0].y1 == pytest.approx(symbol[0].y1, abs=0.5)


def _horizontal_rules(path: Path, page_index: int) -> list[tuple[float, float, float]]:
    """(x0, x1, y) of thin horizontal path objects, y upwards in PDF points."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        rules = []
        for obj in pdf[page_index].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
            left, bottom, right, top = obj.get_bounds()
            if top - bottom < 2 and right - left > 10:
                rules.append((left, right, (top + bottom) / 2))
        return rules
    finally:
        pdf.close()


def test_heading_rules_are_drawn_under_their_text(rendered):
    result, pages = rendered
    page = pages[0]
    rules = _horizontal_rules(result.path, 0)
    # PDF y (up) of a word's bottom edge.
    def bottom(words):
        return page.height - max(w.y1 for w in words)

    motto = page.find("Độc", "lập", "-", "Tự", "do", "-", "Hạnh", "phúc")
    agency = page.find("SỞ", "TƯ", "PHÁP")
    summary_last = page.find("Quý", "III", "năm", "2025")
    assert motto and agency and summary_last

    def rule_under(words):
        below = [
            r for r in rules
            if bottom(words) - 10 < r[2] < bottom(words) and r[0] < words[-1].x1 and r[1] > words[0].x0
        ]
        assert len(below) == 1, (words, rules)
        return below[0]

    x0, x1, _y = rule_under(motto)
    # The tiêu ngữ rule is as long as the tiêu ngữ (stroke caps aside).
    assert x0 == pytest.approx(motto[0].x0, abs=1.5) and x1 == pytest.approx(motto[-1].x1, abs=1.5)
    x0, x1, _y = rule_under(agency)
    text_w = agency[-1].x1 - agency[0].x0
    assert text_w / 3 - 1 <= x1 - x0 <= text_w / 2 + 1
    assert (x0 + x1) / 2 == pytest.approx((agency[0].x0 + agency[-1].x1) / 2, abs=1.5)
    x0, x1, _y = rule_under(summary_last)
    assert (x0 + x1) / 2 == pytest.approx(PORTRAIT.frame_centre_x, abs=1.5)
    # Quốc hiệu right column and agency left column are on the same first line.
    national = page.find("CỘNG", "HÒA")
    parent = page.find("UBND", "TỈNH")
    assert national[0].y1 == pytest.approx(parent[0].y1, abs=1)


# --- closing and signature boxes ----------------------------------------------------


def test_recipients_are_formatted(rendered):
    result, _pages = rendered
    text = rb.text(result.path, 1, result.page_count)
    assert "Nơi nhận:" in text
    assert "- Văn phòng UBND tỉnh (Phòng Kiểm soát TTHC);" in rb.flat(text)
    assert "- Lưu: VT, VP." in text


def test_signature_boxes_lie_between_position_and_name(rendered):
    result, pages = rendered
    person = next(b for b in result.signature_boxes if b.role == "person")
    seal = next(b for b in result.signature_boxes if b.role == "organisation")
    assert person.file == result.path == seal.file
    page = pages[person.page_index]
    position = [w for w in page.words if w.text in {"PHÓ"}]
    name = page.find("Nguyễn", "Văn", "An")
    assert position and name
    position_bottom = page.height - max(w.y1 for w in position)
    name_top = page.height - min(w.y0 for w in name)
    assert 0 <= person.x0 < person.x1 <= page.width and 0 <= person.y0 < person.y1 <= page.height
    assert person.y1 <= position_bottom + TOL
    assert person.y0 >= name_top - TOL
    assert person.height >= 20 * MM
    # Centred on the signer column: the name is centred in it too.
    name_centre = (name[0].x0 + name[-1].x1) / 2
    assert (person.x0 + person.x1) / 2 == pytest.approx(name_centre, abs=2)
    # The seal overlaps the left third of the person's signature.
    assert seal.x0 < person.x0 < seal.x1
    assert seal.x1 - person.x0 == pytest.approx(person.width / 3, abs=0.5)
    assert seal.y0 < person.y1 and seal.y1 > person.y0
    assert 0 <= seal.x0 and seal.y0 >= 0
    # Nothing is written inside the person's box.
    for word in page.words:
        top, bot = page.height - word.y0, page.height - word.y1
        overlaps = word.x0 < person.x1 and word.x1 > person.x0 and bot < person.y1 - TOL and top > person.y0 + TOL
        assert not overlaps, word


def test_separate_appendices_get_their_own_files_and_org_box(tmp_path):
    doc = sample.sample_document(appendices_separate=True)
    result = render_pdf(doc, tmp_path / "bao-cao.pdf")
    assert len(result.appendix_paths) == 1
    appendix_file = result.appendix_paths[0]
    assert appendix_file.exists() and appendix_file.parent == tmp_path
    main_text = rb.flat(rb.text(result.path))
    assert "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH" not in main_text
    assert all(not p.landscape for p in rb.pages(result.path))

    pages = rb.pages(appendix_file)
    assert pages[0].landscape
    assert pages[0].in_top_margin(30 * MM) == []
    assert [w.text for w in pages[1].in_top_margin(30 * MM)] == ["2"]
    boxes = [b for b in result.signature_boxes if b.role == "appendix_org"]
    assert len(boxes) == 1
    box = boxes[0]
    assert box.file == appendix_file and box.page_index == 0
    page = pages[0]
    assert box.x1 == pytest.approx(page.width - LANDSCAPE.right, abs=0.5)
    assert box.y1 == pytest.approx(page.height - LANDSCAPE.top, abs=0.5)
    for word in page.words:  # the box is kept free of text
        top = page.height - word.y0
        assert not (word.x1 > box.x0 and top > box.y0), word
    # The main file's boxes are still there.
    assert {b.role for b in result.signature_boxes} == {"person", "organisation", "appendix_org"}


def test_nfd_input_renders_like_nfc(tmp_path):
    nfc = render_pdf(sample.sample_document(), tmp_path / "nfc.pdf")
    nfd = render_pdf(sample.sample_document(nfd=True), tmp_path / "nfd.pdf")
    assert rb.text(nfd.path) == rb.text(nfc.path)
    assert "Hạnh phúc" in rb.text(nfd.path)


# --- atomic write -------------------------------------------------------------------


def _boom(self) -> None:
    raise RuntimeError("boom while drawing")


def test_failure_mid_render_leaves_existing_file_untouched(tmp_path, monkeypatch):
    out = tmp_path / "bao-cao.pdf"
    out.write_bytes(b"old report")
    # The appendix marker draws after the body pages are already written.
    monkeypatch.setattr(NumberingRestart, "draw", _boom)
    with pytest.raises(RuntimeError, match="boom"):
        render_pdf(sample.sample_document(), out)
    assert out.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.pdf"]


def test_failure_in_a_separate_appendix_writes_nothing(tmp_path, monkeypatch):
    out = tmp_path / "bao-cao.pdf"

    def failing_appendix(*_args, **_kwargs):
        return [sample_failing_flowable()]

    monkeypatch.setattr(renderer, "_appendix_flowables", failing_appendix)
    with pytest.raises(RuntimeError, match="boom"):
        render_pdf(sample.sample_document(appendices_separate=True), out)
    assert list(tmp_path.iterdir()) == []


def sample_failing_flowable():
    from reportlab.platypus import Spacer

    class Failing(Spacer):
        def draw(self) -> None:
            raise RuntimeError("boom in appendix")

    return Failing(10, 10)


# --- orientation ---------------------------------------------------------------------


def _appendix(columns: list[Column], rows: list[list[str]], orientation="auto") -> Appendix:
    return Appendix("PHỤ LỤC", "BẢNG", Table(columns, rows), orientation=orientation)


def test_auto_orientation():
    narrow = _appendix([Column("STT"), Column("Nội dung", 4), Column("Ghi chú")], [["1", "Rà soát", ""]])
    assert appendix_geometry(narrow) is PORTRAIT
    seven = _appendix([Column(str(i)) for i in range(7)], [["x"] * 7])
    assert appendix_geometry(seven) is LANDSCAPE
    wide_words = _appendix([Column("A"), Column("B"), Column("C")], [["x" * 80, "y" * 60, "z"]])
    assert appendix_geometry(wide_words) is LANDSCAPE
    assert appendix_geometry(_appendix([Column(str(i)) for i in range(7)], [], "portrait")) is PORTRAIT


def test_small_document_without_appendix(tmp_path):
    doc = OfficialDocument(
        heading=HeadingBlock("", "ỦY BAN NHÂN DÂN XÃ TÂN PHƯỚC", 12, "BC-UBND", "Tân Phước", datetime.date(2025, 3, 9)),
        doc_type="Báo cáo",
        summary="Kết quả giải quyết hồ sơ tháng 3 năm 2025",
        sections=[Section(None, ["Ủy ban nhân dân xã báo cáo như sau."])],
        recipients=["UBND huyện"],
        signer=Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Thị Bình"),
    )
    result = render_pdf(doc, tmp_path / "bc.pdf")
    assert result.page_count == 1 and result.appendix_paths == ()
    text = rb.flat(rb.text(result.path))
    assert "Số: 12/BC-UBND" in text and "ngày 09 tháng 3 năm 2025" in text
    assert "BÁO CÁO" in text
    assert "- UBND huyện; - Lưu: VT." in text
    assert "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" in text


def test_row_taller_than_a_page_gives_a_clear_error(tmp_path):
    doc = sample.sample_document()
    table = doc.appendices[0].table
    rows = [*table.rows[:3], ["9", "Nội dung rất dài " * 700, "", "", "", "", ""], *table.rows[3:]]
    appendix = dataclasses.replace(doc.appendices[0], table=dataclasses.replace(table, rows=rows, row_styles={}))
    doc = dataclasses.replace(doc, appendices=[appendix])
    with pytest.raises(RowTooTall, match="Dòng thứ 4 của bảng PHỤ LỤC I quá dài"):
        render_pdf(doc, tmp_path / "bc.pdf")
    assert list(tmp_path.iterdir()) == []


def test_two_level_header_in_a_body_table(tmp_path):
    from tthc_desktop.reports.pdf.document import HeaderGroup

    columns = [Column("STT", 0.5, "center"), Column("Lĩnh vực", 3)] + [
        Column(title, 1, "right") for title in ("Tổng số", "Trực tuyến", "Trực tiếp")
    ]
    table = Table(
        columns,
        [["1", "Hộ tịch", "120", "100", "20"], ["", "Tổng cộng", "120", "100", "20"]],
        groups=[HeaderGroup("Số hồ sơ nhận giải quyết", 2, 4)],
        row_styles={1: "bold"},
        number_row=True,
    )
    doc = dataclasses.replace(
        sample.sample_document(), sections=[Section("Số liệu", ["Kết quả như bảng sau:"], tables=[table])], appendices=[]
    )
    result = render_pdf(doc, tmp_path / "bc.pdf")
    page = rb.pages(result.path)[0]
    group = page.find("Số", "hồ", "sơ", "nhận", "giải", "quyết")
    total = page.find("Tổng", "số")
    assert group and total
    assert group[0].y1 < total[0].y0  # group title above its columns
    stt = page.find("STT")[0]
    assert group[0].y0 < (stt.y0 + stt.y1) / 2 < total[0].y1  # STT spans both header rows
    assert page.find("(5)")
    for word in page.words:
        assert 30 * MM - TOL <= word.x0 and word.x1 <= 195 * MM + TOL
