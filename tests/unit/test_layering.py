"""docs/ARCHITECTURE.md §2: PySide6 only in ui/; domain/ imports nothing else of the project; lower layers never import upper ones."""

from __future__ import annotations

import ast
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
