"""Certificates the demo PKI never makes: wrong key usage, expired, self-signed, hostile names.

``odd_pki(folder)`` makes a CA; ``issue(...)`` an end-entity .p12 under it (or self-signed).
``simple_signer(p12, password)`` loads one into pyHanko without our expiry check, so tests can
sign with an expired certificate and see what ``verify`` says about it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

PASSWORD = b"odd-certs-1234"
_KU_NAMES = ("digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
             "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only")


@dataclass(frozen=True)
class OddCa:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate
    pem: Path


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Kiểm thử"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _ku(usages: set[str]) -> x509.KeyUsage:
    return x509.KeyUsage(**{n: n in usages for n in _KU_NAMES})


def odd_ca(folder: Path) -> OddCa:
    key, now = _key(), dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name("Odd CA")).issuer_name(_name("Odd CA"))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=800)).not_valid_after(now + dt.timedelta(days=800))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_ku({"key_cert_sign", "crl_sign"}), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    pem = folder / "odd-ca.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return OddCa(key, cert, pem)


def issue(folder: Path, name: str, *, ca: OddCa | None, cn: str = "Người ký thử",
          usages: set[str] = frozenset({"digital_signature", "content_commitment"}), expired: bool = False) -> Path:
    """A .p12 (password PASSWORD) for *cn*, issued by *ca* or self-signed when *ca* is None."""
    key, now = _key(), dt.datetime.now(dt.UTC)
    start, end = (now - dt.timedelta(days=400), now - dt.timedelta(days=1)) if expired else \
        (now - dt.timedelta(days=1), now + dt.timedelta(days=400))
    subject = _name(cn)
    builder = (x509.CertificateBuilder().subject_name(subject)
               .issuer_name(ca.cert.subject if ca else subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(_ku(set(usages)), critical=True))
    cert = builder.sign(ca.key if ca else key, hashes.SHA256())
    p12 = folder / f"{name}.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        name.encode(), key, cert, [ca.cert] if ca else None, serialization.BestAvailableEncryption(PASSWORD)))
    return p12


def simple_signer(p12: Path, password: bytes = PASSWORD):
    from pyhanko.sign.signers import SimpleSigner

    return SimpleSigner.load_pkcs12(str(p12), passphrase=password)
