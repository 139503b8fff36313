"""A breach discovered, or a request received, in the future is refused in the editor: the field is
marked with one sentence (here in French), the dialog stays open with everything typed, and once the
date is corrected the record is saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from register_app.services import breaches, rights_requests
from register_app.ui import screen_labels
from register_app.ui.breach_dialog import BreachDialog
from register_app.ui.request_dialog import RequestDialog
from ui.conftest import answer_modal


@pytest.fixture
def french_labels() -> Iterator[None]:
    screen_labels.set_catalogue_lang("fr")
    yield
    screen_labels.set_catalogue_lang("en")


def test_a_breach_discovered_tomorrow_is_marked_and_kept_until_corrected(
    qtbot: Any, opened: Any, french_labels: None
) -> None:
    page = opened.workspace.breaches
    seen: list[tuple[bool, str, str]] = []

    def fill(dialog: BreachDialog) -> None:
        dialog.title_edit.setText("Ordinateur volé")
        dialog.discovered.set_value(datetime.now(UTC) + timedelta(days=1))
        dialog.accept()
        label = dialog.errors._labels["discovered_at"]
        seen.append((dialog.isVisible() and label.isVisible(), label.text(), dialog.title_edit.text()))
        dialog.discovered.set_value(datetime.now(UTC) - timedelta(hours=2))
        dialog.accept()

    answer_modal(qtbot, BreachDialog, fill)
    page.on_new_clicked()
    [(marked, message, title)] = seen
    assert marked and "Cette date est dans le futur" in message and title == "Ordinateur volé"
    [stored] = breaches.list_breaches(opened.ctx.register)
    assert stored.title == "Ordinateur volé"


def test_a_request_received_tomorrow_is_marked_and_kept_until_corrected(
    qtbot: Any, opened: Any, french_labels: None
) -> None:
    page = opened.workspace.requests
    seen: list[tuple[bool, str, str]] = []

    def fill(dialog: RequestDialog) -> None:
        dialog.requester.setText("Paul Durand")
        dialog.request_type.set_code("access")
        dialog.received.set_value(date.today() + timedelta(days=1))
        dialog.accept()
        label = dialog.errors._labels["received_on"]
        seen.append((dialog.isVisible() and label.isVisible(), label.text(), dialog.requester.text()))
        dialog.received.set_value(date.today())
        dialog.accept()

    answer_modal(qtbot, RequestDialog, fill)
    page.on_new_clicked()
    [(marked, message, requester)] = seen
    assert marked and "Cette date est dans le futur" in message and requester == "Paul Durand"
    [stored] = rights_requests.list_requests(opened.ctx.register)
    assert stored.received_on == date.today()
