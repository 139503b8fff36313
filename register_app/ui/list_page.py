"""The shape every list page shares: a search field that filters as you type, action buttons, a
sortable table, Enter or double-click to open, and a reload only when an edit concerns the page. A
page of one kind of record (`RecordPage`) adds New…, Open and Delete… on its editor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from register_app.errors import UserError
from register_app.services.aggregate_writes import Aggregate
from register_app.ui.edits import Change, delete
from register_app.ui.errors import show_error
from register_app.ui.register_context import RegisterContext
from register_app.ui.table_model import ID_ROLE, RowTableModel
from register_app.ui.undo import run_edit
from register_app.ui.widgets import heading, hint, out_of_sight

SEARCH_DELAY_MS = 150


class TableView(QTableView):
    """Rows, one selected at a time; Enter opens like a double-click."""

    def __init__(self, model: RowTableModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def set_widths(self, chars: Sequence[int], stretch: dict[int, int]) -> None:
        """Default widths in average characters, never narrower than the header's title; the columns
        in `stretch` share the remaining width by weight (until the user resizes a column)."""
        fm = self.fontMetrics()
        model = self.model()
        self._minimum = []
        for column, n in enumerate(chars):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            self._minimum.append(max(fm.averageCharWidth() * n, fm.horizontalAdvance(title) + 36))
        self._stretch = stretch
        self._fitting = False
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self.horizontalHeader().setStretchLastSection(False)
        self._user_sized = False
        self.fit_columns()

    def fit_columns(self) -> None:
        if not getattr(self, "_minimum", None) or self._user_sized:
            return
        self._fitting = True
        header = self.horizontalHeader()
        shown = [column for column in range(len(self._minimum)) if not self.isColumnHidden(column)]
        spare = max(self.viewport().width() - sum(self._minimum[column] for column in shown), 0)
        total = sum(self._stretch.get(column, 0) for column in shown) or 1
        for column in shown:
            header.resizeSection(column, self._minimum[column] + spare * self._stretch.get(column, 0) // total)
        self._fitting = False

    def reserve(self, column: int, pixels: int) -> None:
        """Room for what is drawn beside a column's text (a mark), added to that column's default width."""
        self._minimum[column] += pixels
        self.fit_columns()

    def _on_section_resized(self, *_args: object) -> None:
        if not self._fitting and self.isVisible():
            self._user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()


class ListPage(QWidget):
    kinds: tuple[str, ...] = ()  # the Change kinds that make this page reload
    search_delay_ms = SEARCH_DELAY_MS  # typing pause before the search runs

    def __init__(
        self, ctx: RegisterContext, title: str, model: RowTableModel[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.title = heading(title)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.table = TableView(model)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        self.table.installEventFilter(self)
        self.delete_button: QPushButton | None = None  # the Delete key on the table presses it
        self.empty = hint("")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = QLabel()
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 2)
        self.buttons = QHBoxLayout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.search_delay_ms)
        self._timer.timeout.connect(self.on_search_timeout)
        self.search.textChanged.connect(self._timer.start)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.filters)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._stale = False  # an edit came while the page was out of sight
        ctx.changed.connect(self.on_ctx_changed)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)

    def button(self, text: str, slot: Any, *, needs_selection: bool = False) -> QPushButton:
        """An action button; every one but Open changes the register, so a read-only register
        disables it."""
        button = QPushButton(text)
        button.clicked.connect(slot)
        button.setProperty("needs_selection", needs_selection)
        button.setProperty("edits", slot != self.open_selected)
        self.buttons.addWidget(button)
        return button

    def end_buttons(self) -> None:
        self.buttons.addStretch(1)
        self.on_selection_changed()

    # --- data
    def fetch(self) -> list[Any]:
        raise NotImplementedError

    def reload(self, select: str | None = None) -> None:
        keep = select or self.selected_uid()
        try:
            rows = self.fetch()
        except UserError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.show_rows(keep)

    def show_rows(self, keep: str | None) -> None:
        """Count and empty message for the rows now in the model; selection kept when still shown."""
        shown = self.model.rowCount()
        self.count.setText(self.count_text(shown))
        self.empty.setText(self.empty_text() if not shown else "")
        self.empty.setVisible(not shown)
        if keep:
            self.select(keep)
        self.on_selection_changed()

    def on_search_timeout(self) -> None:
        self.reload()

    def count_text(self, n: int) -> str:
        return str(n)

    def empty_text(self) -> str:
        return ""

    def on_ctx_changed(self, change: Change) -> None:
        if not change.concerns(*self.kinds):
            return
        if out_of_sight(self):
            self._stale = True  # read again when shown: no cost to an edit made elsewhere
            return
        self.apply_change(change)

    def apply_change(self, change: Change) -> None:
        """Show an edit that concerns the page: by default, the rows read again."""
        self.reload(select=change.uid)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    # --- selection
    def selected_uid(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else None

    def select(self, uid: str) -> None:
        row = self.model.row_of(uid)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def on_selection_changed(self, *_args: object) -> None:
        has = self.selected_uid() is not None
        read_only = self.ctx.register.read_only
        for i in range(self.buttons.count()):
            widget = self.buttons.itemAt(i).widget()
            if widget is not None:
                enabled = has or not widget.property("needs_selection")
                widget.setEnabled(enabled and not (read_only and widget.property("edits")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = watched is self.table and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if is_key and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_uid():  # type: ignore[attr-defined]
            self.open_selected()
            return True
        if is_key and event.key() == Qt.Key.Key_Delete and self.delete_button is not None:  # type: ignore[attr-defined]
            if self.delete_button.isEnabled():
                self.delete_button.click()
            return True
        return super().eventFilter(watched, event)

    def on_table_double_clicked(self, *_args: object) -> None:
        self.open_selected()

    def open_selected(self) -> None:
        raise NotImplementedError

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes


class RecordPage(ListPage):
    """A page of one kind of record (`aggregate`): New…, Open and Delete… (the Delete key too) on the
    record's editor (`editor`); a subclass adds its own buttons, then calls `end_buttons`."""

    aggregate: ClassVar[Aggregate[Any, Any]]

    def __init__(self, ctx: RegisterContext, title: str, model: RowTableModel[Any], *, search: tuple[str, str],
                 new: str, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(ctx, title, model, parent)
        self.search.setPlaceholderText(search[0])
        self.search.setAccessibleName(search[1])
        self.filters.addStretch(1)
        self.button(new, self.on_new_clicked)
        self.button(QCoreApplication.translate("RecordPage", "Open"), self.open_selected, needs_selection=True)
        self.delete_button = self.button(QCoreApplication.translate("RecordPage", "Delete…"), self.on_delete_clicked,
                                         needs_selection=True)  # fmt: skip

    def editor(self, uid: str | None) -> QDialog:
        """The record's editor, on a new record when `uid` is None."""
        raise NotImplementedError

    def deletion(self, row: Any) -> tuple[str, str, str]:
        """Deleting `row`: the question's title, the question, and the undoable edit's name."""
        raise NotImplementedError

    def on_new_clicked(self) -> None:
        self.editor(None).exec()

    def open_selected(self) -> None:
        uid = self.selected_uid()
        if uid:
            self.editor(uid).exec()

    def on_delete_clicked(self) -> None:
        uid = self.selected_uid()
        if not uid:
            return
        title, question, text = self.deletion(self.model.row_at(self.model.row_of(uid)))
        if self.confirm(title, question):
            try:
                run_edit(self.ctx, delete(self.aggregate, uid), text)
            except UserError as exc:
                show_error(self, exc)
