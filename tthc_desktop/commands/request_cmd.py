"""`tthc-desktop request …`: the register of report requests (công văn yêu cầu báo cáo) and standing reports."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from ..domain.periods import PeriodKind
from ..domain.report_calendar import ReportRule
from ..services.context import AppContext
from ..services.report_requests import DueStatus, ReportRequestService, RequestError, request_json
from ..store.attachments import AttachmentError
from ..store.report_requests import FileRole
from .common import EXIT_OK, CliError, add_group, finish, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    sub = add_group(subparsers, "request", "sổ yêu cầu báo cáo: công văn yêu cầu, kỳ, hạn, đề cương, biểu mẫu")

    add = sub.add_parser("add", help="ghi một văn bản yêu cầu báo cáo vào sổ")
    add.add_argument("--number", required=True, metavar="SỐ", help="số/ký hiệu văn bản, ví dụ 123/UBND-KSTT")
    add.add_argument("--date", metavar="NGÀY", help="ngày văn bản (20/11/2026)")
    add.add_argument("--issuer", default="", metavar="CƠ QUAN", help="cơ quan ban hành")
    add.add_argument("--title", required=True, metavar="TRÍCH YẾU", help="trích yếu văn bản")
    add.add_argument("--deadline", required=True, metavar="THỜI HẠN", help="thời hạn, ví dụ “trước ngày 20/12/2026”")
    add.add_argument("--period", metavar="KỲ", help="kỳ báo cáo: 2026-07, 2026-Q4, 2026-6T, 2026-9T hoặc 2026")
    add.add_argument("--from", dest="cutoff_from", metavar="NGÀY", help="số liệu từ ngày (mặc định: theo kỳ)")
    add.add_argument("--to", dest="cutoff_to", metavar="NGÀY", help="số liệu đến ngày (ngày chốt)")
    add.add_argument("--channel", default="edoc", metavar="KÊNH",
                     help="kênh gửi: system (hệ thống báo cáo), edoc (văn bản điện tử), email (thư điện tử)")
    add.add_argument("--file", metavar="TỆP", help="tệp văn bản yêu cầu (có thể là PDF đã ký số)")
    add.add_argument("--outline", action="append", default=[], metavar="TỆP", help="tệp đề cương (lặp lại được)")
    add.add_argument("--form", action="append", default=[], metavar="TỆP", help="tệp biểu mẫu (lặp lại được)")
    add.add_argument("--note", default="", help="ghi chú")
    finish(add, _add)

    lst = sub.add_parser("list", help="danh sách yêu cầu báo cáo, theo hạn")
    lst.add_argument("--all", action="store_true", help="cả yêu cầu đã xóa")
    finish(lst, _list)

    show = sub.add_parser("show", help="chi tiết một yêu cầu báo cáo")
    show.add_argument("id", type=int, metavar="ID")
    finish(show, _show)

    link = sub.add_parser("link", help="gắn báo cáo và/hoặc hồ sơ đã ký số với yêu cầu")
    link.add_argument("id", type=int, metavar="ID")
    link.add_argument("--report", type=int, metavar="RID", help="số báo cáo (report list)")
    link.add_argument("--submission", type=int, metavar="SID", help="số hồ sơ đã ký số")
    finish(link, _link, json=False)

    delete = sub.add_parser("delete", help="xóa yêu cầu khỏi sổ (vẫn giữ trong nhật ký)")
    delete.add_argument("id", type=int, metavar="ID")
    finish(delete, _delete, json=False)

    standing = sub.add_parser("standing-add", help="thêm một báo cáo định kỳ vào lịch báo cáo")
    standing.add_argument("--title", required=True, metavar="TÊN")
    standing.add_argument("--kind", required=True, choices=[k.value for k in PeriodKind])
    standing.add_argument("--working-days", type=int, default=2, metavar="N",
                          help="hạn: N ngày làm việc sau ngày chốt số liệu")
    standing.add_argument("--before-day", type=int, metavar="D", help="hạn: trước ngày D hằng tháng (16–28)")
    standing.add_argument("--cutoff-day", type=int, default=14, metavar="D",
                          help="số liệu chốt đến ngày D hằng tháng, từ ngày D+1 tháng trước (mặc định 14; "
                               "0: theo tháng dương lịch)")
    standing.add_argument("--issuer", default="")
    finish(standing, _standing_add, json=False)

    standing_list = sub.add_parser("standing-list", help="các báo cáo định kỳ: của tệp dữ liệu và do cán bộ thêm")
    finish(standing_list, _standing_list)


@contextmanager
def _service(args: argparse.Namespace) -> Iterator[ReportRequestService]:
    """The register on the --db database; its refusals become the CLI's Vietnamese error (exit 2)."""
    with AppContext.open(getattr(args, "db", None)) as ctx:
        try:
            yield ReportRequestService(ctx)
        except (RequestError, AttachmentError) as exc:
            raise CliError(str(exc)) from None


