"""`tthc-desktop form fill`: the province's own biểu 06 .xlsx filled in place with a period's figures."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services.context import AppContext
from ..services.form_fill import FormFillError, FormFillService, explain_lines
from .common import EXIT_OK, CliError, add_group, add_period_option, finish, print_json


def _match(text: str) -> tuple[str, str]:
    label, sep, field = text.partition("=")
    if not sep or not label.strip() or not field.strip():
        raise argparse.ArgumentTypeError(f"“{text}” không đúng dạng “Nhãn trong biểu=Lĩnh vực trong phần mềm”")
    return label.strip(), field.strip()


def register(subparsers: argparse._SubParsersAction) -> None:
    sub = add_group(subparsers, "form", "điền biểu mẫu Excel của tỉnh (giữ nguyên bố cục của biểu)")
    fill = sub.add_parser("fill", help="điền số liệu biểu 06 của một kỳ vào tệp .xlsx của tỉnh")
    fill.add_argument("template", metavar="TEMPLATE.xlsx", help="biểu mẫu .xlsx của tỉnh")
    add_period_option(fill)
    fill.add_argument("--out", required=True, metavar="OUT.xlsx", help="tệp kết quả")
    fill.add_argument("--explain", action="store_true", help="in từng ô đã điền và lý do")
    fill.add_argument("--match", type=_match, action="append", default=[], metavar="NHÃN=LĨNH VỰC",
                      help="ghép tay một dòng của biểu với một lĩnh vực (biểu 06), số nhiệm vụ hoặc mã TTHC "
                           "(có thể lặp lại)")
    fill.add_argument("--remember", action="store_true", help="lưu cách ghép dòng cho biểu này để dùng kỳ sau")
    finish(fill, _fill)


def _fill(args: argparse.Namespace) -> int:
    template, out = Path(args.template), Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise CliError(f"Tệp kết quả {out.name} phải có đuôi .xlsx.")
    if out.resolve() == template.resolve():
        raise CliError("Tệp kết quả phải khác tệp biểu mẫu gốc (giữ lại biểu gốc để điền kỳ sau).")
    with AppContext.open(getattr(args, "db", None)) as ctx:
        try:
            plan = FormFillService(ctx).fill(template, args.period, out, dict(args.match), remember=args.remember)
        except FormFillError as exc:
            raise CliError(str(exc)) from None
    if args.json:
        print_json({
            "out": str(out), "sheet": plan.form.sheet, "period": str(plan.period),
            "written": [{"cell": w.ref, "value": w.value, "why": w.why} for w in plan.writes],
            "kept_formulas": plan.kept,
            "unmatched": [{"row": u.row.excel_row, "label": u.row.label, "reason": u.reason} for u in plan.unmatched],
            "unused": [{"field": r.field, "level": r.level} for r in plan.unused],
            "unused_tasks": [{"number": t["c1"], "content": t["c2"]} for t in plan.unused_tasks],
            "unused_procedures": [{"code": p["c2"], "name": p["c3"]} for p in plan.unused_procedures],
            "kind": plan.kind,
            "fingerprint": plan.form.fingerprint,
        })
        return EXIT_OK
    print("\n".join(explain_lines(plan, cells=args.explain)))
    print(f"Đã ghi: {out}")
    return EXIT_OK
