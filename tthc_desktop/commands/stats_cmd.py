"""`tthc-desktop stats import|show`: biểu 06 case-file figures per reporting period."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.reductions import format_pct
from ..importers.form06_export import import_form06
from ..services.context import AppContext
from ..services.stats_service import StatsService, summarize, summary_json
from .common import EXIT_OK, add_group, add_period_option, finish, print_json, print_saved, read_errors


def register(subparsers: argparse._SubParsersAction) -> None:
    sub = add_group(subparsers, "stats", "số liệu hồ sơ TTHC theo kỳ báo cáo (biểu 06)")
    imp = sub.add_parser("import", help="nhập số liệu biểu 06 từ tệp Excel của hệ thống một cửa")
    imp.add_argument("file", metavar="FILE", help="tệp .xlsx xuất từ hệ thống một cửa (mẫu II.06a)")
    add_period_option(imp)
    imp.add_argument("--level", default="", help="cấp của các dòng không ghi cấp (tỉnh/huyện/xã)")
    finish(imp, _run_import, dry_run="chỉ đọc và kiểm tra, không lưu")
    show = sub.add_parser("show", help="xem số liệu, tổng, tỷ lệ và lỗi kiểm tra của một kỳ")
    add_period_option(show)
    finish(show, _run_show)


def _run_import(args: argparse.Namespace) -> int:
    with read_errors():
        result = import_form06(Path(args.file), args.level)
    stored = None
    if not args.dry_run:
        with AppContext.open(getattr(args, "db", None)) as ctx:
            added, changed, removed = StatsService(ctx).save(args.period, result.rows)
        stored = {"added": added, "changed": changed, "removed": removed}
    summary = summarize(args.period, result.rows)
    if args.json:
        print_json(summary_json(summary) | {"issues": [
            {"row": i.row, "column": i.column, "raw": i.raw, "message": i.message, "severity": i.severity}
            for i in result.issues], "stored": stored})
        return EXIT_OK
    print(f"Tệp: {args.file} — trang tính: {result.sheet} — kỳ: {args.period.label_vi}")
    print(f"Đọc được {len(result.rows)} dòng số liệu.")
    for issue in result.issues:
        label = "Lỗi" if issue.severity == "error" else "Cần kiểm tra"
        print(f"  {label}: dòng {issue.row}" + (f", {issue.column}" if issue.column else "") + f": {issue.message}")
    return print_saved(None if stored is None else [
        f"Đã lưu kỳ {args.period}: thêm {stored['added']}, sửa {stored['changed']}, bỏ {stored['removed']} dòng."])


def _run_show(args: argparse.Namespace) -> int:
    with AppContext.open(getattr(args, "db", None)) as ctx:
        summary = StatsService(ctx).summary(args.period)
    if args.json:
        return print_json(summary_json(summary))
    start, end = summary.period.cutoff()
    print(f"{summary.period.label_vi} (từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}): {len(summary.rows)} dòng")
    for row in summary.rows:
        print(f"  {row.field}\t{row.level}\t" + "\t".join(str(v) for v in row.columns()))
    print("  Tổng cộng\t\t" + "\t".join(str(v) for v in summary.total.columns()))
    r = summary.rates
    on_time = format_pct(r.on_time.value) if r.on_time.value is not None else f"— ({r.on_time.reason})"
    online = format_pct(r.online.value) if r.online.value is not None else f"— ({r.online.reason})"
    print(f"Tỷ lệ đúng hạn: {on_time}; tỷ lệ trực tuyến: {online}; số hồ sơ quá hạn: {r.overdue}")
    for error in summary.errors:
        print(f"  Lỗi kiểm tra: {error.message}")
    return EXIT_OK
