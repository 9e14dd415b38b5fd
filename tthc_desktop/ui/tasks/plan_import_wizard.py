"""The plan import wizard: file → table → columns → preview → plan details → import in one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...domain.entities import TaskRole
from ...importers.errors import ImportFailure
from ...services import events
from ...services.context import AppContext
from ...services.import_profiles import ImportProfile, find_profile, profile_overrides, save_profile
from ...services.import_reading import (
    ColumnMapping,
    PlanSource,
    RawTable,
    candidate_tables,
    choose_table,
    find_header,
    open_plan_source,
    table_for_import,
)
from ...services.plan_details import guess_plan_details
from ...services.plan_import import (
    ImportResult,
    PlanPreview,
    build_preview,
    guess_plan_year,
    import_plan,
)
from ..widgets.column_combos import add_column_combos, fill_column_combos
from ..widgets.file_choice_page import FileChoicePage
from ..widgets.import_wizard import ImportWizard
from ..widgets.operations import Operation
from ..widgets.page_parts import WizardStep
from .plan_details_page import DetailsPage
from .plan_preview_page import PreviewPage

FILE_FILTER = "Kế hoạch (*.pdf *.docx *.xlsx *.xlsm *.txt *.tsv *.md);;Tất cả (*)"
MAPPING_FIELDS = ("number", "content", "lead", "coordinating", "deadline", "product", "notes")




def _fmt(d: date) -> str:
    return d.strftime("%d/%m/%Y")


class PlanImportWizard(ImportWizard):
    """State lives on the wizard; pages read and fill it. ``imported`` carries the ImportResult."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, start_dir: str = ""):
        super().__init__("planImportWizard", self.tr("Import a plan"), parent, start_dir)
        self.ctx = ctx
        self.sha256 = ""
        self.source: PlanSource | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: PlanPreview | None = None
        self.role_overrides: dict[str, TaskRole] = {}
        self.row_overrides: dict[int, str] = {}  # 1-based source row → class chosen by the officer
        self.detected_mapping: ColumnMapping | None = None
        self.profile: ImportProfile | None = None  # the issuer's saved reading of this layout
        self.profile_note = ""
        self.read_op: Operation | None = None  # reading the chosen file
        self._read_path: Path | None = None  # read and not yet moved past
        self.file_page = FileChoicePage(
            self, title=self.tr("1. Choose the plan file"),
            subtitle=self.tr("A PDF with a text layer, Word (.docx), Excel (.xlsx) or text file whose appendix is the "
                             "task table."),
            placeholder=self.tr("Path to the plan file"), dialog_title=self.tr("Choose the plan file"),
            file_filter=FILE_FILTER, object_name="planPath")
        self.table_page = TablePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.details_page = DetailsPage(self)
        self.add_pages(self.file_page, self.table_page, self.mapping_page, self.preview_page, self.details_page)

    # -- state transitions (also called by tests) -------------------------------------------
    def load_file(self, path: Path) -> bool:
        """The file page's check: True once ``path`` has been read; else start reading it off the UI thread
        (Cancel offered) and go on to the next page when the read succeeds."""
        if self._read_path == path:
            self._read_path = None  # read once per "Next": a file changed meanwhile is read again
            return True
        if self.read_op is not None and not self.read_op.is_done:
            return False  # already reading
        self.read_op = Operation(self, lambda _op: open_plan_source(path), expected=(ImportFailure,))
        self.read_op.with_progress(self.tr("Reading %1…").replace("%1", path.name))
        self.read_op.failure(lambda exc: QMessageBox.warning(self, self.tr("Cannot read the file"), str(exc)))
        self.read_op.success(lambda source: self._on_source_read(path, source)).run()
        return False

    def _on_source_read(self, path: Path, source) -> None:
        self.path, self.source, self.tables, self.sha256 = path, source, source.tables, source.sha256
        try:
            self.table_index = choose_table(source)
        except ImportFailure:
            self.table_index = 0  # no header recognised: the officer picks the table and maps the columns
        self._read_path = path
        self.next()

    def raw_table(self) -> RawTable:
        return table_for_import(self.tables, self.table_index, self.mapping)

    def build_preview(self, plan_year: int) -> bool:
        try:
            self.preview = build_preview(self.path, self.raw_table(), plan_year=plan_year,
                                         unit=self.ctx.units.own_unit(), mapping=self.mapping, sha256=self.sha256,
                                         overrides=self.row_overrides)
        except ImportFailure as exc:
            QMessageBox.warning(self, self.tr("Cannot read the table"), str(exc.with_file(self.path)))
            return False
        return True

    def preview_mapping(self) -> ColumnMapping | None:
        return self.mapping

    def issuer_guess(self) -> str:
        return guess_plan_details(self.source or self.path, date.today().year).issuer

    def find_profile(self) -> None:
        """The issuer's saved profile for the chosen table's layout, if any (read on the mapping page)."""
        try:
            self.profile = find_profile(self.ctx, self.issuer_guess(), self.tables[self.table_index])
        except Exception:  # a profile only helps: an unreadable one is no profile
            self.profile = None

    def save_profile(self, issuer: str) -> None:
        if self.mapping is None:
            return
        try:
            # keyed by the issuer the document gives (the next file gives the same), shown as confirmed
            save_profile(self.ctx, self.issuer_guess(), self.raw_table(), self.mapping, self.row_overrides,
                         detected=self.detected_mapping, display=issuer)
        except Exception:  # the plan is imported; forgetting a correction must not undo that
            return

    def final_preview(self) -> PlanPreview:
        assert self.preview is not None
        tasks = [replace(t, role=self.role_overrides.get(t.parsed.number, t.role)) for t in self.preview.tasks]
        return replace(self.preview, tasks=tasks)

    def accept(self) -> None:
        """Store the plan in one transaction on the database thread; the wizard closes when it is stored."""
        details = self.details_page.details()
        ctx, preview = self.ctx, self.final_preview()

        def stored(_result: ImportResult) -> None:
            self.save_profile(details.issuer)
            self.ctx.events.emit(events.PLANS_CHANGED)
            self.ctx.events.emit(events.TASKS_CHANGED, task_ids=None)

        self.store(lambda: import_plan(ctx, preview, details), ctx, self.tr("Import a plan"), stored)


