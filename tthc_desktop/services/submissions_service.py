"""The register of signed submissions, without the signing libraries.

The Submissions page lists, marks sent and packages submissions; only signing and verifying need pyHanko
(and aiohttp, cryptography), which cost about 0.4 s at start-up when the app reopens on that page.
``SigningService`` builds on this class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..store.submissions_store import Submission as Submission  # plain types the GUI shows
from ..store.submissions_store import SubmissionsRepository
from ..store.submissions_store import SubmissionState as SubmissionState
from .context import AppContext

TRUST_DIR = "trust"  # the user's trust store, beside the database


def trust_store_dir(data_dir: Path) -> Path:
    return Path(data_dir) / TRUST_DIR


@dataclass
class SubmissionsService:
    ctx: AppContext
    repo: SubmissionsRepository = field(init=False)

    def __post_init__(self) -> None:
        self.repo = SubmissionsRepository(self.ctx.writer)
