"""Certificate information and a demo/test PKI (docs/ARCHITECTURE.md §10.5).

``cert_info`` turns a certificate (cryptography or asn1crypto) into the few facts
the user needs to choose a signing certificate: subject, issuer, validity and key
usage. ``make_demo_pki`` builds a root CA plus a person and an organisation
certificate with ``cryptography``; every subject says it is a demo, so no one can
mistake a demo signature for a real one. The certificates satisfy pyHanko's
validator (keyUsage nonRepudiation) and NSS, which poppler's ``pdfsig`` uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ..domain.safe_text import safe_display

DEMO_MARK = "DEMO - không có giá trị pháp lý"

# Attribute names of x509.KeyUsage, in RFC 5280 order, with Vietnamese labels.
_KEY_USAGES: tuple[tuple[str, str], ...] = (
    ("digital_signature", "Ký số"),
    ("content_commitment", "Chống chối bỏ"),
    ("key_encipherment", "Mã hóa khóa"),
    ("data_encipherment", "Mã hóa dữ liệu"),
    ("key_agreement", "Thỏa thuận khóa"),
    ("key_cert_sign", "Ký chứng thư"),
    ("crl_sign", "Ký CRL"),
)


@dataclass(frozen=True)
class CertInfo:
    """What the user sees about one certificate."""

    subject_cn: str
    subject_o: str
    issuer_cn: str
    issuer_o: str
    serial_hex: str
    not_before: dt.datetime
    not_after: dt.datetime
    key_usage: tuple[str, ...]  # attribute names of x509.KeyUsage that are set
    is_ca: bool
    sha256_hex: str

    def is_expired(self, now: dt.datetime | None = None) -> bool:
        """True when *now* (default: the current time) is outside the validity period."""
        now = now or dt.datetime.now(dt.UTC)
        return not (self.not_before <= now <= self.not_after)

    @property
    def can_sign_documents(self) -> bool:
        """Key usage allows document signatures (digitalSignature or nonRepudiation)."""
        return not self.key_usage or bool({"digital_signature", "content_commitment"} & set(self.key_usage))

    @property
    def key_usage_text(self) -> str:
        """Vietnamese, comma-separated key usages."""
        labels = dict(_KEY_USAGES)
        return ", ".join(labels[name] for name in self.key_usage) or "Không giới hạn"


def to_cryptography(cert: Any) -> x509.Certificate:
    """Accept a cryptography or asn1crypto certificate (or PEM/DER bytes)."""
    if isinstance(cert, x509.Certificate):
        return cert
    if isinstance(cert, bytes | bytearray):
        return load_certificate_bytes(bytes(cert))
    if hasattr(cert, "dump"):  # asn1crypto.x509.Certificate
        return x509.load_der_x509_certificate(cert.dump())
    raise TypeError(f"not a certificate: {type(cert).__name__}")


def to_asn1crypto(cert: Any):
    """The asn1crypto form pyHanko works with."""
    from asn1crypto import x509 as asn1_x509

    if isinstance(cert, asn1_x509.Certificate):
        return cert
    der = to_cryptography(cert).public_bytes(serialization.Encoding.DER)
    return asn1_x509.Certificate.load(der)


def load_certificate_bytes(data: bytes) -> x509.Certificate:
    """Parse one PEM or DER certificate; raises ValueError if it is not one."""
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificate(data)
    return x509.load_der_x509_certificate(data)


def _name_attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    # Escaped once here, so no screen or report can print a forged line from a certificate.
    return safe_display(values[0].value) if values else ""


def cert_info(cert: Any) -> CertInfo:
    """Summarise a certificate for display and checks."""
    c = to_cryptography(cert)
    try:
        ku = c.extensions.get_extension_for_class(x509.KeyUsage).value
        usages = []
        for name, _label in _KEY_USAGES:
            if getattr(ku, name):
                usages.append(name)
    except x509.ExtensionNotFound:
        usages = []
    try:
        is_ca = c.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        is_ca = False
    return CertInfo(
        subject_cn=_name_attr(c.subject, NameOID.COMMON_NAME),
        subject_o=_name_attr(c.subject, NameOID.ORGANIZATION_NAME),
        issuer_cn=_name_attr(c.issuer, NameOID.COMMON_NAME),
        issuer_o=_name_attr(c.issuer, NameOID.ORGANIZATION_NAME),
        serial_hex=format(c.serial_number, "X"),
        not_before=c.not_valid_before_utc,
        not_after=c.not_valid_after_utc,
        key_usage=tuple(usages),
        is_ca=is_ca,
        sha256_hex=c.fingerprint(hashes.SHA256()).hex().upper(),
    )


# ---------------------------------------------------------------- demo PKI


@dataclass(frozen=True)
class DemoIdentity:
    """Files of one demo end-entity certificate."""

    cert_pem: Path
    cert_der: Path
    key_pem: Path  # unencrypted PKCS#8; needed to import the key into a test token
    pkcs12: Path


@dataclass(frozen=True)
class DemoPki:
    """A demo root CA and two signers (person and organisation)."""

    directory: Path
    ca_cert_pem: Path
    ca_cert_der: Path
    person: DemoIdentity
    org: DemoIdentity

    def ca_certificate(self) -> x509.Certificate:
        return load_certificate_bytes(self.ca_cert_pem.read_bytes())


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _key_usage(*, signing: bool) -> x509.KeyUsage:
    """A document signer's key (digitalSignature + nonRepudiation) or a CA's (keyCertSign + cRLSign)."""
    return x509.KeyUsage(
        digital_signature=signing, content_commitment=signing, key_encipherment=False, data_encipherment=False,
        key_agreement=False, key_cert_sign=not signing, crl_sign=not signing, encipher_only=False,
        decipher_only=False,
    )


def _name(cn: str, org: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, DEMO_MARK),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def _write_identity(
    out_dir: Path,
    stem: str,
    key: rsa.RSAPrivateKey,
    cert: x509.Certificate,
    ca_cert: x509.Certificate,
    password: bytes,
) -> DemoIdentity:
    ident = DemoIdentity(
        cert_pem=out_dir / f"{stem}.pem",
        cert_der=out_dir / f"{stem}.cer",
        key_pem=out_dir / f"{stem}-key.pem",
        pkcs12=out_dir / f"{stem}.p12",
    )
    ident.cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    ident.cert_der.write_bytes(cert.public_bytes(serialization.Encoding.DER))
    ident.key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    ident.pkcs12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            name=stem.encode(),
            key=key,
            cert=cert,
            cas=[ca_cert],
            encryption_algorithm=serialization.BestAvailableEncryption(password),
        )
    )
    return ident


def issue_certificate(
    *,
    issuer_key: rsa.RSAPrivateKey,
    issuer_cert: x509.Certificate,
    subject: x509.Name,
    key: rsa.RSAPrivateKey,
    not_before: dt.datetime,
    not_after: dt.datetime,
) -> x509.Certificate:
    """An end-entity certificate for document signing (digitalSignature + nonRepudiation)."""
    ca_ski = issuer_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(signing=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
        .sign(issuer_key, hashes.SHA256())
    )


def make_demo_pki(
    out_dir: Path | str,
    *,
    person_name: str,
    org_name: str,
    password: bytes,
    expired: bool = False,
    now: dt.datetime | None = None,
) -> DemoPki:
    """Create a demo CA, a person and an organisation certificate under *out_dir*.

    The PKCS#12 files are encrypted with *password* (the caller's; it is not kept).
    With ``expired=True`` the two end-entity certificates ended yesterday, for
    testing the expired-certificate error.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    now = now or dt.datetime.now(dt.UTC)
    # Backdate a little so clocks a few minutes apart still accept the certificates.
    ca_from, ca_to = now - dt.timedelta(days=30), now + dt.timedelta(days=3650)
    if expired:
        ee_from, ee_to = now - dt.timedelta(days=400), now - dt.timedelta(days=1)
    else:
        ee_from, ee_to = now - dt.timedelta(days=1), now + dt.timedelta(days=730)

    ca_key = _new_key()
    ca_name = _name(f"TTHC Desktop DEMO CA ({DEMO_MARK})", "TTHC Desktop DEMO")
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(ca_from)
        .not_valid_after(ca_to)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(signing=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_pem, ca_der = out / "demo-ca.pem", out / "demo-ca.cer"
    ca_pem.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    ca_der.write_bytes(ca_cert.public_bytes(serialization.Encoding.DER))

    identities = []
    for stem, cn in (("person", f"{person_name} (DEMO)"), ("org", f"{org_name} (DEMO)")):
        key = _new_key()
        cert = issue_certificate(
            issuer_key=ca_key,
            issuer_cert=ca_cert,
            subject=_name(cn, org_name),
            key=key,
            not_before=ee_from,
            not_after=ee_to,
        )
        identities.append(_write_identity(out, stem, key, cert, ca_cert, password))
    return DemoPki(out, ca_pem, ca_der, identities[0], identities[1])
