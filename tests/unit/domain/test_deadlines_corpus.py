"""Every deadline phrase of the three real plans in ../shared/domain, with hand-computed results.

The phrases are copied verbatim into this file (the test is self-contained). Sources, all plans of
2025 (plan_year 2025):
- TG: ke-hoach-165-tien-giang-nq66.txt, appendix column "Thời gian Hoàn thành" and narrative;
- HG: ke-hoach-hau-giang-nq66.txt, "* Thời hạn hoàn thành: …" lines and narrative (no table);
- KT: qd-kon-tum-ke-hoach-cai-cach-tthc-2025.txt, deadlines inside the narrative (no table).
Narrative phrases keep the words of the plan; lines wrapped by the text extraction are kept
wrapped where it matters (the parser joins wrapped lines).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tthc_desktop.domain.deadline_recurrence import MONTHLY, QUARTERLY, YEARLY, Recurrence
from tthc_desktop.domain.deadlines import parse_deadline

PLAN_YEAR = 2025
D = date


def due(*dates: date) -> tuple[str, tuple]:
    return ("due", dates)


def rec(*rules: Recurrence) -> tuple[str, tuple]:
    return ("recurring", rules)


CONTINUOUS = ("continuous", ())
NEEDS_DATE = ("needs_date", ())

# (source, verbatim text, expected)
TIEN_GIANG_TABLE = [
    ("TG I.1", "Theo thư mời của Văn phòng Chính phủ", NEEDS_DATE),
    ("TG I.2", "Thường xuyên; hoặc phối hợp đoàn kiểm tra kiểm soát thủ tục hành chính", CONTINUOUS),
    (
        "TG I.3",
        "Định kỳ tháng, quý, năm hoặc đột xuất",
        rec(Recurrence(MONTHLY), Recurrence(QUARTERLY), Recurrence(YEARLY)),
    ),
    ("TG II.1", "Trước ngày 25/4/2025", due(D(2025, 4, 24))),
    (
        "TG II.2.1",
        "Năm 2025, trước ngày 30/5/2025; năm 2026, trước ngày 30/5/2026",
        due(D(2025, 5, 29), D(2026, 5, 29)),
    ),
    (
        "TG II.2.2",
        "Năm 2025, trước ngày 20/6/2025; năm 2026, trước ngày 20/6/2026",
        due(D(2025, 6, 19), D(2026, 6, 19)),
    ),
    ("TG II.3.1", "Trước ngày 01/12/2025", due(D(2025, 11, 30))),
    ("TG II.3.2", "trước ngày 01/12/2025", due(D(2025, 11, 30))),
    ("TG III.1.1", "Trước ngày 20/4/2025", due(D(2025, 4, 19))),
    (
        "TG III.2.1",
        "Trước ngày 20/4/2025 và ngay sau khi được Chủ tịch UBND tỉnh ban hành quyết định công bố",
        due(D(2025, 4, 19)),
    ),
    # The importer replaces the ditto mark by the row above; on its own it has no date.
    ("TG III.2.2", "-nt-", NEEDS_DATE),
    (
        "TG III.3.1",
        "Năm 2025: trước ngày 15/6/2025; năm 2026, trước ngày 30/5/2026",
        due(D(2025, 6, 14), D(2026, 5, 29)),
    ),
    ("TG III.3.3", "Quý IV/2025", due(D(2025, 12, 31))),
    ("TG III.4", "Theo lộ trình được phê duyệt", NEEDS_DATE),
    ("TG IV.1.3", "Trước ngày 30/11/2025", due(D(2025, 11, 29))),
    ("TG IV.1.3", "Trong năm 2026", due(D(2026, 12, 31))),
    ("TG IV.2.1", "Quý II/2025", due(D(2025, 6, 30))),
    ("TG IV.2.2", "Quý III/2025", due(D(2025, 9, 30))),
    ("TG IV.2.7", "Thường xuyên", CONTINUOUS),
    ("TG IV.2.8", "Trong năm 2025", due(D(2025, 12, 31))),
    # IV.1, IV.1.1, IV.1.2 have an empty deadline cell.
    ("TG IV.1", "", NEEDS_DATE),
]

TIEN_GIANG_NARRATIVE = [
    ("TG V.1.a", "Xác định đây là nhiệm vụ trọng tâm năm 2025 - 2026", due(D(2025, 12, 31), D(2026, 12, 31))),
    ("TG I.2", "tổ chức thực hiện Nghị quyết số 66/NQ-CP trong năm 2025 và 2026", due(D(2025, 12, 31), D(2026, 12, 31))),
    ("TG V.1.c", "thường xuyên kiểm tra, giám sát tiến độ và kết quả thực hiện", CONTINUOUS),
    ("TG V.1.c", "tổ chức giao ban hàng tháng để kiểm điểm tình hình thực hiện", rec(Recurrence(MONTHLY))),
    (
        "TG V.1.d",
        "Định kỳ báo cáo tình hình, tiến độ thực hiện Kế hoạch này lồng ghép trong báo cáo về công tác "
        "kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông và thực hiện thủ tục "
        "hành chính trên môi trường điện tử hoặc đột xuất theo yêu cầu của cấp trên.",
        NEEDS_DATE,
    ),
    (
        "TG IV",
        "Hàng năm, căn cứ nhiệm vụ được giao tại Kế hoạch này, các cơ quan, đơn vị có trách nhiệm lập dự toán kinh phí",
        rec(Recurrence(YEARLY)),
    ),
    # A programme's period names the programme, it is not a deadline.
    (
        "TG V.2",
        "tiêu chí chấm điểm thi đua cải cách thủ tục hành chính giai đoạn 2025 - 2026",
        NEEDS_DATE,
    ),
]

HAU_GIANG = [
    ("HG II.1", "* Thời hạn hoàn thành: Trước ngày 30 tháng 4 năm 2025. ", due(D(2025, 4, 29))),
    (
        "HG II.2",
        "* Thời hạn hoàn thành: Đối với TTHC liên quan đến doanh nghiệp hoàn \n\n"
        "thành trước 31/12/2025; đối với các TTHC còn lại theo lộ trình đến năm 2026. ",
        due(D(2025, 12, 30), D(2026, 12, 31)),
    ),
    (
        "HG II.3.a",
        "Công bố, công khai đầy đủ các thủ tục hành chính nội bộ trong từng cơ quan hành chính nhà nước, "
        "hoàn thành trước ngày 30 tháng 4 năm 2025.",
        due(D(2025, 4, 29)),
    ),
    (
        "HG II.3",
        "* Thời hạn hoàn thành: Trình Chủ tịch UBND tỉnh Quyết định cắt giảm, \n\n"
        "đơn giản hóa TTHC nội bộ năm 2025 trước ngày 30/6/2025; hoặc chủ động thực \n\n"
        "hiện cắt giảm, đơn giản hóa TTHC trong xây dựng, ban hành văn bản có quy \n\n"
        "định về TTHC nội bộ.  ",
        due(D(2025, 6, 29)),
    ),
    (
        "HG II.2.c",
        "trả kết quả các TTHC không phụ thuộc địa giới hành chính trong phạm vi cấp tỉnh hoặc toàn quốc theo lộ trình cụ thể.",
        NEEDS_DATE,
    ),
    (
        "HG II.3.b",
        "Khẩn trương hoàn thành thực thi các phương án cắt giảm, đơn giản hóa thủ tục hành chính nội bộ "
        "theo đúng lộ trình đã được cấp có thẩm quyền phê duyệt.",
        NEEDS_DATE,
    ),
    ("HG III.1", "lồng ghép trong Kế hoạch kiểm soát TTHC năm \n\n2025 và năm 2026.", due(D(2025, 12, 31), D(2026, 12, 31))),
    (
        "HG III.3",
        "Xác định các nhiệm vụ được giao tại Kế hoạch này là nhiệm vụ trọng tâm \n\nnăm 2025 - 2026",
        due(D(2025, 12, 31), D(2026, 12, 31)),
    ),
    (
        "HG III.3",
        "Báo cáo tiến độ thực hiện các nhiệm vụ tại Kế hoạch này lồng ghép trong báo cáo công tác cải cách "
        "TTHC hàng tháng, báo cáo kiểm soát TTHC hàng quý theo quy định.",
        rec(Recurrence(MONTHLY), Recurrence(QUARTERLY)),
    ),
    (
        "HG III.4",
        "Văn phòng UBND tỉnh: Thường xuyên theo dõi, kiểm tra, đôn đốc, hướng dẫn hoặc tổ chức tập huấn "
        "nghiệp vụ (nếu cần thiết)",
        CONTINUOUS,
    ),
    ("HG III.3", "Kịp thời kiện toàn cán bộ đầu mối kiểm soát TTHC", NEEDS_DATE),
]

KON_TUM = [
    ("KT III.1.b", "Tổ chức triển khai thực hiện Chương trình cắt giảm giấy phép giai đoạn 2025-\n\n2030 ngay sau khi được Chính phủ phê duyệt.", NEEDS_DATE),
    ("KT III.1.b", "ngay sau khi được Chính phủ phê duyệt", NEEDS_DATE),
    (
        "KT III.1.b",
        "gửi Văn phòng Chính phủ trong Quý III năm \n2025 để tổng hợp, trình Thủ tướng Chính phủ phê duyệt.",
        due(D(2025, 9, 30)),
    ),
    (
        "KT III.1.b",
        "gửi Văn phòng \nChính phủ chậm nhất trong Quý III năm 2025 để tổng hợp, trình Thủ tướng Chính \n\nphủ phê duyệt.",
        due(D(2025, 9, 30)),
    ),
    ("KT III.2", "bảo đảm chỉ duy trì cung cấp những dịch vụ công thực chất, hiệu \nquả, hoàn thành trong Quý II năm 2025.", due(D(2025, 6, 30))),
    ("KT III.3.a", "từng bước chuyển sang báo cáo tự động, dựa trên dữ \n\nliệu và theo thời gian thực, hoàn thành trong Quý II năm 2025.", due(D(2025, 6, 30))),
    ("KT III.2", "Định kỳ hằng tháng công khai kết quả đánh giá chất lượng phục vụ người dân,", rec(Recurrence(MONTHLY))),
    ("KT III.2", "Triển khai các nhiệm vụ, giải pháp đảm bảo đến hết năm 2025 đạt tối thiểu \n\n65% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình.", due(D(2025, 12, 31))),
    (
        "KT IV.1.d",
        "Định kỳ hằng tháng báo cáo kết quả thực hiện Kế hoạch này trong báo cáo \n\ntình hình, kết quả thực hiện "
        "nhiệm vụ cải cách, kiểm soát TTHC hằng tháng gửi Văn \nphòng Ủy ban nhân dân tỉnh trước ngày 18 hằng tháng "
        "để tổng hợp, tham mưu báo \n\ncáo gửi Văn phòng Chính phủ.",
        rec(Recurrence(MONTHLY, day=18, strict=True)),
    ),
    ("KT IV.3", "định kỳ hằng tháng báo \ncáo Văn phòng Chính phủ theo quy định.", rec(Recurrence(MONTHLY))),
    ("KT III.1.a", "Thường xuyên giám sát, theo dõi việc thực hiện các quy định, TTHC \nsau khi được ban hành", CONTINUOUS),
    ("KT III.1.a", "thường xuyên lắng nghe, tiếp nhận các phản ánh, kiến \nnghị từ các nguồn thông tin khác nhau", CONTINUOUS),
    (
        "KT I.1",
        "bảo đảm thực hiện có kết \nquả, hoàn thành các mục tiêu, chỉ tiêu đề ra trong năm 2025 và giai đoạn 2021-2025.",
        due(D(2025, 12, 31)),
    ),
    ("KT Điều 2", "Quyết định này có hiệu lực kể từ ngày ký ban hành.", NEEDS_DATE),
]

CORPUS = TIEN_GIANG_TABLE + TIEN_GIANG_NARRATIVE + HAU_GIANG + KON_TUM


@pytest.mark.parametrize(("source", "text", "expected"), CORPUS, ids=[f"{s}:{t[:40]}" for s, t, _ in CORPUS])
def test_corpus_phrase(source: str, text: str, expected: tuple[str, tuple]) -> None:
    result = parse_deadline(text, PLAN_YEAR)
    kind, values = expected
    assert result.text == text
    assert result.explanation
    if kind == "due":
        assert result.due_dates == values
        assert not (result.needs_date or result.is_continuous or result.is_recurring)
    elif kind == "recurring":
        assert set(result.recurrence) == set(values) and len(result.recurrence) == len(values)
        assert result.due_dates == () and not result.needs_date and not result.is_continuous
    elif kind == "continuous":
        assert result.is_continuous and result.due_dates == () and not result.needs_date
    else:
        assert result.needs_date and result.due_dates == () and not result.is_recurring
        assert not result.is_continuous


def test_corpus_is_large_and_covers_every_kind() -> None:
    kinds = [expected[0] for _, _, expected in CORPUS]
    assert len({text for _, text, _ in CORPUS}) >= 40
    assert {"due", "recurring", "continuous", "needs_date"} <= set(kinds)


def test_every_tien_giang_deadline_cell_is_in_the_table(shared_domain: Path) -> None:
    source = shared_domain / "ke-hoach-165-tien-giang-nq66.txt"
    cells = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        if len(columns) > 4:
            cell = re.sub(r"</?b>", "", columns[4]).strip()
            if cell and cell.lower() != "thời gian hoàn thành":
                cells.add(cell)
    assert len(cells) >= 19
    known = {text for _, text, _ in TIEN_GIANG_TABLE}
    assert cells - known == set()
