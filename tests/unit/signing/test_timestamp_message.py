"""One timestamp-server message: the signer and the reachability check both say it, naming the server."""

from __future__ import annotations

from pathlib import Path

import tthc_desktop
from tthc_desktop.signing.errors import TimestampUnavailable


def test_the_message_names_the_server_or_not():
    named = TimestampUnavailable.for_server("http://tsa.example.vn").message
    assert named.startswith("Không kết nối được máy chủ cấp dấu thời gian http://tsa.example.vn. Tài liệu chưa được ký")
    assert TimestampUnavailable.for_server(None).message == TimestampUnavailable.default_message


def test_the_message_is_written_once():
    root = Path(tthc_desktop.__file__).parent
    holders = [p.relative_to(root).as_posix() for p in root.rglob("*.py")
               if "bỏ cấu hình dấu thời gian" in p.read_text(encoding="utf-8")]
    assert holders == ["signing/errors.py"]
