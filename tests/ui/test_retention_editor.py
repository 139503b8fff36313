"""The activity editor never drops a retention rule it cannot show as one row per category: a
second rule for the same category, or a rule for a category that is not ticked (both come from
imports and the demo)."""

from __future__ import annotations

from typing import Any

from register_app.domain.enums import DurationUnit
from register_app.services import activities
from register_app.services import records as r
from register_app.ui import editors

RULES = (
    r.RetentionRule(category="health", active=r.Duration(value=1, unit=DurationUnit.DAYS), criterion="audio"),
    r.RetentionRule(category="civil_status", active=r.Duration(value=3, unit=DurationUnit.YEARS)),
    r.RetentionRule(category="health", active=r.Duration(value=7, unit=DurationUnit.DAYS), criterion="transcription"),
    r.RetentionRule(category="location", active=r.Duration(value=2, unit=DurationUnit.MONTHS)),
)


def test_saving_unchanged_keeps_every_retention_rule(qtbot: Any, opened: Any) -> None:
    created = activities.create_activity(
        opened.ctx.register,
        data=r.ActivityInput(
            name="Pilote",
            data_categories=(r.DataCategory(code="civil_status"), r.DataCategory(code="health")),
            retention=RULES,
        ),
    )
    dialog = editors.activity_dialog(opened.ctx, opened, created.uid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.is_modified()
    assert set(dialog.to_input().retention) == set(RULES)
    # and unticking a category does not silently drop the rule written for it
    dialog.on_categories_changed()
    assert set(dialog.to_input().retention) == set(RULES)
