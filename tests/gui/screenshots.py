"""Screenshots of GUI tests: always rendered (a widget that cannot paint fails), saved only on request.

Set ``TTHC_SCREENSHOTS`` to a folder to keep them (to look at them); tests never write to a fixed machine path.
"""

from __future__ import annotations

import os
from pathlib import Path


def save_shot(widget, name: str) -> None:
    image = widget.grab()
    assert not image.isNull(), name
    folder = os.environ.get("TTHC_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / f"{name}.png"))
