"""Tests for domain.deadlines: the semantics of issue 3 ("Deadlines"), edge cases and properties."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tthc_desktop.domain.deadline_recurrence import HALF_YEARLY, MONTHLY, QUARTERLY, YEARLY, Recurrence
from tthc_desktop.domain.deadlines import Deadline, parse_deadline

D = date
VIETNAMESE_MARKS = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


def parse(text: str) -> Deadline:
    return parse_deadline(text, 2025)


# The nine examples of the issue, exactly.
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Trước ngày 25/4/2025", (D(2025, 4, 24),)),
        (
            "Năm 2025, trước ngày 30/5/2025; năm 2026, trước ngày 30/5/2026",
            (D(2025, 5, 29), D(2026, 5, 29)),
        ),
        ("Quý IV/2025", (D(2025, 12, 31),)),
        ("Quý II/2025", (D(2025, 6, 30),)),
        ("Trong năm 2026", (D(2026, 12, 31),)),
        (
            "Trước ngày 20/4/2025 và ngay sau khi được Chủ tịch UBND tỉnh ban hành quyết định công bố",
            (D(2025, 4, 19),),
        ),
    ],
)
def test_issue_examples_with_dates(text: str, due: tuple[date, ...]) -> None:
    result = parse(text)
    assert result.due_dates == due
    assert not result.needs_date and not result.is_continuous and not result.is_recurring
    assert result.text == text


def test_issue_example_continuous() -> None:
    result = parse("Thường xuyên")
    assert result.is_continuous and not result.needs_date
    assert result.due_dates == () and result.recurrence == ()
    assert result.occurrences(D(2025, 1, 1), D(2025, 12, 31)) == []


def test_issue_example_needs_date() -> None:
    result = parse("Theo lộ trình được phê duyệt")
    assert result.needs_date and result.due_dates == () and not result.is_recurring
    assert "lộ trình" in result.explanation and "cần nhập ngày" in result.explanation


def test_issue_example_recurring_month_ends() -> None:
    result = parse("Định kỳ tháng, quý, năm hoặc đột xuất")
    assert result.is_recurring and not result.needs_date and result.due_dates == ()
    assert set(result.recurrence) == {Recurrence(MONTHLY), Recurrence(QUARTERLY), Recurrence(YEARLY)}
    month_ends = [D(2025, m, 1) + timedelta(days=-1) for m in range(2, 13)] + [D(2025, 12, 31)]
    assert result.occurrences(D(2025, 1, 1), D(2025, 12, 31)) == month_ends
    assert "đột xuất" in result.explanation


# Strict and inclusive forms.
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Trước ngày 01/01/2026", D(2025, 12, 31)),
        ("trước 31/12/2025", D(2025, 12, 30)),
        ("Trước ngày 01/03/2024", D(2024, 2, 29)),
        ("Trước ngày 01/03/2025", D(2025, 2, 28)),
        ("Chậm nhất ngày 30/6/2025", D(2025, 6, 30)),
        ("Chậm nhất là ngày 01/01/2026", D(2026, 1, 1)),
        ("Hoàn thành ngày 15/6/2025", D(2025, 6, 15)),
        ("Hạn: 30/6/2025", D(2025, 6, 30)),
        ("30/06/2025", D(2025, 6, 30)),
        ("Đến ngày 30/6/2025", D(2025, 6, 30)),
        ("ngày 15 tháng 6 năm 2025", D(2025, 6, 15)),
        ("Trước ngày 30 tháng 4 năm 2025", D(2025, 4, 29)),
        ("15-6-2025", D(2025, 6, 15)),
        ("15.6.2025", D(2025, 6, 15)),
        ("Trước ngày 05/06/2025", D(2025, 6, 4)),
        ("trước ngày 30/6", D(2025, 6, 29)),
        ("Chậm nhất ngày 29/02/2024", D(2024, 2, 29)),
    ],
)
def test_day_dates(text: str, due: date) -> None:
    assert parse(text).due_dates == (due,)


# Months, quarters, half-years and years mean their last day.
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Tháng 3 năm 2025", D(2025, 3, 31)),
        ("Trong tháng 03 năm 2025", D(2025, 3, 31)),
        ("tháng 3/2025", D(2025, 3, 31)),
        ("Tháng 2/2024", D(2024, 2, 29)),
        ("Tháng 2/2025", D(2025, 2, 28)),
        ("Tháng 6", D(2025, 6, 30)),
        ("Quý II năm 2025", D(2025, 6, 30)),
        ("trong Quý III năm 2025", D(2025, 9, 30)),
        ("quý 2 năm 2025", D(2025, 6, 30)),
        ("Quý I/2026", D(2026, 3, 31)),
        ("Quý IV", D(2025, 12, 31)),
        ("Năm 2025", D(2025, 12, 31)),
        ("Hết năm 2025", D(2025, 12, 31)),
        ("đến hết năm 2025", D(2025, 12, 31)),
        ("6 tháng đầu năm 2025", D(2025, 6, 30)),
        ("9 tháng đầu năm 2025", D(2025, 9, 30)),
        ("Từ tháng 5 đến tháng 8/2025", D(2025, 8, 31)),
        ("Từ ngày 01/6/2025 đến ngày 30/6/2025", D(2025, 6, 30)),
        ("Trước Quý III/2025", D(2025, 6, 30)),
        ("Trước tháng 3/2024", D(2024, 2, 29)),
    ],
)
def test_periods(text: str, due: date) -> None:
    assert parse(text).due_dates == (due,)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Quý II và Quý III/2025", (D(2025, 6, 30), D(2025, 9, 30))),
        ("Tháng 3, 6, 9, 12 năm 2025", (D(2025, 3, 31), D(2025, 6, 30), D(2025, 9, 30), D(2025, 12, 31))),
        ("Năm 2025-2026", (D(2025, 12, 31), D(2026, 12, 31))),
        ("2025 - 2026", (D(2025, 12, 31), D(2026, 12, 31))),
        ("Năm 2025 và năm 2026", (D(2025, 12, 31), D(2026, 12, 31))),
        ("Trước ngày 30/6/2025; Quý IV/2025", (D(2025, 6, 29), D(2025, 12, 31))),
        ("Trước ngày 30/6/2025\nTrong năm 2026", (D(2025, 6, 29), D(2026, 12, 31))),
        ("Trước ngày 15/6/2025, trước ngày 30/9/2025", (D(2025, 6, 14), D(2025, 9, 29))),
        ("Trước ngày 15/6 và 30/6/2026", (D(2026, 6, 14), D(2026, 6, 29))),
        ("Năm 2026: trước ngày 15/6", (D(2026, 6, 14),)),
    ],
)
def test_lists(text: str, due: tuple[date, ...]) -> None:
    assert parse(text).due_dates == due


def test_year_list_explained() -> None:
    result = parse("Năm 2025 - 2026")
    assert "mỗi năm" in result.explanation and "31/12/2025" in result.explanation


def test_or_keeps_latest_dated_alternative() -> None:
    result = parse("Trước ngày 30/6/2025 hoặc trước ngày 15/7/2025")
    assert result.due_dates == (D(2025, 7, 14),)
    assert "muộn nhất" in result.explanation


def test_or_ignores_undated_alternative() -> None:
    result = parse("Quý III/2025 hoặc đột xuất theo yêu cầu")
    assert result.due_dates == (D(2025, 9, 30),) and not result.needs_date
    assert "Bỏ qua" in result.explanation


def test_or_after_semicolon_is_an_alternative() -> None:
    result = parse("Trình phê duyệt trước ngày 30/6/2025; hoặc chủ động thực hiện khi ban hành văn bản")
    assert result.due_dates == (D(2025, 6, 29),)


# Robustness: Unicode forms, case, spaces, dashes, parentheses.
@pytest.mark.parametrize(
    "text",
    [
        unicodedata.normalize("NFD", "Trước ngày 25/4/2025"),
        "TRƯỚC NGÀY 25/4/2025",
        "  trước   ngày\t25 / 4 / 2025  ",
        "- Trước ngày 25/4/2025.",
        "– Trước ngày 25/4/2025 –",
        "Trước ngày 25/4/2025 (theo Công văn số 12/UBND-KSTT ngày 01/4/2025)",
        "Thời hạn hoàn thành: Trước ngày 25/4/2025",
        "truoc ngay 25/4/2025",
    ],
)
def test_robust_forms(text: str) -> None:
    result = parse(text)
    assert result.due_dates == (D(2025, 4, 24),)
    assert result.text == text


def test_nfd_quarter_and_continuous() -> None:
    assert parse(unicodedata.normalize("NFD", "QUÝ IV/2025")).due_dates == (D(2025, 12, 31),)
    assert parse(unicodedata.normalize("NFD", "THƯỜNG XUYÊN")).is_continuous


def test_document_reference_dates_are_not_deadlines() -> None:
    result = parse("Theo Nghị quyết số 66/NQ-CP ngày 26/3/2025, trước ngày 30/6/2025")
    assert result.due_dates == (D(2025, 6, 29),)


def test_continuous_with_explanation() -> None:
    result = parse("Thường xuyên; hoặc phối hợp đoàn kiểm tra kiểm soát thủ tục hành chính")
    assert result.is_continuous and result.due_dates == () and not result.needs_date
    assert parse("Thường xuyên giám sát, theo dõi việc thực hiện").is_continuous


@pytest.mark.parametrize(
    "text",
    [
        "Ngay sau khi được phê duyệt",
        "Sau khi có hướng dẫn của Bộ",
        "Theo thư mời của Văn phòng Chính phủ",
        "Theo lộ trình",
        "Theo kế hoạch của UBND tỉnh",
        "Đột xuất",
        "Trong thời gian 10 ngày kể từ ngày nhận được văn bản",
        "Trong thời gian 10 ngày kể từ ngày 15/6/2025",
        "",
        "   ",
        "Sớm",
        "31/2/2025",
        "Trước ngày 30/13/2025",
        "đầu tháng 6/2025",
    ],
)
def test_needs_date(text: str) -> None:
    result = parse(text)
    assert result.needs_date and result.due_dates == () and not result.is_recurring
    assert "cần nhập ngày" in result.explanation


def test_invalid_date_is_reported() -> None:
    assert "không hợp lệ" in parse("Chậm nhất ngày 31/2/2025").explanation


@pytest.mark.parametrize("text", ["nt", "-nt-", "NT", "- nt -", "Như trên"])
def test_ditto_marks_are_left_to_the_importer(text: str) -> None:
    result = parse(text)
    assert result.needs_date and result.due_dates == ()
    assert "như trên" in result.explanation


# Recurring rules and their occurrences.
YEAR_2025 = (D(2025, 1, 1), D(2025, 12, 31))


def test_monthly_gives_twelve_month_ends() -> None:
    for text in ("Hàng tháng", "hằng tháng", "Định kỳ tháng", "Định kỳ hằng tháng"):
        result = parse(text)
        assert result.recurrence == (Recurrence(MONTHLY),)
        dates = result.occurrences(*YEAR_2025)
        assert len(dates) == 12
        assert dates[1] == D(2025, 2, 28) and dates[-1] == D(2025, 12, 31)


def test_fixed_day_monthly() -> None:
    assert parse("Ngày 05 hàng tháng").occurrences(*YEAR_2025) == [D(2025, m, 5) for m in range(1, 13)]
    assert parse("Trước 20 hằng tháng").recurrence == (Recurrence(MONTHLY, day=20, strict=True),)
    strict = parse("Trước ngày 18 hằng tháng")
    assert strict.recurrence == (Recurrence(MONTHLY, day=18, strict=True),)
    assert strict.occurrences(*YEAR_2025) == [D(2025, m, 17) for m in range(1, 13)]
    assert "17" in strict.explanation


def test_fixed_day_wins_over_generic_monthly() -> None:
    text = "Định kỳ hằng tháng báo cáo kết quả, gửi Văn phòng UBND tỉnh trước ngày 18 hằng tháng"
    assert parse(text).recurrence == (Recurrence(MONTHLY, day=18, strict=True),)


def test_quarterly_half_yearly_yearly() -> None:
    assert parse("Hàng quý").occurrences(*YEAR_2025) == [D(2025, 3, 31), D(2025, 6, 30), D(2025, 9, 30), D(2025, 12, 31)]
    for text in ("02 lần/năm", "6 tháng/01 lần", "Định kỳ 6 tháng"):
        result = parse(text)
        assert result.recurrence == (Recurrence(HALF_YEARLY),), text
        assert result.occurrences(*YEAR_2025) == [D(2025, 6, 30), D(2025, 12, 31)]
    assert parse("Hàng năm").occurrences(D(2024, 6, 1), D(2026, 6, 1)) == [D(2024, 12, 31), D(2025, 12, 31)]
    assert parse("Ngày 15/12 hằng năm").occurrences(*YEAR_2025) == [D(2025, 12, 15)]


def test_occurrences_range_is_inclusive_and_partial() -> None:
    monthly = parse("Hàng tháng")
    assert monthly.occurrences(D(2025, 3, 31), D(2025, 5, 30)) == [D(2025, 3, 31), D(2025, 4, 30)]
    assert monthly.occurrences(D(2025, 5, 1), D(2025, 4, 1)) == []


def test_occurrences_of_fixed_dates_filter_by_range() -> None:
    result = parse("Năm 2025, trước ngày 30/5/2025; năm 2026, trước ngày 30/5/2026")
    assert result.occurrences(*YEAR_2025) == [D(2025, 5, 29)]
    assert result.occurrences(D(2025, 5, 29), D(2026, 5, 29)) == [D(2025, 5, 29), D(2026, 5, 29)]
    assert result.occurrences(D(2025, 5, 30), D(2026, 5, 28)) == []


def test_missing_year_uses_plan_year() -> None:
    assert parse_deadline("Trước ngày 30/6", 2026).due_dates == (D(2026, 6, 29),)
    assert parse_deadline("Quý IV", 2024).due_dates == (D(2024, 12, 31),)
    assert "năm kế hoạch" in parse_deadline("Quý IV", 2024).explanation


def test_explanations_are_vietnamese_and_use_dd_mm_yyyy() -> None:
    result = parse("Trước ngày 25/4/2025")
    assert result.explanation == "Trước ngày 25/04/2025 → hạn cuối 24/04/2025"
    for text in ("Quý IV/2025", "Thường xuyên", "Hàng tháng", "Theo lộ trình", "Năm 2025", "nt"):
        explanation = parse(text).explanation
        assert explanation and VIETNAMESE_MARKS & set(explanation.lower()), text
        assert unicodedata.is_normalized("NFC", explanation)


def test_deadline_is_frozen_and_hashable() -> None:
    a, b = parse("Quý II/2025"), parse("Quý II/2025")
    assert a == b and hash(a) == hash(b) and len({a, b, parse("Hàng quý")}) == 2
    with pytest.raises(AttributeError):
        a.needs_date = True  # type: ignore[misc]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_keeps_text_and_sorts(text: str) -> None:
    result = parse(text)
    assert result.text is text
    assert list(result.due_dates) == sorted(set(result.due_dates))
    assert result.explanation
    assert result.needs_date == (not (result.due_dates or result.recurrence or result.is_continuous))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789/.-ngàyNgàytrướcTRƯỚCthángquýIVnămhàng ;,hoặcvà()đến", max_size=60))
def test_never_raises_on_date_like_text(text: str) -> None:
    result = parse(text)
    assert list(result.due_dates) == sorted(set(result.due_dates))


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=D(1950, 1, 2), max_value=D(2099, 12, 31)))
def test_random_dates_strict_and_inclusive(d: date) -> None:
    assert parse(f"Trước ngày {d:%d/%m/%Y}").due_dates == (d - timedelta(days=1),)
    assert parse(f"Chậm nhất ngày {d:%d/%m/%Y}").due_dates == (d,)
    assert parse(f"trước ngày {d.day} tháng {d.month} năm {d.year}").due_dates == (d - timedelta(days=1),)
