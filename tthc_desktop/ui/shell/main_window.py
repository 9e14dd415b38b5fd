"""The main window: left navigation, page stack, menus from the action registry, status bar. It is the pages'
PageHost (page_host.py): they ask it for the context, settings, undo stack, actions, clock and navigation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from ...services import unit_profile
from ...services.context import AppContext
from ..backup.backup_menu import install_backup_menu
from ..widgets.page_parts import hbox
from .actions import ActionId, ActionRegistry
from .page_host import Clock
from .page_registry import PageFactory, page_factories
from .pages import PAGES, InfoPage, page_titles
from .settings import GEOMETRY, LAST_IMPORT_DIR, LAST_PAGE, WINDOW_STATE, AppSettings

if TYPE_CHECKING:
    from ...store.task_query import TaskFilter
    from ..tasks.plan_import_wizard import PlanImportWizard
    from .about_dialog import AboutDialog
    from .first_run_dialog import FirstRunDialog
    from .settings_dialog import SettingsDialog
    from .user_guide_dialog import UserGuideDialog


class _Pages(dict):
    """Page key → page widget; a page is built on first access (or first show), not with the window."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        self._window.ensure_page(key)
        return super().__getitem__(key)

    def get(self, key: str, default: QWidget | None = None) -> QWidget | None:
        return self[key] if key in self else default


