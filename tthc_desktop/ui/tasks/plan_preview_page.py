"""Step 4 of the plan import wizard: the parsed plan as a tree, with each row's class, re-classable.

Sections are bold on a tinted band, groups semi-bold italic in blue with a folder icon, tasks plain; the
rows merged into a task (continuations) and the rows left out (notes) are grey italic and shown only
with the "show merged and ignored rows" toggle. The "Row type" column and the context menu re-class a
row (task, group, continuation, note): the table is read again with that choice, so the tree and every
count follow. The role column and the per-role counts show what "Nhập" will store.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
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
    QTreeView,
    QVBoxLayout,
)

from ...domain.entities import TaskRole
from ...services.import_reading import CONTINUATION, GROUP, NOTE, SECTION, TASK
from ..widgets.page_parts import WizardStep, named_label
from .plan_tree_model import KIND_COL, ROLE_COL, PlanNode, PlanTreeModel, RowRole
from .role_delegate import RoleDelegate, RoleRole

ROLE_LABELS = {TaskRole.LEAD: "Chủ trì", TaskRole.COORDINATING: "Phối hợp", TaskRole.WATCHING: "Không"}
KIND_LABELS = {TASK: "Nhiệm vụ", GROUP: "Nhóm", CONTINUATION: "Nối dòng trên", NOTE: "Bỏ qua", SECTION: "Phần"}
CHOICES = {k: v for k, v in KIND_LABELS.items() if k != SECTION}
__all__ = ["KIND_COL", "KIND_LABELS", "ROLE_COL", "ROLE_LABELS", "PreviewPage", "RowRole"]


def _fmt(d: date) -> str:
    return d.strftime("%d/%m/%Y")


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


class PreviewPage(WizardStep):
    COLUMNS = 9

    def __init__(self, wizard):
        super().__init__(wizard, self.tr("4. Check the tasks"),
                         self.tr("Each deadline is shown as understood, with the rule applied. Correct your "
                                 "unit's role, or how a row was read (Row type), where needed."))
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("planYear")
        self.year_spin.setRange(2000, 2100)
        self.summary = named_label("previewSummary")
        self.show_all = QCheckBox(self.tr("Show merged and ignored rows"))
        self.show_all.setObjectName("showAllRows")
        style = self.style()
        self.model = PlanTreeModel(
            [self.tr("No."), self.tr("Task content"), self.tr("Lead"), self.tr("Coordinating"),
             self.tr("Deadline (as written)"), self.tr("Due dates"), self.tr("Rule applied"), self.tr("Your role"),
             self.tr("Row type")],
            {r.value: label for r, label in ROLE_LABELS.items()}, KIND_LABELS,
            {SECTION: style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon),
             GROUP: style.standardIcon(QStyle.StandardPixmap.SP_DirIcon),
             TASK: style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)},
            {"role_changed": self.tr("Changed by you; read from the plan: %1"),
             "role_edit": self.tr("Click, press F2 or type to change"),
             "kind_edit": self.tr("Click, press F2 or right-click to read this row differently")},
            self,
        )
        self.model.on_role = self._on_role
        self.model.on_kind = lambda node, kind: self.reclass(node.row, kind)
        self.tree = QTreeView()
        self.tree.setObjectName("previewTree")
        self.tree.setModel(self.model)
        self.model.set_base_font(self.tree.font())
        self.tree.setWordWrap(True)
        self.tree.setIndentation(14)
        self.tree.setUniformRowHeights(True)  # 1,000 rows scroll without measuring each one
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setItemDelegate(_ReadOnlyDelegate(self.tree))
        self.tree.setItemDelegateForColumn(ROLE_COL, _ChoiceDelegate(
            {r.value: label for r, label in ROLE_LABELS.items()}, self.tree))
        self.tree.setItemDelegateForColumn(KIND_COL, _ChoiceDelegate(CHOICES, self.tree))
        # edits open on purpose only (click on the selected cell, F2, double click), never on arrow keys
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.SelectedClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.header().moveSection(KIND_COL, 2)  # shown beside the content it classifies
        for col, width in enumerate((110, 300, 120, 110, 130, 85, 170, 80, 105)):
            self.tree.setColumnWidth(col, width)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        self.role_counts = named_label("roleCounts", wrap=True)
        self.profile_note = named_label("profileNote", wrap=True)
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
        self.show_all.toggled.connect(lambda _on: self.fill())
        self.nodes: dict[str, PlanNode] = {}  # task number → node

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

    def item_for(self, number: str, column: int = 0) -> QModelIndex:
        """The tree cell of task ``number`` (tests and the context menu)."""
        return self.model.index_for(self.nodes[number], column)

    def fill(self) -> None:
        preview = self.w.preview
        classes = {rc.row: rc for rc in preview.row_classes}
        roots: list[PlanNode] = []
        self.nodes = {}
        for index, item in enumerate(preview.tasks):
            p = item.parsed
            kind = SECTION if p.is_section else GROUP if p.is_group else TASK
            row = p.source_rows[0] if p.source_rows else 0
            rc = classes.get(row)
            node = PlanNode(self._values(item), kind, row, index, rc.reason if rc else "")
            if not item.is_heading:
                node.parsed_role = item.role.value
                node.role = self.w.role_overrides.get(p.number, item.role).value
            node.kind_changed = row in self.w.row_overrides
            parent = self.nodes.get(p.parent or "")
            (parent.add(node) if parent is not None else roots.append(node))
            self.nodes[p.number] = node
        if self.show_all.isChecked():
            table, mapping = self.w.raw_table(), self.w.preview_mapping()
            for rc in preview.row_classes:
                if rc.kind not in (CONTINUATION, NOTE) or rc.reason == "dòng trống":
                    continue
                node = PlanNode(self._raw_values(table, mapping, rc.row), rc.kind, rc.row, -1, rc.reason)
                node.kind_changed = rc.row in self.w.row_overrides
                owner = self.nodes.get(rc.number or "")
                (owner.add(node) if owner is not None else roots.append(node))
        self.model.reset(roots)
        self.tree.expandAll()
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
                "" if item.is_heading else d.explanation]

    @staticmethod
    def _raw_values(table, mapping, row: int) -> list[str]:
        """A merged or left-out row as written: its numbering, content, lead and deadline cells."""
        cells = table.rows[row - 1] if 0 < row <= len(table.rows) else []

        def cell(col: int | None) -> str:
            return " ".join(cells[col].split()) if col is not None and col < len(cells) else ""

        get = (lambda name: getattr(mapping, name)) if mapping is not None else (lambda name: None)
        content = cell(get("content")) or " ".join(" ".join(c.split()) for c in cells if c)
        return [cell(get("number")), content, cell(get("lead")), "", cell(get("deadline")), "", ""]

    # -- roles ----------------------------------------------------------------------------
    def _on_role(self, node: PlanNode, role: str) -> None:
        item = self.w.preview.tasks[node.task_index]
        if role == item.role.value:
            self.w.role_overrides.pop(item.parsed.number, None)
        else:
            self.w.role_overrides[item.parsed.number] = TaskRole(role)
        self._show_role_counts()

    # -- re-classing ----------------------------------------------------------------------
    def reclass(self, row: int, kind: str) -> None:
        """Read source row ``row`` as ``kind`` and read the table again (deferred: called from the model's
        setData, whose index the rebuild invalidates)."""
        self.w.row_overrides[row] = kind
        QTimer.singleShot(0, self._reparse)

    def _reparse(self) -> None:
        if self.w.build_preview(self.year_spin.value()):
            self.fill()

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        current = index.siblingAtColumn(KIND_COL).data(RoleRole) if index.isValid() else None
        if current is None:
            return
        menu = QMenu(self.tree)
        menu.setObjectName("rowTypeMenu")
        row = index.data(RowRole)
        for kind, label in CHOICES.items():
            action = menu.addAction(self.tr("Read as: %1").replace("%1", label))
            action.setCheckable(True)
            action.setChecked(current == kind)
            action.triggered.connect(lambda _c=False, k=kind: self.reclass(row, k) if k != current else None)
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
