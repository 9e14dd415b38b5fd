"""The report's outline panel (đề cương): rename, add, remove, move, indent/outdent sections, set each
one's kind (free text or a generated block), paste an outline as text, import a .docx's headings,
and keep outlines as dated template versions or share them as files.

Every change goes through the undo stack (the window's when there is one) as a before/after
snapshot of the outline; ``changed(list[OutlineNode])`` tells the report editor to apply it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...importers.errors import ImportFailure
from ...reports import outline_ops as ops
from ...reports.outline import KIND_LABELS_VI, KINDS, OutlineError, OutlineNode, nodes_from_levels
from ...services.outline_service import headings_from_docx, headings_from_text
from ..widgets import file_dialogs
from ..widgets.buttons import push_button
from ..widgets.page_parts import combo_box, hbox, ok_cancel, vbox

PATH_ROLE = Qt.ItemDataRole.UserRole


class _OutlineCommand(QUndoCommand):
    def __init__(self, panel: OutlineEditor, before: list[OutlineNode], after: list[OutlineNode], text: str,
                 select: ops.Path | None, ends: tuple[str, str] = ("", "")) -> None:
        super().__init__(text)
        self.panel, self.before, self.after, self.select = panel, before, after, select
        self.ends_before, self.ends_after = ends  # the opening/closing the outline names (reports/outline.py)
        self.owner = panel.owner

    def _stale(self) -> bool:
        """Another report is shown now: this step belongs to the one edited then, never to this one."""
        if self.panel.owner != self.owner:
            self.setObsolete(True)
            return True
        return False

    def redo(self) -> None:
        if not self._stale():
            self.panel._apply([n.copy() for n in self.after], self.select, self.ends_after)

    def undo(self) -> None:
        if not self._stale():
            self.panel._apply([n.copy() for n in self.before], None, self.ends_before)


class OutlineEditor(QWidget):
    """Edits an outline; emits ``changed`` with the new nodes after every (un/re)done edit."""

    changed = Signal(list)

    def __init__(self, outline_service=None, undo_stack: QUndoStack | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outlineEditor")
        self.outline_service = outline_service
        self._stack = undo_stack
        self.owner: object = None  # whose outline is shown (the report id): undo steps of another are dropped
        self.nodes: list[OutlineNode] = []
        self.ends = ""  # the outline's opening paragraph and closing sentence ("" = the report template's)
        self._filling = False
        self.tree = QTreeWidget()
        self.tree.setObjectName("outlineTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Section"), self.tr("Content")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().resizeSection(0, 480)
        self.tree.header().resizeSection(1, 220)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("outlineKind")
        for kind in KINDS:
            self.kind_combo.addItem(KIND_LABELS_VI[kind], kind)
        self.kind_combo.activated.connect(self._on_kind_combo_activated)
        specs = [
            ("add", self.tr("Add section"), self.add_section), ("sub", self.tr("Add sub-section"), self.add_subsection),
            ("remove", self.tr("Remove section"), self.remove_section), ("up", self.tr("Move up"), lambda: self.move(-1)),
            ("down", self.tr("Move down"), lambda: self.move(1)), ("indent", self.tr("Indent"), self.indent),
            ("outdent", self.tr("Outdent"), self.outdent), ("paste", self.tr("Paste outline…"), self.paste_outline),
            ("docx", self.tr("Import Word headings…"), self.import_docx),
            # the templates row
            ("applyTemplate", self.tr("Use this outline"), self._on_apply_template_button_clicked),
            ("saveTemplate", self.tr("Save as template…"), self.save_template),
            ("export", self.tr("Export file…"), self.export_file), ("import", self.tr("Import file…"), self.import_file),
        ]
        self.buttons = {name: push_button(label, f"outline_{name}", slot) for name, label, slot in specs}
        buttons = QGridLayout()
        for i, (name, _label, _slot) in enumerate(specs[:9]):
            buttons.addWidget(self.buttons[name], i // 5, i % 5)
        self.apply_template_button, self.save_template_button = self.buttons["applyTemplate"], self.buttons["saveTemplate"]
        self.export_button, self.import_button = self.buttons["export"], self.buttons["import"]
        self.template_combo = combo_box("outlineTemplates")
        # a long template name is elided in the box (whole in the list): the editor must fit a 1366-pixel screen
        self.template_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_combo.setMinimumContentsLength(18)
        templates = vbox(None, hbox(QLabel(self.tr("Templates:")), (self.template_combo, 1)),
                         hbox(self.apply_template_button, self.save_template_button, self.export_button,
                              self.import_button, None))
        kind_row = hbox(QLabel(self.tr("Content of the selected section:")), (self.kind_combo, 1))
        hint = QLabel(self.tr("Double-click a title to rename it. Generated sections are written from the "
                              "period's data; free sections are written by you."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#616161;")
        vbox(self, hint, (self.tree, 1), kind_row, buttons, templates)
        self.refresh_templates()

    # -- undo ---------------------------------------------------------------------------------
    def undo_stack(self) -> QUndoStack:
        if self._stack is None:
            self._stack = QUndoStack(self)  # alone (tests, previews): its own stack; in the window: the window's
        return self._stack

    def _push(self, after: list[OutlineNode], text: str, select: ops.Path | None, ends: str | None = None) -> None:
        before = [n.copy() for n in self.nodes]
        self.undo_stack().push(_OutlineCommand(self, before, [n.copy() for n in after], text, select,
                                               (self.ends, self.ends if ends is None else ends)))

    def _apply(self, nodes: list[OutlineNode], select: ops.Path | None, ends: str | None = None) -> None:
        self.set_outline(nodes, ends=ends)
        if select is not None:
            self.select(select)
        self.changed.emit([n.copy() for n in nodes])

    # -- showing ------------------------------------------------------------------------------
    def set_outline(self, nodes: list[OutlineNode], owner: object = ..., ends: str | None = None) -> None:
        """Show *nodes* (no signal, no undo step); *owner* names the report they belong to, *ends* the
        opening/closing (None: unchanged)."""
        if owner is not ...:
            self.owner = owner
        if ends is not None:
            self.ends = ends
        self.nodes = [n.copy() for n in nodes]
        self._filling = True
        self.tree.clear()

        def add(parent, children: list[OutlineNode], path: ops.Path) -> None:
            for i, node in enumerate(children):
                item = QTreeWidgetItem([node.title, KIND_LABELS_VI[node.kind]])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setData(0, PATH_ROLE, (*path, i))
                if node.kind != "free":
                    item.setForeground(1, Qt.GlobalColor.darkBlue)
                parent.addChild(item) if isinstance(parent, QTreeWidgetItem) else parent.addTopLevelItem(item)
                add(item, node.children, (*path, i))

        add(self.tree, self.nodes, ())
        self.tree.expandAll()
        self._filling = False
        self._update_buttons()

    def current_path(self) -> ops.Path | None:
        item = self.tree.currentItem()
        return tuple(item.data(0, PATH_ROLE)) if item is not None else None

    def select(self, path: ops.Path) -> None:
        item = self.tree.topLevelItem(path[0]) if path else None
        for i in path[1:]:
            item = item.child(i) if item is not None else None
        if item is not None:
            self.tree.setCurrentItem(item)

    def _update_buttons(self) -> None:
        path = self.current_path()
        for name in ("sub", "remove", "up", "down", "indent", "outdent"):
            self.buttons[name].setEnabled(path is not None)
        self.kind_combo.setEnabled(path is not None)
        if path is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(ops.get(self.nodes, path).kind))

    def _on_tree_current_item_changed(self, *_args) -> None:
        self._update_buttons()

    # -- edits ----------------------------------------------------------------------------------
    def _edit(self, text: str, change) -> ops.Path | None:
        nodes = [n.copy() for n in self.nodes]
        path = change(nodes)
        if path is None:
            return None
        self._push(nodes, text, path)
        return path

    def _on_tree_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        path, title = tuple(item.data(0, PATH_ROLE)), item.text(0)
        QTimer.singleShot(0, lambda: self.rename(path, title))  # the tree is rebuilt: not inside its own signal

    def rename(self, path: ops.Path, title: str) -> None:
        title = " ".join(title.split())
        if not title or ops.get(self.nodes, path).title == title:
            self.set_outline(self.nodes)  # an empty title is refused: show the old one again
            return

        def change(nodes):
            ops.get(nodes, path).title = title
            return path
        self._edit(self.tr("Rename section"), change)

    def set_kind(self, path: ops.Path, kind: str) -> None:
        if ops.get(self.nodes, path).kind == kind:
            return

        def change(nodes):
            ops.get(nodes, path).kind = kind
            return path
        self._edit(self.tr("Change section content"), change)

    def _on_kind_combo_activated(self, index: int) -> None:
        path = self.current_path()
        if path is not None:
            self.set_kind(path, self.kind_combo.itemData(index))

    def add_section(self, title: str | None = None) -> ops.Path | None:
        node = OutlineNode(title or self.tr("New section"))
        path = self.current_path()
        return self._edit(self.tr("Add section"),
                          lambda nodes: ops.insert_after(nodes, path[:1] if path else None, node))

    def add_subsection(self, title: str | None = None) -> ops.Path | None:
        path = self.current_path()
        if path is None:
            return None
        node = OutlineNode(title or self.tr("New sub-section"))
        return self._edit(self.tr("Add sub-section"), lambda nodes: ops.add_child(nodes, path, node))

    def remove_section(self) -> None:
        path = self.current_path()
        if path is None:
            return

        def change(nodes):
            ops.remove(nodes, path)
            group = ops.siblings(nodes, path) if len(path) > 1 else nodes
            if group:
                return (*path[:-1], min(path[-1], len(group) - 1))
            return path[:-1] or ()
        self._edit(self.tr("Remove section"), change)

    def move(self, step: int) -> None:
        path = self.current_path()
        if path is not None:
            self._edit(self.tr("Move section"), lambda nodes: ops.move(nodes, path, step))

    def indent(self) -> None:
        path = self.current_path()
        if path is not None:
            self._edit(self.tr("Indent section"), lambda nodes: ops.indent(nodes, path))

    def outdent(self) -> None:
        path = self.current_path()
        if path is not None:
            self._edit(self.tr("Outdent section"), lambda nodes: ops.outdent(nodes, path))

    def replace_all(self, nodes: list[OutlineNode], text: str, ends: str | None = None) -> None:
        if nodes:
            self._push(nodes, text, (0,), ends)

    # -- import ----------------------------------------------------------------------------------
    def paste_outline(self, text: str | None = None) -> list[OutlineNode]:
        """Replace the outline by headings typed or pasted as text ("I. …", "1. …", "a) …")."""
        if text is None:
            text = self._ask_text()
            if text is None:
                return []
        headings = headings_from_text(text)
        if not headings:
            QMessageBox.warning(self, self.tr("No headings found"),
                                self.tr("No numbered heading (I., 1., 1.1., a)) was found in the text."))
            return []
        nodes = nodes_from_levels(headings)
        self.replace_all(nodes, self.tr("Paste outline"))
        return nodes

    def _ask_text(self) -> str | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Paste an outline"))
        edit = QPlainTextEdit()
        edit.setPlaceholderText(self.tr("I. RESULTS\n1. Direction\na) …\nII. DIFFICULTIES"))
        box = ok_cancel(dialog)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("One heading per line; the numbering gives the level.")))
        layout.addWidget(edit)
        layout.addWidget(box)
        dialog.resize(560, 420)
        return edit.toPlainText() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _with_file(self, path: str | Path, use: Callable[[str | Path], Any], error: type[Exception],
                   failure_title: str, tell: Callable[..., object] = QMessageBox.warning) -> Any | None:
        """``use(path)`` of the file chosen (or given); None when none was chosen ("") or ``use`` failed with
        ``error`` (the officer is told why, under ``failure_title``)."""
        if not path:
            return None
        try:
            return use(path)
        except error as exc:
            tell(self, failure_title, str(exc))
            return None

    def import_docx(self, path: str | Path | None = None) -> list[OutlineNode]:
        path = file_dialogs.open_path(self, path, self.tr("Word outline"), self.tr("Word (*.docx)"))
        headings = self._with_file(path, headings_from_docx, ImportFailure, self.tr("Could not read the outline"))
        if headings is None:
            return []
        nodes = nodes_from_levels(headings)
        self.replace_all(nodes, self.tr("Import Word headings"))
        return nodes

    # -- templates ---------------------------------------------------------------------------------
    def refresh_templates(self) -> None:
        self.template_combo.clear()
        enabled = self.outline_service is not None
        for w in (self.template_combo, self.apply_template_button, self.save_template_button):
            w.setEnabled(enabled)
        if not enabled:
            return
        for t in self.outline_service.choices():
            self.template_combo.addItem(t.label, t)

    def _on_apply_template_button_clicked(self) -> None:
        t = self.template_combo.currentData()
        if t is not None:
            self.replace_all([n.copy() for n in t.sections], self.tr("Use outline template"), t.ends)

    def save_template(self, name: str | None = None, version_date: date | None = None):
        if self.outline_service is None:
            return None
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save as template"), self.tr("Template name:"))
            if not ok:
                return None
        try:
            saved = self.outline_service.save_version(name, self.nodes, version_date or date.today(), self.ends)
        except OutlineError as exc:
            QMessageBox.warning(self, self.tr("Could not save the template"), str(exc))
            return None
        self.refresh_templates()
        return saved

    def export_file(self, path: str | Path | None = None, name: str = "Đề cương báo cáo") -> Path | None:
        from ...services.outline_service import OutlineTemplate, write_outline_file

        path = file_dialogs.save_path(self, path, self.tr("Export the outline"), self.tr("Outline (*.json)"),
                                      "de_cuong.json")
        template = OutlineTemplate(name, date.today().isoformat(), self.nodes, ends=self.ends)
        return self._with_file(path, lambda p: write_outline_file(template, p), OSError,
                               self.tr("Could not export the outline"), QMessageBox.critical)

    def import_file(self, path: str | Path | None = None) -> list[OutlineNode]:
        from ...services.outline_service import read_outline_file

        path = file_dialogs.open_path(self, path, self.tr("Outline file"), self.tr("Outline (*.json)"))
        t = self._with_file(path, read_outline_file, OutlineError, self.tr("Could not read the outline"))
        if t is None:
            return []
        self.replace_all(t.sections, self.tr("Import outline file"), t.ends)
        return t.sections
