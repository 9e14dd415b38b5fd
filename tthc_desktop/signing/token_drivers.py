"""Token drivers (PKCS#11 DLLs) installed on this machine, and loading them the way Windows needs.

* Discovery walks System32, SysWOW64 and Program Files (four levels): seconds on a slow disk, so the UI runs
  it off its thread and ``cached_pkcs11_libraries`` keeps the answer for the process ("Tìm lại" forgets it).
* The known Vietnamese drivers are listed in ``resources/pkcs11_vendors.json`` (one data file).
* Vendor DLLs often need other DLLs installed beside them. Windows' default search does not look in the
  DLL's own folder, so ``preload_vendor_dll`` loads it first with LOAD_WITH_ALTERED_SEARCH_PATH; the later
  LoadLibrary by python-pkcs11 then finds the module already loaded.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import threading
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

_PE_MACHINES = {0x014C: 32, 0x01C4: 32, 0x8664: 64, 0xAA64: 64}  # IMAGE_FILE_MACHINE_* → bitness
_LINUX_LIBRARIES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
)
LOAD_WITH_ALTERED_SEARCH_PATH = 0x00000008


def library_bitness(path: Path | str) -> int | None:
    """32 or 64 for a Windows DLL (PE header) or an ELF shared object; None if unknown."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
            if head[:2] == b"MZ" and len(head) >= 64:
                (pe_offset,) = struct.unpack_from("<I", head, 0x3C)
                f.seek(pe_offset)
                pe = f.read(6)
                if pe[:4] == b"PE\0\0":
                    (machine,) = struct.unpack_from("<H", pe, 4)
                    return _PE_MACHINES.get(machine)
                return None
            if head[:4] == b"\x7fELF":
                return {1: 32, 2: 64}.get(head[4])
    except OSError:
        return None
    return None


def process_bitness() -> int:
    """Bitness of this Python process (a driver DLL must match it)."""
    return struct.calcsize("P") * 8


def _resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


@lru_cache(maxsize=1)
def vendor_table() -> dict:
    """resources/pkcs11_vendors.json: vendors, their DLL names (with how sure we are), name hints."""
    return json.loads((_resources_dir() / "pkcs11_vendors.json").read_text(encoding="utf-8"))


def known_dll_names() -> dict[str, str]:
    """Lower-cased DLL name → vendor."""
    return {name.lower(): v["vendor"] for v in vendor_table()["vendors"] for name in v["dlls"]}


def vendor_of(path: Path | str) -> str | None:
    return known_dll_names().get(Path(path).name.lower())


def _walk_dlls(root: Path, max_depth: int, names: set[str], hints: tuple[str, ...]) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name.lower())
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_file() and entry.name.lower().endswith(".dll"):
                name = entry.name.lower()
                if name in names or any(hint in name for hint in hints):
                    yield Path(entry.path)
            elif entry.is_dir(follow_symlinks=False) and max_depth > 0:
                yield from _walk_dlls(Path(entry.path), max_depth - 1, names, hints)
        except OSError:
            continue


def discover_pkcs11_libraries(
    *, platform: str | None = None, env: Mapping[str, str] | None = None
) -> list[Path]:
    """Known token drivers installed on this machine, matching-bitness ones first (slow: walks folders)."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    found: list[Path] = []
    if platform.startswith("win"):
        names = set(known_dll_names())
        hints = tuple(vendor_table()["name_hints"])
        windir = env.get("WINDIR") or env.get("SystemRoot") or r"C:\Windows"
        # System32 and SysWOW64 hold thousands of DLLs: scan them flat only.
        for sub in ("System32", "SysWOW64"):
            found += _walk_dlls(Path(windir) / sub, 0, names, hints)
        for var, default in (("ProgramFiles", r"C:\Program Files"), ("ProgramFiles(x86)", r"C:\Program Files (x86)")):
            found += _walk_dlls(Path(env.get(var) or default), 4, names, hints)
    else:
        found = [Path(p) for p in _LINUX_LIBRARIES if Path(p).is_file()]
    unique = list(dict.fromkeys(found))
    own = process_bitness()
    return sorted(unique, key=lambda p: library_bitness(p) not in (own, None))


_cache_lock = threading.Lock()
_cached: list[Path] | None = None


def cached_pkcs11_libraries(*, refresh: bool = False) -> list[Path]:
    """``discover_pkcs11_libraries()`` once per process (thread-safe); ``refresh`` searches again."""
    global _cached
    with _cache_lock:
        if _cached is None or refresh:
            _cached = discover_pkcs11_libraries()
        return list(_cached)


def peek_cached_libraries() -> list[Path] | None:
    """The cached answer without searching (None when no search has finished yet)."""
    with _cache_lock:
        return None if _cached is None else list(_cached)


_preloaded: dict[str, object] = {}  # keeps the handles: the modules must stay loaded


def preload_vendor_dll(path: Path | str, *, platform: str | None = None) -> None:
    """On Windows, load the driver so its own dependencies beside it are found (see the module docstring).

    Failures are left to python-pkcs11's own load, which reports them (missing file, wrong bitness).
    """
    if not (platform or sys.platform).startswith("win"):
        return
    full = os.path.abspath(os.fspath(path))  # LOAD_WITH_ALTERED_SEARCH_PATH needs an absolute path
    if full in _preloaded:
        return
    import ctypes

    try:
        _preloaded[full] = ctypes.WinDLL(full, winmode=LOAD_WITH_ALTERED_SEARCH_PATH)
    except OSError:
        return
