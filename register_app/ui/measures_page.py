"""The security measures page: the register's catalogue of measures, by CNIL heading."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from register_app.domain.enums import CnilHeading
from register_app.errors import UserError
from register_app.services import measures
from register_app.services import records as r
from register_app.services.text import fold, search_terms
from register_app.ui import editors, labels
from register_app.ui.context import RegisterContext
from register_app.ui.edits import MEASURE, MEASURES, Delete
from register_app.ui.errors import show_error
from register_app.ui.list_page import ListPage
from register_app.ui.table_model import Column, RowTableModel
from register_app.ui.undo import run_edit

HEADING_ORDER = {heading: i for i, heading in enumerate(CnilHeading)}

COLUMNS: list[Column[r.Measure]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "CNIL heading"), lambda m: labels.label(m.heading),
           tooltip=lambda m: labels.label(m.heading),
           sort_key=lambda m: (HEADING_ORDER[m.heading], m.name.casefold())),
    Column(QT_TRANSLATE_NOOP("Columns", "Measure"), lambda m: m.name, tooltip=lambda m: m.description),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda m: labels.label(m.status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Evidence"), lambda m: m.evidence, tooltip=lambda m: m.evidence),
    Column(QT_TRANSLATE_NOOP("Columns", "Next review"), lambda m: labels.local_date(m.review_date),
           sort_key=lambda m: m.review_date.isoformat() if m.review_date else "9999"),
]  # fmt: skip


class MeasuresTableModel(RowTableModel[r.Measure]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, uid=lambda row: row.uid, parent=parent)


class MeasuresPage(ListPage):
    kinds = (MEASURE,)

    def __init__(self, ctx: RegisterContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Security measures"), MeasuresTableModel(), parent)
        self.search.setPlaceholderText(self.tr("Search measures…"))
        self.search.setAccessibleName(self.tr("Search measures"))
        self.filters.addStretch(1)
        self.button(self.tr("New measure…"), self.on_new_clicked)
        self.button(self.tr("Open"), self.open_selected, needs_selection=True)
        self.button(self.tr("Delete…"), self.on_delete_clicked, needs_selection=True)
        self.end_buttons()
        self.reload()
        self.table.set_widths([34, 44, 10, 30, 12], stretch={0: 1, 1: 3, 3: 2})

    def fetch(self) -> list[r.Measure]:
        terms = search_terms(self.search.text())
        rows = measures.list_measures(self.ctx.register)
        return [m for m in rows if all(t in fold(f"{m.name} {m.description} {m.evidence}") for t in terms)]

    def count_text(self, n: int) -> str:
        return self.tr("%n measure(s)", "", n)

    def empty_text(self) -> str:
        return self.tr("No measure matches the search.") if self.search.text().strip() else self.tr("No measure yet.")

    def on_new_clicked(self) -> None:
        editors.measure_dialog(self.ctx, self, None).exec()

    def open_selected(self) -> None:
        uid = self.selected_uid()
        if uid:
            editors.measure_dialog(self.ctx, self, uid).exec()

    def on_delete_clicked(self) -> None:
        uid = self.selected_uid()
        if not uid:
            return
        row = self.model.row_at(self.model.row_of(uid))
        if self.confirm(self.tr("Delete the measure"),
                        self.tr("Delete “{name}”? Activities and subprocessors lose it. You can undo this with "
                                "Edit ▸ Undo.").format(name=row.name)):  # fmt: skip
            try:
                run_edit(self.ctx, Delete(MEASURES, uid), self.tr("Delete “{name}”").format(name=row.name))
            except UserError as exc:
                show_error(self, exc)
