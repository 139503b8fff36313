"""Walk a form with the Tab key as a keyboard user does, and say where the order leaves the visible
order (top to bottom, and left to right on one line)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


def walk(start: QWidget, within: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets Tab reaches from `start` while focus stays inside `within`, once each."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is None or not within.isAncestorOf(focus) or focus in reached:
            break
        reached.append(focus)
        QTest.keyClick(focus, Qt.Key.Key_Tab)
    return reached


def place(widget: QWidget, within: QWidget) -> QRect:
    """Where the widget is drawn in `within`'s coordinates (scrolled content included)."""
    return QRect(widget.mapTo(within, QPoint(0, 0)), widget.size())


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = text() if callable(text) else ""
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or label!s:.30})"


def out_of_order(order: list[QWidget], within: QWidget) -> list[str]:
    """Each step from one widget to the next that goes up, or left on the same line; going up into
    the next column on the right (a two-column page, read column by column) is in order."""
    wrong = []
    for before, after in itertools.pairwise(order):
        a, b = place(before, within), place(after, within)
        same_line = a.top() < b.bottom() and b.top() < a.bottom()
        next_column = b.left() >= a.right()
        if (same_line and b.left() < a.left()) or (not same_line and b.top() < a.top() and not next_column):
            wrong.append(
                f"{describe(before)} at {a.topLeft().toTuple()} → {describe(after)} at {b.topLeft().toTuple()}"
            )
    return wrong


def reachable(within: QWidget) -> list[QWidget]:
    """The widgets shown in `within` that take focus with Tab (a compound widget counts once, by the
    part that takes the focus)."""
    return [w for w in within.findChildren(QWidget) if w.isVisibleTo(within) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
            and not isinstance(w.parentWidget(), QAbstractScrollArea)]  # fmt: skip


def first_field(within: QWidget) -> QWidget:
    """The first widget Tab can reach in `within`, in the visible order."""
    fields = reachable(within)
    top = min(place(w, within).top() for w in fields)
    first_line = [w for w in fields if place(w, within).top() < top + 12]  # a check box sits lower than its text
    return min(first_line, key=lambda w: place(w, within).left())


def check_tab_order(within: QWidget, start: QWidget | None = None) -> tuple[list[QWidget], list[str]]:
    """The widgets Tab reaches, and what is wrong: steps out of the visible order, and widgets shown
    that Tab skips (reached only after leaving `within`, or never)."""
    order = walk(start or first_field(within), within)
    skipped = [f"{describe(w)} at {place(w, within).topLeft().toTuple()} is skipped"
               for w in reachable(within) if w not in order]  # fmt: skip
    return order, out_of_order(order, within) + skipped
