"""Sign PDF files: PAdES baseline B-B (B-T with a timestamp server), each signature
its own incremental revision (docs/ARCHITECTURE.md §10.5).

The standard sequence for a report is ``prepare_fields`` (both empty signature
fields in one revision), then the person signs, then the organisation. Outputs
are written to a temporary file next to the target and moved into place, so a
failed signing never leaves a half-written PDF. Signing times are in Vietnam
time (+07:00).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner
from pyhanko.sign.signers.pdf_cms import Signer

from ..store.atomic_files import replace_file
from ..store.files import atomic_write, sha256_file
from ..store.os_errors import os_error_vi
from .appearance import VN_TZ, Appearance, SignatureBox, as_box, blank_appearance
from .certs import CertInfo, cert_info
from .errors import SigningError, TimestampUnavailable, read_user_file

log = logging.getLogger(__name__)

PERSON_FIELD = "ChuKyCaNhan"
ORG_FIELD = "ChuKyToChuc"
FIELD_LABELS = {PERSON_FIELD: "Chữ ký cá nhân", ORG_FIELD: "Chữ ký cơ quan"}


def field_label(name: str) -> str:
    """What the user reads for a signature field: "Chữ ký cá nhân", not the PDF's "ChuKyCaNhan"."""
    return FIELD_LABELS.get(name, name)

AppearanceSpec = Appearance | Callable[[dt.datetime], Appearance] | None


@dataclass(frozen=True)
class SignResult:
    """What one signing produced."""

    out_path: Path
    field_name: str
    signing_time: dt.datetime  # Vietnam time, as written into the signature
    signer: CertInfo
    timestamped: bool  # PAdES B-T (a TSA timestamp is embedded)
    sha256: str  # of the whole output file right after this signature was added


@dataclass(frozen=True)
class BatchItem:
    """One file of a batch: where to sign it and with which appearance."""

    in_path: Path
    out_path: Path
    field_name: str
    box: SignatureBox
    appearance: AppearanceSpec = None


def now_vn() -> dt.datetime:
    """The current time in Vietnam, to the second."""
    return dt.datetime.now(VN_TZ).replace(microsecond=0)


class _VnPdfSigner(PdfSigner):
    """PdfSigner whose signing time is the one we chose (pyHanko uses the OS zone)."""

    def __init__(self, *args, signing_time: dt.datetime, **kwargs):
        super().__init__(*args, **kwargs)
        self._signing_time = signing_time

    def init_signing_session(self, pdf_out, existing_fields_only=False):
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        session.system_time = self._signing_time
        return session



def _read_pdf(path: Path | str) -> bytes:
    return read_user_file(Path(path), SigningError(f"Không đọc được tệp PDF: {path}"))


def _existing_field_names(data: bytes) -> set[str]:
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    return {name for name, _value, _ref in fields.enumerate_sig_fields(reader)}


def prepare_fields(in_path: Path | str, out_path: Path | str, boxes: Mapping[str, object]) -> Path:
    """Add empty signature fields (name → box) in one incremental revision."""
    data = _read_pdf(in_path)
    existing = _existing_field_names(data)
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    for name, raw_box in boxes.items():
        if name in existing:
            continue
        box = as_box(raw_box)
        fields.append_signature_field(
            writer, fields.SigFieldSpec(sig_field_name=name, on_page=box.page_index, box=box.rect())
        )
    out = Path(out_path)
    atomic_write(out, writer.write)
    return out


