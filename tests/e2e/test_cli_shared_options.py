"""The options the subcommands share through commands/common: command groups, --period, --dry-run."""

from __future__ import annotations

import pytest

from tthc_desktop.cli import build_parser
from tthc_desktop.domain.periods import Period, PeriodKind

GROUPS = ("db", "form", "period", "procedures", "report", "request", "stats", "unit")


@pytest.mark.parametrize("group", GROUPS)
def test_a_command_group_without_its_subcommand_is_refused_in_vietnamese(group, capsys):
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args([group])
    assert exited.value.code == 2
    assert "Lỗi: thiếu tham số bắt buộc: LỆNH" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["form", "fill", "bieu.xlsx", "--out", "o.xlsx"],
    ["period", "freeze"],
    ["stats", "import", "x.xlsx"],
    ["stats", "show"],
])
def test_period_is_required_read_as_a_period_and_refused_in_vietnamese(argv, capsys):
    args = build_parser().parse_args([*argv, "--period", "2025-Q3"])
    assert args.period == Period(PeriodKind.QUARTERLY, 2025, 3)
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args([*argv, "--period", "2025-Q5"])
    assert exited.value.code == 2 and "2025-Q5" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        build_parser().parse_args(argv)
    assert "--period" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["procedures", "import", "a.xlsx"], ["stats", "import", "a.xlsx", "--period", "2025"]])
def test_import_commands_take_dry_run(argv):
    assert build_parser().parse_args([*argv, "--dry-run"]).dry_run is True
    assert build_parser().parse_args(argv).dry_run is False
