"""The sign dialog looks for token drivers off the UI thread, once per process; "Tìm lại" searches again."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import signing_support as S

from tthc_desktop.services.signing_service import SigningService
from tthc_desktop.signing import token_drivers
from tthc_desktop.ui.submissions.sign_dialog import SignDialog

SEARCH_SECONDS = 0.8  # a slow disk: the dialog must not wait for it


@pytest.fixture
def slow_search(monkeypatch):
    calls: list[int] = []

    def discover():
        calls.append(threading.get_ident())
        time.sleep(SEARCH_SECONDS)
        return [Path(r"C:\Windows\System32\vnpt-ca_csp11.dll"), Path(rf"C:\Program Files\Viettel-CA\v{len(calls)}.dll")]

    monkeypatch.setattr(token_drivers, "_cached", None)
    monkeypatch.setattr(token_drivers, "discover_pkcs11_libraries", discover)
    return calls


def make_dialog(qtbot, ctx, tmp_path):
    pdf = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    dialog = SignDialog(SigningService(ctx), pdf, tmp_path / "bao-cao_da_ky.pdf", title="Báo cáo")
    qtbot.add_widget(dialog)
    return dialog


def items(dialog) -> list[str]:
    return [dialog.driver_combo.itemText(i) for i in range(dialog.driver_combo.count())]


def test_search_runs_off_the_ui_thread_and_is_cached(qtbot, ctx, tmp_path, vietnamese, slow_search):
    started = time.monotonic()
    first = make_dialog(qtbot, ctx, tmp_path)
    assert time.monotonic() - started < SEARCH_SECONDS  # the dialog opened without waiting for the search
    first.token_radio.setChecked(True)
    assert items(first) == [] and first.driver_combo.lineEdit().placeholderText() == "Đang tìm trình điều khiển token…"
    assert not first.search_again_button.isEnabled()
    qtbot.waitUntil(lambda: first.driver_combo.count() == 2, timeout=5000)
    assert slow_search and slow_search[0] != threading.get_ident()
    assert items(first)[1].endswith("v1.dll") and first.search_again_button.isEnabled()
    assert first.search_again_button.text() == "Tìm lại"

    second = make_dialog(qtbot, ctx, tmp_path)  # the next dialog: answered from the cache, at once
    second.token_radio.setChecked(True)
    assert items(second) == items(first) and len(slow_search) == 1

    second.driver_combo.setEditText(r"D:\token\my-driver.dll")  # typed by the officer: kept
    second.search_again_button.click()
    qtbot.waitUntil(lambda: not second.driver_search.running, timeout=5000)
    assert len(slow_search) == 2 and items(second)[1].endswith("v2.dll")
    assert second.driver_combo.currentText() == r"D:\token\my-driver.dll"
