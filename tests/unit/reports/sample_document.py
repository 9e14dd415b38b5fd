"""A realistic sample official document for the PDF tests, also runnable as a script.

    python tests/unit/reports/sample_document.py OUT_DIR

renders OUT_DIR/bao-cao-quy-3.pdf and PNGs of its pages (pdftoppm -r 80) to look at.
The appendix rows are taken from the tasks of Kế hoạch 165/KH-UBND of Tiền Giang
(shared/domain/ke-hoach-165-tien-giang-nq66.txt) with sample outcomes.
"""

from __future__ import annotations

import datetime
import subprocess
import sys
import unicodedata
from pathlib import Path

from tthc_desktop.reports.pdf.document import (
    Appendix,
    Column,
    HeadingBlock,
    OfficialDocument,
    Section,
    Signer,
    Table,
)
from tthc_desktop.reports.pdf.renderer import RenderResult, render_pdf

LONG_PARAGRAPH = (
    "Thực hiện Kế hoạch số 165/KH-UBND ngày 14 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh về "
    "triển khai thực hiện Nghị quyết số 66/NQ-CP ngày 26 tháng 3 năm 2025 của Chính phủ về Chương "
    "trình cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh "
    "năm 2025 và 2026, Sở Tư pháp đã chủ động rà soát, thống kê đầy đủ thời gian giải quyết, chi phí "
    "tuân thủ của 128 thủ tục hành chính thuộc phạm vi quản lý; qua đó đề xuất cắt giảm bình quân "
    "32,5% thời gian giải quyết và 30,8% chi phí tuân thủ, vượt chỉ tiêu được giao cho năm 2025."
)

_STATUS = ["Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện", "Thường xuyên", "Chưa đến hạn"]

