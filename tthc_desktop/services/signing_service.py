"""Sign a built report: the person, then the organisation (seal), then the separate appendix files.

    service = SigningService(ctx)
    service.register_build(build_result)               # remembers where the renderer left room
    outcome = service.sign(pdf, out_pdf, person=SignerChoice.pkcs12(pfx), person_secret=pw,
                           org=SignerChoice.pkcs11(dll, token_label="…"), org_secret=pin,
                           doc_number="05/BC-VP", xlsx=[…], report_id=…)

- PAdES B-B; B-T when a timestamp server URL is configured (settings key ``signing.tsa_url``).
  A configured server that cannot be reached stops signing with a clear message.
- The appendix files are signed with the organisation's signer while it is open: one PIN entry.
- The signature and seal images are chosen once and copied into ``<data dir>/signing``.
- Every signing is recorded as a submission (audited: who, file hashes, signer CN).
- PINs and passwords are only arguments: handed to the signer, then dropped. They are never
  logged, stored or put into an error message.

Boxes: a PDF we built has its boxes stored by SHA-256 (``register_build``). For any other PDF,
``default_boxes`` puts the person box at the bottom right of the last page, just above the
lowest line of text in the right half (the signer's name), and the seal over its left third.
"""

from __future__ import annotations

import logging
import re
import socket
import urllib.parse
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..domain.text_fold import fold
from ..signing.appearance import (
    SignatureBox,
    appendix_org_box,
    org_text_appearance,
    person_appearance,
    person_text_appearance,
    seal_appearance,
    seal_box_for,
)
from ..signing.certs import CertInfo
from ..signing.errors import SigningError, TimestampUnavailable
from ..signing.sign_pdf import (
    ORG_FIELD,
    PERSON_FIELD,
    BatchItem,
    SignResult,
    now_vn,
    sign_batch,
    sign_document,
    sign_person_then_org,
)
from ..signing.signers import open_pkcs11_signer, open_pkcs12_signer, signer_cert_info
from ..store.files import atomic_write, sha256_file
from ..store.submissions_store import SubmissionFile
from .build_register import register_build
from .events import SUBMISSIONS_CHANGED
from .output_paths import check_output
from .signed_submission import MANIFEST_KIND, MANIFEST_SIG_KIND, attached_source, write_signed_manifest
from .submission_package import PackageFile, PackageInfo
from .submissions_service import SubmissionsService

log = logging.getLogger(__name__)

TSA_SETTING = "signing.tsa_url"
SIGNATURE_PNG = "chu-ky.png"
SEAL_PNG = "con-dau.png"
PERSON_BOX_SIZE = (150.0, 72.0)  # points: default person box for a PDF we did not build


@dataclass(frozen=True)
class SignerChoice:
    """Which signer to open: a .pfx/.p12 file, or a token through its PKCS#11 driver. Holds no secret."""

    kind: Literal["pkcs12", "pkcs11"]
    path: Path
    token_label: str | None = None
    slot: int | None = None
    key_label: str | None = None
    cert_label: str | None = None

    @classmethod
    def pkcs12(cls, path: Path | str) -> SignerChoice:
        return cls("pkcs12", Path(path))

    @classmethod
    def pkcs11(cls, lib: Path | str, *, token_label: str | None = None, slot: int | None = None,
               key_label: str | None = None, cert_label: str | None = None) -> SignerChoice:
        return cls("pkcs11", Path(lib), token_label, slot, key_label, cert_label)


def signer_differs(certificate_name: str, report_signer: str) -> bool:
    """Whether the certificate's holder is not the report's "Người ký" (case, diacritics and a "DEMO" mark
    aside); an empty report signer differs from nobody."""
    def key(name: str) -> str:
        name = re.sub(r"\(?\bDEMO\b\)?", " ", name, flags=re.IGNORECASE)
        return " ".join(fold(name).split())

    return bool(report_signer.strip()) and key(certificate_name) != key(report_signer)


