"""Errors of the signing layer, each with a Vietnamese message for the user.

``str(error)`` is what the UI and the command line show. Messages never contain a
PIN or password: the constructors only ever receive paths, labels and dates.
"""

from __future__ import annotations

from pathlib import Path

PIN_WARNING = "Lưu ý: nhập sai 3 lần sẽ khóa token."


class SigningError(Exception):
    """Base class: something prevented signing or verifying; the message is for the user."""

    default_message = "Không ký được tài liệu."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self)


def read_user_file(path: Path, error: SigningError) -> bytes:
    """The bytes of a file the user named; *error* (its message names the file) when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError:
        raise error from None


class WrongPin(SigningError):
    default_message = f"Mã PIN không đúng. {PIN_WARNING}"


class TokenLocked(SigningError):
    default_message = (
        "Token đã bị khóa do nhập sai mã PIN quá số lần cho phép. "
        "Hãy liên hệ nhà cung cấp chứng thư số để mở khóa."
    )


class DriverMissing(SigningError):
    default_message = (
        "Không tìm thấy hoặc không nạp được trình điều khiển (PKCS#11) của token. "
        "Hãy cài phần mềm của nhà cung cấp token hoặc chọn tệp DLL của trình điều khiển."
    )


class DriverArchMismatch(SigningError):
    default_message = (
        "Trình điều khiển token không cùng kiến trúc với ứng dụng (32-bit/64-bit). "
        "Hãy chọn bản DLL 64-bit của nhà cung cấp token."
    )


class CertificateExpired(SigningError):
    default_message = "Chứng thư số đã hết hạn hoặc chưa có hiệu lực."


class WrongPassword(SigningError):
    default_message = "Mật khẩu của tệp chứng thư số (.pfx/.p12) không đúng."


class TokenNotFound(SigningError):
    default_message = "Không tìm thấy token. Hãy cắm token vào máy và thử lại."


class KeyNotFound(SigningError):
    default_message = "Không tìm thấy khóa bí mật hoặc chứng thư số trên token."


class TimestampUnavailable(SigningError):
    default_message = (
        "Không kết nối được máy chủ cấp dấu thời gian. Tài liệu chưa được ký; "
        "hãy kiểm tra địa chỉ máy chủ hoặc bỏ cấu hình dấu thời gian để ký không có dấu thời gian."
    )

    @classmethod
    def for_server(cls, url: str | None) -> TimestampUnavailable:
        """The one message for an unreachable timestamp server, naming it."""
        return cls(cls.default_message.replace("dấu thời gian.", f"dấu thời gian {url}.", 1) if url else None)
