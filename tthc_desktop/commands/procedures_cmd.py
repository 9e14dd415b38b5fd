"""`tthc-desktop procedures import|list|cuts`: the unit's TTHC catalogue and its NQ 66 cuts from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.reductions import format_pct, meets_label
from ..services.context import AppContext
from ..services.procedures_service import (
    CataloguePreview,
    ProceduresService,
    cuts_json,
    issue_json,
    preview_catalogue,
    procedure_json,
)
from .common import EXIT_OK, add_group, finish, print_json, print_saved, read_errors


def register(subparsers: argparse._SubParsersAction) -> None:
    sub = add_group(subparsers, "procedures", "danh mục TTHC của đơn vị và tỷ lệ cắt giảm (Nghị quyết 66)")
    imp = sub.add_parser("import", help="nhập danh mục TTHC từ tệp .xlsx (nhập lại thì cập nhật theo mã TTHC)")
    imp.add_argument("file", metavar="FILE", help="tệp danh mục TTHC (.xlsx)")
    finish(imp, _run_import, dry_run="chỉ đọc và báo lỗi từng dòng, không lưu")
    lst = sub.add_parser("list", help="liệt kê danh mục TTHC đã lưu")
    finish(lst, _run_list)
    cuts = sub.add_parser("cuts", help="tỷ lệ cắt giảm thời gian, chi phí so với năm 2024 và chỉ tiêu của năm")
    cuts.add_argument("--year", type=int, default=2025, metavar="NĂM", help="năm so chỉ tiêu (mặc định 2025)")
    finish(cuts, _run_cuts)


def _preview_json(preview: CataloguePreview, stored: dict | None) -> dict:
    return {
        "file": str(preview.source),
        "sheets": list(preview.sheets),
        "procedures": [procedure_json(p) for p in preview.procedures],
        "issues": [issue_json(i) for i in preview.issues],
        "stored": stored,
    }


def _run_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with read_errors():  # the file is read before the database is opened: a bad file never touches it
        preview = preview_catalogue(path)
    stored = None
    if not args.dry_run:
        with AppContext.open(getattr(args, "db", None)) as ctx:
            outcome = ProceduresService(ctx).store(preview)
        stored = {"created": outcome.created, "updated": outcome.updated, "unchanged": outcome.unchanged,
                  "kept": outcome.kept}
    if args.json:
        return print_json(_preview_json(preview, stored))
    print(f"Tệp: {path} — trang tính: {', '.join(preview.sheets)}")
    print(f"Đọc được {len(preview.procedures)} thủ tục; {len(preview.errors)} dòng lỗi không nhập, "
          f"{len(preview.warnings)} ô cần kiểm tra.")
    for issue in preview.issues:
        label = "Lỗi" if issue.severity == "error" else "Cần kiểm tra"
        print(f"  {label}: dòng {issue.row}" + (f", cột “{issue.column}”" if issue.column else "")
              + (f" (“{issue.raw}”)" if issue.raw else "") + f": {issue.message}")
    if stored is None:
        return print_saved(None)
    saved = [f"Đã lưu: thêm {stored['created']}, cập nhật {stored['updated']}, giữ nguyên {stored['unchanged']}."]
    if stored["kept"]:
        saved.append(f"  Có trong cơ sở dữ liệu nhưng không có trong tệp (được giữ lại): {', '.join(stored['kept'])}")
    return print_saved(saved)


def _run_list(args: argparse.Namespace) -> int:
    with AppContext.open(getattr(args, "db", None)) as ctx:
        procedures = ProceduresService(ctx).list()
    if args.json:
        return print_json([procedure_json(p) for p in procedures])
    for p in procedures:
        print(f"{p.code}\t{p.field}\t{p.name}")
    print(f"Tổng số: {len(procedures)} thủ tục.")
    return EXIT_OK


def _run_cuts(args: argparse.Namespace) -> int:
    with AppContext.open(getattr(args, "db", None)) as ctx:
        report = ProceduresService(ctx).cuts(args.year)
    if args.json:
        return print_json(cuts_json(report))
    target = format_pct(report.target) if report.target is not None else "không có (năm gốc)"
    print(f"Năm {report.year} — chỉ tiêu cắt giảm: {target}")
    for name, pair in (("Tổng đơn giản", report.simple), ("Tổng theo số hồ sơ", report.weighted)):
        time = format_pct(pair.time.value) if pair.time.value is not None else f"— ({pair.time.reason})"
        cost = format_pct(pair.cost.value) if pair.cost.value is not None else f"— ({pair.cost.reason})"
        print(f"  {name}: thời gian {time}; chi phí {cost}")
    for p, a in zip(report.procedures, report.assessments, strict=True):
        print(f"{p.code}\tthời gian {format_pct(a.time.value)}\tchi phí {format_pct(a.cost.value)}"
              f"\t{meets_label(a.meets_target)}")
    if report.shortfalls:
        print("Thủ tục chưa đạt chỉ tiêu:")
        for s in report.shortfalls:
            print(f"  {s.code} {s.name}: {s.message}")
    return EXIT_OK
