"""Runs dashboard_data.collect off the UI thread as a read Operation (ui/widgets/operations.py): its own
read-only SQLite connection (WAL lets it read while the window writes), its result delivered on the UI thread.

The read writes nothing and holds no lock. A newer request supersedes an older one (each gets a token; the
page keeps only the latest) and the older query is interrupted. The loader belongs to its page (no module
state); the application's runner cancels and waits for running reads on quit and before a restore.
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...services import dashboard_data
from ..widgets.operations import Operation, OperationRunner


class DashboardLoader(QObject):
    # token, DashboardData or None, error text or None; always on the UI thread
    finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._tokens = itertools.count(1)
        self._ops: dict[int, Operation] = {}

    def start(self, db_path: Path | str | None, today: date, supersedes: int | None = None) -> int | None:
        """Start collecting for ``today``; the result comes as ``finished`` with the returned token. None when
        the database is not a file (the caller then collects on its own thread). ``supersedes``: a token to cancel."""
        if supersedes is not None:
            self.cancel(supersedes)
        if db_path is None or not Path(db_path).is_file():
            return None
        token = next(self._tokens)
        op = Operation(None, lambda op: dashboard_data.collect(op.read_db(), today), db_path=db_path,
                       expected=(Exception,))
        # The page falls back to reading on its own thread: no message box for a failed background read.
        op.success(lambda data: self._deliver(token, data, None))
        op.failure(lambda exc: self._deliver(token, None, str(exc) or type(exc).__name__))
        self._ops[token] = op
        op.run()
        return token

    def _deliver(self, token: int, data, error: str | None) -> None:
        self._ops.pop(token, None)
        self.finished.emit(token, data, error)

    def cancel(self, token: int) -> None:
        op = self._ops.pop(token, None)
        if op is not None:
            op.cancel()

    def shutdown(self) -> None:
        """Ignore every pending result, interrupt the queries and wait for the workers to end."""
        for token in list(self._ops):
            self.cancel(token)
        OperationRunner.instance().cancel_reads()
