"""`tthc-desktop sign` and `verify` end to end: a .pfx and a SoftHSM2 token (PKCS#11) with the PIN from
TTHC_SIGN_PIN; poppler's pdfsig, trusting the test CA in a temporary NSS database, reports both
signatures valid; one flipped byte inside the signed range makes both verifiers say invalid."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import signing_support as S
from shadow_attacks import replace_page_content

TESTS = Path(__file__).resolve().parents[1]






def cli(*args: str, env: dict[str, str] | None = None, cwd: Path) -> subprocess.CompletedProcess:
    full = os.environ | {"QT_QPA_PLATFORM": "offscreen"} | (env or {})
    return subprocess.run([sys.executable, "-m", "tthc_desktop", *args], cwd=cwd, env=full, capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL)


def _two_valid(report: str) -> None:
    assert report.count("Signature Validation: Signature is Valid.") == 2, report
    assert report.count("Certificate Validation: Certificate is Trusted.") == 2, report
    assert "Signer Certificate Common Name: " + S.PERSON in report
    assert "Signer Certificate Common Name: " + S.ORG in report


def _check_flip(signed: Path, tmp_path: Path, nss: str) -> None:
    S.flip_byte_in_signed_range(signed)
    result = cli("verify", str(signed), "--trust", str(S.demo_pki().ca_cert_pem), cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Tài liệu đã bị thay đổi sau khi ký" in result.stdout
    report = S.pdfsig(signed, nss)
    assert "Signature is Valid." not in report and report.count("Signature Validation: Digest Mismatch.") == 2, report


@pytest.fixture
def report_pdf(tmp_path) -> Path:
    return S.write_report_pdf(tmp_path / "bao-cao.pdf")


def test_sign_with_pfx_then_verify(report_pdf, tmp_path):
    pki = S.demo_pki()
    out = tmp_path / "da-ky.pdf"
    secrets = {"TTHC_SIGN_PIN": S.PFX_PASSWORD.decode(), "TTHC_SEAL_PIN": S.PFX_PASSWORD.decode()}
    result = cli("sign", str(report_pdf), "--pkcs12", str(pki.person.pkcs12), "--seal-pkcs12", str(pki.org.pkcs12),
                 "--out", str(out), env=secrets, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"Đã ký: {out} (khung chữ ký mặc định)" in result.stdout
    _two_valid(S.pdfsig(out, S.nss_db()))

    ok = cli("verify", str(out), "--trust", str(pki.ca_cert_der), "--json", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    data = json.loads(ok.stdout)
    assert data["all_valid"] and data["all_trusted"]
    assert [s["signer_cn"] for s in data["signatures"]] == [f"{S.PERSON} (DEMO)", f"{S.ORG} (DEMO)"]
    assert data["signatures"][0]["modification"] == "signatures_only"
    assert data["signatures"][1]["coverage"] == "entire_file"
    assert data["signatures"][0]["signing_time"].endswith("+07:00")

    text = cli("verify", str(out), cwd=tmp_path)  # no trust given: valid but not trusted, a failure (exit 1)
    assert text.returncode == 1
    assert "được tin cậy: KHÔNG" in text.stdout and f"Người ký: {S.PERSON} (DEMO)" in text.stdout
    _check_flip(out, tmp_path, S.nss_db())


def test_verify_shadow_attack_is_a_failure(report_pdf, tmp_path):
    """Issue 18 §1: content replaced after signing → headline, JSON all_valid false, exit 1."""
    pki = S.demo_pki()
    out = tmp_path / "da-ky.pdf"
    secrets = {"TTHC_SIGN_PIN": S.PFX_PASSWORD.decode()}
    assert cli("sign", str(report_pdf), "--pkcs12", str(pki.person.pkcs12), "--out", str(out), env=secrets,
               cwd=tmp_path).returncode == 0
    attacked = replace_page_content(out, tmp_path / "gia-mao.pdf")
    result = cli("verify", str(attacked), "--trust", str(pki.ca_cert_pem), "--json", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert not data["all_valid"] and not data["all_trusted"] and data["modified_after_signing"]
    assert data["summary"].startswith("ĐÃ BỊ THAY ĐỔI SAU KHI KÝ")
    text = cli("verify", str(attacked), "--trust", str(pki.ca_cert_pem), cwd=tmp_path)
    assert text.returncode == 1 and text.stdout.splitlines()[1].startswith("ĐÃ BỊ THAY ĐỔI SAU KHI KÝ")


def test_sign_with_softhsm_token_and_seal_pfx(report_pdf, tmp_path):
    token, pki = S.softhsm_token(), S.demo_pki()
    out = tmp_path / "da-ky-token.pdf"
    env = {"SOFTHSM2_CONF": str(token.conf), "TTHC_SIGN_PIN": token.pin, "TTHC_SEAL_PIN": S.PFX_PASSWORD.decode()}
    result = cli("sign", str(report_pdf), "--pkcs11-lib", str(token.lib), "--token", token.label,
                 "--key-label", "person", "--seal-pkcs12", str(pki.org.pkcs12), "--page", "1",
                 "--box", "355,215,515,300", "--out", str(out), "--json", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    signed = json.loads(result.stdout)
    assert [s["field"] for s in signed["signatures"]] == ["ChuKyCaNhan", "ChuKyToChuc"]
    _two_valid(S.pdfsig(out, S.nss_db()))
    assert cli("verify", str(out), "--trust", str(pki.ca_cert_pem), cwd=tmp_path).returncode == 0
    _check_flip(out, tmp_path, S.nss_db())


def test_sign_errors_are_vietnamese(report_pdf, tmp_path):
    token, pki = S.softhsm_token(), S.demo_pki()
    env = {"SOFTHSM2_CONF": str(token.conf), "TTHC_SIGN_PIN": "sai-pin"}
    wrong = cli("sign", str(report_pdf), "--pkcs11-lib", str(token.lib), "--token", token.label,
                "--key-label", "person", "--out", str(tmp_path / "x.pdf"), env=env, cwd=tmp_path)
    assert wrong.returncode == 1 and "Mã PIN không đúng" in wrong.stderr and "3 lần" in wrong.stderr
    both = cli("sign", str(report_pdf), "--pkcs12", str(pki.person.pkcs12), "--pkcs11-lib", str(token.lib),
               "--out", str(tmp_path / "x.pdf"), cwd=tmp_path)
    assert both.returncode == 2 and "đúng một cách ký" in both.stderr
    no_pin = cli("sign", str(report_pdf), "--pkcs12", str(pki.person.pkcs12), "--out", str(tmp_path / "x.pdf"),
                 env={"TTHC_SIGN_PIN": ""}, cwd=tmp_path)
    assert no_pin.returncode == 2 and "TTHC_SIGN_PIN" in no_pin.stderr
    assert not (tmp_path / "x.pdf").exists()
    unsigned = cli("verify", str(report_pdf), cwd=tmp_path)
    assert unsigned.returncode == 1 and "không có chữ ký số" in unsigned.stdout


def test_output_paths_are_checked(report_pdf, tmp_path):
    """Issue 18 §2: `sign --out` the database in use (or an existing file) exits 2 and changes nothing."""
    pki = S.demo_pki()
    db = tmp_path / "du-lieu" / "tthc.db"
    assert cli("db", "info", "--db", str(db), cwd=tmp_path).returncode == 0  # creates and migrates it
    before = db.read_bytes()
    env = {"TTHC_SIGN_PIN": S.PFX_PASSWORD.decode()}
    for target in (db, Path(f"{db}-wal"), Path(f"{db}.lock")):
        r = cli("sign", str(report_pdf), "--pkcs12", str(pki.person.pkcs12), "--out", str(target), "--db", str(db),
                "--overwrite", env=env, cwd=tmp_path)
        assert r.returncode == 2 and "Lỗi:" in r.stderr and "Traceback" not in r.stderr, r.stderr
    link = tmp_path / "lien-ket.pdf"
    link.symlink_to(db)
    r = cli("sign", str(report_pdf), "--pkcs12", str(pki.person.pkcs12), "--out", str(link), "--db", str(db),
            "--overwrite", env=env, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert db.read_bytes() == before
    existing = tmp_path / "co-san.pdf"
    existing.write_bytes(b"%PDF-1.4 ban cu")
    r = cli("sign", str(report_pdf), "--pkcs12", str(pki.person.pkcs12), "--out", str(existing), "--db", str(db),
            env=env, cwd=tmp_path)
    assert r.returncode == 2 and "--overwrite" in r.stderr and existing.read_bytes() == b"%PDF-1.4 ban cu"
    r = cli("sign", str(report_pdf), "--pkcs12", str(pki.person.pkcs12), "--out", str(existing), "--db", str(db),
            "--overwrite", env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    export = cli("tasks", "--export", str(db), "--db", str(db), "--overwrite", cwd=tmp_path)
    assert export.returncode == 2 and db.read_bytes()[:16] == b"SQLite format 3\x00"
    build = cli("report", "build", "--kind", "quarterly", "--period", "2025-Q3", "--out", str(existing),
                "--db", str(db), cwd=tmp_path)
    assert build.returncode == 2, build.stderr
    backup = cli("backup", "--to", str(existing), "--db", str(db), cwd=tmp_path)
    assert backup.returncode == 2, backup.stderr
