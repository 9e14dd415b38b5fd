"""Loading the Vietnamese translations: ours (i18n/tthc_vi.qm) and our own Qt standard texts (qtbase_vi.qm)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from ... import bundled_dir


def translations_dir() -> Path:
    """i18n/ at the source root, inside the installed wheel, or beside the frozen executable."""
    return bundled_dir("i18n")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language``; English is the source language and needs none."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    folder = translations_dir()
    for name in (f"tthc_{language}", f"qtbase_{language}"):
        translator = QTranslator(app)
        if translator.load(str(folder / f"{name}.qm")):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            print(f"Cảnh báo: không nạp được bản dịch {folder / name}.qm (hãy chạy 'make translations').",
                  file=sys.stderr)
    return installed
