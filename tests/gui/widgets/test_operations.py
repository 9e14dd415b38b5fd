"""The background-operation primitive: reads on a pool with their own connection, writes on one database
thread, progress and Cancel, success/failure on the UI thread, change events re-emitted there; and the UI
code keeps no other way of waiting (no wait cursor, no nested event loop)."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from operation_support import finish
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from tthc_desktop.services.events import REPORTS_CHANGED
from tthc_desktop.ui.widgets import operations
from tthc_desktop.ui.widgets.operations import Cancelled, Operation, OperationRunner

UI = Path(__file__).resolve().parents[3] / "tthc_desktop" / "ui"


@pytest.fixture
def widget(qtbot):
    w = QWidget()
    qtbot.add_widget(w)
    w.show()
    return w


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(operations.QMessageBox, "critical", lambda _parent, title, text, *a: shown.append((title, text)))
    return shown


def test_success_runs_on_the_ui_thread_and_the_work_does_not(qtbot, widget):
    seen = {}

    def work(_op):
        seen["work"] = threading.current_thread()
        return 42

    op = Operation(widget, work).success(lambda result: seen.update(success=threading.current_thread(), result=result))
    assert finish(qtbot, op.run()) == 42
    assert seen["success"] is threading.main_thread() and seen["work"] is not threading.main_thread()
    assert seen["result"] == 42


def test_writes_share_one_database_thread_and_events_arrive_on_the_ui_thread(qtbot, widget, ctx):
    threads, delivered = [], []
    ctx.events.subscribe(REPORTS_CHANGED, lambda **data: delivered.append((threading.current_thread(), data)))

    def write(_op):
        threads.append(threading.current_thread())
        before = len(delivered)  # an earlier write's events may arrive meanwhile: they were held until it ended
        ctx.events.emit(REPORTS_CHANGED, report_ids={7})  # as a service does after its commit
        assert len(delivered) == before  # this write's event is held while it runs
        return True

    ops = [Operation(widget, write, ctx=ctx, writes=True).run() for _ in range(3)]
    for op in ops:
        assert finish(qtbot, op)
    assert len(set(threads)) == 1 and threads[0] is not threading.main_thread()
    assert delivered == [(threading.main_thread(), {"report_ids": {7}})] * 3


def test_progress_is_shown_with_its_maximum(qtbot, widget):
    go = threading.Event()

    def work(op):
        op.progress(3, 10, "Đang đọc dòng 3/10")
        go.wait(10)
        return "xong"

    op = Operation(widget, work).with_progress("Đang đọc…", delay_ms=0).run()
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.value() == 3)
    assert op.dialog.maximum() == 10 and op.dialog.labelText() == "Đang đọc dòng 3/10"
    assert op.dialog.isVisible()
    go.set()
    assert finish(qtbot, op) == "xong"
    assert op.dialog is None


def test_cancel_leaves_nothing_half_written(qtbot, widget, ctx):
    ctx.db.execute("CREATE TABLE thu (n INTEGER)")
    half = threading.Event()
    called = []

    def write(op):
        with ctx.db.atomic():  # one transaction: the Cancelled raised inside rolls it back
            for n in range(100):
                ctx.db.execute("INSERT INTO thu VALUES (?)", [n])
                if n == 50:
                    half.set()
                    op.token._event.wait(30)
                op.progress(n, 100)
        return True

    op = Operation(widget, write, ctx=ctx, writes=True).with_progress("Đang ghi…").success(called.append).run()
    qtbot.waitUntil(half.is_set)
    qtbot.waitUntil(op.dialog.isVisible)  # a write blocks the window at once
    op.dialog.findChild(QPushButton).click()  # the officer presses Cancel
    assert finish(qtbot, op) is None
    assert isinstance(op.error, Cancelled) and called == []
    assert ctx.db.execute("SELECT count(*) FROM thu").fetchone()[0] == 0


def test_a_cancelled_read_interrupts_its_own_connection(qtbot, widget, ctx):
    started = threading.Event()

    def read(op):
        db = op.read_db()
        assert db.conn is not ctx.db.conn
        started.set()
        # A query that runs until interrupted.
        return db.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                          "SELECT count(*) FROM n").fetchone()

    op = Operation(widget, read, ctx=ctx).run()
    qtbot.waitUntil(started.is_set)
    op.cancel()
    assert finish(qtbot, op, timeout=10_000) is None
    assert isinstance(op.error, Cancelled)  # interrupted, and no message: the officer cancelled it


def test_a_cancel_between_opening_and_querying_still_stops_the_query(qtbot, widget, ctx):
    """sqlite3's interrupt() stops only a running statement: a Cancel that lands after the reader opened and
    before its query started (quitting right after the window opened) must stop that query too."""
    opened, cancelled = threading.Event(), threading.Event()

    def read(op):
        db = op.read_db()
        opened.set()
        cancelled.wait(10)  # the Cancel comes now, while no statement runs
        return db.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                          "SELECT count(*) FROM n").fetchone()

    op = Operation(widget, read, ctx=ctx).run()
    qtbot.waitUntil(opened.is_set)
    op.cancel()
    cancelled.set()
    assert finish(qtbot, op, timeout=10_000) is None
    assert isinstance(op.error, Cancelled)


def test_expected_failure_shows_its_vietnamese_message(qtbot, widget, boxes):
    def work(_op):
        raise ValueError("Tệp kehoach.xlsx, dòng 12: thiếu cột “Nội dung”.")

    op = Operation(widget, work, expected=(ValueError,)).failure(title="Không đọc được tệp").run()
    assert finish(qtbot, op) is None
    assert boxes == [("Không đọc được tệp", "Tệp kehoach.xlsx, dòng 12: thiếu cột “Nội dung”.")]


def test_unexpected_failure_goes_to_the_log_not_a_traceback(qtbot, widget, boxes, caplog, vietnamese):
    def work(_op):
        raise KeyError("trong")

    op = Operation(widget, work, expected=(ValueError,)).run()
    assert finish(qtbot, op) is None
    title, text = boxes[0]
    assert "Traceback" not in text and "KeyError" not in text and "nhật ký" in text
    assert "KeyError" in caplog.text


def test_a_question_is_asked_on_the_ui_thread(qtbot, widget):
    asked = []

    def work(op):
        return op.ask(lambda: asked.append(threading.current_thread()) or "có")

    assert finish(qtbot, Operation(widget, work).run()) == "có"
    assert asked == [threading.main_thread()]


def test_the_runner_belongs_to_the_application(qapp):
    assert OperationRunner.instance() is OperationRunner.instance()
    assert OperationRunner.instance().parent() is qapp
    assert OperationRunner.instance().write_pool.maxThreadCount() == 1


def test_no_wait_cursor_nor_nested_event_loop_in_the_ui():
    pattern = re.compile(r"setOverrideCursor|QEventLoop|processEvents")
    found = [f"{path.relative_to(UI)}:{n}" for path in sorted(UI.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert found == []


def test_cancelling_a_plan_read_keeps_the_wizard_on_its_file_page(qtbot, ctx, tmp_path, monkeypatch):
    """A port of the primitive: the plan wizard's file read shows the progress dialog; Cancel drops the read,
    the wizard stays where it was and nothing is stored."""
    from tthc_desktop.ui.tasks import plan_import_wizard as module

    reading, released = threading.Event(), threading.Event()

    def slow_read(path, op=None):
        reading.set()
        released.wait(30)  # a big file: the officer gives up before it is read
        raise AssertionError("the answer of a cancelled read must not be used")

    monkeypatch.setattr(module, "open_plan_source", slow_read)
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(b"PK")
    wizard = module.PlanImportWizard(ctx)
    qtbot.add_widget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(reading.is_set)
    op = wizard.read_op
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=5000)  # after its delay
    op.dialog.findChild(QPushButton).click()
    released.set()
    assert finish(qtbot, op) is None and isinstance(op.error, Cancelled)
    assert wizard.currentPage() is wizard.file_page and wizard.source is None
    assert ctx.db["plans"].count == 0


def test_a_write_without_cancel_keeps_its_dialog_on_escape(qtbot, widget, ctx):
    go = threading.Event()
    op = Operation(widget, lambda _op: go.wait(10), ctx=ctx, writes=True).with_progress("Đang sao lưu…",
                                                                                           cancellable=False).run()
    qtbot.waitUntil(lambda: op.dialog.isVisible())
    qtbot.keyClick(op.dialog, Qt.Key.Key_Escape)
    op.dialog.close()
    assert op.dialog.isVisible() and not op.cancelled
    go.set()
    assert finish(qtbot, op) is True
