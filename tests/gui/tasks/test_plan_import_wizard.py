"""The plan import wizard end to end, in Vietnamese: every step, the import, and a re-import that updates.

Set TTHC_SCREENSHOT_DIR to keep a PNG of each step.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from operation_support import next_page
from PySide6.QtWidgets import QMessageBox, QWizard

from tthc_desktop.domain.entities import TaskRole, UnitLevel
from tthc_desktop.ui.tasks.plan_import_wizard import PlanImportWizard
from tthc_desktop.ui.tasks.role_delegate import RoleRole


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
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.table_page
    assert wizard.table_page.list.count() >= 1
    assert wizard.table_page.list.currentItem().text().startswith("✓")
    snap(wizard, f"{prefix}-2-table")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.combos["content"].currentData() is not None
    snap(wizard, f"{prefix}-3-mapping")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page
    snap(wizard, f"{prefix}-4-preview")
    if change_role:
        page = wizard.preview_page
        page.model.setData(page.item_for("II.1", 7), TaskRole.WATCHING.value, RoleRole)  # as the editor does
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.details_page
    if symbol is not None:
        wizard.details_page.symbol.setText(symbol)
    if not wizard.details_page.title.text():  # an appendix has no trích yếu: the officer types it
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        wizard.details_page.title.setText("Triển khai Nghị quyết 66/NQ-CP")
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


def test_details_are_required_and_never_defaulted(qtbot, ctx, tien_giang_docx, tmp_path, vietnamese):
    """The appendix names số/ký hiệu, date and issuer ("Ban hành kèm theo …"), not the trích yếu: Finish
    stays disabled until it is typed, and no field holds today's date or the file name."""
    wizard = PlanImportWizard(ctx)
    qtbot.add_widget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(tien_giang_docx))
    for _ in range(4):
        next_page(qtbot, wizard)
    page = wizard.details_page
    assert wizard.currentPage() is page
    assert page.symbol.text() == "165/KH-UBND"
    details = page.details()
    assert details.issued_on is not None and details.issued_on.isoformat() == "2025-04-14"
    assert details.issuer == "Ủy ban nhân dân tỉnh Tiền Giang"
    assert page.title.text() == "" and tien_giang_docx.stem not in page.title.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not page.isComplete() and not finish.isEnabled()
    page.title.setText("Triển khai Nghị quyết 66/NQ-CP")
    assert page.isComplete() and finish.isEnabled()
    page.issuer.setText("")
    assert not page.isComplete()


def test_preview_year_change_reparses_deadlines(qtbot, ctx, tien_giang_txt, vietnamese):
    wizard = PlanImportWizard(ctx)
    qtbot.add_widget(wizard)
    wizard.file_page.path_edit.setText(str(tien_giang_txt))
    wizard.show()
    for _ in range(3):
        next_page(qtbot, wizard)
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
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.file_page
    assert shown and "khong-co-bang.docx" in shown[0]
    assert ctx.db["plans"].count == 0


def test_signed_pdf_plan_then_its_xlsx_is_offered_as_an_update(qtbot, ctx, tmp_path, vietnamese):
    """A signed PDF plan goes through every step with its details read from the text layer; the .xlsx of the
    same table (no heading, no số/ký hiệu) is then recognised by its tasks and offered as an update."""
    import fixtures_pdf_plans as fx

    pdf = fx.sign_incrementally(fx.build_plan_pdf(tmp_path / "kh-165.pdf"), tmp_path / "pki", times=2)
    first = run_wizard(qtbot, ctx, pdf, prefix="pdf")
    assert first.table_page.list.item(0).text().startswith("✓ Bảng 1 (trang 4–")
    details = first.details_page.details()
    assert (details.symbol, details.issuer) == ("165/KH-UBND", "Ủy ban nhân dân tỉnh An Giang")
    assert not first.result.reimport and ctx.db["plans"].count == 1

    xlsx = fx.build_plan_xlsx(tmp_path / "phu-luc.xlsx")
    again = run_wizard(qtbot, ctx, xlsx, prefix="xlsx")
    assert "đã có trong cơ sở dữ liệu" in again.details_page.notice.text()
    assert again.details_page.symbol.text() == "165/KH-UBND"  # the stored details, not blanks
    assert again.result.reimport and again.result.plan_id == first.result.plan_id and again.result.created == 0
    assert ctx.db["plans"].count == 1
