"""Fuzzing the plan importers (.docx, .xlsx) and the plan import service with mutated real files.

The only allowed outcomes are a result or an :class:`ImportFailure` naming the file; a failed
import through the service leaves the database untouched (row counts and audit log identical).

Cases (fixed seed ``mutators.SEED``):
  - 400 mutants of the Tiền Giang plan .docx → ``read_plan_file`` (and ``list_candidate_tables`` for 100)
  - 400 mutants of the Tiền Giang plan .xlsx → the same
  - 120 mutants (60 .docx + 60 .xlsx) through ``build_preview`` + ``import_plan`` into a database
  - 8 fixed hostile files (regressions): zip bombs, a cell at XFD1048576, a sheet too wide, billion
    laughs in .xlsx and .docx, deep nesting, a huge Word document part
Total: 920 mutated files + 8 hostile files.
"""

from __future__ import annotations

import random
import traceback
import zipfile
from datetime import date
from pathlib import Path

import mutators as mut
import pytest

from tthc_desktop.importers.errors import ImportFailure
from tthc_desktop.importers.plan_file import table_for_import
from tthc_desktop.importers.plan_source import (
    choose_table,
    list_candidate_tables,
    open_plan_source,
    read_plan_file,
)
from tthc_desktop.importers.table_readers import read_docx_tables, read_xlsx_sheets
from tthc_desktop.services.plan_import import PlanDetails, build_preview, guess_plan_year, import_plan

DOCX_CASES, XLSX_CASES, SERVICE_CASES = 400, 400, 60
MAIN_PARTS = {"docx": ("word/document.xml",), "xlsx": ("xl/worksheets/sheet1.xml", "xl/workbook.xml")}


def _outcome(path: Path, call) -> str | None:
    """None when ``call(path)`` succeeds or raises a proper ImportFailure, else a description."""
    try:
        call(path)
    except ImportFailure as exc:
        return mut.check_failure(exc, path)
    except Exception as exc:  # the bug the fuzzer is looking for
        return "".join(traceback.format_exception_only(exc)).strip()[:300]
    return None


def _fuzz_reader(kind: str, cases: int, original: bytes, tmp_path: Path, offset: int) -> list[str]:
    problems: list[str] = []
    path = tmp_path / f"ke-hoach.{kind}"
    for case in range(cases):
        rng = random.Random(mut.SEED + offset + case)
        what, data = mut.mutate_office_file(original, rng, MAIN_PARTS[kind])
        path.write_bytes(data)
        # the wizard's chooser reads the file again: every 4th case (the reading is the same)
        for call in (read_plan_file, list_candidate_tables)[: 2 if case % 4 == 0 else 1]:
            problem = _outcome(path, call)
            if problem:
                problems.append(f"case {offset + case} {what} {call.__name__}: {problem}")
                break
    return problems


def test_mutated_docx_plans(plan_files, tmp_path):
    problems = _fuzz_reader("docx", DOCX_CASES, plan_files["docx"], tmp_path, 0)
    assert not problems, "\n".join(problems)


def test_mutated_xlsx_plans(plan_files, tmp_path):
    problems = _fuzz_reader("xlsx", XLSX_CASES, plan_files["xlsx"], tmp_path, 10_000)
    assert not problems, "\n".join(problems)


def _import_through_service(ctx, path: Path) -> None:
    """What the CLI and the wizard do: read, choose the task table, preview, store in one transaction."""
    source = open_plan_source(path)
    raw = table_for_import(source.tables, choose_table(source))
    year = guess_plan_year(raw, date.today().year)
    try:
        preview = build_preview(path, raw, plan_year=year, unit=ctx.units.own_unit())
    except ImportFailure as exc:
        raise exc if exc.file else exc.with_file(path) from None
    import_plan(ctx, preview, PlanDetails(title=path.stem, year=year))


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_mutated_plans_through_the_service_never_write_half(kind, ctx, plan_files, tmp_path):
    problems: list[str] = []
    path = tmp_path / f"ke-hoach.{kind}"
    imported = 0
    for case in range(SERVICE_CASES):
        rng = random.Random(mut.SEED + 20_000 + case)
        what, data = mut.mutate_office_file(plan_files[kind], rng, MAIN_PARTS[kind])
        path.write_bytes(data)
        before = mut.db_state(ctx.db_path)
        try:
            _import_through_service(ctx, path)
            imported += 1
            continue
        except ImportFailure as exc:
            problem = mut.check_failure(exc, path)
        except Exception as exc:
            problem = "".join(traceback.format_exception_only(exc)).strip()[:300]
        if mut.db_state(ctx.db_path) != before:
            problem = (problem or "") + " AND the database changed (partial write)"
        if problem:
            problems.append(f"case {20_000 + case} {what}: {problem}")
    assert not problems, "\n".join(problems)
    assert imported > 0  # the fuzzer also reaches the store, not only the readers


