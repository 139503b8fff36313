"""Someone else saved the object being edited (services/conflicts.py EditConflict): both versions
side by side, field by field; the user keeps theirs, takes the other, or chooses per field."""

from __future__ import annotations

import dataclasses
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from register_app.exports.export_texts import TEXTS
from register_app.services.conflicts import EditConflict, merged, same
from register_app.ui import screen_labels


def field_text(name: str) -> str:
    """A field's name as the exports word it when they have it, else its own name in words."""
    pair = TEXTS.get(name)
    return pair[0 if screen_labels.lang() == "fr" else 1] if pair else name.replace("_", " ").capitalize()


def value_text(value: Any) -> str:
    if value in ("", None, ()):
        return "—"
    if isinstance(value, StrEnum):
        return screen_labels.label(value)
    if isinstance(value, bool):
        return screen_labels.yes_no(value)
    if isinstance(value, tuple):
        return "\n".join(value_text(item) for item in value)
    if dataclasses.is_dataclass(value):
        return "; ".join(value_text(v) for v in dataclasses.astuple(value) if v not in ("", None, ()))  # type: ignore[arg-type]
    return str(value)


class ConflictDialog(QDialog):
    """Accepted: `result_input()` is what to save, from `conflict.version`."""

    def __init__(self, conflict: EditConflict, parent: QWidget | None = None, *, base: Any = None) -> None:
        """`base`: the object as the editor opened it, when known: a field the user left as it was
        starts on the other side's value (their change kept), the others on the user's."""
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Saved by someone else meanwhile"))
        layout = QVBoxLayout(self)
        intro = QLabel(conflict.message_in(screen_labels.lang()))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        for column, title in enumerate((self.tr("Field"), self.tr("Yours"), self.tr("Theirs (saved)"))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.mine: dict[str, QRadioButton] = {}
        self.theirs: dict[str, QRadioButton] = {}
        for row, item in enumerate(conflict.fields, start=1):
            group = QButtonGroup(self)
            mine, theirs = QRadioButton(value_text(item.mine)), QRadioButton(value_text(item.theirs))
            mine.setAccessibleName(self.tr("Keep yours: {field}").format(field=field_text(item.field)))
            theirs.setAccessibleName(self.tr("Take theirs: {field}").format(field=field_text(item.field)))
            group.addButton(mine)
            group.addButton(theirs)
            untouched = base is not None and same(getattr(base, item.field), item.mine)
            (theirs if untouched else mine).setChecked(True)
            grid.addWidget(QLabel(field_text(item.field)), row, 0)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
            self.mine[item.field], self.theirs[item.field] = mine, theirs
        layout.addLayout(grid)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.keep_all = QPushButton(self.tr("Keep all &yours"))
        self.take_all = QPushButton(self.tr("Take all &theirs"))
        self.buttons.addButton(self.keep_all, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.take_all, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_all.clicked.connect(lambda: self.choose_all(self.mine))
        self.take_all.clicked.connect(lambda: self.choose_all(self.theirs))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def choose_all(self, side: dict[str, QRadioButton]) -> None:
        for button in side.values():
            button.setChecked(True)

    def result_input(self) -> Any:
        """The other version, with the user's value for every field where they kept theirs."""
        return merged(self.conflict, {name for name, button in self.mine.items() if button.isChecked()})
