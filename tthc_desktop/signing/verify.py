"""Verify the signatures of any PDF with pyHanko, against the given trust roots only.

For each signature: who signed (CN, O), when, whether the signed bytes are intact,
whether the signature is cryptographically valid, whether the certificate chains
to one of the given roots (there is no fallback to the operating system's list),
what the signature covers and what changed after it. Messages are Vietnamese.

Issue 14: an untrusted signature names what is missing for trust (``missing_trust``, see
trust_hints.py); SHA-1 signatures (real government PDFs: SHA-1 CAdES with a timestamp) are accepted
and marked "thuật toán cũ (SHA-1)" (``legacy_algorithm``); pyHanko's own log records go to the
application's log, never to the console as a traceback.

``check_signed_revision_matches`` serves external signing: a file signed in
another tool is accepted only if its signed revision is our exported document,
byte for byte.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.policy_decl import DisallowWeakAlgorithmsPolicy

from ..domain.safe_text import safe_display
from .appearance import VN_TZ
from .certs import CertInfo, cert_info, to_asn1crypto
from .errors import SigningError, read_user_file
from .trust_hints import missing_for_trust

log = logging.getLogger(__name__)
# pyHanko logs rejected algorithms with a traceback: a handler of its own keeps Python's last-resort
# stderr output away; the records still propagate to the application's log when one is configured.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
# SHA-1 stays acceptable (marked as an old algorithm); MD2/MD5 do not.
_ALGORITHMS = DisallowWeakAlgorithmsPolicy(weak_hash_algos=frozenset({"md2", "md5"}))
LEGACY_DIGESTS = {"sha1": "SHA-1"}

_COVERAGE = {
    SignatureCoverageLevel.ENTIRE_FILE: ("entire_file", "Toàn bộ tệp"),
    SignatureCoverageLevel.ENTIRE_REVISION: ("entire_revision", "Toàn bộ phiên bản đã ký (tệp có cập nhật sau đó)"),
    SignatureCoverageLevel.CONTIGUOUS_BLOCK_FROM_START: ("partial", "Một phần tệp"),
    SignatureCoverageLevel.UNCLEAR: ("partial", "Một phần tệp (không rõ phạm vi)"),
}

MOD_NONE = "Không có thay đổi sau khi ký"
MOD_LTA = "Chỉ bổ sung dữ liệu xác thực dài hạn (dấu thời gian, DSS) sau khi ký"
MOD_SIGNATURES = "Chỉ thêm chữ ký/chú thích sau khi ký"
MOD_OTHER = "Có thay đổi nội dung sau khi ký"
MOD_UNKNOWN = "Không xác định được thay đổi sau khi ký"

_MODIFICATION = {
    ModificationLevel.NONE: ("none", MOD_NONE),
    ModificationLevel.LTA_UPDATES: ("lta_updates", MOD_LTA),
    ModificationLevel.FORM_FILLING: ("signatures_only", MOD_SIGNATURES),
    ModificationLevel.ANNOTATIONS: ("signatures_only", MOD_SIGNATURES),
    ModificationLevel.OTHER: ("other", MOD_OTHER),
}

MODIFIED_HEADLINE = "ĐÃ BỊ THAY ĐỔI SAU KHI KÝ"
NOT_TRUSTED = "chứng thư số KHÔNG thuộc danh sách tin cậy"

# Why a certificate is not trusted, from pyHanko's AdES sub-indication (the real reason, not
# only "not in the list" when the chain reaches a trusted root but the certificate is unusable).
_TRUST_REASONS = {
    AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND: NOT_TRUSTED,
    AdESIndeterminate.EXPIRED: "chứng thư số đã hết hạn",
    AdESIndeterminate.OUT_OF_BOUNDS_NO_POE: "chứng thư số đã hết hạn vào thời điểm kiểm tra",
    AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED: "chứng thư số đã hết hạn vào thời điểm kiểm tra",
    AdESIndeterminate.NOT_YET_VALID: "chứng thư số chưa đến ngày có hiệu lực",
    AdESFailure.NOT_YET_VALID: "chứng thư số chưa đến ngày có hiệu lực",
    AdESIndeterminate.SIG_CONSTRAINTS_FAILURE:
        "chứng thư số không được phép dùng để ký văn bản (thiếu mục đích Ký số/Chống chối bỏ)",
    AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE: "chuỗi chứng thư số không hợp lệ (ràng buộc của CA)",
    AdESIndeterminate.CERTIFICATE_CHAIN_GENERAL_FAILURE:
        f"{NOT_TRUSTED} (không kiểm chứng được chuỗi chứng thư đến chứng thư gốc tin cậy)",
    AdESFailure.REVOKED: "chứng thư số đã bị thu hồi",
    AdESIndeterminate.REVOKED_NO_POE: "chứng thư số đã bị thu hồi",
    AdESIndeterminate.REVOKED_CA_NO_POE: "chứng thư số của CA đã bị thu hồi",
    AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE: "thuật toán mật mã của chứng thư số không còn an toàn",
}


def _trust_reason(status, trusted: bool, signer: CertInfo | None) -> str:
    if trusted:
        return ""
    if signer is not None and not signer.can_sign_documents:  # reported as a chain constraint by pyHanko
        return _TRUST_REASONS[AdESIndeterminate.SIG_CONSTRAINTS_FAILURE]
    indic = getattr(status, "trust_problem_indic", None)
    if indic is None:
        return NOT_TRUSTED
    return _TRUST_REASONS.get(indic, f"chứng thư số không được tin cậy ({indic.name})")


def _allowed_after_signing(level: ModificationLevel | None, docmdp_ok: bool | None, docmdp) -> bool:
    """Whether what was added after this signature is allowed: more signatures, form fill or
    long-term validation data; annotations only when the signature's DocMDP permits them
    (P=3). A new content stream, an overlay annotation on an approval signature, a changed
    widget: all "other" (a shadow attack)."""
    if level is None or docmdp_ok is False:
        return False
    if level == ModificationLevel.ANNOTATIONS:
        return docmdp == MDPPerm.ANNOTATE
    return level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)


@dataclass(frozen=True)
class SignatureReport:
    """Verification result of one signature."""

    field_name: str
    signer_cn: str
    signer_org: str
    signer: CertInfo | None
    signing_time: dt.datetime | None  # in Vietnam time
    intact: bool  # the signed bytes are unchanged (digest matches)
    valid: bool  # the cryptographic signature is correct
    trusted: bool  # the certificate chains to one of the given roots
    timestamped: bool
    coverage: str  # "entire_file", "entire_revision" or "partial"
    coverage_text: str
    modification: str  # "none", "lta_updates", "signatures_only", "other", "unknown"
    modification_text: str
    summary: str
    error: str | None = None
    missing_trust: str = ""  # e.g. "thiếu chứng thư gốc «…» (Ban Cơ yếu Chính phủ)"; empty when trusted
    legacy_algorithm: str = ""  # "SHA-1" for a signature made with an old digest
    modified: bool = False  # changed after signing beyond what the signature allows
    trust_reason: str = ""  # why the certificate is not trusted ("" when trusted)

    @property
    def ok(self) -> bool:
        """Intact, valid, and nothing but allowed additions after it."""
        return self.intact and self.valid and not self.modified


@dataclass(frozen=True)
class VerificationReport:
    path: Path
    signatures: tuple[SignatureReport, ...]

    @property
    def modified(self) -> bool:
        """Some signature's bytes changed, or something not allowed was added after it."""
        return any(not s.intact or s.modified for s in self.signatures)

    @property
    def all_valid(self) -> bool:
        """There is at least one signature, every one is intact and valid, and nothing but
        signatures, form fill or DocMDP-allowed annotations came after any of them."""
        return bool(self.signatures) and all(s.ok for s in self.signatures)

    @property
    def all_trusted(self) -> bool:
        return self.all_valid and all(s.trusted for s in self.signatures)

    @property
    def summary(self) -> str:
        return verification_headline(self)


