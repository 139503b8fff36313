"""The security measures page: the register's catalogue of measures, by CNIL heading. Measures the
organisation declared (in place, planned) read as usual; catalogue suggestions are greyed, can be
hidden, and are declared in one click."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QMenu, QWidget

from register_app.domain.enums import CnilHeading, MeasureStatus
from register_app.errors import UserError
from register_app.services import measures
from register_app.services import records as r
from register_app.services.measures import MEASURES
from register_app.services.text import fold, search_terms
from register_app.ui import editors, screen_labels, suggestions
from register_app.ui.edits import MEASURE, delete, update
from register_app.ui.errors import show_error
from register_app.ui.list_page import ListPage
from register_app.ui.register_context import RegisterContext
from register_app.ui.table_model import Column, RowTableModel
from register_app.ui.undo import run_edit

HEADING_ORDER = {heading: i for i, heading in enumerate(CnilHeading)}


def status_tooltip(measure: r.Measure) -> str:
    return suggestions.explained() if suggestions.is_suggestion(measure) else screen_labels.label(measure.status)


COLUMNS: list[Column[r.Measure]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "CNIL heading"), lambda m: screen_labels.label(m.heading),
           tooltip=lambda m: screen_labels.label(m.heading),
           sort_key=lambda m: (HEADING_ORDER[m.heading], m.name.casefold())),
    Column(QT_TRANSLATE_NOOP("Columns", "Measure"), lambda m: m.name, tooltip=lambda m: m.description),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), suggestions.status_text, tooltip=status_tooltip),
    Column(QT_TRANSLATE_NOOP("Columns", "Evidence"), lambda m: m.evidence, tooltip=lambda m: m.evidence),
    Column(QT_TRANSLATE_NOOP("Columns", "Next review"), lambda m: screen_labels.local_date(m.review_date),
           sort_key=lambda m: m.review_date.isoformat() if m.review_date else "9999"),
]  # fmt: skip


class MeasuresTableModel(RowTableModel[r.Measure]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, uid=lambda row: row.uid, parent=parent, muted=suggestions.is_suggestion)


class MeasuresPage(ListPage):
    kinds = (MEASURE,)

    def __init__(self, ctx: RegisterContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Security measures"), MeasuresTableModel(), parent)
        self.search.setPlaceholderText(self.tr("Search measures…"))
        self.search.setAccessibleName(self.tr("Search measures"))
        self.show_suggestions = QCheckBox(self.tr("Show catalogue suggestions"))
        self.show_suggestions.setChecked(True)
        self.show_suggestions.setToolTip(suggestions.explained())
        self.show_suggestions.toggled.connect(lambda _on: self.reload())
        self.filters.addWidget(self.show_suggestions)
        self.filters.addStretch(1)
        self.counts = (0, 0)  # (declared, suggested) among the measures matching the search
        self.button(self.tr("New measure…"), self.on_new_clicked)
        self.button(self.tr("Open"), self.open_selected, needs_selection=True)
        self.declare_button = self.button(self.tr("Declare in place"), self.on_declare_clicked, needs_selection=True)
        self.declare_button.setToolTip(self.tr("Make the selected catalogue suggestion one of the organisation's "
                                               "measures, in place"))  # fmt: skip
        self.delete_button = self.button(self.tr("Delete…"), self.on_delete_clicked, needs_selection=True)
        self.end_buttons()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_table_context_menu_requested)
        self.reload()
        self.table.set_widths([22, 34, 13, 16, 12], stretch={0: 1, 1: 3, 3: 2})

    def fetch(self) -> list[r.Measure]:
        terms = search_terms(self.search.text())
        rows = measures.list_measures(self.ctx.register)
        found = [m for m in rows if all(t in fold(f"{m.name} {m.description} {m.evidence}") for t in terms)]
        suggested = sum(suggestions.is_suggestion(m) for m in found)
        self.counts = (len(found) - suggested, suggested)
        if not self.show_suggestions.isChecked():
            found = [m for m in found if not suggestions.is_suggestion(m)]
        return found

    def count_text(self, n: int) -> str:
        declared, suggested = self.counts
        text = self.tr("%n declared measure(s)", "", declared)
        return text + ", " + self.tr("%n catalogue suggestion(s)", "", suggested) if suggested else text

    def empty_text(self) -> str:
        if self.search.text().strip():
            return self.tr("No measure matches the search.")
        if self.counts[1]:
            return self.tr("No measure declared yet: show the catalogue suggestions and declare those in place.")
        return self.tr("No measure yet.")

    def selected_measure(self) -> r.Measure | None:
        uid = self.selected_uid()
        return self.model.row_at(self.model.row_of(uid)) if uid else None

    def on_selection_changed(self, *args: object) -> None:
        super().on_selection_changed(*args)
        if hasattr(self, "declare_button"):
            selected = self.selected_measure()
            if selected is None or not suggestions.is_suggestion(selected):
                self.declare_button.setEnabled(False)

    def on_declare_clicked(self) -> None:
        self.declare(MeasureStatus.IN_PLACE)

    def declare(self, status: MeasureStatus) -> None:
        """Declare the selected suggestion in place or planned: one undoable edit."""
        selected = self.selected_measure()
        if selected is None or not suggestions.is_suggestion(selected) or self.ctx.register.read_only:
            return
        data = dataclasses.replace(r.input_part(selected, r.MeasureInput), status=status)
        if status is MeasureStatus.PLANNED:
            text = self.tr("Declare “{name}” as planned").format(name=selected.name)
        else:
            text = self.tr("Declare “{name}” in place").format(name=selected.name)
        try:
            run_edit(self.ctx, update(MEASURES, selected.uid, data), text)
        except UserError as exc:
            show_error(self, exc)

    def on_table_context_menu_requested(self, pos: QPoint) -> None:
        if self.selected_measure() is None:
            return
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self) -> QMenu:
        """Open, and for a suggestion the two ways of declaring it."""
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.open_selected)
        selected = self.selected_measure()
        if selected is not None and suggestions.is_suggestion(selected) and not self.ctx.register.read_only:
            menu.addAction(self.tr("Declare in place"), lambda: self.declare(MeasureStatus.IN_PLACE))
            menu.addAction(self.tr("Declare as planned"), lambda: self.declare(MeasureStatus.PLANNED))
        return menu

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
        text = self.tr("Delete “{name}”? Activities and subprocessors lose it. Edit ▸ Undo takes it back, "
                       "and File ▸ Deleted items… restores it even after the register is closed.")  # fmt: skip
        if self.confirm(self.tr("Delete the measure"), text.format(name=row.name)):
            try:
                run_edit(self.ctx, delete(MEASURES, uid), self.tr("Delete “{name}”").format(name=row.name))
            except UserError as exc:
                show_error(self, exc)
