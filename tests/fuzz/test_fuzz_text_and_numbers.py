"""Property and fuzz tests of the text paths: pasted/saved text tables, plan parsing and preview,
Vietnamese number parsers, attachment name sanitising and formula-safe Excel text.

Cases (fixed seed ``mutators.SEED``; hypothesis profile "ci", derandomized):
  - 1 000 seeded hostile text tables (NFD, control characters, tabs, RTL marks, 40 000-character cells)
    → ``read_text_table`` + ``parse_plan_table`` + ``build_preview`` (deadline parser)
  - 300 seeded byte mutants of the Tiền Giang appendix .txt → ``read_plan_file``
  - 300 hypothesis texts → ``read_text_table`` / ``parse_plan_table``
  - 5 × 300 hypothesis cells → ``parse_days``, ``parse_money``, ``parse_count``, ``parse_yes_no``/
    ``parse_level``/``parse_online_level``, ``parse_number``
  - 500 hypothesis names → ``sanitize_name``; 200 hypothesis texts → ``set_text`` + save + reload
  - 2 regressions (money "5a"; trailing space in a sanitised extension)
Total: 3 800 generated cases + 2.
"""

from __future__ import annotations

import random
import re
import traceback
import unicodedata
from pathlib import Path

import mutators as mut
from hypothesis import given, settings
from hypothesis import strategies as st

from tthc_desktop.importers.errors import ImportFailure
from tthc_desktop.importers.numbers_vi import (
    parse_count,
    parse_days,
    parse_level,
    parse_money,
    parse_number,
    parse_online_level,
    parse_yes_no,
)
from tthc_desktop.importers.plan_source import read_plan_file
from tthc_desktop.importers.plan_table import find_header
from tthc_desktop.importers.text_table import read_text_table
from tthc_desktop.services.plan_import import build_preview
from tthc_desktop.store.attachments import MAX_NAME_LENGTH, sanitize_name

CI = settings.get_profile("ci")
TEXT_CASES, TXT_MUTANTS = 1000, 300


def _parse_and_preview(text: str) -> None:
    for table in read_text_table(text, source="dan.txt"):
        assert all(len(row) == table.width for row in table.rows)
        assert all(unicodedata.is_normalized("NFC", c) for row in table.rows for c in row)
        if find_header(table) is None:
            continue
        try:
            build_preview(Path("dan.txt"), table, plan_year=2025, unit=None, sha256="0" * 64)
        except ImportFailure as exc:
            assert exc.message


def test_hostile_text_tables():
    problems = []
    for case in range(TEXT_CASES):
        text = mut.hostile_table_text(random.Random(mut.SEED + 50_000 + case))
        try:
            _parse_and_preview(text)
        except Exception as exc:
            problems.append(f"case {50_000 + case}: {''.join(traceback.format_exception_only(exc)).strip()[:300]}")
    assert not problems, "\n".join(problems)


def test_mutated_text_plans(appendix_text, tmp_path):
    original = appendix_text.encode("utf-8")
    problems = []
    for case in range(TXT_MUTANTS):
        rng = random.Random(mut.SEED + 60_000 + case)
        what, data = mut.mutate_bytes(original, rng)
        path = tmp_path / rng.choice(("ke-hoach.txt", "ke-hoach.tsv", "ke-hoach.md"))
        path.write_bytes(data)
        try:
            read_plan_file(path)
        except ImportFailure as exc:
            if problem := mut.check_failure(exc, path):
                problems.append(f"case {60_000 + case} {what}: {problem}")
        except Exception as exc:
            problems.append(f"case {60_000 + case} {what}: {''.join(traceback.format_exception_only(exc))[:300]}")
    assert not problems, "\n".join(problems)


_cell = st.one_of(st.text(max_size=40), st.sampled_from(mut.HOSTILE_CHARS + mut.VIETNAMESE))
_line = st.lists(_cell, min_size=1, max_size=8).map("\t".join)


@settings(CI, max_examples=300)
@given(lines=st.lists(_line, max_size=15), header=st.booleans())
def test_any_tab_text_reads_and_parses(lines, header):
    _parse_and_preview("\n".join(([mut.PLAN_HEADER] if header else []) + lines))


# ---------------------------------------------------------------- numbers

_number_text = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"\A[0-9.,]{1,25}\s*(ngày|ngày làm việc|tháng|giờ|đồng|triệu|tỷ|k|%|hồ sơ)?\Z"),
    st.sampled_from(["½ ngày", "Trong ngày", "10-15 ngày", "1/2", "5a", "1x", "0,5 ngày", "Không quy định"]),
)


