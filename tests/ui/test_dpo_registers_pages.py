"""The breach register and rights requests pages: a breach recorded in the editor shows its 72-hour
clock (live), a request its due date and, once past it, the overdue mark; the dashboard's agenda lists
both; undo takes a breach back out."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from support.factories import full_request

from register_app.domain.enums import RequestStatus
from register_app.services import breaches, rights_requests
from register_app.services import records as r
from register_app.ui import breach_clock
from register_app.ui.breach_dialog import BreachDialog, DateTimeField
from register_app.ui.request_dialog import RequestDialog
from ui.conftest import answer_modal, checks_settled


def test_a_breach_recorded_in_the_editor_shows_its_72_hour_clock(qtbot: Any, opened: Any, monkeypatch: Any) -> None:
    page = opened.workspace.breaches
    opened.workspace.nav.setCurrentRow(opened.workspace.pages.indexOf(page))
    assert page.model.rowCount() == 0 and "Art. 33(5)" in page.empty.text()
    discovered = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=10)
    monkeypatch.setattr(breach_clock, "now", lambda: discovered + timedelta(hours=10))
    seen: list[str] = []

    def fill(dialog: BreachDialog) -> None:
        dialog.title_edit.setText("Stolen laptop")
        dialog.discovered.set_value(discovered)
        dialog.natures.set_checked(("confidentiality",))
        seen.append(dialog.clock.text())
        dialog.accept()

    answer_modal(qtbot, BreachDialog, fill)
    page.on_new_clicked()
    assert seen and seen[0].startswith("62 h 00 min left to notify the CNIL")
    [stored] = breaches.list_breaches(opened.ctx.register)
    assert stored.discovered_at == discovered and stored.natures == ("confidentiality",)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 5).data() == "62 h 00 min left"
    # the clock column moves on with time, without any edit
    monkeypatch.setattr(breach_clock, "now", lambda: discovered + timedelta(hours=73, minutes=5))
    page.on_timer_timeout()
    assert page.model.index(0, 5).data() == "late by 1 h 05 min"
    opened.undo_action.trigger()
    assert breaches.list_breaches(opened.ctx.register) == [] and page.model.rowCount() == 0


def test_an_overdue_request_is_marked_and_the_dashboard_agenda_lists_it(qtbot: Any, opened: Any) -> None:
    reg = opened.ctx.register
    received = date.today() - timedelta(days=40)
    late = dataclasses.replace(full_request(), received_on=received, extended=False, status=RequestStatus.RECEIVED,
                               answered_on=None)  # fmt: skip
    rights_requests.create_request(reg, data=late)
    page = opened.workspace.requests
    opened.workspace.nav.setCurrentRow(opened.workspace.pages.indexOf(page))
    page.reload()
    assert page.model.index(0, 4).data().endswith("— overdue")
    assert page.count.text().startswith("1 request") and page.count.text().endswith(", 1 overdue")

    def answer(dialog: RequestDialog) -> None:
        assert dialog.due.text()  # the due date is shown from the date received
        dialog.status.set_value(RequestStatus.ANSWERED)
        dialog.answered.set_value(date.today())
        dialog.accept()

    page.select(page.model.row_at(0).uid)
    answer_modal(qtbot, RequestDialog, answer)
    page.open_selected()
    assert rights_requests.list_requests(reg)[0].status is RequestStatus.ANSWERED
    assert page.model.index(0, 4).data() and not page.model.index(0, 4).data().endswith("overdue")
    assert page.model.index(0, 1).data(Qt.ItemDataRole.FontRole).italic()  # closed: greyed
    # a new open request appears in the dashboard's agenda with its due date
    rights_requests.create_request(reg, data=r.RightsRequestInput(requester="Paul Durand", request_type="erasure",
                                                                  received_on=date.today()))  # fmt: skip
    opened.workspace.checks.refresh()
    checks_settled(qtbot, opened)
    opened.go_to(0)
    agenda = opened.workspace.dashboard.agenda
    [entry] = [agenda.item(i) for i in range(agenda.count()) if "Answer due: Paul Durand" in agenda.item(i).text()]
    # no check speaks about it yet: it opens the request's editor on its status, with the agenda's line
    seen: list[Any] = []

    def look(dialog: RequestDialog) -> None:
        seen.append((dialog.focusWidget(), dialog.banner.text()))
        dialog.done(0)

    handled = answer_modal(qtbot, RequestDialog, look)
    agenda.itemActivated.emit(entry)
    assert handled and seen[0][1] == entry.text()
    assert seen[0][0] is handled[0].status or handled[0].status.isAncestorOf(seen[0][0])


def test_the_dashboard_exports_the_agenda_to_a_calendar_file(opened: Any, tmp_path: Any, monkeypatch: Any) -> None:
    import icalendar
    from PySide6.QtWidgets import QFileDialog

    reg = opened.ctx.register
    rights_requests.create_request(reg, data=r.RightsRequestInput(requester="Paul Durand", request_type="access",
                                                                  received_on=date(2026, 11, 30)))  # fmt: skip
    target = tmp_path / "agenda"  # no extension typed: .ics is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dashboard = opened.workspace.dashboard
    dashboard.export_agenda.click()
    events = icalendar.Calendar.from_ical((tmp_path / "agenda.ics").read_bytes()).walk("VEVENT")
    assert any(str(e["SUMMARY"]) == "Answer due to request Paul Durand" for e in events)
    assert "agenda.ics" in dashboard.agenda_note.text()


def test_the_breach_page_writes_a_breach_s_notification_draft(opened: Any, tmp_path: Any, monkeypatch: Any) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    discovered = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    data = r.BreachInput(reference="V-2026-03", title="Stolen laptop", discovered_at=discovered,
                         natures=("confidentiality",))  # fmt: skip
    stored = breaches.create_breach(opened.ctx.register, data=data)
    page = opened.workspace.breaches
    opened.workspace.nav.setCurrentRow(opened.workspace.pages.indexOf(page))
    page.reload()
    page.select(stored.uid)
    target = tmp_path / "draft"  # no extension typed: .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page.notice_button.click()
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "draft.pdf").pages)
    assert "V-2026-03" in text and "Stolen laptop" in text


def test_the_delete_key_deletes_a_breach_or_a_request_after_asking(opened: Any, monkeypatch: Any) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox
    from support.factories import full_breach

    reg = opened.ctx.register
    breaches.create_breach(reg, data=full_breach())
    rights_requests.create_request(reg, data=full_request())
    asked: list[str] = []

    def yes(_parent: Any, title: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    for page in (opened.workspace.breaches, opened.workspace.requests):
        opened.workspace.nav.setCurrentRow(opened.workspace.pages.indexOf(page))
        page.reload()
        page.table.selectRow(0)
        QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == ["Delete the breach", "Delete the request"]
    assert breaches.list_breaches(reg) == [] and rights_requests.list_requests(reg) == []
    opened.undo_action.trigger()
    assert len(rights_requests.list_requests(reg)) == 1


def test_a_small_window_scrolls_the_dashboard_rather_than_cutting_its_tiles(opened: Any, qtbot: Any) -> None:
    """At 1024x640 with the history banner shown, the tiles' wrapped details were cut at top and bottom
    (the completeness line in French): the page now scrolls, and the window stays its size."""
    dashboard = opened.workspace.dashboard
    opened.workspace.nav.setCurrentRow(opened.workspace.pages.indexOf(dashboard))
    dashboard.completeness.detail.setText("Register completeness: share of the Article 30 items filled in, over "
                                          "17 activities in use (retired ones set aside).")  # fmt: skip
    opened.resize(760, 420)
    tiles = (dashboard.activities, dashboard.measures, dashboard.completeness, dashboard.findings,
             dashboard.falling_due)  # fmt: skip

    def cut() -> list[str]:
        return [t.detail.text() for t in tiles if t.detail.height() < t.detail.heightForWidth(t.detail.width())]

    qtbot.waitUntil(lambda: not cut(), timeout=2000)
    assert opened.height() <= 420 + 1


def test_a_breach_time_is_typed_as_every_date_is_then_its_hour(qtbot: Any) -> None:
    """The discovery is typed "02/12/2026", Tab, "10:00", as a DPO types any date of the app; a time
    whose date is left empty is not known, and its hour cannot be typed before the date."""
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    field = DateTimeField()
    layout.addWidget(field)
    layout.addWidget(QLineEdit())
    holder.show()
    holder.activateWindow()
    assert QTest.qWaitForWindowActive(holder, 2000)  # Qt selects the hour on Tab in an active window
    assert field.value() is None and not field.time.isEnabled()
    field.setFocus()
    QTest.keyClicks(field.date.edit, "02/12/2026")
    QTest.keyClick(field.date.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.time
    QTest.keyClicks(field.time, "10:00")
    assert field.value() == datetime(2026, 12, 2, 10, 0).astimezone()
    field.date.edit.clear()
    assert field.value() is None and not field.time.isEnabled()


def test_a_new_breach_starts_with_no_discovery_time_the_dpo_did_not_give(qtbot: Any, opened: Any) -> None:
    seen: list[tuple[str, str]] = []

    def look(dialog: BreachDialog) -> None:
        seen.append((dialog.discovered.date.edit.text(), dialog.clock.text()))
        dialog.reject()

    answer_modal(qtbot, BreachDialog, look)
    opened.workspace.breaches.on_new_clicked()
    assert seen == [("", "The 72 hours start once the time of discovery is entered.")]