class TablePage(WizardStep):
    def __init__(self, wizard: PlanImportWizard):
        super().__init__(wizard, self.tr("2. Choose the task table"),
                         self.tr("Tables where a task header was recognised are marked ✓."))
        self.list = QListWidget()
        self.list.setObjectName("tableList")
        self.list.setMaximumWidth(300)
        self.preview = QTableWidget()
        self.preview.setObjectName("tablePreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.preview, 1)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)

    def initializePage(self) -> None:
        self.list.clear()
        for cand in candidate_tables(self.w.tables):
            mark = "✓ " if cand.has_header else "   "
            text = self.tr("%1%2 — %3 rows").replace("%1", mark).replace("%2", cand.name).replace(
                "%3", str(cand.row_count))
            self.list.addItem(QListWidgetItem(text))
        self.list.setCurrentRow(self.w.table_index)

    def _on_list_current_row_changed(self, row: int) -> None:
        if row < 0 or row >= len(self.w.tables):
            return
        self.w.table_index = row
        rows = self.w.tables[row].rows[:12]
        width = max((len(r) for r in rows), default=0)
        self.preview.setRowCount(len(rows))
        self.preview.setColumnCount(width)
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        for c in range(width):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 260))

    def validatePage(self) -> bool:
        self.w.mapping = None  # re-detected for the chosen table
        return True


class MappingPage(WizardStep):
    def __init__(self, wizard: PlanImportWizard):
        super().__init__(wizard, self.tr("3. Check the columns"),
                         self.tr("Detected automatically; change a column if it is wrong."))
        labels = {
            "number": self.tr("No."),
            "content": self.tr("Task content"),
            "lead": self.tr("Lead agency"),
            "coordinating": self.tr("Coordinating agencies"),
            "deadline": self.tr("Deadline"),
            "product": self.tr("Expected product"),
            "notes": self.tr("Notes"),
        }
        self.combos = add_column_combos(QFormLayout(self), MAPPING_FIELDS, labels, self.completeChanged)

    def initializePage(self) -> None:
        table = self.w.tables[self.w.table_index]
        detected = find_header(table) or ColumnMapping()
        self.w.detected_mapping = ColumnMapping(**{f: getattr(detected, f) for f in MAPPING_FIELDS},
                                                header_rows=tuple(detected.header_rows))
        header_text = self._column_titles(table, detected)
        self.w.find_profile()
        if self.w.profile is not None:  # the officer's mapping for this issuer and layout
            detected = self.w.profile.mapping
        fill_column_combos(self.combos, header_text, lambda field: getattr(detected, field))
        self._header_rows = detected.header_rows
        self.completeChanged.emit()

    @staticmethod
    def _column_titles(table: RawTable, mapping: ColumnMapping) -> list[str]:
        rows = [table.rows[i] for i in mapping.header_rows if i < len(table.rows)] or table.rows[:1]
        titles = []
        for col in range(table.width):
            parts = []
            for row in rows:
                cell = " ".join((row[col] if col < len(row) else "").split())
                if cell and cell not in parts:
                    parts.append(cell)
            titles.append(" / ".join(parts)[:60])
        return titles

    def mapping(self) -> ColumnMapping:
        values = {field: combo.currentData() for field, combo in self.combos.items()}
        return ColumnMapping(**values, header_rows=tuple(self._header_rows))

    def isComplete(self) -> bool:
        return self.combos["content"].currentData() is not None

    def validatePage(self) -> bool:
        self.w.mapping = self.mapping()
        self.w.row_overrides = {}
        self.w.profile_note = ""
        if self.w.profile is not None:
            self.w.row_overrides = profile_overrides(self.w.profile, self.w.raw_table(), self.w.mapping)
            self.w.profile_note = self.tr("Using the reading saved for %1: its column mapping and %2 rows read "
                                          "differently.").replace("%1", self.w.profile.issuer).replace(
                "%2", str(len(self.w.row_overrides)))
        year = guess_plan_year(self.w.raw_table(), date.today().year)
        return self.w.build_preview(year)
