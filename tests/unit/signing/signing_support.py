"""Signing test helpers shared by tests/unit/signing (its conftest), tests/unit/services and tests/e2e.

Loaded by path (``load_support()`` in each user; no __init__.py in tests/) under one module name,
so the demo PKI, the SoftHSM2 token and the NSS database are made once per test process and
every test folder signs with and trusts the same CA. All tools are real (softhsm2-util,
pkcs11-tool, certutil, pdfsig); a missing tool makes the tests fail, never skip.
"""

from __future__ import annotations

import atexit
import os
import shutil
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

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

_CACHE: dict[str, object] = {}
_BASE: list[Path] = []


def base_dir() -> Path:
    """One temporary folder per test process for the shared PKI, token and NSS database."""
    if not _BASE:
        _BASE.append(Path(tempfile.mkdtemp(prefix="tthc-signing-tests-")))
        atexit.register(shutil.rmtree, _BASE[0], ignore_errors=True)  # keys and tokens do not outlive the run
    return _BASE[0]


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


def demo_pki(expired: bool = False) -> DemoPki:
    key = "pki-expired" if expired else "pki"
    if key not in _CACHE:
        _CACHE[key] = make_demo_pki(base_dir() / key, person_name=PERSON, org_name=ORG, password=PFX_PASSWORD,
                                    expired=expired)
    return _CACHE[key]  # type: ignore[return-value]


def softhsm_token() -> SoftHsm:
    """A SoftHSM2 token holding the person's key+cert (label "person", id 01) and an expired
    key+cert (label "expired", id 02). SOFTHSM2_CONF stays set for the rest of the process
    (subprocesses started by tests inherit it)."""
    if "softhsm" in _CACHE:
        return _CACHE["softhsm"]  # type: ignore[return-value]
    import pkcs11

    pki, expired = demo_pki(), demo_pki(expired=True)
    base = base_dir() / "softhsm"
    tokens = base / "tokens"
    tokens.mkdir(parents=True)
    conf = base / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    pkcs11.unload(str(SOFTHSM_LIB))  # the driver reads SOFTHSM2_CONF when initialised
    run(["softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL, "--pin", PIN, "--so-pin", SO_PIN])
    for ident, label, obj_id in ((pki.person, "person", "01"), (expired.person, "expired", "02")):
        run(["softhsm2-util", "--import", str(ident.key_pem), "--token", TOKEN_LABEL,
             "--label", label, "--id", obj_id, "--pin", PIN])  # fmt: skip
        run(["pkcs11-tool", "--module", str(SOFTHSM_LIB), "--token-label", TOKEN_LABEL, "--login",
             "--pin", PIN, "--write-object", str(ident.cert_der), "--type", "cert",
             "--id", obj_id, "--label", label])  # fmt: skip
    _CACHE["softhsm"] = SoftHsm(SOFTHSM_LIB, TOKEN_LABEL, PIN, conf)
    return _CACHE["softhsm"]  # type: ignore[return-value]


def nss_db_for(ca_pem: Path, folder: Path | None = None) -> str:
    """An NSS database trusting *ca_pem*, for ``pdfsig -nssdir``."""
    key = f"nss:{ca_pem}"
    if key not in _CACHE:
        d = folder or Path(tempfile.mkdtemp(prefix="nss-", dir=base_dir()))
        d.mkdir(parents=True, exist_ok=True)
        run(["certutil", "-N", "-d", f"sql:{d}", "--empty-password"])
        run(["certutil", "-A", "-d", f"sql:{d}", "-n", "testca", "-t", "CT,C,C", "-i", str(ca_pem)])
        _CACHE[key] = f"sql:{d}"
    return _CACHE[key]  # type: ignore[return-value]


def nss_db() -> str:
    return nss_db_for(demo_pki().ca_cert_pem)


def pdfsig(path: Path, nss: str) -> str:
    # pdfsig exits non-zero when a signature is invalid; we read its report either way.
    proc = subprocess.run(["pdfsig", "-nssdir", nss, str(path)], capture_output=True, text=True)
    return proc.stdout + proc.stderr


def demo_images() -> Images:
    if "images" not in _CACHE:
        d = base_dir() / "images"
        d.mkdir(exist_ok=True)
        _CACHE["images"] = Images(make_demo_signature_png(d / "chu-ky.png", PERSON),
                                  make_demo_seal_png(d / "con-dau.png", ORG))
    return _CACHE["images"]  # type: ignore[return-value]


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


def flip_byte_in_signed_range(path: Path) -> None:
    """Change one byte of the page content (inside every signature's signed range)."""
    data = bytearray(path.read_bytes())
    i = data.find(MARKER)
    assert i > 0, "marker not found in the PDF"
    data[i] ^= 0x01
    path.write_bytes(bytes(data))


def load_support():
    """For other test folders: this module, loaded once under a fixed name."""
    import sys

    return sys.modules[__name__]


def fake_pe(path: Path, machine: int = 0x8664) -> Path:
    """A file with just the PE header of a Windows DLL built for ``machine`` (0x8664 x64, 0x14C x86)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = bytearray(128)
    header[0:2] = b"MZ"
    struct.pack_into("<I", header, 0x3C, 64)
    header[64:68] = b"PE\0\0"
    struct.pack_into("<H", header, 68, machine)
    path.write_bytes(bytes(header))
    return path
