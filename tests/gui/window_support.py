"""The main window as GUI tests open it: the own unit saved, shown and exposed."""

from __future__ import annotations

from tthc_desktop.domain.entities import UnitLevel
from tthc_desktop.ui.shell.main_window import MainWindow
from tthc_desktop.ui.shell.settings import AppSettings


def shown_main_window(qtbot, ctx, unit: str) -> MainWindow:
    ctx.units.save_own_unit(unit, UnitLevel.DEPARTMENT)
    win = MainWindow(ctx, AppSettings())
    qtbot.add_widget(win)
    win.show()
    qtbot.wait_exposed(win)
    return win
