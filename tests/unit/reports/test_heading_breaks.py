"""Agency lines of the heading break between words, balanced, with place names whole (issue 16 §6):
read back from the rendered PDF with pdftotext."""

from __future__ import annotations

import datetime
import re

import pdf_readback as rb
import pytest

from tthc_desktop.reports.pdf.document import HeadingBlock, OfficialDocument, Section, Signer
from tthc_desktop.reports.pdf.fonts import font_name, register_fonts
from tthc_desktop.reports.pdf.heading import agency_split
from tthc_desktop.reports.pdf.renderer import render_pdf

AGENCIES = [
    ("UBND TỈNH ĐỒNG THÁP", "SỞ TƯ PHÁP TỈNH ĐỒNG THÁP", "ĐỒNG THÁP"),
    ("", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "THÀNH PHỐ HỒ CHÍ MINH"),
    ("UBND TỈNH THỪA THIÊN HUẾ", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ", "THỪA THIÊN HUẾ"),
    ("UBND TỈNH TIỀN GIANG", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TIỀN GIANG", "TIỀN GIANG"),
]


def _left_lines(path) -> list[str]:
    """The heading's left column: pdftotext -layout puts it first on each line, the Quốc hiệu after a gap."""
    lines = []
    for line in rb._run("pdftotext", "-layout", "-enc", "UTF-8", "-l", "1", str(path), "-").splitlines()[:8]:
        left = re.split(r"\s{3,}", line.strip())[0] if line.strip() else ""
        if left and not left.startswith(("CỘNG HÒA", "Độc lập", "Số:")):
            lines.append(left)
    return lines


@pytest.mark.parametrize(("parent", "agency", "place"), AGENCIES)
def test_agency_lines_keep_place_names_whole(tmp_path, parent, agency, place):
    doc = OfficialDocument(
        heading=HeadingBlock(parent, agency, 12, "BC-STP", "Đồng Tháp", datetime.date(2026, 12, 7)),
        doc_type="Báo cáo", summary="Kết quả kiểm soát thủ tục hành chính Quý IV năm 2026",
        sections=[Section(None, ["Nội dung."])], recipients=["UBND tỉnh"],
        signer=Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"),
    )
    result = render_pdf(doc, tmp_path / "bc.pdf")
    lines = _left_lines(result.path)
    agency_lines = [ln for ln in lines if ln not in ([parent] if parent else [])]
    joined = " ".join(lines)
    assert agency in joined or " ".join(agency.split()) in joined, lines
    assert any(place in ln for ln in lines), f"{place!r} split across lines: {lines}"
    words = place.split()
    for ln in lines:  # no line ends inside the place name
        assert not any(ln.endswith(" " + " ".join(words[:k])) or ln == " ".join(words[:k])
                       for k in range(1, len(words))), lines
    assert len(agency_lines) >= 1


def test_lines_are_balanced_and_break_before_the_unit():
    register_fonts()
    bold = font_name(bold=True)
    assert agency_split("SỞ TƯ PHÁP TỈNH ĐỒNG THÁP", bold, 13, 150) == ["SỞ TƯ PHÁP", "TỈNH ĐỒNG THÁP"]
    lines = agency_split("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TIỀN GIANG", bold, 13, 230)
    assert lines[-1].endswith("TỈNH TIỀN GIANG") and "TIỀN GIANG" not in lines[0]
    assert agency_split("SỞ TƯ PHÁP", bold, 13, 230) == ["SỞ TƯ PHÁP"]