# (STT, nội dung, chủ trì, phối hợp, thời hạn) from the plan; section rows have only STT and content.
_TASKS: list[tuple[str, str, str, str, str]] = [
    ("I", "NHIỆM VỤ HƯỚNG DẪN, THEO DÕI, KIỂM TRA, ĐÔN ĐỐC", "", "", ""),
    ("1", "Tham gia, phối hợp, tổ chức tập huấn tổng hợp, thống kê, rà soát, xây dựng phương án cắt giảm, "
     "đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh, thủ tục hành chính nội bộ",
     "Văn phòng UBND tỉnh", "Các sở, ban ngành tỉnh, UBND cấp huyện, cấp xã", "Theo thư mời của Văn phòng Chính phủ"),
    ("2", "Theo dõi, kiểm tra, đôn đốc việc triển khai, thực hiện Nghị quyết số 66/NQ-CP ngày 26/3/2025 "
     "của Chính phủ tại một số sở ngành, địa phương", "Văn phòng UBND tỉnh",
     "Các sở, ban ngành tỉnh, UBND cấp huyện, cấp xã", "Thường xuyên"),
    ("3", "Tổng hợp tình hình kết quả thực hiện Kế hoạch, tham mưu UBND tỉnh báo cáo Chính phủ, Thủ tướng "
     "Chính phủ hằng tháng, quý, năm hoặc đột xuất", "Văn phòng UBND tỉnh",
     "Các sở, ban ngành tỉnh, UBND cấp huyện, cấp xã", "Định kỳ tháng, quý, năm hoặc đột xuất"),
    ("II", "CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH LIÊN QUAN ĐẾN HOẠT ĐỘNG SẢN XUẤT, KINH DOANH", "", "", ""),
    ("1", "Thống kê danh mục thủ tục hành chính, rà soát các văn bản quy phạm pháp luật để bảo đảm tổng hợp, "
     "thống kê đầy đủ thời gian giải quyết, chi phí tuân thủ thủ tục hành chính", "Sở, ban, ngành tỉnh",
     "UBND cấp huyện, UBND cấp xã", "Trước ngày 25/4/2025"),
    ("2.1", "Rà soát, xây dựng phương án cắt giảm hoặc chuyển từ tiền kiểm sang hậu kiểm trên cơ sở ứng dụng "
     "công nghệ, tái sử dụng thông tin, dữ liệu đã được số hóa", "Các sở, ban, ngành tỉnh", "UBND cấp huyện",
     "Năm 2025, trước ngày 30/5/2025"),
    ("2.2", "Thẩm tra dự thảo quyết định, trình Chủ tịch UBND tỉnh phê duyệt phương án đơn giản hóa",
     "Văn phòng UBND tỉnh", "Các sở, ban, ngành tỉnh", "Năm 2025, trước ngày 20/6/2025"),
    ("3.1", "Rà soát, xây dựng phương án cắt giảm, đơn giản hóa các thủ tục hành chính giải quyết cùng một "
     "công việc cụ thể trong trường hợp hợp nhất, sáp nhập cơ quan, đơn vị chuyên môn",
     "Các sở, ban, ngành tỉnh", "Văn phòng UBND tỉnh; UBND cấp huyện, UBND cấp xã", "Trước ngày 01/12/2025"),
    ("3.2", "Rà soát, xây dựng phương án cắt giảm các thủ tục hành chính thuộc thẩm quyền của cấp huyện phù hợp "
     "với lộ trình không tổ chức cấp huyện theo Kết luận số 127-KL/TW", "Các sở, ban, ngành tỉnh",
     "Văn phòng UBND tỉnh; UBND cấp huyện, UBND cấp xã", "Trước ngày 01/12/2025"),
    ("4.1", "Rà soát, xây dựng phương án chuyển một số hoạt động trước khi cấp phép cho doanh nghiệp, các tổ "
     "chức xã hội đảm nhiệm", "Các sở, ban, ngành tỉnh", "", "Năm 2025, trước ngày 30/5/2025"),
    ("4.2", "Thẩm tra dự thảo quyết định, trình Chủ tịch UBND tỉnh phê duyệt phương án đơn giản hóa",
     "Văn phòng UBND tỉnh", "Các sở, ban, ngành tỉnh", "Năm 2025, trước ngày 20/6/2025"),
    ("III", "CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH NỘI BỘ", "", "", ""),
    ("1.1", "Tham mưu Chủ tịch UBND tỉnh quyết định công bố thủ tục hành chính nội bộ", "Sở, ban, ngành tỉnh",
     "Sở ngành liên quan", "Trước ngày 20/4/2025"),
    ("1.2", "Thẩm tra dự thảo quyết định, trình Chủ tịch UBND tỉnh công bố", "Văn phòng UBND tỉnh",
     "Các sở, ban, ngành tỉnh", "Trước ngày 25/4/2025"),
    ("2.1", "Công khai thủ tục hành chính nội bộ trên Cổng Thông tin điện tử của tỉnh", "Văn phòng UBND tỉnh",
     "Sở, ban, ngành tỉnh", "Trước ngày 20/4/2025"),
    ("2.2", "Công khai trên Trang Thông tin điện tử của các sở ngành tỉnh, UBND cấp huyện, UBND cấp xã",
     "Sở, ban, ngành tỉnh", "UBND cấp huyện, UBND cấp xã", "-nt-"),
    ("3.1", "Tiếp tục rà soát, xây dựng phương án cắt giảm, đơn giản hóa thủ tục hành chính nội bộ đã được "
     "Chủ tịch UBND tỉnh công bố", "Sở, ban, ngành tỉnh", "UBND cấp huyện, UBND cấp xã",
     "Năm 2025: trước ngày 15/6/2025"),
    ("3.2", "Thẩm tra dự thảo quyết định và trình Chủ tịch UBND tỉnh phê duyệt phương án đơn giản hóa",
     "Văn phòng UBND tỉnh", "Các sở, ban, ngành tỉnh", "Năm 2025, trước ngày 20/6/2025"),
    ("3.3", "Tái cấu trúc quy trình các thủ tục hành chính nội bộ để thực hiện quản trị nội bộ trên môi trường "
     "điện tử theo Điều 9 Nghị định số 137/2024/NĐ-CP", "Các sở, ban, ngành tỉnh",
     "UBND cấp huyện, UBND cấp xã", "Quý IV/2025"),
    ("4", "Tổ chức thực thi phương án cắt giảm, đơn giản hóa thủ tục hành chính nội bộ đã được phê duyệt",
     "Sở, ban, ngành tỉnh", "Các cơ quan, đơn vị có liên quan", "Theo lộ trình được phê duyệt"),
    ("IV", "ĐẨY MẠNH THỰC HIỆN THỦ TỤC HÀNH CHÍNH KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH", "", "", ""),
    ("1.1", "Rà soát, tái cấu trúc quy trình, nâng cao chất lượng cung cấp thủ tục hành chính trên môi trường "
     "điện tử, sử dụng biểu mẫu điện tử tương tác", "Sở, ban, ngành tỉnh",
     "Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ", "Trước ngày 30/11/2025"),
    ("1.2", "Thực hiện số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính; bảo đảm dữ liệu “đúng, đủ, "
     "sạch, sống”", "Sở, ban ngành tỉnh, UBND cấp huyện, cấp xã",
     "Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ", "Trước ngày 30/11/2025"),
    ("2.1", "Tham mưu Chủ tịch UBND tỉnh ban hành danh mục thủ tục hành chính thực hiện không phụ thuộc địa "
     "giới hành chính", "Sở, ban, ngành tỉnh", "Văn phòng UBND tỉnh", "Quý II/2025"),
    ("2.2", "Rà soát, đánh giá các điều kiện bảo đảm (hạ tầng, hệ thống công nghệ thông tin, nhân lực,...)",
     "Sở Khoa học và Công nghệ", "Các sở, ban ngành tỉnh, UBND cấp huyện", "Quý III/2025"),
    ("2.3", "Xây dựng quy trình nội bộ và quy trình điện tử để tiếp nhận, trả kết quả thủ tục hành chính "
     "không phụ thuộc vào địa giới hành chính tại tất cả Bộ phận một cửa", "Sở, ban, ngành tỉnh",
     "Sở Khoa học và Công nghệ, Văn phòng UBND tỉnh", "Quý III/2025"),
    ("2.4", "Hoàn thiện, nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Sở Khoa học và Công nghệ",
     "", "Quý III/2025"),
    ("2.5", "Rà soát năng lực của doanh nghiệp cung ứng dịch vụ bưu chính công ích để giao một số công việc "
     "trong quá trình hướng dẫn, tiếp nhận, số hóa hồ sơ", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh",
     "Quý II/2025"),
    ("2.6", "Tổ chức, hoàn thiện Bộ phận một cửa theo hướng thực hiện thủ tục hành chính không phụ thuộc vào "
     "địa giới hành chính", "Văn phòng UBND tỉnh", "Các sở, ban ngành tỉnh, UBND cấp huyện, cấp xã", "Quý IV/2025"),
    ("2.7", "Đào tạo, bồi dưỡng, nâng cao năng lực chuyên môn, nghiệp vụ cho cán bộ, công chức, viên chức; "
     "phát triển nhân lực số", "Các sở, ban ngành tỉnh, cấp huyện, cấp xã",
     "Sở Khoa học và Công nghệ, Văn phòng UBND tỉnh", "Thường xuyên"),
    ("2.8", "Tổ chức tiếp nhận, giải quyết, trả kết quả thủ tục hành chính không phụ thuộc vào địa giới hành "
     "chính đối với thủ tục thuộc thẩm quyền giải quyết trên địa bàn tỉnh", "Sở, ban, ngành tỉnh, UBND cấp "
     "huyện, cấp xã", "Văn phòng UBND tỉnh", "Trong năm 2025"),
]

