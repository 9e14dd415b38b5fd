"""Step 4 of the plan import wizard: the parsed plan as a tree, with each row's class, re-classable.

Sections are bold on a tinted band, groups semi-bold italic in blue with a folder icon, tasks plain; the
rows merged into a task (continuations) and the rows left out (notes) are grey and shown only with the
"show all rows" toggle. The "Row type" column and the context menu re-class a row (task, group,
continuation, note): the table is read again with that choice, so the tree and every count follow. The
role column and the per-role counts show what "Nhập" will store.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ..domain.entities import TaskRole
from ..importers.plan_rows import CONTINUATION, GROUP, NOTE, SECTION, TASK
from .role_delegate import RoleDelegate, RoleRole

ROLE_LABELS = {TaskRole.LEAD: "Chủ trì", TaskRole.COORDINATING: "Phối hợp", TaskRole.WATCHING: "Không"}
KIND_LABELS = {TASK: "Nhiệm vụ", GROUP: "Nhóm", CONTINUATION: "Nối dòng trên", NOTE: "Bỏ qua"}
SECTION_LABEL = "Phần"
ROLE_COL, KIND_COL = 7, 8
RowRole = Qt.ItemDataRole.UserRole + 11  # 1-based source row of a tree item (column 0)
TaskIndexRole = Qt.ItemDataRole.UserRole + 12  # index in preview.tasks, or -1 for a merged/left-out row
_GREY = QColor("#8a8a8a")


class _ChoiceDelegate(RoleDelegate):
    """The role/row-type choice; no editor on a row that has none (sections, group headings)."""

    def createEditor(self, parent, option, index):
        if index.data(RoleRole) is None:
            return None
        return super().createEditor(parent, option, index)


class _ReadOnlyDelegate(QStyledItemDelegate):
    """The other columns are what the plan says: shown, never edited here."""

    def createEditor(self, parent, option, index):
        return None


def _fmt(d: date) -> str:
    return d.strftime("%d/%m/%Y")


class PreviewPage(QWizardPage):
    COLUMNS = 9

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("4. Check the tasks"))
        self.setSubTitle(self.tr("Each deadline is shown as understood, with the rule applied. Correct your "
                                 "unit's role, or how a row was read (Row type), where needed."))
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("planYear")
        self.year_spin.setRange(2000, 2100)
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.show_all = QCheckBox(self.tr("Show merged and ignored rows"))
        self.show_all.setObjectName("showAllRows")
        self.tree = QTreeWidget()
        self.tree.setObjectName("previewTree")
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels([
            self.tr("No."), self.tr("Task content"), self.tr("Lead"), self.tr("Coordinating"),
            self.tr("Deadline (as written)"), self.tr("Due dates"), self.tr("Rule applied"), self.tr("Your role"),
            self.tr("Row type"),
        ])
        self.tree.setWordWrap(True)
        self.tree.setIndentation(14)
        self.tree.header().moveSection(KIND_COL, 2)  # shown beside the content it classifies
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setItemDelegate(_ReadOnlyDelegate(self.tree))
        self.tree.setItemDelegateForColumn(ROLE_COL, _ChoiceDelegate(
            {r.value: label for r, label in ROLE_LABELS.items()}, self.tree))
        self.tree.setItemDelegateForColumn(KIND_COL, _ChoiceDelegate(KIND_LABELS, self.tree))
        # edits open on purpose only (click on the selected cell, F2, double click), never on arrow keys
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.SelectedClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.role_counts = QLabel()
        self.role_counts.setObjectName("roleCounts")
        self.role_counts.setWordWrap(True)
        self.profile_note = QLabel()
        self.profile_note.setObjectName("profileNote")
        self.profile_note.setWordWrap(True)
        self.warnings = QPlainTextEdit()
        self.warnings.setObjectName("previewWarnings")
        self.warnings.setReadOnly(True)
        self.warnings.setMaximumHeight(90)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan year:")))
        top.addWidget(self.year_spin)
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.profile_note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.role_counts)
        layout.addWidget(QLabel(self.tr("Warnings:")))
        layout.addWidget(self.warnings)
        self.year_spin.valueChanged.connect(self._on_year_spin_value_changed)
        self.show_all.toggled.connect(self._apply_visibility)
        self.items: dict[str, QTreeWidgetItem] = {}  # task number → item
        self.extra_items: list[QTreeWidgetItem] = []  # continuation and note rows

    # -- filling --------------------------------------------------------------------------
    def initializePage(self) -> None:
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(self.w.preview.plan_year)
        self.year_spin.blockSignals(False)
        self.w.role_overrides.clear()
        self.profile_note.setText(self.w.profile_note)
        self.profile_note.setVisible(bool(self.w.profile_note))
        self.fill()

    def _on_year_spin_value_changed(self, year: int) -> None:
        if self.w.build_preview(year):
            self.fill()

    def item_for(self, number: str) -> QTreeWidgetItem:
        return self.items[number]

    def fill(self) -> None:
        preview = self.w.preview
        self.tree.blockSignals(True)  # itemChanged means a choice of the officer
        self.tree.clear()
        self.items, self.extra_items = {}, []
        classes = {rc.row: rc for rc in preview.row_classes}
        style = self.style()
        icons = {SECTION: style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon),
                 GROUP: style.standardIcon(QStyle.StandardPixmap.SP_DirIcon),
                 TASK: style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)}
        for index, item in enumerate(preview.tasks):
            p = item.parsed
            kind = SECTION if p.is_section else GROUP if p.is_group else TASK
            node = QTreeWidgetItem(self._values(item))
            row = p.source_rows[0] if p.source_rows else 0
            node.setData(0, RowRole, row)
            node.setData(0, TaskIndexRole, index)
            node.setIcon(0, icons[kind])
            rc = classes.get(row)
            self._style(node, kind, rc.reason if rc else "")
            if kind != SECTION:
                node.setData(KIND_COL, RoleRole, kind)
                node.setText(KIND_COL, self._kind_text(row, kind))
            node.setFlags(node.flags() | Qt.ItemFlag.ItemIsEditable)  # the delegates decide which cells
            if not item.is_heading:
                node.setData(ROLE_COL, RoleRole, self.w.role_overrides.get(p.number, item.role).value)
                self._show_role(node, item.role)
            parent = self.items.get(p.parent or "")
            (parent.addChild(node) if parent is not None else self.tree.addTopLevelItem(node))
            self.items[p.number] = node
        for rc in preview.row_classes:
            if rc.kind not in (CONTINUATION, NOTE) or rc.reason == "dòng trống":
                continue
            owner = self.items.get(rc.number or "")
            node = QTreeWidgetItem(self._raw_values(rc.row))
            node.setData(0, RowRole, rc.row)
            node.setData(0, TaskIndexRole, -1)
            node.setData(KIND_COL, RoleRole, rc.kind)
            node.setText(KIND_COL, self._kind_text(rc.row, rc.kind))
            node.setFlags(node.flags() | Qt.ItemFlag.ItemIsEditable)
            self._style(node, rc.kind, rc.reason)
            (owner.addChild(node) if owner is not None else self.tree.addTopLevelItem(node))
            self.extra_items.append(node)
        self.tree.expandAll()
        self._apply_visibility(self.show_all.isChecked())
        self.tree.blockSignals(False)
        for col, width in enumerate((110, 300, 120, 110, 130, 85, 170, 80, 105)):
            self.tree.setColumnWidth(col, width)
        self._show_summary()

    def _values(self, item) -> list[str]:
        p, d = item.parsed, item.deadline
        if d.is_continuous:
            due = self.tr("Continuous")
        elif d.is_recurring:
            due = self.tr("Recurring")
        else:
            due = ", ".join(_fmt(x) for x in d.due_dates) or ("" if item.is_heading else self.tr("Needs a date"))
        return [p.number, p.content, p.lead_text, p.coordinating_text, p.deadline_text, due,
                "" if item.is_heading else d.explanation, "", SECTION_LABEL if p.is_section else ""]

    def _raw_values(self, row: int) -> list[str]:
        """A merged or left-out row as written: its numbering and content cells."""
        table, mapping = self.w.raw_table(), self.w.preview_mapping()
        cells = table.rows[row - 1] if 0 < row <= len(table.rows) else []

        def cell(col: int | None) -> str:
            return " ".join(cells[col].split()) if col is not None and col < len(cells) else ""

        content = cell(mapping.content if mapping else None) or " ".join(" ".join(c.split()) for c in cells if c)
        return [cell(mapping.number if mapping else None), content, cell(mapping.lead if mapping else None),
                "", cell(mapping.deadline if mapping else None), "", "", "", ""]

    def _kind_text(self, row: int, kind: str) -> str:
        return ("✎ " if row in self.w.row_overrides else "") + KIND_LABELS[kind]

    def _style(self, node: QTreeWidgetItem, kind: str, reason: str) -> None:
        font = QFont(self.tree.font())
        if kind == SECTION:
            font.setBold(True)
        elif kind == GROUP:
            font.setWeight(QFont.Weight.DemiBold)
            font.setItalic(True)
        elif kind in (CONTINUATION, NOTE):
            font.setItalic(True)
        tint = {SECTION: QBrush(QColor("#e8eef7")), GROUP: QBrush(QColor("#f3f7fc"))}.get(kind)
        for col in range(self.COLUMNS):
            node.setFont(col, font)
            if kind == GROUP:
                node.setForeground(col, QBrush(QColor("#1f4e8c")))
            elif kind in (CONTINUATION, NOTE):
                node.setForeground(col, QBrush(_GREY))
            if tint is not None:
                node.setBackground(col, tint)
            if reason:
                node.setToolTip(col, reason)
        if not reason:
            return
        node.setToolTip(KIND_COL, reason + "\n" + self.tr("Click, press F2 or right-click to read this row "
                                                          "differently"))

    def _apply_visibility(self, show: bool) -> None:
        for node in self.extra_items:
            node.setHidden(not show)

    # -- roles ----------------------------------------------------------------------------
    def _show_role(self, node: QTreeWidgetItem, parsed: TaskRole) -> None:
        """The role's label; one the officer changed is marked ✎, bold and tinted, with the role read."""
        role = TaskRole(node.data(ROLE_COL, RoleRole))
        changed = role is not parsed
        node.setText(ROLE_COL, ("✎ " if changed else "") + ROLE_LABELS[role])
        font = node.font(ROLE_COL)
        font.setBold(changed)
        node.setFont(ROLE_COL, font)
        node.setBackground(ROLE_COL, QColor("#e3f2fd") if changed else QColor(0, 0, 0, 0))
        node.setToolTip(ROLE_COL, self.tr("Changed by you; read from the plan: %1").replace("%1", ROLE_LABELS[parsed])
                        if changed else self.tr("Click, press F2 or type to change"))

    def _on_item_changed(self, node: QTreeWidgetItem, column: int) -> None:
        if column == ROLE_COL and node.data(ROLE_COL, RoleRole) is not None:
            item = self.w.preview.tasks[node.data(0, TaskIndexRole)]
            role = TaskRole(node.data(ROLE_COL, RoleRole))
            if role is item.role:
                self.w.role_overrides.pop(item.parsed.number, None)
            else:
                self.w.role_overrides[item.parsed.number] = role
            self.tree.blockSignals(True)
            self._show_role(node, item.role)
            self.tree.blockSignals(False)
            self._show_role_counts()
        elif column == KIND_COL and node.data(KIND_COL, RoleRole) is not None:
            self.reclass(node.data(0, RowRole), node.data(KIND_COL, RoleRole))

    # -- re-classing ----------------------------------------------------------------------
    def reclass(self, row: int, kind: str) -> None:
        """Read source row ``row`` as ``kind`` and read the table again (deferred: called from itemChanged)."""
        current = {rc.row: rc.kind for rc in self.w.preview.row_classes}.get(row)
        if kind == current and row not in self.w.row_overrides:
            return
        self.w.row_overrides[row] = kind
        from PySide6.QtCore import QTimer  # rebuilding the tree inside its own itemChanged would crash

        QTimer.singleShot(0, self._reparse)

    def _reparse(self) -> None:
        if self.w.build_preview(self.year_spin.value()):
            self.fill()

    def _on_context_menu(self, pos: QPoint) -> None:
        node = self.tree.itemAt(pos)
        if node is None or node.data(KIND_COL, RoleRole) is None:
            return
        menu = QMenu(self.tree)
        menu.setObjectName("rowTypeMenu")
        row = node.data(0, RowRole)
        for kind, label in KIND_LABELS.items():
            action = menu.addAction(self.tr("Read as: %1").replace("%1", label))
            action.setCheckable(True)
            action.setChecked(node.data(KIND_COL, RoleRole) == kind)
            action.triggered.connect(lambda _c=False, k=kind: self.reclass(row, k))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # -- counts ---------------------------------------------------------------------------
    def _show_summary(self) -> None:
        preview = self.w.preview
        tasks = [t for t in preview.tasks if not t.is_heading]
        self.summary.setText(
            self.tr("%1 tasks: %2 with dates, %3 continuous, %4 recurring, %5 need a date")
            .replace("%1", str(len(tasks)))
            .replace("%2", str(sum(bool(t.deadline.due_dates) for t in tasks)))
            .replace("%3", str(sum(t.deadline.is_continuous for t in tasks)))
            .replace("%4", str(sum(t.deadline.is_recurring for t in tasks)))
            .replace("%5", str(sum(t.deadline.needs_date and not t.deadline.is_continuous for t in tasks)))
        )
        self.warnings.setPlainText("\n".join(preview.warnings) or self.tr("No warnings."))
        self._show_role_counts()

    def _show_role_counts(self) -> None:
        """What "Nhập" will store: tasks per role of the unit, and how many roles and rows were changed by hand."""
        tasks = [t for t in self.w.final_preview().tasks if not t.is_heading]
        counts = ", ".join(f"{label} {sum(t.role is role for t in tasks)}" for role, label in ROLE_LABELS.items())
        text = self.tr("Your unit's role: %1 (%2 changed by you).").replace("%1", counts)
        text = text.replace("%2", str(len(self.w.role_overrides)))
        if self.w.row_overrides:
            text += " " + self.tr("%1 rows read differently by you.").replace("%1", str(len(self.w.row_overrides)))
        self.role_counts.setText(text)
