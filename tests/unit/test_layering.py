"""docs/ARCHITECTURE.md §2: PySide6 only in ui/; domain/ imports nothing else of the project; lower layers never
import upper ones; ui/ talks to services only (no store/importers import beyond a few plain types, no SQL)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "tthc_desktop"

# Rank of each top-level part; a module may import only parts of equal or lower rank.
# reports/ and signing/ sit side by side: the signer draws appearances with the report fonts.
RANKS = {
    "domain": 0,
    "store": 1,
    "importers": 2,
    "reports": 3,
    "signing": 3,
    "services": 4,
    "commands": 5,
    "cli": 5,
    "__main__": 6,
    "ui": 6,
}
ROOT_MODULES = {"__init__"}  # version constants, importable from anywhere


def project_imports(path: Path, package_root: Path = PACKAGE) -> list[tuple[int, str]]:
    """(line, dotted target) of every import in ``path``, relative ones resolved against the package."""
    module_parts = list(path.relative_to(package_root.parent).with_suffix("").parts)
    if module_parts[-1] == "__init__":
        module_parts = module_parts[:-1]
    package_parts = module_parts if path.name == "__init__.py" else module_parts[:-1]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                if not node.module:
                    found.extend((node.lineno, f"{target}.{a.name}") for a in node.names)
                    continue
            else:
                target = node.module or ""
            found.append((node.lineno, target))
    return found


def layer_of(dotted: str) -> str | None:
    parts = dotted.split(".")
    if parts[0] != "tthc_desktop":
        return None
    if len(parts) == 1 or parts[1] not in RANKS:
        return "__init__"  # the package itself or a name it defines, e.g. __version__
    return parts[1]


def violations(package_root: Path = PACKAGE) -> list[str]:
    problems: list[str] = []
    for path in sorted(package_root.rglob("*.py")):
        rel = path.relative_to(package_root)
        own = rel.parts[0].removesuffix(".py")
        for line, target in project_imports(path, package_root):
            where = f"{rel}:{line}"
            if target.split(".")[0] == "PySide6" and own != "ui":
                problems.append(f"{where} imports PySide6 outside ui/")
            other = layer_of(target)
            if other is None or other in ROOT_MODULES or other == own:
                continue
            if own == "domain":
                problems.append(f"{where}: domain/ imports {target}")
            elif RANKS.get(other, 99) > RANKS.get(own, -1):
                problems.append(f"{where}: {own} imports upper layer {target}")
    return problems


# What ui/ may still import from store/ and importers/: plain types it shows or catches, never behaviour.
UI_ALLOWED = {
    "tthc_desktop.store.task_query.TaskFilter": "the task list's filter, a frozen value the pages hand around",
    "tthc_desktop.store.errors.StoreError": "typed error: its Vietnamese message is shown as it is",
    "tthc_desktop.store.errors.DatabaseInUse": "typed error: the start-up exits with its own code",
    "tthc_desktop.importers.errors.ImportFailure": "typed error: its Vietnamese message names the file and row",
    "tthc_desktop.store.attachments.AttachmentError": "typed error: names the attached file it could not keep",
}
UI_FORBIDDEN_MODULES = ("sqlite3", "sqlite_utils", "apsw")
SQL_METHODS = {"execute", "executemany", "executescript", "query", "atomic"}  # raw SQL or a transaction
# Temporary: helper "bgop" moves ui/reports, ui/submissions, ui/backup and the dashboard loader onto services;
# the lead empties this set when merging it. Exact entries ("path: what"), so any NEW violation still fails.


def imported_names(path: Path, package_root: Path = PACKAGE) -> list[tuple[int, str]]:
    """(line, dotted name) of every import: ``from a.b import c`` gives ``a.b.c`` (relative ones resolved)."""
    found: list[tuple[int, str]] = []
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    module_targets = dict(project_imports(path, package_root))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or "" if not node.level else None
            if base is None:  # resolved by project_imports (same line)
                base = module_targets.get(node.lineno, "")
                if not node.module:
                    base = base.rpartition(".")[0]
            found.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names)
    return found


def ui_violations(package_root: Path = PACKAGE) -> list[str]:
    """ui/ must not import store/ or importers/ (apart from UI_ALLOWED), nor a database driver, nor call
    SQL (``.execute``, ``.query``, ``.atomic``…), nor even hold the database handle (``ctx.db``)."""
    problems: list[str] = []
    for path in sorted((package_root / "ui").rglob("*.py")):
        rel = path.relative_to(package_root).as_posix()
        for line, name in imported_names(path, package_root):
            layer = layer_of(name)
            if layer in ("store", "importers") and name not in UI_ALLOWED:
                problems.append(f"{rel}:{line}: imports {name}")
            elif name.split(".")[0] in UI_FORBIDDEN_MODULES:
                problems.append(f"{rel}:{line}: imports {name}")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_METHODS:
                problems.append(f"{rel}:{node.lineno}: calls .{node.func.attr}()")
            elif isinstance(node, ast.Attribute) and node.attr == "db":
                problems.append(f"{rel}:{node.lineno}: reads the database handle (.db)")
    return problems


def test_ui_talks_only_to_services():
    assert ui_violations() == []


def test_ui_rule_catches_violations(tmp_path):
    """Plant each kind of ui/ violation in a copy: the rule must see every one, and the allow-list only its types."""
    fake = tmp_path / "tthc_desktop"
    (fake / "ui" / "tasks").mkdir(parents=True)
    (fake / "ui" / "tasks" / "page.py").write_text(
        "import sqlite3\n"
        "from ...store.task_query import TaskFilter, fetch_page\n"
        "from tthc_desktop.importers import plan_rows\n"
        "from ...importers.errors import ImportFailure\n"
        "def f(ctx):\n"
        "    conn.execute('SELECT 1')\n"
        "    with writer.atomic():\n"
        "        return ctx.db['plans'].get(1)\n")
    found = ui_violations(fake)
    assert found == [
        "ui/tasks/page.py:1: imports sqlite3",
        "ui/tasks/page.py:2: imports tthc_desktop.store.task_query.fetch_page",
        "ui/tasks/page.py:3: imports tthc_desktop.importers.plan_rows",
        "ui/tasks/page.py:6: calls .execute()",
        "ui/tasks/page.py:7: calls .atomic()",
        "ui/tasks/page.py:8: reads the database handle (.db)",
    ]


# A page asks its PageHost (ui/shell/page_host.py); it never probes the window for what it might have.
WINDOW_PROBE = re.compile(r"\b(getattr|hasattr)\(\s*(self\.)?(_?window_?|_?host|window\(\))\s*,")


def window_probes(package_root: Path = PACKAGE) -> list[str]:
    return [f"{path.relative_to(package_root).as_posix()}:{number}: {line.strip()}"
            for path in sorted((package_root / "ui").rglob("*.py"))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if WINDOW_PROBE.search(line)]


def test_pages_do_not_probe_the_window():
    assert window_probes() == []


def test_probe_rule_catches_probes(tmp_path):
    fake = tmp_path / "tthc_desktop" / "ui" / "tasks"
    fake.mkdir(parents=True)
    (fake / "page.py").write_text(
        "a = getattr(self._window, 'actions', None)\n"
        "if hasattr(self._window, 'show_page'):\n"
        "    b = getattr(window, 'today_fn', None)\n"
        "c = getattr(self.window(), 'undo_stack', None)\n"
        "d = getattr(p, key)\n")  # reading a field by name is no probe
    assert [p.split(":")[1] for p in window_probes(tmp_path / "tthc_desktop")] == ["1", "2", "3", "4"]


def test_layering_holds():
    assert violations() == []


def test_every_top_level_part_has_a_rank():
    parts = {p.name.removesuffix(".py") for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    assert parts - set(RANKS) - ROOT_MODULES == set()


def test_checker_catches_violations(tmp_path):
    """The rule itself must be able to fail: plant each kind of violation in a copy."""
    fake = tmp_path / "tthc_desktop"
    (fake / "domain").mkdir(parents=True)
    (fake / "store").mkdir()
    (fake / "domain" / "rules.py").write_text("from ..store import tasks\n")
    (fake / "store" / "bad.py").write_text("from PySide6.QtCore import QObject\nfrom tthc_desktop.ui import app\n")
    found = violations(fake)
    assert any("domain/ imports tthc_desktop.store" in p for p in found)
    assert any("imports PySide6 outside ui/" in p for p in found)
    assert any("store imports upper layer tthc_desktop.ui" in p for p in found)
