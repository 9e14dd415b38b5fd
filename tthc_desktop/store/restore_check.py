"""Everything a restore checks before it touches the live data (issue 18 §4–6).

    staged = stage_restore(backup_zip, staging_dir, have_attachment=…, local_settings={…})
    # → staged.db (checked copy), staged.attachments [(file in staging, relative target)], staged.info

In order, all inside *staging_dir* (a hidden folder beside the database, same volume):

1. every zip member: a safe relative name, no empty or "." / ".." part, no duplicate (case-folded,
   as Windows sees it), no name that is both a file and a folder (``a`` and ``a/b``);
2. bomb guard, the importers' limits: member count, each attachment's declared size, the total
   declared size against a cap and the free disk space, the compression ratio of large members;
3. the database copy (``verify_backup``: size, SHA-256, integrity), then its schema compared with a
   freshly migrated template at the same version: same tables and columns, same indexes, and the
   same triggers and views, SQL and all (a crafted trigger or view is refused);
4. this machine's local settings (``MACHINE_LOCAL_SETTINGS``) written over the backup's;
5. rows counted in the copy itself (the manifest's figures are not trusted);
6. attachments streamed out no further than their declared size, each checked against the SHA-256
   its content-addressed name promises.

Any failure raises BadBackupFile and leaves only the staging folder, which the caller removes.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from .backup import (
    _CHUNK,
    _ZIP_DATA_ERRORS,
    ATTACHMENTS_PREFIX,
    COUNTED_TABLES,
    DB_MEMBER,
    MANIFEST_MEMBER,
    BackupInfo,
    BadBackupFile,
    check_member_name,
    verify_backup,
    write_chunk,
)
from .migrations import apply_migrations, migrations
from .search import register_functions
from .sqlite_db import Database
from .sqlite_uri import connect_read_only
from .zip_guard import ZipLimits, zip_problem

# Settings that describe this machine, not the data: a restore keeps the current values.
MACHINE_LOCAL_SETTINGS = ("backup.keep", "backup.dir", "signing.tsa_url")

# Limits, as the importers' (importers/table_readers.py): declared sizes, ratio of large members.
MAX_MEMBERS = 100_000
MAX_ATTACHMENT = 200 * 1024 * 1024
MAX_DATABASE = 4 * 1024 * 1024 * 1024
MAX_TOTAL = 16 * 1024 * 1024 * 1024
MAX_RATIO = 200
RATIO_MIN_SIZE = 1024 * 1024
FREE_SPACE_MARGIN = 64 * 1024 * 1024
LIMITS = ZipLimits(MAX_MEMBERS, MAX_TOTAL, MAX_RATIO, RATIO_MIN_SIZE, max_member=MAX_ATTACHMENT,
                   member_caps={DB_MEMBER: MAX_DATABASE}, ratio_exempt=frozenset({DB_MEMBER}))

_CONTENT_ADDRESS = re.compile(r"([0-9a-f]{2})/([0-9a-f]{62})(\.[0-9a-z]{1,10})?")


@dataclass
class StagedRestore:
    db: Path
    info: BackupInfo  # row_counts and attachment_count as counted here, not as declared
    attachments: list[tuple[Path, str]] = field(default_factory=list)  # (staged file, path under attachments/)
    skipped: list[str] = field(default_factory=list)  # members under attachments/ that are not ours


def check_members(zf: zipfile.ZipFile, name: str) -> None:
    """Step 1 and 2 (names, limits) for every member, before anything is extracted."""
    members = zf.infolist()
    if len(members) > MAX_MEMBERS:
        raise BadBackupFile(f"Tệp {name} có quá nhiều mục ({len(members):,}); tệp bị từ chối.".replace(",", "."))
    _check_names(members, name)
    problem = zip_problem(members, LIMITS)
    if problem is None:
        return
    if problem.kind == "member_size":
        raise BadBackupFile(f"Tệp {name}: mục {problem.member!r} khai báo kích thước quá lớn ({_mb(int(problem.value))}); "
                            "tệp bị từ chối.")
    if problem.kind == "ratio":
        raise BadBackupFile(f"Tệp {name}: mục {problem.member!r} có tỉ lệ nén bất thường (có thể là “bom nén”); "
                            "tệp bị từ chối.")
    raise BadBackupFile(f"Tệp {name}: tổng dung lượng khai báo quá lớn ({_mb(int(problem.value))}); tệp bị từ chối.")


def _check_names(members: list[zipfile.ZipInfo], name: str) -> None:
    """Safe relative names, none twice (case-folded, as Windows sees them), no name both a file and a folder."""
    files: set[str] = set()
    folders: set[str] = set()
    for m in members:
        raw = m.filename
        parts = raw.replace("\\", "/").split("/")
        if m.is_dir():
            parts = parts[:-1]
        if not check_member_name(raw) or any(p in ("", ".", "..") for p in parts) or any(p != p.rstrip(" .")
                                                                                           for p in parts):
            raise BadBackupFile(f"Tệp {name} chứa đường dẫn không an toàn ({raw!r}); tệp bị từ chối.")
        key = "/".join(parts).casefold()  # Windows: one name, whatever the case
        prefixes = {"/".join(parts[:i]).casefold() for i in range(1, len(parts))}
        if m.is_dir():
            if key in files:
                raise BadBackupFile(f"Tệp {name} có mục vừa là tệp vừa là thư mục ({raw!r}); tệp bị từ chối.")
            folders.add(key)
        else:
            if key in files:
                raise BadBackupFile(f"Tệp {name} có hai mục trùng tên ({raw!r}); tệp bị từ chối.")
            if key in folders:
                raise BadBackupFile(f"Tệp {name} có mục vừa là tệp vừa là thư mục ({raw!r}); tệp bị từ chối.")
            files.add(key)
        if prefixes & files:
            raise BadBackupFile(f"Tệp {name} có mục vừa là tệp vừa là thư mục ({raw!r}); tệp bị từ chối.")
        folders |= prefixes


def _mb(n: int) -> str:
    """Vietnamese size: "1.234 MB", or "0,3 MB" below 10 MB (never "0 MB" for a small file)."""
    mb = n / (1024 * 1024)
    if mb < 10:
        return f"{mb:.1f} MB".replace(".", ",")
    return f"{mb:,.0f} MB".replace(",", ".")


def _check_free_space(zf: zipfile.ZipFile, folder: Path, name: str, have: Callable[[str], bool]) -> None:
    need = sum(m.file_size for m in zf.infolist() if m.filename == DB_MEMBER or (
        m.filename.startswith(ATTACHMENTS_PREFIX) and not have(m.filename[len(ATTACHMENTS_PREFIX):])))
    free = shutil.disk_usage(folder).free
    if need + FREE_SPACE_MARGIN > free:
        raise BadBackupFile(f"Không đủ chỗ trống để khôi phục {name}: cần khoảng {_mb(need)}, ổ đĩa còn {_mb(free)}. "
                            "Cơ sở dữ liệu hiện tại được giữ nguyên.")


# -- schema ------------------------------------------------------------------------------------------
def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    rows = conn.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    return {(t, n): " ".join(sql.split()) for t, n, sql in rows}


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple]:
    return [tuple(r[1:]) for r in conn.execute(f"PRAGMA table_xinfo([{table}])")]


def _template(folder: Path, applied: list[str]) -> sqlite3.Connection:
    """A fresh database migrated through exactly the migrations named in *applied*."""
    names = [m.name for m in migrations._migrations]
    if applied != names[: len(applied)]:
        raise BadBackupFile("lịch sử nâng cấp lược đồ không khớp với phần mềm này")
    conn = sqlite3.connect(str(folder / "mau.db"))
    register_functions(conn)
    stop = names[len(applied)] if len(applied) < len(names) else None
    apply_migrations(Database(conn), stop_before=stop)
    return conn


def check_schema(db_file: Path, folder: Path) -> None:
    """Step 3's schema part: *db_file* has the tables, columns, indexes, triggers and views of a fresh
    database at the same migration version, and nothing else."""
    conn = connect_read_only(db_file)
    try:
        try:
            applied = [r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [migrations.name])]
        except sqlite3.Error:
            raise BadBackupFile("thiếu bảng lịch sử nâng cấp lược đồ") from None
        template = _template(folder, applied)
        try:
            want, have = _objects(template), _objects(conn)
            extra = sorted(f"{t} {n}" for t, n in have.keys() - want.keys())
            missing = sorted(f"{t} {n}" for t, n in want.keys() - have.keys())
            if extra or missing:
                parts = ([f"có thêm {', '.join(extra[:5])}"] if extra else []) + (
                    [f"thiếu {', '.join(missing[:5])}"] if missing else [])
                raise BadBackupFile("lược đồ khác phần mềm: " + "; ".join(parts))
            for (kind, name), sql in want.items():
                if kind in ("trigger", "view") and have[(kind, name)] != sql:
                    raise BadBackupFile(f"{'trigger' if kind == 'trigger' else 'view'} {name} đã bị sửa")
                if kind == "table" and _columns(conn, name) != _columns(template, name):
                    raise BadBackupFile(f"các cột của bảng {name} khác phần mềm")
        finally:
            template.close()
    finally:
        conn.close()


def _count_rows(db_file: Path) -> dict[str, int]:
    conn = connect_read_only(db_file)
    try:
        return {t: int(conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]) for t in COUNTED_TABLES}
    finally:
        conn.close()


def _keep_local_settings(db_file: Path, local: Mapping[str, str | None]) -> None:
    conn = sqlite3.connect(str(db_file))
    try:
        with conn:
            for key in MACHINE_LOCAL_SETTINGS:
                conn.execute("DELETE FROM settings WHERE key = ?", [key])
                if local.get(key) is not None:
                    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [key, local[key]])
    finally:
        conn.close()


# -- attachments -------------------------------------------------------------------------------------
def _extract_attachment(zf: zipfile.ZipFile, member: zipfile.ZipInfo, target: Path, sha: str, name: str) -> None:
    digest = hashlib.sha256()
    written = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with zf.open(member) as src, target.open("wb", buffering=0) as dst:
            while chunk := src.read(_CHUNK):
                written += len(chunk)
                if written > member.file_size:  # never inflate past the declared size
                    raise BadBackupFile(f"Tệp {name}: tệp đính kèm {member.filename!r} lớn hơn khai báo.")
                digest.update(chunk)
                write_chunk(dst, chunk, target)  # a full disk: BackupError, said as such
    except _ZIP_DATA_ERRORS:
        raise BadBackupFile(f"Tệp {name} bị hỏng: không giải nén được {member.filename!r}.") from None
    if digest.hexdigest() != sha:
        raise BadBackupFile(f"Tệp {name} bị hỏng: nội dung tệp đính kèm {member.filename!r} không khớp mã SHA-256 "
                            "của nó.")


def stage_restore(
    backup_file: Path,
    staging: Path,
    *,
    have_attachment: Callable[[str], bool] = lambda rel: False,
    local_settings: Mapping[str, str | None] | None = None,
) -> StagedRestore:
    """Steps 1–6 into *staging*; *have_attachment(rel)* says an attachment already exists (not re-extracted)."""
    from .backup import _open_zip, read_backup_info

    name = backup_file.name
    with _open_zip(backup_file) as zf:
        check_members(zf, name)
        _check_free_space(zf, staging, name, have_attachment)
    info = read_backup_info(backup_file)
    db = staging / DB_MEMBER
    verify_backup(backup_file, db)
    schema_dir = staging / "luoc-do"
    schema_dir.mkdir()
    try:
        check_schema(db, schema_dir)
    except BadBackupFile as exc:
        raise BadBackupFile(f"Tệp {name} không dùng được để khôi phục: {exc}. Cơ sở dữ liệu hiện tại được giữ nguyên.") \
            from None
    except sqlite3.Error as exc:
        raise BadBackupFile(f"Tệp {name} không dùng được để khôi phục: không đọc được lược đồ ({exc}).") from None
    finally:
        shutil.rmtree(schema_dir, ignore_errors=True)
    _keep_local_settings(db, local_settings or {})
    staged = StagedRestore(db=db, info=info)
    count = 0
    with _open_zip(backup_file) as zf:
        for member in zf.infolist():
            if member.is_dir() or not member.filename.startswith(ATTACHMENTS_PREFIX):
                if member.filename not in (DB_MEMBER, MANIFEST_MEMBER) and not member.is_dir():
                    staged.skipped.append(member.filename)
                continue
            rel = member.filename[len(ATTACHMENTS_PREFIX):]
            match = _CONTENT_ADDRESS.fullmatch(rel)
            if match is None:
                staged.skipped.append(member.filename)  # not a content-addressed file of ours: not restored
                continue
            count += 1
            if have_attachment(rel):
                continue
            target = staging / "attachments" / PurePosixPath(rel)
            _extract_attachment(zf, member, target, match.group(1) + match.group(2), name)
            staged.attachments.append((target, rel))
    staged.info = replace(info, row_counts=_count_rows(db), attachment_count=count)
    return staged
