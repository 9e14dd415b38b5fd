"""Tiny hostile documents must fail fast, not exhaust memory (issue 18, point 7).

Each bomb is read in a subprocess under ``resource.setrlimit(RLIMIT_AS)`` (and a CPU limit), so a regression
fails with a MemoryError/kill instead of swapping the machine; the child prints the Vietnamese message.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import zipfile
from pathlib import Path

import pytest

from tthc_desktop.importers.errors import ImportFailure
from tthc_desktop.importers.plan_source import open_plan_source

REPO = Path(__file__).resolve().parents[3]
LIMIT_MB = 1024  # the app and its libraries need ~300 MB of address space; the bombs asked for GBs

CHILD = textwrap.dedent("""
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    resource.setrlimit(resource.RLIMIT_CPU, (60, 60))
    from tthc_desktop.importers.errors import ImportFailure
    from tthc_desktop.importers.plan_source import open_plan_source
    try:
        open_plan_source(sys.argv[1])
    except ImportFailure as exc:
        print("REFUSED:", exc)
        sys.exit(0)
    print("READ")
""")


def _read_limited(path: Path) -> subprocess.CompletedProcess:
    code = CHILD.format(limit=LIMIT_MB * 1024 * 1024)
    env = os.environ | {"PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120,
                          env=env)


def _docx_with(path: Path, cell_xml: str) -> Path:
    """A minimal .docx whose one table cell carries ``cell_xml`` properties (built as raw XML, ~1 KB)."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = (f'<w:document {ns}><w:body><w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>'
            f'<w:tr>{cell_xml}<w:tc><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
            '<w:sectPr/></w:body></w:document>')
    types = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", types)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document.xml", body)
    return path


@pytest.mark.parametrize("cell", [
    '<w:tc><w:tcPr><w:gridSpan w:val="10000000"/></w:tcPr><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc>',
    '<w:tc><w:tcPr><w:gridSpan w:val="2000000000"/></w:tcPr><w:p/></w:tc>',
])
def test_docx_grid_span_bomb_fails_fast(cell, tmp_path):
    path = _docx_with(tmp_path / "bom.docx", cell)
    assert path.stat().st_size < 40_000
    result = _read_limited(path)
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.startswith("REFUSED: Tệp bom.docx, bảng 1: bảng có một dòng rộng"), result.stdout


def test_docx_grid_before_bomb_fails_fast(tmp_path):
    path = _docx_with(tmp_path / "bom.docx", "").read_bytes()
    target = tmp_path / "lui.docx"
    with zipfile.ZipFile(tmp_path / "bom.docx") as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:tr>", b'<w:tr><w:trPr><w:gridBefore w:val="50000000"/></w:trPr>')
            dst.writestr(info, data)
    assert path
    result = _read_limited(target)
    assert result.returncode == 0, result.stderr[-800:]
    assert "lùi 50000000 cột" in result.stdout


def test_text_line_of_millions_of_cells_is_refused(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"STT\tN\xe1\xbb\x99i dung\n" + b"a\t" * 4_000_000 + b"\n")
    result = _read_limited(path)
    assert result.returncode == 0, result.stderr[-800:]
    assert "dòng 2" in result.stdout and "hơn 500 cột" in result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes (Windows has none to name .docx)")
def test_fifo_named_docx_is_refused_at_once(tmp_path):
    fifo = tmp_path / "ke-hoach.docx"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []
    worker = threading.Thread(target=lambda: outcome.append(_try_open(fifo)), daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the reader so the test process can end, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("opening a FIFO named .docx blocked")
    assert isinstance(outcome[0], ImportFailure) and "không phải tệp dữ liệu thông thường" in str(outcome[0])


def _try_open(path: Path) -> BaseException | None:
    try:
        open_plan_source(path)
    except BaseException as exc:
        return exc
    return None


def test_symlink_to_dev_zero_named_txt_is_refused(tmp_path):
    link = tmp_path / "ke-hoach.txt"
    link.symlink_to("/dev/zero")
    result = _read_limited(link)
    assert result.returncode == 0, result.stderr[-800:]
    assert "không phải tệp dữ liệu thông thường" in result.stdout


def test_pdf_page_count_cap(tmp_path, monkeypatch):
    """A PDF of more pages than the cap is refused before any page is read."""
    import fixtures_pdf_plans as fx

    from tthc_desktop.importers import pdf_tables

    path = fx.build_scanned_pdf(tmp_path / "nhieu-trang.pdf", pages=4)
    monkeypatch.setattr(pdf_tables, "MAX_PDF_PAGES", 3)
    with pytest.raises(ImportFailure, match="quá nhiều trang"):
        open_plan_source(path)