class MainWindow(QMainWindow):
    closing = Signal()  # the window got its Close event (the on-close backup runs on it)

    def __init__(self, ctx: AppContext, settings: AppSettings, parent: QWidget | None = None, *,
                 clock: Clock | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.settings = settings
        self.clock = clock or Clock()
        self.undo_stack = QUndoStack(self)
        self.actions = ActionRegistry(self)
        self._build_pages()
        self._build_menus()
        self._connect_actions()
        self.update_title()
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", str(ctx.db_path)))
        self._restore_state()

    # -- construction -----------------------------------------------------------------
    def _build_pages(self) -> None:
        titles = page_titles()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(180)  # room for "Thủ tục hành chính"; the pages need the rest of a 1366-pixel screen
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 9px 12px; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = _Pages(self)
        # Pages are built the first time they are shown (or asked for): building them all imported the
        # report, signing and spreadsheet libraries at every start. Until then an empty widget stands in.
        self._factories: dict[str, PageFactory] = page_factories()
        for spec in PAGES:
            title, sentence = titles[spec.key]
            # a page with a factory is built before it is first shown: its stand-in is never seen
            page = QWidget() if spec.key in self._factories else InfoPage(spec.key, title, sentence)
            dict.__setitem__(self.pages, spec.key, page)
            self.stack.addWidget(page)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        # A plain row, not a splitter: the navigation has a fixed width, and a splitter gave its pane 256 px,
        # leaving a blank band of ~80 px before every page
        central = QWidget()
        row = hbox(self.nav, (self.stack, 1))
        row.setContentsMargins(0, 0, 0, 0)
        central.setLayout(row)
        self.setCentralWidget(central)
        self.ensure_page("overview")
        from ..overview.reminders import install_reminders  # the banner's counts come from the dashboard

        self.reminders = install_reminders(self, self.clock.today, self.pages["overview"])

    def ensure_page(self, key: str) -> None:
        """Replace the stand-in of page ``key`` by its real widget, once."""
        factory = self._factories.pop(key, None)
        if factory is None:
            return
        index = [p.key for p in PAGES].index(key)
        placeholder = dict.__getitem__(self.pages, key)
        page = factory(self)
        dict.__setitem__(self.pages, key, page)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)

    def _build_menus(self) -> None:
        a = self.actions
        undo, redo = a[ActionId.UNDO], a[ActionId.REDO]
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._on_undo_text_changed)
        self.undo_stack.redoTextChanged.connect(self._on_redo_text_changed)
        undo.setEnabled(False)
        redo.setEnabled(False)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("menu_file")
        file_menu.addAction(a[ActionId.IMPORT_PLAN])
        file_menu.addAction(a[ActionId.EXPORT_REPORT])
        file_menu.addAction(a[ActionId.PRINT])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.UNIT_PROFILE])
        file_menu.addAction(a[ActionId.SETTINGS])
        calendar = file_menu.addAction(self.tr("Days off and make-up days…"))
        calendar.setObjectName("action_calendar_days")
        calendar.triggered.connect(self.show_calendar_days)
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.QUIT])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("menu_edit")
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(a[ActionId.FIND])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.setObjectName("menu_view")
        for spec in PAGES:
            view_menu.addAction(a[spec.action])
        view_menu.addSeparator()
        view_menu.addAction(a[ActionId.FULL_SCREEN])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu_help")
        help_menu.addAction(a[ActionId.HELP])
        help_menu.addSeparator()
        help_menu.addAction(a[ActionId.ABOUT])
        install_backup_menu(self)  # "Back up now" / "Restore…" before Quit, automatic backups

    def _connect_actions(self) -> None:
        a = self.actions
        a.connect(ActionId.QUIT, self.close)
        a.connect(ActionId.UNDO, self.undo)
        a.connect(ActionId.REDO, self.redo)
        a.connect(ActionId.ABOUT, self.show_about)
        a.connect(ActionId.IMPORT_PLAN, self.show_import_wizard)  # the tasks page's button: ensure_page
        a.connect(ActionId.SETTINGS, self.show_settings)
        a.connect(ActionId.UNIT_PROFILE, self.edit_unit_profile)
        a.connect(ActionId.FULL_SCREEN, self._toggle_full_screen)
        for index, spec in enumerate(PAGES):
            a.connect(spec.action, lambda _checked=False, i=index: self.nav.setCurrentRow(i))
        a.connect(ActionId.HELP, self.show_user_guide)

    # -- undo: the menu names the step, the status bar confirms it ---------------------------
    def undo(self) -> None:
        text = self.undo_stack.undoText()
        if self.undo_stack.canUndo():
            self.undo_stack.undo()
            self.statusBar().showMessage(self.tr("Undone: %1").replace("%1", text), 10000)

    def redo(self) -> None:
        text = self.undo_stack.redoText()
        if self.undo_stack.canRedo():
            self.undo_stack.redo()
            self.statusBar().showMessage(self.tr("Redone: %1").replace("%1", text), 10000)

    def _on_undo_text_changed(self, text: str) -> None:
        action = self.actions[ActionId.UNDO]
        action.setText(self.tr("&Undo: %1").replace("%1", text) if text else self.tr("&Undo"))
        action.setStatusTip(text)

    def _on_redo_text_changed(self, text: str) -> None:
        action = self.actions[ActionId.REDO]
        action.setText(self.tr("&Redo: %1").replace("%1", text) if text else self.tr("&Redo"))
        action.setStatusTip(text)

    # -- behaviour ----------------------------------------------------------------------
    def update_title(self) -> None:
        unit = self.ctx.units.own_unit()
        name = unit.name if unit else self.tr("(unit not set)")
        self.setWindowTitle(f"{name} — TTHC Desktop")

    def current_page_key(self) -> str:
        return PAGES[self.stack.currentIndex()].key

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow([p.key for p in PAGES].index(key))
        return self.pages[key]

    def show_tasks(self, flt: TaskFilter | None = None, task_id: int | None = None) -> None:
        page = self.show_page("tasks")
        if flt is not None:
            page.apply_filter(flt)
        if task_id is not None:
            page.select_task(task_id)

    def show_about(self) -> AboutDialog:
        from .about_dialog import AboutDialog

        dialog = AboutDialog(self.ctx.db_path, self.ctx.schema_version(), self)
        dialog.open()
        return dialog

    def show_user_guide(self) -> UserGuideDialog:
        from ...services import backup_service
        from .user_guide_dialog import UserGuideDialog

        dialog = UserGuideDialog(self.ctx.data_dir, backup_service.backup_folder_safe(self.ctx), self)
        dialog.open()
        return dialog

    def show_import_wizard(self) -> PlanImportWizard:
        from ..tasks.plan_import_wizard import PlanImportWizard

        wizard = PlanImportWizard(self.ctx, self, start_dir=self.settings.get(LAST_IMPORT_DIR))
        wizard.imported.connect(lambda result: self._on_wizard_imported(wizard, result))
        wizard.open()
        return wizard

    def _on_wizard_imported(self, wizard: PlanImportWizard, result) -> None:
        if wizard.path is not None:
            self.settings.set(LAST_IMPORT_DIR, str(wizard.path.parent))
        if result.reimport:
            text = self.tr("Plan updated: %1 changed, %2 added, %3 unchanged.")
            text = text.replace("%1", str(result.updated)).replace("%2", str(result.created))
            text = text.replace("%3", str(result.unchanged))
        else:  # count tasks as the wizard and the Tasks page do: heading rows apart
            items = wizard.final_preview().tasks if wizard.preview is not None else []
            headings = sum(1 for t in items if t.is_heading)
            text = self.tr("Plan imported: %1 tasks (and %2 heading rows).")
            text = text.replace("%1", str(len(items) - headings)).replace("%2", str(headings))
        self.statusBar().showMessage(text, 10000)
        self.show_page("tasks")

    def show_settings(self) -> SettingsDialog:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, ctx=self.ctx)
        dialog.open()
        return dialog

    def show_calendar_days(self, _checked: bool = False, year: int | None = None):
        from .calendar_dialog import CalendarDaysDialog

        dialog = CalendarDaysDialog(self.ctx, year or self.clock.today().year, self)
        dialog.open()
        return dialog

    def edit_unit_profile(self) -> FirstRunDialog:
        from .first_run_dialog import FirstRunDialog

        unit = self.ctx.units.own_unit()
        dialog = FirstRunDialog(self, unit=unit, officer=unit_profile.officer_name(self.ctx),
                                first_run=False)
        dialog.accepted.connect(lambda: self.save_profile(dialog))
        dialog.open()
        return dialog

    def save_profile(self, dialog: FirstRunDialog) -> None:
        unit_profile.save_profile(self.ctx, **dialog.profile())
        self.update_title()

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.ensure_page(PAGES[row].key)
            self.stack.setCurrentIndex(row)

    # -- persistence --------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.get(GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        state = self.settings.get(WINDOW_STATE)
        if state:
            self.restoreState(state)
        last = self.settings.get(LAST_PAGE)
        self.nav.setCurrentRow(last if 0 <= last < len(PAGES) else 0)

    def save_state(self) -> None:
        self.settings.set(GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set(LAST_PAGE, self.stack.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        self.save_state()
        super().closeEvent(event)
