"""Import wizard for the TTHC catalogue: file → column mapping (auto-detected, editable) → preview with row issues → store.

The store is one transaction (``ProceduresService.store``); re-importing updates procedures by
their code. Nothing is written before the last page's "Nhập" button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
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
    detect_columns,
    read_xlsx_sheets,
)
from ...services.procedures_service import CataloguePreview, ProceduresService, preview_table
from ..widgets.colours import PROBLEM_BG
from ..widgets.column_combos import add_column_combos, fill_column_combos
from ..widgets.file_choice_page import FileChoicePage
from ..widgets.import_wizard import ImportWizard
from ..widgets.page_parts import WizardStep, combo_box, named_label

WARNING_COLOUR = QColor("#fff4cc")


class ProcedureImportWizard(ImportWizard):
    """``imported`` carries the StoreResult."""

    def __init__(self, service: ProceduresService, parent: QWidget | None = None, *, start_dir: str = ""):
        super().__init__("procedureImportWizard", self.tr("Import the procedure catalogue"), parent, start_dir)
        self.service = service
        self.columns: CatalogueColumns | None = None
        self.preview: CataloguePreview | None = None
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = FileChoicePage(
            self, title=self.tr("1. Choose the catalogue file"),
            subtitle=self.tr("An Excel (.xlsx) list of procedures with their code, name, time and cost."),
            placeholder=self.tr("Path to the catalogue file"), dialog_title=self.tr("Choose the catalogue file"),
            file_filter=self.tr("Excel workbooks (*.xlsx)"), object_name="cataloguePath")
        self.mapping_page = CatalogueMappingPage(self)
        self.preview_page = CataloguePreviewPage(self)
        self.add_pages(self.file_page, self.mapping_page, self.preview_page)

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
        self.store(lambda: service.store(preview), service.ctx, self.tr("Import the procedure catalogue"))


class CatalogueMappingPage(WizardStep):
    def __init__(self, wizard: ProcedureImportWizard):
        super().__init__(wizard, self.tr("2. Check the columns"),
                         self.tr("Detected automatically from the header; change a column if it is wrong."))
        self.sheet_combo = combo_box("sheetCombo", changed=self._on_sheet_combo_current_index_changed)
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
        self.combos = add_column_combos(form, CATALOGUE_ROLES, labels, self.completeChanged)
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
        titles = [detected.headers.get(col, "")[:60] for col in range(table.width)]
        fill_column_combos(self.combos, titles, detected.columns.get)
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
        super().__init__(wizard, self.tr("3. Check before importing"),
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
            colour = PROBLEM_BG if issue.severity == "error" else WARNING_COLOUR
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
