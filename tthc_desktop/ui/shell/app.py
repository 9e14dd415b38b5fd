"""Starting the GUI: QApplication, translations, the database, the first-run dialog, the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys

from ...services import unit_profile
from ...services.context import AppContext
from ...services.unit_profile import data_dir_notice
from ...store.errors import DatabaseInUse, StoreError

EXIT_DB_IN_USE = 3


def run_app(db: str | None = None, *, smoke: bool = False) -> int:
    """Open the main window; with ``smoke`` show it offscreen and quit as soon as it is shown."""
    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..widgets.remembered_geometry import keep_dialog_geometry
    from .i18n import install_translators
    from .main_window import MainWindow
    from .settings import LANGUAGE, AppSettings

    qInstallMessageHandler(_qt_message_to_log)  # Qt's own warnings go to the log, not the terminal
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("TTHC Desktop")
    app.setOrganizationName("TTHC Desktop")
    settings = AppSettings()
    install_translators(app, settings.get(LANGUAGE))
    keep_dialog_geometry(settings)

    try:
        ctx = AppContext.open(db)
    except DatabaseInUse as exc:
        _report(str(exc), smoke, QMessageBox)
        return EXIT_DB_IN_USE
    except StoreError as exc:
        _report(str(exc), smoke, QMessageBox)
        return 1

    try:
        if not smoke and ctx.units.own_unit() is None:
            notice = data_dir_notice() if db is None else None  # %APPDATA% on a server: say where data lives
            if notice:
                QMessageBox.information(None, "TTHC Desktop", notice)
            if not ask_profile(ctx):
                return 0
        if not smoke:
            ask_new_level_once(ctx)
        window = MainWindow(ctx, settings)
        window.show()
        if not gc.isenabled():  # __main__ paused the cycle collector for the start-up
            # what the start-up built lives as long as the app: later passes skip it (~300 objects of garbage stay)
            gc.freeze()
            gc.enable()
        if smoke:
            QTimer.singleShot(0, window.close)
            QTimer.singleShot(0, app.quit)
        return app.exec()
    finally:
        ctx.close()


def ask_profile(ctx: AppContext) -> bool:
    """First run: ask the unit and officer; False when the user cancels."""
    from .first_run_dialog import FirstRunDialog

    dialog = FirstRunDialog()
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
        return False
    unit_profile.save_profile(ctx, **dialog.profile())
    return True


def ask_new_level_once(ctx: AppContext, dialog_factory=None) -> bool:
    """A unit still stored as cấp huyện: ask the officer once for its new level. True when saved."""
    from .first_run_dialog import FirstRunDialog

    if not unit_profile.level_choice_pending(ctx):
        return False
    dialog = (dialog_factory or FirstRunDialog)(unit=ctx.units.own_unit(), officer=unit_profile.officer_name(ctx),
                                                first_run=False)
    accepted = dialog.exec() == FirstRunDialog.DialogCode.Accepted
    # asked once: "Thông tin đơn vị" and `unit set` fix it later too
    unit_profile.answer_level_question(ctx, dialog.profile() if accepted else None)
    return accepted


def _report(message: str, smoke: bool, message_box) -> None:
    print(f"Lỗi: {message}", file=sys.stderr)
    if not smoke:
        message_box.critical(None, "TTHC Desktop", message)


# The offscreen platform (--smoke, tests) notes what a headless display cannot do: not a fault, never logged.
_HEADLESS_NOTE = "This plugin does not support "


def _qt_message_to_log(mode, context, message: str) -> None:
    if message.startswith(_HEADLESS_NOTE):
        return
    logging.getLogger("qt").warning("%s", message)
