"""`tthc-desktop period freeze|show|unfreeze --period KỲ`: one set of figures per reporting period.

``freeze`` keeps the period's figures (task statuses and results, biểu 06, cuts, the narrative's
numbers) as they are now; reports and the province's form for that period use them. ``show``
lists what changed since (exit code 1 when something did: re-freeze or check).
"""

from __future__ import annotations

import argparse

from ..services.context import AppContext
from ..services.period_freeze import PeriodFreezeService
from .common import EXIT_FAILED, EXIT_OK, CliError, add_group, add_period_option, finish, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    sub = add_group(subparsers, "period", "chốt số liệu của một kỳ báo cáo (một bộ số liệu cho mọi báo cáo, biểu)")
    for name, help_text, handler in (
        ("freeze", "chốt (hoặc chốt lại) số liệu của kỳ", _freeze),
        ("show", "xem số liệu đã chốt và những gì đã thay đổi từ khi chốt", _show),
        ("unfreeze", "bỏ chốt: báo cáo dùng lại số liệu hiện hành", _unfreeze),
    ):
        cmd = sub.add_parser(name, help=help_text)
        add_period_option(cmd)
        finish(cmd, handler)


def _freeze(args: argparse.Namespace) -> int:
    with AppContext.open(getattr(args, "db", None)) as ctx:
        record = PeriodFreezeService(ctx).freeze(args.period)
    if args.json:
        print_json({"period": record.period, "frozen_at": record.frozen_at, "frozen_by": record.frozen_by,
                    "sha256": record.sha256})
    else:
        print(f"Đã chốt số liệu {args.period.label_vi} lúc {record.frozen_at} ({record.frozen_by}); "
              f"mã kiểm tra {record.sha256[:12]}.")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    with AppContext.open(getattr(args, "db", None)) as ctx:
        service = PeriodFreezeService(ctx)
        record = service.info(args.period)
        if record is None:
            raise CliError(f"{args.period.label_vi} chưa chốt số liệu: chạy “tthc-desktop period freeze "
                           f"--period {args.period}”.")
        diffs = service.differences(args.period)
    if args.json:
        print_json({"period": record.period, "frozen_at": record.frozen_at, "frozen_by": record.frozen_by,
                    "sha256": record.sha256,
                    "differences": [{"where": d.where, "frozen": d.frozen, "now": d.now} for d in diffs]})
    else:
        print(f"{args.period.label_vi}: số liệu chốt lúc {record.frozen_at} ({record.frozen_by}).")
        if diffs:
            print(f"Đã thay đổi sau khi chốt ({len(diffs)} chỗ); báo cáo vẫn dùng số đã chốt — hãy chốt lại nếu đúng:")
            print("\n".join(f"  {d.text}" for d in diffs))
        else:
            print("Không có thay đổi nào sau khi chốt.")
    return EXIT_FAILED if diffs else EXIT_OK


def _unfreeze(args: argparse.Namespace) -> int:
    with AppContext.open(getattr(args, "db", None)) as ctx:
        removed = PeriodFreezeService(ctx).unfreeze(args.period)
    print(f"Đã bỏ chốt số liệu {args.period.label_vi}." if removed else f"{args.period.label_vi} chưa chốt số liệu.")
    return EXIT_OK
