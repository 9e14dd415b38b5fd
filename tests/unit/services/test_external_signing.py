"""External signing: the exported PDF signed in "another tool" (pyHanko directly) is accepted only
when its signed revision is our export byte for byte and its signatures are intact and valid."""

from __future__ import annotations

from pathlib import Path

import pytest
import signing_support as S

from tthc_desktop.services.external_signing import ExternalSigningError, export_for_signing, import_signed
from tthc_desktop.signing.sign_pdf import sign_document
from tthc_desktop.signing.signers import open_pkcs12_signer
from tthc_desktop.store.submissions_store import SubmissionsRepository

TESTS = Path(__file__).resolve().parents[2]






def _sign_elsewhere(src: Path, out: Path) -> Path:
    pki = S.demo_pki()
    signer = open_pkcs12_signer(pki.person.pkcs12, S.PFX_PASSWORD)
    sign_document(src, out, signer=signer, field_name="Signature1", box=S.PERSON_BOX, appearance=None)
    return out


@pytest.fixture
def exported(ctx, tmp_path):
    pdf = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    return export_for_signing(ctx, pdf, tmp_path / "ky-ngoai" / "bao-cao-can-ky.pdf")


def test_export_records_hash_and_keeps_a_copy(ctx, exported, tmp_path):
    import hashlib

    assert exported.sha256 == hashlib.sha256(exported.path.read_bytes()).hexdigest()
    row = SubmissionsRepository(ctx.writer).export(exported.export_id)
    assert row["sha256"] == exported.sha256 and Path(row["copy_path"]).read_bytes() == exported.path.read_bytes()
    assert Path(row["copy_path"]).is_relative_to(ctx.data_dir)


def test_signed_export_is_accepted(ctx, exported, tmp_path):
    signed = _sign_elsewhere(exported.path, tmp_path / "da-ky.pdf")
    result = import_signed(ctx, exported.export_id, signed, trust_roots=[S.demo_pki().ca_certificate()],
                           keep_in=tmp_path / "ho-so")
    assert result.report.all_trusted
    sub = SubmissionsRepository(ctx.writer).get(result.submission_id)
    assert sub.signer_cn == f"{S.PERSON} (DEMO)" and sub.files[0].path == str(tmp_path / "ho-so" / "da-ky.pdf")
    assert SubmissionsRepository(ctx.writer).export(exported.export_id)["imported_path"] == sub.files[0].path


def test_a_different_document_is_refused(ctx, exported, tmp_path):
    other = S.write_report_pdf(tmp_path / "khac.pdf", pages=2)
    signed = _sign_elsewhere(other, tmp_path / "da-ky.pdf")
    with pytest.raises(ExternalSigningError, match="không phải là văn bản đã xuất"):
        import_signed(ctx, exported.export_id, signed)
    assert SubmissionsRepository(ctx.writer).count() == 0


def test_export_edited_before_signing_is_refused(ctx, exported, tmp_path):
    data = bytearray(exported.path.read_bytes())
    i = data.index(S.MARKER)
    data[i] ^= 0x01  # the officer's tool changed the content before signing
    edited = tmp_path / "sua.pdf"
    edited.write_bytes(bytes(data))
    signed = _sign_elsewhere(edited, tmp_path / "da-ky.pdf")
    with pytest.raises(ExternalSigningError):
        import_signed(ctx, exported.export_id, signed)


def test_broken_signature_is_refused(ctx, exported, tmp_path):
    signed = _sign_elsewhere(exported.path, tmp_path / "da-ky.pdf")
    data = bytearray(signed.read_bytes())
    i = data.rindex(S.MARKER)
    data[i] ^= 0x01
    signed.write_bytes(bytes(data))
    with pytest.raises(ExternalSigningError):
        import_signed(ctx, exported.export_id, signed)
    with pytest.raises(ExternalSigningError, match="Không tìm thấy tệp đã ký"):
        import_signed(ctx, exported.export_id, tmp_path / "khong-co.pdf")
