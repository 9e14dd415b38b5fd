"""Where a signature appearance goes: the one box type of the renderer, the stored build and the signer.

PDF points, origin bottom left, y up; ``page_index`` 0-based. The renderer fills ``file`` and ``role``
("person", "organisation", "appendix_org"); a box placed by hand or by the signer may leave them empty.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

SignatureRole = Literal["person", "organisation", "appendix_org"]


@dataclass(frozen=True)
class SignatureBox:
    page_index: int
    x0: float
    y0: float
    x1: float
    y1: float
    role: str = ""
    file: Path | str | None = None

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def moved(self, dx: float, dy: float) -> SignatureBox:
        """The same box shifted (the user adjusts positions in the preview)."""
        return replace(self, x0=self.x0 + dx, x1=self.x1 + dx, y0=self.y0 + dy, y1=self.y1 + dy)

    def rect(self) -> tuple[int, int, int, int]:
        """Integer rectangle for pyHanko's SigFieldSpec.box (rounded outwards)."""
        return (math.floor(self.x0), math.floor(self.y0), math.ceil(self.x1), math.ceil(self.y1))
