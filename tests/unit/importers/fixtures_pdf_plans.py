"""Test helpers that BUILD plan PDFs (and the .docx of the same table) the way e-document systems issue them.

The shape follows issue 13, point 1, not any one document:
  - portrait body pages (heading, "Số: …", place and date, "KẾ HOẠCH", trích yếu, narrative), a red
    stamp image drawn over the first page's text;
  - then landscape pages: "PHỤ LỤC", "(Ban hành kèm theo Kế hoạch số … ngày … của …)" and the task table,
    ruled with lines (GRID), cell text wrapped over several lines, the header repeated on each page
    (``repeatRows``), groups whose lead/deadline cells are merged vertically over their children, and
    one long row split by a page break (its continuation, after the repeated header, has an empty STT);
  - optionally signed several times with incremental pyHanko signatures.

``plan_rows()`` is the table (list of 6-cell rows) with its vertical spans; ``build_plan_docx`` writes the
same table to Word so a test can compare what both imports yield.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
SYMBOL = "165/KH-UBND"
ISSUER_LINE = "ỦY BAN NHÂN DÂN TỈNH AN GIANG"
ATTACHED = ("(Ban hành kèm theo Kế hoạch số 165/KH-UBND ngày 14 tháng 4 năm 2025 "
            "của Ủy ban nhân dân tỉnh An Giang)")
TITLE_LINES = ["Triển khai thực hiện cải cách thủ tục hành chính", "trên địa bàn tỉnh năm 2025"]
AGENCIES = ["Sở Tư pháp", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Tài chính", "UBND cấp xã",
            "Sở Khoa học và Công nghệ"]
LONG = ("rà soát, đánh giá, đơn giản hóa thủ tục hành chính, cắt giảm thành phần hồ sơ và thời gian giải "
        "quyết, công bố công khai đầy đủ, kịp thời trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin "
        "giải quyết thủ tục hành chính của tỉnh")


@dataclass
class PlanTable:
    rows: list[list[str]]
    # (column, first row, last row) of cells merged vertically (row indices into ``rows``)
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    long_row: int = -1  # the row made long enough to split across a page break


def plan_rows(tasks: int = 33) -> PlanTable:
    """A plan table with two sections, plain tasks and groups whose children share merged cells."""
    rows: list[list[str]] = []
    spans: list[tuple[int, int, int]] = []
    count = 0
    long_row = -1
    for sec, sec_title in (("I", "NHIỆM VỤ CHUNG"), ("II", "NHIỆM VỤ CỤ THỂ")):
        rows.append([sec, sec_title, "", "", "", ""])
        n = 0
        while count < tasks and (sec == "II" or n < 6):
            n += 1
            agency = AGENCIES[(count + n) % len(AGENCIES)]
            if sec == "II" and n % 4 == 2 and count + 3 <= tasks:
                # a group of three children sharing the lead agency and the deadline (merged cells)
                rows.append([str(n), f"Nhóm nhiệm vụ số {n} về {LONG[:60]}", "", "", "", ""])
                first = len(rows)
                for k in range(1, 4):
                    count += 1
                    rows.append([f"{n}.{k}", f"Nhiệm vụ {count}: {LONG[: 40 + 9 * k]}",
                                 agency if k == 1 else agency, "Các sở, ngành", "Tháng 6/2025" if k == 1 else
                                 "Tháng 6/2025", f"Báo cáo {count}"])
                spans += [(2, first, first + 2), (4, first, first + 2)]
                continue
            count += 1
            content = f"Nhiệm vụ {count}: {LONG}"
            if count == 18:
                # long enough to be split across a page break
                content = f"Nhiệm vụ {count}: " + "; ".join([LONG] * 3)
                long_row = len(rows)
            deadline = ["Thường xuyên", "Quý II/2025", f"Trước ngày {10 + count % 15}/{1 + count % 12}/2025",
                        "Hằng tháng"][count % 4]
            rows.append([str(n), content, agency, "UBND cấp xã; Sở Nội vụ", deadline,
                         f"Kế hoạch, báo cáo kết quả thực hiện nhiệm vụ {count}"])
        if count >= tasks:
            break
    return PlanTable(rows, spans, long_row)


def _stamp_png() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.ellipse((10, 10, 290, 290), outline=(220, 0, 0, 255), width=14)
    draw.ellipse((60, 60, 240, 240), outline=(220, 0, 0, 255), width=6)
    return _png(img)


def _png(img) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def build_plan_pdf(path: Path, table: PlanTable | None = None, *, body_pages: int = 3,
                   heading: bool = True, repeat_header: bool = True, second_appendix: bool = False) -> Path:
    """Write the plan PDF (unsigned); see the module docstring for its shape."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    from tthc_desktop.reports.pdf.fonts import font_name, register_fonts

    register_fonts()
    table = table or plan_rows()
    regular, bold = font_name(), font_name(bold=True)
    body = ParagraphStyle("body", fontName=regular, fontSize=13, leading=17, spaceAfter=6)
    center = ParagraphStyle("center", parent=body, alignment=1)
    center_b = ParagraphStyle("centerb", parent=center, fontName=bold)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=10.5, leading=13)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName=bold)
    stamp = ImageReader(io.BytesIO(_stamp_png()))

    def first_page(canv, doc):
        if canv.getPageNumber() == 1:  # the red stamp drawn over the heading's text
            canv.drawImage(stamp, 40 * mm, A4[1] - 75 * mm, 45 * mm, 45 * mm, mask="auto")

    doc = BaseDocTemplate(str(path), pagesize=A4, title="Kế hoạch", author="UBND")
    portrait = Frame(20 * mm, 20 * mm, A4[0] - 40 * mm, A4[1] - 40 * mm, id="p")
    land = landscape(A4)
    landscape_frame = Frame(15 * mm, 15 * mm, land[0] - 30 * mm, land[1] - 30 * mm, id="l")
    doc.addPageTemplates([
        PageTemplate("portrait", [portrait], pagesize=A4, onPage=first_page),
        PageTemplate("landscape", [landscape_frame], pagesize=land),
    ])
    story: list = []
    if heading:
        story += [Paragraph(ISSUER_LINE, center_b), Paragraph(f"Số: {SYMBOL}", center),
                  Paragraph("An Giang, ngày 14 tháng 4 năm 2025", center), Spacer(1, 8),
                  Paragraph("KẾ HOẠCH", center_b)] + [Paragraph(t, center_b) for t in TITLE_LINES] + [Spacer(1, 8)]
    for page in range(body_pages):
        for k in range(9 if page else 5):
            story.append(Paragraph(f"{page + 1}.{k + 1}. Các cơ quan, đơn vị tổ chức {LONG}; báo cáo kết quả về "
                                   "Sở Tư pháp để tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định.", body))
        story.append(PageBreak())
    story[-1:] = [NextPageTemplate("landscape"), PageBreak()]
    story += [Paragraph("PHỤ LỤC", center_b), Paragraph(ATTACHED, center), Spacer(1, 6)]
    widths = [14 * mm, 105 * mm, 35 * mm, 40 * mm, 30 * mm, 43 * mm]
    for k, chunk in enumerate(_page_chunks(table)):
        if k:
            story.append(PageBreak())
        data = [[Paragraph(h, cell_b) for h in HEADER]]  # the header, repeated on every page by default
        style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("FONTNAME", (0, 0), (-1, -1), regular)]
        where = {r: i + 1 for i, (r, _cells) in enumerate(chunk)}
        for r, cells in chunk:
            sty = cell_b if cells[0] in ("I", "II") else cell
            data.append([Paragraph(v, sty) if v else "" for v in cells])
            if cells[0] in ("I", "II"):
                style.append(("SPAN", (1, where[r]), (-1, where[r])))
        for c, r0, r1 in table.spans:
            if r0 in where:
                for r in range(r0 + 1, r1 + 1):
                    data[where[r]][c] = ""
                style.append(("SPAN", (c, where[r0]), (c, where[r1])))
        if k and not repeat_header:
            data = data[1:]
            style = [(name, (a[0], a[1] - 1 if a[1] > 0 else a[1]), (b[0], b[1] - 1 if b[1] > 0 else b[1]), *rest)
                     for name, a, b, *rest in style]
        story.append(Table(data, colWidths=widths, style=TableStyle(style)))
    if second_appendix:  # same columns, next page, its own title: another table, not a continuation
        story += [PageBreak(), Paragraph("PHỤ LỤC II", center_b), Paragraph("DANH MỤC BÁO CÁO", center_b)]
        data = [[Paragraph(h, cell_b) for h in HEADER]]
        data += [[str(i), f"Báo cáo định kỳ số {i}", "Sở Tư pháp", "", "Hằng quý", "Báo cáo"] for i in (1, 2)]
        story.append(Table(data, colWidths=widths, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                                                      ("FONTNAME", (0, 0), (-1, -1), regular)])))
    story += [Spacer(1, 10), Paragraph("Nơi nhận: như trên.", body)]
    doc.build(story)
    return path


