"""Display names of domain values in the UI language.

The domain keeps Vietnamese names (they also go into documents); with the English UI these give the English.
The language is read from the installed translation itself, so no global state is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.periods import Period, PeriodKind
from ...domain.status import Status

_STATUS_EN = {
    Status.DONE_ON_TIME: "Done on time",
    Status.DONE_LATE: "Done late",
    Status.IN_PROGRESS: "In progress, within deadline",
    Status.OVERDUE: "Overdue",
    Status.NOT_DUE: "Not due yet",
    Status.CONTINUOUS: "Continuous",
    Status.NEEDS_DATE: "Needs a date",
}
_ONLINE_EN = {"toan_trinh": "Fully online", "mot_phan": "Partly online", "khong": "No"}  # by OnlineLevel value
_KIND_EN = {
    PeriodKind.MONTHLY: "Monthly report",
    PeriodKind.QUARTERLY: "Quarterly report",
    PeriodKind.SIX_MONTHS: "6-month report",
    PeriodKind.NINE_MONTHS: "9-month report",
    PeriodKind.ANNUAL: "Annual report",
}
_STATE_EN = {"draft": "Draft", "final": "Final", "signed": "Signed", "submitted": "Sent", "sent": "Sent"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def is_vietnamese() -> bool:
    # The Vietnamese .ts translates this marker to "vi"; with no translator it comes back unchanged.
    return QCoreApplication.translate("DomainLabels", "@language") == "vi"


def display_name(value: object) -> str:
    """The display name of a Status, Period, DueReport, OnlineLevel or a report/submission state."""
    vi = is_vietnamese()
    if vi and hasattr(value, "label_vi"):
        return value.label_vi
    if isinstance(value, Status):
        return _STATUS_EN[value]
    if isinstance(value, Period):
        return period_en(value)
    # The catalogue's and the calendar's types load with the pages that show them, not with the overview's
    # chart (each dataclass costs Python ~1 ms to build at start-up)
    from ...domain.procedures import OnlineLevel
    from ...domain.report_calendar import KIND_LABELS, DueReport

    if isinstance(value, OnlineLevel):
        return _ONLINE_EN[value.value]
    if isinstance(value, DueReport):
        return f"{_KIND_EN[value.kind]} — {period_en(value.period)}"
    if isinstance(value, PeriodKind):
        return KIND_LABELS[value] if vi else _KIND_EN[value]
    state = getattr(value, "value", None)
    if state in _STATE_EN:
        return _STATE_EN[state]
    return str(getattr(value, "label_vi", value))


def period_en(period: Period) -> str:
    match period.kind:
        case PeriodKind.MONTHLY:
            return f"{_MONTHS[period.index - 1]} {period.year}"
        case PeriodKind.QUARTERLY:
            return f"Q{period.index} {period.year}"
        case PeriodKind.SIX_MONTHS:
            return f"First half of {period.year}"
        case PeriodKind.NINE_MONTHS:
            return f"First 9 months of {period.year}"
        case _:
            return f"Year {period.year}"
