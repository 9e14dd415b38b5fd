"""One check for every path the app writes a result to (sign, report build, task export, package,
backup --to, demo --out).

    target = check_output(path, "pdf", ctx, overwrite=args.overwrite)   # raises OutputPathError

Rules (issue 18 §2): the name ends in the kind's extension; the target is never the open database,
its WAL/SHM/journal, its lock, a settings file, a file in the backup or attachment folders, nor any
SQLite database; an existing file is only replaced with ``overwrite=True`` (``--overwrite`` on the
command line, the save dialog's confirmation in the GUI). Paths are compared after resolving
symbolic links, case-insensitively on Windows. Messages are Vietnamese; the CLI exits 2.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
DB_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")

# kind → (allowed suffixes, Vietnamese name); "folder" outputs are directories.
KINDS: dict[str, tuple[tuple[str, ...], str]] = {
    "pdf": ((".pdf",), "tệp PDF"),
    "xlsx": ((".xlsx",), "tệp Excel"),
    "zip": ((".zip",), "tệp .zip"),
    "folder": ((), "thư mục"),
}


class OutputPathError(ValueError):
    """The output path is refused; the message says why, in Vietnamese."""


def _norm(path: Path) -> str:
    text = os.path.normpath(str(path))
    return text.casefold() if sys.platform == "win32" else text


def _real(path: Path | str) -> Path:
    return Path(os.path.realpath(Path(path).expanduser().absolute()))


def protected_files(db_path: Path | None, extra_folders: tuple[Path, ...] = ()) -> tuple[set[str], list[str]]:
    """(files never written, folders nothing is written into) for the database at *db_path*."""
    files: set[str] = set()
    folders: list[str] = []
    if db_path is not None:
        for suffix in DB_COMPANIONS:
            for p in {Path(str(db_path) + suffix), _real(str(db_path) + suffix)}:
                files.add(_norm(_real(p)))
        data = _real(db_path).parent
        files.add(_norm(data / "settings.ini"))
        folders += [_norm(data / "backups"), _norm(data / "attachments")]
    folders += [_norm(_real(f)) for f in extra_folders]
    return files, folders


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def check_output(
    path: Path | str,
    kind: str,
    ctx=None,
    *,
    overwrite: bool = False,
    db_path: Path | None = None,
    protected_folders: tuple[Path, ...] = (),
) -> Path:
    """The absolute target for *path*, or OutputPathError. *ctx* (an AppContext) or *db_path* names
    the database to protect; *protected_folders* adds folders (e.g. the configured backup folder)."""
    suffixes, label = KINDS[kind]
    raw = Path(path).expanduser()
    if not str(path).strip():
        raise OutputPathError(f"Chưa chọn nơi ghi {label}.")
    if suffixes and raw.suffix.lower() not in suffixes:
        raise OutputPathError(f"Tệp kết quả “{raw.name}” phải có đuôi {' hoặc '.join(suffixes)} ({label}).")
    target = _real(raw)
    if ctx is not None:
        db_path = ctx.db_path
        protected_folders = (*protected_folders, *_ctx_folders(ctx))
    files, folders = protected_files(db_path, protected_folders)
    key = _norm(target)
    if key in files or (kind != "folder" and any(_inside(key, f) for f in folders)):
        raise OutputPathError(
            f"Không được ghi {label} vào “{raw}”: đó là cơ sở dữ liệu, tệp khóa, tệp cài đặt hoặc thư mục sao lưu/"
            "tệp đính kèm của ứng dụng. Hãy chọn nơi khác."
        )
    if kind == "folder":
        if any(_inside(key, f) for f in folders if f.endswith(os.sep + "attachments")):
            raise OutputPathError(f"Không được ghi vào thư mục tệp đính kèm của ứng dụng: “{raw}”.")
        if target.exists() and not target.is_dir():
            raise OutputPathError(f"“{raw}” là một tệp, không phải thư mục. Hãy chọn một thư mục.")
        return target
    if target.is_dir():
        raise OutputPathError(f"“{raw}” là một thư mục; hãy ghi rõ tên {label}.")
    if target.exists() or raw.is_symlink():
        if _is_sqlite(target):
            raise OutputPathError(f"Không được ghi đè “{raw}”: đó là một tệp cơ sở dữ liệu.")
        if not overwrite:
            raise OutputPathError(
                f"Tệp “{raw}” đã có. Hãy chọn tên khác, hoặc thêm --overwrite để ghi đè."
            )
    return target


def check_folder_contents(folder: Path, names: list[str], *, overwrite: bool) -> None:
    """Files about to be written into *folder* by name: an existing one needs *overwrite*."""
    existing = [n for n in names if (Path(folder) / n).exists()]
    if existing and not overwrite:
        shown = ", ".join(existing[:3]) + (" …" if len(existing) > 3 else "")
        raise OutputPathError(f"Trong thư mục {folder} đã có: {shown}. Hãy chọn thư mục khác, hoặc thêm --overwrite.")
    for n in names:
        if _is_sqlite(Path(folder) / n):
            raise OutputPathError(f"Không được ghi đè “{Path(folder) / n}”: đó là một tệp cơ sở dữ liệu.")


def _ctx_folders(ctx) -> tuple[Path, ...]:
    from .backup_service import backup_folder_safe  # local: backup_service imports this module

    return (backup_folder_safe(ctx),)
