"""The import preview's "Vai trò" column (issue 16 §1): arrow keys move without changing roles; a role
changes on F2/click/typing, is marked as changed, and the per-role counts show what "Nhập" will store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from screenshots import save_shot

from tthc_desktop.domain.entities import TaskRole, UnitLevel
from tthc_desktop.ui.plan_import_wizard import PlanImportWizard


def _preview(qtbot, ctx, path) -> PlanImportWizard:
    ctx.units.save_own_unit("Văn phòng UBND tỉnh Tiền Giang", UnitLevel.DEPARTMENT)
    wizard = PlanImportWizard(ctx)
    qtbot.add_widget(wizard)
    wizard.file_page.path_edit.setText(str(path))
    wizard.show()
    qtbot.wait_exposed(wizard)
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    return wizard


def _roles(table) -> list[str]:
    return [table.item(r, 7).text() if table.item(r, 7) else "" for r in range(table.rowCount())]


def test_arrow_keys_move_without_changing_roles(qtbot, ctx, vietnamese, tien_giang_txt):
    wizard = _preview(qtbot, ctx, tien_giang_txt)
    table = wizard.preview_page.table
    before = _roles(table)
    assert "Phối hợp" in before
    table.setFocus()
    table.setCurrentCell(0, 7)
    for _ in range(table.rowCount()):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    for _ in range(5):
        qtbot.keyClick(table, Qt.Key.Key_Up)
    assert table.currentRow() == table.rowCount() - 6
    assert _roles(table) == before and wizard.role_overrides == {}


def test_f2_changes_a_role_which_is_marked_and_counted(qtbot, ctx, vietnamese, tien_giang_txt):
    wizard = _preview(qtbot, ctx, tien_giang_txt)
    page = wizard.preview_page
    table = page.table
    counts = page.role_counts.text()
    assert counts.startswith("Vai trò của đơn vị: Chủ trì ") and "(0 do bạn sửa)" in counts
    row = next(r for r, t in enumerate(wizard.preview.tasks) if t.role is TaskRole.COORDINATING)
    number = wizard.preview.tasks[row].parsed.number
    lead_before = sum(t.role is TaskRole.LEAD for t in wizard.preview.tasks if not t.is_heading)
    table.setFocus()
    table.setCurrentCell(row, 7)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.objectName() == "roleEditor"
    choice = editor.findData(TaskRole.LEAD.value)
    editor.setCurrentIndex(choice)
    editor.activated.emit(choice)  # picked in the list
    cell = table.item(row, 7)
    assert cell.text() == "✎ Chủ trì" and cell.font().bold()
    assert "Phối hợp" in cell.toolTip()
    assert wizard.role_overrides == {number: TaskRole.LEAD}
    assert f"Chủ trì {lead_before + 1}," in page.role_counts.text()
    assert "(1 do bạn sửa)" in page.role_counts.text()
    save_shot(wizard, "import_roles")
