"""Token-driver search off the UI thread: walking Program Files can take seconds on an officer's PC.

``DriverSearch.start()`` answers at once from the per-process cache (signing.token_drivers), else runs the
search in the global QThreadPool; ``found(list[str])`` always arrives on the UI thread. ``refresh=True``
(the dialog's "Search again" button) searches again.
"""

from __future__ import annotations

import itertools
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ...signing.token_drivers import cached_pkcs11_libraries, peek_cached_libraries


class _Relay(QObject):
    finished = Signal(int, list)  # request number, driver paths; emitted from a pool thread, received queued


_relay: _Relay | None = None
_numbers = itertools.count(1)
_jobs: set[_Job] = set()
_jobs_lock = threading.Lock()


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()  # created in (and living in) the UI thread, never deleted
    return _relay


class _Job(QRunnable):
    def __init__(self, number: int, refresh: bool):
        super().__init__()
        self.setAutoDelete(False)  # Python owns it (in _jobs until it ends)
        self.number, self.refresh = number, refresh

    def run(self) -> None:
        try:
            paths = [str(p) for p in cached_pkcs11_libraries(refresh=self.refresh)]
        except Exception:  # a failing search must not kill the pool thread; the officer can browse instead
            paths = []
        _the_relay().finished.emit(self.number, paths)
        with _jobs_lock:
            _jobs.discard(self)


class DriverSearch(QObject):
    found = Signal(list)
    started = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._waiting: int | None = None
        _the_relay().finished.connect(self._on_finished)

    @property
    def running(self) -> bool:
        return self._waiting is not None

    def start(self, *, refresh: bool = False) -> None:
        cached = None if refresh else peek_cached_libraries()
        if cached is not None:
            self._waiting = None
            self.found.emit([str(p) for p in cached])
            return
        self._waiting = next(_numbers)
        job = _Job(self._waiting, refresh)
        with _jobs_lock:
            _jobs.add(job)
        self.started.emit()
        QThreadPool.globalInstance().start(job)

    def _on_finished(self, number: int, paths: list) -> None:
        if number != self._waiting:
            return  # an older request, or another dialog's
        self._waiting = None
        self.found.emit(paths)
