"""Fixtures for the signing tests: a demo PKI, a real SoftHSM2 token, an NSS database
for poppler's pdfsig, and a small report-like PDF with a signer block.

All tools are real (softhsm2-util, pkcs11-tool, certutil, pdfsig, pdftoppm); a
missing tool makes the tests fail, never skip.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from tthc_desktop.signing.appearance import SignatureBox, make_demo_seal_png, make_demo_signature_png
from tthc_desktop.signing.certs import DemoPki, make_demo_pki

# Distinctive values, so that scanning files for them cannot match by chance.
PIN = "tthc-Pin-4815"
SO_PIN = "tthc-So-16234"
PFX_PASSWORD = "Mật-khẩu-PFX-7319".encode()
TOKEN_LABEL = "tthc-test"
SOFTHSM_LIB = Path("/usr/lib/softhsm/libsofthsm2.so")
PERSON = "Nguyễn Văn Bình"
ORG = "Sở Tư pháp tỉnh Demo"
MARKER = b"KIEMTRA-NOI-DUNG"  # text in page 1's (uncompressed) content stream


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


@dataclass(frozen=True)
class SoftHsm:
    lib: Path
    label: str
    pin: str
    conf: Path


@dataclass(frozen=True)
class Images:
    signature: Path
    seal: Path


@pytest.fixture(scope="session")
def pki(tmp_path_factory) -> DemoPki:
    return make_demo_pki(tmp_path_factory.mktemp("pki"), person_name=PERSON, org_name=ORG, password=PFX_PASSWORD)


@pytest.fixture(scope="session")
def expired_pki(tmp_path_factory) -> DemoPki:
    return make_demo_pki(
        tmp_path_factory.mktemp("pki-expired"), person_name=PERSON, org_name=ORG, password=PFX_PASSWORD, expired=True
    )


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory, pki, expired_pki):
    """A SoftHSM2 token holding the person's key+cert (label "person", id 01) and an
    expired key+cert (label "expired", id 02)."""
    import pkcs11

    base = tmp_path_factory.mktemp("softhsm")
    tokens = base / "tokens"
    tokens.mkdir()
    conf = base / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    mp = pytest.MonkeyPatch()
    mp.setenv("SOFTHSM2_CONF", str(conf))
    pkcs11.unload(str(SOFTHSM_LIB))  # the driver reads SOFTHSM2_CONF when initialised
    run(["softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL, "--pin", PIN, "--so-pin", SO_PIN])
    for ident, label, obj_id in ((pki.person, "person", "01"), (expired_pki.person, "expired", "02")):
        run(["softhsm2-util", "--import", str(ident.key_pem), "--token", TOKEN_LABEL,
             "--label", label, "--id", obj_id, "--pin", PIN])  # fmt: skip
        run(["pkcs11-tool", "--module", str(SOFTHSM_LIB), "--token-label", TOKEN_LABEL, "--login",
             "--pin", PIN, "--write-object", str(ident.cert_der), "--type", "cert",
             "--id", obj_id, "--label", label])  # fmt: skip
    yield SoftHsm(SOFTHSM_LIB, TOKEN_LABEL, PIN, conf)
    pkcs11.unload(str(SOFTHSM_LIB))
    mp.undo()


@pytest.fixture(scope="session")
def nss_dir(tmp_path_factory, pki) -> str:
    """An NSS database trusting the demo CA, for ``pdfsig -nssdir``."""
    d = tmp_path_factory.mktemp("nss")
    run(["certutil", "-N", "-d", f"sql:{d}", "--empty-password"])
    run(["certutil", "-A", "-d", f"sql:{d}", "-n", "testca", "-t", "CT,C,C", "-i", str(pki.ca_cert_pem)])
    return f"sql:{d}"


def pdfsig(path: Path, nss: str) -> str:
    # pdfsig exits non-zero when a signature is invalid; we read its report either way.
    proc = subprocess.run(["pdfsig", "-nssdir", nss, str(path)], capture_output=True, text=True)
    return proc.stdout + proc.stderr


@pytest.fixture(scope="session")
def images(tmp_path_factory) -> Images:
    d = tmp_path_factory.mktemp("images")
    return Images(make_demo_signature_png(d / "chu-ky.png", PERSON), make_demo_seal_png(d / "con-dau.png", ORG))


# A4, with the signer block on the right: position line, space, name.
PAGE_W, PAGE_H = 595.28, 841.89
PERSON_BOX = SignatureBox(0, 355.0, 215.0, 515.0, 300.0)


def write_report_pdf(path: Path, pages: int = 1) -> Path:
    """A small report-like PDF: uncompressed content so a test can find and flip a byte."""
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), pageCompression=0)
    for page in range(pages):
        c.setFont("Times-Bold", 14)
        c.drawCentredString(PAGE_W / 2, 760, "BAO CAO")
        c.setFont("Times-Roman", 13)
        c.drawString(90, 720, f"Trang {page + 1}: {MARKER.decode()} ket qua kiem soat TTHC quy III.")
        if page == 0:
            c.setFont("Times-Bold", 13)
            c.drawCentredString(435, 320, "KT. GIAM DOC")
            c.drawCentredString(435, 305, "PHO GIAM DOC")
            c.drawCentredString(435, 195, "Nguyen Van Binh")
        c.showPage()
    c.save()
    return path


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
