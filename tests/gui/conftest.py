"""GUI test fixtures: the Vietnamese translators (installed for one test, removed after), and a guard against a
message box nobody answers."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tthc_desktop.ui.shell.i18n import install_translators

STUCK_AFTER_S = 30


@pytest.fixture(autouse=True)
def no_unanswered_message_box(qapp):
    """A message box nobody answers (say, an unexpected error in a background operation) holds the run in its
    modal loop until CI's time runs out: after STUCK_AFTER_S it is closed, and the test fails with its text."""
    stuck: list[str] = []
    opened: dict[int, float] = {}

    def check() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            if time.monotonic() - opened.setdefault(id(box), time.monotonic()) > STUCK_AFTER_S:
                stuck.append(box.text())
                box.reject()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(1000)
    yield
    timer.stop()
    assert not stuck, f"a message box was left open: {stuck}"



@pytest.fixture
def vietnamese(qapp):
    translators = install_translators(qapp, "vi")
    assert len(translators) == 2, "run 'make translations' first"
    yield
    for t in translators:
        QCoreApplication.removeTranslator(t)
