"""Test helpers that BUILD procedure-catalogue workbooks (danh mục TTHC) the way units really write them.

``build_catalogue(path)``: sheet "Danh mục TTHC" with title rows, a two-row merged header
(Thời gian giải quyết (ngày làm việc) / Chi phí tuân thủ (đồng) over "Năm 2024" | "Hiện tại"),
a "(1) … (14)" numbering row, merged section rows per field (no field column), 64 procedures
over 8 fields with messy number text, and 7 bad rows; plus a "Hướng dẫn" sheet without a table.
``build_synonyms(path)``: a one-row header with other wording, a field column and level sections.

The expected import results are in the module constants so tests can check them.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SHEET = "Danh mục TTHC"
HEADER_TOP = [
    "STT", "Mã TTHC", "Tên thủ tục hành chính", "Cấp thực hiện",
    "Thời gian giải quyết (ngày làm việc)", None, "Chi phí tuân thủ (đồng)", None,
    "Mức độ DVC", "Phi địa giới", "Một cửa", "Liên quan SXKD", "Nội bộ", "Số hồ sơ/năm",
]
HEADER_SUB = [None, None, None, None, "Năm 2024", "Hiện tại", "Năm 2024", "Hiện tại",
              None, None, None, None, None, None]

# (code, name, level, time 2024, time now, cost 2024, cost now, online, phi địa giới, một cửa, SXKD, nội bộ, volume)
FIELDS: dict[str, list[tuple]] = {
    "HỘ TỊCH": [
        ("1.001193", "Thủ tục đăng ký khai sinh", "Xã", "Trong ngày", "Trong ngày", "Miễn phí", "Miễn phí",
         "Toàn trình", "x", "x", "", "", 1250),
        ("1.000894", "Thủ tục đăng ký kết hôn", "Xã", "03 ngày làm việc", 2, "Không quy định", "Không quy định",
         "Một phần", "x", "x", "", "", 310),
        ("1.000656", "Thủ tục đăng ký khai tử", "Xã", "Trong ngày", "½ ngày", "Miễn phí", "Miễn phí",
         "Toàn trình", "x", "x", "", "", 420),
        ("1.004746", "Thủ tục đăng ký nhận cha, mẹ, con", "Xã", 3, 2, "Không quy định", "Không quy định",
         "Một phần", "", "x", "", "", 35),
        ("1.004837", "Thủ tục đăng ký giám hộ", "Xã", 3, 2, "Miễn phí", "Miễn phí", "Một phần", "", "x", "", "", 12),
        ("1.004859", "Thủ tục đăng ký chấm dứt giám hộ", "Xã", 2, 1, "Miễn phí", "Miễn phí", "Một phần", "", "x",
         "", "", 5),
        ("1.004873", "Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch", "Xã", 3, 2, "10.000 đồng",
         "5.000 đồng", "Toàn trình", "x", "x", "", "", 160),
        ("1.004884", "Thủ tục đăng ký lại khai sinh", "Xã", "05 ngày làm việc", 3, "Miễn phí", "Miễn phí",
         "Một phần", "", "x", "", "", 40),
        ("2.000635", "Thủ tục cấp bản sao trích lục hộ tịch", "Xã", "Trong ngày", "Trong ngày", "8.000đ", "4.000đ",
         "Toàn trình", "x", "x", "", "", 900),
        ("2.000986", "Thủ tục đăng ký kết hôn có yếu tố nước ngoài", "Huyện", 15, 10, "1.500.000 đồng",
         "1.000.000 đồng", "Một phần", "", "x", "", "", 22),
        ("2.001023", "Thủ tục ghi vào Sổ hộ tịch việc ly hôn đã được giải quyết ở nước ngoài", "Huyện",
         "12 ngày làm việc", 8, "75.000 đồng", "50.000 đồng", "Một phần", "", "x", "", "", 6),
    ],
    "CHỨNG THỰC": [
        ("2.000908", "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản", "Xã", "Trong ngày", "Trong ngày",
         "2.000 đồng/trang", "2.000 đồng/trang", "Một phần", "x", "x", "", "", 5200),
        ("2.000884", "Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản", "Xã", "Trong ngày", "Trong ngày",
         "10.000 đồng", "10.000 đồng", "Một phần", "x", "x", "", "", 1800),
        ("2.000913", "Thủ tục chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", "Xã", 2, 2,
         "50.000 đồng", "50.000 đồng", "Không", "", "x", "x", "", 90),
        ("2.001035", "Thủ tục chứng thực văn bản thỏa thuận phân chia di sản", "Xã", 3, 2, "50.000 đồng",
         "30.000 đồng", "Không", "", "x", "", "", 45),
        ("2.001019", "Thủ tục chứng thực di chúc", "Xã", 2, 2, "50.000 đồng", "50.000 đồng", "Không", "", "x",
         "", "", 20),
        ("2.000942", "Thủ tục cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực",
         "Xã", "Trong ngày", "Trong ngày", "2.000 đồng/trang", "2.000 đồng/trang", "Một phần", "", "x", "", "",
         75),
        ("2.000927", "Thủ tục sửa lỗi sai sót trong hợp đồng, giao dịch", "Xã", 2, 1, "25.000 đồng",
         "25.000 đồng", "Không", "", "x", "", "", 8),
    ],
    "LÝ LỊCH TƯ PHÁP": [
        ("2.000488", "Thủ tục cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại "
         "Việt Nam", "Tỉnh", "10 ngày làm việc", 7, "200.000 đồng", "100.000 đồng", "Toàn trình", "x", "x", "",
         "", 2400),
        ("2.000505", "Thủ tục cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng", "Tỉnh", 10, 7,
         "Không quy định", "Không quy định", "Một phần", "", "x", "", "x", 150),
        ("2.000522", "Thủ tục cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính "
         "trị - xã hội", "Tỉnh", 10, 7, "Không quy định", "Không quy định", "Một phần", "", "x", "", "x", 60),
    ],
    "ĐẤT ĐAI": [
        ("1.004227", "Thủ tục đăng ký đất đai lần đầu", "Huyện", "30 ngày", 20, "Theo quy định", "",
         "Một phần", "", "x", "x", "", 380),
        ("1.004203", "Thủ tục đăng ký biến động quyền sử dụng đất do chuyển nhượng", "Huyện", 10, 7,
         "500.000 đồng", "350.000 đồng", "Một phần", "x", "x", "x", "", 1100),
        ("1.005194", "Thủ tục đăng ký thế chấp quyền sử dụng đất", "Huyện", 3, 2, "80.000 đồng", "80.000 đồng",
         "Toàn trình", "x", "x", "x", "", 950),
        ("1.005199", "Thủ tục xóa đăng ký thế chấp", "Huyện", 3, "Trong ngày", "20.000 đồng", "10.000 đồng",
         "Toàn trình", "x", "x", "x", "", 720),
        ("1.004217", "Thủ tục cấp đổi Giấy chứng nhận quyền sử dụng đất", "Huyện", 7, 5, "100.000 đồng",
         "70.000 đồng", "Một phần", "x", "x", "", "", 260),
        ("1.004206", "Thủ tục tách thửa hoặc hợp thửa đất", "Huyện", 15, 10, "1,5 triệu đồng", "1 triệu đồng",
         "Một phần", "", "x", "x", "", 310),
        ("1.004199", "Thủ tục chuyển mục đích sử dụng đất phải được phép", "Huyện", 15, 10, "Theo quy định",
         "Theo quy định", "Một phần", "", "x", "x", "", 140),
        ("1.004193", "Thủ tục gia hạn sử dụng đất ngoài khu công nghệ cao", "Tỉnh", 20, 14, "500.000đ", "350.000đ",
         "Một phần", "", "x", "x", "", 18),
        ("1.004189", "Thủ tục giao đất, cho thuê đất không thông qua đấu giá", "Tỉnh", 20, 15, "Không quy định",
         "Không quy định", "Không", "", "x", "x", "", 24),
    ],
    "ĐĂNG KÝ KINH DOANH": [
        ("2.001610", "Thủ tục đăng ký thành lập doanh nghiệp tư nhân", "Tỉnh", "03 ngày làm việc", 2,
         "50.000 đồng", "Miễn phí", "Toàn trình", "x", "x", "x", "", 820),
        ("2.002040", "Thủ tục đăng ký thành lập công ty TNHH một thành viên", "Tỉnh", 3, 2, "50.000 đồng",
         "Miễn phí", "Toàn trình", "x", "x", "x", "", 1430),
        ("2.002041", "Thủ tục đăng ký thành lập công ty TNHH hai thành viên trở lên", "Tỉnh", 3, 2, "50.000 đồng",
         "Miễn phí", "Toàn trình", "x", "x", "x", "", 540),
        ("2.002042", "Thủ tục đăng ký thành lập công ty cổ phần", "Tỉnh", 3, 2, "50.000 đồng", "Miễn phí",
         "Toàn trình", "x", "x", "x", "", 390),
        ("2.000575", "Thủ tục đăng ký thay đổi người đại diện theo pháp luật", "Tỉnh", 3, 2, "50.000 đồng",
         "50.000 đồng", "Toàn trình", "x", "x", "x", "", 610),
        ("2.000720", "Thủ tục thông báo tạm ngừng kinh doanh", "Tỉnh", 3, 1, "Không", "Không", "Toàn trình", "x",
         "x", "x", "", 330),
        ("2.000750", "Thủ tục giải thể doanh nghiệp", "Tỉnh", 5, 3, "Miễn phí", "Miễn phí", "Toàn trình", "x", "x",
         "x", "", 120),
        ("2.000828", "Thủ tục đăng ký hộ kinh doanh", "Huyện", 3, 2, "100.000 đồng", "50.000 đồng", "Toàn trình",
         "x", "x", "x", "", 980),
        ("2.000575B", "Thủ tục đăng ký thành lập hợp tác xã", "Huyện", 5, 3, "100.000 đồng", "100.000 đồng",
         "Một phần", "", "x", "x", "", 14),
    ],
    "XÂY DỰNG": [
        ("1.009994", "Thủ tục cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "Huyện", "15 ngày", 10,
         "75.000 đồng", "50.000 đồng", "Một phần", "", "x", "x", "", 640),
        ("1.009995", "Thủ tục cấp giấy phép xây dựng sửa chữa, cải tạo", "Huyện", 15, 10, "75.000 đồng",
         "50.000 đồng", "Một phần", "", "x", "x", "", 85),
        ("1.009996", "Thủ tục cấp giấy phép di dời công trình", "Huyện", 20, 14, "150.000 đồng", "100.000 đồng",
         "Một phần", "", "x", "x", "", 4),
        ("1.009997", "Thủ tục điều chỉnh giấy phép xây dựng", "Huyện", 10, 7, "75.000 đồng", "50.000 đồng",
         "Một phần", "", "x", "x", "", 30),
        ("1.009998", "Thủ tục gia hạn giấy phép xây dựng", "Huyện", 5, 3, "15.000 đồng", "10.000 đồng",
         "Một phần", "", "x", "x", "", 22),
        ("1.009972", "Thủ tục thẩm định báo cáo kinh tế - kỹ thuật đầu tư xây dựng", "Tỉnh", 20, 15,
         "Theo Thông tư 28/2023/TT-BTC", "Theo Thông tư 28/2023/TT-BTC", "Không", "", "x", "x", "", 40),
        ("1.009973", "Thủ tục cấp chứng chỉ hành nghề hoạt động xây dựng", "Tỉnh", 20, 10, "300.000 đồng",
         "150.000 đồng", "Toàn trình", "x", "x", "x", "", 260),
        ("1.009974", "Thủ tục cấp chứng chỉ năng lực hoạt động xây dựng", "Tỉnh", 20, 15, "1.000.000 đồng",
         "700.000 đồng", "Toàn trình", "x", "x", "x", "", 95),
    ],
    "GIAO THÔNG VẬN TẢI": [
        ("1.002809", "Thủ tục đổi giấy phép lái xe do ngành Giao thông vận tải cấp", "Tỉnh", 5, 3, "135.000 đồng",
         "115.000 đồng", "Toàn trình", "x", "x", "", "", 3600),
        ("1.002804", "Thủ tục cấp lại giấy phép lái xe", "Tỉnh", 10, 5, "135.000 đồng", "115.000 đồng",
         "Toàn trình", "x", "x", "", "", 410),
        ("1.002835", "Thủ tục cấp giấy phép kinh doanh vận tải bằng xe ô tô", "Tỉnh", 5, 3, "200.000 đồng",
         "Miễn phí", "Toàn trình", "x", "x", "x", "", 150),
        ("1.002856", "Thủ tục cấp phù hiệu xe ô tô kinh doanh vận tải", "Tỉnh", 2, 1, "Không quy định",
         "Không quy định", "Toàn trình", "x", "x", "x", "", 2200),
        ("1.001577", "Thủ tục cấp giấy phép thi công công trình trên đường bộ đang khai thác", "Tỉnh", 7, 5,
         "Không quy định", "Không quy định", "Một phần", "", "x", "x", "", 65),
        ("1.001590", "Thủ tục chấp thuận xây dựng cùng thời điểm với cấp giấy phép thi công", "Tỉnh", 7, 5,
         "Không quy định", "Không quy định", "Một phần", "", "x", "x", "", 30),
        ("1.002861", "Thủ tục đăng ký xe máy chuyên dùng lần đầu", "Tỉnh", 3, 2, "Miễn phí", "Miễn phí",
         "Một phần", "", "x", "x", "", 48),
    ],
    "TƯ PHÁP NỘI BỘ": [
        ("3.000172", "Thủ tục thẩm định dự thảo văn bản quy phạm pháp luật của UBND tỉnh", "Tỉnh", 15, 10,
         "Không quy định", "Không quy định", "Không", "", "", "", "x", 110),
        ("3.000173", "Thủ tục kiểm tra văn bản quy phạm pháp luật", "Tỉnh", 30, 20, "Không quy định",
         "Không quy định", "Không", "", "", "", "x", None),
        ("3.000174", "Thủ tục công nhận báo cáo viên pháp luật tỉnh", "Tỉnh", 10, 7, "Không quy định",
         "Không quy định", "Không", "", "", "", "x", 12),
        ("3.000175", "Thủ tục công nhận tuyên truyền viên pháp luật", "Xã", "05 ngày", "03 ngày", "Không quy định",
         "Không quy định", "Không", "", "", "", "x", 30),
        ("3.000176", "Thủ tục thôi làm hòa giải viên", "Xã", 5, 3, "Không quy định", "Không quy định", "Không",
         "", "", "", "x", 6),
        ("3.000177", "Thủ tục thanh toán thù lao cho hòa giải viên", "Xã", 5, 3, "Không quy định",
         "Không quy định", "Không", "", "", "", "x", 40),
        ("3.000178", "Thủ tục công nhận tổ trưởng tổ hòa giải", "Xã", 3, 2, "Không quy định", "Không quy định",
         "Không", "", "", "", "x", 20),
        ("3.000179", "Thủ tục công nhận hòa giải viên", "Xã", 3, 2, "Không quy định", "Không quy định", "Không",
         "", "", "", "x", 55),
        ("3.000180", "Thủ tục phê duyệt kế hoạch phổ biến, giáo dục pháp luật", "Huyện", 10, 7,
         "Không quy định", "Không quy định", "Không", "", "", "", "x", 3),
        ("3.000181", "Thủ tục xét công nhận xã đạt chuẩn tiếp cận pháp luật", "Huyện", 20, 15, "Không quy định",
         "Không quy định", "Không", "", "", "", "x", 14),
    ],
}

# Bad rows go to the end of their section; row numbers below are computed by the builder.
BAD_ROWS: dict[str, list[tuple]] = {
    "HỘ TỊCH": [
        # missing code
        ("", "Thủ tục đăng ký khai sinh kết hợp nhận cha, mẹ, con", "Xã", 3, 2, "Miễn phí", "Miễn phí",
         "Một phần", "", "x", "", "", 15),
        # duplicate of 1.001193
        ("1.001193", "Thủ tục đăng ký khai sinh (trùng)", "Xã", "Trong ngày", "Trong ngày", "Miễn phí", "Miễn phí",
         "Toàn trình", "x", "x", "", "", 1),
    ],
    "ĐẤT ĐAI": [
        # a range in the current time
        ("1.004238", "Thủ tục đăng ký biến động do đổi tên người sử dụng đất", "Huyện", 10, "10-15 ngày",
         "50.000 đồng", "30.000 đồng", "Một phần", "", "x", "x", "", 70),
        # text in the volume column and several levels
        ("1.004240", "Thủ tục đính chính Giấy chứng nhận đã cấp", "Cấp tỉnh, cấp huyện", 10, 7, "Không quy định",
         "Không quy định", "Một phần", "", "x", "", "", "Chưa thống kê"),
    ],
    "XÂY DỰNG": [
        # code stored as a number by Excel: 2.000150 reads back 2.00015
        (2.00015, "Thủ tục cấp giấy phép xây dựng có thời hạn", "Huyện", 15, 10, "75.000 đồng", "50.000 đồng",
         "Một phần", "", "x", "x", "", 9),
    ],
    "GIAO THÔNG VẬN TẢI": [
        # a row with a name only and no code at all after a typo
        ("", "", "Tỉnh", 3, 2, "", "", "", "", "", "", "", ""),
    ],
}
FIRST_HEADER_ROW = 5
FIRST_DATA_ROW = 8  # after header rows 5–6 and the numbering row 7
GOOD_COUNT = sum(len(v) for v in FIELDS.values())


def _section_label(index: int, name: str) -> str:
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][index]
    return f"{roman}. LĨNH VỰC {name}"


def build_catalogue(path: Path) -> dict[str, int]:
    """Write the realistic catalogue; return {code or marker: Excel row} for the rows written."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws["A1"] = "ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG"
    ws.merge_cells("A1:D1")
    ws["A2"] = "DANH MỤC THỦ TỤC HÀNH CHÍNH VÀ PHƯƠNG ÁN CẮT GIẢM, ĐƠN GIẢN HÓA"
    ws.merge_cells("A2:N2")
    ws["A3"] = "(Kèm theo Kế hoạch số 165/KH-UBND ngày 21 tháng 4 năm 2025 của UBND tỉnh)"
    ws.merge_cells("A3:N3")
    for c, text in enumerate(HEADER_TOP, start=1):
        if text:
            ws.cell(FIRST_HEADER_ROW, c, text).font = Font(bold=True)
        if HEADER_SUB[c - 1]:
            ws.cell(FIRST_HEADER_ROW + 1, c, HEADER_SUB[c - 1]).font = Font(bold=True)
        elif text:
            ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells("E5:F5")
    ws.merge_cells("G5:H5")
    for c in range(1, 15):
        ws.cell(7, c, f"({c})").alignment = Alignment(horizontal="center")
    rows: dict[str, int] = {}
    r = FIRST_DATA_ROW
    stt = 0
    for i, (field, procedures) in enumerate(FIELDS.items()):
        ws.cell(r, 1, _section_label(i, field)).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
        rows[f"section:{field}"] = r
        r += 1
        for j, values in enumerate(procedures + BAD_ROWS.get(field, [])):
            stt += 1
            ws.cell(r, 1, stt)
            for c, value in enumerate(values, start=2):
                if value is not None and value != "":
                    ws.cell(r, c, value)
            key = str(values[0]) if j < len(procedures) else f"bad:{field}:{j - len(procedures)}"
            rows[key] = r
            r += 1
    r += 1
    ws.cell(r, 10, "Người lập biểu").font = Font(italic=True)  # under the table: skipped
    rows["signature"] = r
    notes = wb.create_sheet("Hướng dẫn")
    notes["A1"] = "Ghi “x” vào các cột Phi địa giới, Một cửa, Liên quan SXKD, Nội bộ."
    wb.save(path)
    return rows


