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
        # a task only "related" is shown as coordinating, even from the lead column (issue 14)
        ("Các cơ quan, đơn vị có liên quan", "", "Sở Tư pháp", "so_nganh", "coordinating"),
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
        classify_role("Sở Tư pháp", "", "Sở Tư pháp", "tinh_thanh")


def test_roles_on_tien_giang(appendix_text):
    from tthc_desktop.importers.plan_table import parse_plan_table
    from tthc_desktop.importers.text_table import read_text_table

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


# Two-level local government (from 1/7/2025): the phrases of 2025–2026 plans, for a commune and a department.
COMMUNE = ("UBND phường Mỹ Tho", "xa")
DEPARTMENT = ("Sở Tư pháp tỉnh Đồng Tháp", "so_nganh")
CENTRE = ("Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp", "so_nganh")
PROVINCE = ("Văn phòng UBND tỉnh Đồng Tháp", "ubnd_tinh")
PHRASES_2026 = [
    # phrase, commune, department, the centre, UBND tỉnh / VP UBND tỉnh
    ("UBND các xã, phường, đặc khu", True, False, False, False),
    ("UBND xã, phường, đặc khu", True, False, False, False),
    ("UBND các phường, xã", True, False, False, False),
    ("Các đặc khu", True, False, False, False),
    ("UBND cấp xã", True, False, False, False),
    ("Ủy ban nhân dân các xã, phường, đặc khu", True, False, False, False),
    ("Các cơ quan chuyên môn thuộc UBND tỉnh", False, True, True, False),
    ("Các cơ quan, đơn vị thuộc UBND tỉnh", False, True, True, False),
    ("Các sở, ban, ngành", False, True, True, False),
    ("Các sở, ngành liên quan", False, True, True, False),
    ("Trung tâm Phục vụ hành chính công tỉnh", False, False, True, False),
    ("UBND tỉnh", False, False, False, True),
    ("UBND cấp huyện", False, False, False, False),
    ("UBND xã Tân Phú", False, False, False, False),  # another commune, by name
]


@pytest.mark.parametrize("unit", [COMMUNE, DEPARTMENT, CENTRE, PROVINCE], ids=["xa", "so", "ttpvhcc", "ubnd_tinh"])
@pytest.mark.parametrize(("phrase", *"cdtp"), PHRASES_2026, ids=[p[0] for p in PHRASES_2026])
def test_two_level_phrases_per_column(phrase, c, d, t, p, unit):
    concerned = {COMMUNE: c, DEPARTMENT: d, CENTRE: t, PROVINCE: p}[unit]
    assert classify_role(phrase, "", *unit) == ("lead" if concerned else "none")
    assert classify_role("Sở Nội vụ", phrase, *unit) == ("coordinating" if concerned else "none")
    assert classify_role("Sở Nội vụ", f"Sở Tài chính; {phrase}; Công an tỉnh", *unit) == (
        "coordinating" if concerned else "none")


@pytest.mark.parametrize("unit", [COMMUNE, DEPARTMENT], ids=["xa", "so"])
def test_only_related_counts_as_coordinating(unit):
    assert classify_role("Các cơ quan, đơn vị liên quan", "", *unit) == "coordinating"
    assert classify_role("Sở Nội vụ", "Các đơn vị có liên quan", *unit) == "coordinating"


def test_commune_specialised_agencies_are_not_the_departments():
    assert classify_role("Các cơ quan chuyên môn thuộc UBND xã", "", *DEPARTMENT) == "none"


def test_district_is_noted_not_matched():
    from tthc_desktop.importers.agencies import district_warning, names_district

    assert names_district("UBND cấp huyện") and names_district("Các sở, ngành; UBND các huyện, thành phố")
    assert not names_district("UBND các xã, phường, đặc khu") and not names_district("Sở Tư pháp")
    assert "cấp huyện không còn" in district_warning("II.1", "Sở Tư pháp", "UBND cấp huyện")
    assert district_warning("II.1", "Sở Tư pháp", "UBND cấp xã") is None
