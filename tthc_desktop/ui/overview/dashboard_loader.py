"""Runs dashboard_data.collect off the UI thread: a QThreadPool job with its own read-only SQLite connection
(WAL lets it read while the window writes), its result delivered to the UI thread by a queued signal.

The job writes nothing and holds no lock. A newer request supersedes an older one (each gets a token; the
page keeps only the latest) and the older query is interrupted. On quit the running queries are interrupted
and waited for, so no worker thread outlives the application.
"""

from __future__ import annotations

import atexit
import itertools
import sqlite3
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ...services import dashboard_data
from ...store.search import register_functions
from ...store.sqlite_db import Database
from ...store.sqlite_uri import connect_read_only

WAIT_MS = 10_000


class _Relay(QObject):
    # token, DashboardData or None, error text or None; emitted from a pool thread, received queued
    finished = Signal(int, object, object)


_relay: _Relay | None = None
_tokens = itertools.count(1)
_jobs: set[_Job] = set()
_jobs_lock = threading.Lock()
_hooked = False


def relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()  # created (and living) in the UI thread
    return _relay


class _Job(QRunnable):
    def __init__(self, token: int, db_path: Path, today: date):
        super().__init__()
        self.setAutoDelete(False)  # Python owns it (in _jobs until it ends)
        self.token, self.db_path, self.today = token, db_path, today
        self.cancelled = False
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def cancel(self) -> None:
        """Drop the result and stop the running query (interrupt may be called from another thread)."""
        with self._lock:
            self.cancelled = True
            if self._conn is not None:
                self._conn.interrupt()

    def run(self) -> None:
        data, error = None, None
        conn: sqlite3.Connection | None = None
        try:
            conn = connect_read_only(self.db_path, check_same_thread=False)
            register_functions(conn)
            with self._lock:
                self._conn = conn
            if not self.cancelled:
                data = dashboard_data.collect(Database(conn), self.today)
        except Exception as exc:  # reported to the page, which then reads on the UI thread
            error = str(exc) or type(exc).__name__
        finally:
            with self._lock:
                self._conn = None
            if conn is not None:
                conn.close()
            with _jobs_lock:
                _jobs.discard(self)
        if not self.cancelled:
            relay().finished.emit(self.token, data, error)


def start(db_path: Path | str | None, today: date, supersedes: int | None = None) -> int | None:
    """Start collecting for ``today``; the result comes as relay().finished with the returned token. None when
    the database is not a file (the caller then collects on its own thread). ``supersedes``: a token to cancel."""
    if supersedes is not None:
        cancel(supersedes)
    if db_path is None or not Path(db_path).is_file():
        return None
    _hook_shutdown()
    job = _Job(next(_tokens), Path(db_path), today)
    with _jobs_lock:
        _jobs.add(job)
    QThreadPool.globalInstance().start(job)
    return job.token


def cancel(token: int) -> None:
    with _jobs_lock:
        jobs = [j for j in _jobs if j.token == token]
    for job in jobs:
        job.cancel()


def shutdown() -> None:
    """Ignore every pending result, interrupt the queries and wait for the workers to end."""
    with _jobs_lock:
        jobs = list(_jobs)
    for job in jobs:
        job.cancel()
    if jobs:
        QThreadPool.globalInstance().waitForDone(WAIT_MS)


def _hook_shutdown() -> None:
    global _hooked
    if _hooked:
        return
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(shutdown)
    atexit.register(shutdown)  # tests and scripts that never run the event loop's quit
    _hooked = True
