"""TTHC Desktop: offline tool for the officers who control administrative procedures (TTHC)."""

__version__ = "0.1.0"
APP_NAME = "TTHC Desktop"
