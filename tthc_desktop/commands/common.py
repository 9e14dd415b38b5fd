"""Shared plumbing for subcommands: errors with exit codes, JSON output, opening the context."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

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


def finish(parser: argparse.ArgumentParser, handler: Callable[[argparse.Namespace], int], *, json: bool = True) -> None:
    """The tail every subcommand shares: ``--json`` (unless the command has no structured result), ``--db``, the handler."""
    if json:
        parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    add_db_option(parser)
    parser.set_defaults(handler=handler)


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