@contextmanager
def open_signer(choice: SignerChoice, secret: bytes | str) -> Iterator:
    """Open the signer with its password/PIN; the secret is not kept beyond this call's frame."""
    if choice.kind == "pkcs12":
        password = secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)
        del secret
        signer = open_pkcs12_signer(choice.path, password)
        del password
        yield signer
        return
    pin = secret.decode("utf-8") if isinstance(secret, bytes | bytearray) else secret
    del secret
    with open_pkcs11_signer(choice.path, token_label=choice.token_label, slot=choice.slot,
                            key_label=choice.key_label, cert_label=choice.cert_label, pin=pin) as signer:
        del pin
        yield signer


@dataclass(frozen=True)
class BoxPlan:
    """Where each signature of one document goes."""

    person: SignatureBox
    org: SignatureBox
    appendices: tuple[tuple[Path, SignatureBox], ...] = ()
    report_id: int | None = None
    from_build: bool = False  # True: the renderer's boxes; False: defaults

    def moved(self, offsets: Mapping[str, tuple[float, float]]) -> BoxPlan:
        """Boxes shifted by (dx, dy) points per role: "person", "organisation", "appendix_org"."""
        def shift(box: SignatureBox, role: str) -> SignatureBox:
            dx, dy = offsets.get(role, (0.0, 0.0))
            return box.moved(dx, dy) if (dx or dy) else box

        return BoxPlan(shift(self.person, "person"), shift(self.org, "organisation"),
                       tuple((p, shift(b, "appendix_org")) for p, b in self.appendices),
                       self.report_id, self.from_build)


@dataclass(frozen=True)
class SigningOutcome:
    submission_id: int
    signed_pdf: Path
    person: SignResult
    org: SignResult | None
    appendices: tuple[SignResult, ...] = ()
    xlsx: tuple[Path, ...] = ()
    manifest: tuple[Path, ...] = ()  # (manifest.json, manifest.p7s) beside the signed PDF
    warnings: tuple[str, ...] = ()  # e.g. a self-signed certificate: signed, but say so

    @property
    def files(self) -> list[Path]:
        return [self.signed_pdf, *(r.out_path for r in self.appendices), *self.xlsx]


sha256_of = sha256_file  # the name callers (commands/package_cmd) know


def default_boxes(pdf_path: Path | str) -> tuple[SignatureBox, SignatureBox]:
    """Person box at the bottom right of the last page, above the lowest text line on the right
    (the signer's name); the seal overlapping its left third. For PDFs we did not build."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        index = len(pdf) - 1
        page = pdf[index]
        width, height = page.get_size()
        text = page.get_textpage()
        rects = [text.get_rect(i) for i in range(text.count_rects())]
        text.close()
        page.close()
    finally:
        pdf.close()
    w, h = PERSON_BOX_SIZE
    right_half = [r for r in rects if (r[0] + r[2]) / 2 > width / 2]
    if right_half:
        lowest = min(right_half, key=lambda r: r[1])
        # Centre on the lowest line's centre; keep the whole box on the page.
        cx = min(max((lowest[0] + lowest[2]) / 2, w / 2 + 10), width - w / 2 - 10)
        y0 = lowest[3] + 4
    else:
        cx, y0 = width - 56.7 - w / 2, 72.0
    y0 = min(y0, height - h - 10)
    person = SignatureBox(index, cx - w / 2, y0, cx + w / 2, y0 + h)
    return person, seal_box_for(person)


def _to_box(b: SignatureBox) -> SignatureBox:  # the geometry alone, as a hand-placed box
    return SignatureBox(b.page_index, b.x0, b.y0, b.x1, b.y1)


def check_tsa_reachable(url: str, timeout: float = 5.0) -> None:
    """Raise TimestampUnavailable unless a TCP connection to the server's host and port opens."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TimestampUnavailable(f"Địa chỉ máy chủ cấp dấu thời gian không hợp lệ: {url}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname, port), timeout=timeout):
            pass
    except OSError:
        raise TimestampUnavailable.for_server(url) from None


