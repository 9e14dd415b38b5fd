"""replace_file: Windows refuses os.replace onto a file another program holds open (WinError 32 or 5).

Linux never refuses, so os.replace is replaced by one that raises the PermissionError Windows raises
(errno 13 with .winerror set) a given number of times.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tthc_desktop.store import atomic_files
from tthc_desktop.store.atomic_files import RETRY_DELAYS, FileInUse, replace_file
from tthc_desktop.store.errors import StoreError


def windows_error(winerror: int) -> PermissionError:
    exc = PermissionError(13, "The process cannot access the file because it is being used by another process")
    exc.winerror = winerror  # set by CPython on Windows only
    return exc


@pytest.fixture
def refusing_replace(monkeypatch):
    """os.replace failing the first ``times`` calls with ``winerror``, then doing the real rename."""
    real = os.replace
    state = {"times": 0, "winerror": 32, "calls": 0}

    def fake(src, dst):
        state["calls"] += 1
        if state["calls"] <= state["times"]:
            raise windows_error(state["winerror"])
        real(src, dst)

    monkeypatch.setattr(atomic_files.os, "replace", fake)
    return state


def _files(tmp_path):
    src, dst = tmp_path / ".bao_cao.pdf.tmp", tmp_path / "bao_cao.pdf"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    return src, dst


@pytest.mark.parametrize("winerror", [32, 5])
def test_a_brief_hold_is_waited_out(tmp_path, refusing_replace, winerror):
    refusing_replace.update(times=3, winerror=winerror)  # an antivirus scan lasting three tries
    src, dst = _files(tmp_path)
    slept: list[float] = []
    replace_file(src, dst, sleep=slept.append)
    assert dst.read_bytes() == b"new" and not src.exists()
    assert slept == list(RETRY_DELAYS[:3])


def test_a_file_kept_open_gives_the_vietnamese_hint(tmp_path, refusing_replace):
    refusing_replace.update(times=100)
    src, dst = _files(tmp_path)
    slept: list[float] = []
    with pytest.raises(FileInUse) as raised:
        replace_file(src, dst, sleep=slept.append)
    message = str(raised.value)
    assert message == (f"Không ghi được {dst}: tệp đang mở trong chương trình khác (Excel, trình đọc PDF?) "
                       "— hãy đóng rồi thử lại.")
    assert isinstance(raised.value, StoreError) and isinstance(raised.value, OSError)  # callers' handlers catch it
    assert 0.5 <= sum(slept) <= 2.0  # retried briefly, not forever
    assert refusing_replace["calls"] == len(RETRY_DELAYS) + 1
    assert dst.read_bytes() == b"old" and src.exists()  # nothing half-written; the caller removes its temp


def test_other_permission_errors_are_not_retried(tmp_path, monkeypatch):
    def fake(src, dst):
        raise PermissionError(13, "Permission denied")  # a read-only folder on Linux: no .winerror

    monkeypatch.setattr(atomic_files.os, "replace", fake)
    src, dst = _files(tmp_path)
    slept: list[float] = []
    with pytest.raises(PermissionError) as raised:
        replace_file(src, dst, sleep=slept.append)
    assert not isinstance(raised.value, FileInUse) and slept == []


def test_every_output_writer_goes_through_replace_file():
    """No os.replace / Path.replace left in the writers of files the officer may hold open."""
    root = Path(atomic_files.__file__).parents[1]
    writers = ["reports/pdf/renderer.py", "reports/xlsx/cells.py", "signing/sign_pdf.py",
               "services/submission_package.py", "services/external_signing.py", "services/signing_service.py",
               "store/attachments.py"]
    for rel in writers:
        text = (root / rel).read_text(encoding="utf-8")
        assert "replace_file(" in text or "atomic_write(" in text, rel
        assert "os.replace(" not in text and "tmp.replace(" not in text, rel
