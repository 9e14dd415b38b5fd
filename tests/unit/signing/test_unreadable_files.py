"""A file the user named that cannot be read (here a folder) gives the signing layer's Vietnamese error naming it."""

from __future__ import annotations

import pytest

from tthc_desktop.signing.embed import embedded_files
from tthc_desktop.signing.errors import SigningError
from tthc_desktop.signing.signers import open_pkcs12_signer
from tthc_desktop.signing.trust_store import TrustStore, TrustStoreError
from tthc_desktop.signing.verify import verify_pdf


@pytest.fixture
def unreadable(tmp_path):
    folder = tmp_path / "khong-doc-duoc.pdf"  # a folder: read_bytes fails with an OSError on every system
    folder.mkdir()
    return folder


@pytest.mark.parametrize(("read", "error", "words"), [
    (lambda p: open_pkcs12_signer(p, b"x"), SigningError, "Không đọc được tệp chứng thư số"),
    (lambda p: TrustStore(p.parent / "trust").import_file(p), TrustStoreError, "Không đọc được tệp"),
    (lambda p: verify_pdf(p, []), SigningError, "Không đọc được tệp PDF"),
    (embedded_files, SigningError, "Không đọc được tệp PDF"),
])
def test_unreadable_file_is_named_in_the_error(unreadable, read, error, words):
    with pytest.raises(error) as caught:
        read(unreadable)
    assert words in str(caught.value) and str(unreadable) in str(caught.value)
    assert caught.value.__suppress_context__  # no OSError chained into what the user sees
