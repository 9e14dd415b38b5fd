"""The unit's catalogue of administrative procedures (danh mục TTHC): one frozen record per procedure.

Missing figures are ``None``. A cost written "Không quy định" / "Miễn phí" is a *known* zero: the cost
is ``0`` and the matching ``*_cost_not_regulated`` flag is set, so the UI can tell "no cost" from
"not entered yet".
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Level(StrEnum):
    """Cấp thực hiện (the level of government that handles the procedure)."""

    CENTRAL = "trung ương"
    PROVINCE = "tỉnh"
    DISTRICT = "huyện"
    COMMUNE = "xã"


class OnlineLevel(StrEnum):
    """Mức độ dịch vụ công trực tuyến."""

    FULL = "toan_trinh"  # toàn trình
    PARTIAL = "mot_phan"  # một phần
    NONE = "khong"  # không

    @property
    def label_vi(self) -> str:
        return _ONLINE_LABELS[self]


_ONLINE_LABELS = {
    OnlineLevel.FULL: "Toàn trình",
    OnlineLevel.PARTIAL: "Một phần",
    OnlineLevel.NONE: "Không",
}


class DaysKind(StrEnum):
    """Whether processing days are working days (skip weekends and holidays) or calendar days."""

    WORKING = "working"
    CALENDAR = "calendar"

    @property
    def label_vi(self) -> str:
        return "ngày làm việc" if self is DaysKind.WORKING else "ngày"


@dataclass(frozen=True, slots=True)
class Procedure:
    """One procedure of the unit's catalogue, with its 2024 baseline and current figures."""

    code: str  # mã TTHC, e.g. "1.001766"
    name: str
    field: str = ""  # lĩnh vực
    level: Level | None = None
    business_related: bool = False  # liên quan hoạt động sản xuất, kinh doanh
    internal: bool = False  # TTHC nội bộ
    online_level: OnlineLevel = OnlineLevel.NONE
    cross_boundary: bool = False  # phi địa giới hành chính
    one_stop: bool = False  # thực hiện qua bộ phận một cửa
    baseline_days: Decimal | None = None  # thời gian giải quyết năm 2024
    current_days: Decimal | None = None
    days_kind: DaysKind = DaysKind.WORKING
    baseline_cost: int | None = None  # chi phí tuân thủ năm 2024, VND
    current_cost: int | None = None
    baseline_cost_not_regulated: bool = False  # "Không quy định": known zero
    current_cost_not_regulated: bool = False
    yearly_volume: int | None = None  # số hồ sơ/năm

    def __post_init__(self) -> None:
        if not self.code.strip():
            raise ValueError("Thiếu mã TTHC")
        for name in ("baseline_days", "current_days"):
            value = getattr(self, name)
            if value is not None:
                if not isinstance(value, Decimal):
                    # ints are accepted for convenience; floats are not (binary rounding)
                    if isinstance(value, bool) or not isinstance(value, int):
                        raise TypeError(f"{name} phải là Decimal hoặc số nguyên")
                    object.__setattr__(self, name, Decimal(value))
                    value = getattr(self, name)
                if value < 0:
                    raise ValueError(f"Thời gian giải quyết không được âm ({name} = {value})")
        for name in ("baseline_cost", "current_cost", "yearly_volume"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"Giá trị không được âm ({name} = {value})")
        for side in ("baseline", "current"):
            if getattr(self, f"{side}_cost_not_regulated"):
                cost = getattr(self, f"{side}_cost")
                if cost is None:
                    object.__setattr__(self, f"{side}_cost", 0)
                elif cost != 0:
                    raise ValueError(f"Chi phí “không quy định” phải bằng 0 ({side}_cost = {cost})")
