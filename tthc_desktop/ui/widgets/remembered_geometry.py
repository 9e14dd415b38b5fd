"""Dialogs reopen where and as large as the officer left them.

Our dialogs' bases (AppDialog, ImportWizard and the few plain QDialog subclasses) mix in RemembersGeometry: on
a dialog's first show its saved geometry is restored, on every hide it is saved, under the dialog's class name.
Qt's own message boxes and file dialogs do not derive from it, so they are left alone. The store is set once
by the app (ui/shell/app.py); until then (tests, tools) nothing is kept.

Hooks in the dialogs, not an application-wide event filter: that filter ran Python for every event of the
application, and wrapping each object it was shown made PySide build ~140 unrelated Qt classes (their enums)
at start-up, ~30 ms of the window's first show.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QHideEvent, QShowEvent


class GeometryStore(Protocol):
    def dialog_geometry(self, dialog: str) -> QByteArray: ...

    def set_dialog_geometry(self, dialog: str, value: QByteArray) -> None: ...


_store: list[GeometryStore] = []  # the one store, once the app has set it


def keep_dialog_geometry(store: GeometryStore | None) -> None:
    """Where dialogs keep their geometry from now on; None: nowhere."""
    _store[:] = [store] if store is not None else []


class RemembersGeometry:
    """Mix in before the Qt dialog class: ``class X(RemembersGeometry, QDialog)``."""

    _geometry_restored = False

    def showEvent(self, event: QShowEvent) -> None:
        if _store and not self._geometry_restored and self.isWindow():
            self._geometry_restored = True
            saved = _store[0].dialog_geometry(type(self).__name__)
            if not saved.isEmpty():
                self.restoreGeometry(saved)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if _store and self.isWindow():
            _store[0].set_dialog_geometry(type(self).__name__, self.saveGeometry())
        super().hideEvent(event)
