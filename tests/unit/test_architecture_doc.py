"""docs/ARCHITECTURE.md must not rot: every path, function and make target it names still exists.

The map writes paths from the repository root (`tthc_desktop/store/lock.py`), a function as
`tthc_desktop/services/plan_import.py::import_plan` (or ``::Class.method``) and a target as `make lock`.
A short form such as `store/lock.py` is refused too: it cannot be checked, so it would rot unseen.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "ARCHITECTURE.md"
TOP_LEVEL = ("tthc_desktop", "tests", "resources", "i18n", "requirements", "packaging", "docs")
PATH_TOKEN = re.compile(r"^[\w.\-/<>*]+(?:::[\w.]+)?$")


def defined_names(module: Path) -> set[str]:
    """Top-level functions, classes and assigned names, plus ``Class.member`` for class bodies."""
    names: set[str] = set()
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            if isinstance(node, ast.ClassDef):
                for member in node.body:
                    if isinstance(member, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                        names.add(f"{node.name}.{member.name}")
                    elif isinstance(member, ast.AnnAssign) and isinstance(member.target, ast.Name):
                        names.add(f"{node.name}.{member.target.id}")
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def make_targets(makefile: Path) -> set[str]:
    return set(re.findall(r"^([\w.-]+)\s*:(?!=)", makefile.read_text(encoding="utf-8"), re.MULTILINE))


def _check_path(token: str, root: Path) -> str | None:
    path, _, qualified = token.partition("::")
    first = path.split("/")[0]
    if first not in TOP_LEVEL:
        if path.endswith(".py") and not ("/" not in path and (root / path).is_file()):  # setup.py is fine
            return f"`{token}`: write module paths from the repository root (e.g. `tthc_desktop/store/lock.py`)"
        return None  # not a repository path (`tthc.db.lock`, `backup.keep`, …)
    if "<" in path:  # a pattern such as i18n/vi/<feature>.json: its fixed folder must exist
        fixed = path[: path.index("<")].rsplit("/", 1)[0]
        return None if (root / fixed).is_dir() else f"`{token}`: folder {fixed} does not exist"
    if "*" in path:
        return None if any(root.glob(path)) else f"`{token}`: matches no file"
    target = root / path
    if not target.exists():
        return f"`{token}`: {path} does not exist"
    if qualified:
        if target.suffix != ".py":
            return f"`{token}`: only Python modules have names"
        if qualified not in defined_names(target):
            return f"`{token}`: {path} defines no {qualified}"
    return None


def doc_problems(doc: Path = DOC, root: Path = REPO) -> tuple[list[str], int]:
    """(problems, number of references checked) for the map at ``doc`` against the tree at ``root``."""
    problems: list[str] = []
    checked = 0
    targets = make_targets(root / "Makefile")
    for token in re.findall(r"`([^`\n]+)`", doc.read_text(encoding="utf-8")):
        token = token.strip()
        if token.startswith("make "):
            checked += 1
            target = token.split()[1]
            if target not in targets:
                problems.append(f"`{token}`: the Makefile has no target {target}")
        elif PATH_TOKEN.match(token) and ("/" in token or token.endswith(".py") or "::" in token):
            checked += 1
            if (problem := _check_path(token, root)) is not None:
                problems.append(problem)
    return problems, checked


def test_every_reference_in_the_map_exists():
    problems, checked = doc_problems()
    assert problems == []
    assert checked > 150  # the map really names modules, functions and targets; a broken regex would find none


def test_every_layer_is_on_the_map():
    text = DOC.read_text(encoding="utf-8")
    layers = sorted(p.name for p in (REPO / "tthc_desktop").iterdir() if (p / "__init__.py").exists())
    assert [name for name in layers if f"**{name}/**" not in text and f"`tthc_desktop/{name}/" not in text] == []
    modules = {p.name for p in (REPO / "tthc_desktop").glob("*.py")}
    assert [m for m in sorted(modules) if f"`tthc_desktop/{m}" not in text] == []


def test_checker_catches_a_rotten_map(tmp_path):
    """Plant each kind of rot in a small tree and a map that names it."""
    (tmp_path / "tthc_desktop" / "store").mkdir(parents=True)
    (tmp_path / "tthc_desktop" / "store" / "lock.py").write_text(
        "class DatabaseLock:\n    def acquire(self):\n        pass\n\ndef helper():\n    pass\n", encoding="utf-8")
    (tmp_path / "Makefile").write_text("test: lint\n\techo ok\n", encoding="utf-8")
    doc = tmp_path / "ARCHITECTURE.md"
    doc.write_text(
        "Good: `tthc_desktop/store/lock.py`, `tthc_desktop/store/lock.py::DatabaseLock.acquire`, "
        "`tthc_desktop/store/lock.py::helper`, `make test`, `tthc_desktop/store/<x>.py`, `tthc.db.lock`.\n"
        "Rotten: `tthc_desktop/store/gone.py`, `tthc_desktop/store/lock.py::DatabaseLock.release`, "
        "`tthc_desktop/store/lock.py::vanished`, `store/lock.py`, `make bench`, `tests/*.py`, "
        "`resources/<id>/x.json`.\n",
        encoding="utf-8",
    )
    problems, checked = doc_problems(doc, tmp_path)
    assert checked == 12
    expected = ["tthc_desktop/store/gone.py does not exist", "defines no DatabaseLock.release",
                "defines no vanished", "`store/lock.py`: write module paths from the repository root",
                "the Makefile has no target bench", "`tests/*.py`: matches no file",
                "folder resources does not exist"]
    assert len(problems) == len(expected)
    for fragment in expected:
        assert any(fragment in p for p in problems), (fragment, problems)