def _add(args: argparse.Namespace) -> int:
    files = ([(FileRole.DOCUMENT, args.file)] if args.file else []) + \
        [(FileRole.OUTLINE, f) for f in args.outline] + [(FileRole.FORM, f) for f in args.form]
    with _service(args) as service:
        values = service.values(number=args.number, title=args.title, deadline=args.deadline,
                                issued_on=args.date, issuer=args.issuer, period=args.period,
                                cutoff_from=args.cutoff_from, cutoff_to=args.cutoff_to,
                                channel=args.channel, note=args.note)
        request_id = service.add(values, files)
        request = service.get(request_id)
        status = service.status(request)
    if args.json:
        return print_json(request_json(request, status))
    print(f"Đã ghi yêu cầu số {request_id}: {request.number} — hạn {_day(request.due_on)}")
    print(f"Cách tính hạn: {request.deadline_rule}")
    return EXIT_OK


def _day(iso: str | None) -> str:
    return f"{date.fromisoformat(iso):%d/%m/%Y}" if iso else "chưa có"


def _list(args: argparse.Namespace) -> int:
    with _service(args) as service:
        rows = [(r, service.status(r)) for r in service.list(include_deleted=args.all)]
    if args.json:
        return print_json([request_json(r, s) for r, s in rows])
    if not rows:
        print("Chưa có yêu cầu báo cáo nào.")
    for r, s in rows:
        print(f"{r.id:>4}  {_day(r.due_on):<10}  {DueStatus.LABELS_VI[s]:<13}  {r.number:<20}  {r.title}")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    with _service(args) as service:
        request = service.get(args.id)
        status = service.status(request)
    if args.json:
        return print_json(request_json(request, status))
    print(f"Yêu cầu số {request.id}: {request.number} ngày {_day(request.issued_on)} của {request.issuer or '—'}")
    print(f"Trích yếu: {request.title}")
    print(f"Kỳ: {request.period or '—'}; số liệu {_day(request.cutoff_from)} – {_day(request.cutoff_to)}")
    print(f"Thời hạn: {request.deadline_text} → {_day(request.due_on)} ({DueStatus.LABELS_VI[status]})")
    print(f"Cách tính hạn: {request.deadline_rule}")
    print(f"Kênh gửi: {request.channel.label_vi}")
    for f in request.files:
        print(f"{f.role.label_vi}: {f.name}")
    print(f"Báo cáo: {request.report_id or 'chưa lập'}; hồ sơ ký số: {request.submission_id or 'chưa có'}")
    return EXIT_OK


def _link(args: argparse.Namespace) -> int:
    if args.report is None and args.submission is None:
        raise CliError("Cần --report hoặc --submission")
    with _service(args) as service, service.ctx.db.atomic():  # both links or neither
        if args.report is not None:
            service.link_report(args.id, args.report)
        if args.submission is not None:
            service.link_submission(args.id, args.submission)
    print(f"Đã gắn với yêu cầu số {args.id}.")
    return EXIT_OK


def _delete(args: argparse.Namespace) -> int:
    with _service(args) as service:
        service.delete(args.id)
    print(f"Đã xóa yêu cầu số {args.id} khỏi sổ.")
    return EXIT_OK


def _standing_add(args: argparse.Namespace) -> int:
    with _service(args) as service:
        standing_id = service.add_standing(title=args.title, kind=args.kind, working_days=args.working_days,
                                           before_day=args.before_day, issuer=args.issuer,
                                           cutoff_day=args.cutoff_day)
    print(f"Đã thêm báo cáo định kỳ số {standing_id}: {args.title}")
    return EXIT_OK


def _standing_list(args: argparse.Namespace) -> int:
    from ..services.report_service import ReportService
    from ..store.standing_reports import load_standing

    with AppContext.open(getattr(args, "db", None)) as ctx:
        rules = ReportService(ctx).rules()  # the data file's rules with the officer's changes
        own = ReportRequestService(ctx).standing()
    rows = [{"source": "file", "id": s.id, "title": s.title, "kind": s.rule.kind.value,
             "rule": rules[s.rule.kind].description_vi, "enabled": rules[s.rule.kind].enabled}
            for s in load_standing()]
    rows += [{"source": "officer", "id": o.id, "title": o.title, "kind": o.kind,
              "rule": ReportRule(PeriodKind(o.kind), o.working_days, o.before_day).description_vi, "enabled": True}
             for o in own]
    if args.json:
        return print_json(rows)
    for r in rows:
        print(f"{r['title']:<30}  {r['rule']}{'' if r['enabled'] else ' (không gửi)'}")
    return EXIT_OK
