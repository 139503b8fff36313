"""The register over time in the app: each editor's History tab lists the changes made to its object
in words (field and enum labels, linked objects by name), and the History page filters the whole
journal by date, author, object and field."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from register_app.domain.enums import ActivityStatus, DpiaConclusion, DpiaStatus, MeasureStatus
from register_app.services import activities, measures, organisation, subprocessors
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES
from register_app.services.organisation import ORGANISATION_UID
from register_app.services.registers import new_register
from register_app.ui import editors
from register_app.ui.edits import delete
from register_app.ui.history_table import HistoryTab, object_lines
from register_app.ui.undo import run_edit


def shown(model: Any) -> list[dict[str, str]]:
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    return [{titles[c]: model.index(row, c).data() for c in range(model.columnCount())}
            for row in range(model.rowCount())]  # fmt: skip


def history_tab(dialog: Any) -> HistoryTab:
    found = dialog.findChildren(HistoryTab)
    assert len(found) == 1
    return found[0]


def test_the_activity_editor_lists_an_edit_in_words(qtbot: Any, opened: Any) -> None:
    reg = opened.ctx.register
    sub = subprocessors.create_subprocessor(reg, data=r.SubprocessorInput(name="PayFit"))
    made = activities.create_activity(reg, data=r.ActivityInput(name="Paie", description="Salaires"))
    activities.update_activity(reg, uid=made.uid, data=dataclasses.replace(
        activities.input_of(made), status=ActivityStatus.ACTIVE, description="Paie mensuelle",
        subprocessor_uids=(sub.uid,)))  # fmt: skip

    dialog = editors.activity_dialog(opened.ctx, opened, made.uid)
    qtbot.addWidget(dialog)
    assert dialog.sections.item(dialog.sections.count() - 1).text() == "History"
    rows = shown(history_tab(dialog).model)
    by_field = {row["Field"]: row for row in rows}
    assert by_field["Status"]["Before"] == "Draft" and by_field["Status"]["After"] == "Active"
    assert by_field["Description"]["Before"] == "Salaires"
    assert by_field["Description"]["After"] == "Paie mensuelle"
    assert by_field["Subprocessors"]["Change"] == "linked" and by_field["Subprocessors"]["After"] == "PayFit"
    assert rows[-1]["Change"] == "created"  # newest first: the creation comes last
    assert all(row["Who"] == reg.author for row in rows)
    assert not any(row["After"] == "active" or sub.uid in row["After"] for row in rows)  # no codes, no uids


def test_measure_subprocessor_and_organisation_have_a_history_tab(qtbot: Any, opened: Any) -> None:
    reg = opened.ctx.register
    measure = measures.list_measures(reg)[0]
    measures.update_measure(reg, uid=measure.uid, data=dataclasses.replace(
        r.input_part(measure, r.MeasureInput), status=MeasureStatus.PLANNED))  # fmt: skip
    dialog = editors.measure_dialog(opened.ctx, opened, measure.uid)
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Details", "History"]
    row = shown(history_tab(dialog).model)[0]
    assert (row["Field"], row["Before"], row["After"]) == ("Status", "Not declared (catalogue suggestion)",
                                                             "Planned")  # fmt: skip

    sub = subprocessors.create_subprocessor(reg, data=r.SubprocessorInput(name="OVH", country="FR"))
    dialog = editors.subprocessor_dialog(opened.ctx, opened, sub.uid)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "History"
    assert shown(history_tab(dialog).model)[0]["Change"] == "created"

    data = organisation.get_organisation(reg)
    organisation.update_organisation(reg, data=dataclasses.replace(data, siren="552100554"))
    page = opened.workspace.organisation
    page.tabs.setCurrentWidget(page.history)
    row = shown(page.history.model)[0]
    assert (row["Field"], row["Before"], row["After"]) == ("Company number (SIREN)", "", "552100554")
    assert page.history.uid == ORGANISATION_UID


def test_the_history_page_filters_by_date_author_object_and_field(qtbot: Any, opened: Any) -> None:
    reg = opened.ctx.register
    made = activities.create_activity(reg, data=r.ActivityInput(name="Recrutement"))
    activities.update_activity(reg, uid=made.uid, data=dataclasses.replace(activities.input_of(made),
                                                                           notes="Entretiens"))  # fmt: skip
    opened.on_history_triggered()
    page = opened.workspace.history
    assert opened.workspace.current_page() is page
    total = page.model.rowCount()
    assert total > 2 and page.count.text().startswith(f"{total} change")  # the seeded catalogue is journaled too

    page.object.setText("recrut")
    page.apply_filters()
    assert {row["Object"] for row in shown(page.model)} == {"Processing activity — T-001 Recrutement"}
    assert page.count.text().startswith(f"{page.model.rowCount()} of {total} change")

    page.object.setText("")
    page.field.setCurrentIndex(page.field.findText("Internal notes"))
    assert [(row["Object"], row["After"]) for row in shown(page.model)] == [
        ("Processing activity — T-001 Recrutement", "Entretiens")]

    page.field.setCurrentIndex(0)
    assert reg.author != "dpo"  # who created the register (and its measure catalogue)
    page.author.setCurrentIndex(page.author.findText(reg.author))
    assert {row["Who"] for row in shown(page.model)} == {reg.author} and page.model.rowCount() == 2
    page.author.setCurrentIndex(page.author.findText("dpo"))
    assert page.model.rowCount() == total - 2
    page.author.setCurrentIndex(0)
    page.since.set_value(date.today() + timedelta(days=1))
    page.apply_filters()
    assert page.model.rowCount() == 0
    page.since.set_value(None)
    page.until.set_value(date.today())
    page.apply_filters()
    assert page.model.rowCount() == total

    run_edit(opened.ctx, delete(ACTIVITIES, made.uid), "Delete")  # the page, shown, reads the journal again
    assert page.model.rowCount() == total + 1
    deleted = shown(page.model)[0]
    assert deleted["Change"] == "deleted" and deleted["Before"] == ""  # not the record kept to restore it


def test_nested_records_are_worded_with_their_labels(opened: Any) -> None:
    """A DPIA or a contact changed as a whole reads as its values, enums by their labels."""
    reg = opened.ctx.register
    made = activities.create_activity(reg, data=r.ActivityInput(name="Vidéosurveillance"))
    dpia = r.Dpia(conclusion=DpiaConclusion.REQUIRED, status=DpiaStatus.IN_PROGRESS, reference="AIPD-7")
    activities.update_activity(reg, uid=made.uid, data=dataclasses.replace(activities.input_of(made), dpia=dpia))
    row = next(line for line in object_lines(reg, made.uid) if line.field == "dpia")
    assert row.field_text == "DPIA"
    assert row.old == "Not yet assessed, Not started"
    assert row.new == "DPIA required, In progress, AIPD-7"


def journal_checked(qtbot: Any, window: Any) -> None:
    """The journal check on opening runs in the background: wait for its verdict."""
    qtbot.waitUntil(lambda: window.workspace.journal_worker is None, timeout=10_000)


def test_opening_a_register_edited_with_sqlite3_says_so(qtbot: Any, window: Any, tmp_path: Path) -> None:
    path = tmp_path / "acme.rgpd"
    reg = new_register(path, organisation="Acme Conseil SARL", author="dpo", lang="en")
    activities.create_activity(reg, data=r.ActivityInput(name="Paie"))
    reg.close()
    assert window.open_file(path)
    journal_checked(qtbot, window)
    assert window.workspace.journal_banner is None  # an untouched register: no banner
    assert window.workspace.dashboard.journal.text().startswith("History intact")
    window.close_register()

    with sqlite3.connect(path) as db:
        db.execute("UPDATE activity SET name = 'Paie (modifiée à la main)' WHERE name = 'Paie'")
    db.close()
    assert window.open_file(path)
    journal_checked(qtbot, window)
    banner = window.workspace.journal_banner
    assert banner is not None and banner.isVisibleTo(window.workspace)
    assert "changed outside the app" in banner.text() and "Paie" in banner.text()
    line = window.workspace.dashboard.journal.text()
    assert "1 object" in line and "outside the app" in line


def test_the_states_an_upgraded_register_records_on_opening_are_not_listed_as_changes(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    path = tmp_path / "old.rgpd"
    shutil.copy(Path(__file__).parent.parent / "data" / "registers" / "schema-0003.rgpd", path)
    assert window.open_file(path)
    journal_checked(qtbot, window)
    with sqlite3.connect(path) as db:
        baseline = db.execute("SELECT count(*) FROM history WHERE action = 'baseline'").fetchone()[0]
        total = db.execute("SELECT count(*) FROM history").fetchone()[0]
    db.close()
    assert baseline > 0  # the check on opening recorded the present state of each object
    window.on_history_triggered()
    page = window.workspace.history
    assert page.model.rowCount() == total - baseline
    assert "state recorded" not in {row["Change"] for row in shown(page.model)}


def test_a_restored_object_reads_restored_after_deleted_and_the_dashboard_names_fields_in_words(
    opened: Any,
) -> None:
    from datetime import UTC, datetime

    from register_app.services.as_of import snapshot_as_of
    from register_app.services.deleted import restore_deleted
    from register_app.services.snapshot import take_snapshot
    from register_app.ui.dashboard_page import summarise

    reg = opened.ctx.register
    made = activities.create_activity(reg, data=r.ActivityInput(name="Paie", reference="RH-01"))
    activities.update_activity(reg, uid=made.uid, data=dataclasses.replace(
        activities.input_of(made), software="Silae", status=ActivityStatus.ACTIVE))  # fmt: skip
    activities.delete_activity(reg, uid=made.uid)
    gone = datetime.now(UTC)
    restore_deleted(reg, uid=made.uid)
    changes = [line.action for line in object_lines(reg, made.uid) if not line.field]
    assert changes == ["restored", "deleted", "created"]  # newest first
    assert made.uid not in {a.uid for a in snapshot_as_of(reg, gone).activities}
    assert snapshot_as_of(reg, datetime.now(UTC)).activities == take_snapshot(reg).activities  # back, as it was

    from register_app.services import history

    latest = history.recent_history(reg, limit=50)
    assert summarise(latest)[0].endswith("RH-01 Paie: restored")  # one line for the minute: what it ended with
    [changed] = summarise([i for i in latest if i.object_uid == made.uid and i.action == "update"])
    assert changed.endswith("RH-01 Paie: changed (Software, Status)")


def test_the_history_page_finds_breaches_and_rights_requests_by_their_kind(opened: Any) -> None:
    from support.factories import full_breach, full_request

    from register_app.services import breaches, rights_requests

    reg = opened.ctx.register
    breach = breaches.create_breach(reg, data=full_breach())
    breaches.update_breach(reg, uid=breach.uid, data=dataclasses.replace(full_breach(), title="Courriel mal adressé"))
    rights_requests.create_request(reg, data=full_request())
    opened.on_history_triggered()
    page = opened.workspace.history
    page.object.setText("data breach V-2026")  # its kind in words and its reference
    page.apply_filters()
    found = shown(page.model)
    assert {row["Object"] for row in found} == {  # each entry names the object as it was then
        "Data breach — V-2026-01 Envoi d'un fichier de paie au mauvais destinataire",
        "Data breach — V-2026-01 Courriel mal adressé",
    }
    title = next(row for row in found if row["Field"] == "Breach")  # the field in words, not its code
    assert (title["Change"], title["After"]) == ("changed", "Courriel mal adressé")
    page.object.setText("rights request D-2026")
    page.apply_filters()
    assert {row["Object"] for row in shown(page.model)} == {"Rights request — D-2026-07 Jeanne Martin"}
