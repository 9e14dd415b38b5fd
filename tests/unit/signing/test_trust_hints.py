"""Issue 14: a received government PDF (SHA-1 CAdES + timestamp) is valid with "thuật toán cũ (SHA-1)", names
the root missing for trust, and its signer's issuer can be trusted after showing its fingerprint."""

from __future__ import annotations

import gov_pki
import pytest
import signing_support as S
from cryptography import x509

from tthc_desktop.signing.trust_hints import fingerprint_text, issuer_to_trust
from tthc_desktop.signing.trust_store import TrustStore
from tthc_desktop.signing.verify import verify_pdf


@pytest.fixture(scope="module")
def gov(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gov")
    return gov_pki.build(folder, S.write_report_pdf(folder / "plan.pdf"))


def test_sha1_with_timestamp_is_valid_with_a_note_and_names_the_missing_root(gov, capfd):
    report = verify_pdf(gov["signed"], [])
    [sig] = report.signatures
    assert sig.intact and sig.valid and not sig.trusted and sig.timestamped and sig.error is None
    assert sig.legacy_algorithm == "SHA-1" and "Thuật toán cũ (SHA-1)" in sig.summary
    assert sig.missing_trust == "thiếu chứng thư gốc «RootCA chuyên dùng Chính phủ G2» (Ban Cơ yếu Chính phủ)"
    assert "thiếu chứng thư gốc «RootCA chuyên dùng Chính phủ G2» (Ban Cơ yếu Chính phủ)" in sig.summary
    err = capfd.readouterr().err
    assert "Traceback" not in err and "DisallowedAlgorithm" not in err  # pyHanko's log stays off the console


def test_trusting_the_root_file_makes_it_trusted(gov, tmp_path):
    store = TrustStore(tmp_path / "trust")
    store.import_file(gov["root"])
    [sig] = verify_pdf(gov["signed"], store.certificates()).signatures
    assert sig.trusted and sig.missing_trust == "" and sig.legacy_algorithm == "SHA-1"


def test_trust_the_issuer_of_the_signer_after_its_fingerprint(gov, tmp_path):
    [candidate] = issuer_to_trust(gov["signed"])
    inter = x509.load_pem_x509_certificate(gov["inter"].read_bytes())
    assert candidate.certificate == inter and not candidate.is_root  # the document carries the intermediate only
    assert fingerprint_text(candidate.sha256_hex).count(":") == 31
    store = TrustStore(tmp_path / "trust")
    store.add(candidate.certificate)
    [sig] = verify_pdf(gov["signed"], store.certificates()).signatures
    assert sig.trusted
