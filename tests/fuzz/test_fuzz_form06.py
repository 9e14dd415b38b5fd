"""Fuzzing the biểu 06 importer (the one-stop system's export) and the statistics service.

Allowed outcomes: rows with issues, or an :class:`ImportFailure` naming the file; saving imported rows
never fails half-way, and a failed import leaves the database untouched.

Cases (fixed seed ``mutators.SEED``; hypothesis profile "ci", derandomized):
  - 200 mutants of an "II.06a" export → ``import_form06``; the 50 first also through
    ``StatsService.preview_import`` + ``save`` into a database
  - 150 hypothesis sheets (real header, hostile figure cells) → ``parse_form06_table`` + ``save``
  - 1 regression test (a figure too large for the database)
Total: 350 generated cases + 1.
"""

from __future__ import annotations

import mutators as mut
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tthc_desktop.importers.form06_export import import_form06, parse_form06_table
from tthc_desktop.importers.procedure_catalogue import ERROR
from tthc_desktop.importers.table_readers import RawTable
from tthc_desktop.services.stats_service import StatsService

CI = settings.get_profile("ci")
CASES, SERVICE_CASES = 200, 50
MAIN_PARTS = ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")
TOP = ["STT", "Lĩnh vực, công việc giải quyết theo cấp", "Số hồ sơ nhận giải quyết", None, None, None,
       "Số hồ sơ đã giải quyết", None, None, None, "Số hồ sơ đang giải quyết", None, None]
MID = [None, None, "Tổng số", "Trong đó", None, None, "Tổng số", "Trong đó", None, None, "Tổng số", "Trong đó", None]
LOW = [None, None, None, "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước", None, "Trước hạn",
       "Đúng hạn", "Quá hạn", None, "Trong hạn", "Quá hạn"]
NUMBERING = [f"({n})" for n in range(1, 14)]
DATA = [
    [1, "Lĩnh vực Hộ tịch", 160, 70, 80, 10, 140, 20, 110, 10, 20, 16, 4],
    [None, "Cấp xã", 120, 50, 62, 8, 100, 10, 80, 10, 20, 15, 5],
    [None, "Cấp huyện", 40, 20, 18, 2, 40, 10, 30, 0, 0, 0, 0],
    [2, "CHỨNG THỰC", 300, None, 300, None, 300, None, 300, None, None, None, None],
    [3, "Đất đai"],
    [None, "Cấp huyện", 60, 0, 55, 5, 40, 5, 30, 5, 15, 10, 5],
    [4, "Lý lịch tư pháp", 25, 25, 0, 0, 20, 20, "nhiều", 0, 5, 5, 0],
    [None, "Tổng cộng", 520, 70, 435, 15, 480, 35, 420, 15, 35, 25, 10],
]


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "II.06a"
    ws.append(["BIỂU II.06a: TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC"])
    for row in (TOP, MID, LOW, NUMBERING, *DATA):
        ws.append(row)
    for start, width in ((3, 4), (7, 4), (11, 3)):
        ws.merge_cells(start_row=2, start_column=start, end_row=2, end_column=start + width - 1)
        ws.merge_cells(start_row=3, start_column=start + 1, end_row=3, end_column=start + width - 1)
    path = tmp_path_factory.mktemp("form06") / "thong-ke.xlsx"
    wb.save(path)
    assert len(import_form06(path).rows) == 4  # the unmutated export imports (one row has "nhiều")
    return path.read_bytes()



def test_mutated_exports(export, tmp_path):
    problems = mut.mutated_reads(export, tmp_path / "thong-ke.xlsx", lambda p: import_form06(p, "xã"), CASES, 40_000,
                                 MAIN_PARTS)
    assert not problems, "\n".join(problems)


def test_mutated_exports_through_the_service(ctx, export, tmp_path):
    service = StatsService(ctx)
    problems, saved = mut.mutated_stores(export, tmp_path / "thong-ke.xlsx",
                                         lambda p: service.save("2025-Q3", _unique(service.preview_import(p).rows)),
                                         SERVICE_CASES, 40_000, MAIN_PARTS, ctx.db_path)
    assert not problems, "\n".join(problems)
    assert saved > 0


def _unique(rows):
    """The grid asks the officer to merge rows with the same field and level before saving."""
    seen: dict = {}
    for row in rows:
        seen.setdefault(row.key, row)
    return list(seen.values())


_figure = st.one_of(
    st.integers(min_value=0, max_value=10**25).map(str),
    st.sampled_from(["", "-", "1.234", "1,5", "1.2.3", "nhiều", "x", "=1+2", "9" * 40, "0,5", " 12 ", "−3"]),
    st.text(max_size=8),
)
_label = st.one_of(st.sampled_from(["Hộ tịch", "Cấp xã", "Cấp huyện", "Tổng cộng", "Cộng", "I. ĐẤT ĐAI", ""]),
                   st.text(max_size=15))
_rows = st.lists(st.tuples(_label, st.lists(_figure, min_size=11, max_size=11)), max_size=8)


@settings(CI, max_examples=150)
@given(rows=_rows)
def test_any_export_sheet_parses_and_saves_whole(ctx, rows):
    grid = [["" if v is None else str(v) for v in r] for r in (TOP, MID, LOW, NUMBERING)]
    grid += [["", label, *figures] for label, figures in rows]
    result = parse_form06_table(RawTable("II.06a", grid, source="thong-ke.xlsx", location_kind="sheet"))
    assert all(issue.row >= 5 for issue in result.issues)
    StatsService(ctx).save("2025-Q3", _unique(result.rows))  # never raises for imported rows


def test_a_figure_too_large_for_the_database_is_a_row_error(ctx):
    # regression: "99999999999999999999" became an int SQLite cannot hold (OverflowError on save)
    grid = [["" if v is None else str(v) for v in r] for r in (TOP, MID, LOW, NUMBERING)]
    grid.append(["1", "Hộ tịch", "99999999999999999999"] + ["0"] * 10)
    result = parse_form06_table(RawTable("II.06a", grid, source="thong-ke.xlsx", location_kind="sheet"))
    assert result.rows == []
    assert [(i.severity, i.column) for i in result.issues] == [(ERROR, "Cột 3")]
    StatsService(ctx).save("2025-Q3", result.rows)