ROWS_PER_PAGE = 7


def _page_chunks(table: PlanTable) -> list[list[tuple[int, list[str]]]]:
    """Rows per landscape page: a group stays with its children; the long row is split over a page break."""
    units: list[list[int]] = []
    for r, row in enumerate(table.rows):
        if "." in row[0] and units:
            units[-1].append(r)
        else:
            units.append([r])
    chunks: list[list[tuple[int, list[str]]]] = [[]]
    for unit in units:
        if len(chunks[-1]) + len(unit) > ROWS_PER_PAGE:
            chunks.append([])
        for r in unit:
            row = table.rows[r]
            if r == table.long_row:
                words = row[1].split(" ")
                half = len(words) // 2
                chunks[-1].append((r, [row[0], " ".join(words[:half]), *row[2:]]))
                chunks.append([(-1, ["", " ".join(words[half:]), "", "", "", ""])])
            else:
                chunks[-1].append((r, row))
    return chunks


def sign_incrementally(path: Path, pki_dir: Path, times: int = 2) -> Path:
    """Add ``times`` incremental signature revisions (pyHanko, the demo PKI's PKCS#12)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    from tthc_desktop.signing.certs import make_demo_pki

    password = b"fixture-pass"
    pki = make_demo_pki(pki_dir, person_name="Nguyễn Văn An", org_name="UBND tỉnh An Giang", password=password)
    for k, ident in zip(range(times), (pki.person, pki.org, pki.person, pki.org), strict=False):
        signer = signers.SimpleSigner.load_pkcs12(str(ident.pkcs12), passphrase=password)
        with path.open("rb") as fh:
            writer = IncrementalPdfFileWriter(fh)
            out = io.BytesIO()
            signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=f"Chuky{k + 1}"), signer=signer,
                             output=out)
        path.write_bytes(out.getvalue())
    return path


def build_plan_docx(path: Path, table: PlanTable | None = None) -> Path:
    """The same heading and table as a Word document (vertical merges as real vMerge cells)."""
    import docx

    table = table or plan_rows()
    document = docx.Document()
    for line in (ISSUER_LINE, f"Số: {SYMBOL}", "An Giang, ngày 14 tháng 4 năm 2025", "", "KẾ HOẠCH",
                 *TITLE_LINES, "", "PHỤ LỤC", ATTACHED):
        document.add_paragraph(line)
    t = document.add_table(rows=1 + len(table.rows), cols=len(HEADER))
    t.style = "Table Grid"  # ruled, as plans are
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header_flag = OxmlElement("w:tblHeader")  # the header row repeats on every page
    header_flag.set(qn("w:val"), "true")
    t.rows[0]._tr.get_or_add_trPr().append(header_flag)
    for c, h in enumerate(HEADER):
        t.cell(0, c).text = h
    covered = {(c, r) for c, r0, r1 in table.spans for r in range(r0 + 1, r1 + 1)}
    for r, row in enumerate(table.rows):
        for c, v in enumerate(row):
            if (c, r) not in covered:
                t.cell(r + 1, c).text = v
    for c, r0, r1 in table.spans:
        t.cell(r0 + 1, c).merge(t.cell(r1 + 1, c))
        t.cell(r0 + 1, c).text = table.rows[r0][c]
    for r, row in enumerate(table.rows):
        if row[0] in ("I", "II"):
            t.cell(r + 1, 1).merge(t.cell(r + 1, len(HEADER) - 1))
            t.cell(r + 1, 1).text = row[1]
    document.save(str(path))
    return path


def build_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A 'scan': every page is one image, no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        img = Image.new("RGB", (600, 850), "white")
        draw = ImageDraw.Draw(img)
        for y in range(100, 800, 40):
            draw.line((60, y, 540, y), fill="black", width=3)
        c.drawImage(ImageReader(io.BytesIO(_png(img))), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return path


def build_encrypted_pdf(path: Path, password: str = "mat-khau-9") -> Path:
    """A plan page protected by a user password (cannot be opened without it)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from tthc_desktop.reports.pdf.fonts import font_name, register_fonts

    register_fonts()
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=password)
    c.setFont(font_name(), 12)
    c.drawString(72, 760, "KẾ HOẠCH số " + SYMBOL)
    c.showPage()
    c.save()
    return path


