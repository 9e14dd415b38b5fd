"""A made-up chain shaped like the government's: root «RootCA chuyên dùng Chính phủ G2» (Ban Cơ yếu Chính phủ),
an intermediate, an officer; and a PDF signed SHA-1 CAdES with a timestamp, carrying only the intermediate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

ROOT_CN, ROOT_O = "RootCA chuyên dùng Chính phủ G2", "Ban Cơ yếu Chính phủ"


def _name(cn: str, o: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"), x509.NameAttribute(NameOID.ORGANIZATION_NAME, o),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(subject, issuer, key, issuer_key, *, ca: bool, sha1: bool = False):
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
               .not_valid_after(now + dt.timedelta(days=365))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.KeyUsage(digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
                                            data_encipherment=False, key_agreement=False, key_cert_sign=ca,
                                            crl_sign=ca, encipher_only=False, decipher_only=False), critical=True))
    return builder.sign(issuer_key, hashes.SHA256())


def build(folder: Path, pdf: Path) -> dict[str, Path]:
    """Write the certificates and a SHA-1 signed copy of *pdf*; returns their paths."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    folder.mkdir(parents=True, exist_ok=True)
    keys = [rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(3)]
    root_name = _name(ROOT_CN, ROOT_O)
    inter_name = _name("CA phục vụ các cơ quan nhà nước (thử nghiệm)", ROOT_O)
    root = _cert(root_name, root_name, keys[0], keys[0], ca=True)
    inter = _cert(inter_name, root_name, keys[1], keys[0], ca=True)
    officer = _cert(_name("Nguyễn Văn Bình", "UBND tỉnh Đồng Tháp"), inter_name, keys[2], keys[1], ca=False)
    paths = {}
    for label, obj in (("root", root), ("inter", inter), ("officer", officer)):
        paths[label] = folder / f"{label}.pem"
        paths[label].write_bytes(obj.public_bytes(serialization.Encoding.PEM))
    paths["key"] = folder / "officer.key"
    paths["key"].write_bytes(keys[2].private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                   serialization.NoEncryption()))
    signer = signers.SimpleSigner.load(str(paths["key"]), str(paths["officer"]), ca_chain_files=(str(paths["inter"]),))
    tsa = DummyTimeStamper(tsa_cert=signer.signing_cert, tsa_key=signer.signing_key,
                           certs_to_embed=SimpleCertificateStore.from_certs([signer.signing_cert]))
    with pdf.open("rb") as fh:
        meta = signers.PdfSignatureMetadata(field_name="Signature1", md_algorithm="sha1")
        out = signers.PdfSigner(meta, signer=signer, timestamper=tsa).sign_pdf(IncrementalPdfFileWriter(fh))
    paths["signed"] = folder / "ke-hoach-ky-sha1.pdf"
    paths["signed"].write_bytes(out.getvalue())
    return paths
