"""Fixtures for the signing tests: a demo PKI, a real SoftHSM2 token, an NSS database
for poppler's pdfsig, and a small report-like PDF with a signer block.

All tools are real (softhsm2-util, pkcs11-tool, certutil, pdfsig, pdftoppm); a
missing tool makes the tests fail, never skip.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import signing_support as S

from tthc_desktop.signing.appearance import SignatureBox
from tthc_desktop.signing.certs import DemoPki

PIN, PFX_PASSWORD, TOKEN_LABEL, PERSON, ORG, MARKER = S.PIN, S.PFX_PASSWORD, S.TOKEN_LABEL, S.PERSON, S.ORG, S.MARKER
PAGE_W, PAGE_H, PERSON_BOX = S.PAGE_W, S.PAGE_H, S.PERSON_BOX
SoftHsm, Images, pdfsig, write_report_pdf = S.SoftHsm, S.Images, S.pdfsig, S.write_report_pdf


@pytest.fixture(scope="session")
def pki() -> DemoPki:
    return S.demo_pki()


@pytest.fixture(scope="session")
def expired_pki() -> DemoPki:
    return S.demo_pki(expired=True)


@pytest.fixture(scope="session")
def softhsm(pki, expired_pki):
    """A SoftHSM2 token holding the person's key+cert (label "person", id 01) and an
    expired key+cert (label "expired", id 02); shared with the other test folders."""
    return S.softhsm_token()


@pytest.fixture(scope="session")
def nss_dir(pki) -> str:
    """An NSS database trusting the demo CA, for ``pdfsig -nssdir``."""
    return S.nss_db()


@pytest.fixture(scope="session")
def images() -> Images:
    return S.demo_images()


@pytest.fixture
def report_pdf(tmp_path) -> Path:
    return write_report_pdf(tmp_path / "bao-cao.pdf")


@dataclass(frozen=True)
class Consts:
    """Test constants, as a fixture (conftest modules are not importable with importlib mode)."""

    pin: str = PIN
    pfx_password: bytes = PFX_PASSWORD
    token_label: str = TOKEN_LABEL
    person: str = PERSON
    org: str = ORG
    marker: bytes = MARKER
    page_w: float = PAGE_W
    page_h: float = PAGE_H
    person_box: SignatureBox = PERSON_BOX


@pytest.fixture(scope="session")
def consts() -> Consts:
    return Consts()


@pytest.fixture(scope="session")
def run_pdfsig():
    return pdfsig


@pytest.fixture(scope="session")
def make_report():
    return write_report_pdf


@dataclass(frozen=True)
class LocalTsa:
    url: str
    root: object  # cryptography x509.Certificate to trust for the timestamps


@pytest.fixture(scope="session")
def local_tsa():
    """A real RFC 3161 HTTP timestamp server on localhost (pyHanko's DummyTimeStamper behind
    http.server), with its own root, for testing PAdES B-T without network."""
    import datetime as dt
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from asn1crypto import tsp
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    now = dt.datetime.now(dt.UTC)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA Root (DEMO)")])
    root = (
        x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
        .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(root_key, hashes.SHA256())
    )  # fmt: skip
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tsa_cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA (DEMO)")]))
        .issuer_name(root_name).public_key(tsa_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(root_key, hashes.SHA256())
    )  # fmt: skip
    stamper = DummyTimeStamper(
        tsa_cert=translate_pyca_cryptography_cert_to_asn1(tsa_cert),
        tsa_key=translate_pyca_cryptography_key_to_asn1(tsa_key),
        certs_to_embed=[translate_pyca_cryptography_cert_to_asn1(root)],
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            resp = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(resp)))
            self.end_headers()
            self.wfile.write(resp)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield LocalTsa(f"http://127.0.0.1:{server.server_address[1]}/tsa", root)
    server.shutdown()
    server.server_close()
