"""Import wizard for the TTHC catalogue: file → column mapping (auto-detected, editable) → preview with row issues → store.

The store is one transaction (``ProceduresService.store``); re-importing updates procedures by
their code. Nothing is written before the last page's "Nhập" button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ...importers.errors import ImportFailure
from ...services.import_reading import (
    CATALOGUE_ROLES,
    CatalogueColumns,
    RawTable,
    detect_columns,
    read_xlsx_sheets,
)
from ...services.procedures_service import CataloguePreview, ProceduresService, StoreResult, preview_table
from ..widgets.file_choice_page import FileChoicePage
from ..widgets.operations import Operation
from ..widgets.page_parts import WizardStep, named_label

ERROR_COLOUR = QColor("#fde2e1")
WARNING_COLOUR = QColor("#fff4cc")


class ProcedureImportWizard(QWizard):
    imported = Signal(object)  # StoreResult

    def __init__(self, service: ProceduresService, parent: QWidget | None = None, *, start_dir: str = ""):
        super().__init__(parent)
        self.setObjectName("procedureImportWizard")
        self.service = service
        self.start_dir = start_dir
        self.path: Path | None = None
        self.tables: list[RawTable] = []
        self.table_index = 0
        self.columns: CatalogueColumns | None = None
        self.preview: CataloguePreview | None = None
        self.result: StoreResult | None = None
        self.setWindowTitle(self.tr("Import the procedure catalogue"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(980, 640)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = CatalogueFilePage(self)
        self.mapping_page = CatalogueMappingPage(self)
        self.preview_page = CataloguePreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)

    # -- state transitions (also used by tests) --------------------------------------------
    def load_file(self, path: Path) -> bool:
        try:
            tables = read_xlsx_sheets(path)
        except ImportFailure as exc:
            QMessageBox.warning(self, self.tr("Cannot read the file"), str(exc))
            return False
        self.path, self.tables = path, tables
        self.table_index = next((i for i, t in enumerate(tables) if detect_columns(t) is not None), 0)
        self.columns = None
        return True

    def build_preview(self) -> bool:
        assert self.path is not None
        try:
            self.preview = preview_table(self.path, self.tables[self.table_index], self.columns,
                                         known=self.service.repo.codes())
        except ImportFailure as exc:
            QMessageBox.warning(self, self.tr("Cannot read the table"), str(exc.with_file(self.path)))
            return False
        return True

    def accept(self) -> None:
        """Store the catalogue in one transaction on the database thread; the wizard closes when stored."""
        assert self.preview is not None
        service, preview = self.service, self.preview

        def stored(result) -> None:
            self.result = result
            self.imported.emit(result)
            super(ProcedureImportWizard, self).accept()

        def failed(exc: BaseException) -> None:  # shown to the user; the transaction rolled back
            QMessageBox.critical(self, self.tr("Import failed"),
                                 self.tr("Nothing was saved. Reason: %1").replace("%1", str(exc)))

        self.write_op = Operation(self, lambda _op: service.store(preview), ctx=service.ctx, writes=True,
                                  expected=(Exception,))
        self.write_op.with_progress(self.tr("Import the procedure catalogue"), cancellable=False)
        self.write_op.success(stored).failure(failed).run()


class CatalogueFilePage(FileChoicePage):
    def __init__(self, wizard: ProcedureImportWizard):
        super().__init__(
            wizard,
            title=QCoreApplication.translate("CatalogueFilePage", "1. Choose the catalogue file"),
            subtitle=QCoreApplication.translate("CatalogueFilePage",
                        "An Excel (.xlsx) list of procedures with their code, name, time and cost."),
            placeholder=QCoreApplication.translate("CatalogueFilePage", "Path to the catalogue file"),
            dialog_title=QCoreApplication.translate("CatalogueFilePage", "Choose the catalogue file"),
            file_filter=QCoreApplication.translate("CatalogueFilePage", "Excel workbooks (*.xlsx)"),
            object_name="cataloguePath",
        )


class CatalogueMappingPage(WizardStep):
    def __init__(self, wizard: ProcedureImportWizard):
        super().__init__(wizard)
        self.set_heading(self.tr("2. Check the columns"),
                         self.tr("Detected automatically from the header; change a column if it is wrong."))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.currentIndexChanged.connect(self._on_sheet_combo_current_index_changed)
        labels = {
            "code": self.tr("Procedure code"),
            "name": self.tr("Procedure name"),
            "field": self.tr("Field"),
            "level": self.tr("Level"),
            "baseline_days": self.tr("Processing time 2024"),
            "current_days": self.tr("Processing time now"),
            "baseline_cost": self.tr("Compliance cost 2024"),
            "current_cost": self.tr("Compliance cost now"),
            "online_level": self.tr("Online level"),
            "cross_boundary": self.tr("Anywhere in the province"),
            "one_stop": self.tr("One-stop"),
            "business_related": self.tr("Related to business"),
            "internal": self.tr("Internal procedure"),
            "yearly_volume": self.tr("Case files per year"),
        }
        form = QFormLayout(self)
        form.addRow(self.tr("Sheet:"), self.sheet_combo)
        self.combos: dict[str, QComboBox] = {}
        for role in CATALOGUE_ROLES:
            combo = QComboBox()
            combo.setObjectName(f"map_{role}")
            combo.currentIndexChanged.connect(self.completeChanged)
            self.combos[role] = combo
            form.addRow(labels[role] + ":", combo)
        self._detected: CatalogueColumns | None = None

    def initializePage(self) -> None:
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for table in self.w.tables:
            self.sheet_combo.addItem(table.name)
        self.sheet_combo.setCurrentIndex(self.w.table_index)
        self.sheet_combo.blockSignals(False)
        self._fill()

    def _on_sheet_combo_current_index_changed(self, index: int) -> None:
        if 0 <= index < len(self.w.tables):
            self.w.table_index = index
            self._fill()

    def _fill(self) -> None:
        table = self.w.tables[self.w.table_index]
        detected = detect_columns(table)
        if detected is None:
            detected = CatalogueColumns({}, (0,), {c: " ".join(t.split()) for c, t in enumerate(table.rows[0])}
                                        if table.rows else {})
        self._detected = detected
        for role, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for col in range(table.width):
                title = detected.headers.get(col, "")[:60]
                combo.addItem(self.tr("Column %1: %2").replace("%1", str(col + 1)).replace("%2", title), col)
            current = detected.columns.get(role)
            combo.setCurrentIndex(combo.findData(current) if current is not None else 0)
            combo.blockSignals(False)
        self.completeChanged.emit()

    def mapping(self) -> CatalogueColumns:
        assert self._detected is not None
        columns = {role: combo.currentData() for role, combo in self.combos.items() if combo.currentData() is not None}
        return CatalogueColumns(columns, self._detected.header_rows, self._detected.headers,
                                self._detected.working_day_columns)

    def isComplete(self) -> bool:
        return self.combos["code"].currentData() is not None and self.combos["name"].currentData() is not None

    def validatePage(self) -> bool:
        self.w.columns = self.mapping()
        return self.w.build_preview()


class CataloguePreviewPage(WizardStep):
    def __init__(self, wizard: ProcedureImportWizard):
        super().__init__(wizard)
        self.set_heading(self.tr("3. Check before importing"),
                         self.tr("Rows marked red are not imported; yellow cells are imported empty or estimated "
                                 "and need a look."))
        self.summary = named_label("previewSummary", wrap=True)
        self.issues = QTableWidget(0, 4)
        self.issues.setObjectName("issueTable")
        self.issues.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Cell text"),
                                               self.tr("Problem")])
        self.issues.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.issues.verticalHeader().setVisible(False)
        self.issues.setWordWrap(True)
        header = self.issues.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues, 1)

    def initializePage(self) -> None:
        preview = self.w.preview
        assert preview is not None
        new = len(preview.new_codes)
        self.summary.setText(
            self.tr("%1 procedures read: %2 new, %3 already in the catalogue (they will be updated). "
                    "%4 rows not imported, %5 cells to check.")
            .replace("%1", str(len(preview.procedures))).replace("%2", str(new))
            .replace("%3", str(len(preview.procedures) - new)).replace("%4", str(len(preview.errors)))
            .replace("%5", str(len(preview.warnings))))
        self.issues.setRowCount(len(preview.issues))
        for r, issue in enumerate(preview.issues):
            colour = ERROR_COLOUR if issue.severity == "error" else WARNING_COLOUR
            for c, text in enumerate((str(issue.row), issue.column, issue.raw, issue.message)):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(colour))
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(text)
                self.issues.setItem(r, c, item)
        self.issues.setColumnWidth(0, 60)
        self.issues.setColumnWidth(1, 260)
        self.issues.setColumnWidth(2, 180)
        self.issues.resizeRowsToContents()
