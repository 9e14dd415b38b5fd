"""Small pieces every page and dialog builds the same way: the page title, named labels, bold section
headings, one-line fields and drop-downs, the OK/Cancel buttons, rows and columns of widgets, a field with its
buttons, a form's rows, a two-pane splitter, a scrolling body, a model's subscription to the change events, a wizard step's
heading (read-only list models: rows_model.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

# The form classes load with the first form that uses them: naming a Qt class makes PySide build its enums,
# ~2 ms of a start-up whose first page has no form.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLineEdit


def enlarge(label: QLabel, scale: float, *, bold: bool = True) -> QLabel:
    """The label's own font, ``scale`` times larger (and bold): follows the system font size."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


def page_title(text: str, scale: float = 1.5, name: str = "pageTitle") -> QLabel:
    """A page's heading: large and bold, named for the tests and the screenshots."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    return enlarge(label, scale)


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK / Cancel wired to the dialog's accept / reject."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def follow_events(owner: QObject, hub: Any, listeners: Mapping[str, Callable[..., None]]) -> None:
    """Subscribe each topic's listener on ``hub`` (ctx.events) until ``owner`` is destroyed.

    The unsubscribing closure holds only the unsubscribe functions, never ``owner``: the hub must not keep
    a deleted widget or model alive."""
    unsubscribe = [hub.subscribe(topic, listener) for topic, listener in listeners.items()]
    owner.destroyed.connect(lambda *_: [u() for u in unsubscribe])


class WizardStep(QWizardPage):
    """A wizard page that knows its wizard (``self.w``) and shows a numbered title and a subtitle."""

    def __init__(self, wizard: Any, title: str = "", subtitle: str = ""):
        super().__init__()
        self.w = wizard
        self.set_heading(title, subtitle)

    def set_heading(self, title: str, subtitle: str) -> None:
        self.setTitle(title)
        self.setSubTitle(subtitle)


def named_label(name: str, text: str = "", *, wrap: bool = False, style: str = "") -> QLabel:
    """A label the tests and screenshots find by ``name``; ``wrap`` for sentences, ``style`` for colour."""
    label = QLabel(text)
    label.setObjectName(name)
    if wrap:
        label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def line_edit(name: str = "", placeholder: str = "", text: str = "") -> QLineEdit:
    """A one-line field, named for the tests when ``name`` is given, with its grey hint."""
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit(text)
    if name:
        edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def combo_box(name: str, items: Iterable[tuple[str, Any]] = (), *,
              changed: Callable[[int], object] | None = None) -> QComboBox:
    """A named drop-down of ``(label, data)`` items; ``changed(index)`` on each later change of choice."""
    from PySide6.QtWidgets import QComboBox

    box = QComboBox()
    box.setObjectName(name)
    for label, data in items:
        box.addItem(label, data)
    if changed is not None:
        box.currentIndexChanged.connect(changed)
    return box


def bold_label(text: str = "", *, name: str = "", size_pt: int = 0, colour: str = "", wrap: bool = False) -> QLabel:
    """A section's heading inside a page or dialog: bold, ``size_pt`` points large, in ``colour``."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    # weight and size through the font: a style sheet per label costs Qt a style of its own to polish
    font = label.font()
    font.setBold(True)
    if size_pt:
        font.setPointSize(size_pt)
    label.setFont(font)
    if colour:
        label.setStyleSheet(f"font-weight:bold; color:{colour};")
    if wrap:
        label.setWordWrap(True)
    return label


def scroll_area(body: QWidget, *, frame: bool = True) -> QScrollArea:
    """``body`` scrolling when it is taller than the room, as wide as the room."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    if not frame:
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


LayoutItem = QWidget | QLayout | tuple[QWidget | QLayout, int] | None


def _fill(layout: QBoxLayout, items: Sequence[LayoutItem]) -> None:
    for item in items:
        stretch = 0
        if item is None:
            layout.addStretch(1)
            continue
        if isinstance(item, tuple):
            item, stretch = item
        if isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)


def vbox(parent: QWidget | None, *items: LayoutItem) -> QVBoxLayout:
    """A column on ``parent``: widgets and layouts in order; ``(item, n)`` takes the spare height with stretch
    ``n``, ``None`` is an empty stretch."""
    layout = QVBoxLayout(parent)
    _fill(layout, items)
    return layout


def hbox(*items: LayoutItem) -> QHBoxLayout:
    """A row of widgets and layouts, as ``vbox`` (``None``: the stretch that pushes the rest aside)."""
    layout = QHBoxLayout()
    _fill(layout, items)
    return layout


FormRow = tuple[str | QWidget, QWidget | QLayout] | QWidget | QLayout


def form_layout(*rows: FormRow, parent: QWidget | None = None) -> QFormLayout:
    """``(label, field)`` rows in order (a field may be a layout); a lone widget or layout spans its row."""
    from PySide6.QtWidgets import QFormLayout

    form = QFormLayout(parent) if parent is not None else QFormLayout()
    for row in rows:
        if isinstance(row, tuple):
            form.addRow(*row)
        else:
            form.addRow(row)
    return form


def row_with(main: QWidget, *buttons: QWidget) -> QHBoxLayout:
    """``main`` (a path box, a file name) taking the width, its buttons after it."""
    row = QHBoxLayout()
    row.addWidget(main, 1)
    for button in buttons:
        row.addWidget(button)
    return row


def split(first: QWidget, second: QWidget, *, stretch: tuple[int, int], sizes: list[int] | None = None,
          vertical: bool = False, collapsible: bool = True) -> QSplitter:
    """Two panes; ``stretch`` says which grows with the window, ``sizes`` where the handle starts."""
    splitter = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
    for index, (pane, factor) in enumerate(zip((first, second), stretch, strict=True)):
        splitter.addWidget(pane)
        splitter.setStretchFactor(index, factor)
    if sizes:
        splitter.setSizes(sizes)
    splitter.setChildrenCollapsible(collapsible)
    return splitter