def sign_document(
    in_path: Path | str,
    out_path: Path | str,
    *,
    signer: Signer,
    field_name: str,
    box,
    appearance: AppearanceSpec,
    reason: str | None = None,
    location: str | None = None,
    tsa_url: str | None = None,
    signing_time: dt.datetime | None = None,
) -> SignResult:
    """Sign one PDF as a new incremental revision.

    *appearance* is an Appearance, or a function of the signing time returning one
    (the appendix text shows the time), or None for an empty box. The field is
    created at *box* if the document has no field of that name yet. With *tsa_url*
    the signature gets a timestamp (B-T); if the server cannot be reached, nothing
    is written and TimestampUnavailable is raised.
    """
    from pyhanko.sign.timestamps import HTTPTimeStamper
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    from .signers import _map_pkcs11_error

    b = as_box(box)
    when = (signing_time or now_vn()).astimezone(VN_TZ).replace(microsecond=0)
    if callable(appearance):
        appearance = appearance(when)
    appearance = appearance or blank_appearance(b)
    data = _read_pdf(in_path)
    new_field = None
    if field_name not in _existing_field_names(data):
        new_field = fields.SigFieldSpec(sig_field_name=field_name, on_page=b.page_index, box=b.rect())
    meta = PdfSignatureMetadata(
        field_name=field_name,
        reason=reason,
        location=location,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    timestamper = HTTPTimeStamper(tsa_url, timeout=15) if tsa_url else None
    pdf_signer = _VnPdfSigner(
        meta,
        signer,
        timestamper=timestamper,
        stamp_style=appearance.stamp_style(),
        new_field_spec=new_field,
        signing_time=when,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    out = Path(out_path)

    def write(f) -> None:
        pdf_signer.sign_pdf(writer, output=f)

    import pkcs11.exceptions as p11e

    try:
        atomic_write(out, write)
    except TimestampRequestError:
        raise TimestampUnavailable.for_server(tsa_url) from None
    except p11e.PKCS11Error as exc:
        raise _map_pkcs11_error(exc) from None
    except SigningError:
        raise
    except OSError as exc:  # a full disk, no permission: Vietnamese, nothing written (atomic)
        log.warning("Signing %s failed: %s", out.name, exc)
        raise SigningError(f"Không ghi được tệp đã ký {out}: {os_error_vi(exc)}. Chưa có tệp nào bị ghi dở.") \
            from None
    except Exception as exc:  # pyHanko's own errors: keep the reason, in a Vietnamese frame
        log.exception("Signing %s failed", out.name)
        raise SigningError(f"Không ký được tệp {Path(in_path).name}: {exc}") from exc
    digest = sha256_file(out)
    info = cert_info(signer.signing_cert)
    log.info("Signed %s (field %s) as %s at %s", out.name, field_name, info.subject_cn, when.isoformat())
    return SignResult(out, field_name, when, info, timestamper is not None, digest)


def sign_person_then_org(
    in_path: Path | str,
    out_path: Path | str,
    person_signer: Signer,
    org_signer: Signer,
    person_box,
    org_box,
    *,
    person_appearance: AppearanceSpec,
    org_appearance: AppearanceSpec,
    reason: str | None = None,
    location: str | None = None,
    tsa_url: str | None = None,
    person_field: str = PERSON_FIELD,
    org_field: str = ORG_FIELD,
) -> tuple[SignResult, SignResult]:
    """The standard sequence: pre-create both fields, the person signs, then the organisation.

    Each step is its own incremental revision. Works on a temporary copy, so
    *out_path* only appears once both signatures are in.
    """
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".tthc-sign-", dir=out.parent) as tmp:
        work = Path(tmp) / "work.pdf"
        prepare_fields(in_path, work, {person_field: person_box, org_field: org_box})
        person = sign_document(
            work,
            work,
            signer=person_signer,
            field_name=person_field,
            box=person_box,
            appearance=person_appearance,
            reason=reason,
            location=location,
            tsa_url=tsa_url,
        )
        org = sign_document(
            work,
            work,
            signer=org_signer,
            field_name=org_field,
            box=org_box,
            appearance=org_appearance,
            reason=reason,
            location=location,
            tsa_url=tsa_url,
        )
        replace_file(work, out)
    return (
        SignResult(out, person.field_name, person.signing_time, person.signer, person.timestamped, person.sha256),
        SignResult(out, org.field_name, org.signing_time, org.signer, org.timestamped, org.sha256),
    )


def sign_batch(
    items: Iterable[BatchItem],
    signer: Signer,
    *,
    reason: str | None = None,
    location: str | None = None,
    tsa_url: str | None = None,
) -> list[SignResult]:
    """Sign several files with one opened signer (one PIN entry for the report and its appendices).

    Stops at the first failure; files already signed stay signed.
    """
    results = []
    for item in items:
        try:
            results.append(
                sign_document(
                    item.in_path,
                    item.out_path,
                    signer=signer,
                    field_name=item.field_name,
                    box=item.box,
                    appearance=item.appearance,
                    reason=reason,
                    location=location,
                    tsa_url=tsa_url,
                )
            )
        except SigningError as exc:
            raise type(exc)(f"{Path(item.in_path).name}: {exc}") from None
    return results
