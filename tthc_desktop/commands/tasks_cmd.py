"""`tthc-desktop tasks`: the task list from the command line, with the same filters and folded search as the
Nhiệm vụ page; an aligned table, JSON (import-plan's fields plus status, next_due, id) or an .xlsx export."""

from __future__ import annotations

import argparse
import unicodedata
from datetime import date
from typing import Any

from ..domain.status import Status
from ..domain.text_fold import fold
from ..importers.agencies import split_agencies
from ..services.context import AppContext
from ..services.output_paths import check_output
from ..services.task_export import export_tasks_xlsx
from ..store.os_errors import os_error_vi
from ..store.task_query import TaskFilter, fetch_all
from .common import EXIT_OK, CliError, add_db_option, parse_date_arg, print_json

ROLES = {"lead": ("lead",), "coordinating": ("coordinating",), "all": ()}
# Folded Vietnamese words accepted for --status besides the enum values.
STATUS_ALIASES = {
    "qua-han": Status.OVERDUE, "tre-han": Status.OVERDUE,
    "hoan-thanh": Status.DONE_ON_TIME, "dung-han": Status.DONE_ON_TIME, "hoan-thanh-dung-han": Status.DONE_ON_TIME,
    "hoan-thanh-tre-han": Status.DONE_LATE, "xong-tre": Status.DONE_LATE,
    "dang-thuc-hien": Status.IN_PROGRESS, "chua-den-han": Status.NOT_DUE,
    "thuong-xuyen": Status.CONTINUOUS, "can-dat-han": Status.NEEDS_DATE,
}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("tasks", help="liệt kê, lọc, tìm và xuất danh sách nhiệm vụ")
    add_db_option(p)
    p.add_argument("--search", default="", metavar="Q", help='tìm không dấu, ví dụ "dia gioi"')
    p.add_argument("--status", action="append", type=parse_status, metavar="S",
                   help="trạng thái (overdue, done_on_time, … hoặc qua-han, can-dat-han, …); lặp lại được")
    p.add_argument("--role", choices=tuple(ROLES), default="all", help="vai trò của đơn vị (mặc định: all)")
    p.add_argument("--due-within", type=_non_negative, metavar="N", help="đến hạn trong N ngày tới")
    p.add_argument("--plan", type=int, metavar="ID", help="mã kế hoạch")
    p.add_argument("--year", type=int, metavar="Y", help="năm của kế hoạch")
    p.add_argument("--overdue", action="store_true", help="chỉ nhiệm vụ quá hạn")
    p.add_argument("--needs-date", action="store_true", help="chỉ nhiệm vụ cần đặt hạn")
    p.add_argument("--removed", choices=("exclude", "only", "include"), default="exclude",
                   help="nhiệm vụ không còn trong kế hoạch mới (sau khi nhập lại): exclude (mặc định, không tính), "
                        "only (chỉ các nhiệm vụ đó) hoặc include")
    p.add_argument("--today", type=parse_date_arg, metavar="dd/mm/yyyy", help="tính trạng thái như vào ngày này")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="in dạng JSON")
    out.add_argument("--export", metavar="FILE.xlsx", help="xuất danh sách ra tệp Excel")
    p.add_argument("--overwrite", action="store_true", help="cho phép ghi đè tệp --export đã có")
    p.add_argument("--conflicts", action="store_true",
                   help="các nhiệm vụ đã có tiến độ mà nội dung đổi khi nhập lại kế hoạch (chờ cán bộ quyết định)")
    p.add_argument("--resolve", nargs=2, metavar=("ID", "accept|keep"),
                   help="quyết định một xung đột: accept (nhận nội dung mới) hoặc keep (giữ nội dung cũ)")
    p.set_defaults(handler=_run)


def _conflicts(args: argparse.Namespace, ctx) -> int:
    """List or resolve re-import conflicts (services/task_matching.py)."""
    from ..services.task_matching import resolve_conflict
    from ..store.task_marks import TaskMarksRepository

    marks = TaskMarksRepository(ctx.writer)
    if args.resolve:
        ident, choice = args.resolve
        open_ids = {c.id for c in marks.conflicts(args.plan)}
        if not ident.isdigit() or int(ident) not in open_ids or choice not in ("accept", "keep"):
            raise CliError(f"không có xung đột đang chờ mã {ident}, hoặc lựa chọn “{choice}” không phải accept/keep")
        resolve_conflict(ctx, int(ident), accept=choice == "accept")
        print(f"Đã {'nhận nội dung mới' if choice == 'accept' else 'giữ nội dung cũ'} cho xung đột {ident}.")
        return EXIT_OK
    rows = marks.conflicts(args.plan)
    if args.json:
        print_json([{"id": c.id, "task_id": c.task_id, "plan_id": c.plan_id, "found_on": c.found_on,
                     "number": c.new_number, "old_content": c.old_content, "new_content": c.new_content} for c in rows])
        return EXIT_OK
    if not rows:
        print("Không có xung đột nào đang chờ.")
    for c in rows:
        print(f"[{c.id}] {c.new_number} (phát hiện {c.found_on})\n  Nội dung đang lưu: {c.old_content}\n"
              f"  Nội dung trong tệp mới: {c.new_content}")
    return EXIT_OK


