"""`tthc-desktop backup [--to DIR]`, `tthc-desktop backup list` and `tthc-desktop restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services import backup_service
from ..services.context import AppContext
from ..services.output_paths import check_output
from ..store.backup import BackupInfo, BackupKind, BadBackupFile
from ..store.location import resolve_db_path
from .common import EXIT_BAD_INPUT, EXIT_OK, CliError, add_db_option, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="sao lưu cơ sở dữ liệu và tệp đính kèm (một tệp .zip đã kiểm tra)")
    add_db_option(backup)
    backup.add_argument("--to", metavar="DIR", help="thư mục nhận bản sao lưu (mặc định: thư mục sao lưu đã cài đặt)")
    backup.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    backup.set_defaults(handler=_backup)
    backup_sub = backup.add_subparsers(dest="backup_command", metavar="LỆNH")
    listing = backup_sub.add_parser("list", help="liệt kê các bản sao lưu: ngày, dung lượng, số bản ghi")
    add_db_option(listing)
    listing.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    listing.set_defaults(handler=_list)

    restore = subparsers.add_parser(
        "restore", help="khôi phục từ một bản sao lưu (bản hiện tại được sao lưu trước, có thể hoàn tác)"
    )
    restore.add_argument("file", metavar="TỆP", help="tệp sao lưu .zip")
    add_db_option(restore)
    restore.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    restore.set_defaults(handler=_restore)


def _backup(args: argparse.Namespace) -> int:
    with AppContext.open(getattr(args, "db", None)) as ctx:
        to = check_output(args.to, "folder", ctx) if args.to else None
        info = backup_service.make_backup(ctx, to=to, kind=BackupKind.MANUAL)
    if args.json:
        print_json(info.as_dict())
    else:
        print(f"Đã sao lưu: {info.path}")
        print(_describe(info))
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    with AppContext.open(getattr(args, "db", None)) as ctx:
        folder = backup_service.backup_folder(ctx)
        backups = backup_service.available_backups(ctx)
    if args.json:
        return print_json({"folder": str(folder), "backups": [b.as_dict() for b in backups]})
    print(f"Thư mục sao lưu: {folder}")
    if not backups:
        print("Chưa có bản sao lưu nào.")
    for info in backups:
        print(f"- {info.path.name}")
        print(_describe(info))
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    db_path = resolve_db_path(getattr(args, "db", None))
    try:
        outcome = backup_service.restore_database(db_path, Path(args.file).expanduser())
    except BadBackupFile as exc:
        raise CliError(str(exc), EXIT_BAD_INPUT) from None
    outcome.ctx.close()
    if args.json:
        print_json(
            {
                "database": str(db_path),
                "restored": outcome.restored.as_dict(),
                "safety_backup": outcome.safety_backup.as_dict() if outcome.safety_backup else None,
                "moved_aside": [str(p) for p in outcome.moved_aside],
            }
        )
        return EXIT_OK
    print(f"Đã khôi phục {db_path} từ {outcome.restored.path}")
    print(_describe(outcome.restored))
    if outcome.safety_backup:
        print(f"Bản trước khi khôi phục được lưu tại: {outcome.safety_backup.path} (dùng tệp này để hoàn tác).")
    for path in outcome.moved_aside:
        print(f"Tệp cũ được giữ lại (không xóa): {path}")
    return EXIT_OK


def _describe(info: BackupInfo) -> str:
    size = f"{info.size_bytes:,}".replace(",", ".")
    kind = BackupKind(info.kind).label_vi if info.kind in BackupKind._value2member_map_ else info.kind
    return (
        f"  Ngày: {info.created_at:%d/%m/%Y %H:%M:%S} ({kind}); dung lượng: {size} byte; "
        f"kế hoạch: {info.count('plans')}, nhiệm vụ: {info.count('tasks')}, "
        f"tệp đính kèm: {info.attachment_count}; phiên bản lược đồ: {info.schema_version}"
    )
