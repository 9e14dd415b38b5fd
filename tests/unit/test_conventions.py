"""Conventions of the test suite itself (issue 19 §8): helpers are imported by name, data never comes from
or goes to a fixed machine path."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
MACHINE_PATH = re.compile(r"""["'](?:/work/|/home/|/tmp/|[A-Z]:\\\\Users)""")
# Hostile names that are the point of their tests (zip-slip members, a foreign backup folder setting).
HOSTILE = {"fuzz/mutators.py", "e2e/test_backup_cli.py", "unit/services/test_restore_hostile.py",
           "unit/store/test_attachments.py", "unit/test_conventions.py"}


def _sources():
    for path in sorted(TESTS.rglob("*.py")):
        yield path.relative_to(TESTS).as_posix(), path.read_text(encoding="utf-8")


def test_no_importlib_loader_for_helper_modules():
    # conftest.py puts the helper folders on sys.path: "import report_fixtures" is enough
    offenders = [rel for rel, text in _sources() if "spec_from_file" + "_location" in text]
    assert offenders == []


def test_no_fixed_machine_path():
    offenders = [rel for rel, text in _sources() if rel not in HOSTILE and MACHINE_PATH.search(text)]
    assert offenders == []
