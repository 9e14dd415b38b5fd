"""Outline from pasted text and from a .docx's headings (#20 §2)."""

from __future__ import annotations

import docx
import pytest
from docx.shared import Pt

from tthc_desktop.importers.errors import ImportFailure
from tthc_desktop.importers.outline_text import OutlineLine, docx_outline, parse_outline_text
from tthc_desktop.reports.outline import nodes_from_levels

PASTED = """
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác chỉ đạo, điều hành
a) Ban hành văn bản
b) Kiểm tra, đôn đốc
- Ghi chú: nêu số văn bản ban hành trong kỳ
2. Kết quả cắt giảm
II. KHÓ KHĂN, VƯỚNG MẮC
III. ĐỀ XUẤT, KIẾN NGHỊ
"""


def test_three_kinds_of_numbering_give_three_levels():
    result = parse_outline_text(PASTED)
    assert [(x.level, x.title) for x in result.lines] == [
        (1, "I. KẾT QUẢ ĐẠT ĐƯỢC"), (2, "1. Công tác chỉ đạo, điều hành"), (3, "a) Ban hành văn bản"),
        (3, "b) Kiểm tra, đôn đốc"), (2, "2. Kết quả cắt giảm"), (1, "II. KHÓ KHĂN, VƯỚNG MẮC"),
        (1, "III. ĐỀ XUẤT, KIẾN NGHỊ")]
    assert result.skipped == ["- Ghi chú: nêu số văn bản ban hành trong kỳ"]


def test_levels_are_relative_to_the_kinds_present():
    result = parse_outline_text("1. Tình hình chung\r\n1.1. Số nhiệm vụ\r\n1.2 Tiến độ\r\n2. Đề xuất\n   a)  Với tỉnh")
    assert [x.level for x in result.lines] == [1, 2, 2, 1, 3]
    assert result.lines[-1].title == "a) Với tỉnh"


def test_numbers_without_a_dot_and_a_lone_capital_are_not_headings():
    result = parse_outline_text("2025 là năm bản lề\nC. Nhiệm vụ khác\nIV. Phương hướng\nL. lạ")
    assert [x.title for x in result.lines] == ["C. Nhiệm vụ khác", "IV. Phương hướng", "L. lạ"]
    assert [x.level for x in result.lines] == [1, 2, 1]
    assert result.skipped == ["2025 là năm bản lề"]


def test_tree_from_levels():
    nodes = nodes_from_levels([(x.level, x.title) for x in parse_outline_text(PASTED).lines])
    assert [n.title for n in nodes] == ["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. KHÓ KHĂN, VƯỚNG MẮC", "III. ĐỀ XUẤT, KIẾN NGHỊ"]
    assert [c.title for c in nodes[0].children] == ["1. Công tác chỉ đạo, điều hành", "2. Kết quả cắt giảm"]
    assert [c.title for c in nodes[0].children[0].children] == ["a) Ban hành văn bản", "b) Kiểm tra, đôn đốc"]
    jumped = nodes_from_levels([(1, "A"), (3, "deep"), (1, "B")])
    assert [len(n.children) for n in jumped] == [1, 0]


def test_docx_heading_styles(tmp_path):
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH")
    d.add_heading("I. Kết quả thực hiện", level=2)
    d.add_paragraph("Nội dung hướng dẫn viết mục này.")
    d.add_heading("1. Công tác kiểm soát quy định", level=3)
    d.add_heading("II. Kiến nghị", level=2)
    path = tmp_path / "de_cuong.docx"
    d.save(path)
    assert docx_outline(path).lines == [OutlineLine(1, "I. Kết quả thực hiện"),
                                        OutlineLine(2, "1. Công tác kiểm soát quy định"), OutlineLine(1, "II. Kiến nghị")]


def test_docx_numbered_bold_paragraphs(tmp_path):
    d = docx.Document()
    for text, bold in [("ĐỀ CƯƠNG BÁO CÁO", True), ("I. TÌNH HÌNH CHUNG", True), ("Nêu khái quát.", False),
                       ("1. Công tác chỉ đạo", True), ("2. Không in đậm", False), ("II. KIẾN NGHỊ", True)]:
        run = d.add_paragraph().add_run(text)
        run.bold = bold
        run.font.size = Pt(14)
    path = tmp_path / "de_cuong.docx"
    d.save(path)
    result = docx_outline(path)
    assert [(x.level, x.title) for x in result.lines] == [(1, "I. TÌNH HÌNH CHUNG"), (2, "1. Công tác chỉ đạo"),
                                                         (1, "II. KIẾN NGHỊ")]
    assert result.skipped == ["ĐỀ CƯƠNG BÁO CÁO"]


def test_docx_bad_files(tmp_path):
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ImportFailure, match="không mở được tệp Word"):
        docx_outline(bad)
    old = tmp_path / "cu.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFailure, match=".docx"):
        docx_outline(old)
    empty = tmp_path / "trong.docx"
    docx.Document().save(empty)
    with pytest.raises(ImportFailure, match="không thấy đề mục"):
        docx_outline(empty)
