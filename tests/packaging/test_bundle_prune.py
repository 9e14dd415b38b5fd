"""packaging/bundle_prune.py: what the spec leaves out, checked with the destinations PyInstaller gives on both
Linux (PySide6/Qt/plugins, PySide6/Qt/translations) and Windows (PySide6\\plugins, PySide6\\translations), since the
Windows bundle is only built by the manual Windows workflow."""

from __future__ import annotations

import runpy
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def prune() -> SimpleNamespace:
    # packaging/ is not a package (and "packaging" is pip's name): run the script for its functions
    return SimpleNamespace(**runpy.run_path(str(ROOT / "packaging" / "bundle_prune.py")))


WINDOWS_KEPT = [
    "PySide6\\Qt6Core.dll", "PySide6\\Qt6Gui.dll", "PySide6\\Qt6Widgets.dll", "PySide6\\Qt6PrintSupport.dll",
    "PySide6\\msvcp140.dll", "PySide6\\plugins\\platforms\\qwindows.dll", "PySide6\\plugins\\platforms\\qoffscreen.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", "PySide6\\plugins\\imageformats\\qjpeg.dll",
    "PySide6\\plugins\\imageformats\\qico.dll", "pypdfium2_raw\\pdfium.dll", "python311.dll",
]
WINDOWS_DROPPED = [
    "PySide6\\opengl32sw.dll", "PySide6\\d3dcompiler_47.dll", "PySide6\\libEGL.dll",
    "PySide6\\plugins\\platforms\\qdirect2d.dll", "PySide6\\plugins\\platforms\\qminimal.dll",
    "PySide6\\plugins\\platforminputcontexts\\qtvirtualkeyboardplugin.dll", "PySide6\\plugins\\tls\\qschannelbackend.dll",
    "PySide6\\plugins\\iconengines\\qsvgicon.dll", "PySide6\\plugins\\generic\\qtuiotouchplugin.dll",
    "PySide6\\plugins\\imageformats\\qwebp.dll", "PySide6\\plugins\\imageformats\\qtiff.dll",
]
LINUX_KEPT = [
    "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
]
LINUX_DROPPED = [
    "PySide6/Qt/plugins/platforms/libqwayland-generic.so", "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
]


def test_binaries_dropped_on_both_layouts(prune):
    assert [d for d in WINDOWS_KEPT + LINUX_KEPT if prune.unused_binary(d)] == []
    assert [d for d in WINDOWS_DROPPED + LINUX_DROPPED if not prune.unused_binary(d)] == []


def test_data_dropped_on_both_layouts(prune):
    dropped = ["PySide6\\translations\\qtbase_de.qm", "PySide6/Qt/translations/qtbase_de.qm",
               "pdfminer\\cmap\\UniGB-UCS2-H.json.gz", "pdfminer/cmap/Adobe-Japan1.pickle.gz"]
    kept = ["i18n\\qtbase_vi.qm", "i18n/tthc_vi.qm", "resources/templates/forms/a.json", "pdfminer/py.typed",
            "holidays/locale/vi/LC_MESSAGES/VN.mo", "docx/templates/default.docx"]
    assert [d for d in dropped if not prune.unused_data(d)] == []
    assert [d for d in kept if prune.unused_data(d)] == []
