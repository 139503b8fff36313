"""One table model recipe for every list: a list of row dataclasses, columns declared once, sorting
and filtering done in the model (no proxy), and an id role that survives sorting.

At scale (10,000 rows) a proxy costs a Python data() call per cell it compares; here each column's
sort keys are computed once per load and cached, and a filter is handed in as the set of accepted
uids, so a keystroke or a header click is a pass over a Python list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from register_app.ui.widgets import muted_brush, muted_font

T = TypeVar("T")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
# the roles data() answers; a view asks for a dozen per cell painted, most of them answered None
ROLES = frozenset(int(role) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                         Qt.ItemDataRole.TextAlignmentRole, ID_ROLE, SORT_ROLE,
                                         Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole))  # fmt: skip


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # source text in the "Columns" translation context
    display: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    align_center: bool = False
    tooltip: Callable[[T], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[T]):
    """`muted` marks rows drawn greyed and in italics (what is only suggested, not recorded)."""

    def __init__(self, columns: Sequence[Column[T]], uid: Callable[[T], str], parent: Any = None, *,
                 muted: Callable[[T], bool] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.columns = list(columns)
        self._uid = uid
        self._muted = muted
        self._font = QFont()
        self._loaded: list[T] = []  # as given to set_rows
        self._uids: list[str] = []  # aligned with _loaded
        self._order: list[int] = []  # positions in _loaded, in the current sort order
        self._accepted: set[str] | None = None  # None: every row
        self._shown: list[int] = []  # _order filtered by _accepted
        self._rows: list[T] = []  # the rows of _shown
        self._positions: dict[str, int] | None = None  # uid -> shown row, built on demand
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keys: dict[int, list[Any]] = {}  # column -> sort key of each loaded row
        self._orders: dict[tuple[int, Qt.SortOrder], list[int]] = {}

    # --- data
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES or not index.isValid() or not (0 <= index.row() < len(self._rows)):
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
        if self._muted is not None and self._muted(row):
            if role == Qt.ItemDataRole.FontRole:
                return muted_font(self._font)
            if role == Qt.ItemDataRole.ForegroundRole:
                return muted_brush()
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
        if self._positions is None:
            uids = self._uids
            self._positions = {uids[i]: row for row, i in enumerate(self._shown)}
        return self._positions.get(uid, -1)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._loaded = list(rows)
        self._uids = [self._uid(row) for row in self._loaded]
        self._keys.clear()
        self._orders.clear()
        self._order = self._sorted_order(*self._sort) if self._sort else list(range(len(self._loaded)))
        self._show()
        self.endResetModel()

    def set_accepted(self, uids: set[str] | None) -> None:
        """Show only the rows whose uid is in `uids` (None: every row), in the current order."""
        self._accepted = uids
        shown = self._filtered()
        if shown == self._shown:
            return  # the same rows: the view keeps its state and paints nothing
        self.beginResetModel()
        self._show(shown)
        self.endResetModel()

    # --- edits in place: one row added, replaced or removed, the view told of that row only
    def put(self, row: T, *, accepted: bool = True) -> None:
        """Add `row`, or replace the loaded row with its uid, at its place in the current order;
        `accepted`: whether it passes the filter in force (ignored when every row is shown)."""
        uid = self._uid(row)
        before = self.row_of(uid)
        try:
            i = self._uids.index(uid)
        except ValueError:
            i = len(self._loaded)
            self._loaded.append(row)
            self._uids.append(uid)
            for column, keys in self._keys.items():
                keys.append(self._key(self.columns[column], row))
        else:
            self._loaded[i] = row
            for column, keys in self._keys.items():
                keys[i] = self._key(self.columns[column], row)
        if self._accepted is not None:
            (self._accepted.add if accepted else self._accepted.discard)(uid)
        self._replace(uid, before)

    def drop(self, uid: str) -> None:
        """Remove the row with `uid`, if loaded."""
        before = self.row_of(uid)
        try:
            i = self._uids.index(uid)
        except ValueError:
            return
        del self._loaded[i], self._uids[i]
        for keys in self._keys.values():
            del keys[i]
        self._replace(uid, before)

    def _replace(self, uid: str, before: int) -> None:
        """Show the loaded rows again after one changed: the others keep their relative order (the
        sort is stable), so the view is told of one row inserted, removed, moved or changed."""
        self._orders.clear()
        self._order = self._sorted_order(*self._sort) if self._sort else list(range(len(self._loaded)))
        shown = self._filtered()
        uids = self._uids
        after = next((n for n, i in enumerate(shown) if uids[i] == uid), -1)
        if before < 0 and after < 0:
            self._show(shown)
        elif before < 0:
            self.beginInsertRows(QModelIndex(), after, after)
            self._show(shown)
            self.endInsertRows()
        elif after < 0:
            self.beginRemoveRows(QModelIndex(), before, before)
            self._show(shown)
            self.endRemoveRows()
        else:
            if before != after:
                destination = after + 1 if after > before else after
                self.beginMoveRows(QModelIndex(), before, before, QModelIndex(), destination)
                self._show(shown)
                self.endMoveRows()
            else:
                self._show(shown)
            self.dataChanged.emit(self.index(after, 0), self.index(after, len(self.columns) - 1))

    def _filtered(self) -> list[int]:
        accepted, uids = self._accepted, self._uids
        return self._order if accepted is None else [i for i in self._order if uids[i] in accepted]

    def _show(self, shown: list[int] | None = None) -> None:
        self._shown = self._filtered() if shown is None else shown
        loaded = self._loaded
        self._rows = [loaded[i] for i in self._shown]
        self._positions = None

    # --- sorting in the model, on native values computed once per load
    @staticmethod
    def _key(column: Column[T], row: T) -> Any:
        if column.sort_key is not None:
            return column.sort_key(row)
        return column.display(row).casefold()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        if not 0 <= column < len(self.columns):
            return list(range(len(self._loaded)))
        cached = self._orders.get((column, order))
        if cached is None:
            keys = self._keys.get(column)
            if keys is None:
                col = self.columns[column]
                keys = self._keys[column] = [self._key(col, row) for row in self._loaded]
            descending = order == Qt.SortOrder.DescendingOrder
            cached = self._orders[(column, order)] = sorted(range(len(keys)), key=keys.__getitem__,
                                                            reverse=descending)  # fmt: skip
        return cached

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        uids = [self._uid(self._rows[i.row()]) if 0 <= i.row() < len(self._rows) else None for i in persistent]
        self._order = self._sorted_order(column, order)
        self._show()
        if persistent:
            for index, uid in zip(persistent, uids, strict=True):
                row = self.row_of(uid) if uid is not None else -1
                if row >= 0:
                    self.changePersistentIndex(index, self.index(row, index.column()))
                else:
                    self.changePersistentIndex(index, QModelIndex())
        self.layoutChanged.emit()
