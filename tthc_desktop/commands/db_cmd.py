"""`tthc-desktop db info`: path, schema version, row counts, integrity check."""

from __future__ import annotations

import argparse

from ..services.context import AppContext
from ..store.info import database_info
from .common import EXIT_FAILED, EXIT_OK, add_db_option, add_group, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    db_sub = add_group(subparsers, "db", "thông tin và bảo trì cơ sở dữ liệu")
    info = db_sub.add_parser("info", help="đường dẫn, phiên bản lược đồ, số bản ghi, kiểm tra toàn vẹn")
    add_db_option(info)
    info.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    info.set_defaults(handler=_info)


def _info(args: argparse.Namespace) -> int:
    with AppContext.open(getattr(args, "db", None)) as ctx:
        info = database_info(ctx.db, ctx.db_path)
    if args.json:
        print_json(info.as_dict())
    else:
        print(f"Tệp cơ sở dữ liệu: {info.path}")
        print(f"Dung lượng: {info.size_bytes:,} byte".replace(",", "."))
        print(f"Chế độ nhật ký: {info.journal_mode}")
        print(f"Phiên bản lược đồ: {info.schema_version}/{info.latest_schema_version}")
        for table, count in info.row_counts.items():
            print(f"  {table}: {count}")
        print(f"Kiểm tra toàn vẹn: {info.integrity}")
    return EXIT_OK if info.integrity == "ok" else EXIT_FAILED
