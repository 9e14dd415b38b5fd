"""`tthc-desktop sign` and `tthc-desktop verify`: digital signatures from the command line.

``sign`` takes the password or PIN from an interactive prompt (never an argument, so it stays
out of the shell history), or from ``TTHC_SIGN_PIN`` / ``TTHC_SEAL_PIN`` for automation.

Where the signatures go: if FILE is a PDF this app built (same SHA-256 as a recorded build),
the renderer's boxes; otherwise the person box at the bottom right of the last page, just above
the lowest line of text in the right half (the signer's name), and the seal overlapping the
left third of it. ``--page N --box x0,y0,x1,y1`` (points, origin bottom left) overrides the
person box; the seal follows it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ..services.context import AppContext
from ..services.output_paths import check_output
from ..services.signed_submission import report_lines
from ..services.signing_service import BoxPlan, SignerChoice, SigningService
from ..services.submissions_service import trust_store_dir
from ..signing.appearance import SignatureBox, seal_box_for
from ..signing.certs import load_certificate_bytes
from ..signing.errors import PIN_WARNING, SigningError
from ..signing.sign_pdf import field_label
from ..signing.trust_store import TrustStore, TrustStoreError, parse_certificates
from ..signing.verify import VerificationReport, verify_pdf
from ..store.location import resolve_db_path
from .common import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, CliError, existing_file, finish, print_json

SIGN_PIN_ENV = "TTHC_SIGN_PIN"
SEAL_PIN_ENV = "TTHC_SEAL_PIN"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("sign", help="ký số tệp PDF (cá nhân, rồi cơ quan nếu có chứng thư của cơ quan)")
    p.add_argument("file", metavar="FILE.pdf", help="tệp PDF cần ký")
    p.add_argument("--pkcs12", metavar="F.pfx", help="tệp chứng thư số của người ký (.pfx/.p12)")
    p.add_argument("--seal-pkcs12", metavar="F2.pfx", help="tệp chứng thư số của cơ quan (chữ ký kèm con dấu)")
    p.add_argument("--pkcs11-lib", metavar="DLL", help="trình điều khiển PKCS#11 của token (thay cho --pkcs12)")
    p.add_argument("--token", metavar="NHÃN", help="nhãn token")
    p.add_argument("--key-label", metavar="NHÃN", help="nhãn khóa bí mật trên token")
    p.add_argument("--tsa", metavar="URL", help="máy chủ cấp dấu thời gian (PAdES B-T) cho lần ký này")
    p.add_argument("--page", type=int, metavar="N", help="trang đặt chữ ký (bắt đầu từ 1), dùng với --box")
    p.add_argument("--box", metavar="x0,y0,x1,y1", help="khung chữ ký cá nhân, đơn vị point, gốc ở góc dưới trái")
    p.add_argument("--doc-number", default="", metavar="SỐ/KÝ HIỆU", help="số/ký hiệu văn bản (chữ ký trên phụ lục)")
    p.add_argument("--out", required=True, metavar="OUT.pdf", help="tệp PDF đã ký")
    p.add_argument("--xlsx", action="append", default=None, metavar="F.xlsx",
                   help="biểu Excel đính kèm vào PDF trước khi ký (mặc định: biểu của báo cáo đã lập ra PDF này)")
    p.add_argument("--overwrite", action="store_true", help="cho phép ghi đè tệp --out đã có")
    finish(p, _sign)

    v = subparsers.add_parser("verify", help="kiểm tra chữ ký số của tệp PDF bất kỳ hoặc của gói hồ sơ .zip")
    v.add_argument("file", metavar="FILE.pdf|GÓI.zip")
    v.add_argument("--trust", action="append", default=[], metavar="CERT",
                   help="chứng thư gốc tin cậy (.cer/.crt/.pem/.p7b), có thể lặp lại")
    finish(v, _verify)

    t = subparsers.add_parser("trust", help="danh sách chứng thư tin cậy: nhập chứng thư gốc/trung gian từ tệp, "
                                            "hoặc tin cậy đơn vị cấp chứng thư của người ký một tài liệu")
    t_sub = t.add_subparsers(dest="trust_command", required=True, metavar="LỆNH")
    t_import = t_sub.add_parser("import", help="nhập chứng thư gốc hoặc trung gian (.cer/.crt/.pem/.p7b)")
    t_import.add_argument("file", metavar="CERT")
    finish(t_import, _trust_import, json=False)
    t_issuer = t_sub.add_parser("issuer", help="tin cậy đơn vị cấp chứng thư của người ký tệp PDF (hiện dấu vân tay "
                                               "SHA-256 để đối chiếu trước khi thêm)")
    t_issuer.add_argument("file", metavar="FILE.pdf")
    t_issuer.add_argument("--yes", action="store_true", help="thêm mà không hỏi lại (đã đối chiếu dấu vân tay)")
    finish(t_issuer, _trust_issuer, json=False)


# -- sign ------------------------------------------------------------------------------------------
def _secret(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"Chưa có mật khẩu/mã PIN: hãy chạy lệnh trong cửa sổ dòng lệnh để nhập, hoặc đặt biến {env}.")
    return getpass.getpass(prompt)


def _person_choice(args: argparse.Namespace) -> SignerChoice:
    if bool(args.pkcs12) == bool(args.pkcs11_lib):
        raise CliError("Hãy chọn đúng một cách ký cho người ký: --pkcs12 F.pfx hoặc --pkcs11-lib DLL.")
    if args.pkcs12:
        return SignerChoice.pkcs12(args.pkcs12)
    return SignerChoice.pkcs11(args.pkcs11_lib, token_label=args.token, key_label=args.key_label)


def _override_plan(args: argparse.Namespace, plan: BoxPlan) -> BoxPlan:
    if args.box is None:
        if args.page is not None:
            raise CliError("--page cần dùng cùng --box x0,y0,x1,y1.")
        return plan
    try:
        x0, y0, x1, y1 = (float(v) for v in args.box.split(","))
    except ValueError:
        raise CliError(f"--box “{args.box}” không đúng dạng x0,y0,x1,y1 (số, đơn vị point).") from None
    if x1 <= x0 or y1 <= y0:
        raise CliError("--box: x1 phải lớn hơn x0 và y1 lớn hơn y0.")
    page = (args.page or plan.person.page_index + 1) - 1
    if page < 0:
        raise CliError("--page bắt đầu từ 1.")
    person = SignatureBox(page, x0, y0, x1, y1)
    return BoxPlan(person, seal_box_for(person), plan.appendices, plan.report_id, False)


def _xlsx_for(ctx, args: argparse.Namespace, plan: BoxPlan) -> list[Path]:
    """--xlsx as given, else the .xlsx forms of the report this PDF was built from (the register)."""
    from ..services.signed_submission import report_xlsx

    if args.xlsx is not None:
        missing = [name for name in args.xlsx if not Path(name).is_file()]
        if missing:
            raise CliError("Không tìm thấy biểu Excel: " + ", ".join(missing))
        return [Path(name) for name in args.xlsx]
    return report_xlsx(ctx, plan.report_id) if plan.from_build and plan.report_id is not None else []


def _sign(args: argparse.Namespace) -> int:
    src = existing_file(args.file)
    person = _person_choice(args)
    org = SignerChoice.pkcs12(args.seal_pkcs12) if args.seal_pkcs12 else None
    with AppContext.open(getattr(args, "db", None)) as ctx:
        check_output(args.out, "pdf", ctx, overwrite=args.overwrite)  # before anyone types a PIN
        service = SigningService(ctx)
        try:
            plan = _override_plan(args, service.box_plan(src))
        except SigningError as exc:
            raise CliError(str(exc), EXIT_FAILED) from None
        kind = "mã PIN token" if person.kind == "pkcs11" else "mật khẩu tệp chứng thư số"
        warning = f" ({PIN_WARNING})" if person.kind == "pkcs11" else ""
        person_secret = _secret(SIGN_PIN_ENV, f"Nhập {kind} của người ký{warning}: ")
        org_secret = _secret(SEAL_PIN_ENV, "Nhập mật khẩu tệp chứng thư số của cơ quan: ") if org else None
        xlsx = _xlsx_for(ctx, args, plan)
        try:
            outcome = service.sign(src, args.out, person=person, person_secret=person_secret, org=org,
                                   org_secret=org_secret, boxes=plan, doc_number=args.doc_number,
                                   tsa_url=args.tsa, title=src.stem, xlsx=xlsx,
                                   overwrite=args.overwrite)
        except SigningError as exc:
            raise CliError(str(exc), EXIT_FAILED) from None
        finally:
            del person_secret, org_secret
    results = [outcome.person] + ([outcome.org] if outcome.org else []) + list(outcome.appendices)
    for warning in outcome.warnings:
        print(f"Cảnh báo: {warning}", file=sys.stderr)
    if args.json:
        print_json({
            "out": str(outcome.signed_pdf), "submission_id": outcome.submission_id,
            "warnings": list(outcome.warnings),
            "boxes_from_build": plan.from_build,
            "signatures": [{"file": str(r.out_path), "field": r.field_name, "signer_cn": r.signer.subject_cn,
                            "signing_time": r.signing_time.isoformat(), "timestamped": r.timestamped}
                           for r in results],
        })
        return EXIT_OK
    where = "khung chữ ký đã lưu khi lập báo cáo" if plan.from_build else "khung chữ ký mặc định"
    print(f"Đã ký: {outcome.signed_pdf} ({where})")
    for r in results:
        ts = ", có dấu thời gian" if r.timestamped else ""
        print(f"  - {field_label(r.field_name)}: {r.signer.subject_cn}, lúc {r.signing_time:%d/%m/%Y %H:%M:%S}{ts}"
              f" → {r.out_path.name}")
    return EXIT_OK


# -- verify ----------------------------------------------------------------------------------------
def _trust_roots(args: argparse.Namespace) -> list:
    roots = []
    for name in args.trust:
        try:
            roots += parse_certificates(Path(name).read_bytes())
        except OSError:
            raise CliError(f"Không đọc được tệp chứng thư: {name}") from None
        except ValueError:
            try:
                roots.append(load_certificate_bytes(Path(name).read_bytes()))
            except ValueError:
                raise CliError(f"Tệp {name} không chứa chứng thư số hợp lệ.") from None
    store_dir = trust_store_dir(resolve_db_path(getattr(args, "db", None)).parent)
    try:
        roots += TrustStore(store_dir).certificates()
    except (OSError, ValueError, TrustStoreError):
        pass  # an unreadable store entry only means fewer trusted roots
    return roots


def report_json(report: VerificationReport) -> dict:
    return {
        "file": str(report.path),
        "all_valid": report.all_valid,
        "all_trusted": report.all_trusted,
        "modified_after_signing": report.modified,
        "summary": report.summary,
        "signatures": [
            {"field": s.field_name, "signer_cn": s.signer_cn, "signer_org": s.signer_org,
             "signing_time": s.signing_time.isoformat() if s.signing_time else None,
             "intact": s.intact, "valid": s.valid, "trusted": s.trusted, "timestamped": s.timestamped,
             "coverage": s.coverage, "coverage_text": s.coverage_text, "modification": s.modification,
             "modification_text": s.modification_text, "modified_after_signing": s.modified,
             "trust_reason": s.trust_reason, "summary": s.summary, "error": s.error,
             "missing_trust": s.missing_trust, "legacy_algorithm": s.legacy_algorithm}
            for s in report.signatures
        ],
    }


def _store(args: argparse.Namespace) -> TrustStore:
    return TrustStore(trust_store_dir(resolve_db_path(getattr(args, "db", None)).parent))


def _trust_import(args: argparse.Namespace) -> int:
    try:
        infos = _store(args).import_file(args.file)
    except TrustStoreError as exc:
        raise CliError(str(exc)) from None
    for info in infos:
        print(f"Đã thêm vào danh sách tin cậy: {info.subject_cn} — SHA-256 {info.sha256_hex}")
    return EXIT_OK


def _trust_issuer(args: argparse.Namespace) -> int:
    from ..signing.trust_hints import fingerprint_text, issuer_to_trust

    path = existing_file(args.file)
    try:
        candidates = issuer_to_trust(path)
    except Exception:
        raise CliError(f"Tệp {path.name} không phải PDF có chữ ký đọc được.") from None
    if not candidates:
        raise CliError(f"Tệp {path.name} không kèm chứng thư của đơn vị cấp chứng thư cho người ký: "
                       "hãy nhập chứng thư gốc từ tệp (tthc-desktop trust import).")
    store = _store(args)
    for c in candidates:
        kind = "chứng thư gốc" if c.is_root else "chứng thư trung gian"
        print(f"{kind.capitalize()}: {c.subject_cn}")
        print(f"  Dấu vân tay SHA-256: {fingerprint_text(c.sha256_hex)}")
        if not args.yes:
            answer = input("Đối chiếu dấu vân tay với nơi công bố. Thêm vào danh sách tin cậy? [c/K] ")
            if answer.strip().lower() not in ("c", "co", "có", "y", "yes"):
                print("Không thêm.")
                continue
        store.add(c.certificate)
        print(f"Đã thêm {kind} vào danh sách tin cậy.")
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    path = existing_file(args.file)
    roots = _trust_roots(args)
    if path.suffix.lower() == ".zip":
        from .package_cmd import verify_package_cli

        return verify_package_cli(path, roots, args.json)
    try:
        report = verify_pdf(path, roots)
    except SigningError as exc:
        raise CliError(str(exc), EXIT_BAD_INPUT) from None
    if args.json:
        print_json(report_json(report))
    else:
        print("\n".join(report_lines(report)))
    # Untrusted or changed after signing is a failure too: a script must not take it as good.
    return EXIT_OK if report.all_trusted else EXIT_FAILED
