"""The mouse wheel scrolls the form, never the value of a drop-down, spin box or date under the
pointer: those take the wheel only once they have the keyboard focus (clicked or tabbed into)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


class WheelGuard(QObject):
    """An application-wide event filter. An unfocused field's wheel event goes to the scroll area
    around it instead: the form scrolls as if the field were not there."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QComboBox | QAbstractSpinBox):
            return False
        if event.type() == QEvent.Type.Polish and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel must not give it the focus
        elif event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            area = scroll_area_of(watched)
            if area is not None:
                QApplication.sendEvent(area.viewport(), event.clone())
            event.accept()  # handled: Qt does not offer it to the parents a second time
            return True
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard once for the whole app (kept alive as the app's child)."""
    found = app.findChild(WheelGuard)
    if found is not None:
        return found
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
