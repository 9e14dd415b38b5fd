"""TTHC Desktop: offline tool for the officers who control administrative procedures (TTHC)."""

__version__ = "0.1.0"
APP_NAME = "TTHC Desktop"


def bundled_dir(name: str):
    """``resources`` or ``i18n``: in the PyInstaller bundle, inside an installed wheel, or at the source root."""
    import sys
    from pathlib import Path

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / name
    here = Path(__file__).resolve().parent
    installed = here / name  # the wheel maps both folders into the package (setup.py)
    return installed if installed.is_dir() else here.parent / name