@dataclass
class SigningService(SubmissionsService):
    # -- images (chosen once, kept in the data folder) ---------------------------------------------
    @property
    def images_dir(self) -> Path:
        return self.ctx.data_dir / "signing"

    def _image(self, name: str) -> Path | None:
        path = self.images_dir / name
        return path if path.is_file() else None

    def signature_image(self) -> Path | None:
        return self._image(SIGNATURE_PNG)

    def seal_image(self) -> Path | None:
        return self._image(SEAL_PNG)

    def _set_image(self, source: Path | str, name: str) -> Path:
        src = Path(source)
        if src.suffix.lower() != ".png":
            raise SigningError(f"Ảnh chữ ký/con dấu phải là tệp PNG nền trong suốt: {src.name}")
        self.images_dir.mkdir(parents=True, exist_ok=True)
        target = self.images_dir / name
        if src.resolve() != target.resolve():
            atomic_write(target, src.read_bytes())  # a small PNG
        return target

    def set_signature_image(self, source: Path | str) -> Path:
        return self._set_image(source, SIGNATURE_PNG)

    def set_seal_image(self, source: Path | str) -> Path:
        return self._set_image(source, SEAL_PNG)

    # -- timestamp server --------------------------------------------------------------------------
    def tsa_url(self) -> str | None:
        return (self.ctx.settings.get(TSA_SETTING) or "").strip() or None

    def set_tsa_url(self, url: str | None) -> None:
        self.ctx.settings.set(TSA_SETTING, (url or "").strip())

    # -- boxes ---------------------------------------------------------------------------------------
    def register_build(self, result) -> None:
        """Remember the signature boxes of a ReportService.build result, keyed by the PDF's hash."""
        register_build(self.ctx, result)

    def box_plan(self, pdf_path: Path | str) -> BoxPlan:
        """Stored boxes if *pdf_path* is a PDF we built (same SHA-256), else the default boxes."""
        pdf = Path(pdf_path)
        stored = self.repo.boxes_for_sha256(sha256_of(pdf))
        if stored:
            report_id, boxes = stored
            person = next((b for b in boxes if b.role == "person"), None)
            org = next((b for b in boxes if b.role == "organisation"), None)
            if person is not None:
                appendices = []
                for b in boxes:
                    if b.role == "appendix_org":
                        # The appendix sits beside the PDF under the same name it was built with.
                        candidate = pdf.parent / Path(b.file).name
                        appendices.append((candidate, _to_box(b)))
                return BoxPlan(_to_box(person), _to_box(org) if org else seal_box_for(_to_box(person)),
                               tuple(appendices), report_id, True)
        person, org = default_boxes(pdf)
        return BoxPlan(person, org)

    # -- signing -------------------------------------------------------------------------------------
    def sign(
        self,
        pdf_path: Path | str,
        out_pdf: Path | str,
        *,
        person: SignerChoice,
        person_secret: bytes | str,
        org: SignerChoice | None = None,
        org_secret: bytes | str | None = None,
        boxes: BoxPlan | None = None,
        doc_number: str = "",
        xlsx: Sequence[Path] = (),
        report_id: int | None = None,
        title: str = "",
        unit: str = "",
        period: str = "",
        reason: str | None = "Ký báo cáo",
        location: str | None = None,
        tsa_url: str | None = None,
        overwrite: bool = False,
        position: str = "",
        expected_signer: str = "",
        confirm_other_signer: Callable[[str, str], bool] | None = None,
    ) -> SigningOutcome:
        """Person signs, then the organisation (if *org* is given) and the appendix files.

        *tsa_url* overrides the configured timestamp server for this signing only. *out_pdf* goes
        through ``check_output`` (never the database; an existing file only with *overwrite*).
        """
        pdf = Path(pdf_path)
        out = check_output(out_pdf, "pdf", self.ctx, overwrite=overwrite)
        plan = boxes or self.box_plan(pdf)
        report_id = report_id or plan.report_id
        if report_id is not None and not period:  # a PDF we built: its report knows the period
            period = self._report_period(report_id)
        tsa = tsa_url or self.tsa_url()
        if tsa:
            check_tsa_reachable(tsa)  # before anyone types a PIN into a token
        signature_png = self.signature_image()
        seal_png = self.seal_image()
        appendix_results: list[SignResult] = []
        xlsx = tuple(Path(p) for p in xlsx)
        with ExitStack() as stack:
            source = attached_source(stack, pdf, xlsx, out.parent)  # the .xlsx ride inside the signed PDF
            person_signer = stack.enter_context(open_signer(person, person_secret))
            del person_secret
            holder = signer_cert_info(person_signer).subject_cn
            if signer_differs(holder, expected_signer) and not (
                    confirm_other_signer is not None and confirm_other_signer(holder, expected_signer)):
                raise SigningError(f"Chưa ký: chứng thư số là của “{holder}”, còn báo cáo ghi người ký "
                                   f"“{expected_signer}”.")
            warnings = certificate_warnings(person_signer)
            org_signer = None
            if org is not None:
                if org_secret is None:
                    raise SigningError("Chưa nhập mật khẩu/mã PIN cho chữ ký của cơ quan.")
                org_signer = stack.enter_context(open_signer(org, org_secret))
                warnings += certificate_warnings(org_signer)
            del org_secret
            if signature_png:
                person_look = person_appearance(plan.person, signature_png)
            else:  # no image chosen: a text appearance, never an invisible signature
                person_look = person_text_appearance(
                    plan.person, name=signer_cert_info(person_signer).subject_cn, position=position,
                    signing_time=now_vn())
            if org_signer is not None:
                seal_look = seal_appearance(plan.org, seal_png) if seal_png else None
                person_result, org_result = sign_person_then_org(
                    source, out, person_signer, org_signer, plan.person, plan.org,
                    person_appearance=person_look, org_appearance=seal_look,
                    reason=reason, location=location, tsa_url=tsa,
                )
                org_name = org_result.signer.subject_o or org_result.signer.subject_cn
                items = [
                    BatchItem(path, out.parent / f"{path.stem}_da_ky.pdf", ORG_FIELD, box,
                              _text_look(box, doc_number, org_name))
                    for path, box in plan.appendices if path.is_file()
                ]
                appendix_results = sign_batch(items, org_signer, reason=reason, location=location, tsa_url=tsa)
            else:
                person_result = sign_document(
                    source, out, signer=person_signer, field_name=PERSON_FIELD, box=plan.person,
                    appearance=person_look, reason=reason, location=location, tsa_url=tsa,
                )
                org_result = None
            outcome = SigningOutcome(0, out, person_result, org_result, tuple(appendix_results), xlsx)
            manifest = self._sign_manifest(org_signer or person_signer, outcome, report_id or plan.report_id,
                                           title or pdf.stem, unit, period)
        outcome = SigningOutcome(0, out, person_result, org_result, tuple(appendix_results), xlsx, manifest)
        submission_id = self._record(outcome, report_id or plan.report_id, title or pdf.stem, unit, period)
        return SigningOutcome(submission_id, out, person_result, org_result, tuple(appendix_results), tuple(xlsx),
                              manifest, tuple(warnings))

    def _sign_manifest(self, signer, outcome: SigningOutcome, report_id: int | None, title: str, unit: str,
                       period: str) -> tuple[Path, Path]:
        """manifest.json of the submission's files and its detached signature, in this PIN session."""
        templates = []
        if report_id is not None:
            from ..store.reports_store import ReportsRepository

            try:
                record = ReportsRepository(self.ctx.writer).get(report_id)
                templates = [(record.template_id, record.template_version)]
            except KeyError:
                pass
        files = [PackageFile(outcome.signed_pdf, "pdf")]
        files += [PackageFile(r.out_path, "appendix_pdf") for r in outcome.appendices]
        files += [PackageFile(p, "xlsx") for p in outcome.xlsx]
        person, org = outcome.person.signer, outcome.org.signer if outcome.org else None
        info = PackageInfo(
            unit=unit or person.subject_o, period=period, templates=templates, title=title,
            signer={"cn": person.subject_cn, "organisation": person.subject_o,
                    "org_signer_cn": org.subject_cn if org else ""},
            signing_time=outcome.person.signing_time.isoformat(),
        )
        return write_signed_manifest(signer, files, info, outcome.signed_pdf)

    def sign_report(self, build, out_dir: Path | str, **kwargs) -> SigningOutcome:
        """Sign a ReportService.build result (its boxes were registered when it was built)."""
        out = Path(out_dir)
        kwargs.setdefault("xlsx", list(build.xlsx))
        kwargs.setdefault("report_id", build.report_id)
        return self.sign(build.pdf, out / f"{Path(build.pdf).stem}_da_ky.pdf", **kwargs)

    def _record(self, outcome: SigningOutcome, report_id: int | None, title: str, unit: str, period: str) -> int:
        if not period and report_id is not None:
            period = self._report_period(report_id)  # the Submissions page's "Kỳ" column
        files = [SubmissionFile(outcome.signed_pdf.name, str(outcome.signed_pdf), sha256_of(outcome.signed_pdf), "pdf")]
        files += [SubmissionFile(r.out_path.name, str(r.out_path), sha256_of(r.out_path), "appendix_pdf")
                  for r in outcome.appendices]
        files += [SubmissionFile(p.name, str(p), sha256_of(p), "xlsx") for p in outcome.xlsx]
        files += [SubmissionFile(p.name, str(p), sha256_of(p), kind)
                  for p, kind in zip(outcome.manifest, (MANIFEST_KIND, MANIFEST_SIG_KIND), strict=False)]
        person: CertInfo = outcome.person.signer
        org = outcome.org.signer if outcome.org else None
        submission_id = self.repo.add(
            report_id=report_id, title=title, unit=unit or person.subject_o, period=period, files=files,
            signer_cn=person.subject_cn, signer_org=person.subject_o, org_signer_cn=org.subject_cn if org else "",
            signed_at=outcome.person.signing_time.isoformat(), timestamped=outcome.person.timestamped,
        )
        if report_id is not None:
            self._mark_report_signed(report_id)
        log.info("Submission %s signed by %s (%d files)", submission_id, person.subject_cn, len(files))
        self.ctx.events.emit(SUBMISSIONS_CHANGED, submission_ids={submission_id})
        return submission_id

    def _report_period(self, report_id: int) -> str:
        from ..store.reports_store import ReportsRepository

        try:
            record = ReportsRepository(self.ctx.writer).get(report_id)
        except KeyError:
            return ""
        return str(record.period) if record.period else ""

    def _mark_report_signed(self, report_id: int) -> None:
        """Through ReportService.set_state, whose REPORTS_CHANGED refreshes every view of the report."""
        from ..store.reports_store import ReportState
        from .report_service import ReportService

        try:
            ReportService(self.ctx).set_state(report_id, ReportState.SIGNED)
        except KeyError:
            pass  # the report was deleted since it was built: the submission still stands


def certificate_warnings(signer) -> list[str]:
    """Refuse a certificate whose key usage excludes document signing; warn on a self-signed one."""
    info = signer_cert_info(signer)
    if not info.can_sign_documents:
        raise SigningError(
            f"Chứng thư số của “{info.subject_cn}” không được phép dùng để ký văn bản (mục đích sử dụng khóa: "
            f"{info.key_usage_text}; cần Ký số hoặc Chống chối bỏ). Hãy dùng chứng thư số ký văn bản."
        )
    if getattr(signer.signing_cert, "self_signed", "no") != "no":
        return [f"Chứng thư số của “{info.subject_cn}” là chứng thư tự ký (không do tổ chức cung cấp dịch vụ "
                "chứng thực chữ ký số cấp): nơi nhận sẽ không tin cậy chữ ký này."]
    return []


def _text_look(box: SignatureBox, doc_number: str, org_name: str):
    def build(when):
        return org_text_appearance(box, doc_number=doc_number, signing_time=when, org_name=org_name)

    return build


__all__ = [
    "BoxPlan",
    "SignerChoice",
    "SigningOutcome",
    "SigningService",
    "appendix_org_box",
    "check_tsa_reachable",
    "default_boxes",
    "open_signer",
]
