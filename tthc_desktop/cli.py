"""Command line of ``tthc-desktop``: the parser and the headless subcommands (the GUI is started by __main__)."""

from __future__ import annotations

import argparse
import importlib
import logging
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from . import __version__
from .commands.common import EXIT_BAD_INPUT, EXIT_DB_IN_USE, EXIT_FAILED, CliError, add_db_option
from .services.output_paths import OutputPathError
from .store.database import translate_sqlite_error
from .store.errors import DatabaseInUse, StoreError
from .store.os_errors import os_error_vi

# Each module exposes register(subparsers); later features append theirs here. Imported only when a
# subcommand (or --help) is asked for: they pull in reportlab, pyhanko, openpyxl… which the GUI start
# does not need.
COMMAND_MODULE_NAMES = (
    "db_cmd", "plan_cmd", "backup_cmd", "procedures_cmd", "stats_cmd", "tasks_cmd", "report_cmd", "sign_cmd",
    "demo_cmd", "unit_cmd", "form_cmd", "package_cmd", "period_cmd", "request_cmd",
)


def command_modules() -> list[ModuleType]:
    return [importlib.import_module(f".commands.{name}", __package__) for name in COMMAND_MODULE_NAMES]

_ARGPARSE_VI = (
    ("the following arguments are required", "thiếu tham số bắt buộc"),
    ("unrecognized arguments", "tham số không hợp lệ"),
    ("invalid choice", "lựa chọn không hợp lệ"),
    ("expected one argument", "cần đúng một giá trị"),
    ("invalid int value", "giá trị số nguyên không hợp lệ"),
    ("choose from", "chọn một trong"),
    ("argument", "tham số"),
    ("not allowed with", "không dùng chung với"),
)


class VietnameseArgumentParser(argparse.ArgumentParser):
    """argparse with its error line in Vietnamese and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        for en, vi in _ARGPARSE_VI:
            message = message.replace(en, vi)
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"Lỗi: {message}\n")


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = VietnameseArgumentParser(
        prog="tthc-desktop",
        description="TTHC Desktop: theo dõi nhiệm vụ, danh mục TTHC, báo cáo và ký số cho cán bộ kiểm soát TTHC.",
    )
    parser.add_argument("--version", action="version", version=f"TTHC Desktop {__version__}")
    parser.add_argument(
        "--smoke", action="store_true",
        help="mở cửa sổ chính ngoài màn hình rồi thoát ngay (kiểm tra cài đặt)",
    )
    add_db_option(parser)
    if not with_commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=VietnameseArgumentParser)
    for module in command_modules():
        module.register(subparsers)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line; opening the GUI (no subcommand) does not import the command modules."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help"} & set(argv):
        args, rest = build_parser(with_commands=False).parse_known_args(argv)
        if not rest:
            args.command = None
            return args
    return build_parser().parse_args(argv)


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed subcommand headless; errors become Vietnamese lines on stderr and exit codes."""
    # Diagnostics (English, with tracebacks) stay out of the terminal: users read Vietnamese lines only.
    logging.getLogger().addHandler(logging.NullHandler())
    try:
        return int(args.handler(args) or 0)
    except DatabaseInUse as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_DB_IN_USE
    except CliError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return exc.code
    except OutputPathError as exc:  # every command's output path goes through one check
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Đã hủy.", file=sys.stderr)
        return 130
    except sqlite3.Error as exc:  # a full disk under SQLite, outside the store's own translation
        db = getattr(args, "db", None) or "cơ sở dữ liệu"
        translated = translate_sqlite_error(exc, Path(db))
        print(f"Lỗi: {translated or 'không đọc/ghi được cơ sở dữ liệu (ổ đĩa đầy hoặc tệp bị hỏng)'}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:  # last resort: a Vietnamese line, never "[Errno 28] No space left on device"
        print(f"Lỗi: không đọc/ghi được tệp{_filename(exc)}: {os_error_vi(exc)}.", file=sys.stderr)
        return EXIT_FAILED


def _filename(exc: OSError) -> str:
    return f" {exc.filename}" if getattr(exc, "filename", None) else ""
