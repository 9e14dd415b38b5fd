"""What the spec leaves out of the bundle (issue 17), as functions of a file's place in the bundle.

Kept apart from tthc_desktop.spec so tests/packaging/test_bundle_prune.py can check the Windows names on Linux:
the Windows bundle is built from the same spec by .github/workflows/windows.yml, where nobody looks at it.
Destinations are PyInstaller's (relative to _internal, "\\" or "/").
"""

from __future__ import annotations

import re

# Qt plugins the app never loads. Platforms: Windows, X11 and offscreen (--smoke); image formats: JPEG and ICO
# (PNG is built into QtGui); no platform themes, GL integrations, Wayland, evdev or SVG icons. Kept: print support
# (CUPS on Linux; Windows printing is inside Qt6PrintSupport.dll), input methods (IBus for Vietnamese typing on
# Linux), styles (qmodernwindowsstyle: the Windows 11 look).
KEEP_PLATFORMS = ("qwindows", "qxcb", "qoffscreen", "qcocoa")
KEEP_IMAGE_FORMATS = ("qjpeg", "qico")
DROP_PLUGIN_DIRS = ("egldeviceintegrations", "generic", "platformthemes", "xcbglintegrations", "iconengines",
                    "wayland-decoration-client", "wayland-graphics-integration-client", "wayland-shell-integration",
                    "networkinformation", "tls", "qmltooling", "sqldrivers", "multimedia", "position")
# The Windows wheel's virtual-keyboard input context needs Qt6VirtualKeyboard.dll, which PySide6-Essentials lacks.
DROP_INPUT_CONTEXTS = ("qtvirtualkeyboardplugin",)
# Windows: PyInstaller's Qt hook adds the software OpenGL renderer (opengl32sw.dll, 20.6 MB) and ANGLE when the
# wheel has them. Qt loads them only for an OpenGL context; the app paints with widgets and QImage (raster, PDF
# pages from pypdfium2), never OpenGL: what windeployqt's --no-opengl-sw leaves out.
_WINDOWS_GL = re.compile(r"^(opengl32sw|libegl|libglesv2|d3dcompiler_\d+)\.dll$")
# Data: Qt's own translations (none for Vietnamese; i18n/qtbase_vi.qm is ours) and pdfminer's CMaps (the spec says
# why).
DROP_DATA_DIRS = ("PySide6/Qt/translations/", "PySide6/translations/", "pdfminer/cmap/")


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def unused_plugin(dest: str) -> bool:
    parts = _parts(dest)
    if "plugins" not in parts[:-1]:
        return False
    folder, stem = parts[parts.index("plugins") + 1], parts[-1].split(".")[0].removeprefix("lib")
    if folder in DROP_PLUGIN_DIRS:
        return True
    if folder == "platforms":
        return not stem.startswith(KEEP_PLATFORMS)
    if folder == "imageformats":
        return not stem.startswith(KEEP_IMAGE_FORMATS)
    if folder == "platforminputcontexts":
        return stem in DROP_INPUT_CONTEXTS
    return False


def unused_binary(dest: str) -> bool:
    """A shared library or plugin the app never loads."""
    return unused_plugin(dest) or bool(_WINDOWS_GL.match(_parts(dest)[-1].lower()))


def unused_data(dest: str) -> bool:
    return "/".join(_parts(dest)).startswith(DROP_DATA_DIRS)
