"""The last step of every atomic output write: rename the finished temp file over the target.

On Windows ``os.replace`` fails while another program holds the target open without delete sharing:
Excel holding the .xlsx, a PDF reader holding the report (WinError 32 "being used by another process",
or 5 "access denied"). Antivirus scanners do the same to a file for a moment after it is written, so we
retry briefly first, then tell the officer in Vietnamese what to close.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from .errors import StoreError

# ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: what an open target gives.
_IN_USE_WINERRORS = frozenset({5, 32, 33})
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.3, 0.4)  # about one second in all


HINT = "tệp đang mở trong chương trình khác (Excel, trình đọc PDF?) — hãy đóng rồi thử lại"


class FileInUse(StoreError, PermissionError):
    """The target is held open by another program; the message names it and says what to do.

    ``strerror`` is the hint alone, for callers that word their own "Không ghi được …" sentence.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(f"Không ghi được {path}: {HINT}.")
        self.filename = str(path)
        self.strerror = HINT

    def __str__(self) -> str:  # OSError's own would print "[Errno None] …" once strerror is set
        return str(self.args[0])


def is_in_use(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in _IN_USE_WINERRORS


def replace_file(src: str | os.PathLike[str], dst: str | os.PathLike[str], *,
                 sleep: Callable[[float], None] = time.sleep) -> None:
    """``os.replace(src, dst)``, retried while Windows says the target is in use; then FileInUse.

    ``src`` is left in place on failure: the caller's cleanup removes its temp file as before.
    """
    for delay in (*RETRY_DELAYS, None):
        try:
            os.replace(src, dst)
            return
        except PermissionError as exc:
            if not is_in_use(exc):
                raise
            if delay is None:
                raise FileInUse(Path(dst)) from exc
            sleep(delay)