def _check_parsed(parsed) -> None:
    assert parsed.status in ("ok", "approximate", "empty", "unclear")
    if parsed.status == "unclear":
        assert parsed.flag
    assert unicodedata.is_normalized("NFC", parsed.flag or "")


@settings(CI, max_examples=300)
@given(text=_number_text)
def test_parse_days_total(text):
    parsed = parse_days(text)
    _check_parsed(parsed)
    if parsed.ok:
        assert 0 <= parsed.value <= 10_000


@settings(CI, max_examples=300)
@given(text=_number_text)
def test_parse_money_total(text):
    parsed = parse_money(text)
    _check_parsed(parsed)
    if parsed.ok:
        assert isinstance(parsed.value, int) and 0 <= parsed.value <= 10**15 < 2**63


@settings(CI, max_examples=300)
@given(text=_number_text)
def test_parse_count_total(text):
    parsed = parse_count(text)
    _check_parsed(parsed)
    if parsed.ok:
        assert isinstance(parsed.value, int) and 0 <= parsed.value < 2**63


@settings(CI, max_examples=300)
@given(text=_number_text)
def test_category_parsers_total(text):
    for parser in (parse_yes_no, parse_level, parse_online_level):
        _check_parsed(parser(text))


@settings(CI, max_examples=300)
@given(token=st.from_regex(r"\A[0-9.,]{1,30}\Z"), allow=st.booleans())
def test_parse_number_total(token, allow):
    value = parse_number(token, allow_decimal=allow)
    assert value is None or value >= 0


def test_money_with_digits_glued_to_letters_is_unclear():
    # regressions: IndexError in parse_money("5a") (a number found, but no amount token);
    # "12abc" was read as 1 đồng (the number backtracked to its first digit)
    for text in ("5a", "1x", "12abc"):
        assert parse_money(text).status == "unclear"


# ---------------------------------------------------------------- attachment names

_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_name = st.one_of(
    st.text(max_size=300),
    st.builds(lambda a, b, c: a + b + c, st.sampled_from(["", "../", "..\\", "/etc/", "C:\\", "\\\\srv\\"]),
              st.sampled_from(["CON", "nul", "com1", "LPT9", "a..b", "..", ".", "x" * 200, "\u202eexe.txt", "tệp"]),
              st.sampled_from(["", ".txt", " .pdf", ".abcdefghi xyz", ". . .", ".\x00", "\u200f", ".docx "])),
)


@settings(CI, max_examples=500)
@given(name=_name)
def test_sanitized_attachment_names_are_safe_everywhere(name):
    out = sanitize_name(name)
    assert out and len(out) <= MAX_NAME_LENGTH
    assert not re.search(r'[<>:"/\\|?*]', out)
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in out)
    assert ".." not in out and out not in (".", "..")
    assert out == out.strip() and not out.endswith(".")
    assert out.split(".")[0].rstrip(" ").upper() not in _RESERVED
    out.encode("utf-8")  # no lone surrogates


def test_sanitized_extension_has_no_trailing_space():
    # regression: the 10-character cut of "abcdefghi xyz" left "abcdefghi " (Windows drops it)
    assert sanitize_name("a.abcdefghi xyz") == "a.abcdefghi"
    assert sanitize_name("CON .txt") == "_CON.txt"  # Windows would open the console for "CON .txt"


# ---------------------------------------------------------------- formulas in exports

_formula_like = st.builds(lambda p, t: p + t, st.sampled_from(["=", "+", "-", "@", "=cmd|' /C calc'!A0", "\t="]),
                          st.text(max_size=50))


@settings(CI, max_examples=200)
@given(texts=st.lists(_formula_like, min_size=1, max_size=20))
def test_user_text_is_never_a_formula_after_save_and_reload(texts, tmp_path_factory):
    from openpyxl import Workbook, load_workbook

    from tthc_desktop.reports.xlsx.safe_text import set_text

    wb = Workbook()
    ws = wb.active
    for i, text in enumerate(texts, start=1):
        set_text(ws.cell(row=i, column=1), text)
    path = tmp_path_factory.mktemp("xlsx") / "out.xlsx"
    wb.save(path)
    reloaded = load_workbook(path).active
    for i in range(1, len(texts) + 1):
        cell = reloaded.cell(row=i, column=1)
        assert cell.value is None or cell.data_type == "s", (cell.value, cell.data_type)
