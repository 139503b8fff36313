""""Add a country" in the subprocessor editor starts on the subprocessor's own country (its address),
the first a DPO records, and on no country once that one is listed or when no address country is
recorded: a guess (France, say) left unchanged would be saved as where the data is."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtTest import QTest

from register_app.services import records as r
from register_app.services import subprocessors
from register_app.ui import editors, screen_labels


@pytest.fixture
def french_labels() -> Iterator[None]:
    screen_labels.set_catalogue_lang("fr")
    yield
    screen_labels.set_catalogue_lang("en")


def test_a_new_hosting_row_starts_on_the_subprocessor_s_own_country(qtbot: Any, opened: Any,
                                                                     french_labels: None) -> None:  # fmt: skip
    reg = opened.ctx.register
    sub = subprocessors.create_subprocessor(reg, data=r.SubprocessorInput(name="Cloudy Inc.", country="US"))
    dialog = editors.subprocessor_dialog(opened.ctx, opened, sub.uid)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        dialog.hosting.add_button.click()
        first = dialog.hosting.rows()[0]
        assert first.country.code() == "US" and first.country.currentText().startswith("États-Unis")
        dialog.hosting.add_button.click()  # the own country is listed: the next one is the DPO's to choose
        second = dialog.hosting.rows()[1]
        assert second.country.code() is None and second.country.currentText().startswith("—")  # "— pays —"
        second.country.setFocus()
        QTest.keyClicks(second.country, "irlande")
        assert second.country.code() == "IE"
        dialog.accept()
    finally:
        dialog.done(0)  # closed whatever happened: a question about unsaved changes would outlive the test
    assert [c.country for c in subprocessors.get_subprocessor(reg, uid=sub.uid).countries] == ["US", "IE"]


def test_without_an_address_country_a_new_row_guesses_none(qtbot: Any, opened: Any, french_labels: None) -> None:
    dialog = editors.subprocessor_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        dialog.hosting.add_button.click()
        [row] = dialog.hosting.rows()
        assert row.country.code() is None
        dialog.country.set_code("DE")  # an address country entered afterwards serves the next row
        dialog.hosting.add_button.click()
        assert dialog.hosting.rows()[1].country.code() == "DE"
    finally:
        dialog.done(0)
