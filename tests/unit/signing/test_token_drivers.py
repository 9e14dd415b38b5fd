"""Token drivers on Windows: the vendor table, the cached discovery, and loading a vendor DLL so that the
DLLs beside it are found (ctypes.WinDLL with LOAD_WITH_ALTERED_SEARCH_PATH, faked on Linux)."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest
from signing_support import fake_pe

from tthc_desktop.signing import signers, token_drivers
from tthc_desktop.signing.token_drivers import (
    LOAD_WITH_ALTERED_SEARCH_PATH,
    cached_pkcs11_libraries,
    discover_pkcs11_libraries,
    known_dll_names,
    preload_vendor_dll,
    vendor_table,
)


def test_vendor_table_lists_the_vietnamese_vendors_with_how_sure_we_are():
    table = vendor_table()
    vendors = " | ".join(v["vendor"] for v in table["vendors"])
    for name in ("VNPT-CA", "Viettel-CA", "BkavCA", "FPT-CA", "MISA eSign", "SafeNet", "Bit4ID", "Ban Cơ yếu"):
        assert name in vendors, name
    levels = {level for v in table["vendors"] for level in v["dlls"].values()}
    assert levels <= set(table["confirmation"]) and "confirmed" in levels
    names = known_dll_names()
    assert names["vnpt-ca_csp11.dll"] == "VNPT-CA" and names["etpkcs11.dll"].startswith("SafeNet")


def test_discovery_finds_known_names_without_a_hint_in_them(tmp_path):
    windir, pf = tmp_path / "Windows", tmp_path / "Program Files"
    shuttle = fake_pe(windir / "System32" / "ShuttleCsp11_3003.dll")  # CA2: listed by exact name
    gclib = fake_pe(pf / "Token" / "bin" / "gclib.dll")  # no hint in the name: only the table finds it
    fake_pe(windir / "System32" / "user32.dll")
    env = {"WINDIR": str(windir), "ProgramFiles": str(pf), "ProgramFiles(x86)": str(tmp_path / "none")}
    assert set(discover_pkcs11_libraries(platform="win32", env=env)) == {shuttle, gclib}


def test_discovery_is_cached_until_asked_again(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(token_drivers, "_cached", None)
    monkeypatch.setattr(token_drivers, "discover_pkcs11_libraries",
                        lambda: calls.append(1) or [Path(f"C:/x/{len(calls)}.dll")])
    first = cached_pkcs11_libraries()
    assert cached_pkcs11_libraries() == first and len(calls) == 1
    assert cached_pkcs11_libraries(refresh=True) == [Path("C:/x/2.dll")] and len(calls) == 2


def test_windows_preload_uses_the_dll_folder_for_its_dependencies(tmp_path, monkeypatch):
    loaded: list[tuple[str, int]] = []

    def fake_windll(name, winmode=None):
        loaded.append((name, winmode))
        return object()

    monkeypatch.setattr(ctypes, "WinDLL", fake_windll, raising=False)
    monkeypatch.setattr(token_drivers, "_preloaded", {})
    dll = fake_pe(tmp_path / "Viettel-CA" / "viettel-ca_v6.dll")
    preload_vendor_dll(dll, platform="win32")
    preload_vendor_dll(dll, platform="win32")  # once per process
    assert loaded == [(str(dll), LOAD_WITH_ALTERED_SEARCH_PATH)]
    preload_vendor_dll(dll, platform="linux")
    assert len(loaded) == 1


def test_load_library_preloads_before_python_pkcs11(tmp_path, monkeypatch):
    order: list[str] = []
    monkeypatch.setattr(signers, "preload_vendor_dll", lambda path: order.append(f"preload {Path(path).name}"))
    monkeypatch.setattr(signers.pkcs11, "lib", lambda path: order.append(f"pkcs11 {Path(path).name}") or "lib")
    dll = fake_pe(tmp_path / "BkavCA.dll")
    assert signers._load_library(dll) == "lib"
    assert order == ["preload BkavCA.dll", "pkcs11 BkavCA.dll"]


def test_preload_failure_is_left_to_python_pkcs11(tmp_path, monkeypatch):
    def failing(name, winmode=None):
        raise OSError(126, "The specified module could not be found")

    monkeypatch.setattr(ctypes, "WinDLL", failing, raising=False)
    monkeypatch.setattr(token_drivers, "_preloaded", {})
    preload_vendor_dll(tmp_path / "missing.dll", platform="win32")  # no exception: pkcs11.lib reports it


@pytest.mark.parametrize("name", ["vnptca_p11_v8.dll", "viettel-ca_v5.dll", "fpt-ca.dll", "bit4ipki.dll"])
def test_known_names_are_lower_case_keys(name):
    assert name in known_dll_names()
