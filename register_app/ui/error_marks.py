"""The mark on activities that have error findings: an icon in the reference column and a tooltip
listing the errors. Drawn by a delegate from the check report, so the activities model knows
nothing of the checks. The column is widened by the mark's width, so a marked reference stays whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from register_app.domain.enums import Severity
from register_app.ui.finding_words import severity_icon
from register_app.ui.list_page import TableView
from register_app.ui.table_model import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class ErrorMarkDelegate(QStyledItemDelegate):
    def __init__(self, view: TableView, column: int = 0) -> None:
        super().__init__(view)
        self.view = view
        self.errors: dict[str, list[str]] = {}
        self.icon = severity_icon(Severity.ERROR)
        view.setItemDelegateForColumn(column, self)
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        view.reserve(column, style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 2 * margin)

    def set_errors(self, errors: dict[str, list[str]]) -> None:
        """The error messages of each activity uid that has some."""
        self.errors = errors
        self.view.viewport().update()

    def messages(self, index: Index) -> list[str]:
        return self.errors.get(str(index.data(ID_ROLE)), [])

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if self.messages(index):
            option.icon = self.icon  # type: ignore[attr-defined]
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration  # type: ignore[attr-defined]
            side = self.view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            option.decorationSize = QSize(side, side)  # type: ignore[attr-defined]

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: Index) -> bool:  # fmt: skip
        if event.type() == QEvent.Type.ToolTip and self.messages(index):
            QToolTip.showText(event.globalPos(), self.tooltip(index), view)
            return True
        return super().helpEvent(event, view, option, index)

    def tooltip(self, index: Index) -> str:
        found = self.messages(index)
        return "\n".join([self.tr("%n error(s) found by the checks:", "", len(found)), *(f"• {m}" for m in found)])
