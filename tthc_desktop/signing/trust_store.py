"""The user's trust store: the root certificates signatures are verified against.

Nothing is trusted by default. The user imports .cer/.crt (PEM or DER, one or
several certificates) and .p7b (PKCS#7 bundles) files, and removes entries. Each
certificate is kept as ``<SHA-256>.cer`` (DER) in the store's folder, so the same
certificate imported twice is stored once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from ..store.files import atomic_write
from .certs import CertInfo, cert_info
from .errors import SigningError, read_user_file


class TrustStoreError(SigningError):
    default_message = "Không nhập được chứng thư số vào danh sách tin cậy."


@dataclass(frozen=True)
class TrustedCert:
    path: Path
    info: CertInfo


def parse_certificates(data: bytes) -> list[x509.Certificate]:
    """All certificates in PEM/DER X.509 or PKCS#7 (.p7b) data; ValueError if there are none."""
    if b"-----BEGIN PKCS7-----" in data:
        return list(pkcs7.load_pem_pkcs7_certificates(data))
    if b"-----BEGIN CERTIFICATE-----" in data:
        return list(x509.load_pem_x509_certificates(data))
    try:
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        pass
    return list(pkcs7.load_der_pkcs7_certificates(data))


class TrustStore:
    """Trusted certificates kept in *folder* (created on first import)."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)

    def _path_for(self, cert: x509.Certificate) -> Path:
        return self.folder / f"{cert.fingerprint(hashes.SHA256()).hex().upper()}.cer"

    def import_file(self, path: Path | str) -> list[CertInfo]:
        """Import every certificate in *path*; returns what was imported (already present included)."""
        p = Path(path)
        data = read_user_file(p, TrustStoreError(f"Không đọc được tệp {p}."))
        try:
            certs = parse_certificates(data)
            for cert in certs:  # fields are parsed lazily: fail here, before anything is written
                cert_info(cert)
                cert.public_bytes(serialization.Encoding.DER)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            certs = []
        if not certs:
            raise TrustStoreError(
                f"Tệp {p.name} không chứa chứng thư số hợp lệ (cần tệp .cer/.crt dạng PEM hoặc DER, hoặc .p7b)."
            )
        return [self.add(cert) for cert in certs]

    def add(self, cert: x509.Certificate) -> CertInfo:
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._path_for(cert)
        if not target.exists():
            atomic_write(target, cert.public_bytes(serialization.Encoding.DER), prefix=".import-")
        return cert_info(cert)

    def entries(self) -> list[TrustedCert]:
        """Stored certificates, sorted by subject name; unreadable files are skipped."""
        out = []
        if self.folder.is_dir():
            for path in sorted(self.folder.glob("*.cer")):
                try:
                    out.append(TrustedCert(path, cert_info(x509.load_der_x509_certificate(path.read_bytes()))))
                except (OSError, ValueError):
                    continue
        return sorted(out, key=lambda t: (t.info.subject_cn.casefold(), t.info.sha256_hex))

    def certificates(self) -> list[x509.Certificate]:
        """The trust roots to pass to ``verify_pdf``."""
        return [x509.load_der_x509_certificate(t.path.read_bytes()) for t in self.entries()]

    def remove(self, sha256_hex: str) -> bool:
        """Remove a certificate by its SHA-256 fingerprint; False if it was not there."""
        path = self.folder / f"{sha256_hex.upper().replace(':', '')}.cer"
        if path.parent != self.folder or not path.is_file():
            return False
        path.unlink()
        return True
