"""One way to run work off the UI thread, after Anki's QueryOp/CollectionOp (qt/aqt/operations).

    Operation(parent, work, ctx=ctx, writes=True).with_progress(label).success(on_done).run()

- ``work(op)`` runs on a worker thread and gets an ``OpContext``: ``op.check()`` raises Cancelled once the
  officer pressed Cancel, ``op.progress(value, maximum)`` moves the bar, ``op.read_db()`` opens a read-only
  connection of its own (reads), ``op.ask(fn)`` runs a question (a message box) on the UI thread and waits.
- Reads run on a pool; writes (``writes=True``) on ONE database thread, one at a time, under a window-modal
  progress dialog shown at once, so the officer cannot start another write on the UI thread meanwhile.
- The change events the services emit during a write are held and re-emitted on the UI thread after it.
- ``success(result)`` / ``failure(exc)`` are called on the UI thread. A failure of one of the ``expected``
  types (Vietnamese messages) shows its text in a message box; anything else goes to the log and the box
  says so: never a traceback.
The runner lives as a child of the application (found, not a module global) and on quit cancels what runs
and waits for its threads, so no worker outlives the application.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ...services.read_connection import open_reader

log = logging.getLogger(__name__)
WAIT_MS = 10_000
RUNNER_NAME = "tthcOperationRunner"


class Cancelled(Exception):
    """The officer pressed Cancel: the work stops at its next check, nothing half-written stays."""


class CancelToken:
    """A flag the work checks, plus hooks run at once on cancel (e.g. interrupting a running query)."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._hooks: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            hooks = list(self._hooks)
        for hook in hooks:
            hook()

    def on_cancel(self, hook: Callable[[], None]) -> Callable[[], None]:
        """Run ``hook`` on cancel (at once when already cancelled); returns a function that removes it."""
        with self._lock:
            if not self._event.is_set():
                self._hooks.append(hook)
                return lambda: self._remove(hook)
        hook()
        return lambda: None

    def _remove(self, hook: Callable[[], None]) -> None:
        with self._lock:
            if hook in self._hooks:
                self._hooks.remove(hook)

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled


class OpContext:
    """What the work sees on its thread."""

    def __init__(self, operation: Operation):
        self._op = operation
        self.token = operation.token
        self._readers: list[Any] = []

    def check(self) -> None:
        self.token.check()

    def progress(self, value: int, maximum: int = 0, label: str | None = None) -> None:
        self.token.check()
        self._op.progressed.emit(value, maximum, label)

    def read_db(self):
        """A read-only connection of this operation (closed after it, interrupted by Cancel)."""
        db_path = self._op.db_path
        if db_path is None or not Path(db_path).is_file():
            raise FileNotFoundError(str(db_path))
        db = open_reader(db_path)
        # interrupt() stops only a statement already running; SQLite asks the progress handler every ten
        # thousand steps, so a Cancel that lands before a statement starts stops it too (quitting right after
        # the window opened waited for the overview's whole first count)
        db.conn.set_progress_handler(lambda: int(self.token.cancelled), 10_000)
        self._readers.append((db, self.token.on_cancel(db.conn.interrupt)))
        return db

    def ask(self, question: Callable[[], Any]) -> Any:
        """Run ``question`` on the UI thread (a message box) and wait for its answer."""
        answered = threading.Event()
        box: dict[str, Any] = {}
        self._op.asked.emit((question, box, answered))
        while not answered.wait(0.1):
            self.token.check()
        if "error" in box:
            raise box["error"]
        return box["answer"]

    def close(self) -> None:
        for db, unhook in self._readers:
            unhook()
            db.conn.close()
        self._readers.clear()


class _Job(QRunnable):
    def __init__(self, operation: Operation):
        super().__init__()
        self.setAutoDelete(False)  # the Operation keeps it until it ends
        self.op = operation

    def run(self) -> None:
        op = self.op
        context = OpContext(op)
        result, error, events = None, None, []
        try:
            if op.ctx is not None and op.writes:
                with op.ctx.events.held() as events:
                    result = op.work(context)
            else:
                result = op.work(context)
        except BaseException as exc:  # handed to the UI thread, which decides what the officer sees
            error = exc
        finally:
            context.close()
        op.finished_on_thread.emit(result, error, list(events))


