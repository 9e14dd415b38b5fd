"""Realistic sample rows for the form tests: biểu 06 for 5 fields × 2 levels, plan progress, TTHC cuts."""

from __future__ import annotations

from decimal import Decimal

FIELDS = ["Hộ tịch", "Chứng thực", "Lý lịch tư pháp", "Đất đai", "Đăng ký kinh doanh"]
LEVELS = ["Cấp tỉnh", "Cấp xã"]

# (trực tuyến, trực tiếp/bưu chính, từ kỳ trước, trước hạn, đúng hạn, quá hạn, đang quá hạn) per row;
# the totals and "trong hạn" follow from the form's checks.
_FIGURES = [
    (243, 303, 34, 33, 94, 4, 3),
    (1640, 297, 4, 310, 1206, 3, 2),
    (564, 119, 12, 183, 120, 4, 3),
    (406, 327, 9, 59, 162, 1, 3),
    (759, 7, 42, 32, 81, 4, 0),
    (308, 399, 1, 210, 221, 2, 3),
    (609, 368, 24, 218, 202, 5, 3),
    (137, 187, 6, 4, 17, 3, 1),
    (264, 344, 27, 199, 160, 2, 3),
    (519, 197, 36, 89, 136, 4, 3),
]


def form06_rows() -> list[dict]:
    rows = []
    figures = iter(_FIGURES)
    for field in FIELDS:
        for level in LEVELS:
            c4, c5, c6, c8, c9, c10, c13 = next(figures)
            c3 = c4 + c5 + c6
            c7 = c8 + c9 + c10
            c11 = c3 - c7
            rows.append(
                dict(field=field, level=level, c3=c3, c4=c4, c5=c5, c6=c6, c7=c7, c8=c8, c9=c9, c10=c10,
                     c11=c11, c12=c11 - c13, c13=c13)
            )  # fmt: skip
    return rows


INJECTIONS = ["=1+1", '=HYPERLINK("http://x","y")', "+84 273 3872 456", "-", "@SUM(A1)", "=cmd|' /C calc'!A0"]


def plan_rows() -> list[dict]:
    return [
        dict(section="Rà soát, đánh giá thủ tục hành chính", c2="Rà soát, cắt giảm thời gian giải quyết TTHC "
             "thuộc thẩm quyền giải quyết của tỉnh theo Nghị quyết số 66/NQ-CP", c3="Sở Tư pháp",
             c4="Các sở, ban, ngành tỉnh; UBND cấp xã", c5="Trước ngày 30/6/2025",
             c6="Đã trình UBND tỉnh phương án cắt giảm 120 TTHC", c7="Hoàn thành"),
        dict(section="Rà soát, đánh giá thủ tục hành chính", c2=INJECTIONS[0], c3=INJECTIONS[2], c4=INJECTIONS[3],
             c5="Thường xuyên", c6=INJECTIONS[1], c7=INJECTIONS[4]),
        dict(section="Số hóa hồ sơ, kết quả giải quyết TTHC", c2=INJECTIONS[5], c3="Văn phòng UBND tỉnh",
             c4="", c5="Quý III/2025", c6="", c7="Quá hạn"),
    ]  # fmt: skip


def cuts_rows() -> list[dict]:
    return [
        dict(c2="1.001234", c3="Cấp Phiếu lý lịch tư pháp", c4="Lý lịch tư pháp", c5=10, c6=Decimal("6.5"),
             c8=200_000, c9=140_000, c11="Đạt"),
        dict(c2="1.000893", c3="Đăng ký khai sinh", c4="Hộ tịch", c5=3, c6=2, c8=0, c9=0, c11="Đạt"),
        dict(c2="2.002165", c3="Cấp giấy chứng nhận quyền sử dụng đất lần đầu", c4="Đất đai", c5=30, c6=25,
             c8=1_500_000, c9=1_500_000, c11="Chưa đạt"),
    ]  # fmt: skip
