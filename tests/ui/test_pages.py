"""List pages and table models: search as you type, filters, sorting, qtmodeltester, page actions,
exports in a worker thread."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from register_app.domain.enums import ActivityStatus, DpoStatus
from register_app.services import activities, measures, subprocessors
from register_app.services import records as r
from register_app.ui.table_model import ID_ROLE
from tests.ui.conftest import type_text


@pytest.fixture
def filled(opened: Any) -> Any:
    reg = opened.ctx.register
    host = subprocessors.create_subprocessor(
        reg, data=r.SubprocessorInput(name="Hébergeur Santé SAS", countries=(r.HostingCountry(country="FR"),))
    )
    activities.create_activity(
        reg,
        data=r.ActivityInput(
            name="Dossier patient",
            purposes=(r.Purpose(description="Suivi médical", legal_basis="legal_obligation"),),
            data_categories=(r.DataCategory(code="health"),),
            subprocessor_uids=(host.uid,),
            status=ActivityStatus.ACTIVE,
        ),
    )
    activities.create_activity(
        reg,
        data=r.ActivityInput(
            name="Prospection",
            purposes=(r.Purpose(description="Envoyer la lettre d'information", legal_basis="consent"),),
        ),
    )
    activities.create_activity(
        reg,
        data=r.ActivityInput(
            name="Paie",
            purposes=(r.Purpose(description="Payer les salaires", legal_basis="contract"),),
            data_categories=(r.DataCategory(code="economic_financial", description="RIB"),),
        ),
    )
    for page in (opened.workspace.activities, opened.workspace.subprocessors, opened.workspace.measures):
        page.reload()
    return opened


def names(page: Any) -> list[str]:
    return sorted(page.model.row_at(i).name for i in range(page.model.rowCount()))


def test_search_filters_as_you_type(qtbot: Any, filled: Any) -> None:
    page = filled.workspace.activities
    assert page.model.rowCount() == 3
    filled.on_find_triggered()
    type_text(page.search, "santé")  # a subprocessor's name, typed with its accent
    qtbot.waitUntil(lambda: names(page) == ["Dossier patient"])
    page.search.clear()
    QTest.keyClicks(page.search, "LETTRE")  # a purpose, another case
    qtbot.waitUntil(lambda: names(page) == ["Prospection"])
    page.search.clear()
    QTest.keyClicks(page.search, "rib")  # a data category's precision
    qtbot.waitUntil(lambda: names(page) == ["Paie"])
    page.search.clear()
    QTest.keyClicks(page.search, "donnees financier")  # a category label, without accents
    qtbot.waitUntil(lambda: names(page) == ["Paie"])
    page.search.clear()
    QTest.keyClicks(page.search, "nothing like this")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty.isVisible()


def test_status_filter_and_sorting(qtbot: Any, filled: Any) -> None:
    page = filled.workspace.activities
    page.status.setCurrentIndex(page.status.findData(ActivityStatus.ACTIVE))
    assert names(page) == ["Dossier patient"]
    page.status.setCurrentIndex(0)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    shown = [page.model.index(i, 1).data() for i in range(3)]
    assert shown == ["Prospection", "Paie", "Dossier patient"]
    page.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # subprocessor count, numeric
    assert page.model.index(0, 1).data() == "Dossier patient"


def test_models_pass_the_model_tester(qtmodeltester: Any, filled: Any) -> None:
    for page in (filled.workspace.activities, filled.workspace.subprocessors, filled.workspace.measures):
        assert page.model.rowCount() > 0
        qtmodeltester.check(page.model, force_py=True)
        page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        qtmodeltester.check(page.model, force_py=True)


def test_duplicate_retire_delete_with_confirmation(qtbot: Any, filled: Any, monkeypatch: Any) -> None:
    page = filled.workspace.activities
    reg = filled.ctx.register
    page.select(next(row.uid for row in activities.list_activities(reg) if row.name == "Paie"))
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    assert "Paie (copy)" in names(page)
    page.select(next(row.uid for row in activities.list_activities(reg) if row.name == "Paie"))
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert activities.list_activities(reg, where=activities.ActivityFilter(status=ActivityStatus.RETIRED))
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 4
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 3
    filled.undo_action.trigger()
    assert page.model.rowCount() == 4


def test_enter_opens_the_selected_activity(qtbot: Any, filled: Any, monkeypatch: Any) -> None:
    page = filled.workspace.activities
    opened_uids: list[str] = []
    monkeypatch.setattr("register_app.ui.editors.edit_activity", lambda _ctx, _parent, uid: opened_uids.append(uid))
    page.table.selectRow(0)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened_uids == [page.model.index(0, 0).data(ID_ROLE)]


def test_subprocessor_editor_lists_linked_activities(qtbot: Any, filled: Any) -> None:
    from register_app.ui import editors

    page = filled.workspace.subprocessors
    filled.go_to(filled.workspace.pages.indexOf(page))  # a page out of sight reloads when shown
    assert page.model.rowCount() == 1
    uid = page.model.index(0, 0).data(ID_ROLE)
    dialog = editors.subprocessor_dialog(filled.ctx, filled, uid)
    qtbot.addWidget(dialog)
    assert [dialog.linked.item(i).text() for i in range(dialog.linked.count())] == ["T-001 Dossier patient"]
    dialog.contract_signed.set_value(None)
    dialog.certifications.add_row()
    cert = dialog.certifications.rows()[0]
    cert.kind.set_code("hds")
    cert.hds.boxes["physical_sites"].click()
    dialog.accept()
    assert not dialog.isVisible()
    saved = subprocessors.get_subprocessor(filled.ctx.register, uid=uid)
    assert saved.certifications[0].hds_scopes == ("physical_sites",)
    assert "HDS" in page.model.index(0, 5).data()


def test_measure_editor_saves_and_undoes(qtbot: Any, filled: Any) -> None:
    from register_app.ui import editors

    reg = filled.ctx.register
    first = measures.list_measures(reg)[0]
    dialog = editors.measure_dialog(filled.ctx, filled, first.uid)
    qtbot.addWidget(dialog)
    dialog.evidence.setPlainText("Audit 2026")
    dialog.accept()
    assert measures.get_measure(reg, uid=first.uid).evidence == "Audit 2026"
    filled.undo_action.trigger()
    assert measures.get_measure(reg, uid=first.uid).evidence == first.evidence


def test_organisation_page_saves_when_leaving_a_field(qtbot: Any, opened: Any) -> None:
    page = opened.workspace.organisation
    opened.go_to(4)
    assert not page.dpo.name.isEnabled()  # a new register has not decided on a DPO yet
    designated = page.dpo_status.findData(DpoStatus.DESIGNATED)
    page.dpo_status.setCurrentIndex(designated)
    page.dpo_status.activated.emit(designated)
    assert page.dpo.name.isEnabled() and not page.dpo_reason.isEnabled()
    page.dpo.name.setFocus()
    type_text(page.dpo.name, "Maître Durand")
    page.dpo.name.editingFinished.emit()
    from register_app.services.organisation import get_organisation

    assert get_organisation(opened.ctx.register).dpo.name == "Maître Durand"
    page.dpo.email.setText("pas une adresse")
    page.dpo.email.editingFinished.emit()
    assert page.errors._labels["dpo.email"].isVisible()
    assert get_organisation(opened.ctx.register).dpo.email == ""
    opened.undo_action.trigger()
    assert get_organisation(opened.ctx.register).dpo.name == ""
    assert page.dpo.name.text() == ""


def test_export_runs_in_a_worker_thread(qtbot: Any, filled: Any, tmp_path: Path) -> None:
    from register_app.ui.export_dialog import ExportDialog

    dialog = ExportDialog(filled.ctx.register, extension=".json", folder=tmp_path, lang="fr", parent=filled)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_path is not None or dialog.failure is not None, timeout=10000)
    assert dialog.failure is None
    exported = json.loads(Path(dialog.result_path).read_text(encoding="utf-8"))
    assert exported
    assert Path(dialog.result_path).parent == tmp_path


@pytest.mark.parametrize("page_name", ["activities", "subprocessors", "measures"])
def test_the_delete_key_deletes_the_selected_row_after_confirmation(
    filled: Any, monkeypatch: Any, page_name: str
) -> None:
    page = getattr(filled.workspace, page_name)
    filled.workspace.pages.setCurrentWidget(page)  # the page the user is on (pages out of sight refresh when shown)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *_a, **_k: asked.append(f"{title}: {text}")
                        or QMessageBox.StandardButton.Yes)  # fmt: skip
    page.reload()
    before = page.model.rowCount()
    page.table.selectRow(0)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and asked[0].startswith("Delete")  # the same confirmation as the button's
    assert "File ▸ Deleted items… restores it even after the register is closed" in asked[0]
    assert page.model.rowCount() == before - 1
