"""Splitting agency cells and classifying the user's role in a task."""

from __future__ import annotations

import unicodedata

import pytest

from tthc_desktop.importers.agencies import classify_role, split_agencies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ", ["Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ"]),
        ("Sở, ban, ngành tỉnh", ["Sở, ban, ngành tỉnh"]),
        ("Các sở, ban ngành tỉnh, UBND cấp huyện, cấp xã", ["Các sở, ban ngành tỉnh, UBND cấp huyện, cấp xã"]),
        ("- Sở Tư pháp\n- Sở Nội vụ;\n+ Công an tỉnh", ["Sở Tư pháp", "Sở Nội vụ", "Công an tỉnh"]),
        ("Văn phòng UBND tỉnh;", ["Văn phòng UBND tỉnh"]),
        ("", []),
        ("  ;  \n - ", []),
    ],
)
def test_split_agencies(text, expected):
    assert split_agencies(text) == expected


TG_LEAD = "Sở, ban, ngành tỉnh"


@pytest.mark.parametrize(
    ("lead", "coordinating", "unit", "level", "role"),
    [
        # the unit's own name, with or without "tỉnh", any case / diacritics form
        ("Sở Tư pháp tỉnh", "", "Sở Tư pháp", "so_nganh", "lead"),
        ("Sở Khoa học và Công nghệ", "", "Sở Khoa học và Công nghệ tỉnh Tiền Giang", "so_nganh", "lead"),
        ("SỞ TƯ PHÁP", "", "Sở Tư pháp", "so_nganh", "lead"),
        ("Văn phòng Ủy ban nhân dân tỉnh", "", "Văn phòng UBND tỉnh", "so_nganh", "lead"),
        ("Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", "so_nganh", "coordinating"),
        # a different sở is not us
        ("Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Sở Tư pháp", "so_nganh", "none"),
        ("Sở Tư pháp", "", "Sở Tài chính", "so_nganh", "none"),
        # generic phrases for sở/ban/ngành
        ("Các sở, ban, ngành tỉnh", "", "Sở Tư pháp", "so_nganh", "lead"),
        (TG_LEAD, "UBND cấp huyện, UBND cấp xã", "Sở Nội vụ", "so_nganh", "lead"),
        ("Sở, ban ngành tỉnh, UBND cấp huyện, cấp xã", "", "Sở Nội vụ", "so_nganh", "lead"),
        ("Văn phòng UBND tỉnh", "Các sở, ban ngành tỉnh, UBND cấp huyện, cấp xã", "Sở Y tế", "so_nganh", "coordinating"),
        ("Sở, ban, ngành tỉnh", "Sở ngành liên quan", "UBND huyện Cái Bè", "huyen", "none"),
        # huyện / xã levels
        (TG_LEAD, "UBND cấp huyện, UBND cấp xã", "UBND huyện Cái Bè", "huyen", "coordinating"),
        (TG_LEAD, "UBND cấp huyện, UBND cấp xã", "UBND xã Mỹ Đức Tây", "xa", "coordinating"),
        (TG_LEAD, "UBND cấp huyện", "UBND xã Mỹ Đức Tây", "xa", "none"),
        ("Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã", "Văn phòng UBND tỉnh", "UBND xã Tân Phú", "xa", "lead"),
        ("Ủy ban nhân dân cấp huyện", "", "UBND thị xã Gò Công", "huyen", "lead"),
        ("Các sở, ban ngành tỉnh, cấp huyện, cấp xã", "", "UBND huyện Chợ Gạo", "huyen", "lead"),
        ("Sở Tư pháp", "các địa phương", "UBND xã Bình Phục Nhứt", "xa", "coordinating"),
        # "related agencies": coordinating for every level, never lead
        (TG_LEAD, "Các cơ quan, đơn vị có liên quan", "UBND xã Tân Phú", "xa", "coordinating"),
        ("Các cơ quan, đơn vị có liên quan", "", "Sở Tư pháp", "so_nganh", "none"),
        # lead wins over coordinating
        ("Sở Tư pháp", "Các sở, ban, ngành tỉnh", "Sở Tư pháp", "so_nganh", "lead"),
        ("", "", "Sở Tư pháp", "so_nganh", "none"),
    ],
)
def test_classify_role(lead, coordinating, unit, level, role):
    assert classify_role(lead, coordinating, unit, level) == role


def test_classify_role_accepts_nfd_text():
    lead = unicodedata.normalize("NFD", "Sở Tư pháp tỉnh")
    assert classify_role(lead, "", "Sở Tư pháp", "so_nganh") == "lead"


def test_unknown_level_is_a_programming_error():
    with pytest.raises(ValueError, match="unit_level"):
        classify_role("Sở Tư pháp", "", "Sở Tư pháp", "tinh")


def test_roles_on_tien_giang(appendix_text):
    from tthc_desktop.importers.plan_table import parse_plan_table
    from tthc_desktop.importers.table_readers import read_text_table

    tasks = [t for t in parse_plan_table(read_text_table(appendix_text)[0]).tasks if not t.is_section]
    roles = {t.number: classify_role(t.lead_text, t.coordinating_text, "Sở Khoa học và Công nghệ", "so_nganh")
             for t in tasks}
    assert roles["IV.2.2"] == "lead" and roles["IV.2.4"] == "lead"
    assert roles["IV.1.1"] == "lead"  # "Sở, ban, ngành tỉnh" also names every sở
    assert roles["I.1"] == "coordinating"  # "Các sở, ban ngành tỉnh" coordinating
    assert roles["II.2.2"] == "coordinating"
    huyen = {t.number: classify_role(t.lead_text, t.coordinating_text, "UBND huyện Cái Bè", "huyen") for t in tasks}
    assert huyen["II.1"] == "coordinating"  # merged across the page break: "UBND cấp huyện, UBND cấp xã"
    assert huyen["IV.1.2"] == "lead"  # "Sở, ban ngành tỉnh, UBND" + "cấp huyện, cấp xã"
    assert huyen["II.4.1"] == "none"
