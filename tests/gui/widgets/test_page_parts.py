"""The shared page pieces: a subscription that ends with its owner, the list model, OK/Cancel, the title."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWizard

from tthc_desktop.services.events import EventHub
from tthc_desktop.ui.widgets.page_parts import (
    WizardStep,
    follow_events,
    named_label,
    ok_cancel,
    page_title,
)
from tthc_desktop.ui.widgets.rows_model import RowsModel


def test_follow_events_ends_with_its_owner():
    hub, heard = EventHub(), []
    owner = QObject()
    follow_events(owner, hub, {"a": lambda **kw: heard.append(("a", kw)), "b": lambda **kw: heard.append(("b", kw))})
    hub.emit("a", n=1)
    hub.emit("b")
    assert heard == [("a", {"n": 1}), ("b", {})]
    shiboken6.delete(owner)  # the C++ object goes: "destroyed" is emitted
    hub.emit("a", n=2)
    assert len(heard) == 2


def test_rows_model_replaces_its_rows(qtmodeltester):
    class Model(RowsModel):
        def headers(self):
            return ("A", "B")

    model = Model()
    model.reset_rows(["x", "y", "z"])
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.row_at(2) == "z" and model.row_at(3) is None and model.row_at(-1) is None
    qtmodeltester.check(model)
    model.reset_rows([])
    assert model.rowCount() == 0


def test_ok_cancel_accepts_and_rejects(qtbot):
    dialog = QDialog()
    qtbot.add_widget(dialog)
    buttons = ok_cancel(dialog)
    results = []
    dialog.finished.connect(results.append)
    dialog.open()
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    dialog.open()
    buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert results == [QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected]


def test_title_label_and_wizard_step(qtbot):
    plain = named_label("x")
    title = page_title("Tổng quan", 1.5)
    assert title.objectName() == "pageTitle" and title.font().bold()
    assert title.font().pointSizeF() == plain.font().pointSizeF() * 1.5
    label = named_label("note", "Ghi chú", wrap=True, style="color:#616161;")
    assert (label.objectName(), label.text(), label.wordWrap(), label.styleSheet()) == (
        "note", "Ghi chú", True, "color:#616161;")
    wizard = QWizard()
    qtbot.add_widget(wizard)
    step = WizardStep(wizard)
    step.set_heading("1. Chọn tệp", "Một tệp Excel")
    assert (step.w, step.title(), step.subTitle()) == (wizard, "1. Chọn tệp", "Một tệp Excel")


def test_split_and_row(qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    from tthc_desktop.ui.widgets.page_parts import row_with, split

    left, right = QLabel("a"), QLabel("b")
    splitter = split(left, right, stretch=(3, 1), vertical=True, collapsible=False)
    qtbot.add_widget(splitter)
    assert [splitter.widget(i) for i in range(splitter.count())] == [left, right]
    assert splitter.orientation().name == "Vertical" and not splitter.childrenCollapsible()
    holder = QWidget()
    qtbot.add_widget(holder)
    main, button = QLabel("tệp"), QPushButton("Chọn…")
    row = row_with(main, button)
    holder.setLayout(row)
    assert [row.itemAt(i).widget() for i in range(row.count())] == [main, button] and row.stretch(0) == 1
