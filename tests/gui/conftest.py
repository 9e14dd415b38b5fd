"""GUI test fixtures: the Vietnamese translators (installed for one test, removed after)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from tthc_desktop.ui.shell.i18n import install_translators


@pytest.fixture
def vietnamese(qapp):
    translators = install_translators(qapp, "vi")
    assert len(translators) == 2, "run 'make translations' first"
    yield
    for t in translators:
        QCoreApplication.removeTranslator(t)
