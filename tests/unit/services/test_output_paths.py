"""Issue 18 §2: one check for every output path (check_output), and report builds as one set."""

from __future__ import annotations

import os
from datetime import date

import pytest
import report_fixtures as fx

from tthc_desktop.domain.periods import parse_period
from tthc_desktop.services.backup_service import make_backup
from tthc_desktop.services.output_paths import OutputPathError, check_output
from tthc_desktop.services.report_service import ReportService


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal", ".lock"])
def test_the_database_and_its_companions_are_never_outputs(ctx, suffix, tmp_path_factory):
    target = f"{ctx.db_path}{suffix}"
    for kind in ("pdf", "xlsx", "zip"):
        with pytest.raises(OutputPathError):
            check_output(target, kind, ctx, overwrite=True)
    # The same file through another name: a symlink ending in .pdf.
    link = tmp_path_factory.mktemp("links") / "db-link.pdf"
    link.symlink_to(ctx.db_path)
    with pytest.raises(OutputPathError, match="cơ sở dữ liệu"):
        check_output(link, "pdf", ctx, overwrite=True)


def test_suffix_backup_folder_directories_and_existing_files(ctx, tmp_path):
    with pytest.raises(OutputPathError, match=r"\.pdf"):
        check_output(tmp_path / "ket-qua.txt", "pdf", ctx)
    (tmp_path / "thu-muc.pdf").mkdir()
    with pytest.raises(OutputPathError, match="thư mục"):
        check_output(tmp_path / "thu-muc.pdf", "pdf", ctx)
    backup = make_backup(ctx)
    with pytest.raises(OutputPathError):
        check_output(backup.path, "zip", ctx, overwrite=True)
    with pytest.raises(OutputPathError):
        check_output(backup.path.with_name("khac.pdf"), "pdf", ctx, overwrite=True)
    existing = tmp_path / "co-san.pdf"
    existing.write_bytes(b"%PDF-1.7 old")
    with pytest.raises(OutputPathError, match="--overwrite"):
        check_output(existing, "pdf", ctx)
    assert check_output(existing, "pdf", ctx, overwrite=True) == existing.resolve()
    other_db = tmp_path / "khac.pdf"
    other_db.write_bytes(b"SQLite format 3\x00" + bytes(100))  # any SQLite database, whatever its name
    with pytest.raises(OutputPathError, match="cơ sở dữ liệu"):
        check_output(other_db, "pdf", ctx, overwrite=True)
    assert check_output(tmp_path / "moi.pdf", "pdf", ctx) == (tmp_path / "moi.pdf").resolve()
    with pytest.raises(OutputPathError):
        check_output(existing, "folder", ctx)


def test_report_build_failing_half_way_leaves_nothing(ctx, appendix_text, tmp_path, monkeypatch):
    """A build that fails after the PDF (an .xlsx cannot be written) leaves no PDF without its .xlsx."""
    fx.seed(ctx, appendix_text)
    service = ReportService(ctx)
    draft = service.new_report(parse_period("2025-Q3"), today=date(2025, 9, 16))
    draft.fields |= fx.HEADING | {"number": 5}
    draft.sections |= fx.FREE
    out = tmp_path / "out"
    out.mkdir()
    (out / "ghi-chu.txt").write_text("của người dùng")
    import tthc_desktop.reports.xlsx as xlsx_pkg

    real = xlsx_pkg.write_form_xlsx
    calls = []

    def failing(*a, **kw):
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(*a, **kw)

    monkeypatch.setattr(xlsx_pkg, "write_form_xlsx", failing)
    with pytest.raises(OSError):
        service.build(draft, out)
    assert sorted(os.listdir(out)) == ["ghi-chu.txt"]  # no PDF, no .xlsx, no staging folder
    monkeypatch.setattr(xlsx_pkg, "write_form_xlsx", real)
    first = service.build(draft, out)
    assert first.pdf.is_file() and all(p.is_file() for p in first.xlsx) and len(first.xlsx) >= 2
    with pytest.raises(OutputPathError, match="--overwrite"):
        service.build(draft, out, overwrite=False)
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []
