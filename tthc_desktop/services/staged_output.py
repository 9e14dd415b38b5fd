"""A set of result files written together or not at all (a report's PDF and its .xlsx forms).

    with StagedFolder(out_dir) as stage:
        render_pdf(doc, stage.path / "bao_cao.pdf") ...
        final = stage.commit(["bao_cao_06.xlsx", "bao_cao.pdf"], overwrite=False)

Files are written into a hidden ``.tthc-bao-cao-*`` folder inside *out_dir* (same volume, so the
moves are renames), then moved in the given order (the PDF last). An existing file is set aside
first and put back if a later move fails, so a failure leaves the folder exactly as it was; the
staging folder is removed whatever happens (a kill leaves it for the start-up cleanup).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..store.atomic_files import replace_file
from .output_paths import check_folder_contents

STAGING_PREFIX = ".tthc-bao-cao-"


class StagedFolder:
    def __init__(self, out_dir: Path | str) -> None:
        self.out = Path(out_dir)
        self.path: Path = Path()

    def __enter__(self) -> StagedFolder:
        self.out.mkdir(parents=True, exist_ok=True)
        self.path = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.out))
        return self

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

    def commit(self, names: list[str], *, overwrite: bool = True) -> list[Path]:
        """Move the staged *names* into the output folder, all or none; returns the final paths."""
        check_folder_contents(self.out, names, overwrite=overwrite)
        aside = self.path / ".cu"
        aside.mkdir()
        moved: list[str] = []
        kept: list[str] = []
        try:
            for name in names:
                final = self.out / name
                if final.exists():  # an Excel or PDF reader holding it: retried, then the Vietnamese hint
                    replace_file(final, aside / name)
                    kept.append(name)
                replace_file(self.path / name, final)
                moved.append(name)
        except BaseException:
            for name in moved:
                (self.out / name).unlink(missing_ok=True)
            for name in kept:
                os.replace(aside / name, self.out / name)
            raise
        return [self.out / n for n in names]
