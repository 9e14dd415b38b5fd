"""The Vietnamese translation is complete: every UI string is in i18n/tthc_vi.ts, translated, current.

- pyside6-lupdate run over tthc_desktop/ui into a temporary .ts must find no string that
  i18n/tthc_vi.ts lacks (run `make i18n` and commit the .ts when this fails);
- no entry of the committed .ts is unfinished, empty, obsolete or vanished;
- translations keep the %1… placeholders and the & mnemonic of their source;
- every .ts compiles with lrelease with nothing unfinished;
- no user-visible literal goes straight to a Qt text setter without tr()/translate().
"""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
UI = ROOT / "tthc_desktop" / "ui"
BIN = ROOT / ".venv" / "bin"
TS_FILES = sorted(I18N.glob("*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d+|n)")

Key = tuple[str, str, str]  # (context, source, disambiguation comment)


def _tool(name: str) -> str:
    path = BIN / name
    assert path.is_file(), f"{name} missing from .venv (PySide6-Essentials provides it)"
    return str(path)


def _messages(ts: Path) -> dict[Key, ET.Element]:
    out: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = message
    return out


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """What lupdate finds in the UI sources today, exactly as `make i18n` runs it."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh_vi.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    result = subprocess.run([_tool("pyside6-lupdate"), "-silent", *sources, "-ts", str(out), "-no-obsolete"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    return out


def test_every_source_string_is_in_the_ts(fresh_ts):
    committed = _messages(I18N / "tthc_vi.ts")
    found = _messages(fresh_ts)
    missing = sorted(f"{c}: {s!r}" for (c, s, m) in found if (c, s, m) not in committed)
    assert not missing, "strings not in i18n/tthc_vi.ts (add them to i18n/vi/*.json, run make i18n):\n" + \
        "\n".join(missing)
    gone = sorted(f"{c}: {s!r}" for (c, s, m) in committed if (c, s, m) not in found)
    assert not gone, "entries whose source string left the code (run make i18n):\n" + "\n".join(gone)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_entry_finished(ts):
    problems = []
    for (context, source, _), message in _messages(ts).items():
        translation = message.find("translation")
        kind = None if translation is None else translation.get("type")
        texts = _translations(message)
        if translation is None:
            problems.append(f"{context}: {source!r} has no translation")
        elif kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {kind}")
        elif not texts or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_placeholders_and_mnemonics_kept(ts):
    problems = []
    for (context, source, _), message in _messages(ts).items():
        for text in _translations(message):
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
                problems.append(f"{context}: {source!r} → {text!r}: placeholders differ")
            has_mnemonic = bool(re.search(r"&(?!amp;|&|\s|$)", source.replace("&&", "")))
            if has_mnemonic and "&" not in text.replace("&&", ""):
                problems.append(f"{context}: {source!r} → {text!r}: lost its & shortcut letter")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_ts_compiles_with_nothing_unfinished(ts, tmp_path):
    result = subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(tmp_path / "out.qm")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", result.stdout)
    assert summary, result.stdout
    total, finished, unfinished = map(int, summary.groups())
    assert total > 0 and total == finished and unfinished == 0, result.stdout
    assert (tmp_path / "out.qm").stat().st_size > 0


# --- literals that bypass translation ------------------------------------------------------------

# Qt calls whose string arguments the user reads (index None: every argument).
_TEXT_CALLS: dict[str, int | None] = {
    name: None for name in (
        "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setTitle",
        "setLabelText", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addTab",
        "setTabText", "setTabToolTip", "addMenu", "setSubTitle", "setButtonText", "QLabel", "QPushButton",
        "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton", "information", "warning",
        "critical", "question", "setWhatsThis", "showMessage", "setCancelButtonText", "setInformativeText",
        "setDetailedText", "addRow", "setPrefix", "setSpecialValueText", "QProgressDialog", "getSaveFileName",
        "getOpenFileName", "getExistingDirectory", "setItemText", "QMessageBox", "addItems", "setNameFilter",
    )
}
_TEXT_CALLS.update({"addItem": 0, "insertItem": 1})
_TRANSLATING = re.compile(r"^(_?tr\w*|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP|_)$")
# Shown as they are in every language: the language names themselves, units, shortcuts, symbol examples.
_ALLOWED = {"Tiếng Việt", "English", "TTHC Desktop", " mm", "mm", "165/KH-UBND"}
_SHORTCUT = re.compile(r"^(Ctrl|Shift|Alt)\+\S+$")


def _name(func: ast.expr) -> str | None:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _untranslated(node: ast.AST):
    """String literals in ``node`` that do not pass through a translating call."""
    if isinstance(node, ast.Call) and _TRANSLATING.match(_name(node.func) or ""):
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.lineno, node.value
        return
    if isinstance(node, ast.JoinedStr):  # the literal parts of an f-string, read as one text
        text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        yield node.lineno, text
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                yield from _untranslated(value.value)
        return
    for child in ast.iter_child_nodes(node):
        yield from _untranslated(child)


def _user_visible(text: str) -> bool:
    if text.strip() in _ALLOWED or _SHORTCUT.match(text.strip()):
        return False
    words = re.sub(r"<[^>]*>|\{\}|&\w+;", " ", text).replace("TTHC Desktop", "")
    return bool(re.search(r"[^\W\d_]{2}", words))


def test_no_literal_bypasses_translation():
    problems = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _name(node.func) not in _TEXT_CALLS:
                continue
            index = _TEXT_CALLS[_name(node.func)]
            args = list(node.args) if index is None else node.args[index:index + 1]
            if index is None:
                args += [k.value for k in node.keywords if k.arg not in ("objectName", "data")]
            for arg in args:
                for line, text in _untranslated(arg):
                    if _user_visible(text):
                        problems.append(f"{path.relative_to(ROOT)}:{line}: {_name(node.func)}({text!r})")
    assert not problems, "user-visible text without tr()/translate():\n" + "\n".join(problems)


def test_every_translated_literal_reaches_lupdate(fresh_ts):
    """The blind spot of the test above: a literal passed to a translating wrapper (``_tr("…")``) passes the
    AST check, but lupdate does not see through the wrapper, so the string is never translated."""
    found = {source for (_, source, _) in _messages(fresh_ts)}
    problems = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not _TRANSLATING.match(_name(node.func) or ""):
                continue
            literals = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if not literals or (_name(node.func) in ("translate", "QT_TRANSLATE_NOOP") and len(literals) < 2):
                continue
            source = literals[0] if _name(node.func) in ("tr", "QT_TR_NOOP") else literals[-1]
            if _name(node.func) not in ("tr", "QT_TR_NOOP", "translate", "QT_TRANSLATE_NOOP"):
                source = literals[-1]
            if source not in found and _user_visible(source):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {_name(node.func)}({source!r})")
    assert not problems, "translated texts lupdate does not find (use tr()/translate() literally):\n" + \
        "\n".join(problems)
