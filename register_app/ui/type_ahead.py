"""A drop-down chosen by typing, as a user expects: typing the start of an item selects it, spaces and
accents included ("En cours", "termine" for "Terminé"), case ignored; or, when no item starts so, the
start of a word in an item ("contrat" for "Exécution d'un contrat…"). Typing that matches nothing leaves
the choice alone (never the item of the last letter typed). Qt's own search stops at the first space,
which opens the list instead."""

from __future__ import annotations

import re

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from register_app.services.text import fold

TYPING = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.KeypadModifier)


class TypeAheadCombo(QComboBox):
    """Keys typed within the system's keyboard interval add up to one search; a space opens the list
    only when nothing is being typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._last_key = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if self.isEditable() or not text.isprintable() or not text or event.modifiers() not in TYPING:
            super().keyPressEvent(event)
            return
        going_on = self._last_key.isValid() and self._last_key.elapsed() <= QApplication.keyboardInputInterval()
        if text == " " and not going_on:
            super().keyPressEvent(event)  # a space alone opens the list, as in any drop-down
            return
        self._last_key.start()
        self._typed = self._typed + text if going_on else text
        index = self.matching(self._typed)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
            self.activated.emit(index)
            self.textActivated.emit(self.itemText(index))
        event.accept()

    def matching(self, typed: str) -> int:
        """The first item whose text starts with `typed` (case and accents aside), else the first with a
        word that does, or -1."""
        wanted = fold(typed)
        texts = [fold(self.itemText(i)) for i in range(self.count())]
        word = re.compile(r"(?:^|\W)" + re.escape(wanted))
        return next((i for i, t in enumerate(texts) if t.startswith(wanted)),
                    next((i for i, t in enumerate(texts) if word.search(t)), -1))  # fmt: skip
