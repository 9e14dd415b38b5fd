"""`tthc-desktop package SIGNED.pdf [--report ID] --out DIR`: the submission package, headless.

A PDF signed in the app is already a recorded submission (found by its SHA-256) with its .xlsx
forms and its signed manifest: the package is written from it. A signed PDF the app has not
recorded (signed in another tool) needs ``--report ID``: its signatures must be intact and
valid, and the report's .xlsx forms are taken from the register (its latest build); the
package's manifest is then unsigned, which the command says.

``tthc-desktop verify PACKAGE.zip`` (see ``verify_package_cli``) checks every file's hash and
the manifest's signature.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services.context import AppContext
from ..services.signed_submission import report_xlsx, verify_package
from ..services.signing_service import sha256_of
from ..services.submission_package import PackageError, package_submission
from ..store.submissions_store import SubmissionFile, SubmissionsRepository
from .common import EXIT_FAILED, EXIT_OK, CliError, existing_file, finish, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("package", help="đóng gói hồ sơ đã ký (PDF, biểu Excel, danh sách tệp có chữ ký)")
    p.add_argument("file", metavar="SIGNED.pdf", help="tệp PDF đã ký")
    p.add_argument("--report", type=int, metavar="ID", help="số báo cáo trong phần mềm (lấy các biểu Excel của báo cáo)")
    p.add_argument("--out", required=True, metavar="DIR", help="thư mục ghi gói hồ sơ (.zip)")
    finish(p, _package)


def _record_external(ctx, pdf: Path, report_id: int) -> int:
    """A PDF signed elsewhere becomes a submission with the report's .xlsx (signatures checked first)."""
    from ..services.events import SUBMISSIONS_CHANGED
    from ..signing.verify import verify_pdf
    from ..store.reports_store import ReportsRepository

    try:
        record = ReportsRepository(ctx.writer).get(report_id)
    except KeyError:
        raise CliError(f"Không có báo cáo số {report_id} trong phần mềm.") from None
    report = verify_pdf(pdf, [])
    if not report.signatures or not all(s.intact and s.valid for s in report.signatures):
        raise CliError(f"Tệp {pdf.name}: {report.summary or 'không có chữ ký số'}; không đóng gói.", EXIT_FAILED)
    xlsx = report_xlsx(ctx, report_id)
    first = report.signatures[0]
    org = report.signatures[1] if len(report.signatures) > 1 else None
    files = [SubmissionFile(pdf.name, str(pdf.resolve()), sha256_of(pdf), "pdf")]
    files += [SubmissionFile(p.name, str(p), sha256_of(p), "xlsx") for p in xlsx]
    submission_id = SubmissionsRepository(ctx.writer).add(
        report_id=report_id, title=record.title or pdf.stem, unit=first.signer_org,
        period=str(record.period or ""), files=files, signer_cn=first.signer_cn, signer_org=first.signer_org,
        org_signer_cn=org.signer_cn if org else "",
        signed_at=first.signing_time.isoformat() if first.signing_time else "", timestamped=first.timestamped,
    )
    ctx.events.emit(SUBMISSIONS_CHANGED, submission_ids={submission_id})
    return submission_id


def _package(args: argparse.Namespace) -> int:
    pdf = existing_file(args.file)
    digest = sha256_of(pdf)
    with AppContext.open(getattr(args, "db", None)) as ctx:
        repo = SubmissionsRepository(ctx.writer)
        sub = next((s for s in repo.list() if s.main_pdf is not None and s.main_pdf.sha256 == digest), None)
        if sub is not None and args.report is not None and sub.report_id not in (None, args.report):
            raise CliError(f"Tệp {pdf.name} đã được ghi nhận là hồ sơ của báo cáo số {sub.report_id}, "
                           f"không phải báo cáo số {args.report}.")
        if sub is None:
            if args.report is None:
                raise CliError(f"Tệp {pdf.name} chưa có trong danh sách hồ sơ đã ký của phần mềm: hãy ghi "
                               "--report ID (số báo cáo) để lấy các biểu Excel của báo cáo.")
            submission_id = _record_external(ctx, pdf, args.report)
        else:
            submission_id = sub.id
        sub = repo.get(submission_id)
        name = f"ho-so-{sub.period or pdf.stem}.zip"
        try:
            out = package_submission(ctx, submission_id, Path(args.out) / name)
        except PackageError as exc:
            raise CliError(str(exc), EXIT_FAILED) from None
        sub = repo.get(submission_id)
    signed = any(f.kind == "manifest_sig" for f in sub.files)
    xlsx = [f.name for f in sub.files if f.kind == "xlsx"]
    if args.json:
        return print_json({"package": str(out), "submission_id": submission_id, "xlsx": xlsx, "manifest_signed": signed})
    print(f"Đã đóng gói hồ sơ: {out}")
    print("  Biểu Excel: " + (", ".join(xlsx) or "không có"))
    print("  Danh sách tệp (manifest.json) " + ("có chữ ký số (manifest.p7s)." if signed else
          "không có chữ ký số: tệp PDF được ký ngoài phần mềm."))
    return EXIT_OK


def verify_package_cli(path: Path, roots: list, as_json: bool) -> int:
    """`verify PACKAGE.zip`: every file's hash and the manifest's signature."""
    try:
        result = verify_package(path, roots)
    except PackageError as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    if as_json:
        s = result.signature
        print_json({"file": str(path), "files": result.files, "manifest_signed": s is not None,
                    "intact": bool(s and s.intact), "valid": bool(s and s.valid), "trusted": bool(s and s.trusted),
                    "signer_cn": s.signer_cn if s else "", "summary": result.lines()[-1]})
    else:
        print("\n".join([f"Gói hồ sơ: {path}", *result.lines()]))
    return EXIT_OK if result.ok else EXIT_FAILED
