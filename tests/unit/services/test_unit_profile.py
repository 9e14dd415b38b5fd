"""services.unit_profile: the first-run / "Thông tin đơn vị" answers saved in one transaction, the level
question asked once, and the schema version the About dialog shows."""

from __future__ import annotations

import pytest

from tthc_desktop.domain.entities import UnitLevel
from tthc_desktop.services import unit_profile
from tthc_desktop.store.migrations import latest_version


def test_profile_saved_with_the_officer(ctx):
    unit_profile.save_profile(ctx, unit_name="Sở Tư pháp", level=UnitLevel.DEPARTMENT, officer="Trần Thị Hoa")
    assert ctx.units.own_unit().name == "Sở Tư pháp"
    assert unit_profile.officer_name(ctx) == "Trần Thị Hoa"


def test_refused_unit_name_leaves_the_officer(ctx):
    """A refused unit name leaves the officer's name as it was."""
    unit_profile.save_profile(ctx, unit_name="Sở Tư pháp", level=UnitLevel.DEPARTMENT, officer="Hoa")
    with pytest.raises(ValueError):
        unit_profile.save_profile(ctx, unit_name="   ", level=UnitLevel.DEPARTMENT, officer="Lan")
    assert unit_profile.officer_name(ctx) == "Hoa"


def test_level_question_asked_once(ctx):
    ctx.units.save_own_unit("UBND huyện Cái Bè", UnitLevel.DISTRICT)
    assert unit_profile.level_choice_pending(ctx)
    unit_profile.answer_level_question(ctx, None)  # dismissed: not asked again, unit unchanged
    assert not unit_profile.level_choice_pending(ctx)
    assert ctx.units.own_unit().level is UnitLevel.DISTRICT


def test_level_answer_saves_the_profile(ctx):
    ctx.units.save_own_unit("UBND huyện Cái Bè", UnitLevel.DISTRICT)
    unit_profile.answer_level_question(ctx, {"unit_name": "UBND xã Cái Bè", "level": UnitLevel.COMMUNE,
                                             "officer": "Lan"})
    assert ctx.units.own_unit().level is UnitLevel.COMMUNE and unit_profile.officer_name(ctx) == "Lan"


def test_schema_version_is_the_latest(ctx):
    assert ctx.schema_version() == latest_version()
