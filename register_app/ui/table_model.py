"""One table model recipe for every list: a list of row dataclasses, columns declared once, sorting
done in the model on native values (no proxy), and an id role that survives sorting."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # source text in the "Columns" translation context
    display: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    align_center: bool = False
    tooltip: Callable[[T], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], uid: Callable[[T], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._uid = uid
        self._rows: list[T] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- data
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_center:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ID_ROLE:
            return self._uid(row)
        if role == SORT_ROLE:
            return self._key(column, row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.columns):
            return QCoreApplication.translate("Columns", self.columns[section].title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- rows
    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, uid: str) -> int:
        for i, item in enumerate(self._rows):
            if self._uid(item) == uid:
                return i
        return -1

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    # --- sorting in the model, on native values
    @staticmethod
    def _key(column: Column[T], row: T) -> Any:
        if column.sort_key is not None:
            return column.sort_key(row)
        return column.display(row).casefold()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < len(self.columns):
            col = self.columns[column]
            self._rows.sort(key=lambda row: self._key(col, row), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        uids = [self._uid(self._rows[i.row()]) if 0 <= i.row() < len(self._rows) else None for i in persistent]
        self._sort_rows(column, order)
        new_pos = {self._uid(row): i for i, row in enumerate(self._rows)}
        for index, uid in zip(persistent, uids, strict=True):
            if uid is not None and uid in new_pos:
                self.changePersistentIndex(index, self.index(new_pos[uid], index.column()))
        self.layoutChanged.emit()
