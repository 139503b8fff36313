"""The shared form widgets as a user drives them with the keyboard and the mouse: dates typed in
French or ISO order, an emptied date, the calendar's first page; the mouse wheel over a form."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from register_app.domain.enums import DurationUnit
from register_app.ui.wheel_guard import install_wheel_guard
from register_app.ui.widgets import DateField, EnumCombo, scroll_page
from tests.ui.conftest import type_text


def date_field(qtbot: Any) -> DateField:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.edit.setFocus()
    return field


def test_a_date_typed_day_first_is_kept(qtbot: Any) -> None:
    field = date_field(qtbot)
    type_text(field.edit, "15/03/2025")
    field.edit.editingFinished.emit()
    assert field.value() == date(2025, 3, 15)
    assert field.edit.text() == "15/03/2025"


def test_an_iso_date_is_kept_and_shown_day_first(qtbot: Any) -> None:
    field = date_field(qtbot)
    type_text(field.edit, "2025-03-15")
    QTest.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.value() == date(2025, 3, 15)
    assert field.edit.text() == "15/03/2025"


def test_a_cleared_date_is_empty(qtbot: Any) -> None:
    field = date_field(qtbot)
    field.set_value(date(2024, 1, 31))
    field.edit.selectAll()
    QTest.keyClick(field.edit, Qt.Key.Key_Delete)
    assert field.value() is None
    assert field.is_valid()


def test_a_new_date_field_is_empty(qtbot: Any) -> None:
    assert date_field(qtbot).value() is None


@pytest.mark.parametrize("typed", ["31/02/2025", "abc"])
def test_text_that_is_not_a_date_is_flagged_and_keeps_the_previous_date(qtbot: Any, typed: str) -> None:
    field = date_field(qtbot)
    field.set_value(date(2024, 1, 31))
    field.edit.selectAll()
    type_text(field.edit, typed)
    field.edit.editingFinished.emit()
    assert field.edit.text() == typed  # left on screen to be corrected
    assert not field.is_valid()
    assert field.edit.styleSheet()  # the red outline
    assert field.message.isVisible() and "previous value is kept" in field.message.text()
    assert field.value() == date(2024, 1, 31)  # what a save reads: not an emptied date
    field.edit.selectAll()
    type_text(field.edit, "01/02/2025")
    assert field.value() == date(2025, 2, 1)
    assert not field.message.isVisible() and not field.edit.styleSheet()


def test_an_empty_field_given_text_that_is_not_a_date_stays_empty(qtbot: Any) -> None:
    field = date_field(qtbot)
    type_text(field.edit, "abc")
    assert field.value() is None
    assert field.message.isVisible()


def test_the_calendar_opens_on_today_when_empty(qtbot: Any) -> None:
    field = date_field(qtbot)
    field.open_calendar()
    today = date.today()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (today.year, today.month)
    field.popup.hide()


def test_the_calendar_opens_on_the_value_and_a_click_sets_it(qtbot: Any) -> None:
    field = date_field(qtbot)
    field.set_value(date(2019, 7, 4))
    field.open_calendar()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2019, 7)
    picked = field.calendar.selectedDate().addDays(3)
    field.calendar.clicked.emit(picked)
    assert field.value() == date(2019, 7, 7)
    assert not field.popup.isVisible()


def wheel_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)  # fmt: skip
    QApplication.sendEvent(widget, event)


@pytest.fixture
def long_form(qtbot: Any) -> Iterator[tuple[QScrollArea, QComboBox, QSpinBox]]:
    """A short scroll area over a tall form with a drop-down and a spin box, and the guard installed."""
    guard = install_wheel_guard(QApplication.instance())  # type: ignore[arg-type]
    content = QWidget()
    layout = QVBoxLayout(content)
    combo = EnumCombo(DurationUnit)
    spin = QSpinBox()
    spin.setValue(5)
    first = QLineEdit()
    for widget in (first, combo, spin):
        layout.addWidget(widget)
    layout.addSpacing(2000)
    area = scroll_page(content)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    first.setFocus()
    yield area, combo, spin
    QApplication.instance().removeEventFilter(guard)  # type: ignore[union-attr]
    guard.deleteLater()


def test_the_wheel_over_an_unfocused_field_scrolls_the_form_and_changes_nothing(long_form: Any) -> None:
    area, combo, spin = long_form
    before = combo.currentIndex()
    wheel_down(combo)
    wheel_down(spin)
    assert combo.currentIndex() == before
    assert spin.value() == 5
    assert area.verticalScrollBar().value() > 0


def test_a_focused_drop_down_still_takes_the_wheel(long_form: Any) -> None:
    _area, combo, _spin = long_form
    combo.setFocus()
    assert combo.hasFocus()
    before = combo.currentIndex()
    wheel_down(combo)
    assert combo.currentIndex() != before


@pytest.fixture
def french_labels() -> Iterator[None]:
    from register_app.ui import screen_labels

    screen_labels.set_catalogue_lang("fr")
    yield
    screen_labels.set_catalogue_lang("en")


def test_countries_come_france_then_the_eea_then_the_world_in_order(qtbot: Any, french_labels: None) -> None:
    from register_app.domain.catalogues import country_status
    from register_app.services.text import fold
    from register_app.ui.widgets import CountryCombo

    combo = CountryCombo()
    qtbot.addWidget(combo)
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert combo.code() == "FR"  # a new country row starts on France, not on Afghanistan
    separator = codes.index(None)
    eea, world = codes[1:separator], codes[separator + 1:]
    assert eea and all(country_status(c) == "eea" for c in eea)
    assert all(country_status(c) != "eea" for c in world)
    names = [fold(combo.itemText(i)) for i in range(separator + 1, combo.count())]
    assert names == sorted(names)
    texts = [combo.itemText(i) for i in range(separator + 1, combo.count())]
    assert texts.index(next(t for t in texts if t.startswith("Égypte"))) < texts.index(
        next(t for t in texts if t.startswith("Émirats")))  # fmt: skip
    assert texts.index(next(t for t in texts if t.startswith("Égypte"))) < texts.index(
        next(t for t in texts if t.startswith("Équateur")))  # fmt: skip


def test_ctrl_e_opens_the_excel_export_not_json(opened: Any) -> None:
    from PySide6.QtGui import QKeySequence

    [action] = [a for a in opened.export_menu.actions() if a.shortcut() == QKeySequence("Ctrl+E")]
    assert "Excel" in action.text()
