"""Certificate info and the demo PKI."""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12

from tthc_desktop.signing.certs import DEMO_MARK, cert_info, load_certificate_bytes, to_asn1crypto


def test_demo_pki_files_and_subjects(pki, consts):
    ca = cert_info(pki.ca_certificate())
    assert ca.is_ca and ca.key_usage == ("key_cert_sign", "crl_sign")
    assert DEMO_MARK in ca.subject_cn
    for ident, cn in ((pki.person, f"{consts.person} (DEMO)"), (pki.org, f"{consts.org} (DEMO)")):
        cert = load_certificate_bytes(ident.cert_pem.read_bytes())
        assert cert == load_certificate_bytes(ident.cert_der.read_bytes())
        info = cert_info(cert)
        assert info.subject_cn == cn and info.subject_o == consts.org
        assert info.issuer_cn == ca.subject_cn
        assert info.key_usage == ("digital_signature", "content_commitment")
        assert info.can_sign_documents and not info.is_ca and not info.is_expired()
        ou = cert.subject.get_attributes_for_oid(x509.NameOID.ORGANIZATIONAL_UNIT_NAME)[0].value
        assert ou == DEMO_MARK
        key, p12_cert, extra = pkcs12.load_key_and_certificates(ident.pkcs12.read_bytes(), consts.pfx_password)
        assert key is not None and p12_cert == cert and extra == [pki.ca_certificate()]


def test_expired_pki(expired_pki):
    info = cert_info(load_certificate_bytes(expired_pki.person.cert_pem.read_bytes()))
    assert info.is_expired()
    assert not info.is_expired(info.not_before + dt.timedelta(days=1))


def test_cert_info_accepts_asn1crypto(pki):
    ca = pki.ca_certificate()
    assert cert_info(to_asn1crypto(ca)) == cert_info(ca)
    assert cert_info(pki.ca_cert_der.read_bytes()).key_usage_text == "Ký chứng thư, Ký CRL"
