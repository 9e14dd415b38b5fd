"""External signing: export the unsigned PDF for the officer's usual signing tool, then re-import it.

The export keeps a private copy of the exact bytes (``<data dir>/signing/exports/<sha256>.pdf``)
and records its SHA-256. A signed file is accepted only if its first signed revision is that
document byte for byte (``check_signed_revision_matches``) and every signature is intact and
valid (``verify_pdf``); it then becomes a submission like one signed in the app.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..signing.errors import SigningError
from ..signing.verify import VerificationReport, check_signed_revision_matches, verify_pdf
from ..store.files import atomic_write, sha256_file
from ..store.submissions_store import SubmissionFile, SubmissionsRepository
from .context import AppContext
from .events import SUBMISSIONS_CHANGED


class ExternalSigningError(SigningError):
    default_message = "Tệp đã ký không được chấp nhận."


@dataclass(frozen=True)
class ExportedDocument:
    export_id: int
    path: Path
    sha256: str


@dataclass(frozen=True)
class ImportedDocument:
    submission_id: int
    path: Path
    report: VerificationReport


def _exports_dir(ctx: AppContext) -> Path:
    return ctx.data_dir / "signing" / "exports"


def export_for_signing(ctx: AppContext, pdf_path: Path | str, out_path: Path | str,
                       *, report_id: int | None = None) -> ExportedDocument:
    """Copy the unsigned PDF to *out_path* for signing elsewhere, and record its SHA-256."""
    src, out = Path(pdf_path), Path(out_path)
    data = src.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    keep = _exports_dir(ctx) / f"{digest}.pdf"
    keep.parent.mkdir(parents=True, exist_ok=True)
    if not keep.exists():
        keep.write_bytes(data)
    if out.resolve() != src.resolve():
        atomic_write(out, data)
    export_id = SubmissionsRepository(ctx.writer).record_export(
        report_id=report_id, path=str(out), sha256=digest, copy_path=str(keep))
    return ExportedDocument(export_id, out, digest)


def import_signed(ctx: AppContext, export_id: int, signed_path: Path | str, *,
                  trust_roots: Iterable = (), keep_in: Path | str | None = None,
                  xlsx: Sequence[Path] = (), title: str = "", period: str = "") -> ImportedDocument:
    """Accept a file signed in another tool; raise ExternalSigningError (Vietnamese) otherwise."""
    repo = SubmissionsRepository(ctx.writer)
    export = repo.export(export_id)
    signed = Path(signed_path)
    copy = Path(export["copy_path"])
    try:
        original = copy.read_bytes()
    except OSError:
        raise ExternalSigningError(f"Không còn bản gốc đã xuất để đối chiếu ({copy}).") from None
    if hashlib.sha256(original).hexdigest() != export["sha256"]:
        raise ExternalSigningError("Bản gốc đã xuất bị thay đổi; không đối chiếu được.")
    if not signed.is_file():
        raise ExternalSigningError(f"Không tìm thấy tệp đã ký: {signed}")
    if not check_signed_revision_matches(original, signed):
        raise ExternalSigningError(
            f"Tệp {signed.name} không phải là văn bản đã xuất được ký nguyên vẹn: phần đã ký khác "
            "bản gốc hoặc chữ ký không hợp lệ. Không nhận tệp này."
        )
    report = verify_pdf(signed, list(trust_roots))
    if not report.all_valid:
        raise ExternalSigningError(f"Tệp {signed.name}: {report.summary}")
    target = signed
    if keep_in is not None:
        target = Path(keep_in) / signed.name
        if target.resolve() != signed.resolve():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(signed, target)
    first = report.signatures[0]
    org = report.signatures[1] if len(report.signatures) > 1 else None
    files = [SubmissionFile(target.name, str(target), sha256_file(target), "pdf")]
    files += [SubmissionFile(p.name, str(p), sha256_file(p), "xlsx") for p in xlsx]
    with ctx.db.atomic():
        submission_id = repo.add(
            report_id=export["report_id"], title=title or target.stem, unit=first.signer_org, period=period,
            files=files, signer_cn=first.signer_cn, signer_org=first.signer_org,
            org_signer_cn=org.signer_cn if org else "",
            signed_at=first.signing_time.isoformat() if first.signing_time else "",
            timestamped=first.timestamped,
        )
        repo.mark_imported(export_id, str(target))
    ctx.events.emit(SUBMISSIONS_CHANGED, submission_ids={submission_id})
    return ImportedDocument(submission_id, target, report)
