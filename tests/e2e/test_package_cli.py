"""`report build` → `sign` → `package` → `verify PACKAGE.zip`, headless.

`sign` attaches the report's .xlsx (from the register) inside the PDF before signing and signs the
manifest; `package` writes the zip from the recorded submission; `verify` checks every hash and the
manifest's signature, and fails on a changed file or a changed list. A PDF signed outside the app
needs --report, and its package says the manifest is unsigned.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import signing_support as S

from tthc_desktop.signing.embed import embedded_files


def cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full = os.environ | {"QT_QPA_PLATFORM": "offscreen"} | (env or {})
    return subprocess.run([sys.executable, "-m", "tthc_desktop", *args], cwd=cwd, env=full, capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL)


@pytest.fixture
def built(tmp_path):
    db = tmp_path / "t.db"
    result = cli("report", "build", "--kind", "quarterly", "--period", "2025-Q3", "--db", str(db),
                 "--out", str(tmp_path / "out"), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["xlsx"]) == 3
    return db, data


def _rezip(path: Path, change) -> None:
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    change(members)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_sign_package_verify(built, tmp_path):
    db, data = built
    pki = S.demo_pki()
    signed = tmp_path / "da-ky" / "bao-cao-da-ky.pdf"
    secrets = {"TTHC_SIGN_PIN": S.PFX_PASSWORD.decode(), "TTHC_SEAL_PIN": S.PFX_PASSWORD.decode()}
    done = cli("sign", data["pdf"], "--pkcs12", str(pki.person.pkcs12), "--seal-pkcs12", str(pki.org.pkcs12),
               "--out", str(signed), "--db", str(db), env=secrets, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    xlsx = {Path(p).name: Path(p).read_bytes() for p in data["xlsx"]}
    assert embedded_files(signed) == xlsx  # taken from the register: no --xlsx given

    packed = cli("package", str(signed), "--out", str(tmp_path / "goi"), "--db", str(db), "--json", cwd=tmp_path)
    assert packed.returncode == 0, packed.stderr
    info = json.loads(packed.stdout)
    assert info["manifest_signed"] and sorted(info["xlsx"]) == sorted(xlsx)
    package = Path(info["package"])
    with zipfile.ZipFile(package) as zf:
        assert set(zf.namelist()) == {signed.name, *xlsx, "manifest.json", "manifest.p7s"}
        assert zf.read("manifest.json") == signed.with_name("bao-cao-da-ky.manifest.json").read_bytes()

    ok = cli("verify", str(package), "--trust", str(pki.ca_cert_pem), "--db", str(db), "--json", cwd=tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    result = json.loads(ok.stdout)
    assert result["trusted"] and result["signer_cn"] == f"{S.ORG} (DEMO)" and len(result["files"]) == 4

    name = next(iter(xlsx))
    changed = tmp_path / "doi-tep.zip"
    changed.write_bytes(package.read_bytes())
    _rezip(changed, lambda m: m.__setitem__(name, m[name] + b"\0"))
    bad = cli("verify", str(changed), "--db", str(db), cwd=tmp_path)
    assert bad.returncode == 1 and f"Tệp “{name}” trong gói doi-tep.zip đã bị thay đổi" in bad.stderr

    relisted = tmp_path / "doi-danh-sach.zip"
    relisted.write_bytes(package.read_bytes())
    _rezip(relisted, lambda m: m.__setitem__("manifest.json", m["manifest.json"].replace(
        b'"title": "', b'"title": "Sua: ')))
    bad = cli("verify", str(relisted), "--trust", str(pki.ca_cert_pem), "--db", str(db), cwd=tmp_path)
    assert bad.returncode == 1 and "manifest.json) đã bị thay đổi sau khi ký" in bad.stdout


def test_pdf_signed_elsewhere_needs_the_report_and_says_the_list_is_unsigned(built, tmp_path):
    from tthc_desktop.signing.sign_pdf import PERSON_FIELD, sign_document
    from tthc_desktop.signing.signers import open_pkcs12_signer

    db, data = built
    pki = S.demo_pki()
    signed = tmp_path / "ky-ngoai.pdf"
    sign_document(data["pdf"], signed, signer=open_pkcs12_signer(pki.person.pkcs12, S.PFX_PASSWORD),
                  field_name=PERSON_FIELD, box=S.PERSON_BOX, appearance=None)
    refused = cli("package", str(signed), "--out", str(tmp_path / "goi"), "--db", str(db), cwd=tmp_path)
    assert refused.returncode == 2 and "--report ID" in refused.stderr and "Traceback" not in refused.stderr
    packed = cli("package", str(signed), "--report", "1", "--out", str(tmp_path / "goi"), "--db", str(db),
                 cwd=tmp_path)
    assert packed.returncode == 0, packed.stderr
    assert "không có chữ ký số" in packed.stdout
    with zipfile.ZipFile(tmp_path / "goi" / "ho-so-2025-Q3.zip") as zf:
        assert sorted(n for n in zf.namelist() if n.endswith(".xlsx")) == sorted(Path(p).name for p in data["xlsx"])
        assert "manifest.p7s" not in zf.namelist()
    unsigned = cli("verify", str(tmp_path / "goi" / "ho-so-2025-Q3.zip"), "--db", str(db), cwd=tmp_path)
    assert unsigned.returncode == 1 and "không có chữ ký của danh sách tệp" in unsigned.stdout
