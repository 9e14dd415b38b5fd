"""Fuzzing the procedure catalogue importer and the procedures service (danh mục TTHC).

Allowed outcomes: a preview (with row issues) or an :class:`ImportFailure` naming the file; storing a
preview never fails half-way, and a failed import leaves the database untouched.

Cases (fixed seed ``mutators.SEED``; hypothesis profile "ci", derandomized):
  - 300 mutants of the realistic catalogue workbook → ``import_catalogue``; the 60 first also through
    ``ProceduresService.preview`` + ``store`` into a database
  - 200 hypothesis tables (header + hostile rows) → ``parse_catalogue_table``
  - 60 hypothesis tables → ``preview_table`` + ``ProceduresService.store``
  - 2 regression tests (an amount too large for the database; a zip bomb)
Total: 560 generated cases + 2.
"""

from __future__ import annotations

import fixtures_catalogue as fx
import mutators as mut
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tthc_desktop.importers.errors import ImportFailure
from tthc_desktop.importers.procedure_catalogue import ERROR, import_catalogue, parse_catalogue_table
from tthc_desktop.importers.table_readers import RawTable
from tthc_desktop.services.procedures_service import ProceduresService, preview_table

CI = settings.get_profile("ci")
CASES, SERVICE_CASES = 300, 60
MAIN_PARTS = ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml")


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("catalogue") / "danh-muc.xlsx"
    fx.build_catalogue(path)
    return path.read_bytes()



def test_mutated_catalogues(catalogue, tmp_path):
    problems = mut.mutated_reads(catalogue, tmp_path / "danh-muc.xlsx", import_catalogue, CASES, 30_000, MAIN_PARTS)
    assert not problems, "\n".join(problems)


def test_mutated_catalogues_through_the_service(ctx, catalogue, tmp_path):
    service = ProceduresService(ctx)
    problems, stored = mut.mutated_stores(catalogue, tmp_path / "danh-muc.xlsx",
                                          lambda p: service.store(service.preview(p)), SERVICE_CASES, 30_000,
                                          MAIN_PARTS, ctx.db_path)
    assert not problems, "\n".join(problems)
    assert stored > 0


HEADER = ["STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện", "Thời gian giải quyết năm 2024",
          "Thời gian giải quyết hiện tại", "Chi phí tuân thủ năm 2024", "Chi phí tuân thủ hiện tại",
          "Mức độ DVC trực tuyến", "Phi địa giới", "Một cửa", "Số hồ sơ/năm"]
_figures = st.one_of(
    st.sampled_from(["15 ngày làm việc", "1.500.000 đồng", "Không quy định", "½ ngày", "10-15 ngày", "x", "-",
                     "1,5 triệu", "999999999999999999999 tỷ", "9.999.999.999.999.999.999", "1e999", "NaN",
                     "Infinity", "0,0000001", "-5", "Toàn trình", "Cấp tỉnh, cấp huyện", "=1+1", "1/2 ngày"]),
    st.integers(min_value=-10**30, max_value=10**30).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.text(max_size=30),
)
_codes = st.one_of(st.sampled_from(["1.001766", "1.0017", "2.000001", "", " ", "1.001766 "]), st.text(max_size=12))
_rows = st.lists(st.tuples(_codes, st.text(max_size=20), st.lists(_figures, min_size=10, max_size=10)),
                 max_size=8)


def _table(rows) -> RawTable:
    grid = [HEADER] + [[str(i), code, name, *figures] for i, (code, name, figures) in enumerate(rows, 1)]
    return RawTable("Danh mục", grid, source="danh-muc.xlsx", location_kind="sheet")


@settings(CI, max_examples=200)
@given(rows=_rows)
def test_any_catalogue_table_parses_into_procedures_and_row_issues(rows):
    result = parse_catalogue_table(_table(rows))
    assert all(issue.row >= 2 and issue.message for issue in result.row_errors)
    assert len({p.code for p in result.procedures}) == len(result.procedures)


@settings(CI, max_examples=60)
@given(rows=_rows)
def test_any_catalogue_table_is_stored_whole(ctx, rows):
    table = _table(rows)
    service = ProceduresService(ctx)
    preview = preview_table("danh-muc.xlsx", table)
    service.store(preview)  # must never raise: unclear figures are issues, not exceptions
    for p in preview.procedures:
        assert service.get(p.code) == p


def test_an_amount_too_large_for_the_database_is_a_row_issue(ctx):
    # regression: "999999999999999999999 tỷ" parsed to an int SQLite cannot hold (OverflowError on store)
    grid = [HEADER, ["1", "1.000001", "Thủ tục A", "Hộ tịch", "Cấp tỉnh", "10 ngày", "5 ngày",
                     "999999999999999999999 tỷ", "10.000.000.000.000.000.000.000", "", "", "", "99999999999999999999"]]
    table = RawTable("Danh mục", grid, source="danh-muc.xlsx", location_kind="sheet")
    preview = preview_table("danh-muc.xlsx", table)
    assert [p.code for p in preview.procedures] == ["1.000001"]
    p = preview.procedures[0]
    assert p.baseline_cost is None and p.current_cost is None and p.yearly_volume is None
    assert sum("quá lớn" in i.message for i in preview.issues) == 3
    assert not [i for i in preview.issues if i.severity == ERROR]
    ProceduresService(ctx).store(preview)


def test_zip_bomb_catalogue_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (4 << 20) + b"/>")
    with pytest.raises(ImportFailure, match="zip bomb"):
        import_catalogue(path)
