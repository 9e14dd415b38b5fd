"""Waiting in tests for an Operation (ui/widgets/operations.py) to end: the UI code itself never waits."""

from __future__ import annotations

from typing import Any


def finish(qtbot, op, timeout: int = 60_000) -> Any:
    """Let the event loop run until ``op`` ended; its result, or None when it failed, was cancelled or never
    started (``op`` None: the method refused before starting any work)."""
    if op is None:
        return None
    qtbot.waitUntil(lambda: op.is_done, timeout=timeout)
    return op.result if op.error is None else None


def next_page(qtbot, wizard) -> None:
    """``wizard.next()``, waiting for the file read the file page starts (the wizard moves on by itself)."""
    before = getattr(wizard, "read_op", None)
    wizard.next()
    op = getattr(wizard, "read_op", None)
    if op is not None and op is not before:
        finish(qtbot, op)


def settle(qtbot, timeout: int = 60_000) -> None:
    """Wait until no background operation runs (after a click that started one)."""
    from tthc_desktop.ui.widgets.operations import OperationRunner

    runner = OperationRunner.instance()
    qtbot.waitUntil(lambda: not runner.running(), timeout=timeout)
