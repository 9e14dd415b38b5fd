"""Fuzz and property tests of every importer: the hypothesis profile "ci" and shared fixtures.

The profile is registered here and used by every test of this folder through
``settings(settings.get_profile("ci"), max_examples=N)``: it is never loaded globally, so the
rest of the suite keeps hypothesis' own defaults.

Profile "ci": ``derandomize=True`` (the seed is fixed: the same cases on every run, on every
machine), ``deadline=None`` (a shared 2-core CI box must not turn slowness into failures),
``database=None`` (no .hypothesis folder), the too_slow / data_too_large / function-scoped-fixture
health checks suppressed. Each test states its own ``max_examples``; the seeded mutation loops use
``random.Random(mutators.SEED + case)``. Case counts are listed in each module docstring.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    database=None,
    max_examples=100,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
)


@pytest.fixture(scope="session")
def plan_files(plans, tmp_path_factory) -> dict[str, bytes]:
    """The Tiền Giang plan as .docx and .xlsx bytes (the real files every mutant starts from)."""
    folder: Path = tmp_path_factory.mktemp("fuzz-plans")
    return {
        "docx": plans.build_docx(folder / "ke-hoach.docx").read_bytes(),
        "xlsx": plans.build_xlsx(folder / "ke-hoach.xlsx").read_bytes(),
    }


def pytest_terminal_summary(terminalreporter) -> None:
    """Print the hostile-input suite's figures (tests/fuzz/test_hostile_*.py) at the end of the run."""
    import hostile_figures

    for line in hostile_figures.lines():
        terminalreporter.write_line(line)
