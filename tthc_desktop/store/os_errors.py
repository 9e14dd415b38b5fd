"""File-system failures in Vietnamese: users never see "[Errno 28] No space left on device"."""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EFBIG: "ổ đĩa đã đầy hoặc tệp vượt giới hạn kích thước",
    errno.EDQUOT: "đã hết dung lượng được cấp",
    errno.EACCES: "không có quyền ghi",
    errno.EPERM: "không có quyền ghi",
    errno.EROFS: "ổ đĩa chỉ cho phép đọc",
    errno.ENOENT: "không tìm thấy tệp hoặc thư mục",
    errno.EEXIST: "tệp đã có",
    errno.EISDIR: "đây là một thư mục",
    errno.ENOTDIR: "đường dẫn không phải thư mục",
    errno.EIO: "lỗi đọc/ghi ổ đĩa",
    errno.EBUSY: "tệp đang được chương trình khác dùng",
    errno.ENAMETOOLONG: "tên tệp quá dài",
}


def os_error_vi(exc: BaseException) -> str:
    """A short Vietnamese reason for an OSError (or any exception: its errno if it has one)."""
    err = getattr(exc, "errno", None)
    if err in _REASONS:
        return _REASONS[err]
    winerror = getattr(exc, "winerror", None)
    if winerror in (32, 33):  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        return "tệp đang được chương trình khác mở"
    if winerror == 112:  # ERROR_DISK_FULL
        return "ổ đĩa đã đầy"
    if err is not None:
        return f"lỗi hệ thống tệp (mã {err})"
    return "lỗi hệ thống tệp"
