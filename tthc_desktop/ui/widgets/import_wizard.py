"""What the import wizards (plan, procedure catalogue) share: the file and table state the pages fill, the
window's size and style, and the last step, which stores everything in one transaction off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard, QWizardPage

from ...services.import_reading import RawTable
from .operations import Operation
from .remembered_geometry import RemembersGeometry


class ImportWizard(RemembersGeometry, QWizard):
    """``imported(result)`` once stored; the pages read and fill the state kept here."""

    imported = Signal(object)

    def __init__(self, name: str, title: str, parent: QWidget | None, start_dir: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.start_dir = start_dir
        self.path: Path | None = None
        self.tables: list[RawTable] = []
        self.table_index = 0
        self.result: Any = None
        self.write_op: Operation | None = None  # storing what was read
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(980, 640)

    def add_pages(self, *pages: QWizardPage) -> None:
        for page in pages:
            self.addPage(page)

    def store(self, write: Callable[[], Any], ctx: Any, progress: str,
              then: Callable[[Any], object] = lambda _result: None) -> None:
        """Run ``write`` on the database thread; once stored, ``then(result)``, ``imported`` and the wizard
        closes; a failure (the transaction rolled back) is told and the wizard stays open."""

        def stored(result: Any) -> None:
            self.result = result
            then(result)
            self.imported.emit(result)
            QWizard.accept(self)

        def failed(exc: BaseException) -> None:
            QMessageBox.critical(self, QCoreApplication.translate("ImportWizard", "Import failed"),
                                 QCoreApplication.translate("ImportWizard", "Nothing was saved. Reason: %1")
                                 .replace("%1", str(exc)))

        self.write_op = Operation(self, lambda _op: write(), ctx=ctx, writes=True, expected=(Exception,))
        self.write_op.with_progress(progress, cancellable=False)
        self.write_op.success(stored).failure(failed).run()