# ---------------------------------------------------------------- fixed hostile files (regressions)


def _fails(path: Path, reader, *fragments: str) -> ImportFailure:
    with pytest.raises(ImportFailure) as info:
        reader(path)
    assert mut.check_failure(info.value, path) is None, str(info.value)
    for fragment in fragments:
        assert fragment in str(info.value)
    return info.value


def _ratio_bomb(path: Path, member: str, megabytes: int = 4) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr(member, b"<" + b" " * (megabytes << 20) + b"/>")
    return path


@pytest.mark.parametrize(("name", "member", "reader"), [
    ("bom.docx", "word/document.xml", read_docx_tables),
    ("bom.xlsx", "xl/worksheets/sheet1.xml", read_xlsx_sheets),
])
def test_zip_bomb_refused_by_every_office_reader(tmp_path, name, member, reader):
    _fails(_ratio_bomb(tmp_path / name, member), reader, "zip bomb")


def _sheet(path: Path, sheet_xml: bytes) -> Path:
    """The Tiền Giang .xlsx with its first worksheet replaced."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["x"])
    wb.save(path)
    members = [(n, sheet_xml if n == "xl/worksheets/sheet1.xml" else c) for n, c in mut.zip_members(path.read_bytes())]
    path.write_bytes(mut.build_zip(members))
    return path


_SHEET_HEAD = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
               b'spreadsheetml/2006/main"><sheetData>')


def test_a_cell_in_the_far_corner_is_refused_quickly(tmp_path):
    # regression: a 2 KB file with cells at A1 and XFD1048576 made the reader build 17 billion cells
    xml = (_SHEET_HEAD + b'<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>'
           b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>b</t></is></c></row></sheetData></worksheet>')
    _fails(_sheet(tmp_path / "goc-xa.xlsx", xml), read_xlsx_sheets, "quá lớn")


def test_a_sheet_too_wide_is_refused(tmp_path):
    xml = (_SHEET_HEAD + b'<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c>'
           b'<c r="ZZ1" t="inlineStr"><is><t>b</t></is></c></row></sheetData></worksheet>')
    _fails(_sheet(tmp_path / "rong.xlsx", xml), read_xlsx_sheets, "quá lớn")


def test_billion_laughs_in_a_worksheet(tmp_path, plan_files):
    rng = random.Random(1)
    members = mut.zip_members(plan_files["xlsx"])
    members = [(n, mut.xml_entity_bomb(c, rng) if n == "xl/worksheets/sheet1.xml" else c) for n, c in members]
    path = tmp_path / "cuoi.xlsx"
    path.write_bytes(mut.build_zip(members))
    _fails(path, read_xlsx_sheets)


def test_billion_laughs_and_deep_nesting_in_a_word_document(tmp_path, plan_files):
    for i, mutator in enumerate((mut.xml_entity_bomb, mut.xml_deep_nesting)):
        rng = random.Random(i)
        members = [(n, mutator(c, rng) if n == "word/document.xml" else c)
                   for n, c in mut.zip_members(plan_files["docx"])]
        path = tmp_path / f"sau-{i}.docx"
        path.write_bytes(mut.build_zip(members))
        try:
            read_docx_tables(path)
        except ImportFailure as exc:
            assert mut.check_failure(exc, path) is None


def test_a_huge_word_document_part_is_refused_before_parsing(tmp_path, monkeypatch):
    from tthc_desktop.importers import table_readers

    monkeypatch.setattr(table_readers, "MAX_DOCX_XML", 1000)
    path = tmp_path / "lon.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w/>" * 1000)
    _fails(path, read_docx_tables, "quá lớn")
