"""Every user-interface option in one place, stored with QSettings (INI) and upgraded by version."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from ...services.unit_profile import default_data_dir

SETTINGS_VERSION = 1


class Option(NamedTuple):  # not a dataclass: ~5× cheaper to build at start-up
    key: str
    default: Any
    kind: type


LANGUAGE = Option("ui/language", "vi", str)
GEOMETRY = Option("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Option("window/state", QByteArray(), QByteArray)
LAST_PAGE = Option("window/last_page", 0, int)
REMINDERS_ENABLED = Option("reminders/enabled", True, bool)
REMINDERS_LAST_SHOWN = Option("reminders/last_shown", "", str)  # ISO date the notice was last shown
LAST_IMPORT_DIR = Option("import/last_dir", "", str)

TASKS_FILTER = Option("tasks/last_filter", "", str)  # JSON of the task list's filter, sort and grouping
TASKS_COLUMN_WIDTHS = Option("tasks/column_widths", "", str)  # JSON list of pixel widths
TASKS_EXPORT_DIR = Option("tasks/export_dir", "", str)
REPORTS_EXPORT_DIR = Option("reports/export_dir", "", str)  # folder the report PDF and Excel files go to

ALL_OPTIONS = (LANGUAGE, GEOMETRY, WINDOW_STATE, LAST_PAGE, REMINDERS_ENABLED, LAST_IMPORT_DIR,
               TASKS_FILTER, TASKS_COLUMN_WIDTHS, TASKS_EXPORT_DIR, REMINDERS_LAST_SHOWN, REPORTS_EXPORT_DIR)
LANGUAGES = ("vi", "en")
DIALOG_GEOMETRY = "dialogs/%s/geometry"  # one key per dialog class (ui/widgets/remembered_geometry.py)


def settings_path() -> Path:
    return default_data_dir() / "settings.ini"


class AppSettings:
    """Typed access to the declared options; unknown keys are refused so options stay declared."""

    def __init__(self, path: Path | None = None):
        self.path = path or settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._upgrade()

    def get(self, option: Option) -> Any:
        value = self._qs.value(option.key, option.default)
        if option.kind is bool and isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        if option.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return option.default
        if option.kind is QByteArray and not isinstance(value, QByteArray):
            return option.default
        return value

    def set(self, option: Option, value: Any) -> None:
        if option not in ALL_OPTIONS:
            raise KeyError(option.key)
        self._qs.setValue(option.key, value)

    def dialog_geometry(self, dialog: str) -> QByteArray:
        value = self._qs.value(DIALOG_GEOMETRY % dialog, QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_dialog_geometry(self, dialog: str, value: QByteArray) -> None:
        self._qs.setValue(DIALOG_GEOMETRY % dialog, value)

    def sync(self) -> None:
        self._qs.sync()

    def _upgrade(self) -> None:
        version = int(self._qs.value("meta/version", 0) or 0)
        if version < 1:
            # v0 had no language key; Vietnamese is the default for every existing user.
            if not self._qs.contains(LANGUAGE.key):
                self._qs.setValue(LANGUAGE.key, LANGUAGE.default)
        if version != SETTINGS_VERSION:
            self._qs.setValue("meta/version", SETTINGS_VERSION)
            self._qs.sync()
