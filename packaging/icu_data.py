"""A smaller ICU data library for the Linux bundle (issue 17): Qt's libicudata.so.NN without what Qt never asks for.

Linux only. PySide6's libQt6Core.so links libicuuc/libicui18n/libicudata (DT_NEEDED), and libicudata is one 31 MB
symbol (``icudtNN_dat``) holding an ICU "common data" package (format CmnD) of about 3,900 items. Qt Core calls
ICU for four things only: case mapping with a locale (u_strToUpper/Lower, whose tables are compiled into libicuuc),
collation (ucol_*), time-zone names (ucal_*) and legacy text codecs (ucnv_*). So this keeps the root, Vietnamese
and English locale data of every tree, the collation and time-zone tables and the single-byte converters, and
drops the rest: the other ~750 locales, break-iterator dictionaries (Thai, Lao, Khmer, Burmese, CJK), transliterators,
StringPrep profiles, spoof checks, character names and the multi-byte (CJK/EBCDIC) converter tables. A locale whose
data is gone falls back to root (ICU's own U_USING_DEFAULT_WARNING), it never fails.

Windows does not need this: the PySide6 wheel's Qt6Core.dll imports the system ICU (icuuc.dll, part of Windows 10
1903 and later) and ships no ICU DLL, so the Windows bundle has no ICU data at all.

The package is rebuilt with binutils only (objcopy + ld, which PyInstaller needs on Linux anyway).
"""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

KEEP_LANGUAGES = ("root", "vi", "en")
# Trees and item kinds ICU reads only for APIs Qt does not call (break iteration, transliteration, StringPrep,
# spoof checks, character names).
DROP_TREES = ("translit/",)
DROP_SUFFIXES = (".dict", ".spp", ".cfu")
DROP_NAMES = ("unames.icu",)
# Converter tables above this size are the multi-byte ones (CJK, EBCDIC DBCS); single-byte tables (windows-1258
# included) are 1-7 KB.
MAX_CONVERTER_BYTES = 32 * 1024
# a locale bundle: "vi.res", "zh_Hant_TW.res", and the "de_.res" alias stubs of the collation tree
_LOCALE = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
_ALIGN = 16


def keep_item(name: str, size: int) -> bool:
    """Whether an item of the package (name without the "icudtNNl/" prefix, e.g. "coll/vi.res") is kept."""
    base = name.rsplit("/", 1)[-1]
    if name.startswith(DROP_TREES) or base.endswith(DROP_SUFFIXES) or base in DROP_NAMES:
        return False
    if base.endswith(".cnv"):
        return size <= MAX_CONVERTER_BYTES
    locale = _LOCALE.match(base)
    return locale is None or locale["lang"] in KEEP_LANGUAGES


def read_package(data: bytes) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """Split a little-endian CmnD package into its header and (full name, item bytes) pairs, in TOC order."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD" or data[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    ends = sorted(offset for _, offset in entries) + [len(data) - header_size]
    next_start = {start: ends[i + 1] for i, start in enumerate(ends[:-1])}
    items = []
    for name_offset, data_offset in entries:
        start = header_size + name_offset
        name = data[start:data.index(b"\0", start)]
        items.append((name, data[header_size + data_offset:header_size + next_start[data_offset]]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[bytes, bytes]]) -> bytes:
    """The CmnD package of ``items`` (kept in the given, sorted order: ICU binary-searches the TOC)."""
    names = b"".join(name + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    first_item = _aligned(len(header) + toc_size + len(names)) - len(header)
    name_offsets, data_offsets, body = [], [], bytearray()
    name_pos = toc_size
    for name, item in items:
        name_offsets.append(name_pos)
        name_pos += len(name) + 1
        data_offsets.append(first_item + len(body))
        body += item + b"\0" * (_aligned(len(item)) - len(item))
    entries = b"".join(struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    toc = struct.pack("<I", len(items)) + entries
    padding = b"\0" * (first_item - toc_size - len(names))
    return header + toc + names + padding + bytes(body)


def _aligned(size: int) -> int:
    return (size + _ALIGN - 1) // _ALIGN * _ALIGN


def slim_icu_library(source: Path, work: Path) -> Path:
    """Write work/<same file name>: ``source`` (libicudata.so.NN) with only the kept items; returns its path."""
    work.mkdir(parents=True, exist_ok=True)
    symbol = _data_symbol(source)
    full = work / "icudata-full.dat"
    subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(source), str(full)], check=True)
    header, items = read_package(full.read_bytes())
    prefix = items[0][0].split(b"/", 1)[0] + b"/"
    kept = [(name, item) for name, item in items if keep_item(name.removeprefix(prefix).decode("ascii"), len(item))]
    slim = work / "icudata.dat"  # objcopy names the symbols after this relative path: _binary_icudata_dat_*
    slim.write_bytes(write_package(header, kept))
    full.unlink()
    subprocess.run(
        ["objcopy", "-I", "binary", "-O", "elf64-x86-64", "-B", "i386:x86-64",
         "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
         "--set-section-alignment", ".rodata=16",
         "--add-symbol", f"{symbol}=.rodata:0,global,object",
         "--strip-symbol", "_binary_icudata_dat_start", "--strip-symbol", "_binary_icudata_dat_end",
         "--strip-symbol", "_binary_icudata_dat_size", "icudata.dat", "icudata.o"],
        cwd=work, check=True)
    out = work / source.name
    subprocess.run(["ld", "-shared", "-z", "noexecstack", "-soname", source.name, "-o", str(out), "icudata.o"],
                   cwd=work, check=True)
    (work / "icudata.o").unlink()
    slim.unlink()
    return out


def _data_symbol(library: Path) -> str:
    """The package's entry point (icudtNN_dat), read from the library's dynamic symbols."""
    listing = subprocess.run(["nm", "-D", "--defined-only", str(library)], capture_output=True, text=True,
                             check=True).stdout
    found = re.findall(r"\b(icudt\d+_dat)\b", listing)
    if len(found) != 1:
        raise ValueError(f"{library}: no single icudtNN_dat symbol")
    return found[0]
