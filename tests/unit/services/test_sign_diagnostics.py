"""Issue 18 "sign and verify diagnostics": wrong key usage refused, self-signed warned, the real
reason for an untrusted certificate under a trusted CA, control characters escaped."""

from __future__ import annotations

import pytest
import signing_support as S
from odd_certs import PASSWORD, issue, odd_ca, simple_signer

from tthc_desktop.commands.sign_cmd import report_lines
from tthc_desktop.services.signing_service import SignerChoice, SigningService
from tthc_desktop.signing.appearance import SignatureBox
from tthc_desktop.signing.errors import SigningError
from tthc_desktop.signing.sign_pdf import PERSON_FIELD, sign_document
from tthc_desktop.signing.verify import verify_pdf

BOX = SignatureBox(0, 350, 80, 550, 160)


@pytest.fixture(scope="module")
def ca(tmp_path_factory):
    return odd_ca(tmp_path_factory.mktemp("odd-ca"))


def _sign_raw(p12, src, out):
    sign_document(src, out, signer=simple_signer(p12), field_name=PERSON_FIELD, box=BOX, appearance=None)
    return out


def test_wrong_key_usage_is_refused_and_self_signed_is_warned(ctx, tmp_path, ca):
    src = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    service = SigningService(ctx)
    wrong = issue(tmp_path, "ma-hoa", ca=ca, usages={"key_encipherment"})
    with pytest.raises(SigningError, match="không được phép dùng để ký văn bản"):
        service.sign(src, tmp_path / "a.pdf", person=SignerChoice.pkcs12(wrong), person_secret=PASSWORD)
    assert not (tmp_path / "a.pdf").exists()
    self_signed = issue(tmp_path, "tu-ky", ca=None)
    outcome = service.sign(src, tmp_path / "b.pdf", person=SignerChoice.pkcs12(self_signed), person_secret=PASSWORD)
    assert any("tự ký" in w for w in outcome.warnings)
    normal = issue(tmp_path, "dung", ca=ca)
    assert service.sign(src, tmp_path / "c.pdf", person=SignerChoice.pkcs12(normal),
                        person_secret=PASSWORD).warnings == ()


def test_verify_names_the_real_reason_under_a_trusted_ca(tmp_path, ca):
    src = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    expired = _sign_raw(issue(tmp_path, "het-han", ca=ca, expired=True), src, tmp_path / "het-han.pdf")
    wrong = _sign_raw(issue(tmp_path, "sai-muc-dich", ca=ca, usages={"key_encipherment"}), src, tmp_path / "sai.pdf")
    good = _sign_raw(issue(tmp_path, "tot", ca=ca), src, tmp_path / "tot.pdf")
    (e,) = verify_pdf(expired, [ca.cert]).signatures
    assert not e.trusted and "hết hạn" in e.trust_reason and "danh sách tin cậy" not in e.trust_reason
    (w,) = verify_pdf(wrong, [ca.cert]).signatures
    assert not w.trusted and "không được phép dùng để ký" in w.trust_reason
    assert verify_pdf(good, [ca.cert]).all_trusted
    (u,) = verify_pdf(good, []).signatures
    assert "KHÔNG thuộc danh sách tin cậy" in u.trust_reason


def test_certificate_text_cannot_forge_report_lines(tmp_path, ca):
    forged = "A\n  được tin cậy: có\x1b[32m\u202e"  # a CN is at most 64 characters
    src = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    signed = _sign_raw(issue(tmp_path, "gia-mao", ca=ca, cn=forged), src, tmp_path / "gia-mao.pdf")
    report = verify_pdf(signed, [])
    lines = report_lines(report)
    assert sum("được tin cậy: có" in line for line in lines) == 1  # only inside the escaped CN
    assert not any("\x1b" in line or "\u202e" in line for line in lines)
    (sig,) = report.signatures
    assert sig.signer_cn == "A\\x0a  được tin cậy: có\\x1b[32m\\u202e"
