"""What filling a province's form would write (FillPlan and its cells): shared by the biểu 06 filling
(form_fill), the task-progress filling (form_fill_progress) and the cuts filling (form_fill_cuts), which
form_fill calls."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.form06 import Form06Row
from ..domain.periods import Period
from ..domain.text_fold import fold
from ..importers.province_form import FormRow, ProvinceForm


@dataclass(frozen=True, slots=True)
class CellWrite:
    ref: str  # "D12"
    value: int | str
    why: str


@dataclass(frozen=True, slots=True)
class Unmatched:
    row: FormRow
    reason: str


@dataclass
class FillPlan:
    form: ProvinceForm
    period: Period
    writes: list[CellWrite] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # formula cells left to compute, with why
    unmatched: list[Unmatched] = field(default_factory=list)
    unused: list[Form06Row] = field(default_factory=list)  # the app's rows with no line in the form
    unused_tasks: list[dict] = field(default_factory=list)  # plan tasks with no line (task-progress tables)
    unused_procedures: list[dict] = field(default_factory=list)  # catalogue procedures with no line (cut tables)
    kind: str = "form06"  # or "progress", "cuts"
    frozen_at: str = ""  # the period's frozen set was used (services/period_freeze.py)
    changed_since_freeze: int = 0  # differences between the live data and that set
    matches: dict[str, str] = field(default_factory=dict)  # folded form label → app field used
    saved_matches: bool = False  # matches remembered from an earlier fill were used

    def matched(self, row: FormRow, item: dict | None, why: str, key: str, used: set[int]) -> bool:
        """Record that ``row`` matched ``item`` (remembered by its ``key`` field), or list the row as unmatched
        with ``why``: a label the app cannot match is listed, never guessed."""
        if item is None:
            self.unmatched.append(Unmatched(row, why))
            return False
        used.add(id(item))
        self.matches[fold(row.label)] = item[key]
        return True
