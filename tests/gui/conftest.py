"""GUI test fixtures: the Vietnamese translators (installed for one test, removed after) and the seed helpers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tthc_desktop.ui.i18n import install_translators

# Shared seed helpers (task_seed.py, report_gui_seed.py) are plain imports for the tests of this folder.
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def vietnamese(qapp):
    translators = install_translators(qapp, "vi")
    assert len(translators) == 2, "run 'make translations' first"
    yield
    for t in translators:
        QCoreApplication.removeTranslator(t)
