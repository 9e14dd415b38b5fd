"""Write the Windows version resource (VSVersionInfo text) for PyInstaller from tthc_desktop.__version__.

Used by packaging/tthc_desktop.spec; also runnable: ``python packaging/version_info.py OUT.txt``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

COMPANY = "TTHC Desktop"
DESCRIPTION = "TTHC Desktop – theo dõi kiểm soát thủ tục hành chính"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' → (0, 1, 0, 0); pre-release suffixes ('1.2.0rc1') are dropped."""
    release = re.match(r"\d+(?:\.\d+)*", version.strip())
    if release is None:
        raise ValueError(f"Phiên bản không hợp lệ: «{version}»")
    numbers = [int(part) for part in release.group().split(".")[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def render(version: str, exe_name: str) -> str:
    """The text PyInstaller's ``version=`` option reads (a VSVersionInfo expression)."""
    numbers = version_tuple(version)
    dotted = ".".join(str(n) for n in numbers)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": dotted,
        "InternalName": exe_name,
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": "TTHC Desktop",
        "ProductVersion": version,
        "LegalCopyright": COMPANY,
    }
    string_structs = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x042A = Vietnamese, 1200 = Unicode code page.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('042A04B0', [
          {string_structs}])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042A, 1200])])
  ]
)
"""


def write(path: Path, version: str, exe_name: str = "tthc-desktop") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(version, exe_name), encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tthc_desktop import __version__

    print(write(Path(sys.argv[1]), __version__))
