"""Backup and restore in the main window, end to end with pytest-qt: menu, dialog, confirmation, reload."""

from __future__ import annotations

import pytest
from operation_support import finish, settle
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from window_support import shown_main_window

from tthc_desktop.domain.entities import Plan, Task, UnitLevel
from tthc_desktop.services import backup_service
from tthc_desktop.services.events import DATABASE_REPLACED
from tthc_desktop.ui.backup import backup_menu
from tthc_desktop.ui.backup.backup_dialogs import BackupListModel, RestoreDialog


@pytest.fixture
def window(qtbot, ctx):
    return shown_main_window(qtbot, ctx, "Sở Tư pháp tỉnh Tiền Giang")


def _add_plan(ctx, title: str, tasks: int) -> None:
    plan_id = ctx.plans.add(Plan(title=title, year=2025))
    for n in range(tasks):
        ctx.tasks.add(Task(plan_id=plan_id, number=str(n + 1), content=f"Nhiệm vụ {n + 1}"))


def test_backup_and_restore_sit_before_quit_in_the_file_menu(window):
    names = [a.objectName() for a in window.menuBar().findChild(QMenu, "menu_file").actions()]
    assert names[-4:] == ["action_backup_now", "action_restore", "", "action_quit"]


def test_restore_a_backup_end_to_end(window, ctx, qtbot, monkeypatch):
    _add_plan(ctx, "Kế hoạch 165/KH-UBND", 3)
    window.backup_action.trigger()  # "Sao lưu ngay"
    settle(qtbot)
    [made] = backup_service.available_backups(ctx)
    assert made.count("plans") == 1 and made.count("tasks") == 3
    assert str(made.path) in window.statusBar().currentMessage()

    _add_plan(ctx, "Kế hoạch nhập nhầm", 40)  # the change the officer wants to undo
    ctx.units.save_own_unit("Tên đơn vị sửa nhầm", UnitLevel.DEPARTMENT)
    window.update_title()

    window.restore_action.trigger()  # "Khôi phục…"
    dialog = window.findChild(RestoreDialog, "restoreDialog")
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in (3, 4)] == ["1", "3"]  # plans, tasks of the backup
    vn = made.created_at.astimezone(__import__("datetime").timezone(__import__("datetime").timedelta(hours=7)))
    assert model.index(0, 0).data() == vn.strftime("%d/%m/%Y %H:%M")  # shown in Vietnam time

    asked = []

    def answer_yes(parent, title, text, buttons, default):
        asked.append(text)
        assert default == QMessageBox.StandardButton.No  # the safe answer is the default
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    replaced = []
    ctx.events.subscribe(DATABASE_REPLACED, lambda **data: replaced.append(data))
    dialog.restore_button.click()
    settle(qtbot)

    assert len(asked) == 1 and "1" in asked[0] and "3" in asked[0]
    assert replaced == [{"ctx": ctx}] and window.ctx is ctx  # reopened in place, views told to reload
    assert [p.title for p in window.ctx.plans.all()] == ["Kế hoạch 165/KH-UBND"]
    assert window.ctx.tasks.count() == 3
    assert window.windowTitle().startswith("Sở Tư pháp tỉnh Tiền Giang")  # reloaded from the restored data
    kinds = sorted(b.kind for b in backup_service.available_backups(window.ctx))
    assert kinds == ["manual", "pre-restore"]
    pre = next(b for b in backup_service.available_backups(window.ctx) if b.kind == "pre-restore")
    assert pre.count("plans") == 2 and pre.count("tasks") == 43  # the restore itself can be undone
    assert str(pre.path) in window.statusBar().currentMessage()


def test_answering_no_changes_nothing(qtbot, window, ctx, monkeypatch):
    _add_plan(ctx, "A", 1)
    info = backup_service.make_backup(ctx)
    _add_plan(ctx, "B", 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert backup_menu.confirm_and_restore(window, info) is None
    assert window.ctx is ctx and len(ctx.plans.all()) == 2
    assert len(backup_service.available_backups(ctx)) == 1


def test_a_failed_backup_is_reported(qtbot, window, ctx, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    ctx.settings.set("backup.dir", str(blocker / "backups"))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert finish(qtbot, backup_menu.backup_now(window)) is None
    assert shown and shown[0].startswith("Sao lưu thất bại")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window.close()  # the on-close backup fails too, and says so
    assert warned and warned[0].startswith("Sao lưu thất bại")
    assert not (blocker.parent / "backups").exists()


def test_closing_the_window_backs_up_once_per_change(window, ctx):
    folder = backup_service.backup_folder(ctx)
    window.close()
    assert [b.kind for b in backup_service.available_backups(ctx)] == ["auto"]
    window.show()
    window.close()  # nothing changed since: no second copy
    assert len(backup_service.available_backups(ctx)) == 1
    assert folder == ctx.data_dir / "backups"


def test_daily_backup_hook(window, ctx):
    assert backup_menu.daily_backup(window).kind == "auto"
    assert backup_menu.daily_backup(window) is None  # not due again for 24 hours


def test_restore_dialog_model_and_empty_list(qtbot, qtmodeltester, ctx):
    _add_plan(ctx, "A", 2)
    backups = [backup_service.make_backup(ctx) for _ in range(2)]
    qtmodeltester.check(BackupListModel(backups))
    empty = RestoreDialog([], "thư mục", None)
    qtbot.add_widget(empty)
    assert not empty.restore_button.isEnabled()
    assert empty.selected_backup() is None


def test_close_after_context_closed_is_quiet(qtbot, db_path):
    from tthc_desktop.services.context import AppContext

    host = _ClosingWidget()  # stands in for the main window: the hook only needs .ctx and .closing
    qtbot.add_widget(host)
    host.ctx = AppContext.open(db_path)
    host.closing.connect(lambda: backup_menu.backup_on_close(host))
    host.show()
    host.ctx.close()
    host.close()  # must not raise from the hook (pytest-qt fails on errors in the Qt loop)
    assert host.closed
    assert not (db_path.parent / "backups").exists()


def test_the_window_backs_up_when_it_closes(qtbot, window, ctx):
    _add_plan(ctx, "A", 2)
    assert backup_service.available_backups(ctx) == []
    window.close()
    assert [b.kind for b in backup_service.available_backups(ctx)] == ["auto"]


class _ClosingWidget(QWidget):
    closing = Signal()
    closed = False

    def closeEvent(self, event) -> None:
        self.closing.emit()
        self.closed = True
        super().closeEvent(event)
