"""Small builders for the buttons every dialog and page makes the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def push_button(text: str, name: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    """A button with its object name (tests and screenshots find it) and its click handler."""
    button = QPushButton(text)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def dialog_buttons(dialog: QDialog, accept_text: str, *, save: bool = False, cancel_text: str = "",
                   on_accept: Callable[[], object] | None = None) -> QDialogButtonBox:
    """OK (or Save) and Cancel wired to the dialog's accept (or ``on_accept``) and reject, the first renamed
    to ``accept_text``; ``accept_button(buttons)`` gives it back."""
    accept = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(accept).setText(accept_text)
    if cancel_text:
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def close_buttons(dialog: QDialog, text: str = "") -> QDialogButtonBox:
    """A lone Close (renamed ``text`` when given) that rejects the dialog: the button of dialogs that only show."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    if text:
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(text)
    buttons.rejected.connect(dialog.reject)
    return buttons


def accept_button(buttons: QDialogButtonBox) -> QPushButton:
    """The accepting button (OK or Save) of ``dialog_buttons``."""
    return buttons.button(QDialogButtonBox.StandardButton.Ok) or buttons.button(QDialogButtonBox.StandardButton.Save)
