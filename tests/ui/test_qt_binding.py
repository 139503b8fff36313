"""The app survives the Qt binding's reference leak (see register_app.ui.binding): a long session
of calls that return nothing must not exhaust None's reference count."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QLabel

from register_app.ui.binding import REFERENCES, needs_guard, protect_none


def test_a_long_session_does_not_exhaust_none(qtbot: Any) -> None:
    protect_none()
    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(20_000):  # without the guard, PySide6 6.12 on Python 3.11 aborts here
        label.setText("x")
    if needs_guard():
        assert sys.getrefcount(None) > REFERENCES // 2
