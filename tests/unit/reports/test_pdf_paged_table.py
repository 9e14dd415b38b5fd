"""A long appendix table is laid out a page at a time (issue 18, scale: 50,000 tasks took 287 s and 1.5 GB):
no reportlab split of the whole remainder at each page, and only about a page of rows' Paragraphs alive at once."""

from __future__ import annotations

import dataclasses

import pdf_readback as rb
import sample_document as sample
from reportlab.platypus import Table as RLTable

from tthc_desktop.reports.pdf import tables
from tthc_desktop.reports.pdf.renderer import render_pdf


def _long_document(n: int):
    doc = sample.sample_document()
    table = doc.appendices[0].table
    rows, styles = [], {}
    for i in range(n):
        if i % 100 == 0:
            styles[len(rows)] = "section"
            rows.append([f"{i // 100 + 1}", f"NHÓM NHIỆM VỤ {i // 100 + 1}"] + [""] * (len(table.columns) - 2))
        rows.append([str(i + 1), f"Rà soát, đơn giản hóa thủ tục hành chính số {i + 1} " * (1 + i % 4)]
                    + [f"Sở Tư pháp {i % 7}"] * (len(table.columns) - 2))
    appendix = dataclasses.replace(doc.appendices[0], table=dataclasses.replace(table, rows=rows, row_styles=styles))
    return dataclasses.replace(doc, appendices=[appendix])


def test_each_page_gets_exactly_its_rows_and_only_a_page_of_rows_is_alive(tmp_path, monkeypatch):
    def no_split(self, *args, **kwargs):
        raise AssertionError("reportlab split a table: the page tables must fit exactly")

    monkeypatch.setattr(RLTable, "split", no_split)
    pages: list[int] = []
    alive: list[int] = []
    real_page_table = tables._Grid.page_table

    def page_table(self, first, end, *, with_header):
        pages.append(end - first)
        alive.append(len(self.pending))
        return real_page_table(self, first, end, with_header=with_header)

    monkeypatch.setattr(tables._Grid, "page_table", page_table)
    doc = _long_document(600)
    result = render_pdf(doc, tmp_path / "bc.pdf")
    body_rows = len(doc.appendices[0].table.rows)
    assert sum(pages) == body_rows and len(pages) >= 20  # every row once, on many page tables
    assert max(alive) <= max(pages) + 1  # measured-but-unplaced rows: at most one page ahead
    text = rb.flat(rb.text(result.path))
    assert "Rà soát, đơn giản hóa thủ tục hành chính số 600" in text and "NHÓM NHIỆM VỤ 6" in text
    assert result.page_count >= len(pages)