_OUTCOMES = [
    "Đã cử 02 công chức tham dự Hội nghị tập huấn ngày 12/5/2025",
    "Đã báo cáo kết quả tại Báo cáo số 112/BC-STP ngày 10/7/2025",
    "Đã ban hành Văn bản số 1520/STP-VP ngày 20/8/2025",
    "Đã trình dự thảo Quyết định phê duyệt phương án đơn giản hóa",
    "Đang tổng hợp ý kiến góp ý của các phòng chuyên môn",
    "Đã công khai 15 thủ tục hành chính nội bộ",
]


def appendix_rows() -> tuple[list[list[str]], dict[int, str]]:
    """~40 rows: the plan's tasks with sample outcomes; section rows styled bold and spanning."""
    rows: list[list[str]] = []
    styles: dict[int, str] = {}
    task_no = 0
    for repeat in range(2):
        for stt, content, lead, coord, deadline in _TASKS:
            if not lead and not deadline:
                if repeat:
                    continue
                styles[len(rows)] = "section"
                rows.append([stt, content, "", "", "", "", ""])
                continue
            if repeat and task_no % 3:
                task_no += 1
                continue
            outcome = _OUTCOMES[task_no % len(_OUTCOMES)]
            status = _STATUS[task_no % len(_STATUS)]
            rows.append([stt, content, lead, coord, deadline, outcome, status])
            task_no += 1
    rows.append(["", "Tổng cộng: 36 nhiệm vụ", "", "", "", "22 hoàn thành, 9 đang thực hiện", ""])
    styles[len(rows) - 1] = "bold"
    return rows, styles


