"""Managed attachment folder: evidence files are copied in and addressed by their SHA-256 (docs/ARCHITECTURE.md §5).

A file lives at ``<data_dir>/attachments/ab/cdef….ext``: the first two hex digits name a sub-folder,
the rest plus the (sanitised) extension the file. The user's original path is never kept as the only
copy; the original file name is kept (sanitised) only for display and export.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import StoreError
from .files import atomic_write, sha256_file

FOLDER_NAME = "attachments"
MAX_NAME_LENGTH = 120  # characters; Windows paths stay well under MAX_PATH with the data folder in front
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_EXTENSION = re.compile(r"\.[0-9a-z]{1,10}$")
_SHA256 = re.compile(r"[0-9a-f]{64}")


class AttachmentError(StoreError):
    """An attachment could not be copied in, found or exported (Vietnamese message)."""


def sanitize_name(name: str) -> str:
    """A safe display/export file name: no folders, control or reserved characters, no reserved Windows
    device names, no trailing dots or spaces, at most MAX_NAME_LENGTH characters (extension kept)."""
    text = unicodedata.normalize("NFC", name or "")
    text = re.split(r"[\\/]", text)[-1]  # strip path parts, Windows or POSIX
    # control, bidi marks, lone surrogates (cannot be written to disk)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    text = _FORBIDDEN.sub("_", text)
    text = re.sub(r"\.{2,}", ".", text)  # never ".." anywhere
    text = text.strip().rstrip(". ")
    stem, dot, ext = text.rpartition(".")
    if not dot:
        stem, ext = text, ""
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:  # Windows ignores spaces: "CON .txt" is CON
        stem = "_" + stem
    ext = ext[:10].rstrip(" ")  # the cut may end on a space, which Windows drops
    room = MAX_NAME_LENGTH - (len(ext) + 1 if ext else 0)
    stem = stem[:room].rstrip(". ") or "tep_dinh_kem"
    return f"{stem}.{ext}" if ext else stem


def extension_of(name: str) -> str:
    """Lower-case extension with its dot ('' when none or when it is not a plain one)."""
    match = _EXTENSION.search(sanitize_name(name).lower())
    return match.group(0) if match else ""


@dataclass(frozen=True, slots=True)
class StoredAttachment:
    sha256: str
    name: str  # sanitised original name, shown to the user and used when exporting
    path: Path  # the managed copy


class AttachmentStore:
    """Copies files into ``root`` by hash; identical content is stored once."""

    def __init__(self, data_dir: Path):
        self.root = Path(data_dir) / FOLDER_NAME

    def relative_path(self, sha256: str, name: str) -> Path:
        if not _SHA256.fullmatch(sha256 or ""):
            raise AttachmentError(f"Mã băm tệp đính kèm không hợp lệ: “{sha256}”")
        return Path(sha256[:2]) / (sha256[2:] + extension_of(name))

    def path_for(self, sha256: str, name: str) -> Path:
        return self.root / self.relative_path(sha256, name)

    def add(self, source: str | os.PathLike[str], name: str | None = None) -> StoredAttachment:
        """Copy ``source`` in (temp file, then rename) and return where it is; no-op when already stored."""
        source = Path(source)
        display = sanitize_name(name or source.name)
        try:
            digest = sha256_file(source)
        except OSError as exc:
            raise AttachmentError(f"Không đọc được tệp “{source}”: {exc.strerror or exc}") from exc
        target = self.path_for(digest, display)
        if target.is_file() and target.stat().st_size == source.stat().st_size:
            return StoredAttachment(digest, display, target)

        def copy(out) -> None:  # hashes what it writes: a file changed mid-copy is never kept
            copied = hashlib.sha256()
            with source.open("rb") as src:
                while chunk := src.read(1 << 20):
                    copied.update(chunk)
                    out.write(chunk)
            if copied.hexdigest() != digest:
                raise AttachmentError(f"Tệp “{source.name}” thay đổi trong khi sao chép; hãy thử lại.")

        try:
            atomic_write(target, copy, prefix=".tmp-", suffix="")
        except OSError as exc:
            raise AttachmentError(
                f"Không sao chép được tệp “{source.name}” vào thư mục đính kèm {self.root}: {exc.strerror or exc}"
            ) from exc
        return StoredAttachment(digest, display, target)

    def open_path(self, sha256: str, name: str) -> Path:
        """The managed copy, checked to exist and to still hold the right content."""
        path = self.path_for(sha256, name)
        if not path.is_file():
            raise AttachmentError(f"Không tìm thấy tệp đính kèm “{sanitize_name(name)}” trong {self.root}.")
        return path

    def verify(self, sha256: str, name: str) -> bool:
        path = self.path_for(sha256, name)
        return path.is_file() and sha256_file(path) == sha256

    def export(self, sha256: str, name: str, destination: str | os.PathLike[str]) -> Path:
        """Write a copy to ``destination`` (a file path, or a folder to get the original name)."""
        source = self.open_path(sha256, name)
        dest = Path(destination)
        if dest.is_dir():
            dest = dest / sanitize_name(name)
        try:
            atomic_write(dest, lambda out: _copy_from(source, out), prefix=".tmp-", suffix="")
        except OSError as exc:
            raise AttachmentError(f"Không lưu được bản sao vào “{dest}”: {exc.strerror or exc}") from exc
        return dest


def _copy_from(source: Path, out) -> None:
    with source.open("rb") as src:
        shutil.copyfileobj(src, out, 1 << 20)
