"""File dialogs in the interface language: Qt's own (non-native) dialog, whose labels our translations cover.

The native Windows dialog speaks the language of Windows, often English ("Look in", "Files of type"); the Qt
dialog reads its texts from i18n/qtbase_vi.ts. Every file choice of the app goes through these functions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QTreeView, QWidget

_last: QFileDialog | None = None  # the dialog being shown, for tests that answer it


def make_dialog(parent: QWidget | None, caption: str, directory: str = "", file_filter: str = "",
                mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
                accept: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen) -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory or "", file_filter or "")
    dialog.setObjectName("fileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:  # "Type" holds the system's file-type names, in its language: the filter says enough
        tree.setColumnHidden(2, True)
    return dialog


def _run(dialog: QFileDialog) -> tuple[str, str]:
    global _last
    _last = dialog
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        _last = None
        dialog.deleteLater()


def get_open_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                       file_filter: str = "") -> tuple[str, str]:
    return _run(make_dialog(parent, caption, directory, file_filter))


def get_save_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                       file_filter: str = "") -> tuple[str, str]:
    dialog = make_dialog(parent, caption, directory, file_filter, QFileDialog.FileMode.AnyFile,
                         QFileDialog.AcceptMode.AcceptSave)
    return _run(dialog)


def open_path(parent: QWidget | None, path: str | Path | None, caption: str, file_filter: str = "",
              directory: str = "") -> str | Path:
    """``path`` when the caller already has the file (tests, a command), else the officer's choice; "" when
    the dialog is cancelled."""
    return path if path is not None else get_open_file_name(parent, caption, directory, file_filter)[0]


def save_path(parent: QWidget | None, path: str | Path | None, caption: str, file_filter: str = "",
              directory: str = "") -> str | Path:
    """Where to write: ``path`` when given, else the officer's choice in a Save dialog; "" when cancelled."""
    return path if path is not None else get_save_file_name(parent, caption, directory, file_filter)[0]


def get_existing_directory(parent: QWidget | None, caption: str = "", directory: str = "") -> str:
    return _run(make_dialog(parent, caption, directory, "", QFileDialog.FileMode.Directory))[0]


def current_dialog() -> QFileDialog | None:
    """The file dialog being shown (tests pick a file in it, or read its texts)."""
    return _last
