"""The suite stays strict about our own code: `filterwarnings = error` in pyproject.toml, with third-party
warnings ignored only narrowly (by message, category and module). Runs pytest on a generated test file
with the project's own configuration and checks which warnings fail it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TEMPLATE = textwrap.dedent('''
    import warnings

    def test_warns():
        code = compile("warnings.warn({message!r}, {category})", "<generated>", "exec")
        exec(code, {{"__name__": {module!r}, "warnings": warnings, **{imports}}})
''')


def _run(tmp_path: Path, *, module: str, message: str, category: str, imports: str = "{}") -> str:
    """'passed', or 'failed' when the warning became the test's error (any other failure is a broken run)."""
    test = tmp_path / "test_generated_warning.py"
    test.write_text(TEMPLATE.format(module=module, message=message, category=category, imports=imports),
                    encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", str(ROOT / "pyproject.toml"),
         "--rootdir", str(tmp_path), str(test)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path)
    if result.returncode == 0 and "1 passed" in result.stdout:
        return "passed"
    assert result.returncode == 1 and "Warning: " + message[:10] in result.stdout, result.stdout + result.stderr
    return "failed"


def test_warning_from_our_own_code_fails_the_suite(tmp_path):
    assert _run(tmp_path, module="tthc_desktop.domain.deadlines", message="old API",
                category="DeprecationWarning") == "failed"


CRYPTO = '{"C": __import__("cryptography.utils", fromlist=["x"]).CryptographyDeprecationWarning}'


def test_same_category_and_message_from_our_code_still_fails(tmp_path):
    # The ignore names pyHanko's module: the same warning raised by us is not excused.
    assert _run(tmp_path, module="tthc_desktop.signing.verify", message="DSA is deprecated and ...",
                category="C", imports=CRYPTO) == "failed"


def test_the_narrow_third_party_ignore_still_applies(tmp_path):
    assert _run(tmp_path, module="pyhanko.sign.signers.pdf_cms", message="DSA is deprecated and ...",
                category="C", imports=CRYPTO) == "passed"


@pytest.mark.parametrize("module", ["pyhanko.sign.validation", "cryptography.x509"])
def test_other_third_party_modules_are_not_excused(tmp_path, module):
    assert _run(tmp_path, module=module, message="DSA is deprecated and ...", category="C",
                imports=CRYPTO) == "failed"
