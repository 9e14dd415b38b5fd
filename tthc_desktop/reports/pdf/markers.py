"""Flowables that record where they were drawn, for the signature boxes and page numbering.

Positions are captured at draw time through ``canvas.absolutePosition`` so they are the
real positions on the page (inside tables, after page breaks), not estimates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportlab.platypus import Flowable


@dataclass(frozen=True)
class DrawnBox:
    """A rectangle recorded while drawing."""

    page_index: int
    x0: float
    y0: float
    x1: float
    y1: float


class BoxRecorder(Flowable):
    """Blank space of a fixed height that appends its drawn rectangle to *sink*.

    *box_width* (default: the whole available width) is aligned per *align*
    inside the available width.
    """

    def __init__(
        self,
        height: float,
        sink: list[DrawnBox],
        box_width: float | None = None,
        align: Literal["left", "center", "right"] = "center",
    ) -> None:
        super().__init__()
        self.height = height
        self.sink = sink
        self.box_width = box_width
        self.align = align
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        box_w = min(self.box_width or self.width, self.width)
        x = {"left": 0.0, "center": (self.width - box_w) / 2, "right": self.width - box_w}[self.align]
        x0, y0 = self.canv.absolutePosition(x, 0)
        x1, y1 = self.canv.absolutePosition(x + box_w, self.height)
        page_index = self.canv.getPageNumber() - 1
        self.sink.append(DrawnBox(page_index, min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))


class NumberingRestart(Flowable):
    """Zero-size marker: the page it lands on becomes page 1 of a new numbering (an appendix)."""

    def __init__(self, state: NumberingState) -> None:
        super().__init__()
        self.state = state
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.state.first_page = self.canv.getPageNumber()


@dataclass
class NumberingState:
    """Physical page number where the current numbering starts."""

    first_page: int = 1

    def label(self, physical_page: int) -> str | None:
        """Number to print on *physical_page*, or None for the first page of a numbering."""
        number = physical_page - self.first_page + 1
        return str(number) if number > 1 else None
