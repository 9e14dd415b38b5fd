"""Shared plumbing for subcommands: errors with exit codes, command groups and shared options (--period,
--dry-run, --json, --db), JSON output, an import's read errors and its last lines."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.periods import Period, parse_period
from ..importers.errors import ImportFailure

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_DB_IN_USE = 3


class CliError(Exception):
    """A failure to report on stderr in Vietnamese, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT):
        super().__init__(message)
        self.code = code


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS,
        help="đường dẫn tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu người dùng hoặc TTHC_DATA_DIR)",
    )


def add_group(subparsers: argparse._SubParsersAction, name: str, help: str) -> argparse._SubParsersAction:
    """A command with subcommands (``tthc-desktop NAME LỆNH …``); returns where to add the subcommands."""
    parser = subparsers.add_parser(name, help=help)
    return parser.add_subparsers(dest=f"{name}_command", metavar="LỆNH", required=True)


def finish(parser: argparse.ArgumentParser, handler: Callable[[argparse.Namespace], int], *, json: bool = True,
           dry_run: str | None = None) -> None:
    """The tail every subcommand shares: ``--dry-run`` for an import (its help; the handler ends with
    :func:`print_saved`), ``--json`` (unless the command has no structured result), ``--db``, the handler."""
    if dry_run is not None:
        parser.add_argument("--dry-run", action="store_true", help=dry_run)
    if json:
        parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    add_db_option(parser)
    parser.set_defaults(handler=handler)


def add_period_option(parser: argparse.ArgumentParser) -> None:
    """``--period KỲ`` (required), read into a :class:`Period`."""
    parser.add_argument("--period", type=period_arg, required=True, metavar="KỲ",
                        help="kỳ báo cáo: 2025-07, 2025-Q3, 2025-6T, 2025-9T hoặc 2025")


def period_arg(text: str) -> Period:
    """An argparse type: a reporting period ("2025-Q3"), said in Vietnamese when it is not one."""
    try:
        return parse_period(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def print_json(data: Any) -> int:
    """Write *data* as JSON on stdout; returns EXIT_OK so a handler can ``return print_json(...)``."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
    return EXIT_OK


@contextmanager
def read_errors() -> Iterator[None]:
    """A file that cannot be read (ImportFailure, its message names the file) becomes the command's error."""
    try:
        yield
    except ImportFailure as exc:
        raise CliError(str(exc)) from None


def print_saved(lines: list[str] | None) -> int:
    """The last lines of an import: what was saved, or (``None``) that ``--dry-run`` saved nothing."""
    for line in ["Chạy thử (--dry-run): chưa lưu gì."] if lines is None else lines:
        print(line)
    return EXIT_OK


def existing_file(text: str) -> Path:
    """The file named on the command line, or the Vietnamese error when it is not there."""
    path = Path(text)
    if not path.is_file():
        raise CliError(f"Không tìm thấy tệp: {path}")
    return path


def parse_date_arg(text: str) -> date:
    """An argparse type: dd/mm/yyyy (or dd-mm-yyyy), said in Vietnamese when it is not a date."""
    try:
        day, month, year = (int(x) for x in text.replace("-", "/").split("/"))
        return date(year, month, day)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ: {text!r} (dạng dd/mm/yyyy)") from None
