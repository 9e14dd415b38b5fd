"""The officer's unit and name, as the first-run and "Thông tin đơn vị" dialogs save them, and where the
data lives: the shell's start-up reads these instead of the store."""

from __future__ import annotations

from typing import Any

from ..domain.entities import UnitLevel
from ..store.location import data_dir_notice, default_data_dir
from ..store.settings_repo import OFFICER_NAME
from ..store.units import AUTHORITY_SUGGESTIONS, LEVEL_ASKED
from .context import AppContext

__all__ = ["AUTHORITY_SUGGESTIONS", "answer_level_question", "data_dir_notice", "default_data_dir", "level_choice_pending",
           "mark_level_asked", "officer_name", "save_profile"]


def officer_name(ctx: AppContext) -> str:
    return ctx.settings.get(OFFICER_NAME, "") or ""


def save_profile(ctx: AppContext, unit_name: str, level: UnitLevel, officer: str, **details: Any) -> None:
    """The own unit and the officer's name, in one transaction."""
    with ctx.db.atomic():
        ctx.units.save_own_unit(unit_name, level, **details)
        ctx.settings.set(OFFICER_NAME, officer)


def level_choice_pending(ctx: AppContext) -> bool:
    """A unit still stored as cấp huyện whose officer was not asked yet for its new level."""
    return ctx.units.needs_level_choice() and not ctx.settings.get(LEVEL_ASKED)


def mark_level_asked(ctx: AppContext) -> None:
    ctx.settings.set(LEVEL_ASKED, "1")


def answer_level_question(ctx: AppContext, answer: dict[str, Any] | None) -> None:
    """The officer was asked (once); ``answer`` (save_profile's arguments) when they chose a level."""
    with ctx.db.atomic():
        mark_level_asked(ctx)
        if answer is not None:
            save_profile(ctx, **answer)
