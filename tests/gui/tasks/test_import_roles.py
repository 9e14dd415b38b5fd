"""The import preview's "Vai trò" column (issue 16 §1): arrow keys move without changing roles; a role
changes on F2/click/typing, is marked as changed, and the per-role counts show what "Nhập" will store."""

from __future__ import annotations

from operation_support import next_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from screenshots import save_shot

from tthc_desktop.domain.entities import TaskRole, UnitLevel
from tthc_desktop.ui.tasks.plan_import_wizard import PlanImportWizard


def _preview(qtbot, ctx, path) -> PlanImportWizard:
    ctx.units.save_own_unit("Văn phòng UBND tỉnh Tiền Giang", UnitLevel.DEPARTMENT)
    wizard = PlanImportWizard(ctx)
    qtbot.add_widget(wizard)
    wizard.file_page.path_edit.setText(str(path))
    wizard.show()
    qtbot.wait_exposed(wizard)
    for _ in range(3):
        next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page
    return wizard


def _nodes(tree) -> list:
    """Every cell of the role column, in display order (the tree is expanded)."""
    out, index = [], tree.model().index(0, 7)
    while index.isValid():
        out.append(index)
        index = tree.indexBelow(index)
    return out


def _roles(tree) -> list[str]:
    return [n.data() or "" for n in _nodes(tree)]


def test_arrow_keys_move_without_changing_roles(qtbot, ctx, vietnamese, tien_giang_txt):
    wizard = _preview(qtbot, ctx, tien_giang_txt)
    tree = wizard.preview_page.tree
    before = _roles(tree)
    assert "Phối hợp" in before
    visible = _nodes(tree)
    tree.setFocus()
    tree.setCurrentIndex(visible[0])
    for _ in range(len(visible)):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    for _ in range(5):
        qtbot.keyClick(tree, Qt.Key.Key_Up)
    assert tree.currentIndex().row() == visible[-6].row() and tree.currentIndex().parent() == visible[-6].parent()
    assert _roles(tree) == before and wizard.role_overrides == {} and wizard.row_overrides == {}


def test_f2_changes_a_role_which_is_marked_and_counted(qtbot, ctx, vietnamese, tien_giang_txt):
    wizard = _preview(qtbot, ctx, tien_giang_txt)
    page = wizard.preview_page
    tree = page.tree
    counts = page.role_counts.text()
    assert counts.startswith("Vai trò của đơn vị: Chủ trì ") and "(0 do bạn sửa)" in counts
    row = next(r for r, t in enumerate(wizard.preview.tasks) if t.role is TaskRole.COORDINATING)
    number = wizard.preview.tasks[row].parsed.number
    lead_before = sum(t.role is TaskRole.LEAD for t in wizard.preview.tasks if not t.is_heading)
    node = page.item_for(number, 7)
    tree.setFocus()
    tree.setCurrentIndex(node)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.objectName() == "roleEditor"
    choice = editor.findData(TaskRole.LEAD.value)
    editor.setCurrentIndex(choice)
    editor.activated.emit(choice)  # picked in the list
    assert node.data() == "✎ Chủ trì" and node.data(Qt.ItemDataRole.FontRole).bold()
    assert "Phối hợp" in node.data(Qt.ItemDataRole.ToolTipRole)
    assert wizard.role_overrides == {number: TaskRole.LEAD}
    assert f"Chủ trì {lead_before + 1}," in page.role_counts.text()
    assert "(1 do bạn sửa)" in page.role_counts.text()
    save_shot(wizard, "import_roles")
