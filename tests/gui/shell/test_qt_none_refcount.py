"""PySide6 6.12.0 lost one reference to None on every Qt call returning nothing: on Python 3.11 the app
aborted ("Fatal Python error: none_dealloc") after a few thousand such calls (a long session, a big
import preview). The locked Qt must keep None's reference count steady."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.add_widget(label)
    before = sys.getrefcount(None)
    for i in range(3000):
        label.setText(str(i))
        label.setToolTip("")
    assert sys.getrefcount(None) >= before - 50  # a leak would lose 6,000
