"""Packages of the wheel. Metadata lives in pyproject.toml; this file only maps resources/ and i18n/
(kept at the source root, DESIGN §3) into the package, so an installed wheel has its templates,
samples and compiled translations (`make translations` first)."""

from setuptools import find_packages, setup

DATA = {"tthc_desktop.resources": "resources", "tthc_desktop.i18n": "i18n"}

setup(
    packages=[*find_packages(include=["tthc_desktop", "tthc_desktop.*"]), *DATA],
    package_dir=DATA,
    package_data={
        "tthc_desktop.resources": ["**/*"],
        "tthc_desktop.i18n": ["*.qm"],
    },
    include_package_data=False,
)
