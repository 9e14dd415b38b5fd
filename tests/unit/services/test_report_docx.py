"""The report as .docx (#20 §2): python-docx opens it, its body paragraphs read as the PDF's body text,
its page and fonts follow Nghị định 30, LibreOffice converts it, and `report build --docx` writes it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import docx
import pytest
import report_fixtures as fx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from tthc_desktop.domain.periods import parse_period
from tthc_desktop.reports.outline import OutlineNode
from tthc_desktop.services.context import AppContext
from tthc_desktop.services.outline_service import outline_of_draft, set_outline
from tthc_desktop.services.report_service import ReportService

Q3 = parse_period("2025-Q3")


@pytest.fixture
def service(ctx, appendix_text) -> ReportService:
    fx.seed(ctx, appendix_text)
    return ReportService(ctx)


def _filled(service):
    draft = service.new_report(Q3, today=date(2025, 9, 16))
    draft.fields |= fx.HEADING | {"number": 5}
    draft.sections |= fx.FREE
    return draft


def _words(text: str) -> str:
    return " ".join(text.split())


def _pdf_body(pdf: Path, summary: str) -> str:
    """The PDF's body: after the trích yếu, before "Nơi nhận:", without the page numbers."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line for line in text.splitlines() if not re.fullmatch(r"\s*\d+\s*", line)]
    flat = _words("\n".join(lines))
    start = flat.index(_words(summary)[-20:]) + 20
    return flat[start:flat.index("Nơi nhận:")].strip()


def _docx_body(path: Path, summary: str) -> tuple[list, str]:
    paragraphs = [p for p in docx.Document(str(path)).paragraphs if p.text.strip()]
    texts = [p.text for p in paragraphs]
    start = texts.index(summary) + 1
    end = next(i for i, t in enumerate(texts) if t.startswith("PHỤ LỤC"))
    return paragraphs[start:end], _words(" ".join(texts[start:end]))


@pytest.mark.parametrize("edited", [False, True])
def test_docx_body_reads_as_the_pdf(service, tmp_path, edited):
    draft = _filled(service)
    if edited:  # an edited outline too: nested sub-section, renamed heading
        nodes = outline_of_draft(draft)
        nodes[0].title = "I. TIẾN ĐỘ KẾ HOẠCH"
        nodes[-1].children.append(OutlineNode("a) Nhiệm vụ theo tình trạng", "tasks_by_status"))
        set_outline(service, draft, nodes)
    result = service.build(draft, tmp_path / "out", xlsx=False)
    path = service.build_docx(draft, tmp_path / "bao_cao.docx")
    summary = draft.fields["summary"]
    paragraphs, body = _docx_body(path, summary)
    assert body == _pdf_body(result.pdf, summary)
    assert ("I. TIẾN ĐỘ KẾ HOẠCH" in body) is edited
    # Body paragraphs: justified, first-line indent, Times New Roman 14 from the Normal style.
    assert all(p.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY for p in paragraphs)
    assert all(abs(p.paragraph_format.first_line_indent - Mm(12.7)) < Mm(0.1) for p in paragraphs)
    document = docx.Document(str(path))
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size.pt == 14
    page = document.sections[0]
    assert [round(x.mm) for x in (page.page_width, page.page_height, page.top_margin, page.bottom_margin,
                                  page.left_margin, page.right_margin)] == [210, 297, 20, 20, 30, 15]
    heading = document.tables[0]
    assert heading.cell(0, 1).paragraphs[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert heading.cell(1, 0).paragraphs[0].text == "Số: 05/BC-VP"
    closing = document.tables[1]
    assert closing.cell(0, 0).paragraphs[0].text == "Nơi nhận:"
    assert closing.cell(0, 1).paragraphs[-1].text == fx.HEADING["signer_name"]
    assert len(document.tables) == 2 + 3  # heading, closing, three appendix tables


def test_libreoffice_converts_the_docx(service, tmp_path):
    path = service.build_docx(_filled(service), tmp_path / "bao_cao.docx")
    profile = (tmp_path / "lo_profile").as_uri()
    run = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                          "--outdir", str(tmp_path / "lo"), str(path)], capture_output=True, text=True, timeout=240)
    pdf = tmp_path / "lo" / "bao_cao.pdf"
    assert run.returncode == 0 and pdf.exists(), run.stderr
    text = _words(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    assert "BÁO CÁO" in text and "Nơi nhận:" in text and "PHỤ LỤC III" in text


def test_docx_refuses_an_incomplete_heading_and_leaves_nothing(service, tmp_path):
    draft = service.new_report(Q3, today=date(2025, 9, 16))
    (tmp_path / "out").mkdir()
    with pytest.raises(ValueError, match="chưa đủ thông tin"):
        service.build_docx(draft, tmp_path / "out" / "x.docx")
    assert list((tmp_path / "out").iterdir()) == []


def test_cli_report_build_docx(db_path, appendix_text, tmp_path):
    with AppContext.open(db_path) as ctx:  # closed before the command opens the database
        fx.seed(ctx, appendix_text)
        service = ReportService(ctx)
        draft = service.open_or_create(Q3, today=date(2025, 9, 16))
        draft.fields |= fx.HEADING | {"number": 5}
        service.save(draft)
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "ignore"}
    args = [sys.executable, "-m", "tthc_desktop", "report", "build", "--kind", "quarterly", "--period", "2025-Q3",
            "--out", str(tmp_path / "out"), "--no-xlsx", "--docx", "--json", "--db", str(db_path)]
    run = subprocess.run(args, env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr
    written = Path(json.loads(run.stdout)["docx"])
    assert written == tmp_path / "out" / "bao_cao_kstt_2025-Q3.docx"
    assert "Số: 05/BC-VP" in docx.Document(str(written)).tables[0].cell(1, 0).paragraphs[0].text
    again = subprocess.run(args, env=env, capture_output=True, text=True, timeout=240)
    assert again.returncode != 0 and "--overwrite" in again.stderr