def build_damaged_pdf(path: Path, source: Path) -> Path:
    """``source`` cut in the middle and its cross-reference damaged."""
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 3] + b"\x00garbage" * 20)
    return path


def build_plan_xlsx(path: Path, table: PlanTable | None = None, *, heading: bool = False,
                    changed: dict[int, str] | None = None) -> Path:
    """The same table as one worksheet (merged cells as Excel merges); optional title rows above it.

    ``changed`` maps a row index to new content (an officer's edit before re-importing the file).
    """
    from openpyxl import Workbook

    table = table or plan_rows()
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    top = 1
    if heading:
        for line in ("PHỤ LỤC", ATTACHED):
            ws.cell(top, 1, line)
            ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=len(HEADER))
            top += 1
    for c, h in enumerate(HEADER, start=1):
        ws.cell(top, c, h)
    covered = {(c, r) for c, r0, r1 in table.spans for r in range(r0 + 1, r1 + 1)}
    for r, row in enumerate(table.rows):
        for c, v in enumerate(row):
            if (c, r) not in covered and v:
                text = (changed or {}).get(r, v) if c == 1 else v
                ws.cell(top + 1 + r, c + 1, int(v) if c == 0 and v.isdigit() else text)
    for c, r0, r1 in table.spans:
        ws.merge_cells(start_row=top + 1 + r0, start_column=c + 1, end_row=top + 1 + r1, end_column=c + 1)
    wb.save(path)
    return path
