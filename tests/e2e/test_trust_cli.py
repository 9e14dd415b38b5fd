"""Issue 14: `verify` on a received government-style PDF (SHA-1 CAdES + timestamp) names what trust lacks, no
traceback; `trust issuer` shows the fingerprint then trusts the signer's issuer; `trust import` takes a root."""

from __future__ import annotations

import json

import gov_pki
import pytest
import signing_support as S
from cli_support import run


@pytest.fixture(scope="module")
def gov(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gov")
    return gov_pki.build(folder, S.write_report_pdf(folder / "plan.pdf"))


def test_verify_names_the_missing_root_and_the_old_algorithm(gov, tmp_path):
    db = str(tmp_path / "t.db")
    result = run("verify", str(gov["signed"]), "--db", db, cwd=tmp_path)
    assert result.returncode == 1, result.stderr  # valid, only not trusted: exit 1 (issue 18), never a traceback
    assert "Traceback" not in result.stderr and "DisallowedAlgorithm" not in result.stderr
    assert "thiếu chứng thư gốc «RootCA chuyên dùng Chính phủ G2» (Ban Cơ yếu Chính phủ)" in result.stdout
    assert "thuật toán cũ (SHA-1)" in result.stdout
    data = json.loads(run("verify", str(gov["signed"]), "--db", db, "--json", cwd=tmp_path).stdout)
    [sig] = data["signatures"]
    assert sig["valid"] and not sig["trusted"] and sig["legacy_algorithm"] == "SHA-1"
    assert sig["missing_trust"].startswith("thiếu chứng thư gốc «RootCA chuyên dùng Chính phủ G2»")


def test_trust_issuer_after_the_fingerprint(gov, tmp_path):
    db = str(tmp_path / "t.db")
    refused = run("trust", "issuer", str(gov["signed"]), "--db", db, cwd=tmp_path, stdin="k\n")
    assert "Dấu vân tay SHA-256:" in refused.stdout and "Không thêm." in refused.stdout
    assert not json.loads(run("verify", str(gov["signed"]), "--db", db, "--json", cwd=tmp_path).stdout)[
        "all_trusted"]
    added = run("trust", "issuer", str(gov["signed"]), "--db", db, cwd=tmp_path, stdin="c\n")
    assert added.returncode == 0 and "Đã thêm chứng thư trung gian" in added.stdout
    assert json.loads(run("verify", str(gov["signed"]), "--db", db, "--json", cwd=tmp_path).stdout)["all_trusted"]


def test_trust_import_a_root_file(gov, tmp_path):
    db = str(tmp_path / "t.db")
    result = run("trust", "import", str(gov["root"]), "--db", db, cwd=tmp_path)
    assert result.returncode == 0 and "RootCA chuyên dùng Chính phủ G2" in result.stdout
    assert json.loads(run("verify", str(gov["signed"]), "--db", db, "--json", cwd=tmp_path).stdout)["all_trusted"]
    bad = run("trust", "import", str(gov["signed"]), "--db", db, cwd=tmp_path)
    assert bad.returncode == 2 and "không chứa chứng thư số hợp lệ" in bad.stderr