def parse_status(text: str) -> Status:
    value = text.strip().lower()
    if value in {s.value for s in Status}:
        return Status(value)
    key = "-".join(fold(value).replace("_", " ").split())
    if key in STATUS_ALIASES:
        return STATUS_ALIASES[key]
    by_label = {"-".join(fold(s.label_vi).replace(",", " ").split()): s for s in Status}
    if key in by_label:
        return by_label[key]
    choices = ", ".join(s.value for s in Status)
    raise argparse.ArgumentTypeError(f"trạng thái không hợp lệ: {text!r} (chọn một trong: {choices})")


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"số ngày không hợp lệ: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"số ngày phải từ 0 trở lên: {text!r}")
    return value


def build_filter(args: argparse.Namespace) -> TaskFilter:
    return TaskFilter(
        plan_id=args.plan, roles=ROLES[args.role], statuses=tuple(dict.fromkeys(args.status or ())),
        due_within_days=args.due_within, overdue_only=args.overdue, needs_date_only=args.needs_date,
        year=args.year, search=args.search, today=args.today or date.today(), sort="number",
        removed=getattr(args, "removed", "exclude"),
    )


def task_json(row: dict[str, Any], due_dates: list[str], parent: str | None) -> dict[str, Any]:
    return {
        "id": row["id"],
        "number": row["number"],
        "content": row["content"],
        "lead": row["lead_text"] or "",
        "coordinating": split_agencies(row["coordinating_text"] or ""),
        "deadline_text": row["deadline_text"] or "",
        "due_dates": due_dates,
        "continuous": bool(row["is_continuous"]),
        "needs_date": bool(row["needs_date"]),
        "parent": parent,
        "is_group": bool(row["is_group"]),
        "is_section": bool(row["is_section"]),
        "deadline_rule": row["deadline_rule"] or "",
        "role": row["role"],
        "status": row["status"],
        "next_due": row["next_due"],
        "completed_on": row["completed_on"],
        "outcome": row["outcome"] or "",
        "plan_id": row["plan_id"],
    }


def _rows_json(ctx: AppContext, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = [r["id"] for r in rows]
    due: dict[int, list[str]] = {}
    parents: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for task_id, due_on in ctx.db.execute(
                f"SELECT task_id, due_on FROM task_due_dates WHERE task_id IN ({marks}) "
                "AND kind IN ('parsed', 'manual') ORDER BY due_on", chunk):
            due.setdefault(task_id, []).append(due_on)
        for task_id, number in ctx.db.execute(
                f"SELECT c.id, p.number FROM tasks c JOIN tasks p ON p.id = c.parent_id WHERE c.id IN ({marks})",
                chunk):
            parents[task_id] = number
    return [task_json(r, due.get(r["id"], []), parents.get(r["id"])) for r in rows]


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 1 for c in unicodedata.normalize("NFC", text))


def _cut(text: str, width: int) -> str:
    text = " ".join((text or "").split())
    return text if _width(text) <= width else text[: width - 1] + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _deadline(row: dict[str, Any]) -> str:
    if row["is_continuous"] and not row["completed_on"]:
        return "Thường xuyên"
    if row["next_due"]:
        return date.fromisoformat(row["next_due"]).strftime("%d/%m/%Y") + (" (gia hạn)" if row["extended"] else "")
    return "" if row["completed_on"] else "Cần đặt hạn"


def print_table(rows: list[dict[str, Any]]) -> None:
    header = ("Số", "Nội dung", "Chủ trì", "Hạn", "Trạng thái")
    limits = (10, 60, 28, 22, 26)
    table = [header] + [
        (r["number"], r["content"], r["lead_text"] or "", _deadline(r), Status(r["status"]).label_vi) for r in rows]
    cells = [[_cut(c, limit) for c, limit in zip(line, limits, strict=True)] for line in table]
    widths = [max(_width(line[i]) for line in cells) for i in range(len(header))]
    for n, line in enumerate(cells):
        print("  ".join(_pad(c, w) for c, w in zip(line, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def _run(args: argparse.Namespace) -> int:
    flt = build_filter(args)
    with AppContext.open(getattr(args, "db", None)) as ctx:
        if args.plan is not None and ctx.db["plans"].count_where("id = ?", [args.plan]) == 0:
            raise CliError(f"không có kế hoạch mã {args.plan}")
        if args.conflicts or args.resolve:
            return _conflicts(args, ctx)
        if args.export:
            path = check_output(args.export, "xlsx", ctx, overwrite=args.overwrite)
            try:
                result = export_tasks_xlsx(ctx.db, flt, path)
            except OSError as exc:
                raise CliError(f"không ghi được tệp {path}: {os_error_vi(exc)}", code=1) from None
            print(f"Đã xuất {result.rows} nhiệm vụ ra tệp {result.path}")
            return EXIT_OK
        rows = list(fetch_all(ctx.db, flt))
        if args.json:
            return print_json(_rows_json(ctx, rows))
    if not rows:
        print("Không có nhiệm vụ nào khớp bộ lọc.")
        return EXIT_OK
    print_table(rows)
    print(f"\nTổng cộng: {len(rows)} nhiệm vụ (tính đến ngày {flt.today:%d/%m/%Y}).")
    return EXIT_OK
