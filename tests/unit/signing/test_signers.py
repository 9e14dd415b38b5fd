"""Signers: PKCS#12 files and a real PKCS#11 token (SoftHSM2), with their errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pkcs11 import exceptions as p11e
from signing_support import fake_pe

from tthc_desktop.signing.signers import (
    CertificateExpired,
    DriverArchMismatch,
    DriverMissing,
    KeyNotFound,
    SigningError,
    TokenLocked,
    TokenNotFound,
    WrongPassword,
    WrongPin,
    _map_pkcs11_error,
    discover_pkcs11_libraries,
    library_bitness,
    list_tokens,
    open_pkcs11_signer,
    open_pkcs12_signer,
    signer_cert_info,
)


def test_pkcs12_signer_loads_person_certificate(pki, consts):
    signer = open_pkcs12_signer(pki.person.pkcs12, consts.pfx_password)
    info = signer_cert_info(signer)
    assert info.subject_cn == f"{consts.person} (DEMO)"
    assert info.subject_o == consts.org


def test_pkcs12_wrong_password(pki):
    with pytest.raises(WrongPassword) as exc:
        open_pkcs12_signer(pki.person.pkcs12, b"sai-mat-khau")
    assert "Mật khẩu" in str(exc.value)


def test_pkcs12_garbage_file_is_not_a_wrong_password(tmp_path, consts):
    junk = tmp_path / "junk.pfx"
    junk.write_bytes(b"this is not a pfx" * 10)
    with pytest.raises(SigningError) as exc:
        open_pkcs12_signer(junk, consts.pfx_password)
    assert not isinstance(exc.value, WrongPassword)
    assert "PKCS#12" in str(exc.value)


def test_pkcs12_expired_certificate(expired_pki, consts):
    with pytest.raises(CertificateExpired) as exc:
        open_pkcs12_signer(expired_pki.person.pkcs12, consts.pfx_password)
    assert "hiệu lực" in str(exc.value)


def test_list_tokens_shows_token_and_certificates(softhsm, consts):
    tokens = list_tokens(softhsm.lib)
    token = next(t for t in tokens if t.label == consts.token_label)
    assert token.manufacturer  # "SoftHSM project"
    assert not token.pin_locked
    by_label = {c.label: c for c in token.certificates}
    assert set(by_label) == {"person", "expired"}
    person = by_label["person"].info
    assert person.subject_cn == f"{consts.person} (DEMO)"
    assert person.key_usage == ("digital_signature", "content_commitment")
    assert not person.is_expired()
    assert by_label["expired"].info.is_expired()
    assert by_label["person"].id_hex == "01"


def test_open_token_signer_picks_the_valid_certificate(softhsm, consts):
    with open_pkcs11_signer(softhsm.lib, token_label=consts.token_label, pin=consts.pin) as signer:
        assert signer_cert_info(signer).subject_cn == f"{consts.person} (DEMO)"


def test_open_token_signer_by_slot_and_label(softhsm, consts):
    slot = next(t.slot for t in list_tokens(softhsm.lib) if t.label == consts.token_label)
    with open_pkcs11_signer(softhsm.lib, slot=slot, key_label="person", cert_label="person", pin=consts.pin) as s:
        assert signer_cert_info(s).subject_o == consts.org


def test_wrong_pin(softhsm, consts):
    with pytest.raises(WrongPin) as exc:
        with open_pkcs11_signer(softhsm.lib, token_label=consts.token_label, pin="000000"):
            pass
    assert str(exc.value) == "Mã PIN không đúng. Lưu ý: nhập sai 3 lần sẽ khóa token."
    assert "000000" not in str(exc.value)
    # A right PIN afterwards still works (SoftHSM does not count towards a lock here).
    with open_pkcs11_signer(softhsm.lib, token_label=consts.token_label, pin=consts.pin):
        pass


def test_expired_certificate_on_token(softhsm, consts):
    with pytest.raises(CertificateExpired):
        with open_pkcs11_signer(softhsm.lib, token_label=consts.token_label, key_label="expired", pin=consts.pin):
            pass


def test_unknown_token_and_key(softhsm, consts):
    with pytest.raises(TokenNotFound) as exc:
        with open_pkcs11_signer(softhsm.lib, token_label="khong-co", pin=consts.pin):
            pass
    assert "khong-co" in str(exc.value)
    with pytest.raises(KeyNotFound):
        with open_pkcs11_signer(softhsm.lib, token_label=consts.token_label, key_label="khong-co", pin=consts.pin):
            pass


def test_missing_driver(tmp_path, consts):
    with pytest.raises(DriverMissing):
        with open_pkcs11_signer(tmp_path / "vnpt-ca.dll", pin=consts.pin):
            pass


def test_32bit_dll_is_reported_as_arch_mismatch(tmp_path, consts):
    dll = fake_pe(tmp_path / "vnpt-ca_x86.dll", 0x014C)
    assert library_bitness(dll) == 32
    assert library_bitness(fake_pe(tmp_path / "x64.dll", 0x8664)) == 64
    with pytest.raises(DriverArchMismatch) as exc:
        list_tokens(dll)
    assert "32-bit" in str(exc.value) and "64-bit" in str(exc.value)


def test_real_library_bitness(softhsm):
    assert library_bitness(softhsm.lib) == 64


def test_pkcs11_error_mapping():
    assert isinstance(_map_pkcs11_error(p11e.PinLocked()), TokenLocked)
    assert isinstance(_map_pkcs11_error(p11e.PinIncorrect()), WrongPin)
    assert isinstance(_map_pkcs11_error(p11e.TokenNotPresent()), TokenNotFound)
    assert isinstance(_map_pkcs11_error(p11e.DeviceRemoved()), TokenNotFound)
    assert "khóa" in str(_map_pkcs11_error(p11e.PinLocked()))


def test_discover_on_windows_layout(tmp_path):
    windir = tmp_path / "Windows"
    pf, pf86 = tmp_path / "Program Files", tmp_path / "Program Files (x86)"
    wanted = [
        fake_pe((windir / "System32").mkdir(parents=True) or windir / "System32" / "vnpt-ca_v34.dll", 0x8664),
        fake_pe((pf / "Viettel-CA").mkdir(parents=True) or pf / "Viettel-CA" / "viettel-ca_v5.dll", 0x8664),
        fake_pe((pf / "SafeNet" / "x64").mkdir(parents=True) or pf / "SafeNet" / "x64" / "eTPKCS11.dll", 0x8664),
        fake_pe((windir / "SysWOW64").mkdir(parents=True) or windir / "SysWOW64" / "BkavCA.dll", 0x014C),
        fake_pe((pf86 / "FPT").mkdir(parents=True) or pf86 / "FPT" / "fpt-ca.dll", 0x014C),
    ]
    fake_pe(windir / "System32" / "kernel32.dll", 0x8664)
    (pf / "Viettel-CA" / "readme-pkcs11.txt").write_text("not a dll")
    env = {"WINDIR": str(windir), "ProgramFiles": str(pf), "ProgramFiles(x86)": str(pf86)}
    found = discover_pkcs11_libraries(platform="win32", env=env)
    assert set(found) == set(wanted)
    # 64-bit drivers (this process's bitness) come first.
    assert [library_bitness(p) for p in found] == [64, 64, 64, 32, 32]


def test_discover_on_linux_finds_softhsm():
    assert Path("/usr/lib/softhsm/libsofthsm2.so") in discover_pkcs11_libraries(platform="linux")
