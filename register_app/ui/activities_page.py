"""The processing activities page: the register's main list."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QWidget

from register_app.domain.enums import ActivityRole, ActivityStatus
from register_app.errors import UserError
from register_app.services import activities
from register_app.services.activities import ACTIVITIES, ActivityFilter, ActivityRow
from register_app.services.text import fold, search_terms
from register_app.ui import editors, screen_labels
from register_app.ui.activities_table_model import ActivitiesTableModel
from register_app.ui.edits import ACTIVITY, MEASURE, SUBPROCESSOR, Change, Steps, create, delete, update
from register_app.ui.errors import show_error
from register_app.ui.list_page import ListPage
from register_app.ui.register_context import RegisterContext
from register_app.ui.undo import run_edit


class ActivitiesPage(ListPage):
    kinds = (ACTIVITY, SUBPROCESSOR, MEASURE)
    search_delay_ms = 0  # searching in memory takes milliseconds even with 10,000 activities

    def __init__(self, ctx: RegisterContext, parent: QWidget | None = None) -> None:
        self._texts: dict[str, str] | None = None  # folded search text by uid, loaded on first search
        self._searched: tuple[str, set[str]] | None = None  # last folded query and its matches
        super().__init__(ctx, self.tr("Processing activities"), ActivitiesTableModel(), parent)
        self.search.setPlaceholderText(self.tr("Search names, purposes, data, subprocessors…"))
        self.search.setAccessibleName(self.tr("Search activities"))
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in ActivityStatus:
            self.status.addItem(screen_labels.label(status), status)
        self.role = QComboBox()
        self.role.addItem(self.tr("All roles"), None)
        for role in ActivityRole:
            self.role.addItem(screen_labels.label(role), role)
        self.status.setAccessibleName(self.tr("Status filter"))
        self.role.setAccessibleName(self.tr("Role filter"))
        self.filters.addWidget(self.status)
        self.filters.addWidget(self.role)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.role.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button = self.button(self.tr("New activity…"), self.on_new_clicked)
        self.template_button = self.button(self.tr("From a template…"), self.on_template_clicked)
        self.open_button = self.button(self.tr("Open"), self.open_selected, needs_selection=True)
        self.duplicate_button = self.button(self.tr("Duplicate"), self.on_duplicate_clicked, needs_selection=True)
        self.retire_button = self.button(self.tr("Retire"), self.on_retire_clicked, needs_selection=True)
        self.delete_button = self.button(self.tr("Delete…"), self.on_delete_clicked, needs_selection=True)
        self.end_buttons()
        self.reload()
        self.table.set_widths([7, 22, 16, 15, 24, 22, 6, 6, 11], stretch={1: 4, 4: 5, 5: 1})

    def where(self) -> ActivityFilter:
        return ActivityFilter(query=self.search.text(), status=self.status.currentData(), role=self.role.currentData())

    # --- search in memory: the status and role filters query the register, a keystroke does not
    def fetch(self) -> list[ActivityRow]:
        rows = activities.list_activities(self.ctx.register, where=dataclasses.replace(self.where(), query=""))
        self._texts = None  # reloaded on the next search: a change may concern them
        self._searched = None
        self.model.set_accepted(self.accepted())
        return rows

    def accepted(self) -> set[str] | None:
        """The uids matching the search field (None when it is empty); a query that extends the
        previous one (one more letter typed) only searches among the previous matches."""
        query = fold(self.search.text())
        if not search_terms(query):
            self._searched = None
            return None
        if self._texts is None:
            self._texts = activities.search_texts(self.ctx.register)
        previous = self._searched
        among = previous[1] if previous is not None and query.startswith(previous[0]) else None
        found = activities.matching(self._texts, query, among)
        self._searched = (query, found)
        return found

    # --- an edit updates the rows of the activities it wrote, in place (no reload of 10,000 rows)
    def apply_change(self, change: Change) -> None:
        if change.objects is None:
            super().apply_change(change)
            return
        touched = change.uids(ACTIVITY)
        if any(kind != ACTIVITY for kind, _uid in change.objects):
            self._texts = None  # a subprocessor or measure is in the search texts of its activities
            self._searched = None
        keep = self.selected_uid()
        try:
            self.refresh_rows(touched)
            if self._texts is None and search_terms(fold(self.search.text())):
                self.model.set_accepted(self.accepted())
        except UserError as exc:
            show_error(self, exc)
            return
        self.show_rows(change.uid if change.uid in touched else keep)

    def refresh_rows(self, uids: set[str]) -> None:
        """Read the rows of `uids` again: each is replaced, added or removed (gone, or no longer
        matching the status and role filters) in the table."""
        if not uids:
            return
        where = dataclasses.replace(self.where(), query="", uids=frozenset(uids))
        rows = {row.uid: row for row in activities.list_activities(self.ctx.register, where=where)}
        query = fold(self.search.text())
        if self._texts is not None:
            for uid in uids:
                self._texts.pop(uid, None)
            self._texts.update(activities.search_texts(self.ctx.register, uids))
        searching = self._texts is not None and bool(search_terms(query))
        for uid in sorted(uids):
            row = rows.get(uid)
            if row is None:
                self.model.drop(uid)
                continue
            accepted = searching and bool(activities.matching({uid: self._texts[uid]}, query))  # type: ignore[index]
            if self._searched is not None:
                (self._searched[1].add if accepted else self._searched[1].discard)(uid)
            self.model.put(row, accepted=accepted)

    def on_search_timeout(self) -> None:
        keep = self.selected_uid()
        try:
            accepted = self.accepted()
        except UserError as exc:
            show_error(self, exc)
            return
        self.model.set_accepted(accepted)
        self.show_rows(keep)

    def count_text(self, n: int) -> str:
        return self.tr("%n activity(ies)", "", n)

    def empty_text(self) -> str:
        if self.where() != ActivityFilter():
            return self.tr("No activity matches the search or filters.")
        return self.tr("No processing activity yet. Click “New activity…” to describe the first one, or “From a "
                       "template…” to start from a typical processing.")

    def current_row(self) -> ActivityRow | None:
        uid = self.selected_uid()
        row = self.model.row_of(uid) if uid else -1
        return self.model.row_at(row) if row >= 0 else None

    def on_new_clicked(self) -> None:
        editors.edit_activity(self.ctx, self, None)

    def on_template_clicked(self) -> None:
        from register_app.ui.template_gallery import create_from_template

        uid = create_from_template(self.ctx, self)
        if uid is not None:
            self.select(uid)

    def open_selected(self) -> None:
        uid = self.selected_uid()
        if uid:
            editors.edit_activity(self.ctx, self, uid)

    def on_duplicate_clicked(self) -> None:
        row = self.current_row()
        if row is None:
            return
        name = self.tr("{name} (copy)").format(name=row.name)
        try:
            copy = activities.copy_of(activities.get_activity(self.ctx.register, uid=row.uid), name)
        except UserError as exc:
            show_error(self, exc)
            return
        self._run(create(ACTIVITIES, copy), self.tr("Duplicate “{name}”").format(name=row.name))

    def on_retire_clicked(self) -> None:
        row = self.current_row()
        if row is None or row.status == ActivityStatus.RETIRED:
            return
        try:
            data = activities.input_of(activities.get_activity(self.ctx.register, uid=row.uid))
        except UserError as exc:
            show_error(self, exc)
            return
        retired = dataclasses.replace(data, status=ActivityStatus.RETIRED)
        self._run(update(ACTIVITIES, row.uid, retired), self.tr("Retire “{name}”").format(name=row.name))

    def on_delete_clicked(self) -> None:
        row = self.current_row()
        if row is None:
            return
        text = self.tr("Delete “{reference} {name}” from the register? Edit ▸ Undo takes it back, "
                       "and File ▸ Deleted items… restores it even after the register is closed.")  # fmt: skip
        if self.confirm(self.tr("Delete the activity"), text.format(reference=row.reference, name=row.name)):
            self._run(delete(ACTIVITIES, row.uid), self.tr("Delete “{name}”").format(name=row.name))

    def _run(self, edit: Steps, text: str) -> None:
        try:
            run_edit(self.ctx, edit, text)
        except UserError as exc:
            show_error(self, exc)
