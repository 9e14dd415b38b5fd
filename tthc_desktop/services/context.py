"""AppContext: the one object that carries the open database, its lock and the repositories to every layer above."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from ..store.audit import AuditedWriter
from ..store.database import open_database
from ..store.errors import NotADatabase
from ..store.location import resolve_db_path
from ..store.lock import DatabaseLock
from ..store.migrations import schema_version
from ..store.plans import PlanRepository
from ..store.settings_repo import OFFICER_NAME, SettingsRepository
from ..store.sqlite_db import Database
from ..store.tasks import TaskRepository
from ..store.units import UnitRepository
from .backup_folders import restore_advice  # the advice names the newest backup
from .events import EventHub
from .leftovers import clean_leftovers


@dataclass
class AppContext:
    db_path: Path
    db: Database
    lock: DatabaseLock
    writer: AuditedWriter = field(init=False)
    units: UnitRepository = field(init=False)
    settings: SettingsRepository = field(init=False)
    plans: PlanRepository = field(init=False)
    tasks: TaskRepository = field(init=False)
    events: EventHub = field(default_factory=EventHub)
    _actor_name: str | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.writer = AuditedWriter(self.db, actor=self.actor)
        self.units = UnitRepository(self.writer)
        self.settings = SettingsRepository(self.writer, on_change=self._setting_changed)
        self.plans = PlanRepository(self.writer)
        self.tasks = TaskRepository(self.writer)

    @classmethod
    def open(cls, db: str | Path | None = None) -> AppContext:
        """Lock, open and migrate the database; raises StoreError subclasses with Vietnamese messages."""
        path = resolve_db_path(db)
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = DatabaseLock(path)
        lock.acquire()
        try:
            database = open_database(path)
        except NotADatabase as exc:
            lock.release()
            raise NotADatabase(f"{exc} {restore_advice(path)}") from None
        except BaseException:
            lock.release()
            raise
        ctx = cls(db_path=path, db=database, lock=lock)
        clean_leftovers(ctx)  # what a killed run left (lock held: nobody else writes)
        return ctx

    @property
    def data_dir(self) -> Path:
        """Folder beside the database for managed attachments, backups and settings."""
        return self.db_path.parent

    def schema_version(self) -> int:
        """The database's schema version (the About dialog shows it)."""
        return schema_version(self.db)

    def actor(self) -> str:
        """Who is writing: the officer's name from the settings, else the login name.

        Every audited write asks, so the answer is cached; ``settings.set(OFFICER_NAME)`` and ``reconnect``
        drop it, and it is only stored outside a transaction (a rolled-back rename must not stay cached).
        """
        if self._actor_name is not None:
            return self._actor_name
        name = (self.settings.get(OFFICER_NAME) if hasattr(self, "settings") else None) or _login_name()
        if not self.db.conn.in_transaction:
            self._actor_name = name
        return name

    def _setting_changed(self, key: str) -> None:
        if key == OFFICER_NAME:
            self._actor_name = None

    def reconnect(self) -> None:
        """Reopen the file under the SAME Database object (after a restore replaced it): every repository
        and service that holds ``ctx.db`` keeps working without being rebuilt."""
        self.db.conn = open_database(self.db_path).conn
        self._actor_name = None  # the restored file may name another officer

    def close(self) -> None:
        try:
            self.db.conn.close()
        finally:
            self.lock.release()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@functools.cache
def _login_name() -> str:
    """The OS login name; it cannot change while the process runs."""
    import getpass  # with the first write: its terminal modules are no part of opening the window

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name is not worth failing a write for
        return "?"