def verification_headline(report: VerificationReport) -> str:
    """The one-line verdict shown by ``verify``, the Submissions page and the demo."""
    sigs = report.signatures
    if not sigs:
        return "Tài liệu không có chữ ký số."
    n = len(sigs)
    if report.modified:
        k = sum(1 for s in sigs if not s.intact or s.modified)
        return (f"{MODIFIED_HEADLINE}: tài liệu có thay đổi không được phép sau khi ký ({k}/{n} chữ ký bị ảnh "
                "hưởng); nội dung đang hiển thị có thể không phải nội dung đã ký.")
    if not report.all_valid:
        bad = sum(1 for s in sigs if not s.ok)
        return f"Có {bad}/{n} chữ ký không hợp lệ."
    if report.all_trusted:
        return f"Tất cả {n} chữ ký hợp lệ, tài liệu nguyên vẹn, chứng thư số được tin cậy."
    reasons = "; ".join(dict.fromkeys(s.trust_reason for s in sigs if not s.trusted))
    return f"Tất cả {n} chữ ký hợp lệ nhưng chứng thư số chưa được tin cậy: {reasons}."


def _summary(intact: bool, valid: bool, trust_reason: str, modified: bool, modification_text: str) -> str:
    if not intact:
        return "Tài liệu đã bị thay đổi sau khi ký (giá trị băm không khớp): chữ ký không còn giá trị."
    if not valid:
        return "Chữ ký không hợp lệ (sai chữ ký số hoặc chứng thư số không dùng để ký được)."
    head = "Chữ ký hợp lệ, phần đã ký còn nguyên vẹn"
    head += f"; {trust_reason}" if trust_reason else "; chứng thư số được tin cậy"
    if modified:
        return f"{head}. CẢNH BÁO: {MODIFIED_HEADLINE.lower()}: {modification_text.lower()}."
    return f"{head}. {modification_text}."


def _validation_context(roots: list) -> ValidationContext:
    # trust_roots is always a list (possibly empty): None would mean the OS list.
    return ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail",
                             algorithm_usage_policy=_ALGORITHMS)


