"""The "Bắt đầu" card an empty page shows: what to do first, one button per step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from .page_parts import named_label

Step = tuple[str, str, Callable[[], object]]  # sentence, button text, what the button does


class StartCard(QFrame):
    """A framed box titled "Getting started" with numbered steps; the page hides it once it has data."""

    def __init__(self, steps: list[Step], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#startCard { background:#e3f2fd; border:1px solid #90caf9; border-radius:6px; }"
                           " QFrame#startCard QLabel { background:transparent; border:none; }")
        grid = QGridLayout(self)
        title = named_label("startCardTitle", self.tr("Getting started"),
                            style="font-weight:bold; font-size:13pt;")
        grid.addWidget(title, 0, 0, 1, 2)
        self.buttons: list[QPushButton] = []
        for row, (sentence, button_text, slot) in enumerate(steps, start=1):
            label = QLabel(f"{row}. {sentence}")
            label.setWordWrap(True)
            button = QPushButton(button_text)
            button.setObjectName(f"startStep{row}")
            button.clicked.connect(lambda _checked=False, s=slot: s())
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1)
            self.buttons.append(button)
        grid.setColumnStretch(0, 1)
