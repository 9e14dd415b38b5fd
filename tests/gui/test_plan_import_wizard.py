"""The plan import wizard end to end, in Vietnamese: every step, the import, and a re-import that updates.

Set TTHC_SCREENSHOT_DIR to keep a PNG of each step.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard

from tthc_desktop.domain.entities import TaskRole, UnitLevel
from tthc_desktop.ui.plan_import_wizard import PlanImportWizard
from tthc_desktop.ui.role_delegate import RoleRole


@pytest.fixture(autouse=True)
def no_modal_error(monkeypatch):
    """A modal box would hang the test: fail with its text instead."""
    def fail(*args):
        raise AssertionError(f"unexpected message box: {args[2]}")

    monkeypatch.setattr(QMessageBox, "critical", fail)


def snap(widget, name: str) -> None:
    folder = os.environ.get("TTHC_SCREENSHOT_DIR")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def run_wizard(qtbot, ctx, path: Path, *, symbol: str | None = None, change_role: bool = False,
               prefix: str = "wizard") -> PlanImportWizard:
    wizard = PlanImportWizard(ctx)
    qtbot.add_widget(wizard)
    wizard.show()
    qtbot.wait_exposed(wizard)
    wizard.file_page.path_edit.setText(str(path))
    assert wizard.file_page.isComplete()
    snap(wizard, f"{prefix}-1-file")
    wizard.next()
    assert wizard.currentPage() is wizard.table_page
    assert wizard.table_page.list.count() >= 1
    assert wizard.table_page.list.currentItem().text().startswith("✓")
    snap(wizard, f"{prefix}-2-table")
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.combos["content"].currentData() is not None
    snap(wizard, f"{prefix}-3-mapping")
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    snap(wizard, f"{prefix}-4-preview")
    if change_role:
        row = next(i for i, t in enumerate(wizard.preview.tasks) if t.parsed.number == "II.1")
        wizard.preview_page.table.item(row, 7).setData(RoleRole, TaskRole.WATCHING.value)  # as the editor does
    wizard.next()
    assert wizard.currentPage() is wizard.details_page
    if symbol is not None:
        wizard.details_page.symbol.setText(symbol)
    snap(wizard, f"{prefix}-5-details")
    with qtbot.wait_signal(wizard.imported, timeout=10000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    return wizard


def test_import_then_reimport_updates(qtbot, ctx, tien_giang_docx, vietnamese):
    ctx.units.save_own_unit("Văn phòng UBND tỉnh Tiền Giang", UnitLevel.DEPARTMENT)
    first = run_wizard(qtbot, ctx, tien_giang_docx, symbol="165/KH-UBND", change_role=True)
    assert first.windowTitle() == "Nhập kế hoạch"
    assert first.details_page.notice.text() == "Sẽ tạo kế hoạch mới."
    assert not first.result.reimport and first.result.created == 41
    tasks = {t.number: t for t in ctx.tasks.by_plan(first.result.plan_id)}
    assert len(tasks) == 41
    assert tasks["II.1"].role is TaskRole.WATCHING  # the user's correction was kept
    assert tasks["I.2"].role is TaskRole.LEAD  # "nt" → Văn phòng UBND tỉnh

    again = run_wizard(qtbot, ctx, tien_giang_docx, prefix="reimport")
    assert "đã có trong cơ sở dữ liệu" in again.details_page.notice.text()
    assert again.result.reimport and again.result.plan_id == first.result.plan_id
    assert again.result.created == 0
    assert ctx.db["plans"].count == 1 and ctx.tasks.count() == 41


def test_preview_year_change_reparses_deadlines(qtbot, ctx, tien_giang_txt, vietnamese):
    wizard = PlanImportWizard(ctx)
    qtbot.add_widget(wizard)
    wizard.file_page.path_edit.setText(str(tien_giang_txt))
    wizard.show()
    for _ in range(3):
        wizard.next()
    assert wizard.preview_page.year_spin.value() == 2025
    assert wizard.preview_page.summary.text() == "29 nhiệm vụ: 22 có hạn, 2 thường xuyên, 1 định kỳ, 4 cần đặt hạn"
    wizard.preview_page.year_spin.setValue(2026)
    quarter = next(t for t in wizard.preview.tasks if t.parsed.number == "IV.2.1")
    assert quarter.deadline.due_dates[0].year == 2025  # "Quý II/2025" names its year
    assert wizard.preview.plan_year == 2026


def test_bad_file_is_refused_with_a_message(qtbot, ctx, plans, tmp_path, monkeypatch, vietnamese):
    bad = plans.build_docx_without_table(tmp_path / "khong-co-bang.docx")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]) or QMessageBox.StandardButton.Ok)
    wizard = PlanImportWizard(ctx)
    qtbot.add_widget(wizard)
    wizard.file_page.path_edit.setText(str(bad))
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert shown and "khong-co-bang.docx" in shown[0]
    assert ctx.db["plans"].count == 0
