"""Running slow work (reading big files) off the UI thread with a busy progress dialog and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


class Cancelled(Exception):
    """The user pressed Cancel; the work's result is dropped."""


class _Signals(QObject):
    finished = Signal(object, object)  # result, exception


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except BaseException as exc:  # handed back to the UI thread and re-raised there
            result, error = None, exc
        self.signals.finished.emit(result, error)


def run_with_progress(parent: QWidget | None, label: str, fn: Callable[[], T], *, delay_ms: int = 400) -> T:
    """Run ``fn`` in the thread pool while a busy dialog (shown after ``delay_ms``) offers Cancel.

    The UI stays responsive; the call returns fn's result, re-raises its error, or raises Cancelled.
    """
    job = _Job(fn)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def _on_job_finished(result: Any, error: BaseException | None) -> None:
        outcome.update(result=result, error=error, done=True)
        loop.quit()

    job.signals.finished.connect(_on_job_finished, Qt.ConnectionType.QueuedConnection)
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.canceled.connect(loop.quit)
    QThreadPool.globalInstance().start(job)
    loop.exec()
    dialog.reset()
    if not outcome.get("done"):
        raise Cancelled
    if outcome["error"] is not None:
        raise outcome["error"]
    return outcome["result"]
