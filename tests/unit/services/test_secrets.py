"""Acceptance: after signing through the service and through the command line with a token PIN and a
.pfx password, neither appears in the database (+ -wal), the logs (caplog at DEBUG, stderr), the
settings.ini, or any file under the data folder."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import signing_support as S

from tthc_desktop.services.signing_service import SignerChoice, SigningService

TESTS = Path(__file__).resolve().parents[2]






def _needles() -> list[bytes]:
    out = []
    for secret in (S.PIN, S.PFX_PASSWORD.decode()):
        out += [secret.encode("utf-8"), secret.encode("utf-16-le")]
    return out


def _assert_absent(data: bytes, where: str) -> None:
    for needle in _needles():
        assert needle not in data, f"a secret was found in {where}"


def test_no_secret_is_kept_anywhere(ctx, tmp_path, caplog, capfd, _isolated_data_dir):
    caplog.set_level(logging.DEBUG)
    token, pki = S.softhsm_token(), S.demo_pki()
    images = S.demo_images()
    service = SigningService(ctx)
    service.set_signature_image(images.signature)
    service.set_seal_image(images.seal)
    ctx.settings.set("officer_name", "Cán bộ kiểm thử")
    report = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    # Through the service: token PIN for the person, .pfx password for the organisation.
    service.sign(report, tmp_path / "da-ky-1.pdf",
                 person=SignerChoice.pkcs11(token.lib, token_label=token.label, key_label="person"),
                 person_secret=token.pin, org=SignerChoice.pkcs12(pki.org.pkcs12), org_secret=S.PFX_PASSWORD)
    # A failed attempt too: errors must not echo what was typed.
    try:
        service.sign(report, tmp_path / "x.pdf", person=SignerChoice.pkcs12(pki.person.pkcs12),
                     person_secret=S.PIN)
    except Exception as exc:
        _assert_absent(str(exc).encode(), "an error message")
    # Through the command line, on the same data folder's default database after closing ours.
    db_path = ctx.db_path
    ctx.close()
    env = os.environ | {"TTHC_SIGN_PIN": token.pin, "TTHC_SEAL_PIN": S.PFX_PASSWORD.decode(),
                        "SOFTHSM2_CONF": str(token.conf), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "tthc_desktop", "sign", str(report), "--pkcs11-lib", str(token.lib),
         "--token", token.label, "--key-label", "person", "--seal-pkcs12", str(pki.org.pkcs12),
         "--out", str(tmp_path / "da-ky-2.pdf"), "--db", str(db_path)],
        env=env, capture_output=True, timeout=300, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr.decode()
    _assert_absent(result.stdout + result.stderr, "the command's output")
    # A Qt settings file as the app writes it, to scan alongside.
    from tthc_desktop.ui.shell.settings import settings_path

    settings_ini = settings_path()
    settings_ini.parent.mkdir(parents=True, exist_ok=True)
    settings_ini.write_text("[general]\nlanguage=vi\n", encoding="utf-8")

    captured = capfd.readouterr()
    _assert_absent((captured.out + captured.err).encode(), "captured stdout/stderr")
    _assert_absent(caplog.text.encode(), "the log")
    assert "Signed" in caplog.text  # the log did record the signings, without secrets
    scanned = 0
    for folder in (db_path.parent, _isolated_data_dir):
        for path in folder.rglob("*"):
            if path.is_file():
                _assert_absent(path.read_bytes(), str(path))
                scanned += 1
    names = {p.name for p in db_path.parent.rglob("*")}
    assert {"tthc.db", "chu-ky.png", "con-dau.png", "da-ky-1.pdf", "da-ky-2.pdf"} <= names
    assert scanned >= 6
    wal = Path(f"{db_path}-wal")
    if wal.exists():
        _assert_absent(wal.read_bytes(), "the -wal file")
    # The submissions were recorded (the CLI's too), with the signer but no secret.
    import sqlite3

    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*) FROM submissions").fetchone()[0] == 2
