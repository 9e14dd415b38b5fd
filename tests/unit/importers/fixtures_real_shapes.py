"""Plan tables shaped like real 2025–2026 appendices (issue 13, points 2–6 and 8), built three ways.

Each :class:`Shape` is one grid of cells with explicit merged ranges, a title above and notes or a
signature block below, and the tasks a person reads in it. It is rendered as
  - a :class:`RawTable` (merged cells repeated and flagged, as the readers do),
  - a real .docx (python-docx, merges with ``cell.merge``; title and signature as paragraphs),
  - a real .xlsx (openpyxl ``merge_cells``; title rows above, notes rows below the table).
The structures follow the issue's descriptions, not any one document; texts and agencies are in
the style of the plans in ../shared/domain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tthc_desktop.importers.table_readers import RawTable

Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (0-based, inclusive)


@dataclass(frozen=True)
class Expect:
    number: str
    content: str
    lead: str
    deadline: str


@dataclass(frozen=True)
class Shape:
    name: str
    grid: list[list[str]]  # header + body; cells covered by a merge are ""
    merges: list[Merge] = field(default_factory=list)
    above: list[str] = field(default_factory=list)  # title lines
    below: list[list[str]] = field(default_factory=list)  # notes / signature rows (xlsx, RawTable)
    tasks: list[Expect] = field(default_factory=list)  # rows that are tasks (not sections or groups)
    groups: list[str] = field(default_factory=list)  # numbers of the group rows

    @property
    def width(self) -> int:
        return max(len(r) for r in self.grid)

    def full_rows(self) -> tuple[list[list[str]], list[Merge]]:
        """Title rows, grid, note rows as one sheet; titles are merged across the width."""
        w = self.width
        rows = [[t] + [""] * (w - 1) for t in self.above]
        merges = [(i, 0, i, w - 1) for i in range(len(self.above))]
        off = len(rows)
        rows += [list(r) + [""] * (w - len(r)) for r in self.grid]
        merges += [(a + off, b, c + off, d) for a, b, c, d in self.merges]
        rows += [list(r) + [""] * (w - len(r)) for r in self.below]
        return rows, merges


def raw_table(shape: Shape) -> RawTable:
    rows, merges = shape.full_rows()
    left: set[tuple[int, int]] = set()
    above: set[tuple[int, int]] = set()
    for r0, c0, r1, c1 in merges:
        value = rows[r0][c0]
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    rows[r][c] = value
                    (left if c > c0 else above).add((r, c))
    return RawTable("Bảng 1", rows, frozenset(left), frozenset(above), f"{shape.name}.docx")


def build_docx(shape: Shape, path: Path) -> Path:
    import docx

    doc = docx.Document()
    for line in shape.above:
        doc.add_paragraph(line)
    table = doc.add_table(rows=len(shape.grid), cols=shape.width)
    for r, row in enumerate(shape.grid):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    for r0, c0, r1, c1 in shape.merges:
        text = shape.grid[r0][c0]
        merged = table.cell(r0, c0).merge(table.cell(r1, c1))
        merged.text = text
    for row in shape.below:
        doc.add_paragraph("    ".join(v for v in row if v))
    doc.save(path)
    return path


def build_xlsx(shape: Shape, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    rows, merges = shape.full_rows()
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    for row in rows:
        ws.append([int(v) if v.isdigit() else (v or None) for v in row])
    for r0, c0, r1, c1 in merges:
        if (r0, c0) != (r1, c1):
            ws.merge_cells(f"{get_column_letter(c0 + 1)}{r0 + 1}:{get_column_letter(c1 + 1)}{r1 + 1}")
    wb.save(path)
    return path


_TITLE = "PHỤ LỤC"
_SUBTITLE = "(Ban hành kèm theo Kế hoạch số 20/KH-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh)"
_SIGN = [["Nơi nhận:", "", "", "KT. CHỦ TỊCH"], ["- Như trên;", "", "", "PHÓ CHỦ TỊCH"], ["", "", "", "Nguyễn Văn An"]]

# ---------------------------------------------------------------- points 2 + 3
# "STT" over "TT" | "Chi tiết"; "Đơn vị thực hiện" over "Chủ trì" | "Phối hợp"; "Thời gian" over
# "Bắt đầu" | "Hoàn thành". Groups are numbered 1, 2 in the detail column and have no running number;
# their children are lettered a), b) and counted 1…5 in the TT column. The two header rows repeat
# where the table continues on the next page, and row "c)" is cut by that page break.
_H2_TOP = ["STT", "", "Nội dung", "Đơn vị thực hiện", "", "Thời gian", "", "Sản phẩm"]
_H2_SUB = ["TT", "Chi tiết", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành", ""]
_H2_MERGES = [(0, 0, 0, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 7, 1, 7)]

TWO_ROW_HEADER = Shape(
    "hai-dong-tieu-de",
    grid=[
        _H2_TOP,
        _H2_SUB,
        ["", "1", "Rà soát, cắt giảm, đơn giản hóa thủ tục hành chính", "", "", "", "", ""],
        ["1", "a)", "Rà soát quy định, thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh",
         "Sở Tư pháp", "Các sở, ban, ngành tỉnh", "01/2026", "12/2026 báo cáo kết quả thực hiện", "Báo cáo"],
        ["2", "b)", "Xây dựng phương án cắt giảm, đơn giản hóa thủ tục hành chính nội bộ",
         "Văn phòng UBND tỉnh", "Sở Nội vụ", "Quý I/2026", "30/6/2026. 31/12/2026", "Phương án"],
        ["3", "c)", "Công bố danh mục thủ tục hành chính thực hiện không phụ thuộc",
         "Sở Khoa học và Công nghệ", "UBND cấp xã", "", "Tháng 4/2026", "Quyết định công bố"],
        _H2_TOP,
        _H2_SUB,
        ["", "", "địa giới hành chính", "", "", "", "", ""],  # the rest of row "c)" after the page break
        ["", "2", "Nâng cao chất lượng giải quyết thủ tục hành chính", "", "", "", "", ""],
        ["4", "a)", "Tổ chức giao ban trực tuyến về tình hình giải quyết hồ sơ tại Trung tâm Phục vụ hành chính công",
         "Văn phòng UBND tỉnh", "Các sở, ngành", "", "Thứ 5 hàng tuần", "Thông báo kết luận"],
        ["5", "b)", "Kiểm tra việc tiếp nhận, giải quyết hồ sơ tại Bộ phận Một cửa cấp xã",
         "Sở Nội vụ", "UBND cấp xã", "", "28/6-5/7/2026", "Báo cáo kiểm tra"],
    ],
    merges=[*_H2_MERGES, *[(a + 6, b, c + 6, d) for a, b, c, d in _H2_MERGES]],
    above=[_TITLE, _SUBTITLE],
    below=[["Ghi chú: Các cơ quan báo cáo kết quả về Văn phòng UBND tỉnh trước ngày 20 hằng tháng."], *_SIGN],
    tasks=[
        Expect("1.a", "Rà soát quy định, thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh",
               "Sở Tư pháp", "12/2026 báo cáo kết quả thực hiện"),
        Expect("1.b", "Xây dựng phương án cắt giảm, đơn giản hóa thủ tục hành chính nội bộ",
               "Văn phòng UBND tỉnh", "30/6/2026. 31/12/2026"),
        Expect("1.c", "Công bố danh mục thủ tục hành chính thực hiện không phụ thuộc địa giới hành chính",
               "Sở Khoa học và Công nghệ", "Tháng 4/2026"),
        Expect("2.a", "Tổ chức giao ban trực tuyến về tình hình giải quyết hồ sơ tại Trung tâm Phục vụ hành chính công",
               "Văn phòng UBND tỉnh", "Thứ 5 hàng tuần"),
        Expect("2.b", "Kiểm tra việc tiếp nhận, giải quyết hồ sơ tại Bộ phận Một cửa cấp xã",
               "Sở Nội vụ", "28/6-5/7/2026"),
    ],
    groups=["1", "2"],
)

# ---------------------------------------------------------------- point 4: code columns
_CODE_HEADER = ["STT", "Mã nhiệm vụ", "Tên nhóm nhiệm vụ/nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                "Thời hạn", "Kết quả/sản phẩm"]
CODES = Shape(
    "ma-nhiem-vu",
    grid=[
        _CODE_HEADER,
        ["1", "KH20_TT_N01", "Hoàn thiện thể chế về thủ tục hành chính", "", "", "", ""],
        ["2", "KH20_TT_N01.1", "Rà soát văn bản quy phạm pháp luật của tỉnh", "", "", "", ""],
        ["3", "KH20_TT_N01.1.1", "Rà soát quyết định quy định thủ tục hành chính đặc thù của tỉnh",
         "Sở Tư pháp", "Các sở, ngành", "Từ tháng 1-4/2026", "Báo cáo rà soát"],
        ["4", "KH20_TT_N01.1.2", "Đề xuất bãi bỏ thủ tục hành chính không còn phù hợp",
         "Các sở, ngành", "Sở Tư pháp", "Quý II/2026", "Tờ trình"],
        ["5", "KH20_TT_N01.2", "Công bố thủ tục hành chính sau sắp xếp đơn vị hành chính cấp xã",
         "Văn phòng UBND tỉnh", "UBND cấp xã", "04/2026", "Quyết định công bố"],
        ["6", "KH20_TT_N02", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "", "", "", ""],
        ["7", "KH20_TT_N02.1", "Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
         "Sở Khoa học và Công nghệ", "UBND cấp xã", "Từ Quý I/2026", "Dữ liệu số hóa"],
    ],
    above=[_TITLE, _SUBTITLE],
    below=_SIGN,
    tasks=[
        Expect("KH20_TT_N01.1.1", "Rà soát quyết định quy định thủ tục hành chính đặc thù của tỉnh",
               "Sở Tư pháp", "Từ tháng 1-4/2026"),
        Expect("KH20_TT_N01.1.2", "Đề xuất bãi bỏ thủ tục hành chính không còn phù hợp", "Các sở, ngành", "Quý II/2026"),
        Expect("KH20_TT_N01.2", "Công bố thủ tục hành chính sau sắp xếp đơn vị hành chính cấp xã",
               "Văn phòng UBND tỉnh", "04/2026"),
        Expect("KH20_TT_N02.1", "Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
               "Sở Khoa học và Công nghệ", "Từ Quý I/2026"),
    ],
    groups=["KH20_TT_N01", "KH20_TT_N01.1", "KH20_TT_N02"],
)

# decimal codes where ".0" is the parent, in a "Mã số" column, no STT column
DECIMAL_CODES = Shape(
    "ma-so-thap-phan",
    grid=[
        ["Mã số", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm đầu ra"],
        ["13.0", "Chuyển đổi số trong giải quyết thủ tục hành chính", "", "", "", ""],
        ["13.1", "Tái cấu trúc quy trình điện tử của thủ tục hành chính thiết yếu", "Sở Khoa học và Công nghệ",
         "Các sở, ngành", "Quý III/2026", "Quy trình điện tử"],
        ["13.5", "Tích hợp dịch vụ công trực tuyến toàn trình lên Cổng Dịch vụ công quốc gia", "Văn phòng UBND tỉnh",
         "Sở Khoa học và Công nghệ", "Tháng 9/2026", "Dịch vụ công được tích hợp"],
        ["14.0", "Kiểm tra, đôn đốc", "", "", "", ""],
        ["14.1", "Kiểm tra công tác kiểm soát thủ tục hành chính tại các xã, phường", "Văn phòng UBND tỉnh",
         "Sở Nội vụ", "Quý IV/2026", "Báo cáo kiểm tra"],
    ],
    tasks=[
        Expect("13.1", "Tái cấu trúc quy trình điện tử của thủ tục hành chính thiết yếu", "Sở Khoa học và Công nghệ",
               "Quý III/2026"),
        Expect("13.5", "Tích hợp dịch vụ công trực tuyến toàn trình lên Cổng Dịch vụ công quốc gia",
               "Văn phòng UBND tỉnh", "Tháng 9/2026"),
        Expect("14.1", "Kiểm tra công tác kiểm soát thủ tục hành chính tại các xã, phường", "Văn phòng UBND tỉnh",
               "Quý IV/2026"),
    ],
    groups=["13.0", "14.0"],
)

# codes "N01.1" under group rows that carry no code of their own (point 4 + point 5)
UNCODED_GROUPS = Shape(
    "nhom-khong-ma",
    grid=[
        ["Mã số", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm"],
        ["", "Nhóm 1: Hoàn thiện thể chế", "", "", "", ""],
        ["N01.1", "Rà soát thủ tục hành chính quy định tại văn bản của tỉnh", "Sở Tư pháp", "Các sở, ngành",
         "Quý I/2026", "Báo cáo"],
        ["N01.2", "Trình bãi bỏ thủ tục hành chính không cần thiết", "Sở Tư pháp", "", "Quý II/2026", "Quyết định"],
        ["", "Nhóm 2: Số hóa hồ sơ", "Sở Khoa học và Công nghệ", "", "Năm 2026", ""],
        ["N02.1", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", "", "UBND cấp xã", "", "Dữ liệu"],
        ["N02.2", "Kết nối Hệ thống thông tin giải quyết thủ tục hành chính với cơ sở dữ liệu quốc gia",
         "Công an tỉnh", "", "", "Kết nối"],
    ],
    tasks=[
        Expect("N01.1", "Rà soát thủ tục hành chính quy định tại văn bản của tỉnh", "Sở Tư pháp", "Quý I/2026"),
        Expect("N01.2", "Trình bãi bỏ thủ tục hành chính không cần thiết", "Sở Tư pháp", "Quý II/2026"),
        Expect("N02.1", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", "Sở Khoa học và Công nghệ",
               "Năm 2026"),
        Expect("N02.2", "Kết nối Hệ thống thông tin giải quyết thủ tục hành chính với cơ sở dữ liệu quốc gia",
               "Công an tỉnh", "Năm 2026"),
    ],
    groups=["N1", "N2"],
)

# ---------------------------------------------------------------- point 5: unnumbered groups
UNNUMBERED_GROUPS = Shape(
    "nhom-khong-so",
    grid=[
        ["TT", "Nhiệm vụ, giải pháp", "Phòng, đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ", "Sản phẩm đầu ra"],
        ["", "Nhóm nhiệm vụ về công khai, minh bạch thủ tục hành chính", "Văn phòng UBND tỉnh", "",
         "Quý II/2026", ""],
        ["1", "Công khai đầy đủ thủ tục hành chính trên Cổng Dịch vụ công của tỉnh", "", "Các sở, ngành", "",
         "Thủ tục được công khai"],
        ["2", "Niêm yết thủ tục hành chính tại Bộ phận Một cửa các cấp", "UBND cấp xã", "", "Tháng 5/2026",
         "Thủ tục được niêm yết"],
        ["", "Nhóm nhiệm vụ về số hóa hồ sơ", "Sở Khoa học và Công nghệ", "", "Năm 2026", ""],
        ["1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "", "UBND cấp xã", "", "Kho dữ liệu"],
        ["2", "Tái sử dụng dữ liệu đã số hóa khi giải quyết thủ tục hành chính", "", "", "Quý III/2026",
         "Dữ liệu được tái sử dụng"],
    ],
    above=[_TITLE],
    below=_SIGN,
    tasks=[
        Expect("N1.1", "Công khai đầy đủ thủ tục hành chính trên Cổng Dịch vụ công của tỉnh", "Văn phòng UBND tỉnh",
               "Quý II/2026"),
        Expect("N1.2", "Niêm yết thủ tục hành chính tại Bộ phận Một cửa các cấp", "UBND cấp xã", "Tháng 5/2026"),
        Expect("N2.1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Sở Khoa học và Công nghệ", "Năm 2026"),
        Expect("N2.2", "Tái sử dụng dữ liệu đã số hóa khi giải quyết thủ tục hành chính", "Sở Khoa học và Công nghệ",
               "Quý III/2026"),
    ],
    groups=["N1", "N2"],
)

# ---------------------------------------------------------------- point 6: vertical merges
# lead, coordinating, product and deadline merged down over a group's children (and over a child's
# bullet sub-line, which must not repeat them); a "Ghi chú" merged over the whole body.
VERTICAL_MERGES = Shape(
    "o-gop-doc",
    grid=[
        ["Số TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả/sản phẩm", "Thời hạn", "Ghi chú"],
        ["1", "Thực hiện thủ tục hành chính không phụ thuộc địa giới hành chính", "", "", "", "",
         "Các nhiệm vụ thực hiện theo Nghị quyết số 66/NQ-CP"],
        ["1.1", "Rà soát danh mục thủ tục hành chính tiếp nhận không phụ thuộc địa giới",
         "Văn phòng UBND tỉnh", "Các sở, ngành; UBND cấp xã", "Danh mục thủ tục hành chính", "Quý I/2026", ""],
        ["1.2", "Hướng dẫn quy trình tiếp nhận hồ sơ giấy tại Bộ phận Một cửa", "", "", "", "", ""],
        ["1.3", "Tập huấn công chức Bộ phận Một cửa cấp xã", "", "", "", "", ""],
        ["", "- Đối với cấp xã: tập huấn trực tiếp tại Trung tâm Phục vụ hành chính công", "", "", "", "", ""],
        ["2", "Báo cáo kết quả thực hiện Kế hoạch", "Văn phòng UBND tỉnh", "Các sở, ngành",
         "Báo cáo", "Trước ngày 15/12/2026", ""],
    ],
    merges=[(2, 2, 5, 2), (2, 3, 5, 3), (2, 4, 5, 4), (2, 5, 5, 5), (1, 6, 6, 6)],
    above=[_TITLE, _SUBTITLE],
    below=[["* Ghi chú: Thời hạn báo cáo tính theo ngày làm việc."]],
    tasks=[
        Expect("1.1", "Rà soát danh mục thủ tục hành chính tiếp nhận không phụ thuộc địa giới",
               "Văn phòng UBND tỉnh", "Quý I/2026"),
        Expect("1.2", "Hướng dẫn quy trình tiếp nhận hồ sơ giấy tại Bộ phận Một cửa", "Văn phòng UBND tỉnh",
               "Quý I/2026"),
        Expect("1.3", "Tập huấn công chức Bộ phận Một cửa cấp xã\n- Đối với cấp xã: tập huấn trực tiếp tại Trung tâm "
               "Phục vụ hành chính công", "Văn phòng UBND tỉnh", "Quý I/2026"),
        Expect("2", "Báo cáo kết quả thực hiện Kế hoạch", "Văn phòng UBND tỉnh", "Trước ngày 15/12/2026"),
    ],
    groups=["1"],
)

# ---------------------------------------------------------------- point 8: header and layout variants
# One agency column for lead [+ coordinating], the product before the deadline, two product-like
# columns, Roman sections, a notes column, and notes and a signature block below.
VARIANTS = Shape(
    "bien-the-tieu-de",
    grid=[
        ["STT", "Tên nhiệm vụ", "Cơ quan, đơn vị thực hiện", "Kết quả/sản phẩm", "Hình thức văn bản",
         "Thời gian thực hiện", "Ghi chú"],
        ["I", "NHIỆM VỤ CHUNG", "", "", "", "", ""],
        ["1", "Ban hành kế hoạch kiểm soát thủ tục hành chính năm 2026 của cơ quan, đơn vị",
         "Sở Nội vụ chủ trì, phối hợp với các sở, ngành", "Kế hoạch", "Kế hoạch", "Tháng 02/2026", ""],
        ["2", "Thực hiện chế độ báo cáo định kỳ về kiểm soát thủ tục hành chính", "Các sở, ban, ngành tỉnh",
         "Báo cáo", "Báo cáo", "Định kỳ hằng quý", ""],
        ["II", "NHIỆM VỤ CỤ THỂ", "", "", "", "", ""],
        ["1", "Đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính",
         "Văn phòng UBND tỉnh", "Bộ chỉ số", "Quyết định", "Trước ngày 30/11/2026", ""],
    ],
    above=[_TITLE, _SUBTITLE],
    below=[["Ghi chú:", "Thời gian thực hiện tính theo năm 2026."], *_SIGN],
    tasks=[
        Expect("I.1", "Ban hành kế hoạch kiểm soát thủ tục hành chính năm 2026 của cơ quan, đơn vị",
               "Sở Nội vụ", "Tháng 02/2026"),
        Expect("I.2", "Thực hiện chế độ báo cáo định kỳ về kiểm soát thủ tục hành chính", "Các sở, ban, ngành tỉnh",
               "Định kỳ hằng quý"),
        Expect("II.1", "Đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính",
               "Văn phòng UBND tỉnh", "Trước ngày 30/11/2026"),
    ],
)

# ---------------------------------------------------------------- points 3 + 5: numbers in the text
# group rows write their number in the content ("1. …") with the STT cell empty, or have none at
# all; their children are lettered a), b) in the STT column.
NUMBER_IN_TEXT = Shape(
    "so-trong-noi-dung",
    grid=[
        ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"],
        ["", "1. Đơn giản hóa thủ tục hành chính nội bộ", "", "", ""],
        ["a)", "Thống kê thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước", "Sở Nội vụ",
         "Các sở, ngành", "Tháng 3/2026"],
        ["b)", "Trình phê duyệt phương án đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh",
         "Sở Nội vụ", "Quý III/2026"],
        ["", "Chuyển đổi số", "Sở Khoa học và Công nghệ", "", "Năm 2026"],
        ["a)", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "", "Văn phòng UBND tỉnh", ""],
        ["b)", "Kết nối, chia sẻ dữ liệu dân cư phục vụ giải quyết thủ tục hành chính", "Công an tỉnh", "",
         "Tháng 10/2026"],
    ],
    tasks=[
        Expect("1.a", "Thống kê thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước", "Sở Nội vụ",
               "Tháng 3/2026"),
        Expect("1.b", "Trình phê duyệt phương án đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh",
               "Quý III/2026"),
        Expect("N1.a", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Sở Khoa học và Công nghệ",
               "Năm 2026"),
        Expect("N1.b", "Kết nối, chia sẻ dữ liệu dân cư phục vụ giải quyết thủ tục hành chính", "Công an tỉnh",
               "Tháng 10/2026"),
    ],
    groups=["1", "N1"],
)

# point 5 with a running count that continues across the unnumbered groups (1, 2 | 3, 4)
RUNNING_GROUPS = Shape(
    "nhom-khong-so-dem-lien-tuc",
    grid=[
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
        ["", "Lĩnh vực tư pháp", "Sở Tư pháp", "", "Quý II/2026", ""],
        ["1", "Rà soát thủ tục hành chính lĩnh vực hộ tịch", "", "UBND cấp xã", "", "Báo cáo"],
        ["2", "Đề xuất phương án cắt giảm thủ tục hành chính lĩnh vực chứng thực", "", "", "Tháng 8/2026",
         "Phương án"],
        ["", "Lĩnh vực nội vụ", "Sở Nội vụ", "", "Quý IV/2026", ""],
        ["3", "Rà soát thủ tục hành chính lĩnh vực thi đua, khen thưởng", "", "", "", "Báo cáo"],
        ["4", "Chuẩn hóa quy trình nội bộ lĩnh vực tôn giáo", "Ban Tôn giáo", "", "", "Quy trình"],
    ],
    above=[_TITLE],
    below=_SIGN,
    tasks=[
        Expect("N1.1", "Rà soát thủ tục hành chính lĩnh vực hộ tịch", "Sở Tư pháp", "Quý II/2026"),
        Expect("N1.2", "Đề xuất phương án cắt giảm thủ tục hành chính lĩnh vực chứng thực", "Sở Tư pháp",
               "Tháng 8/2026"),
        Expect("N2.3", "Rà soát thủ tục hành chính lĩnh vực thi đua, khen thưởng", "Sở Nội vụ", "Quý IV/2026"),
        Expect("N2.4", "Chuẩn hóa quy trình nội bộ lĩnh vực tôn giáo", "Ban Tôn giáo", "Quý IV/2026"),
    ],
    groups=["N1", "N2"],
)

# ---------------------------------------------------------------- markers seen in real plans
# "A", "B" parts and "Phần II" in the STT column; a group label (no agency, no deadline) whose tasks
# carry no number or a dash; a row cut by a page break without a repeated header (it goes on in
# lower case).
MARKERS = Shape(
    "ky-hieu-khac",
    grid=[
        ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["A", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""],
        ["1", "Kiểm soát chất lượng dự thảo văn bản có quy định thủ tục hành chính", "", "", ""],
        ["-", "Đánh giá tác động thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật", "Sở Tư pháp",
         "Các sở, ngành", "Thường xuyên"],
        ["-", "Lấy ý kiến Văn phòng UBND tỉnh đối với dự thảo quyết định công bố", "Các sở, ngành",
         "Văn phòng UBND tỉnh", "Trước ngày 20 hằng tháng"],
        ["Phần II", "CHUYỂN ĐỔI SỐ", "", "", ""],
        ["1", "Cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục hành chính đủ điều kiện theo",
         "Sở Khoa học và Công nghệ", "Các sở, ngành", "Quý III/2026"],
        ["", "quy định của Chính phủ", "", "", ""],
        ["2", "Thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính", "", "", ""],
        ["", "Triển khai thanh toán trực tuyến tại Trung tâm Phục vụ hành chính công", "Sở Tài chính",
         "Kho bạc Nhà nước khu vực", "Tháng 6/2026"],
        ["", "Triển khai thanh toán trực tuyến tại Bộ phận Một cửa cấp xã", "UBND cấp xã", "Sở Tài chính",
         "Tháng 9/2026"],
    ],
    tasks=[
        Expect("A.1.1", "Đánh giá tác động thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật",
               "Sở Tư pháp", "Thường xuyên"),
        Expect("A.1.2", "Lấy ý kiến Văn phòng UBND tỉnh đối với dự thảo quyết định công bố", "Các sở, ngành",
               "Trước ngày 20 hằng tháng"),
        Expect("II.1", "Cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục hành chính đủ điều kiện theo "
               "quy định của Chính phủ", "Sở Khoa học và Công nghệ", "Quý III/2026"),
        Expect("II.2.1", "Triển khai thanh toán trực tuyến tại Trung tâm Phục vụ hành chính công", "Sở Tài chính",
               "Tháng 6/2026"),
        Expect("II.2.2", "Triển khai thanh toán trực tuyến tại Bộ phận Một cửa cấp xã", "UBND cấp xã", "Tháng 9/2026"),
    ],
    groups=["A.1", "II.2"],
)

SHAPES = [TWO_ROW_HEADER, CODES, DECIMAL_CODES, UNCODED_GROUPS, UNNUMBERED_GROUPS, VERTICAL_MERGES, VARIANTS, NUMBER_IN_TEXT,
          RUNNING_GROUPS, MARKERS]