def _one(emb, roots: list) -> SignatureReport:
    field = safe_display(emb.field_name)  # the field name is the PDF author's text
    try:
        signer = cert_info(emb.signer_cert)
    except Exception:
        signer = None
    cn, org = (signer.subject_cn, signer.subject_o) if signer else ("", "")
    try:
        status = validate_pdf_signature(emb, _validation_context(roots))
    except Exception as exc:
        log.warning("Could not validate signature %s: %s", field, exc)
        text = safe_display(f"Không kiểm tra được chữ ký: {exc}")
        return SignatureReport(
            field, cn, org, signer, None, False, False, False, False, "partial", "Không xác định",
            "unknown", MOD_UNKNOWN, text, error=safe_display(exc), modified=True, trust_reason=NOT_TRUSTED,
        )  # fmt: skip
    intact, valid = bool(status.intact), bool(status.valid)
    trusted = bool(status.trusted)
    when = status.signer_reported_dt
    ts = getattr(status, "timestamp_validity", None)
    if ts is not None and getattr(ts, "timestamp", None):
        when = ts.timestamp
    when = when.astimezone(VN_TZ) if when else None
    coverage, coverage_text = _COVERAGE.get(status.coverage, ("partial", "Không xác định"))
    level = status.modification_level
    modification, modification_text = _MODIFICATION.get(level, ("unknown", MOD_UNKNOWN))
    if not intact:
        modification, modification_text = "other", MOD_OTHER
    modified = not intact or not _allowed_after_signing(level, status.docmdp_ok, emb.docmdp_level)
    if modified and modification != "other":  # e.g. an annotation on a signature that forbids them
        modification, modification_text = "other", MOD_OTHER
    trust_reason = _trust_reason(status, trusted, signer)
    summary = _summary(intact, valid, trust_reason, modified, modification_text)
    missing, legacy = _trust_notes(emb, intact and valid and not trusted)
    if missing:
        summary += f" Để tin cậy: {missing}."
    if legacy:
        summary += f" Thuật toán cũ ({legacy})."
    return SignatureReport(
        field_name=field,
        signer_cn=cn,
        signer_org=org,
        signer=signer,
        signing_time=when,
        intact=intact,
        valid=valid,
        trusted=trusted,
        timestamped=ts is not None,
        coverage=coverage,
        coverage_text=coverage_text,
        modification=modification,
        modification_text=modification_text,
        summary=summary,
        modified=modified,
        trust_reason=trust_reason,
        missing_trust=missing,
        legacy_algorithm=legacy,
    )


def _trust_notes(emb, untrusted: bool) -> tuple[str, str]:
    """(what is missing for trust, the old digest's name); never raises."""
    try:
        legacy = LEGACY_DIGESTS.get(str(emb.md_algorithm).lower(), "")
    except Exception:
        legacy = ""
    missing = ""
    if untrusted:
        try:
            missing = missing_for_trust(emb.signer_cert, list(emb.other_embedded_certs))
        except Exception as exc:  # a hint is not worth failing the report for
            log.warning("Could not name the missing trust root: %s", exc)
    return missing, legacy


def _signatures_in_order(reader: PdfFileReader) -> list:
    return sorted(reader.embedded_signatures, key=lambda e: e.signed_revision)


def verify_pdf(path: Path | str, trust_roots: Iterable) -> VerificationReport:
    """Verify every signature of *path*; only *trust_roots* are trusted (may be empty)."""
    p = Path(path)
    data = read_user_file(p, SigningError(f"Không đọc được tệp PDF: {p}"))
    roots = [to_asn1crypto(c) for c in trust_roots]
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = _signatures_in_order(reader)
    except Exception as exc:
        raise SigningError(f"Tệp {p.name} không phải PDF hợp lệ hoặc bị hỏng: {exc}") from None
    return VerificationReport(p, tuple(_one(emb, roots) for emb in embedded))


def check_signed_revision_matches(original_pdf_bytes: bytes, signed_pdf_path: Path | str) -> bool:
    """True if the signed file starts with our exported document byte for byte, and its
    first signature covers all of it and is intact (external signing, docs/ARCHITECTURE.md §10.5)."""
    signed = Path(signed_pdf_path).read_bytes()
    n = len(original_pdf_bytes)
    if len(signed) <= n or signed[:n] != original_pdf_bytes:
        return False
    try:
        reader = PdfFileReader(io.BytesIO(signed), strict=False)
        embedded = _signatures_in_order(reader)
        if not embedded:
            return False
        first = embedded[0]
        start, gap_start, gap_end, _length = (int(x) for x in first.byte_range)
        # The whole original must sit in the first signed range, before the /Contents hole.
        if start != 0 or gap_start < n or gap_end < gap_start:
            return False
        status = validate_pdf_signature(first, _validation_context([]), skip_diff=True)
        return bool(status.intact and status.valid)
    except Exception as exc:
        log.warning("Signed file %s could not be checked: %s", signed_pdf_path, exc)
        return False