def sample_document(
    *,
    number: int | None = 5,
    date: datetime.date = datetime.date(2025, 9, 16),
    appendices_separate: bool = False,
    nfd: bool = False,
) -> OfficialDocument:
    """The Quý III/2025 TTHC control report of Sở Tư pháp Tiền Giang."""
    rows, row_styles = appendix_rows()
    columns = [
        Column("STT", 0.5, "center"),
        Column("Nội dung công việc", 3.6),
        Column("Chủ trì", 1.3),
        Column("Phối hợp", 1.7),
        Column("Thời hạn", 1.3, "center"),
        Column("Kết quả thực hiện", 2.4),
        Column("Tình trạng", 1.2, "center"),
    ]
    sections = [
        Section("I. KẾT QUẢ THỰC HIỆN", [LONG_PARAGRAPH]),
        Section(
            "1. Kết quả thực hiện các nhiệm vụ của Kế hoạch",
            [
                "Trong kỳ báo cáo, Sở Tư pháp chủ trì 12 nhiệm vụ và phối hợp thực hiện 24 nhiệm vụ theo Kế "
                "hoạch số 165/KH-UBND. Kết quả cụ thể như sau:",
                "- Số nhiệm vụ đã hoàn thành: 22 nhiệm vụ, trong đó 19 nhiệm vụ hoàn thành đúng hạn và 03 "
                "nhiệm vụ hoàn thành quá hạn do phải chờ ý kiến thống nhất của các cơ quan phối hợp;",
                "- Số nhiệm vụ đang thực hiện trong hạn: 09 nhiệm vụ;",
                "- Số nhiệm vụ thực hiện thường xuyên: 05 nhiệm vụ.",
                "(Chi tiết tại Phụ lục I kèm theo).",
            ],
            level=2,
        ),
        Section(
            "2. Kết quả cắt giảm thời gian giải quyết và chi phí tuân thủ thủ tục hành chính",
            [
                "Tổng số thủ tục hành chính thuộc phạm vi quản lý của Sở là 128 thủ tục; đã rà soát, đề xuất "
                "cắt giảm thời gian giải quyết đối với 96 thủ tục, đạt 75%; tổng thời gian giải quyết giảm từ "
                "1.864 ngày xuống còn 1.258 ngày, tương ứng giảm 32,5% so với năm 2024.",
                "Đối với chi phí tuân thủ, đã đề xuất cắt giảm 30,8% so với năm 2024, trong đó 08 thủ tục hành "
                "chính chưa đạt chỉ tiêu 30% do phí, lệ phí được quy định tại văn bản của Trung ương.",
            ],
            level=2,
        ),
        Section(
            "3. Tình hình, kết quả giải quyết thủ tục hành chính",
            [
                "Trong kỳ, Sở tiếp nhận 4.215 hồ sơ (trực tuyến 3.642 hồ sơ, đạt 86,4%); đã giải quyết 4.098 "
                "hồ sơ, trong đó trước hạn và đúng hạn 4.090 hồ sơ, đạt 99,8%; quá hạn 08 hồ sơ. Sở đã thực "
                "hiện xin lỗi tổ chức, cá nhân bằng văn bản đối với toàn bộ 08 hồ sơ quá hạn.",
            ],
            level=2,
        ),
        Section(
            "II. KHÓ KHĂN, VƯỚNG MẮC",
            [
                "Việc kết nối, chia sẻ dữ liệu giữa Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với "
                "Cơ sở dữ liệu quốc gia về dân cư còn gián đoạn, ảnh hưởng đến việc tái sử dụng dữ liệu và "
                "thực hiện thủ tục hành chính không phụ thuộc vào địa giới hành chính.",
            ],
        ),
        Section(
            "III. ĐỀ XUẤT, KIẾN NGHỊ",
            [
                "Đề nghị Văn phòng UBND tỉnh phối hợp với Sở Khoa học và Công nghệ sớm khắc phục lỗi kết nối, "
                "đồng bộ dữ liệu hồ sơ giữa các hệ thống; tổ chức tập huấn nghiệp vụ số hóa hồ sơ cho công chức "
                "tại Bộ phận một cửa các cấp.",
            ],
        ),
        Section(
            "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025",
            [
                "+ Tiếp tục rà soát, đơn giản hóa thủ tục hành chính nội bộ theo Điều 9 Nghị định số "
                "137/2024/NĐ-CP;",
                "+ Hoàn thành số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính liên quan đến doanh "
                "nghiệp trước ngày 30/11/2025.",
                "Trên đây là báo cáo tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính Quý III "
                "năm 2025 của Sở Tư pháp./.",
            ],
        ),
    ]
    doc = OfficialDocument(
        heading=HeadingBlock(
            parent_agency="UBND TỈNH TIỀN GIANG",
            issuing_agency="SỞ TƯ PHÁP",
            number=number,
            symbol="BC-STP",
            place="Tiền Giang",
            date=date,
        ),
        doc_type="BÁO CÁO",
        summary="Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính Quý III năm 2025",
        sections=sections,
        recipients=[
            "Văn phòng UBND tỉnh (Phòng Kiểm soát TTHC)",
            "Giám đốc, các Phó Giám đốc Sở",
            "Các phòng, đơn vị thuộc Sở",
            "Lưu: VT, VP",
        ],
        signer=Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"),
        appendices=[
            Appendix(
                "PHỤ LỤC I",
                "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 165/KH-UBND",
                Table(columns, rows, row_styles=row_styles, number_row=True),
            )
        ],
        appendices_separate=appendices_separate,
    )
    return _to_nfd(doc) if nfd else doc


def _to_nfd(value):
    """Decompose every string, to check that the renderer normalises its input."""
    import dataclasses

    if isinstance(value, str):
        return unicodedata.normalize("NFD", value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _to_nfd(getattr(value, f.name)) for f in dataclasses.fields(value)})
    if isinstance(value, list):
        return [_to_nfd(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_nfd(v) for k, v in value.items()}
    return value


def render_sample(out_dir: Path, **kwargs) -> RenderResult:
    out_dir.mkdir(parents=True, exist_ok=True)
    return render_pdf(sample_document(**kwargs), out_dir / "bao-cao-quy-3.pdf")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    out_dir = Path(argv[1])
    result = render_sample(out_dir)
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(result.path), str(out_dir / "page")], check=True)
    print(result.path, f"{result.page_count} trang")
    for box in result.signature_boxes:
        print(box)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
