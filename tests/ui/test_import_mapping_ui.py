"""The import wizard's mapping step: a table of no known layout gets a column per row with its proposed
field, editable; a preset can be chosen; the preview of the first rows follows; then the usual
preview and import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog

from register_app.services import activities
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import apply_import
from register_app.ui.import_dialog import MAPPING, PREVIEW, ImportDialog

LEFT = Qt.MouseButton.LeftButton
CSV = ("Bezeichnung;Zweck;Rechtsgrundlage;Löschfrist;Farbe\n"
       "Bewerbungen;Auswahl der Bewerber;Art. 6 Abs. 1 lit. b DSGVO;6 Monate;blau\n")  # fmt: skip


def _combo(dialog: ImportDialog, row: int) -> QComboBox:
    combo = dialog.mapping_step.columns.cellWidget(row, 1)
    assert isinstance(combo, QComboBox)
    return combo


def test_map_the_columns_preview_and_import(qtbot: Any, opened: Any, tmp_path: Path, monkeypatch: Any) -> None:
    source = tmp_path / "vvt.csv"
    source.write_text(CSV, encoding="utf-8")
    dialog = ImportDialog(opened.ctx.register, folder=tmp_path, parent=opened)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(source))
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING and dialog.isEnabled(), timeout=20000)
    step = dialog.mapping_step
    assert [step.columns.item(i, 0).text() for i in range(5)] == ["Bezeichnung", "Zweck", "Rechtsgrundlage",
                                                                  "Löschfrist", "Farbe"]  # fmt: skip
    assert [_combo(dialog, i).currentData() for i in range(5)] == ["name", "purposes", "legal_basis", "retention", ""]
    assert step.columns.item(1, 2).text() == "Auswahl der Bewerber"  # the first value, to check the choice
    assert step.preview.item(0, 0).text() == "Bewerbungen"
    assert step.preview.item(0, 4).text() == "6 Monate"
    _combo(dialog, 3).setCurrentIndex(_combo(dialog, 3).findData(""))  # the DPO ignores the retention column
    assert step.preview.item(0, 4).text() == "—", "the preview follows the mapping"
    _combo(dialog, 4).setCurrentIndex(_combo(dialog, 4).findData("notes"))
    saved = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(saved), ""))
    step.on_save_clicked()
    assert json.loads(saved.read_text(encoding="utf-8"))["columns"]["Farbe"] == "notes"

    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW and dialog.isEnabled(), timeout=20000)
    assert dialog.preview is not None and dialog.preview.layout == "mapped" and dialog.preview.importable
    qtbot.mouseClick(dialog.back_button, LEFT)
    assert dialog.pages.currentIndex() == MAPPING, "back to the mapping, as the DPO left it"
    assert _combo(dialog, 4).currentData() == "notes"
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW and dialog.isEnabled(), timeout=20000)
    apply_import(opened.ctx.register, dialog.preview)
    (row,) = activities.list_activities(opened.ctx.register)
    (activity,) = take_snapshot(opened.ctx.register).activities
    assert (activity.name, activity.notes, activity.retention) == ("Bewerbungen", "blau", ())
    assert [(p.description, p.legal_basis) for p in activity.purposes] == [("Auswahl der Bewerber", "contract")]
    assert row.name == "Bewerbungen"


def test_a_preset_replaces_the_proposed_mapping(qtbot: Any, opened: Any, tmp_path: Path) -> None:
    source = tmp_path / "ropa.json"
    source.write_text(json.dumps([{"activity_name": "CRM", "purpose_of_processing": "Sales", "legal_basis": "consent",
                                   "dpia_screening": {"large_scale": True}}]), encoding="utf-8")  # fmt: skip
    dialog = ImportDialog(opened.ctx.register, folder=tmp_path, parent=opened)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(source))
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING and dialog.isEnabled(), timeout=20000)
    step = dialog.mapping_step
    step.preset.setCurrentIndex(step.preset.findData("ropa_json"))
    step.on_preset_activated(step.preset.currentIndex())
    assert [_combo(dialog, i).currentData() for i in range(4)] == ["name", "purposes", "legal_basis",
                                                                   "dpia:large_scale"]  # fmt: skip
    assert step.mapping().name == "ropa_json"
    assert step.preview.item(0, 1).text().startswith("Sales — ")
    names = [step.preset.itemText(i) for i in range(step.preset.count())]  # what they read, not file names
    assert "ROPA as a JSON list" in names and "ICO documentation template (UK)" in names
    assert not {"ropa_json", "ico", "ciso_assistant"} & set(names)


def test_a_long_header_leaves_the_field_column_in_view(qtbot: Any, opened: Any, tmp_path: Path) -> None:
    """The ICO template's headers run to 120 characters: the source column is capped (the header whole
    in its tooltip) so that the field each column goes to is seen without scrolling sideways."""
    header = ("Safeguards for exceptional transfers of personal data to third countries or international "
              "organisations (if applicable)")  # fmt: skip
    source = tmp_path / "ico.csv"
    source.write_text(f"Purpose of processing;{header}\nPayroll;SCC\n", encoding="utf-8")
    dialog = ImportDialog(opened.ctx.register, folder=tmp_path, parent=opened)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(source))
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING and dialog.isEnabled(), timeout=20000)
    table = dialog.mapping_step.columns
    field_right = table.columnViewportPosition(1) + table.columnWidth(1)
    assert field_right <= table.viewport().width()
    assert table.item(1, 0).toolTip() == header
    dialog.reject()
