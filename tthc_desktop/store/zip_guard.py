"""The one zip guard: ``zip_problem(infos, limits)`` checks a zip's member list (member count, declared sizes,
compression ratio, total size, names) under each caller's own limits before anything is inflated; the caller
words the problem in its own message. Plan and catalogue imports (.xlsx, .docx), restores and submission
packages use it."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

MIB = 1024 * 1024


@dataclass(frozen=True)
class ZipLimits:
    """What one kind of zip may hold; checked on the declared sizes before anything is inflated."""

    max_members: int
    max_total: int
    max_ratio: float
    ratio_min_size: int = MIB  # members smaller than this cannot bomb anything, whatever their ratio
    max_member: int | None = None
    member_caps: Mapping[str, int] = field(default_factory=dict)  # a bigger cap for named members
    ratio_exempt: frozenset[str] = frozenset()  # members that may compress well (a database)


@dataclass(frozen=True)
class ZipProblem:
    """Why a zip is refused: ``kind`` is "members", "name", "member_size", "ratio" or "total"."""

    kind: str
    member: str = ""
    value: float = 0


def zip_problem(infos: Iterable[zipfile.ZipInfo], limits: ZipLimits,
                name_ok: Callable[[str], bool] | None = None) -> ZipProblem | None:
    """The first problem of a zip's member list under ``limits``, or None when it may be opened."""
    infos = list(infos)
    if len(infos) > limits.max_members:
        return ZipProblem("members", value=len(infos))
    total = 0
    for info in infos:
        name = info.filename
        if name_ok is not None and not name_ok(name):
            return ZipProblem("name", name)
        cap = limits.member_caps.get(name, limits.max_member)
        if cap is not None and info.file_size > cap:
            return ZipProblem("member_size", name, info.file_size)
        if info.file_size >= limits.ratio_min_size and name not in limits.ratio_exempt:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                return ZipProblem("ratio", name, ratio)
        total += info.file_size
    if total > limits.max_total:
        return ZipProblem("total", value=total)
    return None
