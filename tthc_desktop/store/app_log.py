"""The application log: where Python warnings and third-party log records go instead of the terminal.

Users read only our own Vietnamese lines on stderr. Everything else — pyHanko's path-building
tracebacks, a library's DeprecationWarning, an unexpected exception — is written to
``<data folder>/logs/tthc-desktop.log`` (rotated), so support can still read it.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from pathlib import Path
from types import TracebackType

from .location import default_data_dir

LOG_NAME = "tthc-desktop.log"
_MAX_BYTES = 2 * 1024 * 1024
_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path(environ: dict[str, str] | None = None) -> Path:
    return default_data_dir(environ) / "logs" / LOG_NAME


class _LogFile(logging.Handler):
    """The rotating log file, opened with its folder at the first record: a run that logs nothing leaves no
    trace, and does not import logging.handlers (with socket and pickle) at every start."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._file is None:
                import logging.handlers

                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._file = logging.handlers.RotatingFileHandler(
                    self.path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=True)
                self._file.setFormatter(self.formatter)
            self._file.emit(record)
        except Exception:  # an unwritable folder: logging's own rule (raiseExceptions is off, so silent)
            self.handleError(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _file_handler(path: Path) -> logging.Handler:
    handler = _LogFile(path)
    handler.setFormatter(logging.Formatter(_FORMAT))
    return handler


def setup_logging(path: Path | None = None) -> Path:
    """Route every log record and every Python warning to the log file; nothing of theirs reaches stderr.

    Idempotent: a second call (GUI after CLI parsing, tests) replaces our handler instead of adding one.
    """
    target = path or log_path()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_tthc_log", False):
            root.removeHandler(handler)
            handler.close()
    handler = _file_handler(target)
    handler._tthc_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if os.environ.get("TTHC_DEBUG") else logging.INFO)
    # Without a root handler logging falls back to stderr ("lastResort"), and a log file that cannot be
    # written (read-only data folder) prints "--- Logging error ---" there: never for our users.
    logging.lastResort = None
    logging.raiseExceptions = False
    logging.captureWarnings(True)
    if not sys.warnoptions:
        warnings.simplefilter("default")  # each distinct warning logged once per place
    sys.excepthook = _log_unexpected
    return target


def _log_unexpected(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        print("Đã hủy.", file=sys.stderr)
        return
    logging.getLogger("tthc_desktop").critical("Lỗi không mong đợi", exc_info=(kind, value, tb))
    print(f"Lỗi: đã xảy ra lỗi không mong đợi; chi tiết được ghi trong nhật ký {log_path()}.", file=sys.stderr)
