"""The main window in Vietnamese: pages, menus, About, first-run and settings dialogs, remembered geometry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from window_support import shown_main_window

from tthc_desktop.domain.entities import UnitLevel
from tthc_desktop.ui.shell.actions import ActionId
from tthc_desktop.ui.shell.first_run_dialog import FirstRunDialog
from tthc_desktop.ui.shell.i18n import install_translators
from tthc_desktop.ui.shell.main_window import MainWindow
from tthc_desktop.ui.shell.pages import PAGES
from tthc_desktop.ui.shell.settings import GEOMETRY, LANGUAGE, AppSettings


@pytest.fixture
def window(qtbot, ctx, vietnamese):
    return shown_main_window(qtbot, ctx, "Sở Tư pháp tỉnh Tiền Giang")


def test_title_menus_and_pages_are_vietnamese(window):
    assert window.windowTitle().startswith("Sở Tư pháp tỉnh Tiền Giang")
    menus = [m.title() for m in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
             if m.title()]
    assert {"&Tệp", "&Chỉnh sửa", "&Xem", "Trợ &giúp"} <= set(menus)
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["Tổng quan", "Nhiệm vụ", "Thủ tục hành chính", "Báo cáo", "Hồ sơ đã nộp"]


def test_every_page_by_click_and_shortcut(window, qtbot):
    for index, spec in enumerate(PAGES):
        window.nav.setCurrentRow(index)
        assert window.current_page_key() == spec.key
        sentence = window.stack.currentWidget().findChild(QLabel, "pageSentence")
        assert sentence.text() and sentence.isVisible()
    for spec in reversed(PAGES):
        window.actions[spec.action].trigger()
        assert window.current_page_key() == spec.key
    assert window.actions[ActionId.PAGE_TASKS].shortcut().toString() == "Ctrl+2"


def test_about_shows_version_and_database(window, ctx, qtbot):
    dialog = window.show_about()
    qtbot.add_widget(dialog)
    text = dialog.findChild(QLabel, "aboutText").text()
    assert "Phiên bản 0." in text
    assert str(ctx.db_path) in text
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Đóng"  # our own Vietnamese for Qt's standard buttons
    dialog.reject()


def test_first_run_dialog_requires_names_and_saves_profile(window, ctx, qtbot):
    dialog = window.edit_unit_profile()
    qtbot.add_widget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Đồng ý"
    dialog.unit_edit.clear()
    assert not ok.isEnabled()
    dialog.unit_edit.setText("Sở Tư pháp tỉnh Đồng Tháp")
    assert dialog.level_combo.findData(UnitLevel.DISTRICT.value) == -1  # cấp huyện is never offered
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(UnitLevel.DEPARTMENT.value))
    dialog.officer_edit.setText("Trần Thị Hoa")
    form = dialog.details_form
    form.parent_edit.setText("UBND tỉnh Đồng Tháp")
    form.place_edit.setText("Đồng Tháp")
    form.abbr_edit.setText("stp")
    form.signer_edit.setText("Nguyễn Văn An")
    form.position_edit.setText("Giám đốc")
    form.authority_combo.setCurrentText("kt. giám đốc")
    form.recipients_edit.setPlainText("Văn phòng UBND tỉnh\nLưu: VT")
    assert ok.isEnabled()
    ok.click()
    unit = ctx.units.own_unit()
    assert unit.level is UnitLevel.DEPARTMENT and unit.abbr == "STP" and unit.place == "Đồng Tháp"
    assert (unit.parent_name, unit.signer, unit.position, unit.authority) == (
        "UBND tỉnh Đồng Tháp", "Nguyễn Văn An", "Giám đốc", "KT. GIÁM ĐỐC")
    assert unit.recipients == "Văn phòng UBND tỉnh\nLưu: VT"
    assert ctx.settings.get("officer_name") == "Trần Thị Hoa"
    assert window.windowTitle().startswith("Sở Tư pháp tỉnh Đồng Tháp")
    again = window.edit_unit_profile()  # "Thông tin đơn vị" shows what was saved
    qtbot.add_widget(again)
    assert again.windowTitle() == "Thông tin đơn vị" and again.details_form.abbr_edit.text() == "STP"
    again.reject()


def test_district_unit_is_asked_once_for_its_new_level(ctx, qtbot, vietnamese):
    from tthc_desktop.ui.shell.app import ask_new_level_once

    ctx.units.save_own_unit("UBND huyện Cái Bè", UnitLevel.DISTRICT)
    shown = []

    def factory(**kwargs):
        dialog = FirstRunDialog(**kwargs)
        qtbot.add_widget(dialog)
        shown.append(dialog)
        assert dialog.level_note.isVisibleTo(dialog) and dialog.level_combo.currentIndex() == -1
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.officer_edit.setText("Trần Thị Hoa")
        dialog.unit_edit.setText("UBND xã Cái Bè")
        dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(UnitLevel.COMMUNE.value))
        dialog.exec = lambda: FirstRunDialog.DialogCode.Accepted
        return dialog

    assert ask_new_level_once(ctx, factory) is True
    assert ctx.units.own_unit().level is UnitLevel.COMMUNE and len(shown) == 1
    ctx.units.save_own_unit("UBND huyện Cái Bè", UnitLevel.DISTRICT)  # even if it were cấp huyện again
    assert ask_new_level_once(ctx, factory) is False and len(shown) == 1  # asked once


def test_settings_dialog_saves_language(window, qtbot):
    dialog = window.show_settings()
    qtbot.add_widget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.accept()
    assert AppSettings().get(LANGUAGE) == "en"


def test_geometry_and_last_page_are_remembered(ctx, qtbot, vietnamese):
    first = MainWindow(ctx, AppSettings())
    qtbot.add_widget(first)
    first.setGeometry(QRect(40, 50, 700, 500))
    first.show_page("reports")
    first.close()
    assert AppSettings().get(GEOMETRY)
    second = MainWindow(ctx, AppSettings())
    qtbot.add_widget(second)
    assert second.current_page_key() == "reports"
    assert (second.width(), second.height()) == (700, 500)


def test_english_has_no_translator(qapp):
    assert install_translators(qapp, "en") == []
    assert QApplication.translate("Pages", "Overview") == "Overview"


def test_first_run_dialog_standalone(qtbot, vietnamese):
    dialog = FirstRunDialog()
    qtbot.add_widget(dialog)
    assert dialog.windowTitle() == "Chào mừng đến với TTHC Desktop"
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_window_is_every_pages_host(qtbot, ctx, vietnamese):
    """One clock for every page; show_tasks filters and selects on the task list; show_page returns the page."""
    from datetime import date

    import task_seed

    from tthc_desktop.store.task_query import TaskFilter
    from tthc_desktop.ui.shell.page_host import Clock

    ctx.units.save_own_unit("Sở Tư pháp", UnitLevel.DEPARTMENT)
    ids = task_seed.seed(ctx)
    day = date(2025, 6, 10)
    window = MainWindow(ctx, AppSettings(), clock=Clock.fixed(day))
    qtbot.add_widget(window)
    window.show()
    tasks = window.show_page("tasks")
    assert tasks is window.pages["tasks"] and window.current_page_key() == "tasks"
    assert tasks.model.today() == day and tasks.detail_panel.today_fn() == day
    assert window.pages["overview"].today_fn() == day and window.pages["reports"].today_fn() == day
    assert window.reminders.today_fn() == day
    window.show_page("overview")
    overdue = next(task_id for status, task_id in ids.items() if status.value == "overdue")
    window.show_tasks(TaskFilter(overdue_only=True), overdue)
    assert window.current_page_key() == "tasks" and tasks.filter_bar.current_filter().overdue_only
    qtbot.wait_until(lambda: tasks.current_task_id() == overdue)


def test_every_page_fits_a_1366_by_768_laptop_screen(window, qtbot):
    """The officers' usual laptop: with every page built (in Vietnamese, the report editor included), the
    window's minimum size leaves room for the window frame and the taskbar."""
    for spec in PAGES:
        window.show_page(spec.key)
    # the central widget (navigation, banner, pages) is what grows; the menu and status bars add their height
    hint = window.centralWidget().minimumSizeHint()
    bars = window.menuBar().sizeHint().height() + window.statusBar().sizeHint().height()
    assert hint.width() <= 1366 - 16, hint
    assert hint.height() + bars <= 768 - 80, hint


def test_the_pages_start_where_the_navigation_ends(window, qtbot):
    """On a 1366-pixel screen every pixel counts: no blank band between the fixed-width navigation and the page."""
    window.resize(1366, 740)
    for spec in PAGES:
        window.show_page(spec.key)
        qtbot.wait(20)
        gap = window.stack.mapTo(window, QPoint(0, 0)).x() - window.nav.mapTo(window, QPoint(window.nav.width(), 0)).x()
        assert 0 <= gap <= 8, (spec.key, gap)
