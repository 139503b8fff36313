"""Frozen versions in the app: Freeze a version records a named, dated version with its comment;
the list shows it; a name already used is refused in one sentence with what was typed kept; a
version's document is saved exactly as it was frozen, whatever was edited since."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from register_app.services import activities, versions
from register_app.services import records as r
from register_app.ui.versions_dialog import FreezeDialog, VersionsDialog
from tests.ui.conftest import answer_modal


def test_freezing_records_a_version_listed_and_saved_as_it_was(qtbot: Any, opened: Any, tmp_path: Path) -> None:
    reg = opened.ctx.register
    made = activities.create_activity(reg, data=r.ActivityInput(name="Paie"))
    dialog = VersionsDialog(reg, opened)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.empty.isHidden()

    def freeze(box: FreezeDialog) -> None:
        box.name.setText("Validé en comité")
        box.comment.setPlainText("Revue annuelle 2026")
        box.accept()

    seen = answer_modal(qtbot, FreezeDialog, freeze)
    dialog.on_freeze_clicked()
    assert seen and seen[0].frozen is not None
    [version] = versions.list_versions(reg)
    assert (version.name, version.comment, version.frozen_by) == ("Validé en comité", "Revue annuelle 2026", reg.author)
    assert dialog.model.rowCount() == 1 and dialog.empty.isHidden()
    assert dialog.model.index(0, 0).data() == "Validé en comité"
    assert dialog.model.index(0, 3).data() == "Revue annuelle 2026"
    assert dialog.selected() == version and dialog.save_button.isEnabled()

    activities.update_activity(reg, uid=made.uid, data=dataclasses.replace(activities.input_of(made),
                                                                           name="Paie modifiée après"))  # fmt: skip
    out = tmp_path / "version.json"
    dialog.save(version, out)
    names = [a["name"] for a in json.loads(out.read_text(encoding="utf-8"))["activities"]]
    assert names == ["Paie"]


def test_a_name_already_used_is_refused_and_what_was_typed_stays(qtbot: Any, opened: Any) -> None:
    reg = opened.ctx.register
    versions.freeze_version(reg, name="V1")
    box = FreezeDialog(reg, opened)
    qtbot.addWidget(box)
    box.show()
    box.name.setText("V1")
    box.comment.setPlainText("second try")
    box.accept()
    assert box.isVisible() and box.frozen is None
    assert "V1" in box.error.text() and box.comment.toPlainText() == "second try"
    assert len(versions.list_versions(reg)) == 1


def test_the_date_and_the_author_are_shown_whole(qtbot: Any, opened: Any) -> None:
    """The date read "03/12/2026 …" and the author "Claire M…" while the comment had room to spare (seen at
    1366x768)."""
    from PySide6.QtCore import Qt

    versions.freeze_version(opened.ctx.register, name="Registre validé", comment="Validé par la direction")
    dialog = VersionsDialog(opened.ctx.register, opened)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    metrics = table.fontMetrics()
    for column in (1, 2):
        text = str(dialog.model.index(0, column).data(Qt.ItemDataRole.DisplayRole))
        assert metrics.horizontalAdvance(text) + 8 <= table.columnWidth(column), (column, text)
    dialog.reject()
