"""An edit updates the activities list in place: the row it wrote is replaced, moved, added or
removed, the model is never reset, and the selection and scroll position survive."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from register_app.domain.enums import ActivityStatus
from register_app.services import activities, subprocessors
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES
from register_app.services.subprocessors import SUBPROCESSORS
from register_app.store.backups import DATA_DIR_ENV
from register_app.store.register_file import open_register
from register_app.ui.edits import delete, update
from register_app.ui.undo import run_edit
from tests.ui.conftest import type_text

N = 40  # more rows than the table shows at once: it can scroll


@pytest.fixture(scope="module")
def many_activities(new_register_source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new register with N activities, half of them on one subprocessor, written once for the module
    (N activities take seconds to write): each test opens a copy."""
    folder = tmp_path_factory.mktemp("many-activities")
    path = Path(shutil.copyfile(new_register_source, folder / "acme.rgpd"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(folder / "app-data"))
        reg = open_register(path, author="dpo")
        try:
            host = subprocessors.create_subprocessor(reg, data=r.SubprocessorInput(name="Hébergeur SAS"))
            for n in range(N):
                activities.create_activity(reg, data=r.ActivityInput(
                    name=f"Activité {n:03d}" + (" zèbre" if n % 10 == 0 else ""),
                    purposes=(r.Purpose(description=f"Finalité {n}", legal_basis="contract"),),
                    subprocessor_uids=(host.uid,) if n % 2 else (), status=ActivityStatus.ACTIVE))  # fmt: skip
        finally:
            reg.close()
    return path


@pytest.fixture
def page(window: Any, many_activities: Path, tmp_path: Path) -> Any:
    assert window.open_file(Path(shutil.copyfile(many_activities, tmp_path / "acme.rgpd")))
    page = window.workspace.activities
    page.reload()
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by name
    return page


class Resets:
    def __init__(self, model: Any) -> None:
        self.count = 0
        model.modelReset.connect(self.on_reset)

    def on_reset(self) -> None:
        self.count += 1


def rename(page: Any, uid: str, name: str, **changes: Any) -> None:
    data = activities.input_of(activities.get_activity(page.ctx.register, uid=uid))
    run_edit(page.ctx, update(ACTIVITIES, uid, dataclasses.replace(data, name=name, **changes)), "edit")


def shown_names(page: Any) -> list[str]:
    return [page.model.row_at(i).name for i in range(page.model.rowCount())]


def test_saving_an_activity_updates_its_row_and_keeps_selection_and_scroll(qtmodeltester: Any, page: Any) -> None:
    resets = Resets(page.model)
    selected = page.model.row_at(30).uid
    page.select(selected)
    scroll = page.table.verticalScrollBar().value()
    assert scroll > 0
    rename(page, selected, "Activité 030 bis")  # the row opened and saved: it stays in place
    assert page.model.row_at(30).name == "Activité 030 bis"
    assert page.selected_uid() == selected
    assert page.table.verticalScrollBar().value() == scroll
    rename(page, page.model.row_at(3).uid, "Zzz dernière")  # another row moves to the end of the order
    assert shown_names(page)[-1] == "Zzz dernière"
    assert shown_names(page) == sorted(shown_names(page), key=str.casefold)
    assert page.model.rowCount() == N
    assert resets.count == 0
    qtmodeltester.check(page.model, force_py=True)


def test_deleting_and_undoing_removes_and_inserts_one_row(page: Any) -> None:
    resets = Resets(page.model)
    gone = page.model.row_at(10)
    run_edit(page.ctx, delete(ACTIVITIES, gone.uid), "delete")
    assert page.model.row_of(gone.uid) == -1 and page.model.rowCount() == N - 1
    page.ctx.undo_stack.undo()
    assert page.model.row_of(gone.uid) == 10 and page.model.rowCount() == N
    assert page.count.text().startswith(f"{N} ")
    assert resets.count == 0


def test_an_edit_follows_the_search_and_the_status_filter(qtbot: Any, page: Any) -> None:
    type_text(page.search, "zebre")
    qtbot.waitUntil(lambda: page.model.rowCount() == N // 10)
    resets = Resets(page.model)
    first = page.model.row_at(0).uid
    rename(page, first, "Autre nom")  # no longer matches the search: leaves the list
    assert page.model.row_of(first) == -1 and page.model.rowCount() == N // 10 - 1
    rename(page, first, "Zèbre revenu")  # matches again: comes back
    assert page.model.row_of(first) >= 0 and page.model.rowCount() == N // 10
    assert resets.count == 0
    page.search.clear()
    page.on_search_timeout()
    page.status.setCurrentIndex(page.status.findData(ActivityStatus.ACTIVE))
    retired = page.model.row_at(0).uid
    rename(page, retired, "Retirée", status=ActivityStatus.RETIRED)
    assert page.model.row_of(retired) == -1 and page.model.rowCount() == N - 1


def test_deleting_a_subprocessor_updates_the_counts_of_its_activities(page: Any) -> None:
    host = subprocessors.list_subprocessors(page.ctx.register)[0]
    resets = Resets(page.model)
    run_edit(page.ctx, delete(SUBPROCESSORS, host.uid), "delete")
    assert {page.model.row_at(i).subprocessor_count for i in range(N)} == {0}
    page.ctx.undo_stack.undo()
    assert sum(page.model.row_at(i).subprocessor_count for i in range(N)) == N // 2
    assert resets.count == 0


def test_a_page_out_of_sight_reloads_when_shown(window: Any, page: Any) -> None:
    subprocessors_page = window.workspace.subprocessors
    host = subprocessors.list_subprocessors(page.ctx.register)[0]
    data = r.input_part(subprocessors.get_subprocessor(page.ctx.register, uid=host.uid), r.SubprocessorInput)
    run_edit(page.ctx, update(SUBPROCESSORS, host.uid, dataclasses.replace(data, name="Hébergeur renommé")), "edit")
    window.go_to(window.workspace.pages.indexOf(subprocessors_page))
    assert [row.name for row in subprocessors_page.model.rows()] == ["Hébergeur renommé"]
