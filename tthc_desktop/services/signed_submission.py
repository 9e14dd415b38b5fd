"""The Excel side of a signed submission: .xlsx attached inside the signed PDF, and a signed manifest.

Called by ``SigningService.sign`` while the signers are open (one PIN session):

- ``attached_source``: before the person signs, a temporary copy of the PDF with the .xlsx
  forms attached (signing/embed.py), so both PAdES signatures cover them;
- ``write_signed_manifest``: after the PDF is signed, ``manifest.json`` (every file with its
  SHA-256: the signed PDF, the signed appendices, the .xlsx) and its detached CMS signature
  ``manifest.p7s``, made with the organisation's key when there is one, else the person's.
  They are kept beside the signed PDF as ``<name>.manifest.json`` / ``<name>.manifest.p7s`` and
  become ``manifest.json`` / ``manifest.p7s`` in the package, unchanged.

``verify_package(path, trust_roots)`` checks a package: every file's hash against the manifest
(``read_package``) and the manifest's signature.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from ..signing.embed import embed_files
from ..signing.manifest_cms import ManifestSignature, sign_detached, verify_detached
from ..signing.sign_pdf import field_label
from ..signing.verify import VerificationReport
from ..store.files import atomic_write
from .submission_package import (
    MANIFEST,
    MANIFEST_SIG,
    PackageError,
    PackageFile,
    PackageInfo,
    build_manifest,
    read_package,
)

MANIFEST_KIND = "manifest"
MANIFEST_SIG_KIND = "manifest_sig"


def attached_source(stack: ExitStack, pdf: Path, xlsx: Sequence[Path], work_dir: Path) -> Path:
    """``pdf`` itself when there is no .xlsx; else a temporary copy with them attached (removed with ``stack``)."""
    if not xlsx:
        return pdf
    work_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=".tthc-attach-", dir=work_dir)))
    return embed_files(pdf, tmp / pdf.name, xlsx)


def manifest_paths(signed_pdf: Path) -> tuple[Path, Path]:
    return (signed_pdf.with_name(f"{signed_pdf.stem}.{MANIFEST}"),
            signed_pdf.with_name(f"{signed_pdf.stem}.{MANIFEST_SIG}"))


def write_signed_manifest(signer, files: Sequence[PackageFile], info: PackageInfo, signed_pdf: Path) -> tuple[Path, Path]:
    """Write ``<name>.manifest.json`` and its detached signature beside ``signed_pdf``."""

    data = json.dumps(build_manifest(files, info), ensure_ascii=False, indent=2).encode("utf-8")
    p7s = sign_detached(signer, data)
    json_path, sig_path = manifest_paths(signed_pdf)
    atomic_write(json_path, data)
    atomic_write(sig_path, p7s)
    return json_path, sig_path


def report_xlsx(ctx, report_id: int) -> list[Path]:
    """The .xlsx forms of the report's latest build, from the register (``<pdf stem>_<form>.xlsx`` beside it)."""
    from ..store.submissions_store import SubmissionsRepository

    built = SubmissionsRepository(ctx.writer).latest_build_path(report_id)
    if not built:
        return []
    pdf = Path(built)
    return sorted(p for p in pdf.parent.glob(f"{pdf.stem}_*.xlsx") if p.is_file())


@dataclass(frozen=True)
class PackageVerification:
    files: list[str]  # every file listed, hash checked
    signature: ManifestSignature | None  # None: the package has no manifest.p7s

    @property
    def ok(self) -> bool:
        return self.signature is not None and self.signature.valid

    def lines(self) -> list[str]:
        out = [f"Các tệp trong gói đúng với danh sách (SHA-256 khớp): {', '.join(self.files)}"]
        out.append(self.signature.summary if self.signature is not None
                   else "Gói không có chữ ký của danh sách tệp (manifest.p7s).")
        return out


def verify_package(path: Path | str, trust_roots: Iterable) -> PackageVerification:
    """Raises PackageError when a file's hash does not match; the manifest's signature is reported."""
    package = read_package(path)
    names = [f["name"] for f in package.manifest.get("files", [])]
    if package.manifest_sig is None:
        return PackageVerification(names, None)
    if package.manifest_bytes is None:
        raise PackageError(f"Gói {Path(path).name} thiếu {MANIFEST}.")
    return PackageVerification(names, verify_detached(package.manifest_bytes, package.manifest_sig, trust_roots))


def _yes(flag: bool) -> str:
    return "có" if flag else "KHÔNG"


def report_lines(report: VerificationReport) -> list[str]:
    """The verification report as Vietnamese lines (also used by the UI)."""
    lines = [f"Tệp: {report.path}", report.summary]
    for i, s in enumerate(report.signatures, 1):
        when = f"{s.signing_time:%d/%m/%Y %H:%M:%S %z}" if s.signing_time else "không rõ"
        lines += [
            f"Chữ ký {i} ({field_label(s.field_name)}):",
            f"  Người ký: {s.signer_cn or 'không rõ'}",
            f"  Tổ chức: {s.signer_org or 'không rõ'}",
            f"  Thời gian ký: {when}{' (dấu thời gian)' if s.timestamped else ''}",
            f"  Nguyên vẹn: {_yes(s.intact)}; hợp lệ: {_yes(s.valid)}; được tin cậy: {_yes(s.trusted)}"
            + (f" ({s.missing_trust})" if s.missing_trust else "")
            + (f"; thuật toán cũ ({s.legacy_algorithm})" if s.legacy_algorithm else ""),
            *([f"  Lý do không tin cậy: {s.trust_reason}"] if s.trust_reason else []),
            f"  Phạm vi ký: {s.coverage_text}",
            f"  Thay đổi sau khi ký: {s.modification_text}",
            f"  Kết luận: {s.summary}",
        ]
    return lines
