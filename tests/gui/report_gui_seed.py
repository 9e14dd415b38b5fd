"""Shared by the Báo cáo page / editor GUI tests: the Tiền Giang plan with sample figures (the report service
tests' fixture module), the main window on the Báo cáo page with a fixed today, and the Vietnamese translators.
Loaded with importlib (tests are not a package)."""

from __future__ import annotations

from datetime import date

import pytest
import report_fixtures

from tthc_desktop.ui.shell.main_window import MainWindow
from tthc_desktop.ui.shell.page_host import Clock
from tthc_desktop.ui.shell.settings import AppSettings

TODAY = date(2025, 9, 16)  # Q3 2025's data cut-off ended on Sunday 14/09; reports are due Tuesday 16/09






@pytest.fixture
def seeded(ctx, appendix_text):
    report_fixtures.seed(ctx, appendix_text)
    return ctx


@pytest.fixture
def window(qtbot, seeded, vietnamese):
    win = MainWindow(seeded, AppSettings(), clock=Clock.fixed(TODAY))
    qtbot.add_widget(win)
    win.resize(1366, 800)
    page = win.pages["reports"]
    win.show()
    win.show_page("reports")
    qtbot.wait_exposed(win)
    page.refresh()
    yield win
    win.close()  # flushes a pending autosave while the database is still open


@pytest.fixture
def page(window):
    return window.pages["reports"]


def fill_heading(editor) -> None:
    """The heading block a Văn phòng UBND tỉnh officer would type, through the form widgets."""
    editor.form.set_values(editor.draft.fields | report_fixtures.HEADING | {"number": 5})
    editor._on_form_edited()
