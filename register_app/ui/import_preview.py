"""What an import would do, before anything is written: the widget that shows the core's plan
(services/xlsx_import/plan.py, the command line's too) — counts by action, a clear statement
when nothing can be imported, and the report table with sheet and cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from register_app.services.placeholders import place
from register_app.services.xlsx_import.plan import ImportPlan
from register_app.services.xlsx_import.report import Action, ReportLine
from register_app.ui.screen_labels import lang
from register_app.ui.table_model import Column, RowTableModel
from register_app.ui.widgets import ErrorLabel, heading, hint

ACTIONS = {
    Action.CREATE: QT_TRANSLATE_NOOP("ImportPreview", "to create"),
    Action.UPDATE: QT_TRANSLATE_NOOP("ImportPreview", "to update"),
    Action.AMBIGUOUS: QT_TRANSLATE_NOOP("ImportPreview", "to check"),
    Action.EMPTY: QT_TRANSLATE_NOOP("ImportPreview", "empty"),
    Action.SKIP: QT_TRANSLATE_NOOP("ImportPreview", "skipped"),
    Action.ERROR: QT_TRANSLATE_NOOP("ImportPreview", "error"),
}
# The report's lines as first shown: what prevents the import, what to check, then the rest.
PRIORITY = (Action.ERROR, Action.AMBIGUOUS, Action.CREATE, Action.UPDATE, Action.EMPTY, Action.SKIP)
LAYOUTS = {
    "cnil": QT_TRANSLATE_NOOP("ImportPreview", "the CNIL's register model"),
    "register_app": QT_TRANSLATE_NOOP("ImportPreview", "a workbook exported by this application"),
    "json": QT_TRANSLATE_NOOP("ImportPreview", "a register exported by this application (JSON)"),
    "mapped": QT_TRANSLATE_NOOP("ImportPreview", "a table read through its column mapping"),
}


def action_text(action: Action) -> str:
    return QCoreApplication.translate("ImportPreview", ACTIONS[action])


COLUMNS: list[Column[tuple[int, ReportLine]]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Action"),
        lambda p: action_text(p[1].action),
        sort_key=lambda p: (PRIORITY.index(p[1].action), p[0]),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Sheet"), lambda p: p[1].sheet),
    Column(QT_TRANSLATE_NOOP("Columns", "Cell"), lambda p: place(p[1].cell, lang())),
    Column(QT_TRANSLATE_NOOP("Columns", "Message"), lambda p: p[1].said(lang()), tooltip=lambda p: p[1].said(lang())),
]


class ImportPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.refusal = ErrorLabel()
        self.model: RowTableModel[tuple[int, ReportLine]] = RowTableModel(COLUMNS, uid=lambda p: str(p[0]), parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.note = hint(
            self.tr(
                "Nothing has been written yet. “To check” lines were read but interpreted: look at them "
                "after the import."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.refusal)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def show_preview(self, preview: ImportPlan) -> None:
        self.title.setText(
            self.tr("{file}: {layout}").format(
                file=preview.source.name,
                layout=QCoreApplication.translate("ImportPreview", LAYOUTS.get(preview.layout, preview.layout)),
            )
        )
        activities, subprocessors, measures, controllers = preview.contents
        text = self.tr("The file holds {activities}, {subprocessors}, {measures} and {controllers}.").format(
            activities=self.tr("%n processing activity(ies)", "", activities),
            subprocessors=self.tr("%n subprocessor(s)", "", subprocessors),
            measures=self.tr("%n security measure(s)", "", measures),
            controllers=self.tr("%n other controller(s)", "", controllers),
        )
        if preview.lines:
            counts = ", ".join(
                f"{preview.count(action)} {action_text(action)}" for action in Action if preview.count(action)
            )
            text += "\n" + self.tr("Report: {counts}.").format(counts=counts)
        self.summary.setText(text)
        if not preview.ok:
            self.refusal.show_messages(
                [
                    self.tr(
                        "Nothing can be imported: the file has %n error(s), listed below with their sheet and cell. "
                        "Correct them in the file and try again.",
                        "",
                        preview.count(Action.ERROR),
                    )
                ]
            )
        elif not preview.importable:
            self.refusal.show_messages(
                [
                    self.tr(
                        "Nothing can be imported: the file holds no processing activity, "
                        "subprocessor, measure or controller."
                    )
                ]
            )
        else:
            self.refusal.show_messages([])
        self.model.set_rows(list(enumerate(preview.lines)))
        self.table.setVisible(bool(preview.lines))
        self.note.setVisible(preview.importable)

    def rows(self) -> list[Any]:
        return self.model.rows()
