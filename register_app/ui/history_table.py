"""The journal as a table (when, who, object, field, before → after), and the *History* tab every
editor shows for the object it edits."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from register_app.errors import UserError
from register_app.services import history_rows
from register_app.store.register_file import RegisterFile
from register_app.ui.history_words import HistoryLine, lines
from register_app.ui.list_page import TableView
from register_app.ui.table_model import Column, RowTableModel
from register_app.ui.widgets import hint

OBJECT_COLUMN = 2
COLUMNS: list[Column[HistoryLine]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda h: h.when, sort_key=lambda h: int(h.key)),
    Column(QT_TRANSLATE_NOOP("Columns", "Who"), lambda h: h.author, tooltip=lambda h: h.author),
    Column(QT_TRANSLATE_NOOP("Columns", "Object"), lambda h: h.object_text, tooltip=lambda h: h.object_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Change"), lambda h: h.action),
    Column(QT_TRANSLATE_NOOP("Columns", "Field"), lambda h: h.field_text, tooltip=lambda h: h.field_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Before"), lambda h: h.old, tooltip=lambda h: h.old),
    Column(QT_TRANSLATE_NOOP("Columns", "After"), lambda h: h.new, tooltip=lambda h: h.new),
]
WIDTHS = (20, 14, 20, 8, 16, 14, 14)


def history_model(parent: QWidget | None = None) -> RowTableModel[HistoryLine]:
    return RowTableModel(COLUMNS, uid=lambda h: h.key, parent=parent)


def history_view(model: RowTableModel[HistoryLine], *, with_object: bool) -> TableView:
    view = TableView(model)
    view.setAccessibleName(QCoreApplication.translate("HistoryTab", "History"))
    view.setColumnHidden(OBJECT_COLUMN, not with_object)
    view.set_widths(WIDTHS, {OBJECT_COLUMN: 2, 4: 1, 5: 3, 6: 3} if with_object else {4: 1, 5: 2, 6: 2})
    view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    return view


def object_lines(register: RegisterFile, uid: str) -> list[HistoryLine]:
    """The object's changes, newest first, worded."""
    names = history_rows.last_names(register)
    return lines(history_rows.object_changes(register, uid=uid), names)


class HistoryTab(QWidget):
    """What was changed in one object, by whom and when; read once when the editor opens."""

    def __init__(self, register: RegisterFile, uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = history_model(self)
        self.view = history_view(self.model, with_object=False)
        self.empty = QLabel(self.tr("Nothing recorded yet for this object."))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Every change saved to this object, newest first: when, who, which field, "
                                      "its value before and after.")))  # fmt: skip
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.register, self.uid = register, uid
        self.reload()

    def reload(self) -> None:
        try:
            lines = object_lines(self.register, self.uid)
        except UserError as exc:  # a history that cannot be read must not keep the editor closed
            lines = []
            self.empty.setText(exc.message)
        self.model.set_rows(lines)
        self.empty.setVisible(not lines)
