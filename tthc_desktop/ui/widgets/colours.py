"""Cell colours that mean the same thing in every table of the app."""

from __future__ import annotations

from PySide6.QtGui import QColor

PROBLEM_BG = QColor("#fde2e1")  # pale red: a row that is not imported, a cut short of its target
