"""Submission package: one zip with the signed PDF(s), the .xlsx forms and ``manifest.json``.

The manifest lists every file with its SHA-256 and size, the unit, the period, the
report templates (id and version), the signer and the signing time. The zip is
written to a temporary file and moved into place (docs/ARCHITECTURE.md §10.7).

``read_package`` opens a package from anyone: it refuses members with absolute
names or ``..`` (path traversal), too many members, too much uncompressed data or
suspicious compression ratios (zip bombs), and checks every hash in the manifest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ..store.atomic_files import FileInUse
from ..store.files import atomic_write, sha256_file
from ..store.os_errors import os_error_vi
from ..store.zip_guard import ZipLimits, zip_problem

MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.p7s"  # detached CMS over manifest.json (services/signed_submission.py)
FORMAT = "tthc-desktop/submission"
FORMAT_VERSION = 1
MAX_MEMBERS = 200
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, per member (PDF and xlsx compress far less)
LIMITS = ZipLimits(MAX_MEMBERS, MAX_TOTAL_BYTES, MAX_RATIO, ratio_min_size=1024 * 1024 + 1)
_CHUNK = 1 << 16


class PackageError(Exception):
    """A package that cannot be written or must not be trusted; the message is Vietnamese."""


@dataclass(frozen=True)
class PackageFile:
    path: Path
    kind: str  # "pdf", "appendix_pdf", "xlsx"


@dataclass(frozen=True)
class PackageInfo:
    unit: str
    period: str
    templates: Sequence[tuple[str, str]] = ()  # (template id, version)
    signer: dict[str, Any] = field(default_factory=dict)  # cn, organisation, org_signer_cn
    signing_time: str = ""  # ISO 8601 +07:00
    title: str = ""


@dataclass(frozen=True)
class ReadPackage:
    manifest: dict[str, Any]
    files: dict[str, bytes]  # member name → content, every hash checked
    manifest_bytes: bytes | None = None  # manifest.json as stored (what manifest.p7s signs)
    manifest_sig: bytes | None = None


def build_manifest(files: Sequence[PackageFile], info: PackageInfo) -> dict[str, Any]:
    names = [f.path.name for f in files]
    if len(set(names)) != len(names):
        raise PackageError("Gói hồ sơ có hai tệp trùng tên: " + ", ".join(sorted({n for n in names if names.count(n) > 1})))
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "title": info.title,
        "unit": info.unit,
        "period": info.period,
        "templates": [{"id": t, "version": v} for t, v in info.templates],
        "signer": dict(info.signer),
        "signing_time": info.signing_time,
        "created_at": dt.datetime.now().astimezone().replace(microsecond=0).isoformat(),
        "files": [
            {"name": f.path.name, "kind": f.kind, "size": f.path.stat().st_size, "sha256": sha256_file(f.path)}
            for f in files
        ],
    }


def write_package(out_path: Path | str, files: Sequence[PackageFile], info: PackageInfo,
                  *, signed_manifest: tuple[bytes, bytes] | None = None) -> Path:
    """Write the zip atomically; returns its path.

    ``signed_manifest``: (manifest.json, manifest.p7s) made at signing time; stored unchanged
    after checking that it lists exactly ``files`` with their current hashes.
    """
    out = Path(out_path)
    missing = [str(f.path) for f in files if not f.path.is_file()]
    if missing:
        raise PackageError("Không tìm thấy tệp để đóng gói: " + ", ".join(missing))
    manifest = build_manifest(files, info)
    if signed_manifest is not None:
        listed = {f.get("name"): f.get("sha256") for f in json.loads(signed_manifest[0]).get("files", [])}
        if listed != {f["name"]: f["sha256"] for f in manifest["files"]}:
            raise PackageError("Danh sách tệp đã ký (manifest.json) không khớp với các tệp hiện có; không đóng gói.")

    def write(fh) -> None:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for f in files:
                zf.write(f.path, arcname=f.path.name)
            if signed_manifest is not None:
                zf.writestr(MANIFEST, signed_manifest[0])
                zf.writestr(MANIFEST_SIG, signed_manifest[1])
            else:
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))

    try:
        return atomic_write(out, write)
    except OSError as exc:
        reason = exc.strerror if isinstance(exc, FileInUse) else os_error_vi(exc)  # never "No space left…"
        raise PackageError(f"Không ghi được gói hồ sơ {out}: {reason}.") from None


def _safe_member_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name:
        return False
    p = PurePosixPath(name)
    if p.is_absolute() or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return False
    return ".." not in p.parts and all(part not in ("", ".") for part in p.parts)


def read_package(path: Path | str) -> ReadPackage:
    """Open and check a package; raises PackageError (Vietnamese) on anything unsafe or inconsistent."""
    p = Path(path)
    try:
        zf = zipfile.ZipFile(p)
    except _ZIP_ERRORS:
        raise PackageError(f"Tệp {p.name} không phải gói hồ sơ (.zip) hợp lệ.") from None
    try:
        contents = _read_members(zf, p)
    except _ZIP_ERRORS as exc:  # damaged data: bad CRC, bad deflate stream, unknown method, encrypted
        raise PackageError(f"Gói hồ sơ {p.name} bị hỏng, không đọc được ({type(exc).__name__}).") from None
    finally:
        zf.close()
    manifest_bytes = contents.pop(MANIFEST)
    manifest_sig = contents.pop(MANIFEST_SIG, None)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PackageError(f"Tệp {MANIFEST} trong gói {p.name} bị hỏng.") from None
    files = manifest.get("files", []) if isinstance(manifest, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, dict) and isinstance(f.get("name"), str) for f in files):
        raise PackageError(f"Tệp {MANIFEST} trong gói {p.name} không đúng định dạng.")
    listed = {f["name"]: f for f in files}
    for name, entry in listed.items():
        if name not in contents:
            raise PackageError(f"Gói hồ sơ {p.name} thiếu tệp “{name}” có trong danh sách.")
        if hashlib.sha256(contents[name]).hexdigest() != entry.get("sha256"):
            raise PackageError(f"Tệp “{name}” trong gói {p.name} đã bị thay đổi (SHA-256 không khớp).")
    extra = sorted(set(contents) - set(listed))
    if extra:
        raise PackageError(f"Gói hồ sơ {p.name} có tệp không có trong danh sách: {', '.join(extra)}.")
    return ReadPackage(manifest, contents, manifest_bytes, manifest_sig)


_NOT_PACKED = ("package", "manifest", "manifest_sig")  # the signed manifest goes in as manifest.json/.p7s


# what zipfile raises for damaged input besides BadZipFile (zlib.error, NotImplementedError for an
# unknown method, RuntimeError for an encrypted member, OSError/EOFError for a cut file)
_ZIP_ERRORS = (OSError, EOFError, zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError,
               RuntimeError, ValueError)


def _read_members(zf: zipfile.ZipFile, p: Path) -> dict[str, bytes]:
    """Every member, after the name, count and size checks (raises PackageError or a zip error)."""
    infos = zf.infolist()
    problem = zip_problem(infos, LIMITS, name_ok=_safe_member_name)
    if problem is not None and problem.kind == "members":
        raise PackageError(f"Gói hồ sơ {p.name} có quá nhiều tệp ({len(infos)}); không mở.")
    if problem is not None and problem.kind == "name":
        raise PackageError(
            f"Gói hồ sơ {p.name} chứa tên tệp không an toàn “{problem.member}” "
            "(đường dẫn tuyệt đối hoặc trỏ ra ngoài thư mục); không mở."
        )
    if problem is not None:
        raise PackageError(f"Gói hồ sơ {p.name} có dung lượng giải nén bất thường (nghi “bom zip”); không mở.")
    names = {i.filename for i in infos}
    if MANIFEST not in names:
        raise PackageError(f"Gói hồ sơ {p.name} thiếu tệp {MANIFEST}.")
    contents: dict[str, bytes] = {}
    for info in infos:
        contents[info.filename] = _read_limited(zf, info, p.name)
    return contents


def _read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo, package_name: str) -> bytes:
    """Read one member, stopping if it inflates past its declared size (a lying header)."""
    out = bytearray()
    with zf.open(info) as f:
        while chunk := f.read(_CHUNK):
            out += chunk
            if len(out) > info.file_size or len(out) > MAX_TOTAL_BYTES:
                raise PackageError(
                    f"Gói hồ sơ {package_name} có dung lượng giải nén bất thường (nghi “bom zip”); không mở."
                )
    return bytes(out)


def package_file_name(sub) -> str:
    """The package's file name for a submission, as the CLI's ``package`` names it: ``ho-so-<kỳ>.zip``."""
    main = sub.main_pdf
    return f"ho-so-{sub.period or (Path(main.path).stem if main else sub.id)}.zip"


def package_submission(ctx, submission_id: int, out_path: Path | str,
                       *, templates: Sequence[tuple[str, str]] | None = None, overwrite: bool = False) -> Path:
    """Zip a recorded submission's files with their manifest; remembers the package path.
    *out_path* goes through ``check_output`` (an existing file is replaced only with *overwrite*)."""
    from .output_paths import check_output

    out_path = check_output(out_path, "zip", ctx, overwrite=overwrite)
    from ..store.reports_store import ReportsRepository
    from ..store.submissions_store import SubmissionFile, SubmissionsRepository
    from .events import SUBMISSIONS_CHANGED

    repo = SubmissionsRepository(ctx.writer)
    sub = repo.get(submission_id)
    files = [PackageFile(Path(f.path), f.kind) for f in sub.files if f.kind not in _NOT_PACKED]
    signed = {f.kind: Path(f.path) for f in sub.files if f.kind in ("manifest", "manifest_sig")}
    for f in sub.files:
        if f.kind != "package" and Path(f.path).is_file() and sha256_file(f.path) != f.sha256:
            raise PackageError(f"Tệp {f.name} đã bị thay đổi sau khi ký (SHA-256 khác); không đóng gói.")
    if templates is None and sub.report_id is not None:
        try:
            record = ReportsRepository(ctx.writer).get(sub.report_id)
            templates = [(record.template_id, record.template_version)]
        except Exception:
            templates = []
    info = PackageInfo(
        unit=sub.unit, period=sub.period, templates=list(templates or []), title=sub.title,
        signer={"cn": sub.signer_cn, "organisation": sub.signer_org, "org_signer_cn": sub.org_signer_cn},
        signing_time=sub.signed_at,
    )
    signed_manifest = None
    if len(signed) == 2 and all(p.is_file() for p in signed.values()):
        signed_manifest = (signed["manifest"].read_bytes(), signed["manifest_sig"].read_bytes())
    out = write_package(out_path, files, info, signed_manifest=signed_manifest)
    kept = [f for f in sub.files if f.kind != "package"]
    repo.set_package(submission_id, str(out), kept + [SubmissionFile(out.name, str(out), sha256_file(out), "package")])
    ctx.events.emit(SUBMISSIONS_CHANGED, submission_ids={submission_id})
    return out
