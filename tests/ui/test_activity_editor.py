"""The activity editor shows when a retired activity stopped, beside its status, and lets the DPO
correct that date."""

from __future__ import annotations

from datetime import date
from typing import Any

from register_app.domain.enums import ActivityStatus
from register_app.services import activities
from register_app.services import records as r
from register_app.ui import editors


def choose(combo: Any, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_a_retired_activity_shows_and_edits_its_end_date(qtbot: Any, opened: Any) -> None:
    reg = opened.ctx.register
    created = activities.create_activity(
        reg, data=r.ActivityInput(name="Ancien CRM", status=ActivityStatus.RETIRED, retired_on=date(2025, 6, 30))
    )
    dialog = editors.activity_dialog(opened.ctx, opened, created.uid)
    qtbot.addWidget(dialog)
    block = dialog.description
    assert block.retired_on.isVisibleTo(block) and block.retired_on.value() == date(2025, 6, 30)
    assert not dialog.is_modified()
    block.retired_on.set_value(date(2025, 3, 31))
    dialog.accept()
    assert activities.get_activity(reg, uid=created.uid).retired_on == date(2025, 3, 31)


def test_retiring_in_the_editor_dates_it_today_and_bringing_it_back_clears_it(qtbot: Any, opened: Any) -> None:
    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    block = dialog.description
    assert not block.retired_on.isVisibleTo(block)
    choose(block.status, ActivityStatus.RETIRED)
    assert block.retired_on.isVisibleTo(block) and block.retired_on.value() == date.today()
    choose(block.status, ActivityStatus.ACTIVE)
    assert not block.retired_on.isVisibleTo(block) and dialog.to_input().retired_on is None
