"""verify_pdf and check_signed_revision_matches on real signed files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from shadow_attacks import ATTACKS

from tthc_desktop.signing.appearance import person_appearance
from tthc_desktop.signing.sign_pdf import PERSON_FIELD, sign_document
from tthc_desktop.signing.signers import open_pkcs12_signer
from tthc_desktop.signing.verify import (
    MOD_OTHER,
    MODIFIED_HEADLINE,
    check_signed_revision_matches,
    verification_headline,
    verify_pdf,
)


def _sign(pki, consts, images, src: Path, out: Path) -> Path:
    signer = open_pkcs12_signer(pki.person.pkcs12, consts.pfx_password)
    sign_document(
        src, out, signer=signer, field_name=PERSON_FIELD, box=consts.person_box,
        appearance=person_appearance(consts.person_box, images.signature),
    )  # fmt: skip
    return out


def test_unsigned_pdf_has_no_signatures(report_pdf, pki):
    report = verify_pdf(report_pdf, [pki.ca_certificate()])
    assert report.signatures == ()
    assert not report.all_valid
    assert report.summary == "Tài liệu không có chữ ký số."


def test_untrusted_root_is_valid_but_not_trusted(report_pdf, pki, expired_pki, consts, images, tmp_path):
    signed = _sign(pki, consts, images, report_pdf, tmp_path / "signed.pdf")
    # Another CA (the expired PKI's) is trusted, not ours; and an empty list trusts nothing.
    for roots in ([expired_pki.ca_certificate()], []):
        report = verify_pdf(signed, roots)
        (sig,) = report.signatures
        assert sig.intact and sig.valid and not sig.trusted
        assert report.all_valid and not report.all_trusted
        assert "KHÔNG thuộc danh sách tin cậy" in sig.summary
    (sig,) = verify_pdf(signed, [pki.ca_certificate()]).signatures
    assert sig.trusted
    assert sig.coverage == "entire_file" and sig.modification == "none"
    assert sig.coverage_text == "Toàn bộ tệp"


def test_content_change_after_signing_is_reported(report_pdf, pki, consts, images, tmp_path):
    signed = _sign(pki, consts, images, report_pdf, tmp_path / "signed.pdf")
    # Someone appends a revision drawing extra text on page 1.
    w = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    stream = generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 100 Td (SUA DOI) Tj ET")
    w.add_stream_to_page(0, w.add_object(stream))
    changed = tmp_path / "changed.pdf"
    with changed.open("wb") as f:
        w.write(f)

    report = verify_pdf(changed, [pki.ca_certificate()])
    (sig,) = report.signatures
    assert sig.intact and sig.valid  # the signed revision itself is untouched...
    assert sig.coverage == "entire_revision"
    assert sig.modification == "other"  # ...but the content changed afterwards
    assert sig.modification_text == MOD_OTHER == "Có thay đổi nội dung sau khi ký"
    assert "CẢNH BÁO" in sig.summary


def test_signed_revision_matches_export(report_pdf, pki, consts, images, tmp_path):
    original = report_pdf.read_bytes()
    signed = _sign(pki, consts, images, report_pdf, tmp_path / "external.pdf")
    assert check_signed_revision_matches(original, signed)

    # A different document (one byte changed before signing) is rejected.
    other = tmp_path / "other.pdf"
    data = bytearray(original)
    data[data.index(consts.marker)] ^= 0x01
    other.write_bytes(bytes(data))
    signed_other = _sign(pki, consts, images, other, tmp_path / "external-other.pdf")
    assert not check_signed_revision_matches(original, signed_other)

    # The unsigned export itself, or our file with garbage appended, is not accepted either.
    assert not check_signed_revision_matches(original, report_pdf)
    padded = tmp_path / "padded.pdf"
    padded.write_bytes(original + b"\n%garbage\n")
    assert not check_signed_revision_matches(original, padded)


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_shadow_attack_makes_the_headline_modified(attack, report_pdf, pki, consts, images, tmp_path):
    """Issue 18 §1: an incremental update after signing (new page content, overlay annotation,
    changed form field) is not "intact and trusted": headline, all_valid and the signature say so."""
    signed = _sign(pki, consts, images, report_pdf, tmp_path / "signed.pdf")
    attacked = ATTACKS[attack](signed, tmp_path / f"{attack}.pdf")
    report = verify_pdf(attacked, [pki.ca_certificate()])
    (sig,) = report.signatures
    assert sig.intact  # the signed bytes are untouched: only difference analysis can tell
    assert sig.modified and not sig.ok
    assert report.modified and not report.all_valid and not report.all_trusted
    assert report.summary.startswith(MODIFIED_HEADLINE) == verification_headline(report).startswith(MODIFIED_HEADLINE)
    assert report.summary.startswith("ĐÃ BỊ THAY ĐỔI SAU KHI KÝ")
    assert "CẢNH BÁO" in sig.summary


def test_untouched_signature_headline_is_trusted(report_pdf, pki, consts, images, tmp_path):
    signed = _sign(pki, consts, images, report_pdf, tmp_path / "signed.pdf")
    report = verify_pdf(signed, [pki.ca_certificate()])
    assert not report.modified and report.all_trusted
    assert report.summary == "Tất cả 1 chữ ký hợp lệ, tài liệu nguyên vẹn, chứng thư số được tin cậy."
