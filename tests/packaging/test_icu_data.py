"""packaging/icu_data.py: the Linux bundle's smaller ICU data library (issue 17).

The slimmed libicudata is preloaded into a fresh Python running PySide6 (LD_PRELOAD wins over libQt6Core's
$ORIGIN runpath), and what Qt asks ICU for, Vietnamese and English collation, case mapping, time-zone names and
the windows-1258 codec, must come out exactly as with the wheel's full 31 MB library.
"""

from __future__ import annotations

import os
import runpy
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux bundle only: Windows Qt uses the system ICU")

# What Qt Core calls ICU for (ucol, u_strToUpper/Lower, ucal, ucnv). Vietnamese tailoring puts "ob" before "ơa"
# and "dz" before "đa" (root collation does not), so losing coll/vi.res changes the first line.
PROBE = r"""
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
words = ["ơa", "ob", "đa", "dz", "ưa", "uz", "ôa", "oz", "Ă", "az", "ê", "ez"]
for name in ("vi_VN", "en_US"):
    locale = QLocale(name)
    print(name, sorted(words, key=QCollator(locale).sortKey))
    print(name, locale.toUpper("điều ý kiến"), locale.toLower("ĐIỀU Ý KIẾN"))
    zone = QTimeZone(b"Asia/Ho_Chi_Minh")
    print(name, zone.displayName(QTimeZone.StandardTime, QTimeZone.LongName, locale))
print(QLocale("tr_TR").toUpper("i"))
print("cp1258", QStringDecoder("windows-1258").isValid())
print("icudata", next(line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line))
"""


def _icu_data() -> SimpleNamespace:
    # packaging/ is not a package (and "packaging" is pip's name): run the script for its functions
    return SimpleNamespace(**runpy.run_path(str(ROOT / "packaging" / "icu_data.py")))


def _wheel_icudata() -> Path:
    import PySide6

    return next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))


def _probe(tmp_path: Path, preload: Path | None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"} | {"QT_QPA_PLATFORM": "offscreen"}
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_slim_icu_data_gives_qt_the_same_answers(tmp_path):
    full = _wheel_icudata()
    slim = _icu_data().slim_icu_library(full, tmp_path / "icu")
    assert slim.name == full.name
    assert slim.stat().st_size < 6_000_000 < 25_000_000 < full.stat().st_size

    before, after = _probe(tmp_path, None), _probe(tmp_path, slim)
    assert after[-1] == f"icudata {slim}"  # the slim library is the one Qt loaded
    assert after[:-1] == before[:-1]
    assert before[0].startswith("vi_VN ['az', 'Ă', 'dz', 'đa', 'ez', 'ê', 'ob', 'oz', 'ôa', 'ơa',")
    assert "vi_VN Giờ Đông Dương" in after and "İ" in after and "cp1258 True" in after


def test_package_round_trip_and_what_is_kept():
    icu = _icu_data()
    header = b"\x20\x00\xda\x27\x14\x00\x00\x00\x00\x00\x02\x00CmnD\x01\x00\x00\x00\x03\x00\x00\x00" + b"\0" * 8
    items = [(b"icudt73l/coll/vi.res", b"v" * 5), (b"icudt73l/ja.res", b"j" * 40), (b"icudt73l/vi.res", b"x")]
    package = icu.write_package(header, items)
    assert icu.read_package(package) == (header, [(n, d + b"\0" * (16 - len(d) % 16 if len(d) % 16 else 0))
                                                  for n, d in items])
    kept = [name for name, size in (("vi.res", 9), ("vi_VN.res", 9), ("en_US_POSIX.res", 9), ("root.res", 9),
                                    ("coll/vi.res", 9), ("coll/ucadata.icu", 9), ("zone/pool.res", 9),
                                    ("supplementalData.res", 9), ("zoneinfo64.res", 9), ("metaZones.res", 9),
                                    ("cnvalias.icu", 9), ("ibm-5354_P100-1998.cnv", 3408), ("ja.res", 9),
                                    ("coll/zh.res", 9), ("coll/de_.res", 9), ("brkitr/thaidict.dict", 9),
                                    ("translit/root.res", 9), ("rfc3491.spp", 9), ("unames.icu", 9),
                                    ("gb18030.cnv", 232816)) if icu.keep_item(name, size)]
    assert kept == ["vi.res", "vi_VN.res", "en_US_POSIX.res", "root.res", "coll/vi.res", "coll/ucadata.icu",
                    "zone/pool.res", "supplementalData.res", "zoneinfo64.res", "metaZones.res", "cnvalias.icu",
                    "ibm-5354_P100-1998.cnv"]
    with pytest.raises(ValueError):
        icu.read_package(b"\x20\x00\xda\x27" + b"\0" * 40)
