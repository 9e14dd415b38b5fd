"""No import circles in tthc_desktop: module-level, function-level and TYPE_CHECKING imports all count (a
circle hidden in a function still ties two modules together). Relative imports are resolved, and
``from pkg import module`` points at the module. The failure prints the circle found."""

from __future__ import annotations

from pathlib import Path

from test_layering import PACKAGE, imported_names


def module_name(path: Path, package_root: Path) -> str:
    parts = list(path.relative_to(package_root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(package_root: Path = PACKAGE) -> dict[str, set[str]]:
    """Module → the project modules it imports (a name resolves to its longest module prefix)."""
    paths = {module_name(p, package_root): p for p in sorted(package_root.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        targets: set[str] = set()
        for _line, name in imported_names(path, package_root):
            while name and name not in paths:
                name = name.rpartition(".")[0]
            if name and name != module and name != package_root.name:  # the root package: version constants
                targets.add(name)
        graph[module] = targets
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One circle as [a, b, …, a], or None (depth-first search, iterative: no recursion limit)."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    for start in sorted(graph):
        if state.get(start):
            continue
        path, stack = [start], [iter(sorted(graph[start]))]
        state[start] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(sorted(graph.get(nxt, ()))))
    return None


# Left for another change (importers/, where each fix moves a public reader and the many tests that import it):
# exact module sets, so a new circle, or one growing to a third module, still fails.
KNOWN_CYCLES: set[frozenset[str]] = set()  # none left; a circle that must stay would be named here


def without_known(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The graph less the edges inside a known circle."""
    inside = {(a, b) for group in KNOWN_CYCLES for a in group for b in group}
    return {m: {t for t in targets if (m, t) not in inside} for m, targets in graph.items()}


def test_no_import_cycles():
    cycle = find_cycle(without_known(import_graph()))
    assert cycle is None, "import circle: " + " → ".join(cycle or [])


def test_known_cycles_still_exist():
    """A fixed circle leaves KNOWN_CYCLES (it cannot then hide a new one)."""
    graph = import_graph()
    for group in KNOWN_CYCLES:
        a, b = sorted(group)
        assert reaches(graph, a, b) and reaches(graph, b, a), f"{sorted(group)} is no circle any more"


def test_named_circles_stay_broken():
    """The circles issue 19 named, each checked on its own."""
    graph = import_graph()
    for a, b in [("ui.shell.main_window", "ui.backup.backup_menu"), ("ui.shell.main_window", "ui.shell.page_registry"),
                 ("ui.shell.main_window", "ui.procedures.procedures_page"),
                 ("ui.overview.dashboard_page", "ui.overview.reminders"),
                 ("services.backup_service", "services.context")]:
        a, b = f"tthc_desktop.{a}", f"tthc_desktop.{b}"
        assert not (reaches(graph, a, b) and reaches(graph, b, a)), f"{a} ↔ {b}"


def reaches(graph: dict[str, set[str]], source: str, target: str) -> bool:
    seen, todo = set(), [source]
    while todo:
        node = todo.pop()
        if node == target:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(graph.get(node, ()))
    return False


def test_cycle_finder_sees_planted_circles(tmp_path):
    """A function-level, a TYPE_CHECKING and a ``from package import module`` edge close a circle."""
    fake = tmp_path / "tthc_desktop"
    (fake / "ui").mkdir(parents=True)
    (fake / "__init__.py").write_text("__version__ = '1'\n")
    (fake / "ui" / "__init__.py").write_text("")
    (fake / "ui" / "window.py").write_text("from .. import __version__\ndef build():\n    from .menu import install\n")
    (fake / "ui" / "menu.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import page\n")
    (fake / "ui" / "page.py").write_text("from tthc_desktop.ui import window\n")
    (fake / "ui" / "alone.py").write_text("from .window import build\n")
    graph = import_graph(fake)
    assert graph["tthc_desktop.ui.window"] == {"tthc_desktop.ui.menu"}  # the root package is no edge
    assert find_cycle(graph) == ["tthc_desktop.ui.window", "tthc_desktop.ui.menu", "tthc_desktop.ui.page",
                                 "tthc_desktop.ui.window"]
    (fake / "ui" / "page.py").write_text("")
    assert find_cycle(import_graph(fake)) is None
