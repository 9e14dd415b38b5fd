"""The "Thủ tục hành chính" page: the catalogue (filter, search, edits, import), the NQ 66 cuts and the biểu 06 figures."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import events
from ...services.procedures_service import ProceduresService, StoreResult
from ...services.stats_service import StatsService
from ..shell.page_host import HostedPage
from ..widgets import file_dialogs
from ..widgets.buttons import push_button
from ..widgets.page_parts import follow_events, named_label, page_title
from ..widgets.start_card import StartCard
from .add_procedure_dialog import AddProcedureDialog
from .cuts_tab import CutsTab
from .procedure_import_wizard import ProcedureImportWizard
from .procedure_table_model import ProcedureTableModel
from .stats_page import StatsTab

if TYPE_CHECKING:
    from ..shell.page_host import PageHost


class CatalogueTab(QWidget):
    def __init__(self, service: ProceduresService, undo_stack: QUndoStack | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("catalogueTab")
        self.service = service
        self.search = QLineEdit()
        self.search.setObjectName("procedureSearch")
        self.search.setPlaceholderText(self.tr("Search code or name (diacritics optional)…"))
        self.search.setClearButtonEnabled(True)
        self.field_combo = QComboBox()
        self.field_combo.setObjectName("fieldFilter")
        self.field_combo.setMinimumWidth(220)
        self.import_button = push_button(self.tr("Import from Excel…"), "importCatalogueButton",
                                         self.open_import_wizard, self.tr("Import the unit's catalogue of procedures"))
        self.add_button = push_button(self.tr("Add procedure…"), "addProcedureButton", self.open_add_dialog)
        self.start_card = StartCard([
            (self.tr("Add the unit's procedures one by one."), self.tr("Add procedure…"), self.open_add_dialog),
            (self.tr("Or fill the blank Excel template with your catalogue…"), self.tr("Save a blank template…"),
             self.save_blank_template),
            (self.tr("…and import it (any Excel catalogue with code and name columns works)."),
             self.tr("Import from Excel…"), self.open_import_wizard),
        ])
        self.count_label = named_label("procedureCount")
        self.status = named_label("catalogueStatus", wrap=True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Field:")))
        top.addWidget(self.field_combo)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        self.model = ProcedureTableModel(service, undo_stack, self)
        self.view = QTableView()
        self.view.setObjectName("procedureView")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(82)
        for column, width in ((0, 80), (1, 330), (2, 130), (6, 90), (12, 112), (13, 112)):
            self.view.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.start_card)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.search.textChanged.connect(self._on_filter_changed)
        self.field_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.model.edit_rejected.connect(self._on_model_edit_rejected)
        self.model.modelReset.connect(self._update_count)
        follow_events(self, service.ctx.events, {events.PROCEDURES_CHANGED: self._on_procedures_changed})
        self._fill_fields()
        self._update_count()

    def _fill_fields(self) -> None:
        current = self.field_combo.currentData() or ""
        self.field_combo.blockSignals(True)
        self.field_combo.clear()
        self.field_combo.addItem(self.tr("All fields"), "")
        for field in self.model.fields():
            self.field_combo.addItem(field, field)
        index = self.field_combo.findData(current)
        self.field_combo.setCurrentIndex(max(index, 0))
        self.field_combo.blockSignals(False)

    def _on_filter_changed(self, *_: Any) -> None:
        self.model.set_filter(self.field_combo.currentData() or "", self.search.text())

    def _on_procedures_changed(self, **_: Any) -> None:
        self._fill_fields()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 procedures").replace("%1", str(self.model.total_count())))
        self.start_card.setVisible(self.model.total_count() == 0)

    def open_add_dialog(self) -> AddProcedureDialog:
        dialog = AddProcedureDialog(self.service.fields(), self)
        dialog.accepted.connect(lambda: self._add(dialog))
        dialog.open()
        return dialog

    def _add(self, dialog: AddProcedureDialog) -> None:
        procedure = dialog.procedure()
        try:
            self.service.add(procedure)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Cannot add"), str(exc))
            return
        self.status.setText(self.tr("Added %1 — %2.").replace("%1", procedure.code).replace("%2", procedure.name))

    def save_blank_template(self, path: str | Path | None = None) -> Path | None:
        """Write the blank Excel catalogue (asked where when *path* is None)."""
        path = file_dialogs.save_path(self, path, self.tr("Save a blank catalogue"), self.tr("Excel workbooks (*.xlsx)"),
                                      "Danh-muc-TTHC-mau.xlsx")
        if not path:
            return None
        from ...services.catalogue_template import write_blank_catalogue  # openpyxl: not at start-up

        try:
            written = write_blank_catalogue(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), self.tr("Cannot write %1: %2")
                                .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return None
        self.status.setText(self.tr("Blank catalogue saved to %1: fill it, then import it.").replace("%1", str(written)))
        return written

    def _on_model_edit_rejected(self, message: str) -> None:
        self.status.setText(f'<span style="color:#c62828">{message}</span>')

    def open_import_wizard(self) -> ProcedureImportWizard:
        wizard = ProcedureImportWizard(self.service, self)
        wizard.imported.connect(self._on_wizard_imported)
        wizard.open()
        return wizard

    def _on_wizard_imported(self, result: StoreResult) -> None:
        text = self.tr("Imported: %1 added, %2 updated, %3 unchanged.").replace("%1", str(result.created)) \
            .replace("%2", str(result.updated)).replace("%3", str(result.unchanged))
        self.status.setText(text)


class ProceduresPage(HostedPage):
    def __init__(self, host: PageHost, parent: QWidget | None = None):
        super().__init__("procedures", host, parent)
        ctx, undo_stack = host.ctx, host.undo_stack
        self.procedures = ProceduresService(ctx)
        self.stats = StatsService(ctx)
        title = page_title(self.tr("Administrative procedures"), 1.3, name="")
        sentence = QLabel(self.tr("Catalogue of the unit's procedures, their cuts in time and cost against 2024 "
                                  "(Resolution 66/NQ-CP) and the case-file figures of form 06."))
        sentence.setObjectName("pageSentence")
        sentence.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("procedureTabs")
        self.catalogue = CatalogueTab(self.procedures, undo_stack)
        self.cuts = CutsTab(self.procedures, host.clock.today)
        self.stats_tab = StatsTab(self.stats, host.clock.today)
        self.tabs.addTab(self.catalogue, self.tr("Catalogue"))
        self.tabs.addTab(self.cuts, self.tr("Cuts"))
        self.tabs.addTab(self.stats_tab, self.tr("Case-file figures (form 06)"))
        self.cuts.year_changed.connect(self.catalogue.model.set_year)
        self.catalogue.model.set_year(self.cuts.year)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(sentence)
        layout.addWidget(self.tabs, 1)
        layout.setAlignment(title, Qt.AlignmentFlag.AlignLeft)
