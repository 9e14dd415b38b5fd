"""Start-up cleaning of what a killed process left behind (issue 18 "leftovers").

Only our own patterns, only in folders we know, only older than this process and untouched for ten
minutes (another process of ours may be writing in a shared folder):

- folders ``.tthc-sao-luu-*`` (backup work), ``.tthc-khoi-phuc-*`` (restore staging),
  ``.tthc-bao-cao-*`` (report staging): each may hold a full copy of the database;
- files ``tthc-sao-luu-*.zip.partial``, our atomic-write temporaries ``.*.pdf.tmp``, ``.*.pdf.*.tmp``,
  ``.*.zip.*.tmp``, ``.*.xlsx.*.tmp``, ``.*.khoi-phuc.tmp`` and, in the attachment folders,
  ``.tmp-*`` and ``*.partial``.

Known folders: the data folder, the backup folder(s), the attachment folders and the folders our
built and signed documents were written to (recorded in the database). The database lock is held,
so no other process of ours is writing into the data folder meanwhile.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from pathlib import Path

from .backup_folders import attachments_folder, backup_folder_safe, default_backup_folder

log = logging.getLogger(__name__)

PROCESS_START = time.time()  # module import: before this process wrote anything
DIR_PATTERNS = (".tthc-sao-luu-*", ".tthc-khoi-phuc-*", ".tthc-bao-cao-*")
FILE_PATTERNS = ("tthc-sao-luu-*.zip.partial", ".*.pdf.tmp", ".*.pdf.*.tmp", ".*.zip.*.tmp", ".*.xlsx.*.tmp",
                 ".*.khoi-phuc.tmp")
ATTACHMENT_PATTERNS = (".tmp-*", "*.partial")
MAX_OUTPUT_FOLDERS = 200


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    return any(star_match(name, p) for p in patterns)


def star_match(name: str, pattern: str) -> bool:
    """fnmatchcase for our patterns, whose only wildcard is "*": fnmatch compiles a regular expression per
    pattern, ~1 ms of every start for the eleven here."""
    if "*" not in pattern:
        return name == pattern
    first, *middle, last = pattern.split("*")
    if len(name) < len(first) + len(last) or not name.startswith(first) or not name.endswith(last):
        return False
    pos, end = len(first), len(name) - len(last)
    for part in middle:
        pos = name.find(part, pos, end)
        if pos < 0:
            return False
        pos += len(part)
    return True


QUIET_SECONDS = 600  # untouched this long: not another process's work in progress (two databases, one folder)


def _old(path: Path, before: float) -> bool:
    """Older than this process and quiet for QUIET_SECONDS (a folder: itself and what it directly holds)."""
    limit = min(before, time.time() - QUIET_SECONDS)
    try:
        times = [path.lstat().st_mtime]
        if path.is_dir() and not path.is_symlink():
            times += [child.lstat().st_mtime for child in path.iterdir()]
        return max(times) < limit
    except OSError:
        return False


def clean_folder(folder: Path, *, before: float = PROCESS_START, file_patterns: tuple[str, ...] = FILE_PATTERNS,
                 dir_patterns: tuple[str, ...] = DIR_PATTERNS) -> list[Path]:
    """Remove our leftovers directly inside *folder*; returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        try:
            if entry.is_dir() and not entry.is_symlink() and _matches(entry.name, dir_patterns) and _old(entry, before):
                shutil.rmtree(entry)
                removed.append(entry)
            elif entry.is_file() and _matches(entry.name, file_patterns) and _old(entry, before):
                entry.unlink()
                removed.append(entry)
        except OSError as exc:  # in use or protected: tried again next start
            log.warning("Could not remove leftover %s: %s", entry, exc)
    return removed


def output_folders(ctx) -> set[Path]:
    """Folders our built and signed documents were written to, as recorded in the database."""
    folders: set[Path] = set()
    try:
        for (path,) in ctx.db.execute("SELECT DISTINCT path FROM built_documents ORDER BY id DESC LIMIT 500"):
            folders.add(Path(path).parent)
        for (files_json,) in ctx.db.execute("SELECT files_json FROM submissions ORDER BY id DESC LIMIT 200"):
            folders |= {Path(f["path"]).parent for f in json.loads(files_json or "[]") if f.get("path")}
    except Exception as exc:  # an older or damaged database: only the fixed folders are cleaned
        log.warning("Output folders unknown: %s", exc)
    return set(list(folders)[:MAX_OUTPUT_FOLDERS])


def clean_leftovers(ctx, *, before: float = PROCESS_START) -> list[Path]:
    """Run at start-up, with the database lock held."""
    removed: list[Path] = []
    for folder in {ctx.data_dir, backup_folder_safe(ctx), default_backup_folder(ctx.db_path), *output_folders(ctx)}:
        removed += clean_folder(folder, before=before)
    attachments = attachments_folder(ctx)
    if attachments.is_dir():
        for sub in [attachments, *(p for p in attachments.iterdir() if p.is_dir())]:
            removed += clean_folder(sub, before=before, file_patterns=ATTACHMENT_PATTERNS, dir_patterns=())
    if removed:
        log.info("Removed %d leftovers of an interrupted run", len(removed))
    return removed
