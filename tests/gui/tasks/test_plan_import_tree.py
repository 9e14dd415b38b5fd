"""The import preview as a tree (issue 13): sections, groups and tasks look different, a row can be re-classed
(counts follow), and the officer's corrections are remembered for the issuer's next plan of the same layout.

Set TTHC_SCREENSHOT_DIR to keep a PNG of the tree.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import fixtures_real_shapes as shapes
import pytest
from operation_support import next_page
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox, QWizard

from tthc_desktop.domain.entities import UnitLevel
from tthc_desktop.ui.tasks.plan_import_wizard import PlanImportWizard
from tthc_desktop.ui.tasks.plan_preview_page import KIND_COL
from tthc_desktop.ui.tasks.role_delegate import RoleRole

SHAPE = replace(shapes.MARKERS, above=[shapes._TITLE, shapes._SUBTITLE])
_g = SHAPE.grid
# the issuer's next plan: same columns and titles, the two parts in the other order
NEXT = replace(SHAPE, grid=[_g[0], *_g[5:], *_g[1:5]])


@pytest.fixture(autouse=True)
def no_modal_error(monkeypatch):
    def fail(*args):
        raise AssertionError(f"unexpected message box: {args[2]}")

    monkeypatch.setattr(QMessageBox, "critical", fail)
    monkeypatch.setattr(QMessageBox, "warning", fail)


def _to_mapping(qtbot, ctx, path: Path) -> PlanImportWizard:
    wizard = PlanImportWizard(ctx)
    qtbot.add_widget(wizard)
    wizard.show()
    qtbot.wait_exposed(wizard)
    wizard.file_page.path_edit.setText(str(path))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def _finish(qtbot, wizard: PlanImportWizard, symbol: str) -> None:
    next_page(qtbot, wizard)
    page = wizard.details_page
    assert wizard.currentPage() is page
    page.symbol.setText(symbol)
    page.title.setText("Cải cách thủ tục hành chính năm 2026")
    with qtbot.wait_signal(wizard.imported, timeout=10000):
        wizard.button(QWizard.WizardButton.FinishButton).click()


def _reclass(qtbot, wizard: PlanImportWizard, number: str, kind: str) -> None:
    before, page = wizard.preview, wizard.preview_page
    page.model.setData(page.item_for(number, KIND_COL), kind, RoleRole)  # as the Row type editor does
    qtbot.wait_until(lambda: wizard.preview is not before)


def _font(index) -> QFont:
    return index.data(Qt.ItemDataRole.FontRole)


def _text(page, number: str, col: int) -> str:
    return page.item_for(number, col).data()


def _task_count(wizard) -> int:
    return sum(not t.is_heading for t in wizard.preview.tasks)


def test_tree_shows_hierarchy_and_reclassing_changes_counts(qtbot, ctx, tmp_path, vietnamese):
    ctx.units.save_own_unit("Sở Tài chính", UnitLevel.DEPARTMENT)
    wizard = _to_mapping(qtbot, ctx, shapes.build_docx(SHAPE, tmp_path / "kh-20.docx"))
    next_page(qtbot, wizard)
    page = wizard.preview_page
    assert wizard.currentPage() is page
    section, group, task = page.item_for("A", 1), page.item_for("II.2", 1), page.item_for("II.1", 1)
    assert _font(section).bold() and not _font(section).italic()
    assert _font(group).italic() and _font(group).weight() == QFont.Weight.DemiBold
    assert group.data(Qt.ItemDataRole.ForegroundRole) is not None and task.data(Qt.ItemDataRole.ForegroundRole) is None
    assert not _font(task).bold() and not _font(task).italic()
    assert group.parent() == page.item_for("II") and page.item_for("II.2.1").parent() == page.item_for("II.2")
    assert "nhóm nhiệm vụ" in page.item_for("II.2", KIND_COL).data(Qt.ItemDataRole.ToolTipRole)  # the reason
    assert (_text(page, "II.2", KIND_COL), _text(page, "II.1", KIND_COL)) == ("Nhóm", "Nhiệm vụ")
    # the wrapped line of II.1 is a grey child, shown only on request
    model = page.model
    assert model.rowCount(page.item_for("II.1")) == 0
    page.show_all.setChecked(True)
    wrapped = model.index(0, 1, page.item_for("II.1"))
    assert "quy định của Chính phủ" in wrapped.data() and _font(wrapped).italic()
    assert model.index(0, KIND_COL, page.item_for("II.1")).data() == "Nối dòng trên"
    if folder := os.environ.get("TTHC_SCREENSHOT_DIR"):
        wizard.grab().save(str(Path(folder) / "tree-preview.png"))

    tasks, counts = _task_count(wizard), page.role_counts.text()
    _reclass(qtbot, wizard, "II.2", "task")  # the group heading is a task of its own
    assert _task_count(wizard) == tasks + 1
    assert page.role_counts.text() != counts and "1 dòng do bạn đọc lại" in page.role_counts.text()
    assert _text(page, "II.2", KIND_COL) == "✎ Nhiệm vụ"
    assert not _font(page.item_for("II.2", 1)).italic()
    _reclass(qtbot, wizard, "II.2.2", "continuation")  # merged into the task above
    assert "II.2.2" not in page.nodes and _task_count(wizard) == tasks
    assert "Bộ phận Một cửa cấp xã" in wizard.preview.tasks[
        next(i for i, t in enumerate(wizard.preview.tasks) if t.parsed.number == "II.2.1")].parsed.content


def test_next_plan_of_same_layout_starts_with_the_remembered_corrections(qtbot, ctx, tmp_path, vietnamese):
    ctx.units.save_own_unit("Sở Tài chính", UnitLevel.DEPARTMENT)
    first = _to_mapping(qtbot, ctx, shapes.build_docx(SHAPE, tmp_path / "kh-20.docx"))
    coordinating = first.mapping_page.combos["coordinating"]
    assert coordinating.currentData() == 3
    coordinating.setCurrentIndex(0)  # the officer: that column is not read
    next_page(qtbot, first)
    _reclass(qtbot, first, "II.2", "task")
    _finish(qtbot, first, "20/KH-UBND")
    assert not first.result.reimport

    second = _to_mapping(qtbot, ctx, shapes.build_docx(NEXT, tmp_path / "kh-35.docx"))
    assert second.mapping_page.combos["coordinating"].currentData() is None  # the remembered mapping
    assert second.mapping_page.combos["content"].currentData() == 1
    next_page(qtbot, second)
    page = second.preview_page
    assert page.profile_note.isVisible() and "Ủy ban nhân dân tỉnh" in page.profile_note.text()
    row = next(r + 1 for r, cells in enumerate(second.raw_table().rows) if "Thanh toán trực tuyến phí" in cells[1])
    assert second.row_overrides == {row: "task"}  # matched by content: the row moved
    assert _text(page, "II.2", KIND_COL) == "✎ Nhiệm vụ"
    assert all(not t.parsed.coordinating_text for t in second.preview.tasks)

    other = _to_mapping(qtbot, ctx, shapes.build_docx(shapes.CODES, tmp_path / "ma.docx"))  # another layout
    assert other.profile is None
