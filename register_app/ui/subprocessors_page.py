"""The subprocessors page: who processes data for us, where, under which contract."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from register_app.domain.catalogues import CERTIFICATION_KINDS
from register_app.errors import UserError
from register_app.services import subprocessors
from register_app.services.subprocessors import SUBPROCESSORS, SubprocessorRow
from register_app.services.text import fold, search_terms
from register_app.ui import editors, screen_labels
from register_app.ui.edits import ACTIVITY, SUBPROCESSOR, delete
from register_app.ui.errors import show_error
from register_app.ui.list_page import ListPage
from register_app.ui.register_context import RegisterContext
from register_app.ui.table_model import Column, RowTableModel
from register_app.ui.undo import run_edit


def certification_short(code: str) -> str:
    return {"hds": "HDS", "iso27001": "ISO 27001", "secnumcloud": "SecNumCloud", "soc2": "SOC 2",
            "iso27701": "ISO 27701"}.get(code) or screen_labels.code_label(CERTIFICATION_KINDS, code)  # fmt: skip


def countries(row: SubprocessorRow) -> str:
    return ", ".join(screen_labels.country_label(c) for c in row.hosting_countries)


COLUMNS: list[Column[SubprocessorRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Subprocessor"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Service"), lambda r: r.service, tooltip=lambda r: r.service),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda r: screen_labels.label(r.role),
           tooltip=lambda r: screen_labels.label(r.role)),
    Column(QT_TRANSLATE_NOOP("Columns", "Hosting countries"), countries, tooltip=countries),
    Column(QT_TRANSLATE_NOOP("Columns", "Art. 28 contract"), lambda r: screen_labels.label(r.contract_status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Certifications"),
           lambda r: ", ".join(certification_short(c) for c in r.certifications)),
    Column(QT_TRANSLATE_NOOP("Columns", "Activities"), lambda r: str(r.activity_count),
           sort_key=lambda r: r.activity_count, align_center=True),
]  # fmt: skip


class SubprocessorsTableModel(RowTableModel[SubprocessorRow]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, uid=lambda row: row.uid, parent=parent)


def folded(row: SubprocessorRow) -> str:
    return fold(" ".join([row.name, row.service, countries(row), *row.certifications]))


class SubprocessorsPage(ListPage):
    kinds = (SUBPROCESSOR, ACTIVITY)

    def __init__(self, ctx: RegisterContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Subprocessors"), SubprocessorsTableModel(), parent)
        self.search.setPlaceholderText(self.tr("Search names, services, countries…"))
        self.search.setAccessibleName(self.tr("Search subprocessors"))
        self.filters.addStretch(1)
        self.button(self.tr("New subprocessor…"), self.on_new_clicked)
        self.button(self.tr("Open"), self.open_selected, needs_selection=True)
        self.delete_button = self.button(self.tr("Delete…"), self.on_delete_clicked, needs_selection=True)
        self.end_buttons()
        self.reload()
        self.table.set_widths([22, 26, 16, 24, 14, 18, 9], stretch={0: 2, 1: 3, 2: 1, 3: 2})

    def fetch(self) -> list[SubprocessorRow]:
        terms = search_terms(self.search.text())
        rows = subprocessors.list_subprocessors(self.ctx.register)
        return [row for row in rows if all(t in folded(row) for t in terms)]

    def count_text(self, n: int) -> str:
        return self.tr("%n subprocessor(s)", "", n)

    def empty_text(self) -> str:
        if self.search.text().strip():
            return self.tr("No subprocessor matches the search.")
        return self.tr("No subprocessor yet: add your host, payroll provider, emailing tool…")

    def on_new_clicked(self) -> None:
        editors.edit_subprocessor(self.ctx, self, None)

    def open_selected(self) -> None:
        uid = self.selected_uid()
        if uid:
            editors.subprocessor_dialog(self.ctx, self, uid).exec()

    def on_delete_clicked(self) -> None:
        uid = self.selected_uid()
        row = self.model.row_at(self.model.row_of(uid)) if uid else None
        if row is None:
            return
        text = self.tr(
            "Delete “{name}”? It will be removed from the %n activity(ies) that use it. "
            "Edit ▸ Undo takes it back, and File ▸ Deleted items… restores it even after the register is closed.",
            "",
            row.activity_count,
        ).format(name=row.name)
        if self.confirm(self.tr("Delete the subprocessor"), text):
            try:
                run_edit(self.ctx, delete(SUBPROCESSORS, row.uid), self.tr("Delete “{name}”").format(name=row.name))
            except UserError as exc:
                show_error(self, exc)
