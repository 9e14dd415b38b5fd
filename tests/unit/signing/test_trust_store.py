"""The user's trust store: import PEM, DER and .p7b; remove; reject garbage."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from tthc_desktop.signing.certs import load_certificate_bytes
from tthc_desktop.signing.trust_store import TrustStore, TrustStoreError
from tthc_desktop.signing.verify import verify_pdf


def test_empty_by_default(tmp_path):
    store = TrustStore(tmp_path / "tin-cay")
    assert store.entries() == [] and store.certificates() == []


def test_import_pem_and_der_of_same_cert_is_stored_once(tmp_path, pki):
    store = TrustStore(tmp_path / "tin-cay")
    (info,) = store.import_file(pki.ca_cert_pem)
    (again,) = store.import_file(pki.ca_cert_der)
    assert info.sha256_hex == again.sha256_hex
    assert info.is_ca and "DEMO" in info.subject_cn
    assert [e.info.sha256_hex for e in store.entries()] == [info.sha256_hex]
    assert store.certificates() == [pki.ca_certificate()]


def test_import_p7b_pem_and_der(tmp_path, pki, expired_pki):
    certs = [load_certificate_bytes(p.read_bytes()) for p in (pki.ca_cert_pem, expired_pki.ca_cert_pem)]
    for encoding, name in ((serialization.Encoding.PEM, "bundle-pem.p7b"), (serialization.Encoding.DER, "bundle.p7b")):
        bundle = tmp_path / name
        bundle.write_bytes(pkcs7.serialize_certificates(certs, encoding))
        store = TrustStore(tmp_path / f"store-{name}")
        imported = store.import_file(bundle)
        assert len(imported) == 2
        assert len(store.entries()) == 2


def test_remove(tmp_path, pki):
    store = TrustStore(tmp_path / "tin-cay")
    (info,) = store.import_file(pki.ca_cert_pem)
    assert store.remove(info.sha256_hex.lower())
    assert store.entries() == []
    assert not store.remove(info.sha256_hex)
    assert not store.remove("../../etc/passwd")


@pytest.mark.parametrize("content", [b"", b"hello, not a certificate", b"-----BEGIN CERTIFICATE-----\nabc\n"])
def test_garbage_is_rejected(tmp_path, content):
    bad = tmp_path / "bad.cer"
    bad.write_bytes(content)
    store = TrustStore(tmp_path / "tin-cay")
    with pytest.raises(TrustStoreError) as exc:
        store.import_file(bad)
    assert "không chứa chứng thư số hợp lệ" in str(exc.value)
    assert store.entries() == []


def test_store_feeds_verification(tmp_path, pki, consts, images, report_pdf):
    from tthc_desktop.signing.appearance import person_appearance
    from tthc_desktop.signing.sign_pdf import PERSON_FIELD, sign_document
    from tthc_desktop.signing.signers import open_pkcs12_signer

    signed = sign_document(
        report_pdf, tmp_path / "s.pdf", signer=open_pkcs12_signer(pki.org.pkcs12, consts.pfx_password),
        field_name=PERSON_FIELD, box=consts.person_box,
        appearance=person_appearance(consts.person_box, images.signature),
    ).out_path  # fmt: skip
    store = TrustStore(tmp_path / "tin-cay")
    assert not verify_pdf(signed, store.certificates()).all_trusted
    store.import_file(pki.ca_cert_der)
    assert verify_pdf(signed, store.certificates()).all_trusted