class Operation(QObject):
    """One piece of background work; build it, chain ``with_progress``/``success``/``failure``, then ``run``."""

    progressed = Signal(int, int, object)  # value, maximum, label or None; from the worker
    asked = Signal(object)  # (question, answer box, event); from the worker
    finished_on_thread = Signal(object, object, object)  # result, exception or None, held events
    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self, parent: QWidget | None, work: Callable[[OpContext], Any], *, ctx=None, writes: bool = False,
                 expected: tuple[type[BaseException], ...] = (), db_path: Path | str | None = None):
        runner = OperationRunner.instance()
        super().__init__(runner)  # outlives its widget: a closed window never receives a late signal
        self.runner = runner
        self.widget = parent
        self.work, self.ctx, self.writes, self.expected = work, ctx, writes, expected
        self.db_path = db_path if db_path is not None else getattr(ctx, "db_path", None)
        self.token = CancelToken()
        self.result: Any = None
        self.error: BaseException | None = None
        self.is_done = False
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._failure_title = ""
        self._label: str | None = None
        self._delay_ms = 400
        self._cancellable = True
        self.dialog: QProgressDialog | None = None
        self._job = _Job(self)
        self.progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)
        self.asked.connect(self._on_asked, Qt.ConnectionType.QueuedConnection)
        self.finished_on_thread.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    # -- building ------------------------------------------------------------------------------------
    def with_progress(self, label: str, *, delay_ms: int = 400, cancellable: bool = True) -> Operation:
        self._label, self._delay_ms, self._cancellable = label, delay_ms, cancellable
        return self

    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None] | None = None, *, title: str = "") -> Operation:
        """``callback(exc)`` instead of the message box; or only the box's ``title``."""
        self._on_failure, self._failure_title = callback, title or self._failure_title
        return self

    def run(self) -> Operation:
        if self._label is not None:
            self._show_dialog()
        self.runner.start(self)
        return self

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    # -- UI thread ------------------------------------------------------------------------------------
    def _show_dialog(self) -> None:
        parent = self.widget if _alive(self.widget) else None
        cancel_text = QCoreApplication.translate("Operation", "Cancel") if self._cancellable else ""
        dialog = _ProgressDialog(self._label, cancel_text, 0, 0, parent)
        dialog.closable = self._cancellable
        dialog.setObjectName("operationProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        # A write blocks the window at once (no second write from the UI thread); a read after a moment.
        dialog.setMinimumDuration(0 if self.writes else self._delay_ms)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        self.dialog = dialog

    def _on_progressed(self, value: int, maximum: int, label: object) -> None:
        if self.dialog is None or self.is_done:
            return
        if self.dialog.maximum() != maximum:
            self.dialog.setMaximum(maximum)
        if label:
            self.dialog.setLabelText(str(label))
        self.dialog.setValue(value)

    def _on_asked(self, request: tuple) -> None:
        question, box, answered = request
        try:
            box["answer"] = question()
        except BaseException as exc:  # handed back to the worker
            box["error"] = exc
        answered.set()

    def _on_finished(self, result: Any, error: BaseException | None, events: list) -> None:
        self.is_done = True
        self.runner.forget(self)
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.finish()
            self.dialog.deleteLater()
            self.dialog = None
        if self.ctx is not None:  # after the write, on this thread: the views refresh
            for topic, data in events:
                self.ctx.events.emit(topic, **data)
        if self.token.cancelled and (error is not None or not self.writes) and not isinstance(error, Cancelled):
            # An interrupted query, or a read whose answer nobody waits for any more: the officer asked for it.
            # A write that ended before it saw the Cancel stays a success (its data is committed).
            error = Cancelled()
        self.result, self.error = result, error
        try:
            if error is None:
                if self._on_success is not None:
                    self._on_success(result)
                self.succeeded.emit(result)
            elif not isinstance(error, Cancelled):
                self._report(error)
                self.failed.emit(error)
        finally:
            self.done.emit()
            self.deleteLater()

    def _report(self, error: BaseException) -> None:
        if self._on_failure is not None and isinstance(error, self.expected):
            self._on_failure(error)
            return
        if isinstance(error, self.expected):
            text = str(error)
        else:
            log.error("Background work failed", exc_info=(type(error), error, error.__traceback__))
            text = QCoreApplication.translate(
                "Operation", "An unexpected error stopped the work; the details are in the log file.")
        title = self._failure_title or QCoreApplication.translate("Operation", "The work could not be finished")
        QMessageBox.critical(self.widget if _alive(self.widget) else None, title, text)


class _ProgressDialog(QProgressDialog):
    """Without a Cancel button neither Esc nor the window's close box hides it (the write goes on)."""

    closable = True

    def keyPressEvent(self, event) -> None:
        if self.closable or event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if self.closable:
            super().closeEvent(event)
        else:
            event.ignore()

    def finish(self) -> None:
        self.closable = True
        self.close()


class OperationRunner(QObject):
    """The application's pools: reads on several threads, writes on one database thread."""

    def __init__(self, parent: QObject | None):
        super().__init__(parent)
        self.setObjectName(RUNNER_NAME)
        self.read_pool = QThreadPool(self)
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)  # one database thread: writes never run side by side
        self.write_pool.setExpiryTimeout(-1)  # and it stays the same thread
        self._running: set[Operation] = set()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @classmethod
    def instance(cls) -> OperationRunner:
        app = QCoreApplication.instance()
        runner = app.findChild(OperationRunner, RUNNER_NAME) if app is not None else None
        return runner if runner is not None else cls(app)

    def start(self, op: Operation) -> None:
        self._running.add(op)
        (self.write_pool if op.writes else self.read_pool).start(op._job)

    def forget(self, op: Operation) -> None:
        self._running.discard(op)

    def running(self, *, writes: bool | None = None) -> list[Operation]:
        return [op for op in self._running if writes is None or op.writes == writes]

    def cancel_reads(self) -> None:
        """Cancel every read and wait for the pool (before a restore replaces the database file)."""
        for op in self.running(writes=False):
            op.cancel()
        self.read_pool.waitForDone(WAIT_MS)

    def shutdown(self) -> None:
        """Cancel everything and wait for the threads (on quit)."""
        for op in list(self._running):
            op.cancel()
        self.read_pool.waitForDone(WAIT_MS)
        self.write_pool.waitForDone(WAIT_MS)


def _alive(widget: QObject | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)
