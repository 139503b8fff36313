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


def test_a_rule_names_the_data_it_covers(qtbot: Any, opened: Any) -> None:
    years = r.Duration(value=10, unit=DurationUnit.YEARS)
    created = activities.create_activity(
        opened.ctx.register,
        data=r.ActivityInput(
            name="Comptabilité",
            data_categories=(r.DataCategory(code="economic_financial"),),
            retention=(
                r.RetentionRule(category="economic_financial", label="factures", active=years),
                r.RetentionRule(category="economic_financial", label="relevés bancaires", active=years),
            ),
        ),
    )
    dialog = editors.activity_dialog(opened.ctx, opened, created.uid)
    qtbot.addWidget(dialog)
    row = dialog.retention.rows["economic_financial"]
    assert row.label.text() == "factures"
    assert "(relevés bancaires)" in dialog.retention.kept_label.text()
    row.label.setText("factures et avoirs")
    dialog.accept()
    saved = activities.get_activity(opened.ctx.register, uid=created.uid).retention
    assert [rule.label for rule in saved] == ["factures et avoirs", "relevés bancaires"]


def test_a_rule_with_only_its_data_named_is_kept(qtbot: Any, opened: Any) -> None:
    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    dialog.data.categories.boxes["civil_status"].setChecked(True)
    dialog.retention.rows["civil_status"].label.setText("fiches clients")
    assert [(rule.category, rule.label) for rule in dialog.to_input().retention] == [("civil_status", "fiches clients")]