def build_synonyms(path: Path) -> None:
    """One-row header with other wording, a field column, level sections, calendar days."""
    wb = Workbook()
    ws = wb.active
    ws.title = "TTHC"
    ws.append(["STT", "Mã thủ tục", "Tên TTHC", "Lĩnh vực", "Thời gian giải quyết theo quy định",
               "Thời gian giải quyết sau cắt giảm", "Phí, lệ phí theo quy định", "Phí, lệ phí sau cắt giảm",
               "Dịch vụ công trực tuyến", "Liên quan hoạt động sản xuất, kinh doanh", "Số hồ sơ/năm"])
    ws.append(["A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"])
    ws.merge_cells("A2:K2")
    ws.append([1, "1.000046", "Thủ tục cấp giấy phép khai thác nước mặt", "Tài nguyên nước", "30 ngày",
               "20 ngày làm việc", "1.500.000 đồng", "1,2 triệu đồng", "Một phần", "Có", "1.200"])
    ws.append([2, "1.004053", "Thủ tục cấp phép hoạt động bến thủy nội địa", "Đường thủy nội địa", 10, 7,
               "Không quy định", "Không quy định", "Mức độ 4", "x", 35])
    ws.append(["B", "THỦ TỤC HÀNH CHÍNH CẤP XÃ"])
    ws.append([3, "2.001457", "Thủ tục công nhận hương ước, quy ước của thôn, tổ dân phố", "Phổ biến giáo dục pháp luật",
               "15 ngày", 10, "", "", "", "", ""])
    wb.save(path)


def catalogue_file(folder: Path, name: str = "danh-muc-tthc.xlsx") -> tuple[Path, dict[str, int]]:
    """The realistic catalogue written into *folder*: its path and {code or marker: Excel row}."""
    path = folder / name
    return path, build_catalogue(path)
