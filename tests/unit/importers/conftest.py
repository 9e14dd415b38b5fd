"""Fixtures for the importer tests: the helper module and the built Tiền Giang plan files."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_HERE = Path(__file__).parent


def _load_helpers():
    # --import-mode=importlib: sibling modules are not importable by name, so load it explicitly
    name = "tests_unit_importers_fixtures_plans"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, _HERE / "fixtures_plans.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def plans():
    """The fixtures_plans helper module (builders of plan files and bad files)."""
    return _load_helpers()


@pytest.fixture(scope="session")
def appendix_text(plans) -> str:
    return plans.appendix_text()


@pytest.fixture(scope="session")
def tien_giang_docx(plans, tmp_path_factory) -> Path:
    return plans.build_docx(tmp_path_factory.mktemp("plans") / "ke-hoach-165.docx")


@pytest.fixture(scope="session")
def tien_giang_xlsx(plans, tmp_path_factory) -> Path:
    return plans.build_xlsx(tmp_path_factory.mktemp("plans") / "ke-hoach-165.xlsx")


@pytest.fixture(scope="session")
def tien_giang_txt(plans, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("plans") / "ke-hoach-165.txt"
    path.write_text(plans.appendix_text(), encoding="utf-8")
    return path
