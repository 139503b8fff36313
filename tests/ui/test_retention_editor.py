"""The activity editor edits every retention rule: several per category (added, removed), a rule
for a category that is not ticked is never dropped, one rule is applied to several categories, and a
finding about a second rule of a category lands on that rule."""

from __future__ import annotations

from typing import Any

import pytest

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
    first, second = dialog.retention.visible_rows()
    assert (first.label.text(), second.label.text()) == ("factures", "relevés bancaires")
    assert second.isEnabled() and not second.label.isReadOnly()  # a second rule of a category is edited too
    first.label.setText("factures et avoirs")
    second.active.number.setValue(6)
    dialog.accept()
    saved = activities.get_activity(opened.ctx.register, uid=created.uid).retention
    assert [(rule.label, rule.active) for rule in saved] == [
        ("factures et avoirs", years),
        ("relevés bancaires", r.Duration(value=6, unit=DurationUnit.YEARS)),
    ]


def test_a_rule_with_only_its_data_named_is_kept(qtbot: Any, opened: Any) -> None:
    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    dialog.data.categories.boxes["civil_status"].setChecked(True)
    dialog.retention.first_row("civil_status").label.setText("fiches clients")
    assert [(rule.category, rule.label) for rule in dialog.to_input().retention] == [("civil_status", "fiches clients")]


def test_a_second_rule_is_added_and_removed_for_one_category(qtbot: Any, opened: Any) -> None:
    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    dialog.data.categories.boxes["professional_life"].setChecked(True)
    block = dialog.retention
    first = block.first_row("professional_life")
    first.label.setText("CV des candidats retenus")
    assert not first.remove_button.isVisibleTo(first)  # the only rule of its category
    first.add_button.click()
    _, second = block.visible_rows()
    assert second.category == "professional_life" and "rule 2" in second.title()
    second.label.setText("CV des candidats non retenus")
    second.active.number.setValue(2)
    second.start.set_code("last_contact")
    two = r.Duration(value=2, unit=DurationUnit.YEARS)
    assert [(rule.label, rule.active) for rule in dialog.to_input().retention] == [
        ("CV des candidats retenus", None),
        ("CV des candidats non retenus", two),
    ]
    second.remove_button.click()
    assert [rule.label for rule in dialog.to_input().retention] == ["CV des candidats retenus"]


def test_one_rule_is_applied_to_the_selected_categories(qtbot: Any, opened: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    for code in ("civil_status", "professional_life", "economic_financial"):
        dialog.data.categories.boxes[code].setChecked(True)
    block = dialog.retention
    block.first_row("professional_life").label.setText("diplômes")
    source = block.first_row("civil_status")
    source.label.setText("identité")
    source.active.number.setValue(3)
    source.start.set_code("last_contact")
    offered: list[list[str]] = []

    def choose(_parent: Any, categories: list[str]) -> list[str]:
        offered.append(categories)
        return ["professional_life", "economic_financial"]

    monkeypatch.setattr(block, "choose_categories", choose)
    source.apply_button.click()
    assert offered == [["professional_life", "economic_financial"]]
    rules = dialog.to_input().retention
    three = r.Duration(value=3, unit=DurationUnit.YEARS)
    assert [(rule.category, rule.label, rule.active, rule.start_event) for rule in rules] == [
        ("civil_status", "identité", three, "last_contact"),
        ("professional_life", "diplômes", None, None),  # what was written there is not overwritten: a rule of its own
        ("professional_life", "", three, "last_contact"),
        ("economic_financial", "", three, "last_contact"),
    ]


def test_a_finding_about_a_second_rule_lands_on_that_rule(qtbot: Any, opened: Any) -> None:
    from register_app.services.checks import Finding, Severity
    from register_app.ui.finding_focus import focus_activity

    created = activities.create_activity(opened.ctx.register, data=r.ActivityInput(
        name="Pilote", data_categories=(r.DataCategory(code="civil_status"), r.DataCategory(code="health")),
        retention=RULES))  # fmt: skip
    dialog = editors.activity_dialog(opened.ctx, opened, created.uid)
    qtbot.addWidget(dialog)
    dialog.show()
    finding = Finding("RETENTION-VAGUE", Severity.WARNING, "activity", created.uid, "", "Pilote",
                      "retention[2].criterion", "Durée vague", "Vague retention", "", "", "", "")  # fmt: skip
    widget = focus_activity(dialog, finding)
    row = dialog.retention.row_of_rule(2)
    assert row is not None and row.criterion.text() == "transcription"
    assert widget is row.criterion and row is not dialog.retention.first_row("health")
